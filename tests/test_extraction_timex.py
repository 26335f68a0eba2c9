"""Time expressions resolved against the post's date (spec section 1)."""

from __future__ import annotations

from datetime import date

import pytest

from safetynlp.extraction.timex import (
    find_time_refs,
    latest_complete_fy,
    latest_complete_year,
)

REF = date(2026, 3, 2)


@pytest.mark.parametrize(
    ("text", "kind", "span", "baseline", "years"),
    [
        ("last year", "period", ("2025-01-01", "2025-12-31"), None, None),
        ("so far this year", "ytd", ("2026-01-01", "2026-03-02"), None, None),
        ("since 2019", "since", ("2019-01-01", "2019-12-31"), None, None),
        ("since 2021/22", "since", ("2021-04-01", "2022-03-31"), None, None),
        ("since the 1990s", "since", ("1990-01-01", "1990-12-31"), None, None),
        ("since the 2010's", "since", ("2010-01-01", "2010-12-31"), None, None),
        ("in five years", "window", None, None, 5),
        ("over the past two years", "window", None, None, 2),
        ("in 5 yrs", "window", None, None, 5),
        ("+20% YoY", "year_before", None, None, None),
        ("compared with the same period last year", "same_period", None, None, None),
        ("109 the year before", "year_before", None, None, None),
        ("in the first half of 2024", "period", ("2024-01-01", "2024-06-30"), None, None),
        ("the first half of this year", "ytd", ("2026-01-01", "2026-03-02"), None, None),
        ("through January", "ytd", ("2026-01-01", "2026-01-31"), None, None),
        ("through August", "ytd", ("2025-01-01", "2025-08-31"), None, None),
        ("through August 2024", "ytd", ("2024-01-01", "2024-08-31"), None, None),
        ("than a decade ago", "window", None, None, 10),
        ("on two decades ago", "window", None, None, 20),
        ("compared to seven years ago", "window", None, None, 7),
        ("the lowest in a decade", "window", None, None, 10),
        ("in 2024/25", "period", ("2024-04-01", "2025-03-31"), None, None),
        ("FY24", "period", ("2024-04-01", "2025-03-31"), None, None),
        ("in the year to September 2025", "period", ("2024-10-01", "2025-09-30"), None, None),
        ("February 2018", "period", ("2018-02-01", "2018-02-28"), None, None),
        ("in 2019", "period", ("2019-01-01", "2019-12-31"), None, None),
        ("in Q2 2020", "period", ("2020-04-01", "2020-06-30"), None, None),
        ("in the fourth quarter of 2024", "period", ("2024-10-01", "2024-12-31"), None, None),
        ("Dec 2022–Nov 2023", "period", ("2022-12-01", "2023-11-30"), None, None),
        ("between January and June 2023", "period", ("2023-01-01", "2023-06-30"), None, None),
        ("April to June 2021", "period", ("2021-04-01", "2021-06-30"), None, None),
        # (REF is 2 March 2026: a range not yet reached is last year's)
        ("between April and June", "period", ("2025-04-01", "2025-06-30"), None, None),
        ("Jan-Feb", "period", ("2026-01-01", "2026-02-28"), None, None),
        ("from October to December", "period", ("2025-10-01", "2025-12-31"), None, None),
        ("on the same quarter last year", "same_period", None, None, None),
        ("in 2022-23", "period", ("2022-04-01", "2023-03-31"), None, None),
        (
            "in the five years to June 2024",
            "between",
            ("2023-07-01", "2024-06-30"),
            ("2018-07-01", "2019-06-30"),
            None,
        ),
        ("vs same period last year", "same_period", None, None, None),
        ("on the same point in 2019", "same_period", None, None, 7),
        (
            "(22/23 -> 23/24)",
            "between",
            ("2023-04-01", "2024-03-31"),
            ("2022-04-01", "2023-03-31"),
            None,
        ),
        (
            "in 23/24 vs 22/23",
            "between",
            ("2023-04-01", "2024-03-31"),
            ("2022-04-01", "2023-03-31"),
            None,
        ),
        ("YE Dec 2023", "period", ("2023-01-01", "2023-12-31"), None, None),
        ("ten years earlier", "window", None, None, 10),
        ("in the last month", "period", ("2026-02-02", "2026-03-02"), None, None),
        ("up 40% on 2023", "baseline", ("2023-01-01", "2023-12-31"), None, None),
        (
            "between 2020/21 and 2022/23",
            "between",
            ("2022-04-01", "2023-03-31"),
            ("2020-04-01", "2021-03-31"),
            None,
        ),
    ],
)
def test_extraction_timex_resolves(
    text: str,
    kind: str,
    span: tuple[str, str] | None,
    baseline: tuple[str, str] | None,
    years: int | None,
) -> None:
    (ref,) = find_time_refs(text, REF)
    iso = lambda s: None if s is None else (s[0].isoformat(), s[1].isoformat())  # noqa: E731
    assert (ref.kind, iso(ref.span), iso(ref.baseline), ref.years) == (kind, span, baseline, years)


@pytest.mark.parametrize(
    ("text", "kinds"),
    [
        # "since then" and "that year" stand for the period written before them
        ("Khan won in 2016 and since then", [("period", "2016"), ("since", "2016")]),
        ("It fell in 2019 and has risen since.", [("period", "2019"), ("since", "2019")]),
        ("In 2014 it had 90 that year", [("period", "2014"), ("period", "2014")]),
        ("up 50% on 2019. London had 126 that year", [("baseline", "2019")]),
        ("It has risen since.", []),
        ("Up 5%, since you asked", []),
    ],
)
def test_extraction_timex_anaphoric_periods(text: str, kinds: list[tuple[str, str]]) -> None:
    got = [(r.kind, str(r.span[0].year)) for r in find_time_refs(text, REF) if r.span]
    assert got == kinds


@pytest.mark.parametrize(
    "text",
    ["open 24/7", "call 999", "£2,100 a month", "at 10am", "3-1", "may to june", "June 30"],
)
def test_extraction_timex_ignores_non_dates(text: str) -> None:
    assert find_time_refs(text, REF) == []


@pytest.mark.parametrize(
    ("ref", "year", "fy_start"),
    [
        (date(2026, 3, 2), 2025, 2024),
        (date(2026, 4, 1), 2025, 2025),
        (date(2024, 2, 2), 2023, 2022),
    ],
)
def test_extraction_timex_latest_complete_periods(ref: date, year: int, fy_start: int) -> None:
    assert latest_complete_year(ref) == year
    assert latest_complete_fy(ref) == fy_start
