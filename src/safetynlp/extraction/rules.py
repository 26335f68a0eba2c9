"""Assemble claims (spec section 1) from the mentions found in a post.

The builder works clause by clause: numbers attach to the crime metric that names them,
cue words ("up", "halved", "every", "lowest since", "more ... than") decide the claim kind,
and what a clause leaves unsaid (the metric, the place, the period) is carried over from
the rest of the post, as a reader would.

The shared per-post context (sentences, clauses, metric/place/period resolution, claim
construction) is in `safetynlp.extraction.context`.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from datetime import date
from typing import TypeVar

from safetynlp.extraction import timex
from safetynlp.extraction.context import (
    FRACTION_RE,
    NOT_COUNT_NOUN,
    Ctx,
    Periods,
    add,
    apply_hedge,
    change_periods,
    clause_of,
    extend_time,
    hedge_before,
    interval,
    is_negated,
    metric_for,
    own_subject,
    plus_after,
    refers_back,
    small_number,
    split_clauses,
    split_sentences,
    times_in,
    unit_of,
    used,
    within,
)
from safetynlp.extraction.lexicon import (
    Lexicon,
    MetricMention,
    PlaceMention,
    find_metrics,
    find_places,
    load_lexicon,
)
from safetynlp.extraction.numbers import (
    CHANGED_FROM_RE,
    FRACTIONS,
    MULTIPLIER_VERBS,
    Quantity,
    find_quantities,
    words_to_number,
)
from safetynlp.extraction.spans import slice_by_start
from safetynlp.extraction.timex import Span, TimeRef
from safetynlp.types import Claim

__all__ = ["CONTEXT_SENTENCES", "apply_hedge", "build_claims"]


_T = TypeVar("_T", MetricMention, PlaceMention, TimeRef, Quantity)
_TIME_UNIT = {"minute": 1440.0, "hour": 24.0, "day": 1.0, "week": 1.0, "month": 1.0, "year": 1.0}
_PER_OF_UNIT = {
    "minute": "day",
    "hour": "day",
    "day": "day",
    "week": "week",
    "month": "month",
    "year": "year",
}
_ABS_CHANGE_AFTER_RE = re.compile(r"\s+(?:more|fewer|extra|additional|less)\b", re.I)
_ABS_CHANGE_BEFORE_RE = re.compile(
    r"\b(?:up|down|rose|risen|fell|fallen|increased|decreased|dropped|jumped|climbed|grew|"
    r"declined|increase\s+of|decrease\s+of|rise\s+of|fall\s+of|drop\s+of)\s+(?:by\s+)?"
    r"(?:about\s+|around\s+|roughly\s+|nearly\s+|almost\s+|over\s+|more\s+than\s+|some\s+)?$",
    re.I,
)
#: "Teen, 16,", "a boy (15)": a number right after a person noun is an age
_AGE_BEFORE_RE = re.compile(
    r"\b(?:teen|teenager|boy|girl|man|woman|youth|victim|mother|father|student|pupil|"
    r"son|daughter|child|schoolboy|schoolgirl)s?\s*[,(]\s*$",
    re.I,
)
#: "per episode", "each game": a count per something that is neither time nor population
_PER_THING_RE = re.compile(
    r"\s+(?:per|each|every|a)\s+(?:episode|game|match|season|book|film|movie|show|page|chapter|"
    r"level|round)s?\b",
    re.I,
)
_MULT_VERB_RE = re.compile(
    r"(?<![\w-])(?P<v>"
    + "|".join(MULTIPLIER_VERBS)
    # a base form only where a negation makes it a verb: "did NOT double" (not "a double murder")
    + r"|(?:(?<=n't\s)|(?<=n’t\s)|(?<=not\s))(?:double|triple|treble|quadruple|halve))(?![\w-])",
    re.I,
)
_FUTURE_RE = re.compile(r"\b(?:will|won['’]t|would|wouldn['’]t|shall)\s+(?:not\s+)?$", re.I)
_BASE_MULTIPLIER = {"double": 2.0, "triple": 3.0, "treble": 3.0, "quadruple": 4.0, "halve": 0.5}
_RATIO_RE = re.compile(
    r"(?<![\w-])(?:(?P<n>\d+(?:\.\d+)?|one|two|three|four|five|six|seven|eight|nine|ten|twenty|a\s+hundred)\s*(?:times|x)|(?P<w>twice|double|triple|treble|quadruple|half|a\s+third|a\s+quarter|a\s+fifth|a\s+tenth)|x\s?(?P<x>\d+)|(?P<fold>\w+)[-\s]?fold)(?![\w-])",
    re.I,
)
_PER_100K_RE = re.compile(
    r"\s*(?P<what>(?:[A-Za-z-]+\s+){0,3}?)(?:per|for\s+every|in\s+every|every)\s+(?:(?P<base>100,?000|100\s?k|100\s000|hundred\s+thousand|million|1,?000,?000|1m|1,?000|thousand)|capita|head)\b(?:\s+(?:people|residents|population|inhabitants))?",
    re.I,
)
_FREQ_EVERY_RE = re.compile(
    r"(?P<every>every|each)\s+(?:(?P<hedge>single\s+)?)(?P<n>(?:\d+(?:\.\d+)?|[a-z]+(?:[\s-][a-z]+)*?(?:\s+and\s+a\s+half)?)\s+)?(?P<unit>minute|min|hour|hr|day|week|wk|month|year|yr)s?\b",
    re.I,
)
_FREQ_A_RE = re.compile(
    r"(?:(?P<a>a|an|per|each)\s+|every\s+single\s+)(?P<unit>minute|min|hour|hr|day|week|wk|month|year|yr)\b",
    re.I,
)
#: "every 5 mins", "3 a wk": abbreviated time units
_UNIT_ALIAS = {"min": "minute", "hr": "hour", "wk": "week", "yr": "year"}
_COMPARE_MORE_RE = re.compile(
    r"\b(?P<rel>more|fewer|less|higher|lower|greater|worse|safer|deadlier|more\s+dangerous)\b(?P<mid>[^.!?]{0,60}?)\b(?:than|as)\s+(?:in\s+)?(?:both\s+)?",
    re.I,
)
_OVERTOOK_RE = re.compile(
    r"\b(?:overtook|overtaken|overtaking|outstripped|surpassed|outpaced)\b", re.I
)
_LEVEL_VERB_RE = re.compile(
    r"\b(?:hit|hits|reached|reach|was|were|is|are|at|had|has|have|saw|sees|recorded|records|"
    r"totalled|totaled|stood\s+at|stands\s+at|to|from|of|numbered|topped|passed|exceeded|"
    r"compared\s+(?:with|to)|vs\.?|versus|and|with)\s*$",
    re.I,
)


def _level_period(
    ctx: Ctx, q_end: int, clause: tuple[int, int], sent: tuple[int, int]
) -> Span | None:
    """A period written right after the number ("126 in 2020", "196 in 2022/23")."""
    for r in ctx.times:
        if (
            r.kind in ("period", "ytd", "now")
            and q_end <= r.start <= q_end + 40
            and within(r.start, clause)
        ):
            gap = ctx.text[q_end : r.start]
            if re.fullmatch(r"[\sA-Za-z&'-]{0,40}", gap) and not re.search(r"\b(?:to|from)\b", gap):
                if r.kind == "now":
                    if gap.strip():
                        continue
                    return timex.calendar_year(timex.latest_complete_year(ctx.ref))
                return r.span
    return None


def _q_index_at(ctx: Ctx, start: int, end: int) -> int | None:
    for i, q in enumerate(ctx.quantities):
        if q.start >= start and q.end <= end:
            return i
    return None


def _comparisons(ctx: Ctx, sent: tuple[int, int]) -> None:
    text = ctx.text
    s0, s1 = sent
    sent_places = [(i, p) for i, p in enumerate(ctx.places) if within(p.start, sent)]
    if len(sent_places) < 2:
        return
    # multiples: "twice as many X as Y", "5 times more X than Y", "TEN times Y's X", "double Y's"
    for m in _RATIO_RE.finditer(text, s0, s1):
        others = [
            (i, p)
            for i, p in sent_places
            if p.start >= m.end()
            and re.fullmatch(
                r"\s*(?:(?:as\s+many|as\s+much|more|higher|as\s+high|the)\b[^.!?]{0,40}?\b(?:as|than|of)\s+(?:in\s+)?|of\s+|)",
                text[m.end() : p.start],
                re.I,
            )
            is not None
            and (
                text[m.end() : p.start].strip() != ""
                or re.match(r"['’]s?(?:\b|\s|$)", text[p.end : p.end + 3]) is not None
            )
        ]
        if not others:
            continue
        _, other = others[0]
        firsts = [(i, p) for i, p in sent_places if p.end <= m.start()]
        if not firsts:
            continue
        _, first = firsts[-1]
        ratio = _ratio_value(m)
        if ratio is None:
            continue
        hedge, hstart = hedge_before(ctx, m.start())
        lo, hi = apply_hedge(ratio, hedge)
        metric = metric_for(ctx, m.start(), sent, sent, allow_incident=False)
        if metric is None:
            continue
        periods = change_periods(ctx, sent, sent, want_baseline=False)
        add(
            ctx,
            kind="comparison",
            start=first.start,
            end=max(other.end, metric.end),
            metric=metric,
            pos=first.start,
            clause=sent,
            sent=sent,
            value=interval(lo, hi),
            unit=unit_of(ctx, metric, sent),
            periods=periods,
            negated=is_negated(ctx, first.end, m.start()),
            place=first.place,
            place_how=first.how,
            other_geography=other.place,
            relation="ratio",
        )
        ctx.used_spans.append((min(hstart, m.start()), other.end))
        q = _q_index_at(ctx, m.start(), m.end())
        if q is not None:
            ctx.used_q.add(q)
        return
    # order: "more X than Y", "lower than both Paris and Berlin", "overtook Y"
    for m in list(_COMPARE_MORE_RE.finditer(text, s0, s1)) + list(
        _OVERTOOK_RE.finditer(text, s0, s1)
    ):
        rel_word = (
            m.group("rel").lower() if "rel" in m.groupdict() and m.group("rel") else "overtook"
        )
        others = []
        for i, p in sent_places:
            if p.start < m.end():
                continue
            gap = text[m.end() : p.start]
            if re.fullmatch(r"[\s'‘’\"“”]*(?:(?:and|or|both|even|in|the|,)\s*)*", gap, re.I):
                others.append((i, p))
                continue
            if others and re.fullmatch(r"\s*(?:,|and|or|&)\s*", text[others[-1][1].end : p.start]):
                others.append((i, p))
                continue
            break
        if not others:
            continue
        firsts = [(i, p) for i, p in sent_places if p.end <= m.start()]
        if not firsts:
            # "There were more murders in London than in Toronto": the first place sits
            # between the comparative and "than"
            firsts = [
                (i, p)
                for i, p in sent_places
                if m.start() < p.start and p.end <= others[0][1].start and p not in others
            ]
        if not firsts:
            continue
        _, first = firsts[-1]
        metric = metric_for(ctx, m.start(), sent, sent, allow_incident=False)
        if metric is None:
            continue
        if rel_word in (
            "more",
            "higher",
            "greater",
            "worse",
            "deadlier",
            "more dangerous",
            "overtook",
        ):
            relation = "greater"
        else:
            relation = "less"
        unit = unit_of(ctx, metric, sent)
        if rel_word in ("safer", "more dangerous", "deadlier"):
            unit = "rate_per_100k"
        periods = change_periods(ctx, sent, sent, want_baseline=False)
        for _, other in others:
            add(
                ctx,
                kind="comparison",
                start=first.start,
                end=max(other.end, m.end()),
                metric=metric,
                pos=first.start,
                clause=sent,
                sent=sent,
                value=None,
                unit=unit,
                periods=periods,
                negated=is_negated(ctx, first.end, m.start()),
                place=first.place,
                place_how=first.how,
                other_geography=other.place,
                relation=relation,
            )
        ctx.used_spans.append((m.start(), others[-1][1].end))
        return


def _ratio_value(m: re.Match[str]) -> float | None:
    if m.group("n"):
        return small_number(m.group("n"))
    if m.group("w"):
        return {
            "twice": 2.0,
            "double": 2.0,
            "triple": 3.0,
            "treble": 3.0,
            "quadruple": 4.0,
            "half": 0.5,
        }.get(m.group("w").lower()) or FRACTIONS[" ".join(m.group("w").lower().split())]
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


def _frequencies(ctx: Ctx, sent: tuple[int, int], clauses: list[tuple[int, int]]) -> None:
    text = ctx.text
    s0, s1 = sent
    for m in _FREQ_EVERY_RE.finditer(text, s0, s1):
        unit = _UNIT_ALIAS.get(m.group("unit").lower(), m.group("unit").lower())
        every_n = 1.0
        if m.group("n"):
            n_text = m.group("n").strip()
            parsed = float(n_text) if n_text[0].isdigit() else words_to_number(n_text)
            if parsed is None:
                continue
            every_n = parsed
        # what is counted: "a stabbing every 5 minutes", "one every four days", "3 ... every day"
        left = text[max(s0, m.start() - 70) : m.start()]
        count = 1.0
        q_left = [
            (i, q)
            for i, q in enumerate(ctx.quantities)
            if s0 <= q.start < m.start()
            and q.end <= m.start()
            and i not in ctx.used_q
            and m.start() - q.end < 45
        ]
        hedge_pos = m.start()
        vague: Quantity | None = None  # "hundreds of" carries its own interval
        if q_left and not m.group("n"):
            i, q = q_left[-1]
            count = q.value
            hedge_pos = q.start
            ctx.used_q.add(i)
            if q.lo is not None:
                vague = q
        else:
            am = re.search(r"\b(?:a|an|one)\s+(?:[\w-]+\s+){0,3}$", left, re.I)
            if (
                not am
                and not re.search(r"\bthere'?s\b|\bit'?s\b|\bthat'?s\b", left, re.I)
                and not re.search(
                    r"(?:murder|stabbing|shooting|killing|homicide|offence|crime)s?\s*$", left, re.I
                )
                and not re.search(
                    r"\b(?:someone|somebody|a\s+person|a\s+(?:man|woman|child|teenager|teen|young\s+person))\b",
                    left,
                    re.I,
                )
            ):
                continue
            if am:
                hedge_pos = m.start() - len(left) + am.start()
        for i, q in enumerate(ctx.quantities):
            if q.start >= m.start() and q.end <= m.end():
                ctx.used_q.add(i)
        per_unit = _TIME_UNIT[unit]
        value = count * per_unit / every_n
        per = _PER_OF_UNIT[unit]
        hedge, hstart = hedge_before(ctx, hedge_pos)
        if hedge is None:
            hedge, hstart = hedge_before(ctx, m.start())
        lo, hi = apply_hedge(value, hedge)
        if vague is not None and vague.lo is not None and vague.hi is not None:
            lo, hi = vague.lo * per_unit / every_n, vague.hi * per_unit / every_n
        clause = clause_of(clauses, m.start(), sent)
        metric = metric_for(ctx, m.start(), clause, sent, allow_incident=True)
        start = min(hstart, hedge_pos)
        add(
            ctx,
            kind="frequency",
            start=start,
            end=m.end(),
            metric=metric,
            pos=m.start(),
            clause=clause,
            sent=sent,
            value=interval(lo, hi),
            unit="count",
            periods=change_periods(ctx, clause, sent, want_baseline=False),
            negated=is_negated(ctx, max(s0, start - 12), start),
            per=per,
        )
    for m in _FREQ_A_RE.finditer(text, s0, s1):
        if used(ctx, m.start(), m.end()):
            continue
        q_left = [
            (i, q)
            for i, q in enumerate(ctx.quantities)
            if s0 <= q.start
            and q.end <= m.start()
            and i not in ctx.used_q
            and m.start() - q.end < 40
        ]
        if not q_left:
            # "A murder a day": the article counts one of what it names
            art = re.search(r"\b(?:a|an|one)\s+((?:[\w-]+\s+){1,3})$", text[s0 : m.start()], re.I)
            if art is None:
                continue
            a_start = s0 + art.start()
            if not any(a_start < mm.start < m.start() for mm in ctx.metrics):
                continue
            q = Quantity(a_start, a_start + len(art.group(0).split()[0]), 1.0, "number", "a")
            q_left = [(-1, q)]
        i, q = q_left[-1]
        gap = text[q.end : m.start()]
        if NOT_COUNT_NOUN.match(gap) or q.kind == "percent":
            continue
        if re.search(r"[£$€]\s*$", text[max(0, q.start - 2) : q.start]):
            continue
        unit = _UNIT_ALIAS.get(m.group("unit").lower(), m.group("unit").lower())
        clause = clause_of(clauses, m.start(), sent)
        metric = metric_for(ctx, q.start, clause, sent, allow_incident=True)
        if metric is None:
            continue
        ctx.used_q.add(i)
        value = q.value * _TIME_UNIT[unit]
        hedge, hstart = hedge_before(ctx, q.start)
        lo, hi = apply_hedge(value, hedge)
        if q.lo is not None and q.hi is not None:
            lo, hi = q.lo * _TIME_UNIT[unit], q.hi * _TIME_UNIT[unit]
        if plus_after(ctx, q):
            lo, hi = value, None
        start = min(hstart, q.start)
        add(
            ctx,
            kind="frequency",
            start=start,
            end=m.end(),
            metric=metric,
            pos=q.start,
            clause=clause,
            sent=sent,
            value=interval(lo, hi),
            unit="count",
            periods=change_periods(ctx, clause, sent, want_baseline=False),
            negated=is_negated(ctx, max(s0, start - 12), start),
            per=_PER_OF_UNIT[unit],
        )


def _then_periods(ctx: Ctx, end: int, clause: tuple[int, int], sent: tuple[int, int]) -> Periods:
    """ "twice what it was in 2014": the period written after "what it was" is the baseline;
    the claim is about the clause's other period or, without one, the latest complete one."""
    periods = change_periods(ctx, clause, sent, want_baseline=True)
    then = next(
        (
            r
            for r in ctx.times
            if r.kind == "period"
            and r.span is not None
            and end <= r.start <= end + 12
            and re.fullmatch(r"\s*(?:back\s+)?(?:in\s+)?", ctx.text[end : r.start], re.I)
        ),
        None,
    )
    if then is None or then.span is None:
        return periods
    other = next(
        (r.span for r in times_in(ctx, clause) if r is not then and r.kind == "period" and r.span),
        None,
    )
    if other is None:
        if timex.is_financial(then.span):
            other = timex.financial_year(timex.latest_complete_fy(ctx.ref))
        else:
            other = timex.calendar_year(timex.latest_complete_year(ctx.ref))
    return Periods(other, then.span, True)


