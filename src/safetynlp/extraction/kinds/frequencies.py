"""Frequency claims: a count per unit of time ("a stabbing every 5 minutes", "one every four
days", "A murder a day"), stated per day, week, month or year.
"""

from __future__ import annotations

import re

from safetynlp.extraction.context import (
    NEAR_ME_RE,
    NOT_COUNT_NOUN,
    ON_A_STREET_RE,
    Ctx,
    add,
    apply_hedge,
    change_periods,
    clause_of,
    hedge_before,
    interval,
    is_negated,
    mask_places,
    metric_for,
    plus_after,
    staged_murders,
    used,
    within,
)
from safetynlp.extraction.lexicon import MetricMention
from safetynlp.extraction.literals import GatedPattern, compile_scan
from safetynlp.extraction.numbers import Quantity, words_to_number
from safetynlp.extraction.regex_cache import compile_re

_TIME_UNIT = {
    "second": 86400.0,
    "minute": 1440.0,
    "hour": 24.0,
    "day": 1.0,
    "week": 1.0,
    "fortnight": 0.5,  # once a fortnight is half a week
    "month": 1.0,
    "year": 1.0,
}
_PER_OF_UNIT = {
    "second": "day",
    "minute": "day",
    "hour": "day",
    "day": "day",
    "week": "week",
    "fortnight": "week",
    "month": "month",
    "year": "year",
}


#: a rate's run denied before its figure: "are NOT running at", "isn't averaging"
_NOT_RUNNING_AT_RE = compile_re(
    r"(?:\bnot|n['’]?t)\s+(?:(?:really|even|anywhere\s+near)\s+)?(?:running|averaging|happening)\s+(?:at\s+)?$",
    re.I,
)


def _rate_denied(ctx: Ctx, s0: int, start: int) -> bool:
    """Is the rate whose words open at ``start`` denied just before them ("not one a day",
    "Homicides in London are NOT running at one a day")?"""
    return (
        is_negated(ctx, max(s0, start - 12), start)
        or _NOT_RUNNING_AT_RE.search(ctx.text, max(s0, start - 30), start) is not None
    )


def rate_of_gap(count: float, every_n: float, unit: str) -> tuple[float, str]:
    """ "one every 8 minutes" -> (180.0, "day"): ``count`` events each ``every_n`` ``unit``s as
    a rate per the unit the spec reads it in (per day below a day, else per week/month/year)."""
    return count * _TIME_UNIT[unit] / every_n, _PER_OF_UNIT[unit]


_NIGHTLY = ("shooting", "stabbing", "murder", "killing", "mugging", "robbery", "burglary")
#: a crime said before "every night" ("a shooting every night", "a shooting in London every
#: night"), so the night is the crime's own
_NIGHTLY_BEFORE_RE = compile_re(
    r"\b(?:"
    + "|".join(_NIGHTLY)
    + r")s?\b(?:\s+in\s+(?-i:[A-Z])[\w'’-]*(?:\s+(?-i:[A-Z])[\w'’-]*)?)?\s+$",
    re.I,
)
_UNITS = r"(?:second|sec|minute|min|hour|hr|day|week|wk|fortnight|month|year|yr)s?\b"
_WORDS_EITHER_RE = compile_re(r"(?P<a>[a-z]+)\s*(?:or|to|-|–)\s*(?P<b>[a-z]+)", re.I)
_FREQ_EVERY_RE = GatedPattern(
    compile_scan(
        # the count of units is a number or a few number words, never a unit itself: "every
        # day in London last year" is every day
        r"(?P<every>every|each)\s+(?:(?P<hedge>single\s+)?)"
        # ("a homicide every ~16 hrs": the hedge inside)
        r"(?P<approx>(?:~|≈|about|around|roughly|approx\.?|approximately|approx\.?)\s*(?=\d))?(?P<n>(?:\d+(?:\.\d+)?(?P<to>(?:\s*[-–]\s*|\s+(?:or|to)\s+)\d+(?:\.\d+)?)?(?P<dhalf>\s+and\s+a\s+half)?|(?:(?!"
        + _UNITS
        + r")[a-z]+)"
        # ("every 16hrs": the unit glued to digits, never to a word: "every holiday")
        r"(?:[\s-](?!" + _UNITS + r")[a-z]+){0,3}?(?:\s+and\s+a\s+half)?)(?:\s+|(?<=\d)))?"
        r"(?P<unit>second|sec|minute|min|hour|hr|day|week|wk|fortnight|month|year|yr|"
        # ("a shooting every night": a crime's own night, read only after one: see below)
        r"(?<=\severy\s)night)s?\b"
        # "a murder every day and a half"
        r"(?P<half>\s+and\s+a\s+half)?",
        re.I,
    )
)
#: a record's span right before "a year": "the most ever in a year", "the worst in a month"
_MOST_IN_A_RE = compile_re(
    r"\b(?:most|highest|fewest|lowest|worst|deadliest|least|biggest|largest)\s+"
    r"(?:(?:ever|recorded|on\s+record)\s+)?in\s+$",
    re.I,
)
_FREQ_A_RE = GatedPattern(
    compile_scan(
        # ("~46/day", "1.2k/yr": the press's and the terse poster's slash)
        # ("5 murders/wk", "15 people/day")
        # ("250+/day": the count's own plus before the slash)
        r"(?:(?P<a>a|an|per|each)\s+|every\s+single\s+|(?<=[\w%+])\s?/\s?)"
        r"(?P<unit>minute|min|hour|hr|day|week|wk|fortnight|month|year|yr)\b",
        re.I,
    )
)


