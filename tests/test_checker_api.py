"""Checker: the library entry point."""

from __future__ import annotations

import pickle

import pytest

from safetynlp import Checker, Post, VerdictConfig
from safetynlp.errors import ConfigError


def test_checker_scores_one_post_with_sources() -> None:
    scored = Checker().check("Over 500 shootings in London last year.", created_at="2020-01-22")
    assert scored.verdict == "exaggerated"
    (cv,) = scored.claims
    assert cv.claim.metric == "firearm_discharges"
    assert cv.official and all(o["url"] for o in cv.official)
    assert "277" in cv.explanation
    assert cv.deviation is not None and cv.deviation > 0


def test_checker_check_many_accepts_posts_dicts_and_strings() -> None:
    items = [
        Post(id="a", text="97 murders in London last year", created_at="2026-02-01"),
        {"id": "b", "text": "Lovely morning", "created_at": "2026-02-01"},
        "nothing to see",
    ]
    out = list(Checker().check_many(items))
    assert [s.verdict for s in out] == ["consistent", "no_claim", "no_claim"]
    assert out[0].id == "a" and out[1].id == "b"


def test_checker_default_place_for_posts_naming_none() -> None:
    text = "Over 150 people murdered last year."
    assert Checker().check(text, created_at="2026-02-10").verdict == "unverifiable"
    scored = Checker(default_place="london").check(text, created_at="2026-02-10")
    assert scored.verdict == "exaggerated"
    assert scored.claims[0].claim.geography_source == "default"


def test_checker_config_thresholds_change_the_verdict() -> None:
    text = "Killings in London rose 12% last year."  # official 1.5%..5.6%
    assert Checker().check(text, created_at="2022-01-20").verdict == "exaggerated"
    loose = Checker(config=VerdictConfig(tau_change_pp=10.0))
    assert loose.check(text, created_at="2022-01-20").verdict == "consistent"


def test_checker_config_rejects_bad_settings() -> None:
    with pytest.raises(ConfigError, match="must not be negative"):
        VerdictConfig(tau_level=-1)
    with pytest.raises(ConfigError, match="unknown verdict setting"):
        VerdictConfig.from_dict({"tau_levle": 0.1})


def test_checker_pickles_cheaply_after_use() -> None:
    checker = Checker()
    checker.check("97 murders in London last year", created_at="2026-02-01")
    blob = pickle.dumps(checker)
    assert len(blob) < 2_000
    assert (
        pickle.loads(blob).check("97 murders in London last year", created_at="2026-02-01").verdict
        == "consistent"
    )


def test_checker_output_shape_is_the_public_contract() -> None:
    d = (
        Checker()
        .check("London murders have doubled since 2019", created_at="2026-02-01", id="p1")
        .to_dict()
    )
    assert d["id"] == "p1" and d["verdict"] == "contradicting"
    claim = d["claims"][0]
    for key in (
        "surface",
        "start",
        "end",
        "metric",
        "geography",
        "kind",
        "period",
        "baseline",
        "value",
        "unit",
        "negated",
        "per",
        "direction",
        "intense",
        "window_years",
        "other_geography",
        "relation",
        "verdict",
        "deviation",
        "confidence",
        "official",
        "explanation",
    ):
        assert key in claim
    assert claim["period"] == ["2025-01-01", "2025-12-31"]
    assert claim["baseline"] == ["2019-01-01", "2019-12-31"]
    assert claim["value"] == [100.0, 100.0]
