"""Detect the container (JSONL, JSON, CSV, TSV, Parquet) and the platform of an input.

The container comes from the suffix (compression suffix removed) and, for ``.json``, stdin or
an unknown suffix, from the first bytes (a Twitter account archive's ``tweets.js`` is its JSON
array behind a ``window.YTD.tweets.part0 =`` prefix). The platform is voted on by every reader's
``detect`` over the first :data:`SAMPLE` records.
"""

from __future__ import annotations

import io
import re
from collections.abc import Iterator
from typing import IO, Any

import orjson

from safetynlp.errors import InputError, UnknownFormatError
from safetynlp.io.compression import base_suffix, compression_of, open_input
from safetynlp.io.containers import (
    Item,
    SseField,
    array_lines,
    iter_csv,
    iter_document,
    iter_jsonl,
    iter_parquet,
    iter_tsv,
    read_document,
    recover_document,
    sse_event,
)
from safetynlp.io.readers import PLATFORMS, READERS
from safetynlp.io.readers.base import get_path

CONTAINERS: tuple[str, ...] = ("jsonl", "json", "csv", "tsv", "parquet")
FORMATS: tuple[str, ...] = PLATFORMS + CONTAINERS
ALIASES = {
    "twitter": "x",
    "x-v1": "x",
    "x-v2": "x",
    "ndjson": "jsonl",
    "bsky": "bluesky",
    "jetstream": "bluesky",
    "pushshift": "reddit",
    "mcl": "meta",
}
SAMPLE = 50

_SUFFIXES = {
    ".jsonl": "jsonl",
    ".ndjson": "jsonl",
    ".jsonlines": "jsonl",
    ".csv": "csv",
    ".tsv": "tsv",
    ".tab": "tsv",
    ".parquet": "parquet",
    ".pq": "parquet",
}


def normalize_format(fmt: str | None, path: str = "<input>") -> str | None:
    if fmt is None:
        return None
    name = ALIASES.get(fmt.strip().lower(), fmt.strip().lower())
    if name not in FORMATS:
        raise UnknownFormatError(path, f"unknown format {fmt!r}")
    return name


def container_from_suffix(path: str) -> str | None:
    if path == "-":
        return None
    return _SUFFIXES.get(base_suffix(path))


def _peekable(fh: IO[bytes]) -> io.BufferedReader:
    if hasattr(fh, "peek"):
        return fh  # type: ignore[return-value]
    return io.BufferedReader(fh)  # type: ignore[arg-type]


def _first_byte(fh: io.BufferedReader) -> bytes:
    head = fh.peek(4096)[:4096]
    head = head.removeprefix(b"\xef\xbb\xbf").lstrip()
    return head[:4]


def _json_value(line: bytes) -> Any:
    try:
        return orjson.loads(line)
    except orjson.JSONDecodeError:
        return None


def _json_dict(line: bytes) -> dict[str, Any] | None:
    value = _json_value(line)
    return value if isinstance(value, dict) else None


def _is_chat_export(doc: dict[str, Any]) -> bool:
    return isinstance(doc.get("messages"), list) or any(
        isinstance(doc.get(key), dict) for key in ("chats", "left_chats")
    )


def _sniff_json(fh: io.BufferedReader, path: str) -> tuple[str, Iterator[Item]]:
    first = fh.readline()
    # a lone bracket opens an indented document; a JSON Lines file never starts so
    indented = first.removeprefix(b"\xef\xbb\xbf").strip() in (b"{", b"[")
    doc = _json_value(first)
    if isinstance(doc, dict):
        if _is_chat_export(doc) and not fh.peek(1).strip():
            return "json", iter_document(doc, path)
        return "jsonl", iter_jsonl(fh, first)
    if isinstance(doc, list) and fh.peek(1):  # a whole array on each line: pages of records
        return "jsonl", iter_jsonl(fh, first)
    if not first.strip().startswith(b"[") and first.strip():
        second = fh.readline()
        if _json_dict(second) is not None:  # JSON Lines whose first line is broken
            return "jsonl", iter_jsonl(io.BytesIO(second + fh.read()), first)
        first += second
    data = first + fh.read()
    try:
        return "json", read_document(io.BytesIO(data), path)
    except InputError:
        recovered = recover_document(data, path)
        if recovered is not None:
            return "json", recovered
        if indented:  # reading it as JSON Lines would report every line: say where it broke
            raise
        if data.removeprefix(b"\xef\xbb\xbf").lstrip().startswith(b"["):
            data = array_lines(data)
        return "jsonl", iter_jsonl(io.BytesIO(data))


