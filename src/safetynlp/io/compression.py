"""Open inputs and outputs with transparent compression.

``open_input(path)`` returns a *binary* stream. ``-`` is stdin. Compression is detected from
the magic bytes (so a gzip piped into stdin works) and falls back to the file suffix:
``.gz``, ``.bz2``, ``.xz``, ``.zst``. Zstandard uses ``max_window_size=2**31``, which the
Pushshift/Arctic Shift Reddit dumps need.

A compressed stream can be damaged: cut short (an interrupted download) or corrupt. Every
byte decoded before the damage is handed on (the decompressor is read a piece at a time: a
large ``read`` that fails loses what it had decoded). By default the damage then raises an
``InputError``; with ``tolerate_damage=True`` it ends the stream as if the file ended there
and is kept as a :class:`StreamDamage` (:func:`damage_probe`), so that the record readers keep
the records before it and report it as the last bad record.

``open_output(path, append=False)`` returns a binary stream; ``-`` is stdout; the compression
is taken from the suffix.
"""

from __future__ import annotations

import bz2
import gzip
import io
import lzma
import os
import sys
import zlib
from collections.abc import Callable
from dataclasses import dataclass
from typing import IO, Any, cast

from safetynlp.errors import InputError, MissingDependencyError

COMPRESSION_SUFFIXES: dict[str, str] = {
    ".gz": "gzip",
    ".gzip": "gzip",
    ".bz2": "bz2",
    ".xz": "xz",
    ".lzma": "xz",
    ".zst": "zstd",
    ".zstd": "zstd",
}

_MAGIC: tuple[tuple[bytes, str], ...] = (
    (b"\x1f\x8b", "gzip"),
    (b"BZh", "bz2"),
    (b"\xfd7zXZ\x00", "xz"),
    (b"\x28\xb5\x2f\xfd", "zstd"),
)

ZSTD_MAX_WINDOW = 2**31


def split_compression(path: str) -> tuple[str, str | None]:
    """``"a.jsonl.gz"`` -> ``("a.jsonl", "gzip")``; ``"a.csv"`` -> ``("a.csv", None)``."""
    root, ext = os.path.splitext(path)
    kind = COMPRESSION_SUFFIXES.get(ext.lower())
    if kind is None:
        return path, None
    return root, kind


def base_suffix(path: str) -> str:
    """The data suffix once any compression suffix is removed, lower case (``".jsonl"``)."""
    root, _ = split_compression(path)
    return os.path.splitext(root)[1].lower()


#: a zstd skippable frame starts with 0x184D2A50..0x184D2A5F (little-endian): pzstd writes one
#: before every frame (its frame sizes), so a pzstd file starts with one
_ZSTD_SKIPPABLE = b"\x2a\x4d\x18"


def sniff_compression(head: bytes) -> str | None:
    for magic, kind in _MAGIC:
        if head.startswith(magic):
            return kind
    if len(head) >= 4 and head[0] & 0xF0 == 0x50 and head[1:4] == _ZSTD_SKIPPABLE:
        return "zstd"
    return None


def _zstd() -> object:
    try:
        import zstandard
    except ImportError as exc:  # pragma: no cover - zstandard is a core dependency
        raise MissingDependencyError("zstandard", "zstd") from exc
    return zstandard


@dataclass(frozen=True, slots=True)
class StreamDamage:
    """Why a compressed input stopped before its end."""

    #: what is wrong, for the bad record ("compressed stream ends early (truncated download?)")
    reason: str
    #: how to get a readable file
    fix: str
    #: decompressed bytes handed on before the damage
    offset: int


class _Damaged(Exception):
    """Damage already put in words (a zstd frame cut short, or made with a dictionary)."""

    def __init__(self, reason: str, fix: str) -> None:
        super().__init__(reason)
        self.reason = reason
        self.fix = fix


