"""Open inputs and outputs with transparent compression.

``open_input(path)`` returns a *binary* stream. ``-`` is stdin. Compression is detected from
the magic bytes (so a gzip piped into stdin works) and falls back to the file suffix:
``.gz``, ``.bz2``, ``.xz``, ``.zst``. Zstandard uses ``max_window_size=2**31``, which the
Pushshift/Arctic Shift Reddit dumps need.

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
from typing import IO

from safetynlp.errors import MissingDependencyError

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


def sniff_compression(head: bytes) -> str | None:
    for magic, kind in _MAGIC:
        if head.startswith(magic):
            return kind
    return None


def _zstd() -> object:
    try:
        import zstandard
    except ImportError as exc:  # pragma: no cover - zstandard is a core dependency
        raise MissingDependencyError("zstandard", "zstd") from exc
    return zstandard


def _decompressing(raw: IO[bytes], kind: str) -> IO[bytes]:
    if kind == "gzip":
        return gzip.GzipFile(fileobj=raw, mode="rb")  # type: ignore[return-value]
    if kind == "bz2":
        return bz2.BZ2File(raw, mode="rb")  # type: ignore[return-value]
    if kind == "xz":
        return lzma.LZMAFile(raw, mode="rb")  # type: ignore[return-value]
    if kind == "zstd":
        zstandard = _zstd()
        dctx = zstandard.ZstdDecompressor(max_window_size=ZSTD_MAX_WINDOW)  # type: ignore[attr-defined]
        reader = dctx.stream_reader(raw, read_across_frames=True)
        return io.BufferedReader(reader, buffer_size=1 << 20)  # type: ignore[arg-type]
    raise ValueError(f"unknown compression {kind!r}")


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


def open_input(path: str | os.PathLike[str]) -> IO[bytes]:
    """Open ``path`` (``-`` for stdin) for binary reading, decompressing as needed.

    Raises ``FileNotFoundError``/``OSError`` when the file cannot be opened.
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
    return _decompressing(raw, kind)


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
