"""``read_posts``: any supported input -> a stream of :class:`~safetynlp.types.Post`.

Usage::

    posts, fmt = read_posts("dump.jsonl.zst", on_error=log)
    for post in posts:          # streams; the file is closed when iteration ends
        ...
    posts.stats.read, posts.stats.skipped_non_posts, posts.stats.bad

``read_posts`` returns a :class:`ReadResult` (a named tuple ``(posts, format)``);
``posts`` is a single-use :class:`PostStream` that also carries ``.format``,
``.container``, ``.fields`` and the running ``.stats``. Records that are not posts (likes,
deletes, service messages, removed comments) are counted in ``stats.skipped_non_posts``;
records that cannot be read are counted in ``stats.bad`` and handed to ``on_error`` as
:class:`~safetynlp.errors.BadRecordError` (with path, line and field) -- they never stop the
run. A bad record's line is the file line it is on (the row number for Parquet), or None for
a record of a JSON document parsed whole; its field is the JSON path of the bad value, from the
record's line or, in a JSON document, from the document's top (``messages[7].text``). The
format and container are detected eagerly, so ``read_posts`` itself raises
``UnknownFormatError``/``InputError``/``OSError`` for an unreadable input.

A compressed input cut short or corrupt is read up to the damage; the damage is then its last
bad record (``PostStream.damage`` says what it was, ``PostStream.stopped_after`` the line it
came after). When not one record comes before it, ``read_posts`` raises ``DamagedInputError``.
"""

from __future__ import annotations

import itertools
import os
from collections import Counter
from collections.abc import Callable, Generator, Iterable, Iterator
from dataclasses import dataclass, field
from typing import IO, Any, NamedTuple

from safetynlp.errors import BadRecordError, InputError, UnknownFormatError
from safetynlp.io.compression import StreamDamage, undamaged
from safetynlp.io.containers import (
    ENCODING_FIX,
    FILE_LINE,
    JSON_PATH,
    NOT_UTF8,
    Item,
    JsonlItems,
    JsonValues,
    SseField,
    Values,
    parse_json_line,
    sse_event,
)
from safetynlp.io.detect import (
    CONTAINERS,
    SAMPLE,
    describe_fields,
    detect_platform,
    detection_sample,
    normalize_format,
    open_records,
    raise_if_damaged,
)
from safetynlp.io.readers import READERS
from safetynlp.io.readers.base import Ctx, MapFn, RecordProblem, Skip, each_item, join_path
from safetynlp.types import Post

OnError = Callable[[BadRecordError], None]


@dataclass(slots=True)
class ReadStats:
    """Running counts, valid during and after iteration."""

    #: raw records seen (an X v2 response line, or a line holding an array, is one record
    #: holding many posts)
    records: int = 0
    #: posts yielded
    read: int = 0
    #: of those, posts without a date (their relative periods are read against the run's date)
    undated: int = 0
    skipped_non_posts: int = 0
    bad: int = 0
    skip_reasons: Counter[str] = field(default_factory=Counter)

    def as_dict(self) -> dict[str, Any]:
        return {
            "records": self.records,
            "read": self.read,
            "undated": self.undated,
            "skipped_non_posts": self.skipped_non_posts,
            "bad": self.bad,
            "skip_reasons": dict(self.skip_reasons),
        }


