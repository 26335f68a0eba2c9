"""Clause splitting: a second place's own move opens a clause, a place named with "and" does not."""

import pytest

from safetynlp.extraction.context import _and_name_heads, split_clauses
from safetynlp.taxonomy import load_taxonomy


def _clauses(text: str) -> list[str]:
    return [text[a:b] for a, b in split_clauses(text, 0, len(text))]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Westminster's fell 12% and Camden's rose 6%",
            ["Westminster's fell 12%", "Camden's rose 6%"],
        ),
        (
            "Westminster's fell 12% and Kensington and Chelsea's rose 6%",
            ["Westminster's fell 12%", "Kensington and Chelsea's rose 6%"],
        ),
        (
            "Burglary in Durham fell 9% and Tyne and Wear's went up 4%",
            ["Burglary in Durham fell 9%", "Tyne and Wear's went up 4%"],
        ),
        (
            "Brighton and Hove's rate was 61 per 100,000",
            ["Brighton and Hove's rate was 61 per 100,000"],
        ),
        (
            "Bosnia and Herzegovina's rate was about 1.1",
            ["Bosnia and Herzegovina's rate was about 1.1"],
        ),
        ("Croydon and Lambeth's were both up", ["Croydon and Lambeth's were both up"]),
    ],
)
def test_context_split_clauses_place_names_with_and(text: str, expected: list[str]) -> None:
    assert _clauses(text) == expected


def test_context_and_name_heads_cover_the_gazetteer() -> None:
    heads = _and_name_heads()
    for place in load_taxonomy().places.values():
        for name in (place.name, *place.aliases):
            words = name.split()
            for i, w in enumerate(words[1:-1], start=1):
                if w == "and":
                    assert words[i - 1].lower() in heads, name
