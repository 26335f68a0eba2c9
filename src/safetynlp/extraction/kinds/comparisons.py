"""Comparison claims: one place's figure against another's, in the same sentence.

Multiples give a ratio ("twice as many X as Y", "5 times more X than Y", "TEN times Y's
X"); comparatives give an order ("more X than Y", "lower than both Paris and Berlin",
"overtook Y").
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import replace
from itertools import pairwise

from safetynlp.extraction.context import (
    FRACTION_RE,
    MOVE_WORD_RE,
    QUOTED_RE,
    SIZE_AFTER_RE,
    SOURCE_BEFORE_RE,
    TURN_WORDS_SRC,
    Ctx,
    Periods,
    add,
    apply_hedge,
    change_periods,
    clause_after_moves,
    clause_of,
    figures_between,
    hedge_before,
    interval,
    is_negated,
    levels_just_before,
    metric_for,
    small_number,
    span_of,
    split_clauses,
    unit_of,
    used,
    within,
    words_start,
)
from safetynlp.extraction.lexicon import MetricMention, PlaceMention, national_of
from safetynlp.extraction.literals import (
    EMOJI_RANGE,
    HARMS,
    HEDGE_BEFORE_SRC,
    GatedPattern,
    compile_scan,
    last_match,
)
from safetynlp.extraction.numbers import (
    FRACTIONS,
    MULTIPLIER_WORDS,
    share_percent,
    words_to_number,
)
from safetynlp.extraction.regex_cache import compile_re
from safetynlp.types import Claim

_FRACTION_WORDS = "|".join(
    re.escape(k).replace(r"\ ", r"\s+") for k in sorted(FRACTIONS, key=len, reverse=True)
)
_RATIO_SRC = (
    r"(?<![\w-])(?:(?P<n>(?:\d+(?:\.\d+)?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|a\s+hundred)(?P<half>\s+and\s+a\s+half)?)(?P<plus>\+)?\s*(?:times|x)|(?P<w>twice|double|triple|treble|quadruple|"
    + _FRACTION_WORDS
    + r")|x\s?(?P<x>\d+)|{fold}"
    # ("Toronto had about as many homicides as London": a ratio of about one)
    r"|(?:(?<=about\s)|(?<=almost\s)|(?<=nearly\s)|(?<=roughly\s)|(?<=around\s))"
    # ("London's murder rate is about the same as New York's", "Toronto had about the same
    # murder rate as London")
    r"(?P<same>as\s+(?:many|much)(?:\s+[\w'’-]+){{0,3}}?\s+as|the\s+same(?:\s+(?!(?:size|population|area)\b)[\w'’-]+){{0,3}}?\s+as))(?![\w-])"
)
_RATIO_RE = compile_scan(_RATIO_SRC.format(fold=r"(?P<fold>\w+)[-\s]?fold"), re.I)
# (the "-fold" branch tries every word of a text; where no "fold" is, one that never matches
# keeps its group)
_RATIO_NO_FOLD_RE = compile_scan(_RATIO_SRC.format(fold=r"(?P<fold>x(?<!x))"), re.I)


#: (the words some multiple needs: most sentences hold none)
_RATIO_GATE = GatedPattern(_RATIO_RE)


def _ratios(ctx: Ctx, pos: int, endpos: int) -> Iterator[re.Match[str]]:
    """``_RATIO_RE.finditer(ctx.text, pos, endpos)``."""
    low = ctx.low
    if low is not None and not _RATIO_GATE.may_match(low, pos, endpos):
        return iter(())
    if low is not None and "fold" not in low[pos:endpos]:
        return _RATIO_NO_FOLD_RE.finditer(ctx.text, pos, endpos)
    return _RATIO_RE.finditer(ctx.text, pos, endpos)


_COMPARE_MORE_RE = compile_scan(
    # ("London's homicide rate is now lower than that of Paris, Berlin and New York")
    # (not the "Greater" of "Greater Manchester had more murders than Leeds")
    r"(?P<rel>\b(?:more|fewer|less|higher|lower|greater(?!\s+(?-i:[A-Z]))|worse|safer|deadlier|"
    r"more\s+dangerous)|"
    # ("Rotterdam's murder rate is not as bad as Amsterdam's", "Edinburgh's knife crime isn't
    # as bad as Glasgow's", "nowhere near as bad as Birmingham's")
    r"(?:\bnot|(?<=\w)n['’]t|\bnowhere\s+near)\s+as\s+(?:bad|high|dangerous|violent|deadly))\b"
    # ("Toronto is safer but its homicide rate is higher than London's": the comparative
    # nearest "than" is the one it completes)
    r"(?P<mid>(?:(?!\b(?:more|fewer|less|higher|lower|greater|worse|safer|deadlier)\b)[^.!?]){0,60}?)"
    r"\b(?:than|as)\s+(?:in\s+)?(?:both\s+)?(?:(?:that|those)\s+of\s+)?",
    re.I,
)
#: "London's murder rate is still well below New York's"
_BELOW_ABOVE_RE = compile_scan(
    # "London's murder rate is a fraction of Chicago's"
    r"(?:\b(?:well\s+|far\s+|way\s+)?(?P<rel>below|above|under|(?:only\s+|just\s+)?a\s+(?:small\s+|tiny\s+)?fraction\s+of)"
    # ("LDN 2018 murder count > NYC", "Philly 2025 homicides < LDN's": the signs, between
    # words (not a reply's quote mark opening its line)
    r"|(?<=[\w'’)]\s)(?P<sym>[<>]))\s+(?:that\s+of\s+|those\s+of\s+)?(?=[A-Z])"
)
#: a conjunction and a subject of its own: a clause a change before it does not run into
_CONJUNCTION_CLAUSE_RE = compile_scan(
    r"\s+(?=(?:and|but|whereas|while|though)\s+"
    # ("... and per head it's now below Baltimore")
    r"(?:per\s+(?:head|capita|person)\s*,?\s+)?(?:it\b|it['’]s|its\b|they\b|the\s+"
    r"(?:borough|city|county|force|country|state|region|town|rate)\b|(?-i:[A-Z])"
    # ("Knife crime in Scotland is down 60% since 2006 and now lower per head than in
    # England": the subject left out, the time said)
    r"|(?:(?:is|are|has|have)\s+)?(?:now|still)\b))",
    re.I,
)
_CONJUNCTION_OPENS_RE = compile_re(r"[\s,;]*(?:but|and|while|whereas|though|although|yet)\b", re.I)
#: "than ", "than Paris and ": what comes next is compared with (a list's next item too)
_THAN_JUST_BEFORE_RE = compile_re(
    r"\bthan\s+(?:in\s+)?(?:the\s+)?(?:[^,.;:!?\n]{1,30}?(?:,\s*|\s+and\s+|\s*&\s*))?$", re.I
)
#: "below ", "well above Paris and ": what comes next is what the subject is set against
_BELOW_JUST_BEFORE_RE = compile_re(
    r"\b(?:below|above)\s+(?:(?:that|those)\s+of\s+)?(?:the\s+)?"
    r"(?:[^,.;:!?\n]{1,30}?(?:,\s*|\s+and\s+|\s*&\s*))?$",
    re.I,
)
_OVERTOOK_RE = compile_scan(
    # ("London did not overtake New York for murders in 2019": the base form after "did")
    r"\b(?:overtook|overtaken|overtaking|overtakes?|outstripped|outstrips?|surpassed|surpass(?:es)?|"
    r"outpaced|outpaces?)\b",
    re.I,
)


def _q_index_at(ctx: Ctx, start: int, end: int) -> int | None:
    for i, q in enumerate(ctx.quantities):
        if q.start >= start and q.end <= end:
            return i
    return None


def comparisons(ctx: Ctx, sent: tuple[int, int]) -> None:
    n_claims = len(ctx.claims)
    _comparisons(ctx, sent)
    if len(ctx.claims) > n_claims:
        _multiple_before_order(ctx, ctx.claims[n_claims:])
    _per_head_restated(ctx, sent)
    _clause_against_all(ctx, sent)
    _as_many_in_as_in(ctx, sent)
    _per_head_pronoun_ratio(ctx, sent)
    if len(ctx.claims) > n_claims:
        _after_record_clause(ctx, ctx.claims[n_claims:])
        _but_sized_other_measure(ctx, ctx.claims[n_claims:], sent)


#: "..., in absolute terms but only about 30% higher per head": the order again, sized, on
#: the other measure
_BUT_OTHER_MEASURE_RE = compile_re(
    r"(?:['’]s?)?(?P<m1>\s+(?:in\s+(?:absolute|raw)\s+(?:terms|numbers)|per\s+(?:head|capita|person)))?"
    r"\s*,?\s+but\s+(?:(?:only|just|still)\s+)?"
    r"(?P<h>(?:about|around|roughly|approx\.?|approximately|nearly|almost|some|over|under)\s+)?"
    r"(?P<n>\d+(?:\.\d+)?)\s*(?:%|per\s*cent)\s+(?:(?P<up>higher|more|greater|worse)|lower|fewer|less|better)"
    r"\s+(?P<m2>per\s+(?:head|capita|person)|in\s+(?:absolute|raw)\s+(?:terms|numbers))\b",
    re.I,
)


def _but_sized_other_measure(ctx: Ctx, new: list[Claim], sent: tuple[int, int]) -> None:
    """ "Car thefts in Birmingham are twice Manchester's in absolute terms but only about 30%
    higher per head": each measure's order is a claim, the second sized by its percent."""
    for c in new:
        if c.kind != "comparison" or not isinstance(c.other_geography, str) or c.end > sent[1]:
            continue
        m = _BUT_OTHER_MEASURE_RE.match(ctx.text, c.end, sent[1])
        if m is None:
            continue
        per_head = m.group("m2").lower().startswith("per")
        if m.group("m1"):
            c.unit = "count" if per_head else "rate_per_100k"
        share = float(m.group("n")) / 100
        if share >= 1 and not m.group("up"):
            continue
        start = m.start("h") if m.group("h") else m.start("n")
        hedge, _ = hedge_before(ctx, m.start("n"))
        ctx.claims.append(
            replace(
                c,
                start=start,
                end=m.end(),
                surface=ctx.text[start : m.end()],
                value=interval(*apply_hedge(1 + share if m.group("up") else 1 - share, hedge)),
                unit="rate_per_100k" if per_head else "count",
                relation="ratio",
                negated=False,
            )
        )
        ctx.used_spans.append((start, m.end()))
        q = _q_index_at(ctx, m.start("n"), m.end())
        if q is not None:
            ctx.used_q.add(q)


#: "Glasgow vs Edinburgh: 21 vs 9. Glasgow's only about 20% bigger, so per head it's nearly
#: twice as deadly": "it", per head, a multiple of the other of the two places just given
_PRONOUN_PER_HEAD_RE = compile_scan(
    r"\bper\s+(?:head|capita|person)\s*,?\s*(?:(?:it|that)(?:['’]s|\s+(?:is|was))|they(?:['’]re|\s+(?:are|were))"
    # ("So per head Chicago was only about a third worse.", "Per head Dallas came out about a
    # third lower.")
    r"|(?P<pl>(?-i:[A-Z])[\w.'’-]*(?:\s+(?-i:[A-Z])[\w.'’-]*){0,2})\s+(?:is|was|came\s+out|comes\s+out|ended\s+up))\s+"
    r"(?:(?:still|only|actually|now|even|probably)\s+)*$",
    re.I,
)
_WORSE_AFTER_RE = compile_re(
    r"\s+(?:(?P<up>worse|higher|more|as\s+(?:deadly|bad|high|violent|dangerous|murderous))|(?P<down>lower|better|less))\b",
    re.I,
)


def _per_head_pronoun_ratio(ctx: Ctx, sent: tuple[int, int]) -> None:
    text = ctx.text
    low = ctx.low or text.lower()
    if low.find("per ", sent[0], sent[1]) < 0:
        return
    for m in _ratios(ctx, sent[0], sent[1]):
        hedge, hstart = hedge_before(ctx, m.start())
        if used(ctx, m.start(), m.end()):
            continue
        lead = _PRONOUN_PER_HEAD_RE.search(text, max(sent[0], hstart - 40), hstart)
        if lead is None:
            continue
        tail = _WORSE_AFTER_RE.match(text, m.end(), sent[1])
        ratio = _ratio_value(m)
        if ratio is None:
            continue
        # the two places of the last two figures of one metric before it
        levels = [
            c
            for c in ctx.claims
            if c.kind == "level" and c.end <= hstart and sent[0] - c.end <= 300 and c.period
        ]
        order = None
        if len(levels) < 2 or levels[-2].metric != levels[-1].metric:
            # ("> Sweden's gun homicide rate is higher than the UK's / Way higher. Per head
            # it's roughly 30x.": or the two an order just before ranked)
            order = next(
                (
                    c
                    for c in reversed(ctx.claims)
                    if c.kind == "comparison"
                    and c.relation == "greater"
                    and not c.negated
                    and c.end <= hstart
                    and sent[0] - c.end <= 300
                    and c.period
                    and isinstance(c.geography, str)
                    and isinstance(c.other_geography, str)
                ),
                None,
            )
            if order is None:
                return
        if tail is None and order is None:
            continue
        if ratio < 1:
            if tail is None:
                continue
            # "a third worse", "a third lower": the fraction more or less than the other
            ratio = 1 + ratio if tail.group("up") else 1 - ratio
        elif tail is not None and tail.group("down"):
            continue
        series = order or levels[-1]
        if order is not None:
            a, b = order.geography, order.other_geography
        else:
            a, b = levels[-2].geography, levels[-1].geography
            # ("Philadelphia 269 / Chicago 573 / New York 377 / Philly has roughly a fifth of
            # New York's population, so per capita it's about 3.5x worse": the two the
            # sentence names)
            figured = {c.geography for c in levels if c.metric == levels[-1].metric}
            in_sent = list(
                dict.fromkeys(
                    p.place
                    for p in ctx.places
                    if sent[0] <= p.start < hstart and p.place in figured
                )
            )
            if len(in_sent) == 2:
                a, b = in_sent
        if not isinstance(a, str) or not isinstance(b, str) or a == b:
            return
        # ("Glasgow's only about 20% bigger, so per head it's ...": "it" is the place the
        # clause before named first)
        if lead.group("pl"):
            subject = next((p for p in ctx.places if p.start == lead.start("pl")), None)
            if subject is None or subject.place not in (a, b):
                continue
            named = subject.place
        else:
            named = next(
                (p.place for p in ctx.places if sent[0] <= p.start < hstart and p.place in (a, b)),
                a,
            )
        other = b if named == a else a
        metric = next((mm for mm in ctx.metrics if mm.metric == series.metric), None)
        if metric is None:
            return
        _add_multiple(
            ctx,
            m,
            ratio,
            hedge,
            sent=sent,
            start=lead.start(),
            end=tail.end() if tail is not None else m.end(),
            metric=metric,
            pos=m.start(),
            unit="rate_per_100k",
            periods=Periods(span_of(series.period), None, True),  # type: ignore[arg-type]
            negated=is_negated(ctx, lead.start(), m.start()),
            place=named,
            place_how="context",
            other=other,
        )
        return


def _add_multiple(
    ctx: Ctx,
    m: re.Match[str],
    ratio: float,
    hedge: str | None,
    *,
    sent: tuple[int, int],
    start: int,
    end: int,
    metric: MetricMention,
    pos: int,
    unit: str,
    periods: Periods,
    negated: bool,
    place: str,
    place_how: str,
    other: str,
) -> None:
    """A comparison of ``place`` against ``other`` by the multiple ``m`` says (hedged), whose
    figure is no quantity of its own."""
    lo, hi = apply_hedge(ratio, hedge)
    qi = _q_index_at(ctx, m.start(), m.end())
    if qi is not None:
        ctx.used_q.add(qi)
    add(
        ctx,
        kind="comparison",
        start=start,
        end=end,
        metric=metric,
        pos=pos,
        clause=sent,
        sent=sent,
        value=interval(lo, hi),
        unit=unit,
        periods=periods,
        negated=negated,
        place=place,
        place_how=place_how,
        other_geography=other,
        relation="ratio",
    )


#: "Three times as many people were murdered in Glasgow as in Edinburgh in 2023": the
#: multiple and what it counts, then each place after its own "in"
_AS_MANY_WORDS_RE = compile_re(r"\s+as\s+(?:many|much)\s+", re.I)
_IN_BEFORE_RE = compile_re(r"\bin\s+(?:the\s+)?$", re.I)
_AS_IN_GAP_RE = compile_re(r"(?:['’]s)?\s+as\s+(?:in\s+)?(?:the\s+)?", re.I)


def _as_many_in_as_in(ctx: Ctx, sent: tuple[int, int]) -> None:
    text = ctx.text
    low = ctx.low or text.lower()
    if low.find(" as ", sent[0], sent[1]) < 0:
        return
    for m in _ratios(ctx, sent[0], sent[1]):
        many = _AS_MANY_WORDS_RE.match(text, m.end(), sent[1])
        if many is None or used(ctx, m.start(), m.end()):
            continue
        places = [p for p in ctx.places if many.end() <= p.start < sent[1]]
        pair = next(
            (
                (a, b)
                for a, b in pairwise(places)
                if a.place != b.place
                and _IN_BEFORE_RE.search(text, max(many.end(), a.start - 8), a.start)
                and _AS_IN_GAP_RE.fullmatch(text, a.end, b.start)
            ),
            None,
        )
        if pair is None:
            continue
        a, b = pair
        metric = next(
            (mm for mm in ctx.metrics if many.end() <= mm.start and mm.end <= a.start), None
        )
        ratio = _ratio_value(m)
        if metric is None or ratio is None:
            continue
        hedge, hstart = hedge_before(ctx, m.start())
        _add_multiple(
            ctx,
            m,
            ratio,
            hedge,
            sent=sent,
            start=min(hstart, m.start()),
            end=b.end,
            metric=metric,
            pos=a.start,
            unit=unit_of(ctx, metric, sent),
            periods=change_periods(ctx, sent, sent, want_baseline=False),
            negated=is_negated(ctx, max(sent[0], m.start() - 20), m.start()),
            place=a.place,
            place_how=a.how,
            other=b.place,
        )
        return


#: "..., per capita it's closer to 3x": the multiple said again per head of population
_PER_HEAD_RESTATED_RE = compile_scan(
    r"\b(?:but\s+)?per\s+(?:capita|head|person),?\s+(?:it['’]s|it\s+is|that['’]s|the\s+gap\s+is|"
    r"it\s+(?:drops|falls|shrinks|narrows)\s+to)\s+"
    # ("Per capita it's way worse, closer to 15x")
    r"(?:(?:(?:way|much|far|even|a\s+lot|still)\s+)*(?:worse|higher|bigger|wider)\s*[,:;–—-]\s*)?"
    r"(?:(?:closer\s+to|more\s+like|nearer|about|around|"
    r"roughly|only|just|still|actually)\s+)*(?=\S)",
    re.I,
)


#: "... and its rate was roughly double": the rate's multiple after an order of two places
_RATE_RESTATED_RE = compile_scan(
    r"\b(?:and\s+|but\s+)?(?:its|their|the)\s+(?:per\s+(?:capita|head)\s+)?"
    r"(?:(?:murder|homicide|killing|violent\s+crime|knife\s+crime|gun\s+crime)\s+)?rate\s+"
    r"(?:was|is|were|came\s+(?:out|in)\s+(?:at\s+)?)\s*"
    r"(?:(?:about|around|roughly|nearly|almost|over|more\s+than|close\s+to|closer\s+to|"
    r"only|just|still|actually)\s+)*(?=\S)",
    re.I,
)
_LEAD_CONJ_RE = compile_re(r"(?:(?:and|but)\s+)?", re.I)
_RATIO_ENDS_RE = compile_re(
    r"(?:\s+(?:as\s+high|higher|bigger|greater|worse)(?:\s+(?:there|again))?)?\s*(?:[.!?;,)]|$|\n)",
    re.I,
)


