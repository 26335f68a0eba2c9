"""Fast regexes over fixed word lists, and cheap literal gates in front of slow regexes.

Python's ``re`` tries every alternative of ``a|b|c|...`` at every position of the text, so a
flat alternation of a hundred place names costs tens of microseconds per post. The same
words folded into a trie (``lo(?:ndon|s\\ angeles)|...``) reject most positions after one
character and give identical matches.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from typing import Any

import ahocorasick_rs

from safetynlp.extraction.regex_cache import STORE, compile_re


def trie_source(words: Iterable[str]) -> str:
    """Regex source matching exactly the given literal words, longest first at a position."""
    trie: dict[str, dict] = {}
    for word in words:
        if not word:
            raise ValueError("empty word in a literal list")
        node = trie
        for ch in word:
            node = node.setdefault(ch, {})
        node[""] = {}
    return _node_source(trie)


def _node_source(node: dict[str, dict]) -> str:
    ends_here = "" in node
    kids = sorted((ch, sub) for ch, sub in node.items() if ch)
    if not kids:
        return ""
    parts = [re.escape(ch) + _node_source(sub) for ch, sub in kids]
    body = parts[0] if len(parts) == 1 else "(?:" + "|".join(parts) + ")"
    if ends_here:
        # greedy: the longer word is tried first, the word ending here if that fails
        body = f"(?:{body})?"
    return body


# Under re.IGNORECASE these non-ASCII letters match ASCII ones, yet str.lower() keeps them
# (or, for U+0130, adds a combining dot): folded first, a literal gate stays sound.
_RE_I_TWINS = str.maketrans({"\u0130": "i", "\u0131": "i", "\u017f": "s"})


def fold_case(text: str) -> str:
    """Lower-case ``text`` so that a literal found by a ``re.I`` pattern is a substring."""
    low = text.lower()
    # translate() costs microseconds; most non-ASCII posts (emoji, curly quotes) lack twins
    if low.isascii() or not ("\u0131" in low or "\u017f" in low or "\u0307" in low):
        return low
    return text.translate(_RE_I_TWINS).lower()


Gate = tuple[tuple[str, ...], ...]


def gate_open(low: str, gate: Gate | None) -> bool:
    """Every group of the gate has one of its needles in ``low`` (from ``fold_case``).

    A gate lists literals that every match of some regex must contain, so a closed gate
    means the regex cannot match and need not run.
    """
    if gate is None:
        return True
    for needles in gate:
        for needle in needles:
            if needle in low:
                break
        else:
            return False
    return True


class GateSet:
    """Many named gates, their needles found in one Aho-Corasick pass per text.

    Testing forty gates with ``gate_open`` is hundreds of substring scans of the same text;
    one pass of an automaton over every needle, then set lookups, gives the same answers
    in a fraction of the time. ``found = gates.needles_in(low)`` once per text, then
    ``gates.is_open(name, found)`` for each pattern.
    """

    __slots__ = ("_finder", "_groups", "_by_needle")

    def __init__(self, gates: dict[str, Gate]) -> None:
        needles = sorted({n for gate in gates.values() for group in gate for n in group})
        if any(not n for n in needles):
            raise ValueError("empty needle in a gate")
        # (overlapping: "19" must be found inside "2019" even where "2019" is a needle too)
        self._finder = ahocorasick_rs.AhoCorasick(needles) if needles else None
        self._groups = {
            name: tuple(frozenset(group) for group in gate) for name, gate in gates.items()
        }
        by_needle: dict[str, set[str]] = {}
        for name, gate in gates.items():
            for group in gate:
                for needle in group:
                    by_needle.setdefault(needle, set()).add(name)
        self._by_needle = {n: frozenset(names) for n, names in by_needle.items()}

    def needles_in(self, low: str) -> frozenset[str]:
        if self._finder is None:
            return frozenset()
        return frozenset(self._finder.find_matches_as_strings(low, overlapping=True))

    def open_gates(self, found: frozenset[str]) -> set[str]:
        """The names whose gates ``found = needles_in(low)`` opens: a few set lookups for
        the needles a text holds instead of one test per gate."""
        named: set[str] = set()
        for needle in found:
            named |= self._by_needle.get(needle, frozenset())
        return {name for name in named if self.is_open(name, found)}

    def is_open(self, name: str, found: frozenset[str]) -> bool:
        """``gate_open(low, gates[name])`` for the ``found = needles_in(low)``; a name with
        no gate is always open."""
        groups = self._groups.get(name)
        if groups is None:
            return True
        for group in groups:  # noqa: SIM110 -- a generator per call is slower here
            if found.isdisjoint(group):
                return False
        return True


# ------------------------------------------------------------------ first-character guards

# Flags under which a sub-pattern's first character may differ from what the guard, compiled
# with the outer flags, would accept.
_WIDENING_FLAGS = re.IGNORECASE | re.LOCALE | re.UNICODE
_GLOBAL_FLAGS = re.compile(r"(?:\(\?[aiLmsux]+\))+")


class _NoGuard(Exception):
    """The pattern's first character cannot be told from its parse tree."""