_MINUS_PCT_RE = re.compile(r"(?:^|(?<=[\s(:]))[-−–](?P<n>\d+(?:\.\d+)?)\s?%")
_SIGN_BEFORE_RE = re.compile(r"(?:(?P<up>[+↑▲⬆📈])|(?P<down>[-−–↓▼⬇📉]))\s?$")

#: "fell by a record 15%", "up a whopping 40%": words between the change verb and its size
_SIZE_WORDS = (
    r"(?:\s+(?:a|an)?\s*(?:record|whopping|staggering|massive|huge|further|another|"
    r"astonishing|incredible|shocking|extra|additional|mere|modest))?"
)
_RECORD_CHANGE_RE = re.compile(
    r"[-\s]+(?:(?:~\s*)?[\d.,]+\s*(?:%|per\s?cent|percent|pc)|(?:fall|drop|decline|rise|increase|jump)s?\b)",
    re.I,
)


def _changes(ctx: Ctx, sent: tuple[int, int], clauses: list[tuple[int, int]]) -> None:
    text = ctx.text
    s0, s1 = sent
    # "doubled", "HALVED", "tripled"
    for m in _MULT_VERB_RE.finditer(text, s0, s1):
        if used(ctx, m.start(), m.end()):
            continue
        verb = m.group("v").lower()
        if verb in _BASE_MULTIPLIER and _FUTURE_RE.search(text, max(s0, m.start() - 16), m.start()):
            continue  # "will not double by 2030" predicts, it does not report
        ratio = MULTIPLIER_VERBS.get(verb) or _BASE_MULTIPLIER[verb]
        hedge, hstart = hedge_before(ctx, m.start())
        clause = clause_of(clauses, m.start(), sent)
        metric = metric_for(ctx, m.start(), clause, sent, allow_incident=False)
        if (
            metric is not None
            and metric.start < sent[0]
            and not refers_back(ctx, clause[0], m.start())
        ):
            continue
        neg = is_negated(ctx, max(clause[0], m.start() - 20), m.start())
        value = _multiplier_change(ratio, hedge)
        add(
            ctx,
            kind="change",
            start=metric.start if metric and metric.start >= clause[0] else m.start(),
            end=extend_time(ctx, m.end(), clause),
            metric=metric,
            pos=m.start(),
            clause=clause,
            sent=sent,
            value=value,
            unit="percent_change",
            periods=change_periods(ctx, clause, sent, want_baseline=True),
            negated=neg,
        )
    # "x2 since 2019", "a tenfold rise"
    for m in re.finditer(
        r"(?<![\w£$])(?:x\s?(?P<x>\d+(?:\.\d+)?)|(?P<n>\d+(?:\.\d+)?)x|(?P<fold>two|three|four|five|ten|\d+)[-\s]?fold)(?![\w-])",
        text[s0:s1],
        re.I,
    ):
        ms, me = s0 + m.start(), s0 + m.end()
        if used(ctx, ms, me):
            continue
        raw = m.group("x") or m.group("n") or m.group("fold")
        ratio = float(raw) if raw[0].isdigit() else (words_to_number(raw) or 0.0)
        if ratio <= 1:
            continue
        clause = clause_of(clauses, ms, sent)
        metric = metric_for(ctx, ms, clause, sent, allow_incident=False)
        if metric is None or not within(metric.start, sent):
            continue
        for j, q in enumerate(ctx.quantities):
            if q.start >= ms and q.end <= me:
                ctx.used_q.add(j)
        add(
            ctx,
            kind="change",
            start=ms,
            end=extend_time(ctx, me, clause),
            metric=metric,
            pos=ms,
            clause=clause,
            sent=sent,
            value=_ratio_to_change(ratio, ratio),
            unit="percent_change",
            periods=change_periods(ctx, clause, sent, want_baseline=True),
            negated=is_negated(ctx, max(clause[0], ms - 20), ms),
        )
    # "less than half what they were", "a third of what it was"
    for m in re.finditer(
        r"(?P<f>half|a\s+third|a\s+quarter|a\s+fifth|two\s+thirds|three\s+quarters|twice|double|triple|\d+\s+times)\s+(?:of\s+)?(?:what|the\s+level|the\s+number)\s+(?:they|it|there)\s+(?:were|was|had\s+been)",
        text[s0:s1],
        re.I,
    ):
        ms, me = s0 + m.start(), s0 + m.end()
        if used(ctx, ms, me):
            continue
        f = m.group("f").lower()
        ratio = (
            FRACTIONS.get(f)
            or {"twice": 2.0, "double": 2.0, "triple": 3.0}.get(f)
            or float(f.split()[0])
        )
        hedge, hstart = hedge_before(ctx, ms)
        lo, hi = apply_hedge(ratio, hedge)
        clause = clause_of(clauses, ms, sent)
        metric = metric_for(ctx, ms, clause, sent, allow_incident=False)
        add(
            ctx,
            kind="change",
            start=metric.start if metric and metric.start >= clause[0] else hstart,
            end=extend_time(ctx, me, clause),
            metric=metric,
            pos=ms,
            clause=clause,
            sent=sent,
            value=_ratio_to_change(lo, hi),
            unit="percent_change",
            periods=_then_periods(ctx, me, clause, sent),
            negated=is_negated(ctx, max(clause[0], hstart - 20), hstart),
        )
    # percent or fraction after a change verb: "up 30%", "down about a third", "jumped by a fifth"
    cands: list[tuple[int, int, float, int | None]] = []
    for i, q in enumerate(ctx.quantities):
        if s0 <= q.start < s1 and i not in ctx.used_q and q.kind == "percent":
            cands.append((q.start, q.end, q.value, i))
    for m in FRACTION_RE.finditer(text, s0, s1):
        if not used(ctx, m.start(), m.end()):
            cands.append((m.start(), m.end(), FRACTIONS[m.group("f").lower()] * 100, None))
    # "-11%": the number reader leaves a minus-signed number alone (it is usually a range end)
    for m in _MINUS_PCT_RE.finditer(text, s0, s1):
        if not used(ctx, m.start("n"), m.end()):
            cands.append((m.start("n"), m.end(), float(m.group("n")), None))
    ranged = {
        i: q.lo for i, q in enumerate(ctx.quantities) if q.kind == "percent" and q.lo is not None
    }
    for qs, qe, magnitude, qi in sorted(cands):
        if used(ctx, qs, qe):
            continue
        hedge, hstart = hedge_before(ctx, qs)
        clause = clause_of(clauses, qs, sent)
        range_lo: float | None = ranged.get(qi) if qi is not None else None
        rm = (
            None
            if range_lo is not None
            else re.search(
                r"(\d+(?:\.\d+)?)\s*%?\s*(?:to|-|–)\s*$", text[max(clause[0], qs - 20) : qs]
            )
        )
        if rm and hedge is None:
            range_lo = float(rm.group(1))
            hstart = qs - (len(text[max(clause[0], qs - 20) : qs]) - rm.start())
            for j, other in enumerate(ctx.quantities):
                if other.start == hstart:
                    ctx.used_q.add(j)
        before = text[max(clause[0], hstart - 40) : hstart]
        dm = re.search(
            rf"(?<![\w-])(?P<v>{ctx.lex.cue_src['change_up']}|{ctx.lex.cue_src['change_down']})(?:\s+by)?{_SIZE_WORDS}\s*$",
            before,
            re.I,
        )
        after = re.match(
            r"\s*(?P<n>rise|increase|jump|surge|spike|hike|fall|drop|decrease|reduction|decline|cut|lower|higher|more|fewer|up|down)\b",
            text[qe:s1],
            re.I,
        )
        if dm:
            sign = 1 if re.fullmatch(ctx.lex.cue_src["change_up"], dm.group("v"), re.I) else -1
            cue_start = hstart - len(before) + dm.start()
        elif after:
            word = after.group("n").lower()
            sign = (
                1
                if word
                in ("rise", "increase", "jump", "surge", "spike", "hike", "higher", "more", "up")
                else -1
            )
            cue_start = qs
        elif sm := _SIGN_BEFORE_RE.search(text, max(clause[0], qs - 3), qs):
            # "+20% YoY", "-11% y/y", "↓11%": the sign is the direction (a "+" here is no hedge)
            sign = -1 if sm.group("down") else 1
            cue_start = sm.start()
            if sm.group("up") == "+":
                hedge, hstart = None, qs
        else:
            continue
        lo, hi = apply_hedge(magnitude, hedge)
        if range_lo is not None:
            lo, hi = min(range_lo, magnitude), max(range_lo, magnitude)
        if sign < 0:
            lo, hi = (-hi if hi is not None else -100.0), (-lo if lo is not None else None)
        if qi is not None:
            ctx.used_q.add(qi)
        metric = metric_for(ctx, qs, clause, sent, allow_incident=False)
        if (
            metric is not None
            and not within(metric.start, clause)
            and own_subject(ctx, clause[0], cue_start)
        ):
            continue  # "..., and subway delays have soared 45 percent"
        neg = is_negated(ctx, max(clause[0], cue_start - 20), cue_start)
        add(
            ctx,
            kind="change",
            start=min(cue_start, hstart),
            end=extend_time(ctx, qe, clause),
            metric=metric,
            pos=qs,
            clause=clause,
            sent=sent,
            value=interval(lo, hi),
            unit="percent_change",
            periods=change_periods(ctx, clause, sent, want_baseline=True),
            negated=neg,
        )


