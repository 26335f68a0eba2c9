"""Mastodon statuses (REST API / streaming ``update`` payloads).

``content`` is HTML: paragraphs become blank-line separated, ``<br>`` a newline, links keep
their text (Mastodon's hidden ``invisible`` spans are kept so URLs come out whole) and
entities are decoded. ``spoiler_text`` (the content warning) is prepended. A boost
(``reblog``) is read as the boosted status.
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


def detect(rec: dict[str, Any]) -> int:
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


def map_record(rec: dict[str, Any], ctx: Ctx) -> Iterator[Post | Skip]:
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
    spoiler = opt_str(status.get("spoiler_text"), "spoiler_text")
    if spoiler:
        text = f"{spoiler.strip()}\n\n{text}" if text else spoiler.strip()
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
    description="Mastodon statuses (REST API JSON or streaming events)",
    fields={
        "id": "uri (globally unique; falls back to url, id)",
        "text": "spoiler_text + content (HTML -> text); boosts: reblog.content",
        "created_at": "created_at",
        "author": "account.acct",
        "lang": "language",
        "url": "url",
        "metrics": "replies_count, reblogs_count, favourites_count",
    },
    detect=detect,
    map=map_record,
)
