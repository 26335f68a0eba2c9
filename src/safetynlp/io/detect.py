"""Detect the container (JSONL, JSON, CSV, TSV, Parquet) and the platform of an input.

The container comes from the suffix (compression suffix removed) and, for ``.json``, stdin or
an unknown suffix, from the first bytes (a Twitter account archive's ``tweets.js`` is its JSON
array behind a ``window.YTD.tweets.part0 =`` prefix); a ``.csv`` file whose header line is
tab-separated is read as TSV, as it would be from stdin. The platform is voted on by every
reader's ``detect`` over the first :data:`SAMPLE` records.
"""

from __future__ import annotations

import io
import itertools
import re
from collections.abc import Callable, Iterator
from typing import IO, Any, NamedTuple

import orjson

from safetynlp.errors import DamagedInputError, InputError, UnknownFormatError
from safetynlp.io.compression import (
    StreamDamage,
    base_suffix,
    compression_of,
    damage_probe,
    open_input,
    undamaged,
)
from safetynlp.io.containers import (
    Item,
    JsonValues,
    SseField,
    Values,
    array_lines,
    iter_csv,
    iter_document,
    iter_jsonl,
    iter_parquet,
    iter_tsv,
    opens_indented_value,
    read_document,
    recover_document,
    sep_hint,
    sse_event,
)
from safetynlp.io.encoding import (
    SAMPLE_BYTES,
    bom_encoding,
    codec_name,
    csv_fallback,
    is_utf8,
    recoded,
)
from safetynlp.io.readers import PLATFORMS, READERS
from safetynlp.io.readers.base import get_path

CONTAINERS: tuple[str, ...] = ("jsonl", "json", "csv", "tsv", "parquet")
#: ("generic": records of no platform, in whichever container the input is)
FORMATS: tuple[str, ...] = PLATFORMS + ("generic",) + CONTAINERS
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


def _first_line(fh: io.BufferedReader) -> bytes:
    """The first line of ``fh`` as far as the buffer holds it, without reading it."""
    return fh.peek(4096)[:4096].split(b"\n", 1)[0]


def _first_byte(fh: io.BufferedReader) -> bytes:
    head = fh.peek(4096)[:4096]
    head = head.removeprefix(b"\xef\xbb\xbf").lstrip()
    return head[:4]


def _json_value(line: bytes) -> Any:
    try:
        return orjson.loads(line)
    except orjson.JSONDecodeError:
        return None


def _several_values(line: bytes) -> bool:
    """True when ``line`` starts with a whole JSON value and goes on after it."""
    try:
        orjson.loads(line)
    except orjson.JSONDecodeError as exc:
        return exc.msg == "unexpected content after document"
    return False


def _json_dict(line: bytes) -> dict[str, Any] | None:
    value = _json_value(line)
    return value if isinstance(value, dict) else None


def _is_chat_export(doc: dict[str, Any]) -> bool:
    return isinstance(doc.get("messages"), list) or any(
        isinstance(doc.get(key), dict) for key in ("chats", "left_chats")
    )


def _indent(line: bytes) -> int:
    return len(line) - len(line.lstrip())


def _lead_value(fh: io.BufferedReader, first: bytes) -> tuple[list[bytes], bool]:
    """The lines read of an indented first value (``first`` holds its opening bracket), and
    whether more follows it: then the input is a stream of values (``jq`` output), not one
    document. Reads up to the line back at the opening line's indentation (its closing line,
    raw line breaks being impossible inside JSON strings) and the next line with content; a
    value whose inner lines are not indented deeper is left to be read as a document."""
    lines = [first]
    opening = first.removeprefix(b"\xef\xbb\xbf")
    indent = _indent(opening)
    inner = False
    for line in fh:
        lines.append(line)
        if not line.strip():
            continue
        if _indent(line) > indent:
            inner = True
            continue
        if not inner and not line.lstrip().startswith((b"}", b"]")):
            return lines, False  # not indented (or not a value): read as before
        break
    else:
        return lines, False
    for line in fh:  # whatever follows the first value
        lines.append(line)
        if line.strip():
            return lines, True
    return lines, False


