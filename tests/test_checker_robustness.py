"""Every post scores without an exception, whatever its date, and the prefilter never
drops a post the full extractor would read."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from safetynlp import Checker, extract
from safetynlp.extract import prefilter
from safetynlp.extraction.lexicon import find_metrics, load_lexicon

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"


def _texts() -> list[str]:
    texts: list[str] = []
    for path in (
        ROOT / "tests/golden/extraction_cases.jsonl",
        ROOT / "tests/golden/verdict_cases.jsonl",
        ROOT / "examples/posts.jsonl",
    ):
        texts += [json.loads(line)["text"] for line in path.read_text().splitlines() if line]
    dev = SHARED / "eval/dev_posts.jsonl"
    if dev.exists():
        texts += [json.loads(line)["text"] for line in dev.read_text().splitlines() if line]
    return texts


DATES = ["2015-06-30", "2019-01-02", "2020-04-01", "2023-12-31", "2024-03-08", "2026-01-15"]


@pytest.mark.slow
@pytest.mark.parametrize("created_at", DATES)
def test_checker_robustness_any_post_date(created_at: str) -> None:
    checker = Checker()
    for text in _texts():
        scored = checker.check(text, created_at=created_at)
        assert scored.verdict in (
            "consistent",
            "exaggerated",
            "contradicting",
            "unverifiable",
            "no_claim",
        )
        for cv in scored.claims:
            if cv.verdict != "unverifiable":
                assert cv.official, (text, created_at)
            assert cv.explanation


def test_checker_robustness_change_baseline_equal_to_period() -> None:
    # in a 2024 post "last year" is 2023, so "up 40% on 2023" compares 2024 with 2023
    scored = Checker().check(
        "Knife crime in England & Wales: 54,587 offences last year, up 40% on 2023",
        created_at="2024-03-08",
    )
    change = next(cv for cv in scored.claims if cv.claim.kind == "change")
    assert change.claim.baseline == ("2023-01-01", "2023-12-31")
    assert change.claim.period == ("2024-01-01", "2024-12-31")


def test_checker_robustness_prefilter_recall_on_every_metric_mention() -> None:
    lex = load_lexicon()
    texts = _texts()
    real = SHARED / "data/real_claims/all_claims.jsonl"
    if real.exists():
        texts += [json.loads(line)["text"] for line in real.read_text().splitlines() if line]
    missed = [t for t in texts if find_metrics(t, lex) and not prefilter(t)]
    assert missed == []


def test_checker_robustness_metric_stems_are_inside_every_match() -> None:
    # find_metrics skips a pattern when none of its stems occurs in the post; that is only
    # sound if every match of the pattern contains one of them
    lex = load_lexicon()
    texts = _texts()
    real = SHARED / "data/real_claims/all_claims.jsonl"
    if real.exists():
        texts += [json.loads(line)["text"] for line in real.read_text().splitlines() if line]
    bad = []
    for pattern, metric, _, _, stems in lex.metric_res:
        for text in texts:
            for m in pattern.finditer(text):
                if stems and not any(s in m.group(0).lower() for s in stems):
                    bad.append((metric, m.group(0)))
    assert bad == []


def test_checker_robustness_prefilter_recall_on_gold_claims() -> None:
    golds = [ROOT / "tests/golden/extraction_cases.jsonl", SHARED / "eval/dev_posts.jsonl"]
    checked = 0
    for path in golds:
        if not path.exists():
            continue
        for line in path.read_text().splitlines():
            post = json.loads(line)
            if post["claims"]:
                checked += 1
                assert prefilter(post["text"]), post["text"]
    assert checked > 50


def test_checker_robustness_claim_spans_are_the_surface_text() -> None:
    texts = _texts()
    real = SHARED / "data/real_claims/crime_numeric_claims.jsonl"
    if real.exists():
        texts += [json.loads(line)["text"] for line in real.read_text().splitlines() if line]
    for text in texts:
        for claim in extract(text, created_at="2020-06-01"):
            assert 0 <= claim.start < claim.end <= len(text), (text, claim)
            assert text[claim.start : claim.end] == claim.surface
            assert claim.surface.strip()
