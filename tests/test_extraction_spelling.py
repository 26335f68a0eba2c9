"""Slips the rules read past: the respelled copy, and the way back to the post's offsets."""

from __future__ import annotations

import pytest

from safetynlp.extract import extract, prefilter
from safetynlp.extraction.lexicon import load_lexicon
from safetynlp.extraction.spelling import compile_spellings, respell


@pytest.fixture(scope="module")
def spellings():  # type: ignore[no-untyped-def]
    return compile_spellings(
        {
            "words": {"murderes": "murders", "incresed": "increased", "r": "are"},
            "glued_before_figure": ["up", "down"],
        }
    )


@pytest.mark.parametrize(
    ("text", "respelled"),
    [
        ("Murderes in Leeds incresed 20%", "Murders in Leeds increased 20%"),
        ("MURDERES UP", "MURDERS UP"),
        ("thefts r up48% since 2019", "thefts are up 48% since 2019"),
        ("down5 and up 6", "down 5 and up 6"),
        # (a slip inside a longer word, or glued to a hyphen, is left alone)
        ("premurderes re-incresed", None),
        ("nothing to mend here", None),
        ("", None),
    ],
)
def test_spelling_respell_text(spellings, text: str, respelled: str | None) -> None:  # type: ignore[no-untyped-def]
    out = respell(text, spellings)
    assert (out.text if out is not None else None) == respelled


@pytest.mark.parametrize(
    ("text", "span_in_respelled", "surface"),
    [
        # a span over a lengthened word maps back over the post's own word
        (
            "Murderes in Leeds incresed 20%",
            ("Murders in Leeds increased 20%", 0, 30),
            "Murderes in Leeds incresed 20%",
        ),
        # a span after the edits moves by their total
        (
            "Murderes in Leeds incresed 20%",
            ("Murders in Leeds increased 20%", 17, 30),
            "incresed 20%",
        ),
        # a span that starts inside a respelled word starts at that word
        ("Murderes in Leeds", ("Murders in Leeds", 3, 16), "Murderes in Leeds"),
        # the space put between a word and its glued figure belongs to neither
        ("thefts r up48%", ("thefts are up 48%", 14, 17), "48%"),
        ("thefts r up48%", ("thefts are up 48%", 0, 13), "thefts r up"),
    ],
)
def test_spelling_offsets_map_back(spellings, text: str, span_in_respelled, surface: str) -> None:  # type: ignore[no-untyped-def]
    out = respell(text, spellings)
    assert out is not None
    said, start, end = span_in_respelled
    assert out.text == said
    assert text[out.start_in_post(start) : out.end_in_post(end)] == surface


def test_spelling_shipped_table_compiles_and_reads_real_words() -> None:
    lex = load_lexicon()
    assert lex.spellings is not None
    for slip, reading in lex.spellings.words.items():
        # a reading is a real word the rules know, never another slip
        assert reading.lower() not in lex.spellings.words, (slip, reading)
        assert slip != reading.lower()


@pytest.mark.parametrize(
    ("text", "surface"),
    [
        ("Sydney murderes at lowest in 20 years", "Sydney murderes at lowest in 20 years"),
        (
            "Adelaide break ins incresed 20-25% in 2023",
            "Adelaide break ins incresed 20-25% in 2023",
        ),
        ("car thefts in Ontario r up48% since 2019", "car thefts in Ontario r up48% since 2019"),
        ("London stabings up 20% last year", "London stabings up 20% last year"),
    ],
)
def test_spelling_claims_keep_the_posts_words(text: str, surface: str) -> None:
    claims = extract(text, created_at="2024-03-02")
    assert [c.surface for c in claims] == [surface]
    assert all(text[c.start : c.end] == c.surface for c in claims)


def test_spelling_misspelt_crime_word_passes_prefilter() -> None:
    # "stabings" holds none of the prefilter's stems; its reading does
    assert prefilter("3 stabings in Leeds last year")
