"""Assemble claims (spec section 1) from the mentions found in a post.

The builder works clause by clause: numbers attach to the crime metric that names them,
cue words ("up", "halved", "every", "lowest since", "more ... than") decide the claim kind,
and what a clause leaves unsaid (the metric, the place, the period) is carried over from
the rest of the post, as a reader would.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass, field
from datetime import date
from typing import TypeVar

from safetynlp.extraction import timex
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

_T = TypeVar("_T", MetricMention, PlaceMention, TimeRef, Quantity)

_SENT_RE = re.compile(r"(?<=[.!?])[\"')\]]?\s+|\n+")
_CLAUSE_RE = re.compile(r"[,;:]\s|\s[-–—]\s|\s(?:but|while|whereas|although|though)\s", re.I)
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
_NOT_COUNT_NOUN = re.compile(
    r"\s*(?:-\s*)?(?:years?|yrs?|months?|weeks?|days?|hours?|hrs?|minutes?|mins?|seconds?|secs?|"
    r"am|pm|a\.m\.|p\.m\.|episodes?|seasons?|stations?|runners?|officers?|police|cops|"
    r"cars?|vans?|points?|goals?|pounds?|quid|grand|dollars?|euros?|bins?|times|"
    r"th|st|nd|rd|year-old|-year-old|miles?|km|metres?|meters?|stories|storeys|floors?|"
    r"lines?|buses|bus|trains?|people\s+(?:attended|marched|turned)|/\d)\b",
    re.I,
)
_FRACTION_RE = re.compile(
    r"(?<![\w-])(?P<f>"
    + "|".join(sorted(map(re.escape, FRACTIONS), key=len, reverse=True))
    + r")(?![\w-])",
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


@dataclass
class _Ctx:
    text: str
    ref: date
    lex: Lexicon
    metrics: list[MetricMention]
    places: list[PlaceMention]
    times: list[TimeRef]
    quantities: list[Quantity]
    used_q: set[int] = field(default_factory=set)
    used_spans: list[tuple[int, int]] = field(default_factory=list)
    claims: list[Claim] = field(default_factory=list)
    #: the first place the post names, the fallback for claims that name none
    first_place: PlaceMention | None = None


def _sentences(text: str) -> list[tuple[int, int]]:
    out = []
    pos = 0
    for m in _SENT_RE.finditer(text):
        if m.start() > pos:
            out.append((pos, m.start()))
        pos = m.end()
    if pos < len(text):
        out.append((pos, len(text)))
    return out


def _clauses(text: str, s: int, e: int) -> list[tuple[int, int]]:
    out = []
    pos = s
    for m in _CLAUSE_RE.finditer(text, s, e):
        if m.start() > pos:
            out.append((pos, m.start()))
        pos = m.end()
    if pos < e:
        out.append((pos, e))
    return out


def _clause_of(clauses: list[tuple[int, int]], pos: int, sent: tuple[int, int]) -> tuple[int, int]:
    """The clause holding ``pos`` (the whole sentence if none does)."""
    return next((c for c in clauses if _within(pos, c)), sent)


def _within(x: int, span: tuple[int, int]) -> bool:
    return span[0] <= x < span[1]


def _hedge_before(ctx: _Ctx, pos: int, window: int = 28) -> tuple[str | None, int]:
    """The hedge class right before pos ("over", "nearly", ...) and where it starts."""
    left = ctx.text[max(0, pos - window) : pos]
    best: tuple[str | None, int] = (None, pos)
    for name in ("hedge_approx", "hedge_nearly", "hedge_over", "hedge_under"):
        src = ctx.lex.cue_src[name]
        m = re.search(rf"(?:(?<![\w-])|(?<=~))(?:{src})\s*(?:by\s+)?(?:only\s+)?$", left, re.I)
        if m:
            start = pos - len(left) + m.start()
            if best[0] is None or start < best[1]:
                best = (name, start)
    if best[0] is None and re.search(r"(?<!\d)\+\s*$", left):
        best = ("hedge_over", pos - 1)
    return best


def apply_hedge(value: float, hedge: str | None) -> tuple[float | None, float | None]:
    """Spec section 1: hedges set the interval around the stated value."""
    if hedge == "hedge_approx":
        return 0.9 * value, 1.1 * value
    if hedge == "hedge_nearly":
        return 0.9 * value, value
    if hedge == "hedge_over":
        return value, None
    if hedge == "hedge_under":
        return 0.0, value
    return value, value


def _plus_after(ctx: _Ctx, q: Quantity) -> bool:
    return ctx.text[q.end : q.end + 1] == "+"


def _negated(ctx: _Ctx, start: int, end: int) -> bool:
    seg = ctx.text[start:end]
    return bool(ctx.lex.cues["negation"].search(seg))


def _round(v: float | None) -> float | None:
    return None if v is None else round(v, 4)


def _interval(lo: float | None, hi: float | None) -> tuple[float | None, float | None]:
    return _round(lo), _round(hi)


# --- metric / place / period resolution -------------------------------------------------


def _metric_for(
    ctx: _Ctx, pos: int, clause: tuple[int, int], sent: tuple[int, int], *, allow_incident: bool
) -> MetricMention | None:
    def ok(m: MetricMention) -> bool:
        return m.stat or allow_incident

    in_clause = [m for m in ctx.metrics if _within(m.start, clause) and ok(m)]
    if in_clause:
        return min(in_clause, key=lambda m: abs(m.start - pos) + (0 if m.start < pos else 5))
    in_sent = [m for m in ctx.metrics if _within(m.start, sent) and ok(m)]
    if in_sent:
        before = [m for m in in_sent if m.start < pos]
        return before[-1] if before else in_sent[0]
    earlier = [m for m in ctx.metrics if m.end <= sent[0] and ok(m)]
    if earlier:
        return earlier[-1]
    return None


def _place_for(
    ctx: _Ctx,
    pos: int,
    clause: tuple[int, int],
    sent: tuple[int, int],
    exclude: set[int] | None = None,
) -> tuple[str | None, str | None]:
    exclude = exclude or set()
    cands = [p for i, p in enumerate(ctx.places) if i not in exclude]
    in_clause = [p for p in cands if _within(p.start, clause)]
    if in_clause:
        before = [p for p in in_clause if p.start <= pos]
        p = before[-1] if before else in_clause[0]
        return p.place, p.how
    in_sent = [p for p in cands if _within(p.start, sent)]
    if in_sent:
        before = [p for p in in_sent if p.start <= pos]
        p = before[-1] if before else in_sent[0]
        return p.place, p.how
    for c in reversed(ctx.claims):
        if c.geography and c.start < sent[0]:
            return c.geography, "context"
    if ctx.first_place is not None:
        return ctx.first_place.place, "context"
    return None, None


def _times_in(ctx: _Ctx, span: tuple[int, int]) -> list[TimeRef]:
    return [t for t in ctx.times if _within(t.start, span)]


@dataclass
class _Periods:
    period: Span
    baseline: Span | None
    explicit: bool


def _change_periods(
    ctx: _Ctx, clause: tuple[int, int], sent: tuple[int, int], *, want_baseline: bool
) -> _Periods:
    # Sentence-level refs fill in what the clause leaves out: any ref written before the
    # clause ("In 2022/23, 50 people a day ..."), but from a later clause only a plain period
    # ("...: just look at the ONS year to September 2025"), never a comparison's ("but it's
    # still not as bad as 2019").
    def usable(r: TimeRef) -> bool:
        if _within(r.start, clause) or r.start < clause[0]:
            return True
        later = next((c for c in _clauses(ctx.text, *sent) if _within(r.start, c)), sent)
        return r.kind == "period" and not re.search(
            r"\b(?:than|as\s+\w+\s+as|not\s+as)\b", ctx.text[later[0] : r.start], re.I
        )

    sent_refs = [r for r in _times_in(ctx, sent) if usable(r)]
    refs = _times_in(ctx, clause) or sent_refs
    period: Span | None = None
    baseline: Span | None = None
    window: int | None = None
    since: Span | None = None
    year_before = False
    ytd: Span | None = None
    for r in refs + [r for r in sent_refs if r not in refs]:
        if r.kind == "between" and period is None:
            period, baseline = r.span, r.baseline
        elif r.kind == "since" and since is None:
            since = r.span
        elif r.kind == "window" and window is None:
            window = r.years
        elif r.kind == "year_before":
            year_before = True
        elif r.kind == "baseline" and baseline is None:
            baseline = r.span
        elif r.kind == "ytd" and ytd is None:
            ytd = r.span
        elif r.kind == "period" and period is None and r.span is not None:
            # a period inside the sentence but outside the clause only counts when
            # the clause has none of its own
            period = r.span
    explicit = any([period, baseline, window, since, ytd, year_before])
    if ytd is not None and period is None:
        period = ytd
        if want_baseline and baseline is None:
            baseline = timex.shift_years(ytd, -1)
    if period is None:
        if (
            since is not None
            and timex.is_financial(since)
            or (
                baseline is not None
                and window is None
                and since is None
                and timex.is_financial(baseline)
            )
        ):
            period = timex.financial_year(timex.latest_complete_fy(ctx.ref))
        elif baseline is not None and window is None and since is None:
            nxt = timex.shift_years(baseline, 1)
            latest = timex.calendar_year(timex.latest_complete_year(ctx.ref))
            period = nxt if nxt[1] <= latest[1] else latest
        else:
            period = timex.calendar_year(timex.latest_complete_year(ctx.ref))
    if since is not None and baseline is None:
        baseline = since
    if window is not None and baseline is None:
        baseline = timex.shift_years(period, -window)
    if want_baseline and baseline is None:
        baseline = timex.shift_years(period, -1)
    if year_before and baseline is None:
        baseline = timex.shift_years(period, -1)
    if baseline is not None and baseline[0] >= period[0]:
        # "... last year, up 40% on 2023" in a 2024 post: the comparison must be with an
        # earlier period, so the claim's period is the one after its baseline
        period = timex.shift_years(baseline, 1)
    return _Periods(period, baseline if want_baseline else None, explicit)


def _level_period(
    ctx: _Ctx, q_end: int, clause: tuple[int, int], sent: tuple[int, int]
) -> Span | None:
    """A period written right after the number ("126 in 2020", "196 in 2022/23")."""
    for r in ctx.times:
        if (
            r.kind in ("period", "ytd", "now")
            and q_end <= r.start <= q_end + 40
            and _within(r.start, clause)
        ):
            gap = ctx.text[q_end : r.start]
            if re.fullmatch(r"[\sA-Za-z&'-]{0,40}", gap) and not re.search(r"\b(?:to|from)\b", gap):
                if r.kind == "now":
                    if gap.strip():
                        continue
                    return timex.calendar_year(timex.latest_complete_year(ctx.ref))
                return r.span
    return None


# --- claim construction -----------------------------------------------------------------


_CONDITIONAL_RE = re.compile(
    r"[\s\"'“‘(]*(?:(?:and|but|so)\s+)?(?:(?P<always>suppos(?:e|ing)|what\s+if|imagine\s+if)|if|unless)\b",
    re.I,
)
_MODAL_RE = re.compile(r"\b(?:would|could|might|will|shall)\b|['’](?:d|ll)\b|\?", re.I)


def _hypothetical(ctx: _Ctx, clause: tuple[int, int], sent: tuple[int, int], start: int) -> bool:
    """ "If murders doubled, I'd worry", "What if knife crime rose 50%?" assert nothing. A bare
    "if" only counts with a modal or a question in its sentence: "if we averaged 4 homicides
    a year, that was a record" reports a fact."""
    m = _CONDITIONAL_RE.match(ctx.text, clause[0], max(clause[0], start))
    if m is None:
        return False
    return bool(m.group("always")) or bool(_MODAL_RE.search(ctx.text, m.end(), sent[1]))