_SSE_START = re.compile(rb"(?:event|data|id|retry)?:")

#: Twitter account archives (data/tweets.js...) assign a JSON array to a JavaScript global
_ARCHIVE_JS = re.compile(rb"\s*window\.YTD\.\w+\.part\d+\s*=\s*")


def _read_archive_js(fh: io.BufferedReader, path: str) -> Iterator[Item]:
    data = fh.read().removeprefix(b"\xef\xbb\xbf")
    m = _ARCHIVE_JS.match(data)
    if m is None:
        raise UnknownFormatError(path, "a JavaScript file, but not a Twitter archive data file")
    first_line = 1 + data.count(b"\n", 0, m.end())
    try:
        return read_document(io.BytesIO(data[m.end() :]), path, first_line=first_line)
    except InputError:
        recovered = recover_document(data[m.end() :], path, first_line)
        if recovered is None:
            raise
        return recovered


def open_records(
    path: str, container: str | None = None
) -> tuple[str, Iterator[Item], IO[bytes] | None]:
    """Open ``path`` and return ``(container, items, handle-to-close)``."""
    if container == "json":
        container = None  # .json files are often JSON Lines: sniff
    container = container or container_from_suffix(path)
    if container == "parquet" and path != "-" and compression_of(path) is None:
        return "parquet", iter_parquet(path), None
    fh = _peekable(open_input(path))
    try:
        if container == "parquet":
            return "parquet", iter_parquet(path, fh), fh
        if container == "jsonl":
            return "jsonl", iter_jsonl(fh), fh
        if container == "csv":
            return "csv", iter_csv(fh), fh
        if container == "tsv":
            return "tsv", iter_tsv(fh), fh
        head = _first_byte(fh)
        if head.startswith((b"{", b"[")):
            kind, items = _sniff_json(fh, path)
            return kind, items, fh
        if head.startswith(b"wind"):
            return "json", _read_archive_js(fh, path), fh
        if head.startswith(b"PAR1"):
            return "parquet", iter_parquet(path, fh), fh
        if not head:
            return "jsonl", iter(()), fh
        if _SSE_START.match(fh.peek(64).removeprefix(b"\xef\xbb\xbf").lstrip()):
            return "jsonl", iter_jsonl(fh), fh  # a saved server-sent-events stream
        line = fh.peek(65536).split(b"\n", 1)[0]
        if line.count(b"\t") > line.count(b","):
            return "tsv", iter_tsv(fh), fh
        if b"," in line:
            return "csv", iter_csv(fh), fh
    except BaseException:
        fh.close()
        raise
    fh.close()
    raise UnknownFormatError(path, "neither JSON, JSON Lines, CSV, TSV nor Parquet")


def detect_platform(records: list[dict[str, Any]], text_key: str = "text") -> str | None:
    """The reader that best matches ``records`` (``"generic"`` as the fallback), or None."""
    best, best_score = None, 0
    for name in PLATFORMS:
        spec = READERS[name]
        total = sum(spec.detect(rec) for rec in records)
        if total > best_score:
            best, best_score = name, total
    if best is not None:
        return best
    if any(get_path(rec, text_key) is not None for rec in records):
        return "generic"
    return None


def detection_sample(head: list[Item]) -> list[dict[str, Any]]:
    """The records of the first items to vote on, the elements of a page-per-line included."""
    sample: list[dict[str, Any]] = []
    event = None
    for _, rec, _ in head:
        if isinstance(rec, dict):
            sample.append(rec)
        elif isinstance(rec, list):
            sample.extend(r for r in rec[:SAMPLE] if isinstance(r, dict))
        elif isinstance(rec, SseField) and rec.name == "event":
            event = rec.value
        elif isinstance(rec, SseField) and rec.name == "data":
            sample.append(sse_event(event, rec.value))
            event = None
    return sample


def describe_fields(fmt: str, text_key: str, id_key: str, date_key: str) -> dict[str, str]:
    """Which source field feeds each Post field, for ``safetynlp inspect``."""
    if fmt in READERS and fmt != "generic":
        return dict(READERS[fmt].fields)
    fields = dict(READERS["generic"].fields)
    fields.update(id=f"{id_key} (the line number when absent)", text=text_key, created_at=date_key)
    return fields


__all__ = [
    "CONTAINERS",
    "FORMATS",
    "container_from_suffix",
    "describe_fields",
    "detect_platform",
    "normalize_format",
    "open_records",
]
