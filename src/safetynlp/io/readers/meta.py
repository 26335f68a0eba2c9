"""Meta Content Library exports (CSV or JSON) of Facebook/Instagram posts.

Fields: ``id``, ``creation_time`` (ISO or epoch), ``text``, ``lang``, the owner as a nested
``post_owner`` (Facebook) / ``owner`` (Instagram) object or flattened ``post_owner.name``
columns, counts under ``statistics`` (or ``statistics.reaction_count`` columns), and a post
``url`` when exported. Rows with empty or null text (media only) are not posts; a text that is
not a string (a number in a JSON export) is a bad record, as for every reader.
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
    make_post,
    metrics_from,
    need_id,
    need_text,
    obj,
    opt_str,
)
from safetynlp.types import Post

_STATS = (
    "reaction_count",
    "comment_count",
    "share_count",
    "views_count",
    "like_count",
    "view_count",
)


def detect(rec: dict[str, Any]) -> int:
    if "creation_time" not in rec or "text" not in rec:
        return 0
    score = 7
    if any(k in rec or f"{k}.name" in rec for k in ("post_owner", "owner", "statistics")):
        score += 3
    return score


def _platform(rec: dict[str, Any]) -> str:
    if "post_owner" in rec or any(k.startswith("post_owner.") for k in rec):
        return "facebook"
    if "owner" in rec or any(k.startswith("owner.") for k in rec):
        return "instagram"
    url = str(rec.get("url") or rec.get("post_url") or "")
    if "instagram.com" in url:
        return "instagram"
    return "facebook" if "facebook.com" in url else "meta"


def map_record(rec: dict[str, Any], ctx: Ctx) -> Iterator[Post | Skip]:
    raw_text = rec.get("text")
    # null is a media-only post; a number is a broken record, not a post whose text is "404"
    text = "" if raw_text is None else need_text(raw_text, "text")
    if not text.strip():
        yield Skip("meta: post without text")
        return
    stats = obj(rec.get("statistics"))
    metrics = metrics_from({k: stats.get(k, rec.get(f"statistics.{k}")) for k in _STATS})
    author = None
    for key in ("post_owner", "owner"):
        for sub in ("username", "name", "id"):
            author = author or opt_str(get_path(rec, f"{key}.{sub}"), f"{key}.{sub}")
    yield make_post(
        ctx,
        rec,
        id=need_id(rec.get("id"), "id"),
        platform=_platform(rec),
        text=text,
        created_at=iso_utc(rec.get("creation_time"), "creation_time"),
        author=author,
        lang=opt_str(rec.get("lang") or rec.get("language"), "lang"),
        url=opt_str(rec.get("url") or rec.get("post_url"), "url"),
        metrics=metrics,
    )


SPEC = ReaderSpec(
    name="meta",
    description="Meta Content Library export (CSV/JSON)",
    fields={
        "id": "id",
        "text": "text",
        "created_at": "creation_time",
        "author": "post_owner.username|name / owner.username|name",
        "lang": "lang",
        "url": "url / post_url",
        "metrics": "statistics.reaction_count, comment_count, share_count, views_count...",
    },
    detect=detect,
    map=map_record,
)
