"""The op-ed's claims (shared/data/published_figures_notes.md section 2), posted Jan-Feb 2026.

Each is judged with sources where judged, and an explanation that states the numbers used.
"""

from __future__ import annotations

from typing import Any

import pytest

from safetynlp.checker import Checker
from safetynlp.types import ScoredPost

OPED: list[Any] = [
    pytest.param(
        "London recorded its lowest number of homicides in a decade in 2025.",
        "2026-01-12",
        "extremum",
        "consistent",
        ["97", "2025"],
        id="lowest-homicides-in-a-decade",
    ),
    pytest.param(
        "London's homicide rate is now the lowest ever per capita.",
        "2026-01-14",
        "extremum",
        "consistent",
        ["1.07", "1.1", "2025"],
        id="lowest-ever-per-capita",
    ),
    pytest.param(
        "Sharp-object admissions in London down 29% in five years, from 1,350 to 955.",
        "2026-01-20",
        "change",
        "unverifiable",
        ["2025"],
        id="sharp-object-admissions-down-29pc",
    ),
    pytest.param(
        "NHS data: hospital admissions for assault by a sharp object in London fell 29% in "
        "five years, from 1,350 to 955.",
        "2026-01-22",
        "change",
        "unverifiable",
        ["2025"],
        id="sharp-object-admissions-nhs-wording",
    ),
    pytest.param(
        "Hospital admissions in London for assault with a sharp object are down 29% in five "
        "years, from 1,350 to 955, according to NHS data.",
        "2026-01-20",
        "change",
        "unverifiable",
        ["2025"],
        id="sharp-object-admissions-inverted-wording",
    ),
    pytest.param(
        "Shootings in London have halved compared to seven years ago.",
        "2026-02-02",
        "change",
        "unverifiable",
        ["2025"],
        id="shootings-halved-vs-seven-years-ago",
    ),
    pytest.param(
        "The Met's homicide solve rate in London was 95% last year.",
        "2026-02-05",
        "level",
        "consistent",
        ["95%", "2025"],
        id="homicide-solve-rate-95pc",
    ),
]


@pytest.fixture(scope="module")
def checker() -> Checker:
    return Checker()


def _claim(scored: ScoredPost, kind: str) -> Any:
    found = [cv for cv in scored.claims if cv.claim.kind == kind]
    assert found, f"no {kind} claim in {[(c.claim.kind, c.claim.surface) for c in scored.claims]}"
    return found[0]


@pytest.mark.parametrize(("text", "date", "kind", "verdict", "numbers"), OPED)
def test_verdicts_oped_claim(
    checker: Checker, text: str, date: str, kind: str, verdict: str, numbers: list[str]
) -> None:
    scored = checker.check(text, created_at=date)
    assert scored.verdict == verdict
    cv = _claim(scored, kind)
    assert cv.verdict == verdict
    for number in numbers:
        assert number in cv.explanation, f"{number!r} missing from {cv.explanation!r}"
    if verdict == "unverifiable":
        assert cv.reason
    else:
        assert cv.official
        assert all(f.get("url") and f.get("publisher") and f.get("period") for f in cv.official)


def test_verdicts_oped_shootings_cites_the_missing_year(checker: Checker) -> None:
    cv = _claim(checker.check(OPED[5].values[0], created_at="2026-02-02"), "change")
    assert cv.claim.baseline == ("2018-01-01", "2018-12-31")
    assert cv.claim.value == (-50.0, -50.0)
    assert "2025" in cv.explanation and "firearm" in cv.explanation


def test_verdicts_oped_sharp_object_figures_stay_unverifiable(checker: Checker) -> None:
    scored = checker.check(OPED[2].values[0], created_at="2026-01-20")
    values = {cv.claim.value for cv in scored.claims}
    assert (-29.0, -29.0) in values
    assert all(cv.verdict == "unverifiable" for cv in scored.claims)


def test_verdicts_oped_solve_rate_cites_the_release(checker: Checker) -> None:
    cv = _claim(checker.check(OPED[-1].values[0], created_at="2026-02-05"), "level")
    assert any(f["value"] == 95 for f in cv.official)
    assert any("london.gov.uk" in f["url"] or "met.police" in f["url"] for f in cv.official)


def test_verdicts_oped_per_capita_is_judged_on_rates(checker: Checker) -> None:
    cv = _claim(checker.check(OPED[1].values[0], created_at="2026-01-14"), "extremum")
    assert cv.claim.unit == "rate_per_100k"
    assert cv.claim.window_years is None
    assert "series starts" in cv.explanation


def test_verdicts_oped_lowest_in_decade_cites_2014(checker: Checker) -> None:
    cv = _claim(checker.check(OPED[0].values[0], created_at="2026-01-12"), "extremum")
    assert cv.claim.window_years == 10
    assert cv.official and any(f["value"] == 97 for f in cv.official)


def test_verdicts_oped_lowest_in_decade_explanation_is_coherent(checker: Checker) -> None:
    cv = _claim(checker.check(OPED[0].values[0], created_at="2026-01-12"), "extremum")
    assert "not 10" not in cv.explanation
    assert "lowest over the 10 periods" in cv.explanation
