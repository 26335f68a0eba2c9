"""Extremum claims: the highest or lowest value over a window of years ("record high",
"a 60-year low", "haven't been this low since 2014").
"""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import date
from functools import cache

from safetynlp.extraction import timex
from safetynlp.extraction.context import (
    PERIOD_KINDS,
    QUOTED_RE,
    TURN_WORDS_SRC,
    Ctx,
    Periods,
    add,
    add_for_place,
    answered_after,
    change_periods,
    clause_after_moves,
    clause_of,
    earlier_periods,
    extend_time,
    figures_between,
    header_period,
    hedge_before,
    is_negated,
    mask_places,
    metric_for,
    span_of,
    times_in,
    unit_of,
    used,
    within,
)
from safetynlp.extraction.lexicon import MetricMention
from safetynlp.extraction.literals import GatedPattern, compile_scan
from safetynlp.extraction.numbers import words_to_number
from safetynlp.extraction.regex_cache import compile_re
from safetynlp.types import Claim

_RECORD_CHANGE_RE = compile_re(
    r"[-\s]+(?:(?:~\s*)?[\d.,]+\s*(?:%|per\s?cent|percent|pc)|(?:fall|drop|decline|rise|increase|jump)s?\b)",
    re.I,
)


_WHICH_WAS_RE = compile_scan(
    r"\b(?P<y>(?:19|20)\d\d)\s*,?\s*(?:which|that|and\s+that)\s+(?:was|is|were)\s+(?:the\s+|a\s+|its\s+)?"
    r"(?:(?:single|year\s+of\s+the|year\s+with\s+the)\s+)?$",
    re.I,
)
_ANY_YEAR_AHEAD = (
    # ("lower than at any point in the last 40 years")
    r"[^.!?]{0,100}?\bthan\s+(?:in\s+|at\s+)?(?:any|every)\s+(?:other\s+)?(?:year|point|time)\b"
)


_ANY_YEAR_LAST_N_RE = compile_re(
    _ANY_YEAR_AHEAD
    + r"\s+(?:in|of|over)\s+the\s+(?:last|past|previous)\s+(?P<n>\d+|[a-z]+)(?!\s+(?:months|weeks|days))",
    re.I,
)


#: "is having its worst year", "'re having the deadliest summer": the period under way
#: after a record: "... anyone wanted", "... nobody needed", "... to be proud of"
_UNWANTED_AFTER_RE = compile_re(
    r"\s+(?:(?:that\s+)?(?:anyone|anybody|nobody|no\s+one|we|you|they|the\s+city)\s+"
    r"(?:(?:would|will|should|could)\s+)?(?:ever\s+)?(?:wanted|wants?|needed|needs?|is\s+proud\s+of|"
    r"be\s+proud\s+of|celebrates?|celebrated)|to\s+(?:be\s+proud\s+of|celebrate|brag\s+about|"
    r"boast\s+about))\b",
    re.I,
)
_HAVING_RE = compile_scan(
    r"(?:\b(?:is|are|am)\s+|['’](?:s|re)\s+)having\s+(?:its|their|a|an|the|her|his)\s+$", re.I
)


@cache
def _extremum_pattern(most: str, least: str) -> GatedPattern:
    return GatedPattern(
        compile_scan(
            rf"(?<![\w-])(?:(?P<rec>record)(?:[-\s]+(?P<rdir>highs?|lows?|levels?|numbers?|breaking|year))?|(?P<max>{most})|(?P<min>{least})|(?P<best>best)|(?P<yn>\d+|[a-z]+(?:-[a-z]+)?)[-\s](?:year|yr)[-\s]+(?P<ydir>low|high)|(?:(?P<dn>\d+|[a-z]+)[-\s])?decade[-\s]+(?P<ddir>low|high)|(?:this|so)\s+(?P<tdir>low|high|bad|few|many)(?=\s+since\b)"
            # "fewer homicides last year than in any year since 2015"
            rf"|(?:(?P<amax>more|higher)|(?P<amin>fewer|less|lower))(?={_ANY_YEAR_AHEAD}))(?![\w-])",
            re.I,
        )
    )


_SET_A_BEFORE_RE = compile_re(
    # ("Milwaukee shattered its homicide record in 2021", "broke the city's murder record")
    r"\b(?:set|sets|setting|broke|breaks|broken|breaking|smashed|smashes|shattered|shatters|"
    r"hit|hits)\s+(?:a|an|its|their|the(?:\s+[\w'’-]+['’]s)?)\s+(?:(?:new|previous|old|own|"
    r"all[-\s]time)\s+)?(?:[\w-]+\s+){0,2}[\w-]+\s*$",
    re.I,
)
_ALL_TIME_RE = compile_re(r"(?:all[-\s]time|record|historic)", re.I)
_RANK_PLACE_BEFORE_RE = compile_re(r"\b(?:second|third|fourth|fifth|2nd|3rd|4th|5th)[-\s]*$", re.I)
_MY_PATCH_BEFORE_RE = compile_re(
    r"\b(?:my|our)\s+(?:[\w'’]+\s+)?(?:area|street|road|estate|block|end|neighbou?rhood|manor|"
    r"postcode|patch)\s+(?:is|was|has\s+been|feels|seems)\s+(?:(?:now|still|just|honestly)\s+)?$",
    re.I,
)
#: "Worst it's ever been on our street": the poster's own patch, after the record
_MY_PATCH_AFTER_RE = compile_re(
    r"\s+(?:(?:it|its|it['’]s|it\s+has|things\s+have|we['’]ve|I['’]ve)\s+)?(?:ever\s+)?(?:been\s+|seen\s+|known\s+)?(?:it\s+)?"
    r"(?:on|in|round|around|down)\s+(?:my|our)\s+(?:[\w'’]+\s+)?(?:area|street|road|"
    r"estate|block|end|neighbou?rhood|manor|postcode|patch)\b",
    re.I,
)
#: "one of the lowest totals in 40 years": one among the lowest
_ONE_OF_THE_BEFORE_RE = compile_re(r"\bone\s+of\s+(?:the|its|their)\s+(?:[\w'’-]+\s+)?$", re.I)
#: "worse than ever", "higher than it's ever been", "lower than they've been in a decade"
_THAN_EVER_RE = compile_re(
    r"\s+than\s+(?:ever\b|(?:it|they)\s*(?:['’]s|['’]ve|\s+(?:has|have|is|are))\s+(?:ever\b|been\b))",
    re.I,
)
#: "Knife crime in London has never been higher": a record over every year, said the other way
_NEVER_BEEN_BEFORE_RE = compile_re(r"\bnever\s+been\s+$", re.I)
#: between a metric and "worse than ever": its place or time and a verb ("Gun crime in London
#: is", "Knife crime this year has been")
_SUBJECT_THEN_RE = compile_re(
    r"(?:\s+(?:in|across)\s+[\w'’ ]{2,30}?)?(?:\s+(?:this|last)\s+year)?\s+(?:is|are|was|were|has\s+been|"
    r"have\s+been|(?:has|have)\s+never\s+been|got|gets|getting|now)\s+(?:(?:now|still|just|even|getting|actually)\s+)?[\"'“‘]?",
    re.I,
)
_WORSE_RE = compile_re(r"\b(?:worst|worse)\b", re.I)
#: "the quietest I've ever known it", "the worst we can remember": a record of one's own life
_FELT_AFTER_RE = compile_re(
    r"\s+(?:(?:that|which)\s+)?(?:I|we)\s*(?:['’]ve|\s+have|['’]d|\s+had)?\s+(?:ever\s+)?"
    r"(?:seen|known|experienced|heard|felt|lived|can\s+(?:remember|recall))\b",
    re.I,
)
#: "You'd have to go back to 2008 to find a worse year": the worst since then
_GO_BACK_RE = compile_scan(
    r"\b(?:have|had|need|needs)\s+to\s+go\s+(?:all\s+the\s+way\s+)?back\s+(?:to|as\s+far\s+as)\s+"
    r"(?P<y>(?:19|20)\d\d)\s+to\s+(?:find|see|get)\s+(?:a\s+|an\s+)?"
    r"(?:(?P<max>worse|higher|bigger|deadlier|bloodier)|(?P<min>better|lower|smaller|safer))\b",
    re.I,
)