def _add(
    ctx: _Ctx,
    *,
    kind: str,
    start: int,
    end: int,
    metric: MetricMention | None,
    pos: int,
    clause: tuple[int, int],
    sent: tuple[int, int],
    value: tuple[float | None, float | None] | None = None,
    unit: str = "count",
    periods: _Periods | None = None,
    negated: bool = False,
    **extra: object,
) -> Claim | None:
    if metric is None:
        return None
    if _hypothetical(ctx, clause, sent, min(start, pos)):
        return None
    place, how = extra.pop("place", None), extra.pop("place_how", None)  # type: ignore[assignment]
    if place is None:
        place, how = _place_for(ctx, pos, clause, sent)
    if start >= end:  # a span must cover its own words
        start = min(start, pos)
    if clause[0] <= metric.start < clause[1]:
        start, end = min(start, metric.start), max(end, metric.end)
    # "London murders", "London's murder rate": the place that opens the phrase belongs to it
    for p in ctx.places:
        if (
            0 <= start - p.end <= 3
            and p.start >= clause[0]
            and re.fullmatch(r"(?:['’]s)?\s*", ctx.text[p.end : start])
        ):
            start = p.start
    if periods is None:
        periods = _change_periods(ctx, clause, sent, want_baseline=False)
    confidence = 0.9
    if not metric.stat:
        confidence -= 0.05
    if metric.start < sent[0]:
        confidence -= 0.15
    if how in ("context", None):
        confidence -= 0.1
    if not periods.explicit:
        confidence -= 0.05
    if metric.metric is None:
        confidence -= 0.2
    claim = Claim(
        surface=ctx.text[start:end],
        start=start,
        end=end,
        kind=kind,
        metric=metric.metric,
        geography=place,  # type: ignore[arg-type]
        period=_iso(periods.period),
        baseline=_iso(periods.baseline) if periods.baseline else None,
        value=value,
        unit=unit,
        negated=negated,
        metric_phrase=metric.phrase,
        family=metric.family,
        geography_source=how,  # type: ignore[arg-type]
        confidence=round(max(0.05, confidence), 2),
    )
    for k, v in extra.items():
        setattr(claim, k, v)
    ctx.claims.append(claim)
    ctx.used_spans.append((start, end))
    return claim