def _per_head_restated(ctx: Ctx, sent: tuple[int, int]) -> None:
    """ "NYC had about 3.5x as many murders as London last year, per capita it's closer to
    3x": a second ratio of the same two places, on rates ("Paris had more homicides than
    London in 2023 and its rate was roughly double": the rates' ratio after their order)."""
    text = ctx.text
    low = ctx.low or text.lower()
    if not ctx.claims or (low.find("per ", *sent) < 0 and low.find("rate ", *sent) < 0):
        return  # (cheap first: no "per" or "rate" in the sentence, or no claim before it)
    hits: list[tuple[re.Match[str], tuple[str, ...]]] = [
        (m, ("ratio",)) for m in _PER_HEAD_RESTATED_RE.finditer(text, sent[0], sent[1])
    ]
    hits += [
        (m, ("ratio", "greater", "less"))
        for m in _RATE_RESTATED_RE.finditer(text, sent[0], sent[1])
    ]
    for m, relations in hits:
        ratio_m = next(iter(_ratios(ctx, m.end(), min(sent[1], m.end() + 20))), None)
        if ratio_m is None or ratio_m.start() != m.end():
            continue
        if relations != ("ratio",) and not _RATIO_ENDS_RE.match(text, ratio_m.end()):
            continue  # ("its rate was roughly double London's": read with its own place)
        ratio = _ratio_value(ratio_m)
        prev = next(
            (
                c
                for c in reversed(ctx.claims)
                if c.kind == "comparison"
                and c.relation in relations
                and c.other_geography is not None
                and c.end <= m.start()
                and c.start >= max(0, sent[0] - 300)
            ),
            None,
        )
        if ratio is None or prev is None or prev.period is None:
            continue
        metric = next((mm for mm in ctx.metrics if mm.metric == prev.metric), None)
        if metric is None:
            continue
        if prev.start >= sent[0] and _AS_MANY_RE.search(text, prev.start, prev.end):
            prev.unit = "count"  # ("3.5x as many murders as London, per capita ...": counts)
        hedge, _ = hedge_before(ctx, ratio_m.start())
        if hedge is None and _ROUGH_RESTATED_RE.search(m.group(0)):
            hedge = "hedge_approx"  # "more like 5x", "nearer 3x"
        qi = _q_index_at(ctx, ratio_m.start(), ratio_m.end())
        if qi is not None:
            ctx.used_q.add(qi)
        add(
            ctx,
            kind="comparison",
            start=lead.end() if (lead := _LEAD_CONJ_RE.match(text, m.start())) else m.start(),
            end=ratio_m.end(),
            metric=metric,
            pos=m.start(),
            clause=(m.start(), sent[1]),
            sent=sent,
            value=interval(*apply_hedge(ratio, hedge)),
            unit="rate_per_100k",
            relation="ratio",
            place=prev.geography,
            place_how=prev.geography_source,
            other_geography=prev.other_geography,
            periods=Periods(span_of(prev.period), None, True),
        )


_AS_MANY_RE = compile_scan(r"\bas\s+many\b", re.I)
_ROUGH_RESTATED_RE = compile_re(r"\b(?:closer\s+to|more\s+like|nearer)\b", re.I)


#: "Gun crime per head is like 4x higher in Birmingham than London": a multiple said before
#: the order (and before the places it orders)
_MULTIPLE_BEFORE_ORDER_RE = compile_scan(
    r"(?<![\w.])(?P<n>\d+(?:\.\d+)?)\s*(?:x|times)\s+(?:higher|more|greater|worse|bigger)\b", re.I
)


def _multiple_before_order(ctx: Ctx, new: list[Claim]) -> None:
    for c in new:
        if c.kind != "comparison" or c.relation != "greater" or c.value is not None:
            continue
        m = _MULTIPLE_BEFORE_ORDER_RE.search(ctx.text, c.start, c.end)
        if m is None:
            continue
        hedge, _ = hedge_before(ctx, m.start())
        c.relation = "ratio"
        c.value = interval(*apply_hedge(float(m.group("n")), hedge))


#: a record said in a clause of its own before the order: "Oakland's homicides last year were
#: the most since 2006, and more than San Francisco's per head by a mile"
_RECORD_CLAUSE_RE = compile_scan(
    r"\b(?:the\s+)?(?:lowest|highest|most|fewest|worst|best|quietest|calmest|safest|deadliest|"
    r"bloodiest)\b[^,;.!?]{0,40}?"
    r"\b(?:since\s+(?:records\s+began|(?:19|20)\d\d)|on\s+record|ever|"
    r"in\s+(?:(?:over|more\s+than|almost|nearly|at\s+least)\s+)?(?:a|an|\w+)\s+(?:years?|decades?|century|generation))\b"
    r"[^,;.!?]{0,20}?(?P<cut>\s*[,;]\s*(?:(?:and|but|yet|though|while)\s+)?|\s+(?:and|but|yet|while)\s+)",
    re.I,
)


def _after_record_clause(ctx: Ctx, new: list[Claim]) -> None:
    """ "Homicides in Canada hit the highest level since 1992 last year, but the national rate
    is still about a quarter of the US's": the order's words start after the record's clause,
    which the record reader reads as a claim of its own."""
    for c in new:
        if c.kind != "comparison":
            continue
        m = last_match(_RECORD_CLAUSE_RE, ctx.text, c.start, c.end)
        if m is None or m.end("cut") >= c.end or (c.start, c.end) not in ctx.used_spans:
            continue
        ctx.used_spans.remove((c.start, c.end))
        c.start = m.end("cut")
        c.surface = ctx.text[c.start : c.end]
        ctx.used_spans.append((c.start, c.end))


_COUNT_SUBJECT_RE = compile_re(
    r"['’]s?\s+(?:raw\s+)?(?:count|total|tally)\s+(?:was|is|were|came\s+to)\s+", re.I
)


#: the place named before, taken up by its kind: "the city's", "the force's"
_THE_PLACES_SRC = r"the\s+(?:city|force|borough|country|state)['’]s"
#: a sentence whose subject takes up the place before: "Its rate ...", "The city's rate ..."
_TAKEN_UP_RE = compile_re(
    rf"[\W_]*(?:(?:and|but|so)\s+)?(?:its|their|{_THE_PLACES_SRC})\s+"
    r"(?:(?:homicide|murder|crime)\s+)?rates?\b",
    re.I,
)


#: "..., per head." ending the sentence after the place compared with
_PER_HEAD_TAIL_RE = compile_re(r"(?:['’]s)?\s*,\s*per\s+(?:head|capita|person)\s*(?:[.!]|$)", re.I)
#: the crime an order is of, named after the place compared with
_CRIME_NAMED_AFTER_RE = compile_re(
    r"(?:['’]s)?\s*,?\s+(?:when\s+it\s+comes\s+to|for|on|in\s+terms\s+of)\s+(?:the\s+)?", re.I
)


