"""Hand-written post-verdict cases (tests/golden/verdict_cases.jsonl) against the shipped corpus.

Each expected verdict follows the spec (shared/spec/verdicts.md sections 3-4) applied to
corpora/figures.csv; the ``why`` field gives the arithmetic. Wrong results stay as strict
xfails, never as weakened expectations.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from safetynlp.checker import Checker

CASES_PATH = Path(__file__).parent / "golden" / "verdict_cases.jsonl"
CASES = [json.loads(line) for line in CASES_PATH.read_text(encoding="utf-8").splitlines() if line]


@pytest.fixture(scope="module")
def checker() -> Checker:
    return Checker()


def _params() -> list[Any]:
    out = []
    for case in CASES:
        marks = [pytest.mark.xfail(strict=True, reason=case["xfail"])] if case.get("xfail") else []
        out.append(pytest.param(case, id=case["id"], marks=marks))
    return out


@pytest.mark.parametrize("case", _params())
def test_verdicts_golden_post_label(case: dict[str, Any], checker: Checker) -> None:
    scored = checker.check(case["text"], created_at=case["created_at"])
    detail = [(cv.claim.surface, cv.verdict, cv.explanation) for cv in scored.claims]
    assert scored.verdict == case["verdict"], f"{case['why']}; got {detail}"


@pytest.mark.parametrize(
    "case", [c for c in CASES if c["verdict"] not in ("no_claim",)], ids=lambda c: c["id"]
)
def test_verdicts_golden_judged_claims_cite_sources(case: dict[str, Any], checker: Checker) -> None:
    scored = checker.check(case["text"], created_at=case["created_at"])
    for cv in scored.claims:
        assert cv.explanation, cv.claim.surface
        if cv.verdict != "unverifiable":
            assert cv.official, f"{cv.claim.surface!r} judged {cv.verdict} without sources"
            for fig in cv.official:
                assert fig.get("url") and fig.get("publisher"), fig


def test_verdicts_golden_cover_every_label() -> None:
    labels = {c["verdict"] for c in CASES}
    assert labels == {"consistent", "exaggerated", "contradicting", "unverifiable", "no_claim"}
    assert len(CASES) >= 25
