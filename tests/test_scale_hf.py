"""score_dataset over a Hugging Face Dataset with num_proc=2."""

from __future__ import annotations

import pytest

datasets = pytest.importorskip("datasets")

from safetynlp.checker import Checker  # noqa: E402
from safetynlp.scale import score_dataset  # noqa: E402

TEXTS = [
    "London murders have doubled since 2019",
    "There's a stabbing every 5 minutes in London",
    "Over 500 shootings in London last year",
    "Anyone know a good plumber in Leeds?",
    "The match last night was unreal",
]


def test_score_dataset_num_proc_2(tmp_path: object) -> None:
    rows = {
        "id": [f"p{i}" for i in range(20)],
        "text": [TEXTS[i % len(TEXTS)] for i in range(20)],
        "created_at": [f"2025-0{i % 9 + 1}-15T09:00:00Z" for i in range(20)],
    }
    ds = datasets.Dataset.from_dict(rows)
    out = score_dataset(ds, num_proc=2, batch_size=4, load_from_cache_file=False)
    assert len(out) == 20
    assert set(out.column_names) >= {"id", "text", "created_at", "verdict", "n_claims", "claims"}
    checker = Checker()
    for rec in out:
        want = checker.check(rec["text"], created_at=rec["created_at"], id=rec["id"]).to_dict()
        assert rec["verdict"] == want["verdict"]
        assert rec["n_claims"] == len(want["claims"])
        assert rec["explanation"] == want["explanation"]
