"""Each importer's totals for one year agree with a figure computed here from the raw file.

These read the real tables in ``../shared/data/official_tables`` (next to the repository)
and skip cleanly when that folder is absent.
"""

from __future__ import annotations

import csv
from functools import cache
from pathlib import Path

import pytest

from safetynlp.stats.importers import (
    SkipLog,
    import_fbi_ucr_estimated,
    import_london_mps_borough,
    import_ons_homicide_local,
    import_owid_unodc_homicide,
)
from safetynlp.stats.importers._common import place_index
from safetynlp.stats.periods import calendar_year, financial_year
from safetynlp.stats.store import StatsStore
from safetynlp.taxonomy import load_taxonomy
from safetynlp.types import OfficialFigure

SHARED = Path(__file__).resolve().parents[1].parent / "shared"
TABLES = SHARED / "data" / "official_tables"
MPS = TABLES / "london_mps_borough_crime"
HISTORICAL = MPS / "MPS_Borough_Level_Crime_Historical_201004-202309.csv"
RECENT = MPS / "MPS_Borough_Level_Crime_recent24m_202202-202401.csv"
ONS = TABLES / "uk_ons_homicide_offences_local" / "homicide-offences.csv"
FBI = TABLES / "fbi_ucr_estimated" / "estimated_crimes_1979_2023.csv"
OWID = TABLES / "owid_unodc_homicide" / "homicide-rate-unodc.csv"


@cache
def mps(path: Path) -> tuple[OfficialFigure, ...]:
    return tuple(import_london_mps_borough(need(path)))


def need(path: Path) -> Path:
    if not path.is_file():
        pytest.skip(f"shared table not available: {path}")
    return path


def raw_mps_total(
    path: Path, minor: str | None, major: str | None, year: int, borough: str | None
) -> float:
    """Sum a category over a calendar year straight from the raw CSV."""
    with path.open(encoding="utf-8-sig", newline="") as fh:
        reader = csv.reader(fh)
        header = next(reader)
        cols = [i for i, h in enumerate(header) if h.isdigit() and h.startswith(str(year))]
        assert len(cols) == 12
        total = 0.0
        for row in reader:
            if minor is not None and row[1].upper() != minor:
                continue
            if major is not None and row[0].upper() != major:
                continue
            if borough is not None and row[2] != borough:
                continue
            total += sum(float(row[i]) for i in cols)
    return total


@pytest.mark.parametrize(
    ("table", "metric", "minor", "major", "year", "geo", "borough"),
    [
        (HISTORICAL, "homicides", "HOMICIDE", None, 2014, "london", None),
        (HISTORICAL, "homicides", "HOMICIDE", None, 2019, "london", None),
        (HISTORICAL, "burglary", None, "BURGLARY", 2018, "camden", "Camden"),
        (HISTORICAL, "violence_with_injury", "VIOLENCE WITH INJURY", None, 2016, "london", None),
        (RECENT, "homicides", "HOMICIDE", None, 2023, "london", None),
        (RECENT, "robbery", None, "ROBBERY", 2023, "westminster", "Westminster"),
        (
            RECENT,
            "possession_of_blade_offences",
            "POSSESSION OF ARTICLE WITH BLADE OR POINT",
            None,
            2023,
            "london",
            None,
        ),
    ],
)
def test_stats_import_mps_year_total_matches_raw(
    table: Path,
    metric: str,
    minor: str | None,
    major: str | None,
    year: int,
    geo: str,
    borough: str | None,
) -> None:
    figures = mps(table)
    store = StatsStore(figures)
    got = store.query(metric, geo, *calendar_year(year))
    assert [f.value for f in got] == [raw_mps_total(table, minor, major, year, borough)]
    assert got[0].figure_id.startswith("derived:sum:")


def test_stats_import_mps_reproduces_published_london_homicides() -> None:
    store = StatsStore(mps(HISTORICAL))
    assert store.query("homicides", "london", *calendar_year(2014))[0].value == 95
    assert store.query("homicides", "london", *calendar_year(2019))[0].value == 153
    fig = store.figures[0]
    assert fig.source_publisher.startswith("Metropolitan Police Service")
    assert fig.source_url.startswith("https://data.london.gov.uk/")
    assert "historical" in fig.source_title
    tax = load_taxonomy()
    boroughs = {f.geography for f in store.figures} - {"london"}
    assert len(boroughs) == 32 and all(tax.places[b].kind == "borough" for b in boroughs)