def _iso(span: Span | None) -> tuple[str | None, str | None] | None:
    if span is None:
        return None
    return span[0].isoformat(), span[1].isoformat()


def _unit_of(ctx: _Ctx, metric: MetricMention, sent: tuple[int, int]) -> str:
    tax = ctx.lex.taxonomy.metrics.get(metric.metric or "")
    if tax is not None and tax.unit == "percent":
        return "percent"
    seg = ctx.text[sent[0] : sent[1]].lower()
    if re.search(
        r"\brate\b|per\s+capita|per\s+100|per\s+head|more\s+dangerous|safer|deadlier", seg
    ):
        return "rate_per_100k"
    return "count"


def _q_index_at(ctx: _Ctx, start: int, end: int) -> int | None:
    for i, q in enumerate(ctx.quantities):
        if q.start >= start and q.end <= end:
            return i
    return None


def _comparisons(ctx: _Ctx, sent: tuple[int, int]) -> None:
    text = ctx.text
    s0, s1 = sent
    sent_places = [(i, p) for i, p in enumerate(ctx.places) if _within(p.start, sent)]
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
        hedge, hstart = _hedge_before(ctx, m.start())
        lo, hi = apply_hedge(ratio, hedge)
        metric = _metric_for(ctx, m.start(), sent, sent, allow_incident=False)
        if metric is None:
            continue
        periods = _change_periods(ctx, sent, sent, want_baseline=False)
        _add(
            ctx,
            kind="comparison",
            start=first.start,
            end=max(other.end, metric.end),
            metric=metric,
            pos=first.start,
            clause=sent,
            sent=sent,
            value=_interval(lo, hi),
            unit=_unit_of(ctx, metric, sent),
            periods=periods,
            negated=_negated(ctx, first.end, m.start()),
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
        metric = _metric_for(ctx, m.start(), sent, sent, allow_incident=False)
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
        unit = _unit_of(ctx, metric, sent)
        if rel_word in ("safer", "more dangerous", "deadlier"):
            unit = "rate_per_100k"
        periods = _change_periods(ctx, sent, sent, want_baseline=False)
        for _, other in others:
            _add(
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
                negated=_negated(ctx, first.end, m.start()),
                place=first.place,
                place_how=first.how,
                other_geography=other.place,
                relation=relation,
            )
        ctx.used_spans.append((m.start(), others[-1][1].end))
        return


def _small_number(token: str) -> float | None:
    """Digits or number words ("1.5", "three", "a hundred")."""
    token = token.lower()
    if token[0].isdigit():
        return float(token)
    return words_to_number(token.replace("a hundred", "one hundred"))


def _ratio_value(m: re.Match[str]) -> float | None:
    if m.group("n"):
        return _small_number(m.group("n"))
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


def _used(ctx: _Ctx, s: int, e: int) -> bool:
    return any(not (e <= a or s >= b) for a, b in ctx.used_spans)


def _frequencies(ctx: _Ctx, sent: tuple[int, int], clauses: list[tuple[int, int]]) -> None:
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
        hedge, hstart = _hedge_before(ctx, hedge_pos)
        if hedge is None:
            hedge, hstart = _hedge_before(ctx, m.start())
        lo, hi = apply_hedge(value, hedge)
        if vague is not None and vague.lo is not None and vague.hi is not None:
            lo, hi = vague.lo * per_unit / every_n, vague.hi * per_unit / every_n
        clause = _clause_of(clauses, m.start(), sent)
        metric = _metric_for(ctx, m.start(), clause, sent, allow_incident=True)
        start = min(hstart, hedge_pos)
        _add(
            ctx,
            kind="frequency",
            start=start,
            end=m.end(),
            metric=metric,
            pos=m.start(),
            clause=clause,
            sent=sent,
            value=_interval(lo, hi),
            unit="count",
            periods=_change_periods(ctx, clause, sent, want_baseline=False),
            negated=_negated(ctx, max(s0, start - 12), start),
            per=per,
        )
    for m in _FREQ_A_RE.finditer(text, s0, s1):
        if _used(ctx, m.start(), m.end()):
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
        if _NOT_COUNT_NOUN.match(gap) or q.kind == "percent":
            continue
        if re.search(r"[£$€]\s*$", text[max(0, q.start - 2) : q.start]):
            continue
        unit = _UNIT_ALIAS.get(m.group("unit").lower(), m.group("unit").lower())
        clause = _clause_of(clauses, m.start(), sent)
        metric = _metric_for(ctx, q.start, clause, sent, allow_incident=True)
        if metric is None:
            continue
        ctx.used_q.add(i)
        value = q.value * _TIME_UNIT[unit]
        hedge, hstart = _hedge_before(ctx, q.start)
        lo, hi = apply_hedge(value, hedge)
        if q.lo is not None and q.hi is not None:
            lo, hi = q.lo * _TIME_UNIT[unit], q.hi * _TIME_UNIT[unit]
        if _plus_after(ctx, q):
            lo, hi = value, None
        start = min(hstart, q.start)
        _add(
            ctx,
            kind="frequency",
            start=start,
            end=m.end(),
            metric=metric,
            pos=q.start,
            clause=clause,
            sent=sent,
            value=_interval(lo, hi),
            unit="count",
            periods=_change_periods(ctx, clause, sent, want_baseline=False),
            negated=_negated(ctx, max(s0, start - 12), start),
            per=_PER_OF_UNIT[unit],
        )


def _then_periods(ctx: _Ctx, end: int, clause: tuple[int, int], sent: tuple[int, int]) -> _Periods:
    """ "twice what it was in 2014": the period written after "what it was" is the baseline;
    the claim is about the clause's other period or, without one, the latest complete one."""
    periods = _change_periods(ctx, clause, sent, want_baseline=True)
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
        (r.span for r in _times_in(ctx, clause) if r is not then and r.kind == "period" and r.span),
        None,
    )
    if other is None:
        if timex.is_financial(then.span):
            other = timex.financial_year(timex.latest_complete_fy(ctx.ref))
        else:
            other = timex.calendar_year(timex.latest_complete_year(ctx.ref))
    return _Periods(other, then.span, True)


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


