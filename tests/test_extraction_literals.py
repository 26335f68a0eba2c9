"""Trie regexes match what the flat alternation matched, and literal gates never close on
text their regex matches."""

from __future__ import annotations

import dataclasses
import json
import random
import re
from pathlib import Path

import ahocorasick_rs
import pytest

from safetynlp.extraction import context, lexicon, numbers, rules, timex
from safetynlp.extraction.kinds import (
    changes,
    comparisons,
    extremums,
    frequencies,
    levels,
    trends,
)
from safetynlp.extraction.lexicon import find_metrics, has_crime_vocabulary, load_lexicon
from safetynlp.extraction.literals import (
    AnchoredPattern,
    GatedPattern,
    GateSet,
    SubsetPattern,
    aligned_fold,
    compile_scan,
    first_char_guard,
    fold_case,
    gate_open,
    required_literals,
    split_alternatives,
    trie_source,
)

#: every module whose patterns the extraction runs
_EXTRACTION_MODULES = (context, lexicon, numbers, rules, timex, changes, comparisons, extremums)
_EXTRACTION_MODULES += (frequencies, levels, trends)

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


def test_literals_gate_set_agrees_with_gate_open() -> None:
    # one automaton pass must open exactly the gates that substring tests open, overlapping
    # needles ("19" inside "2019") and needles with spaces included
    gates = dict(timex._GATES)
    gates["overlap"] = (("2019", "19"), ("so far",))
    gates["nothing"] = (("zzzq",),)
    gate_set = GateSet(gates)
    texts = [*_texts(), "in 2019 so far", "so  far in 1919", "", " "]
    for text in texts:
        low = fold_case(text)
        found = gate_set.needles_in(low)
        for name, gate in gates.items():
            assert gate_set.is_open(name, found) == gate_open(low, gate), (name, text)
    assert gate_set.is_open("no gate of that name", frozenset())


@pytest.mark.parametrize(
    ("source", "parts"),
    [
        ("a|b", ["a", "b"]),
        ("a(?:b|c)|d", ["a(?:b|c)", "d"]),
        (r"[|]|\||x", ["[|]", r"\|", "x"]),
        ("[]|]|y", ["[]|]", "y"]),
        ("[^]|]|y", ["[^]|]", "y"]),
        ("(?<=has\\s)up|down", ["(?<=has\\s)up", "down"]),
        ("single", ["single"]),
    ],
)
def test_literals_split_alternatives_top_level_only(source: str, parts: list[str]) -> None:
    assert split_alternatives(source) == parts
    assert "|".join(parts) == source


def test_literals_subset_pattern_matches_like_the_whole_pattern() -> None:
    rng = random.Random(11)
    words = ["up", "rose", "went\\s+up", "(?<=not\\s)rise", "fell", "down(?=\\s+in)", "[a-z]+ed"]
    subset = SubsetPattern(
        r"(?<![\w-])(?:(?P<up>{up})|(?P<down>{down}))(?![\w-])",
        re.I,
        up="|".join(words[:4]),
        down="|".join(words[4:]),
    )
    vocab = ["up", "UP", "rose", "went", "not", "rise", "fell", "down", "in", "jumped", "x", "  "]
    for _ in range(3000):
        text = " ".join(rng.choice(vocab) for _ in range(rng.randint(0, 8)))
        low = aligned_fold(text)
        want = [(m.span(), m.groupdict()) for m in subset.pattern.finditer(text)]
        assert [(m.span(), m.groupdict()) for m in subset.finditer(text, low, 0, len(text))] == want
        assert [m.span() for m in subset.finditer(text, None, 0, len(text))] == [w[0] for w in want]


def test_literals_subset_pattern_rejects_capturing_alternatives() -> None:
    with pytest.raises(ValueError, match="capturing group"):
        SubsetPattern("(?:{a})", 0, a="x|(y)")


def test_literals_gate_set_rejects_empty_needles() -> None:
    with pytest.raises(ValueError, match="empty needle"):
        GateSet({"bad": (("", "x"),)})


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


@pytest.mark.parametrize(
    ("pattern", "needles"),
    [
        (r"doubled|tripled", ("doubled", "tripled")),
        (r"half|hour", ("half", "hour")),  # the parser factors out the common "h"
        (r"[Tt]he\s+met", ("met",)),
        (r"(?i)Every\s+day", ("every",)),
        (r"(?<![\w-])up(?:\s+by)?(?![\w-])", ("up",)),
        (r"went\s+up|up\s+from|up", ("from", "up", "went")),  # each branch its best
        (r"\d+\s?%", ("%",)),
        (r"(?:abc)+x", ("abc",)),
        (r"(?:abc)*x", ("x",)),
        (r"(?:abc)?", None),
        (r"a|b\d", None),  # "a" alone matches, and "b" is no longer a needle than "a"
        (r"(?:foo|)bar?", ("ba",)),
        (r"(?=murder)\w+", None),  # a lookahead's text may not be inside the match
        (r"\d+", None),
    ],
)
def test_literals_required_literals_known_cases(
    pattern: str, needles: tuple[str, ...] | None
) -> None:
    got = required_literals(re.compile(pattern))
    if needles is None:
        assert got is None or all(len(n) == 1 for n in got), got
    else:
        assert got == needles


