"""Clefts that move a claim from one crime (or place) to another.

"It's not knife crime that's rising in Birmingham, it's robbery." says two things: knife
crime is not rising (a denied trend) and robbery is (the same trend, of another series).
"It's attempted murders in Wales that are up 70%, not murders." says them the other way
round, as does "What went up was knife possession, not knife attacks." The readers find the
first claim; this pass denies it where the cleft does, and adds its twin for the words the
cleft sets against it.
"""

from __future__ import annotations

import re
from dataclasses import replace

from safetynlp.extraction.context import Ctx, within
from safetynlp.extraction.literals import compile_scan
from safetynlp.extraction.regex_cache import compile_re
from safetynlp.types import Claim

#: "It's not ...", "It wasn't ...": a cleft that denies its focus
_NOT_FOCUS_RE = compile_scan(
    r"\b(?:it['’]?s\s+not|its\s+not|it\s+(?:is|was)\s+not|it\s+(?:isn['’]?t|wasn['’]?t))\s+"
    # (not "It's not true that ...", "it's not just ...", "it's not even close")
    r"(?!(?:true|right|wrong|false|just|only|even|about|that|a|as|so|the\s+case|clear|over|"
    r"my|your|our|their|his|her|because|like|really|quite|nearly|anywhere|everywhere)\b)",
    re.I,
)
#: the focus's end: "... that's rising", "... that are up 70%"
_THAT_RE = compile_re(
    r"\s+(?:that|which)(?:['’]s|['’]re|\s+(?:is|are|was|were|has|have|had|saw))?\s", re.I
)
#: ", it's robbery": the focus the cleft puts instead (its words up to the clause's end)
_INSTEAD_RE = compile_re(
    r"[ \t]*(?:[,;:]|\s[—–-])[ \t]*(?:but\s+)?(?P<its>it['’]?s|its|it\s+(?:is|was))\s+"
    r"(?P<b>[^,.;:!?\n]{1,80}?)(?=[ \t]*(?:[,.;:!?\n]|$)|\s+(?:that|which)\s)",
    re.I,
)
#: ", not murders.": the focus the cleft sets aside, closing the sentence
_NOT_INSTEAD_RE = compile_re(
    r"[ \t]*,[ \t]*(?:and\s+)?(?P<not>not)\s+"
    # (not a count: "..., and not one teenager was murdered in Lambeth all year")
    r"(?!(?:one|a|an|any|a\s+single|even|all|every|many|much|enough|once|ever)\b)"
    r"(?P<b>(?:the\s+)?[^\d,.;:!?\n\s][^\d,.;:!?\n]{0,40}?)[ \t]*(?=[.!?;\n]|$)",
    re.I,
)
#: "it's shootings, not stabbings, that went up": the cleft's focus and the words it denies
_A_NOT_B_THAT_RE = compile_scan(
    r"\b(?:it['’]?s|its|it\s+(?:is|was))\s+(?P<a>[^\d,.;:!?\n]{2,40}?),\s*not\s+"
    r"(?P<b>[^\d,.;:!?\n]{2,40}?),\s*(?:that|which)(?:['’]s|['’]re|\s+(?:is|are|was|were|has|"
    r"have|had))?\s",
    re.I,
)
#: the focus is the words of a series or a place, not a figure or a clause of its own
_FOCUS_WORDS_RE = compile_re(r"[^\d%]*", re.I)


#: "rose not 40% but 20%": the size put right inside the move's own words
_NOT_X_BUT_Y_RE = compile_scan(
    r"\b(?:(?P<up>rose|risen|increased|grew|jumped|climbed|(?:went|gone)\s+up|up)|"
    r"(?P<down>fell|fallen|decreased|dropped|declined|(?:went|gone|came)\s+down|down))\s+"
    r"(?:by\s+)?(?P<not>not)\s+(?:by\s+)?(?P<xs>(?P<x>\d+(?:\.\d+)?)\s*(?:%|per\s*cent|percent))\s*,?\s+"
    r"but\s+(?:by\s+)?(?:(?:only|just|about|around|roughly|nearly|almost)\s+)?"
    r"(?P<y>\d+(?:\.\d+)?)\s*(?:%|per\s*cent|percent)",
    re.I,
)


def clefts(ctx: Ctx, sent: tuple[int, int]) -> None:
    text = ctx.text
    for m in _NOT_X_BUT_Y_RE.finditer(text, *sent):
        _not_x_but_y(ctx, m)
    seg = ctx.low[sent[0] : sent[1]] if ctx.low is not None else text[sent[0] : sent[1]].lower()
    if "not" not in seg and "n't" not in seg and "n’t" not in seg:
        return
    for m in _NOT_FOCUS_RE.finditer(text, *sent) if "it" in seg else ():
        claim = _focus_claim(ctx, m.start(), m.end(), sent)
        if claim is None:
            continue
        claim.negated = True
        claim.start = min(claim.start, m.start())
        claim.surface = text[claim.start : claim.end]
        instead = _INSTEAD_RE.match(text, claim.end)
        if instead is not None and instead.end("b") <= sent[1]:
            _twin(ctx, claim, instead.start("its"), instead.span("b"), negated=False)
    for m in _A_NOT_B_THAT_RE.finditer(text, *sent) if "it" in seg else ():
        _a_not_b(ctx, m, sent)
    if "not" in seg:
        # (the cleft's "it's ... that" is not needed: "What went up was knife possession, not
        # knife attacks.")
        for claim in [c for c in ctx.claims if within(c.start, sent) and not c.negated]:
            _not_instead(ctx, claim, sent)


