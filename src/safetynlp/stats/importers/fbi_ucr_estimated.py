"""FBI Uniform Crime Reporting "estimated crimes" (Crime Data Explorer, Summary/SRS estimates;
US federal data, public domain).

The **national** rows (blank ``state_abbr``) are imported, and a state's rows only when the
gazetteer names that state (Texas, Ohio, ...): states whose names collide with other places
(Georgia, Washington) are left out of the gazetteer, so their rows are skipped and reported. Columns map to metrics as in :data:`COLUMNS`:
``homicide`` (murder and non-negligent manslaughter) -> ``murders`` like the published US
series in the corpus; ``population`` -> ``population``, so rates per 100k are derived by the
store. ``rape_legacy`` is not imported (definition changed in 2013; ``rape_revised`` is).
"""

from __future__ import annotations

import os

from safetynlp.stats.importers._common import (
    SkipLog,
    parse_number,
    place_index,
    read_csv_rows,
    require_columns,
)
from safetynlp.stats.periods import calendar_year
from safetynlp.types import OfficialFigure

PUBLISHER = "Federal Bureau of Investigation (UCR / Crime Data Explorer)"
TITLE = "Estimated crimes, national and state (Summary Reporting System estimates)"
URL = "https://cde.ucr.cjis.gov/LATEST/webapp/#/pages/downloads"
COLUMNS: dict[str, str] = {
    "population": "population",
    "homicide": "murders",
    "violent_crime": "violent_crime",
    "robbery": "robbery",
    "aggravated_assault": "aggravated_assault",
    "rape_revised": "rape",
    "property_crime": "property_crime",
    "burglary": "burglary",
    "motor_vehicle_theft": "vehicle_theft",
}


def import_fbi_ucr_estimated(
    path: str | os.PathLike[str], *, skipped: SkipLog | None = None
) -> list[OfficialFigure]:
    log = skipped if skipped is not None else SkipLog()
    header, rows = read_csv_rows(path)
    require_columns(
        path,
        header,
        ("year", "state_abbr", "state_name", "homicide", "population"),
        "FBI estimated crimes",
    )
    col = {name: i for i, name in enumerate(header)}
    places = place_index(("state", "region"))
    out: list[OfficialFigure] = []
    for line, cells in rows:
        abbr = cells[col["state_abbr"]].strip()
        if abbr:
            geo = places.get(cells[col["state_name"]].strip().lower())
            if geo is None:
                log.add("state row (the state is not in the gazetteer)")
                continue
            label = cells[col["state_name"]].strip()
        else:
            geo, label = "united_states", "United States"
        try:
            year = int(cells[col["year"]])
        except ValueError:
            log.add(f"line {line}: bad year")
            continue
        start, end = calendar_year(year)
        caveat = cells[col["caveats"]].strip() if "caveats" in col else ""
        for column, metric in COLUMNS.items():
            if column not in col:
                continue
            value = parse_number(cells[col[column]])
            if value is None:
                continue
            out.append(
                OfficialFigure(
                    figure_id=f"fbi-ucr-est:{abbr or 'US'}:{year}:{column}",
                    metric=metric,
                    geography=geo,
                    period_start=start.isoformat(),
                    period_end=end.isoformat(),
                    value=value,
                    unit="count",
                    source_publisher=PUBLISHER,
                    source_title=TITLE,
                    source_url=URL,
                    geography_label=label,
                    source_date=None,
                    notes=f"FBI estimated {column.replace('_', ' ')}, {year}."
                    + (f" Caveat: {caveat}" if caveat else ""),
                )
            )
    return out