def _go_back(ctx: Ctx, sent: tuple[int, int]) -> None:
    if "back" not in ctx.text[sent[0] : sent[1]]:
        return
    m = _GO_BACK_RE.search(ctx.text, *sent)
    if m is None or used(ctx, m.start(), m.end()):
        return
    metric = metric_for(ctx, m.start(), sent, sent, allow_incident=False)
    if metric is None:
        return
    periods = earlier_periods(ctx, metric, sent) or change_periods(
        ctx, sent, sent, want_baseline=False
    )
    window = periods.period[0].year - int(m.group("y")) - 1
    if window < 1:
        return
    add(
        ctx,
        kind="extremum",
        start=m.start(),
        end=m.end(),
        metric=metric,
        pos=m.start(),
        clause=sent,
        sent=sent,
        value=None,
        unit=unit_of(ctx, metric, sent),
        periods=Periods(periods.period, None, True),
        negated=is_negated(ctx, max(sent[0], m.start() - 25), m.start()),
        direction="max" if m.group("max") else "min",
        window_years=window,
    )


#: "It peaked in 2019/20", "knife crime peaked in the year to March 2023": that period is
#: the highest of the series
_PEAKED_RE = compile_scan(
    r"\b(?:peaked|(?:hit|reached)\s+(?:its|their|a)\s+peak|was\s+at\s+(?:its|their)\s+(?:peak|highest))"
    r"\s+(?:back\s+)?(?=in\b|during\b|the\s+year\b|(?:19|20)\d\d"
    # ("It peaked at about 16,900 in 2019": its figure, then its year)
    r"|at\s+(?:(?:about|around|roughly|over|just\s+over|nearly|almost|some)\s+|~\s*)?\d[\d,.]*k?"
    r"(?:\s+[a-z]+){0,2}?\s+in\s+(?:19|20)\d\d)",
    re.I,
)
_PEAK_FIGURE_RE = compile_re(
    r"at\s+(?:(?:about|around|roughly|over|just\s+over|nearly|almost|some)\s+|~\s*)?\d[\d,.]*k?"
    r"(?:\s+[a-z]+){0,2}?\s+in\s+",
    re.I,
)


_RECORD_AFTER_PEAK_RE = compile_re(
    r"(?:\s+at\s+[~≈]?\s*[\d,.]+k?)?\s*[,;–—-]\s*(?:the|its|their|a)\s+(?:highest|most|worst|record|peak)\b",
    re.I,
)
_PEAK_PRONOUN_RE = compile_re(
    r"\b(?:it|they|that|the\s+(?:number|figure|total|rate))\s+(?:(?:probably|actually|already|really)\s+)?$",
    re.I,
)
_PEAK_SUBJECT_GAP_RE = compile_re(
    r"(?:\s+(?:in|across)\s+(?:the\s+)?[A-Z][\w'’&-]*(?:\s+(?:and\s+|&\s+)?[A-Z][\w'’&-]*){0,3})?\s+"
    r"(?:(?:probably|actually|already|really)\s+)?"
)


def _peaked(ctx: Ctx, sent: tuple[int, int]) -> None:
    if "peak" not in ctx.text[sent[0] : sent[1]].lower():
        return
    for m in _PEAKED_RE.finditer(ctx.text, *sent):
        if any(
            c.kind != "level" and c.start <= m.start() < c.end and sent[0] <= c.start
            for c in ctx.claims
        ):
            continue
        figure = _PEAK_FIGURE_RE.match(ctx.text, m.end())
        after = m.end() if figure is None else figure.end()
        when = next(
            (
                r
                for r in ctx.times
                if r.kind == "period" and r.span is not None and 0 <= r.start - after <= 4
            ),
            None,
        )
        metric = metric_for(ctx, m.start(), sent, sent, allow_incident=False)
        if when is None or metric is None or when.span is None:
            continue
        if _RECORD_AFTER_PEAK_RE.match(ctx.text, when.end):
            continue  # ("peaked in 2006/07 at 5,720, the highest on record": the record says it)
        # the metric (or "it"/"they" for one named before) is what peaked: not "My anxiety
        # peaked in 2020 when knife crime was everywhere"
        if metric.start < sent[0] or metric.end > m.start():
            if not _PEAK_PRONOUN_RE.search(ctx.text, max(sent[0], m.start() - 24), m.start()):
                continue
        elif not _PEAK_SUBJECT_GAP_RE.fullmatch(ctx.text, metric.end, m.start()):
            continue
        add(
            ctx,
            kind="extremum",
            start=metric.start if metric.start >= sent[0] else m.start(),
            end=when.end,
            metric=metric,
            pos=m.start(),
            clause=sent,
            sent=sent,
            value=None,
            unit=unit_of(ctx, metric, sent),
            periods=Periods(when.span, None, True),
            negated=is_negated(ctx, max(sent[0], m.start() - 25), m.start()),
            direction="max",
            window_years=None,
        )
        for c in ctx.claims:
            q = next((q for q in ctx.quantities if c.start <= q.start < c.end), None)
            if c.kind == "level" and c.start <= m.start() < c.end and q is not None:
                # ("Chicago's homicide count peaked in 2021 at 804": the peak is a claim of its
                # own, the level's words are its figure's)
                c.start = hedge_before(ctx, q.start)[1]
                c.surface = ctx.text[c.start : c.end]


_FIGURE_OWN_YEAR_RE = compile_scan(
    # ("..., and about half the 2022 total": a year that names another total)
    r"(?<![\w.])\d[\d,.]*\s+(?:of|in)\s+$|\b(?:half|double|twice|a\s+third\s+of|a\s+quarter\s+of|"
    r"a\s+fifth\s+of)\s+(?:the|its|their)\s+$",
    re.I,
)