def test_stats_import_mps_both_editions_overlap_as_interval() -> None:
    store = StatsStore(mps(HISTORICAL) + mps(RECENT))
    figs = store.query("homicides", "london", *calendar_year(2023))
    # Jan-Sep in both editions, Oct-Dec only in the recent one
    assert figs and all(f.figure_id.startswith("derived:sum:") for f in figs)
    recent_only = StatsStore(mps(RECENT)).query("homicides", "london", *calendar_year(2023))
    lo, hi = store.interval(figs)
    assert lo <= recent_only[0].value <= hi


def test_stats_import_ons_homicide_local_matches_raw() -> None:
    path = need(ONS)
    with path.open(encoding="utf-8-sig", newline="") as fh:
        raw = {
            (r["areacd"], r["period"]): float(r["observation"])
            for r in csv.DictReader(fh)
            if r["observation"]
        }
    log = SkipLog()
    store = StatsStore(import_ons_homicide_local(path, skipped=log))
    start, end = financial_year(2020)[0], financial_year(2022)[1]
    met = store.query("homicide_rate", "london", start, end)
    assert [f.value for f in met] == [pytest.approx(raw[("E23000001", "2020-04-01/P3Y")] / 10)]
    assert round(met[0].value, 1) == 1.4  # the ONS 3-year average quoted via Murdermap
    region = store.query("homicide_rate", "london_incl_city", start, end)
    assert region[0].value == pytest.approx(raw[("E12000007", "2020-04-01/P3Y")] / 10)
    assert "dividing by 10" in met[0].notes
    assert log.reasons  # regions and forces without a place id are reported


def test_stats_import_fbi_national_year_matches_raw() -> None:
    path = need(FBI)
    with path.open(encoding="utf-8", newline="") as fh:
        row = next(r for r in csv.DictReader(fh) if r["year"] == "2022" and not r["state_abbr"])
    murders = float(row["homicide"].replace(",", ""))
    pop = float(row["population"].replace(",", ""))
    store = StatsStore(import_fbi_ucr_estimated(path))
    assert store.query("murders", "united_states", *calendar_year(2022))[0].value == murders
    assert store.population("united_states", 2022)[0].value == pop
    rates = store.rates_per_100k("murders", "united_states", *calendar_year(2022))
    assert [r.metric for r in rates] == ["murder_rate"]
    assert rates[0].value == pytest.approx(murders * 1e5 / pop)
    # state rows come in for the states the gazetteer names (Texas), the rest are skipped
    with path.open(encoding="utf-8", newline="") as fh:
        tx = next(r for r in csv.DictReader(fh) if r["year"] == "2022" and r["state_abbr"] == "TX")
    assert store.query("murders", "texas", *calendar_year(2022))[0].value == float(
        tx["homicide"].replace(",", "")
    )
    assert {f.geography for f in store.figures} <= {"united_states"} | set(
        place_index(("state", "region")).values()
    )


def test_stats_import_owid_country_year_matches_raw() -> None:
    path = need(OWID)
    with path.open(encoding="utf-8", newline="") as fh:
        rows = list(csv.DictReader(fh))
    col = next(k for k in rows[0] if "Homicide rate" in k)
    want = next(float(r[col]) for r in rows if r["Code"] == "GBR" and r["Year"] == "2018")
    ew = next(
        float(r[col]) for r in rows if r["Entity"] == "England and Wales" and r["Year"] == "2018"
    )
    log = SkipLog()
    store = StatsStore(import_owid_unodc_homicide(path, skipped=log))
    assert store.query("homicide_rate", "united_kingdom", *calendar_year(2018))[0].value == want
    assert store.query("homicide_rate", "england_wales", *calendar_year(2018))[0].value == ew
    assert sum(log.reasons.values()) > 0