def _focus_claim(ctx: Ctx, start: int, focus: int, sent: tuple[int, int]) -> Claim | None:
    """The claim whose series or place the cleft at ``start`` focuses on (its words start
    between "it's" and "that")."""
    that = _THAT_RE.search(ctx.text, focus, min(sent[1], focus + 80))
    if that is None or not _FOCUS_WORDS_RE.fullmatch(ctx.text, focus, that.start()):
        return None
    named = {mm.metric for mm in ctx.metrics if focus <= mm.start < that.start()} | {
        p.place for p in ctx.places if focus <= p.start < that.start()
    }
    return next(
        (
            c
            for c in ctx.claims
            if (start <= c.start < that.start() and c.end > that.end())
            # ("It wasn't Sheffield that hit record shoplifting": the claim's words are the
            # predicate's, its place the focus)
            or (
                that.start() <= c.start <= that.end() + 40
                and (c.geography in named or c.metric in named)
            )
        ),
        None,
    )


def _not_instead(ctx: Ctx, claim: Claim, sent: tuple[int, int]) -> None:
    """ "it's attempted murders that are up 70% this year, not murders.": the denied twin."""
    tail = _NOT_INSTEAD_RE.match(ctx.text, claim.end)
    if tail is not None and tail.end("b") <= sent[1]:
        _twin(ctx, claim, tail.start("not"), tail.span("b"), negated=True)


def _twin(
    ctx: Ctx,
    claim: Claim,
    start: int,
    focus: tuple[int, int],
    *,
    negated: bool,
) -> None:
    """The claim again, of the series or the place named in ``focus``, its words from
    ``start``."""
    metric = next((mm for mm in ctx.metrics if focus[0] <= mm.start and mm.end <= focus[1]), None)
    place = next((p for p in ctx.places if focus[0] <= p.start and p.end <= focus[1]), None)
    if any(
        c is not claim
        and c.kind in ("change", "trend")
        and 0 <= c.start - focus[1] <= 4
        and c.metric == (metric.metric if metric is not None else claim.metric)
        for c in ctx.claims
    ):
        return  # ("it's shoplifting: up about 25% in the year to June": its own move right after)
    if metric is not None and metric.metric is not None and metric.metric != claim.metric:
        twin = replace(
            claim, metric=metric.metric, family=metric.family, metric_phrase=metric.phrase
        )
    elif metric is None and place is not None and place.place != claim.geography:
        twin = replace(claim, geography=place.place, geography_source=place.how)
    else:
        return
    twin.start, twin.end, twin.surface = start, focus[1], ctx.text[start : focus[1]]
    twin.negated = negated
    ctx.claims.append(twin)


def _a_not_b(ctx: Ctx, m: re.Match[str], sent: tuple[int, int]) -> None:
    """ "it's shootings, not stabbings, that went up in London": the claim the predicate
    makes is of the focus's series (or place), and its twin of the words denied."""
    claim = next(
        (c for c in ctx.claims if m.start() <= c.start < m.end() + 40 and c.end > m.end()), None
    )
    if claim is None:
        return
    focus = next(
        (mm for mm in ctx.metrics if m.start("a") <= mm.start and mm.end <= m.end("a")), None
    )
    if focus is not None and focus.metric is not None and focus.metric != claim.metric:
        claim.metric, claim.family, claim.metric_phrase = focus.metric, focus.family, focus.phrase
    claim.start = min(claim.start, m.start())
    claim.surface = ctx.text[claim.start : claim.end]
    before = len(ctx.claims)
    _twin(ctx, claim, claim.start, m.span("b"), negated=True)
    if len(ctx.claims) > before:
        # (both claims are the cleft's one sentence)
        twin = ctx.claims[-1]
        twin.end, twin.surface = claim.end, claim.surface


def _not_x_but_y(ctx: Ctx, m: re.Match[str]) -> None:
    """ "Shootings in London fell not 40% but 14% in 2025": a change of 14%, and the 40% it
    puts right, denied (the readers take the move for a trend with no size)."""
    claim = next(
        (c for c in ctx.claims if c.start <= m.start() < c.end and c.kind in ("trend", "change")),
        None,
    )
    if claim is None:
        return
    sign = -1.0 if m.group("down") else 1.0
    said, denied = sign * float(m.group("y")), sign * float(m.group("x"))
    claim.kind, claim.unit, claim.direction = "change", "percent_change", None
    claim.value = (said, said)
    claim.end = max(claim.end, m.end())
    claim.surface = ctx.text[claim.start : claim.end]
    twin = replace(claim, value=(denied, denied), negated=True)
    twin.start, twin.end = m.start("not"), m.end("xs")
    twin.surface = ctx.text[twin.start : twin.end]
    ctx.claims.append(twin)