def _multiplier_change(ratio: float, hedge: str | None) -> tuple[float | None, float | None]:
    """ "nearly doubled" is [90, 100]; "more than halved" is [-100, -50]: hedges size the move."""
    move = (ratio - 1) * 100
    lo, hi = apply_hedge(abs(move), hedge)
    if move >= 0:
        return interval(lo, hi)
    lo_c = -100.0 if hi is None else max(-100.0, -hi)
    return interval(lo_c, None if lo is None else -lo)


def _ratio_to_change(lo: float | None, hi: float | None) -> tuple[float | None, float | None]:
    return interval(
        None if lo is None else (lo - 1) * 100,
        None if hi is None else (hi - 1) * 100,
    )


def _rates(ctx: Ctx, sent: tuple[int, int], clauses: list[tuple[int, int]]) -> None:
    for i, q in enumerate(ctx.quantities):
        if not (sent[0] <= q.start < sent[1]) or i in ctx.used_q or q.kind == "percent":
            continue
        m = _PER_100K_RE.match(ctx.text, q.end)
        if not m or re.search(r"\b(?:than|and|but|or|in|of)\b", m.group("what"), re.I):
            continue
        # the base of the rate ("per 100,000") is not a figure of its own
        if m.group("base"):
            for j, other in enumerate(ctx.quantities):
                if m.start("base") <= other.start < m.end("base"):
                    ctx.used_q.add(j)
        base = (m.group("base") or "100000").lower().replace(",", "").replace(" ", "")
        factor = {"million": 0.1, "1000000": 0.1, "1m": 0.1, "1000": 100.0, "thousand": 100.0}.get(
            base, 1.0
        )
        if m.group("base") is None:  # per capita as a bare fraction
            factor = 1e5 if q.value < 0.01 else 1.0
        ctx.used_q.add(i)
        value = q.value * factor
        hedge, hstart = hedge_before(ctx, q.start)
        lo, hi = apply_hedge(value, hedge)
        clause = clause_of(clauses, q.start, sent)
        metric = metric_for(ctx, q.start, clause, sent, allow_incident=True)
        add(
            ctx,
            kind="level",
            start=metric.start if metric and sent[0] <= metric.start < hstart else hstart,
            end=m.end(),
            metric=metric,
            pos=q.start,
            clause=clause,
            sent=sent,
            value=interval(lo, hi),
            unit="rate_per_100k",
            periods=change_periods(ctx, clause, sent, want_baseline=False),
            negated=is_negated(ctx, max(clause[0], hstart - 25), hstart),
        )