def _sniff_json(fh: io.BufferedReader, path: str, cut: Cut) -> tuple[str, Iterator[Item]]:
    first = fh.readline()
    # a lone bracket opens an indented document; a JSON Lines file never starts so
    indented = opens_indented_value(first)
    doc = _json_value(first)
    if isinstance(doc, dict):
        if _is_chat_export(doc) and not fh.peek(1).strip():
            return "json", iter_document(doc, path)
        return "jsonl", iter_jsonl(fh, first, cut=cut)
    if isinstance(doc, list) and fh.peek(1):  # a whole array on each line: pages of records
        return "jsonl", iter_jsonl(fh, first, cut=cut)
    if indented:
        lead, more = _lead_value(fh, first)
        if more:  # values one after another (jq '.data[]'): read one at a time
            return "json", JsonValues(itertools.chain(lead, fh), cut=cut)
        if first.strip().startswith(b"{") and len(lead) > 1 and _json_dict(lead[1]) is not None:
            # JSON Lines whose first line is broken
            return "jsonl", iter_jsonl(io.BytesIO(b"".join(lead[1:]) + fh.read()), first, cut=cut)
        data = b"".join(lead) + fh.read()
    else:
        if _several_values(first):  # {...} {...}: values one after another on the line
            return "json", JsonValues(itertools.chain((first,), fh), cut=cut)
        if not first.strip().startswith(b"[") and first.strip():
            second = fh.readline()
            if _json_dict(second) is not None:  # JSON Lines whose first line is broken
                return "jsonl", iter_jsonl(io.BytesIO(second + fh.read()), first, cut=cut)
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
        return "jsonl", iter_jsonl(io.BytesIO(data), cut=cut)


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


class Opened(NamedTuple):
    """An input opened for reading: its container, its items, the handle to close."""

    container: str
    items: Iterator[Item]
    handle: IO[bytes] | None
    #: the encoding the input is read with (a codec name)
    encoding: str = "utf-8"
    #: True when that encoding was guessed (a CSV/TSV file that is not UTF-8): say so
    guessed: bool = False
    #: what ended a damaged compressed input early, once it has (see StreamDamage)
    damage: Callable[[], StreamDamage | None] = undamaged


#: True once a damaged compressed input has ended early (its last line may be cut short)
Cut = Callable[[], bool]


def raise_if_damaged(path: str, damage: Callable[[], StreamDamage | None]) -> None:
    """Raise the damage as the reason nothing could be read: no record came before it."""
    found = damage()
    if found is not None:
        raise DamagedInputError(path, found.reason, found.fix)


def open_records(path: str, container: str | None = None, encoding: str | None = None) -> Opened:
    """Open ``path``, decoding it from ``encoding`` (None: UTF-8, or what a byte-order mark
    says, or for CSV/TSV the fallback of :mod:`safetynlp.io.encoding`)."""
    if container == "json":
        container = None  # .json files are often JSON Lines: sniff
    by_suffix = container is None
    container = container or container_from_suffix(path)
    if container == "parquet" and path != "-" and compression_of(path) is None:
        return Opened("parquet", iter_parquet(path), None)
    fh = _peekable(open_input(path, tolerate_damage=True))
    damage = damage_probe(fh)

    def cut() -> bool:
        return damage() is not None

    try:
        try:
            opened = _open(fh, path, container, encoding, cut, by_suffix=by_suffix)
        except (InputError, UnknownFormatError):
            raise_if_damaged(path, damage)  # what made the input unreadable: say that
            raise
        found = damage()
        if found is not None and found.offset == 0:  # damaged from its first bytes
            raise_if_damaged(path, damage)
        return opened._replace(damage=damage)
    except BaseException:
        fh.close()
        raise


