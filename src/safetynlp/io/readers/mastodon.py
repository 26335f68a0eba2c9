"""Mastodon statuses (REST API / streaming ``update`` payloads) and account-archive
``outbox.json`` (ActivityPub).

``content`` is HTML: paragraphs become blank-line separated, ``<br>`` a newline, links keep
their text (Mastodon's hidden ``invisible`` spans are kept so URLs come out whole) and
entities are decoded. ``spoiler_text`` (the content warning) is prepended. A boost (a status
whose ``reblog`` is the boosted status) is a post of its own, as an X retweet is: its own id,
url, ``created_at`` and author (the booster), with the boosted status's text and language; so a
timeline holding both a status and its boost gives two posts with distinct ids.

Streaming: the websocket form (``{"event": "update", "payload": "<status JSON>"}``) and
server-sent events saved as text (``event: update`` / ``data: {...}``, which the JSON Lines
reading turns into that form; heartbeats are dropped there). ``update`` and ``status.update``
events are posts, the other events (``delete``, ``notification``, ``announcement``...; also
those that have no ``payload``, ``filters_changed``) are not. A ``status.update`` is an edit of
a status already sent: the same id then appears twice, each time with the text of that moment. Lines are read one by one, so nothing is deduplicated;
keep the last one per id to score only the edited text.

``outbox.json`` is an ``OrderedCollection`` whose ``orderedItems`` are activities: a
``Create`` of a ``Note`` (or a poll, ``Question``) is a post, its ``summary`` (the content
warning) prepended like ``spoiler_text``, its ``content`` null when only its ``contentMap``
holds the HTML (the first language's is read then); an ``Announce`` (a boost) holds only the boosted
status's URL (no text to read), so it is not a post. The id is the Note's ``id``, the status URI the REST
``uri`` gives too; the author is the ``attributedTo`` actor URI (the archive has no acct).
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import orjson

from safetynlp.io.readers.base import (
    Ctx,
    ReaderSpec,
    RecordProblem,
    Skip,
    each_item,
    html_to_text,
    iso_utc,
    make_post,
    metrics_from,
    need_id,
    need_text,
    obj,
    opt_str,
)
from safetynlp.types import Post

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


def _note_content(note: dict[str, Any]) -> str:
    """A Note's HTML: ``content``, or when that is null, the first HTML of its ``contentMap``
    (language -> HTML; an ActivityPub server may send only the map)."""
    content = note.get("content")
    content_map = note.get("contentMap")
    if content is None and isinstance(content_map, dict):
        content = next((html for html in content_map.values() if isinstance(html, str)), None)
    return need_text(content, "object.content")


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
    text = html_to_text(_note_content(note))
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
    # streaming API; the server leaves payload out of an event that has none (filters_changed),
    # and a status has content, never an event
    if "event" in rec and ("payload" in rec or "content" not in rec):
        if rec["event"] not in ("update", "status.update"):
            yield Skip(f"mastodon: {rec['event']} event")
            return
        payload = rec.get("payload")
        if isinstance(payload, str):
            try:
                payload = orjson.loads(payload)
            except orjson.JSONDecodeError:
                raise RecordProblem("payload is not valid JSON", "payload") from None
        if not isinstance(payload, dict):
            raise RecordProblem("payload must be a status object", "payload")
        rec = payload
    yield from _status(rec, ctx)


def _status(rec: dict[str, Any], ctx: Ctx) -> Iterator[Post | Skip]:
    """A REST/streaming status. A boost keeps its own identity (id, url, time, booster) and
    takes only the text from the boosted status: read as the boosted status, it would repeat
    that status's id whenever the timeline holds both."""
    shown, at = rec, ""
    if isinstance(rec.get("reblog"), dict):
        shown, at = rec["reblog"], "reblog."
    text = html_to_text(need_text(shown.get("content"), f"{at}content"))
    text = _with_warning(text, opt_str(shown.get("spoiler_text"), f"{at}spoiler_text"))
    if not text:
        yield Skip("mastodon: empty status (media only)")
        return
    account = obj(rec.get("account"))
    yield make_post(
        ctx,
        rec,
        id=need_id(rec.get("uri") or rec.get("url") or rec.get("id"), "uri"),
        platform="mastodon",
        text=text,
        created_at=iso_utc(rec.get("created_at"), "created_at"),
        author=opt_str(account.get("acct"), "account.acct"),
        lang=opt_str(shown.get("language"), f"{at}language"),  # the language of the text
        url=opt_str(rec.get("url") or rec.get("uri"), "url"),
        metrics=metrics_from(
            {
                "reply_count": rec.get("replies_count"),
                "reblog_count": rec.get("reblogs_count"),
                "favourite_count": rec.get("favourites_count"),
            }
        ),
    )


SPEC = ReaderSpec(
    name="mastodon",
    description="Mastodon statuses (REST API JSON, streaming events, archive outbox.json)",
    fields={
        "id": "uri (globally unique; falls back to url, id; a boost's own); outbox: object.id",
        "text": "spoiler_text + content (HTML -> text); boosts: reblog.spoiler_text + "
        "reblog.content; outbox: object.summary + object.content",
        "created_at": "created_at (a boost's: when it was boosted); outbox: object.published",
        "author": "account.acct (a boost's: the booster); outbox: object.attributedTo (actor URI)",
        "lang": "language (boosts: reblog.language); outbox: the contentMap language",
        "url": "url; outbox: object.url",
        "metrics": "replies_count, reblogs_count, favourites_count",
    },
    detect=detect,
    map=map_record,
)