class PostStream:
    """An iterable of posts from one input, with its format and running stats."""

    def __init__(
        self,
        items: Iterator[Item],
        *,
        path: str,
        format: str,
        container: str,
        reader: str,
        ctx: Ctx,
        on_error: OnError | None,
        handle: IO[bytes] | None,
        encoding: str = "utf-8",
        encoding_guessed: bool = False,
        damage: Callable[[], StreamDamage | None] = undamaged,
    ) -> None:
        self.path = path
        self.format = format
        self.container = container
        self.reader = reader
        #: the encoding the input is read with; ``encoding_guessed``: a CSV/TSV file that is
        #: not UTF-8, read as cp1252 (see :attr:`encoding_note`)
        self.encoding = encoding
        self.encoding_guessed = encoding_guessed
        self.stats = ReadStats()
        self.fields = describe_fields(
            format, ctx.text_key, ctx.id_key, ctx.date_key, ctx.author_key
        )
        self._items = items
        self._ctx = ctx
        self._on_error = on_error
        self._handle = handle
        self._gen: Iterator[Post] | None = None
        self._damage = damage
        self._damage_reported = False
        #: the file line of the last item read (JSON Lines inputs count their lines instead)
        self._last_line: int | None = None

    @property
    def encoding_note(self) -> str | None:
        """What to tell the user when the encoding was guessed, else None."""
        if not self.encoding_guessed:
            return None
        return (
            f"note: {self.path}: not UTF-8; read as {self.encoding} (what Excel on Windows "
            "saves). Fix: if the text looks wrong, pass --encoding with the file's encoding"
        )

    def __iter__(self) -> Iterator[Post]:
        if self._gen is None:
            self._gen = self._run()
        return self._gen

    def __enter__(self) -> PostStream:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def close(self) -> None:
        if self._handle is not None:
            self._handle.close()
            self._handle = None

    def _bad(self, line: int | None, reason: str, fld: str | None) -> None:
        self.stats.bad += 1
        if self._on_error is not None:
            self._on_error(BadRecordError(reason, path=self.path, line=line, field=fld))

    def _run(self) -> Iterator[Post]:
        items = self._items
        if self._damage is not undamaged and not isinstance(items, JsonlItems | JsonValues):
            items = self._tracked(items)
        try:
            yield from map_items(items, READERS[self.reader].map, self._ctx, self.stats, self._bad)
            self.report_damage()
        finally:
            self.close()

    def _tracked(self, items: Iterator[Item]) -> Iterator[Item]:
        for item in items:
            line, _, extra = item
            self._last_line = extra.get(FILE_LINE, line) if extra and JSON_PATH in extra else line
            yield item

    # ------------------------------------------------------------ a damaged compressed input

    @property
    def damage(self) -> StreamDamage | None:
        """What ended a compressed input before its end (cut short, corrupt), once it has."""
        return self._damage()

    @property
    def stopped_after(self) -> int | None:
        """The last file line read before the damage (None when unknown: a JSON document)."""
        if isinstance(self._items, JsonlItems | JsonValues):
            return self._items.next_line - 1 or None
        return self._last_line

    def report_damage(self) -> None:
        """Report the damage, if any, once, as the last bad record. Iterating the stream does;
        a reader of :meth:`line_chunks` calls it once the last chunk's bad records are out."""
        damage = self.damage
        if damage is None or self._damage_reported:
            return
        self._damage_reported = True
        line = self.stopped_after
        where = "reading stopped after this line; " if line is not None else ""
        self._bad(line, f"{damage.reason}: {where}{UNREAD_REST}", None)

    # ------------------------------------------------------------ raw line chunks

    @property
    def chunkable(self) -> bool:
        """True for an unread JSON Lines input: :meth:`line_chunks` can be used instead."""
        return self._gen is None and isinstance(self._items, JsonlItems)

    def line_chunks(self, size: int) -> Generator[tuple[int, list[bytes]], None, None]:
        """Raw ``(first_line_number, lines)`` blocks of a JSON Lines input (see
        :func:`map_lines`, which turns one into posts where the caller likes)."""
        if not self.chunkable:
            raise TypeError(f"{self.path}: not a JSON Lines input, or already read")
        items = self._items
        assert isinstance(items, JsonlItems)
        self._gen = iter(())  # single use
        try:
            yield from items.chunks(size)
        finally:
            self.close()

    def line_mapper(self) -> LineMapper:
        """A picklable :class:`LineMapper` with this stream's reader and options."""
        ctx = self._ctx
        return LineMapper(
            reader=self.reader,
            path=ctx.path,
            text_key=ctx.text_key,
            id_key=ctx.id_key,
            date_key=ctx.date_key,
            author_key=ctx.author_key,
            keep_raw=ctx.keep_raw,
        )


#: how the bad record of a damaged compressed input ends (``safetynlp score`` warns with it too)
UNREAD_REST = "the rest of the file could not be read"