#: words that may stand between a count and "a day" when no metric does ("50 folks a day",
#: "more than one person, on average, a day")
_MOVED_EVERY_RE = compile_scan(
    r"\b(?:fallen|fell|risen|rose|dropped|declined|increased|decreased|climbed|grown|grew|"
    r"(?:gone|went)\s+(?:up|down))\s+$",
    re.I,
)
_COUNTED_WORDS = frozenset(
    [
        "people",
        "persons",
        "person",
        # ("One woman a week is killed by a partner": the statistic's words run on past the
        # unit, so the one it counts stands alone before it)
        "woman",
        "man",
        "folks",
        "victims",
        "times",
        "a",
        "an",
        "on",
        "average",
        "or",
        "so",
        "roughly",
        "about",
        "around",
        "more",
        "than",
        "over",
        "nearly",
        "almost",
        "are",
        "is",
        "were",
        "was",
        "being",
        "get",
        "gets",
        "got",
        "have",
        "has",
        "been",
        "killed",
        "murdered",
        "stabbed",
        "shot",
        "attacked",
        "robbed",
        "injured",
        "wounded",
        "hurt",
        "and",
        "of",
        "them",
        "those",
        "new",
        "reported",
        "recorded",
        "cases",
        "case",
        # ("Knife crime in E&W is basically one offence an hour")
        "offence",
        "offences",
        "offense",
        "offenses",
        "incident",
        "incidents",
        "crime",
        "crimes",
        "victim",
        # ("NHS England admitted roughly 20 stab victims a day")
        "stab",
        "patients",
        "young",
        "kids",
        "children",
        "teenagers",
        "teens",
        "women",
        "men",
        "londoners",
        "americans",
        "every",
        "single",
        "now",
        "still",
        "just",
        "only",
        "up",
        "to",
        "less",
        "fewer",
        "under",
        "in",
    ]
)
#: between "a car is stolen" and "every 5 minutes": a place, a verb, no second subject
_INCIDENT_GAP_RE = compile_re(
    # ("There's a murder in the US roughly every 25 minutes": "the" before a place)
    r"(?:\s+(?!(?:and|but|while|it|he|she|they)\b|the\b(?!\s+PLACE\b))[\w'’-]+){0,6}\s+",
    re.I,
)
_RATE_BASE_BEFORE_RE = compile_scan(r"\b(?:per|in|every)\s+(?:a\s+)?$", re.I)
#: the year a count per day belongs to, between "Every day" and the count
_WHEN_GAP = (
    r"(?:in\s+(?:19|20)\d\d(?:/\d\d)?|(?:last|this)\s+year|in\s+the\s+(?:last|past)\s+year"
    # ("Every day in the year to June 2024, police ... recorded around 150")
    r"|in\s+the\s+(?:year|12\s+months|twelve\s+months)\s+(?:to|ending(?:\s+in)?)\s+[A-Za-z]+(?:\s+(?:19|20)\d\d)?)[\s,]+"
)
#: what may stand between "Every day," and the count it opens: "each day more than 80 ..."
_GAP_TO_COUNT_RE = compile_re(
    # "Every day across England and Wales in 2022 there were about 140 knife offences"
    # ("Every day in England and Wales last year, roughly 150 knife offences were recorded")
    r"[\s,]*(?:" + _WHEN_GAP + r")?(?:(?:in|across|throughout)\s+[^,.;:!?\d]{2,40}?[\s,]+)?"
    r"(?:" + _WHEN_GAP + r")?"
    r"(?:there\s+(?:were|are|was|is|have\s+been)\s+"
    # "Every day in England and Wales, police log about 150 offences involving a blade"
    r"|(?:the\s+)?(?:police|officers|forces|the\s+met|hospitals|nhs|a&e)\s+(?:in\s+[^,.;:!?\d]{2,40}?\s+)?"
    r"(?:log|logs|logged|record|records|recorded|see|sees|saw|treat|treats|treated|admit|admits)\s+)?"
    r"(?:(?:more\s+than|over|about|around|roughly|approx\.?|approximately|approximately|nearly|almost|some|at\s+least|"
    r"an\s+average\s+of|on\s+average,?)\s+){0,2}",
    re.I,
)


