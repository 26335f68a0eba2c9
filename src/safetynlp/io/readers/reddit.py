"""Reddit comments and submissions as in the Pushshift and Arctic Shift dumps.

Comments: ``body``; submissions: ``title`` + blank line + ``selftext``. ``created_utc`` is a
number or a numeric string. A comment whose body is ``[deleted]``/``[removed]`` (or Reddit's
admin removal notice, ``[ Removed by Reddit ... ]``) is not a post; a submission keeps its
title when its selftext was removed, but one whose title was replaced (``[deleted by user]``)
is not a post. Reddit's own JSON wraps each thing as
``{"kind": "t1"|"t3", "data": {...}}`` and pages as ``{"kind": "Listing", "data": {"children":
[...]}}``; both are unwrapped. A thread (``/comments/ID.json``: ``[Listing of the submission,
Listing of comments]``) nests each comment's replies as a Listing in its ``replies`` (``""``
when it has none): they are read too, at any depth, in document order (a comment, then its
replies, then the next comment); a bad one is reported by its JSON path
(``[1].data.children[0].data.replies.data.children[2].data.body``). ``more`` stubs (the
comments Reddit did not send, ids only) are not posts. A comment saved with only its rendered
``body_html`` is read from that, as text. The Pushshift and Arctic Shift APIs answer with pages
of dump records, ``{"data": [...]}``: every element is read (a bad one is reported as
``data[3].body``). Reddit's own data export (GDPR request: ``comments.csv``, ``posts.csv``;
read with ``--format reddit``) has ``date`` (``2024-01-01 12:34:00 UTC``) for ``created_utc``
and a submission's text in ``body``, after its ``title``. Reddit writes ``&``, ``<`` and ``>`` in ``body``, ``title`` and
``selftext`` as HTML entities (``&gt; quote``); they are decoded. A title is plain text: what a
user typed in it as an entity (``&amp;``, which arrives as ``&amp;amp;``) stays as typed. A body
or selftext is Markdown, which renders its own entities (the new editor writes an empty
paragraph as ``&#x200B;``, arriving as ``&amp;#x200B;``, and a kept space as ``&nbsp;``): they
are decoded too, as Reddit shows them, the zero-width space dropped and a no-break space a space.
"""

from __future__ import annotations

import html
import re
from collections.abc import Iterable, Iterator
from html.entities import html5
from typing import Any

