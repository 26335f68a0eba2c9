"""`safetynlp explain`: a readable account of one post."""

from __future__ import annotations

import pytest
from typer.testing import CliRunner

from safetynlp.cli.explain import highlight
from safetynlp.cli.main import app
from safetynlp.types import Claim, ClaimVerdict

runner = CliRunner()


def test_cli_explain_level_claim_shows_sources_and_arithmetic() -> None:
    result = runner.invoke(
        app, ["explain", "London had 150 homicides in 2025.", "--date", "2026-02-10"]
    )
    assert result.exit_code == 0, result.output
    out = result.stdout
    assert "[[" in out and "]]" in out
    assert "\033[" not in out  # not a terminal: no colour
    assert "Verdict: exaggerated" in out
    for piece in (
        "metric",
        "homicides",
        "geography",
        "london",
        "[150, 150]",
        "2025-01-01 .. 2025-12-31",
        "Official figures used:",
        "97",
        "http",
        "Working:",
    ):
        assert piece in out, piece


@pytest.mark.parametrize(
    ("text", "args", "verdict"),
    [
        ("Murders are falling.", ["--date", "2026-02-10", "--place", "london"], "consistent"),
        ("Daylight robbery.", [], "no_claim"),
        (
            "Shootings in London have halved compared to seven years ago.",
            ["--date", "2026-02-02"],
            "unverifiable",
        ),
    ],
)
def test_cli_explain_verdicts(text: str, args: list[str], verdict: str) -> None:
    result = runner.invoke(app, ["explain", text, *args])
    assert result.exit_code == 0, result.output
    assert f"Verdict: {verdict}" in result.stdout


def test_cli_explain_unverifiable_gives_reason() -> None:
    result = runner.invoke(
        app,
        [
            "explain",
            "Shootings in London have halved compared to seven years ago.",
            "--date",
            "2026-02-02",
        ],
    )
    assert "Official figures used: none" in result.stdout
    assert "Reason:" in result.stdout


def test_cli_explain_place_fills_missing_geography() -> None:
    result = runner.invoke(
        app, ["explain", "97 homicides in 2025.", "--date", "2026-02-10", "--place", "london"]
    )
    assert "geography        london" in result.stdout


def test_cli_explain_bad_date_exits_2() -> None:
    result = runner.invoke(app, ["explain", "London had 97 homicides.", "--date", "yesterday"])
    assert result.exit_code == 2
    assert "YYYY-MM-DD" in result.stderr


def _cv(start: int, end: int, text: str, verdict: str = "consistent") -> ClaimVerdict:
    return ClaimVerdict(Claim(text[start:end], start, end, "level", "homicides"), verdict)


@pytest.mark.parametrize(
    ("spans", "expected"),
    [
        ([], "abc def ghi"),
        ([(0, 3)], "[[abc]] def ghi"),
        ([(4, 7), (0, 3)], "[[abc]] [[def]] ghi"),
        ([(0, 7), (4, 11)], "[[abc def ghi]]"),
    ],
)
def test_cli_explain_highlight_markers(spans: list[tuple[int, int]], expected: str) -> None:
    text = "abc def ghi"
    assert highlight(text, [_cv(s, e, text) for s, e in spans]) == expected


def test_cli_explain_highlight_colour() -> None:
    text = "abc def"
    out = highlight(text, [_cv(0, 3, text, "contradicting")], colour=True)
    assert out.startswith("\033[1m\033[31mabc\033[0m")
    assert "[[" not in out
