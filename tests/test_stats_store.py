"""StatsStore on the shipped corpus and on small hand-made fixtures."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from safetynlp.stats.periods import calendar_year, financial_year, month
from safetynlp.stats.store import StatsStore, write_figures_csv

FIXTURES = Path(__file__).parent / "fixtures" / "stats"
MONTHLY = FIXTURES / "monthly_burglary.csv"


@pytest.fixture(scope="module")
def store() -> StatsStore:
    return StatsStore.default()


@pytest.fixture(scope="module")
def monthly() -> StatsStore:
    return StatsStore.load(MONTHLY, include_default=False)


def test_stats_default_is_cached_and_complete(store: StatsStore) -> None:
    assert StatsStore.default() is store
    assert len(store) == 460
    assert store.has_series("homicides", "london")
    assert not store.has_series("homicides", "tokyo_prefecture")


def test_stats_london_homicide_series_with_conflicting_2014(store: StatsStore) -> None:
    series = store.series("homicides", "london", period_type="calendar")
    years = [p[0].year for p, _ in series]
    assert years[0] == 2003 and years[-1] == 2025
    assert 2015 not in years  # only a year-to-date figure exists for 2015
    assert years == sorted(years)
    by_year = {p[0].year: figs for p, figs in series}
    assert sorted({f.value for f in by_year[2014]}) == [92, 93, 95]
    assert store.interval(by_year[2014]) == (92, 95)
    assert store.interval(store.query("homicides", "london", *calendar_year(2025))) == (97, 97)
    # every figure carries its provenance
    assert all(f.source_publisher and f.source_url for f in by_year[2014])


def test_stats_query_exact_period_only(store: StatsStore) -> None:
    assert store.query("homicides", "london", date(2015, 1, 1), date(2015, 12, 31)) == []
    ytd = store.query("homicides", "london", date(2015, 1, 1), date(2015, 12, 15))
    assert 112 in [f.value for f in ytd]
    assert store.query("homicides", "london", "2025-01-01", "2025-12-31")[0].value == 97


def test_stats_financial_year_query(store: StatsStore) -> None:
    figs = store.query("homicides", "london", *financial_year(2024))
    assert 104 in [f.value for f in figs]
    fy = store.series("homicides", "london", period_type="financial")
    assert all(p[0].month == 4 and p[1].month == 3 for p, _ in fy)


def test_stats_london_2014_rate_from_count_and_population(store: StatsStore) -> None:
    rates = store.rates_per_100k("homicides", "london", *calendar_year(2014))
    published = [r for r in rates if not r.figure_id.startswith("derived:")]
    assert [r.value for r in published] == [1.11]
    derived = {r.figure_id: r for r in rates if r.figure_id.startswith("derived:rate:")}
    match = [
        r for r in derived.values() if "8,539,398" in r.notes and r.notes.startswith("Derived: 95 ")
    ]
    assert len(match) == 1
    assert round(match[0].value, 2) == 1.11 == published[0].value
    assert match[0].unit == "rate_per_100k"
    assert match[0].metric == "homicide_rate"
    # 92 and 93 give 1.08 and 1.09
    assert sorted(round(r.value, 2) for r in derived.values()) == [1.08, 1.09, 1.11]
    # asking with the rate metric gives the same answer
    assert len(store.rates_per_100k("homicide_rate", "london", *calendar_year(2014))) == len(rates)


def test_stats_population_for_year(store: StatsStore) -> None:
    pops = store.population("london", 2014)
    assert [p.value for p in pops] == [8539398]
    assert {p.value for p in store.population("london", 2011)} == {8204407, 8173941}
    assert store.population("london", 1990) == []


def test_stats_monthly_aggregation_to_year(monthly: StatsStore) -> None:
    figs = monthly.query("burglary", "camden", *calendar_year(2023))
    # March has 120 (edition 1) and 125 (edition 2): min-sum and max-sum
    expected = sum(range(100, 220, 10))
    assert sorted(f.value for f in figs) == [expected, expected + 5]
    assert all(f.figure_id.startswith("derived:") for f in figs)
    assert all("sum of 12 monthly figures" in f.notes for f in figs)
    assert monthly.interval(figs) == (expected, expected + 5)


def test_stats_monthly_aggregation_needs_every_month(monthly: StatsStore) -> None:
    # 2024 only has Jan-Mar
    assert monthly.query("burglary", "camden", *calendar_year(2024)) == []
    q1 = monthly.query("burglary", "camden", date(2024, 1, 1), date(2024, 3, 31))
    assert [f.value for f in q1] == [220 + 230 + 240]
    fy = monthly.query("burglary", "camden", *financial_year(2023))
    assert sorted(f.value for f in fy) == [sum(range(130, 250, 10))]
    assert monthly.query("burglary", "camden", *month(2023, 3))[0].value in (120, 125)


def test_stats_series_adds_derived_calendar_years(monthly: StatsStore) -> None:
    cal = monthly.series("burglary", "camden", period_type="calendar")
    assert [p for p, _ in cal] == [calendar_year(2023)]
    months = monthly.series("burglary", "camden", period_type="monthly")
    assert len(months) == 15


def test_stats_as_of_drops_later_editions(monthly: StatsStore, store: StatsStore) -> None:
    figs = monthly.query("burglary", "camden", *calendar_year(2023), as_of="2024-05-01")
    assert [f.value for f in figs] == [sum(range(100, 220, 10))]
    assert monthly.query("burglary", "camden", *calendar_year(2023), as_of=date(2024, 1, 1)) == []
    # London 2014: the 95 was published in Jan 2026
    before = store.query("homicides", "london", *calendar_year(2014), as_of=date(2025, 12, 31))
    assert 95 not in [f.value for f in before]
    assert {92, 93} <= {f.value for f in before}


@pytest.mark.parametrize(
    ("period", "baseline", "expected"),
    [
        (calendar_year(2025), calendar_year(2024), (-11.0, -11.0)),
        (
            calendar_year(2025),
            calendar_year(2019),
            ((97 - 153) / 153 * 100, (97 - 146) / 146 * 100),
        ),
    ],
)
def test_stats_percent_change(
    store: StatsStore,
    period: tuple[date, date],
    baseline: tuple[date, date],
    expected: tuple[float, float],
) -> None:
    got = store.percent_change("homicides", "london", period, baseline)
    assert got is not None
    assert got == pytest.approx(expected, abs=0.01)


def test_stats_percent_change_missing_period(store: StatsStore) -> None:
    assert (
        store.percent_change("homicides", "london", calendar_year(2025), calendar_year(2015))
        is None
    )


def test_stats_extremum_lowest_since_2014(store: StatsStore) -> None:
    res = store.extremum("homicides", "london", calendar_year(2025), window=10, direction="min")
    assert res.holds
    assert res.values == (97,)
    assert res.missing_periods == (calendar_year(2015),)
    assert len(res.window_periods) == 9
    assert res.window_periods[0] == calendar_year(2016)


def test_stats_extremum_not_lowest_ever(store: StatsStore) -> None:
    res = store.extremum("homicides", "london", calendar_year(2025), direction="min")
    assert not res.holds
    assert res.counterexamples == (calendar_year(2014),)
    assert res.series_start == date(2003, 1, 1)
    assert calendar_year(2015) in res.missing_periods
    # 2014 is the lowest when the lenient choice (92) is allowed over 11 years
    assert store.extremum("homicides", "london", calendar_year(2014), window=11).holds


def test_stats_extremum_max_and_missing_value(store: StatsStore) -> None:
    assert store.extremum("homicides", "london", calendar_year(2003), direction="max").holds
    res = store.extremum("homicides", "london", calendar_year(2015), window=5)
    assert not res.holds and res.values == ()


@pytest.mark.parametrize(
    ("as_of", "period_type", "expected"),
    [
        (date(2026, 3, 2), "calendar", calendar_year(2025)),
        (date(2025, 6, 1), "calendar", calendar_year(2024)),
        (date(2025, 1, 1), "calendar", calendar_year(2024)),
        (date(2024, 12, 31), "calendar", calendar_year(2023)),
        (date(2026, 3, 2), "financial", financial_year(2024)),
    ],
)
def test_stats_latest_complete_period(
    store: StatsStore, as_of: date, period_type: str, expected: tuple[date, date]
) -> None:
    assert (
        store.latest_complete_period("homicides", "london", as_of, period_type=period_type)
        == expected
    )


def test_stats_latest_complete_period_published_by(store: StatsStore) -> None:
    # on 2026-01-05 the 2024 and 2025 totals (released 2026-01-11) were not yet published
    got = store.latest_complete_period(
        "homicides", "london", date(2026, 1, 5), published_by=date(2026, 1, 5)
    )
    assert got == calendar_year(2023)
    assert store.latest_complete_period("homicides", "tokyo", date(2026, 1, 5)) is None


def test_stats_undated_figures_are_kept_but_never_matched(store: StatsStore) -> None:
    undated = store.undated("homicide_rate", "new_york_city")
    assert undated and all(f.period_start is None for f in undated)
    assert store.has_series("homicide_rate", "new_york_city")


def test_stats_interval_of_nothing_raises() -> None:
    with pytest.raises(ValueError):
        StatsStore.interval([])


def test_stats_load_minimal_user_file_and_directory(tmp_path: Path) -> None:
    s = StatsStore.load(FIXTURES / "minimal.csv")
    assert len(s) == 462
    figs = s.query("burglary", "camden", *calendar_year(2023))
    assert figs[0].figure_id == "minimal:2" and figs[0].geography_label == "Camden"
    assert s.undated("homicides", "camden")[0].value == 3
    d = tmp_path / "figs"
    d.mkdir()
    (d / "a.csv").write_text((FIXTURES / "minimal.csv").read_text())
    assert len(StatsStore.load(d, include_default=False)) == 2


def test_stats_parquet_roundtrip(tmp_path: Path) -> None:
    pa = pytest.importorskip("pyarrow")
    pq = pytest.importorskip("pyarrow.parquet")
    src = StatsStore.load(MONTHLY, include_default=False)
    csv_path = tmp_path / "m.csv"
    with csv_path.open("w") as fh:
        write_figures_csv(src.figures, fh)
    import csv

    rows = list(csv.DictReader(csv_path.open()))
    for r in rows:
        r["value"] = float(r["value"])  # type: ignore[assignment]
    pq.write_table(pa.Table.from_pylist(rows), tmp_path / "m.parquet")
    back = StatsStore.load(tmp_path / "m.parquet", include_default=False)
    assert back.figures == src.figures
