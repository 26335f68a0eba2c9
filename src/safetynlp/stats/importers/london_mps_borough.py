"""Met Police borough-level monthly recorded crime (London Datastore "Recorded Crime: Borough
Level", Open Government Licence).

Both published layouts are read:

* historical (April 2010 - September 2023): ``MajorText,MinorText,BoroughName,201004,...``
  with upper-case category names ("VIOLENCE AGAINST THE PERSON", "HOMICIDE");
* recent 24 months (e.g. Feb 2022 - Jan 2024): ``MajorText,MinorText,LookUp_BoroughName,202202,...``
  with title-case names and the post-2022 minor categories.

Each month becomes one count figure per (metric, borough) and one for ``london``. The London
total is the sum of **every** row of the table: the 32 boroughs plus the "London Heathrow and
London City Airports" and "Unknown" rows, i.e. the whole Met area (this reproduces the Met's
published totals: 95 homicides in 2014, 153 in 2019). Categories map to taxonomy metrics as
in :data:`MINOR_METRICS` (one minor category) and :data:`MAJOR_METRICS` (the sum of a major
category); the rest (arson, criminal damage, fraud, public order, other theft, ...) is not
imported. Yearly totals are left to :meth:`StatsStore.query`, which sums complete months.
"""

from __future__ import annotations

import os
import re
from collections import defaultdict
from datetime import date
from pathlib import Path

from safetynlp.errors import StatsValidationError
from safetynlp.stats.importers._common import (
    SkipLog,
    place_index,
    read_csv_rows,
    require_columns,
)
from safetynlp.stats.periods import month
from safetynlp.types import OfficialFigure

PUBLISHER = "Metropolitan Police Service (London Datastore)"
URL = "https://data.london.gov.uk/dataset/recorded_crime_summary"
LONDON_LABEL = "London (Met Police area: all boroughs, Heathrow/London City airports and unknown)"

#: minor category (upper-cased) -> metric
MINOR_METRICS: dict[str, str] = {
    "HOMICIDE": "homicides",
    "VIOLENCE WITH INJURY": "violence_with_injury",
    "VIOLENCE WITHOUT INJURY": "violence_without_injury",
    "ROBBERY OF PERSONAL PROPERTY": "personal_robbery",
    "THEFT FROM THE PERSON": "theft_from_person",
    "THEFT FROM PERSON": "theft_from_person",
    "SHOPLIFTING": "shoplifting",
    "BICYCLE THEFT": "bike_theft",
    "RAPE": "rape",
    "BURGLARY IN A DWELLING": "domestic_burglary",
    "DOMESTIC BURGLARY": "domestic_burglary",
    "POSSESSION OF ARTICLE WITH BLADE OR POINT": "possession_of_blade_offences",
    "THEFT OR UNAUTH TAKING OF A MOTOR VEH": "vehicle_theft",
    "THEFT OR TAKING OF A MOTOR VEHICLE": "vehicle_theft",
}
#: major category (upper-cased) -> metric (sum of its minor categories)
MAJOR_METRICS: dict[str, str] = {
    "VIOLENCE AGAINST THE PERSON": "violence_against_the_person",
    "ROBBERY": "robbery",
    "BURGLARY": "burglary",
    "SEXUAL OFFENCES": "sexual_offences",
    "DRUG OFFENCES": "drug_offences",
    "POSSESSION OF WEAPONS": "possession_of_weapons_offences",
    "VEHICLE OFFENCES": "vehicle_offences",
}
BOROUGH_COLUMNS = ("BoroughName", "LookUp_BoroughName")
_MONTH_COL = re.compile(r"^(\d{4})(\d{2})$")


def import_london_mps_borough(
    path: str | os.PathLike[str], *, skipped: SkipLog | None = None
) -> list[OfficialFigure]:
    """Monthly count figures per borough and for London from one borough-level table."""
    log = skipped if skipped is not None else SkipLog()
    header, rows = read_csv_rows(path)
    borough_col = next((c for c in BOROUGH_COLUMNS if c in header), "BoroughName")
    require_columns(
        path, header, ("MajorText", "MinorText", borough_col), "Met borough-level crime"
    )
    i_major, i_minor, i_borough = (
        header.index("MajorText"),
        header.index("MinorText"),
        header.index(borough_col),
    )
    months: list[tuple[int, date]] = []
    for i, col in enumerate(header):
        if m := _MONTH_COL.match(col):
            months.append((i, date(int(m[1]), int(m[2]), 1)))
    if not months:
        raise StatsValidationError(
            "no month columns (YYYYMM) in the header",
            path=str(path),
            line=1,
            fix="pass the raw Met borough-level CSV as downloaded from the London Datastore",
        )
    layout = "historical" if borough_col == "BoroughName" else "recent"
    first, last = months[0][1], months[-1][1]
    title = (
        f"Recorded Crime: Borough Level ({layout} layout, "
        f"{first:%Y-%m} to {last:%Y-%m}, {Path(path).name})"
    )
    boroughs = place_index(("borough",))
    totals: dict[tuple[str, str, date], float] = defaultdict(float)
    labels: dict[str, str] = {"london": LONDON_LABEL}
    for line, cells in rows:
        if len(cells) < len(header):
            log.add(f"line {line}: short row")
            continue
        major = cells[i_major].strip().upper()
        minor = cells[i_minor].strip().upper()
        metrics = [m for m in (MINOR_METRICS.get(minor), MAJOR_METRICS.get(major)) if m]
        if not metrics:
            log.add(
                f"category not mapped to a metric: {cells[i_major].strip()} / {cells[i_minor].strip()}"
            )
            continue
        name = cells[i_borough].strip()
        borough = boroughs.get(name.lower())
        if borough is None:
            log.add(f"row counted in the London total only (no borough place): {name}")
        else:
            labels[borough] = name
        for i, start in months:
            text = cells[i].strip()
            if not text:
                continue
            try:
                value = float(text.replace(",", ""))
            except ValueError:
                log.add(f"line {line}: non-numeric cell {text!r}")
                continue
            for metric in metrics:
                totals[(metric, "london", start)] += value
                if borough is not None:
                    totals[(metric, borough, start)] += value
    figures: list[OfficialFigure] = []
    for (metric, geo, start), value in sorted(totals.items()):
        s, e = month(start.year, start.month)
        figures.append(
            OfficialFigure(
                figure_id=f"mps-{layout}-{first:%Y%m}-{last:%Y%m}:{metric}:{geo}:{start:%Y-%m}",
                metric=metric,
                geography=geo,
                period_start=s.isoformat(),
                period_end=e.isoformat(),
                value=value,
                unit="count",
                source_publisher=PUBLISHER,
                source_title=title,
                source_url=URL,
                geography_label=labels.get(geo, geo),
                source_date=None,
                notes=(
                    "Police recorded crime by month recorded (HOCR); "
                    + ("sum of all rows of the table" if geo == "london" else "borough row(s)")
                    + f"; edition covering {first:%Y-%m}..{last:%Y-%m}."
                ),
            )
        )
    return figures
