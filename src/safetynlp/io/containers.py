"""Record sources: turn a byte stream into ``(line, record | RecordProblem, extra)`` items.

* ``jsonl``: one JSON object per line; the line number is the physical line. A line holding a
  whole array (one API page per line, as some scrapers write) is passed on as that list; the
  lines of a saved server-sent-events stream (``event: update`` / ``data: {...}``) as
  :class:`SseField`; a line holding several values (``{...} {...}``, ``{...}{...}``) as
  :class:`Values`, each value then read as a line of its own. A line that parses costs
  nothing more for these: they are looked for only in one that does not.
* ``json``: one document read whole (an array of records, one X v2 response, a Telegram
  ``result.json``, or an object wrapping a list of records). Its records have no file line of
  their own: the item's line is the record's position (1-based; a record without an id takes
  it as its id), and ``extra`` holds the record's JSON path in the document (:data:`JSON_PATH`,
  e.g. ``messages[7]``) with :data:`FILE_LINE` None, so that a bad record is reported by its
  path (``messages[7].text``) and no line rather than by a position that reads like a line.
  An indented document that does not parse is read element by element where it can be
  (:func:`recover_document`); "line" is then the file line each element starts on, and the
  JSON path is given too.
* a stream of JSON values one after another (``jq '.data[]'`` output: indented objects, each
  from a line holding its opening bracket to the line holding its closing one at the same
  indentation; or several values on one line): read value by value like JSON Lines, each
  item's line the file line the value starts on, a broken value one bad record
  (:class:`JsonValues`). Only one value is held at a time (at most :data:`MAX_VALUE_BYTES`).
* ``csv``/``tsv``: a header row then one record per row; the line is where the row ends. TSV
  has no quoting: each line is one record and a double quote is text (:func:`iter_tsv`).
* ``parquet``: rows in order; "line" is the row number.

Bytes that are not UTF-8, or broken syntax, make that one record a problem; reading goes on.
(An input in another encoding is decoded to UTF-8 before it gets here: :mod:`safetynlp.io.encoding`.)

A damaged compressed input ends where the damage is (:mod:`safetynlp.io.compression`); ``cut``
says when it has. The line (or CSV row) it cut short is part of the damage, not a record of its
own: it is dropped, and the damage is reported once, after the records before it.
"""

from __future__ import annotations

import csv
import io
import itertools
import re
import sys
from collections import deque
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from typing import IO, Any, cast

import orjson

from safetynlp.errors import BrokenDocumentError, InputError, MissingDependencyError
from safetynlp.io.readers.base import SIBLINGS, RecordProblem


@dataclass(slots=True, frozen=True)
class SseField:
    """One line of a server-sent-events stream (Mastodon's streaming API over HTTP, saved with
    ``curl -N``): ``event: update``, ``data: {...}`` (the JSON value, or the text when it is
    not JSON); a comment (``:thump``, a heartbeat) has the name ``""``."""

    name: str
    value: Any


def sse_event(name: str | None, data: Any) -> dict[str, Any]:
    """A server-sent event in the form the streaming API's websocket sends it."""
    return {"event": name or "message", "payload": data}


#: what one JSON value of a line gives
_Value = dict[str, Any] | list[Any] | RecordProblem


@dataclass(slots=True, frozen=True)
class Values:
    """Several JSON values on one JSON Lines line (``{...} {...}``, or ``{...}{...}``): each is
    read as a line of its own would be (an object a record, an array a page of records, a
    broken one a bad record), all at the line's number."""

    items: list[_Value]


#: a JSON Lines line may also give a ``list`` (a page of records on one line), an SseField, or
#: several values (:class:`Values`)
Item = tuple[
    int, "dict[str, Any] | list[Any] | SseField | Values | RecordProblem", "dict[str, Any] | None"
]

#: ``extra`` key: where a record of a JSON document sits in it (``messages[7]``, ``[3]``, ``""``
#: for the whole document); the field of its bad-record report is a path from there
JSON_PATH = "json_path"
#: ``extra`` key, with JSON_PATH: the file line to report for the record, None when unknown (a
#: document parsed whole); the item's own line is then only the record's position
FILE_LINE = "file_line"