def _comparisons(ctx: Ctx, sent: tuple[int, int]) -> None:
    text = ctx.text
    s0, s1 = sent
    sent_places = [(i, p) for i, p in enumerate(ctx.places) if within(p.start, sent)]
    if (
        not sent_places
        and s0 > 0
        # (a country's average or rate named: most sentences skip the scan)
        and (ctx.low is None or "average" in ctx.low[s0:s1] or "national" in ctx.low[s0:s1])
        and _AVERAGE_RE.search(text, s0, s1)
    ):
        _average_after_rate(ctx, sent)
    if (
        sent_places
        # (every match ends on one of these words: most sentences skip the scan)
        and (ctx.low is None or any(w in ctx.low[s0:s1] for w in _AVERAGE_WORDS))
        and _AVERAGE_RE.search(text, s0, s1)
    ):
        avg = _against_average(ctx, sent, sent_places[0][1])
        # "30% above the London average (and more than double Richmond's)": the average's
        # place is no subject of the next comparison
        sent_places = [(i, p) for i, p in sent_places if p is not avg]
    # ("Per head New York is still about 3x worse, and it's the one Americans call safe":
    # a place after the multiple's words does not stop it; "NYC has roughly the same
    # population, so per head New York is about 3.5x worse": nor one before them)
    for _, p in sent_places:
        n_claims = len(ctx.claims)
        _elliptic_ratio(ctx, sent, p)
        if len(ctx.claims) == n_claims:
            _elliptic_percent_gap(ctx, sent, p)
        if len(ctx.claims) > n_claims:
            break
    if sent_places:
        # ("Thats more than four times London, and Chicago is about a third the size")
        _thats_ratio_of(ctx, sent, sent_places[0][1])
        _thats_more_than(ctx, sent, sent_places[0][1])
    if not sent_places or all(
        # ("Roughly three times as many, and it's the city Americans call safe": the place
        # is in a clause after the multiple's; "Twice as high in Glasgow": one of the two)
        p.start > ctx.text.find(",", s0, s1) > 0
        or _AS_HIGH_IN_BEFORE_RE.search(ctx.text, max(s0, p.start - 24), p.start)
        # ("That's more than three times as many and people here still act like London is
        # Gotham")
        or _AND_CLAUSE_BEFORE_RE.search(ctx.text, s0, p.start)
        # ("Toronto homicides 2020: 71. London: ~130. so LDN ~1.8x the count": one of the two
        # places, the multiple's subject)
        or (
            _BARE_RATIO_RE.fullmatch(ctx.text, s0, p.start) is not None
            and _SUBJECT_RATIO_AFTER_RE.match(ctx.text, p.end, s1) is not None
        )
        # ("So roughly double the England and Wales average": the average's place)
        or (
            _AVG_AFTER_PLACE_RE.match(ctx.text, p.end) is not None
            and _MULTIPLE_THE_BEFORE_RE.search(ctx.text, s0, p.start) is not None
        )
        for _, p in sent_places
    ):
        _ratio_of_levels_before(ctx, sent)
    for _, p in sent_places:
        if any(
            _RATE_AFTER_RE.match(ctx.text, q.end) for q in figures_between(ctx, sent[0], p.start)
        ):
            # "That's a rate of roughly 1.4 per 100,000, lower than London's": the rate before
            # is read first, and the order after it (late_elliptic_orders)
            continue
        _elliptic_order(ctx, sent, p)
    if len(sent_places) < 2 and not (
        # "Berlin's not some safe haven. Its murder rate is higher than London's.": the one
        # place is the one compared with; "its" is the place the sentence before named
        sent_places
        and _PRONOUN_SUBJECT_RE.match(text, s0, s1)
        and any(p.end <= s0 for p in ctx.places)
    ):
        return
    _out_verb(ctx, sent, [p for _, p in sent_places])
    _to_one(ctx, sent, sent_places)
    # multiples: "twice as many X as Y", "5 times more X than Y", "TEN times Y's X", "double Y's"
    ratio_cue: tuple[int, int] | None = None
    compared: set[int] = set()  # starts of the places a multiple compared with
    for m in _ratios(ctx, s0, s1):
        if ratio_cue is not None and not _AND_NEXT_RATIO_RE.fullmatch(
            text, ratio_cue[1], min(hedge_before(ctx, m.start())[1], m.start())
        ):
            # one multiple a sentence, and the one coordinated with it: "roughly four times
            # New York's and about 20 times London's"
            break
        if SIZE_AFTER_RE.match(text, m.end()) and not _PEOPLE_HARMED_RE.match(text, m.end()):
            continue  # "Houston's only ~1.7x bigger": the cities' sizes, not their crime
        others = [
            (i, p)
            for i, p in sent_places
            if p.start >= m.end()
            and p.how != "demonym"  # "only half of Londoners reckon ...": a share of people
            and (
                re.fullmatch(
                    # ("3 times worse per head than London")
                    r"\s*(?:(?:as\s+many|as\s+much|more|higher|fewer|less|lower|worse|as\s+high|as\s+bad|as\s+(?:deadly|dangerous|murderous|violent)|the|that|those)\b[^.!?]{0,40}?\b(?:as|than|of)\s+(?:in\s+)?(?:the\s+whole\s+of\s+|all\s+of\s+|the\s+)?|of\s+(?:the\s+)?|"
                    # ("about a third below Enfield's": a fraction less than the other place's)
                    r"(?:above|below)\s+(?:(?:that|those)\s+of\s+)?(?:the\s+)?|"
                    # ("about twice the rate in England and Wales")
                    r"the\s+(?:rate|figure|number|total|level|count)s?\s+(?:in|for|across)\s+(?:the\s+)?|)",
                    text[m.end() : p.start],
                    re.I,
                )
                is not None
                # ("about 2.4x the West Midlands' homicides": a place named with "the")
                or (
                    re.fullmatch(r"\s*the\s+", text[m.end() : p.start], re.I) is not None
                    and text[p.end : p.end + 1] in ("'", "’")
                )
                # ("London accounted for nearly a third of all knife crime in England and
                # Wales": a fraction of the crime of the place that holds the subject)
                or (
                    _SHARE_OF_ALL_GAP_RE.fullmatch(text, m.end(), p.start) is not None
                    and any(m.end() <= mm.start and mm.end <= p.start for mm in ctx.metrics)
                )
                # "~3x the London avg": the place's own average, named after it
                or (
                    re.fullmatch(r"\s*the\s+", text[m.end() : p.start], re.I) is not None
                    and _PLACE_AVERAGE_AFTER_RE.match(text, p.end) is not None
                )
                # "three and a half times the homicides London did"
                or (
                    re.fullmatch(r"\s*the\s+(?:[\w-]+\s+){1,3}", text[m.end() : p.start], re.I)
                    is not None
                    and re.match(
                        r"\s+(?:did|had|has|does|recorded|saw|managed)\b",
                        text[p.end : p.end + 12],
                        re.I,
                    )
                    is not None
                )
            )
            and (
                text[m.end() : p.start].strip() != ""
                # ("about as many homicides as London in 2023": the "as" is the ratio's)
                or m.group("same") is not None
                or re.match(r"(?:['’]s?|s)(?!\w)", text[p.end : p.end + 3]) is not None
                # "Chicago had 695 homicides, more than five times London."
                # ("> US murder rate is about 5x England and Wales\nAbout right.": the line's end)
                or re.match(r"[ \t]*(?:[.!?;\n]|$)", text[p.end : p.end + 2]) is not None
                # ("so Chicago ~4x London 💀": an emoji ends the line)
                or re.match(
                    rf"[ \t]*[{EMOJI_RANGE}\ufe0f]+[ \t]*(?:[.!?\n]|$)", text[p.end : p.end + 8]
                )
                is not None
                # ("So NYC is roughly three times London and people still call London a
                # hellhole")
                # ("Toronto was roughly 2.5x Montreal, for a city that isn't twice the size")
                or re.match(
                    r"\s*,?\s+(?:and|but|yet|so|for|with|despite)\s", text[p.end : p.end + 10]
                )
                is not None
                # "So NYC was double London per head."
                or re.match(r"\s+per\s+(?:head|capita|person)\b", text[p.end : p.end + 14], re.I)
                is not None
            )
        ]
        if not others:
            continue
        _, other = others[0]
        if _POPULATION_AFTER_RE.match(text, other.end):
            continue  # "with about a third of New York's population": the sizes, not the crime
        firsts = [
            (i, p)
            for i, p in sent_places
            if p.end <= m.start()
            # "according to the Met dashboard": a source, not the subject (but "A columnist
            # says Glasgow's murder rate is twice London's": a city is what is said of)
            and not (
                (p.how == "entity" or ":" in text[p.end : m.start()])
                and SOURCE_BEFORE_RE.search(text, max(s0, p.start - 24), p.start)
            )
        ]
        if (
            "'" in text[s0 : m.start()]
            or '"' in text[s0 : m.start()]
            or "‘" in text[s0 : m.start()]
        ):
            # ("For the 'London is more dangerous than NYC' crowd: New York had 295 murders,
            # more than double London's": the places quoted are another claim's)
            quoted = [q.span() for q in QUOTED_RE.finditer(text, s0, m.start())]
            firsts = [(i, p) for i, p in firsts if not any(a <= p.start < b for a, b in quoted)]
        # ("2.4 per 100,000 in Glasgow, against 1.1 in Edinburgh, so roughly twice Edinburgh's
        # rate": the place compared with is not its own subject)
        firsts = [(i, p) for i, p in firsts if p.place != other.place]
        if len(firsts) > 1 and firsts[-1][1].start in compared:
            # ("DC's murder rate was roughly four times New York's and about 20 times
            # London's": the place the multiple before compared with is no subject)
            firsts = [(i, p) for i, p in firsts if p.start not in compared]
        subject_after = False
        if not firsts:
            # "6x more people were murdered in Philly than London": the subject after the
            # multiple, in the words before "than"
            firsts = [
                (i, p)
                for i, p in sent_places
                if m.end() <= p.start
                and p.end <= other.start
                and _IN_PLACE_THAN_RE.fullmatch(text, p.end, other.start)
                and re.search(r"\b(?:in|across)\s+(?:the\s+)?$", text[m.end() : p.start], re.I)
            ]
            if not firsts:
                # ("Chicago had 561 homicides in 2018. Its rate is still roughly 20 per
                # 100,000, about four times New York's": the place the sentence before was
                # about, taken up by "its", "the city's")
                prior = next(
                    (
                        c
                        for c in reversed(ctx.claims)
                        if s0 - 200 <= c.start < s0
                        and isinstance(c.geography, str)
                        and c.geography != other.place
                    ),
                    None,
                )
                if (
                    prior is None
                    or not isinstance(prior.geography, str)
                    or not _TAKEN_UP_RE.match(text, s0)
                ):
                    continue
                firsts = [(-1, PlaceMention(s0, s0, prior.geography, "context"))]
            else:
                subject_after = True
        _, first = firsts[-1]
        if re.search(r"\bthan\b", text[firsts[0][1].end : first.start], re.I) and not (
            # (not "... more robberies than Hackney, and Westminster had roughly twice as many
            # as Tower Hamlets": the subject of a clause of its own)
            re.search(
                r",\s*(?:and|but|while|whereas)\s+$", text[firsts[0][1].end : first.start], re.I
            )
            and _CLAUSE_VERB_AFTER_RE.match(text, first.end)
        ):
            # "London's rate is lower than Berlin's and Paris's, and about a fifth of New
            # York's": the places after "than" are compared with, not the subject
            first = firsts[0][1]
        ratio = _ratio_value(m)
        if ratio is None:
            continue
        if _POPULATION_SUBJECT_RE.search(text, first.start, hedge_before(ctx, m.start())[1]):
            continue  # "Chicago's population is a third of London's": the sizes, not the crime
        more = _MORE_OR_FEWER_RE.match(text, m.end())
        if more is not None and ratio < 1:
            # "a third higher than London's" is 1.33 times London's; "a quarter fewer", 0.75
            ratio = 1 + ratio if more.group("more") else 1 - ratio
        elif more is not None and not more.group("more"):
            continue  # "ten times fewer" says no number a reader could check
        hedge, hstart = hedge_before(ctx, m.start())
        lo, hi = apply_hedge(ratio, hedge)
        if m.group("plus"):
            lo, hi = ratio, None  # "7+ times London's": at least seven
        metric = metric_for(ctx, m.start(), sent, sent, allow_incident=False)
        if metric is None:
            continue
        periods = change_periods(ctx, sent, sent, want_baseline=False)
        # "Chicago had 695 homicides last year, more than five times London": the count
        # before the comma is a level of its own, so the comparison's words start after it
        own_figure = _has_own_figure(ctx, first.end, hstart)
        cut = (
            _CLAUSE_BREAK_RE.search(text, first.end, hstart)
            if own_figure
            # "Chicago murders down again in 2025, and it still has four times New York's
            # rate": a clause of its own before the pronoun that takes up the place
            else _PRONOUN_CLAUSE_CUT_RE.search(text, first.end, hstart)
            # ("Chicago homicides in 2024 were the lowest since 2019, and still about five
            # times NYC's per capita": the record before the break is a claim of its own)
            or _STILL_CUT_RE.search(text, first.end, hstart)
        )
        if cut is not None and own_figure:
            # "804 homicides, the most since 1996 and roughly six times London's total": a
            # record between the figure and the multiple is a claim of its own
            cut = _RECORD_THEN_AND_RE.match(text, cut.end(), hstart) or cut
        if cut is None and not subject_after:
            # ("Homicides fell in Glasgow last year and rose in Edinburgh, but Glasgow's rate
            # is still roughly double Edinburgh's")
            cut = clause_after_moves(ctx, sent, metric, first.start)
            own_figure = own_figure or cut is not None
        if cut is None and not subject_after and first.start > sent[0]:
            # ("Gun homicides in the US fell roughly 15% in 2025, but the US rate is still
            # about five times Canada's": the place named again after a move of its own)
            cut = _own_move_turn(ctx, sent[0], first.start)
            own_figure = own_figure or cut is not None
        turn = (
            cut or last_match(_CONJUNCTION_CLAUSE_RE, text, first.end, hstart)
            if not subject_after and not own_figure
            else None
        )
        if turn is not None and _sized_move(ctx, first.end, turn.start()):
            # ("Merseyside's firearm discharges are half what they were in 2017 but still
            # double Greater Manchester's per head": the subject's own move, sized, a claim of
            # its own, with its own times)
            cut, own_figure = turn, True
            periods = change_periods(ctx, (cut.end(), s1), (cut.end(), s1), want_baseline=False)
        ordered = cut is None and _THAN_RE.search(text, first.end, hstart) is not None
        if ordered:
            # "London's rate is lower than Toronto's and about a twentieth of Chicago's": the
            # order before the "and" is a claim of its own
            cut = last_match(_COORD_CUT_RE, text, first.end, hstart)
        claim = add(
            ctx,
            kind="comparison",
            start=cut.end() if cut else min(hstart, m.start()) if subject_after else first.start,
            end=max(other.end, metric.end),
            metric=metric,
            pos=first.start,
            # "Knife crime across England and Wales was about 50,000 offences in 2022/23,
            # roughly three times London's": the metric named first does not pull the
            # comparison's words back over the level before the break
            # ("Chicago's murders fell 14% last year but it still had more than five times
            # London's total": nor over a change's figure before the pronoun)
            clause=(cut.end(), s1)
            if cut
            and (
                own_figure
                or ordered
                or any(first.end <= q.start and q.end <= cut.start() for q in ctx.quantities)
                # ("Chicago's murders actually went down in 2021, and it still had 6x
                # London's": nor over a move said before the pronoun)
                or MOVE_WORD_RE.search(text, first.end, cut.start()) is not None
                # ("Murders in Philly are plunging, and yet the rate is still about 3.5 times
                # New York's": a trend's words)
                or _MOVING_RE.search(text, first.end, cut.start()) is not None
            )
            else sent,
            sent=sent,
            value=interval(lo, hi),
            # ("Chicago's count was more than twice Philadelphia's, though ... per head the
            # gap is far smaller": the multiple of what its subject names)
            unit="count"
            if _COUNT_SUBJECT_RE.match(text, first.end, hstart)
            else unit_of(ctx, metric, sent),
            periods=periods,
            negated=is_negated(ctx, first.end, m.start()),
            place=first.place,
            place_how=first.how,
            other_geography=other.place,
            relation="ratio",
        )
        if claim is not None and ratio_cue is not None and claim.start < ratio_cue[1]:
            # (the coordinated multiple's words are its own: "and about 20 times London's")
            claim.start = min(hstart, m.start())
            claim.surface = text[claim.start : claim.end]
        ratio_cue = (min(hstart, m.start()), other.end)
        compared.add(other.start)
        ctx.used_spans.append(ratio_cue)
        q = _q_index_at(ctx, m.start(), m.end())
        if q is not None:
            ctx.used_q.add(q)
    # order: "more X than Y", "lower than both Paris and Berlin", "overtook Y"
    done_end: int | None = None
    # (in the order written: "well below Montreal's, but higher than Ottawa's")
    for m in sorted(
        (
            *_COMPARE_MORE_RE.finditer(text, s0, s1),
            *_BELOW_ABOVE_RE.finditer(text, s0, s1),
            *_OVERTOOK_RE.finditer(text, s0, s1),
        ),
        key=lambda m: m.start(),
    ):
        if done_end is not None and not (
            m.start() >= done_end and _COORD_ORDER_RE.fullmatch(text, done_end, m.start())
        ):
            # one order a sentence, and the ones coordinated with it: "lower than Paris and
            # way lower than NYC"
            continue
        if ratio_cue is not None and m.start() < ratio_cue[1] and ratio_cue[0] < m.end():
            continue  # "five times more murders than London" is the multiple already read
        if any(0 <= m.start() - q.end <= 1 and q.kind != "percent" for q in ctx.quantities):
            continue  # "12 more murders than Edinburgh": an absolute difference, no claim
        if m.group(0).lower() in _BASE_OVERTAKE and not _DO_BEFORE_RE.search(
            text, max(s0, m.start() - 16), m.start()
        ):
            continue  # "London's gonna overtake New York": a forecast (not "did not overtake")
        groups = m.groupdict()
        rel_word = (groups.get("rel") or groups.get("sym") or "overtook").lower()
        others = []
        for i, p in sent_places:
            if p.start < m.end():
                continue
            gap = text[m.end() : p.start]
            # "more homicides than the whole of London", "than all of Scotland"
            if re.fullmatch(
                r"[\s'‘’\"“”]*(?:(?:and|or|both|even|in|the|whole\s+of|all\s+of|entire|,)\s*)*",
                gap,
                re.I,
            ):
                others.append((i, p))
                continue
            # "lower than Toronto's, Paris's and Berlin's": a list, possessives and all (not
            # "higher than Chicago, FBI data shows": a source)
            if (
                others
                and not _SOURCE_NAMED_AFTER_RE.match(text, p.end)
                # (not "lower than London, and Brussels has roughly double London's": a
                # clause of its own)
                and not (
                    "," in text[others[-1][1].end : p.start]
                    and _CLAUSE_VERB_AFTER_RE.match(text, p.end)
                )
                and re.fullmatch(
                    r"(?:['’]s?)?\s*(?:,\s*(?:and\s+|or\s+)?|and|or|&)\s*(?:even\s+|also\s+)?(?:the\s+)?",
                    text[others[-1][1].end : p.start],
                    re.I,  # "than New York, Chicago AND Philly"
                )
            ):
                others.append((i, p))
                continue
            break
        if not others or (
            (summed := _COMBINED_AFTER_RE.match(text, others[0][1].end)) is not None
            # (not "than the whole of Scotland combined": one place)
            and re.search(r"[,&]|\band\b", summed.group(0)) is not None
        ):
            continue  # "still more than NYC and LA combined": a sum no series holds
        firsts = [
            (i, p)
            for i, p in sent_places
            if p.end <= m.start()
            and p.start not in compared
            and not _POPULATION_AFTER_RE.match(text, p.end)
            # (not "that's higher than Greater Manchester but lower than the West Midlands":
            # what an earlier "than" compared with is no subject; an order read before
            # carries its own subject on: "lower than Paris and way lower than New York")
            and not (
                done_end is None
                and _THAN_JUST_BEFORE_RE.search(text, max(s0, p.start - 48), p.start)
            )
            # ("Toronto's rate is well below Montreal's and Vancouver's, but higher than
            # Ottawa's": what "below" set the subject against is no subject either)
            and not _BELOW_JUST_BEFORE_RE.search(text, max(s0, p.start - 48), p.start)
        ]
        if firsts and re.search(r"\bthan\b", text[firsts[0][1].end : firsts[-1][1].start], re.I):
            firsts = firsts[:1]  # the places after an earlier "than" are compared with
        if not firsts:
            # "There were more murders in London than in Toronto": the first place sits
            # between the comparative and "than"
            firsts = [
                (i, p)
                for i, p in sent_places
                if m.start() < p.start and p.end <= others[0][1].start and p not in others
            ]
        if (
            not firsts
            and _PRONOUN_SUBJECT_RE.match(text, s0, m.start())
            # (not where the elliptic order read it: "Per head it's now higher than Newham.")
            and not any(
                c.kind == "comparison"
                and c.other_geography == others[0][1].place
                and s0 <= c.start < others[0][1].end
                for c in ctx.claims
            )
        ):
            # "People keep calling London a warzone. It had a lower murder rate than Brussels,
            # Berlin AND Amsterdam last year": "it" is the place the sentence before named
            before = [
                p for p in ctx.places if p.end <= s0 and p.place not in {o.place for _, o in others}
            ]
            if before:
                firsts = [(-1, before[-1])]
        if not firsts:
            continue
        # "LA and NYC both had fewer homicides than Chicago": each listed place is compared
        subjects = [firsts[-1][1]]
        for _, p in reversed(firsts[:-1]):
            if not _SUBJECT_LIST_GAP_RE.fullmatch(text, p.end, subjects[0].start):
                break
            subjects.insert(0, p)
        subject_places = {p.place for p in subjects}
        others = [(i, p) for i, p in others if p.place not in subject_places]
        if not others:
            continue  # "doubled under Sadiq Khan": London against itself is no comparison
        metric = metric_for(ctx, m.start(), sent, sent, allow_incident=False)
        if metric is None:
            continue
        named = _CRIME_NAMED_AFTER_RE.match(text, others[-1][1].end)
        if named is not None:
            # ("Manchester is safer than Liverpool when it comes to gun crime": the crime the
            # order is of, named after the place compared with)
            metric = next(
                (mm for mm in ctx.metrics if mm.start == named.end() and mm.stat and mm.metric),
                metric,
            )
        if rel_word in (
            "more",
            "higher",
            "greater",
            "worse",
            "deadlier",
            "more dangerous",
            "overtook",
            "above",
            ">",
        ):
            relation = "greater"
        else:
            relation = "less"
        # "more homicides in London than in Toronto, but per capita Toronto was higher": a
        # later clause's "per capita" is not this comparison's
        own = clause_of(split_clauses(text, *sent), m.start(), sent)
        # (nor an earlier clause's: "Per head Toronto is worse, but London still had more
        # homicides than Toronto" where the subject opens the comparison's own clause)
        opens = (
            own[0]
            if own[0] <= subjects[0].start and _CONJUNCTION_OPENS_RE.match(text, own[0])
            else sent[0]
        )
        unit = unit_of(ctx, metric, (opens, max(own[1], others[-1][1].end)))
        if _PER_HEAD_TAIL_RE.match(text, max(own[1], others[-1][1].end)):
            # ("... about 10% worse than in Lambeth, per head.": the order's measure, said last)
            unit = "rate_per_100k"
        if rel_word in ("safer", "more dangerous", "deadlier"):
            unit = "rate_per_100k"
        periods = change_periods(ctx, sent, sent, want_baseline=False)
        # "about 50% more homicides than London": the percent sizes the order, a ratio
        value: tuple[float | None, float | None] | None = None
        pct = _PCT_BEFORE_RE.search(text, max(s0, m.start() - 12), m.start())
        if pct is not None and rel_word in (
            "more",
            "higher",
            "greater",
            "worse",
            "fewer",
            "less",
            "lower",
            # ("about 30% below Kent's per head")
            "below",
            "above",
        ):
            hedge, _ = hedge_before(ctx, pct.start())
            lo, hi = apply_hedge(float(pct.group("n")), hedge)
            if hedge == "hedge_approx":
                # "about" sizes the claim's value, the ratio, as it does "about twice"
                sign = 1 if relation == "greater" else -1
                value = interval(*apply_hedge(1 + sign * float(pct.group("n")) / 100, hedge))
            elif relation == "greater":
                value = interval(1 + (lo or 0) / 100, None if hi is None else 1 + hi / 100)
            else:
                value = interval(
                    max(0.0, 1 - (hi if hi is not None else 100) / 100), 1 - (lo or 0) / 100
                )
            relation = "ratio"
            q = _q_index_at(ctx, pct.start(), pct.end())
            if q is not None:
                ctx.used_q.add(q)
        trail_end = others[-1][1].end
        if value is None:
            trail = _trailing_ratio(ctx, trail_end, s1)
            if trail is not None:
                # "more homicides per capita than London in 2021, roughly 1.5x": the multiple
                # written after the order sizes it
                value, trail_end = trail
                if relation == "less" and value[0] is not None and value[0] > 1:
                    value = interval(
                        1 / value[1] if value[1] else None, 1 / value[0] if value[0] else None
                    )
                relation = "ratio"
            else:
                trail = _trailing_share_more(ctx, trail_end, s1, relation)
                if trail is not None:
                    value, trail_end = trail
                    relation = "ratio"
        for first in subjects:
            # "St. Louis had 200 murders in 2023, more than Detroit": the count is a level of
            # its own, so the comparison's words start after it
            cut = _own_figure_cut(ctx, first.end, m.start(), _CLAUSE_BREAK_RE)
            own_sent = sent
            if cut is None and first.start > s0:
                # ("Toronto's homicides rose last year, but Toronto still had far fewer than
                # Chicago": the subject named again after a move of its own opens the order)
                cut = _own_move_turn(ctx, s0, first.start)
                if cut is None:
                    # ("Stabbings in Newham dropped by a quarter last year and Newham now has
                    # fewer than Tower Hamlets": the subject named again after its own move)
                    conj = last_match(_CONJUNCTION_CLAUSE_RE, text, s0, first.end)
                    if conj is not None and _sized_move(ctx, s0, conj.start()):
                        cut = conj
                if cut is not None:
                    own_sent = (cut.end(), sent[1])
            if cut is None:
                # ("Chicago's murders last year were about half what they were in 2021, and
                # the rate is now below Philadelphia's": the subject's own move, sized, a
                # claim of its own before the order's clause)
                conj = last_match(_CONJUNCTION_CLAUSE_RE, text, first.end, m.start())
                if conj is not None and _sized_move(ctx, first.end, conj.start()):
                    cut = conj
                    own_sent = (cut.end(), sent[1])
                    # (the move's times are its own)
                    periods = change_periods(ctx, own_sent, own_sent, want_baseline=False)
            coord_from = done_end
            if coord_from is None:
                # ("London's rate is about double Manchester's but lower than Birmingham's": a
                # multiple read before it)
                coord_from = max(
                    (
                        c.end
                        for c in ctx.claims
                        if c.kind == "comparison" and first.start <= c.start and c.end <= m.start()
                    ),
                    default=None,
                )
            if coord_from is not None:
                # "higher than Edinburgh's but well below Belfast": the second order's words
                # are its own
                cut = _COORD_CUT_RE.search(text, coord_from, m.start()) or (
                    cut if done_end is None else None
                )
            for _, other in others:
                add(
                    ctx,
                    kind="comparison",
                    start=cut.end() if cut else max(first.start, s0),
                    end=max(other.end, m.end()),
                    metric=metric,
                    pos=max(first.start, s0),
                    clause=(cut.end(), sent[1]) if cut else sent,
                    sent=own_sent,
                    value=value,
                    unit=unit,
                    periods=periods,
                    negated=is_negated(ctx, max(subjects[-1].end, s0), m.start()),
                    place=first.place,
                    place_how=first.how,
                    other_geography=other.place,
                    relation=relation,
                )
        ctx.used_spans.append((m.start(), trail_end))
        done_end = trail_end
        # ("London's rate is below Berlin's and well below Brussels'": a place compared with
        # is no subject of the order coordinated after it)
        compared.update(o.start for _, o in others)
    if done_end is not None:
        for _, p in sent_places:
            _elliptic_order(ctx, sent, p)  # "..., but per capita Toronto was higher"


#: between a multiple's place and the next multiple: "New York's and about 20 times London's"
_AND_NEXT_RATIO_RE = compile_re(
    r"(?:['’]s?)?(?:\s+(?:total|rate|figure|count|number|level)s?)?\s*,?\s+(?:and|but)\s+"
    r"(?:(?:also|still|even)\s+)?",
    re.I,
)
_COORD_CUT_RE = compile_re(r"\b(?:and|but)\s+", re.I)
_AND_CLAUSE_BEFORE_RE = compile_re(
    r"\s(?:and|but)\s+(?:people|ppl|folks|everyone|they|we|you|u|i)\b", re.I
)
_RECORD_THEN_AND_RE = compile_re(
    r"\s*the\s+(?:most|highest|lowest|fewest|worst|deadliest|bloodiest)\b[^,;.!?]{0,40}?\s(?:and|but)\s+",
    re.I,
)
_THAN_RE = compile_re(r"\bthan\b", re.I)
_COORD_ORDER_RE = compile_re(
    r"(?:['’]s?)?(?:\s+(?:in\s+)?(?:19|20)\d\d|\s+(?:last|this)\s+year|\s+per\s+(?:head|capita))?"
    r"\s*,?\s*(?:and|but)\s+(?:(?:way|far|much|a\s+lot|even|still|also)\s+)?",
    re.I,
)


#: between an order's last place and a multiple that sizes it: ", roughly 1.5x", " (2.2x)"
_TRAIL_GAP_RE = compile_re(
    r"(?:['’]s?)?(?:\s+(?:in\s+)?(?:19|20)\d\d|\s+(?:last|this)\s+year|\s+per\s+(?:head|capita)"
    # ("higher than London now, about 2x")
    r"|\s+(?:now|today|these\s+days)|\s+in\s+(?:raw|absolute)\s+(?:numbers|terms))?"
    r"\s*(?:,|\(|—|–|-|:)\s*(?:by\s+)?",
    re.I,
)

_TRAIL_HEDGE_RE = compile_re(
    r"(?:roughly|about|around|approximately|approx\.?|nearly|almost|over|more\s+than|"
    r"at\s+least|some|like|~)\s*",
    re.I,
)


def _trailing_ratio(
    ctx: Ctx, end: int, sent_end: int
) -> tuple[tuple[float | None, float | None], int] | None:
    gap = _TRAIL_GAP_RE.match(ctx.text, end, sent_end)
    if gap is None:
        return None
    hedge_m = _TRAIL_HEDGE_RE.match(ctx.text, gap.end(), sent_end)
    m = _RATIO_RE.match(ctx.text, hedge_m.end() if hedge_m else gap.end(), sent_end)
    if m is None:
        return None
    ratio = _ratio_value(m)
    if ratio is None or ratio <= 0:
        return None
    if ratio < 1 and _MORE_OR_FEWER_RE.match(ctx.text, m.end()):
        return None  # ("..., about a third fewer": a share more or fewer, read after)
    q = _q_index_at(ctx, m.start(), m.end())
    if q is not None:
        ctx.used_q.add(q)
    hedge, _ = hedge_before(ctx, m.start())
    return interval(*apply_hedge(ratio, hedge)), m.end()


#: the size of an order said after it as a share more or fewer: "about 20% more", "roughly
#: 10% more", "about a third fewer"
_TRAIL_PCT_RE = compile_re(
    r"(?:(?P<n>\d+(?:\.\d+)?)\s*(?:%|per\s*cent|percent)|(?P<f>a\s+third|a\s+quarter|half|a\s+fifth|"
    r"two\s+thirds))\s+(?P<dir>(?P<up>more|higher|greater|worse)|fewer|less|lower|better)\b"
    # (not "about 20% more than in 2022": a move of its own)
    r"(?!\s+than\b)",
    re.I,
)


#: ("... as bad as Lambeth these days, about a third fewer")
_TRAIL_DAYS_GAP_RE = compile_re(
    r"(?:['’]s?)?\s+(?:these\s+days|nowadays|now|today)\s*,\s*(?:by\s+)?", re.I
)


def _trailing_share_more(
    ctx: Ctx, end: int, sent_end: int, relation: str
) -> tuple[tuple[float | None, float | None], int] | None:
    """ "Toronto had more homicides than Montreal last year, about 20% more": the order's size,
    as the ratio of the first to the second (1.2; "about a third fewer" is 0.67)."""
    gap = _TRAIL_GAP_RE.match(ctx.text, end, sent_end) or _TRAIL_DAYS_GAP_RE.match(
        ctx.text, end, sent_end
    )
    if gap is None:
        return None
    hedge_m = _TRAIL_HEDGE_RE.match(ctx.text, gap.end(), sent_end)
    m = _TRAIL_PCT_RE.match(ctx.text, hedge_m.end() if hedge_m else gap.end(), sent_end)
    if m is None or (m.group("up") is not None) != (relation == "greater"):
        return None
    try:
        share = float(m.group("n")) if m.group("n") else share_percent(m.group("f"))
    except KeyError:
        return None
    if not m.group("up") and share >= 100:
        return None
    q = _q_index_at(ctx, m.start(), m.end())
    if q is not None:
        ctx.used_q.add(q)
    hedge, _ = hedge_before(ctx, m.start())
    ratio = 1 + share / 100 if m.group("up") else 1 - share / 100
    return interval(*apply_hedge(ratio, hedge)), m.end()