#: "3 in 4 say the Met does a good job", "one in ten murders solved": a share
_SHARE_RE = re.compile(
    r"(?<![\w.,])(?P<n>\d{1,2}|one|two|three|four|five|six|seven|eight|nine)\s+(?:in|out\s+of)\s+"
    r"(?P<d>\d{1,3}|two|three|four|five|six|seven|eight|nine|ten|twenty|a\s+hundred)\b(?![.,]\d)",
    re.I,
)


def _percent_levels(ctx: Ctx, sent: tuple[int, int], clauses: list[tuple[int, int]]) -> None:
    pct_metrics = [
        mm
        for mm in ctx.metrics
        if within(mm.start, sent)
        and (ctx.lex.taxonomy.metrics.get(mm.metric or "") is not None)
        and ctx.lex.taxonomy.metrics[mm.metric or ""].unit == "percent"
    ]
    if not pct_metrics:
        return
    cands: list[tuple[int, int, float, int | None]] = []
    for i, q in enumerate(ctx.quantities):
        if sent[0] <= q.start < sent[1] and i not in ctx.used_q and q.kind == "percent":
            cands.append((q.start, q.end, q.value, i))
    for m in FRACTION_RE.finditer(ctx.text, sent[0], sent[1]):
        if re.match(r"\s+(?:of|the)\b", ctx.text[m.end() : m.end() + 5], re.I):
            cands.append((m.start(), m.end(), FRACTIONS[m.group("f").lower()] * 100, None))
    for m in _SHARE_RE.finditer(ctx.text, sent[0], sent[1]):
        n, d = small_number(m.group("n")), small_number(m.group("d"))
        if n is not None and d and 0 < n < d:
            cands.append((m.start(), m.end(), round(100 * n / d, 4), None))
    for qs, qe, value, qi in cands:
        if used(ctx, qs, qe):
            continue
        hedge, hstart = hedge_before(ctx, qs)
        lo, hi = apply_hedge(value, hedge)
        metric = min(pct_metrics, key=lambda mm: abs(mm.start - qs))
        clause = clause_of(clauses, qs, sent)
        if qi is not None:
            ctx.used_q.add(qi)
        add(
            ctx,
            kind="level",
            start=min(hstart, metric.start),
            end=max(qe, metric.end),
            metric=metric,
            pos=qs,
            clause=sent,
            sent=sent,
            value=interval(lo, hi),
            unit="percent",
            periods=_level_roles(ctx, qs, qe, hstart, clause, sent),
            negated=is_negated(ctx, max(sent[0], hstart - 25), hstart),
        )


