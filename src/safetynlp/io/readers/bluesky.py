"""Bluesky: post records, PostViews (``uri``/``author``/``record``), ``listRecords`` entries
(``uri``/``value``), feed items (``post``) and Jetstream events.

Jetstream: ``{"did", "time_us", "kind": "commit", "commit": {"operation": "create",
"collection": "app.bsky.feed.post", "rkey", "record": {...}}}``. Deletes, updates, likes,
follows, ``identity`` and ``account`` events are not posts.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from safetynlp.io.readers.base import (
    Ctx,
    ReaderSpec,
    RecordProblem,
    Skip,
    iso_utc,
    make_post,
    metrics_from,
    need_text,
    opt_str,
)
from safetynlp.types import Post

POST_TYPE = "app.bsky.feed.post"


def detect(rec: dict[str, Any]) -> int:
    if "kind" in rec and "did" in rec and ("time_us" in rec or "commit" in rec):
        return 10  # Jetstream
    if rec.get("$type") == POST_TYPE:
        return 10
    for key in ("record", "value", "post"):
        inner = rec.get(key)
        if isinstance(inner, dict) and (
            inner.get("$type") == POST_TYPE or str(inner.get("uri", "")).startswith("at://")
        ):
            return 10
    if str(rec.get("uri", "")).startswith("at://"):
        return 8
    if "createdAt" in rec and "text" in rec:
        return 4
    return 0


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
) -> Post:
    if record.get("$type") not in (None, POST_TYPE):
        raise RecordProblem(f"not a post record ($type {record.get('$type')!r})", "$type")
    if not uri:
        raise RecordProblem("missing at:// uri", "uri")
    text = need_text(record.get("text"), "text")
    langs = record.get("langs")
    handle = opt_str(author.get("handle"), "author.handle") if author else None
    did = opt_str(author.get("did"), "author.did") if author else None
    return make_post(
        ctx,
        raw,
        id=uri,
        platform="bluesky",
        text=text,
        created_at=iso_utc(record.get("createdAt"), "createdAt"),
        author=handle or did or uri[5:].split("/")[0],
        lang=langs[0] if isinstance(langs, list) and langs and isinstance(langs[0], str) else None,
        url=_web_url(handle, uri),
        metrics=metrics,
    )


def _map_jetstream(rec: dict[str, Any], ctx: Ctx) -> Iterator[Post | Skip]:
    kind = rec.get("kind")
    if kind != "commit":
        yield Skip(f"bluesky: {kind} event")
        return
    commit = rec.get("commit")
    if not isinstance(commit, dict):
        raise RecordProblem("commit must be an object", "commit")
    if commit.get("collection") != POST_TYPE:
        yield Skip(f"bluesky: {commit.get('collection')} commit")
        return
    if commit.get("operation") != "create":
        yield Skip(f"bluesky: post {commit.get('operation')}")
        return
    record = commit.get("record")
    if not isinstance(record, dict):
        raise RecordProblem("commit.record must be an object", "commit.record")
    did = opt_str(rec.get("did"), "did")
    rkey = opt_str(commit.get("rkey"), "commit.rkey")
    if not did or not rkey:
        raise RecordProblem("missing did or commit.rkey", "commit.rkey")
    uri = f"at://{did}/{POST_TYPE}/{rkey}"
    yield _post(ctx, rec, record, uri, {"did": did}, {})


def map_record(rec: dict[str, Any], ctx: Ctx) -> Iterator[Post | Skip]:
    if "kind" in rec and "did" in rec:
        yield from _map_jetstream(rec, ctx)
        return
    if isinstance(rec.get("post"), dict):  # feed item {"post": PostView, "reason": ...}
        if isinstance(rec.get("reason"), dict) and "Repost" in str(rec["reason"].get("$type")):
            yield Skip("bluesky: repost")
            return
        rec = rec["post"]
    record: Any = rec
    for key in ("record", "value"):
        if isinstance(rec.get(key), dict):
            record = rec[key]
            break
    if not isinstance(record, dict):  # pragma: no cover - guarded above
        raise RecordProblem("record must be an object", "record")
    if record.get("$type") not in (None, POST_TYPE):
        yield Skip(f"bluesky: {record.get('$type')} record")
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
    yield _post(ctx, rec, record, opt_str(rec.get("uri"), "uri"), author, metrics)


SPEC = ReaderSpec(
    name="bluesky",
    description="Bluesky post records / PostViews / Jetstream commit events",
    fields={
        "id": "uri (at://did/app.bsky.feed.post/rkey; built from did + commit.rkey for Jetstream)",
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