def _in_document(at: str, extra: dict[str, Any] | None = None) -> dict[str, Any]:
    """``extra`` for a record at JSON path ``at`` of a document parsed whole."""
    return {**(extra or {}), JSON_PATH: at, FILE_LINE: None}


csv.field_size_limit(min(sys.maxsize, 2**31 - 1))

_BOM = b"\xef\xbb\xbf"


#: how the reason of a record whose bytes are not UTF-8 starts (read_posts, and the closing
#: warning of ``safetynlp score``, look for it to name the fix)
NOT_UTF8 = "not UTF-8"
ENCODING_FIX = "pass --encoding cp1252 (or the file's encoding)"


def not_utf8(field: str, detail: str = "") -> RecordProblem:
    """The problem of a record whose bytes are not UTF-8 (``detail``: where, in brackets)."""
    return RecordProblem(f"{NOT_UTF8}{detail}: {ENCODING_FIX}", field)


def _json_problem(line: bytes) -> RecordProblem:
    try:
        line.decode("utf-8")
    except UnicodeDecodeError as exc:
        return not_utf8("<line>", f" (byte 0x{line[exc.start]:02x} at byte {exc.start})")
    return RecordProblem("broken JSON", "<line>")


_SSE_FIELDS = (b"data:", b"event:", b":", b"id:", b"retry:")


def _sse_field(line: bytes) -> SseField | RecordProblem:
    name, _, raw = line.rstrip(b"\r\n").partition(b":")
    raw = raw.removeprefix(b" ")
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as exc:
        return not_utf8("<line>", f" (byte 0x{raw[exc.start]:02x})")
    if name != b"data":
        return SseField(name.decode("ascii"), text)
    try:
        return SseField("data", orjson.loads(raw))
    except orjson.JSONDecodeError:
        return SseField("data", text)


def parse_json_line(
    line: bytes,
) -> dict[str, Any] | list[Any] | SseField | Values | RecordProblem:
    try:
        value = orjson.loads(line)
    except orjson.JSONDecodeError as exc:
        # checked only here: JSON lines pay nothing for these
        if line.startswith(_SSE_FIELDS):
            return _sse_field(line)
        if line.startswith(_BOM):  # files joined by cat, each with its byte-order mark
            return parse_json_line(line[len(_BOM) :])
        if exc.msg == _AFTER_VALUE and exc.pos > 0:  # {...} {...}: several values on the line
            split = split_values(line, 1, "<line>", open_tail=False)
            return Values([cast(_Value, rec) for _, rec, _ in split.items])
        return _json_problem(line)
    if not isinstance(value, dict):
        if isinstance(value, list):
            return value
        return RecordProblem(f"expected a JSON object, got {type(value).__name__}", "<line>")
    return value


#: True once a damaged compressed input has ended early (see the module doc)
Cut = Callable[[], bool]


def _raw_lines(
    fh: IO[bytes], first: bytes | None, start_line: int, cut: Cut | None = None
) -> Iterator[bytes]:
    """Every physical line (blank ones too), the BOM removed from the first one; with ``cut``,
    not a last line that the damage cut short."""
    lines: Iterator[bytes] = itertools.chain((first,) if first is not None else (), fh)
    if cut is not None:
        lines = _whole_lines(lines, cut, b"\n")
    if first is not None or start_line == 1:
        line = next(lines, None)
        if line is None:
            return
        yield line.removeprefix(_BOM)
    yield from lines


def _whole_lines(lines: Iterator[Any], cut: Cut, end: Any) -> Iterator[Any]:
    # only the last line lacks a line end, and the damage has been met by the time it is read
    for line in lines:
        if not line.endswith(end) and cut():
            return
        yield line