def _changes(ctx: _Ctx, sent: tuple[int, int], clauses: list[tuple[int, int]]) -> None:
    text = ctx.text
    s0, s1 = sent
    # "doubled", "HALVED", "tripled"
    for m in _MULT_VERB_RE.finditer(text, s0, s1):
        if _used(ctx, m.start(), m.end()):
            continue
        verb = m.group("v").lower()
        if verb in _BASE_MULTIPLIER and _FUTURE_RE.search(text, max(s0, m.start() - 16), m.start()):
            continue  # "will not double by 2030" predicts, it does not report
        ratio = MULTIPLIER_VERBS.get(verb) or _BASE_MULTIPLIER[verb]
        hedge, hstart = _hedge_before(ctx, m.start())
        clause = _clause_of(clauses, m.start(), sent)
        metric = _metric_for(ctx, m.start(), clause, sent, allow_incident=False)
        if (
            metric is not None
            and metric.start < sent[0]
            and not _refers_back(ctx, clause[0], m.start())
        ):
            continue
        neg = _negated(ctx, max(clause[0], m.start() - 20), m.start())
        value = _multiplier_change(ratio, hedge)
        _add(
            ctx,
            kind="change",
            start=metric.start if metric and metric.start >= clause[0] else m.start(),
            end=_extend_time(ctx, m.end(), clause),
            metric=metric,
            pos=m.start(),
            clause=clause,
            sent=sent,
            value=value,
            unit="percent_change",
            periods=_change_periods(ctx, clause, sent, want_baseline=True),
            negated=neg,
        )
    # "x2 since 2019", "a tenfold rise"
    for m in re.finditer(
        r"(?<![\w£$])(?:x\s?(?P<x>\d+(?:\.\d+)?)|(?P<n>\d+(?:\.\d+)?)x|(?P<fold>two|three|four|five|ten|\d+)[-\s]?fold)(?![\w-])",
        text[s0:s1],
        re.I,
    ):
        ms, me = s0 + m.start(), s0 + m.end()
        if _used(ctx, ms, me):
            continue
        raw = m.group("x") or m.group("n") or m.group("fold")
        ratio = float(raw) if raw[0].isdigit() else (words_to_number(raw) or 0.0)
        if ratio <= 1:
            continue
        clause = _clause_of(clauses, ms, sent)
        metric = _metric_for(ctx, ms, clause, sent, allow_incident=False)
        if metric is None or not _within(metric.start, sent):
            continue
        for j, q in enumerate(ctx.quantities):
            if q.start >= ms and q.end <= me:
                ctx.used_q.add(j)
        _add(
            ctx,
            kind="change",
            start=ms,
            end=_extend_time(ctx, me, clause),
            metric=metric,
            pos=ms,
            clause=clause,
            sent=sent,
            value=_ratio_to_change(ratio, ratio),
            unit="percent_change",
            periods=_change_periods(ctx, clause, sent, want_baseline=True),
            negated=_negated(ctx, max(clause[0], ms - 20), ms),
        )
    # "less than half what they were", "a third of what it was"
    for m in re.finditer(
        r"(?P<f>half|a\s+third|a\s+quarter|a\s+fifth|two\s+thirds|three\s+quarters|twice|double|triple|\d+\s+times)\s+(?:of\s+)?(?:what|the\s+level|the\s+number)\s+(?:they|it|there)\s+(?:were|was|had\s+been)",
        text[s0:s1],
        re.I,
    ):
        ms, me = s0 + m.start(), s0 + m.end()
        if _used(ctx, ms, me):
            continue
        f = m.group("f").lower()
        ratio = (
            FRACTIONS.get(f)
            or {"twice": 2.0, "double": 2.0, "triple": 3.0}.get(f)
            or float(f.split()[0])
        )
        hedge, hstart = _hedge_before(ctx, ms)
        lo, hi = apply_hedge(ratio, hedge)
        clause = _clause_of(clauses, ms, sent)
        metric = _metric_for(ctx, ms, clause, sent, allow_incident=False)
        _add(
            ctx,
            kind="change",
            start=metric.start if metric and metric.start >= clause[0] else hstart,
            end=_extend_time(ctx, me, clause),
            metric=metric,
            pos=ms,
            clause=clause,
            sent=sent,
            value=_ratio_to_change(lo, hi),
            unit="percent_change",
            periods=_then_periods(ctx, me, clause, sent),
            negated=_negated(ctx, max(clause[0], hstart - 20), hstart),
        )
    # percent or fraction after a change verb: "up 30%", "down about a third", "jumped by a fifth"
    cands: list[tuple[int, int, float, int | None]] = []
    for i, q in enumerate(ctx.quantities):
        if s0 <= q.start < s1 and i not in ctx.used_q and q.kind == "percent":
            cands.append((q.start, q.end, q.value, i))
    for m in _FRACTION_RE.finditer(text, s0, s1):
        if not _used(ctx, m.start(), m.end()):
            cands.append((m.start(), m.end(), FRACTIONS[m.group("f").lower()] * 100, None))
    # "-11%": the number reader leaves a minus-signed number alone (it is usually a range end)
    for m in _MINUS_PCT_RE.finditer(text, s0, s1):
        if not _used(ctx, m.start("n"), m.end()):
            cands.append((m.start("n"), m.end(), float(m.group("n")), None))
    ranged = {
        i: q.lo for i, q in enumerate(ctx.quantities) if q.kind == "percent" and q.lo is not None
    }
    for qs, qe, magnitude, qi in sorted(cands):
        if _used(ctx, qs, qe):
            continue
        hedge, hstart = _hedge_before(ctx, qs)
        clause = _clause_of(clauses, qs, sent)
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
        metric = _metric_for(ctx, qs, clause, sent, allow_incident=False)
        if (
            metric is not None
            and not _within(metric.start, clause)
            and _own_subject(ctx, clause[0], cue_start)
        ):
            continue  # "..., and subway delays have soared 45 percent"
        neg = _negated(ctx, max(clause[0], cue_start - 20), cue_start)
        _add(
            ctx,
            kind="change",
            start=min(cue_start, hstart),
            end=_extend_time(ctx, qe, clause),
            metric=metric,
            pos=qs,
            clause=clause,
            sent=sent,
            value=_interval(lo, hi),
            unit="percent_change",
            periods=_change_periods(ctx, clause, sent, want_baseline=True),
            negated=neg,
        )


