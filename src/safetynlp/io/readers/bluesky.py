"""Bluesky: post records, PostViews (``uri``/``author``/``record``), ``listRecords`` entries
(``uri``/``value``), feed items (``post``), whole API pages of those (``{"feed": [...]}``,
``{"posts": [...]}``, ``{"records": [...]}``, one page per line) and Jetstream events.

Jetstream: ``{"did", "time_us", "kind": "commit", "commit": {"operation": "create",
"collection": "app.bsky.feed.post", "rkey", "record": {...}}}`` (before v0.1: ``"type":
"com"`` and ``commit.type: "c"``). Deletes, updates, likes, follows, ``identity`` and
``account`` events, reposts and posts without text (images only) are not posts. A bare post
record carries no at:// uri: like a generic record, its line number is its id.

``getAuthorFeed?includePins=true`` puts the pinned post first (``reason``
``app.bsky.feed.defs#reasonPin``) and, when it is recent enough, again at its place in the
page: that first copy is then not read, so that the post counts once. A pinned post the page
does not hold again (an older one), or a pinned item read apart from its page (one item a
line), is read: it may be the only copy. Records dumped by the atproto Python SDK
(``model_dump()``) name their fields in snake case: ``created_at`` is read when ``createdAt``
is absent, and ``py_type`` as ``$type``.

``app.bsky.feed.getPostThread`` (``{"thread": threadViewPost}``, or a ``threadViewPost`` alone)
gives every post of the thread once, in thread order: up the ``parent`` chain to the root and
back down to the anchor post, then its ``replies`` depth first. ``notFoundPost`` and
``blockedPost`` views (and ``getPostThreadV2``'s not-found, blocked and logged-out-only items:
its ``thread`` is a flat list of ``{uri, depth, value}`` items) are not posts.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from safetynlp.io.readers.base import (
    SIBLINGS,
    Ctx,
    ReaderSpec,
    RecordProblem,
    Skip,
    each_item,
    iso_utc,
    join_path,
    make_post,
    metrics_from,
    need_text,
    obj,
    opt_str,
    within,
)
from safetynlp.types import Post

POST_TYPE = "app.bsky.feed.post"
#: list keys of app.bsky.feed.getAuthorFeed/getTimeline, getPosts/searchPosts, listRecords
_PAGE_KEYS = ("feed", "posts", "records")
#: Jetstream before v0.1 used short names
_OLD_JETSTREAM = {
    "com": "commit",
    "id": "identity",
    "acc": "account",
    "c": "create",
    "u": "update",
    "d": "delete",
}


def _jetstream_name(value: Any) -> Any:
    return _OLD_JETSTREAM.get(value, value) if isinstance(value, str) else value


def _is_jetstream(rec: dict[str, Any]) -> bool:
    return (
        ("kind" in rec or "type" in rec) and "did" in rec and ("time_us" in rec or "commit" in rec)
    )


def _page(rec: dict[str, Any]) -> tuple[str, list[Any]] | None:
    if "uri" in rec or "did" in rec:
        return None
    for key in _PAGE_KEYS:
        items = rec.get(key)
        if isinstance(items, list):
            return key, items
    return None


def detect(rec: dict[str, Any]) -> int:
    if _is_jetstream(rec):
        return 10
    thread = _thread(rec)
    if thread is not None:
        return _detect_thread(thread[1])
    page = _page(rec)
    if page is not None:
        items = page[1]
        return detect(items[0]) if items and isinstance(items[0], dict) else 0
    if _record_type(rec) == POST_TYPE:
        return 10
    for key in ("record", "value", "post"):
        inner = rec.get(key)
        if isinstance(inner, dict) and (
            inner.get("$type") == POST_TYPE or str(inner.get("uri", "")).startswith("at://")
        ):
            return 10
    if str(rec.get("uri", "")).startswith("at://"):
        return 8
    if "createdAt" in rec and "text" in rec and "id" not in rec:
        return 4  # a post record without its $type (an atproto record has no "id" key)
    return 0


def _record_type(record: dict[str, Any]) -> Any:
    """``$type``, or ``py_type`` in an atproto SDK dump (None when neither: a bare record)."""
    return record.get("$type", record.get("py_type"))


def _web_url(actor: str | None, uri: str | None) -> str | None:
    if not uri or not uri.startswith("at://"):
        return None
    parts = uri[5:].split("/")
    if len(parts) != 3:
        return None
    return f"https://bsky.app/profile/{actor or parts[0]}/post/{parts[2]}"


def _post(
    ctx: Ctx,
    raw: dict[str, Any],
    record: dict[str, Any],
    uri: str | None,
    author: dict[str, Any] | None,
    metrics: dict[str, Any],
    at: str,
) -> Post | Skip:
    """The post in ``record``, found at JSON path ``at`` (``record``, ``commit.record``...)."""
    kind = _record_type(record)
    if kind not in (None, POST_TYPE):
        key = "$type" if "$type" in record else "py_type"
        raise RecordProblem(f"not a post record ($type {kind!r})", join_path(at, key))
    text = need_text(record.get("text"), join_path(at, "text"))
    if not text.strip():
        return Skip("bluesky: post without text")
    langs = record.get("langs")
    handle = opt_str(author.get("handle"), "author.handle") if author else None
    did = opt_str(author.get("did"), "author.did") if author else None
    if uri and not did and uri.startswith("at://"):
        did = uri[5:].split("/")[0]
    date_key = "createdAt" if "createdAt" in record or "created_at" not in record else "created_at"
    return make_post(
        ctx,
        raw,
        id=uri or str(ctx.line),
        platform="bluesky",
        text=text,
        created_at=iso_utc(record.get(date_key), join_path(at, date_key)),
        author=handle or did,
        lang=langs[0] if isinstance(langs, list) and langs and isinstance(langs[0], str) else None,
        url=_web_url(handle, uri),
        metrics=metrics,
    )


def _map_jetstream(rec: dict[str, Any], ctx: Ctx) -> Iterator[Post | Skip]:
    kind = _jetstream_name(rec.get("kind", rec.get("type")))
    if kind != "commit":
        yield Skip(f"bluesky: {kind} event")
        return
    commit = rec.get("commit")
    if not isinstance(commit, dict):
        raise RecordProblem("commit must be an object", "commit")
    if commit.get("collection") != POST_TYPE:
        yield Skip(f"bluesky: {commit.get('collection')} commit")
        return
    operation = _jetstream_name(commit.get("operation", commit.get("type")))
    if operation != "create":
        yield Skip(f"bluesky: post {operation}")
        return
    record = commit.get("record")
    if not isinstance(record, dict):
        raise RecordProblem("commit.record must be an object", "commit.record")
    did = opt_str(rec.get("did"), "did")
    rkey = opt_str(commit.get("rkey"), "commit.rkey")
    if not did or not rkey:
        raise RecordProblem("missing did or commit.rkey", "commit.rkey")
    uri = f"at://{did}/{POST_TYPE}/{rkey}"
    yield _post(ctx, rec, record, uri, {"did": did}, {}, "commit.record")


def map_record(rec: dict[str, Any], ctx: Ctx) -> Iterator[Post | Skip | RecordProblem]:
    if _is_jetstream(rec):
        yield from _map_jetstream(rec, ctx)
        return
    thread = _thread(rec)
    if thread is not None:
        yield from _map_thread(thread[0], thread[1], ctx)
        return
    page = _page(rec)
    if page is None:
        yield from _map_view(rec, ctx)
        return
    key, items = page
    if not items:
        yield Skip(f"bluesky: empty {key} page")

    def map_item(item: dict[str, Any], ctx: Ctx) -> Iterator[Post | Skip | RecordProblem]:
        return _map_view(item, ctx, items)

    yield from each_item(items, key, map_item, ctx)


# ---------------------------------------------------------------- getPostThread

_THREAD_VIEW = "#threadViewPost"
#: thread views that stand for a post the response does not hold
_NOT_POST_VIEWS = {
    "#notFoundPost": "bluesky: thread post not found",
    "#blockedPost": "bluesky: blocked thread post",
    "#threadItemNotFound": "bluesky: thread post not found",
    "#threadItemBlocked": "bluesky: blocked thread post",
    "#threadItemNoUnauthenticated": "bluesky: thread post hidden from logged-out viewers",
}


#: how many items of a getPostThreadV2 list vote on its detection
SAMPLE_ITEMS = 10


def _view_type(node: dict[str, Any]) -> str:
    """The ``#name`` part of a thread view's ``$type`` (``""`` when it has none)."""
    kind = node.get("$type")
    return "#" + kind.rpartition("#")[2] if isinstance(kind, str) and "#" in kind else ""


