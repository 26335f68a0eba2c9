"""Trie regexes match what the flat alternation matched, and literal gates never close on
text their regex matches."""

from __future__ import annotations

import dataclasses
import json
import re
from pathlib import Path

import ahocorasick_rs
import pytest

from safetynlp.extraction import timex
from safetynlp.extraction.lexicon import find_metrics, has_crime_vocabulary, load_lexicon
from safetynlp.extraction.literals import fold_case, gate_open, trie_source

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"

WORDS = ["london", "lon", "los angeles", "leeds", "l", "new york", "newport", "new", "a.b", "x+y"]
PROBES = [
    "",
    "London and Los Angeles",
    "lon don",
    "newport new york news",
    "a.b axb x+y xy",
    "l london lo",
    "LEEDS, leedsy",
]


def _texts() -> list[str]:
    texts: list[str] = []
    paths = [
        ROOT / "tests/golden/extraction_cases.jsonl",
        ROOT / "tests/golden/verdict_cases.jsonl",
        ROOT / "examples/posts.jsonl",
        SHARED / "eval/dev_posts.jsonl",
        SHARED / "data/real_claims/all_claims.jsonl",
    ]
    for path in paths:
        if path.exists():
            texts += [json.loads(line)["text"] for line in path.read_text().splitlines() if line]
    # re.I lets these letters match ASCII ones; the gates must see through them too
    texts += ["ſince 2019 murders doubled", "SİNCE 2019", "the paſt 5 yearſ", "İn the laſt decade"]
    return texts


@pytest.mark.parametrize("text", PROBES)
@pytest.mark.parametrize("flags", [0, re.I])
def test_literals_trie_matches_flat_alternation(text: str, flags: int) -> None:
    flat = re.compile(
        r"\b(?:" + "|".join(map(re.escape, sorted(WORDS, key=len, reverse=True))) + r")\b", flags
    )
    trie = re.compile(r"\b(?:" + trie_source(WORDS) + r")\b", flags)
    assert [m.span() for m in trie.finditer(text)] == [m.span() for m in flat.finditer(text)]


def test_literals_trie_rejects_empty_word() -> None:
    with pytest.raises(ValueError, match="empty word"):
        trie_source(["a", ""])


@pytest.mark.parametrize(
    ("text", "folded"),
    [("Since", "since"), ("ſince", "since"), ("SİNCE", "since"), ("ıt", "it"), ("KNIFE", "knife")],
)
def test_literals_fold_case_maps_re_ignorecase_twins(text: str, folded: str) -> None:
    assert fold_case(text) == folded


def test_literals_timex_gates_cover_every_pattern() -> None:
    assert set(timex._GATES) == {name for name, _ in timex._PATTERNS}


def test_literals_timex_gates_open_on_every_match() -> None:
    closed = []
    for text in _texts():
        low = fold_case(text)
        for name, pattern in timex._PATTERNS:
            if pattern.search(text) and not gate_open(low, timex._GATES[name]):
                closed.append((name, text))
    assert closed == []


def test_literals_metric_gates_lose_no_mention() -> None:
    # with every pattern a candidate for any text, find_metrics must find the same mentions
    lex = load_lexicon()
    printable = [chr(c) for c in range(32, 127)]
    every_pattern = tuple(range(len(lex.metric_res)))
    ungated = dataclasses.replace(
        lex,
        metric_stem_finder=ahocorasick_rs.AhoCorasick(printable),
        stem_patterns=dict.fromkeys(printable, every_pattern),
    )
    for text in _texts():
        assert find_metrics(text, lex) == find_metrics(text, ungated), text


def test_literals_prefilter_automaton_equals_substring_test() -> None:
    lex = load_lexicon()
    for text in _texts():
        low = fold_case(text)
        expected = any(stem in low for stem in lex.prefilter_stems)
        assert has_crime_vocabulary(text, lex) is expected, text


def test_literals_metric_pattern_without_stems_is_refused(monkeypatch) -> None:
    from safetynlp.extraction import lexicon

    real = lexicon.read_corpus_json

    def without_stems(name: str):
        data = real(name)
        if name == "lexicon.json":
            data = {**data, "metrics": [{**data["metrics"][0], "stems": []}]}
        return data

    monkeypatch.setattr(lexicon, "read_corpus_json", without_stems)
    lexicon.load_lexicon.cache_clear()
    try:
        with pytest.raises(ValueError, match="lists no stems"):
            lexicon.load_lexicon()
    finally:
        lexicon.load_lexicon.cache_clear()
