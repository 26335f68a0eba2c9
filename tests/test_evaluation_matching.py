"""Unit tests for safetynlp.evaluation: matching, tolerances and reports."""

from __future__ import annotations

import gzip
import json
from typing import Any

import pytest

from safetynlp.evaluation import (
    evaluate_extraction,
    evaluate_verdicts,
    gold_spans,
    match_claims,
    read_gold,
    values_equal,
)
from safetynlp.types import POST_LABELS, Claim, ClaimVerdict, ScoredPost


def _claim(start: int, end: int, text: str, **kw: Any) -> Claim:
    return Claim(
        surface=text[start:end],
        start=start,
        end=end,
        kind=kw.pop("kind", "level"),
        metric=kw.pop("metric", "homicides"),
        **kw,
    )


@pytest.mark.parametrize(
    ("pred", "gold", "equal"),
    [
        ([97, 97], [97, 97], True),
        ([97.15, 97.15], [97, 97], True),
        ([0.515, 0.515], [0.5, 0.5], True),
        ([0.53, 0.53], [0.5, 0.5], False),
        ([97.3, 97.3], [97, 97], False),
        ([1000, None], [1000, None], True),
        ([1000, 1000], [1000, None], False),
        ([13502, 16500], [13500, 16500], True),  # 0.2% of 13500 = 27
        ([13540, 16500], [13500, 16500], False),
        (None, None, True),
        (None, [1, 1], False),
        ((-33.333, -33.333), [-33.3333333, -33.3333333], True),
    ],
)
def test_evaluation_values_equal_tolerance(pred: Any, gold: Any, equal: bool) -> None:
    assert values_equal(pred, gold) is equal


def test_evaluation_gold_spans_repeated_and_shared_surfaces() -> None:
    text = "97 murders. 97 murders. Paris and Berlin"
    gold = [
        {"surface": "97 murders"},
        {"surface": "97 murders"},
        {"surface": "Paris and Berlin"},
        {"surface": "paris and berlin"},
        {"surface": "not here"},
    ]
    assert gold_spans(gold, text) == [(0, 10), (12, 22), (24, 40), (24, 40), None]


def test_evaluation_match_greedy_by_overlap() -> None:
    text = "London homicides fell 11% last year to 97"
    gold = [
        {"surface": "London homicides fell 11% last year", "kind": "change"},
        {"surface": "to 97", "kind": "level"},
    ]
    pred = [_claim(36, 41, text), _claim(0, 30, text, kind="change")]
    m = match_claims(pred, gold, text)
    assert m.pairs == [(0, 1), (1, 0)]
    assert not m.unmatched_pred and not m.unmatched_gold


def test_evaluation_match_tie_prefers_more_agreeing_fields() -> None:
    text = "London's murder rate is lower than both Paris and Berlin"
    g = {"surface": text, "kind": "comparison", "metric": "homicides"}
    gold = [{**g, "other_geography": "paris"}, {**g, "other_geography": "berlin"}]
    pred = [
        _claim(0, len(text), text, kind="comparison", other_geography="berlin"),
        _claim(0, len(text), text, kind="comparison", other_geography="paris"),
    ]
    assert match_claims(pred, gold, text).pairs == [(0, 1), (1, 0)]


def test_evaluation_match_one_to_one_leaves_extra_unmatched() -> None:
    text = "97 murders"
    pred = [_claim(0, 10, text), _claim(0, 2, text)]
    m = match_claims(pred, [{"surface": "97 murders"}], text)
    assert m.pairs == [(0, 0)] and m.unmatched_pred == [1]


