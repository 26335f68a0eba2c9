"""Helpers shared by the importers: reading raw tables, numbers, places, skip reports."""

from __future__ import annotations

import csv
import os
from collections.abc import Iterator
from pathlib import Path

from safetynlp.errors import StatsValidationError
from safetynlp.taxonomy import Taxonomy, load_taxonomy


def read_csv_rows(
    path: str | os.PathLike[str],
) -> tuple[list[str], Iterator[tuple[int, list[str]]]]:
    """Header and ``(line, cells)`` rows of a raw CSV (BOM tolerated)."""
    p = Path(path)
    if not p.is_file():
        raise StatsValidationError("no such file", path=str(p), fix="check the path")
    fh = p.open(encoding="utf-8-sig", newline="")
    reader = csv.reader(fh)
    try:
        header = [h.strip() for h in next(reader)]
    except StopIteration:
        fh.close()
        raise StatsValidationError("the file is empty", path=str(p), line=1) from None

    def rows() -> Iterator[tuple[int, list[str]]]:
        with fh:
            for cells in reader:
                if cells and any(c.strip() for c in cells):
                    yield reader.line_num, cells

    return header, rows()


def require_columns(
    path: str | os.PathLike[str], header: list[str], needed: tuple[str, ...], kind: str
) -> None:
    missing = [c for c in needed if c not in header]
    if missing:
        raise StatsValidationError(
            f"not a {kind} table: missing column(s) {', '.join(missing)}",
            path=str(path),
            line=1,
            field=missing[0],
            fix=f"pass the raw {kind} CSV as downloaded, or pick another import KIND",
        )


def parse_number(text: str) -> float | None:
    """``"334,914,895"`` -> 334914895.0; blank or non-numeric -> None."""
    s = text.strip().replace(",", "")
    if not s:
        return None
    try:
        return float(s)
    except ValueError:
        return None


def place_index(
    kinds: tuple[str, ...] | None = None, taxonomy: Taxonomy | None = None
) -> dict[str, str]:
    """Lower-cased place names and aliases -> place id (optionally only some place kinds)."""
    tax = taxonomy or load_taxonomy()
    out: dict[str, str] = {}
    for place in tax.places.values():
        if kinds is not None and place.kind not in kinds:
            continue
        for name in (place.name, *place.aliases):
            out.setdefault(name.strip().lower(), place.id)
    return out


class SkipLog:
    """Counts what an importer left out and why, for the CLI to report."""

    def __init__(self) -> None:
        self.reasons: dict[str, int] = {}

    def add(self, reason: str, n: int = 1) -> None:
        self.reasons[reason] = self.reasons.get(reason, 0) + n

    def lines(self) -> list[str]:
        return [f"{n} x {reason}" for reason, n in sorted(self.reasons.items())]
