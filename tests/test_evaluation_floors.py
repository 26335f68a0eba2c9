"""Accuracy floors: the shared dev set (skipped without ../shared) and the project's golden files."""

from __future__ import annotations

from pathlib import Path

import pytest

from safetynlp.evaluation import evaluate_extraction, evaluate_verdicts, read_gold

REPO = Path(__file__).resolve().parents[1]
DEV = REPO.parent / "shared" / "eval" / "dev_posts.jsonl"
GOLDEN = Path(__file__).parent / "golden"


@pytest.fixture(scope="module")
def dev_records() -> list[dict]:
    if not DEV.exists():
        pytest.skip(f"{DEV} not present (needs the shared checkout next to the repo)")
    return read_gold(DEV)


def test_evaluation_floor_dev_extraction(dev_records: list[dict]) -> None:
    report = evaluate_extraction(dev_records)
    assert report.f1 >= 0.95, report.format()
    assert report.field_accuracy >= 0.95, report.format()
    for name in ("metric", "geography", "kind", "value", "unit", "period", "baseline"):
        assert report.accuracy(name) >= 0.95, report.format()


def test_evaluation_floor_dev_verdicts(dev_records: list[dict]) -> None:
    report = evaluate_verdicts(dev_records)
    assert report.macro_f1 >= 0.90, report.format()
    assert report.claim_accuracy >= 0.90, report.format()


# Floors on the hand-written golden files, the same as the dev floors (today: extraction F1
# and field accuracy 1.0, post macro-F1 and claim-verdict accuracy 1.0), so a regression
# fails without ../shared. Any strict xfail cases count as errors here.
@pytest.mark.parametrize(
    ("name", "min_f1", "min_fields"),
    [("extraction_cases.jsonl", 0.95, 0.95), ("verdict_cases.jsonl", 0.95, 0.95)],
)
def test_evaluation_floor_golden_extraction(name: str, min_f1: float, min_fields: float) -> None:
    report = evaluate_extraction(read_gold(GOLDEN / name))
    assert report.f1 >= min_f1, report.format()
    assert report.field_accuracy >= min_fields, report.format()


def test_evaluation_floor_golden_verdicts() -> None:
    report = evaluate_verdicts(read_gold(GOLDEN / "verdict_cases.jsonl"))
    assert report.macro_f1 >= 0.90, report.format()
    assert report.accuracy >= 0.95, report.format()
    assert report.claim_accuracy >= 0.95, report.format()
    assert report.claims_matched >= 25


# 134,120 annotated posts written blind to the extractor's rules (by the project, to the verdict
# spec and the dev-set conventions; tests/golden/README.md): a held-out style check that a
# rule written for one phrasing does not break the others. Today: P 0.991, R 0.954, F1 0.972
# (the floors were raised from R 0.90 / F1 0.95 in the eighth session, to R 0.93 / F1 0.96 in
# the tenth and to R 0.94 / F1 0.965 in the eleventh).
def test_evaluation_floor_annotated_posts_extraction() -> None:
    report = evaluate_extraction(read_gold(GOLDEN / "annotated_posts.jsonl.gz"))
    assert report.precision >= 0.97, report.format()
    assert report.recall >= 0.94, report.format()
    assert report.f1 >= 0.965, report.format()
    assert report.field_accuracy >= 0.97, report.format()


# 38,900 posts with verdicts worked out by hand from the shipped figures (blind to the checker's
# code; tests/golden/README.md), balanced over the five post verdicts. Today: accuracy 0.993
# (the floors were raised from 0.95 in the eighth session).
def test_evaluation_floor_verdict_posts() -> None:
    records = read_gold(GOLDEN / "verdict_posts.jsonl.gz")
    verdicts = evaluate_verdicts(records)
    assert verdicts.accuracy >= 0.97, verdicts.format()
    assert verdicts.macro_f1 >= 0.97, verdicts.format()
    assert verdicts.claim_accuracy >= 0.95, verdicts.format()
    extraction = evaluate_extraction(records)
    assert extraction.f1 >= 0.93, extraction.format()