@pytest.mark.parametrize(
    ("predicted", "precision", "recall"),
    [
        ([], 0.0, 0.0),
        ([{"start": 0, "end": 10, "metric": "homicides"}], 1.0, 1.0),
        ([{"start": 0, "end": 10}, {"start": 20, "end": 25}], 0.5, 1.0),
    ],
)
def test_evaluation_extraction_report_counts(
    predicted: list, precision: float, recall: float
) -> None:
    rec = {
        "text": "97 murders in London",
        "claims": [{"surface": "97 murders", "metric": "homicides"}],
        "predicted": predicted,
    }
    report = evaluate_extraction([rec])
    assert report.precision == precision and report.recall == recall
    d = report.to_dict()
    json.dumps(d)
    assert "F1" in report.format()


def test_evaluation_extraction_scores_only_annotated_fields() -> None:
    rec = {
        "text": "97 murders",
        "claims": [{"surface": "97 murders", "metric": "homicides"}],
        "predicted": [{"start": 0, "end": 10, "metric": "homicides", "geography": "london"}],
    }
    report = evaluate_extraction([rec])
    assert report.field_counts["metric"] == [1, 1]
    assert report.field_counts["geography"] == [0, 0]
    assert report.field_accuracy == 1.0


def test_evaluation_extraction_reports_field_errors() -> None:
    rec = {
        "id": "x",
        "text": "97 murders",
        "claims": [{"surface": "97 murders", "value": [97, 97]}],
        "predicted": [{"start": 0, "end": 10, "value": [90, 110]}],
    }
    report = evaluate_extraction([rec])
    assert report.field_accuracy == 0.0
    assert report.errors[0]["field"] == "value"
    assert "x: value" in report.format()


class _FakeChecker:
    def __init__(self, labels: dict[str, str]) -> None:
        self.labels = labels

    def check(self, text: str, *, created_at: Any = None, id: Any = None) -> ScoredPost:
        label = self.labels[text]
        claims = []
        if label != "no_claim":
            claims = [ClaimVerdict(claim=_claim(0, len(text), text), verdict=label)]
        return ScoredPost(id=id, text=text, created_at=created_at, verdict=label, claims=claims)


def test_evaluation_verdict_report_confusion_and_macro_f1() -> None:
    records = [
        {
            "text": "a",
            "verdict": "consistent",
            "claims": [{"surface": "a", "verdict": "consistent"}],
        },
        {
            "text": "b",
            "verdict": "exaggerated",
            "claims": [{"surface": "b", "verdict": "exaggerated"}],
        },
        {"text": "c", "verdict": "no_claim", "claims": []},
    ]
    checker = _FakeChecker({"a": "consistent", "b": "contradicting", "c": "no_claim"})
    report = evaluate_verdicts(records, checker=checker)
    assert report.confusion["exaggerated"]["contradicting"] == 1
    assert report.accuracy == pytest.approx(2 / 3)
    assert report.macro_labels == ["consistent", "exaggerated", "contradicting", "no_claim"]
    assert report.macro_f1 == pytest.approx((1 + 0 + 0 + 1) / 4)
    assert report.claim_accuracy == 0.5
    text = report.format()
    for label in POST_LABELS:
        assert label in text
    assert json.loads(json.dumps(report.to_dict()))["per_label"]["consistent"]["f1"] == 1.0


@pytest.mark.parametrize("content", ["not json\n", '{"no_text": 1}\n', "[1, 2]\n"])
def test_evaluation_read_gold_rejects_bad_lines(tmp_path: Any, content: str) -> None:
    path = tmp_path / "bad.jsonl"
    path.write_text(content)
    with pytest.raises(ValueError, match="bad.jsonl:1"):
        read_gold(path)


@pytest.mark.parametrize("suffix", [".jsonl", ".jsonl.gz"])
def test_evaluation_read_gold_reads_plain_and_compressed(tmp_path: Any, suffix: str) -> None:
    line = json.dumps({"id": "x-1", "text": "London had 97 homicides in 2025.", "claims": []})
    path = tmp_path / f"gold{suffix}"
    data = (line + "\n").encode("utf-8")
    path.write_bytes(gzip.compress(data) if suffix.endswith(".gz") else data)
    assert [r["id"] for r in read_gold(path)] == ["x-1"]
