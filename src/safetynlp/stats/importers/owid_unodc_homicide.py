"""Our World in Data "homicide-rate-unodc" (UNODC homicide rate per 100,000; OWID CC BY 4.0,
UNODC data (c) United Nations).

Each row (Entity, Code, Year, rate) becomes a calendar-year ``homicide_rate`` figure for the
country whose ISO 3166 alpha-3 code (or name) matches a place of the gazetteer; OWID also
has "England and Wales" and "Scotland" without a code, which map to those places. Countries
outside the gazetteer, UN regions and the world aggregate are skipped and reported.
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

PUBLISHER = "UNODC (via Our World in Data)"
TITLE = (
    "Homicide rate per 100,000 population (UNODC), Our World in Data grapher homicide-rate-unodc"
)
URL = "https://ourworldindata.org/grapher/homicide-rate-unodc"
#: ISO alpha-3 -> place id, for the countries of the gazetteer
ISO3: dict[str, str] = {
    "GBR": "united_kingdom",
    "USA": "united_states",
    "CAN": "canada",
    "FRA": "france",
    "DEU": "germany",
    "ITA": "italy",
    "BEL": "belgium",
    "NLD": "netherlands",
    "PRT": "portugal",
    "IRL": "ireland",
    "AUT": "austria",
    "RUS": "russia",
    "JPN": "japan",
}


def import_owid_unodc_homicide(
    path: str | os.PathLike[str], *, skipped: SkipLog | None = None
) -> list[OfficialFigure]:
    log = skipped if skipped is not None else SkipLog()
    header, rows = read_csv_rows(path)
    require_columns(path, header, ("Entity", "Code", "Year"), "OWID UNODC homicide rate")
    value_col = next((i for i, h in enumerate(header) if "homicide rate" in h.lower()), None)
    if value_col is None:
        require_columns(
            path, header, ("Homicide rate per 100,000 population",), "OWID UNODC homicide rate"
        )
    assert value_col is not None
    col = {name: i for i, name in enumerate(header)}
    names = place_index(("country", "jurisdiction"))
    out: list[OfficialFigure] = []
    for line, cells in rows:
        entity, code = cells[col["Entity"]].strip(), cells[col["Code"]].strip()
        geo = ISO3.get(code) or names.get(entity.lower())
        if geo is None:
            log.add("entity without a place id (country not in the gazetteer, region or world)")
            continue
        value = parse_number(cells[value_col])
        try:
            year = int(cells[col["Year"]])
        except ValueError:
            year = 0
        if value is None or not year:
            log.add(f"line {line}: blank value or year")
            continue
        start, end = calendar_year(year)
        out.append(
            OfficialFigure(
                figure_id=f"owid-unodc:{code or geo}:{year}",
                metric="homicide_rate",
                geography=geo,
                period_start=start.isoformat(),
                period_end=end.isoformat(),
                value=value,
                unit="rate_per_100k",
                source_publisher=PUBLISHER,
                source_title=TITLE,
                source_url=URL,
                geography_label=entity,
                source_date=None,
                notes="UNODC intentional homicide victims per 100,000 population, as charted by OWID.",
            )
        )
    return out