def _figure_own_year(text: str, record_end: int, t: timex.TimeRef, sent: tuple[int, int]) -> bool:
    """Is ``t`` the year of another figure said after the record ("the lowest since 2014
    and nowhere near the 30 of 2021"), not the record's own ("a record 562 in 2021")?"""
    if t.start <= record_end:
        return False
    fig = _FIGURE_OWN_YEAR_RE.search(text, max(sent[0], t.start - 16), t.start)
    return fig is not None and bool(re.search(r"[A-Za-z]", text[record_end : fig.start()]))


#: a sentence whose record is "the year": "The deadliest year for teenagers since 2008"
_THE_YEAR_RECORD_RE = compile_re(
    r"[\W_]*(?:(?:it|that|this)(?:['’]s|\s+(?:is|was))\s+)?(?:the|its|their)\s+"
    r"(?:[\w-]+\s+){0,2}year\b",
    re.I,
)


@cache
def _ever_after(ever: str) -> re.Pattern[str]:
    """ "... on record", "... ever" within the words after a record."""
    return compile_re(rf"[^.!?]{{0,50}}?\b(?:{ever})\b", re.I)


#: a record the year would set, not one it has set
_WOULD_BE_RE = compile_re(
    r"\b(?:would|could|might|will|['’]d|['’]ll)\s+(?:(?:probably|likely|still)\s+)?"
    r"(?:be|make\s+it|mark|end\s+up)\s+(?:as\s+)?(?:the\s+|its\s+|their\s+|a\s+)?$",
    re.I,
)
_OWN_RECORD_RE = compile_re(
    r"\s+for\s+(?:us|me|him|her|them|our|my|his|their|the\s+(?:club|group|panel|team|event))\b",
    re.I,
)
_PERSONAL_SUPERLATIVE_RE = compile_re(
    # ("Worst mayor in history.": a person, no series)
    r"\s+(?:thing|part|bit|day|night|moment|experience|idea|decision|place|meal|film|movie|mayor|"
    r"president|prime\s+minister|pm|home\s+secretary|commissioner|government|leader|manager|"
    r"referee|ref|team|side|council)s?\b",
    re.I,
)


#: what may open a sentence that only asks after a record ("Lowest since 2014?", "So the
#: fewest on record?", "Is that the lowest in a decade?")
_ASKED_RECORD_OPEN_RE = compile_re(
    r"[\W_]*(?:(?:so|and|but|maybe|possibly|probably|surely|then)\s+)?"
    r"(?:(?:is|was|are|were)\s+(?:that|this|it|they)\s+)?(?:(?:the|a|its|their)\s+)?",
    re.I,
)


#: a figure short of a record: "close to the record", "just shy of the all-time high"
_NEAR_RECORD_BEFORE_RE = compile_re(
    r"\b(?:close\s+to|near|nearing|approaching|just\s+(?:short\s+of|shy\s+of|below|under|off)|"
    r"shy\s+of|short\s+of|within\s+\S+\s+of)\s+(?:the|a|an|its|their)\s+(?:previous\s+|old\s+)?$",
    re.I,
)


def records_in(ctx: Ctx, span: tuple[int, int]) -> list[Claim]:
    """The records the reader finds in ``span`` read as a sentence of its own (the half of a
    sentence after a turn: "..., while Chicago's were the lowest since 2019", "..., not a
    record"), left for the caller to keep or drop; ``ctx.claims`` is as it was."""
    before = len(ctx.claims)
    extremums(ctx, span, [span])
    found = [c for c in ctx.claims[before:] if c.kind == "extremum"]
    del ctx.claims[before:]
    return found