def _is_thread_view(rec: dict[str, Any]) -> bool:
    """A ``threadViewPost``: a post with its ``parent`` and/or ``replies`` (a feed item has a
    ``reply`` context instead, not read as posts)."""
    if _view_type(rec) == _THREAD_VIEW:
        return True
    return isinstance(rec.get("post"), dict) and ("replies" in rec or "parent" in rec)


def _thread(rec: dict[str, Any]) -> tuple[str, Any] | None:
    """``(JSON path, thread)`` of a getPostThread response (``thread``: a view, or the item
    list of getPostThreadV2) or of a thread view saved alone; None for anything else."""
    thread = rec.get("thread")
    if isinstance(thread, dict) and (
        _is_thread_view(thread) or _view_type(thread) in _NOT_POST_VIEWS
    ):
        return "thread", thread
    if (
        isinstance(thread, list)
        and thread
        and all(isinstance(t, dict) for t in thread[:SAMPLE_ITEMS])
        and isinstance(thread[0].get("value"), dict)
        and "depth" in thread[0]
    ):
        return "thread", thread
    if _is_thread_view(rec):
        return "", rec
    return None


def _detect_thread(thread: Any) -> int:
    if isinstance(thread, list):  # getPostThreadV2 items
        return max((detect(obj(item.get("value"))) for item in thread[:SAMPLE_ITEMS]), default=0)
    if isinstance(thread.get("post"), dict):
        return detect(thread["post"])
    return 8 if str(thread.get("uri", "")).startswith("at://") else 0