def _random_regex(rng: random.Random, depth: int = 0) -> str:
    atoms = ["a", "b", "c", "ab", "[ab]", "[^a]", ".", "\\s", "\\w", "x"]
    parts = []
    for _ in range(rng.randint(1, 4)):
        r = rng.random()
        if r < 0.2 and depth < 2:
            alts = [_random_regex(rng, depth + 1) for _ in range(rng.randint(1, 3))]
            if rng.random() < 0.2:
                alts.append("")
            # groups repeat at most twice: nested unbounded repeats backtrack exponentially
            parts.append("(?:" + "|".join(alts) + ")" + rng.choice(["", "?", "{2}", "{1,2}"]))
            continue
        elif r < 0.25:  # zero-width: no quantifier
            parts.append(rng.choice(["(?=a)", "(?!b)", "(?<=c)", "(?<!a)", "\\b"]))
            continue
        else:
            atom = rng.choice(atoms)
        parts.append(atom + rng.choice(["", "", "", "?", "*", "+", "{2}", "{0,2}", "+?"]))
    return "".join(parts)


def test_literals_required_literals_are_in_every_match_of_random_regexes() -> None:
    rng = random.Random(7)
    checked = 0
    for _ in range(3000):
        source = _random_regex(rng)
        flags = rng.choice([0, re.I])
        pattern = re.compile(source, flags)
        needles = required_literals(pattern)
        if needles is None:
            continue
        for _ in range(10):
            text = "".join(rng.choice("abcxAB ") for _ in range(rng.randint(0, 10)))
            for m in pattern.finditer(text):
                checked += 1
                assert any(n in fold_case(m.group(0)) for n in needles), (source, text, needles)
    assert checked > 1000  # the generator must produce regexes that have needles


def _gated_patterns() -> dict[str, GatedPattern | SubsetPattern]:
    lex = load_lexicon()
    cue = lex.cue_src
    found = {
        f"{mod.__name__}.{name}": value
        for mod in (changes, frequencies, context)
        for name, value in vars(mod).items()
        if isinstance(value, GatedPattern)
    }
    found["trends"] = trends._trend_pattern(cue["trend_up"], cue["trend_down"])
    found["extremums"] = extremums._extremum_pattern(cue["extremum_max"], cue["extremum_min"])
    return found


def test_literals_gated_patterns_find_every_match() -> None:
    patterns = _gated_patterns()
    assert len(patterns) >= 9
    missed = []
    for text in _texts():
        low = aligned_fold(text)
        bounds = [(0, len(text))] + context.split_sentences(text)
        for name, gated in patterns.items():
            for s0, s1 in bounds:
                # (the groups too: a subset pattern must name the same alternatives)
                want = [(m.span(), m.groupdict()) for m in gated.pattern.finditer(text, s0, s1)]
                got = [(m.span(), m.groupdict()) for m in gated.finditer(text, low, s0, s1)]
                if got != want:
                    missed.append((name, text[s0:s1]))
    assert missed == []


def test_literals_average_gate_words_are_in_every_match() -> None:
    # comparisons skips its "national average" scan when none of these words is there
    for text in _texts():
        for m in comparisons._AVERAGE_RE.finditer(text):
            assert any(w in fold_case(m.group(0)) for w in comparisons._AVERAGE_WORDS), text


@pytest.mark.parametrize("text", ["Since 2019", "SİNCE 2019", "ſince", "🔪 KNIFE crime"])
def test_literals_aligned_fold_keeps_positions(text: str) -> None:
    # lower() alone turns İ into two characters; fold_case maps it to one first
    assert aligned_fold(text) == fold_case(text)
    assert len(fold_case(text)) == len(text)


@pytest.mark.parametrize(
    ("source", "flags", "guard"),
    [
        # opens with a lookbehind: the alternatives' first letters
        (r"(?<![\w-])(?:murder|homicide)", re.I, "(?=[mh])"),
        (r"\b\d+", 0, r"(?=[\d])"),
        # zero-width items and optional ones are looked through
        (r"(?<=x)\s*[,;]?\w", 0, r"(?=[\s\x2c\x3b\w])"),
        (r"(?i)\bfoo", 0, "(?=[f])"),
        (r"\b(?:a-z)", 0, "(?=[a])"),
        (r"(?<!\d)[0-9a-c]x", 0, "(?=[0-9a-c])"),
        (r"[0-9a-c]x", 0, None),  # opens with a class: re scans for it already
        (r"knife", re.I, None),  # opens with a literal
        (r"(?:on|off|up)", 0, None),  # a choice of literal characters: re scans for it
        (r"\b(?:on|off|up)", re.I, "(?=[ou])"),
        (r"a?", 0, None),  # can match empty
        (r"\b(?:a|b?)", 0, None),
        (r"\b[^a]b", 0, None),  # a negated class has no positive set
        (r"\b.x", 0, None),
        (r"\b(?i:ab)|c", 0, None),  # a local re.I would widen the set
        (r"\b(?P<a>x)(?P=a)", 0, "(?=[x])"),
        (r"\b(?P<a>x)?(?P=a)y", 0, None),  # a group reference may start a match
    ],
)
def test_literals_first_char_guard_known_cases(source: str, flags: int, guard: str | None) -> None:
    assert first_char_guard(source, flags) == guard


