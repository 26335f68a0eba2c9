"""Reddit comments and submissions as in the Pushshift and Arctic Shift dumps.

Comments: ``body``; submissions: ``title`` + blank line + ``selftext``. ``created_utc`` is a
number or a numeric string. A comment whose body is ``[deleted]``/``[removed]`` is not a post;
a submission keeps its title when its selftext was removed, but one whose title was replaced
(``[deleted by user]``) is not a post. Reddit's own JSON wraps each thing as
``{"kind": "t1"|"t3", "data": {...}}`` and pages as ``{"kind": "Listing", "data": {"children":
[...]}}``; both are unwrapped. Reddit writes ``&``, ``<`` and ``>`` in ``body``, ``title`` and
``selftext`` as HTML entities (``&gt; quote``); they are decoded once, so that what a user typed
as an entity (``&#x200B;``, which arrives as ``&amp;#x200B;``) stays as typed.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from safetynlp.io.readers.base import (
    Ctx,
    ReaderSpec,
    RecordProblem,
    Skip,
    each_item,
    iso_utc,
    make_post,
    metrics_from,
    need_id,
    need_text,
    opt_str,
    unescape_entities,
    within,
)
from safetynlp.types import Post

_GONE = {
    "[deleted]",
    "[removed]",
    "[deleted by user]",
    "[ Removed by Reddit ]",
    "[removed by reddit]",
}
_THINGS = ("t1", "t3")  # comment, submission


def _listing(rec: dict[str, Any]) -> list[Any] | None:
    data = rec.get("data")
    if rec.get("kind") == "Listing" and isinstance(data, dict):
        children = data.get("children")
        return children if isinstance(children, list) else None
    return None


def detect(rec: dict[str, Any]) -> int:
    children = _listing(rec)
    if children is not None:
        first = children[0] if children else None
        return detect(first) if isinstance(first, dict) else 0
    if rec.get("kind") in _THINGS and isinstance(rec.get("data"), dict):
        return detect(rec["data"])
    if "created_utc" not in rec:
        return 0
    score = 0
    if "body" in rec or "selftext" in rec or "title" in rec:
        score += 5
    if "subreddit" in rec or "subreddit_id" in rec:
        score += 5
    return score


def _is_gone(text: str) -> bool:
    return text.strip() in _GONE


def map_record(rec: dict[str, Any], ctx: Ctx) -> Iterator[Post | Skip | RecordProblem]:
    children = _listing(rec)
    if children is None:
        yield from _map_thing(rec, ctx)
        return
    if not children:
        yield Skip("reddit: empty listing")
    yield from each_item(children, "data.children", _map_thing, ctx)


def _map_thing(rec: dict[str, Any], ctx: Ctx) -> Iterator[Post | Skip | RecordProblem]:
    kind = rec.get("kind")
    if isinstance(kind, str) and isinstance(rec.get("data"), dict):
        if kind not in _THINGS:  # "more" stubs, accounts, subreddits
            yield Skip(f"reddit: {kind} thing")
            return
        yield from within("data", _map_fields(rec["data"], ctx))
    else:
        yield from _map_fields(rec, ctx)


def _map_fields(rec: dict[str, Any], ctx: Ctx) -> Iterator[Post | Skip]:
    """A comment or submission as the dumps hold it (Reddit's own JSON: a thing's ``data``)."""
    is_comment = "body" in rec
    if is_comment:
        text = unescape_entities(need_text(rec.get("body"), "body"))
        if _is_gone(text) or not text.strip():
            yield Skip("reddit: deleted/removed/empty comment")
            return
    else:
        title = unescape_entities(need_text(rec.get("title"), "title"))
        self_raw = rec.get("selftext")
        selftext = "" if self_raw is None else unescape_entities(need_text(self_raw, "selftext"))
        if _is_gone(selftext):
            selftext = ""
        if _is_gone(title) or not (title.strip() or selftext.strip()):
            yield Skip("reddit: deleted/removed/empty submission")
            return
        text = f"{title}\n\n{selftext}" if selftext.strip() else title
    pid = need_id(rec.get("id"), "id")
    sub = opt_str(rec.get("subreddit"), "subreddit")
    permalink = opt_str(rec.get("permalink"), "permalink")
    if permalink:
        url = permalink if permalink.startswith("http") else f"https://www.reddit.com{permalink}"
    elif is_comment and sub and isinstance(rec.get("link_id"), str):
        url = (
            f"https://www.reddit.com/r/{sub}/comments/{rec['link_id'].removeprefix('t3_')}/_/{pid}/"
        )
    elif not is_comment:
        url = f"https://www.reddit.com/comments/{pid}/"
    else:
        url = None
    author = opt_str(rec.get("author"), "author")
    yield make_post(
        ctx,
        rec,
        id=pid,
        platform="reddit",
        text=text,
        created_at=iso_utc(rec.get("created_utc"), "created_utc"),
        author=None if author in _GONE else author,
        lang=None,
        url=url,
        metrics=metrics_from(
            {
                "score": rec.get("score"),
                "num_comments": rec.get("num_comments"),
                "upvote_ratio": None,
            }
        ),
    )


SPEC = ReaderSpec(
    name="reddit",
    description="Reddit comments/submissions (Pushshift, Arctic Shift dumps)",
    fields={
        "id": "id",
        "text": "body (comments) / title + selftext (submissions)",
        "created_at": "created_utc",
        "author": "author",
        "url": "permalink (or built from subreddit/link_id/id)",
        "metrics": "score, num_comments",
    },
    detect=detect,
    map=map_record,
)

__all__ = ["SPEC", "RecordProblem"]