#: the emoji and pictograph code points, for a character class: posts use them as
#: punctuation ("~22k killed 😳", "London ~1.2 🇬🇧")
EMOJI_RANGE = r"\U0001F000-\U0001FAFF\u2600-\u27BF"
#: the marks that open a list's item ("• ", "▪ ", "▸ "); dashes are added where they may too
BULLET_MARKS = "•·*‣◦▪▸►"
#: the harms posts count in the plural ("twice the killings", "as many murders")
HARMS = r"murders|homicides|killings|stabbings|shootings|deaths"
#: words that make a label or an aside a crime figure's, not a person's ("Knife crime: ...",
#: "(robbery, 74)")
CRIME_WORDS = (
    r"crimes?|murders?|homicides?|knife|guns?|robber(?:y|ies)?|burglar(?:y|ies)?|thefts?|"
    r"violence|assaults?|offen[cs]es?|stabbings?|shootings?"
)
#: the words a scornful echo ends on: "Doubled my arse.", "300% my foot."
SCORN_WORDS = r"arse|ass|foot|backside"
#: the nouns a source's own figures go by ("Met data", "GMP figures", "the Met dashboard")
SOURCE_NOUNS_SRC = r"figures|data|numbers|stats|statistics|dashboard"
#: arrows used as a direction or a step ("327 ↓ from 382", "⬇")
ARROW_RANGE = r"\u2190-\u21FF\u2B06\u2B07"


def compile_scan(source: str, flags: int = 0) -> re.Pattern[str]:
    """``re.compile`` for a pattern that is searched for through a text (``search``,
    ``finditer``, ``split``): with a lookahead for the characters a match can start with.

    ``re`` only skips quickly to where a match can start when the pattern opens with a literal
    or a character class; one that opens with a lookbehind (``(?<![\\w-])``), ``\b`` or a
    case-insensitive alternation is tried in full at every position. The guard
    ``(?=[mhk...])`` turns most of those tries into one character test, and changes no match:
    it only holds back positions where the pattern would fail on its first character anyway.
    """
    return compile_re(_with_guard(source, first_char_guard(source, flags)), flags)


def _with_guard(source: str, guard: str | None) -> str:
    if guard is None:
        return source
    opening = _GLOBAL_FLAGS.match(source)
    cut = opening.end() if opening else 0
    return source[:cut] + guard + source[cut:]


def first_char_guard(source: str, flags: int = 0) -> str | None:
    """``(?=[...])`` naming every character a match of ``source`` can start with, or None when
    that set cannot be told, the pattern can match empty, or ``re`` already scans for it."""
    guard: str | None = STORE.derived("guard", source, flags, _first_char_guard)
    return guard


def _first_char_guard(source: str, flags: int) -> str | None:
    from re import _parser  # type: ignore[attr-defined]

    parsed = _parser.parse(source, flags)
    flags |= parsed.state.flags
    items = list(parsed)
    if not items or _scanned_by_re(items, flags):
        return None
    try:
        starts, nullable = _first_items(items, flags)
    except _NoGuard:
        return None
    if nullable:
        return None
    parts: dict[str, None] = {}
    for item in starts:
        for part in _class_parts(item):
            if part is None:
                return None
            parts[part] = None
    return "(?=[" + "".join(parts) + "])"