#: ``(line, reason, field)`` of a bad record; line None: a record of a JSON document parsed whole
OnBad = Callable[["int | None", str, "str | None"], None]


def map_items(
    items: Iterable[Item], mapper: MapFn, ctx: Ctx, stats: ReadStats, on_bad: OnBad
) -> Iterator[Post]:
    """Records -> posts with ``mapper``, counting into ``stats``; bad records go to ``on_bad``."""
    page_mapper = _guarded(mapper)
    event = None  # the name of the server-sent event whose data line comes next
    for line, rec, extra in items:
        if isinstance(rec, dict):
            outs = mapper(rec, ctx)
        elif isinstance(rec, list):
            # one JSON Lines line holding a page of records: a bad element is reported alone
            outs = each_item(rec, "", page_mapper, ctx)
        elif isinstance(rec, Values):  # several values on one line: each as a line of its own
            yield from map_items(((line, v, extra) for v in rec.items), mapper, ctx, stats, on_bad)
            continue
        elif isinstance(rec, SseField):
            if rec.name != "data":  # an event's name, a heartbeat comment: not records
                if rec.name == "event":
                    event = rec.value
                continue
            outs = mapper(sse_event(event, rec.value), ctx)
            event = None
        else:
            stats.records += 1
            _report(on_bad, line, extra, rec.reason, rec.field)
            continue
        stats.records += 1
        ctx.line = line
        ctx.extra = extra or {}
        try:
            for out in outs:
                if isinstance(out, Skip):
                    stats.skipped_non_posts += 1
                    stats.skip_reasons[out.reason] += 1
                elif isinstance(out, RecordProblem):
                    _report(on_bad, line, extra, out.reason, out.field)
                else:
                    stats.read += 1
                    if out.created_at is None:
                        stats.undated += 1
                    yield out
        except RecordProblem as problem:
            _report(on_bad, line, extra, problem.reason, problem.field)
        except (TypeError, ValueError, AttributeError, KeyError) as exc:
            _report(on_bad, line, extra, _shape_problem(exc), None)


def _report(
    on_bad: OnBad, line: int, extra: dict[str, Any] | None, reason: str, fld: str | None
) -> None:
    """A bad record, located: a record of a JSON document is named by its JSON path (the item's
    line is then its position, which would read as a file line: the known line, or None)."""
    if extra and JSON_PATH in extra:
        on_bad(extra.get(FILE_LINE, line), reason, join_path(extra[JSON_PATH], fld))
    else:
        on_bad(line, reason, fld)


def _guarded(mapper: MapFn) -> MapFn:
    """``mapper``, with an unexpected record shape raised as a :class:`RecordProblem`, so that
    :func:`each_item` reports it for that element and goes on with the others."""

    def guarded(rec: dict[str, Any], ctx: Ctx) -> Iterator[Post | Skip | RecordProblem]:
        try:
            yield from mapper(rec, ctx)
        except (TypeError, ValueError, AttributeError, KeyError) as exc:
            raise RecordProblem(_shape_problem(exc)) from None

    return guarded


def _shape_problem(exc: Exception) -> str:
    return f"unexpected record shape ({type(exc).__name__}: {exc})"


def _line_items(start: int, lines: list[bytes]) -> Iterator[Item]:
    for lineno, line in enumerate(lines, start):
        if line.strip():
            yield lineno, parse_json_line(line), None


@dataclass(frozen=True, slots=True)
class LineMapper:
    """Picklable: turns a raw JSON Lines chunk into posts (and bad-record reports), the same
    way :class:`PostStream` does, in whichever process holds the chunk."""

    reader: str
    path: str
    text_key: str = "text"
    id_key: str = "id"
    date_key: str = "created_at"
    author_key: str = "author"
    keep_raw: bool = False

    def __call__(
        self, start: int, lines: list[bytes], stats: ReadStats, on_bad: OnBad
    ) -> Iterator[Post]:
        ctx = Ctx(
            path=self.path,
            line=0,
            text_key=self.text_key,
            id_key=self.id_key,
            date_key=self.date_key,
            author_key=self.author_key,
            keep_raw=self.keep_raw,
        )
        return map_items(_line_items(start, lines), READERS[self.reader].map, ctx, stats, on_bad)