#: between a count and the crime noun it counts: "34 Americans are murdered", "3 people"
_COUNTED_GAP_RE = compile_re(r"\+?\s*(?:(?!and\b|or\b|but\b)[A-Za-z'-]+\s+){0,2}")


_COUNTED_PLACE_GAP_RE = compile_re(
    r"\s*(?:people|persons|victims|teenagers|teens|children|kids|women|men)\s+in\s+PLACE\s+"
    r"(?:(?:are|were|is|was|get|gets|got|have\s+been)\s+)?",
    re.I,
)


def _count_after(ctx: Ctx, pos: int, end: int) -> tuple[int, Quantity] | None:
    """The unused count (index, quantity) that "every day" at ``pos`` opens, if any."""
    for i, q in enumerate(ctx.quantities):
        if q.start < pos:
            continue
        if q.start >= end or i in ctx.used_q or q.kind == "percent":
            return None
        return (i, q) if _GAP_TO_COUNT_RE.fullmatch(ctx.text, pos, q.start) else None
    return None


_REPORTED_AFTER_RE = compile_re(
    r"\s+(?:claiming|saying|says|said|that\s+(?:says|said|claims|claimed))\b", re.I
)
_DURATION_AFTER_RE = compile_re(
    # ("a 17-minute ride and he used every second of it")
    r"\s*-?\s*(?:seconds?|secs?|minutes?|mins?|hours?|hrs?|days?|weeks?|months?|years?|yrs?)\b",
    re.I,
)
#: "worth every minute", "loved every second of it": an idiom of time well spent
_SAVOURED_BEFORE_RE = compile_re(
    r"\b(?:worth|enjoyed|loved|savou?red|relished|hated|used)\s+$", re.I
)
#: "Every four days in the UK a woman is killed by ...": a place between the period and the
#: one person it opens on
_PLACE_NAME = r"[A-Z][\w'’]*(?:\s+(?:and|&)\s+[A-Z][\w'’]*)?"
_PLACE_GAP = r"(?:in\s+(?:the\s+)?" + _PLACE_NAME + r"\s*,?\s*)?"
#: ("Every 9 minutes or so, somebody in England and Wales gets stabbed")
_ROUGHLY_AFTER = r"(?:\s+or\s+so|\s+on\s+average|-?ish)?"
#: "five or six a day": the smaller of two counts said either way
_EITHER_BEFORE_RE = compile_re(r"(?<![\w.,])(?P<lo>\d{1,3}|[a-z]+)\s+or\s+$", re.I)
_FELT_LIKE_RE = compile_scan(
    r"\b(?:felt|feels|feel|seemed|seems)\s+like\s+(?:there(?:['’]s|\s+(?:was|were|is|are))\s+)?(?:[\w-]+\s+){0,6}$"
    # ("people in here talk like it's thousands a day": what others make of it)
    r"|\b(?:talks?|talking|acts?|acting)\s+like\s+(?:it['’]?s|there['’]?s|there\s+(?:are|were|is))\s+"
    r"(?:[\w-]+\s+){0,3}$",
    re.I,
)
_ONE_OF_BEFORE_RE = compile_scan(r"\b(?:a|an|one)\s+$", re.I)
#: "in about an hour", "in a day": the span one run of incidents took, not a rate
_IN_ONE_SPAN_RE = compile_scan(
    r"\bin\s+(?P<h>just\s+|only\s+|about\s+|around\s+|roughly\s+|under\s+|less\s+than\s+)?$", re.I
)
#: "... every 16 hours in 2021 to one every 40 hours": the second of two gaps
_FROM_TO_RE = compile_re(r"\s(?:to|vs\.?|versus)\s", re.I)
_ONE_AFTER_RE = compile_re(_ROUGHLY_AFTER + r"\s*,?\s*" + _PLACE_GAP)
#: ("Every four hours, another young person in London gets stabbed": the one, then a
#: statistic's words that name who)
_ONE_ARTICLE_AFTER_RE = compile_re(
    _ROUGHLY_AFTER + r"\s*,?\s*" + _PLACE_GAP + r"(?:a|an|another|one)\s+", re.I
)
_SOMEONE_GAP_RE = compile_re(
    _ROUGHLY_AFTER
    + r"\s*,?\s*"
    + _PLACE_GAP
    + r"(?:someone|somebody|a\s+(?:person|child|teenager|teen|young\s+person))"
    + r"(?:\s+in\s+"
    + _PLACE_NAME
    + r")?\s+(?:is|gets|was|got|becomes|became|has\s+(?:their|his|her)|gets\s+(?:their|his|her))\s+"
    # "Every 4 minutes someone in England and Wales is a victim of knife crime", "... someone
    # in London has their phone snatched"
    r"(?:(?:a\s+)?(?:victim|casualty)\s+of\s+)?",
)
_LONG_COUNT_GAP_RE = compile_re(r"(?:(?!\b(?:a|an|one|that|it|this)\b)[^,;:.!?])*", re.I)