#: a sentence whose subject is a pronoun for the place named before
_PRONOUN_SUBJECT_RE = compile_re(
    # ("... murder capital of Europe. Now it has fewer homicides than Dublin.")
    r"[\W_]*(?:(?:now|today|these\s+days|nowadays|and|but|yet|so|actually)\s*,?\s+)?"
    # ("Houston had about 430 homicides in 2022. Per capita we're still well above New York.":
    # the city the poster speaks for)
    r"(?:per\s+(?:capita|head|person)\s*,?\s+)?"
    r"(?:it|it['’]s|its|it\s+(?:has|had|was|is|still\s+\w+)|we['’]re|we\s+(?:are|were)"
    # ("The city's rate is still roughly 20 per 100,000, about four times New York's.")
    rf"|{_THE_PLACES_SRC})\b",
    re.I,
)
_MORE_OR_FEWER_RE = compile_re(
    r"\s+(?:(?P<more>more|higher|greater|worse|above)|fewer|less|lower|below)\b", re.I
)
_PCT_BEFORE_RE = compile_scan(
    r"(?<![\d.])(?P<n>\d+(?:\.\d+)?)\s*(?:%|per\s*cent|percent)\s+$", re.I
)
_SUBJECT_LIST_GAP_RE = compile_re(r"(?:['’]s?)?\s*(?:,\s*(?:and\s+|&\s+)?|and\s+|&\s+)", re.I)

#: "... as many", "... as much": the second place is left to the sentence before
_AS_MANY_END_RE = compile_re(
    r"(?:\s+as\s+(?:many|much|high|bad|deadly|dangerous|murderous)(?:\s+(?:" + HARMS + r"|"
    # ("London's is about a quarter of that.")
    r"offences|crimes|victims))?|\s+(?:worse|higher|more|greater)|\s+(?:of\s+)?(?:that|this|it)"
    # ("So Philly had roughly 2.5x the killings with about a sixth of the people")
    r"|\s+the\s+(?:" + HARMS + r")|)"
    # ("Per head NYC is still about 3x worse and Americans call London a hellhole")
    # ("Toronto had fewer than a third of that the same year")
    r"(?:\s+(?:last|this)\s+year|\s+in\s+(?:19|20)\d\d|\s+per\s+(?:head|capita)|\s+(?:in\s+)?the\s+same\s+year)?"
    # ("London had more than double that with 3x the people": the sizes beside)
    # ("~8.5x lol")
    r"\s*(?:[.!?;,)]|$|(?=\s(?:and|but)\s)|(?=\s+with\s+(?:[\w.]+\s+){0,5}(?:people|population|residents)\b)"
    # ("Eight times as many for a city about the same size")
    r"|(?=\s+for\s+a\s+(?:city|country|town|place|state|borough|force)\b)"
    r"|(?=(?:lol|lmao|smh|tbh|ffs|wow|yikes|jeez|honestly|ngl|fr|iirc|apparently|easily)\b)"
    # ("NYC 2018 murders: 289. London: ~135. ~2x 🤷")
    r"|(?=[" + EMOJI_RANGE + r"]))",
    re.I,
)
#: between the place and its multiple: "Chicago's is about fifteen times", "NYC is still
#: about three times worse", "London had about twice as many"
_ELLIPTIC_RATIO_VERB_RE = compile_re(
    # ("NYC is like 3.5x worse per head")
    # ("The US rate is 5 or 6 times that")
    # ("londons is about a quarter of that": the possessive without its apostrophe)
    # ("The England and Wales average is half that")
    r"(?:['’]s?|s\b)?(?:\s+(?:murder\s+|homicide\s+)?(?:rate|figure|number|total|count|average))?"
    # ("Hackney next door had three times as many", "Chicago still had more than twice that")
    r"(?:\s+(?:next\s+door|nearby|itself|meanwhile))?(?:\s+(?:still|now|also|even|actually))?"
    r"\s+(?:(?:is|was|are|were|had|has|have|saw|recorded)\s+)?(?:(?:still|now|even|also|like|well|far|way|only|just)\s+)*",
    re.I,
)


#: "6x more people were murdered": people counted by what was done to them, no size
_PEOPLE_HARMED_RE = compile_re(
    r"\s*more\s+people\s+(?:were|are|get|got|have\s+been|had\s+been)\s+(?:\w+\s+)?"
    r"(?:murdered|killed|stabbed|shot|robbed|attacked|assaulted|mugged)\b",
    re.I,
)
_MULTIPLE_WORD_RE = compile_scan(r"\d\s?x\b|\btimes\b|\btwice\b|\bdouble\b|\btriple\b", re.I)
#: between the subject after a multiple and the place it is set against
_IN_PLACE_THAN_RE = compile_re(
    r"(?:\s+(?:per\s+(?:head|capita|person)|last\s+year|in\s+(?:19|20)\d\d))?\s+than\s+(?:in\s+)?",
    re.I,
)
#: the smaller of two multiples said before the larger: "5 or 6 times", "3-4x"
_EITHER_MULTIPLE_RE = compile_scan(r"(?<![\w.])(?P<lo>\d+(?:\.\d+)?)\s*(?:or|to|-|–)\s*$", re.I)


def _elliptic_ratio(ctx: Ctx, sent: tuple[int, int], first: PlaceMention) -> None:
    """ "London had 97 murders last year. New York had three times as many.": a multiple
    whose other place is the one the sentence before gave a figure for."""
    text = ctx.text
    for m in _ratios(ctx, first.end, sent[1]):
        tail = _AS_MANY_END_RE.match(text, m.end())
        if tail is None:
            continue
        hedge, hstart = hedge_before(ctx, m.start())
        either = _EITHER_MULTIPLE_RE.search(text, max(first.end, m.start() - 12), m.start())
        if not _ELLIPTIC_RATIO_VERB_RE.fullmatch(
            text, first.end, either.start() if either is not None else hstart
        ):
            continue
        prev = next(
            (
                c
                for c in reversed(ctx.claims)
                if c.end <= first.start and c.geography not in (None, first.place)
            ),
            None,
        )
        ratio = _ratio_value(m)
        if _fraction_more(ratio, tail):
            continue
        if prev is not None and prev.kind == "level" and ratio:
            # ("• homicides 135 vs 295\n• shootings 434 vs 754\nNYC ~2.2x the killings": the
            # other place's figure the multiple sizes, paired with the place's own)
            levels = sorted(
                (c for c in ctx.claims if c.kind == "level" and c.end <= first.start and c.value),
                key=lambda c: c.end,
            )
            pair = _pair_of_ratio(levels, ratio)
            if len(pair) == 2 and first.place in (pair[0].geography, pair[1].geography):
                prev = pair[0] if pair[1].geography == first.place else pair[1]
        if prev is None or ratio is None or prev.period is None:
            return
        if prev.kind == "level":
            # ("Toronto had 44 homicides in 2025, down from 84 the year before. London had more
            # than twice as many.": the latest of its figures, not the one it fell from)
            prev = _latest_figure(ctx, prev, sent, reach=200)
        assert prev.period is not None
        metric = next((mm for mm in ctx.metrics if mm.metric == prev.metric), None)
        if metric is None:
            return
        # "NYC's rate is three times London's. Chicago's is about fifteen times.": against the
        # place the comparison before was against
        other_place = (
            prev.other_geography
            if prev.kind == "comparison" and prev.other_geography not in (None, first.place)
            else prev.geography
        )
        lo, hi = apply_hedge(ratio, hedge)
        if either is not None and float(either.group("lo")) < ratio:
            lo = float(either.group("lo"))  # "The US rate is 5 or 6 times that"
        for qi in (
            _q_index_at(ctx, m.start(), m.end()),
            None if either is None else _q_index_at(ctx, either.start(), either.end()),
        ):
            if qi is not None:
                # (the multiple is no rate of its own: "15 times higher per capita")
                ctx.used_q.add(qi)
        add(
            ctx,
            kind="comparison",
            start=first.start,
            end=tail.start() + len(tail.group(0).rstrip(" .!?;,")),
            metric=metric,
            pos=first.start,
            clause=(first.start, sent[1]),
            sent=sent,
            value=interval(lo, hi),
            unit="rate_per_100k"
            if unit_of(ctx, metric, sent) == "rate_per_100k"
            else prev.unit
            if prev.unit in ("count", "rate_per_100k")
            else "count",
            # ("London had 22 murders in March 2018 and New York had 21. Over the whole of
            # 2018, though, New York had more than twice as many.": a period of the sentence's
            # own, before the place)
            periods=Periods(
                next(
                    (
                        t.span
                        for t in ctx.times
                        if sent[0] <= t.start < first.start and t.kind == "period" and t.span
                    ),
                    span_of(prev.period),
                ),
                None,
                True,
            ),
            negated=is_negated(ctx, first.end, m.start()),
            place=first.place,
            place_how=first.how,
            other_geography=other_place,
            relation="ratio",
        )
        return


#: "Kent's rate was about 20% lower.": a place's figure a percent off another's, no "than"
_PCT_GAP_AFTER_RE = compile_re(
    r"(?:['’]s)?(?:\s+(?:rate|figure|count|total|number))?\s+(?:was|is|were|are|sits?|sat|ran|came\s+in)\s+"
    + HEDGE_BEFORE_SRC
    + r"(?P<n>\d+(?:\.\d+)?)\s*(?:%|per\s*cent|percent)\s+"
    r"(?:(?P<gt>higher|more|greater|above)|(?P<lt>lower|less|fewer|below))"
    r"(?!\s+(?:than|on|in|since|from|over|last|this|a)\b)"
    # ("So London is about 70% higher per head.")
    r"(?P<per>\s+per\s+(?:head|capita|person))?(?=\s*(?:[.!?;]|$))",
    re.I,
)


def _elliptic_percent_gap(ctx: Ctx, sent: tuple[int, int], first: PlaceMention) -> None:
    """ "Essex: ... a rate of 100 per 100,000 people. Kent's rate was about 20% lower.": a
    place's figure a percent above or below the level of another place just before, a ratio
    against it (not a change over time)."""
    text = ctx.text
    if "%" not in text[first.end : sent[1]] and "cent" not in text[first.end : sent[1]]:
        return  # (cheap first)
    m = _PCT_GAP_AFTER_RE.match(text, first.end, sent[1])
    qi = (
        None
        if m is None
        else next((i for i, q in enumerate(ctx.quantities) if q.start == m.start("n")), None)
    )
    if m is None or qi is None:
        return
    prev = max(
        (
            c
            for c in ctx.claims
            if c.kind == "level"
            and c.end <= first.start
            and c.geography not in (None, first.place)
            and c.unit in ("count", "rate_per_100k")
            and c.period is not None
        ),
        key=lambda c: c.end,
        default=None,
    )
    metric = (
        None if prev is None else next((mm for mm in ctx.metrics if mm.metric == prev.metric), None)
    )
    if prev is None or prev.period is None or metric is None:
        return
    pct = float(m.group("n")) / 100
    if pct >= 1 and m.group("lt"):
        return
    hedge, _ = hedge_before(ctx, m.start("n"))
    ctx.used_spans.append((first.start, m.end()))
    ctx.used_q.add(qi)
    add(
        ctx,
        kind="comparison",
        start=first.start,
        end=m.end(),
        metric=metric,
        pos=first.start,
        clause=(first.start, sent[1]),
        sent=sent,
        value=interval(*apply_hedge(1 + pct if m.group("gt") else 1 - pct, hedge)),
        unit="rate_per_100k" if m.group("per") else prev.unit,
        periods=Periods(span_of(prev.period), None, True),
        negated=is_negated(ctx, first.end, m.start("n")),
        place=first.place,
        place_how=first.how,
        other_geography=prev.geography,
        relation="ratio",
    )


#: "That's more than four times London.": the figure before, as a multiple of a place's
_THATS_BEFORE_RE = compile_re(
    # ("Still more than twice London's total, mind.": no subject at all)
    # ("Per head that's still roughly 3x London.")
    # ("> Paris has a higher murder rate than London / Yep, roughly 1.5x London's.")
    # ("For scale, that is still roughly four times London's total")
    r"[\W_]*(?:(?:so|and|but|yep|yes|yeah|yup|true|correct|right|for\s+scale|for\s+context|for\s+comparison|"
    r"by\s+comparison)[,\s]+)?(?:per\s+(?:head|capita|person)[,\s]+)?"
    # ("Philly had 562 homicides in 2021. More than four times London's total.")
    r"(?:(?:that['’]?s|that\s+is|which\s+is|it['’]s|this\s+is)\s+|(?=still\b)|"
    # ("Still less than half the US rate.")
    r"(?=(?:more\s+than|over|nearly|almost|about|around|roughly|approx\.?|approximately|well\s+over|just\s+under|"
    r"less\s+than|fewer\s+than|under)\b|~)"
    # ("Philly had 222 homicides last year. Ten times Toronto's.": the multiple alone)
    r"|$"
    # ("Philly recorded 562 homicides in 2021. Its rate, around 35 per 100,000, was more than
    # ten times London's": the rate, with or without its figure, as the subject)
    r"|(?:its|the|their|the\s+(?:city|town|force|country|state|borough)['’]s)\s+(?:(?:murder|homicide|killing)\s+)?rate(?:\s*,\s*(?:[^,.!?\n]|(?<=\d)[,.](?=\d)){1,40}?,)?"
    r"\s+(?:was|is|were|came\s+to)\s+"
    # ("Per 100,000 people that is about 315, roughly double London's rate")
    r"|per\s+(?:100,?000|100k)(?:\s+(?:people|residents))?,?\s+(?:that['’]?s|that\s+is|it['’]s|it\s+was)\s+"
    r"(?:(?:about|around|roughly|approx\.?|nearly|almost)\s+|~\s*)?\d[\d.,]*\s*,\s*"
    # ("Per capita that's about 40 per 100k, roughly four times New York's rate")
    r"|(?:(?:that['’]?s|that\s+is|it['’]s|it\s+was)\s+)?(?:(?:about|around|roughly|approx\.?|nearly|almost)\s+|~\s*)?"
    r"\d[\d.,]*\s*(?:per\s+100,?000|per\s+100k|/100k)(?:\s+(?:people|residents))?\s*,\s*)"
    # ("NYC murders 2023: 391. still ~4x London's")
    r"(?:(?:still|now|almost|nearly|about|around|roughly|approx\.?|approximately|over|more\s+than|just\s+under|"
    r"well\s+over|like|less\s+than|fewer\s+than|under|well\s+under)\s+|~\s*)*$",
    re.I,
)
_RATE_FIGURE_LEAD_RE = compile_re(r"[\W_]*per\s+(?:100,?000|100k)\b", re.I)
_RATE_FIGURE_RE = compile_re(r"\d\s*(?:per\s+100,?000|per\s+100k|/100k)", re.I)
_OF_PLACE_GAP_RE = compile_re(
    # ("roughly double the England and Wales rate": the noun after the place)
    # ("Twice as many as Bradford.")
    r"\s+(?:that\s+of\s+|(?:the\s+)?(?:figure|total|number|rate)\s+(?:of|for|in)\s+|the\s+|as\s+(?:many|much)\s+as\s+)?"
)
_PLACE_TAIL_RE = compile_re(
    # ("Still almost double London's count though.")
    # ("Still roughly three times London's murder count.")
    # ("about four times Germany's gun homicide rate": a weapon's word before the crime's)
    r"(?:['’]s?)?(?:\s+(?:gun|firearm|knife|teen(?:age)?))?"
    r"(?:\s+(?:murder|homicide|killing|knife(?:\s+crime)?|gun(?:\s+crime)?|crime))?"
    r"(?:\s+(?:total|figure|number|count|rate|tally))?(?:\s+(?:last\s+year|this\s+year|in\s+(?:19|20)\d\d|"
    r"for\s+the\s+(?:same\s+)?year|that\s+year))?"
    # ("Still ~3x NYC per capita.")
    r"(?:\s+per\s+(?:capita|head|person))?"
    r"(?:\s+(?:though|tho|mind|btw|lol|tbh))?"
    # ("still ~4x London's 🤷")
    r"\s*(?:[.!?;,)]|$|[" + EMOJI_RANGE + r"])",
    re.I,
)


_ALL_WORD = r"(?:all\s+(?P<k>two|three|four|five|six|[2-9])|all\s+of\s+them|each\s+of\s+them)"
_VERB_OF_ORDER = (
    r"(?:are|were|was|is|had|has|came\s+in)\s+(?:(?:a\s+bit|much|way|far|still|even)\s+)?"
)
#: "Toronto 1.6, Dublin 1.9, Vienna 1.8. All three are higher than London."
_ALL_MORE_THAN_RE = compile_re(
    r"[\W_]*(?:(?:so|and|but)\s+)?"
    + _ALL_WORD
    + r"\s+"
    + _VERB_OF_ORDER
    + r"(?P<cmp>higher|lower|more|fewer|worse|better)\s+than\s+(?P<o>[^.!?,]{2,30}?)[\W_]*",
    re.I,
)
#: "Paris ~1.6, Berlin 3.2, New York 2.8. So London was lower than all three, which ..."
_MORE_THAN_ALL_RE = compile_re(
    r"[\W_]*(?:(?:so|and|but)\s+)?(?P<a>[^.!?,]{2,30}?)\s+"
    + _VERB_OF_ORDER
    + r"(?P<cmp>higher|lower|more|fewer|worse|better)\s+than\s+"
    + _ALL_WORD
    + r"(?:[\W_]*|\s*,[^.!?]*[.!?]?)",
    re.I,
)


#: "..., and Malmö is higher than all three": a clause that ranks a place against every
#: place the order before it named
_CLAUSE_AGAINST_ALL_RE = compile_re(
    r"(?:['’]s?)?(?:\s+(?:last|this)\s+year|\s+in\s+(?:19|20)\d\d(?:/\d\d)?)?"
    r"\s*[,;]?\s*(?:and|but|while|whereas)\s+(?P<a>[^.!?,;]{2,30}?)\s+"
    + _VERB_OF_ORDER
    + r"(?P<cmp>higher|lower|more|fewer|worse|better)\s+than\s+(?:"
    + _ALL_WORD
    + r"|both(?:\s+of\s+them)?)(?=\s*(?:[.!?,;]|$))",
    re.I,
)


def _clause_against_all(ctx: Ctx, sent: tuple[int, int]) -> None:
    """ "Oslo and Copenhagen both have lower homicide rates than Stockholm, and Malmö is
    higher than all three": orders of the place named against each place of the orders
    before it in the sentence."""
    orders = [
        c
        for c in ctx.claims
        if c.kind == "comparison"
        and c.relation in ("greater", "less")
        and within(c.start, sent)
        and isinstance(c.geography, str)
        and isinstance(c.other_geography, str)
    ]
    if not orders or " than " not in ctx.text[orders[-1].end : sent[1]]:
        return  # (cheap first)
    last = max(orders, key=lambda c: c.end)
    m = _CLAUSE_AGAINST_ALL_RE.match(ctx.text, last.end, sent[1])
    if m is None:
        return
    named = next((p for p in ctx.places if m.start("a") <= p.start < m.end("a")), None)
    if named is None:
        return
    others: list[str] = []
    for c in orders:
        for g in (c.geography, c.other_geography):
            if isinstance(g, str) and g != named.place and g not in others:
                others.append(g)
    want = None if m.group("k") is None else small_number(m.group("k"))
    if len(others) < 2 or (want is not None and len(others) != int(want)):
        return
    relation = "greater" if m.group("cmp").lower() in _GREATER_WORDS else "less"
    for other in others:
        ctx.claims.append(
            replace(
                last,
                start=named.start,
                end=m.end(),
                surface=ctx.text[named.start : m.end()],
                geography=named.place,
                geography_source="text",
                other_geography=other,
                relation=relation,
                value=None,
                negated=False,
            )
        )


