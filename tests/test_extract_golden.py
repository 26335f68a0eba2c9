"""Hand-written golden extraction cases (tests/golden/extraction_cases.jsonl).

Each case lists the claims the spec (shared/spec/verdicts.md section 1) says the post
holds, with the fields it asserts; claims are matched to predictions by span overlap with
the case's ``surface`` (a phrase inside the claim). A case the extractor gets wrong is kept
and marked ``"xfail": "reason"`` (strict), never weakened.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from safetynlp.evaluation import field_equal, match_claims
from safetynlp.extract import extract

CASES_PATH = Path(__file__).parent / "golden" / "extraction_cases.jsonl"
CASES = [json.loads(line) for line in CASES_PATH.read_text(encoding="utf-8").splitlines() if line]


def _params() -> list[Any]:
    params = []
    for case in CASES:
        marks = []
        if case.get("xfail"):
            marks.append(pytest.mark.xfail(strict=True, reason=case["xfail"]))
        params.append(pytest.param(case, id=case["id"], marks=marks))
    return params


@pytest.mark.parametrize("case", _params())
def test_extract_golden_case(case: dict[str, Any]) -> None:
    text = case["text"]
    pred = extract(text, created_at=case["created_at"])
    gold = case["claims"]
    match = match_claims(pred, gold, text)
    problems: list[str] = []
    for j in match.unmatched_gold:
        problems.append(f"missed claim around {gold[j]['surface']!r}")
    for i in match.unmatched_pred:
        problems.append(f"spurious claim {pred[i].surface!r}")
    for i, j in match.pairs:
        got = pred[i].to_dict()
        for name, want in gold[j].items():
            if name == "surface":
                continue
            if not field_equal(name, got.get(name), want):
                problems.append(
                    f"{gold[j]['surface']!r}: {name} is {got.get(name)!r}, want {want!r}"
                )
    assert not problems, "\n".join(problems)


def test_extract_golden_cases_are_unique_and_findable() -> None:
    ids = [c["id"] for c in CASES]
    assert len(ids) == len(set(ids))
    assert len(CASES) >= 60
    for case in CASES:
        for claim in case["claims"]:
            assert claim["surface"].lower() in case["text"].lower(), case["id"]