def extremums(ctx: Ctx, sent: tuple[int, int], clauses: list[tuple[int, int]]) -> None:
    text = ctx.text
    _go_back(ctx, sent)
    _peaked(ctx, sent)
    _ranked_next(ctx, sent)
    cue = ctx.lex.cue_src
    pattern = _extremum_pattern(cue["extremum_max"], cue["extremum_min"])
    found = list(pattern.finditer(text, ctx.low, sent[0], sent[1]))
    for k, m in enumerate(found):
        if used(ctx, m.start(), m.end()) and (
            # ("hit a record 200", "hit an all-time low of 44%", "hit a 10-year low in 2024,
            # about 140,000": the record is a claim beside the figure's)
            not (
                m.group("rec")
                or m.group("ydir")
                or m.group("ddir")
                or _ALL_TIME_RE.match(m.group(0))
            )
            or any(c.kind == "extremum" and c.start <= m.start() < c.end for c in ctx.claims)
            or (
                not m.group("rec")
                and any(c.kind != "level" and c.start <= m.start() < c.end for c in ctx.claims)
            )
        ):
            continue
        # "Lowest count since 2014 and the lowest rate per head on record": each record's
        # words end where the next one starts
        seg_end = next(
            (n.start() for n in found[k + 1 :] if n.group("max") or n.group("min")), sent[1]
        )
        seg = text[m.end() : seg_end]
        left = text[sent[0] : m.start()]
        clause = clause_of(clauses, m.start(), sent)
        window: int | None = None
        has_window = False
        ever = _ever_after(ctx.lex.cue_src["extremum_ever"]).match(seg)
        if (
            m.group("min")
            and m.group("min").lower() == "least"
            and re.search(r"\bat\s+$", left, re.I)
        ):
            continue  # "at least" is a hedge (not "Confidence in the Met at lowest level ...")
        if _WOULD_BE_RE.search(left[-40:]):
            continue  # "on track to finish under 270, which would be the fewest in a decade"
        if (
            m.group("rec")
            and _UNWANTED_AFTER_RE.match(text, m.end())
            and any(c.kind == "extremum" and c.end <= sent[0] for c in ctx.claims)
        ):
            # "... set a new record for homicides this year. Not a record anyone wanted.": the
            # record said again with a sigh, neither a new one nor a denial
            continue
        if (
            text[sent[1] - 1 : sent[1]] == "?"
            and _ASKED_RECORD_OPEN_RE.fullmatch(left)
            and "\n" not in text[m.end() : sent[1]]
        ):
            continue  # "↓ approx 8pc. Lowest in a decade?": the record asked, not said
        if _PERSONAL_SUPERLATIVE_RE.match(seg):
            continue  # "the worst thing that ever happened to me there": a life, not a figure
        if _RANK_PLACE_BEFORE_RE.search(left[-16:]):
            continue  # "the second highest of any London borough": a rank no series is ranked by
        if _MY_PATCH_BEFORE_RE.search(left[-40:]) or _MY_PATCH_AFTER_RE.match(seg):
            continue  # "my area is worse than ever": what the poster sees, not a series
        if _ONE_OF_THE_BEFORE_RE.search(left[-30:]):
            continue  # "one of the lowest totals in 40 years": among the lowest, no record
        if m.group("rec") and re.match(
            # ("a record 6.5m" crimes is millions, not "a record 100m sprint")
            r"[-\s]+(?:(?:19|20)\d\d\b|\d+(?:\.\d+)?\s*(?:kg|g|lbs?|m(?=\s+(?:sprint|dash|race|"
            r"hurdles|freestyle|tall|high|long|deep|wide)\b)|km|ft|cm|mph|miles|metres|points|runs|goals)\b)",
            seg,
        ):
            continue  # "record 2023 wildfire season", "a record 41kg marrow"
        if (
            m.group("rec")
            and re.match(r"\s+[~≈]?\d", seg)
            and re.search(
                r"\b(?:police|met|force|forces|ons|cops|they|officers|fbi|nypd|cpd|lapd)\s+$",
                left,
                re.I,
            )
        ):
            continue  # "Met Police record 21 teenage homicides in 2023": the verb, a headline
        if m.group("rec") and re.search(
            r"\b(?:for|on|off|change|changing|changed|broken|like\s+a\s+broken)\s+the\s+$",
            left,
            re.I,
        ):
            continue  # "for the record", "change the record": an idiom
        if m.group("rec") and re.match(
            # (not "a record that still stands": the record's own)
            r"\s+(?:(?:he|she|they|we|you|i)(?:['’](?:s|re|ve|m))?|(?:that|which)(?!\s+(?:still\s+)?"
            r"(?:stands|stood|holds|held|has\s+stood|remains))|of\s+(?:his|her|their))\b",
            seg,
            re.I,
        ):
            continue  # "That's the record he's running on": a track record
        if (
            (m.group("rec") or m.group("max") or m.group("min"))
            and _NEAR_RECORD_BEFORE_RE.search(left[-40:])
            # ("one short of the record 97 set in 1995": that year's record, with its figure)
            and not re.match(r"\s+[~≈]?\d", seg)
        ):
            continue  # "about 68,000, close to the record set the year before": no record
        if m.group("rec") and _OWN_RECORD_RE.match(seg):
            continue  # "22 people came, which is a record for us!": the poster's own
        if m.group("rec") and _RECORD_CHANGE_RE.match(seg):
            continue  # "fell by a record 15%", "a record fall": the size of a change
        if _FELT_AFTER_RE.match(seg):
            continue  # "lockdown is the quietest I've ever known it": what one lived, no figure
        never = _NEVER_BEEN_BEFORE_RE.search(left[-20:]) is not None
        if m.group("rec") or ever or never:
            has_window = True
        # ("Fewer people ... ended up in hospital with stab wounds in 2022/23 than in any year
        # since 1996": the window after the "than", which the long subject pushes back)
        reach = 130 if m.group("amax") or m.group("amin") else 60
        for r in ctx.times:
            if r.start >= m.end() and r.start - m.end() < reach and r.start < seg_end:
                if r.kind == "window":
                    if r.years == 1 and _A_YEAR_RE.fullmatch(r.text):
                        # "the most ever in a year", "the most in a year since 2008": the
                        # year is what each value counts, the window is what follows
                        continue
                    window, has_window = r.years, True
                    break
                if r.kind == "since":
                    assert r.span is not None
                    has_window = True
                    window = -r.span[0].year  # resolved below against the period
                    break
        if m.group("amax") or m.group("amin"):
            # "than in any year since 2015": the window is the "since"; "in any year" alone
            # is every year on record
            direction = "max" if m.group("amax") else "min"
            has_window = True
            last_n = _ANY_YEAR_LAST_N_RE.match(ctx.text, m.end(), sent[1])
            if window is None and last_n is not None:
                # "more knife crime than any year in the last five": the five before it
                said = last_n.group("n")
                n = float(said) if said.isdigit() else words_to_number(said)
                if n is not None and 2 <= n <= 100:
                    window = int(n)
        elif m.group("tdir"):
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
        elif m.group("ddir"):
            # "a decade high", "a two-decade low": ten years a decade
            dn = (m.group("dn") or "a").lower()
            n_decades = (
                1.0 if dn in ("a", "one") else (float(dn) if dn.isdigit() else words_to_number(dn))
            )
            if n_decades is None or not 1 <= n_decades <= 20:
                continue
            window, has_window = int(10 * n_decades), True
            direction = "min" if m.group("ddir").lower() == "low" else "max"
        elif m.group("rec"):
            rdir = (m.group("rdir") or "").lower()
            if rdir in ("highs", "lows"):
                rdir = rdir[:-1]  # ("at record lows": the plural says the same)
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
                # ("an all-time record", "All-time record for the city")
                and not re.search(r"(?:\b(?:a|an|new|hit|the)|all[-\s]time)\s*$", left, re.I)
                # ("Toronto set a homicide record last year": the series' own word between)
                and not (
                    _SET_A_BEFORE_RE.search(left)
                    and any(0 <= m.start() - mm.end <= 1 and mm.metric for mm in ctx.metrics)
                )
                # ("2021 | 30 (record)": a figure's note in brackets)
                and not (
                    re.search(r"\d[\d,.]*[km]?\+?\s*\(\s*$", left, re.I) and re.match(r"\s*\)", seg)
                )
            ):
                continue
        elif m.group("best"):
            # "hit 89% in 2021/22, the best in ten years": the way of the best is the series'
            # own, set once its metric is known
            # (only set off right after a figure: not "the best book about homicide in LA
            # I've ever read")
            if not has_window or not any(
                c.kind in ("level", "change")
                and sent[0] <= c.start
                and _RECORD_AFTER_RATE_RE.fullmatch(text, c.end, m.start())
                for c in ctx.claims
            ):
                continue
            direction = "best"
        else:
            direction = "max" if m.group("max") else "min"
            word = (m.group("max") or m.group("min")).lower()
            if word.startswith(("all", "historic")):
                # "an all-time high", "a historic low": over every year on record, as "ever"
                has_window = True
            if word in ("most", "least") and not has_window:
                continue
        if not has_window:
            continue
        metric = metric_for(ctx, m.start(), sent, sent, allow_incident=True)
        if (never or _THAN_EVER_RE.match(text, m.end())) and (
            metric is None
            or not sent[0] <= metric.end <= m.start()
            # ("My dad says it's worse than ever", "sharing the 'stabbings are worse than
            # ever' posts": a say-so, not a figure's record)
            or not _SUBJECT_THEN_RE.fullmatch(text, metric.end, m.start())
            or (
                any(q.start() < m.start() < q.end() for q in QUOTED_RE.finditer(text, *sent))
                # ("My cousin says murders in Philadelphia are 'higher than ever'. He's wrong.":
                # a say-so that ends its sentence, which the post answers, stays, to be negated
                # or backed)
                and not (
                    any(
                        q.start() < m.start() < q.end() and sent[1] - q.end() <= 2
                        for q in QUOTED_RE.finditer(text, *sent)
                    )
                    and answered_after(text, sent[1])
                )
            )
        ):
            continue
        if (
            metric is not None
            and metric.start < sent[0]
            and _subject_at_its_record(ctx, sent[0], m.start())
        ):
            continue  # "... up 12% in 2024/25. Officer numbers at their lowest since 2008."
        if (
            metric is None
            or (
                # "6.6m crimes last year, a record": bare "crime" only beside its own count
                metric.numeric_only
                and not any(
                    c.kind == "level" and c.metric == metric.metric and within(c.start, sent)
                    for c in ctx.claims
                )
            )
            or ((m.group("ydir") or m.group("ddir")) and not metric.stat)
        ):
            continue  # "my pace hit a two-year low, the murder of my fitness"
        # "it's the lowest since 2014 and nowhere near the 30 of 2021": a figure's own year
        # after the record is no period of the record's (set aside while its period is read)
        sentence_times = ctx.times
        # ("97 homicides in London, down from 109 in 2024 and the lowest total since 2014":
        # the years inside the levels before are theirs; the record is the latest level's)
        own_levels = [
            c
            for c in ctx.claims
            if c.kind == "level" and sent[0] <= c.start and c.end <= m.start() and c.period
        ]
        latest_level = max(
            own_levels, key=lambda c: c.period[1] if c.period and c.period[1] else "", default=None
        )
        ctx.times = [
            t
            for t in sentence_times
            if not _figure_own_year(text, m.end(), t, sent)
            and not any(
                c.start <= t.start < c.end and c.period != latest_level.period
                for c in own_levels
                if latest_level is not None
            )
        ]
        # ("499 homicides in 2020, up 40% on 2019 and the most since 1990": a change of its own
        # after a comma, between the metric and the record; the record is the level's)
        after_change = (
            metric.start >= sent[0]
            and "," in text[metric.end : m.start()]
            and any(
                q.kind == "percent" and metric.end <= q.start and q.end <= m.start()
                for q in ctx.quantities
            )
        )
        periods = change_periods(ctx, clause, sent, want_baseline=False)
        if not periods.explicit:
            periods = change_periods(ctx, sent, sent, want_baseline=False)
        if not any(r.kind in PERIOD_KINDS for r in times_in(ctx, sent)):
            # "... this year: 30. The most since records began.": the "since" is the window;
            # the period is the earlier claim's
            # ("England & Wales, year ending March 2023, the headlines:\n- shoplifting: highest
            # in 20 years": a list's first item's, the period its header names)
            head = header_period(ctx, sent)
            periods = (
                earlier_periods(ctx, metric, sent)
                or (Periods(head, None, True) if head is not None else None)
                # "London 2021: 30 teenagers killed. The deadliest year for teenagers since
                # 2008.": the year the record is of is the one just given a figure
                or (
                    earlier_periods(ctx, metric, sent, named_here=True)
                    if _THE_YEAR_RECORD_RE.match(text, sent[0], sent[1])
                    else None
                )
                or periods
            )
        if after_change or all(t.kind == "window" for t in times_in(ctx, clause)):
            # "fell from 30 in 2021 to 8 last year, a record low": the figure just before
            # (a window, "..., the lowest in a decade", is the record's own)
            before = [
                c
                for c in ctx.claims
                if c.kind == "level"
                and c.metric == metric.metric
                and sent[0] <= c.start
                and c.end <= m.start()
                and c.period
            ]
            latest = max(
                before, key=lambda c: c.period[1] if c.period and c.period[1] else "", default=None
            )
            if latest is not None and latest.period:
                # "97 in 2025, down from 109 in 2024, and the fewest since ...": the latest
                periods = Periods(span_of(latest.period), None, True)
        if not periods.explicit and _HAVING_RE.search(
            text, max(sent[0], m.start() - 30), m.start()
        ):
            # "Chicago's having its worst year for murders since 1996": the year under way
            periods = Periods((date(ctx.ref.year, 1, 1), ctx.ref), None, True)
        which = _WHICH_WAS_RE.search(text, max(sent[0], m.start() - 40), m.start())
        if which is not None:
            # "down on 2019, which was the highest year in a decade": the year named just before
            year = int(which.group("y"))
            periods = Periods(timex.calendar_year(year), None, True)
        ctx.times = sentence_times
        if window is not None and window < 0:
            window = int(periods.period[0].year) + window - 1
        # ("The Met's clearance rate for murders fell below 80% last year, the lowest in a
        # decade": the record set off right after an outcome rate's level is that rate's)
        rate_level = next(
            (
                c
                for c in reversed(ctx.claims)
                if c.kind == "level"
                and c.unit == "percent"
                and c.metric
                and sent[0] <= c.start
                and _RECORD_AFTER_RATE_RE.fullmatch(text, c.end, m.start())
            ),
            None,
        )
        if rate_level is not None and rate_level.metric != metric.metric:
            metric = replace(
                metric, metric=rate_level.metric, family=rate_level.family or metric.family
            )
        # ("Teenagers made up a quarter of London's homicide victims in 2021, the highest
        # share in a decade": a record of a share is the share's, said before it)
        share_level = (
            next(
                (
                    c
                    for c in reversed(ctx.claims)
                    if c.kind == "level"
                    and c.unit == "percent"
                    and c.metric
                    and sent[0] <= c.start
                    and c.end <= m.start()
                ),
                None,
            )
            if _SHARE_RECORD_RE.match(text, m.start(), m.end() + len(seg))
            else None
        )
        if share_level is not None and share_level.metric is not None:
            metric = replace(
                metric, metric=share_level.metric, family=share_level.family or metric.family
            )
        tax = ctx.lex.taxonomy.metrics.get(metric.metric or "")
        if direction == "best":
            if tax is None:
                continue
            direction = "max" if tax.higher_is_better else "min"
        if tax is not None and tax.higher_is_better and _WORSE_RE.search(text, m.start(), m.end()):
            # "Confidence in the Met is worse than ever": the worst of a share people want
            # high is its lowest
            direction = "min" if direction == "max" else "max"
        # ("has never been higher": the "never" is the record's own, no denial)
        negated = (
            not m.group("tdir")
            and not never
            and is_negated(ctx, max(sent[0], m.start() - 25), m.start())
        )
        # "518 homicides ..., a rate of 0.84 per 100,000 - the lowest rate on record": with a
        # figure between the metric and the record, the record's words start at the record
        own = (
            metric.start >= sent[0]
            and not figures_between(ctx, metric.end, m.start())
            and not after_change
            and share_level is None
        )
        claim = add(
            ctx,
            kind="extremum",
            start=min(metric.start, m.start()) if own else m.start(),
            end=extend_time(ctx, m.end() + (ever.end() if ever else 0), sent),
            metric=metric,
            pos=m.start(),
            clause=sent if own else (m.start(), sent[1]),
            sent=sent,
            value=None,
            unit="percent"
            if share_level is not None
            else _record_unit(ctx, metric, sent, text[m.start() : m.end() + len(seg)], m.start()),
            periods=Periods(periods.period, None, periods.explicit),
            negated=negated,
            direction=direction,
            window_years=window,
        )
        # one record a sentence, unless another is joined on ("Lowest count since 2014 and the
        # lowest rate per head on record")
        nxt = next((n for n in found[k + 1 :] if n.group("max") or n.group("min")), None)
        if claim is None or nxt is None:
            return
        if not _AND_NEXT_RE.fullmatch(text, claim.end, nxt.start()) and not (
            # ("..., and murders were the lowest since 2019": a series of its own, joined on)
            (joined := _AND_SUBJECT_NEXT_RE.fullmatch(text, claim.end, nxt.start())) is not None
            and any(joined.start("subj") <= mm.start < joined.end("subj") for mm in ctx.metrics)
        ):
            return


