"""Informal spellings, read as the words the rules know.

Posts misspell the words a claim turns on ("murderes", "incresed", "jumpin") and glue figures
to them ("up48%"). Rather than teach every pattern every slip, the rules read a respelled copy
of the post, and each claim's offsets are mapped back so that its surface is the post's own
words. The slips and their readings are data (``lexicon.json``, ``spellings``).
"""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass

import ahocorasick_rs

from safetynlp.extraction.literals import trie_source
from safetynlp.extraction.regex_cache import compile_re


@dataclass(slots=True, frozen=True)
class Spellings:
    """The compiled ``spellings`` table: one search finds every slip in a post."""

    #: every slip word, and every glued form, as one alternation (named groups ``w``, ``g``)
    pattern: re.Pattern[str]
    #: lower-cased slip -> the word read instead
    words: dict[str, str]
    #: every slip, and every glued word with each digit after it, lower-cased: most posts
    #: hold none, and one pass of this (``_has_slip``) says so before the pattern runs
    needles: ahocorasick_rs.AhoCorasick
    #: the needles before this index are slip words, the rest glued forms
    n_words: int


def compile_spellings(table: dict[str, object]) -> Spellings | None:
    words = {k.lower(): v for k, v in dict(table.get("words") or {}).items()}  # type: ignore[call-overload]
    glued = list(table.get("glued_before_figure") or [])  # type: ignore[call-overload]
    if not words and not glued:
        return None
    alts = []
    if words:
        # (one trie of the slips, first letters first: a post costs one pass, not a test of
        # every slip at every position)
        alts.append(r"(?<![\w'’-])(?P<w>" + trie_source(words) + r")(?![\w'’-])")
    if glued:
        # ("r up48% since 2019": a figure glued to the word before it)
        alts.append(r"(?<![\w-])(?P<g>" + trie_source(g.lower() for g in glued) + r")(?=\d)")
    # ("Its about 590", "its like 130": "its" for "it's", read so only before a figure or a
    # hedge, where the possessive cannot stand)
    alts.append(
        r"(?<![\w'’-])(?P<c>its)(?=\s+(?:about|around|roughly|like|more\s+like|closer\s+to|nearly|"
        r"almost|over|under|only|just|actually|now|still|up|down)\b|\s*[~≈]\s*\d)"
    )
    needles = [*words, "its", *(g.lower() + d for g in glued for d in "0123456789")]
    return Spellings(
        compile_re("|".join(alts), re.I), words, ahocorasick_rs.AhoCorasick(needles), len(words) + 1
    )


def _joins(ch: str) -> bool:
    """Does ``ch`` belong to the word beside it (the slip pattern's ``[\\w'’-]``)?"""
    return ch.isalnum() or ch in "_'’-"


def _has_slip(low: str, spellings: Spellings) -> bool:
    """Does the lower-cased post hold a slip as the pattern would find it: a slip word whole,
    or a glued form with no word before it? (Most needles also sit inside other words, "r"
    in nearly every post, "shootin" in "shooting": a bare substring test lets nearly every
    post through to the pattern.)"""
    n = len(low)
    for i, s, e in spellings.needles.find_matches_as_indexes(low, overlapping=True):
        if s and (
            _joins(low[s - 1])
            if i < spellings.n_words
            else low[s - 1] in "_-" or low[s - 1].isalnum()
        ):
            continue
        if i < spellings.n_words and e < n and _joins(low[e]):
            continue
        return True
    return False


def _cased_like(word: str, reading: str) -> str:
    if reading.endswith("'s") and reading[:-2] == word[:-1].lower():
        return word[:-1] + "'s"  # ("NYCs" -> "NYC's": a possessive keeps its name's case)
    if word.isupper() and len(word) > 1:
        return reading.upper()
    if word[:1].isupper():
        return reading[:1].upper() + reading[1:]
    return reading


@dataclass(slots=True, frozen=True)
class Respelled:
    """A post with its slips put right, and the way back to the post's offsets."""

    text: str
    #: (start in ``text``, end in ``text``, start in the post, end in the post) of each edit
    edits: tuple[tuple[int, int, int, int], ...]

    def _edit_before(self, pos: int) -> int:
        return bisect_right(self.edits, (pos, float("inf"))) - 1

    def start_in_post(self, pos: int) -> int:
        i = self._edit_before(pos)
        if i < 0:
            return pos
        new_start, new_end, old_start, old_end = self.edits[i]
        # (a claim that starts inside a respelled word starts at the word)
        return old_start if pos < new_end else pos - new_end + old_end

    def end_in_post(self, pos: int) -> int:
        i = self._edit_before(pos - 1)
        if i < 0:
            return pos
        new_start, new_end, old_start, old_end = self.edits[i]
        return old_end if pos <= new_end else pos - new_end + old_end


def respell(text: str, spellings: Spellings | None) -> Respelled | None:
    """The post with its slips put right, or None when it has none."""
    if spellings is None or not _has_slip(text.lower(), spellings):
        return None
    parts: list[str] = []
    edits: list[tuple[int, int, int, int]] = []
    last = 0
    shift = 0
    for m in spellings.pattern.finditer(text):
        word = m.group("w") if "w" in spellings.pattern.groupindex else None
        if word is not None:
            reading = _cased_like(word, spellings.words[word.lower()])
        elif m.group("c") is not None:
            reading = _cased_like(m.group("c"), "it's")
        else:
            reading = m.group("g") + " "
        start, end = m.span()
        parts.append(text[last:start])
        parts.append(reading)
        edits.append((start + shift, start + shift + len(reading), start, end))
        shift += len(reading) - (end - start)
        last = end
    if not edits:
        return None
    parts.append(text[last:])
    return Respelled("".join(parts), tuple(edits))