def _count_levels(ctx: Ctx, sent: tuple[int, int], clauses: list[tuple[int, int]]) -> None:
    text = ctx.text
    ctx.lex.cues["generic_nouns"]
    for i, q in enumerate(ctx.quantities):
        if not (sent[0] <= q.start < sent[1]) or i in ctx.used_q or q.kind == "percent":
            continue
        if used(ctx, q.start, q.end):
            continue
        if any(t.start <= q.start < t.end for t in ctx.times):
            continue
        if re.fullmatch(r"1[89]\d\d|20\d\d", q.text) and not any(
            0 <= mm.start - q.end <= 3 for mm in ctx.metrics
        ):
            continue
        if NOT_COUNT_NOUN.match(text, q.end) or re.match(
            r"\s*[-–:/]\s*\d", text[q.end : q.end + 4]
        ):
            continue
        if re.search(
            r"[£$€#@]\s*$|\d[-–]\s*$|\b(?:no\.?|number|top|season|episode|bus|route|zone|line|platform|chapter|page|part)\s+$",
            text[max(0, q.start - 10) : q.start],
            re.I,
        ):
            continue
        if re.search(
            r"\b(?:call|dial|ring)\b[^.!?\d]{0,40}(?:\d+[^.!?\d]{0,30})?$",
            text[max(sent[0], q.start - 80) : q.start],
            re.I,
        ):  # phone numbers: "call 999 ... or 101"
            continue
        if re.search(
            r"\b(?:goal|target|aim|plan)\s+of\s+$", text[max(0, q.start - 16) : q.start], re.I
        ):
            continue  # an aspiration, not a statistic
        if re.search(
            r"\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?\s+$",
            text[max(0, q.start - 12) : q.start],
            re.I,
        ) or (
            q.value <= 31
            and re.match(r"(?:st|nd|rd|th)?,?\s+(?:19|20)\d\d\b", text[q.end : q.end + 8])
        ):
            continue  # a date: "Jan. 29, 2017", "29, 2017"
        if q.value >= 1_000_000 and re.match(r"\s+(?:in|of)\b", text[q.end : q.end + 4]):
            continue  # "75 million in hospice fraud" is money
        if _ABS_CHANGE_AFTER_RE.match(text, q.end) or _ABS_CHANGE_BEFORE_RE.search(
            text, max(sent[0], q.start - 30), q.start
        ):
            continue  # "up 1,000 offences", "12 more murders than": a difference, not a level
        if _AGE_BEFORE_RE.search(text, max(0, q.start - 14), q.start) and re.match(
            r"\s*[,)]", text[q.end : q.end + 2]
        ):
            continue  # "Teen, 16, stabbed to death": an age
        if text[q.end : q.end + 1] == "p" or re.search(
            r"\b(?:out\s+of|in\s+every|\d+\s+in|one\s+in)\s+$",
            text[max(0, q.start - 12) : q.start],
            re.I,
        ):
            continue
        if re.match(
            r"\s+(?:out\s+of\s+(?:\d|ten)|in\s+(?:\d{1,3}\b|ten\b|every))",
            text[q.end : q.end + 12],
            re.I,
        ):
            continue
        clause = clause_of(clauses, q.start, sent)
        after = text[q.end : min(sent[1], q.end + 40)]
        metric: MetricMention | None = None
        # "97 homicides", "20 teenagers killed", "Over 500 shootings", "54,587 knife crime offences"
        for mm in ctx.metrics:
            if mm.start >= q.end and mm.start - q.end <= 30:
                gap = text[q.end : mm.start]
                if re.fullmatch(r"\+?\s*(?:[A-Za-z'-]+\s+){0,3}", gap) and not re.search(
                    r"\b(?:of|for|in|at|after|on|by|per|than|as|and|or|with|but)\b", gap, re.I
                ):
                    metric = mm
                break
        if metric is None:
            gm = re.match(
                rf"\s*(?:{ctx.lex.cue_src['generic_nouns']}|people|persons|victims)\b", after, re.I
            )
            left = text[max(clause[0], q.start - 30) : q.start]
            hedge, hstart = hedge_before(ctx, q.start)
            left_h = text[max(clause[0], hstart - 30) : hstart]
            verb = _LEVEL_VERB_RE.search(left_h) or _LEVEL_VERB_RE.search(left)
            record = re.search(r"\brecord\s*$", left_h, re.I)
            if gm:
                metric = metric_for(ctx, q.start, clause, sent, allow_incident=False)
                # "After the shootings ..., nearly 500 people applied": a bare "people" only
                # counts what its own clause names
                if (
                    metric is not None
                    and not within(metric.start, clause)
                    and re.match(r"\s*(?:people|persons)\b", after, re.I)
                ):
                    continue
            elif (
                verb
                or record
                or re.match(r"\s*(?:in|last|this|so|during)\b", after, re.I)
                or re.fullmatch(r"\s*", left)
                # "England & Wales 54,587": a place names the figure that follows it
                or any(0 <= hstart - p.end <= 2 and p.start >= clause[0] for p in ctx.places)
            ):
                if (
                    not re.match(
                        r"\s*\+?\s*(?:[.!?,;|]|$|in\b|last\b|this\b|so\b|and\b|to\b|from\b|compared\b|during\b|vs\b|\()",
                        after,
                        re.I,
                    )
                    and not gm
                ):
                    continue
                if q.value < 2 and not record:
                    continue
                metric = metric_for(ctx, q.start, clause, sent, allow_incident=False)
                if metric is None or (metric.start < sent[0] and not verb):
                    continue
            else:
                continue
        if metric is None:
            continue
        if _PER_THING_RE.match(text, metric.end if metric.start >= q.end else q.end):
            continue  # "5 murders per episode" counts something other than a place's crime
        if metric.metric is None and not (0 <= metric.start - q.end <= 30):
            continue
        if (
            ctx.lex.taxonomy.metrics.get(metric.metric or "") is not None
            and ctx.lex.taxonomy.metrics[metric.metric or ""].unit == "percent"
        ):
            continue
        ctx.used_q.add(i)
        hedge, hstart = hedge_before(ctx, q.start)
        lo, hi = (q.lo, q.hi) if q.lo is not None else apply_hedge(q.value, hedge)
        if plus_after(ctx, q):
            lo, hi = q.value, None
        periods = _level_roles(ctx, q.start, q.end, hstart, clause, sent)
        start = min(hstart, q.start)
        end = q.end
        if metric.start >= q.end and metric.start - q.end <= 30:
            end = metric.end
        end = extend_time(ctx, end, clause)
        add(
            ctx,
            kind="level",
            start=start,
            end=end,
            metric=metric,
            pos=q.start,
            clause=clause,
            sent=sent,
            value=interval(lo, hi),
            unit="count",
            periods=periods,
            negated=is_negated(ctx, max(clause[0], start - 25), start),
        )