_RECORD_MEASURE_RE = compile_re(
    r"\w+\s+(?:(?P<count>count|number|total|tally)|(?:murder\s+|homicide\s+)?rate|per\s+(?:head|capita))\b",
    re.I,
)
_AND_NEXT_RE = compile_re(r"\s*,?\s*(?:and|&)\s+(?:the\s+|a\s+|its\s+|their\s+)?", re.I)
_AND_SUBJECT_NEXT_RE = compile_re(
    r"\s*,?\s*(?:and|&)\s+(?P<subj>(?:[\w'’-]+\s+){1,4}?)(?:(?:were|was|are|is|hit|reached)\s+)?"
    r"(?:the\s+|a\s+|its\s+|their\s+)?",
    re.I,
)


#: "the highest murder rate of any big US city", "the second-lowest knife crime rate of all
#: London boroughs", "the safest of any major city in Europe": a place ranked against others
_RANKING_RE = GatedPattern(
    compile_scan(
        r"(?:(?<![\w-])(?:(?P<ord>second|third|fourth|fifth|2nd|3rd|4th|5th)[-\s]+)?"
        r"(?P<dir>highest|lowest|worst|most|fewest|biggest|largest|safest|deadliest|"
        r"most\s+dangerous|most\s+violent)\b"
        r"(?P<mid>[^.;:!?\n]{0,50}?)\b(?:of\s+(?:any|all)(?:\s+the)?|among(?:\s+all)?(?:\s+the)?|"
        # ("the lowest homicide rate of Canada's big cities": the country's own)
        # (not "lower than most of Europe's big capitals": "most of", a part)
        r"(?<!\bmost\s)of(?=\s+(?-i:[A-Z])[\w.&-]*['’]s\s)|"
        r"out\s+of\s+(?:all\s+)?(?:the\s+)?)\s+"
        # "more knife crime than any other London borough": the most of them
        r"|(?<![\w-])(?P<than>more|higher|worse|bigger|fewer|lower|less|safer)\b"
        r"(?P<tmid>[^.;:!?\n]{0,50}?)\bthan\s+(?:in\s+|at\s+)?any\s+other\s+)"
        r"(?P<grp>(?:[\w.'’&-]+\s+){0,4}?)"
        r"(?P<unit>cit(?:y|ies)|(?:police\s+)?forces?|countr(?:y|ies)|states?|boroughs?|regions?|"
        r"capitals?|nations?|towns?|areas?|places?|metros?)\b"
        r"(?P<scope>\s+(?:in|across|of)\s+(?:the\s+)?[^,.;:!?\n]{2,40})?",
        re.I,
    )
)
#: a move ranked ("the biggest falls of any", "the steepest rise of any")
_MOVE_RANKED_RE = compile_re(
    r"\s*(?:annual\s+|yearly\s+|year-on-year\s+|percentage\s+)?"
    r"(?:falls?|drops?|rises?|increases?|declines?|jumps?|reductions?|improvements?|decreases?)\b",
    re.I,
)
_RANK_MIN = frozenset({"lowest", "fewest", "safest", "least", "lower", "fewer", "less", "safer"})