def _open(
    fh: io.BufferedReader,
    path: str,
    container: str | None,
    encoding: str | None,
    cut: Cut,
    *,
    by_suffix: bool = False,
) -> Opened:
    head = fh.peek(512)[:512]
    if container == "parquet" or (container is None and head.startswith(b"PAR1")):
        return Opened("parquet", iter_parquet(path, fh), fh)  # binary: no text checks
    _refuse_unreadable(head, path, encoding, fh.peek(1 << 16)[: 1 << 16])
    bom = bom_encoding(head)
    source = bom or (None if encoding is None or is_utf8(encoding) else codec_name(encoding))
    if source is not None:
        fh = recoded(fh, source)
    if container == "jsonl" or (container is None and _first_byte(fh).startswith((b"{", b"["))):
        fh = _cr_as_lf(fh)
    if container == "jsonl":
        if opens_indented_value(_first_line(fh)):  # jq's indented values saved as .jsonl
            return Opened("jsonl", JsonValues(iter(fh), cut=cut), fh, source or "utf-8")
        return Opened("jsonl", iter_jsonl(fh, cut=cut), fh, source or "utf-8")
    if container == "csv" and by_suffix and _delimited(fh) == "tsv":
        # tab-separated exports are often saved as .csv (Meltwater's, Excel's "Unicode Text"
        # renamed): the content says more than the suffix, and reads as it does from stdin
        container = "tsv"
    if container in ("csv", "tsv"):
        return _table(fh, container, source, encoding is not None, cut, excel=bom == "utf-16")
    head = _first_byte(fh)
    if head.startswith((b"{", b"[")):
        kind, items = _sniff_json(fh, path, cut)
        return Opened(kind, items, fh, source or "utf-8")
    if head.startswith(b"wind"):
        return Opened("json", _read_archive_js(fh, path), fh, source or "utf-8")
    if not head:
        return Opened("jsonl", iter(()), fh, source or "utf-8")
    if _SSE_START.match(fh.peek(64).removeprefix(b"\xef\xbb\xbf").lstrip()):
        # saved server-sent events
        return Opened("jsonl", iter_jsonl(fh, cut=cut), fh, source or "utf-8")
    table = _delimited(fh)
    if table is not None:
        return _table(fh, table, source, encoding is not None, cut, excel=bom == "utf-16")
    raise UnknownFormatError(path, "neither JSON, JSON Lines, CSV, TSV nor Parquet")


class _CrAsLf(io.RawIOBase):
    """A JSON input whose lines end with a bare CR (classic Mac OS line ends), every CR read as
    LF. A raw CR is only ever whitespace in JSON (one in a string is written ``\\r``): the
    values are the same, and each line is one with its own number, as in any JSON Lines file."""

    def __init__(self, fh: io.BufferedReader) -> None:
        self._fh = fh

    def readable(self) -> bool:
        return True

    def readinto(self, b: bytearray | memoryview) -> int:  # type: ignore[override]
        data = self._fh.read1(len(b)).translate(_CR_TO_LF)
        n = len(data)
        b[:n] = data
        return n

    def close(self) -> None:
        if not self.closed:
            self._fh.close()
        super().close()


_CR_TO_LF = bytes.maketrans(b"\r", b"\n")


def _cr_as_lf(fh: io.BufferedReader) -> io.BufferedReader:
    """``fh``, its CRs read as LFs when its first 64 KiB end lines with CR alone."""
    head = fh.peek(1 << 16)[: 1 << 16]
    if b"\r" not in head or b"\n" in head:
        return fh
    return io.BufferedReader(_CrAsLf(fh), buffer_size=1 << 20)


def _delimited(fh: io.BufferedReader) -> str | None:
    """``"tsv"``/``"csv"`` by the separator the header line uses most, None for neither."""
    line = fh.peek(65536).split(b"\n", 1)[0]
    hint = sep_hint(line)  # Excel's "sep=;" line
    if hint is not None:
        return "tsv" if hint == "\t" else "csv"
    if line.count(b"\t") > line.count(b","):
        return "tsv"
    if b"," in line or b";" in line:
        return "csv"
    return None


def _table(
    fh: io.BufferedReader, kind: str, source: str | None, given: bool, cut: Cut, *, excel: bool
) -> Opened:
    """A CSV/TSV input, read as cp1252 when it is not UTF-8 and no encoding was given or
    marked (see :func:`~safetynlp.io.encoding.csv_fallback`). ``excel``: a UTF-16 file, as
    Excel saves "Unicode Text", whose TSV quotes fields as CSV does (a message holding a line
    break is one quoted field)."""
    used, guessed = source or "utf-8", False
    if source is None and not given:
        fallback = csv_fallback(fh.peek(SAMPLE_BYTES)[:SAMPLE_BYTES])
        if fallback is not None:
            fh, used, guessed = recoded(fh, fallback), fallback, True
    items = iter_csv(fh, cut=cut) if kind == "csv" else iter_tsv(fh, quoted=excel, cut=cut)
    return Opened(kind, items, fh, used, guessed)