from safetynlp.io.readers.base import (
    Ctx,
    ReaderSpec,
    RecordProblem,
    Skip,
    html_to_text,
    iso_utc,
    join_path,
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


def _api_page(rec: dict[str, Any]) -> list[Any] | None:
    """The records of a Pushshift/Arctic Shift API response (``{"data": [...], ...}``); None
    for anything else (a Reddit thing's ``data`` is an object, and it has a ``kind``)."""
    data = rec.get("data")
    return data if isinstance(data, list) and "kind" not in rec else None


def detect(rec: dict[str, Any]) -> int:
    children = _listing(rec)
    if children is None:
        children = _api_page(rec)
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


#: an admin removal gives the reason too: "[ Removed by Reddit on account of violating the
#: [content policy](/help/contentpolicy). ]"
_REMOVED_BY_REDDIT = re.compile(r"\[ Removed by Reddit( on account of .*)? \]", re.DOTALL)


def _is_gone(text: str) -> bool:
    text = text.strip()
    return text in _GONE or _REMOVED_BY_REDDIT.fullmatch(text) is not None


def map_record(rec: dict[str, Any], ctx: Ctx) -> Iterator[Post | Skip | RecordProblem]:
    children = _listing(rec)
    if children is not None:
        if not children:
            yield Skip("reddit: empty listing")
        yield from _map_thread(_indexed("data.children", children), ctx)
        return
    page = _api_page(rec)
    if page is not None:
        if not page:
            yield Skip("reddit: empty API page")
        yield from _map_thread(_indexed("data", page), ctx)
        return
    yield from _map_thread([("", rec)], ctx)


def _indexed(at: str, children: list[Any]) -> Iterator[tuple[str, Any]]:
    """``(JSON path, child)`` for the children of the list at ``at``."""
    for i, child in enumerate(children):
        yield f"{at}[{i}]", child


def _replies(thing: Any) -> tuple[str, list[Any]] | None:
    """``(path from the thing, children)`` of a comment's ``replies`` Listing; None when it
    has none (the API writes ``""`` then)."""
    if not isinstance(thing, dict):
        return None
    at, fields = "", thing
    if isinstance(thing.get("kind"), str) and isinstance(thing.get("data"), dict):
        at, fields = "data.", thing["data"]
    replies = fields.get("replies")
    children = _listing(replies) if isinstance(replies, dict) else None
    return (f"{at}replies.data.children", children) if children else None


def _thread(top: Iterator[tuple[str, Any]]) -> Iterator[tuple[str, Any]]:
    """Every thing of ``top`` and of the replies nested under it, in document order (a comment,
    then its replies, then the next comment), each with its JSON path. A stack rather than
    recursion: a thread can nest deeper than Python's recursion limit."""
    stack = [top]
    while stack:
        item = next(stack[-1], None)
        if item is None:
            stack.pop()
            continue
        yield item
        where, thing = item
        found = _replies(thing)
        if found is not None:
            key, children = found
            stack.append(_indexed(join_path(where, key), children))


def _map_thread(top: Iterable[tuple[str, Any]], ctx: Ctx) -> Iterator[Post | Skip | RecordProblem]:
    """Map every thing of a thread; an unreadable one is yielded as its problem, its field a
    path from the record's top, so that the others are still read."""
    for where, thing in _thread(iter(top)):
        if not isinstance(thing, dict):
            yield RecordProblem(f"expected an object, got {type(thing).__name__}", where or None)
            continue
        try:
            yield from within(where, _map_thing(thing, ctx))
        except RecordProblem as problem:  # its field is already a path from the record's top
            yield problem


def _map_thing(rec: dict[str, Any], ctx: Ctx) -> Iterator[Post | Skip | RecordProblem]:
    kind = rec.get("kind")
    if isinstance(kind, str) and isinstance(rec.get("data"), dict):
        if kind == "more":  # the comments Reddit did not send: ids only, no text
            yield Skip("reddit: more stub (comments not loaded)")
        elif kind not in _THINGS:  # accounts, subreddits
            yield Skip(f"reddit: {kind} thing")
        else:
            yield from within("data", _map_fields(rec["data"], ctx))
    else:
        yield from _map_fields(rec, ctx)


#: an entity as Markdown reads one: the semicolon is required ("AT&T", "&notes" are text)
_MARKDOWN_ENTITY = re.compile(r"&(?:[A-Za-z][A-Za-z0-9]{1,31}|#[0-9]{1,7}|#[xX][0-9A-Fa-f]{1,6});")
_ZERO_WIDTH_SPACE = "\u200b"


def _shown(text: str) -> str:
    """Text without the zero-width spaces the new editor puts in empty paragraphs (invisible,
    yet not whitespace to ``str.strip``) and with no-break spaces as spaces."""
    if _ZERO_WIDTH_SPACE in text or "\xa0" in text:
        return text.replace(_ZERO_WIDTH_SPACE, "").replace("\xa0", " ")
    return text


def _entity(match: re.Match[str]) -> str:
    ref = match.group()
    if ref[1] == "#":
        return html.unescape(ref)
    # html.unescape would also read a name's prefix ("&ampx;" as "&" + "x;"); Markdown does not
    return html5.get(ref[1:], ref)


def _markdown_text(raw: str) -> str:
    """A body or selftext as Reddit shows it: the JSON's escaping of ``&`` ``<`` ``>`` undone,
    then the Markdown's own entities (``&#x200B;``, ``&nbsp;``, a typed ``&amp;``) decoded."""
    text = unescape_entities(raw)
    if "&" in text:
        text = _MARKDOWN_ENTITY.sub(_entity, text)
    return _shown(text)


def _comment_text(rec: dict[str, Any]) -> str:
    """``body``; without it, ``body_html`` as text. Reddit HTML-escapes the rendered HTML in
    its JSON (``&lt;p&gt;``): unescaped once, that is the HTML, whose own entities (a typed
    ``&``, ``&amp;``) the HTML-to-text step decodes."""
    if "body" in rec or not isinstance(rec.get("body_html"), str):
        return _markdown_text(need_text(rec.get("body"), "body"))
    return _shown(html_to_text(unescape_entities(rec["body_html"]))).strip()


def _created_at(rec: dict[str, Any]) -> str | None:
    """``created_utc``; Reddit's data export (its ``comments.csv``, ``posts.csv``) has
    ``date`` instead (``2024-01-01 12:34:00 UTC``)."""
    if "created_utc" not in rec and "date" in rec:
        return iso_utc(rec["date"], "date")
    return iso_utc(rec.get("created_utc"), "created_utc")


def _map_fields(rec: dict[str, Any], ctx: Ctx) -> Iterator[Post | Skip]:
    """A comment or submission as the dumps hold it (Reddit's own JSON: a thing's ``data``)."""
    # some API clients keep only the rendered body_html of a comment, not its body; a
    # submission of Reddit's data export (posts.csv) has its text in body, beside its title
    is_comment = "title" not in rec and ("body" in rec or "body_html" in rec)
    if is_comment:
        text = _comment_text(rec)
        if _is_gone(text) or not text.strip():
            yield Skip("reddit: deleted/removed/empty comment")
            return
    else:
        title = unescape_entities(need_text(rec.get("title"), "title"))
        self_raw = rec.get("selftext", rec.get("body"))
        selftext = "" if self_raw is None else _markdown_text(need_text(self_raw, "selftext"))
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
        created_at=_created_at(rec),
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
        "text": "body (comments) / title + selftext (submissions; the data export's: body)",
        "created_at": "created_utc (the data export's: date)",
        "author": "author",
        "url": "permalink (or built from subreddit/link_id/id)",
        "metrics": "score, num_comments",
    },
    detect=detect,
    map=map_record,
)

__all__ = ["SPEC", "RecordProblem"]