def _scanned_by_re(items: list[tuple[Any, Any]], flags: int) -> bool:
    """``re`` finds the starts of this pattern itself: it opens with a character or class, or
    (case-sensitive) with a choice of literal characters."""
    from re import _constants as c  # type: ignore[attr-defined]

    op, av = items[0]
    while op is c.SUBPATTERN and not (av[1] or av[2]) and av[3].data:
        op, av = av[3].data[0]
    if op in (c.LITERAL, c.IN):
        return True
    if op is c.BRANCH and not flags & re.IGNORECASE:
        return all(alt.data and alt.data[0][0] is c.LITERAL for alt in av[1])
    return False


def _first_items(items: Iterable[tuple[Any, Any]], flags: int) -> tuple[list[Any], bool]:
    """The items (``LITERAL`` or ``IN`` nodes) one of which a match of ``items`` starts with,
    and whether ``items`` can match the empty string."""
    from re import _constants as c  # type: ignore[attr-defined]

    starts: list[Any] = []
    for op, av in items:
        if op in (c.ASSERT, c.ASSERT_NOT, c.AT):
            continue  # zero width: the next item holds the first character
        if op is c.LITERAL or op is c.IN:
            starts.append((op, av))
            return starts, False
        if op is c.SUBPATTERN:
            if av[1] & _WIDENING_FLAGS and not flags & av[1] & _WIDENING_FLAGS:
                raise _NoGuard
            sub, nullable = _first_items(av[3], flags)
        elif op is c.ATOMIC_GROUP:
            sub, nullable = _first_items(av, flags)
        elif op is c.BRANCH:
            sub, nullable = [], False
            for alt in av[1]:
                got, alt_nullable = _first_items(alt, flags)
                sub += got
                nullable = nullable or alt_nullable
        elif op in (c.MAX_REPEAT, c.MIN_REPEAT, c.POSSESSIVE_REPEAT):
            sub, nullable = _first_items(av[2], flags)
            nullable = nullable or av[0] == 0
        else:
            raise _NoGuard  # ANY, NOT_LITERAL, group references, ...
        starts += sub
        if not nullable:
            return starts, False
    return starts, True


_CATEGORY_CLASS = {
    "CATEGORY_DIGIT": r"\d",
    "CATEGORY_NOT_DIGIT": r"\D",
    "CATEGORY_SPACE": r"\s",
    "CATEGORY_NOT_SPACE": r"\S",
    "CATEGORY_WORD": r"\w",
    "CATEGORY_NOT_WORD": r"\W",
}


def _class_parts(item: tuple[Any, Any]) -> Iterator[str | None]:
    """Character-class pieces for a ``LITERAL`` or ``IN`` node; None for one that has none."""
    from re import _constants as c  # type: ignore[attr-defined]

    for op, av in [item] if item[0] is c.LITERAL else item[1]:
        if op is c.LITERAL:
            yield _class_char(av)
        elif op is c.RANGE:
            yield _class_char(av[0]) + "-" + _class_char(av[1])
        elif op is c.CATEGORY and str(av) in _CATEGORY_CLASS:
            yield _CATEGORY_CLASS[str(av)]
        else:
            yield None  # NEGATE: the class is its complement


def _class_char(code: int) -> str:
    # (letters and digits as themselves: a guard is parsed again with every subset pattern)
    if code < 0x80 and chr(code).isalnum():
        return chr(code)
    return (
        f"\\x{code:02x}"
        if code < 0x100
        else f"\\u{code:04x}"
        if code < 0x10000
        else f"\\U{code:08x}"
    )


# ------------------------------------------------------------------ needles of a regex

_MAX_EXPANSION = 64


def required_literals(pattern: re.Pattern[str] | str, flags: int = 0) -> tuple[str, ...] | None:
    """Lower-cased strings one of which is inside every match of ``pattern`` (None when the
    regex has no such literals), read off its parse tree.

    A literal run that a match must contain, or a group whose every alternative contains
    one, is a needle set; the best is the set whose shortest needle is longest. Lookarounds
    are left out: what they see may lie outside the match. So if none of the needles is in
    ``fold_case(text)[pos:endpos]``, ``pattern.finditer(text, pos, endpos)`` finds nothing.
    """
    if isinstance(pattern, re.Pattern):
        source, flags = pattern.pattern, pattern.flags
    else:
        source = pattern
    needles = STORE.derived("needles", source, flags, _required_literals)
    return None if needles is None else tuple(needles)