def _extend_time(ctx: _Ctx, end: int, clause: tuple[int, int]) -> int:
    for r in ctx.times:
        if (
            r.start >= end
            and r.start - end < 25
            and _within(r.start, clause)
            and re.fullmatch(r"[\sA-Za-z,']*", ctx.text[end : r.start])
        ):
            end = r.end
    return end


_FUNCTION_WORDS = frozenset(
    [
        "and",
        "but",
        "so",
        "then",
        "it",
        "they",
        "that",
        "this",
        "which",
        "who",
        "has",
        "have",
        "had",
        "is",
        "are",
        "was",
        "were",
        "been",
        "be",
        "also",
        "even",
        "still",
        "now",
        "just",
        "only",
        "a",
        "an",
        "the",
        "up",
        "down",
        "by",
        "almost",
        "nearly",
        "about",
        "over",
        "around",
        "roughly",
        "more",
        "than",
        "per",
        "cent",
        "percent",
        "of",
        "in",
        "on",
        "to",
        "from",
        "for",
        "with",
        "as",
        "well",
        "too",
        "again",
        "already",
        "since",
        "its",
        "their",
        "there",
        "here",
        "numbers",
        "number",
        "figures",
        "figure",
        "total",
        "rate",
        "yet",
        "all",
        "while",
        "s",
        "re",
        "ve",
        "ll",
        "d",
    ]
)