class JsonlItems:
    """The items of a JSON Lines input, parsed lazily; also hands out raw line chunks.

    ``chunks(size)`` yields ``(first_line_number, [line, ...])`` blocks of consecutive
    physical lines (blank lines included, the BOM already removed), so that line parsing can
    happen elsewhere (worker processes); items and chunks share one position.
    """

    def __init__(
        self,
        fh: IO[bytes],
        first: bytes | None = None,
        start_line: int = 1,
        cut: Cut | None = None,
    ) -> None:
        self.lines: Iterator[bytes] = _raw_lines(fh, first, start_line, cut)
        self.next_line = start_line

    def __iter__(self) -> JsonlItems:
        return self

    def __next__(self) -> Item:
        for line in self.lines:
            lineno = self.next_line
            self.next_line += 1
            if line.strip():
                return lineno, parse_json_line(line), None
        raise StopIteration

    def peek_items(self, n: int) -> list[Item]:
        """The next ``n`` items, parsed, without consuming them."""
        raw: list[bytes] = []
        items: list[Item] = []
        lineno = self.next_line
        for line in self.lines:
            raw.append(line)
            if line.strip():
                items.append((lineno, parse_json_line(line), None))
            lineno += 1
            if len(items) >= n:
                break
        self.lines = itertools.chain(raw, self.lines)
        return items

    def chunks(self, size: int) -> Iterator[tuple[int, list[bytes]]]:
        while True:
            block = list(itertools.islice(self.lines, size))
            if not block:
                return
            # a server-sent event's name line stays with its data line, which it gives meaning
            while block[-1].startswith(b"event:") and (line := next(self.lines, None)):
                block.append(line)
            start = self.next_line
            self.next_line += len(block)
            yield start, block


def iter_jsonl(
    fh: IO[bytes], first: bytes | None = None, start_line: int = 1, *, cut: Cut | None = None
) -> JsonlItems:
    return JsonlItems(fh, first, start_line, cut)


# ---------------------------------------------------------------- a stream of JSON values

#: the largest JSON value of a stream that is parsed; a larger one (or a broken one that runs
#: on) is one bad record, and its lines are not kept
MAX_VALUE_BYTES = 256 << 20
#: orjson's reasons: a whole value followed by more (where the next one starts), a value cut
#: short
_AFTER_VALUE = "unexpected content after document"
_CUT_SHORT = "unexpected end of data"
_OPENERS = (b"{", b"[")
_CLOSER = {ord("{"): b"}", ord("["): b"]"}
_BLANK = b" \t\r\n"
_INNER = (b" ", b"\t")


def opens_indented_value(line: bytes) -> bool:
    """True for a line holding only an opening bracket (an indented value starts there; a JSON
    Lines file never has such a line)."""
    return line.removeprefix(_BOM).strip() in _OPENERS


def _value_item(value: Any, field: str) -> dict[str, Any] | list[Any] | RecordProblem:
    if isinstance(value, dict | list):
        return value
    return RecordProblem(f"expected a JSON object, got {type(value).__name__}", field)


def _byte_offset(data: memoryview, chars: int) -> int:
    """The byte offset of character ``chars`` of UTF-8 ``data`` (orjson counts characters)."""
    head = bytes(data[: 4 * chars + 4])
    if head.isascii():
        return chars
    return len(head.decode("utf-8", errors="ignore")[:chars].encode("utf-8"))


@dataclass(slots=True)
class _Split:
    """The values of a chunk of JSON text; ``tail``: the offset of a last value that the chunk's
    last line opens but does not close (it goes on over the next lines), else None."""

    items: list[Item]
    tail: int | None = None


def split_values(chunk: bytes, line: int, field: str, *, open_tail: bool = True) -> _Split:
    """The items of ``chunk``, whole JSON values one after another (whitespace between them or
    not) from file line ``line``. A broken value ends it, as one bad record at the line it
    starts on saying where it broke, unless ``open_tail`` and it is a value cut short that
    starts on the chunk's last line (``}{``: one value closes, the next opens)."""
    view = memoryview(chunk)
    off, end = 0, len(chunk)
    out = _Split([])
    while True:
        while off < end and chunk[off] in _BLANK:
            line += chunk[off] == 10
            off += 1
        if off >= end:
            return out
        try:
            value = orjson.loads(view[off:])
        except orjson.JSONDecodeError as exc:
            if exc.msg == _AFTER_VALUE and exc.pos > 0:
                stop = off + _byte_offset(view[off:], exc.pos)
                out.items.append((line, _value_item(orjson.loads(view[off:stop]), field), None))
                line += chunk.count(b"\n", off, stop)
                off = stop
                continue
            if open_tail and exc.msg == _CUT_SHORT and b"\n" not in chunk[off:].rstrip(_BLANK):
                out.tail = off
                return out
            problem = _json_problem(bytes(view[off:]))
            reason = problem.reason
            if reason == "broken JSON":  # not a decoding problem: say where
                reason = (
                    f"broken JSON ({exc.msg} at line {line + exc.lineno - 1}, column {exc.colno})"
                )
            out.items.append((line, RecordProblem(reason, field), None))
            return out
        out.items.append((line, _value_item(value, field), None))
        return out