class ReadResult(NamedTuple):
    posts: PostStream
    format: str

    @property
    def stats(self) -> ReadStats:
        return self.posts.stats


def read_posts(
    src: str | os.PathLike[str],
    *,
    format: str | None = None,
    text_key: str | None = None,
    id_key: str | None = None,
    date_key: str | None = None,
    author_key: str | None = None,
    on_error: OnError | None = None,
    keep_raw: bool = True,
    encoding: str | None = None,
) -> ReadResult:
    """Open ``src`` (``-`` for stdin; compressed or not) and stream its posts.

    ``format`` is a platform (x, reddit, bluesky, mastodon, crowdtangle, meta, telegram),
    ``generic`` (generic records, the container detected) or a generic container (jsonl,
    json, csv, tsv, parquet); None detects it. Passing ``text_key``
    without ``format`` reads the input as generic records; ``id_key``, ``date_key`` and
    ``author_key`` name a generic record's other fields (defaults ``id``, ``created_at``, else
    ``createdAt``, and ``author``). ``keep_raw=False`` leaves ``Post.raw`` empty (less memory,
    cheaper to send to worker processes). ``encoding`` decodes
    the input from that encoding (None: UTF-8, or UTF-16/32 by a byte-order mark, or for a
    CSV/TSV file that is not UTF-8, cp1252: see :mod:`safetynlp.io.encoding` and
    ``PostStream.encoding_note``).
    """
    path = os.fspath(src)
    fmt = normalize_format(format, path)
    ctx = Ctx(
        path=path,
        line=0,
        text_key=text_key or "text",
        id_key=id_key or "id",
        date_key=date_key or "created_at",
        author_key=author_key or "author",
        keep_raw=keep_raw,
    )
    container_hint = fmt if fmt in CONTAINERS else None
    container, items, handle, used, guessed, damage = open_records(path, container_hint, encoding)
    try:
        if fmt in CONTAINERS or fmt == "generic" or (fmt is None and text_key is not None):
            reader = "generic"
        elif fmt is not None:
            reader = fmt
        else:
            if isinstance(items, JsonlItems | JsonValues):  # peek without consuming
                head = items.peek_items(SAMPLE)
            else:
                head = list(itertools.islice(items, SAMPLE))
            sample = detection_sample(head)
            if not head:
                raise_if_damaged(path, damage)  # the damage came before any record
                reader = "generic"
            else:
                found = detect_platform(sample, ctx.text_key)
                if found is None:
                    _not_utf8(path, head, sample)
                    keys = sorted({k for rec in sample[:5] for k in rec})[:20]
                    raise UnknownFormatError(path, f"no known platform fields; record keys: {keys}")
                reader = found
            if not isinstance(items, JsonlItems | JsonValues):
                items = itertools.chain(head, items)
    except BaseException:
        if handle is not None:
            handle.close()
        raise
    name = container if reader == "generic" else reader
    stream = PostStream(
        items,
        path=path,
        format=name,
        container=container,
        reader=reader,
        ctx=ctx,
        on_error=on_error,
        handle=handle,
        encoding=used,
        encoding_guessed=guessed,
        damage=damage,
    )
    return ReadResult(stream, name)


def _not_utf8(path: str, head: list[Item], sample: list[dict[str, Any]]) -> None:
    """Raise when no format could be detected because the first records are not UTF-8: their
    keys are not what is wrong, and a format would not fix it."""
    undecodable = [
        (line, rec)
        for line, rec, _ in head
        if isinstance(rec, RecordProblem) and rec.reason.startswith(NOT_UTF8)
    ]
    if len(undecodable) <= len(sample):  # mostly records: their keys are what is wrong
        return
    line, problem = undecodable[0]
    detail = problem.reason.split(":", 1)[0]
    raise InputError(
        path, f"line {line} is {detail}, and no record before it could be read. Fix: {ENCODING_FIX}"
    )