_CUT_SHORT = "compressed stream ends early (truncated download?)"
_CHECK = {"gzip": "gzip -t", "bz2": "bzip2 -t", "xz": "xz -t", "zstd": "zstd -t"}


def _fix(kind: str) -> str:
    return f"download or copy the file again (`{_CHECK[kind]} FILE` checks a copy)"


def _damage_errors(kind: str) -> tuple[type[BaseException], ...]:
    """What each decompressor raises for a stream cut short (EOFError) or corrupt."""
    if kind == "gzip":
        return (EOFError, gzip.BadGzipFile, zlib.error)
    if kind == "bz2":
        return (EOFError, OSError)  # "Invalid data stream" is an OSError
    if kind == "xz":
        return (EOFError, lzma.LZMAError)
    return (EOFError, _zstd().ZstdError, _Damaged)  # type: ignore[attr-defined]


def _describe(kind: str, exc: BaseException) -> tuple[str, str]:
    if isinstance(exc, _Damaged):
        return exc.reason, exc.fix
    if isinstance(exc, EOFError):
        return _CUT_SHORT, _fix(kind)
    detail = str(exc).removeprefix("zstd decompressor error: ")
    return f"corrupt {kind} data ({detail})", _fix(kind)


#: decompressed bytes asked for at a time: the decoders raise at the damage, and what the call
#: that meets it had decoded is lost (a few dozen lines at most)
_PIECE = 1 << 14
#: compressed bytes fed to the zstd decoder at a time (its call that meets damage loses its
#: output, as above; a decompressobj takes no output limit)
_ZSTD_READ = 1 << 13
#: a zstd frame header is at most 18 bytes: enough to read its dictionary id
_ZSTD_HEADER = 18
_ZSTD_DICTIONARY = (
    "zstd frame compressed with a dictionary (dictionary id {}), as Jetstream sends its "
    "messages with compress=true; it cannot be read without that dictionary",
    "record Jetstream without compress=true, or decompress the frames with Jetstream's "
    "dictionary first (pkg/models/zstd_dictionary in its repository: zstd -d -D "
    "zstd_dictionary)",
)


class _ZstdFrames(io.RawIOBase):
    """The decoded zstd frames of ``raw``, one after another (a file may hold many: pzstd's,
    a saved Jetstream's). zstandard's stream reader ends a frame cut short silently, as if the
    file were whole; a decompressobj per frame says whether the last one was finished."""

    def __init__(self, raw: IO[bytes]) -> None:
        self._zstandard = cast(Any, _zstd())
        self._dctx: Any = self._zstandard.ZstdDecompressor(max_window_size=ZSTD_MAX_WINDOW)
        self._raw = raw
        self._out = memoryview(b"")
        self._error: _Damaged | Exception | None = None
        self._new_frame()

    def _new_frame(self) -> None:
        self._obj = self._dctx.decompressobj()
        self._head = b""  # the start of the current frame, empty until one starts

    def readable(self) -> bool:
        return True

    def readinto(self, b: bytearray | memoryview) -> int:  # type: ignore[override]
        while not self._out:
            if self._error is not None:
                raise self._error
            chunk = self._raw.read(_ZSTD_READ)
            if not chunk:
                if self._head:
                    raise _Damaged(_CUT_SHORT, _fix("zstd"))
                return 0
            self._out = memoryview(self._decode(chunk))
        n = min(len(b), len(self._out))
        b[:n] = self._out[:n]
        self._out = self._out[n:]
        return n

    def _decode(self, chunk: bytes) -> bytes:
        parts = []
        while chunk:
            if len(self._head) < _ZSTD_HEADER:
                self._head += chunk[: _ZSTD_HEADER - len(self._head)]
            try:
                parts.append(self._obj.decompress(chunk))
            except self._zstandard.ZstdError as exc:
                # the frames decoded before this one are handed on first
                self._error = self._explained(exc)
                break
            if not self._obj.eof:
                break
            chunk = self._obj.unused_data
            self._new_frame()
        return b"".join(parts)

    def _explained(self, exc: Exception) -> Exception:
        try:
            dict_id = self._zstandard.get_frame_parameters(self._head).dict_id
        except self._zstandard.ZstdError:
            dict_id = 0
        if dict_id:
            reason, fix = _ZSTD_DICTIONARY
            return _Damaged(reason.format(dict_id), fix)
        return exc

    def close(self) -> None:
        if not self.closed:
            self._raw.close()
        super().close()