def _label_period(ctx: Ctx, start: int, sent: tuple[int, int]) -> Span | None:
    """A period written as a label just before the number: "2019: 149", "2024/25 - 14,000"."""
    for r in ctx.times:
        if (
            r.kind == "period"
            and r.span is not None
            and sent[0] <= r.start
            and r.end <= start
            and _LABEL_GAP_RE.fullmatch(ctx.text, r.end, start)
        ):
            return r.span
    return None


_LABEL_GAP_RE = re.compile(r"\s*[:=–—-]\s*|\s*[:=–—-]?\s*(?:~|about|around|roughly)\s+")


def _level_roles(
    ctx: Ctx, qs: int, qe: int, hstart: int, clause: tuple[int, int], sent: tuple[int, int]
) -> Periods:
    own = _level_period(ctx, qe, clause, sent)
    if own is not None:
        return Periods(own, None, True)
    label = _label_period(ctx, min(qs, hstart), sent)
    if label is not None:
        return Periods(label, None, True)
    left = ctx.text[max(sent[0], hstart - 25) : hstart]
    sibling = next(
        (
            c
            for c in reversed(ctx.claims)
            if c.kind in ("change", "trend") and sent[0] <= c.start < sent[1]
        ),
        None,
    )
    if sibling is not None and sibling.period is not None:
        if re.search(r"\bfrom\s*$|compared\s+(?:with|to)\s*$", left, re.I) and sibling.baseline:
            return Periods(_span(sibling.baseline), None, True)
        return Periods(_span(sibling.period), None, True)
    if re.search(r"\bfrom\s*$", left, re.I) and (
        _FROM_TO_RE.match(ctx.text, qe) or CHANGED_FROM_RE.search(left)
    ):
        # "down from 110 to 97 last year", "97 last year, down from 109": the number after
        # "from" is the baseline's
        roles = change_periods(ctx, clause, sent, want_baseline=True)
        if roles.baseline is not None:
            return Periods(roles.baseline, None, roles.explicit)
    return change_periods(ctx, clause, sent, want_baseline=False)


