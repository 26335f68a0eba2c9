"""Place names that stand only in context (the gazetteer's ``context_aliases``)."""

from __future__ import annotations

import pytest

from safetynlp.extraction.lexicon import find_places, load_lexicon


@pytest.mark.parametrize(
    ("text", "queens"),
    [
        ("NYC shootings, 2023:\nBrooklyn ~300\nQueens ~200", True),
        ("Murders in Queens fell, the Bronx did not.", True),
        ("New York City: Queens had 80 murders.", True),
        # no sibling or parent named: a pub, a club, a park
        ("Queens had a good night, 3 goals.", False),
        ("Brooklyn bar crawl ended at the Queens Head.", False),
        ("Brooklyn residents met at Queens Park.", False),
        ("Brooklyn fans sang for the Queen's jubilee.", False),
    ],
)
def test_lexicon_context_alias_needs_its_kin(text: str, queens: bool) -> None:
    places = [p.place for p in find_places(text, load_lexicon())]
    assert ("queens" in places) is queens, places