class _Streams(io.RawIOBase):
    """The decoded bz2 or xz streams of ``raw``, one after another (pbzip2 writes one stream a
    block, and ``cat a.bz2 b.bz2`` or ``xz`` of several files writes several). Python's
    BZ2File and LZMAFile take whatever follows a stream that does not decode as trailing
    garbage and end there silently: a later stream that is damaged at its start (or in a
    small file, anywhere) lost the rest of the file without a word. Here every byte after a
    stream is a stream: one that does not decode is damage (raised as the decompressor's
    error, where the stream was met), and only zero bytes between or after streams are
    skipped (xz's Stream Padding; the zeros a tape or a ``dd`` adds)."""

    def __init__(self, raw: IO[bytes], new: Callable[[], Any]) -> None:
        self._raw = raw
        self._new = new
        self._dec = new()
        self._started = False  # the current decompressor has been given a stream's first byte
        self._data = b""  # compressed bytes read and not yet given to the decompressor

    def readable(self) -> bool:
        return True

    def readinto(self, b: bytearray | memoryview) -> int:  # type: ignore[override]
        size = min(len(b), _PIECE)
        while True:
            if self._dec.eof:  # the stream ended: what follows it starts the next
                self._data = self._dec.unused_data + self._data
                self._dec, self._started = self._new(), False
            if not self._data and (self._dec.needs_input or not self._started):
                self._data = self._raw.read(_ZSTD_READ)
                if not self._data:
                    if self._started:  # inside a stream: it was cut short
                        raise EOFError(_CUT_SHORT)
                    return 0
            if not self._started:
                self._data = self._data.lstrip(b"\0")  # padding between streams
                if not self._data:
                    continue
                self._started = True
            out = self._dec.decompress(self._data, size)
            self._data = b""
            if out:
                n = len(out)
                b[:n] = out
                return n

    def close(self) -> None:
        if not self.closed:
            self._raw.close()
        super().close()


def _decompressing(raw: IO[bytes], kind: str) -> IO[bytes] | io.RawIOBase:
    if kind == "gzip":
        return gzip.GzipFile(fileobj=raw, mode="rb")  # type: ignore[return-value]
    if kind == "bz2":
        return _Streams(raw, bz2.BZ2Decompressor)
    if kind == "xz":
        return _Streams(raw, lzma.LZMADecompressor)
    if kind == "zstd":
        return _ZstdFrames(raw)
    raise ValueError(f"unknown compression {kind!r}")


class _Checked(io.RawIOBase):
    """The decompressed bytes of a compressed input, up to any damage (see the module doc)."""

    def __init__(self, raw: IO[bytes], inner: Any, kind: str, path: str, *, tolerate: bool) -> None:
        self._raw = raw
        self._inner = inner
        # read1: one piece at a time, so that the damage loses nothing decoded before it
        self._read = getattr(inner, "read1", inner.read)
        self._kind = kind
        self._errors = _damage_errors(kind)
        self._path = path
        self._tolerate = tolerate
        self._offset = 0
        self.damage: StreamDamage | None = None

    def readable(self) -> bool:
        return True

    def readinto(self, b: bytearray | memoryview) -> int:  # type: ignore[override]
        if self.damage is not None:
            return 0
        try:
            data = self._read(min(len(b), _PIECE))
        except self._errors as exc:
            reason, fix = _describe(self._kind, exc)
            self.damage = StreamDamage(reason, fix, self._offset)
            if not self._tolerate:
                raise InputError(self._path, f"{reason}. Fix: {fix}") from None
            return 0
        n = len(data)
        b[:n] = data
        self._offset += n
        return n

    def close(self) -> None:
        if not self.closed:
            self._inner.close()
            self._raw.close()  # GzipFile and BZ2File leave a file object they were given open
        super().close()