def _statistic_over_incident(
    ctx: Ctx, metric: MetricMention, clause: tuple[int, int], count_at: int
) -> MetricMention:
    """ "Hospitals in England took in around 20 stabbing victims every day": an incident word
    after the count describes who the statistic named before the count counts."""
    if metric.stat:
        return metric
    named = [
        mm
        for mm in ctx.metrics
        if mm.stat
        and mm.family == metric.family
        and within(mm.start, clause)
        and mm.end <= count_at
    ]
    return named[-1] if named else metric


#: "every 5 mins", "3 a wk": abbreviated time units
_FOR_A_SPAN_RE = compile_scan(
    r"\bfor\s+(?:(?:over|more\s+than|less\s+than|under|nearly|almost|about|around|"
    r"the\s+best\s+part\s+of)\s+)?$",
    re.I,
)
_ISH_RE = compile_re(r"-?ish\b", re.I)
#: ("a shooting every night": nightly is daily)
_UNIT_ALIAS = {
    "sec": "second",
    "min": "minute",
    "hr": "hour",
    "wk": "week",
    "yr": "year",
    "night": "day",
}


#: "A murder a day", "a knife crime about once an hour": the article and what it names
_ONE_OF_RE = compile_scan(
    r"\b(?:a|an|one)\s+(?:[\w-]+\s+){1,3}?"
    r"(?:(?P<h>about|around|roughly|approx\.?|approximately|nearly|almost|approximately|over|more\s+than)\s+(?=once\b))?"
    r"(?:once\s+)?$",
    re.I,
)


#: "Shootings in London (about) once a day": a count of times before the unit
_TIMES_BEFORE_RE = compile_scan(
    r"(?:(?P<h>about|around|roughly|approx\.?|approximately|nearly|almost|over|more\s+than)\s+)?"
    r"\b(?P<c>once|twice|three\s+times|four\s+times)\s+$",
    re.I,
)
_TIMES_WORDS = {"once": 1.0, "twice": 2.0, "three times": 3.0, "four times": 4.0}


_ONCE_BEFORE_RE = compile_scan(r"\bonce\s+$", re.I)
#: between a count and "every 3 days": the crime and where, no break and no other figure
_COUNTED_BEFORE_GAP_RE = compile_re(r"(?:\s+[A-Za-z'’-]+){1,8}\s+")


def _counted_before_gap(ctx: Ctx, q: Quantity, every_at: int) -> bool:
    """ "Two people murdered in London every 3 days": the count before the crime it counts,
    then the gap, is a count per gap (not "109 homicides in 2023 - one every 3 days")."""
    return (
        q.kind == "number"
        and 1 < q.value < 1000
        and _COUNTED_BEFORE_GAP_RE.fullmatch(ctx.text, q.end, every_at) is not None
        and any(q.end <= mm.start and mm.end <= every_at for mm in ctx.metrics)
    )


_ONE_PERSON_RE = compile_re(
    r"\b(?:someone|somebody|(?:a|one)\s+(?:person|man|woman|child|teenager|teen|young\s+person))\b",
    re.I,
)


def _one_person_before_metric(ctx: Ctx, s0: int, at: int) -> bool:
    """ "someone was admitted to hospital in England after being stabbed roughly every 5
    hours": one person just before a long statistic's words that end at the gap."""
    return any(
        s0 <= mm.start
        and mm.end <= at
        and at - mm.end <= 12
        and _ONE_PERSON_RE.search(ctx.text, max(s0, mm.start - 30), mm.start) is not None
        for mm in ctx.metrics
    )


_SECOND_ONE_BEFORE_RE = compile_re(
    r"(?:\b(?:and|but|while|whereas)|,)\s+(?P<one>(?:only\s+|just\s+)?(?:one|1))\s+$", re.I
)