def _required_literals(source: str, flags: int) -> list[str] | None:
    from re import _parser  # type: ignore[attr-defined]

    found = _sequence_needles(list(_parser.parse(source, flags)))
    if not found:
        return None
    low = {s.lower() for s in found}
    # "up" already opens the gate wherever "went up" would
    return sorted(s for s in low if not any(o != s and o in s for o in low))


def _literal_options(op: Any, av: Any) -> set[str] | None:
    """The strings an item of a regex matches when it is a pure literal choice, else None."""
    from re import _constants as c  # type: ignore[attr-defined]

    if op is c.LITERAL:
        return {chr(av)}
    if op is c.IN:
        items = av
        if all(o is c.LITERAL for o, _ in items):
            return {chr(v) for _, v in items}
        return None
    if op is c.SUBPATTERN:
        _, add_flags, del_flags, sub = av
        return None if add_flags or del_flags else _all_literal(list(sub))
    if op is c.BRANCH:
        out: set[str] = set()
        for branch in av[1]:
            opts = _all_literal(list(branch))
            if opts is None:
                return None
            out |= opts
            if len(out) > _MAX_EXPANSION:
                return None
        return out
    return None


def _all_literal(items: list[tuple[Any, Any]]) -> set[str] | None:
    cur = {""}
    for op, av in items:
        opts = _literal_options(op, av)
        if opts is None or len(cur) * len(opts) > _MAX_EXPANSION:
            return None
        cur = {a + b for a in cur for b in opts}
    return cur


def _item_needles(op: Any, av: Any) -> set[str] | None:
    from re import _constants as c  # type: ignore[attr-defined]

    if op is c.SUBPATTERN:
        return _sequence_needles(list(av[3]))
    if op is c.ATOMIC_GROUP:
        return _sequence_needles(list(av))
    if op in (c.MAX_REPEAT, c.MIN_REPEAT, c.POSSESSIVE_REPEAT):
        lo, _, sub = av
        return _sequence_needles(list(sub)) if lo >= 1 else None
    if op is c.BRANCH:
        out: set[str] = set()
        for branch in av[1]:
            got = _sequence_needles(list(branch))
            if not got:
                return None
            out |= got
        return out
    return None


def _sequence_needles(items: list[tuple[Any, Any]]) -> set[str] | None:
    candidates: list[set[str]] = []
    run = {""}
    for op, av in items:
        opts = _literal_options(op, av)
        if opts is not None and len(run) * len(opts) <= _MAX_EXPANSION:
            run = {a + b for a in run for b in opts}
            continue
        if run != {""}:
            candidates.append(run)
        run = {""}
        if opts is not None:
            run = opts
            continue
        sub = _item_needles(op, av)
        if sub:
            candidates.append(sub)
    if run != {""}:
        candidates.append(run)
    candidates = [c for c in candidates if "" not in c]
    if not candidates:
        return None
    return max(candidates, key=lambda c: (min(map(len, c)), -len(c)))


class GatedPattern:
    """A compiled regex that is only run where one of its :func:`required_literals` is.

    ``low`` is ``fold_case(text)`` when that keeps the text's length (so positions agree),
    else None, which runs the regex unconditionally.
    """

    __slots__ = ("pattern", "needles", "_finder")

    #: above this many needles one automaton pass beats a substring test per needle
    _MANY_NEEDLES = 6

    def __init__(self, pattern: re.Pattern[str]) -> None:
        self.pattern = pattern
        self.needles = required_literals(pattern)
        self._finder = (
            ahocorasick_rs.AhoCorasick(list(self.needles))
            if self.needles is not None and len(self.needles) > self._MANY_NEEDLES
            else None
        )

    def may_match(self, low: str | None, pos: int, endpos: int) -> bool:
        if self.needles is None or low is None:
            return True
        seg = low[pos:endpos]
        if self._finder is not None:
            return bool(self._finder.find_matches_as_indexes(seg))
        for needle in self.needles:  # noqa: SIM110 -- any() over a generator is slower here
            if needle in seg:
                return True
        return False

    def finditer(
        self, text: str, low: str | None, pos: int, endpos: int
    ) -> Iterator[re.Match[str]]:
        """``pattern.finditer(text, pos, endpos)``, or nothing when no needle is there."""
        if not self.may_match(low, pos, endpos):
            return iter(())
        return self.pattern.finditer(text, pos, endpos)

    def search(self, text: str, low: str | None, pos: int, endpos: int) -> re.Match[str] | None:
        """``pattern.search(text, pos, endpos)``, or None when no needle is there."""
        if not self.may_match(low, pos, endpos):
            return None
        return self.pattern.search(text, pos, endpos)