def _own_subject(ctx: _Ctx, start: int, end: int) -> bool:
    """Does the clause before the cue name some other subject ("subway delays")?"""
    words = re.findall(r"[A-Za-z]+", ctx.text[start:end].lower())
    return any(w not in _FUNCTION_WORDS and len(w) > 2 for w in words) and not _refers_back(
        ctx, start, end
    )


def _refers_back(ctx: _Ctx, start: int, end: int) -> bool:
    return bool(
        re.search(
            r"\b(?:they|they've|they're|it|it's|it has|that|this|these|those|the\s+(?:numbers?|figures?|rate|total|count))\b",
            ctx.text[start:end],
            re.I,
        )
    )


def _multiplier_change(ratio: float, hedge: str | None) -> tuple[float | None, float | None]:
    """ "nearly doubled" is [90, 100]; "more than halved" is [-100, -50]: hedges size the move."""
    move = (ratio - 1) * 100
    lo, hi = apply_hedge(abs(move), hedge)
    if move >= 0:
        return _interval(lo, hi)
    lo_c = -100.0 if hi is None else max(-100.0, -hi)
    return _interval(lo_c, None if lo is None else -lo)


def _ratio_to_change(lo: float | None, hi: float | None) -> tuple[float | None, float | None]:
    return _interval(
        None if lo is None else (lo - 1) * 100,
        None if hi is None else (hi - 1) * 100,
    )


def _rates(ctx: _Ctx, sent: tuple[int, int], clauses: list[tuple[int, int]]) -> None:
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
        hedge, hstart = _hedge_before(ctx, q.start)
        lo, hi = apply_hedge(value, hedge)
        clause = _clause_of(clauses, q.start, sent)
        metric = _metric_for(ctx, q.start, clause, sent, allow_incident=True)
        _add(
            ctx,
            kind="level",
            start=metric.start if metric and sent[0] <= metric.start < hstart else hstart,
            end=m.end(),
            metric=metric,
            pos=q.start,
            clause=clause,
            sent=sent,
            value=_interval(lo, hi),
            unit="rate_per_100k",
            periods=_change_periods(ctx, clause, sent, want_baseline=False),
            negated=_negated(ctx, max(clause[0], hstart - 25), hstart),
        )


#: "3 in 4 say the Met does a good job", "one in ten murders solved": a share
_SHARE_RE = re.compile(
    r"(?<![\w.,])(?P<n>\d{1,2}|one|two|three|four|five|six|seven|eight|nine)\s+(?:in|out\s+of)\s+"
    r"(?P<d>\d{1,3}|two|three|four|five|six|seven|eight|nine|ten|twenty|a\s+hundred)\b(?![.,]\d)",
    re.I,
)