def _thread_nodes(thread: dict[str, Any], at: str) -> Iterator[tuple[str, dict[str, Any]]]:
    """``(path, view)`` of every view of a thread, in thread order: the parents from the root
    down, the anchor, then the replies depth first (no recursion: threads run deep)."""
    parents: list[tuple[str, dict[str, Any]]] = []
    node, path = thread.get("parent"), join_path(at, "parent")
    while isinstance(node, dict):
        parents.append((path, node))
        node, path = node.get("parent"), join_path(path, "parent")
    yield from reversed(parents)
    stack = [(at, thread)]
    while stack:
        path, node = stack.pop()
        yield path, node
        replies = node.get("replies")
        if isinstance(replies, list):
            stack.extend(
                (join_path(path, f"replies[{i}]"), reply)
                for i, reply in reversed(list(enumerate(replies)))
                if isinstance(reply, dict)
            )


def _v2_nodes(items: list[Any], at: str) -> Iterator[tuple[str, dict[str, Any]]]:
    """getPostThreadV2: its items are in thread order already; a view is the item's value."""
    for i, item in enumerate(items):
        value = item.get("value") if isinstance(item, dict) else None
        if isinstance(value, dict):
            yield join_path(at, f"[{i}].value"), value


def _map_thread(at: str, thread: Any, ctx: Ctx) -> Iterator[Post | Skip | RecordProblem]:
    """Every post of a thread, each once; an unreadable one is yielded as its problem (the
    field a path from the record's top), so that the others are still read."""
    nodes = _v2_nodes(thread, at) if isinstance(thread, list) else _thread_nodes(thread, at)
    seen: set[str] = set()
    for path, node in nodes:
        post = node.get("post")
        if not isinstance(post, dict):
            kind = _view_type(node)
            yield Skip(_NOT_POST_VIEWS.get(kind, f"bluesky: thread view {kind or 'without post'}"))
            continue
        uri = post.get("uri")
        if isinstance(uri, str):
            if uri in seen:
                continue  # a view repeated in the response: its post is read once
            seen.add(uri)
        try:
            yield from within(join_path(path, "post"), _map_view(post, ctx))
        except RecordProblem as problem:
            yield problem


