"""Result writers: JSONL (default), CSV (one flat row per post) and Parquet (nested claims).

``open_writer(path, format=None, force=False, append=False)`` picks the format from the
suffix (compression suffix removed: ``out.jsonl.gz`` is gzip JSONL); ``-`` is stdout (JSONL
unless ``format`` says otherwise). An existing file is never overwritten without
``force`` (:class:`~safetynlp.errors.OutputExistsError`; a device or a named pipe, such as
``/dev/null``, holds nothing to overwrite and is written through); ``append`` adds to it
(JSONL/CSV).

CSV columns: id, created_at, platform, author, url, verdict, n_claims, the *worst* claim's
surface, metric, geography, verdict, deviation and explanation, the post explanation, text,
and all claims as a JSON string. Parquet keeps ``claims`` as a list of structs; each claim's
``official`` list is stored as a JSON string (its keys are not fixed).
"""

from __future__ import annotations

import csv
import io
import os
import re
import stat
from typing import IO, Any, Protocol

import orjson

from safetynlp.errors import ConfigError, MissingDependencyError, OutputExistsError
from safetynlp.io.compression import base_suffix, compression_of, open_output

OUTPUT_FORMATS = ("jsonl", "csv", "tsv", "parquet")
_SUFFIX = {
    ".jsonl": "jsonl",
    ".ndjson": "jsonl",
    ".json": "jsonl",
    ".csv": "csv",
    ".tsv": "tsv",
    ".parquet": "parquet",
    ".pq": "parquet",
}

CSV_COLUMNS = (
    "id",
    "created_at",
    "platform",
    "author",
    "url",
    "verdict",
    "n_claims",
    "claim_surface",
    "claim_metric",
    "claim_geography",
    "claim_verdict",
    "claim_deviation",
    "claim_explanation",
    "explanation",
    "text",
    "claims",
)

#: how bad a claim verdict is, for picking the "worst claim" of a post
SEVERITY = {"contradicting": 4, "exaggerated": 3, "unverifiable": 2, "consistent": 1}


class Writer(Protocol):
    def write(self, record: dict[str, Any]) -> None: ...
    def flush(self) -> None: ...
    def close(self) -> None: ...
    def __enter__(self) -> Writer: ...
    def __exit__(self, *exc: object) -> None: ...


def output_format(path: str, format: str | None = None) -> str:
    if format:
        name = format.lower()
        if name not in OUTPUT_FORMATS:
            raise ConfigError(f"unknown output format {format!r}; use jsonl, csv or parquet")
        return name
    if path == "-":
        return "jsonl"
    return _SUFFIX.get(base_suffix(path), "jsonl")


def worst_claim(claims: list[dict[str, Any]]) -> dict[str, Any] | None:
    if not claims:
        return None

    def key(c: dict[str, Any]) -> tuple[int, float]:
        dev = c.get("deviation")
        return SEVERITY.get(str(c.get("verdict")), 0), abs(dev) if isinstance(
            dev, int | float
        ) else 0.0

    return max(claims, key=key)


def flat_row(record: dict[str, Any]) -> dict[str, Any]:
    """One CSV row for a scored record."""
    claims = record.get("claims") or []
    worst = worst_claim(claims) or {}
    return {
        "id": record.get("id"),
        "created_at": record.get("created_at"),
        "platform": record.get("platform"),
        "author": record.get("author"),
        "url": record.get("url"),
        "verdict": record.get("verdict"),
        "n_claims": len(claims),
        "claim_surface": worst.get("surface"),
        "claim_metric": worst.get("metric"),
        "claim_geography": worst.get("geography"),
        "claim_verdict": worst.get("verdict"),
        "claim_deviation": worst.get("deviation"),
        "claim_explanation": worst.get("explanation"),
        "explanation": record.get("explanation"),
        "text": record.get("text"),
        "claims": orjson.dumps(claims, option=orjson.OPT_NON_STR_KEYS).decode(),
    }


class _Base:
    def __enter__(self) -> _Base:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def close(self) -> None:  # pragma: no cover - overridden
        raise NotImplementedError