#: archives hold the dump, they are not one: ``(magic, what it is, how to fix)``
_ARCHIVES: tuple[tuple[bytes, str, str], ...] = (
    (
        b"PK\x03\x04",
        "a ZIP archive",
        "unzip it and pass the JSON, JS or CSV file inside (an X/Twitter account archive's "
        "data/tweets.js, a Telegram export's result.json)",
    ),
    (b"PK\x05\x06", "an empty ZIP archive", "pass the export itself, not an empty archive"),
    (b"7z\xbc\xaf\x27\x1c", "a 7-Zip archive", "extract it and pass the file inside"),
    (b"Rar!\x1a\x07", "a RAR archive", "extract it and pass the file inside"),
    (
        b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1",  # OLE2, also .doc and .msg
        "an Office 97-2003 file (an Excel .xls workbook?)",
        "open it in Excel (or LibreOffice) and save it as CSV UTF-8, then pass the .csv file",
    ),
)
#: an export re-saved by Excel: a ZIP (Office Open XML) whose parts are under xl/; unzipping
#: it gives XML, not the CSV
_WORKBOOK = (
    "an Excel workbook (.xlsx)",
    "open it in Excel (or LibreOffice) and save it as CSV UTF-8, then pass the .csv file",
)
_WORKBOOK_PARTS = re.compile(rb"PK\x03\x04.{26}xl/(?:workbook|worksheets/|styles)", re.DOTALL)
_TAR = (
    "a tar archive",
    "extract it (tar -xf FILE) and pass the file inside (a Mastodon account archive's outbox.json)",
)
#: a CAR file starts with its header's length (a varint) and a CBOR map of roots and version
_CAR = re.compile(rb"(?:[\x80-\xff][\x00-\x7f]|[\x00-\x7f])\xa2(?:eroots|gversion)")
_CAR_FIX = (
    "a CAR file (a Bluesky/atproto repository export: binary DAG-CBOR blocks)",
    "read its app.bsky.feed.post records out to JSON Lines with an atproto tool, or fetch the "
    "posts as JSON (app.bsky.feed.getAuthorFeed pages)",
)


def _refuse_unreadable(head: bytes, path: str, encoding: str | None, more: bytes = b"") -> None:
    """An archive, a workbook, a CAR file or UTF-16 text without a byte-order mark: say what
    the input is and how to get at its posts (read as text, it would fail as a format not
    detected). ``more``: the first 64 KiB, where a ZIP's first entries are named."""
    found = None
    if head.startswith(b"PK\x03\x04") and (
        _WORKBOOK_PARTS.search(more) or base_suffix(path) in (".xlsx", ".xlsm")
    ):
        found = _WORKBOOK
    if found is None:
        found = next(
            ((what, fix) for magic, what, fix in _ARCHIVES if head.startswith(magic)), None
        )
    if found is None and head[257:262] == b"ustar":
        found = _TAR
    if found is None and _CAR.match(head):
        found = _CAR_FIX
    if found is not None:
        what, fix = found
        raise InputError(path, f"looks like {what}, not a post dump. Fix: {fix}")
    if encoding is None and bom_encoding(head) is None and len(head) >= 16:
        odd, even = head[1::2], head[0::2]
        for zeros, other, name in ((odd, even, "utf-16-le"), (even, odd, "utf-16-be")):
            if zeros.count(0) >= 0.8 * len(zeros) and other.count(0) < 0.2 * len(other):
                raise InputError(
                    path,
                    f"looks like UTF-16 text without a byte-order mark. Fix: pass --encoding "
                    f"{name}",
                )


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
        if isinstance(rec, Values):  # several values on one line
            sample.extend(v for v in rec.items if isinstance(v, dict))
        elif isinstance(rec, dict):
            sample.append(rec)
        elif isinstance(rec, list):
            sample.extend(r for r in rec[:SAMPLE] if isinstance(r, dict))
        elif isinstance(rec, SseField) and rec.name == "event":
            event = rec.value
        elif isinstance(rec, SseField) and rec.name == "data":
            sample.append(sse_event(event, rec.value))
            event = None
    return sample


def describe_fields(
    fmt: str, text_key: str, id_key: str, date_key: str, author_key: str = "author"
) -> dict[str, str]:
    """Which source field feeds each Post field, for ``safetynlp inspect``."""
    if fmt in READERS and fmt != "generic":
        return dict(READERS[fmt].fields)
    fields = dict(READERS["generic"].fields)
    created_at = f"{date_key} (else createdAt)" if date_key == "created_at" else date_key
    fields.update(
        id=f"{id_key} (the line number when absent)",
        text=text_key,
        created_at=created_at,
        author=author_key,
    )
    return fields


__all__ = [
    "CONTAINERS",
    "FORMATS",
    "container_from_suffix",
    "describe_fields",
    "detect_platform",
    "normalize_format",
    "open_records",
    "Opened",
]