def _matches(pattern: re.Pattern[str], text: str) -> list[tuple]:
    return [(m.span(), m.groups()) for m in pattern.finditer(text)]


def test_literals_compile_scan_matches_like_re_compile_on_random_regexes() -> None:
    rng = random.Random(11)
    guarded = 0
    for _ in range(3000):
        source = rng.choice(["\\b", "(?<!a)", "(?=b|c)", "", "(?<![\\w-])"]) + _random_regex(rng)
        flags = rng.choice([0, re.I])
        plain, scan = re.compile(source, flags), compile_scan(source, flags)
        guarded += scan.pattern != source
        for _ in range(10):
            # (with the letters re.I matches to ASCII ones)
            text = "".join(rng.choice("abcxAB -ſK\u212a") for _ in range(rng.randint(0, 12)))
            assert _matches(scan, text) == _matches(plain, text), (source, flags, text)
    assert guarded > 1000


def _scan_patterns() -> dict[str, re.Pattern[str]]:
    """Every module-level pattern in the extraction code that compile_scan gave a guard."""
    found: dict[str, re.Pattern[str]] = {}
    for mod in _EXTRACTION_MODULES:
        for name, value in vars(mod).items():
            pattern = value.pattern if isinstance(value, GatedPattern) else value
            if isinstance(pattern, re.Pattern) and pattern.pattern.startswith("(?=["):
                found[f"{mod.__name__}.{name}"] = pattern

    lex = load_lexicon()
    for i, (pattern, *_) in enumerate(lex.metric_res):
        found[f"metric {i}"] = pattern
    for name, pattern in (("place_ci", lex.place_ci), ("place_cs", lex.place_cs)):
        if isinstance(pattern, AnchoredPattern):
            pattern = pattern.pattern
        if pattern is not None:
            found[name] = pattern
    return {name: p for name, p in found.items() if p.pattern.startswith("(?=[")}


def _unguarded(pattern: re.Pattern[str]) -> re.Pattern[str]:
    # (a guard's class spells "]" as \x5d: its first "])" is its end)
    source = pattern.pattern.split("])", 1)[1]
    assert first_char_guard(source, pattern.flags) + source == pattern.pattern
    return re.compile(source, pattern.flags)


def test_literals_scan_patterns_match_like_unguarded_ones() -> None:
    patterns = _scan_patterns()
    assert len(patterns) >= 150
    texts = _texts()
    # every golden and dev text, a sample of the real statements, and texts with the letters
    # that re.I folds onto ASCII
    texts = texts[:3000] + texts[3000::25]
    texts += [t.replace("s", "ſ").replace("k", "\u212a") for t in texts[:300]]
    differ = []
    for name, scan in patterns.items():
        plain = _unguarded(scan)
        for text in texts:
            if _matches(scan, text) != _matches(plain, text):
                differ.append((name, text))
    assert differ == []


def test_literals_anchored_pattern_finds_what_finditer_finds() -> None:
    place_ci = load_lexicon().place_ci
    assert place_ci is not None
    texts = _texts()
    texts += ["LONDON, london; Londons crime", "ſt albans and St Albans", "new  york", "#London"]
    differ = [
        t
        for t in texts
        if [m.span() for m in place_ci.finditer(t, aligned_fold(t))]
        != [m.span() for m in place_ci.pattern.finditer(t)]
    ]
    assert differ == []


@pytest.mark.parametrize("words", [[], [""], ["london", ""]])
def test_literals_anchored_pattern_rejects_empty_words(words: list[str]) -> None:
    with pytest.raises(ValueError, match="non-empty"):
        AnchoredPattern(re.compile("x"), words)


def test_literals_ratio_without_fold_matches_like_the_whole_pattern() -> None:
    for text in _texts()[:3000] + ["a tenfold rise, two-fold, x3 and 2.5 times", "TWOFOLD"]:
        ctx = context.Ctx.__new__(context.Ctx)
        ctx.text, ctx.low = text, aligned_fold(text)
        want = [(m.span(), m.groupdict()) for m in comparisons._RATIO_RE.finditer(text)]
        got = [(m.span(), m.groupdict()) for m in comparisons._ratios(ctx, 0, len(text))]
        assert got == want, text