class AnchoredPattern:
    """A case-insensitive regex whose every match opens with one of a list of words, tried
    only where one of them starts.

    A place-name trie under ``re.IGNORECASE`` can skip no position: every letter might open a
    name. One Aho-Corasick pass over the folded text finds where names start; the regex is
    matched there alone, left to right, as ``finditer`` would find them.
    """

    __slots__ = ("pattern", "_finder")

    def __init__(self, pattern: re.Pattern[str], words: Iterable[str]) -> None:
        self.pattern = pattern
        folded = sorted({fold_case(w) for w in words})
        if not folded or not all(folded):
            raise ValueError("an anchored pattern needs non-empty words")
        self._finder = ahocorasick_rs.AhoCorasick(folded)

    def finditer(self, text: str, low: str | None) -> Iterator[re.Match[str]]:
        """``pattern.finditer(text)``; ``low`` is ``aligned_fold(text)``."""
        if low is None:
            yield from self.pattern.finditer(text)
            return
        starts = sorted(
            {s for _, s, _ in self._finder.find_matches_as_indexes(low, overlapping=True)}
        )
        pos = 0
        for start in starts:
            if start < pos:
                continue
            m = self.pattern.match(text, start)
            if m is not None:
                yield m
                pos = max(m.end(), start + 1)


def split_alternatives(source: str) -> list[str]:
    """The top-level alternatives of a regex source ("a|(?:b|c)|[|]" -> a, (?:b|c), [|])."""
    parts: list[str] = []
    depth = 0
    in_class = False
    start = 0
    i = 0
    while i < len(source):
        ch = source[i]
        if ch == "\\":
            i += 2
            continue
        if in_class:
            if ch == "]":
                in_class = False
        elif ch == "[":
            in_class = True
            # "[]..." and "[^]...": a "]" first in a class is a member, not its end
            j = i + 1
            if source.startswith("^", j):
                j += 1
            if source.startswith("]", j):
                i = j
        elif ch == "(":
            depth += 1
        elif ch == ")":
            depth -= 1
        elif ch == "|" and depth == 0:
            parts.append(source[start:i])
            start = i + 1
        i += 1
    parts.append(source[start:])
    return parts