#: a count (not a year: "up from 2018" is a trend with a baseline) after "up/down from"
_FROM_COUNT_RE = re.compile(
    r"\s+(?:~\s*|about\s+|around\s+|roughly\s+|nearly\s+|almost\s+)?(?!(?:19|20)\d\d(?![\d,]))\d"
)
_FROM_TO_RE = re.compile(r"\s+to\s+(?:~\s*|about\s+|around\s+)?[\d,.]*\d")


def _span(p: tuple[str | None, str | None]) -> Span:
    assert p[0] is not None and p[1] is not None
    return date.fromisoformat(p[0]), date.fromisoformat(p[1])


def _extremums(ctx: Ctx, sent: tuple[int, int], clauses: list[tuple[int, int]]) -> None:
    text = ctx.text
    pattern = re.compile(
        rf"(?<![\w-])(?:(?P<rec>record)(?:[-\s]+(?P<rdir>high|low|levels?|numbers?|breaking|year))?|(?P<max>{ctx.lex.cue_src['extremum_max']})|(?P<min>{ctx.lex.cue_src['extremum_min']})|(?P<yn>\d+|[a-z]+(?:-[a-z]+)?)[-\s]year[-\s]+(?P<ydir>low|high)|(?:this|so)\s+(?P<tdir>low|high|bad|few|many)(?=\s+since\b))(?![\w-])",
        re.I,
    )
    for m in pattern.finditer(text, sent[0], sent[1]):
        if used(ctx, m.start(), m.end()) and not m.group("rec"):
            continue
        seg = text[m.end() : sent[1]]
        left = text[sent[0] : m.start()]
        clause = clause_of(clauses, m.start(), sent)
        window: int | None = None
        has_window = False
        ever = re.search(rf"^[^.!?]{{0,50}}?\b(?:{ctx.lex.cue_src['extremum_ever']})\b", seg, re.I)
        if m.group("min") and re.search(r"\bat\s+$", left, re.I):
            continue  # "at least" is a hedge
        if m.group("rec") and re.match(r"[-\s]+(?:19|20)\d\d\b", seg):
            continue  # "record 2023 wildfire season"
        if m.group("rec") and _RECORD_CHANGE_RE.match(seg):
            continue  # "fell by a record 15%", "a record fall": the size of a change
        if m.group("rec") or ever:
            has_window = True
        for r in ctx.times:
            if r.start >= m.end() and r.start - m.end() < 60 and r.start < sent[1]:
                if r.kind == "window":
                    window, has_window = r.years, True
                    break
                if r.kind == "since":
                    assert r.span is not None
                    has_window = True
                    window = -r.span[0].year  # resolved below against the period
                    break
        if m.group("tdir"):
            # "haven't been this low since 2014": the lowest since then (the "n't" is idiom)
            direction = "min" if m.group("tdir").lower() in ("low", "few") else "max"
        elif m.group("ydir"):
            # "a 60-year low": the window and the direction are in the phrase itself
            yn = m.group("yn").lower()
            n_years = float(yn) if yn.isdigit() else words_to_number(yn)
            if n_years is None or not 2 <= n_years <= 200:
                continue
            window, has_window = int(n_years), True
            direction = "min" if m.group("ydir").lower() == "low" else "max"
        elif m.group("rec"):
            rdir = (m.group("rdir") or "").lower()
            # "a record 50-year low": the window and the direction follow the number
            span_m = re.match(r"[-\s]+(\d+|[a-z]+)[-\s]year[-\s]+(low|high)\b", seg, re.I)
            if span_m:
                rdir = span_m.group(2).lower()
                years = span_m.group(1)
                window = int(years) if years.isdigit() else None
            direction = "min" if rdir == "low" else "max"
            if (
                not rdir
                and not re.match(r"\s+[\d,]+|\s+(?:number|levels?|year|high)", seg, re.I)
                and not re.search(r"\b(?:a|new|hit|the)\s*$", left, re.I)
            ):
                continue
        else:
            direction = "max" if m.group("max") else "min"
            word = (m.group("max") or m.group("min")).lower()
            if word in ("most", "least") and not has_window:
                continue
        if not has_window:
            continue
        metric = metric_for(ctx, m.start(), sent, sent, allow_incident=True)
        if metric is None or (m.group("ydir") and not metric.stat):
            continue  # "my pace hit a two-year low, the murder of my fitness"
        periods = change_periods(ctx, clause, sent, want_baseline=False)
        if not periods.explicit:
            periods = change_periods(ctx, sent, sent, want_baseline=False)
        if window is not None and window < 0:
            window = int(periods.period[0].year) + window - 1
        negated = not m.group("tdir") and is_negated(ctx, max(sent[0], m.start() - 25), m.start())
        add(
            ctx,
            kind="extremum",
            start=min(metric.start, m.start()) if metric.start >= sent[0] else m.start(),
            end=extend_time(ctx, m.end() + (ever.end() if ever else 0), sent),
            metric=metric,
            pos=m.start(),
            clause=sent,
            sent=sent,
            value=None,
            unit=unit_of(ctx, metric, sent),
            periods=Periods(periods.period, None, periods.explicit),
            negated=negated,
            direction=direction,
            window_years=window,
        )
        return