def frequencies(ctx: Ctx, sent: tuple[int, int], clauses: list[tuple[int, int]]) -> None:
    if all(mm.family == "homicide" for mm in ctx.metrics) and staged_murders(ctx):
        return  # "Binged all of Midsomer Murders ... that's a body every 20 minutes": a show's
    text = ctx.text
    s0, s1 = sent
    for m in _FREQ_EVERY_RE.finditer(text, ctx.low, s0, s1):
        if m.group("unit").lower().startswith("night") and not _NIGHTLY_BEFORE_RE.search(
            text, max(s0, m.start() - 40), m.start()
        ):
            continue  # "checks the door every night": no crime's own night
        if not m.group("n") and _SAVOURED_BEFORE_RE.search(
            text, max(s0, m.start() - 20), m.start()
        ):
            continue  # "2 hours 40 and worth every minute": time enjoyed, not a crime's rate
        unit = _UNIT_ALIAS.get(m.group("unit").lower(), m.group("unit").lower())
        every_n = 1.0
        every_hi: float | None = None  # "one every 3-4 days", "3 or 4 days": the longer gap
        if m.group("to"):
            every_hi = float(re.sub(r"[\s\-–a-z]", "", m.group("to")))
        if m.group("n"):
            n_text = m.group("n").strip()
            if m.group("dhalf"):
                # ("one every 3 and a half days")
                n_text = n_text[: len(n_text) - len(m.group("dhalf"))].strip()
            if m.group("to"):
                n_text = n_text[: len(n_text) - len(m.group("to").rstrip())].strip()
            parsed = (
                float(n_text)
                if n_text[0].isdigit()
                # "every half hour", "every half an hour"
                else 0.5
                if n_text.lower() in ("half", "half an", "half a")
                # "every couple of hours", "every other day"
                else 2.0
                if n_text.lower() in ("couple of", "couple", "couple o", "other", "second")
                else words_to_number(n_text)
            )
            if parsed is None and (either := _WORDS_EITHER_RE.fullmatch(n_text)):
                # "One every four or five hours": the shorter gap and the longer
                parsed = words_to_number(either.group("a"))
                every_hi = words_to_number(either.group("b"))
            if parsed is None:
                continue
            every_n = parsed
        if m.group("half") or m.group("dhalf"):
            every_n += 0.5
        # what is counted: "a stabbing every 5 minutes", "one every four days", "3 ... every day"
        left = text[max(s0, m.start() - 70) : m.start()]
        if not m.group("n") and _MOVED_EVERY_RE.search(left):
            continue  # "it's fallen every year since": a move each year, not one a year
        # "Every 4 minutes, someone in England and Wales gets stabbed": one incident, after
        incident_after = next(
            (
                mm
                for mm in ctx.metrics
                if mm.start >= m.end()
                and (
                    (
                        # "Every 3-4 days a woman in England and Wales is killed by ...": a
                        # statistic's words that open on one person are one incident too
                        (
                            not mm.stat
                            or re.match(
                                r"(?:a|an|one|someone|somebody)(?:[’']s)?\s", mm.phrase, re.I
                            )
                        )
                        and _ONE_AFTER_RE.fullmatch(text, m.end(), mm.start)
                    )
                    # "Every 4 hours someone in England is admitted to hospital with a stab
                    # wound": one person, then what happens to them
                    or _SOMEONE_GAP_RE.fullmatch(text, m.end(), mm.start)
                    or _ONE_ARTICLE_AFTER_RE.fullmatch(text, m.end(), mm.start)
                )
            ),
            None,
        )
        count = 1.0
        q_left = [
            (i, q)
            for i, q in enumerate(ctx.quantities)
            if s0 <= q.start < m.start()
            and q.end <= m.start()
            and i not in ctx.used_q
            and (
                m.start() - q.end < 45
                # "140 stabbing victims admitted to hospital in England every week": a longer
                # stretch only when nothing else could be what is counted
                or (m.start() - q.end < 60 and _LONG_COUNT_GAP_RE.fullmatch(text, q.end, m.start()))
                # ("140 offences involving a knife or sharp instrument were recorded every
                # day": a long crime's name right after the count, then only its verb)
                or (
                    m.start() - q.end < 100
                    and any(
                        0 <= mm.start - q.end <= 2
                        and mm.end <= m.start() - 1
                        and m.start() - mm.end < 40
                        and _LONG_COUNT_GAP_RE.fullmatch(text, mm.end, m.start())
                        for mm in ctx.metrics
                    )
                )
            )
            # "Whole thing was 2 hours and worth every minute": a duration counts no crime
            and not _DURATION_AFTER_RE.match(text, q.end)
            # ("forwarded one claiming 'Croydon has a stabbing every hour'": a post, not a count)
            and not _REPORTED_AFTER_RE.match(text, q.end)
            # "a 35% drop and the Mayor still gets called soft every single day": a share or a
            # change is no count of incidents
            and q.kind != "percent"
        ]
        # ("4 defendants, and a 10 minute break every hour": the figure nearest the gap is a
        # duration, and no figure before it reaches past it)
        q_left = [
            (i, q)
            for i, q in q_left
            if not any(
                q.end <= q2.start < m.start()
                and not any(t.start <= q2.start < t.end for t in ctx.times)
                for q2 in ctx.quantities
            )
        ]
        if _FELT_LIKE_RE.search(text, max(s0, m.start() - 60), m.start()):
            continue  # "it felt like there was a new stabbing on the news every week"
        hedge_pos = m.start()
        vague: Quantity | None = None  # "hundreds of" carries its own interval
        end = m.end()
        subject: MetricMention | None = None
        q_right = None if q_left or m.group("n") else _count_after(ctx, m.end(), s1)
        counted_left: tuple[int, Quantity] | None = None
        if q_right is not None:
            # "Every day, 34 Americans are murdered": the count follows the period
            i, q = q_right
            count = q.value
            hedge_pos = q.start
            ctx.used_q.add(i)
            if q.lo is not None:
                vague = q
            subject = next((mm for mm in ctx.metrics if q.end <= mm.start < s1), None)
            if subject is None or not (
                _COUNTED_GAP_RE.fullmatch(text, q.end, subject.start)
                # ("Every day, around 10 people in England were admitted to hospital with
                # stab wounds": who, where, then what happened to them)
                or _COUNTED_PLACE_GAP_RE.fullmatch(mask_places(ctx, q.end, subject.start))
            ):
                continue  # "Every day, 5 buses are late, and murders rose": not a count of them
            end = subject.end
        elif q_left and (not m.group("n") or _counted_before_gap(ctx, q_left[-1][1], m.start())):
            # ("Two people murdered in London every 3 days": the count over the gap)
            i, q = counted_left = q_left[-1]
            if (
                q.value >= 10_000
                and not any(q.end <= mm.start and mm.end <= m.start() for mm in ctx.metrics)
                and any(
                    w not in _COUNTED_WORDS
                    for w in re.findall(r"[A-Za-z]+", text[q.end : m.start()].lower())
                )
            ):
                continue  # "1 million people pass through it every day": not a crime's count
            if NOT_COUNT_NOUN.match(text, q.end) and not any(
                q.end <= mm.start and mm.end <= m.start() and mm.stat for mm in ctx.metrics
            ):
                continue  # "I cycle the 6 miles in every day": a distance, not a count
            count = q.value
            hedge_pos = q.start
            ctx.used_q.add(i)
            if q.lo is not None:
                vague = q
        else:
            if not m.group("n") and any(
                c.kind == "frequency" and s0 <= c.start and c.end <= m.start() for c in ctx.claims
            ):
                continue  # "someone killed roughly every 16 hours, every single day": emphasis
            # (not "a 10 minute break every hour": a figure of its own between)
            am = re.search(r"\b(?:a|an|one|1)\s+(?:(?!\d)[\w-]+\s+){0,3}$", left, re.I)
            # "A car is stolen in England and Wales every 5 minutes": one incident, named before
            incident_before = (
                any(
                    # "A phone is snatched in London every 6 minutes": one, named before
                    # ("In 2024 a knife crime was recorded roughly every 5 hours": a statistic's
                    # name with an article before it is one of it)
                    (
                        not mm.stat
                        or re.match(r"(?:a|an|one|someone|somebody)(?:[’']s)?\s", mm.phrase, re.I)
                        is not None
                        or _ONE_OF_BEFORE_RE.search(text, max(s0, mm.start - 5), mm.start)
                        is not None
                    )
                    # (a long name: "Someone in England and Wales was killed with a knife or
                    # sharp instrument roughly every 36 hours": its end is what is near)
                    and max(s0, m.start() - 70) <= mm.end
                    and mm.end <= m.start()
                    # ("A rape is reported to police in England and Wales roughly every 8
                    # minutes": the hedge is the frequency's)
                    and _INCIDENT_GAP_RE.fullmatch(
                        mask_places(ctx, mm.end, hedge_before(ctx, m.start())[1])
                    )
                    for mm in ctx.metrics
                )
                or incident_after is not None
            )
            # "Shots fired in London roughly once every two days"
            once = _ONCE_BEFORE_RE.search(left)
            if once is not None:
                am = once
            if (
                not am
                and not incident_before
                and not re.search(
                    # ("there's one every 4 days"; not "That's a 35% drop and the Mayor still
                    # gets called soft on crime every single day")
                    # ("There was a firearm homicide in London every fortnight")
                    # (with something counted: not "it's still late every day")
                    r"(?:\bthere'?s|\bit'?s|\bthat'?s|\b(?:it|that|there)\s+(?:was|is))\s+"
                    r"(?:(?:[\w'-]+\s+){0,3}?(?:a|an|one|another|\d[\d,.]*)\s+(?:[\w'-]+\s+){0,4}"
                    # ("in birmingham it's about every hour")
                    r"|(?:(?:about|around|roughly|nearly|almost|maybe|like|approx\.?|once|now|still)\s+)+)?$",
                    left,
                    re.I,
                )
                and not (
                    re.search(
                        # (not "gets called soft on crime every single day")
                        r"(?:murder|stabbing|shooting|killing|homicide|offence|(?<!\bon\s)crime)s?\s*$",
                        left,
                        re.I,
                    )
                    # "fewer killings every year since 2021": a change year on year, not
                    # one a year
                    and not re.search(
                        r"\b(?:more|fewer|less|higher|lower|extra)\s+(?:[\w-]+\s+){0,2}\w+s\s*$",
                        left,
                        re.I,
                    )
                )
                and not _ONE_PERSON_RE.search(left)
                and not _one_person_before_metric(ctx, s0, m.start())
            ):
                continue
            if am:
                hedge_pos = m.start() - len(left) + am.start()
            # "Roughly one life lost to homicide every 3-4 days": the "one" is this count
            for i, q in q_left:
                if q.value == 1 and q.word:
                    ctx.used_q.add(i)
        for i, q in enumerate(ctx.quantities):
            if q.start >= m.start() and q.end <= m.end():
                ctx.used_q.add(i)
        per_unit = _TIME_UNIT[unit]
        value, per = rate_of_gap(count, every_n, unit)
        hedge, hstart = hedge_before(ctx, hedge_pos)
        if hedge is None:
            hedge, hstart = hedge_before(ctx, m.start())
        if hedge is None and m.group("approx"):
            hedge, hstart = "hedge_approx", m.start()
        lo, hi = apply_hedge(value, hedge)
        if vague is not None and vague.lo is not None and vague.hi is not None:
            lo, hi = vague.lo * per_unit / every_n, vague.hi * per_unit / every_n
        if every_hi is not None and every_hi > every_n and hedge is None:
            lo, hi = round(count * per_unit / every_hi, 4), round(value, 4)
        counted = q_right or counted_left
        if counted is not None and plus_after(ctx, counted[1]):
            lo, hi = value, None  # "every day ..., 10+ people are taken into hospital"
        clause = clause_of(clauses, m.start(), sent)
        scope = sent
        if (
            second := _SECOND_ONE_BEFORE_RE.search(text, max(clause[0], m.start() - 24), m.start())
        ) is not None:
            # ("a stabbing every 20 minutes in London and one every 40 minutes in Birmingham":
            # the second gap, of the crime before, with the place after it)
            clause = scope = (second.start("one"), clause[1])
        first = min(hstart, hedge_pos, m.start())
        before = next(
            (
                c
                for c in reversed(ctx.claims)
                if c.kind == "frequency" and clause[0] <= c.start and c.end <= first
            ),
            None,
        )
        if before is not None and (to := _FROM_TO_RE.search(text, before.end, first)):
            # "went from a murder every 16 hours in 2021 to one every 40 hours last year": the
            # second gap keeps the times after the "to"
            clause = scope = (to.end(), clause[1])
        metric = (
            subject
            if q_right is not None
            else incident_after
            if incident_after is not None and not q_left
            else metric_for(ctx, m.start(), clause, sent, allow_incident=True)
        )
        if metric is not None and q_left:
            metric = _statistic_over_incident(ctx, metric, clause, q_left[-1][1].start)
        if (
            incident_after is None
            and q_right is None
            and not q_left
            and metric is not None
            and metric.start > m.start()
            and not within(metric.start, clause)
        ):
            continue  # "there's stuff on the news every week, ... but burglary is down"
        start = min(hstart, hedge_pos, m.start())
        add(
            ctx,
            kind="frequency",
            start=start,
            end=end,
            metric=metric,
            pos=m.start(),
            clause=clause,
            sent=sent,
            value=interval(lo, hi),
            unit="count",
            periods=change_periods(ctx, clause, scope, want_baseline=False),
            negated=_rate_denied(ctx, s0, start),
            per=per,
        )
    for m in _FREQ_A_RE.finditer(text, ctx.low, s0, s1):
        if used(ctx, m.start(), m.end()):
            continue
        if re.search(r"\bof\s+$", text[max(s0, m.start() - 4) : m.start()], re.I):
            continue  # "2020 has been a murder of a year", "hell of a week": no rate
        if re.match(r"\s+(?:still\s+)?(?:left|to\s+go|remaining)\b", text[m.end() : m.end() + 20]):
            continue  # "500 murders with a month left": the time still to come
        if re.match(r"\s+(?:earlier|before|previously|ago|later)\b", text[m.end() : m.end() + 12]):
            continue  # "down from 0.92 a year earlier": when, not how often
        if _MOST_IN_A_RE.search(text, max(s0, m.start() - 40), m.start()):
            continue  # "110 homicides, the most ever in a year": a record's span, not a rate
        q_left = [
            (i, q)
            for i, q in enumerate(ctx.quantities)
            if s0 <= q.start
            and q.end <= m.start()
            and i not in ctx.used_q
            and (
                m.start() - q.end < 40
                # "140 offences involving a knife or sharp instrument a day": a long metric
                # name between the count and its unit
                or (
                    m.start() - q.end < 70
                    and any(
                        0 <= mm.start - q.end <= 2 and m.start() - mm.end <= 2 for mm in ctx.metrics
                    )
                )
            )
        ]
        once_hedge: tuple[str | None, int] | None = None
        if not q_left:
            # "A murder a day": the article counts one of what it names
            art = _ONE_OF_RE.search(text, s0, m.start())
            times = None if art is not None else _TIMES_BEFORE_RE.search(text, s0, m.start())
            if art is not None:
                if art.group("h"):
                    # "There's a knife crime about once an hour": the hedge is the rate's
                    once_hedge = hedge_before(ctx, art.end("h"))
                a_start = art.start()
                # ("A woman a week is killed by a partner": a statistic's words may open on
                # the article)
                if not any(a_start <= mm.start < m.start() for mm in ctx.metrics):
                    continue
                q = Quantity(a_start, a_start + len(art.group(0).split()[0]), 1.0, "number", "a")
            elif times is not None and any(
                s0 <= mm.start and mm.end <= times.start() and mm.stat for mm in ctx.metrics
            ):
                # "Shootings in London once a day on average this year"
                word = times.group("c").lower()
                q = Quantity(times.start("c"), times.end("c"), _TIMES_WORDS[word], "number", word)
                if times.group("h"):
                    once_hedge = hedge_before(ctx, times.end("h"))
            else:
                continue
            q_left = [(-1, q)]
        i, q = q_left[-1]
        gap = text[q.end : m.start()]
        # ("3,775 of them, ten-ish a day": the hedge said after the count)
        ish = _ISH_RE.match(gap)
        if ish is not None:
            gap = gap[ish.end() :]
        if re.fullmatch(r"\s*,\s*", gap):
            continue  # "My first one lasted eleven days. Second one, a month.": a duration
        if re.match(r"\s*(?:more|fewer|less|extra|additional)\b", gap, re.I):
            continue  # "Thirty thousand more offences a year": a difference, not a rate
        if q.kind == "percent" or (
            NOT_COUNT_NOUN.match(gap)
            # "3 cars an hour are nicked": the noun is what the metric counts
            and not any(
                mm.start == q.end + len(gap) - len(gap.lstrip()) for mm in ctx.metrics if mm.stat
            )
        ):
            continue
        # (a metric's words may run over the unit: "400 bikes a month are stolen")
        if not any(q.end <= mm.start <= m.start() for mm in ctx.metrics) and any(
            w not in _COUNTED_WORDS and not ctx.lex.cues["generic_nouns"].fullmatch(w)
            for w in re.findall(r"[A-Za-z]+", gap.lower())
        ):
            continue  # "4.6m Tube journeys a day": it counts something else
        if _RATE_BASE_BEFORE_RE.search(text, max(s0, q.start - 14), q.start):
            continue  # "1.3 per 100,000 a year": the base of a rate, not a count
        if re.search(r"[£$€]\s*$", text[max(0, q.start - 2) : q.start]):
            continue
        if _FELT_LIKE_RE.search(text, max(s0, m.start() - 50), m.start()):
            continue  # "it felt like there was a new one every week": an impression
        if _FOR_A_SPAN_RE.search(text, max(s0, m.start() - 30), m.start()):
            continue  # "13 murders and they missed him for over a year": how long, not how often
        span_in = _IN_ONE_SPAN_RE.search(text, max(s0, m.start() - 30), m.start())
        if (
            span_in is not None
            and not re.search(r"typical|average|normal|usual", m.group(0), re.I)
            and (
                # ("110 murders in a year" is a year's rate; "13 murders in about a year and a
                # half" one run's span)
                not re.search(r"year|month", m.group(0), re.I)
                or span_in.group("h")
                or re.match(r"\s+and\s+a\s+half\b", text[m.end() : m.end() + 12], re.I)
            )
        ):
            continue  # "3 phone snatches in about an hour outside the station": one run, seen
        clause = clause_of(clauses, m.start(), sent)
        if q.value < 20 and (
            NEAR_ME_RE.search(text, clause[0], clause[1])
            or ON_A_STREET_RE.search(text, m.end(), clause[1])
        ):
            continue  # "That's 3 in a week on our estate": what the poster saw
        unit = _UNIT_ALIAS.get(m.group("unit").lower(), m.group("unit").lower())
        metric = metric_for(ctx, q.start, clause, sent, allow_incident=True)
        if metric is None:
            continue
        metric = _statistic_over_incident(ctx, metric, clause, q.start)
        ctx.used_q.add(i)
        value = q.value * _TIME_UNIT[unit]
        hedge, hstart = hedge_before(ctx, q.start)
        if hedge is None and once_hedge is not None:
            hedge = once_hedge[0]
        if hedge is None and ish is not None:
            hedge = "hedge_approx"
        lo, hi = apply_hedge(value, hedge)
        if q.lo is not None and q.hi is not None:
            lo, hi = q.lo * _TIME_UNIT[unit], q.hi * _TIME_UNIT[unit]
        either = _EITHER_BEFORE_RE.search(text, max(s0, q.start - 12), q.start)
        low = (
            None
            if either is None
            else float(either.group("lo"))
            if either.group("lo").isdigit()
            else words_to_number(either.group("lo"))
        )
        if hedge is None and either is not None and low is not None and 0 < low < q.value:
            # "That's five or six a day": the smaller and the larger
            lo, hi = low * _TIME_UNIT[unit], value
            hstart = either.start()
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
            negated=_rate_denied(ctx, s0, start),
            per=_PER_OF_UNIT[unit],
        )
