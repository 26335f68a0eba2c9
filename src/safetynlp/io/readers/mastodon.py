"""Mastodon statuses (REST API / streaming ``update`` payloads) and account-archive
``outbox.json`` (ActivityPub).

``content`` is HTML: paragraphs become blank-line separated, ``<br>`` a newline, links keep
their text (Mastodon's hidden ``invisible`` spans are kept so URLs come out whole) and
entities are decoded. ``spoiler_text`` (the content warning) is prepended. A boost
(``reblog``) is read as the boosted status.

Streaming: the websocket form (``{"event": "update", "payload": "<status JSON>"}``) and
server-sent events saved as text (``event: update`` / ``data: {...}``, which the JSON Lines
reading turns into that form; heartbeats are dropped there). ``update`` and ``status.update``
events are posts, the other events (``delete``, ``notification``...) are not. A
``status.update`` is an edit of a status already sent: the same id then appears twice, each
time with the text of that moment. Lines are read one by one, so nothing is deduplicated;
keep the last one per id to score only the edited text.

``outbox.json`` is an ``OrderedCollection`` whose ``orderedItems`` are activities: a
``Create`` of a ``Note`` (or a poll, ``Question``) is a post, its ``summary`` (the content
warning) prepended like ``spoiler_text``; an ``Announce`` (a boost) holds only the boosted
status's URL, so it is not a post. The id is the Note's ``id``, the status URI the REST
``uri`` gives too; the author is the ``attributedTo`` actor URI (the archive has no acct).
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from html.parser import HTMLParser
from typing import Any

import orjson

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
    obj,
    opt_str,
)
from safetynlp.types import Post

_BLOCK = {"p", "div", "blockquote", "li", "ul", "ol", "pre", "h1", "h2", "h3", "h4", "h5", "h6"}


class _TextExtractor(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag == "br":
            self.parts.append("\n")
        elif tag in _BLOCK:
            self.parts.append("\n\n")

    def handle_endtag(self, tag: str) -> None:
        if tag in _BLOCK:
            self.parts.append("\n\n")

    def handle_data(self, data: str) -> None:
        self.parts.append(data)


_MANY_NL = re.compile(r"[ \t]*\n[ \t]*\n(\s*\n)*")


def html_to_text(html: str) -> str:
    """Mastodon status HTML to plain text."""
    if "<" not in html and "&" not in html:
        return html.strip()
    parser = _TextExtractor()
    parser.feed(html)
    parser.close()
    text = "".join(parser.parts).replace("\xa0", " ")
    return _MANY_NL.sub("\n\n", text).strip()


#: ActivityPub objects that Mastodon shows as statuses
_AP_STATUSES = ("Note", "Question", "Article")
_AP_COLLECTIONS = ("OrderedCollection", "OrderedCollectionPage")


def _is_activity(rec: dict[str, Any]) -> bool:
    return "object" in rec and "actor" in rec and rec.get("type") in ("Create", "Announce")


def detect(rec: dict[str, Any]) -> int:
    if rec.get("type") in _AP_COLLECTIONS and isinstance(rec.get("orderedItems"), list):
        first = next(iter(rec["orderedItems"]), None)
        return 10 if isinstance(first, dict) and _is_activity(first) else 0
    if _is_activity(rec):
        return 10 if obj(rec["object"]).get("type") in _AP_STATUSES else 5
    if (
        rec.get("event") in ("update", "delete", "status.update", "notification")
        and "payload" in rec
    ):
        return 10
    if "content" in rec and isinstance(rec.get("account"), dict):
        return 10
    if "content" in rec and ("spoiler_text" in rec or "reblog" in rec or "visibility" in rec):
        return 8
    return 0


def _with_warning(text: str, warning: str | None) -> str:
    if not warning:
        return text
    return f"{warning.strip()}\n\n{text}" if text else warning.strip()


def _activity(rec: dict[str, Any], ctx: Ctx) -> Iterator[Post | Skip]:
    kind = rec.get("type")
    if kind != "Create":
        yield Skip("mastodon: boost (Announce)" if kind == "Announce" else f"mastodon: {kind}")
        return
    note = rec.get("object")
    if not isinstance(note, dict):
        raise RecordProblem("expected the created object, got a reference", "object")
    if note.get("type") not in _AP_STATUSES:
        yield Skip(f"mastodon: Create {note.get('type')}")
        return
    text = html_to_text(need_text(note.get("content"), "object.content"))
    text = _with_warning(text, opt_str(note.get("summary"), "object.summary"))
    if not text:
        yield Skip("mastodon: empty status (media only)")
        return
    content_map = note.get("contentMap")
    yield make_post(
        ctx,
        rec,
        id=need_id(note.get("id"), "object.id"),
        platform="mastodon",
        text=text,
        created_at=iso_utc(note.get("published"), "object.published"),
        author=opt_str(note.get("attributedTo") or rec.get("actor"), "object.attributedTo"),
        lang=next(iter(content_map), None) if isinstance(content_map, dict) else None,
        url=opt_str(note.get("url"), "object.url"),
    )


def map_record(rec: dict[str, Any], ctx: Ctx) -> Iterator[Post | Skip | RecordProblem]:
    if "orderedItems" in rec and rec.get("type") in _AP_COLLECTIONS:  # outbox.json
        yield from each_item(rec["orderedItems"], "orderedItems", _activity, ctx)
        return
    if _is_activity(rec):  # one activity: an outbox read element by element
        yield from _activity(rec, ctx)
        return
    if "event" in rec and "payload" in rec:  # streaming API
        if rec["event"] not in ("update", "status.update"):
            yield Skip(f"mastodon: {rec['event']} event")
            return
        payload = rec["payload"]
        if isinstance(payload, str):
            try:
                payload = orjson.loads(payload)
            except orjson.JSONDecodeError:
                raise RecordProblem("payload is not valid JSON", "payload") from None
        if not isinstance(payload, dict):
            raise RecordProblem("payload must be a status object", "payload")
        rec = payload
    status = rec
    if isinstance(rec.get("reblog"), dict):
        status = rec["reblog"]
    content = need_text(status.get("content"), "content")
    text = html_to_text(content)
    text = _with_warning(text, opt_str(status.get("spoiler_text"), "spoiler_text"))
    if not text:
        yield Skip("mastodon: empty status (media only)")
        return
    account = obj(status.get("account"))
    yield make_post(
        ctx,
        rec,
        id=need_id(status.get("uri") or status.get("url") or status.get("id"), "uri"),
        platform="mastodon",
        text=text,
        created_at=iso_utc(status.get("created_at"), "created_at"),
        author=opt_str(account.get("acct"), "account.acct"),
        lang=opt_str(status.get("language"), "language"),
        url=opt_str(status.get("url") or status.get("uri"), "url"),
        metrics=metrics_from(
            {
                "reply_count": status.get("replies_count"),
                "reblog_count": status.get("reblogs_count"),
                "favourite_count": status.get("favourites_count"),
            }
        ),
    )


SPEC = ReaderSpec(
    name="mastodon",
    description="Mastodon statuses (REST API JSON, streaming events, archive outbox.json)",
    fields={
        "id": "uri (globally unique; falls back to url, id); outbox: object.id",
        "text": "spoiler_text + content (HTML -> text); boosts: reblog.content; "
        "outbox: object.summary + object.content",
        "created_at": "created_at; outbox: object.published",
        "author": "account.acct; outbox: object.attributedTo (actor URI)",
        "lang": "language; outbox: the contentMap language",
        "url": "url; outbox: object.url",
        "metrics": "replies_count, reblogs_count, favourites_count",
    },
    detect=detect,
    map=map_record,
)