def _trends(ctx: Ctx, sent: tuple[int, int], clauses: list[tuple[int, int]]) -> None:
    text = ctx.text
    # One trend per metric and sentence ("is soaring, it's out of control" is one claim),
    # and none beside a change of the same metric in the same clause ("rose 15%").
    seen_metrics: set[str | None] = {
        c.metric for c in ctx.claims if c.kind == "trend" and sent[0] <= c.start < sent[1]
    }
    changes = [c for c in ctx.claims if c.kind == "change" and sent[0] <= c.start < sent[1]]
    pattern = re.compile(
        rf"(?<![\w-])(?:(?P<up>{ctx.lex.cue_src['trend_up']})|(?P<down>{ctx.lex.cue_src['trend_down']}))(?![\w-])",
        re.I,
    )
    for m in pattern.finditer(text, sent[0], sent[1]):
        if used(ctx, m.start(), m.end()):
            continue
        # "fell from 196 in 2022/23 to 145 in 2023/24", "97 in 2025, down from 110 in 2024":
        # the numbers carry the claim
        if re.match(r"\s+from\s+[~\w]*\s*[\d,]+", text[m.end() : sent[1]], re.I) or (
            m.group(0).lower().endswith("from") and _FROM_COUNT_RE.match(text, m.end(), sent[1])
        ):
            continue
        clause = clause_of(clauses, m.start(), sent)
        metric = metric_for(ctx, m.start(), clause, sent, allow_incident=False)
        if metric is None or metric.metric in seen_metrics:
            continue
        if any(c.metric == metric.metric and within(c.start, clause) for c in changes):
            continue
        if re.match(r"\s+to\s+\w", text[m.end() : sent[1]]) and m.group("down"):
            continue  # "declined to comment"
        if metric.start < sent[0] and not refers_back(ctx, clause[0], m.start()):
            continue
        if metric.start >= sent[0] and not (clause[0] <= metric.start < clause[1]):
            # the metric is in another clause: only trust it when this clause names none
            if any(within(mm.start, clause) for mm in ctx.metrics):
                continue
            if own_subject(ctx, clause[0], m.start()):
                continue
        if metric.end <= m.start():
            gap = text[metric.end : m.start()]
            if len(gap) > 60 or re.search(
                r"\b(?:says?|said|claims?|thinks?|reckons?|tells?)\b", gap, re.I
            ):
                continue
        seen_metrics.add(metric.metric)
        direction = "up" if m.group("up") else "down"
        intense = (
            bool(ctx.lex.cues["intense"].fullmatch(m.group(0)))
            or bool(ctx.lex.cues["intense"].search(text[m.end() : sent[1]]))
            and direction == "up"
        )
        neg = is_negated(ctx, max(clause[0], m.start() - 20), m.end())
        periods = change_periods(ctx, clause, sent, want_baseline=True)
        tax = ctx.lex.taxonomy.metrics.get(metric.metric or "")
        add(
            ctx,
            kind="trend",
            start=metric.start if metric.start >= clause[0] else m.start(),
            end=extend_time(ctx, m.end(), clause),
            metric=metric,
            pos=m.start(),
            clause=clause,
            sent=sent,
            value=None,
            unit="percent" if tax is not None and tax.unit == "percent" else "count",
            periods=periods,
            negated=neg,
            direction=direction,
            intense=intense,
        )


def _bucket(items: list[_T], sents: list[tuple[int, int]]) -> list[list[_T]]:
    """Items (sorted by start) grouped by the sentence they start in."""
    starts = [getattr(x, "start") for x in items]  # noqa: B009
    return [items[slice(*slice_by_start(starts, s, e))] for s, e in sents]


#: how many sentences back a metric can still be referred to ("...it was one every 2 days")
CONTEXT_SENTENCES = 2


def build_claims(text: str, ref: date, *, lex: Lexicon | None = None) -> list[Claim]:
    lex = lex or load_lexicon()
    metrics = find_metrics(text, lex)
    if not metrics:
        return []
    times = timex.find_time_refs(text, ref)
    # numbers inside time expressions ("since 2019") are not quantities
    time_starts = [t.start for t in times]
    quantities = []
    for q in find_quantities(text):
        i = bisect_right(time_starts, q.start) - 1
        if i >= 0 and times[i].start <= q.start < times[i].end and times[i].kind != "window":
            continue
        quantities.append(q)
    places = find_places(text, lex)
    sents = split_sentences(text)
    by_sent_m = _bucket(metrics, sents)
    by_sent_p = _bucket(places, sents)
    by_sent_t = _bucket(times, sents)
    by_sent_q = _bucket(quantities, sents)
    ctx = Ctx(
        text=text,
        ref=ref,
        lex=lex,
        metrics=[],
        places=[],
        times=[],
        quantities=[],
        first_place=places[0] if places else None,
    )
    # Each sentence sees its own mentions plus the metrics and places of the few sentences
    # before it, so the work stays proportional to the post's length.
    for k, sent in enumerate(sents):
        lo = max(0, k - CONTEXT_SENTENCES)
        window_m = [m for bucket in by_sent_m[lo : k + 1] for m in bucket]
        if not window_m:
            continue
        ctx.metrics = window_m
        ctx.places = [p for bucket in by_sent_p[lo : k + 1] for p in bucket]
        ctx.times = by_sent_t[k]
        ctx.quantities = by_sent_q[k]
        ctx.used_q = set()
        ctx.used_spans = []
        clauses = split_clauses(text, *sent)
        _comparisons(ctx, sent)
        _frequencies(ctx, sent, clauses)
        _changes(ctx, sent, clauses)
        _rates(ctx, sent, clauses)
        _percent_levels(ctx, sent, clauses)
        _trends(ctx, sent, clauses)
        _count_levels(ctx, sent, clauses)
        _extremums(ctx, sent, clauses)
        # "It is false that London murders went up": the sentence denies what follows
        denial = ctx.lex.cues["denial"].search(text, sent[0], sent[1])
        if denial is not None and not text[sent[0] : denial.start()].strip(" \"'“‘(-"):
            for claim in ctx.claims:
                if denial.end() <= claim.start < sent[1]:
                    claim.negated = not claim.negated
    ctx.claims.sort(key=lambda c: c.start)
    return ctx.claims
