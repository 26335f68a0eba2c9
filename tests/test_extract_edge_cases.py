"""Edge inputs for extract() and Checker.check(): empty, blank, huge, emoji."""

from __future__ import annotations

import pytest

from safetynlp.checker import Checker
from safetynlp.extract import extract

CLAIM = "London had 150 homicides in 2025."
FILLER = "Lovely weather on the canal today, the ducks are out. "


@pytest.fixture(scope="module")
def checker() -> Checker:
    return Checker()


@pytest.mark.parametrize("text", ["", " ", "\n\t  ", "🔪🔪🔪", "😀 lovely day 🌞"])
def test_extract_blank_and_emoji_only_have_no_claims(text: str, checker: Checker) -> None:
    assert extract(text, created_at="2026-02-10") == []
    scored = checker.check(text, created_at="2026-02-10")
    assert scored.verdict == "no_claim" and scored.claims == []
    assert scored.text == text


@pytest.mark.parametrize(
    "text",
    ["🚨 " + CLAIM + " 😱😱", "😡😡 " + CLAIM, CLAIM.replace(" in 2025", " 🔪 in 2025")],
    ids=["emoji-around", "emoji-before", "emoji-inside"],
)
def test_extract_emoji_keeps_offsets(text: str, checker: Checker) -> None:
    claims = extract(text, created_at="2026-02-10")
    assert claims, text
    for c in claims:
        assert text[c.start : c.end] == c.surface
    assert any(c.value == (150.0, 150.0) for c in claims)
    assert checker.check(text, created_at="2026-02-10").verdict == "exaggerated"


@pytest.mark.slow  # ~7 s per call on 1 MB today (extract and check each)
def test_extract_huge_post_finds_the_claim(checker: Checker) -> None:
    half = FILLER * (500_000 // len(FILLER))
    text = half + CLAIM + " " + half
    assert len(text) > 1_000_000
    claims = extract(text, created_at="2026-02-10")
    assert len(claims) == 1
    c = claims[0]
    assert text[c.start : c.end] == c.surface
    assert c.start >= len(half)
    scored = checker.check(text, created_at="2026-02-10")
    assert scored.verdict == "exaggerated"


def test_extract_none_created_at_uses_today() -> None:
    claims = extract("Knife crime in London is rising.")
    assert claims and claims[0].period is not None