#: a window of one year said with the article: "in a year", "in a single year"
_A_YEAR_RE = compile_re(r"(?:in\s+)?a\s+(?:single\s+)?year", re.I)
#: a record's window after the place: "the most murders in London since 2008" is a record
_WINDOW_AFTER_RE = compile_re(
    r"\s*(?:since|on\s+record|ever|in\s+(?:a|over\s+a|\d+|\w+)\s+(?:decades?|years?)|for\s+\w+\s+years)\b",
    re.I,
)
#: "Newham had the highest robbery count in London last year", "Chicago had the most
#: homicides in the US": a place ranked within a place that holds it (checked by the caller)
_RANKED_WITHIN_RE = compile_re(
    r"(?<![\w-])(?:the\s+)(?P<dir>highest|lowest|worst|most|fewest|biggest|largest)\b"
    r"(?P<mid>[^.;:!?\n\d]{1,40}?)\s+(?:in|across)\s+(?:the\s+|all\s+(?:of\s+)?)?"
    r"(?P<grp>(?-i:[A-Z])[\w.'’&-]*(?:\s+(?-i:[A-Z])[\w.'’&-]*){0,2})(?P<unit>)",
    re.I,
)

#: "Baltimore has the highest murder rate in the country": ranked within the country that
#: holds the place named before (never "one of the highest ... in the country": no record)
_RANKED_IN_COUNTRY_RE = compile_re(
    r"(?<![\w-])(?:the\s+)(?P<dir>highest|lowest|worst|most|fewest|biggest|largest)\b"
    r"(?P<mid>[^.;:!?\n\d]{0,40}?)\s+in\s+the\s+(?P<grp>country|nation)(?P<unit>)\b",
    re.I,
)
#: "Stabbings in Westminster are higher per resident than anywhere else in London": the most
#: of the places the group holds (the empty groups keep the ranking readers' names)
_THAN_ANYWHERE_RE = compile_re(
    r"(?P<dir>)(?P<mid>)(?<![\w-])(?P<than>higher|more|worse|lower|fewer|safer)\b"
    r"(?P<tmid>[^.;:!?\n\d]{0,40}?)\bthan\s+anywhere\s+else\s+in\s+(?:the\s+)?"
    r"(?P<grp>country|nation|(?-i:[A-Z])[\w.'’&-]*(?:\s+(?-i:[A-Z])[\w.'’&-]*){0,2})(?P<unit>)",
    re.I,
)
_CLAUSE_BREAK_RE = compile_re(r"[,;]|\b(?:but|and|though|while)\b", re.I)
_ONE_OF_RANKED_RE = compile_re(r"\bone\s+of\s+$", re.I)

#: (a cheap test first: the words the ranking opens with)
_RANKED_WITHIN_GATE = compile_re(r"the (?:highest|lowest|worst|most|fewest|biggest|largest)")
_RANKED_WITHIN_GATE_I = compile_re(_RANKED_WITHIN_GATE.pattern, re.I)


