"""The public JSON shape of the typed records (``to_dict``), field for field."""

from __future__ import annotations

import dataclasses

import pytest

from safetynlp.types import Claim, ClaimVerdict, OfficialFigure

CLAIMS = [
    Claim("murders doubled", 0, 15, "change", "homicides"),
    Claim(
        "3 stabbings a day in London",
        0,
        27,
        "frequency",
        "knife_crime_offences",
        geography="london",
        period=("2023-01-01", "2023-12-31"),
        baseline=(None, "2019-12-31"),
        value=(3.0, None),
        per="day",
        negated=True,
        confidence=0.5,
    ),
]


def _reference(claim: Claim) -> dict:
    d = dataclasses.asdict(claim)
    for key in ("period", "baseline", "value"):
        if d[key] is not None:
            d[key] = list(d[key])
    return d


@pytest.mark.parametrize("claim", CLAIMS, ids=["bare", "full"])
def test_types_claim_to_dict_matches_every_field_in_order(claim: Claim) -> None:
    got = claim.to_dict()
    assert got == _reference(claim)
    assert list(got) == [f.name for f in dataclasses.fields(Claim)]


def test_types_claim_to_dict_is_a_copy() -> None:
    claim = CLAIMS[1]
    d = claim.to_dict()
    d["period"].append("x")
    d["metric"] = "other"
    assert claim.period == ("2023-01-01", "2023-12-31")
    assert claim.metric == "knife_crime_offences"


def test_types_claim_verdict_to_dict_adds_the_verdict_after_the_claim() -> None:
    cv = ClaimVerdict(CLAIMS[0], "consistent", deviation=0.1, explanation="ok")
    d = cv.to_dict()
    assert list(d)[: len(dataclasses.fields(Claim))] == [f.name for f in dataclasses.fields(Claim)]
    assert d["verdict"] == "consistent" and d["deviation"] == 0.1


def test_types_official_figure_to_dict_matches_asdict() -> None:
    fig = OfficialFigure(
        "f1", "homicides", "london", "2023-01-01", "2023-12-31", 110.0, "count", "ONS", "T", "u"
    )
    assert fig.to_dict() == dataclasses.asdict(fig)
    assert list(fig.to_dict()) == [f.name for f in dataclasses.fields(OfficialFigure)]
