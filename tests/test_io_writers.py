"""Result writers: JSONL/CSV/Parquet, overwrite protection, compression by suffix."""

from __future__ import annotations

import csv
import io

import orjson
import pytest

from safetynlp.errors import ConfigError, OutputExistsError
from safetynlp.io import open_input
from safetynlp.io.writers import open_writer, worst_claim

REC = {
    "id": "p1",
    "platform": "x",
    "author": "a",
    "url": "https://x.com/a/status/p1",
    "created_at": "2024-01-01T00:00:00Z",
    "text": "Knife crime up 60%",
    "verdict": "exaggerated",
    "explanation": "overstated",
    "claims": [
        {
            "surface": "up 60%",
            "start": 11,
            "end": 18,
            "kind": "change",
            "metric": "knife_crime",
            "geography": "london",
            "period": ["2023-01-01", "2023-12-31"],
            "baseline": None,
            "value": [60.0, 60.0],
            "unit": "percent_change",
            "verdict": "exaggerated",
            "deviation": 0.5,
            "official": [{"figure_id": "f1", "value": 20.0}],
            "explanation": "official +20%",
            "alternatives": [],
        },
        {"surface": "x", "verdict": "consistent", "deviation": 0.9},
    ],
}
NO_CLAIM = {"id": "p2", "created_at": None, "text": "hi", "verdict": "no_claim", "claims": []}


def test_jsonl_default_and_gz(tmp_path):
    for name in ("out.jsonl", "out.jsonl.gz", "out"):
        path = tmp_path / name
        with open_writer(path) as w:
            w.write(REC)
            w.write(NO_CLAIM)
        with open_input(path) as fh:
            lines = fh.read().splitlines()
        assert [orjson.loads(x)["id"] for x in lines] == ["p1", "p2"]


def test_never_overwrite_without_force(tmp_path):
    path = tmp_path / "out.jsonl"
    path.write_text("old\n")
    with pytest.raises(OutputExistsError):
        open_writer(path)
    with open_writer(path, append=True) as w:
        w.write(NO_CLAIM)
    assert path.read_text().startswith("old\n{")
    with open_writer(path, force=True) as w:
        w.write(NO_CLAIM)
    assert path.read_text().count("\n") == 1


def test_csv_flat_rows(tmp_path):
    path = tmp_path / "out.csv"
    with open_writer(path) as w:
        w.write(REC)
        w.write(NO_CLAIM)
    rows = list(csv.DictReader(io.StringIO(path.read_text())))
    assert rows[0]["id"] == "p1" and rows[0]["n_claims"] == "2"
    assert rows[0]["claim_surface"] == "up 60%"  # exaggerated beats consistent
    assert rows[0]["claim_metric"] == "knife_crime" and rows[0]["claim_deviation"] == "0.5"
    assert orjson.loads(rows[0]["claims"])[0]["official"][0]["figure_id"] == "f1"
    assert rows[1]["verdict"] == "no_claim" and rows[1]["n_claims"] == "0"


@pytest.mark.parametrize(
    "text", ['He said "knife crime\tup 60%"', "line one\nline two\r\nthree", '"quoted"', "plain"]
)
def test_io_writers_tsv_rows_read_back_one_per_post(tmp_path, text):
    # TSV has no quoting: a tab or line break inside a field must not split the row, and the
    # TSV reader (quotes as text) must get the same columns back
    path = tmp_path / "out.tsv"
    with open_writer(path) as w:
        w.write({**REC, "text": text})
        w.write(NO_CLAIM)
    lines = path.read_text(encoding="utf-8").splitlines()
    assert len(lines) == 3
    rows = list(
        csv.DictReader(io.StringIO(path.read_text()), delimiter="\t", quoting=csv.QUOTE_NONE)
    )
    assert [r["id"] for r in rows] == ["p1", "p2"]
    assert rows[0]["text"] == " ".join(text.replace("\r", "").split("\n")).replace("\t", " ")
    assert orjson.loads(rows[0]["claims"])[0]["official"][0]["figure_id"] == "f1"


def test_io_writers_csv_and_tsv_carry_author(tmp_path):
    # the flat outputs carry every mapped field the JSONL and Parquet outputs do: author too,
    # next to platform and url as in the stable output record
    for name, delimiter in (("out.csv", ","), ("out.tsv", "\t")):
        path = tmp_path / name
        with open_writer(path) as w:
            w.write(REC)
            w.write(NO_CLAIM)
        rows = list(csv.DictReader(io.StringIO(path.read_text()), delimiter=delimiter))
        header = path.read_text().splitlines()[0].split(delimiter)
        assert header[:5] == ["id", "created_at", "platform", "author", "url"]
        assert [r["author"] for r in rows] == ["a", ""]


def test_worst_claim_ties_on_deviation():
    claims = [
        {"verdict": "contradicting", "deviation": -0.2},
        {"verdict": "contradicting", "deviation": -0.8},
    ]
    assert worst_claim(claims)["deviation"] == -0.8
    assert worst_claim([]) is None


def test_parquet_nested_claims(tmp_path):
    pq = pytest.importorskip("pyarrow.parquet")
    path = tmp_path / "out.parquet"
    with open_writer(path) as w:
        w.write(NO_CLAIM)
        w.write(REC)
    table = pq.read_table(path)
    rows = table.to_pylist()
    assert [r["id"] for r in rows] == ["p2", "p1"]
    claim = rows[1]["claims"][0]
    assert claim["metric"] == "knife_crime" and claim["value"] == [60.0, 60.0]
    assert orjson.loads(claim["official"]) == [{"figure_id": "f1", "value": 20.0}]


def test_format_option_and_bad_combinations(tmp_path):
    path = tmp_path / "results.txt"
    with open_writer(path, format="csv") as w:
        w.write(REC)
    assert path.read_text().startswith("id,created_at")
    with pytest.raises(ConfigError):
        open_writer(tmp_path / "x.parquet.gz")
    with pytest.raises(ConfigError):
        open_writer(tmp_path / "x.out", format="xml")