def _whole_object(line: bytes) -> bool:
    """True when ``line`` holds an object with keys (never one line of an indented value)."""
    try:
        value = orjson.loads(line)
    except orjson.JSONDecodeError:
        return False
    return isinstance(value, dict) and bool(value)


def _incomplete(data: bytes) -> bool:
    """True when ``data`` is the start of a JSON value that goes on."""
    try:
        orjson.loads(data)
    except orjson.JSONDecodeError as exc:
        return exc.msg == _CUT_SHORT
    return False


class JsonValues:
    """The items of a stream of JSON values written one after another, as ``jq`` writes them
    (``jq '.data[]' page.json``: indented objects, each from a line that holds its opening
    bracket to the line that holds its closing one, at the same indentation) or as JSON Lines;
    a line may also hold several values, or close one and open the next (``}{``). Every value
    is an item, as a JSON Lines line is: an object is a record, an array a page of records.
    Raw line breaks cannot occur inside JSON strings, so a line back at the indentation of a
    value's opening line ends it: a value cut short is reported alone (field ``<value>``, at
    the line it starts on) and the next one is read. One value is held at a time, up to
    :data:`MAX_VALUE_BYTES`.

    Like :class:`JsonlItems`, ``next_line`` is the next file line to read and ``peek_items``
    looks ahead without consuming; with ``cut``, a value that a damaged compressed input cut
    short is part of the damage, not a bad record of its own."""

    def __init__(self, lines: Iterator[bytes], start_line: int = 1, cut: Cut | None = None) -> None:
        first = next(lines, None)
        raw: Iterator[bytes] = itertools.chain(
            () if first is None else (first.removeprefix(_BOM),), lines
        )
        self._lines = raw if cut is None else _whole_lines(raw, cut, b"\n")
        self._cut = cut
        self.next_line = start_line
        self._items = self._values()
        self._peeked: deque[Item] = deque()
        # the value being read: its lines (none kept once over MAX_VALUE_BYTES), first line,
        # that line's indentation, closing bracket, size, and whether its inner lines are
        # indented deeper than its first (None until one is read)
        self._pending: list[bytes] = []
        self._start = self._indent = self._size = 0
        self._closer = b"}"
        self._indented: bool | None = None

    def __iter__(self) -> JsonValues:
        return self

    def __next__(self) -> Item:
        if self._peeked:
            return self._peeked.popleft()
        return next(self._items)

    def peek_items(self, n: int) -> list[Item]:
        """The next ``n`` items, parsed, without consuming them."""
        while len(self._peeked) < n:
            item = next(self._items, None)
            if item is None:
                break
            self._peeked.append(item)
        return list(itertools.islice(self._peeked, n))

    def _open(self, text: bytes, lineno: int, indent: int) -> None:
        """Start a value that goes on over lines: ``text`` (its first line, or the part of a
        line from where it opens) on file line ``lineno``, at indentation ``indent``."""
        self._pending, self._start, self._indent = [text], lineno, indent
        self._size, self._closer, self._indented = len(text), _CLOSER[text.lstrip()[0]], None

    def _keep(self, line: bytes) -> None:
        self._size += len(line)
        if self._size <= MAX_VALUE_BYTES:
            self._pending.append(line)

    def _close(self, *, open_tail: bool = True) -> list[Item]:
        """The items of the value read, which ends here; a value that its last line opens
        (``}{``) is read on."""
        pending, start, indent = self._pending, self._start, self._indent
        self._pending = []
        if self._size > MAX_VALUE_BYTES:
            reason = (
                f"a JSON value of over {MAX_VALUE_BYTES >> 20} MiB, or one broken so that it "
                "does not end: not read"
            )
            return [(start, RecordProblem(reason, "<value>"), None)]
        return self._split(b"".join(pending), start, "<value>", indent, open_tail=open_tail)

    def _split(
        self, chunk: bytes, line: int, field: str, indent: int, *, open_tail: bool = True
    ) -> list[Item]:
        found = split_values(chunk, line, field, open_tail=open_tail)
        if found.tail is not None:
            last = line + chunk.count(b"\n", 0, found.tail)
            self._open(chunk[found.tail :], last, indent)
        return found.items

    def _values(self) -> Iterator[Item]:
        for line in self._lines:
            lineno = self.next_line
            self.next_line += 1
            if line.startswith(_BOM) and not self._pending:  # files joined by cat
                line = line[len(_BOM) :]
            if self._indented and not self._indent and line[:1] in _INNER and self._pending:
                # an inner line of a value opened at the margin (jq's): the most common line
                self._size += len(line)
                if self._size <= MAX_VALUE_BYTES:
                    self._pending.append(line)
                continue
            stripped = line.strip()
            if self._pending:
                if not stripped:  # kept: the lines a broken value's report gives stay true
                    self._keep(line)
                    continue
                deeper = _indent(line) > self._indent
                closes = not deeper and stripped.startswith(self._closer)
                if self._indented is None:
                    self._indented = deeper or closes
                if self._indented and deeper:
                    self._keep(line)
                    continue
                if not self._indented and not closes and not _whole_object(line):
                    self._keep(line)  # lines not indented: all the value's up to its close
                    continue
                if closes:
                    self._keep(line)
                    if (
                        not self._indented  # json.dumps(indent=0): the closing line is the
                        and self._size <= MAX_VALUE_BYTES  # one that completes the value
                        and _incomplete(b"".join(self._pending))
                    ):
                        continue
                    yield from self._close()
                    continue
                # back at the opening line's indentation without closing, or a whole object on
                # a line of its own (JSON Lines): the value was cut short, and this line comes
                # after it
                yield from self._close(open_tail=False)
            if not stripped:
                continue
            if stripped in _OPENERS:  # a value that goes on over lines (jq's)
                self._open(line, lineno, len(line) - len(line.lstrip()))
                continue
            try:
                value = orjson.loads(line)
            except orjson.JSONDecodeError as exc:
                if exc.msg == _AFTER_VALUE:  # several values on the line
                    yield from self._split(line, lineno, "<line>", _indent(line))
                elif stripped.startswith(_OPENERS):  # a value that goes on over lines
                    self._open(line, lineno, _indent(line))
                else:
                    yield lineno, _json_problem(line), None
                continue
            yield lineno, _value_item(value, "<line>"), None
        if self._pending:
            if self._cut is not None and self._cut():
                self.next_line = self._start  # the value cut short is part of the damage
                return
            yield from self._close(open_tail=False)