PIN_COPY = "bluesky: pinned post (the page holds it again in its place)"


def _is_pin(item: Any) -> bool:
    reason = item.get("reason") if isinstance(item, dict) else None
    return isinstance(reason, dict) and str(reason.get("$type")).endswith("#reasonPin")


def _placed_again(pin: dict[str, Any], page: Any) -> bool:
    """True when the pinned item's post is in ``page`` (its feed) again, at its own place."""
    uri = pin["post"].get("uri")
    if uri is None or not isinstance(page, list):
        return False
    return any(
        item is not pin
        and isinstance(item, dict)
        and isinstance(item.get("post"), dict)
        and item["post"].get("uri") == uri
        and not _is_pin(item)
        for item in page
    )


def _map_view(
    rec: dict[str, Any], ctx: Ctx, page: list[Any] | None = None
) -> Iterator[Post | Skip | RecordProblem]:
    """A post record, PostView or feed item; ``page``: the feed it is an item of, if known
    (the page record's list, or the array of a document read whole that it came from)."""
    if isinstance(rec.get("post"), dict):  # feed item {"post": PostView, "reason": ...}
        reason = rec.get("reason")
        if isinstance(reason, dict) and "Repost" in str(reason.get("$type")):
            yield Skip("bluesky: repost")
            return
        if _is_pin(rec) and _placed_again(rec, ctx.extra.get(SIBLINGS) if page is None else page):
            yield Skip(PIN_COPY)  # a display copy of a post read at its place
            return
        yield from within("post", _map_view(rec["post"], ctx))
        return
    record: Any = rec
    at = ""  # a bare post record
    for key in ("record", "value"):
        if isinstance(rec.get(key), dict):
            record, at = rec[key], key
            break
    if not isinstance(record, dict):  # pragma: no cover - guarded above
        raise RecordProblem("record must be an object", "record")
    if _record_type(record) not in (None, POST_TYPE):
        yield Skip(f"bluesky: {_record_type(record)} record")
        return
    author = rec.get("author") if isinstance(rec.get("author"), dict) else None
    metrics = metrics_from(
        {
            "like_count": rec.get("likeCount"),
            "repost_count": rec.get("repostCount"),
            "reply_count": rec.get("replyCount"),
            "quote_count": rec.get("quoteCount"),
        }
    )
    yield _post(ctx, rec, record, opt_str(rec.get("uri"), "uri"), author, metrics, at)


SPEC = ReaderSpec(
    name="bluesky",
    description="Bluesky post records / PostViews / Jetstream commit events",
    fields={
        "id": "uri (at://did/app.bsky.feed.post/rkey; built from did + commit.rkey for Jetstream;"
        " the line number for a bare record)",
        "text": "record.text (commit.record.text for Jetstream)",
        "created_at": "record.createdAt",
        "author": "author.handle / did",
        "lang": "record.langs[0]",
        "url": "https://bsky.app/profile/<handle|did>/post/<rkey>",
        "metrics": "likeCount, repostCount, replyCount, quoteCount",
    },
    detect=detect,
    map=map_record,
)