#: orjson options of a JSONL output line
JSONL_OPTIONS = orjson.OPT_APPEND_NEWLINE | orjson.OPT_NON_STR_KEYS | orjson.OPT_SERIALIZE_NUMPY


def jsonl_line(record: dict[str, Any]) -> bytes:
    """One JSONL output line, newline included (what :class:`JsonlWriter` writes)."""
    return orjson.dumps(record, option=JSONL_OPTIONS)


class JsonlWriter(_Base):
    def __init__(self, fh: IO[bytes]) -> None:
        self._fh = fh

    def write(self, record: dict[str, Any]) -> None:
        self._fh.write(orjson.dumps(record, option=JSONL_OPTIONS))

    def write_bytes(self, data: bytes) -> None:
        """Lines already serialised with :func:`jsonl_line`."""
        self._fh.write(data)

    def flush(self) -> None:
        self._fh.flush()

    def close(self) -> None:
        if not self._fh.closed:
            self._fh.close()


_TSV_BREAK_RE = re.compile(r"[\t\r\n]+")


class CsvWriter(_Base):
    def __init__(self, fh: IO[bytes], *, delimiter: str = ",", header: bool = True) -> None:
        self._fh = fh
        self._text = io.TextIOWrapper(fh, encoding="utf-8", newline="", write_through=True)
        # TSV has no quoting (the readers take every tab as a field break, quotes as text), so
        # a tab or line break inside a field becomes a space; CSV quotes them instead
        self._tsv = delimiter == "\t"
        if self._tsv:
            self._csv = csv.DictWriter(
                self._text,
                fieldnames=CSV_COLUMNS,
                delimiter=delimiter,
                quoting=csv.QUOTE_NONE,
                quotechar=None,
            )
        else:
            self._csv = csv.DictWriter(self._text, fieldnames=CSV_COLUMNS, delimiter=delimiter)
        if header:
            self._csv.writeheader()

    def write(self, record: dict[str, Any]) -> None:
        row = flat_row(record)
        if self._tsv:
            row = {
                k: _TSV_BREAK_RE.sub(" ", v) if isinstance(v, str) else v for k, v in row.items()
            }
        self._csv.writerow(row)

    def flush(self) -> None:
        self._text.flush()
        self._fh.flush()

    def close(self) -> None:
        if not self._text.closed:
            self._text.close()


def _claim_type() -> Any:
    import pyarrow as pa

    f64, s, i64, b = pa.float64(), pa.string(), pa.int64(), pa.bool_()
    return pa.struct(
        [
            ("surface", s),
            ("start", i64),
            ("end", i64),
            ("kind", s),
            ("metric", s),
            ("geography", s),
            ("period", pa.list_(s)),
            ("baseline", pa.list_(s)),
            ("value", pa.list_(f64)),
            ("unit", s),
            ("negated", b),
            ("per", s),
            ("direction", s),
            ("intense", b),
            ("window_years", i64),
            ("other_geography", s),
            ("relation", s),
            ("metric_phrase", s),
            ("family", s),
            ("geography_source", s),
            ("confidence", f64),
            ("verdict", s),
            ("deviation", f64),
            ("official", s),
            ("explanation", s),
            ("reason", s),
            ("alternatives", pa.list_(s)),
        ]
    )


def scored_schema() -> Any:
    import pyarrow as pa

    s = pa.string()
    return pa.schema(
        [
            ("id", s),
            ("created_at", s),
            ("platform", s),
            ("url", s),
            ("author", s),
            ("verdict", s),
            ("explanation", s),
            ("text", s),
            ("error", s),
            ("claims", pa.list_(_claim_type())),
        ]
    )


