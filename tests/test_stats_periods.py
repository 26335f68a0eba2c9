"""Period helpers: classification, year helpers and label parsing."""

from __future__ import annotations

from datetime import date

import pytest

from safetynlp.stats.periods import (
    calendar_year,
    classify_period,
    financial_year,
    format_period,
    latest_complete_calendar_year,
    latest_complete_financial_year,
    month,
    parse_period,
    previous_period,
)


@pytest.mark.parametrize(
    ("start", "end", "kind"),
    [
        (date(2025, 1, 1), date(2025, 12, 31), "calendar"),
        (date(2024, 4, 1), date(2025, 3, 31), "financial"),
        (date(2024, 2, 1), date(2024, 2, 29), "monthly"),
        (date(2024, 7, 1), date(2025, 6, 30), "rolling_year"),
        (date(2015, 1, 1), date(2015, 12, 15), "partial"),
        (date(2025, 1, 1), date(2025, 8, 31), "partial"),
        (date(2014, 6, 30), date(2014, 6, 30), "point"),
        (date(2021, 1, 1), date(2025, 12, 31), "other"),
    ],
)
def test_stats_classify_period(start: date, end: date, kind: str) -> None:
    assert classify_period(start, end) == kind


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("2019", calendar_year(2019)),
        ("2023-02", month(2023, 2)),
        ("2024/25", financial_year(2024)),
        ("2024-25", financial_year(2024)),
        ("FY24", financial_year(2024)),
        ("FY2024", financial_year(2024)),
        ("FY 2017/18", financial_year(2017)),
        ("FY99/00", financial_year(1999)),
        ("1999/00", financial_year(1999)),
        ("2023-01-01..2023-06-30", (date(2023, 1, 1), date(2023, 6, 30))),
        ("2014-06-30", (date(2014, 6, 30), date(2014, 6, 30))),
    ],
)
def test_stats_parse_period(text: str, expected: tuple[date, date]) -> None:
    assert parse_period(text) == expected


@pytest.mark.parametrize("text", ["last year", "2024/26", "2023-13-01", "FY"])
def test_stats_parse_period_rejects(text: str) -> None:
    with pytest.raises(ValueError):
        parse_period(text)


def test_stats_financial_year_and_latest_complete() -> None:
    assert financial_year(2024) == (date(2024, 4, 1), date(2025, 3, 31))
    assert month(2024, 2) == (date(2024, 2, 1), date(2024, 2, 29))
    assert latest_complete_calendar_year(date(2026, 3, 2)) == calendar_year(2025)
    assert latest_complete_financial_year(date(2026, 3, 2)) == financial_year(2024)
    assert latest_complete_financial_year(date(2026, 4, 1)) == financial_year(2025)


def test_stats_previous_period_and_format() -> None:
    assert previous_period(calendar_year(2025), 10) == calendar_year(2015)
    assert previous_period(financial_year(2024)) == financial_year(2023)
    assert previous_period(month(2024, 1)) == month(2023, 12)
    assert format_period(financial_year(2024)) == "2024/25"
    assert format_period(calendar_year(2025)) == "2025"
