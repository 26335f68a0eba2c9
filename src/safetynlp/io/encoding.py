"""Text encodings of inputs: the container readers only ever see UTF-8 bytes.

JSON is UTF-8 (RFC 8259), and so are the platforms' exports; CSV and TSV files that went
through Excel on Windows are not: its "CSV" is cp1252 (the Windows code page of Western
European languages) and its "Unicode Text" is UTF-16 with a byte-order mark, tab-separated.

* A UTF-16 or UTF-32 byte-order mark decodes the input from that encoding (:func:`bom_encoding`).
* ``encoding`` (``--encoding``) decodes it from the encoding given.
* A CSV/TSV input given no encoding whose first 64 KiB are not UTF-8 is read as cp1252 when
  they decode as cp1252 and hold fewer bytes in well-formed UTF-8 sequences than bytes outside
  them (:func:`csv_fallback`): a UTF-8 file with a damaged byte stays UTF-8 (the damaged rows
  are reported), and the reader says which encoding it guessed.

Any other bytes that are not UTF-8 make their record bad, with the fix (``--encoding``). A
decoded input is re-encoded to UTF-8 as it streams (:func:`recoded`); bytes that the encoding
does not define become U+FFFD there.
"""

from __future__ import annotations

import codecs
import io
import re
from typing import IO

from safetynlp.errors import ConfigError

CP1252 = "cp1252"
#: how much of a CSV/TSV input decides its fallback encoding
SAMPLE_BYTES = 1 << 16

#: the longer marks first: UTF-32LE's starts with UTF-16LE's
_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)
_UTF8_NAMES = ("utf-8", "utf-8-sig")
_UTF8_SEQUENCE = re.compile(
    rb"[\xc2-\xdf][\x80-\xbf]|[\xe0-\xef][\x80-\xbf]{2}|[\xf0-\xf4][\x80-\xbf]{3}"
)


def codec_name(encoding: str) -> str:
    """The canonical name of ``encoding`` (``"latin1"`` -> ``"iso8859-1"``)."""
    try:
        return codecs.lookup(encoding).name
    except LookupError:
        raise ConfigError(
            f"unknown encoding {encoding!r}. Fix: pass a Python codec name, such as cp1252 "
            "(Excel on Windows, Western Europe), latin-1, utf-16 or cp1251"
        ) from None


def is_utf8(encoding: str) -> bool:
    return codec_name(encoding) in _UTF8_NAMES


def bom_encoding(head: bytes) -> str | None:
    """``"utf-16"``/``"utf-32"`` when ``head`` starts with that byte-order mark."""
    for bom, name in _BOMS:
        if head.startswith(bom):
            return name
    return None


def utf8_error(sample: bytes) -> int | None:
    """The offset of the first byte of ``sample`` that is not UTF-8, or None (a character cut
    short at the end of the sample is not an error: the sample may end inside it)."""
    try:
        codecs.getincrementaldecoder("utf-8")().decode(sample, final=False)
    except UnicodeDecodeError as exc:
        return exc.start
    return None


def csv_fallback(sample: bytes) -> str | None:
    """cp1252 when a CSV/TSV ``sample`` is not UTF-8 but reads as cp1252, else None.

    cp1252 text rarely forms a well-formed UTF-8 sequence (a letter such as "é" is one byte
    followed by ASCII), while a UTF-8 file with a damaged byte is made of them: the sample
    reads as cp1252 only when fewer of its non-ASCII bytes are in such sequences than not."""
    if utf8_error(sample) is None:
        return None
    in_sequences = sum(len(m) for m in _UTF8_SEQUENCE.findall(sample))
    non_ascii = sum(1 for byte in sample if byte >= 0x80)
    if in_sequences >= non_ascii - in_sequences:
        return None
    try:
        sample.decode(CP1252)
    except UnicodeDecodeError:  # a byte cp1252 leaves undefined: another code page
        return None
    return CP1252


def line_of(sample: bytes, offset: int) -> int:
    return sample.count(b"\n", 0, offset) + 1


class _ToUtf8(io.RawIOBase):
    """A binary stream of ``fh`` decoded from ``encoding``, as UTF-8."""

    def __init__(self, fh: IO[bytes], encoding: str) -> None:
        self._text = io.TextIOWrapper(fh, encoding=encoding, errors="replace", newline="")
        self._pending = b""

    def readable(self) -> bool:
        return True

    def readinto(self, b: bytearray | memoryview) -> int:  # type: ignore[override]
        while not self._pending:
            chunk = self._text.read(1 << 16)
            if not chunk:
                return 0
            self._pending = chunk.encode("utf-8", "replace")
        n = min(len(b), len(self._pending))
        b[:n] = self._pending[:n]
        self._pending = self._pending[n:]
        return n

    def close(self) -> None:
        if not self.closed:
            self._text.close()
        super().close()


def recoded(fh: IO[bytes], encoding: str) -> io.BufferedReader:
    """``fh`` decoded from ``encoding`` (its byte-order mark dropped), as UTF-8 bytes."""
    return io.BufferedReader(_ToUtf8(fh, encoding), buffer_size=1 << 20)


__all__ = [
    "CP1252",
    "bom_encoding",
    "codec_name",
    "csv_fallback",
    "is_utf8",
    "line_of",
    "recoded",
    "utf8_error",
]
