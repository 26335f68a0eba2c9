"""Markdown tables in long posts (spec section 1, "Threads, tables and lists")."""

from __future__ import annotations

import pytest

from safetynlp.extract import extract
from safetynlp.extraction.kinds.tables import find_tables

YEAR_TABLE = (
    "Offences involving a knife or sharp instrument, England and Wales (year ending March):\n"
    "\n"
    "| Year ending March | Offences |\n"
    "|---|---|\n"
    "| 2011 | 30,620 |\n"
    "| 2023 | 50,489 |\n"
    "\n"
    "So the count fell about 14% between 2010/11 and 2014/15."
)
PLACE_YEAR_TABLE = (
    "Big US cities, 2023 vs 2024 homicides:\n"
    "\n"
    "| City | 2024 | 2023 | Change |\n"
    "|---|---:|---:|:---:|\n"
    "| Chicago | 587 | 623 | -6% |\n"
    "| Los Angeles | 268 | 327 | −18% |\n"
)
RATE_TABLE = (
    "I made a table.\n"
    "\n"
    "Homicides per 100,000 people, 2025:\n"
    "\n"
    "City | Rate\n"
    "--- | ---\n"
    "London | 1.1\n"
    "Toronto | ~1.4\n"
    "\n"
    "London's murder rate is lower than both."
)
ROW_METRIC_TABLE = (
    "London, 2023 (Met figures):\n"
    "\n"
    "| Crime | Offences |\n"
    "|:---|---:|\n"
    "| Knife crime | 14,577 |\n"
    "| Robbery | 31,000 |\n"
    "| Total | 45,577 |\n"
)


def _rows(text: str, created_at: str) -> list[tuple[object, ...]]:
    return [
        (c.surface, c.kind, c.metric, c.geography, c.period, c.baseline, c.value, c.unit)
        for c in extract(text, created_at=created_at)
    ]


def test_extraction_tables_finds_header_and_rows() -> None:
    (table,) = find_tables(PLACE_YEAR_TABLE)
    assert len(table.header) == 4
    assert [len(r) for r in table.rows] == [4, 4]
    cell = table.rows[1][0]
    assert PLACE_YEAR_TABLE[cell.start : cell.end] == "Los Angeles"


@pytest.mark.parametrize(
    "text",
    [
        "London homicides | 2023 | 110",  # a bar, no separator line
        "--- | ---\nLondon | 1.1",  # a separator with no header above it
        "Nothing to see here --- honestly",
        "",
    ],
)
def test_extraction_tables_needs_a_header_and_separator(text: str) -> None:
    assert find_tables(text) == []


def test_extraction_tables_year_rows_under_year_ending_march() -> None:
    got = _rows(YEAR_TABLE, "2025-11-03")
    assert got[:2] == [
        (
            "2011 | 30,620",
            "level",
            "knife_crime_offences",
            "england_wales",
            ("2010-04-01", "2011-03-31"),
            None,
            (30620.0, 30620.0),
            "count",
        ),
        (
            "2023 | 50,489",
            "level",
            "knife_crime_offences",
            "england_wales",
            ("2022-04-01", "2023-03-31"),
            None,
            (50489.0, 50489.0),
            "count",
        ),
    ]
    # the sentence after the table still reaches the caption's series
    assert got[2][1:4] == ("change", "knife_crime_offences", "england_wales")


def test_extraction_tables_places_by_year_with_change_column() -> None:
    got = _rows(PLACE_YEAR_TABLE, "2025-09-25")
    chicago = [g for g in got if g[3] == "chicago"]
    assert [(g[0], g[1], g[4][0]) for g in chicago] == [  # type: ignore[index]
        ("587", "level", "2024-01-01"),
        ("623", "level", "2023-01-01"),
        ("-6%", "change", "2024-01-01"),
    ]
    change = next(g for g in got if g[1] == "change" and g[3] == "los_angeles")
    assert change[5] == ("2023-01-01", "2023-12-31")
    assert change[6] == (-18.0, -18.0)


def test_extraction_tables_rates_with_hedges_and_a_comparison_after() -> None:
    got = _rows(RATE_TABLE, "2026-02-16")
    assert [(g[0], g[3], g[6], g[7]) for g in got if g[1] == "level"] == [
        ("London | 1.1", "london", (1.1, 1.1), "rate_per_100k"),
        ("Toronto | ~1.4", "toronto", (1.26, 1.54), "rate_per_100k"),
    ]
    comparison = next(g for g in got if g[1] == "comparison")
    assert comparison[3] == "london"


def test_extraction_tables_row_labels_name_the_series() -> None:
    got = _rows(ROW_METRIC_TABLE, "2024-02-01")
    # ("Total" names no series and the caption none either: no claim)
    assert [(g[0], g[2], g[3], g[4]) for g in got] == [
        ("Knife crime | 14,577", "knife_crime_offences", "london", ("2023-01-01", "2023-12-31")),
        ("Robbery | 31,000", "robbery", "london", ("2023-01-01", "2023-12-31")),
    ]


def test_extraction_tables_without_a_series_hold_no_claim() -> None:
    text = "My fantasy league, 2024:\n\n| Team | Points |\n|---|---|\n| Arsenal | 45 |\n"
    assert extract(text, created_at="2024-06-01") == []


def test_extraction_tables_singular_labels_and_unnamed_rows() -> None:
    text = (
        "Police recorded crime, England and Wales, year ending June:\n\n"
        "| Offence | 2024 | 2025 | Change |\n|---|---|---|---|\n"
        "| Homicide | 552 | 518 | -6% |\n"
        "| Shoplifting | 469,788 | 530,643 | +13% |\n"
        "| Theft of a unicorn | 12 | 14 | +17% |\n"
    )
    got = _rows(text, "2025-11-05")
    assert {(g[2], g[1]) for g in got} == {
        ("homicides", "level"),
        ("homicides", "change"),
        ("shoplifting", "level"),
        ("shoplifting", "change"),
    }
    shoplifting = next(g for g in got if g[2] == "shoplifting" and g[1] == "change")
    # ("+13%" is the change's sign, no "over" hedge; a bare year under "year ending June")
    assert shoplifting[6] == (13.0, 13.0)
    assert shoplifting[4] == ("2024-07-01", "2025-06-30")


def test_extraction_tables_of_a_story_hold_no_claim() -> None:
    text = (
        "Ranking Christie novels by body count for the book club newsletter:\n\n"
        "| Novel | Murders |\n|---|---|\n| The ABC Murders | 4 |\n| Death on the Nile | 3 |\n"
    )
    assert extract(text, created_at="2021-02-11") == []
