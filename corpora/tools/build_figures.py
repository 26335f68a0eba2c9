"""Rebuild ``corpora/figures.csv`` from the curated ``published_figures.csv``.

Usage (from the repository root)::

    python corpora/tools/build_figures.py ../shared/data/published_figures.csv corpora/figures.csv

Rows and values are copied as published (conflicting publications stay separate rows); the
script only adds a stable ``figure_id`` (``pf-0001`` ... in source order) and a
``source_date``: the ISO publication date when the source title states a full date, e.g.
"(The Independent, 2026-01-11, ...)" or "(BBC News, 31 Dec 2021)". Dates in ``notes`` are
data dates ("year-to-date to 15 Dec 2015"), not publication dates, so they are only used
when introduced by "published" or "released". Month-only dates ("Jan 2026") stay blank.
"""

from __future__ import annotations

import csv
import re
import sys
from datetime import date
from pathlib import Path

from safetynlp.stats.store import FIGURE_COLUMNS

# the store's schema is the one source of truth for the column order
COLUMNS = list(FIGURE_COLUMNS)

_MONTHS = {
    "jan": 1,
    "feb": 2,
    "mar": 3,
    "apr": 4,
    "may": 5,
    "jun": 6,
    "jul": 7,
    "aug": 8,
    "sep": 9,
    "oct": 10,
    "nov": 11,
    "dec": 12,
}
_ISO = re.compile(r"\b(\d{4})-(\d{2})-(\d{2})\b")
_DMY = re.compile(r"\b(\d{1,2}) ([A-Z][a-z]{2,8})\.? (\d{4})\b")
_RELEASED = re.compile(r"\b(?:published|released)(?: on)? ", re.IGNORECASE)


def _dates(text: str) -> list[date]:
    found: list[tuple[int, date]] = []
    for m in _ISO.finditer(text):
        try:
            found.append((m.start(), date(int(m[1]), int(m[2]), int(m[3]))))
        except ValueError:
            continue
    for m in _DMY.finditer(text):
        month = _MONTHS.get(m[2][:3].lower())
        if month is None:
            continue
        try:
            found.append((m.start(), date(int(m[3]), month, int(m[1]))))
        except ValueError:
            continue
    return [d for _, d in sorted(found)]


def source_date(title: str, notes: str) -> str:
    """The publication date stated in the title (last one wins), else '' ."""
    dates = _dates(title)
    if dates:
        return dates[-1].isoformat()
    for m in _RELEASED.finditer(notes):
        after = _dates(notes[m.end() : m.end() + 20])
        if after:
            return after[0].isoformat()
    return ""


def build(src: Path, dest: Path) -> int:
    with src.open(encoding="utf-8", newline="") as fh:
        rows = list(csv.DictReader(fh))
    with dest.open("w", encoding="utf-8", newline="") as fh:
        writer = csv.DictWriter(fh, fieldnames=COLUMNS, lineterminator="\n")
        writer.writeheader()
        for i, row in enumerate(rows, start=1):
            out = {k: (row.get(k) or "").strip() for k in COLUMNS if k in row}
            out["figure_id"] = f"pf-{i:04d}"
            out["source_date"] = source_date(row.get("source_title", ""), row.get("notes", ""))
            out["notes"] = row.get("notes", "")
            writer.writerow(out)
    return len(rows)


def main(argv: list[str]) -> int:
    if len(argv) != 3:
        print(__doc__, file=sys.stderr)
        return 2
    n = build(Path(argv[1]), Path(argv[2]))
    print(f"wrote {n} figures to {argv[2]}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv))
