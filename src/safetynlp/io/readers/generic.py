"""Generic records (JSONL, JSON, CSV, TSV, Parquet) read with ``text_key``/``id_key``/
``date_key``/``author_key`` (defaults ``text``, ``id``, ``created_at``, ``author``; dotted
paths reach nested fields).

A record without an id gets its line number as the id. Missing/non-string text is a bad
record; an empty text is not a post. With the default date key, a record without
``created_at`` is dated by ``createdAt`` (camel case, as JavaScript APIs such as Misskey's write
it).
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from safetynlp.io.readers.base import (
    Ctx,
    ReaderSpec,
    Skip,
    get_path,
    iso_utc,
    need_text,
    opt_str,
)
from safetynlp.types import Post

DEFAULT_DATE_KEY = "created_at"
CAMEL_DATE_KEY = "createdAt"


def detect(rec: dict[str, Any]) -> int:
    return 1 if "text" in rec else 0


def map_record(rec: dict[str, Any], ctx: Ctx) -> Iterator[Post | Skip]:
    text = need_text(get_path(rec, ctx.text_key), ctx.text_key)
    if not text.strip():
        yield Skip("generic: empty text")
        return
    pid = opt_str(get_path(rec, ctx.id_key), ctx.id_key) or str(ctx.line)
    get = rec.get
    platform = get("platform")
    platform = None if platform is None else opt_str(platform, "platform")
    date_key = ctx.date_key
    date = get_path(rec, date_key)
    if date is None and date_key == DEFAULT_DATE_KEY and CAMEL_DATE_KEY in rec:
        date_key, date = CAMEL_DATE_KEY, rec[CAMEL_DATE_KEY]
    created_at = iso_utc(date, date_key)
    author_key = ctx.author_key
    author = get_path(rec, author_key)
    author = None if author is None or isinstance(author, dict) else opt_str(author, author_key)
    lang = get("lang")
    url = get("url")
    yield Post(  # the fields are checked in this order (which problem a record reports)
        id=pid,
        text=text,
        created_at=created_at,
        platform=platform,
        author=author,
        lang=(lang or None) if isinstance(lang, str) else None,
        url=(url or None) if isinstance(url, str) else None,
        metrics={},
        raw=rec if ctx.keep_raw else None,
    )


SPEC = ReaderSpec(
    name="generic",
    description="generic records read with --text-key/--id-key/--date-key/--author-key",
    fields={
        "id": "--id-key (default id; the line number when absent)",
        "text": "--text-key (default text)",
        "created_at": "--date-key (default created_at, else createdAt)",
        "author": "--author-key (default author)",
        "lang": "lang",
        "url": "url",
    },
    detect=detect,
    map=map_record,
)