def _chat_items(chat: dict[str, Any], start: int, at: str) -> Iterator[Item]:
    """The messages of a Telegram chat at JSON path ``at``, positions from ``start``."""
    chat_info = {"chat_id": chat.get("id"), "chat_name": chat.get("name")}
    messages = chat.get("messages")
    if not isinstance(messages, list):
        extra = _in_document(at, chat_info)
        yield start, RecordProblem("messages must be a list", "messages"), extra
        return
    for i, msg in enumerate(messages):
        extra = _in_document(f"{at}.messages[{i}]" if at else f"messages[{i}]", chat_info)
        if isinstance(msg, dict):
            yield start + i, msg, extra
        else:
            yield start + i, RecordProblem("message must be an object"), extra


#: a Telegram full-account export's chat lists: the chats, then those the account has left
#: (the same ``{name, type, id, messages}`` chats, which hold its messages from before)
_CHAT_LISTS = ("chats", "left_chats")


def _chat_lists(doc: dict[str, Any]) -> list[tuple[str, list[Any]]]:
    """``(key, chats)`` of each chat list a full Telegram export holds."""
    found = []
    for key in _CHAT_LISTS:
        section = doc.get(key)
        if isinstance(section, dict) and isinstance(section.get("list"), list):
            found.append((key, section["list"]))
    return found