def _against_all(ctx: Ctx, sent: tuple[int, int]) -> None:
    """ "All three are higher than London.", "So London was lower than all three": orders
    between the place named and each of the places the figures before were for."""
    if sent[0] == 0 or not ctx.claims or ctx.claims[-1].start >= sent[0]:
        return  # (cheap first: it needs claims before this sentence and none in it)
    m = _ALL_MORE_THAN_RE.fullmatch(ctx.text, *sent)
    named_group, subjects_are_levels = "o", True
    if m is None:
        m = _MORE_THAN_ALL_RE.fullmatch(ctx.text, *sent)
        named_group, subjects_are_levels = "a", False
    if m is None:
        return
    named = next(
        (p for p in ctx.places if m.start(named_group) <= p.start < m.end(named_group)), None
    )
    if named is None:
        return
    levels = [c for c in levels_just_before(ctx, same_period=False) if c.geography != named.place]
    k = m.group("k")
    count = None if k is None else small_number(k)
    want = None if count is None else int(count)
    if len(levels) < 2 or (want is not None and len(levels) < want):
        return
    levels = levels[:want] if want is not None else levels
    relation = "greater" if m.group("cmp").lower() in _GREATER_WORDS else "less"
    start = words_start(ctx.text, sent)
    if subjects_are_levels:
        end = named.end
    else:  # (the order's words, not the clause after it)
        end = start + len(ctx.text[start : sent[1]].split(",")[0].rstrip(" .!?"))
    for level in reversed(levels):
        place, other = (
            (level.geography, named.place)
            if subjects_are_levels
            else (named.place, level.geography)
        )
        ctx.claims.append(_order_of_level(ctx, level, start, end, place, other, relation))


def _order_of_level(
    ctx: Ctx,
    level: Claim,
    start: int,
    end: int,
    place: str | None,
    other: str | None,
    relation: str,
) -> Claim:
    """An order between two places, of a level's metric and period, in the words [start, end)."""
    return replace(
        level,
        kind="comparison",
        surface=ctx.text[start:end],
        start=start,
        end=end,
        geography=place,
        geography_source="text" if place != level.geography else level.geography_source,
        other_geography=other,
        relation=relation,
        value=None,
        baseline=None,
        per=None,
        direction=None,
        negated=False,
        unit=level.unit if level.unit in ("count", "rate_per_100k") else "count",
    )


#: "That's higher than Scotland.": the figure before, above or below a place's
_THATS_MORE_THAN_RE = compile_re(
    r"[\W_]*(?:(?:so|and|but)\s+)?(?:that['’]?s|that\s+is|which\s+is|it['’]s|this\s+is)\s+"
    r"(?:(?:still|way|far|much|well|even|a\s+bit|a\s+lot|slightly)\s+)*"
    r"(?P<cmp>higher|lower|more|fewer|worse|better)\s+than\s+(?:in\s+)?$",
    re.I,
)


#: what may close such a sentence: "That's more than Philadelphia, for context."
_ASIDE_END_RE = compile_re(
    r"(?:\s*,?\s*(?:for\s+(?:context|reference|comparison)|btw|fyi|by\s+the\s+way|mind(?:\s+you)?|lol))?"
    r"[\s.!?]*",
    re.I,
)


def _thats_more_than(ctx: Ctx, sent: tuple[int, int], other: PlaceMention) -> None:
    """ "Sexual offences in Northern Ireland are at about 4 per 1,000 people. That's higher
    than Scotland.": the place of the figure before against the place named."""
    m = _THATS_MORE_THAN_RE.fullmatch(ctx.text, sent[0], other.start)
    if m is None or any(sent[0] <= c.start < sent[1] for c in ctx.claims):
        return
    tail = _PLACE_TAIL_RE.match(ctx.text, other.end)
    if tail is None or not _ASIDE_END_RE.fullmatch(ctx.text, tail.end(), sent[1]):
        return
    prev = next((c for c in reversed(ctx.claims) if c.start < sent[0]), None)
    if (
        prev is None
        or prev.kind != "level"
        or prev.geography in (None, other.place)
        or prev.period is None
        or ctx.text[prev.end : sent[0]].count("\n") > 1
    ):
        return
    start = words_start(ctx.text, sent)
    end = other.end
    relation = "greater" if m.group("cmp").lower() in _GREATER_WORDS else "less"
    ctx.claims.append(_order_of_level(ctx, prev, start, end, prev.geography, other.place, relation))


def _thats_ratio_of(ctx: Ctx, sent: tuple[int, int], other: PlaceMention) -> None:
    """ "Chicago had 416 homicides last year. That's more than four times London.": a
    multiple of the place named, said of the figure before it."""
    text = ctx.text
    for m in _ratios(ctx, sent[0], other.start):
        tail = _PLACE_TAIL_RE.match(text, other.end)
        if tail is None or not _OF_PLACE_GAP_RE.fullmatch(text, m.end(), other.start):
            continue
        ratio = _ratio_value(m)
        if ratio is None:
            return
        if not _THATS_BEFORE_RE.fullmatch(text, sent[0], m.start()):
            _its_ratio_of(ctx, sent, other, m, ratio, tail)
            return
        prev = next(
            (
                c
                for c in reversed(ctx.claims)
                if c.kind == "level"
                and c.end <= sent[0]
                and c.geography not in (None, other.place)
                and c.period is not None
                and c.unit in ("count", "rate_per_100k")
            ),
            None,
        )
        if (
            prev is None or _RATE_FIGURE_RE.search(text, sent[0], m.start())
        ) and _RATE_FIGURE_RE.search(text, sent[0], m.start()):
            # ("The rate, about 29 per 100,000, was roughly 25 times Spain's": the rate said
            # in this sentence is the one the multiple sizes)
            prev = next(
                (
                    c
                    for c in reversed(ctx.claims)
                    if c.kind == "level"
                    and sent[0] <= c.start
                    and c.end <= m.start()
                    and c.unit == "rate_per_100k"
                    and c.geography not in (None, other.place)
                    and c.period is not None
                ),
                prev,
            )
        if prev is None:
            # "Paris has a higher murder rate than London. Roughly 1.5x London's last year.":
            # the multiple sizes the order just before
            prev = next(
                (
                    c
                    for c in reversed(ctx.claims)
                    if c.kind == "comparison"
                    and c.relation in ("greater", "less")
                    and c.other_geography == other.place
                    and c.geography is not None
                    and c.period is not None
                    and c.end <= sent[0]
                    and sent[0] - c.end <= 40
                ),
                None,
            )
            if prev is None:
                return
        if _ITS_SUBJECT_RE.match(text, sent[0], m.start()) and any(
            prev.end <= p.start < sent[0] and p.place not in (other.place, prev.geography)
            for p in ctx.places
        ):
            # ("1. Glasgow – 21 / 2. Edinburgh – 9 / 3. Dundee – 6 / Glasgow's lowest total on
            # record. Its rate is still more than double Edinburgh's": "its" is the place
            # named since the last figure)
            _its_ratio_of(ctx, sent, other, m, ratio, tail)
            return
        # ("Philadelphia: 222 in 2025, down from 269 the year before. Still almost double
        # London's count": of that place's figures just before, the latest)
        prev = _latest_figure(ctx, prev, sent, reach=200)
        metric = next((mm for mm in ctx.metrics if mm.metric == prev.metric), None)
        if metric is None:
            return
        hedge, hstart = hedge_before(ctx, m.start())
        lo, hi = apply_hedge(ratio, hedge)
        add(
            ctx,
            kind="comparison",
            # ("Per 100,000 people that is about 315, roughly double London's rate": the
            # figure before is a level of its own)
            start=hstart
            if _RATE_FIGURE_LEAD_RE.match(text, sent[0], m.start())
            else sent[0] + len(text[sent[0] : m.start()]) - len(text[sent[0] : m.start()].lstrip()),
            end=other.end,
            metric=metric,
            pos=m.start(),
            clause=sent,
            sent=sent,
            value=interval(lo, hi),
            # "That's more than double Chicago's rate"
            # ("That's roughly the same rate as England and Wales")
            unit="rate_per_100k"
            if "rate" in tail.group(0).lower()
            or "rate" in text[sent[0] : m.end()].lower()
            or "rate" in text[m.end() : other.start].lower()
            or _PER_HEAD_RE.search(text, sent[0], m.start())
            or _PER_HEAD_RE.search(tail.group(0))
            else prev.unit,
            periods=Periods(span_of(prev.period), None, True),  # type: ignore[arg-type]
            negated=is_negated(ctx, sent[0], m.start()),
            place=prev.geography,
            place_how="context",
            other_geography=other.place,
            relation="ratio",
        )
        return


_COMBINED_AFTER_RE = compile_re(
    r"(?:\s*(?:,|and|&)\s*(?:the\s+)?[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*)?){0,5}\s+"
    r"(?:combined|put\s+together|together|added\s+together)\b"
)
_PLACE_AVERAGE_AFTER_RE = compile_re(r"\s+(?:avg|average|rate|figure|level|total)s?\b", re.I)
_SHARE_OF_ALL_GAP_RE = compile_re(
    r"\s*(?:of\s+)?all\s+(?:the\s+)?(?:[\w'’-]+\s+){1,4}?(?:in|across)\s+(?:the\s+)?", re.I
)
_MOVING_RE = compile_scan(
    r"\b(?:plung|soar|surg|climb|rising|falling|dropping|declin|increas|decreas|spik|skyrocket)\w*",
    re.I,
)
_STILL_CUT_RE = compile_scan(
    r"(?:[,;]\s*(?:(?:and|but|yet)\s+)?|\s+(?:and|but|yet)\s+)(?=still\s)", re.I
)
_PRONOUN_CLAUSE_CUT_RE = compile_scan(
    # ("Chicago's murders fell 14% last year but it still had more than five times ...")
    # ("Shootings in Chicago are down about 35% since 2021, but the rate is still around eight
    # times New York's": the series named again, as a pronoun would)
    r"(?:[,;]\s*(?:(?:and\s+yet|and|but|yet|though)\s+)?|\s+(?:but|yet|though)\s+)"
    r"(?=(?:it|they|its\s+(?:rate|total|count)|the\s+(?:rate|total|count))\s)",
    re.I,
)
_SENT_END_RE = compile_re(r"[.!?\n]\s")
#: "Its murder rate in 2024 was about double London's": the place before, by a pronoun
_ITS_SUBJECT_RE = compile_re(r"[\W_]*(?:its|it['’]s|it\s+(?:has|had|was|is))\b", re.I)


def _its_ratio_of(
    ctx: Ctx,
    sent: tuple[int, int],
    other: PlaceMention,
    m: re.Match[str],
    ratio: float,
    tail: re.Match[str],
) -> None:
    text = ctx.text
    if not _ITS_SUBJECT_RE.match(text, sent[0], m.start()):
        return
    metric = next((mm for mm in ctx.metrics if sent[0] <= mm.start < m.start() and mm.stat), None)
    before = [p for p in ctx.places if p.end <= sent[0] and p.place != other.place]
    if metric is None or not before:
        return
    # "People act like Toronto is some kind of oasis compared to London. Its ...": the first
    # place of the sentence before that is not the one compared with
    prev_sent_start = max(
        (i.end() for i in _SENT_END_RE.finditer(text, 0, max(0, sent[0] - 1))), default=0
    )
    subject = next((p for p in before if p.start >= prev_sent_start), before[-1])
    hedge, _ = hedge_before(ctx, m.start())
    lo, hi = apply_hedge(ratio, hedge)
    start = sent[0] + len(text[sent[0] : m.start()]) - len(text[sent[0] : m.start()].lstrip())
    add(
        ctx,
        kind="comparison",
        start=start,
        end=other.end,
        metric=metric,
        pos=m.start(),
        clause=sent,
        sent=sent,
        value=interval(lo, hi),
        unit=unit_of(ctx, metric, sent) if "rate" not in tail.group(0).lower() else "rate_per_100k",
        periods=change_periods(ctx, sent, sent, want_baseline=False),
        negated=is_negated(ctx, sent[0], m.start()),
        place=subject.place,
        place_how="context",
        other_geography=other.place,
        relation="ratio",
    )


_BARE_RATIO_RE = compile_re(
    # ("So roughly 3.5x the killings", "thats roughly 4x")
    # ("So still more than twice the killings over there")
    # ("So a bit over 4x the killings")
    # ("Per capita it's about 3x.": the two places' rates)
    r"[\W_]*(?:(?:so|and|that['’]?s|that\s+is|which\s+is|it['’]s|still|a\s+bit|a\s+little|just|maybe|"
    r"(?P<per>per\s+(?:capita|head|person))|closer\s+to)[,\s]+)*",
    re.I,
)
#: "NYC: 377 homicides in 2024. London: 109. So roughly 3.5x the killings.": what is counted
_KILLINGS_TAIL_RE = compile_re(
    # ("Five times the bodies with a third of the people")
    r"(?:\s+(?:the\s+)?(?:" + HARMS + r"|bodies|victims|number|total|count|rate)\b"
    # ("That's more than three times as many")
    r"|\s+as\s+many(?:\s+(?:killings|murders|homicides|deaths))?\b)"
    r"(?:\s+(?:over\s+there|there|over\s+here|here))?"
    # ("Glasgow ~2x the rate too.")
    r"(?:\s+(?:too|as\s+well|also))?"
    # ("Chicago ~5x the rate w/ a third of the people")
    r"(?=\s*(?:[.!?;,)]|$|\s(?:and|but|with|w/)(?:\b|\s)|[" + EMOJI_RANGE + r"]))",
    re.I,
)
#: "the avg", "the England and Wales average": a multiple of an average's figure
_AVG_TAIL_RE = compile_re(
    r"\s+(?:the\s+)?(?P<named>[^.!?,;\n\d]{0,40}?\s)?(?:national\s+)?(?:avg\.?|average)\b"
    r"(?=\s*(?:[.!?;,)]|$|\s(?:and|but|with|w/)(?:\b|\s)))",
    re.I,
)
_AVG_AFTER_PLACE_RE = compile_re(r"(?:['’]s)?\s+(?:national\s+)?(?:avg\.?|average)\b", re.I)
_MULTIPLE_THE_BEFORE_RE = compile_re(
    r"(?:\d\s*x|times|twice|double|triple|treble|half)\s+the\s+$", re.I
)
_AVG_WORD_RE = compile_re(r"\b(?:avg\.?|average)(?!\w)", re.I)


def _against_average_level(
    ctx: Ctx,
    before: list[Claim],
    avg: re.Match[str],
    own: PlaceMention | None,
    ratio: float | None,
) -> list[Claim] | None:
    """The figure a multiple of "the average" sizes and the average's own, of the levels
    ``before``: the average is the place the tail names, else the level labelled "avg"; the
    figure is the named place's, else the one whose ratio is nearest the stated one."""
    named = (
        next((p for p in ctx.places if avg.start("named") <= p.start < avg.end()), None)
        if avg.group("named")
        else None
    )
    base = next(
        (
            c
            for c in reversed(before)
            # (its label may stand before its surface: "E&W avg ~84")
            if (
                c.geography == named.place
                if named is not None
                else _AVG_WORD_RE.search(ctx.text, max(0, c.start - 12), c.end)
            )
        ),
        None,
    )
    if base is None or not base.value or not base.value[0]:
        return None
    candidates = [
        c
        for c in before
        if c.geography != base.geography
        and (c.metric, c.unit, c.period) == (base.metric, base.unit, base.period)
        and (own is None or c.geography == own.place)
        and c.value
        and c.value[0]
    ]
    if not candidates or ratio is None:
        return None
    size = base.value[0]

    def off(c: Claim) -> float:
        return abs(((c.value or (0.0, None))[0] or 0.0) / size - ratio)

    return [min(candidates, key=off), base]


#: what a multiple's tail says it sizes: a rate ("the rate", "per head") or a count
_RATE_TAIL_RE = compile_re(r"\b(?:rates?|per\s+(?:head|capita|person))\b", re.I)
_PER_HEAD_RE = compile_re(r"\bper\s+(?:head|capita|person)\b", re.I)
_COUNT_TAIL_RE = compile_re(r"\b(?:count|number|total|" + HARMS + r")\b", re.I)
#: ("So ~3.7x the count, ~4x the rate."): a second multiple after the first, a comma between
_NEXT_RATIO_GAP_RE = compile_re(r"\s*,\s*(?:and\s+)?|\s+and\s+", re.I)
#: "Glasgow's murder rate last year was 2.4 per 100k. London's was 1.2. Twice as high in
#: Glasgow.": one of the two places named after the multiple
#: between a figure and the multiple after it: "462, nearly five times as many"
_AFTER_LEVEL_GAP_RE = compile_re(
    r"\s*,\s*(?:(?:so|that['’]s|which\s+is)\s+)?(?:it['’]?s\s+)?(?:a\s+(?:bit|little)\s+)?(?P<per>(?!))?",
    re.I,
)
#: "so LDN ~1.8x the count": a place, then the multiple of what the figures before counted
_SUBJECT_RATIO_AFTER_RE = compile_re(
    r"(?:['’]s|\s+(?:is|was|had|has|saw|sees))?\s+(?:(?:about|around|roughly|approx\.?|approximately|nearly|almost|over|"
    r"just\s+over|just\s+under|still)\s+|~\s*)*(?P<r>\d+(?:\.\d+)?\s*x|twice|double|triple)"
    r"(?=\s+(?:the\s+)?(?:"
    + HARMS
    + r"|number|total|count|rate|(?:[^.!?\n\d]{0,40}?\s)?(?:avg\.?|average))\b)",
    re.I,
)
_AS_HIGH_IN_RE = compile_re(r"\s+as\s+(?:high|bad|many|much|big|deadly)\s+in\s+(?P<place>[A-Z])")
_AS_HIGH_IN_BEFORE_RE = compile_re(r"\sas\s+(?:high|bad|many|much|big|deadly)\s+in\s+$")


def _fraction_more(ratio: float | None, tail: re.Match[str]) -> bool:
    """ "a third more" is 1.33 times, not a third: left to the change reader."""
    return (
        ratio is not None
        and ratio < 1
        and re.match(r"\s+(?:more|higher|greater|worse)", tail.group(0)) is not None
    )


def _pair_of_ratio(levels: list[Claim], ratio: float | None) -> list[Claim]:
    """The two figures a multiple sizes: of the pairs of two places' levels before it (of one
    metric, unit and period), the one whose ratio is nearest the stated one, within 15%
    ("• homicides 135 vs 295\n• shootings 434 vs 754\nNYC ~2.2x the killings"); else the
    last two levels."""
    best: tuple[float, int] | None = None
    if ratio:
        want = max(ratio, 1 / ratio)
        for i, (a, b) in enumerate(zip(levels, levels[1:], strict=False)):
            if (a.metric, a.unit, a.period) != (b.metric, b.unit, b.period) or (
                a.geography == b.geography
            ):
                continue
            va = a.value[0] if a.value else None
            vb = b.value[0] if b.value else None
            if not va or not vb:
                continue
            lo, hi = min(va, vb), max(va, vb)
            off = abs(hi / lo - want)
            if off <= 0.15 * want and (best is None or off <= best[0]):
                best = (off, i)
    if best is not None:
        return levels[best[1] : best[1] + 2]
    return levels[-2:]


_PLACE_AFTER_LEVEL_RE = compile_re(r"\s+(?:in|for|across)\s+(?:the\s+)?", re.I)


def _end_with_place(ctx: Ctx, end: int) -> int:
    """Where a level's words end with the place said right after them: "roughly 110 in
    London" (the level's own words may stop at the figure)."""
    for p in ctx.places:
        if end < p.start <= end + 16 and _PLACE_AFTER_LEVEL_RE.fullmatch(ctx.text, end, p.start):
            return p.end
    return end


