"""The spaCy stages: factories, entry points, doc extensions and multiprocess pipe."""

from __future__ import annotations

from importlib.metadata import entry_points

import pytest
import spacy

from safetynlp.pipeline import load_pipeline

POSTS = [
    ("London murders have doubled since 2019", "2026-02-01", "contradicting"),
    (
        "There's a stabbing every 5 minutes in London. Every five minutes!",
        "2025-05-03",
        "exaggerated",
    ),
    (
        "London recorded 97 homicides in 2025, the lowest number in a decade.",
        "2026-01-12",
        "consistent",
    ),
    ("Got a £130 parking ticket outside my own house. Daylight robbery.", "2023-03-14", "no_claim"),
    ("", None, "no_claim"),
    (" ", None, "no_claim"),
    ("🔪🔪 knife crime 🔪 everywhere 😱😱", "2025-01-01", "no_claim"),
]


def test_pipeline_stages_registered_as_entry_points() -> None:
    names = {ep.name for ep in entry_points(group="spacy_factories")}
    assert {"safetynlp_prefilter", "safetynlp_claims", "safetynlp_verdict"} <= names


def test_pipeline_stages_added_to_a_blank_pipeline_by_name() -> None:
    nlp = spacy.blank("en")
    nlp.add_pipe("safetynlp_prefilter")
    nlp.add_pipe("safetynlp_claims", config={"reference_date": "2026-02-01"})
    nlp.add_pipe("safetynlp_verdict")
    doc = nlp("London murders have doubled since 2019")
    assert doc._.candidate is True
    assert doc._.claims[0]["metric"] == "homicides"
    assert doc._.claims[0]["kind"] == "change"
    assert doc._.verdict == "contradicting"
    assert doc._.claim_verdicts[0]["official"]


@pytest.mark.parametrize(("text", "date", "label"), POSTS)
def test_pipeline_stages_verdict_per_post(text: str, date: str | None, label: str) -> None:
    nlp = load_pipeline()
    doc = nlp.make_doc(text)
    doc._.created_at = date
    for _, stage in nlp.pipeline:
        doc = stage(doc)
    assert doc._.verdict == label


def test_pipeline_stages_prefilter_skips_posts_without_crime_words() -> None:
    nlp = load_pipeline()
    doc = nlp("Tube strike on the 5th and 7th of November. Plan ahead.")
    assert doc._.candidate is False
    assert doc._.claims == []
    assert doc._.verdict == "no_claim"


@pytest.mark.slow
def test_pipeline_stages_pipe_with_two_processes_matches_one() -> None:
    nlp = spacy.blank("en")
    nlp.add_pipe("safetynlp_prefilter")
    nlp.add_pipe("safetynlp_claims", config={"reference_date": "2026-02-01"})
    nlp.add_pipe("safetynlp_verdict")
    texts = [t for t, _, _ in POSTS] * 10
    single = [(d._.verdict, d._.claims) for d in nlp.pipe(texts, batch_size=4)]
    multi = [(d._.verdict, d._.claims) for d in nlp.pipe(texts, batch_size=4, n_process=2)]
    assert multi == single
    assert single[0][0] == "contradicting"