def _account_export_items(doc: dict[str, Any]) -> Iterator[Item]:
    """The messages of every chat of a full Telegram export, positions running on across
    chats (a message's id is only unique with its chat's: the reader joins the two)."""
    n = 0
    for key, chats in _chat_lists(doc):
        for c, chat in enumerate(chats):
            if isinstance(chat, dict):
                for item in _chat_items(chat, n + 1, f"{key}.list[{c}]"):
                    n = item[0]
                    yield item


_WRAPPER_KEYS = ("posts", "statuses", "items", "results", "records", "data", "feed")


def iter_document(doc: Any, path: str, at: str = "") -> Iterator[Item]:
    """Records of a whole JSON document (``at``: the JSON path of ``doc`` in it)."""
    if isinstance(doc, list):
        for i, rec in enumerate(doc):
            where = f"{at}[{i}]"
            if isinstance(rec, dict) and ("messages" in rec and "type" in rec):
                yield from _chat_items(rec, 1, where)  # a list of Telegram chats
            elif isinstance(rec, dict):
                yield i + 1, rec, _in_document(where, {SIBLINGS: doc})
            else:
                problem = RecordProblem(f"expected an object, got {type(rec).__name__}")
                yield i + 1, problem, _in_document(where)
        return
    if not isinstance(doc, dict):
        raise InputError(
            path, f"a JSON document must be an object or an array, got {type(doc).__name__}"
        )
    if isinstance(doc.get("messages"), list):  # Telegram single chat
        yield from _chat_items(doc, 1, at)
        return
    if _chat_lists(doc):  # full Telegram export
        yield from _account_export_items(doc)
        return
    if "includes" in doc or ("data" in doc and "meta" in doc):  # one X API v2 response
        yield 1, doc, _in_document(at)
        return
    for key in _WRAPPER_KEYS:
        value = doc.get(key)
        if isinstance(value, list) and value and all(isinstance(v, dict) for v in value[:10]):
            yield from iter_document(value, path, key)
            return
    yield 1, doc, _in_document(at)


def array_lines(data: bytes) -> bytes:
    """A JSON array written one element per line (``[`` / ``{...},`` / ``]``) as JSON Lines,
    every line kept in place: when one element is broken the document does not parse, but
    its other elements still can, line by line."""
    out: list[bytes] = []
    for line in data.split(b"\n"):
        s = line.strip()
        if s.startswith(b"[") and (len(s) == 1 or s[1:].lstrip().startswith(b"{")):
            s = s[1:].lstrip()
        if s == b"]" or s.endswith((b"}]", b"},]")):
            s = s[:-1].rstrip()
        out.append(s.removesuffix(b","))
    return b"\n".join(out)


def read_document(
    fh: IO[bytes], path: str, head: bytes = b"", first_line: int = 1
) -> Iterator[Item]:
    """Records of a whole JSON document; ``first_line`` is the file line the data starts on."""
    data = head + fh.read()
    try:
        doc = orjson.loads(data.removeprefix(_BOM))
    except orjson.JSONDecodeError as exc:
        raise BrokenDocumentError(path, exc.lineno + first_line - 1, exc.colno, exc.msg) from None
    return iter_document(doc, path)


# ---------------------------------------------------------------- broken indented documents

#: arrays of records that a broken document can be read from element by element: a Telegram
#: chat's messages, an ActivityPub outbox's activities, the usual wrapper lists
_RECORD_ARRAYS = frozenset(("messages", "orderedItems", *_WRAPPER_KEYS))
_KEY_OPENS_ARRAY = re.compile(rb'\s*"([^"\\]+)"\s*:\s*\[\s*$')


def _indent(line: bytes) -> int:
    return len(line) - len(line.lstrip())