class _NoClose(io.RawIOBase):
    """Wrap stdin/stdout so closing our stream does not close the process's."""

    def __init__(self, inner: IO[bytes]) -> None:
        self._inner = inner

    def readable(self) -> bool:
        return True

    def writable(self) -> bool:
        return True

    def readinto(self, b: bytearray | memoryview) -> int:  # type: ignore[override]
        data = self._inner.read(len(b))
        n = len(data)
        b[:n] = data
        return n

    def write(self, b: bytes | bytearray | memoryview) -> int:  # type: ignore[override]
        return self._inner.write(b)

    def flush(self) -> None:
        self._inner.flush()


def open_input(path: str | os.PathLike[str], *, tolerate_damage: bool = False) -> IO[bytes]:
    """Open ``path`` (``-`` for stdin) for binary reading, decompressing as needed.

    Raises ``FileNotFoundError``/``OSError`` when the file cannot be opened. A damaged
    compressed stream raises ``InputError`` where the damage is met, or with
    ``tolerate_damage`` ends there (:func:`damage_probe` says why).
    """
    name = os.fspath(path)
    raw: IO[bytes]
    if name == "-":
        raw = io.BufferedReader(_NoClose(sys.stdin.buffer), buffer_size=1 << 20)
    else:
        raw = open(name, "rb", buffering=1 << 20)  # noqa: SIM115 - returned to the caller
    head = raw.peek(8)[:8] if hasattr(raw, "peek") else b""
    kind = sniff_compression(head)
    if kind is None and name != "-":
        # an empty or tiny compressed file has no magic; trust the suffix then
        kind = split_compression(name)[1] if not head else None
    if kind is None:
        return raw
    checked = _Checked(raw, _decompressing(raw, kind), kind, name, tolerate=tolerate_damage)
    return io.BufferedReader(checked, buffer_size=1 << 20)


def damage_probe(fh: IO[bytes]) -> Callable[[], StreamDamage | None]:
    """Asks what ended ``fh`` (from ``open_input(..., tolerate_damage=True)``) early: None
    while it has not (an input that is not compressed never does)."""
    checked = getattr(fh, "raw", None)
    if isinstance(checked, _Checked):
        return lambda: checked.damage
    return undamaged


def undamaged() -> StreamDamage | None:
    """The damage probe of an input that cannot be damaged."""
    return None


def compression_of(path: str | os.PathLike[str]) -> str | None:
    return split_compression(os.fspath(path))[1]


def open_output(path: str | os.PathLike[str], *, append: bool = False) -> IO[bytes]:
    """Open ``path`` (``-`` for stdout) for binary writing, compressing by suffix."""
    name = os.fspath(path)
    if name == "-":
        return io.BufferedWriter(_NoClose(sys.stdout.buffer), buffer_size=1 << 16)  # type: ignore[type-var]
    mode = "ab" if append else "wb"
    kind = compression_of(name)
    if kind == "gzip":
        return gzip.open(name, mode)  # type: ignore[return-value]
    if kind == "bz2":
        return bz2.open(name, mode)  # type: ignore[return-value]
    if kind == "xz":
        return lzma.open(name, mode)  # type: ignore[return-value]
    if kind == "zstd":
        zstandard = _zstd()
        fh = open(name, mode)  # noqa: SIM115
        cctx = zstandard.ZstdCompressor(level=3)  # type: ignore[attr-defined]
        return cctx.stream_writer(fh, closefd=True)  # type: ignore[no-any-return]
    return open(name, mode)  # noqa: SIM115
