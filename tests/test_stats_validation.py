"""Every kind of bad row gives a clear error naming the file, the line and the field."""

from __future__ import annotations

from pathlib import Path

import pytest

from safetynlp.errors import StatsValidationError
from safetynlp.stats.store import StatsFileError, StatsStore

FIXTURES = Path(__file__).parent / "fixtures" / "stats"


@pytest.mark.parametrize(
    ("name", "field", "words"),
    [
        ("bad_unit.csv", "unit", "unknown unit 'per_year'"),
        ("bad_date.csv", "period_start", "bad date '2024-13-01'"),
        ("bad_value.csv", "value", "is not a number"),
        ("end_before_start.csv", "period_end", "ends (2024-01-01) before it starts"),
        ("unknown_metric.csv", "metric", "unknown metric 'homicidez' (did you mean homicides"),
        ("unknown_place.csv", "geography", "unknown place 'gotham'"),
    ],
)
def test_stats_bad_row_error_names_file_line_field(name: str, field: str, words: str) -> None:
    path = FIXTURES / name
    with pytest.raises(StatsValidationError) as info:
        StatsStore.load(path, include_default=False)
    err = info.value
    assert isinstance(err, StatsFileError)
    assert err.path == str(path)
    assert err.line == 3  # header is line 1, the good row line 2
    assert err.field == field
    text = str(err)
    assert name in text and "line 3" in text and repr(field) in text
    assert words in text
    assert "Fix:" in text and err.fix
    assert len(err.problems) == 1


def test_stats_all_row_errors_reported_at_once() -> None:
    path = FIXTURES / "many_errors.csv"
    with pytest.raises(StatsFileError) as info:
        StatsStore.load(path, include_default=False)
    got = {(p.line, p.field) for p in info.value.problems}
    assert got == {
        (2, "metric"),
        (2, "value"),
        (4, "geography"),
        (4, "unit"),
        (4, "period_end"),
        (5, "period_end"),
        (5, "source_date"),
    }
    assert "7 problem(s)" in str(info.value)


def test_stats_duplicate_figure_id(tmp_path: Path) -> None:
    text = (FIXTURES / "minimal.csv").read_text().splitlines()
    path = tmp_path / "dup.csv"
    path.write_text("figure_id," + text[0] + "\n" + "a," + text[1] + "\n" + "a," + text[1] + "\n")
    with pytest.raises(StatsFileError) as info:
        StatsStore.load(path, include_default=False)
    assert (info.value.line, info.value.field) == (3, "figure_id")


def test_stats_error_list_is_capped(tmp_path: Path) -> None:
    header = "metric,geography,period_start,period_end,value,unit,source_publisher,source_title,source_url"
    bad = "\n".join("homicides,london,2024-01-01,2024-12-31,x,count,P,T,U" for _ in range(30))
    path = tmp_path / "bad.csv"
    path.write_text(header + "\n" + bad + "\n")
    with pytest.raises(StatsFileError) as info:
        StatsStore.load(path, include_default=False)
    assert len(info.value.problems) == 30
    assert "... and 10 more" in str(info.value)
    assert "line 31" not in str(info.value)


def test_stats_missing_column_and_missing_file(tmp_path: Path) -> None:
    path = tmp_path / "cols.csv"
    path.write_text("metric,geography,value\nhomicides,london,1\n")
    with pytest.raises(StatsFileError) as info:
        StatsStore.load(path, include_default=False)
    assert info.value.line == 1 and info.value.field == "period_start"
    with pytest.raises(StatsValidationError, match="no such file"):
        StatsStore.load(tmp_path / "nope.csv")


def test_stats_parquet_error_line_is_row_plus_one(tmp_path: Path) -> None:
    pa = pytest.importorskip("pyarrow")
    pq = pytest.importorskip("pyarrow.parquet")
    rows = [
        {
            "metric": "homicides",
            "geography": "london",
            "period_start": "2024-01-01",
            "period_end": "2024-12-31",
            "value": v,
            "unit": unit,
            "source_publisher": "P",
            "source_title": "T",
            "source_url": "U",
        }
        for v, unit in ((1.0, "count"), (2.0, "count"), (3.0, "apples"))
    ]
    path = tmp_path / "f.parquet"
    pq.write_table(pa.Table.from_pylist(rows), path)
    with pytest.raises(StatsFileError) as info:
        StatsStore.load(path, include_default=False)
    assert (info.value.line, info.value.field) == (3, "unit")