def _ratio_of_levels_before(ctx: Ctx, sent: tuple[int, int]) -> None:
    """ "NYC had 462 homicides in 2020 vs 126 in London. Almost four times as many.": a
    multiple with no place of its own compares the two places the figures before were for,
    the larger against the smaller."""
    text = ctx.text
    if sum(c.kind == "level" and c.end <= sent[1] for c in ctx.claims) < 2:
        return
    for m in _ratios(ctx, sent[0], sent[1]):
        if used(ctx, m.start(), m.end()):
            continue
        tail = _AS_MANY_END_RE.match(text, m.end()) or _KILLINGS_TAIL_RE.match(text, m.end())
        avg = None if tail is not None else _AVG_TAIL_RE.match(text, m.end())
        tail = tail or avg
        named = _AS_HIGH_IN_RE.match(text, m.end(), sent[1])
        own = (
            None
            if named is None
            else next((p for p in ctx.places if p.start == named.start("place")), None)
        )
        if own is not None:
            tail = named
        hedge, hstart = hedge_before(ctx, m.start())
        bare = _BARE_RATIO_RE.fullmatch(text, sent[0], min(hstart, m.start()))
        if bare is None:
            # "New York had 462, nearly five times as many.": the multiple right after the
            # second figure, a comma between
            bare = next(
                (
                    gap
                    for c in ctx.claims
                    if c.kind == "level"
                    and sent[0] <= c.start
                    and c.end <= m.start()
                    and (
                        gap := _AFTER_LEVEL_GAP_RE.fullmatch(
                            text, _end_with_place(ctx, c.end), min(hstart, m.start())
                        )
                    )
                ),
                None,
            )
        subject = None
        if bare is None and own is None:
            # "so LDN ~1.8x the count": the place before the multiple is the one it sizes
            own = subject = next(
                (
                    p
                    for p in ctx.places
                    if sent[0] <= p.start
                    and p.end <= m.start()
                    and _BARE_RATIO_RE.fullmatch(text, sent[0], p.start)
                    and (sub := _SUBJECT_RATIO_AFTER_RE.match(text, p.end, sent[1])) is not None
                    and sub.start("r") == m.start()
                ),
                None,
            )
        prior = next(
            (
                c
                for c in reversed(ctx.claims)
                if c.kind == "comparison"
                and c.relation == "ratio"
                and sent[0] <= c.start
                and c.end <= m.start()
                and _NEXT_RATIO_GAP_RE.fullmatch(text, c.end, min(hstart, m.start()))
            ),
            None,
        )
        if prior is not None and tail is not None and bare is None and subject is None:
            # ("So ~3.7x the count, ~4x the rate.": the second sizes the same two places)
            bare = _NEXT_RATIO_GAP_RE.fullmatch(text, prior.end, min(hstart, m.start()))
        else:
            prior = None
        if tail is None or (bare is None and subject is None):
            continue
        before = sorted(
            (
                c
                for c in ctx.claims
                if c.kind == "level"
                and c.end <= m.start()
                and c.value
                and c.value[0]
                and c.geography
            ),
            key=lambda c: c.end,
        )
        said = tail.group(0)
        if avg is not None:
            # ("London ~190\n• E&W ~90\nSo roughly double the England and Wales average",
            # "... | E&W avg ~84\nLDN ~2x the avg.": against the average's own figure)
            pair = _against_average_level(ctx, before, avg, own, _ratio_value(m))
            if pair is None:
                continue
            before = pair
        if _RATE_TAIL_RE.search(said):
            before = [c for c in before if c.unit == "rate_per_100k"] or before
        elif _COUNT_TAIL_RE.search(said):
            before = [c for c in before if c.unit == "count"] or before
        ratio = _ratio_value(m)
        levels = _pair_of_ratio(before, ratio)
        if _fraction_more(ratio, tail):
            continue
        if (
            len(levels) < 2
            or ratio is None
            or levels[0].metric != levels[1].metric
            or levels[0].geography == levels[1].geography
            or levels[0].unit != levels[1].unit
            or levels[0].period != levels[1].period
        ):
            return
        big, small = sorted(levels, key=lambda c: (c.value or (0.0, None))[0] or 0.0, reverse=True)
        first, second = (big, small) if ratio >= 1 else (small, big)
        if own is not None:
            if own.place not in (big.geography, small.geography):
                return
            first, second = (big, small) if own.place == big.geography else (small, big)
        elif prior is not None:
            first, second = (big, small) if prior.geography == big.geography else (small, big)
        metric = next((mm for mm in ctx.metrics if mm.metric == first.metric), None)
        if metric is None or first.period is None:
            return
        lo, hi = apply_hedge(ratio, hedge)
        opens = subject.start if subject is not None else min(hstart, m.start())
        claim = add(
            ctx,
            kind="comparison",
            start=opens,
            end=(
                own.end
                if own is not None and subject is None
                else tail.start() + len(tail.group(0).rstrip(" .!?;,"))
            ),
            metric=metric,
            pos=m.start(),
            clause=sent,
            sent=sent,
            value=interval(lo, hi),
            unit="rate_per_100k"
            if (bare is not None and "per" in bare.re.groupindex and bare.group("per"))
            or _RATE_TAIL_RE.search(said)
            else first.unit,
            periods=Periods(span_of(first.period), None, True),
            negated=False,
            place=first.geography,
            place_how="context",
            other_geography=second.geography,
            relation="ratio",
        )
        if claim is not None and claim.start < opens:
            # ("... against roughly 110 in London, so around 3.5 times as many": the metric
            # named before is the levels' words, not the multiple's)
            claim.start = opens
            claim.surface = text[opens : claim.end]
        # (on to a second multiple: "So ~3.7x the count, ~4x the rate.")


_POPULATION_SUBJECT_RE = compile_scan(
    r"\b(?:population|size|land\s+area|residents|inhabitants)\s+(?:is|was|are|were|['’]s)\b", re.I
)


_POPULATION_AFTER_RE = compile_re(
    r"(?:['’]s?)?\s+(?:population|size|people|residents|inhabitants|land\s+area|area)\b", re.I
)
#: "LA's was higher", "Paris is higher": a place ranked against the one the figure before is for
_LIST_GAP_RE = compile_re(r"\s*[,;]\s*(?:and\s+)?|\s+and\s+")
_ELLIPTIC_ORDER_AFTER_RE = compile_re(
    # ("Paris and Berlin were both higher": each place of the list)
    # ("Sheffield's rate per head was higher")
    r"(?:['’]s?\s+(?:(?:one|rate|figure|number|total)\s+(?:per\s+(?:head|capita|person)\s+)?)?(?:(?:is|was|are|were)\s+)?|\s+(?:is|was|are|were)\s+(?:both\s+|all\s+)?"
    # ("Per head, Toronto actually came out a bit lower")
    r"|\s+(?:(?:actually|still|even)\s+)?(?:came|comes|come)\s+(?:in|out)\s+"
    # ("New York had fewer.")
    # ("Per head Bexley still has more though.")
    r"|\s+(?:(?:still|actually|now)\s+)?(?:had|has|saw|recorded)\s+(?=(?:(?:far|many|a\s+lot|even|actually)\s+)?(?:fewer|more)\b)"
    # ("So Philly deadlier per head.", "Per head Bradford worse?": a terse post's order, no verb)
    r"|\s+(?=(?:(?:much|far|way|a\s+bit|a\s+touch|slightly|still|even)\s+){0,2}"
    r"(?:higher|lower|worse|safer|deadlier)\b(?![^.!?\n]*\bthan\b)))"
    # ("Scotland's rate was a bit higher")
    # ("Per head Manchester is actually slightly lower": two such words)
    # ("Per head Kent is now higher")
    r"(?:(?:much|far|way|a\s+lot|a\s+bit|a\s+little|a\s+touch|a\s+tad|slightly|even|also|still|actually|many|now)\s+){0,2}"
    r"(?P<rel>higher|lower|worse|better|safer|fewer|more|deadlier"
    # ("London's was nowhere near that.", "Edinburgh's was a fraction of that.": below the
    # figure just given, said without a comparative)
    r"|nowhere\s+near(?:\s+(?:that|it|as\s+(?:high|bad)))?"
    r"|(?:only\s+|just\s+)?a\s+(?:small\s+|tiny\s+)?fraction\s+of\s+(?:that|it|this))"
    r"(?=\s*(?:[.!?,;:—–-]|$|and\b|but\b|too\b|though\b|still\b)"
    r"|\s+per\s+(?:head|capita|person)\b"
    # ("per head London actually comes out lower by a long way")
    r"|\s+by\s+(?:a\s+(?:long\s+way|mile|distance|street|fair\s+bit)|far)\b"
    # ("Per capita NYC was higher across 2017.", "Per capita Philly was worse last year.")
    r"|\s+(?P<when>(?:in|across|during|for)\s+(?:19|20)\d\d|(?:last|this)\s+year)\b)",
    re.I,
)
_ELLIPTIC_PCT_ORDER_RE = compile_re(
    # ("Birmingham vs Manchester, knife crime, YE Jun 24:\n~4,100 / ~3,300\nBrum ~25pc higher.")
    r"\s+(?:(?:had|has|saw|recorded|is|was|are|were)\s+)?"
    r"(?P<h>(?:about|around|roughly|approximately|approx\.?|some|c\.|~)\s*)?"
    r"(?P<n>\d+(?:\.\d+)?)\s*(?:%|per\s*cent|pc)\s+(?P<rel>more|fewer|higher|lower)"
    r"(?:\s+(?!than\b)[a-z]+)?(?=\s*(?:[.!?,;:]|$))",
    re.I,
)
_RATE_AFTER_RE = compile_re(r"\s*(?:per|/)\s*(?:100,?000|100\s?k|capita|head)\b", re.I)
_PER_HEAD_WORD_RE = compile_scan(r"\bper\s+(?:capita|head|person)\b", re.I)
#: a force or publisher named as the source: "FBI data shows", "the ONS says"
_SOURCE_NAMED_AFTER_RE = compile_re(
    r"(?:['’]s)?\s+(?:(?:own\s+)?(?:data|figures|numbers|stats|statistics)\s+)?(?:show|shows|says|say|said|suggest|suggests)\b",
    re.I,
)
#: a place that opens a clause of its own: "..., and Westminster had roughly twice as many"
_CLAUSE_VERB_AFTER_RE = compile_re(
    r"(?:['’]s)?\s+(?:(?:still|also|actually|now|only|even)\s+)?(?:has|had|have|is|was|were|are|"
    r"recorded|records|logged|logs|saw|sees|reported|reports|came|comes|got|gets|topped|tops)\b",
    re.I,
)
_THAN_LIST_GAP_RE = compile_re(
    # ("Lower than Paris, Berlin and even Dublin.")
    r"(?:['’]s?)?\s*(?:,\s*(?:and\s+|or\s+)?|\s+(?:and|or)\s+|\s*&\s*)(?:(?:even|also)\s+)?"
)
#: "Lower than England's.": the figure before, ranked against a place
_ELLIPTIC_ORDER_BEFORE_RE = compile_re(
    r"[\W_]*(?:(?:and|but|so|still|even)\s+){0,2}"
    # ("Philly had 562 homicides in 2021. Per capita that's more than Chicago.", "Per head
    # that's well above Paris": the place just given a figure, ranked on rates)
    r"(?:per\s+(?:capita|head|person)\s*,?\s+(?:(?:that|it|this)\s*(?:['’]s|\s+is|\s+was)\s+)?"
    r"(?:(?:still|now|even|actually)\s+)?"
    # ("That's higher per head than London by a mile.")
    r"|(?:that|it|this)\s*(?:['’]s|\s+is|\s+was)\s+(?=(?:(?:still|now|even|actually)\s+)?(?:(?:much|far|way|well|a\s+lot)\s+)?"
    r"(?:higher|lower|worse|better|more|fewer|less)\s+per\s+(?:capita|head|person)\b)(?:(?:still|now|even|actually)\s+)?)?"
    r"(?:(?:much|far|way|well|a\s+lot)\s+)?"
    # ("Still more than New York.": the count before, ranked)
    # ("Still more per head than London though.")
    r"(?:(?P<rel>higher|lower|worse|better|safer|more|fewer|less)(?:\s+per\s+(?:capita|head|person))?\s+than|"
    # ("London homicides up about 8% in 2016. Still way below New York.")
    r"(?P<rel2>below|above|(?<=well\s)under|(?<=still\s)under))\s+(?:in\s+)?(?:the\s+)?(?:both\s+)?$",
    re.I,
)


#: "Philly out-murdered Chicago in 2021", "Toronto has out-killed London": more homicides
_OUT_VERB_RE = compile_re(
    r"\s+(?:has\s+|had\s+|have\s+|actually\s+)?out[-\s]?(?:murder(?:ed|s)?|kill(?:ed|s)?)\s+", re.I
)


def _out_verb(ctx: Ctx, sent: tuple[int, int], places: list[PlaceMention]) -> None:
    for a, b in zip(places, places[1:], strict=False):
        m = _OUT_VERB_RE.fullmatch(ctx.text, a.end, b.start)
        if m is None or a.place == b.place or used(ctx, a.start, b.end):
            continue
        metric = next((mm for mm in ctx.metrics if m.start() <= mm.start < m.end()), None)
        if metric is None:
            continue
        add(
            ctx,
            kind="comparison",
            start=a.start,
            end=b.end,
            metric=metric,
            pos=m.start(),
            clause=(a.start, sent[1]),
            sent=sent,
            value=None,
            unit="count",
            periods=change_periods(ctx, sent, sent, want_baseline=False),
            negated=is_negated(ctx, max(sent[0], a.start - 25), a.start),
            place=a.place,
            place_how=a.how,
            other_geography=b.place,
            relation="greater",
        )


def late_elliptic_orders(ctx: Ctx, sent: tuple[int, int]) -> None:
    """ "Manchester had 40 homicides last year vs London's 110, so per head Manchester is
    actually worse": a ranking after the sentence's own levels, read once they are."""
    # ("Kent's went up too, but per head Essex is still lower": after a move too)
    per_head = _PER_HEAD_WORD_RE.search(ctx.text, *sent) is not None
    for p in ctx.places:
        if within(p.start, sent) and any(
            # ("Leeds had more robberies than Sheffield in 2017, but Sheffield's rate per head
            # was higher": after an order of the counts)
            (c.kind == "level" or (per_head and c.kind in ("change", "trend", "comparison")))
            and sent[0] <= c.start
            and c.end <= p.start
            for c in ctx.claims
        ):
            if not any(c.start <= p.start < c.end for c in ctx.claims):
                # "Australia's homicide rate is about 0.8 per 100,000, the US is more than
                # six times that": a multiple of the level just read
                _elliptic_ratio(ctx, sent, p)
            _elliptic_order(ctx, sent, p)
        elif (
            within(p.start, sent)
            and not any(c.start <= p.start < c.end for c in ctx.claims)
            and any(
                c.kind == "comparison"
                and c.relation == "ratio"
                and sent[0] <= c.start
                and c.end <= p.start
                for c in ctx.claims
            )
        ):
            # ("Philadelphia had twice as many homicides as London, and Chicago had ten times
            # as many": a multiple against the same place, read once the first one is)
            _elliptic_ratio(ctx, sent, p)
    low = (ctx.low or ctx.text.lower())[sent[0] : sent[1]] if ctx.claims else ""
    if (
        ("tim" in low or "twice" in low or "doubl" in low or "tripl" in low or "x" in low)
        and any(c.kind == "level" and within(c.start, sent) for c in ctx.claims)
        and _MULTIPLE_WORD_RE.search(ctx.text, *sent)
        and not any(c.kind == "comparison" and within(c.start, sent) for c in ctx.claims)
    ):
        # "Chicago 416 homicides in 2025. London 97. So a bit over 4x the killings": the
        # figures of a sentence joined to the multiple's are read only now
        _ratio_of_levels_before(ctx, sent)
    _same_places_again(ctx, sent)
    _so_did(ctx, sent)
    _against_both(ctx, sent)
    _against_all(ctx, sent)
    _above_or_below_all(ctx, sent)


_MORE_WORDS = r"(?:(?:a\s+bit|a\s+lot|much|way|far|slightly|even|still)\s+)?(?P<cmp>higher|lower|worse|better|more|fewer)"
#: "Both Paris and Berlin came in higher.": two places above the one just given a figure
_BOTH_PLACES_RE = compile_re(
    # ("Paris and Berlin both came in higher": "both" after the places)
    # ("Per capita St. Louis and Memphis were far higher": "both" left out after a verb)
    r"[\W_]*(?:(?:and|but|so)\s+)?(?P<pc>per\s+(?:capita|head),?\s+)?(?P<pre>both\s+)?"
    r"(?P<a>[^.!?,]{2,30}?)\s+(?:and|&)\s+"
    r"(?P<b>[^.!?,]{2,30}?)(?(pre)|(?:\s+both|(?=\s+(?:were|are)\s)))\s+"
    r"(?:(?:came\s+in|came\s+out|were|are|had|have|ended\s+up|sit|sat)\s+)?"
    + _MORE_WORDS
    + r"\b(?:\s+(?:per\s+(?:head|capita)|on\s+rates?|than\s+(?:that|london['’]?s?|it)))?[\W_]*",
    re.I,
)
#: "Berlin's higher than both.": one place above the two just given figures
_THAN_BOTH_RE = compile_re(
    # ("Belfast lower than both.": the verb left out)
    r"[\W_]*(?:(?:and|but|so)\s+)?(?P<a>[^.!?,]{2,30}?)(?:['’]s|\s+is|\s+was|\s+had|\s+has|\s+were|"
    r"\s+came\s+(?:in|out)|)\s+" + _MORE_WORDS + r"\s+than\s+both(?:\s+of\s+them)?[\W_]*",
    re.I,
)
#: "Glasgow's rate was 2.4, Edinburgh's 1.1. Both higher than London's.": the two places
#: just given figures, each against a third
_BOTH_THAN_RE = compile_re(
    r"[\W_]*(?:(?:and|but|so)\s+)?(?:both|they(?:['’]re|\s+are|\s+were)\s+both)\s+"
    r"(?:(?:are|were|came\s+in|came\s+out|sit|sat)\s+)?"
    + _MORE_WORDS
    + r"\s+than\s+(?P<a>[^.!?,]{2,30}?)(?:['’]s?)?[\W_]*",
    re.I,
)
_GREATER_WORDS = frozenset({"higher", "worse", "more"})


def _against_both(ctx: Ctx, sent: tuple[int, int]) -> None:
    """ "London's homicide rate last year: 1.07 per 100k. Both Paris and Berlin came in
    higher.", "Paris ~1.6 per 100k, London ~1.2. Berlin's higher than both.": comparisons
    with the places the figures before were for."""
    if sent[0] == 0 or not ctx.claims or ctx.claims[0].start >= sent[0]:
        return  # (cheap first: it needs claims before this sentence)
    # ("Paris and Berlin both came in higher, and New York was more than double": the
    # sentence's first clause may say it, the next another claim of its own)
    comma = ctx.text.find(",", sent[0], sent[1])
    span = sent
    pair = _BOTH_THAN_RE.fullmatch(ctx.text, *sent)
    if pair is not None:
        _both_than(ctx, sent, pair)
        return
    for span in (sent, (sent[0], comma + 1)) if comma > 0 else (sent,):
        if not any(span[0] <= c.start < span[1] for c in ctx.claims):
            both = _BOTH_PLACES_RE.fullmatch(ctx.text, *span)
            than = None if both is not None else _THAN_BOTH_RE.fullmatch(ctx.text, *span)
            if both is not None or than is not None:
                break
    else:
        return
    m = both or than
    if m is None:
        return
    levels = levels_just_before(ctx, same_period=False, before=sent[0])
    if than is not None and len(levels) < 2:
        # "Glasgow's murder rate is roughly double Edinburgh's. Belfast lower than both.": the
        # two places the comparison before set against each other
        compared = next(
            (
                c
                for c in reversed(ctx.claims)
                if c.start < sent[0]
                and c.kind == "comparison"
                and isinstance(c.geography, str)
                and isinstance(c.other_geography, str)
            ),
            None,
        )
        if compared is not None:
            levels = [
                replace(
                    compared, kind="level", geography=compared.other_geography, other_geography=None
                ),
                replace(compared, kind="level", other_geography=None),
            ]
    names = ("a", "b") if both is not None else ("a",)
    subjects = [
        next((p for p in ctx.places if m.start(g) <= p.start < m.end(g)), None) for g in names
    ]
    if not levels or any(p is None for p in subjects):
        return
    relation = "greater" if m.group("cmp").lower() in _GREATER_WORDS else "less"
    others = levels[:1] if both is not None else levels[:2]
    if than is not None and len(others) < 2:
        return
    if both is not None and re.search(r"\bper\s+(?:head|capita)|\brates?\b", m.group(0), re.I):
        # "97 homicides last year, roughly 1.1 per 100k. Paris and Berlin both came in higher
        # per capita": the rate the place was given, not its count
        rate = next(
            (
                c
                for c in reversed(ctx.claims)
                if c.kind == "level"
                and c.unit == "rate_per_100k"
                and c.geography == others[0].geography
                and c.metric == others[0].metric
                and c.start < sent[0]
            ),
            None,
        )
        others = [rate] if rate is not None else others
    start = words_start(ctx.text, sent)
    end = m.end("cmp") if both is not None else ctx.text.index("both", m.end("cmp")) + 4
    for subject in subjects:
        assert subject is not None
        for other in reversed(others):
            if other.geography == subject.place:
                continue
            claim = _order_of_level(
                ctx, other, start, end, subject.place, other.geography, relation
            )
            if _PER_HEAD_RE.search(m.group(0)):
                # ("Per capita St. Louis and Memphis were higher", "Per head Philly was worse
                # than both.")
                claim.unit = "rate_per_100k"
            ctx.claims.append(claim)


