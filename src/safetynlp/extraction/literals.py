"""Fast regexes over fixed word lists, and cheap literal gates in front of slow regexes.

Python's ``re`` tries every alternative of ``a|b|c|...`` at every position of the text, so a
flat alternation of a hundred place names costs tens of microseconds per post. The same
words folded into a trie (``lo(?:ndon|s\\ angeles)|...``) reject most positions after one
character and give identical matches.
"""

from __future__ import annotations

import re
from collections.abc import Iterable


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
