"""A record corrected within its sentence.

"Knife crime in Birmingham last year was the highest since 2019, not a record." says two
things: the record since 2019, and no record over every year (a denied record). So does
"London's 2025 total wasn't the lowest in a decade, it was the lowest in four years" the other
way round. The record reader reads each half when it stands as a sentence of its own ("... the
highest since 2019. Not a record."); this pass gives it the half after the comma as one, and
keeps the records it finds there.
"""

from __future__ import annotations

import re

from safetynlp.extraction.context import Ctx, within
from safetynlp.extraction.kinds.extremums import records_in
from safetynlp.extraction.literals import compile_scan
from safetynlp.extraction.regex_cache import compile_re

#: after a record: ", not a record", ", it was the lowest in four years", "; but it's the ..."
_TURN_RE = compile_re(
    r"\s*(?:[,;]|\s[—–-])\s*(?:but\s+|and\s+)?(?=not\s+(?:a|an|the)\s|(?:it|that)(?:['’]s|\s+"
    r"(?:was|is))\s+(?:(?:only|just|actually)\s+)?(?:the|a|an)\s)",
    re.I,
)
_CUE_WORDS = compile_scan(r"\b(?:not|it|that)\b", re.I)


def record_turns(ctx: Ctx, sent: tuple[int, int]) -> None:
    text = ctx.text
    records = [c for c in ctx.claims if c.kind == "extremum" and within(c.start, sent)]
    if not records or not _CUE_WORDS.search(text, records[0].end, sent[1]):
        return
    for record in records:
        m = _TURN_RE.match(text, record.end)
        if m is None or any(c.start >= m.end() and within(c.start, sent) for c in ctx.claims):
            continue
        found = [
            c
            for c in records_in(ctx, (m.end(), sent[1]))
            if c.metric == record.metric
            # (a correction turns the claim around: "not a record" after a record said, "it
            # was ..." after one denied)
            and c.negated != record.negated
        ]
        for c in found[:1]:
            c.geography, c.geography_source = record.geography, record.geography_source
            # (the words from the turn: "not a record", "it was the lowest in four years")
            c.start, c.surface = m.end(), text[m.end() : c.end]
            if c.period != record.period and not any(
                m.end() <= t.start < c.end and t.span is not None for t in ctx.times
            ):
                c.period = record.period
            ctx.claims.append(c)
