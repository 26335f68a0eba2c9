"""Telegram Desktop export (``result.json``): one chat (``{"name", "type", "id",
"messages": [...]}``) or a full export (``{"chats": {"list": [chat...]}, "left_chats": {"list":
[chat...]}}``: the chats, then the groups and channels the account has left, both read).

``text`` is a string or a list mixing strings and entity objects
(``{"type": "link", "text": "..."}``); ``text_entities`` (the same pieces, all objects) stands
in when ``text`` is absent, as in exports trimmed to it; ``date_unixtime`` (newer exports) is preferred over
the local-time ``date``. ``type: service`` messages (pins, joins...) and media-only messages
are not posts. The id is ``<chat id>/<message id>``. The export is one JSON document: a bad
message is reported by its JSON path (``messages[7].text``; in the full export
``chats.list[2].messages[7].text``, ``left_chats.list[0].messages[3].text``), not by a line.
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
    need_id,
    opt_str,
)
from safetynlp.types import Post


def detect(rec: dict[str, Any]) -> int:
    if "messages" in rec or any(isinstance(rec.get(k), dict) for k in ("chats", "left_chats")):
        return 10
    if rec.get("type") in ("message", "service") and "date" in rec and "id" in rec:
        return 9 if "text" in rec or "action" in rec else 6
    return 0


def flatten_text(value: Any, field: str = "text") -> str:
    if isinstance(value, str):
        return value
    if isinstance(value, list):
        out: list[str] = []
        for part in value:
            if isinstance(part, str):
                out.append(part)
            elif isinstance(part, dict) and isinstance(part.get("text"), str):
                out.append(part["text"])
            else:
                raise RecordProblem("text list items must be strings or entity objects", field)
        return "".join(out)
    raise RecordProblem(f"text must be a string or a list, got {type(value).__name__}", field)


def map_record(rec: dict[str, Any], ctx: Ctx) -> Iterator[Post | Skip]:
    if rec.get("type") == "service":
        yield Skip("telegram: service message")
        return
    if "text" in rec:
        text = flatten_text(rec["text"])
    elif "text_entities" in rec:
        text = flatten_text(rec["text_entities"], "text_entities")
    else:
        raise RecordProblem("missing text", "text")
    if not text.strip():
        yield Skip("telegram: message without text")
        return
    msg_id = need_id(rec.get("id"), "id")
    chat_id = ctx.extra.get("chat_id")
    date = rec.get("date_unixtime") or rec.get("date")
    reactions = rec.get("reactions")
    metrics: dict[str, Any] = {}
    if isinstance(reactions, list):
        metrics["reactions"] = sum(
            r.get("count", 0)
            for r in reactions
            if isinstance(r, dict) and isinstance(r.get("count"), int)
        )
    yield make_post(
        ctx,
        rec,
        id=f"{chat_id}/{msg_id}" if chat_id is not None else msg_id,
        platform="telegram",
        text=text,
        created_at=iso_utc(date, "date_unixtime" if "date_unixtime" in rec else "date"),
        author=opt_str(rec.get("from"), "from") or ctx.extra.get("chat_name"),
        lang=None,
        url=None,
        metrics=metrics,
    )


SPEC = ReaderSpec(
    name="telegram",
    description="Telegram Desktop export result.json",
    fields={
        "id": "<chat id>/<message id>",
        "text": "text (string, or list of strings and entity objects joined)",
        "created_at": "date_unixtime > date",
        "author": "from (or the chat name)",
        "metrics": "sum of reactions[].count",
    },
    detect=detect,
    map=map_record,
)