_GROUP_WORD = r"(?P<n>both|all\s+(?P<k>two|three|four|five|six)|all\s+of\s+them)"
#: "All three are below London.", "Both cities were well below Brussels.": the places just
#: given figures, each against another
_GROUP_BELOW_RE = compile_re(
    r"[\W_]*(?:(?:and|but|so)\s+)?(?:they(?:['’]re|\s+are|\s+were)\s+)?"
    + _GROUP_WORD
    + r"(?:\s+(?:cities|places|countries|boroughs|forces|states|of\s+them))?"
    r"(?:\s+(?:are|were|sit|sat|came\s+in|come\s+in|rank|ranked|stay|stayed))?"
    r"(?:\s+(?:well|far|way|much|slightly|comfortably|still))?\s+(?P<cmp>above|below|under|over)\s+"
    r"(?P<a>[^.!?,\d]{2,30}?)(?:['’]s?)?(?:\s+(?:rate|level|figure))?[\W_]*",
    re.I,
)
#: "So St. Louis above both.", "London ~1.5, so above all three.": one place (named, or the
#: sentence's own figure's) against each of the places just given figures
_ABOVE_GROUP_RE = compile_re(
    # (the comma's clause first: ", so above all three" is the figure's own)
    r"(?:\s*,\s*(?:so|which\s+is|that['’]?s|i\.e\.)?|[\W_]*(?:(?:and|but|so)\s+)?(?P<a>(?:[^.!?,\d\n]|\.(?=\s?[A-Z])){2,30}?))"
    r"(?:\s+(?:is|was|are|were|sits|sat|comes\s+in|came\s+in))?"
    r"(?:\s+(?:well|far|way|much|slightly|comfortably|still))?\s+(?P<cmp>above|below|under|over)\s+"
    + _GROUP_WORD
    + r"(?:\s+of\s+them)?[\W_]*",
    re.I,
)
_ABOVE_WORDS = frozenset({"above", "over"})


def _above_or_below_all(ctx: Ctx, sent: tuple[int, int]) -> None:
    """ "Rome ~0.6, Milan ~0.8, Naples ~1.0. All three are below London.", "So St. Louis above
    both.", "London ~1.5, so above all three.": orders between each place just given a figure
    and another."""
    if (
        sent[0] == 0
        or not ctx.claims
        or not any(
            w in ctx.text[sent[0] : sent[1]].lower() for w in ("above", "below", "under", "over")
        )
    ):
        return  # (cheap first)
    group = _GROUP_BELOW_RE.fullmatch(ctx.text, *sent)
    own = None
    if group is None:
        tail = _ABOVE_GROUP_RE.search(ctx.text, sent[0], sent[1])
        if tail is None or tail.end() != sent[1]:
            return
        group = tail
        if tail.group("a") is None:
            # (the sentence's own figure, just before the comma, is the one set against all)
            own = next(
                (
                    c
                    for c in reversed(ctx.claims)
                    if c.kind == "level" and sent[0] <= c.start < tail.start()
                ),
                None,
            )
            if own is None or not isinstance(own.geography, str):
                return
        elif tail.start() != sent[0] and ctx.text[sent[0] : tail.start()].strip(" \t\n\"'“‘"):
            return
    elif any(sent[0] <= c.start < sent[1] for c in ctx.claims):
        return
    if own is not None:
        subject = own.geography
    else:
        place = next((p for p in ctx.places if group.start("a") <= p.start < group.end("a")), None)
        if place is None:
            return
        subject = place.place
    # (the others just given figures: "St. Louis ~60 | Baltimore ~51 | Detroit ~39\nSo St.
    # Louis above both.")
    levels = [
        c
        for c in levels_just_before(
            ctx, same_period=True, before=sent[0] if own is None else own.start
        )
        if isinstance(c.geography, str) and c.geography != subject
    ]
    word = group.group("n").lower()
    want = 2 if word == "both" else small_number(group.group("k")) if group.group("k") else None
    if want is not None:
        if len(levels) < want:
            return
        levels = levels[: int(want)]
    if len(levels) < 2:
        return
    up = group.group("cmp").lower() in _ABOVE_WORDS
    start = words_start(ctx.text, sent) if own is None else group.start("cmp")
    end = sent[0] + len(ctx.text[sent[0] : sent[1]].rstrip(" \t\n.!?"))
    # ("Per head the Met is still above both.": the places' rates, not their counts)
    per_head = _PER_HEAD_RE.search(ctx.text, sent[0], sent[1]) is not None
    for level in reversed(levels):
        if group.re is _GROUP_BELOW_RE:
            # (each place of the group, set against the one named)
            claim = _order_of_level(
                ctx, level, start, end, level.geography, subject, "greater" if up else "less"
            )
        else:
            claim = _order_of_level(
                ctx, level, start, end, subject, level.geography, "greater" if up else "less"
            )
        if per_head:
            claim.unit = "rate_per_100k"
        ctx.claims.append(claim)


def _both_than(ctx: Ctx, sent: tuple[int, int], m: re.Match[str]) -> None:
    other = next((p for p in ctx.places if m.start("a") <= p.start < m.end("a")), None)
    levels = levels_just_before(ctx, same_period=False, before=sent[0])[:2]
    if other is None or len(levels) < 2 or any(c.geography == other.place for c in levels):
        return
    relation = "greater" if m.group("cmp").lower() in _GREATER_WORDS else "less"
    start = words_start(ctx.text, sent)
    for level in reversed(levels):
        ctx.claims.append(
            _order_of_level(ctx, level, start, other.end, level.geography, other.place, relation)
        )


#: "Paris had more homicides than London last year. So did Berlin.": the same ranking
_SO_DID_RE = compile_re(
    r"[\W_]*(?:and\s+)?so\s+(?:did|does|do|is|was|were|has|had)\s+(?P<p>[^.!?]{2,40}?)"
    r"(?:\s*,?\s*(?:too|as\s+well|by\s+the\s+way))?[\W_]*",
    re.I,
)


#: "Per capita, Glasgow had more homicides than London last year. Edinburgh too."
_PLACE_TOO_RE = compile_re(
    r"[\W_]*(?:and\s+)?(?P<p>[A-Z][^.!?,]{1,30}?)\s*,?\s+(?:too|as\s+well|also)[\W_]*"
)


def _so_did(ctx: Ctx, sent: tuple[int, int]) -> None:
    if sent[1] - sent[0] > 70:
        return  # (cheap first: "So did Berlin.", "Edinburgh too." are short)
    m = _SO_DID_RE.fullmatch(ctx.text, *sent)
    too = None if m is not None else _PLACE_TOO_RE.fullmatch(ctx.text, *sent)
    m = m or too
    if m is None:
        return
    place = next((p for p in ctx.places if m.start("p") <= p.start < m.end("p")), None)
    if too is not None and place is not None and (place.start, place.end) != too.span("p"):
        return  # ("Lower than Paris too.": more than a place before "too")
    prev = next((c for c in reversed(ctx.claims) if c.start < sent[0]), None)
    if (
        place is None
        or prev is None
        or prev.kind != "comparison"
        or prev.relation not in ("greater", "less")
        or place.place in (prev.geography, prev.other_geography)
    ):
        return
    start = words_start(ctx.text, sent)
    ctx.claims.append(
        replace(
            prev,
            geography=place.place,
            start=start,
            end=place.end,
            surface=ctx.text[start : place.end],
        )
    )


#: "..., and a higher murder rate too": the same two places, ranked by another measure
_AGAIN_RE = compile_scan(
    r"[,;]\s*(?:and|but|plus)\s+(?:also\s+)?(?:an?\s+)?(?:(?:much|far|way|even)\s+)?"
    r"(?P<rel>higher|lower|worse|better)\s+(?P<w>[^.!?,;]{2,40}?)(?:\s+(?:too|as\s+well))?"
    r"\s*(?=[.!?,;]|$)",
    re.I,
)


#: "..., but per capita it was still higher", "... but more per head": the same two places,
#: ranked per head (after an order of counts)
_PER_HEAD_AGAIN_RE = compile_re(
    r"(?:['’]s?)?(?:\s+in\s+(?:raw|absolute)\s+(?:numbers|terms)|\s+in\s+(?:19|20)\d\d(?:/\d\d)?|\s+(?:last|this)\s+year)?"
    r"\s*[,;]?\s*(?:and|but|yet|though)\s+(?P<s>"
    # ("but per head it comes out lower")
    r"per\s+(?:capita|head|person|100k|100,000)\s*,?\s*(?:(?:it|they)\s*(?:['’]s|['’]re|\s+(?:is|was|are|were|has|had|have|"
    r"comes?\s+out|came\s+out))|"
    r"(?:its|their|the)\s+rate\s+(?:is|was))?\s*(?:(?:still|actually|even|much|far|way)\s+)*(?P<rel>higher|lower|worse|better|more|fewer|less)"
    r"|(?:(?:much|far|way|even)\s+)?(?P<rel2>higher|lower|worse|more|fewer|less)\s+per\s+(?:capita|head|person))"
    r"(?=\s*(?:[.!?,;]|$))",
    re.I,
)
#: "..., per capita and in absolute terms": the comparison holds for both counts and rates
_BOTH_UNITS_RE = compile_scan(
    r"\b(?:both\s+)?(?:per\s+(?:capita|head|person)|as\s+a\s+rate)\s+(?:and|&)\s+(?:in\s+)?"
    r"(?:absolute\s+(?:terms|numbers)|raw\s+numbers|total|numbers)\b"
    r"|\b(?:both\s+)?(?:in\s+)?(?:absolute\s+(?:terms|numbers)|raw\s+numbers|total)\s+(?:and|&)\s+"
    r"(?:per\s+(?:capita|head|person)|as\s+a\s+rate)\b",
    re.I,
)


def _same_places_again(ctx: Ctx, sent: tuple[int, int]) -> None:
    for c in [c for c in ctx.claims if c.kind == "comparison" and within(c.start, sent)]:
        if c.other_geography is None or c.geography is None or c.period is None:
            continue
        both = _BOTH_UNITS_RE.search(ctx.text, c.end, sent[1])
        if both is not None:
            unit = "count" if c.unit == "rate_per_100k" else "rate_per_100k"
            if any(
                d.kind == "comparison" and d.unit == unit and d.other_geography == c.other_geography
                for d in ctx.claims
                if within(d.start, sent)
            ):
                continue
            metric = next((mm for mm in ctx.metrics if mm.metric == c.metric), None)
            if metric is None:
                continue
            _again(ctx, c, metric, unit, c.relation, (c.start, both.end()), sent)
            continue
        head = _PER_HEAD_AGAIN_RE.match(ctx.text, c.end, sent[1]) if c.unit == "count" else None
        if head is not None and c.relation in ("greater", "less"):
            metric = next((mm for mm in ctx.metrics if mm.metric == c.metric), None)
            word = (head.group("rel") or head.group("rel2")).lower()
            if metric is not None and not used(ctx, head.start(), head.end()):
                relation = "greater" if word in ("higher", "worse", "more") else "less"
                # (the words from "per capita" or the ranking word, past the "but")
                _again(
                    ctx, c, metric, "rate_per_100k", relation, (head.start("s"), head.end()), sent
                )
            continue
        m = _AGAIN_RE.search(ctx.text, c.end, sent[1])
        if m is None or used(ctx, m.start(), m.end()):
            continue
        words = m.group("w").lower()
        metric = next(
            (mm for mm in ctx.metrics if m.start("w") <= mm.start < m.end("w") and mm.metric),
            None,
        )
        if metric is None or metric.metric != c.metric:
            continue
        rate = re.search(r"\brates?\b|per\s+(?:capita|head|person|100)", words) is not None
        unit = "rate_per_100k" if rate else "count"
        if unit == c.unit:
            continue  # "more murders than Toronto, and more murders" says nothing new
        relation = "greater" if m.group("rel").lower() in ("higher", "worse") else "less"
        _again(ctx, c, metric, unit, relation, (m.start("rel"), m.end("w")), sent)


def _again(
    ctx: Ctx,
    c: Claim,
    metric: MetricMention,
    unit: str,
    relation: str | None,
    span: tuple[int, int],
    sent: tuple[int, int],
) -> None:
    assert c.period is not None
    add(
        ctx,
        kind="comparison",
        start=span[0],
        end=span[1],
        metric=metric,
        pos=span[0],
        clause=(span[0], sent[1]),
        sent=sent,
        value=c.value if unit == c.unit else None,
        unit=unit,
        periods=Periods(span_of(c.period), None, True),
        negated=c.negated,
        place=c.geography,
        place_how="context",
        other_geography=c.other_geography,
        relation=relation,
    )


def _latest_figure(ctx: Ctx, prev: Claim, sent: tuple[int, int], *, reach: int) -> Claim:
    """Of the levels of ``prev``'s place and metric that end before the sentence (from
    ``reach`` characters before ``prev``), the one of the latest period: "84 homicides in 2024,
    up from 73 in 2023. Still way below New York." ranks 2024's."""
    # (of the same sentence: "... in March 2018: 22 vs 21. ... Over the whole of 2017 New
    # York had about 290" ranks 2017's, not the month's)
    opened = max(ctx.text.rfind(ch, 0, prev.start) for ch in ".!?\n")
    return max(
        (
            c
            for c in ctx.claims
            if c.kind == "level"
            and c.geography == prev.geography
            and c.metric == prev.metric
            and c.unit == prev.unit
            and c.period is not None
            and max(opened, prev.start - reach) <= c.start
            and c.end <= sent[0]
        ),
        key=lambda c: (c.period[1] or "") if c.period else "",
        default=prev,
    )


def _elliptic_order(ctx: Ctx, sent: tuple[int, int], place: PlaceMention) -> None:
    text = ctx.text
    after = _ELLIPTIC_ORDER_AFTER_RE.match(text, place.end, sent[1])
    before = (
        None
        if after is not None
        else _ELLIPTIC_ORDER_BEFORE_RE.fullmatch(text, sent[0], place.start)
    )
    opens = sent[0]
    pct = None
    if after is None and before is None:
        # ("Toronto recorded 84 homicides in 2024; London had 109. So London had about 30%
        # more killings.": a percent that sizes the order, a ratio)
        pct = after = _ELLIPTIC_PCT_ORDER_RE.match(text, place.end, sent[1])
    if after is None and before is None:
        # "London's rate is higher than Manchester's, but lower than Birmingham's": the
        # clause, after a comparison of the sentence's own
        brk = _CLAUSE_BREAK_RE.search(text, sent[0], place.start)
        if brk is not None:
            before = _ELLIPTIC_ORDER_BEFORE_RE.fullmatch(text, brk.end(), place.start)
            opens = brk.end()
            if (
                before is not None
                and not any(
                    c.kind == "comparison" and sent[0] <= c.start < brk.start() for c in ctx.claims
                )
                and (
                    _BELOW_ABOVE_RE.search(text, sent[0], brk.start())
                    or _COMPARE_MORE_RE.search(text, sent[0], brk.start())
                )
            ):
                # ("London below Paris, above Berlin.": the order before the break is read
                # first, then this one against its subject)
                return
    m = after or before
    if m is None or used(ctx, m.start(), m.end()):
        return
    if before is not None and _COMBINED_AFTER_RE.match(text, place.end):
        return  # "More than London, Paris and Berlin combined": a sum no series holds
    prev = next(
        (
            c
            for c in reversed(ctx.claims)
            if (
                (c.kind in ("level", "comparison") and c.unit in ("count", "rate_per_100k"))
                # "London homicides up about 8% in 2016. Still way below New York.": the
                # changed series in its period, ranked
                or (c.kind == "change" and before is not None and before.group("rel2") is not None)
                # ("Bike thefts in Cambridge down about 20% since 2019. Still more per head than
                # London though.": the moved series in its period, ranked on rates)
                or (
                    c.kind in ("change", "trend", "frequency")
                    and before is not None
                    and _PER_HEAD_WORD_RE.search(text, *sent) is not None
                )
                # ("Chicago doesn't even have the highest murder rate in the US. Per capita St.
                # Louis and Baltimore were both far higher in 2022.": the record's rate, ranked)
                or (c.kind == "extremum" and c.unit == "rate_per_100k" and after is not None)
                # ("Burglaries in Bromley went up about 8% last year. Bexley's went down. Per
                # head Bexley still has more though.": the moved series in its period, ranked)
                or (
                    c.kind in ("change", "trend")
                    and after is not None
                    and _PER_HEAD_WORD_RE.search(text, *sent) is not None
                )
            )
            and c.end <= place.start
            and c.geography not in (None, place.place)
            and c.period
        ),
        None,
    )
    if (
        prev is not None
        and before is not None
        and prev.start < sent[0]
        and _PER_HEAD_WORD_RE.search(text, *sent) is not None
    ):
        # ("London recorded 126 homicides in 2020, ... down from 149 in 2019. Per head, that was
        # still below Paris.": the place's latest figure, not the one it moved from)
        prev = max(
            (
                c
                for c in ctx.claims
                if c.geography == prev.geography
                and c.metric == prev.metric
                and c.period
                and c.end <= sent[0]
                and c.kind in ("level", "comparison", "change", "trend")
            ),
            key=lambda c: c.period[1] or "",  # type: ignore[index]
            default=prev,
        )
    # "Toronto had 84 homicides in 2024, fewer than London. Per capita though, Toronto was
    # higher.": the same two places, ranked again on rates
    per_head_again = None
    if prev is None and after is not None and _PER_HEAD_WORD_RE.search(text, *sent):
        per_head_again = next(
            (
                c
                for c in reversed(ctx.claims)
                if c.kind == "comparison"
                and c.unit == "count"
                and c.geography == place.place
                and c.other_geography is not None
                and c.period
                and c.end <= place.start
                and c.start >= sent[0] - 200
            ),
            None,
        )
        prev = per_head_again
    if prev is None or prev.period is None or (before is not None and prev.end > opens):
        return
    if prev.kind == "level" and prev.start < sent[0]:
        # "Toronto had 84 homicides in 2024, up from 73 in 2023. Still way below New York.":
        # the latest of the place's figures just before, not the one it rose from
        prev = _latest_figure(ctx, prev, sent, reach=120)
    assert prev.period is not None
    # "Berlin's was higher, Paris's was higher": the next place of a list, against the same
    # place as the one before it
    against = (
        prev.other_geography
        if prev.kind == "comparison"
        and after is not None
        and prev.start >= sent[0] - 300
        and prev.value is None
        and prev.other_geography is not None
        and place.place not in (prev.geography, prev.other_geography)
        and (
            _LIST_GAP_RE.fullmatch(text, prev.end, place.start)
            # "Glasgow's murder rate was higher than London's in 2023. Edinburgh's was lower.":
            # the next sentence opens on another place, against the same one
            or (prev.start < sent[0] and not text[sent[0] : place.start].strip(" \t\n\"'“‘"))
        )
        else None
    )
    if per_head_again is not None:
        against = per_head_again.other_geography
    if (
        against is None
        and prev.kind == "comparison"
        and (
            (after is not None and place.place != prev.other_geography)
            or (before is not None and opens > sent[0] and prev.start < sent[0])
        )
    ):
        # "more homicides in London than in Toronto, but per capita Toronto was higher":
        # the place compared with, now ranked the other way, against the first ("Lower than
        # Paris too." ranks the subject of the comparison before against another place)
        return
    metric = next((mm for mm in ctx.metrics if mm.metric == prev.metric), None)
    if metric is None:
        return
    rel_group = "rel" if m.group("rel") else "rel2"
    rel = m.group(rel_group).lower()
    relation = "greater" if rel in ("higher", "worse", "more", "above", "deadlier") else "less"
    subject, other = (place.place, prev.geography) if after else (prev.geography, place.place)
    if against is not None:
        other = against
    value: tuple[float | None, float | None] | None = None
    if pct is not None:
        sign = 1 if relation == "greater" else -1
        hedge = "hedge_approx" if pct.group("h") else None
        value = interval(*apply_hedge(1 + sign * float(pct.group("n")) / 100, hedge))
        relation = "ratio"
        q = _q_index_at(ctx, pct.start("n"), pct.end("n"))
        if q is not None:
            ctx.used_q.add(q)
    # only the order after a place may name its own year ("Per capita NYC was higher in 2017")
    when = after.groupdict().get("when") if after is not None else None
    n_claims = len(ctx.claims)
    add(
        ctx,
        kind="comparison",
        start=place.start if after else m.start(rel_group),
        end=(after.end("when") if when else m.end()) if after else place.end,
        metric=metric,
        pos=place.start if after else m.start(rel_group),
        clause=(min(place.start, m.start()), sent[1]),
        sent=sent,
        value=value,
        # "..., so per capita Toronto is actually worse": the rates, whatever the figures were
        unit="rate_per_100k"
        if unit_of(ctx, metric, sent) == "rate_per_100k"
        else ("count" if prev.unit == "percent_change" else prev.unit),
        periods=change_periods(ctx, sent, sent, want_baseline=False)
        if when
        else Periods(span_of(prev.period), None, True),
        # ("nowhere near that" is the order itself, not its denial)
        negated=not rel.startswith("nowhere")
        and is_negated(ctx, min(place.start, m.start()), max(place.end, m.end())),
        place=subject,
        place_how=place.how if after else "context",
        other_geography=other,
        relation=relation,
    )
    if before is not None and len(ctx.claims) > n_claims:
        # "Lower than Berlin and Paris.": the same ranking against each place of the list
        k = ctx.places.index(place)
        claim = ctx.claims[-1]
        while k + 1 < len(ctx.places) and _THAN_LIST_GAP_RE.fullmatch(
            text, ctx.places[k].end, ctx.places[k + 1].start
        ):
            k += 1
            nxt = ctx.places[k]
            if nxt.place not in (claim.geography, claim.other_geography):
                ctx.claims.append(
                    replace(
                        claim,
                        other_geography=nxt.place,
                        end=nxt.end,
                        surface=text[claim.start : nxt.end],
                    )
                )
        return
    if after is None or len(ctx.claims) == n_claims:
        return
    # "Paris and Berlin were both higher": the same ranking for each place of the list
    k = ctx.places.index(place)
    while k > 0 and _SUBJECT_LIST_GAP_RE.fullmatch(
        text, ctx.places[k - 1].end, ctx.places[k].start
    ):
        k -= 1
    if ctx.places[k] is place:
        return
    start = ctx.places[k].start
    claim = replace(ctx.claims[-1], start=start, surface=text[start : ctx.claims[-1].end])
    ctx.claims[-1] = claim
    for p in ctx.places[k : ctx.places.index(place)]:
        if p.place not in (subject, other):
            ctx.claims.append(replace(claim, geography=p.place))