class SubsetPattern:
    """A big cue regex, run on each text with only the alternatives that could match there.

    ``template`` holds ``{name}`` slots, each filled with a word list written as a regex
    alternation (``rising|rose|went\\s+up|...``). An alternative none of whose
    :func:`required_literals` is in the text cannot match it, so dropping it changes no match
    (the engine tries alternatives in order, and a dropped one fails wherever it is tried).
    One Aho-Corasick pass finds which alternatives are left; the pattern of those is compiled
    once and kept. A hundred-way alternation tried at every word of every sentence was the
    largest single cost of a crime post; most sentences leave two or three alternatives.

    Alternatives must not hold capturing groups (a dropped one would lose its group).
    The interface is :class:`GatedPattern`'s: ``pattern`` is the whole regex.
    """

    __slots__ = (
        "pattern",
        "needles",
        "_template",
        "_flags",
        "_alts",
        "_always",
        "_finder",
        "_owners",
        "_cache",
        "_guard",
    )

    _MAX_CACHED = 2048

    def __init__(self, template: str, flags: int = 0, **slots: str) -> None:
        whole = template.format(**slots)
        # (the whole pattern's guard holds for every subset: one parse, not one per subset)
        self._guard = first_char_guard(whole, flags)
        self.pattern = compile_re(_with_guard(whole, self._guard), flags)
        self.needles = None
        self._template = template
        self._flags = flags
        self._alts = {name: split_alternatives(src) for name, src in slots.items()}
        self._always: dict[str, frozenset[int]] = {}
        owners: dict[str, list[tuple[str, int]]] = {}
        for name, alts in self._alts.items():
            always = set()
            for i, alt in enumerate(alts):
                # (parsed, not compiled: a lexicon holds thousands of alternatives)
                if STORE.derived("groups", alt, flags, _group_count) > 1:
                    raise ValueError(f"alternative {alt!r} holds a capturing group")
                needles = required_literals(alt, flags)
                if needles is None:
                    always.add(i)
                    continue
                for needle in needles:
                    owners.setdefault(needle, []).append((name, i))
            self._always[name] = frozenset(always)
        self._owners = {k: tuple(v) for k, v in owners.items()}
        self._finder = ahocorasick_rs.AhoCorasick(sorted(owners)) if owners else None
        self._cache: dict[tuple[tuple[int, ...], ...], re.Pattern[str] | None] = {}

    def _for(self, segment: str) -> re.Pattern[str] | None:
        active = {name: set(always) for name, always in self._always.items()}
        if self._finder is not None:
            for needle in set(self._finder.find_matches_as_strings(segment, overlapping=True)):
                for name, i in self._owners[needle]:
                    active[name].add(i)
        key = tuple(tuple(sorted(active[name])) for name in self._alts)
        try:
            return self._cache[key]
        except KeyError:
            pass
        if not any(key):
            compiled = None
        else:
            filled = {
                name: "|".join(self._alts[name][i] for i in idx) or "(?!)"
                for name, idx in zip(self._alts, key, strict=True)
            }
            source = self._template.format(**filled)
            compiled = compile_re(_with_guard(source, self._guard), self._flags)
        if len(self._cache) >= self._MAX_CACHED:
            self._cache.clear()
        self._cache[key] = compiled
        return compiled

    def may_match(self, low: str | None, pos: int, endpos: int) -> bool:
        return low is None or self._for(low[pos:endpos]) is not None

    def finditer(
        self, text: str, low: str | None, pos: int, endpos: int
    ) -> Iterator[re.Match[str]]:
        """``pattern.finditer(text, pos, endpos)``, run with the alternatives that can match."""
        if low is None:
            return self.pattern.finditer(text, pos, endpos)
        compiled = self._for(low[pos:endpos])
        return iter(()) if compiled is None else compiled.finditer(text, pos, endpos)


def _group_count(source: str, flags: int) -> int:
    from re import _parser  # type: ignore[attr-defined]

    groups: int = _parser.parse(source, flags).state.groups
    return groups


def last_match(pattern: re.Pattern[str], text: str, start: int, end: int) -> re.Match[str] | None:
    """The last of ``pattern.finditer(text, start, end)``, or None."""
    found = None
    for found in pattern.finditer(text, start, end):  # noqa: B007 -- the last one is wanted
        pass
    return found


def aligned_fold(text: str) -> str | None:
    """``fold_case(text)`` when it has the text's length (almost always), else None."""
    low = fold_case(text)
    return low if len(low) == len(text) else None


#: after a "not": the words that make it agreement, not denial ("That's not far off.", "It
#: isn't wrong.")
AGREEING_NOT_SRC = r"(?!\s+(?:far\s+(?:off|wrong|out)|wrong|bad|a\s+bad)\b)"
#: a word that addresses the believer before the answer: "Mate, it's nowhere near that."
ADDRESS_LEAD_SRC = r"(?:(?:mate|dude|bro|pal|buddy|lads?|guys|sorry|erm|um|lol)[,!.]?\s+)?"
#: what may lead into a believer answered: "Checked, and she's wrong.", "Checked when I got
#: home, and he's wrong.", "Per capita he's wrong."
CHECKED_LEAD_SRC = (
    # ("Checked police.uk and it's more like 5%": a dot inside a word)
    r"(?:(?:i\s+)?(?:checked|looked\s+it\s+up)(?:\s+(?:[^,.:;!?\n\d]|\.(?=\w)){1,30}?)?(?:,?\s+and)?[,:\s]+"
    r"|per\s+(?:head|capita)[,\s]+)?"
)
#: the hedge words a figure may follow in the readers' own patterns ("about 20%", "~45",
#: "c. 1,300", "just over 500"); optional, it ends with the space before the figure
HEDGE_BEFORE_SRC = (
    r"(?:(?:about|around|roughly|approx\.?|approximately|nearly|almost|some|just\s+over|"
    r"just\s+under|over|under)\s+|[~≈]\s*|c\.\s?)?"
)