def _percent_levels(ctx: _Ctx, sent: tuple[int, int], clauses: list[tuple[int, int]]) -> None:
    pct_metrics = [
        mm
        for mm in ctx.metrics
        if _within(mm.start, sent)
        and (ctx.lex.taxonomy.metrics.get(mm.metric or "") is not None)
        and ctx.lex.taxonomy.metrics[mm.metric or ""].unit == "percent"
    ]
    if not pct_metrics:
        return
    cands: list[tuple[int, int, float, int | None]] = []
    for i, q in enumerate(ctx.quantities):
        if sent[0] <= q.start < sent[1] and i not in ctx.used_q and q.kind == "percent":
            cands.append((q.start, q.end, q.value, i))
    for m in _FRACTION_RE.finditer(ctx.text, sent[0], sent[1]):
        if re.match(r"\s+(?:of|the)\b", ctx.text[m.end() : m.end() + 5], re.I):
            cands.append((m.start(), m.end(), FRACTIONS[m.group("f").lower()] * 100, None))
    for m in _SHARE_RE.finditer(ctx.text, sent[0], sent[1]):
        n, d = _small_number(m.group("n")), _small_number(m.group("d"))
        if n is not None and d and 0 < n < d:
            cands.append((m.start(), m.end(), round(100 * n / d, 4), None))
    for qs, qe, value, qi in cands:
        if _used(ctx, qs, qe):
            continue
        hedge, hstart = _hedge_before(ctx, qs)
        lo, hi = apply_hedge(value, hedge)
        metric = min(pct_metrics, key=lambda mm: abs(mm.start - qs))
        clause = _clause_of(clauses, qs, sent)
        if qi is not None:
            ctx.used_q.add(qi)
        _add(
            ctx,
            kind="level",
            start=min(hstart, metric.start),
            end=max(qe, metric.end),
            metric=metric,
            pos=qs,
            clause=sent,
            sent=sent,
            value=_interval(lo, hi),
            unit="percent",
            periods=_level_roles(ctx, qs, qe, hstart, clause, sent),
            negated=_negated(ctx, max(sent[0], hstart - 25), hstart),
        )