#: "double the England and Wales average", "below the national average", "50% higher than
#: the national average": a place against its country
_AVERAGE_WORDS = ("average", "avg", "rate", "figure", "one")
_AVERAGE_RE = compile_scan(
    r"(?:(?P<pct>\d+(?:\.\d+)?)\s*(?:%|per\s*cent|percent)\s+)?"
    r"(?P<cue>(?P<gt>higher|more|greater|worse|above|over)|(?P<lt>lower|less|fewer|below|better|under)|"
    # ("10x+ the national average", "5+ times": at least that multiple)
    r"(?P<mult>twice|double|triple|treble|half|(?:\d+(?:\.\d+)?|two|three|four|five|six|seven|eight|nine|ten)"
    r"(?P<plus_b>\+)?\s*(?:times|x)(?P<plus_a>\+)?))"
    # ("roughly eight times the US national rate")
    # ("3x higher then national average": the article left out before "national" alone)
    # ("double Canadian average": a national adjective before "average" alone too)
    r"\s+(?:than\s+)?(?:that\s+of\s+)?(?:the\s+|(?=(?:national|canadian|american|british|"
    r"australian|us|uk)\s+(?:average|avg|rate)\b)"
    # ("3x Canada average": a country's name, its article left out)
    r"|(?=(?-i:[A-Z])[\w'’&.-]*(?:\s+(?-i:[A-Z])[\w'’&.-]*){0,2}\s+(?:average|avg)\b))(?:(?P<avg>(?:(?:us|u\.s\.|uk|u\.k\.)\s+)?national|uk|u\.k\.|us|u\.s\.|country['’]?s?|"
    r"england\s+(?:and|&)\s+wales|english|american|british|"
    r"canadian|french|german|italian|belgian|dutch|portuguese|irish|austrian|scottish|welsh|"
    r"spanish|swedish|danish|norwegian|polish|greek|swiss|australian|mexican)"
    r"\s+(?:average|avg|rate|figure|one)|(?P<pl>[A-Z][\w'’&.-]*(?:\s+[A-Z][\w'’&.-]*){0,2})\s+(?:average|avg))\b",
    re.I,
)
_AVERAGE_PLACE = {
    "england": "england_wales",
    "us": "united_states",
    "u.s.": "united_states",
    "american": "united_states",
    "uk": "england_wales",
    "u.k.": "england_wales",
    "british": "england_wales",
    "english": "england_wales",
    "canadian": "canada",
    "french": "france",
    "german": "germany",
    "italian": "italy",
    "belgian": "belgium",
    "dutch": "netherlands",
    "portuguese": "portugal",
    "irish": "ireland",
    "austrian": "austria",
    "scottish": "scotland",
    "welsh": "wales",
    "spanish": "spain",
    "swedish": "sweden",
    "danish": "denmark",
    "norwegian": "norway",
    "polish": "poland",
    "greek": "greece",
    "swiss": "switzerland",
    "australian": "australia",
    "mexican": "mexico",
}


def _average_after_rate(ctx: Ctx, sent: tuple[int, int]) -> None:
    """ "London's knife crime rate ... was 158, against roughly 85 across England and Wales.
    So about twice the national rate.": a sentence with no place of its own sizes the rate
    the sentence before gave its (sub-national) place."""
    prev = next(
        (
            c
            for c in reversed(ctx.claims)
            if c.start < sent[0]
            and c.kind == "level"
            and c.unit == "rate_per_100k"
            and isinstance(c.geography, str)
            and getattr(ctx.lex.taxonomy.places.get(c.geography), "kind", None)
            not in (None, "country", "jurisdiction")
        ),
        None,
    )
    if prev is None or prev.geography is None:
        return
    place = next((p for p in ctx.places if p.place == prev.geography and p.start < sent[0]), None)
    m = _AVERAGE_RE.search(ctx.text, sent[0], sent[1])
    # (only lead words and a hedge before it: "So about twice the national rate.")
    if place is None or m is None:
        return
    if not _BARE_RATIO_RE.fullmatch(ctx.text, sent[0], hedge_before(ctx, m.start())[1]):
        return
    _against_average(ctx, sent, place, elliptic=prev)


#: a multiple after an order against the average, ending its clause: ", roughly double."
_AVERAGE_MULTIPLE_AFTER_RE = compile_scan(
    r",\s*(?:(?:roughly|about|around|nearly|almost|maybe|some|more\s+than|over)\s+)?"
    + _RATIO_SRC.format(fold=r"(?P<fold>x(?<!x))")
    + r"(?=\s*(?:[.!?;]|$))",
    re.I,
)
#: a clause set against the one before: ", but", "; ", ", whereas"
_CONTRAST_TURN_RE = compile_scan(r"(?:[,;]\s*(?:but|whereas|while|yet)|;)\s", re.I)


def _against_average(
    ctx: Ctx, sent: tuple[int, int], first: PlaceMention, *, elliptic: Claim | None = None
) -> PlaceMention | None:
    """ "Burglary rates in Birmingham are double the England and Wales average": the place
    against the country it is in (a rate; a count has no average)."""
    text = ctx.text
    m = _AVERAGE_RE.search(text, sent[0], sent[1])
    if m is None or (first.start > m.start() and elliptic is None):
        return None
    if elliptic is None:
        # ("Bike theft in Camden gets the headlines, but the rate in Hackney was about 540,
        # three times the London average": the place of the clause the average closes)
        turns = list(_CONTRAST_TURN_RE.finditer(text, first.end, m.start()))
        if turns:
            after = turns[-1].end()
            first = next((p for p in ctx.places if after <= p.start < m.start()), first)
    named = None
    if m.group("avg"):
        avg = m.group("avg").lower().split()[0]
        # ("Glasgow ~2x the national rate": Scotland's, a nation with series of its own)
        other = _AVERAGE_PLACE.get(avg) or national_of(ctx.lex, first.place)
    else:
        # "3x the London average": the place named, as a whole
        named = next(
            (p for p in ctx.places if p.start == m.start("pl") and p.end == m.end("pl")), None
        )
        other = named.place if named is not None else None
    if other is None or other == first.place:
        return None
    metric = metric_for(ctx, m.start(), sent, sent, allow_incident=False)
    if elliptic is not None:
        metric = next((mm for mm in ctx.metrics if mm.metric == elliptic.metric), None)
    if metric is None:
        return None
    hedge, hstart = hedge_before(ctx, m.start())
    if m.group("mult"):
        ratio = _ratio_value(_RATIO_RE.match(m.group("mult")) or m)
        if ratio is None:
            return None
        value, relation = apply_hedge(ratio, hedge), "ratio"
        if m.group("plus_b") or m.group("plus_a"):
            value = (ratio, None)
    elif m.group("pct"):
        pct = float(m.group("pct")) / 100
        ratio = 1 + pct if m.group("gt") else 1 - pct
        value, relation = apply_hedge(ratio, hedge), "ratio"
    else:
        value, relation = None, "greater" if m.group("gt") else "less"
    end = m.end()
    tail = _AVERAGE_MULTIPLE_AFTER_RE.match(text, end) if value is None else None
    ratio = _ratio_value(tail) if tail is not None else None
    if tail is not None and ratio is not None and (ratio > 1) == bool(m.group("gt")):
        # ("well above the England and Wales average, roughly double": the multiple said
        # after sizes the order)
        said = min(tail.start(g) for g in ("n", "w", "x", "same") if tail.group(g))
        hedge_after, _ = hedge_before(ctx, said)
        value, relation, end = apply_hedge(ratio, hedge_after), "ratio", tail.end()
    # "London's rate was 179, more than twice the national average": the figure before the
    # break is a level of its own, so the comparison's words start after it
    cut = _own_figure_cut(ctx, first.end, hstart, _PLAIN_BREAK_RE) if elliptic is None else None
    if cut is None and elliptic is None:
        # ("Detroit's homicide rate is down, but it's still more than four times the national
        # rate": the move is a claim of its own, the comparison is the pronoun's clause)
        cut = _BUT_PRONOUN_RE.search(text, first.end, hstart)
    start = cut.end() if cut else first.start
    if elliptic is not None:
        start = min(hstart, m.start())
    add(
        ctx,
        kind="comparison",
        start=start,
        end=end,
        metric=metric,
        pos=first.start,
        clause=(cut.end(), sent[1]) if cut else sent,
        sent=sent,
        value=None if value is None else interval(*value),
        unit="rate_per_100k",
        periods=change_periods(ctx, sent, sent, want_baseline=False)
        if elliptic is None or elliptic.period is None
        else Periods(span_of(elliptic.period), None, True),
        negated=is_negated(ctx, first.end, m.start()),
        place=first.place,
        place_how=first.how,
        other_geography=other,
        relation=relation,
    )
    ctx.used_spans.append((min(hstart, m.start()), m.end()))
    for i, q in enumerate(ctx.quantities):
        if m.start() <= q.start < m.end():
            ctx.used_q.add(i)
    # ("about 50% higher than the England and Wales average": the average's place is no
    # place of another order in the sentence)
    return named or next((p for p in ctx.places if m.start() <= p.start < m.end()), None)


_BASE_OVERTAKE = frozenset({"overtake", "surpass", "outpace", "outstrip"})
#: a "do" before a verb's base form: the past or present said, not a forecast
_DO_BEFORE_RE = compile_scan(
    r"\b(?:did|does|do|didn['’]?t|doesn['’]?t|don['’]?t|never)(?:\s+not)?\s+(?:actually\s+|even\s+)?$",
    re.I,
)
_BUT_PRONOUN_RE = compile_scan(
    r"[,;]\s*(?:but|and|yet|though)\s+(?=(?:it|that|this|they)(?:['’]s|['’]re|\s+(?:is|was|are|were))\b)",
    re.I,
)
#: the last break before a comparison's words ("100,000" holds none); the plain one leaves a
#: bracketed figure inside the words of the comparison it sizes
_BREAK_SRC = r"(?:[;:–—{c}]|,(?!\d)|\s-(?=\s))\s*(?=(?:[^,;:–—{c}]|,(?=\d))*$)"
_PLAIN_BREAK_RE = compile_scan(_BREAK_SRC.format(c=""))
_CLAUSE_BREAK_RE = compile_scan(_BREAK_SRC.format(c=")"))


def _has_own_figure(ctx: Ctx, start: int, end: int) -> bool:
    """A count or rate (not a percent, unless a rate's own: "clearance rate was around 65%")
    in [start, end): a level of its own."""
    for q in ctx.quantities:
        if not (start <= q.start and q.end <= end):
            continue
        if q.kind != "percent":
            return True
        if _RATE_WORD_RE.search(ctx.text, start, q.start) and not _MOVED_BEFORE_RE.search(
            ctx.text, start, q.start
        ):
            return True
    return False


#: an outcome rate named before its own percent ("homicide clearance rate was around 65%")
_RATE_WORD_RE = compile_scan(
    r"\b(?:charge|charging|solve|clearance|clear-up|detection)\s+rate\b", re.I
)


def _own_figure_cut(ctx: Ctx, start: int, end: int, brk: re.Pattern[str]) -> re.Match[str] | None:
    """ "St. Louis had 200 murders in 2023, more than Detroit": with a figure of its own
    between the subject and the comparison, the comparison's words start after the last
    break before them."""
    cut = brk.search(ctx.text, start, end)
    if cut is None:
        # ("Violent crime in Bradford rose 6% last year and it's now higher per head than in
        # Leeds": a conjunction with a subject of its own opens a clause as a comma does)
        cut = last_match(_CONJUNCTION_CLAUSE_RE, ctx.text, start, end)
    turn = _own_move_turn(ctx, start, end)
    if turn is not None:
        return turn
    if cut is None:
        return None
    if _has_own_figure(ctx, start, end):
        return cut
    # ("Bike thefts in Cambridge fell 18% in 2024, but per head it still has more than
    # Norwich": a percent moved in a clause of its own, with its own time, is a change; not
    # "Hackney bucked it, up 9%, and now has more ...", whose time is the sentence before's)
    if _sized_move(ctx, start, cut.start()):
        return cut
    return None


def _sized_move(ctx: Ctx, start: int, end: int) -> bool:
    """Is there a move sized by a percent or a fraction, with its own time, in [start, end)?
    ("fell 18% in 2024", "dropped by a quarter last year")"""
    return (
        (
            any(start <= q.start and q.end <= end and q.kind == "percent" for q in ctx.quantities)
            or FRACTION_RE.search(ctx.text, start, end) is not None
        )
        and any(start <= t.start < end for t in ctx.times)
        and (
            _MOVED_BEFORE_RE.search(ctx.text, start, end) is not None
            # ("were about half what they were in 2021")
            or _WHAT_IT_WAS_RE.search(ctx.text, start, end) is not None
        )
    )


_WHAT_IT_WAS_RE = compile_scan(r"\bwhat\s+(?:it|they)\s+(?:was|were)\b", re.I)


def _own_move_turn(ctx: Ctx, start: int, end: int) -> re.Match[str] | None:
    """ "Glasgow had its lowest murder count on record in 2023, yet its rate is still higher
    than Edinburgh's": a move or a record set against the order is a claim of its own, so the
    order's words start after the turn."""
    turn = last_match(_TURN_CUT_RE, ctx.text, start, end)
    if turn is not None and (
        _MOVED_BEFORE_RE.search(ctx.text, start, turn.start())
        or _RECORD_BEFORE_RE.search(ctx.text, start, turn.start())
    ):
        # (not "Canada's rose too, but only about 7%, and per head Canada is ...": the
        # figure after the turn is the move's)
        if any(turn.end() <= q.start < end for q in ctx.quantities):
            return None
        return turn
    return None


#: a conjunction that sets its clause against the one before: "..., but", " yet", " while"
_TURN_CUT_RE = compile_scan(
    # ("... hit its highest level in a decade, still well below New York's")
    r"(?:,\s*|\s+)" + TURN_WORDS_SRC + r"\s+|,\s*(?=still\s)",
    re.I,
)
_RECORD_BEFORE_RE = compile_scan(r"\b(?:record|lowest|highest|fewest|all-time)\b", re.I)
_MOVED_BEFORE_RE = compile_scan(
    r"\b(?:rose|risen|fell|fallen|dropped|dipped|climbed|jumped|soared|surged|slumped|plunged|declined|decreased|"
    r"increased|cut|halved|doubled|tripled|reduced|slashed|went\s+(?:up|down)|(?:is|are|was|were)\s+(?:up|down)|up|down)\b",
    re.I,
)


def _ratio_value(m: re.Match[str]) -> float | None:
    if m.group("same"):
        return 1.0
    if m.group("n"):
        if m.group("half"):  # "three and a half times"
            whole = small_number(m.group("n")[: m.start("half") - m.start("n")])
            return None if whole is None else whole + 0.5
        return small_number(m.group("n"))
    if m.group("w"):
        w = m.group("w").lower()
        return MULTIPLIER_WORDS.get(w) or FRACTIONS[" ".join(w.split())]
    if m.group("x"):
        return float(m.group("x"))
    if m.group("fold"):
        v = (
            words_to_number(m.group("fold"))
            if not m.group("fold").isdigit()
            else float(m.group("fold"))
        )
        return v
    return None


_TO_ONE_RE = compile_scan(
    r"(?<![\w.])(?P<n>\d+(?:\.\d+)?|two|three|four|five|six|seven|eight|nine|ten|twenty)\s+to\s+"
    r"(?:one|1)\b[\s:,—–-]*",
    re.I,
)
_VS_GAP_RE = compile_re(r"\s*(?:vs\.?|versus|v\.?)\s*", re.I)


def _to_one(ctx: Ctx, sent: tuple[int, int], sent_places: list[tuple[int, PlaceMention]]) -> None:
    """ "Ten to one: Chicago vs London homicides in 2023": the first place's figure against the
    second's, as a ratio."""
    text = ctx.text
    for m in _TO_ONE_RE.finditer(text, sent[0], sent[1]):
        pair = [p for _, p in sent_places if p.start >= m.end()][:2]
        if (
            len(pair) < 2
            or pair[0].start != m.end()
            or not _VS_GAP_RE.fullmatch(text, pair[0].end, pair[1].start)
        ):
            continue
        ratio = small_number(m.group("n"))
        metric = metric_for(ctx, m.start(), sent, sent, allow_incident=False)
        if ratio is None or metric is None:
            continue
        add(
            ctx,
            kind="comparison",
            start=m.start(),
            end=max(pair[1].end, metric.end),
            metric=metric,
            pos=m.start(),
            clause=sent,
            sent=sent,
            value=(ratio, ratio),
            unit=unit_of(ctx, metric, sent),
            periods=change_periods(ctx, sent, sent, want_baseline=False),
            negated=False,
            place=pair[0].place,
            place_how=pair[0].how,
            other_geography=pair[1].place,
            relation="ratio",
        )
        ctx.used_spans.append((m.start(), pair[1].end))