#: "Sussex Police disagree", "The figures say otherwise": a source set against the say-so
DISAGREES_SRC = (
    r"(?:(?:police|data|figures|numbers|stats|statistics|facts|(?-i:[A-Z][\w&]*)"
    r"(?:\s+(?-i:[A-Z][\w&]*)){0,2})\s+(?:disagrees?|says?\s+otherwise|beg\s+to\s+differ|"
    r"tells?\s+a\s+different\s+story)"
    # ("Police say the opposite, down 5% ...": the official source; not "Headlines say the
    # opposite", which the poster answers)
    r"|(?:police|data|figures|numbers|stats|statistics|the\s+(?-i:ONS|Met|FBI|NYPD))\s+(?:says?|shows?)\s+the\s+opposite"
    # ("Police Scotland's figures don't show that at all.")
    r"|(?:[\w'’]+\s+){0,3}?(?:figures|data|numbers|stats|statistics)\s+(?:don['’]?t|do\s+not|doesn['’]?t|does\s+not)\s+"
    r"(?:show|say|support|back(?:\s+up)?)\s+(?:that|this|it|any\s+of\s+(?:that|this|it))(?:\s+at\s+all)?"
    # ("Not what the data says.")
    # ("That's not what the Home Office's own data show:")
    r"|(?:that['’]?s\s+|that\s+is\s+)?not\s+what\s+(?:the\s+)?(?:[\w'’]+\s+){0,3}?"
    r"(?:data|figures|numbers|stats|statistics)\s+(?:says?|shows?))"
)
#: a source giving its own figure: "Kent Police's annual report actually says 8%", "The Home
#: Office outcomes data has it at about 5%" (the figure follows)
SOURCE_SAYS_SRC = (
    r"(?:the\s+)?(?:[\w'’]+\s+){0,3}?(?:data|figures|numbers|stats|statistics|dashboard|"
    r"(?:annual\s+)?report|survey|bulletin)\s+(?:actually\s+|really\s+)?"
    # ("Police data has it more like 25% for 2022")
    r"(?:says?|shows?|(?:has|have|puts?)\s+(?:it|them)(?:\s+at|(?=\s+(?:more\s+like|closer\s+to|nearer)\b)))"
)
#: the put-right words that open a sentence answering a say-so, shared by the reader of a
#: denial sentence and the say-so keeper that asks whether the next sentence denies: "Not
#: according to the ONS", "Verdict: false", "Birmingham had nowhere near", "Reality:"
NOT_ACCORDING_TO_SRC = r"not\s+according\s+to"
VERDICT_FALSE_SRC = r"(?:our\s+)?(?:verdict|rating)\s*:\s*(?:false|wrong|untrue|misleading|incorrect|mostly\s+false)"
PLACE_NOWHERE_NEAR_SRC = (
    r"(?-i:[A-Z][\w'’]+)(?:\s+(?-i:[A-Z][\w'’]+))?\s+(?:had|has|saw|recorded)\s+nowhere\s+near"
)
REALITY_SRC = r"(?:the\s+)?(?:reality|truth)"
#: "It's the other way round.", "Per capita it's the other way round:": an order turned round
OTHER_WAY_ROUND_SRC = (
    r"(?:(?:it|that)(?:['’]?s|\s+is|\s+was)\s+(?:actually\s+|really\s+|just\s+)?)?(?:the\s+)?"
    r"(?:other|opposite)\s+way\s+(?:round|around)"
)
#: a flat answer's opening, the figure next: "It had 4.", "There were actually 101."
FLAT_ANSWER_LEAD_SRC = (
    r"(?:it|they|there)\s+(?:had|was|were|is|are)\s+(?:(?:only|just|actually|really|in\s+fact)\s+)?"
)
#: "The Post's got it wrong", "He's way off": the say-so's author answered
WRONG_AUTHOR_SRC = (
    r"(?:the\s+)?[\w'’]+(?:\s+[\w'’]+){0,2}?(?:['’]s|['’]ve|\s+has|\s+have)\s+(?:got\s+)?"
    r"(?:it|that|this)\s+(?:all\s+)?wrong"
    r"|(?:he|she|they|(?-i:[A-Z][a-z]+))(?:['’]s|['’]re|\s+is|\s+are|\s+was|\s+were)\s+"
    r"(?:way|miles|well|a\s+long\s+way)\s+off"
)