def _count_levels(ctx: _Ctx, sent: tuple[int, int], clauses: list[tuple[int, int]]) -> None:
    text = ctx.text
    ctx.lex.cues["generic_nouns"]
    for i, q in enumerate(ctx.quantities):
        if not (sent[0] <= q.start < sent[1]) or i in ctx.used_q or q.kind == "percent":
            continue
        if _used(ctx, q.start, q.end):
            continue
        if any(t.start <= q.start < t.end for t in ctx.times):
            continue
        if re.fullmatch(r"1[89]\d\d|20\d\d", q.text) and not any(
            0 <= mm.start - q.end <= 3 for mm in ctx.metrics
        ):
            continue
        if _NOT_COUNT_NOUN.match(text, q.end) or re.match(
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
        clause = _clause_of(clauses, q.start, sent)
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
            hedge, hstart = _hedge_before(ctx, q.start)
            left_h = text[max(clause[0], hstart - 30) : hstart]
            verb = _LEVEL_VERB_RE.search(left_h) or _LEVEL_VERB_RE.search(left)
            record = re.search(r"\brecord\s*$", left_h, re.I)
            if gm:
                metric = _metric_for(ctx, q.start, clause, sent, allow_incident=False)
                # "After the shootings ..., nearly 500 people applied": a bare "people" only
                # counts what its own clause names
                if (
                    metric is not None
                    and not _within(metric.start, clause)
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
                metric = _metric_for(ctx, q.start, clause, sent, allow_incident=False)
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
        hedge, hstart = _hedge_before(ctx, q.start)
        lo, hi = (q.lo, q.hi) if q.lo is not None else apply_hedge(q.value, hedge)
        if _plus_after(ctx, q):
            lo, hi = q.value, None
        periods = _level_roles(ctx, q.start, q.end, hstart, clause, sent)
        start = min(hstart, q.start)
        end = q.end
        if metric.start >= q.end and metric.start - q.end <= 30:
            end = metric.end
        end = _extend_time(ctx, end, clause)
        _add(
            ctx,
            kind="level",
            start=start,
            end=end,
            metric=metric,
            pos=q.start,
            clause=clause,
            sent=sent,
            value=_interval(lo, hi),
            unit="count",
            periods=periods,
            negated=_negated(ctx, max(clause[0], start - 25), start),
        )


def _label_period(ctx: _Ctx, start: int, sent: tuple[int, int]) -> Span | None:
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
    ctx: _Ctx, qs: int, qe: int, hstart: int, clause: tuple[int, int], sent: tuple[int, int]
) -> _Periods:
    own = _level_period(ctx, qe, clause, sent)
    if own is not None:
        return _Periods(own, None, True)
    label = _label_period(ctx, min(qs, hstart), sent)
    if label is not None:
        return _Periods(label, None, True)
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
            return _Periods(_span(sibling.baseline), None, True)
        return _Periods(_span(sibling.period), None, True)
    if re.search(r"\bfrom\s*$", left, re.I) and (
        _FROM_TO_RE.match(ctx.text, qe) or CHANGED_FROM_RE.search(left)
    ):
        # "down from 110 to 97 last year", "97 last year, down from 109": the number after
        # "from" is the baseline's
        roles = _change_periods(ctx, clause, sent, want_baseline=True)
        if roles.baseline is not None:
            return _Periods(roles.baseline, None, roles.explicit)
    return _change_periods(ctx, clause, sent, want_baseline=False)


#: a count (not a year: "up from 2018" is a trend with a baseline) after "up/down from"
_FROM_COUNT_RE = re.compile(
    r"\s+(?:~\s*|about\s+|around\s+|roughly\s+|nearly\s+|almost\s+)?(?!(?:19|20)\d\d(?![\d,]))\d"
)
_FROM_TO_RE = re.compile(r"\s+to\s+(?:~\s*|about\s+|around\s+)?[\d,.]*\d")


def _span(p: tuple[str | None, str | None]) -> Span:
    assert p[0] is not None and p[1] is not None
    return date.fromisoformat(p[0]), date.fromisoformat(p[1])


def _extremums(ctx: _Ctx, sent: tuple[int, int], clauses: list[tuple[int, int]]) -> None:
    text = ctx.text
    pattern = re.compile(
        rf"(?<![\w-])(?:(?P<rec>record)(?:[-\s]+(?P<rdir>high|low|levels?|numbers?|breaking|year))?|(?P<max>{ctx.lex.cue_src['extremum_max']})|(?P<min>{ctx.lex.cue_src['extremum_min']})|(?P<yn>\d+|[a-z]+(?:-[a-z]+)?)[-\s]year[-\s]+(?P<ydir>low|high)|(?:this|so)\s+(?P<tdir>low|high|bad|few|many)(?=\s+since\b))(?![\w-])",
        re.I,
    )
    for m in pattern.finditer(text, sent[0], sent[1]):
        if _used(ctx, m.start(), m.end()) and not m.group("rec"):
            continue
        seg = text[m.end() : sent[1]]
        left = text[sent[0] : m.start()]
        clause = _clause_of(clauses, m.start(), sent)
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
        metric = _metric_for(ctx, m.start(), sent, sent, allow_incident=True)
        if metric is None or (m.group("ydir") and not metric.stat):
            continue  # "my pace hit a two-year low, the murder of my fitness"
        periods = _change_periods(ctx, clause, sent, want_baseline=False)
        if not periods.explicit:
            periods = _change_periods(ctx, sent, sent, want_baseline=False)
        if window is not None and window < 0:
            window = int(periods.period[0].year) + window - 1
        negated = not m.group("tdir") and _negated(ctx, max(sent[0], m.start() - 25), m.start())
        _add(
            ctx,
            kind="extremum",
            start=min(metric.start, m.start()) if metric.start >= sent[0] else m.start(),
            end=_extend_time(ctx, m.end() + (ever.end() if ever else 0), sent),
            metric=metric,
            pos=m.start(),
            clause=sent,
            sent=sent,
            value=None,
            unit=_unit_of(ctx, metric, sent),
            periods=_Periods(periods.period, None, periods.explicit),
            negated=negated,
            direction=direction,
            window_years=window,
        )
        return


def _trends(ctx: _Ctx, sent: tuple[int, int], clauses: list[tuple[int, int]]) -> None:
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
        if _used(ctx, m.start(), m.end()):
            continue
        # "fell from 196 in 2022/23 to 145 in 2023/24", "97 in 2025, down from 110 in 2024":
        # the numbers carry the claim
        if re.match(r"\s+from\s+[~\w]*\s*[\d,]+", text[m.end() : sent[1]], re.I) or (
            m.group(0).lower().endswith("from") and _FROM_COUNT_RE.match(text, m.end(), sent[1])
        ):
            continue
        clause = _clause_of(clauses, m.start(), sent)
        metric = _metric_for(ctx, m.start(), clause, sent, allow_incident=False)
        if metric is None or metric.metric in seen_metrics:
            continue
        if any(c.metric == metric.metric and _within(c.start, clause) for c in changes):
            continue
        if re.match(r"\s+to\s+\w", text[m.end() : sent[1]]) and m.group("down"):
            continue  # "declined to comment"
        if metric.start < sent[0] and not _refers_back(ctx, clause[0], m.start()):
            continue
        if metric.start >= sent[0] and not (clause[0] <= metric.start < clause[1]):
            # the metric is in another clause: only trust it when this clause names none
            if any(_within(mm.start, clause) for mm in ctx.metrics):
                continue
            if _own_subject(ctx, clause[0], m.start()):
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
        neg = _negated(ctx, max(clause[0], m.start() - 20), m.end())
        periods = _change_periods(ctx, clause, sent, want_baseline=True)
        tax = ctx.lex.taxonomy.metrics.get(metric.metric or "")
        _add(
            ctx,
            kind="trend",
            start=metric.start if metric.start >= clause[0] else m.start(),
            end=_extend_time(ctx, m.end(), clause),
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
    sents = _sentences(text)
    by_sent_m = _bucket(metrics, sents)
    by_sent_p = _bucket(places, sents)
    by_sent_t = _bucket(times, sents)
    by_sent_q = _bucket(quantities, sents)
    ctx = _Ctx(
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
        clauses = _clauses(text, *sent)
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