def _record_array(lines: list[bytes]) -> tuple[int, str | None] | None:
    """``(index of the line opening the array of records, its key or None at top level)``."""
    top = next((i for i, line in enumerate(lines) if line.strip()), None)
    if top is None:
        return None
    opening = lines[top].strip()
    if opening == b"[":
        return top, None
    if opening != b"{":
        return None
    key_indent = None
    for i in range(top + 1, len(lines)):
        if not lines[i].strip():
            continue
        if key_indent is None:
            key_indent = _indent(lines[i])
        m = _KEY_OPENS_ARRAY.match(lines[i])
        if m and _indent(lines[i]) == key_indent and m.group(1).decode() in _RECORD_ARRAYS:
            return i, m.group(1).decode()
    return None


def recover_document(data: bytes, path: str, first_line: int = 1) -> Iterator[Item] | None:
    """The records of an indented JSON document that does not parse (``json.dump(indent=...)``
    output: Telegram ``result.json``, ``tweets.js``, an indented array), read element by
    element so that one broken record does not lose the others; None when the document is not
    laid out so. Raw newlines cannot occur inside JSON strings, so in such a document every
    element of the records array starts with ``{`` at one indentation: the array is cut there,
    and a broken element is reported alone (field ``<element>``). The line of every item is the
    file line its element starts on (not its position, as in a document that parses)."""
    lines = data.removeprefix(_BOM).split(b"\n")
    found = _record_array(lines)
    if found is None:
        return None
    opening, key = found
    starts: list[int] = []
    end = len(lines)  # no closing bracket: the file was cut short
    element_indent = None
    for i in range(opening + 1, len(lines)):
        stripped = lines[i].lstrip()
        if not stripped:
            continue
        indent = _indent(lines[i])
        if element_indent is None:
            if not stripped.startswith(b"{"):
                return None  # not an array of objects
            element_indent = indent
        if indent <= element_indent and stripped.startswith(b"]"):
            end = i
            break
        if indent == element_indent and stripped.startswith(b"{"):
            starts.append(i)
    if not starts:
        return None
    chat_info = None
    if key is not None:
        rest = b"\n".join(lines[end:]) if end < len(lines) else b"]}"
        try:
            wrapper = orjson.loads(b"\n".join(lines[: opening + 1]) + b"\n" + rest)
        except orjson.JSONDecodeError:
            return None  # broken outside the records too
        if not isinstance(wrapper, dict) or "includes" in wrapper:
            return None  # an X v2 response: its tweets need the includes next to them
        if key == "messages":
            chat_info = {"chat_id": wrapper.get("id"), "chat_name": wrapper.get("name")}
    return _recovered_items(lines, starts, end, first_line, key or "", chat_info)


def _recovered_items(
    lines: list[bytes],
    starts: list[int],
    end: int,
    first_line: int,
    key: str,
    chat_info: dict[str, Any] | None,
) -> Iterator[Item]:
    for i, (start, stop) in enumerate(zip(starts, [*starts[1:], end], strict=True)):
        chunk = b"\n".join(lines[start:stop]).rstrip().removesuffix(b",")
        line = first_line + start
        # the element's file line is known here: it is the item's line, and its path is given
        extra = {**(chat_info or {}), JSON_PATH: f"{key}[{i}]"}
        try:
            rec = orjson.loads(chunk)
        except orjson.JSONDecodeError as exc:
            problem = _json_problem(chunk)
            reason = problem.reason
            if reason == "broken JSON":  # not a decoding problem: say where
                reason = (
                    f"broken JSON ({exc.msg} at line {line + exc.lineno - 1}, column {exc.colno})"
                )
            yield line, RecordProblem(reason, "<element>"), extra
            continue
        if isinstance(rec, dict):
            yield line, rec, extra
        else:
            yield line, RecordProblem(f"expected an object, got {type(rec).__name__}"), extra


def iter_csv(fh: IO[bytes], *, cut: Cut | None = None) -> Iterator[Item]:
    """Rows of a CSV file (RFC 4180 quoting: a quoted field may hold commas and line breaks).
    The delimiter is ``;`` when the header has semicolons and no comma: Excel writes CSV so
    where the decimal separator is a comma (most of continental Europe)."""
    return _iter_rows(fh, "CSV", cut, delimiter=_csv_delimiter(fh))


