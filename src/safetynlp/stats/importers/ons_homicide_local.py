"""ONS "Explore local statistics": homicide offences by area (Open Government Licence v3.0).

Rows are 3-year rates per million population (``period`` like ``2020-04-01/P3Y`` = the
financial years 2020/21 to 2022/23). Each becomes a ``homicide_rate`` figure per 100,000
(value / 10, said in the notes) for the 3-year period. Areas map to the gazetteer:
England and Wales, England, Wales, the London region (``london_incl_city``: Met + City of
London Police) and the Metropolitan Police force area (``london``). Other regions and police
force areas have no place id and are skipped (reported), as are suppressed values
(status ``u``, blank observation).
"""

from __future__ import annotations

import os
import re
from datetime import date, timedelta

from safetynlp.stats.importers._common import SkipLog, parse_number, read_csv_rows, require_columns
from safetynlp.stats.periods import add_months
from safetynlp.types import OfficialFigure

PUBLISHER = "Office for National Statistics (Explore local statistics)"
TITLE = "Homicide offences (rate per million population), 3-year periods, by area"
URL = "https://www.ons.gov.uk/explore-local-statistics/indicators/homicide-offences"
#: ONS area code -> place id
AREAS: dict[str, str] = {
    "K04000001": "england_wales",
    "E92000001": "england",
    "W92000004": "wales",
    "E12000007": "london_incl_city",
    "E23000001": "london",  # Metropolitan Police force area
}
#: police force area names -> place id, for files without the E23 code
AREA_NAMES: dict[str, str] = {"metropolitan police": "london"}
_PERIOD = re.compile(r"^(\d{4}-\d{2}-\d{2})/P(\d+)Y$")


def parse_iso_period(text: str) -> tuple[date, date] | None:
    """``2020-04-01/P3Y`` -> (2020-04-01, 2023-03-31)."""
    m = _PERIOD.match(text.strip())
    if not m:
        return None
    start = date.fromisoformat(m[1])
    end = add_months(start, 12 * int(m[2])) - timedelta(days=1)
    return start, end


def import_ons_homicide_local(
    path: str | os.PathLike[str], *, skipped: SkipLog | None = None
) -> list[OfficialFigure]:
    log = skipped if skipped is not None else SkipLog()
    header, rows = read_csv_rows(path)
    require_columns(
        path, header, ("areacd", "areanm", "period", "observation", "unit"), "ONS homicide offences"
    )
    col = {name: header.index(name) for name in header}
    out: list[OfficialFigure] = []
    for line, cells in rows:
        code, name = cells[col["areacd"]].strip(), cells[col["areanm"]].strip()
        geo = AREAS.get(code) or AREA_NAMES.get(name.lower())
        if geo is None:
            log.add("area without a place id (region or police force area)")
            continue
        per_million = parse_number(cells[col["observation"]])
        if per_million is None:
            log.add(f"suppressed or blank value (status {cells[col.get('status', 0)].strip()!r})")
            continue
        unit_text = cells[col["unit"]].lower()
        if "1,000,000" not in unit_text and "million" not in unit_text:
            log.add(f"line {line}: unexpected unit {cells[col['unit']]!r}")
            continue
        period = parse_iso_period(cells[col["period"]])
        if period is None:
            log.add(f"line {line}: unreadable period {cells[col['period']]!r}")
            continue
        start, end = period
        out.append(
            OfficialFigure(
                figure_id=f"ons-homicide-local:{code}:{start.isoformat()}:{cells[col['period']].split('/')[1]}",
                metric="homicide_rate",
                geography=geo,
                period_start=start.isoformat(),
                period_end=end.isoformat(),
                value=per_million / 10,
                unit="rate_per_100k",
                source_publisher=PUBLISHER,
                source_title=TITLE,
                source_url=URL,
                geography_label=name,
                source_date=None,
                notes=(
                    f"3-year rate {start:%Y-%m}..{end:%Y-%m}; published as {per_million:.4f} per "
                    "million population, converted to per 100k by dividing by 10."
                ),
            )
        )
    return out
