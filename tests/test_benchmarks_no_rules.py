"""The benchmark's diagnostic row (``benchmarks/score_no_rules.py``) must really be
``safetynlp score`` minus the claim layers: same records, same order, every verdict
``no_claim``. Otherwise the "claim layers off" figure in the README would mean nothing."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

SCRIPT = Path(__file__).resolve().parents[1] / "benchmarks" / "score_no_rules.py"
POSTS = [
    {"id": f"p{i}", "text": text, "created_at": "2024-02-01"}
    for i, text in enumerate(
        [
            "London murders have doubled since 2019",
            "Lovely weather in Leeds today",
            "Knife crime in London is up 60% since 2019",
        ]
        * 40
    )
]


def _score(prog: list[str], src: Path, workers: int) -> list[dict]:
    run = subprocess.run(
        [*prog, "score", str(src), "-o", "-", "--silent", "-n", str(workers)],
        capture_output=True,
        timeout=300,
        check=True,
    )
    return [json.loads(line) for line in run.stdout.splitlines()]


@pytest.mark.parametrize("workers", [1, 2])
def test_benchmarks_no_rules_is_score_without_claims(tmp_path, workers):
    src = tmp_path / "posts.jsonl"
    src.write_text("".join(json.dumps(p) + "\n" for p in POSTS), encoding="utf-8")
    full = _score([sys.executable, "-c", "from safetynlp.cli.main import app; app()"], src, 1)
    bare = _score([sys.executable, str(SCRIPT)], src, workers)
    assert [r["id"] for r in bare] == [p["id"] for p in POSTS]
    assert {r["verdict"] for r in bare} == {"no_claim"}
    assert {r["verdict"] for r in full} > {"no_claim"}  # the same posts do hold claims
    drop = {"verdict", "explanation", "claims"}
    assert [{k: v for k, v in r.items() if k not in drop} for r in bare] == [
        {k: v for k, v in r.items() if k not in drop} for r in full
    ]