def _csv_delimiter(fh: IO[bytes]) -> str:
    peek = getattr(fh, "peek", None)
    header = peek(65536).split(b"\n", 1)[0] if peek is not None else b""
    hint = sep_hint(header)
    if hint is not None:
        return hint
    return ";" if b";" in header and b"," not in header and b"\t" not in header else ","


#: Excel's delimiter line, before the header: ``sep=;`` (it writes and reads one)
_SEP_LINE = re.compile(r'"?sep=(.)"?\r?\n?')


def sep_hint(line: bytes) -> str | None:
    """The delimiter a first line ``sep=X`` names (Excel's hint), else None."""
    m = _SEP_LINE.fullmatch(line.removeprefix(_BOM).decode("utf-8", "replace"))
    return m.group(1) if m else None


def iter_tsv(fh: IO[bytes], *, quoted: bool = False, cut: Cut | None = None) -> Iterator[Item]:
    """Rows of a TSV file. TSV has no quoting convention (a field cannot hold a tab or a line
    break), so quotes are read as text: with CSV quoting, a field starting with a double quote
    would lose its quotes, and an unbalanced one would swallow the rest of the file into one
    record. ``quoted``: a file known to quote as CSV does (Excel's "Unicode Text" save)."""
    if quoted:
        return _iter_rows(fh, "TSV", cut, delimiter="\t")
    return _iter_rows(fh, "TSV", cut, delimiter="\t", quoting=csv.QUOTE_NONE)


def _iter_rows(fh: IO[bytes], kind: str, cut: Cut | None, **dialect: Any) -> Iterator[Item]:
    text = io.TextIOWrapper(fh, encoding="utf-8-sig", errors="surrogateescape", newline="")
    lines: Iterator[str] = text if cut is None else _whole_lines(text, cut, ("\n", "\r"))
    first = next(lines, None)
    hint = None if first is None else _SEP_LINE.fullmatch(first)
    if hint is not None:  # Excel's "sep=;" line: the delimiter, not the header
        dialect["delimiter"] = hint.group(1)
    elif first is not None:
        lines = itertools.chain((first,), lines)
    before = 1 if hint is not None else 0  # the file lines before the reader's first
    reader = csv.reader(lines, **dialect)
    try:
        header = next(reader)
    except StopIteration:
        return
    except csv.Error as exc:
        raise InputError(
            getattr(fh, "name", "<input>"), f"unreadable {kind} header ({exc})"
        ) from None
    header = [h.strip() for h in header]
    width = len(header)
    failures = 0
    while True:
        try:
            row = next(reader)
        except StopIteration:
            return
        except csv.Error as exc:
            failures += 1
            if failures > 1000:
                raise
            yield (
                before + reader.line_num,
                RecordProblem(f"broken {kind} row ({exc})", "<row>"),
                None,
            )
            continue
        line = before + reader.line_num
        if not row or (len(row) == 1 and not row[0].strip()):
            continue
        if len(row) != width:
            yield (
                line,
                RecordProblem(f"row has {len(row)} fields, header has {width}", "<row>"),
                None,
            )
            continue
        try:
            "".join(row).encode("utf-8")
        except UnicodeEncodeError:
            bad_col = next(
                (h for h, v in zip(header, row, strict=False) if _has_surrogates(v)), "<row>"
            )
            yield line, not_utf8(bad_col), None
            continue
        yield line, dict(zip(header, row, strict=True)), None


def _has_surrogates(value: str) -> bool:
    try:
        value.encode("utf-8")
    except UnicodeEncodeError:
        return True
    return False


def iter_parquet(path: str, fh: IO[bytes] | None = None) -> Iterator[Item]:
    try:
        import pyarrow.parquet as pq
    except ImportError as exc:
        raise MissingDependencyError("pyarrow", "parquet") from exc
    source: Any = path
    if path == "-" or fh is not None:
        source = io.BytesIO(fh.read() if fh is not None else sys.stdin.buffer.read())
    try:
        pf = pq.ParquetFile(source)
    except Exception as exc:  # pyarrow raises ArrowInvalid/OSError
        raise InputError(path, f"not a readable Parquet file ({exc})") from None
    n = 0
    for batch in pf.iter_batches(batch_size=4096):
        for rec in batch.to_pylist():
            n += 1
            yield n, rec, None