def ranking_groups(ctx: Ctx, sent: tuple[int, int]) -> list[re.Match[str]]:
    """The rankings in the sentence; their group places ("US" in "of any US city") are the
    places ranked against, never the claim's own place."""
    found = list(_RANKING_RE.finditer(ctx.text, ctx.low, sent[0], sent[1]))
    if found or not any(sent[0] <= p.start < sent[1] for p in ctx.places):
        return found
    if "anywhere else" in ctx.text[sent[0] : sent[1]].lower():
        found = [
            m
            for m in _THAN_ANYWHERE_RE.finditer(ctx.text, sent[0], sent[1])
            if any(sent[0] <= p.start < m.start() for p in ctx.places)
        ]
        if found:
            return found
    gates = (
        _RANKED_WITHIN_GATE.finditer(ctx.low, sent[0], sent[1])
        if ctx.low is not None
        else _RANKED_WITHIN_GATE_I.finditer(ctx.text, sent[0], sent[1])
    )
    tax = ctx.lex.taxonomy
    for g in gates:
        m = _RANKED_WITHIN_RE.match(ctx.text, g.start(), sent[1])
        if m is None:
            m = _RANKED_IN_COUNTRY_RE.match(ctx.text, g.start(), sent[1])
            subject = next(
                (
                    p
                    for p in reversed(ctx.places)
                    if m is not None and sent[0] <= p.start < m.start()
                ),
                None,
            )
            if (
                m is not None
                and subject is not None
                and not _ONE_OF_RANKED_RE.search(ctx.text, max(sent[0], m.start() - 10), m.start())
                # ("London knife crime is rising, but it isn't the worst in the country": with
                # no words of its own, the ranking must be its subject's clause's)
                and (
                    m.group("mid") or not _CLAUSE_BREAK_RE.search(ctx.text, subject.end, m.start())
                )
                # (not "... informed me that 'crime in Bristol is the worst in the country'":
                # someone's words, quoted)
                and not any(
                    q.start() < m.start() < q.end() for q in QUOTED_RE.finditer(ctx.text, *sent)
                )
            ):
                found.append(m)
            continue
        group = next((p for p in ctx.places if p.start == m.start("grp")), None)
        before = [p for p in ctx.places if sent[0] <= p.start < m.start()]
        # (the subject, named before, lies inside the group: not "Knife crime is highest in
        # Southwark", the place's own level)
        if (
            group is not None
            and before
            and group.place in tax.ancestors(before[-1].place)
            and not _WINDOW_AFTER_RE.match(ctx.text, m.end())
        ):
            found.append(m)
    return found


def rankings(ctx: Ctx, sent: tuple[int, int], found: list[re.Match[str]]) -> None:
    """A place ranked against other places: an extremum whose ``other_geography`` is the
    group (the nearest country above the place when the post names none). No series can
    check it, so the verdict is unverifiable, but the claim is the post's."""
    for m in found:
        if used(ctx, m.start(), m.end()):
            continue
        if _MOVE_RANKED_RE.match(m.group("mid") or m.groupdict().get("tmid") or ""):
            continue  # "one of the biggest falls of any big city": the move ranked, not the level
        inside = [p for p in ctx.group_places if m.start("grp") <= p.start < m.end()]
        before = [p for p in ctx.places if sent[0] <= p.start < m.start()]
        # ("Phone thefts in Westminster rose 42%, Met data shows, ... more than any other
        # London borough": the place ranked, not the source named after it)
        subject = next(
            (p for p in reversed(before) if p.how != "entity"), before[-1] if before else None
        )
        group = inside[0].place if inside else None
        if group is None and subject is not None:
            tax = ctx.lex.taxonomy
            # "the most robberies of any borough": a borough is ranked within its city
            above = (
                "city"
                if m.group("unit").lower().startswith("borough")
                and tax.places[subject.place].kind == "borough"
                else "country"
            )
            group = next(
                (a for a in tax.ancestors(subject.place) if tax.places[a].kind == above),
                None,
            )
        metric = metric_for(ctx, m.start(), sent, sent, allow_incident=False)
        if metric is None:
            continue
        periods = change_periods(ctx, sent, sent, want_baseline=False)
        start = subject.start if subject is not None else m.start()
        clause = sent
        if subject is not None and clause_after_moves(ctx, sent, metric, subject.start):
            clause = (subject.start, sent[1])
        if any(start <= q.start and q.end <= m.start() for q in ctx.quantities):
            # "Newham recorded about 3,100 robberies in 2023, the most of any London borough":
            # the figure is a level of its own ("Robbery in Lambeth is down 18% on 2019, but it
            # is still the highest ...": a change), the ranking only the words that rank it
            start = m.start()
            clause = (start, sent[1])
        add(
            ctx,
            kind="extremum",
            start=start,
            end=m.start("scope") if m.groupdict().get("scope") else m.end(),
            metric=metric,
            pos=m.start(),
            clause=clause,
            sent=sent,
            value=None,
            unit=unit_of(ctx, metric, sent),
            periods=Periods(periods.period, None, periods.explicit),
            negated=is_negated(ctx, max(sent[0], m.start() - 25), m.start()),
            place=subject.place if subject is not None else None,
            place_how=subject.how if subject is not None else None,
            direction="min"
            if (m.group("dir") or m.groupdict().get("than") or "").lower() in _RANK_MIN
            else "max",
            window_years=None,
            other_geography=group,
        )
        _ranked_after(ctx, sent, m, metric, periods, group)


#: "..., Sutton the fewest", "and Kingston the lowest": the other end of the same ranking
_RANKED_AFTER_RE = compile_re(
    r"(?:\s+(?:last|this)\s+(?:year|yr)|\s+in\s+(?:19|20)\d\d(?:/\d\d)?)?"
    # ("... of any London borough in 2022, with 1,100, while Sutton had the fewest": past the
    # figure said with it)
    r"(?:,\s*(?:with\s+|at\s+)?(?:about\s+|around\s+|roughly\s+|~\s*)?\d[\d,.]*k?(?:\s+[a-z]+)?(?=\s*,))?"
    r"\s*(?:[,;]\s*(?:(?:and|while|with|whereas)\s+)?|(?:and|while|with|whereas)\s+)(?P<place>[A-Z][\w.'’&-]*(?:\s+[A-Z][\w.'’&-]*){0,2})"
    r"\s+(?:(?:had|has|recorded|saw|was|is)\s+)?(?:the\s+)?"
    # ("..., Richmond the least 😬")
    r"(?P<dir>fewest|lowest|least|safest|most|highest|worst)\b(?=\s*(?:[.!?;,)]|$)|\s+[^\w\s])",
)


def _ranked_after(
    ctx: Ctx,
    sent: tuple[int, int],
    m: re.Match[str],
    metric: MetricMention,
    periods: Periods,
    group: str | None,
) -> None:
    after = _RANKED_AFTER_RE.match(ctx.text, m.end(), sent[1])
    if after is None:
        return
    place = next((p for p in ctx.places if p.start == after.start("place")), None)
    if place is None or place.end != after.end("place"):
        return
    add(
        ctx,
        kind="extremum",
        start=place.start,
        end=after.end(),
        metric=metric,
        pos=after.start("dir"),
        clause=(place.start, sent[1]),
        sent=sent,
        value=None,
        unit=unit_of(ctx, metric, sent),
        periods=Periods(periods.period, None, periods.explicit),
        negated=False,
        place=place.place,
        place_how=place.how,
        direction="min" if after.group("dir").lower() in _RANK_MIN else "max",
        window_years=None,
        other_geography=group,
    )


#: "Westminster the most.", "And Kingston had the lowest.": a ranking's other end, said alone
_RANKED_NEXT_RE = compile_re(
    r"[\W_]*(?:(?:and|while|but)\s+)?PLACE\s+(?:(?:had|has|recorded|saw|was|is)\s+)?(?:the\s+)?"
    r"(?P<dir>fewest|lowest|least|safest|most|highest|worst)"
    # ("Sutton the lowest, at under 500.": with its figure, read as a level of its own)
    r"(?:,\s*(?:at|with|on)\s+(?:about|around|roughly|under|over|just\s+under|just\s+over|~)?\s*"
    r"\d[\d,.]*k?(?:\s+[a-z]+)?)?[\W_]*",
    re.I,
)