class ParquetWriter(_Base):
    """Buffers ``row_group_size`` records, then writes a row group.

    Scored records (with ``verdict``/``claims``) use a fixed schema; other records take the
    schema inferred from the first row group.
    """

    def __init__(self, fh: IO[bytes], *, row_group_size: int = 10_000) -> None:
        try:
            import pyarrow as pa
            import pyarrow.parquet as pq
        except ImportError as exc:
            raise MissingDependencyError("pyarrow", "parquet") from exc
        self._pa = pa
        self._pq = pq
        self._fh = fh
        self._rows: list[dict[str, Any]] = []
        self._size = row_group_size
        self._schema: Any = None
        self._writer: Any = None

    def write(self, record: dict[str, Any]) -> None:
        self._rows.append(record)
        if len(self._rows) >= self._size:
            self._write_rows()

    def _prepare(self, rows: list[dict[str, Any]]) -> list[dict[str, Any]]:
        names = set(self._schema.names)
        out = []
        for rec in rows:
            row = {k: v for k, v in rec.items() if k in names}
            claims = row.get("claims")
            if isinstance(claims, list) and "claims" in names and self._scored:
                row["claims"] = [
                    dict(
                        c,
                        official=orjson.dumps(
                            c.get("official"), option=orjson.OPT_NON_STR_KEYS
                        ).decode()
                        if c.get("official") is not None
                        else None,
                        period=_strs(c.get("period")),
                        baseline=_strs(c.get("baseline")),
                    )
                    for c in claims
                ]
            out.append(row)
        return out

    def _write_rows(self) -> None:
        if not self._rows:
            return
        pa = self._pa
        if self._schema is None:
            first = self._rows[0]
            self._scored = "verdict" in first and "claims" in first
            if self._scored:
                self._schema = scored_schema()
            else:
                self._schema = pa.Table.from_pylist(self._rows).schema
            self._writer = self._pq.ParquetWriter(self._fh, self._schema)
        table = pa.Table.from_pylist(self._prepare(self._rows), schema=self._schema)
        self._writer.write_table(table)
        self._rows = []

    def flush(self) -> None:
        """Parquet cannot be appended to mid-file; rows are written per row group."""

    def close(self) -> None:
        if self._fh.closed:
            return
        self._write_rows()
        if self._writer is not None:
            self._writer.close()
        self._fh.close()


def _strs(value: Any) -> list[str | None] | None:
    if value is None:
        return None
    return [None if v is None else str(v) for v in value]


def would_overwrite(path: str) -> bool:
    """True when writing ``path`` would replace what an existing file holds: not for a
    device, a named pipe or a socket (``/dev/null``, ``/dev/stdout``, a shell's ``>(...)``),
    which are written through and hold nothing to lose."""
    try:
        mode = os.stat(path).st_mode
    except (OSError, ValueError):
        return False
    return not (stat.S_ISCHR(mode) or stat.S_ISFIFO(mode) or stat.S_ISSOCK(mode))


def open_writer(
    path: str | os.PathLike[str],
    *,
    format: str | None = None,
    force: bool = False,
    append: bool = False,
) -> JsonlWriter | CsvWriter | ParquetWriter:
    """Open a result writer for ``path`` (``-`` is stdout)."""
    name = os.fspath(path)
    fmt = output_format(name, format)
    if fmt == "parquet" and compression_of(name):
        raise ConfigError("Parquet output is compressed internally; drop the .gz/.zst suffix")
    if fmt == "parquet" and append:
        raise ConfigError("Parquet output cannot be appended to; use JSONL for --resume")
    exists = name != "-" and os.path.exists(name)
    if exists and not force and not append and would_overwrite(name):
        raise OutputExistsError(name)
    if fmt == "parquet":
        try:
            import pyarrow  # noqa: F401
        except ImportError as exc:
            raise MissingDependencyError("pyarrow", "parquet") from exc
    parent = os.path.dirname(name)
    if name != "-" and parent:
        os.makedirs(parent, exist_ok=True)
    has_content = exists and append and os.path.getsize(name) > 0
    fh = open_output(name, append=append)
    if fmt == "jsonl":
        return JsonlWriter(fh)
    if fmt in ("csv", "tsv"):
        return CsvWriter(fh, delimiter="\t" if fmt == "tsv" else ",", header=not has_content)
    return ParquetWriter(fh)