def _ranked_next(ctx: Ctx, sent: tuple[int, int]) -> None:
    """ "Sutton had the fewest knife offences of any London borough last year. Westminster the
    most.": the other end of the ranking the sentence before made."""
    if sent[1] - sent[0] > 60 or not ctx.claims:
        return
    # ("Croydon had more knife crime than any other London borough last year, around 750
    # offences. Sutton the fewest.": the ranking, past the figure said with it)
    prev = next(
        (c for c in reversed(ctx.claims) if c.kind == "extremum" and c.start >= sent[0] - 200),
        ctx.claims[-1],
    )
    places = [p for p in ctx.places if sent[0] <= p.start < sent[1]]
    if (
        prev.kind != "extremum"
        or prev.other_geography is None
        or prev.window_years is not None
        or prev.start >= sent[0]
        or prev.period is None
        or len(places) != 1
    ):
        return
    place = places[0]
    m = _RANKED_NEXT_RE.fullmatch(mask_places(ctx, sent[0], sent[1]))
    metric = next((mm for mm in ctx.metrics if mm.metric == prev.metric), None)
    if m is None or metric is None or place.place in (prev.geography, prev.other_geography):
        return
    add_for_place(
        ctx,
        kind="extremum",
        place=place,
        metric=metric,
        sent=sent,
        unit=prev.unit,
        periods=Periods(span_of(prev.period), None, True),
        direction="min" if m.group("dir").lower() in _RANK_MIN else "max",
        window_years=None,
        other_geography=prev.other_geography,
    )


#: "Officer numbers at their lowest since 2008": a subject of the sentence's own, set right
#: before "at its/their" record
_SUBJECT_AT_ITS_RE = compile_re(
    r"[\W_]*(?P<subj>(?:[A-Za-z][\w'’-]*\s+){1,3}?)(?:(?:is|are|was|were|remains?|stays?|sits?)\s+)?"
    r"(?:now\s+|still\s+)?at\s+(?:its|their)\s+$",
    re.I,
)
_ECHO_WORDS = frozenset(
    [
        "it",
        "it's",
        "they",
        "they're",
        "that",
        "that's",
        "this",
        "these",
        "those",
        "which",
        "and",
        "but",
        "so",
        "now",
        "still",
        "also",
        "again",
        "officially",
        "already",
        "just",
        "actually",
        "honestly",
        "literally",
        "level",
        "levels",
        "figure",
        "figures",
        "number",
        "numbers",
        "total",
        "rate",
        "count",
    ]
)


def _subject_at_its_record(ctx: Ctx, start: int, end: int) -> bool:
    """The sentence names a subject of its own, not a place, right before "at its/their"
    record: the record is about that, not the metric of an earlier sentence."""
    m = _SUBJECT_AT_ITS_RE.fullmatch(ctx.text, start, end)
    if m is None:
        return False
    for w in re.finditer(r"[A-Za-z][\w'’-]*", m.group("subj")):
        pos = m.start("subj") + w.start()
        if w.group(0).lower().replace("’", "'") in _ECHO_WORDS:
            continue
        if any(p.start <= pos < p.end for p in ctx.places):
            continue
        return True
    return False


#: between an outcome rate's level and its record: " last year, the", " in 2024 (its"
#: a record that names a share as its measure: "the highest share in a decade", "a record
#: proportion"
_SHARE_RECORD_RE = compile_re(r"[^.!?;:\n]{0,30}?\b(?:share|proportion)\b", re.I)
_RECORD_AFTER_RATE_RE = compile_re(
    r"[^.!?;:\d%\n]{0,30}?[,(–—-]\s*(?:which\s+(?:is|was)\s+|and\s+)?(?:(?:the|its|their)\s+)?",
    re.I,
)
_RATE_NAMED_RE = compile_re(r"\bper\s+(?:100|capita|head|person)|\brates?\b", re.I)
_RECORD_AFTER_LEVEL_RE = compile_re(
    r"\s*[,(–—-]\s*(?:which\s+(?:is|was)\s+|and\s+)?(?:the\s+)?", re.I
)


def _record_unit(
    ctx: Ctx, metric: MetricMention, sent: tuple[int, int], words: str, pos: int
) -> str:
    """ "US violent crime rate 2024: 359.1 per 100k. Lowest since 2014.": a record said
    after a rate of the same metric is a record of the rate. "Lowest count since 2014 and
    the lowest rate per head on record": a record that names its measure is of that."""
    own = _RECORD_MEASURE_RE.match(words)
    if own is not None:
        return "count" if own.group("count") else "rate_per_100k"
    # ("New York had 327 homicides last year, the fewest on record, and its rate fell under
    # 4 per 100,000": the record set off right after a level is that level's, whatever the
    # clause after it names)
    level = next(
        (
            c
            for c in reversed(ctx.claims)
            if c.kind == "level"
            and c.metric == metric.metric
            and sent[0] <= c.start
            and _RECORD_AFTER_LEVEL_RE.fullmatch(ctx.text, c.end, pos)
        ),
        None,
    )
    if (
        level is not None
        and level.unit == "count"
        # (not where a rate is named before the record or in its own words: "per 100,000
        # people fell ... to roughly 17, the lowest", "the deadliest year per capita")
        and not _RATE_NAMED_RE.search(ctx.text, sent[0], pos)
        and not _RATE_NAMED_RE.search(words.split(",")[0])
    ):
        return "count"
    if metric.start < sent[0]:
        before = next(
            (c for c in reversed(ctx.claims) if c.end <= sent[0] and c.metric == metric.metric),
            None,
        )
        if before is not None and before.kind == "level" and before.unit == "rate_per_100k":
            return "rate_per_100k"
    # ("Baltimore's murders hit a record low last year, but its murder rate was still about
    # five times New York's": the rate is the turned clause's)
    turn = _TURNED_CLAUSE_RE.search(ctx.text, pos, sent[1])
    end = turn.start() if turn is not None else sent[1]
    # ("NYC murders last year were the lowest in sixty years, and the rate is still about
    # three times London's": so is an order's read after the record)
    end = min(
        [end] + [c.start for c in ctx.claims if pos < c.start < end and c.kind == "comparison"]
    )
    # (and a clause of its own after the record: "Lowest since records began in the 1960s, and
    # under a third of Chicago's per head")
    after = _RECORD_CLAUSE_ENDS_RE.search(ctx.text, pos, end)
    return unit_of(ctx, metric, (sent[0], after.start() if after is not None else end))


_RECORD_CLAUSE_ENDS_RE = compile_re(
    r"\s*[,;]\s+(?:and|but|yet|while)\s|\s+(?:and|but|yet|while)\s+(?!the\s+(?:rate|lowest|highest))",
    re.I,
)


_TURNED_CLAUSE_RE = compile_scan(r"(?:[,;]\s*|\s+)" + TURN_WORDS_SRC + r"\s", re.I)
