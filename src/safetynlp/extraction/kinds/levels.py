"""Level claims: the value of a metric for a place and period.

Rates ("per 100,000"), percent levels and shares of percent metrics ("3 in 4 say the Met
does a good job"), and counts ("97 homicides", "Over 500 shootings", "England & Wales
54,587"). The level's period comes from the words around its number: "126 in 2020",
"2019: 149", "down from 110 to 97 last year".
"""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import date
from functools import cache

from safetynlp.extraction import timex
from safetynlp.extraction.context import (
    COUNT_WORDS_RE,
    FRACTION,
    FRACTION_RE,
    NEAR_ME_RE,
    NOT_COUNT_NOUN,
    ON_A_STREET_RE,
    PERIOD_KINDS,
    RANGE_LO_RE,
    Ctx,
    Periods,
    add,
    apply_hedge,
    asked_place,
    asked_time,
    change_periods,
    clause_of,
    context_periods,
    dateline_periods,
    earlier_than_said,
    extend_time,
    figures_between,
    from_figure,
    header_period,
    hedge_before,
    interval,
    is_list_item,
    is_negated,
    list_header,
    metric_for,
    names_vs_line_above,
    periods_of,
    plus_after,
    rate_header_unit,
    reply_spans,
    small_number,
    span_of,
    staged_murders,
    times_in,
    used,
    within,
)
from safetynlp.extraction.lexicon import AGE_GROUPS_SRC, GROUP_SERIES, MetricMention
from safetynlp.extraction.literals import (
    ARROW_RANGE,
    BULLET_MARKS,
    CRIME_WORDS,
    EMOJI_RANGE,
    HARMS,
    GatedPattern,
    compile_scan,
)
from safetynlp.extraction.numbers import CHANGED_FROM_RE, FRACTIONS, Quantity
from safetynlp.extraction.regex_cache import compile_re
from safetynlp.extraction.timex import Span, TimeRef
from safetynlp.types import Claim

_ABS_CHANGE_AFTER_RE = compile_re(
    # (on the figure's own line: "2023: 590\nUp on the year before" is a list's summary)
    r"[ \t]+(?:more|fewer|extra|additional|less)\b"
    # ("Another 1,000+ offences on the year before": a difference from that year)
    r"|\+?[ \t]+(?:[a-z]+[ \t]+){0,2}(?:on|than)\s+(?:the\s+year\s+before|the\s+previous\s+year|last\s+year)\b",
    re.I,
)
_ABS_CHANGE_BEFORE_RE = compile_scan(
    # (not "It ended up around 416": where the year ended)
    r"\b(?:(?<!ended\s)(?<!ends\s)(?<!finished\s)(?<!wound\s)up|down|rose|risen|fell|fallen|increased|decreased|dropped|jumped|climbed|grew|"
    r"declined|increase\s+of|decrease\s+of|rise\s+of|fall\s+of|drop\s+of)\s+(?:by\s+)?"
    r"(?:about\s+|around\s+|roughly\s+|nearly\s+|almost\s+|over\s+|more\s+than\s+|some\s+)?$",
    re.I,
)
#: "Teen, 16,", "a boy (15)": a number right after a person noun is an age
#: "per episode", "each game": a count per something that is neither time nor population
_PER_THING_RE = compile_re(
    r"\s+(?:per|each|every|a)\s+(?:episode|game|match|season|book|film|movie|show|page|chapter|"
    r"level|round)s?\b"
    # "the detective solves 3 murders in 400 pages"
    r"|\s+in\s+(?:just\s+|only\s+)?[\d,]+\s+(?:pages|episodes|chapters|books|films|seasons|series)\b",
    re.I,
)
_PER_100K_RE = compile_re(
    # (not across a line: "Philly: 222 homicides\nPer head Philly's way worse")
    r"[ \t]*(?P<what>(?:[A-Za-z-]+[ \t]+){0,3}?)"
    # ("~1.5/100k")
    r"(?:(?:(?:per|for\s+every|in\s+every|every)\s+|(?<=\d)/\s?(?=\d))(?:(?P<base>100,?000|100\s?k|100\s000|hundred\s+thousand|million|1,?000,?000|1m|1,?000|thousand)|capita|head)"
    # "1 in 100,000": a bare "in" only before a population-sized base and not before a
    # time or money unit ("3 in 1,000 days" is not a rate)
    r"|in\s+(?:a\s+)?(?P<ibase>100,?000|100\s?k|100\s000|hundred\s+thousand|million|1,?000,?000|1m)"
    r"(?!\s*(?:days|weeks|months|years|hours|dollars|pounds|euros|quid|bucks)\b))"
    r"\b(?:\s+(?:people|residents|population|inhabitants))?",
    re.I,
)
#: "a big chunk of those were under 25": the age of the victims just counted
_AGE_OF_THOSE_RE = compile_scan(
    r"\b(?:of\s+(?:those|them|these|whom)|who\s+were|victims\s+were)\s+(?:\w+\s+){0,2}?"
    r"(?:were|are|was|is)\s+(?:under|over|aged|below|above)\s+$"
    # ("Over 70% of knife crime victims in Birmingham last year were under 25")
    r"|\bvictims\b[^.!?\d]{0,50}?\b(?:were|are|was|is)\s+(?:under|over|aged|below|above)\s+$",
    re.I,
)
#: "a city of 9 million", "home to 9 million", "population of 9 million"
_POPULATION_BEFORE_RE = compile_scan(
    r"\b(?:(?:city|town|country|nation|metropolis|region|county|borough|population)\s+of|"
    r"home\s+to|population(?:\s+(?:is|was|of|at|stands\s+at|hit|reached))?|populated\s+by|"
    # ("the borough's population grew to around 375,000", "Both boroughs have populations of
    # roughly 320,000", "population inside the périphérique is only about 2.1 million")
    r"populations?\b[^.!?\d\n]{0,40}?\b(?:is|was|are|were|of|at|to|hit|reached)\s+(?:only\s+|just\s+)?|"
    # ("London had 126 with 9 million": a place's figure, then its size)
    r"(?<=\d\s)with|"
    # "Population of Greater Manchester is 2.9 million"
    r"populations?\s+of\s+[^.!?\d]{2,40}?\s+(?:is|was|of|at|around|about)|"
    r"inhabited\s+by|(?:population|people|residents|inhabitants)[^.!?\d()]{0,25}?\()\s*"
    # ("a pretty similar population (8.3m vs 8.9m"): the second size of a pair
    r"(?:\(?\s*[\d.,]+\s*(?:m|k|million|bn)?\s*(?:vs\.?|versus|v|and|to|against)\s+)?"
    r"(?:(?:about|around|roughly|approx\.?|approximately|nearly|almost|over|more\s+than|some|just\s+under|barely|"
    r"only|just|~|c\.)\s*)?$",
    re.I,
)
#: "3 murders in 40 minutes", "5 stabbings in two hours": what one stretch of time saw
#: a same-period time that counts to a point of the year: "at this point last year"
_TO_DATE_POINT_RE = compile_re(r"\bthis\s+(?:point|time|stage)\b", re.I)
#: a day of a date written before its month and year: "8 August 1963", "22nd of April 1993"
#: (not "9 May murders": the month's own count)
_DAY_MONTH_AFTER_RE = compile_re(
    rf"(?:st|nd|rd|th)?\s+(?:of\s+)?{timex.MONTH_SRC}\b\.?,?\s+(?:1[89]|20)\d\d\b", re.I
)
#: a count dated before any series: "5 murders from 1888", "in 1605"
_LONG_AGO_AFTER_RE = compile_re(
    r"(?:\s+[A-Za-z'-]+){0,3}?\s+(?:from|in|of|back\s+in|during)\s+(?:the\s+)?1[0-8]\d\d(?:s)?\b",
    re.I,
)
_SHORT_SPAN_AFTER_RE = compile_re(
    r"(?:\s+[A-Za-z'-]+){0,3}?\s+in\s+(?:just\s+|only\s+|under\s+|less\s+than\s+|about\s+|around\s+|roughly\s+)?"
    r"(?:(?:\d+|a|an|one|two|three|four|five|six|ten|twenty|thirty|forty|fifty|ninety)\s+"
    r"(?:minutes?|mins?|hours?|hrs?|seconds?)"
    # ("3 stabbings in 2 wks near the broadway": a short run, seen)
    r"|(?:[1-9]|a|an|one|two|three|four|five|six|seven|ten)\s+(?:days?|weeks?|wks?))\b"
    # ("Police reported 8 stabbings over the two days": a weekend's tally)
    r"|(?:\s+[A-Za-z'-]+){0,3}?\s+over\s+the\s+(?:two|three|four|2|3|4)\s+days\b",
    re.I,
)
_MONEY_AFTER_RE = compile_re(
    r"\s+(?:in|of)\b(?!\s+(?:the\s+)?(?:year|12\s+months|twelve\s+months|(?:19|20)\d\d)\b)", re.I
)
#: "9 million people", unless the people are what was counted ("100,000 people were robbed")
_AGE_BEFORE_RE = compile_scan(
    r"\b(?:(?:median|average|mean)\s+)?(?:ages?|aged|youngest|oldest)\b[^.!?\d]{0,14}$"
    # "He was 18.", "lost his brother at 15"
    r"|\b(?:he|she|they|who|we|you)\s+(?:was|were|is|are)\s+(?:only\s+|just\s+|maybe\s+|about\s+|around\s+|probably\s+|easily\s+)?$"
    # "My nephew is 15 and I won't let him go out alone"
    r"|\b(?:my|his|her|our|their|your)\s+(?:[\w-]+\s+)?(?:son|daughter|nephew|niece|kid|boy|"
    r"girl|brother|sister|cousin|child|grandson|granddaughter|lad|lass|mate|"
    # ("My MP is 71 and only just learned ...": a person the poster has)
    r"mp|mum|mom|dad|nan|gran|grandad|grandma|grandpa|uncle|aunt|auntie|neighbour|neighbor|"
    r"boss|landlord|landlady|husband|wife|partner|friend|councillor|teacher)\s+"
    r"(?:is|was|turned|turns|['’]s)\s+(?:only\s+|just\s+)?$"
    # ("lost his brother at 15", "a robbery he did at 17")
    r"|\b(?:lost|died|killed|murdered|stabbed|shot|did|committed)\b[^.!?\d]{0,25}\bat\s+(?:just\s+|only\s+)?$",
    re.I,
)
#: between a record's clause and the figure that gives its count: ", about 5", ", at about"
_RECORD_THEN_FIGURE_GAP_RE = compile_re(r"[\s,–—-]*(?:at|with|of)?\s*", re.I)


def is_age(text: str, q: Quantity) -> bool:
    """ "Two men, 24 and 31, are in hospital", "my mum (63) rings me every day", "Knife injury
    victims under 25": a person's age, in apposition or bounding an age group, no figure of
    any kind."""
    if q.value >= 120:
        return False
    left = text[max(0, q.start - 30) : q.start]
    if (
        (
            " is " in left
            or " are " in left
            or "'s " in left
            or "’s " in left
            or "'m " in left
            or "’m " in left
            or " turned " in left
            or " was " in left
        )
        and _PERSON_IS_RE.search(text, max(0, q.start - 50), q.start) is not None
        and _AGE_AFTER_RE.match(text, q.end) is not None
    ):
        return True  # "the bouncer is 19", "My son's 17, works at ...": a person's age
    if (
        q.value < 100
        and _OTHERS_AGES_RE.search(text, max(0, q.start - 30), q.start) is not None
        and _AGE_AFTER_RE.match(text, q.end) is not None
    ):
        return True  # "His kid is 8 and mine is 7", "They're 15 and 17."
    if (
        q.value < 100
        and text.endswith("(", 0, q.start)
        and _AGE_OPENS_ASIDE_AFTER_RE.match(text, q.end) is not None
    ):
        return True  # "My coworker from Houston (34, big Astros fan) is sure ..."
    if (
        q.value < 110
        and text.endswith("(", 0, q.start)
        and _AGE_ALONE_AFTER_RE.match(text, q.end) is not None
    ):
        return True  # "Barry (74) insisting 'there's a stabbing every hour'": who says it
    if (
        16 <= q.value < 100
        and left.endswith(" is ")
        and _NAME_IS_AGE_RE.search(text, max(0, q.start - 30), q.start) is not None
        and _AND_DOES_AFTER_RE.match(text, q.end) is not None
    ):
        return True  # "Kev is 40 and still drinks Tennent's"
    if (
        q.value < 100
        and text.startswith(",", q.end)
        and left.endswith((" and ", " is ", "'s ", "’s "))
        and _WHO_AND_AGE_RE.search(text, max(0, q.start - 60), q.start) is not None
    ):
        return True  # "My brother-in-law, who lives in Dublin and is 44, is convinced ..."
    if (
        q.value < 100
        and text.startswith(",", q.end)
        and _APPOSED_AGE_BEFORE_RE.search(text, max(0, q.start - 30), q.start) is not None
        and _AGE_THEN_DOES_RE.match(text, q.end) is not None
    ):
        return True  # "The new leader, 49, says ...", "Some kid, maybe 15, got his phone ..."
    if (
        q.value < 100
        and text.find("age", max(0, q.start - 70), q.start) >= 0
        and _AGE_IS_BEFORE_RE.search(text, max(0, q.start - 70), q.start) is not None
    ):
        return True  # "the median age in Cardiff is 33": an age, of people or of a place
    if 10 <= q.value < 100 and _person_aside_age(text, q):
        return True  # "(PCSO, 27)", "(A&E nurse, 36, survives on Haribo)"
    if "nder" in left and _share_under_age(text, q):
        return True
    # (an age follows a comma, a bracket or a bound word: most figures skip both scans)
    if not any(c in left for c in ",(") and not any(w in left for w in _BOUND_WORDS):
        return False
    return (
        (
            _AGE_APPOSITION_RE.search(text, max(0, q.start - 30), q.start) is not None
            or _NAME_ASIDE_RE.search(text, max(0, q.start - 60), q.start) is not None
            or _BRACKET_NAME_AGE_RE.search(text, max(0, q.start - 70), q.start) is not None
            or (
                _ASIDE_AGE_END_RE.search(text, max(0, q.start - 60), q.start) is not None
                # ("(retired magistrate, 71)", "(NYPD wannabe, 24, owns three flashlights)")
                and (
                    text.startswith(")", q.end)
                    or _AGE_OPENS_ASIDE_AFTER_RE.match(text, q.end) is not None
                )
            )
        )
        and _AGE_CLOSE_AFTER_RE.match(text, q.end) is not None
    ) or _AGE_GROUP_BEFORE_RE.search(text, max(0, q.start - 30), q.start) is not None


def _share_under_age(text: str, q: Quantity) -> bool:
    """ "roughly 1 in 4 of the suspects were under 18": the age that bounds whom a share
    counts, no figure of its own."""
    return (
        q.kind != "percent"
        and 10 <= q.value <= 25
        and q.value == int(q.value)
        and _WERE_UNDER_BEFORE_RE.search(text, max(0, q.start - 20), q.start) is not None
        and _SHARE_BEFORE_AGE_RE.search(text, max(0, q.start - 120), q.start) is not None
    )


#: what makes a bracket a figure's note, not who someone is ("(Met data, 44)", "(2019: 44)")
_NOT_PERSON_ASIDE_RE = compile_re(
    r"\b(?:"
    + CRIME_WORDS
    + r"|rates?|per|ONS|Met|police|data|figures|stats|NYPD|FBI|total|up|down|"
    # ("No. 3": a ranking; not "still no card machine")
    r"rank(?:ed)?|no\.?(?=\s*\d))\b|[%£$€\d]",
    re.I,
)


#: ("14 and 16", "60ish", "40s", "mid-40s")
_AGES_PIECE_RE = compile_re(
    r"(?:(?:early|mid|late)[- ])?\d{1,2}(?:ish|s)?(?:\s+(?:and|&)\s+\d{1,2}(?:ish|s)?)?"
)


def _person_aside_age(text: str, q: Quantity) -> bool:
    """A whole number standing alone between commas in a bracket after a word, the rest of
    it words about someone: "Danny (PCSO, 27) reckons", "my mate Jo (A&E nurse, 36, survives
    on Haribo) says"."""
    if q.value != int(q.value):
        return False
    opens = text.rfind("(", max(0, q.start - 60), q.start)
    closes = text.find(")", q.end, q.end + 60)
    if opens < 1 or closes < 0 or "\n" in text[opens:closes] or not text[opens - 1].isspace():
        return False
    if not text[: opens - 1].rstrip()[-1:].isalpha():
        return False  # (after a word: "Jo (...)", "in Texas (...)")
    pieces = [piece.strip() for piece in text[opens + 1 : closes].split(",")]
    # ("my two nephews (14 and 16, both experts in everything)": two ages)
    ages = next((piece for piece in pieces if _AGES_PIECE_RE.fullmatch(piece)), None)
    if len(pieces) < 2 or ages is None or text[q.start : q.end] not in re.findall(r"\d{1,2}", ages):
        return False
    rest = ", ".join(piece for piece in pieces if piece != ages)
    # ("(Terry, did the Knowledge in '82, 64)", "(coaches the under-9s, nice fella, 45)": a
    # year or a number inside a word tells about the person, no figure)
    return _NOT_PERSON_ASIDE_RE.search(_WORDY_NUMBER_RE.sub("", rest)) is None


#: numbers that are part of words about a person: "'82", "in 1990", "under-9s", "5th"
_WORDY_NUMBER_RE = compile_re(
    r"['’]\d\d\b|\b(?:in|since|from|of)\s+(?:19|20)\d\d\b|\b[a-z]+-\d+s?\b|\b\d+(?:st|nd|rd|th)\b",
    re.I,
)


_PARENT_OF_RE = compile_re(
    r"\b(?:mum|mom|mother|dad|father|parent|mam|grandmother|grandfather|nan|gran|grandparent)"
    r"s?\s+of\s+$",
    re.I,
)
#: "The meeting overran to 9.30", "The band played until 1.15": an hour and its minutes
_PER_AFTER_RE = compile_re(r"\s*(?:%|per\b|/|pc\b|percent|in\s+every|out\s+of)", re.I)
_CLOCK_TIME_RE = compile_re(r"(?:[1-9]|1\d|2[0-3])[.:][0-5]\d")
#: (not "stood at 1.45", "fell to 2.30": a rate's words)
_CLOCK_BEFORE_RE = compile_re(
    r"\b(?:(?:ran|overran|went\s+on|goes\s+on|lasted|played|stayed\s+open|opens|closes|shuts|"
    r"starts?|started|finishes|finished|ends|ended|kicks?\s+off|kicked\s+off)\s+(?:to|till|until|at)"
    r"|until|till|til)\s+$",
    re.I,
)


#: an hour of the day: "at" or "till" after a day, a meeting or a shift ("Weds at ",
#: "Thursday at ", "on lates till ")
_HOUR_BEFORE_RE = compile_re(
    r"\b(?:mon|tues?|weds?|thu(?:rs?)?|fri|sat|sun)(?:day)?s?\b[^.!?\n\d]{0,30}\b(?:at|from|till|til|until)\s+$"
    r"|\b(?:meeting|meet|session|surgery|vigil|walk|patrol|lates|earlies|shift|tonight|tomorrow|"
    r"this\s+(?:morning|evening|afternoon))\b[^.!?\n\d]{0,30}\b(?:at|from|till|til|until)\s+$",
    re.I,
)


#: what a count counts, right after it ("at 3 unsolved murders": no hour)
_COUNTED_AFTER_RE = compile_re(
    r"\s+(?:[a-z-]+\s+){0,2}?(?:murders?|homicides?|stabbings?|shootings?|killings?|burglar\w*|"
    r"robber\w*|offences?|crimes?|incidents?|victims?|deaths?|people|cases?)\b",
    re.I,
)


#: the names a small number labels: "Zone 3", "Tier 2", "Platform 4", "Season 2"
_LABEL_BEFORE_RE = compile_re(
    r"\b(?-i:Zones?|Tier|Platform|Terminal|Flat|Season|Series|Episode|Chapter|Stage|Phase|Gate)\s$"
)


#: after a number, the rest of a list whose last number names a span of time: ", 8 and 11 years"
_LISTED_DURATION_AFTER_RE = compile_re(
    r"(?:\s*,\s*\d+(?:\.\d+)?)*\s*,?\s*(?:and|or|&|to)\s+\d+(?:\.\d+)?\s*"
    r"(?:years?|yrs?|months?|weeks?|days?|hours?|hrs?|minutes?|mins?)\b(?!\s+(?:ago|old)\b)",
    re.I,
)


def is_everyday(text: str, q: Quantity) -> bool:
    """ "Moved here at 27", "I take the 29 from Wood Green", "my commute went from 55 minutes
    to 70": an age, a bus route, a figure in the everyday unit of the one before it, no figure
    of any crime."""
    if (
        q.value != int(q.value)
        and _CLOCK_TIME_RE.fullmatch(text, q.start, q.end)
        and _CLOCK_BEFORE_RE.search(text, max(0, q.start - 24), q.start)
        and not _PER_AFTER_RE.match(text, q.end)
    ):
        return True  # "The AGM ran to 8.40": a clock time
    if _LISTED_DURATION_AFTER_RE.match(text, q.end):
        return True  # "jailed today: 6, 8 and 11 years": each a term, in the last one's unit
    if q.value != int(q.value):
        return False
    if (
        1 <= q.value <= 12
        # (cheap first: the word right before an hour)
        and text[max(0, q.start - 7) : q.start]
        .rstrip()
        .endswith(("at", "from", "til", "till", "until"))
        and _HOUR_BEFORE_RE.search(text, max(0, q.start - 60), q.start)
        and not _PER_AFTER_RE.match(text, q.end)
        and not _COUNTED_AFTER_RE.match(text, q.end)
    ):
        return True  # "the ward meeting is Thursday at 7", "I'm on lates till 10": an hour
    left = text[max(0, q.start - 60) : q.start]
    if q.value < 20 and _PARENT_OF_RE.search(left):
        return True  # "mum of four": how many children, no count of any crime
    if q.value < 100 and " at " in left[-12:] and _LIFE_AT_AGE_RE.search(left):
        return True
    if left.endswith(" the ") and (
        (_ROUTE_BEFORE_RE.search(left) and _ROUTE_AFTER_RE.match(text, q.end))
        # ("Overheard two lads on the 254 insisting ...": who was on which bus)
        or (
            q.value < 1000
            and left.endswith((" on the ", " off the "))
            and _ON_ROUTE_AFTER_RE.match(text, q.end)
        )
    ):
        return True
    if q.value <= 24 and _HOUR_INSTEAD_BEFORE_RE.search(left):
        return True  # "closes at 10 now instead of 11": the hour it was
    if q.value <= 12 and _DAY_PART_AFTER_RE.match(text, q.end):
        return True  # "Sir, it's eleven in the morning": a clock time
    if q.value < 130 and _WEATHER_BEFORE_RE.search(left):
        return True  # "the weather finally hit 70": a temperature
    if q.value <= 24 and left.endswith(" at ") and _EVENT_AT_RE.search(left):
        return True  # "Lecture at 9, seminar at 4": a clock time
    if q.value <= 24 and (
        _AT_HOURS_BEFORE_RE.search(left)
        or (left.endswith(" at ") and _AND_HOUR_AFTER_RE.match(text, q.end))
    ):
        return True  # "watches the news at 6 and 10": two hours
    if q.value <= 13 and left.endswith("Year ") and not text[q.end : q.end + 1].isdigit():
        return True  # "teaches Year 9 in Croydon": a school year
    if q.value <= 12 and _LABEL_BEFORE_RE.search(left) and not text[q.end : q.end + 1].isdigit():
        return True  # "a 1-bed in Zone 3", "Season 2", "Platform 4": a label, no count
    if (
        1 <= q.value <= 12
        and left.endswith(" at ")
        and _DOING_AT_RE.search(left)
        and _HOUR_ENDS_RE.match(text, q.end)
    ):
        return True  # "music starts at 9.", "made me a plate of jollof at 6.": an hour
    if (
        1 <= q.value <= 12
        and left.endswith(" at ")
        and _AT_HOUR_BEFORE_RE.search(left)
        and _HOUR_ENDS_RE.match(text, q.end)
        and not _CRIME_WORD_RE.search(text, _sentence_start(text, q.start), q.start)
        and not _CRIME_WORD_RE.search(text, q.end, _sentence_end(text, q.end))
    ):
        return True  # "He picks me up from Euston at 8 and ...": an hour, in a sentence of no crime
    return left.endswith(_SAME_UNIT_LINKS) and _SAME_UNIT_BEFORE_RE.search(left) is not None


_AT_HOURS_BEFORE_RE = compile_re(
    r"\bat\s+\d{1,2}(?:[.:]\d\d)?\s*(?:am|pm)?\s+(?:and|or|&)\s+$", re.I
)
_AND_HOUR_AFTER_RE = compile_re(
    r"\s*(?:am|pm)?\s+(?:and|or|&)\s+\d{1,2}(?:[.:]\d\d)?\s*(?:am|pm)?(?![\d,.])", re.I
)


#: a list header naming one event, shift or street, whose items are its own tally
_EVENT_HEADER_RE = compile_scan(
    r"\b(?:weekend|carnival|festival|(?:friday|saturday|new\s+year['’]?s?\s+eve)\s+night|"
    r"night\s+shift|shift|match\s+day|matchday|bonfire\s+night|halloween)\b"
    r"|\b(?:my|our)\s+(?:street|road|block|estate|building|close|ward|shift)\b"
    # ("Crime books I finished in 2024:", "Rewatch log:", "Holiday reading tally:": fiction's
    # body counts, item by item)
    r"|\b(?:books?|novels?|reading\s+(?:list|tally|log)|re-?watch(?:\s+(?:list|log))?|watch\s*list|"
    r"box\s*sets?|films?|movies?|podcasts?|telly|tv\s+(?:shows?|list)|dramas?|thrillers?)\b",
    re.I,
)


def _event_list_header(ctx: Ctx, sent: tuple[int, int]) -> bool:
    header = list_header(ctx, sent)
    if header is None:
        return False
    return _EVENT_HEADER_RE.search(ctx.text, header[0], header[1]) is not None


_CRIME_WORD_RE = compile_scan(r"\b(?:" + CRIME_WORDS + r")", re.I)
#: the word before an hour's "at" (not what a count "stood at" or "peaked at")
_AT_HOUR_BEFORE_RE = compile_re(
    r"\b(?!(?:stood|stands?|sits?|sat|is|was|are|were|be|been|peaked|peaks|remained|remains|"
    r"stayed|stays|came|comes|ended|ends|finished|finishes|capped|it|them|totals?|count|tally|"
    r"levels?|rates?|figures?|numbers?|toll|now|still|year|out|held|kept|set|estimated|pegged|"
    r"running|steady|flat|hit|record|high|low|lowest|highest)\b)"
    # (a name only after a word of the sentence: "from Euston at 8", not "Lambeth at 9, ...")
    # (nor an initialism: "Compare the US at 5-6")
    r"(?-i:[a-z][a-z'’]*|(?<=[a-z]\s)[A-Z][a-z][A-Za-z'’]*)\s+at\s+$",
    re.I,
)


def _sentence_start(text: str, pos: int) -> int:
    return max(text.rfind(ch, 0, pos) for ch in ".!?\n") + 1


def _sentence_end(text: str, pos: int) -> int:
    ends = [i for i in (text.find(ch, pos) for ch in ".!?\n") if i >= 0]
    return min(ends) if ends else len(text)


_EVENT_AT_RE = compile_re(
    # ("Shift finishes at 6", "Quiz is Tuesdays at 8", "fika is at 3")
    r"\b(?:lectures?|seminars?|meetings?|class(?:es)?|lessons?|shifts?|kick-?off|dinner|lunch|"
    r"breakfast|tea|doors|gigs?|appointments?|practice|training|mass|church|service|surgery|"
    r"quiz|fika|bingo|gym|work|school\s+run|pick-?up|drop-?off)\s+"
    r"(?:is\s+|starts\s+|started\s+|finishes\s+|finished\s+|ends\s+|ended\s+|was\s+|tomorrow\s+|tonight\s+)?"
    r"(?:(?:on\s+)?(?:mon|tues|wednes|thurs|fri|satur|sun)days?\s+)?at\s+$"
    # ("The store closes at 10 now instead of 11")
    r"|\b(?:opens|closes|shuts|opened|closed|shut|opening|closing)\s+(?:(?:now|early|late)\s+)?at\s+$"
    # ("Thursdays at 7", "12 July at 7", "Friday at 5", "our Sunday Zoom at 4": a day, then
    # its hour)
    r"|\b(?:(?:mon|tues|wednes|thurs|fri|satur|sun)days?(?:\s+[a-z]+)?|tomorrow|tonight|"
    r"\d{1,2}(?:st|nd|rd|th)?\s+(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*)\s+at\s+$",
    re.I,
)
#: what is done at an hour (not what a count "stood at" or "peaked at", nor "Chicago at 20")
_DOING_AT_RE = compile_scan(
    r"(?-i:\b(?!(?:stood|stands?|sits?|sat|is|was|are|were|be|been|peaked|peaks|remained|remains|"
    r"stayed|stays|came|comes|ended|ends|finished|finishes|capped|it|them|totals?|count|"
    r"tally|levels?|rates?|figures?|numbers?|toll|now|still|year|out|held|kept|set|estimated|"
    r"pegged|running|steady|flat|" + HARMS + r"|crimes?|"
    # ("on the 19th at 6", "Thursday at 7")
    r"offences|robberies|burglaries|thefts|hit)\b)(?:[a-z]+|\d{1,2}(?:st|nd|rd|th)|"
    r"(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day))\s+at\s+$"
)
#: an hour's figure ends its clause: "at 9.", "at 6, swimming at 4:30", "at 2 on Tuesdays"
_HOUR_ENDS_RE = compile_re(
    r"\s*(?:[.,;!)(]|$|(?:and|on|then|tomorrow|tonight|today|sharp|every|each|o['’]clock|till|until|to|with|in)\b)",
    re.I,
)
_WEATHER_BEFORE_RE = compile_re(
    r"\b(?:weather|temperature|thermometer|mercury|heat)\b[^.!?\n\d]{0,24}\b(?:hit|hits|reached|was|is|at|of)\s+$",
    re.I,
)
#: the last words of what stands between a figure in an everyday unit and the next figure
_SAME_UNIT_LINKS = (" to ", " of ", " than ", " not ", " vs ", " vs. ", " versus ", " or ", " and ")
_ROUTE_AFTER_RE = compile_re(
    r"\s*(?:[,.!;]|$|(?:bus|from|to|into|towards|every|home|back|night\s+bus|again|and)\b)", re.I
)
_HOUR_INSTEAD_BEFORE_RE = compile_re(
    r"\bat\s+\d{1,2}(?:[:.]\d\d)?(?:\s*[ap]m)?\s+(?:now\s+)?(?:instead\s+of|rather\s+than|not)\s+$",
    re.I,
)
_DAY_PART_AFTER_RE = compile_re(
    r"[ \t]+(?:in\s+the\s+(?:morning|afternoon|evening|night)|at\s+night|o['’]clock)\b", re.I
)
_ON_ROUTE_AFTER_RE = compile_re(
    r"[ \t]+(?:[a-z]+ing|bus|night\s+bus|this\s+(?:morning|evening|afternoon)|last\s+night|today|home)\b"
    # ("Overheard on the 38: '...'")
    r"|[ \t]*:[ \t]"
)
_BOUND_WORDS = ("nder", "ver", "elow", "bove", "aged")
_PERSON_NOUNS = (
    r"eldest|oldest|youngest|little\s+(?:brother|sister|one)|roommate|housemate|granda|two|three|"
    r"kids|own\s+two|"
    r"son|daughter|boy|girl|kid|lad|lass|nan|nana|gran|granny|grandad|grandpa|grandma|mum|mom|mam|"
    r"dad|brother|sister|wife|husband|partner|mate|friend|neighbou?r|manager|bouncer|boss|landlord|"
    r"landlady|driver|teacher|baby|niece|nephew|cousin|uncle|aunt|auntie|flatmate|colleague|bloke|"
    # ("The person who posted it is 19", "The group admin is 70")
    r"person|admin|poster|moderator|organiser|organizer|chair|"
    r"guy|woman|man|granddaughter|grandson|student|victim|super|owner|caretaker|porter|mother|father"
)
#: "the bouncer is 19", "Somebody in my building is 97", "My boy's 16": a person, then an age
_PERSON_IS_RE = compile_scan(
    rf"\b(?:(?:my|our|his|her|their|the|a|an|this|that)\s+(?:[\w'’-]+\s+){{0,2}}?(?:{_PERSON_NOUNS})s?"
    # ("Dad is 70 this Thursday": a parent called by name)
    r"|(?-i:Dad|Mum|Mom|Mam|Nan|Nana|Gran|Granny|Grandad|Grandpa|Grandma)"
    r"|he|she|i|somebody|someone)(?:\s+(?:in|at|on|from|next)(?:\s+[\w'’-]+){1,3}?)?"
    # ("My cousin who drives for Uber there is 52", "the kids I teach are 12 and 13")
    r"(?:\s+(?:who|that|i|we)\s+[\w'’ -]{1,30}?)?"
    # ("My two are 14 and 16": the second age too)
    r"(?:\s+(?:is|was|turned|turns|are|were)|['’]s|['’]m)\s+(?:only\s+|just\s+|now\s+|nearly\s+|almost\s+)?"
    r"(?:\d{1,2}\s+and\s+)?$",
    re.I,
)
#: "mine is 7" (after another's age), "They're 15 and 17": the second of two ages
_OTHERS_AGES_RE = compile_scan(
    r"\b\d{1,2}\s+and\s+(?:mine|ours|hers|his|theirs|yours)\s+(?:is|['’]s)\s+$"
    r"|\b(?:they|we)(?:['’]re|\s+are|\s+were)\s+\d{1,2}\s+and\s+$",
    re.I,
)
#: "(Tom, 33, works in crypto)", "(Spanish, 26, doing a PhD)": an age after a name or a word
#: of who someone is, in brackets
#: words that make an aside a figure's label, not who someone is ("(knife crime, 74)")
_ASIDE_NOT_WHO = CRIME_WORDS + r"|rates?|per"
_BRACKET_NAME_AGE_RE = compile_scan(
    # ("(Mr Aziz, 58)", "(Auntie Jo, 71, ...)": a title may stand before the name)
    r"\((?:(?-i:Mr|Mrs|Ms|Miss|Dr|Cllr|Sgt|Auntie|Aunt|Uncle|Nan|Grandad)\.?\s+)?"
    r"(?-i:[A-ZÀ-Þ][a-zß-ÿ]+)(?<!\bMet),"
    # ("(Sandra, the one with the hedge, 58)": an aside between the name and the age)
    rf"(?:(?![^()\n]*\b(?:{_ASIDE_NOT_WHO})\b)[^()\n\d,]{{2,40}},)?\s*$"
)
#: "who lives in Dublin and is 44, is convinced ...", "who's a nurse at King's and 38,": an
#: age at the end of a relative clause about who someone is
_WHO_AND_AGE_RE = compile_scan(
    # ("My dad, who taught in Handsworth for 30 years and is 68, insists ...")
    # ("My brother, who moved to Chicago in 2014 and is 41, posted ...": a year on the way)
    r"\bwho(?:['’]s)?\s(?:[^.!?\n\d]|\d+\s+(?:years|yrs)\b|(?<!\d)(?:19|20)\d\d\b){0,40}?"
    r"\band\s+(?:is\s+|['’]s\s+)?$",
    re.I,
)
#: "(retired magistrate, 71)", "(former bouncer, 50)": who someone is, then their age, in an
#: aside of words (not "(knife crime, 74)", "(up 4%, 12)")
_ASIDE_AGE_END_RE = compile_scan(
    rf"\((?-i:[a-z])(?![^()\n]*\b(?:{_ASIDE_NOT_WHO}|up|down|vs|total)\b)"
    r"[^()\n\d]{2,50},\s*(?:(?:maybe|about|around|roughly|probably)\s+)?$",
    re.I,
)
#: "Keith is 67 and also thinks ...", "the quizmaster is 81 and takes no prisoners": a
#: person's age, then what they do
_NAME_IS_AGE_RE = compile_scan(r"(?:(?-i:\b[A-Z][a-z]+)|\bthe\s+[a-z]+)\s+is\s+$", re.I)
_AND_DOES_AFTER_RE = compile_re(
    r"\s+and\s+(?:still\s+|also\s+|now\s+|never\s+|always\s+)?(?-i:[a-z]+s)\b"
    # ("Tony is 58 and that car was his baby", "Kev is 40 and he ...")
    r"|\s+and\s+(?:that|this|his|her|he|she|they|their)\b",
    re.I,
)
#: "(34, big Astros fan)", "(22, bless him)": an age opening an aside about someone
#: ") insisting", ") reckons": an age alone in brackets, then what its person says
_AGE_ALONE_AFTER_RE = compile_re(
    r"\)\s+(?:(?:is|was)\s+)?(?:still\s+|now\s+)?(?:insist|reckon|say|said|swear|swore|told|tell|keeps?\s|kept\s|"
    r"thinks?|believ|convinced|sure|adamant|posted|shared|forward)",
    re.I,
)
_AGE_OPENS_ASIDE_AFTER_RE = compile_re(
    r"\s*,\s+(?!(?:up|down|a|an|the|from|vs|of|per|which|so|or|and|about|record|lowest|highest|"
    r"most|fewest|least|including|excl|incl|ie|eg)\b)(?-i:[a-z])[a-z]+\b(?![^()\n]*\d)[^()\n]*\)",
    re.I,
)
#: "Jess (HR, 33)", "Ahmed (the one with the immaculate hedge, 55)": a name with an aside
#: that ends on the age (not "Lambeth (knife crime, 74)")
_NAME_ASIDE_RE = compile_scan(
    r"(?-i:\b[A-Z][a-z]+)\s*\((?:(?-i:[A-Z]{2})|(?-i:[a-z])"
    rf"(?![^()\n]*\b(?:{_ASIDE_NOT_WHO})\b)[^()\n\d]{{2,50}})\s*,\s*$"
)
#: "... of the suspects were under 18": the age bound a share's group is said to be under
_WERE_UNDER_BEFORE_RE = compile_scan(r"\b(?:were|are|was|is)\s+(?:aged\s+)?under[-\s]$", re.I)
#: a share's part before its whole: "9 of every ", "4 out of every ", "3 in ", or the whole
#: alone: "Of every 100 burglaries, just 3 ended in a charge"
_SHARE_WHOLE_BEFORE_RE = compile_scan(
    r"\b(?:(?:\d{1,3}|one|two|three|four|five|six|seven|eight|nine|ten)\s+)?(?:(?:of|out\s+of)\s+every|(?<=\d\s)in|"
    r"(?<=one\s)in|(?<=two\s)in|(?<=three\s)in|(?<=four\s)in|(?<=five\s)in|(?<=nine\s)in)\s+$",
    re.I,
)
#: "the 40", "that 40": a figure named again by its value
_THE_FIGURE_ECHO_RE = compile_scan(r"(?<!\bof\s)\b(?:the|that|this|your)\s+$", re.I)
#: a share that an age bound after it narrows: "1 in 4 of the suspects", "about 18% ... were"
_SHARE_BEFORE_AGE_RE = compile_re(
    r"\b(?:\d{1,2}|one|two|three|four|five)\s+(?:in|out\s+of)\s+(?:\d{1,3}|three|four|five|six|"
    r"seven|eight|nine|ten)\b|%|\bper\s*cent\b|\b(?:half|a\s+third|a\s+quarter|a\s+fifth|"
    r"majority)\b",
    re.I,
)
#: "victims under 25", "someone under 25", "people aged over 65": an age group's bound
_AGE_GROUP_BEFORE_RE = compile_scan(
    r"\b(?:victims|someone|somebody|people|those|anyone|children|kids|youngsters|men|women|"
    r"boys|girls|teenagers|teens|males|females)\s+(?:aged\s+)?(?:under|over|below|above)[-\s]$",
    re.I,
)


def _record_before(ctx: Ctx, start: int, end: int) -> bool:
    return bool(
        ctx.lex.cues["extremum_max"].search(ctx.text, start, end)
        or ctx.lex.cues["extremum_min"].search(ctx.text, start, end)
    )


_FROM_BEFORE_RE = compile_re(r"\bfrom\s+(?:about\s+|around\s+|roughly\s+|~)?$", re.I)
_PLUS_AFTER_RE = compile_re(r"\s*(?:\+|plus\b)", re.I)
_VS_RE = compile_scan(r"\s(?:vs\.?|versus|compared\s+(?:to|with))\s", re.I)
#: "Violent crime in the US fell again in 2024, to about 359 per 100k": a move with its
#: words, then the rate it moved to ("to" ends the text searched)
_MOVED_TO_RE = compile_scan(
    r"\b(?:fell|fallen|dropped|declined|decreased|rose|risen|climbed|increased|went\s+(?:up|down))"
    r"\b[^.!?;:]*?(?:,\s*(?P<to>to)|(?P<colon>:))\s*$",
    re.I,
)
#: a rate's base other than 100,000 ("per million people", "per 1,000 residents"), whose
#: figures are scaled to the store's rate per 100,000 (see :func:`per_100k_factor`)
_OTHER_BASES_SRC = r"(?P<m>1m|million|1,?000,?000)|(?P<k>1,?000|one\s+thousand|thousand)"


def per_100k_factor(base: re.Match[str]) -> float:
    """What a figure per the base ``base`` matched (group ``m``: a million, ``k``: a thousand)
    is multiplied by to be a rate per 100,000."""
    return 0.1 if base.group("m") else 100.0 if base.group("k") else 1.0


def scaled(lo: float | None, hi: float | None, factor: float) -> tuple[float | None, float | None]:
    """A value's two ends times ``factor`` (rounded: 14 x 0.1 is 1.4)."""
    if factor == 1.0:
        return lo, hi
    return (
        None if lo is None else round(lo * factor, 6),
        None if hi is None else round(hi * factor, 6),
    )


#: a sentence that opens with a rate's base ("Per 100,000 people, ...", "Per capita:")
_FRONTED_RATE_RE = compile_re(
    r"[\W_]*per\s+(?:(?:100,?000|100k|hundred\s+thousand)|(?P<k>1,?000|thousand)|"
    # ("Per 100,000 that puts Toronto at about 1.5": no comma before "that")
    r"(?P<m>1m|million))(?:\s+(?:people|residents|population|inhabitants))?\s*(?:[,:]|(?=\s+(?:that|it|this)\b))",
    re.I,
)
#: a rate's base other than 100,000 in its words (what an echoed figure is scaled by)
RATE_BASE_RE = compile_scan(
    r"\bper\s+(?:(?P<k>1,?000|one\s+thousand|thousand)|(?P<m>1m|million|1,?000,?000))\b(?![,\d])",
    re.I,
)
#: a rate's words, then its base within the header ("rates per million people, 2022")
_BASE_AFTER_RATE_RE = compile_re(
    r"[^.!?\n:\d]{0,12}?\bper\s+(?:1,?000|one\s+thousand|thousand|1m|million|1,?000,?000)\b", re.I
)
#: a person, then their age ("I'm 29", "My son's 16", "Some of them are 12")
_PERSON_AGED_RE = compile_scan(
    r"\b(?:i\s+was|i['’]m|i\s+am|(?:he|she)(?:['’]s|\s+is|\s+was)|"
    r"(?:some|one|most|many|all|two|three|several)\s+of\s+them\s+(?:are|were|is|was)|"
    r"(?:son|daughter|kid|boy|girl|brother|sister|nephew|niece|child|lad)"
    r"(?:['’]s|\s+is|\s+was|\s+turned|\s+turns)|"
    # ("the kids I work with now are 13 and 14, not 17")
    r"(?:kids|children|boys|girls|lads|teens|teenagers|pupils|students)(?:\s+[\w'’]+){0,4}?\s+(?:are|were))"
    r"\s+(?:only\s+|just\s+|barely\s+|nearly\s+|almost\s+)?"
    # (the ages listed after the first: "13 and 14, not 17")
    r"(?:\d{1,2}\s*(?:,\s*(?:and\s+|or\s+|not\s+)?|and\s+|or\s+|to\s+))*$",
    re.I,
)
_OF_THEM_AFTER_RE = compile_re(r"\s+of\s+(?:them|those|these)\b", re.I)
_VICTIM_AGES_RE = compile_re(
    r"\b(?:victims|they)\s+(?:were|are)\s+(?:aged\s+)?\d{1,2}(?:\s*,\s*\d{1,2})*\s*,?\s*(?:and|&)\s*\d{1,2}\b"
    r"(?!\s*(?:%|per\b|[a-z]+\s+(?:murders|homicides|killings|offences|stabbings|shootings)))",
    re.I,
)
#: "11 year olds walking through a metal detector ... They're 11.": a pronoun's age, said alone
_THEY_ARE_BEFORE_RE = compile_re(r"\bthey(?:['’]re|\s+are|\s+were)\s+(?:only\s+|just\s+)?$", re.I)
#: the attacks or disasters a toll is of ("killed in the London Bridge attack")
_ATTACK_AFTER_RE = compile_re(
    r"\s+(?:in|during|by)\s+(?:the|that|those|a|an)\s+(?:[\w'’&-]+\s+){0,5}?"
    r"(?:attacks?|bombings?|fire|blaze|massacre|crash|stampede|rampage|explosions?)\b",
    re.I,
)
_INJURED_TOO_RE = compile_re(
    r"\s*(?:,|and|&)\s*(?:and\s+)?(?:dozens|scores|hundreds|many|several|others|more|"
    r"(?:about|around|over|at\s+least)?\s*\d+|(?:one|two|three|four|five|six|seven|eight|nine|ten)"
    r"(?:\s+(?:more|others))?)\s+(?:more\s+|others\s+|people\s+)?"
    r"(?:injured|wounded|hurt|hospitali[sz]ed|in\s+hospital)\b",
    re.I,
)
_SENT_END_AFTER_RE = compile_re(r"\s*(?:[.!?]|$)")
_AGE_IS_BEFORE_RE = compile_scan(
    r"\b(?:median|average|mean|typical)\s+age\b[^.,;:!?\d]{0,50}?\s(?:is|was|of|['’]s|about|around)\s+"
    r"(?:(?:about|around|roughly|just|only|now)\s+)?$",
    re.I,
)
#: a word and a comma before an age in apposition, with a guess: "Some kid, maybe 15, ..."
_APPOSED_AGE_BEFORE_RE = compile_scan(
    r"\b[A-Za-z]{3,}\s*,\s*(?:(?:maybe|about|around|roughly|probably|perhaps|only|just|barely)\s+)?$",
    re.I,
)
#: what a person whose age was given goes on to do: ", 49, says he'll ...", ", 15, got his ..."
_AGE_THEN_DOES_RE = compile_re(
    r",\s*(?:says|said|claims|claimed|reckons|reckoned|thinks|thought|believes|told|tells|got|"
    r"gets|wants|wanted|lives|lived|works|worked|insists|insisted|swears|swore|who)\b",
    re.I,
)
_AGE_APPOSITION_RE = compile_scan(
    r"\b(?:suspect|man|woman|boy|girl|teen|teenager|youth|victim|driver|rider|cyclist|male|"
    r"female|father|mother|dad|mum|son|daughter|pensioner|student|schoolboy|schoolgirl|officer|"
    r"pc|constable|sergeant|gunman|attacker|killer|robber|burglar|thief|shoplifter|carjacker|"
    r"men|women|nan|gran|grandad|grandma|grandmother|grandfather|wife|husband|partner|lad|lass|bloke|"
    r"guy|neighbou?r|kid|two|three|twins|uncle|aunt|auntie|cousin|brother|sister|mate|friend|boss|"
    r"colleague|coworker|co-worker|landlord|landlady)s?"
    # ("Uncle Dave, 64, is adamant ...": the name after who they are)
    r"(?:\s+(?-i:[A-Z][a-z]+))?"
    r"\s*[,(]\s*(?:aged\s+)?(?:\d{1,2}\s*(?:and|&)\s*)?$"
    # "Both victims, aged 24 and 27": the second age too
    r"|\baged?\s+\d{1,2}\s*(?:and|&|to|-|–)\s*$",
    re.I,
)
_POPULATION_SENT_RE = compile_scan(
    r"\b(?:population|(?:million|m)\s+(?:people|residents|inhabitants)|per\s+(?:head|capita))\b",
    re.I,
)
_POPULATION_AFTER_RE = compile_re(
    r"\s+(?:people|residents|inhabitants|citizens|londoners|population)\b"
    r"(?!\s+(?:(?:are|were|have\s+been|had\s+been|got|get|being|was|is)\s+)?"
    r"(?:murdered|killed|stabbed|shot|attacked|robbed|assaulted|raped|mugged|burgled|victims?))",
    re.I,
)
#: "came in at roughly 16,500 for 2024", "46 over the year": the figure's own period after it
_FOR_PERIOD_RE = compile_re(
    r"\s*(?:for|over)\s+(?:the\s+(?:whole\s+|full\s+|calendar\s+|financial\s+)?(?:year|period)\b"
    r"|(?:the\s+)?(?:(?:19|20)\d\d(?:[/-]\d\d)?\b|FY\s?\d\d))",
    re.I,
)
_LEVEL_VERB_RE = compile_scan(
    r"\b(?:hit|hits|reached|reach|was|were|is|are|at|had|has|have|saw|sees|recorded|records|"
    r"totalled|totaled|been|stood\s+at|stands\s+at|to|from|of|numbered|topped|passed|exceeded|counted|logged|"
    # ("London alone accounted for roughly 16,800")
    r"accounted\s+for|accounts\s+for|made\s+up|makes\s+up|"
    # ("It managed 44 in 2025, down from 84 the year before")
    r"managed|manages|"
    # ("It ended up around 416")
    r"came\s+in(?:\s+at)?|came\s+to|comes\s+(?:in(?:\s+at)?|to)|ended\s+(?:at|on|up(?:\s+at)?)|"
    r"finished\s+(?:at|on|up(?:\s+at)?)|"
    r"compared\s+(?:with|to)|vs\.?|versus|(?:(?<=,\s)|^)against|and|with|(?<=\bit)['’]s|(?<=\bthat)['’]s)"
    # "were only 3,000", "was still 109", "are already past 100"
    # ("is sure it was 'over a thousand'": a quote may open on the figure)
    r"(?:\s+(?:only|just|still|now|actually|merely|already))?\s*(?:[\"'“‘]\s*)?$",
    re.I,
)

_CROSSED_RE = compile_scan(
    r"\b(?:broke|broken|fell|fallen|dropped|dipped|slipped|sank|sunk|went|gone|got|came|"
    r"climbed|rose|risen|jumped|crept|shot|soared|edged)\s+$",
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
            # "30 (2021) vs 8 (2025)": the year in brackets right after the figure is its own
            if (
                re.fullmatch(r"\+?[\sA-Za-z&'-]{0,40}|\s?\(", gap)
                and not re.search(r"\b(?:to|from)\b", gap)
                # (not "1,400 (2022: ~1,600)": a bracketed year with a colon labels the figure
                # after it)
                and not (gap.endswith("(") and ctx.text.startswith(":", r.end))
            ):
                if r.kind == "now":
                    if gap.strip():
                        continue
                    # ("nearly doubled between 2014/15 and 2022/23: 26,374 then, 50,489 now":
                    # "now" is the change's own latest period, as "then" was its baseline)
                    moved = next(
                        (
                            c
                            for c in reversed(ctx.claims)
                            if c.kind == "change"
                            and c.period is not None
                            and c.baseline is not None
                            and sent[0] <= c.start
                            and c.end <= q_end
                            and " then" in ctx.text[c.end : q_end]
                        ),
                        None,
                    )
                    if moved is not None and moved.period is not None:
                        return span_of(moved.period)
                    return timex.calendar_year(timex.latest_complete_year(ctx.ref))
                return r.span
    return None


#: what stands between a count and the rate said after it (", a rate of", " (")
_RATE_LEAD_RE = compile_re(r"[\s,;:(–—-]*(?:and\s+|or\s+)?")


def _is_share(ctx: Ctx, mm: MetricMention) -> bool:
    """Does the mention name a share (a percent of a whole), not a count?"""
    info = ctx.lex.taxonomy.metrics.get(mm.metric or "")
    return mm.share or (info is not None and info.unit == "percent")


def rates(ctx: Ctx, sent: tuple[int, int], clauses: list[tuple[int, int]]) -> None:
    for i, q in enumerate(ctx.quantities):
        if not (sent[0] <= q.start < sent[1]) or i in ctx.used_q or q.kind == "percent":
            continue
        m = _PER_100K_RE.match(ctx.text, q.end)
        if not m or re.search(r"\b(?:than|and|but|or|in|of)\b", m.group("what"), re.I):
            continue
        if _TIMES_AS_AFTER_RE.match(ctx.text, q.end) or ctx.text[q.end : q.end + 1] in ("x", "×"):
            # "roughly three times as deadly per capita", "~3x NYC per capita": a multiple,
            # read as an order
            continue
        base_group = "ibase" if m.group("ibase") else "base"
        # the base of the rate ("per 100,000") is not a figure of its own
        if m.group(base_group):
            for j, other in enumerate(ctx.quantities):
                if m.start(base_group) <= other.start < m.end(base_group):
                    ctx.used_q.add(j)
        base = (m.group(base_group) or "100000").lower().replace(",", "").replace(" ", "")
        factor = {"million": 0.1, "1000000": 0.1, "1m": 0.1, "1000": 100.0, "thousand": 100.0}.get(
            base, 1.0
        )
        if m.group(base_group) is None:  # per capita as a bare fraction
            factor = 1e5 if q.value < 0.01 else 1.0
        ctx.used_q.add(i)
        value = q.value * factor
        hedge, hstart = hedge_before(ctx, q.start)
        lo, hi = apply_hedge(value, hedge)
        if q.lo is not None and q.hi is not None:  # "between 1.2 and 1.5 per 100k"
            lo, hi = q.lo * factor, q.hi * factor
        clause = clause_of(clauses, q.start, sent)
        metric = metric_for(ctx, q.start, clause, sent, allow_incident=True)
        if metric is not None and metric.end <= sent[0] and _is_share(ctx, metric):
            # ("• 41% involved a knife or sharp instrument\n• Rate: 11.9 per million": a rate
            # per head counts the list's crime, not the share an item before it named)
            metric = next(
                (
                    mm
                    for mm in reversed(ctx.metrics)
                    if mm.end <= sent[0] and mm.stat and not _is_share(ctx, mm)
                ),
                metric,
            )
        start = metric.start if metric and sent[0] <= metric.start < hstart else hstart
        if start < hstart and _record_before(ctx, start, hstart):
            # "NYC's murder rate in 2017 was the lowest since the 1950s, at about 3.4 per
            # 100k": the record is a claim of its own, the rate's words start at the figure
            start = hstart
            clause = (hstart, clause[1])
        # "Homicides in England & Wales in the year to June 2025: about 520, a rate of around
        # 0.84 per 100,000": the count between the metric and the rate is a claim of its own,
        # and the rate's words start after it
        between = figures_between(ctx, start, hstart) if start < hstart else []
        if between:
            lead = _RATE_LEAD_RE.match(ctx.text, between[-1].end)
            start = lead.end() if lead is not None else between[-1].end
        moved = _MOVED_TO_RE.search(ctx.text, start, hstart) if start < hstart else None
        if moved is not None:
            # the move is a trend of its own; the rate's words start at "to" ("US violent
            # crime fell in 2024, per the FBI: 363.8 per 100,000 in 2023": at the figure)
            start = moved.start("to") if moved.group("to") else hstart
            clause = (start, clause[1])
        vs = _VS_RE.search(ctx.text, start, hstart)
        own_place = (
            None
            if vs is None
            else next((p for p in ctx.places if vs.end() <= p.start < hstart), None)
        )
        if own_place is not None:
            start = own_place.start  # "... 55 per 100k vs Chicago around 23 per 100k"
            clause = (start, clause[1])
        if own_place is None:
            # (the metric may stand in a sentence before: "NYC had 386 murders. Per capita
            # though, Toronto was higher: 2.58 per 100k vs roughly 1.2 in London")
            clause, where = _after_comparison_colon(ctx, sent, clause, hstart, m.end())
            if not where:
                clause, where = _after_order_comma(ctx, sent, clause, hstart)
            if where:
                start = hstart
        else:
            where = {}
        add(
            ctx,
            kind="level",
            start=start,
            end=m.end(),
            metric=metric,
            pos=q.start,
            clause=clause,
            sent=sent,
            value=interval(lo, hi),
            unit="rate_per_100k",
            periods=change_periods(ctx, clause, sent, want_baseline=False),
            negated=is_negated(ctx, max(clause[0], hstart - 25), hstart),
            **where,
        )


#: between an order and its subject's figure: " last year, about "
_ORDER_COMMA_GAP_RE = compile_re(
    r"(?:['’]s?)?(?:\s+(?:last|this)\s+year|\s+in\s+(?:19|20)\d\d(?:/\d\d)?)?\s*,\s*(?:at\s+|with\s+)?",
    re.I,
)


def _after_order_comma(
    ctx: Ctx, sent: tuple[int, int], clause: tuple[int, int], start: int
) -> tuple[tuple[int, int], dict[str, object]]:
    """ "Per capita, knife crime in the West Midlands was higher than in London last year,
    about 180 offences per 100,000 people": the rate after the comma that closes an order is
    its subject's; its words start at the figure."""
    order = next(
        (
            c
            for c in ctx.claims
            if c.kind == "comparison"
            and c.relation in ("greater", "less")
            and c.unit == "rate_per_100k"
            and isinstance(c.geography, str)
            and sent[0] <= c.start
            and _ORDER_COMMA_GAP_RE.fullmatch(ctx.text, c.end, start)
        ),
        None,
    )
    if order is None:
        return clause, {}
    return (start, clause[1]), {"place": order.geography, "place_how": "context"}


def _after_comparison_colon(
    ctx: Ctx, sent: tuple[int, int], clause: tuple[int, int], start: int, end: int
) -> tuple[tuple[int, int], dict[str, object]]:
    """ "Toronto's rate was about double London's: 2.58 per 100k vs roughly 1.2 in London":
    the first figure after the colon that closes a comparison is its subject's (unless the
    figure names its own place); its words start at the figure."""
    text = ctx.text
    if ":" not in text[sent[0] : start]:
        return clause, {}
    shown = next(
        (
            c
            for c in ctx.claims
            if c.kind == "comparison"
            and sent[0] <= c.start
            and _COLON_AFTER_RE.fullmatch(text, c.end, start)
        ),
        None,
    )
    if shown is None or any(
        p.start >= end and _IN_GAP_RE.fullmatch(text[end : p.start])
        for p in ctx.places
        if within(p.start, clause)
    ):
        return clause, {}
    return (start, clause[1]), {"place": shown.geography, "place_how": "context"}


#: "3 in 4 say the Met does a good job", "one in ten murders solved": a share
_SHARE_RE = compile_scan(
    r"(?<![\w.,])(?P<n>\d{1,2}|one|two|three|four|five|six|seven|eight|nine|ten|nineteen)"
    # "Nineteen murders in twenty get solved": the counted noun may stand between
    r"(?:\s+(?:murders|homicides|killings|victims?|cases|burglaries|robberies|offences|"
    # "Just one Londoner in three says their local police do a good job"
    r"londoners?|people|persons?|residents?|adults?|americans?|new\s+yorkers?|brits?))?"
    r"\s+(?:in|of|out\s+of)\s+(?:every\s+)?"
    # ("ONE IN TWELVE car thefts get solved")
    r"(?P<d>\d{1,3}|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|"
    r"twenty(?:[-\s]five)?|thirty|forty|fifty|a\s+hundred)\b(?![.,]\d)"
    # "solve 3 murders in 40 minutes", "in 400 pages": a stretch of time or text, not a share
    r"(?!\s*(?:seconds?|secs?|minutes?|mins?|hours?|hrs?|days?|weeks?|months?|years?|yrs?|"
    r"pages?|episodes?|chapters?|books?|films?|seasons?)\b)"
    # "police in London solve 9/10 murders"
    r"|(?<![\w.,/])(?P<n2>\d{1,2})\s*/\s*(?P<d2>\d{1,3})(?=\s+(?:of\s+)?(?:the\s+)?"
    r"(?:murders|homicides|killings|cases|burglaries|robberies|offences|crimes|londoners|people)\b)",
    re.I,
)


_REFERS_BACK_START_RE = compile_re(
    # ("> Met confidence is at 45% now / Yep, and it was 69% back in 2016.")
    r"\s*(?:(?:yep|yes|yeah|true|right|correct|indeed)[,.!]*\s+)?(?:(?:and|but|yet)\s+)?"
    # "Ten years ago it was 70%", "In 2016, it was 69%"
    # "By 2024 it was 48%"
    # "Now it's 45%", "Today it's 45%"
    # ("Met confidence was 69% in 2016. Last year it was 48%.")
    # ("Ten years earlier the figure was closer to 11%")
    r"(?:(?:[\w-]+\s+(?:decades?|years?)\s+(?:ago|earlier|before)|(?:back\s+)?in\s+(?:(?:19|20)\d\d(?:/\d\d)?|['’‘]\d\d)|"
    # ("In the year to June 2024 it was 46%.")
    # ("By the year to June 2025 it was 45%.")
    # ("Back in the year to June 2016 it was 69%.")
    r"(?:(?:back\s+)?in\s+|by\s+)?the\s+(?:year|12\s+months)\s+(?:to|ending)\s+[a-z]+\s+(?:19|20)\d\d|by\s+(?:19|20)\d\d(?:/\d\d)?|"
    # ("By the end of 2024 it was 45%.", "By late 2024 ...")
    r"(?:by|at)\s+(?:the\s+(?:end|start|beginning|middle)\s+of|late|early|mid-?)\s*(?:19|20)\d\d(?:/\d\d)?|"
    r"now|today|these\s+days|nowadays|last\s+year|this\s+year),?\s+)?"
    # "Was near 70% back in 2015.": no subject at all
    # "Back in 2016 that number was 67%": the figure's noun points back too
    r"(?:(?:it|that|this|(?:that|the)\s+(?:number|figure|share|rate|percentage|proportion))"
    # ("Now its 45%": the apostrophe left out)
    r"(?:\s+(?:was|is|stood\s+at)|['’]s|(?<=\bit)s(?=\s+(?:about\s+|around\s+|roughly\s+|only\s+|just\s+)?\d)"
    # ("By 2024 it had gone up to about 60%", "In 2024 it rose to 60%": the level moved to)
    r"|\s+(?:had\s+|has\s+)?(?:gone\s+(?:up|down)|risen|rose|climbed|fallen|fell|dropped|slipped|recovered)\s+(?:back\s+)?to)"
    # ("Met confidence: 45% in the year to June 2025. Down from 69% in 2016.")
    r"|was|stood\s+at|(?:down|up)\s+from"
    # ("MOPAC had it at 48% for 2024", "The Met's survey puts it at 45%": a source's figure)
    r"|(?:the\s+)?[\w&'’.-]+(?:\s+[\w&'’.-]+){0,2}?\s+(?:has|had|have|puts?)\s+(?:it|that)\s+at)\s",
    re.I,
)


#: "Charge rate still around 1%": an outcome rate that names no crime of its own
_BARE_OUTCOME_RE = compile_scan(
    r"\b(?P<o>charge|charging|prosecution|solve|detection|clear[-\s]?up|clearance)\s+rates?\b"
    # "topped 70,000 in 2022/23, yet fewer than 3% ended in a charge": the share form
    # ("Only 2% led to a charge", "Under 20% ended with a suspect charged")
    r"|(?:(?<=%\s)|(?<=\d\s)(?=(?:cases|reports)\s))"
    # ("Only about 1 in 7 cases ends in a charge", "14% of cases end in a charge": the crime's
    # cases; not "5% of offences were solved", any offences)
    r"(?:of\s+(?:them|those|these)\s+|(?:of\s+(?:the\s+)?)?(?:cases|reports)\s+)?"
    r"(?:(?:end(?:s|ed)?\s+(?:in|with)|(?:lead|leads|led)\s+to|"
    r"result(?:s|ed)?\s+in)\s+(?:a\s+)?(?P<o2>charge|prosecution)|(?:(?:were|are|was|is|get|got)\s+(?:ever\s+)?|"
    r"end(?:s|ed)?\s+with\s+(?:someone|somebody|a\s+suspect)\s+(?:being\s+)?)(?P<o3>charged|solved))\b"
    # "London had 97 homicides last year. But the Met solves barely 60% of them"
    r"|\b(?P<o4>solv|clear|charg|prosecut)(?:es|ed|e|s)?\s+(?:(?:only|just|barely|about|around|"
    r"roughly|nearly|almost|under|over|less\s+than|more\s+than|fewer\s+than)\s+)*"
    r"(?=\d[\d.]*\s*(?:%|per\s*cent)\s+of\s+(?:them|those|these)\b)",
    re.I,
)


_BARE_OUTCOME_ASKED_RE = compile_scan(
    r"\b(?P<o>charge|charging|prosecution|solve|detection|clear[-\s]?up|clearance)\s+rates?"
    r"(?:\s+(?:now|then|these\s+days|last\s+year|this\s+year|in\s+(?:19|20)\d\d))?\s*\?+\s*$",
    re.I,
)


_OUTCOME_WORDS = ("rate", "charge", "prosecut", "solv", "clear")


def _bare_outcome_rate(ctx: Ctx, sent: tuple[int, int]) -> MetricMention | None:
    """ "Reported rapes in London up nearly 10% in 2021. Charge rate still around 1%.": the
    outcome rate of the crime named just before."""
    low = ctx.low if ctx.low is not None else ctx.text.lower()
    # (every match holds one of these: most sentences skip both scans)
    m = (
        _BARE_OUTCOME_RE.search(ctx.text, *sent)
        if any(w in low[sent[0] : sent[1]] for w in _OUTCOME_WORDS)
        else None
    )
    if m is None and "rate" in low[max(0, sent[0] - 40) : sent[0]]:
        # "CPD's clearance rate? Under 50%.": the question names the rate its answer gives
        m = _BARE_OUTCOME_ASKED_RE.search(ctx.text, max(0, sent[0] - 40), sent[0])
    if m is None:
        return _listed_outcome(ctx, sent, low)
    # ("A rape is reported ... roughly every 8 minutes. And barely 2% of them end with a
    # charge.": one incident's words that a claim before was made of)
    crimes = [
        mm
        for mm in ctx.metrics
        if mm.end <= m.start()
        and mm.metric
        and (mm.stat or any(c.metric == mm.metric for c in ctx.claims))
    ]
    if not crimes:
        return _listed_outcome(ctx, sent, low)
    word = (m.group("o") or m.group("o2") or m.group("o3") or m.group("o4")).lower()
    # "London's homicide solve rate is around 90%. NYC's clearance rate is ...": the outcome
    # rate named just before is of the same crime
    return outcome_of(ctx, crimes[-1].metric or "", word, m.start(), m.end())


def outcome_of(ctx: Ctx, crime: str, word: str, start: int, end: int) -> MetricMention | None:
    """The metric of ``crime``'s outcome rate that ``word`` names ("charge", "solve", ...),
    said over [start, end)."""
    outcome = "charge_rate" if word.startswith(("charg", "prosec")) else "solve_rate"
    crime = crime.removesuffix("_solve_rate").removesuffix("_charge_rate")
    metrics = ctx.lex.taxonomy.metrics
    for base in (crime, crime.removesuffix("s"), crime.removesuffix("_offences")):
        found = metrics.get(f"{base}_{outcome}")
        if found is not None and found.unit == "percent":
            family = next((f for _, mid, f, _, _ in ctx.lex.metric_res if mid == found.id), "other")
            return MetricMention(start, end, found.id, family, ctx.text[start:end], True)
    return None


#: a list's header naming an outcome rate: "Charge rates, E&W [Home Office]:", "Solve rates,
#: LDN, 2025 [Met]:"
_OUTCOME_HEADER_RE = compile_scan(
    r"\b(?P<o>charge|charging|prosecution|solve|detection|clear[-\s]?up|clearance|outcome)\s+rates?\b"
    r"[^:\n!?]{0,90}:",
    re.I,
)


def _listed_outcome(ctx: Ctx, sent: tuple[int, int], low: str) -> MetricMention | None:
    """ "Charge rates, E&W [Home Office]: burglary ~4pc; robbery ~7pc": an item's crime, with
    the outcome rate its header names."""
    line_start = ctx.text.rfind("\n", 0, sent[0]) + 1
    header = list_header(ctx, sent)
    spans = [(line_start, sent[1])] + ([(header[0], header[1] + 1)] if header is not None else [])
    if header is None and line_start > 0 and ctx.text[line_start - 2 : line_start - 1] == ":":
        # ("Met solve rates, 2024:\nhomicide ~90% | robbery ~6%": an item of a row, under the
        # line above)
        spans.append((ctx.text.rfind("\n", 0, line_start - 1) + 1, line_start))
    for a, b in spans:
        if "rate" not in low[a:b]:
            continue
        head = _OUTCOME_HEADER_RE.search(ctx.text, a, b)
        if head is None:
            continue
        crime = next(
            (
                mm
                for mm in ctx.metrics
                if sent[0] <= mm.start < sent[1] and mm.start >= head.end() and mm.metric
            ),
            None,
        )
        if crime is not None and crime.metric:
            word = head.group("o").lower()
            if word == "outcome" and _CHARGED_RE.search(head.group(0)):
                word = "charge"  # ("Outcome rates, Met, 2022 — charged/summonsed:")
            return outcome_of(ctx, crime.metric, word, crime.start, crime.end)
    return None


_CHARGED_RE = compile_re(r"\bcharg|\bsummons|\bprosecut", re.I)


#: "For burglaries it's about one in twenty.": another crime, the outcome just given
_FOR_CRIME_SRC = r"[\W_]*(?:(?:and|but)\s+)?(?:for|with)\s+(?P<base>[a-z][a-z ]{2,30}?)\s*,?\s+"
_IT_IS_SRC = (
    # ("For robbery the equivalent figure was about 6%.")
    r"(?:it['’]?s|its|it\s+(?:is|was)|they['’]re|"
    r"the\s+(?:equivalent\s+|same\s+)?(?:figure|rate|number)\s+(?:is|was))\s"
)
_FOR_CRIME_RE = compile_re(_FOR_CRIME_SRC + _IT_IS_SRC, re.I)
#: ("..., and for robbery roughly 7%": in a clause, the verb may be left out)
_FOR_CRIME_CLAUSE_RE = compile_re(_FOR_CRIME_SRC + "(?:" + _IT_IS_SRC + ")?", re.I)


def _for_crime_outcome(ctx: Ctx, sent: tuple[int, int]) -> MetricMention | None:
    """ "The Met solved nine in ten murders last year. For burglaries it's about one in
    twenty.": the outcome rate the sentence before gave, of the crime this one names."""
    if not ctx.claims or ctx.claims[-1].start >= sent[0]:
        return None  # (cheap first: a claim before, none in this sentence yet)
    prev = ctx.claims[-1].metric or ""
    outcome = next((o for o in ("solve_rate", "charge_rate") if prev.endswith("_" + o)), None)
    m = _FOR_CRIME_RE.match(ctx.text, *sent) if outcome is not None else None
    if m is None or outcome is None:
        return None
    return outcome_mention(ctx, m, outcome)


_RATE_IS_BEFORE_RE = compile_re(
    r"\brates?\s+(?:is|was|are|were|['’]s|stood\s+at|sits\s+at)\s+(?:(?:still|now|only|just|"
    r"about|around|roughly|approx\.?|approximately|barely|nearly|almost|under|over|less\s+than|more\s+than|below|"
    r"above|like)\s+)*$",
    re.I,
)
#: what may stand between "it was" and its figure: hedges and an article
_HEDGED_GAP_RE = compile_re(
    r"(?:(?:still|only|just|about|around|roughly|nearly|almost|under|over|closer\s+to|"
    r"less\s+than|more\s+than|like|a)\s+)*",
    re.I,
)
#: the end of a list item: "• victims aged 16-24: roughly a quarter"
_ITEM_ENDS_RE = compile_re(r"[ \t]*[.;]?[ \t]*(?:\n|$)")
_FRACTION_ENDS_RE = compile_re(
    r"\s*(?:[.,;!?)]|$|\s+(?:in|last|this|now|then|nationally|though|at\s+best)\b)", re.I
)


#: a label that names a time, not a part: "Now: 51%", "Then: 60%", "Last year: 48%"
_TIME_LABEL_RE = compile_re(
    r"\b(?:now|then|today|currently|latest|last|this|previous|before|after|since|year|years|"
    r"overall|total|average|nationally|national|for\s+comparison)\b",
    re.I,
)
#: a list item's own label before its figure: "- hitting/kicking: 18%", "• shooting: 4%"
_ITEM_WORD_LABEL_RE = compile_re(r"[\W_]*(?P<label>[A-Za-z][\w /&'’-]{0,40}?)\s*[:–—-]\s*$")


def _other_items_share(ctx: Ctx, metric: MetricMention, sent: tuple[int, int], hstart: int) -> bool:
    """Is ``metric`` the share another item of the list named ("- knife: 63%"), while this item
    has a label of its own ("- shooting: 4%")? A header's share ("Met confidence, good job:")
    is every item's."""
    line_end = ctx.text.find("\n", metric.end)
    own_line = ctx.text[metric.end : len(ctx.text) if line_end < 0 else line_end]
    if not any(ch.isdigit() for ch in own_line) or own_line.rstrip().endswith(":"):
        return False  # (a header's share, its figures on the lines below)
    line_start = ctx.text.rfind("\n", 0, metric.start) + 1
    if ctx.text[line_start : metric.start].strip(" \t•▪·*-–—"):
        return False  # (not another item's label: "Met solves 90% of murders.\nNYC: ~60%")
    label = _ITEM_WORD_LABEL_RE.fullmatch(ctx.text, sent[0], hstart)
    return (
        label is not None
        and not any(ch.isdigit() for ch in label.group("label"))
        # (a place's item takes the share: "London: 90%+\nNew York: ~60%")
        and not any(label.start("label") <= p.start < label.end("label") for p in ctx.places)
        # (nor a time's: "... was 69% in 2016. Last year: 48%.")
        and not any(label.start("label") <= t.start < label.end("label") for t in ctx.times)
        and _TIME_LABEL_RE.search(label.group("label")) is None
    )


def _item_share(
    ctx: Ctx, m: re.Match[str], sent: tuple[int, int], pct_metrics: list[MetricMention]
) -> bool:
    """Is the fraction ``m`` a list item's share: its label before it and a colon between
    ("victims aged 16-24: roughly a quarter"), or what it is a share of right after it at the
    item's end ("about half involved a knife or sharp instrument")?"""
    after = next((mm for mm in pct_metrics if mm.start == m.end() + 1), None)
    if after is not None:
        return _ITEM_ENDS_RE.match(ctx.text, after.end) is not None
    if _ITEM_ENDS_RE.match(ctx.text, m.end()) is None:
        return False
    hstart = hedge_before(ctx, m.start())[1]
    return any(
        mm.share
        and sent[0] <= mm.end <= m.start()
        and re.fullmatch(r"\s*:\s*", ctx.text[mm.end : hstart]) is not None
        for mm in pct_metrics
    )


_COMMA_BREAK_RE = compile_scan(r"[,;]")
_PART_OF_TIME_BEFORE_RE = compile_scan(r"\b(?:first|second|latter|back)\s+$", re.I)


def percent_levels(ctx: Ctx, sent: tuple[int, int], clauses: list[tuple[int, int]]) -> None:
    # "... think the Met does a good job. It was 67% in 2016.": "it" takes the one before
    # "... share saying the Met does a good job:\n2017: 68%\n2020: 60%": a list item too
    pct_metrics = [mm for mm in ctx.metrics if mm.start < sent[1] and _is_share(ctx, mm)]
    # (whether the sentence points back is only asked when a share was named before it)
    back = None
    said_before = any(mm.start < sent[0] for mm in pct_metrics)
    if said_before:
        back = _REFERS_BACK_START_RE.match(ctx.text, sent[0], sent[1])
        if (
            back is not None
            and back.group(0).rstrip().lower().endswith("from")
            and not any(within(r.start, sent) and r.span is not None for r in ctx.times)
        ):
            back = None  # ("Down from 60%+ a few years back": no time, nothing checkable)
    if said_before and not (back is not None or is_list_item(ctx.text, sent)):
        pct_metrics = [mm for mm in pct_metrics if mm.start >= sent[0]]
    if not pct_metrics:
        bare = (
            _for_crime_outcome(ctx, sent)
            if ctx.claims
            and (ctx.claims[-1].metric or "").endswith(("_solve_rate", "_charge_rate"))
            else None
        ) or _bare_outcome_rate(ctx, sent)
        if bare is None:
            return
        pct_metrics = [bare]
    cands: list[tuple[int, int, float, int | None]] = []
    for i, q in enumerate(ctx.quantities):
        if sent[0] <= q.start < sent[1] and i not in ctx.used_q and q.kind == "percent":
            cands.append((q.start, q.end, q.value, i))
    for m in FRACTION.finditer(ctx.text, ctx.low, sent[0], sent[1]):
        if _PART_OF_TIME_BEFORE_RE.search(ctx.text, max(sent[0], m.start() - 10), m.start()):
            continue  # ("In the first half of 2022": a part of the year, no share)
        if (
            (
                re.match(r"\s+(?:of|the|its|their|all)\b", ctx.text[m.end() : m.end() + 6], re.I)
                # "The US national clearance rate is about half.": a rate said as a fraction
                or (
                    _RATE_IS_BEFORE_RE.search(ctx.text, max(sent[0], m.start() - 40), m.start())
                    and _FRACTION_ENDS_RE.match(ctx.text, m.end())
                )
            )
            # ("... a good job in 2022, down from roughly two thirds in 2016": the share it
            # moved from, in its own year)
            or (
                _SHARE_FROM_BEFORE_RE.search(ctx.text, max(sent[0], m.start() - 30), m.start())
                and _SHARE_YEAR_AFTER_RE.match(ctx.text, m.end())
            )
            # ("... think the Met does a good job. Back in 2019 it was two thirds.": the share
            # the sentence points back to, as "it was 66%" would give it)
            or (
                back is not None
                and _HEDGED_GAP_RE.fullmatch(ctx.text, back.end(), m.start())
                and _FRACTION_ENDS_RE.match(ctx.text, m.end())
            )
            # ("• victims aged 16-24: roughly a quarter", "• about half involved a knife": a
            # list item's share beside its label)
            or _item_share(ctx, m, sent, pct_metrics)
            or (
                # "A quarter. That's how many Londoners reckon the Met's doing a good job."
                re.fullmatch(r"[\W_]*", ctx.text[sent[0] : m.start()])
                and re.match(
                    r"[.!]\s+(?:that['’]s|that\s+is|this\s+is)\s",
                    ctx.text[m.end() : m.end() + 12],
                    re.I,
                )
            )
        ):
            cands.append((m.start(), m.end(), FRACTIONS[m.group("f").lower()] * 100, None))
    for m in _SHARE_RE.finditer(ctx.text, sent[0], sent[1]):
        n = small_number(m.group("n") or m.group("n2"))
        d = small_number(m.group("d") or m.group("d2"))
        if n is not None and d and 0 < n < d:
            cands.append((m.start(), m.end(), round(100 * n / d, 4), None))
    for qs, qe, value, qi in cands:
        if used(ctx, qs, qe) or _NOWHERE_NEAR_BEFORE_RE.fullmatch(ctx.text, sent[0], qs):
            continue  # ("Nowhere near 20%.": the share denied, not given)
        hedge, hstart = hedge_before(ctx, qs)
        lo, hi = apply_hedge(value, hedge)
        if qi is not None and ctx.quantities[qi].lo is not None:
            lo, hi = ctx.quantities[qi].lo, ctx.quantities[qi].hi  # "85-90%"
        btw = RANGE_LO_RE.search(ctx.text, max(sent[0], qs - 30), qs)
        if btw is not None and (
            (btw.group("sep").lower() == "and" and not btw.group("btw"))
            or (not btw.group("btw") and _FROM_BEFORE_RE.search(ctx.text, 0, btw.start()))
        ):
            btw = None  # "20 and 30%" without "between"; "rose from 45% to 67%": two figures
        low = None if btw is None else float(btw.group("lo"))
        if btw is not None and low is not None and low < value:
            lo, hi = low, value  # "somewhere between 80 and 90%", "40 to 45 per cent"
            hstart = btw.start()
        elif _PLUS_AFTER_RE.match(ctx.text, qe):
            lo, hi = value, None  # "90% plus"
        # (a series named after the figure past a comma is the next figure's: "Burglary solve
        # rate in Sheffield is about 4%, knife crime solve rate around 30%")
        metric = min(
            pct_metrics,
            key=lambda mm: (
                abs(mm.start - qs)
                + (1000 if mm.start >= qe and _COMMA_BREAK_RE.search(ctx.text, qe, mm.start) else 0)
            ),
        )
        if metric.end <= sent[0] and _other_items_share(ctx, metric, sent, hstart):
            continue
        if (
            metric.end <= qs
            and metric.metric is not None
            and _GROUP_AFTER_SHARE_RE.match(ctx.text, qe)
        ):
            # ("knives were used in about 60% of those killings and roughly one in six was a
            # teenager": a group's share of the killings, not the knives' share again)
            continue
        clause = clause_of(clauses, qs, sent)
        if qi is not None:
            ctx.used_q.add(qi)
        # "... a good job: 67% in 2017, under 50% now": the second figure's words start at
        # its own hedge, not back at the metric the first one already took
        prev = [c for c in cands if metric.end <= c[0] < qs]
        later = bool(prev)
        if later:
            clause = (max(clause[0], max(c[1] for c in prev)), clause[1])
        elif any(c[1] <= metric.start and c[0] < qs for c in cands) and metric.end <= qs:
            # "58% of Londoners think they do a good job, down from 69% in 2016": the metric
            # is the words of the figure before
            later = True
            clause = (max(clause[0], metric.end), clause[1])
        elif any(c.start <= metric.start < c.end <= qs for c in ctx.claims):
            # "Chicago PD cleared 71% of homicides in 2025, up from 56% in 2024": the metric
            # is in the words of the figure before
            later = True
            clause = (max(clause[0], max(c.end for c in ctx.claims if c.end <= qs)), clause[1])
        # "The Met solves about 90% of murders but less than 10% of burglaries": the same
        # outcome of the crime named after the figure
        other = (
            _outcome_of_named_crime(ctx, metric, qe)
            or _outcome_of_crime_before(ctx, metric, hstart)
            or _outcome_of_crime_label(ctx, metric, hstart)
        )
        if other is not None and metric.end <= qs:
            metric, later = other, True
            clause = (max(clause[0], hstart), clause[1])
        elif other is not None and metric.start >= qe:
            # ("charged someone in about 4% of burglaries, and the shoplifting charge rate
            # was around 15%": the crime after the figure, not the next clause's rate)
            metric = other
        when = ctx.text.rfind("when", max(sent[0], hstart - 24), hstart)
        words_from = None
        if (
            when >= 0
            and metric.end <= when
            and _WHEN_THERE_WERE_RE.fullmatch(ctx.text, when, hstart)
        ):
            # "Public confidence in the Met has gone up since 2016, when it was 69%": the
            # figure of the time the clause before named, in words of its own
            later = True
            words_from = when
            clause = (words_from, clause[1])
        colon = ctx.text.rfind(":", metric.end, hstart)
        if (
            not later
            and colon >= 0
            and _trend_cue(ctx).search(ctx.text, metric.end, colon) is not None
        ):
            # "Public confidence in the Met has fallen: 69% said ... in 2016, 48% in 2024": the
            # headline before the colon is a claim of its own (a trend); the figures follow it
            later = True
            clause = (colon + 1, clause[1])
            hstart = max(hstart, colon + 1)
        buts = [] if later else list(_BUT_RE.finditer(ctx.text, metric.end, hstart))
        but = buts[-1] if buts else None
        if (
            but is not None
            and _trend_cue(ctx).search(ctx.text, metric.end, but.start()) is not None
        ):
            # "Confidence in the Met is up on 2024 but still only about 50%": the move before
            # "but" is a trend of its own; the figure is the level after it
            later = True
            clause = (but.end(), clause[1])
        roles = _level_roles(ctx, qs, qe, hstart, clause, sent)
        # "... stuck at about half of Londoners. Was near 70% back in 2015.": a figure whose
        # metric was named in a sentence before starts its words with its own sentence
        own_start = (
            sent[0] + len(ctx.text[sent[0] : hstart]) - len(ctx.text[sent[0] : hstart].lstrip())
        )
        add(
            ctx,
            kind="level",
            start=(hstart if words_from is None else words_from)
            if later
            else min(hstart, metric.start)
            if metric.start >= sent[0]
            else own_start,
            end=max(extend_time(ctx, qe, clause) if later else qe, metric.end),
            metric=metric,
            pos=qs,
            clause=clause if later else sent,
            sent=sent,
            value=interval(lo, hi),
            unit="percent",
            periods=roles,
            negated=is_negated(ctx, max(sent[0], hstart - 25), hstart),
        )


_BUT_RE = compile_re(r"[,;]?\s+(?:but|yet|though|although)\s+", re.I)
#: the group a share's figure is of, named after it
_GROUP_AFTER_SHARE_RE = compile_re(
    r"\s+(?:of\s+(?:them|those|these)\s+)?(?:was|were|is|are)\s+(?:a\s+)?"
    r"(?:teen(?:ager)?s?|men|women|males?|females?|boys?|girls?|child(?:ren)?|man|woman)\b",
    re.I,
)


_OF_CRIME_AFTER_RE = compile_re(
    # ("... but fewer than 1 in 10 robberies": a share in "1 in N" names its crime with no "of")
    r"(?:\s+of|(?<=\d)(?=\s+[a-z]))\s+(?:all\s+)?(?:the\s+)?(?:reported\s+|recorded\s+)?(?P<base>[a-z][a-z ]{2,40}?)"
    r"(?=\s*(?:[.,;:!?)]|$)|\s+(?:in|and|but|last|this|across|nationally)\b)",
    re.I,
)


def _outcome_of_named_crime(ctx: Ctx, metric: MetricMention, qe: int) -> MetricMention | None:
    """The charge or solve rate of the crime named right after a figure ("... less than 10% of
    burglaries"), when the rate in view is that outcome of another crime."""
    outcome = next(
        (o for o in ("solve_rate", "charge_rate") if (metric.metric or "").endswith("_" + o)), None
    )
    m = _OF_CRIME_AFTER_RE.match(ctx.text, qe) if outcome else None
    if m is None or outcome is None:
        return None
    found = outcome_mention(ctx, m, outcome)
    return None if found is None or found.metric == metric.metric else found


#: "... around 90% of murders but for burglaries it's about 5%": the clause that names
#: another crime before its figure
_BUT_FOR_RE = compile_scan(r"[,;]?\s+(?:and|but|while|whereas)\s+(?=(?:for|with)\s)", re.I)


def _outcome_of_crime_before(ctx: Ctx, metric: MetricMention, hstart: int) -> MetricMention | None:
    """The charge or solve rate of the crime a clause names before its figure ("... but for
    burglaries it's about 5%"), when the rate in view is that outcome of another crime."""
    outcome = next(
        (o for o in ("solve_rate", "charge_rate") if (metric.metric or "").endswith("_" + o)), None
    )
    if outcome is None or "for" not in ctx.text[metric.end : hstart]:
        return None
    # (the clause nearest the figure: "... but for burglaries it's about 5% and for robbery
    # it's 8%")
    buts = list(_BUT_FOR_RE.finditer(ctx.text, metric.end, hstart))
    m = _FOR_CRIME_CLAUSE_RE.match(ctx.text, buts[-1].end(), hstart) if buts else None
    if m is None or ctx.text[m.end() : hstart].strip():
        return None
    found = outcome_mention(ctx, m, outcome)
    return None if found is None or found.metric == metric.metric else found


#: from a crime named as a label to its figure: "Car theft: 2%", ", robbery 8%"
_CRIME_LABEL_GAP_RE = compile_re(r"\s*(?::|[-–—]|was|is|at)?\s*", re.I)


def _outcome_of_crime_label(ctx: Ctx, metric: MetricMention, hstart: int) -> MetricMention | None:
    """ "Robbery in Brum: 6% end with someone charged. Car theft: 2%. Burglary: 4%.": a figure
    under another crime's label, after an outcome rate, is that outcome of the label's crime."""
    outcome = next(
        (o for o in ("solve_rate", "charge_rate") if (metric.metric or "").endswith("_" + o)), None
    )
    if outcome is None:
        return None
    label = next(
        (
            mm
            for mm in reversed(ctx.metrics)
            if metric.end <= mm.start
            and mm.end <= hstart
            and mm.metric
            and not mm.metric.endswith(("_solve_rate", "_charge_rate"))
            and _CRIME_LABEL_GAP_RE.fullmatch(ctx.text, mm.end, hstart)
        ),
        None,
    )
    if label is None or label.metric is None:
        return None
    said = label.metric.removesuffix("_offences")
    base = ctx.lex.outcome_base(label.phrase.strip()) or next(
        (b for b in (said, said.removesuffix("s")) if f"{b}_{outcome}" in ctx.lex.taxonomy.metrics),
        None,
    )
    tax = ctx.lex.taxonomy.metrics.get(f"{base}_{outcome}") if base else None
    if tax is None or tax.id == metric.metric:
        return None
    return replace(label, metric=tax.id, family=tax.family)


def outcome_mention(ctx: Ctx, m: re.Match[str], outcome: str) -> MetricMention | None:
    """The ``outcome`` rate ("solve_rate", "charge_rate") of the crime the ``base`` group of
    ``m`` names ("burglaries"), as a mention at those words; None for a crime without one."""
    said = m.group("base").strip()
    base = ctx.lex.outcome_base(said)
    tax = ctx.lex.taxonomy.metrics.get(f"{base}_{outcome}") if base is not None else None
    if tax is None:
        return None
    return MetricMention(
        start=m.start("base"),
        end=m.end("base"),
        metric=tax.id,
        family=tax.family,
        phrase=said,
        stat=True,
    )


#: a metric named by what was taken ("bikes nicked", "cars stolen")
_TAKEN_RE = compile_scan(r"\b(?:stolen|nicked|snatched|taken)$", re.I)


_WERE_BEFORE_RE = compile_re(
    # "went from 500 in 2019 to 776 in 2020 thats like a 55% jump": both ends, each its year's
    r"\b(?:were|was|stood\s+at|hit|reached|totalled|totaled|numbered|from|to)\s+"
    r"(?:(?:about|around|roughly|approx\.?|approximately|nearly|almost|over|just\s+over|just\s+under|~)\s*)?$",
    re.I,
)


_THERE_WERE_BEFORE_RE = compile_re(r"\bthere\s+(?:were|was|had\s+been)\s+$", re.I)
_IT_WAS_OPENING_RE = compile_re(
    r"[\W_]*(?:(?:no|nope|yes|yeah|yep|actually|well)[,.!]*\s+)*"
    # ("A decade earlier, in 2013, it was about 369.": when, then "it")
    r"(?:[^,.!?\n\d]{2,30},\s*(?:in\s+(?:19|20)\d\d(?:/\d\d)?,\s*)?)?"
    r"(?:it|that)\s*(?:was|is|['’]s)\s+",
    re.I,
)


#: a novel just read, by its author: "Finished the new Ann Cleeves on the 7.12 to Leeds."
_NEW_BOOK_BEFORE_RE = compile_re(
    r"\b(?:finished|reading|started|read|devoured|listened\s+to)\s+(?:(?:the\s+)?(?:new|latest|last)\s+"
    r"(?-i:[A-Z][a-z]+\s+(?:Mc|Mac)?[A-Z][a-z]+)\b(?:[^.!?\n]|\.(?=\d)){0,60}[.!?]\s+[^.!?\n]{0,30}|"
    # ("Just finished Val McDermid's latest 📖 5 murders, 2 detectives")
    # ("Just finished Ann Cleeves' new one on the bus, 3 murders": an s-ending name's
    # apostrophe alone)
    r"(?-i:[A-Z][a-z]+\s+(?:Mc|Mac)?[A-Z][a-z]+)(?:['’]s|(?<=s)['’])\s+(?:new|latest|last)\b[^.!?\n\d]{0,40})$",
    re.I,
)
_VS_RATE_AFTER_RE = compile_re(
    r"[ \t]+(?:vs\.?|versus)[ \t]+(?:~|c\.)?[ \t]*[\d.,]*\d[ \t]*(?:per[ \t]+(?:100k|100,000)|/100k)\b",
    re.I,
)
_VS_AFTER_RE = compile_re(r"\s+(?:vs\.?|versus)\s+(?:~|c\.)?\s*\d", re.I)
_NOWHERE_NEAR_BEFORE_RE = compile_re(
    r"[\W_]*(?:nowhere\s+near|not\s+even\s+close\s+to|nothing\s+like|not\s+(?:even\s+)?near(?:ly)?)\s+",
    re.I,
)


def _rate_echo(ctx: Ctx, sent: tuple[int, int]) -> bool:
    """A list item after a rate per 100k: its small whole figure is a rate too."""
    return is_list_item(ctx.text, sent) and any(
        c.unit == "rate_per_100k" for c in ctx.claims if c.start < sent[0]
    )


def _figure_inside_change(ctx: Ctx, q: Quantity) -> bool:
    """ "Admissions were 5,720 in 2006/07 and have halved since": the starting figure inside
    the words of a change read before it, with a verb and a period of its own."""
    covering = [c for c in ctx.claims if c.start < q.end and q.start < c.end]
    return (
        bool(
            any(t.kind == "period" and 0 < t.start - q.end <= 4 for t in ctx.times)
            and covering
            and (
                (
                    _WERE_BEFORE_RE.search(ctx.text, max(0, q.start - 30), q.start)
                    and all(c.kind in ("change", "trend") for c in covering)
                )
                # "Car thefts in London approx 30k last yr and still climbing": a trend has no
                # number, so one inside its words is a figure of its own
                or all(c.kind == "trend" for c in covering)
            )
        )
        or bool(
            # "London's 2025 homicide rate (1.07) was below Paris's": a figure in brackets
            # inside an order's words
            covering
            and all(c.kind == "comparison" and c.value is None for c in covering)
            and _OPEN_BRACKET_RE.search(ctx.text, max(0, q.start - 12), q.start)
        )
        or bool(
            # ("• knife crime 39,818 ↑ 8%": an item's figure, then its move)
            covering
            and all(c.kind == "change" for c in covering)
            and _ARROW_CHANGE_AFTER_RE.match(ctx.text, q.end)
        )
        or bool(
            # "Chicago's 587 homicides in 2024 were about three times Philadelphia's": the
            # place's own count, named as the subject of the multiple
            covering
            and all(c.kind == "comparison" and c.relation == "ratio" for c in covering)
            and _POSSESSIVE_BEFORE_RE.search(ctx.text, max(0, q.start - 3), q.start)
            and any(0 <= mm.start - q.end <= 2 for mm in ctx.metrics)
        )
    )


_POSSESSIVE_BEFORE_RE = compile_re(r"['’]s\s+$")


_ARROW_CHANGE_AFTER_RE = compile_re(r"[ \t]*[↑↓][ \t]*[~≈]?[ \t]*[+−-]?\d[\d.]*[ \t]?(?:%|pc)")


#: between a label's crime and its figure: the rest of the label and its colon ("... in Wales:
#: about")
_LABEL_COLON_GAP_RE = compile_re(
    r"[^.!?\n:;]{0,40}:\s*(?:about|around|roughly|approx\.?|nearly|almost|over|under|~)?\s*",
    re.I,
)
#: a crime's name that ends on what it counts ("domestic abuse crimes", "spiking reports")
_COUNTED_NOUN_ENDS_RE = compile_re(
    r"\b(?:offences|offenses|crimes|incidents|cases|reports|attacks|thefts|raids)$", re.I
)


@cache
def _counted_noun_after(generic: str) -> re.Pattern[str]:
    """ "... 500 people", "... 12 victims": a generic noun after a figure."""
    return compile_re(
        rf"\s*\+?\s*(?:{generic}|people|persons|victims|patients)\b"
        # ("15-16 patients per day" is a frequency, left to the frequency reader)
        r"(?!\s+(?:per|a|an|every|each)\s+(?:day|week|month|year)\b)",
        re.I,
    )


_YEAR_ONLY_RE = compile_re(r"1[89]\d\d|20\d\d")

_LIST_NEXT_RE = compile_re(r"[ \t]*[-–:/][ \t]*\d")  # (on the figure's own line)
#: the second of two figures a slash parts, ending the sentence ("36 / 29.", "/ 4,900 [WYP]")
_SLASHED_LAST_RE = compile_re(
    r"[ \t]*[/|][ \t]*(?:~|c\.\s?)?\d[\d,.]*\d?k?(?:[ \t]*[\[(][^\[\]()\n]{1,30}[\])])?[ \t]*(?:[.!?]|$)"
)
_IN_BRACKETS_RE = compile_re(r"[\[(][^\])]*$")
#: two places set against each other ("GMP vs Merseyside", "London / NYC")
_PLACES_VS_GAP_RE = compile_re(r"\s*(?:vs\.?|v\.?|versus|/|and|&)\s*", re.I)


_PERIODS_VS_RE = compile_re(
    r"(?:(?:19|20)\d\d(?:/\d\d)?|(?-i:FY)\s?\d\d(?:/\d\d)?|(?-i:YE)\s+[A-Za-z]{3,9}\s+(?:19|20)?\d\d|"
    r"(?-i:[HQ][1-4])\s+(?:19|20)\d\d)\s+(?:vs\.?|versus)\s+[^\n:]{1,30}:[ \t]*(?:~|c\.\s?)?$",
    re.I,
)


_PERIODS_VS_LINE_RE = compile_re(
    r"(?<![\d/])(?:(?:19|20)\d\d(?:/\d\d)?|(?-i:FY)\s?\d\d|(?-i:YE)\s+[A-Za-z]{3,9}\s+\d\d|(?-i:[HQ][1-4])\s+(?:19|20)\d\d)"
    r"\s+(?:vs\.?|versus|→|->)\s+",
    re.I,
)


def _first_of_timed_pair(ctx: Ctx, q: Quantity, after: str) -> bool:
    """Is ``q`` the first of "N against M <time>", whose second figure has a time of its own
    ("769 against 500 the year before"), so the first is the time in view's?"""
    m = _PAIRED_AFTER_RE.match(after)
    if m is None:
        return False
    second = next((o for o in ctx.quantities if q.end < o.start <= q.end + m.end()), None)
    return second is not None and any(0 <= t.start - second.end <= 12 for t in ctx.times)


def _places_pair_line(ctx: Ctx, sent: tuple[int, int]) -> bool:
    """Is the sentence "N / M" (or "N | M") whose two figures are two places' own?"""
    first = next((o for o in ctx.quantities if within(o.start, sent)), None)
    return first is not None and _two_places_slashed(ctx, sent, first)


def _two_places_slashed(ctx: Ctx, sent: tuple[int, int], q: Quantity) -> bool:
    """Is the figure at ``q`` the first of "N / M" after a colon, in a sentence that sets two
    places against each other before it, so each figure is a place's own?"""
    if not _SLASHED_LAST_RE.match(ctx.text, q.end, sent[1]):
        return False
    start = sent[0]
    line = ctx.text.rfind("\n", 0, q.start)
    above = None
    if ":" not in ctx.text[max(sent[0], q.start - 12) : q.start]:
        if line < 0 or ctx.text[line + 1 : q.start].strip(" \t~c."):
            return False
        # ("Burglary | Leeds vs Bradford | YE Dec 24\n6,200 / 4,900": the line above names them)
        above = names_vs_line_above(ctx.text, q.start)
    elif line >= sent[0] - 1 and not any(within(p.start, sent) for p in ctx.places):
        # ("Stabbings | Lambeth vs Southwark | 2021\nknife crime: 980 / 870")
        above = names_vs_line_above(ctx.text, q.start)
    if above is not None:
        start = above[0]
        if _PERIODS_VS_LINE_RE.search(ctx.text, above[0], above[1]):
            return True  # ("Knife crime | Met | 2022 vs 2023\n• offences: c.12,800 / c.14,600")
    elif _PERIODS_VS_RE.search(ctx.text, max(sent[0], q.start - 80), q.start):
        return True  # ("Robbery, Met, 2023 vs 2024: ~31,000 / ~34,500": each period's figure)
    places = [
        p
        for p in ctx.places
        if start <= p.start
        and p.end <= q.start
        # (not a source in brackets: "Cardiff / Swansea, FY20 [South Wales Police]: ...")
        and not (p.how == "entity" and _IN_BRACKETS_RE.search(ctx.text, sent[0], p.start))
    ]
    return len(places) == 2 and bool(
        _PLACES_VS_GAP_RE.fullmatch(ctx.text, places[0].end, places[1].start)
    )


#: the next item of a slashed list, labelled by its year ("/ 2021: 488", "/ 21/22: 696",
#: "/ 2023 ~17k")
_LIST_NEXT_YEAR_RE = compile_re(
    r"\s+/\s+(?:(?:19|20)\d\d(?:/\d\d)?|[012]\d/[012]\d)"
    # ("/ 2022 → 109")
    # ("/ 2018 – 295", "/ 2021 so far: 3")
    r"(?:\s*:|\s+(?:~|≈|approx\.?\s*|c\.\s*|about\s+|around\s+)?\d|\s*(?:→|->)\s*~?\d|"
    r"\s*[–—-]\s*(?:~|≈|c\.\s*)?\d|\s+(?:so\s+far|ytd|to\s+date)\s*[:–—-])",
    re.I,
)

_LABEL_NUMBER_BEFORE_RE = compile_re(
    r"[£$€#@]\s*$|\d[-–]\s*$|\b(?:no\.?|number|top|season|episode|bus|route|zone|line|platform|chapter|page|part"
    r"|radio|channel|bbc|itv|gate|flight|article|section|phase|stage|series|category|room)\s+$",
    re.I,
)

_AS_OF_NOW_RE = compile_re(
    r"\s+(?:as\s+of|so\s+far\s+as\s+of|at)\s+(?:tonight|today|this\s+(?:morning|evening|week))\b",
    re.I,
)
_FICTIONAL_AFTER_RE = compile_re(
    r"\s+(?:fictional|fictitious|fake|pretend|imaginary|made[-\s]up|on[-\s]?screen|tv)\s", re.I
)
_SCORE_BEFORE_RE = compile_re(r"(?<![\d,.])(?P<n>\d{1,2})\s+(?:from|out\s+of)\s+$")
_SCORE_AFTER_RE = compile_re(r"\s+(?:from|out\s+of)\s+(?P<of>\d{1,2})(?![\d%]|[,.]\d)")
_TIMES_AS_AFTER_RE = compile_re(r"\s?(?:x|times)\s+as\b", re.I)
_IN_OPENING_RE = compile_re(r"[\W_]*(?:(?:and|but)\s+)?(?:back\s+)?in\s+", re.I)
_REPLY_NO_BEFORE_RE = compile_re(r"(?:^|\n)\s*no\.\s+$", re.I)
_VOTES_BEFORE_RE = compile_re(r"\bvotes?\s+(?:to|against)\s+$", re.I)

_PHONE_BEFORE_RE = compile_re(r"\b(?:call|dial|ring)\b[^.!?\d]{0,40}(?:\d+[^.!?\d]{0,30})?$", re.I)

_SHORT_CODE_BEFORE_RE = compile_re(r"\btext\s+\S+\s+to\s+$", re.I)

_AIM_BEFORE_RE = compile_re(r"\b(?:goal|target|aim|plan)\s+of\s+$", re.I)

_ALL_OF_BEFORE_RE = compile_re(r"\b(?:all|the\s+other|in\s+all)\s+$", re.I)

_PER_BEFORE_RE = compile_re(r"\bper\s+$", re.I)

_COLON_BEFORE_RE = compile_re(r":\s*$")
_FIGURE_PAIR_BEFORE_RE = compile_re(
    r"\d[\d,]*\s*,?\s+(?:(?:down|up)\s+)?(?:from|to|vs\.?|versus|against|compared\s+(?:to|with))\s+(?:about\s+|around\s+)?$"
    r"|\b(?:down|up|fell|rose|dropped|climbed)\s+(?:from|to)\s+(?:about\s+|around\s+)?$",
    re.I,
)
_WAS_FIGURE_BEFORE_RE = compile_re(r"\b(?:it\s+was|there\s+were|it['’]s|they\s+had)\s+$", re.I)

_AGE_CLOSE_AFTER_RE = compile_re(r"\s*(?:-?ish)?\s*[,)]")
#: what may follow a person's age: "is 97 and has lived through all of it", "is 19, so ..."
_AGE_AFTER_RE = compile_re(
    r"\s*(?:[,.;:!?)]|$|and\b|now\b|next\b|this\b|today\b|years?\b|yrs?\b|yo\b|going\s+on\b|"
    r"[" + EMOJI_RANGE + r"])",
    re.I,
)

_MONTH_BEFORE_RE = compile_re(
    # (a month's name, not "maybe 12,000")
    r"\b(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|"
    r"sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?\s+$",
    re.I,
)

_DAY_OF_DATE_AFTER_RE = compile_re(r"(?:st|nd|rd|th)?,?[ \t]+(?:19|20)\d\d\b")

#: a stage of the poster's life and the age it came at
_LIFE_AT_AGE_RE = compile_scan(
    r"\b(?:moved|left|came\s+back|come\s+back|returned|graduated|started|joined|retired|arrived|"
    r"emigrated|married|quit|dropped\s+out|lived|went|bought|did\s+(?:a|my)\s+[\w-]+|got\s+married)\b"
    r"[^.!?\n\d]{0,40}\bat\s+(?:just\s+|only\s+)?$"
    # ("Moved from Chicago at 26, now 33")
    r"|\bat\s+\d{1,2}\s*,\s*(?:and\s+)?now\s+$",
    re.I,
)
_ROUTE_BEFORE_RE = compile_scan(
    r"\b(?:take|takes|took|taking|get|gets|got|getting|catch|catches|caught|catching|ride|rides|rode|"
    # ("I just drive the 73": a bus driver's route)
    r"board|boarded|missed|miss|drive|drives|drove|driving)\s+the\s+$",
    re.I,
)
#: "from 55 minutes to 70", "15 minutes instead of 40": a figure in the unit of the one before
_SAME_UNIT_BEFORE_RE = compile_scan(
    r"\d[\d,.]*\s*(?:minutes?|mins?|hours?|hrs?|miles?|km|kilometres?|kilometers?|seconds?|secs?|"
    r"quid|pounds?|dollars?|bucks|euros?|degrees|°C?|kg|stone|mph)\s+"
    r"(?:to|instead\s+of|rather\s+than|not|vs\.?|versus|compared\s+(?:to|with)|or|and)\s+$",
    re.I,
)
_POPULATION_VERB_BEFORE_RE = compile_re(
    # ("We have 60 million people, you have 330 million")
    # ("Chicago has 2.7 million people, London has over 9 million")
    r"\b(?:is|was|has|have|of)\s+(?:only\s+|just\s+|about\s+|around\s+|roughly\s+|over\s+|under\s+|nearly\s+|almost\s+|~\s*)?$",
    re.I,
)

_SHARE_WORD_NUMS = r"(?:one|two|three|four|five|six|seven|eight|nine|ten|twenty|fifty|hundred)"
#: ("Three in four burglaries go unsolved": a share in words, neither figure a count)
_ONE_IN_BEFORE_RE = compile_re(
    rf"\b(?:out\s+of|in\s+every|\d+\s+in|{_SHARE_WORD_NUMS}\s+in)\s+$", re.I
)

_ONE_IN_AFTER_RE = compile_re(
    rf"\s+(?:out\s+of\s+(?:\d|{_SHARE_WORD_NUMS}\b)|in\s+(?:\d{{1,3}}\b|every|{_SHARE_WORD_NUMS}\b"
    # (not "from 2,000 to 3,500 in two years": a span of time)
    r"(?!\s+(?:years?|yrs?|months?|weeks?|days?|decades?|hours?|minutes?|mins?|nights?)\b)))",
    re.I,
)


_COUNT_GAP_RE = compile_re(r"\+?\s*(?:[A-Za-z'-]+\s+){0,3}")

#: "read about", "heard about": the "about" of a topic, not a hedge
_ABOUT_TOPIC_BEFORE_RE = compile_re(
    r"\b(?:read|reading|heard|hearing|talk|talking|talked|learn(?:ed|t|ing)?|wrote|writing|"
    r"think|thinking|thought|worry|worried|worrying)\s+about\s+$",
    re.I,
)
_COUNTED_OF_GAP_RE = compile_re(
    r"\s+(?:reports|cases|incidents|offences|offenses|allegations)\s+of\s+", re.I
)
_OF_THEM_GAP_RE = compile_re(r"\s+of\s+(?:them|those)\s+", re.I)
_BE_VERB_START_RE = compile_re(r"(?:were|had|have)\s", re.I)
_OF_THEM_WERE_GAP_RE = compile_re(r"\s+of\s+(?:them|those)\s+(?:were|was)\s+", re.I)
_GAP_PREPOSITION_RE = compile_re(
    # ("a list of 5 questions about knife crime": what they are about, not a count of it)
    r"\b(?:of|for|in|at|after|on|by|per|than|as|and|or|with|but|about)\b"
    # ("Houston traffic on 610 is the real violent crime": the figure is what the crime is
    # likened to, not a count of it)
    r"|\b(?:is|was|are|were|['’]s)\s+the\b",
    re.I,
)

_RECORD_BEFORE_RE = compile_re(r"\brecord\s*$", re.I)

_PEOPLE_AFTER_RE = compile_re(r"\s*(?:people|persons)\b", re.I)

_PERIOD_AFTER_RE = compile_re(r"\s*(?:in|last|this|so|during|the\s+year\s+before)\b", re.I)

#: nothing before a figure but a bullet ("• 590") or a word for the count ("- total 590")
_BLANK_RE = compile_re(
    rf"[\s{BULLET_MARKS}–-]*(?:(?:total|offences|recorded|count|overall)\s*[:=–—-]?\s*)?", re.I
)

_FIGURE_END_AFTER_RE = compile_re(
    # ("• 2023: ~24,000 ↑ ~33pc": the way it moved after it)
    r"\s*\+?\s*(?:-?ish\b|[.!?,;|–—)\[↑↓]|[\"'”’](?=[\s.!?,;:)]|$)|:(?!\d)|-\s|$|in\b|at\s+(?:the\s+same|this|that)\s+(?:point|stage|time)\b|across\s+(?-i:(?:the\s+)?[A-Z])|for\s+(?!(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\b)(?-i:(?:the\s+)?[A-Z])|back\s+in\b|last\b|this\b|so\b|and\b|to\b|from\b|compared\b|during\b|vs\b|\(|the\s+year\s+before\b|(?:that|the)\s+(?:same\s+)?year\b|or\s+so\b|give\s+or\s+take\b|approx(?:imately)?\b|(?:(?:were|was|been)\s+)?(?:recorded|reported|logged)\b"
    # "Teenagers killed in London this year: 11 already.", "... total this
    # year: 97 as of tonight": how far into the period the count runs
    r"|already\b|as\s+of\b|to\s+date\b|by\s+(?:now|then|december|the\s+end)\b"
    # ("Yep, 97 down from 109."): the move from the figure before
    r"|(?:down|up)\s+(?:from|on)\b"
    # ("In 2019 it was one the whole year")
    r"|(?:the|that)\s+(?:whole|entire)\s+year\b|all\s+year\b"
    # ("E&W homicides last yr were under 550 apparently": a word on how it is known)
    r"|(?:apparently|reportedly|allegedly|supposedly|officially|iirc|afaik)\b"
    # "has passed 140 with 11 days still to go"
    r"|with\s+(?:[\w-]+\s+){1,3}(?:still\s+)?(?:to\s+go|left|remaining)\b"
    # "London had 97 with roughly three times the people": the size beside
    r"|with\s+(?:[\w-]+\s+){0,6}(?:people|population|residents|inhabitants)\b"
    r"|with\s+(?:about\s+|around\s+|roughly\s+|nearly\s+|over\s+|~\s*)?\d[\d.,]*\s*(?:million|m)\b"
    # "London had 134 per the Met": the source, not a rate's base
    r"|according\s+to\b"
    # ("London homicides 2020: 126 by the Met's count")
    r"|(?:by|on|going\s+by)\s+(?:the\s+|their\s+|its\s+)?(?:[\w.]+(?:['’]s?)?\s+)?(?:own\s+|official\s+)?"
    r"(?:count|figures|numbers|tally|data|stats|statistics|reckoning)\b"
    # ("269 to 222 going by PPD."): a named source
    r"|going\s+by\s+(?:the\s+)?(?-i:[A-Z])"
    r"|per\s+(?:the\s+)?(?!(?:100|hundred|thousand|million|"
    r"1,?000|capita|head|person|resident|day|week|month|year|hour|minute|cent)\b)[A-Za-z]"
    # ("London murders soared in 2021, 133 of them.": what the claim counted)
    # ("There were about 1,800 of them in 2021")
    r"|of\s+(?:them|those)\s*(?:[.!?,;]|$|(?=(?:in|last|this|across|so\s+far)\b))"
    # ("In 2024 it was 84 🇨🇦": an emoji ends it; "LA homicides 2023: 327 ↓ from 382": an
    # arrow)
    r"|[" + EMOJI_RANGE + ARROW_RANGE + r"])",
    re.I,
)

_FICTION_BEFORE_RE = compile_re(
    r"\b(?:book|novel|story|script|screenplay|film|movie|game|episode|play|podcast|series|season|"
    r"drama|thriller|show|mystery|whodunn?it|crime\s+novel)\s+with\s+(?:like\s+|only\s+|just\s+)?$",
    re.I,
)
_TAKEN_VERB_AFTER_RE = compile_re(r"\s*(?:stolen|nicked|snatched|burgled|killed|murdered)\b", re.I)

_IT_WAS_BEFORE_RE = compile_re(r"\bit(?:\s+(?:was|is)|['’]s)\s+$", re.I)

_THE_THOSE_BEFORE_RE = compile_re(r"\b(?:the|those|these)\s+$", re.I)

_STILL_BEFORE_RE = compile_scan(r"\bstill\s+(?:at\s+)?$", re.I)
_IN_GAP_RE = compile_re(r"\s+(?:in|across)\s+")

_AND_YEAR_AFTER_RE = compile_re(r"\s+and\s+(?:19|20)\d\d\b")


def same_magnitude(value: float, before: tuple[float | None, float | None] | None) -> bool:
    """Could ``value`` be said in the unit of a figure of ``before``'s size (within ten
    times either way)?"""
    ref = next((v for v in before or () if v), None)
    return ref is not None and ref / 10 <= value <= ref * 10


#: a list line under a header of homicides (or knife injuries) that names the victims' group
#: or the weapon before its figure ("London homicides 2023:\n• total 110\n• teens 14\n•
#: knife-enabled ~70")
_SUB_GROUP_ITEM_RE = compile_re(
    r"[ \t]*(?:[" + BULLET_MARKS + r"\-–—][ \t]*)?"
    r"(?P<label>(?:" + AGE_GROUPS_SRC + r")(?:\s+killed)?|"
    r"(?P<ke>knife[-\s]enabled)|(?P<k>(?:by\s+)?(?:knife|knives)(?:\s+or\s+sharp\s+instrument)?|"
    r"sharp\s+instrument)|(?P<ge>gun[-\s]enabled)|(?P<g>(?:by\s+)?guns?|shot(?:\s+dead)?)|"
    r"(?P<f>(?:by\s+)?firearms?))(?![\w-])"
    r"[ \t]*[:\-–—]?[ \t]*",
    re.I,
)
_PAIRED_AFTER_RE = compile_re(
    r"\s*(?:vs\.?|versus|v\.?|/|→|->|to|against)\s*(?:~|c\.|approx\.?\s|about\s|around\s)?\s*\d",
    re.I,
)
_SHARE_FROM_BEFORE_RE = compile_re(
    r"\bfrom\s+(?:about\s+|around\s+|roughly\s+|nearly\s+|almost\s+|just\s+over\s+|"
    r"just\s+under\s+|over\s+|barely\s+|under\s+|well\s+over\s+|more\s+than\s+|less\s+than\s+)?$",
    re.I,
)
_SHARE_YEAR_AFTER_RE = compile_re(r"\s+(?:back\s+)?in\s+(?:19|20)\d\d\b")


def _sub_group_items(ctx: Ctx, sent: tuple[int, int], clauses: list[tuple[int, int]]) -> None:
    text = ctx.text
    line_start = text.rfind("\n", 0, sent[0]) + 1
    m = _SUB_GROUP_ITEM_RE.match(text, line_start, sent[1])
    if m is None or m.end() > sent[1] or (header := list_header(ctx, sent)) is None:
        return
    series = next(
        (
            GROUP_SERIES[mm.metric]
            for mm in ctx.metrics
            if mm.metric in GROUP_SERIES and within(mm.start, header)
        ),
        None,
    )
    group = next((g for g, v in m.groupdict().items() if g != "label" and v), None)
    metric_id = series.get(group) if series is not None and group is not None else None
    if metric_id is None or (spec := ctx.lex.taxonomy.metrics.get(metric_id)) is None:
        return
    for i, q in enumerate(ctx.quantities):
        if i in ctx.used_q or q.kind == "percent" or used(ctx, q.start, q.end):
            continue
        hedge, hstart = hedge_before(ctx, q.start)
        if hstart != m.end() and q.start != m.end():
            continue
        if not _FIGURE_END_AFTER_RE.match(text[q.end : sent[1]]) or _PAIRED_AFTER_RE.match(
            text, q.end, sent[1]
        ):
            return  # ("• teens: 17 vs 12": a pair, read with the list's periods)
        if _ONE_IN_AFTER_RE.match(text, q.end, sent[1]):
            return  # ("• teenagers: about 1 in 8": a share)
        ctx.used_q.add(i)
        label = MetricMention(
            m.start("label"), m.end("label"), metric_id, spec.family, m.group("label"), True
        )
        clause = clause_of(clauses, q.start, sent)
        lo, hi = (q.lo, q.hi) if q.lo is not None else apply_hedge(q.value, hedge)
        add(
            ctx,
            kind="level",
            start=m.start("label"),
            end=q.end,
            metric=label,
            pos=q.start,
            clause=clause,
            sent=sent,
            value=interval(lo, hi),
            unit="count",
            periods=_level_roles(ctx, q.start, q.end, hstart, clause, sent),
        )
        return


#: what opens a part of the count just given ("..., including 30 teenagers")
_INCLUDING_BEFORE_RE = compile_re(
    r"[^.!?\n\d;]{0,30}?\s*[,(–—]\s*(?:including|incl\.?|among\s+them|of\s+whom)\s+$", re.I
)
#: the victims' group that part counts
_GROUP_AFTER_RE = compile_re(r"\s+(?:" + AGE_GROUPS_SRC + r")(?![\w-])", re.I)


def including_groups(ctx: Ctx, sent: tuple[int, int], clauses: list[tuple[int, int]]) -> None:
    """ "2021 ended on 133, including 30 teenagers": the part after a count of homicides that
    names its victims' group is a count of that group's own series, for the same place and
    period."""
    text = ctx.text
    said = text[sent[0] : sent[1]]
    if "incl" not in said and "of whom" not in said and "among them" not in said:
        return
    for i, q in enumerate(ctx.quantities):
        if not (sent[0] <= q.start < sent[1]) or i in ctx.used_q or q.kind == "percent":
            continue
        if used(ctx, q.start, q.end):
            continue
        g = _GROUP_AFTER_RE.match(text, q.end, sent[1])
        if g is None:
            continue
        hedge, hstart = hedge_before(ctx, q.start)
        whole = next(
            (
                c
                for c in reversed(ctx.claims)
                if c.kind == "level"
                and c.unit == "count"
                and sent[0] <= c.start
                and c.end <= hstart
                and c.metric in GROUP_SERIES
                and c.period is not None
            ),
            None,
        )
        if whole is None or not _INCLUDING_BEFORE_RE.fullmatch(text, whole.end, hstart):
            continue
        group = next(k for k in ("u25", "u18", "teen") if g.group(k))
        metric_id = GROUP_SERIES[whole.metric].get(group)
        spec = ctx.lex.taxonomy.metrics.get(metric_id) if metric_id else None
        if spec is None or metric_id is None:
            continue
        ctx.used_q.add(i)
        label = MetricMention(
            g.start(group), g.end(group), metric_id, spec.family, g.group(group), True
        )
        lo, hi = (q.lo, q.hi) if q.lo is not None else apply_hedge(q.value, hedge)
        add(
            ctx,
            kind="level",
            start=hstart,
            end=g.end(),
            metric=label,
            pos=q.start,
            clause=clause_of(clauses, q.start, sent),
            sent=sent,
            value=interval(lo, hi),
            unit="count",
            periods=periods_of(whole),
            place=whole.geography,
            place_how="text",
        )


def count_levels(ctx: Ctx, sent: tuple[int, int], clauses: list[tuple[int, int]]) -> None:
    text = ctx.text
    if ctx.quantities and "\n" in text:
        _sub_group_items(ctx, sent, clauses)
    for i, q in enumerate(ctx.quantities):
        if not (sent[0] <= q.start < sent[1]) or i in ctx.used_q or q.kind == "percent":
            continue
        if used(ctx, q.start, q.end) and not _figure_inside_change(ctx, q):
            continue
        if (arrow := _ARROW_CHANGE_AFTER_RE.match(text, q.end)) is not None:
            for c in ctx.claims:
                if c.kind == "change" and c.start <= q.start and q.end <= c.end:
                    # ("• knife crime 39,818 ↑ 8%": the move's words are the arrow's on)
                    c.start = q.end + len(arrow.group()) - len(arrow.group().lstrip(" \t"))
                    c.surface = text[c.start : c.end]
        if text.startswith(")", q.end) and "(" not in text[max(sent[0], q.start - 40) : q.start]:
            continue  # "2) Knife crime offences": a list's numbering
        if _DIFFERENT_AFTER_RE.match(text, q.end):
            continue  # "two different murder totals for London": versions, not a count
        if _MULTIPLE_AFTER_RE.match(text, q.end):
            continue  # "4x the killings": a multiple, never a count
        if _FICTIONAL_AFTER_RE.match(text, q.end):
            continue  # "roughly 1,000 fictional murders discussed": stories, not crimes
        if (
            (score := _SCORE_AFTER_RE.match(text, q.end)) is not None
            and q.value <= int(score.group("of")) <= 40
            and not text.endswith(("to ", "at "), 0, q.start)
        ):
            continue  # "Oval Invincibles are 3 from 3": a team's results (not "down to 9 from 12")
        if (
            (score := _SCORE_BEFORE_RE.search(text, max(0, q.start - 12), q.start)) is not None
            and int(score.group("n")) <= q.value <= 40
            and not text.endswith(("to ", "at "), 0, score.start())
        ):
            continue  # (and the games played)
        if _ORDINAL_SUFFIX_RE.match(text, q.end):
            continue  # "3rd time this year": an ordinal (read by ordinals()), never a count
        if any(t.start <= q.start < t.end for t in ctx.times):
            continue
        if _YEAR_ONLY_RE.fullmatch(q.text) and not any(
            0 <= mm.start - q.end <= 3 for mm in ctx.metrics
        ):
            continue
        if (
            NOT_COUNT_NOUN.match(text, q.end)
            or (
                _LIST_NEXT_RE.match(text[q.end : q.end + 4])
                # "2019: 812 / 2024: 745": the next item of a list, not a ratio or a range
                and not _LIST_NEXT_YEAR_RE.match(text[q.end : q.end + 24])
                # "GMP vs Merseyside, homicides 2023: 36 / 29": the two places' figures
                and not _two_places_slashed(ctx, sent, q)
            )
        ):
            continue
        if _LABEL_NUMBER_BEFORE_RE.search(text[max(0, q.start - 10) : q.start]) and not (
            # "> over 1,000 murders last year / No. 594 homicides in 2020/21": a reply's "No."
            _REPLY_NO_BEFORE_RE.search(text, max(0, q.start - 6), q.start)
            and any(0 <= mm.start - q.end <= 2 and mm.stat for mm in ctx.metrics)
        ):
            continue
        if _NOWHERE_NEAR_BEFORE_RE.fullmatch(text, sent[0], q.start):
            continue  # "Nowhere near 500. About 330.": the figure denied, not given
        if _VOTES_BEFORE_RE.search(text[max(0, q.start - 14) : q.start]):
            continue  # "the bill passed, 312 votes to 198": a vote, not a count of crimes
        if _PHONE_BEFORE_RE.search(
            text[max(sent[0], q.start - 80) : q.start]
        ):  # phone numbers: "call 999 ... or 101"
            continue
        if _SHORT_CODE_BEFORE_RE.search(text[max(sent[0], q.start - 30) : q.start]):
            continue  # "Text KNIFE to 70085 to give £5": a donation short code
        if _AIM_BEFORE_RE.search(text[max(0, q.start - 16) : q.start]):
            continue  # an aspiration, not a statistic
        if q.word and _ALL_OF_BEFORE_RE.search(text[max(0, q.start - 10) : q.start]):
            continue  # "knife crime down in all three last year": the places listed, not a count
        if _SHARE_WHOLE_BEFORE_RE.search(text, max(0, q.start - 24), q.start):
            continue  # "9 of every 10 homicides", "4 out of every 5 incidents": a share's whole
        if _GRIEF_AFTER_RE.match(text, q.end):
            continue  # "Still 109 too many": the figure said again, in grief, not a new claim
        if _THE_FIGURE_ECHO_RE.search(text, max(0, q.start - 12), q.start) and any(
            c.value == (q.value, q.value) and c.end <= q.start for c in ctx.claims
        ):
            continue  # "Where's the 40 from?": a figure said before, named again, no new claim
        if _PLACE_OF_SIZE_RE.search(text, max(sent[0], q.start - 40), q.start):
            continue  # "we're a village of 800": a population
        if _PER_BEFORE_RE.search(text[max(0, q.start - 5) : q.start]):
            continue  # "Homicides per 100k in 2024": the base of a rate, not a count
        if q.value < 10 and q.word and _SCORE_RE.search(text, *sent):
            continue  # "Leafs 4-1 last night, Matthews with two": a game, not a statistic
        if (
            q.text in ("999", "101", "911", "111")
            and not any(0 < mm.start - q.end <= 2 for mm in ctx.metrics)
            # "Shootings in London 2022: 101.": a labelled figure
            and not _COLON_BEFORE_RE.search(text[max(0, q.start - 3) : q.start])
            # "109 homicides in 2024, down from 111 the year before": the other end of a move
            and not _FIGURE_PAIR_BEFORE_RE.search(text, max(sent[0], q.start - 24), q.start)
            # "... 109 homicides last year. In 2012 it was 101.": a figure a period's sentence
            # ends on, after a count of the same crime
            and not (
                _WAS_FIGURE_BEFORE_RE.search(text, max(sent[0], q.start - 16), q.start)
                and _SENT_END_AFTER_RE.match(text, q.end)
                and any(t.start >= sent[0] for t in ctx.times)
                and any(c.kind == "level" and c.start < sent[0] for c in ctx.claims)
            )
        ):
            continue  # "101 gave us a crime number": the police's phone line
        if (
            q.value < 120
            and _AGE_APPOSITION_RE.search(text, max(sent[0], q.start - 30), q.start)
            and _AGE_CLOSE_AFTER_RE.match(text, q.end, q.end + 7)
        ):
            continue  # "Carjacking suspect, 16, arrested": an age
        if q.value < 120 and _AGE_BEFORE_RE.search(text, max(sent[0], q.start - 40), q.start):
            continue  # "The median age was 29 and the youngest was 14"
        if (
            q.value < 100
            and _PERSON_AGED_RE.search(text, max(sent[0], q.start - 50), q.start)
            # ("Teenagers were 24 of them.": a part of the count before, not an age)
            and not _OF_THEM_AFTER_RE.match(text, q.end)
        ):
            continue  # "since I was 14", "Some of them are 12.": a person's age
        if q.value < 100 and any(
            a.start() <= q.start < a.end()
            for a in _VICTIM_AGES_RE.finditer(
                text, max(sent[0], q.start - 60), min(sent[1], q.end + 40)
            )
        ):
            continue  # "The victims were 19, 22 and 24.": their ages
        if (
            q.value < 20
            and q.value == int(q.value)
            and _THEY_ARE_BEFORE_RE.search(text[max(sent[0], q.start - 16) : q.start])
            and _SENT_END_AFTER_RE.match(text, q.end)
        ):
            continue  # "But an arch? They're 11.": an age
        if _in_title(ctx, q.start, sent):
            continue  # "a paperback called '100 Unsolved Murders'": a title
        if q.value < 50 and _NEW_BOOK_BEFORE_RE.search(text, max(0, q.start - 120), q.start):
            continue  # "Finished the new Ann Cleeves ... Eight murders, two red herrings": a novel
        if _SENTENCED_FOR_RE.search(text, max(sent[0], q.start - 60), q.start):
            continue  # "jailed for 22 years for three shootings in Tottenham": one case
        if (
            # (a day of the month: "January 112" is a month's count)
            # (but not none in words: "all of January without a single homicide")
            (0 < q.value <= 31 and _MONTH_BEFORE_RE.search(text[max(0, q.start - 12) : q.start]))
            or (
                q.value <= 31
                # (on one line: "2019: 24\n2020: 14" is a list, not "24, 2020")
                and _DAY_OF_DATE_AFTER_RE.match(text[q.end : q.end + 8])
            )
        ):
            continue  # a date: "Jan. 29, 2017", "29, 2017"
        if q.value >= 1_000_000 and _MONEY_AFTER_RE.match(text, q.end):
            continue  # "75 million in hospice fraud" is money ("6.6m in the year to June" is not)
        if (
            q.value <= 50
            and " with " in text[max(0, q.start - 12) : q.start]
            and _FICTION_BEFORE_RE.search(text, max(0, q.start - 30), q.start)
        ):
            continue  # "Writing a book with 3 murders": the plot's, not a place's
        if (q.value <= 50 or not any(within(p.start, sent) for p in ctx.places)) and staged_murders(
            ctx, sent
        ):
            # ("the murder-mystery show at the Pleasance. £12, 7.30pm nightly, 3 murders and a
            # twist": a post about a staged murder counts the plot's)
            continue
        if q.value >= 100_000 and (
            _POPULATION_AFTER_RE.match(text, q.end)
            or _POPULATION_BEFORE_RE.search(text, max(0, q.start - 60), q.start)
        ):
            continue  # "London has 9 million people", "a city of 9 million": the population
        if (
            q.value >= 100_000
            and _POPULATION_SENT_RE.search(text, *sent)
            and _POPULATION_VERB_BEFORE_RE.search(text[max(sent[0], q.start - 16) : q.start])
        ):
            continue  # "London's 9 million people, Merseyside is 1.4m ish": a population too
        if _SHORT_SPAN_AFTER_RE.match(text, q.end):
            continue  # "solve 3 murders in 40 minutes": a burst, not a count for a period
        if _LONG_AGO_AFTER_RE.match(text, q.end):
            continue  # "a tour about 5 murders from 1888": history, no series the store keeps
        if q.value <= 31 and q.text.isdigit() and _DAY_MONTH_AFTER_RE.match(text, q.end):
            continue  # "60 years ago today, 8 August 1963": a day of a date, no count
        if q.value <= 120 and _AGE_OF_THOSE_RE.search(text, max(sent[0], q.start - 70), q.start):
            continue  # "a big chunk of those were under 25": the victims' age
        if _ABS_CHANGE_AFTER_RE.match(text, q.end) or _ABS_CHANGE_BEFORE_RE.search(
            text, max(sent[0], q.start - 30), q.start
        ):
            continue  # "up 1,000 offences", "12 more murders than": a difference, not a level
        if text[q.end : q.end + 1] == "p" or _ONE_IN_BEFORE_RE.search(
            text[max(0, q.start - 12) : q.start]
        ):
            continue
        if _ONE_IN_AFTER_RE.match(text[q.end : q.end + 12]):
            continue
        clause = clause_of(clauses, q.start, sent)
        after = text[q.end : min(sent[1], q.end + 40)]
        metric: MetricMention | None = None
        # "97 homicides", "20 teenagers killed", "Over 500 shootings", "54,587 knife crime offences"
        for mm in ctx.metrics:
            if mm.start >= q.end and mm.start - q.end <= 30:
                gap = text[q.end : mm.start]
                if (
                    (_COUNT_GAP_RE.fullmatch(gap) and not _GAP_PREPOSITION_RE.search(gap))
                    # ("received 1,260 reports of rape": the counted records of the crime)
                    or _COUNTED_OF_GAP_RE.fullmatch(gap)
                    or (
                        # "around 200 of them were killed with a knife": a part of the count
                        # before
                        _OF_THEM_GAP_RE.fullmatch(gap)
                        and _BE_VERB_START_RE.match(mm.phrase) is not None
                    )
                    # ("149 murders in London. 87 of them were fatal stabbings.")
                    or (_OF_THEM_WERE_GAP_RE.fullmatch(gap) and mm.stat and mm.metric)
                ):
                    metric = mm
                break
        labelled = False
        arrowed = False
        quote_block: tuple[int, int] | None = None
        if metric is None:
            gm = _counted_noun_after(ctx.lex.cue_src["generic_nouns"]).match(after)
            left = text[max(clause[0], q.start - 30) : q.start]
            hedge, hstart = hedge_before(ctx, q.start)
            left_h = text[max(clause[0], hstart - 30) : hstart]
            verb = (
                _LEVEL_VERB_RE.search(left_h)
                or _LEVEL_VERB_RE.search(left)
                # "last year it finally broke below 90": a bound the figure crossed
                or (hedge in ("hedge_over", "hedge_under") and _CROSSED_RE.search(left_h))
            )
            record = _RECORD_BEFORE_RE.search(left_h)
            if gm:
                metric = metric_for(ctx, q.start, clause, sent, allow_incident=False)
                # "After the shootings ..., nearly 500 people applied": a bare "people" only
                # counts what its own clause names
                if (
                    metric is not None
                    and not within(metric.start, clause)
                    and _PEOPLE_AFTER_RE.match(after)
                ):
                    continue
            elif (
                verb
                or record
                # "Chicago homicides down 11% in 2022 but still over 700": the level the change
                # left
                or (
                    _STILL_BEFORE_RE.search(left_h)
                    and any(
                        c.kind in ("change", "trend") and sent[0] - 150 <= c.start < q.start
                        for c in ctx.claims
                    )
                )
                or (labelled := _labelled(ctx, hstart, clause, sent))
                # "> Baltimore had over 300 homicides last year / About right, 333 by the police
                # count.": a figure in the reply's first line, for what the quote counted
                or (quote_block := _replied_to(ctx, sent, q)) is not None
                or (arrowed := _arrow_pair(ctx, sent))
                # ("Knife crime, London vs E&W, 2018:\n~14,700 | ~40,800": the pair's second)
                or _places_pair_line(ctx, sent)
                or _PERIOD_AFTER_RE.match(after)
                or _FOR_PERIOD_RE.match(after)
                or _BLANK_RE.fullmatch(left)
                or (hstart < q.start and _BLANK_RE.fullmatch(left_h))
                # "Oslo recorded the fewest homicides in a decade last year, about 5.": the
                # count of the record the clause before set
                or (
                    clause[0] > sent[0]
                    and _RECORD_THEN_FIGURE_GAP_RE.fullmatch(text, clause[0], hstart)
                    and _record_before(ctx, sent[0], clause[0])
                )
            ):
                if (
                    not _FIGURE_END_AFTER_RE.match(after)
                    and not gm
                    and not arrowed
                    and not _FOR_PERIOD_RE.match(after)
                    # "versus 539 twelve months earlier": the figure's own time right after it
                    # ("hit 20 again last year": past a word that says it once more)
                    and not any(
                        0 <= t.start - q.end <= 2
                        or (
                            0 < t.start - q.end <= 16
                            and _AGAIN_GAP_RE.fullmatch(text, q.end, t.start)
                        )
                        for t in ctx.times
                    )
                    # ("About 710 against 590 the year before.": the first of a pair of times)
                    and not _first_of_timed_pair(ctx, q, after)
                    # "Hackney bike theft: over 2,000 stolen last year", "Homicides: 535
                    # killed in England and Wales" (not "my mate's had 3 nicked": a handful
                    # is an anecdote)
                    and not (q.value >= 20 and _TAKEN_VERB_AFTER_RE.match(after))
                    and not _two_places_slashed(ctx, sent, q)
                ):
                    continue
                if (
                    q.value < 2
                    and not record
                    and not (
                        (q.value != int(q.value) or "." in q.text)
                        # ("• homicide ~1.4 vs ~1.2": a pair of rates)
                        and (is_list_item(ctx.text, sent) or _VS_AFTER_RE.match(text, q.end))
                    )
                    # ("every day on average: ~150 knife offences / ~1.6 homicides": a rate's)
                    and rate_header_unit(ctx, sent, q.start) is None
                    # "In 2019 it was one the whole year": a count for its own year, pointing
                    # back to what it counts
                    and not (
                        any(sent[0] <= t.start < q.start for t in ctx.times)
                        and _REFERS_BACK_START_RE.match(text, sent[0], q.start)
                    )
                    # "US murder rate 2022: 6.3 per 100k. UK: about 1."
                    and not _rate_echo(ctx, sent)
                    # ("2019: 9 / 2020: 6 / 2021 so far: 1": a year's own item)
                    and not (
                        q.value == 1
                        and "." not in q.text
                        and _label_period(ctx, hstart, sent) is not None
                        and ctx.text[max(sent[0], hstart - 2) : hstart].strip() == ":"
                    )
                    # "The US murder rate was about 5 per 100,000 in 2024. London's was
                    # around 1.3 that year.", "... 2.58 per 100k vs roughly 1.2 in London": a
                    # fraction after a rate is a rate too
                    and not (
                        q.value != int(q.value)
                        and any(
                            c.kind == "level" and c.unit == "rate_per_100k"
                            for c in ctx.claims
                            if c.start < sent[0]
                            # (in its own sentence only with its own place after it)
                            or (
                                c.start < q.start
                                and any(
                                    _IN_GAP_RE.fullmatch(text, q.end, p.start) for p in ctx.places
                                )
                            )
                        )
                    )
                    # "London's homicide rate was 1.1 last year"
                    and not _RATE_LEFT_RE.search(text, max(sent[0], hstart - 70), hstart)
                    # ("Per 100,000 that puts Toronto at about 1.5 and London at about 1.1")
                    and not _FRONTED_RATE_RE.match(text, sent[0])
                    # ("Knife offences per 1,000 people in 2023: ... Richmond 0.4": the base
                    # before the colon the figures follow)
                    and not (
                        (base := _RATE_HEADER_RE.match(text, sent[0])) is not None
                        and base.end() <= text.rfind(":", sent[0], hstart)
                    )
                    # "0.84 per 100,000 in the year to June 2025, down from 0.92 a year earlier"
                    and not (
                        _FROM_BEFORE_RE.search(text, max(sent[0], hstart - 20), hstart)
                        and any(
                            c.kind == "level"
                            and c.unit == "rate_per_100k"
                            and sent[0] <= c.start < q.start
                            for c in ctx.claims
                        )
                    )
                ):
                    continue  # "1 arrested" ("Paris: about 1.5." after rates is a rate)
                metric = metric_for(ctx, q.start, clause, sent, allow_incident=False)
                # a figure whose metric is in an earlier sentence needs a verb or a label:
                # "London homicides in 2025: 97. In 2019: 149.", "NYC: 382. London: 110."
                if (
                    metric is None
                    # ("... The Astros are 31-34 and my electricity bill is $260": a team's
                    # record, no range of the crime before)
                    or (
                        metric.start < sent[0]
                        and _SCORE_RE.fullmatch(text, q.start, q.end) is not None
                        and _SCORE_VERB_BEFORE_RE.search(text, max(sent[0], q.start - 12), q.start)
                        is not None
                    )
                    or (
                        metric.start < sent[0]
                        and not verb
                        and not (quote_block is not None and within(metric.start, quote_block))
                        # ("Burglary | Leeds vs Bradford | 2024\n6,200 / 4,900": the two places'
                        # figures under the line that names them)
                        and not _places_pair_line(ctx, sent)
                        # "Knife crime, E&W, yr to Sept 2025 (ONS):\n~52,000 (↓ ~5pc)": a figure
                        # alone on a line under the header that names what it counts
                        and not (
                            _BARE_LINE_FIGURE_RE.fullmatch(text, sent[0], sent[1])
                            and (header := list_header(ctx, sent)) is not None
                            and within(metric.start, header)
                        )
                        # "Nope. 533 in 2013/14, 590 in 2022/23.": figures with their years
                        and not _FIGURES_IN_YEARS_RE.fullmatch(masked := _masked(ctx, sent))
                        # "London murders went up in 2015. Around 118 vs 94 the year before."
                        and not _FIGURE_VS_YEAR_RE.fullmatch(masked)
                        # ("Bexley burglary: 2024 c.1,350 vs 2023 c.1,440.": years, each with
                        # its figure)
                        and not _YEARS_FIGURES_RE.fullmatch(masked)
                        # "(1/3) Gun discharges in London: 434 in 2018.\n(2/3) 277 in 2019."
                        and not _THREAD_ITEM_RE.fullmatch(masked)
                        # "92 as of tonight by the Met's count": a tally to date
                        and not _AS_OF_NOW_RE.match(text, q.end)
                        # "Shootings in London down ~36% in 2019. 434 → 277.": the change's ends
                        and not arrowed
                        # "2022: NYC around 440, London 109.": a year, then places' figures
                        and not _YEAR_PLACES_FIGURES_RE.fullmatch(
                            masked_p := _masked(ctx, sent, places=True)
                        )
                        and not _PLACES_FIGURES_RE.fullmatch(masked_p)
                        # "toronto homicides nearly halved in 2025. 44 all year.": the year's
                        # total after a claim on the same crime
                        and not (
                            _YEAR_TOTAL_ECHO_RE.fullmatch(masked)
                            and any(
                                c.metric == metric.metric and sent[0] - 200 <= c.start < sent[0]
                                for c in ctx.claims
                            )
                        )
                        and not (
                            labelled
                            and (
                                is_list_item(ctx.text, sent)
                                # "London 2024: 109 homicides, .... New York: 377, roughly 4.4
                                # per 100k.": a place label opens the sentence
                                or any(
                                    p.start - sent[0] <= 2
                                    # ("England and Wales overall, about 0.9.")
                                    and (":" in text[p.end : hstart] or "," in text[p.end : hstart])
                                    and _PLACE_LABEL_GAP_RE.fullmatch(text, p.end, hstart)
                                    for p in ctx.places
                                )
                                # "97 homicide victims during 2025 (2024: 109), and ...": the
                                # bracketed year before's figure
                                or _BRACKET_LABEL_RE.fullmatch(text, sent[0], hstart)
                                # "... 150 murders in 2019. last year 97.": a period and a figure
                                # ("30 in 2021. Last year, 8.")
                                or any(
                                    (
                                        r.start - sent[0] <= 2
                                        # ("In 2018, 434.")
                                        or _IN_OPENING_RE.fullmatch(text, sent[0], r.start)
                                    )
                                    and r.end <= hstart
                                    and not text[r.end : hstart].strip(" \t,:")
                                    for r in ctx.times
                                )
                                and bool(_FIGURE_ENDS_RE.fullmatch(text, hstart, sent[1]))
                            )
                        )
                    )
                ):
                    continue
                if (
                    metric.start < sent[0]
                    and _IT_WAS_BEFORE_RE.search(left_h)
                    and not any(c.metric == metric.metric and c.start < sent[0] for c in ctx.claims)
                    # ("Bloke down the pub reckons there are 10 murders a day. Mate, it was
                    # about 130 last year.": the answer to a figure others gave)
                    and metric.start not in ctx.heard
                ):
                    # "Average sentence for knife possession is now 8 months. In 2012 it was
                    # 5.": "it" echoes a figure the sentence before did not give
                    continue

            else:
                continue
        if metric is None:
            continue
        if _PER_THING_RE.match(text, metric.end if metric.start >= q.end else q.end):
            continue  # "5 murders per episode" counts something other than a place's crime
        if (
            metric.metric is None
            and not (0 <= metric.start - q.end <= 30)
            # ("Fraud in England and Wales hit 3.9 million offences": the crime named before
            # the figure, which its own noun counts)
            and not (
                0 <= q.start - metric.end <= 60
                and (
                    clause[0] <= metric.start
                    # ("Domestic abuse-related crimes in Wales: about 45,000 in ...": a label's
                    # crime, the figure after its colon)
                    or (
                        sent[0] <= metric.start
                        and _LABEL_COLON_GAP_RE.fullmatch(text, metric.end, q.start) is not None
                    )
                )
                # ("Fraud offences in England and Wales topped 3 million": or after the crime,
                # or in the crime's own words: "domestic abuse crimes")
                and (
                    any(
                        _counted_noun_after(ctx.lex.cue_src["generic_nouns"]).match(text, at)
                        for at in (q.end, metric.end)
                    )
                    or _COUNTED_NOUN_ENDS_RE.search(metric.phrase) is not None
                )
            )
        ):
            continue
        if metric.numeric_only and q.value < _MIN_VAGUE_COUNT:
            continue  # "two different crimes": a bare "crimes" in the hundreds is a statistic
        if q.value < 20 and _TAKEN_RE.search(metric.phrase):
            continue  # "Our block had 3 bikes stolen from the shed": a handful is an anecdote
        if metric.share or (
            ctx.lex.taxonomy.metrics.get(metric.metric or "") is not None
            and ctx.lex.taxonomy.metrics[metric.metric or ""].unit == "percent"
        ):
            continue
        hedge, hstart = hedge_before(ctx, q.start)
        if hedge == "hedge_approx" and _ABOUT_TOPIC_BEFORE_RE.search(
            text, max(clause[0], hstart - 20), hstart + 6
        ):
            continue  # "I've already read about three murders": what was read, not a count
        periods = _level_roles(ctx, q.start, q.end, hstart, clause, sent)
        if (
            quote_block is not None
            and not periods.explicit
            and _TO_FIGURE_AFTER_RE.match(text, q.end)
            and (
                moved := next(
                    (
                        c
                        for c in ctx.claims
                        if within(c.start, quote_block)
                        and c.kind in ("change", "trend")
                        and c.metric == metric.metric
                        and c.baseline is not None
                    ),
                    None,
                )
            )
            is not None
        ):
            # "> Chicago homicides fell about 29% last year / yep. 587 to 416.": the figure the
            # quoted move started from is its baseline's
            periods = Periods(span_of(moved.baseline), None, True)  # type: ignore[arg-type]
        if _one_incident(ctx, clause) or (
            not periods.explicit
            and (
                _one_incident(ctx, sent)
                # ("Over the July 4 weekend in Chicago:\n• 100+ people shot": the list's
                # header dates its items; not "FBI data for 2022 went up this week.
                # Homicide rate per 100,000, 2022:", where the day is the release's)
                or (
                    (header := list_header(ctx, sent)) is not None
                    and not _YEAR_IN_RE.search(ctx.text, *header)
                    and _one_incident(ctx, header)
                )
            )
        ):
            # "Two men were murdered in Hackney last night": a news report of one incident,
            # not a statistic for the year
            continue
        if (
            on_screen(ctx, sent)
            or (
                q.value < 20
                and (
                    NEAR_ME_RE.search(text, clause[0], clause[1])
                    # ("Notting Hill Carnival weekend, per the Met update:\n- 8 stabbings", "My
                    # street, 2023 vs 2024:\n• car break-ins 2 vs 5": one event's or one
                    # street's tally, item by item)
                    or _event_list_header(ctx, sent)
                    # "there were 3 break-ins on Elm Road since March": one street's ("Burglaries
                    # on my street this year: 2.": the street in the label before)
                    or ON_A_STREET_RE.search(text, q.end, clause[1])
                    or ON_A_STREET_RE.search(text, max(sent[0], metric.end - 1), q.start)
                    or (
                        (we_had := _WE_HAD_RE.search(text, max(clause[0], q.start - 45), q.start))
                        # ("We've had 9 homicides in Cardiff so far this year": the
                        # city's tally, not the poster's own; "Our shop has had 3 robberies
                        # in Camden" stays the shop's)
                        and not (
                            we_had.group().lower().startswith("we")
                            and any(
                                p.how == "text"
                                and _IN_NAMED_PLACE_RE.fullmatch(text, metric.end, p.start)
                                for p in ctx.places
                                if metric.end <= p.start < clause[1]
                            )
                        )
                    )
                    # "questions about the 3 robberies near the station": incidents the reader
                    # knows of, where they happened
                    or (
                        metric.start >= q.end
                        and _THE_THOSE_BEFORE_RE.search(text[max(0, q.start - 7) : q.start])
                        and _STREET_PLACE_RE.match(text, metric.end)
                    )
                )
            )
        ):
            # "3 stabbings near my kids' school this summer", "we've had 4 break-ins since
            # March": what the poster saw
            continue
        # "London's 2025 homicide rate (1.07) was below Paris's": a figure of a rate's words
        # ("... homicide rate (1.07 per 100k) is the lowest on record. The raw count was 97.")
        counted = bool(COUNT_WORDS_RE.search(text, max(sent[0], metric.end), q.start))
        rate_named = (
            bool(_RATE_WORD_RE.search(metric.phrase)) and metric.end <= q.start and not counted
        ) or (
            # ("... to roughly 364 per 100,000. Ten years earlier the rate was about 370.")
            not counted
            and _THE_RATE_WAS_RE.search(text, max(sent[0], hstart - 24), hstart) is not None
        )
        if (
            q.value <= 2
            and not periods.explicit
            and not (
                (q.value != int(q.value) or "." in q.text)
                # ("• homicide ~1.4 vs ~1.2": a pair of rates)
                and (is_list_item(ctx.text, sent) or _VS_AFTER_RE.match(text, q.end))
            )
            and rate_header_unit(ctx, sent, q.start) is None
            and not _rate_echo(ctx, sent)
            and not rate_named
            # ("Per 100,000 residents that is roughly 3 in Glasgow and roughly 1.5 in Edinburgh")
            and not _FRONTED_RATE_RE.match(text, sent[0])
            # ("Knife offences per 1,000 people in 2023: ... Richmond 0.4", "knife crime per
            # 1,000 people last year: about 1.85": a rate's base said before the figure)
            and not (
                sent[0] <= metric.start
                and metric.end <= hstart
                and (
                    _RATE_LABEL_RE.fullmatch(text, metric.end, hstart)
                    or (
                        ":" in text[metric.end : hstart]
                        and _RATE_HEADER_RE.match(text, metric.start)
                    )
                )
            )
        ):
            continue  # "1 robbery in Soho, 2 phones snatched": an anecdote, not a statistic
        if (
            "killed" in metric.phrase.lower()
            and not periods.explicit
            and not ctx.places
            # ("London key figures for 2025:\n...\n3. teenagers killed: 8": the header's)
            and not (
                ctx.first_place is not None
                and dateline_periods(ctx, sent, with_baseline=False) is not None
            )
        ):
            continue  # "20 years since 7/7. 52 people killed.": one attack's toll
        if (
            metric.start >= q.end
            and re.search(r"kill|dead|died|murder", metric.phrase, re.I)
            and _ATTACK_AFTER_RE.match(text, metric.end, clause[1])
        ):
            continue  # "the 14 people killed in the Westminster and London Bridge attacks"
        if (
            metric.start >= q.end
            and re.search(r"kill|dead|died|murder|stabbed|shot", metric.phrase, re.I)
            and _INJURED_TOO_RE.match(text, metric.end, sent[1])
        ):
            continue  # "8 people killed, dozens injured": one attack's casualties
        ctx.used_q.add(i)
        lo, hi = (q.lo, q.hi) if q.lo is not None else apply_hedge(q.value, hedge)
        if plus_after(ctx, q):
            lo, hi = q.value, None
        start = min(hstart, q.start)
        if metric.start < sent[0] and (opening := _relative_opening(ctx, hstart, sent)):
            start = opening[1]  # ("The year before it was 109": the time is the figure's words)
        end = q.end
        if (
            metric.start >= q.end
            and metric.start - q.end <= 30
            # (not "when there were 98, the deadliest year on record": a record after the
            # figure, its own claim)
            and not (
                _RECORD_PHRASE_RE.match(metric.phrase)
                and _COMMA_THE_GAP_RE.fullmatch(text, q.end, metric.start)
            )
            # ("Chicago 573 vs NYC 377 homicides": the words after the next figure are shared,
            # the first figure's surface stops at itself)
            and not any(
                q.end < o.start < metric.start
                and not any(t.start <= o.start < t.end for t in ctx.times)
                for o in ctx.quantities
            )
        ):
            end = metric.end
        elif sent[0] <= metric.end <= start and within(metric.start, clause):
            vs = _VS_RE.search(text, metric.end, start)
            if vs is not None and any(
                p.start >= vs.end() and within(p.start, clause) for p in ctx.places
            ):
                # "Glasgow's rate was 12 per 1,000 last year vs 8 in Edinburgh": the figure
                # after "vs" is the other place's, its words start after the "vs"
                clause = (vs.end(), clause[1])
                own = next(
                    (p for p in ctx.places if p.start > q.end and within(p.start, clause)), None
                )
                if own is not None and _IN_GAP_RE.fullmatch(text[q.end : own.start]):
                    end = own.end
            else:
                pair = next(
                    (
                        c
                        for c in reversed(ctx.claims)
                        if c.kind == "level"
                        and c.metric == metric.metric
                        and metric.end <= c.end <= start
                    ),
                    None,
                )
                if pair is not None and _PAIR_GAP_RE.fullmatch(text, pair.end, start):
                    # "were 130 in 2021 and 109 in 2023": the second figure's words are its own
                    clause = (pair.end, clause[1])
                elif (
                    pair is not None
                    and (place_gap := _PLACE_PAIR_GAP_RE.fullmatch(text, pair.end, start))
                    is not None
                    and any(p.start == place_gap.start("place") for p in ctx.places)
                ):
                    # ("... was 169 in London and 170 in the West Midlands": nor after the first
                    # figure's place)
                    clause = (place_gap.end(), clause[1])
        end = extend_time(ctx, end, clause)
        if end == q.end and (whole := _WHOLE_YEAR_AFTER_RE.match(text, q.end, clause[1])):
            end = whole.end()  # ("44 all year.")
        if _AND_YEAR_AFTER_RE.match(text[q.end : end]):
            end = q.end  # "puts 2023 at 71 and 2022 at 70": the next year labels the next figure
        unit = "count"
        fronted = _FRONTED_RATE_RE.match(text, sent[0])
        if rate_named:
            unit = "rate_per_100k"
            prev_rate = next(
                (
                    c
                    for c in reversed(ctx.claims)
                    if c.kind == "level" and c.metric == metric.metric and c.unit == unit
                ),
                None,
            )
            base = None if prev_rate is None else RATE_BASE_RE.search(prev_rate.surface)
            if base is None:
                # ("Homicide rates per million people, 2022:\n• London: 12": the base the
                # header names after the rate's words)
                base = RATE_BASE_RE.match(text, metric.end, min(q.start, metric.end + 40))
                if base is None and (near := _BASE_AFTER_RATE_RE.match(text, metric.end)):
                    base = RATE_BASE_RE.search(text, near.start(), near.end())
            if base is not None:
                # "... 8.4 per million. Down from 9.2 the year before.", "8.4 per million, down
                # from 9.2 a year earlier": the same base
                lo, hi = scaled(lo, hi, per_100k_factor(base))
        elif fronted is not None and fronted.end() <= q.start and not counted:
            # "Per 100,000 people, Scotland recorded around 1.1 homicides": the base said first
            unit = "rate_per_100k"
            lo, hi = scaled(lo, hi, per_100k_factor(fronted))
        elif (
            metric.start < sent[0]
            and is_list_item(text, sent)
            and (
                (rh := _RATE_HEADER_RE.match(text, metric.start))
                # ("Rate per 100k, knife crime, London boroughs, 2021:\nWestminster ~340")
                or (rh := _RATE_OPENS_HEADER_RE.match(text, text.rfind("\n", 0, metric.start) + 1))
            )
            # ("England and Wales total: 48,716" after a rate: a total is a count)
            and not _TOTAL_LABEL_RE.search(text, sent[0], q.start)
        ):
            # "Homicides per 100k in 2024, European capitals:\nBerlin 2.1": the header's unit
            # (and its base: "Knife offences per 1,000 people:\nWestminster 3.1" is 310)
            unit = "rate_per_100k"
            lo, hi = scaled(lo, hi, per_100k_factor(rh))
        elif (
            sent[0] <= metric.start
            and metric.end <= hstart
            and ":" in text[metric.end : hstart]
            # (the base before the colon: not "Murder in NOLA 2022: ~280, ~75 per 100k")
            and (rh := _RATE_HEADER_RE.match(text, metric.start)) is not None
            and rh.end() <= text.rfind(":", metric.end, hstart)
        ):
            # ("Homicides per 100k, 2018: Tokyo ~0.3 | LDN ~1.5": the row's first item;
            # "Homicides per million people in 2023: London 12": 1.2 per 100,000)
            unit = "rate_per_100k"
            lo, hi = scaled(lo, hi, per_100k_factor(rh))
        elif _VS_RATE_AFTER_RE.match(text, q.end):
            unit = "rate_per_100k"  # ("~1.1 vs ~1.0 per 100k": the pair's base, said once)
        elif sent[0] <= metric.end <= hstart and (
            label := _RATE_LABEL_RE.fullmatch(text, metric.end, hstart)
        ):
            # "london knife crime per 100,000 people last year: about 185": the label's unit
            unit = "rate_per_100k"
            lo, hi = scaled(lo, hi, per_100k_factor(label))
        elif (
            (
                metric.start < sent[0]
                or metric.end <= q.start
                # "Manchester's was about 3.1, from 17 killings.": the crime named in a clause
                # of its own after the figure
                or "," in text[q.end : metric.start]
            )
            and not counted
            and (
                # ("rate of 359.1 per 100k in 2024, 363.8 in 2023": a decimal echoes one too, and
                # so does any figure after the rate in its own sentence: "down from roughly 364")
                q.value < 100
                or q.value != int(q.value)
                or any(
                    c.kind == "level" and c.unit == "rate_per_100k" and sent[0] <= c.start < q.start
                    for c in ctx.claims
                )
                # ("> US violent crime rate was about 380 per 100k in 2020\nIt was around 379
                # in 2019.": "it" is the rate)
                or _IT_WAS_OPENING_RE.fullmatch(text, sent[0], hstart) is not None
                # ("Ten years earlier London's rate was closer to 160.")
                or _RATE_IS_BEFORE_RE.search(text, max(sent[0], hstart - 40), hstart) is not None
            )
            # ("... a rate of about 0.9 per 100,000. Ten years earlier there were 61.": a count)
            and not _THERE_WERE_BEFORE_RE.search(text, max(sent[0], hstart - 20), hstart)
        ):
            # "London 2024: about 1.2 per 100,000. New York 2024: about 4.4.": a figure that
            # echoes a rate is a rate
            # (the level said last in the text, not the last found: "327 homicides last
            # year, roughly 3.9 per 100k. London's was about 1.1.")
            prev = max(
                (
                    c
                    for c in ctx.claims
                    if c.kind == "level" and c.metric == metric.metric and c.end <= q.start
                ),
                key=lambda c: c.end,
                default=None,
            )
            if (
                prev is not None
                and prev.unit == "rate_per_100k"
                # (not "NYC had about 305 murders, roughly 3.6 per 100k. London had 97": a
                # figure the size of the count said with the rate echoes the count)
                and (
                    same_magnitude(q.value, prev.value)
                    or not any(
                        c.kind == "level"
                        and c.unit == "count"
                        and c.metric == metric.metric
                        and c.end <= q.start
                        and same_magnitude(q.value, c.value)
                        for c in ctx.claims
                    )
                )
            ):
                unit = "rate_per_100k"
                # "12 per 1,000 people last year vs 8 in Edinburgh": the echo has the
                # rate's base too
                base = RATE_BASE_RE.search(prev.surface)
                if base is None and (near := _BASE_AFTER_RATE_RE.match(text, metric.end)):
                    # ("Homicides per million residents in 2024: Glasgow: 15, ... Scotland
                    # overall was about 10": the header's base, for every figure under it)
                    base = RATE_BASE_RE.search(text, near.start(), near.end())
                if base is not None:
                    lo, hi = scaled(lo, hi, per_100k_factor(base))
        # "On an average day of 2024, the Met logged about 46 blade offences": a count a day
        typical = _TYPICAL_UNIT_RE.search(text, sent[0], q.start)
        per = None if typical is None else typical.group("u").lower()
        if (
            per is None
            and metric.start < sent[0]
            and _REFERS_BACK_START_RE.match(text, sent[0])
            # (its own time before it: not "That's nearly 17k for the year")
            and any(sent[0] <= t.start < q.start for t in ctx.times)
        ):
            # "Philly averaged roughly 4 homicides a week in 2025. In 2021 it was closer to
            # 11.": the figure said again, in the frequency's unit
            before = next(
                (
                    c
                    for c in reversed(ctx.claims)
                    if c.start < sent[0] and c.metric == metric.metric
                ),
                None,
            )
            if (
                before is not None
                and before.kind == "frequency"
                and before.per
                # (not "Last year it was 8 all year": the year's total)
                and not _WHOLE_YEAR_AFTER_RE.match(text, q.end)
                # (not "That's 1 every 12 days or so. In 2008 it was 29.": a year's count)
                and same_magnitude(q.value, before.value)
            ):
                per = before.per
        if (
            sent[0] <= metric.start < q.start
            # (the mention leads straight into the figure: "Teenagers were 45 of them", not
            # "Fatal stabbings hit a record last year, 285 of them")
            and q.start - metric.end <= 10
            and _OF_THEM_AFTER_RE.match(text, q.end)
            and not any(c.end <= metric.start and c.unit == "count" for c in ctx.claims)
        ):
            continue  # "Our club has 60 members. Teenagers were 45 of them.": a part of no count
        clause, where = _after_comparison_colon(ctx, sent, clause, start, end)
        add(
            ctx,
            kind="level" if per is None else "frequency",
            start=start,
            end=end,
            metric=metric,
            pos=q.start,
            clause=clause,
            sent=sent,
            value=interval(lo, hi),
            unit=unit,
            periods=periods,
            negated=is_negated(ctx, max(clause[0], start - 25), start),
            **where,
            **({} if per is None else {"per": per}),
        )


_AGAIN_GAP_RE = compile_re(r"\s+(?:again|once\s+more|once\s+again)\s+", re.I)
_TOTAL_LABEL_RE = compile_scan(r"\btotal\b", re.I)
_RATE_OPENS_HEADER_RE = compile_re(
    rf"[\W_]*(?:(?:the\s+)?rates?\s+)?per\s+(?:100k|100,000|{_OTHER_BASES_SRC})\b", re.I
)
_RATE_LABEL_RE = compile_re(
    rf"[^.!?\n:]{{0,30}}?\bper\s+(?:100k|100,000|100\s000|hundred\s+thousand|{_OTHER_BASES_SRC})\b"
    r"(?:[^.!?\n:\d]|(?<!\d)(?:19|20)\d\d(?:/\d\d(?:\d\d)?)?(?!\d)){0,40}"
    # ("Knife crime per 100k in London last year was about 165"; "... per 100,000 people in
    # 2022/23 was 169 in London")
    r"(?::|\s(?:was|is|were|are|stood\s+at|sits\s+at|came\s+in\s+at))\s*",
    re.I,
)
_PLACE_FIGURE_SENT_RE = compile_re(r"[\W_]*(?:(?:and|vs\.?|versus)\s+)?", re.I)
_ORDINAL_SUFFIX_RE = compile_re(r"(?:st|nd|rd|th)\b", re.I)
_MULTIPLE_AFTER_RE = compile_re(r"\s?(?:x|times)(?![\w-])", re.I)
#: a comparison closed by a colon, its figures after: "about double London's: 2.58 per 100k"
_COLON_AFTER_RE = compile_re(r"(?:['’]s?)?\s*:\s*")
#: between two figures of one series: "130 in 2021 and 109 in 2023"
_PLACE_PAIR_GAP_RE = compile_re(
    r"\s+(?:in|for|across)\s+(?:the\s+)?(?P<place>[A-Z][\w'’.&-]*(?:\s+[A-Z][\w'’.&-]*){0,3})"
    r"\s*,?\s*(?:and|vs\.?|versus|then)\s+"
)
_PAIR_GAP_RE = compile_re(r"\s*,?\s*(?:and|vs\.?|versus|then)\s+(?:by\s+)?", re.I)

_TYPICAL_UNIT_RE = compile_scan(
    r"\b(?:on|in)\s+(?:an?\s+)?(?:average|typical|normal|ordinary)\s+(?P<u>day|week|month)\b", re.I
)


def _labelled(ctx: Ctx, hstart: int, clause: tuple[int, int], sent: tuple[int, int]) -> bool:
    """A period or a place names the figure that follows it: "2019: 149", "year to March
    2021: about 10,000", "England & Wales 54,587", "London: 110"."""
    if _label_period(ctx, hstart, sent) is not None or any(
        r.kind == "same_period"
        and sent[0] <= r.start
        and _LABEL_GAP_RE.fullmatch(ctx.text, r.end, hstart)
        for r in ctx.times
    ):
        return True
    # "2024 wrap: London homicides 109.": the metric itself names the figure after it
    return (
        any(
            p.start >= sent[0]
            and p.end <= hstart
            and _PLACE_LABEL_GAP_RE.fullmatch(ctx.text, p.end, hstart)
            for p in ctx.places
        )
        or any(
            mm.stat
            and mm.start >= sent[0]
            and mm.end <= hstart
            and (
                _PLACE_LABEL_GAP_RE.fullmatch(ctx.text, mm.end, hstart)
                # "London's 2025 homicide rate (1.07)": a rate's figure in brackets
                or (
                    _RATE_WORD_RE.search(mm.phrase)
                    and _OPEN_BRACKET_RE.fullmatch(ctx.text, mm.end, hstart)
                )
            )
            for mm in ctx.metrics
        )
        or any(
            # ("London homicides ytd 63, ...": the metric and its time, then the figure)
            mm.stat
            and mm.start >= sent[0]
            and r.end <= hstart
            and mm.end < r.start
            and ctx.text[mm.end : r.start].isspace()
            and _SPACE_GAP_RE.fullmatch(ctx.text, r.end, hstart)
            for r in ctx.times
            for mm in ctx.metrics
        )
    )


_SPACE_GAP_RE = compile_re(r"[ \t]{1,2}")
#: ("New York's: around 4." after London's rate: the possessive label)
#: ("England and Wales overall: ~80": a word for the whole place before the colon)
_PLACE_LABEL_GAP_RE = compile_re(
    # ("London, for comparison: 97")
    # ("E&W avg 77", "US average: ~380")
    r"\s{0,2}|\s+(?:avg\.?|average)\s+|(?:['’]s?)?(?:\s+(?:overall|total|as\s+a\s+whole|combined|nationally|alone|avg\.?|average)|,\s*(?:for\s+comparison|by\s+comparison|by\s+contrast|meanwhile))?\s*[:=–—|-]\s*"
    # ("England and Wales overall, about 0.9")
    r"|\s+(?:overall|as\s+a\s+whole|combined|nationally)\s*,\s*"
    # ("Netherlands total ~130", "London as a whole ~330": the whole's figure, no colon)
    r"|\s+(?:overall|total|as\s+a\s+whole|combined)\s+"
    # ("London homicides 2020: 126. New York, 462.", "London, same year: 133.")
    r"|\s*,\s*(?:(?:the\s+)?same\s+year\s*[:,]?\s*)?",
    re.I,
)


_A_YEAR_EARLIER_RE = compile_re(r"(?:a|one)\s+year\s+(?:earlier|before)", re.I)


def _is_year_before(r: TimeRef) -> bool:
    """ "the year before", "A year earlier": the year before the one just said."""
    return r.kind == "year_before" or (
        r.kind == "window" and _A_YEAR_EARLIER_RE.fullmatch(r.text) is not None
    )


_VS_LABEL_GAP_RE = compile_re(r"[ \t]{1,2}(?:(?:c|ca)\.[ \t]?)?")
#: ("vs 2023": a time set against, its "vs" read with it)
_VS_OPENS_RE = compile_re(r"(?:vs\.?|versus)\s", re.I)


def _label_period(ctx: Ctx, start: int, sent: tuple[int, int]) -> Span | None:
    """A period written as a label just before the number: "2019: 149", "2024/25 - 14,000"."""
    for r in ctx.times:
        if (
            r.kind == "window"
            and sent[0] <= r.start
            and r.end <= start
            and not ctx.text[sent[0] : r.start].strip(" \"'“‘(")
            and not ctx.text[r.end : start].strip(" ,:")
            and (shifted := earlier_than_said(ctx, r)) is not None
        ):
            return shifted  # "3,775 ... in 2022/23. Five years earlier, 4,986."
        if (
            (
                r.kind in ("period", "ytd")
                # ("LA homicides 2025: 230ish. vs 2021: 397.": a year set against, as a label)
                # ("YE Mar 24: 109 [ONS] vs YE Mar 23: 122": the second set against the first)
                or (
                    r.kind == "baseline"
                    and (
                        (
                            r.start == sent[0]
                            or _VS_BEFORE_RE.search(ctx.text, max(0, r.start - 9), r.start)
                            is not None
                        )
                        and ctx.text[r.end : start].lstrip().startswith(":")
                        # ("H1 2021 ~890 vs H1 2020 ~530", "2024 c.1,350 vs 2023 c.1,440": each
                        # figure after its own time)
                        or (
                            (
                                _VS_BEFORE_RE.search(ctx.text, max(0, r.start - 9), r.start)
                                is not None
                                or _VS_OPENS_RE.match(r.text) is not None
                            )
                            and _VS_LABEL_GAP_RE.fullmatch(ctx.text, r.end, start) is not None
                        )
                    )
                )
            )
            and r.span is not None
            and sent[0] <= r.start
            and r.end <= start
            and (
                _LABEL_GAP_RE.fullmatch(ctx.text, r.end, start)
                # "homicides 2021 ~800, 2024 ~570": a tilde marks the figure after a bare year
                or (ctx.text.startswith(("~", "≈"), start) and 0 < start - r.end <= 2)
                # ("... vs 2023 c.1,440": the time set against, then its figure)
                or (r.kind == "baseline" and _VS_LABEL_GAP_RE.fullmatch(ctx.text, r.end, start))
                # "London had 150 murders in 2019. last year 97.": a sentence of a period
                # and a figure alone
                # ("30 in 2021. Last year, 8.")
                or (
                    (
                        not ctx.text[sent[0] : r.start].strip()
                        # ("In 2018, 434.")
                        or _IN_OPENING_RE.fullmatch(ctx.text, sent[0], r.start)
                    )
                    and 0 < start - r.end <= 3
                    and not ctx.text[r.end : start].strip(" ,")
                    and _FIGURE_ENDS_RE.fullmatch(ctx.text, start, sent[1])
                )
                # "2019/20 → 1,210" on a line of its own: an arrow after the line's label (not
                # "402 in '22 → 327": the figure the series moved to)
                or (
                    (
                        not ctx.text[sent[0] : r.start].strip(" \t-" + BULLET_MARKS)
                        # ("Baltimore homicides: 2023 → 263 / 2024 → 201": after a colon;
                        # "E&W homicides, yr to March 2020 → 695": after a comma)
                        or ctx.text[sent[0] : r.start].rstrip().endswith((":", ","))
                        # ("Chicago murders 2022 → 695. 2021 → 797.": the crime and place label
                        # the year, no figure before it)
                        or (
                            any(sent[0] <= mm.start and mm.end <= r.start for mm in ctx.metrics)
                            and not any(ch.isdigit() for ch in ctx.text[sent[0] : r.start])
                        )
                    )
                    and _ARROW_LABEL_GAP_RE.fullmatch(ctx.text, r.end, start)
                )
                # "Phone snatches, Westminster: 2024 20k / 2023 17k": a bare year opening an
                # item of a slashed list
                or (
                    _VS_LABEL_GAP_RE.fullmatch(ctx.text, r.end, start) is not None
                    and _ITEM_OPENS_BEFORE_RE.search(ctx.text, max(sent[0], r.start - 3), r.start)
                    and _SLASHED_ITEM_RE.match(ctx.text, start)
                )
            )
        ):
            return as_header_says(ctx, r, sent)
        if (
            _is_year_before(r)
            and r.end <= start
            and not ctx.text[sent[0] : r.start].strip(" \"'“‘(")
            # ("Toronto homicides in 2025: 44. The year before, 84.")
            and (
                _LABEL_GAP_RE.fullmatch(ctx.text, r.end, start)
                or not ctx.text[r.end : start].strip(" ,")
            )
        ):
            # "Homicides in London last year: 97. The year before: 109.": a year before the
            # period of the figure the post gave before
            before = next(
                (c.period for c in reversed(ctx.claims) if c.period and c.start < sent[0]), None
            )
            if before is not None:
                return timex.shift_years(span_of(before), -1)
    return _part_of_header_year(ctx, start, sent)


#: an item labelled by a month or a quarter alone: "January: 1,310", "Q2 11"
_PART_LABEL_RE = compile_re(
    rf"[ \t{BULLET_MARKS}-]*(?:(?P<m>{timex.MONTH_SRC})\.?|Q(?P<q>[1-4])|H(?P<h>[12]))"
    r"[ \t]*[:=–—|→-]?[ \t]*",
    re.I,
)


_TOTAL_LINE_RE = compile_re(
    rf"[ \t{BULLET_MARKS}-]*(?:total|overall|full\s+year|whole\s+year|all\s+year)[ \t]*[:=–—|-]?[ \t]*",
    re.I,
)


def _part_of_header_year(ctx: Ctx, start: int, sent: tuple[int, int]) -> Span | None:
    """ "Knife crime in London, 2025 so far:\nJanuary: 1,310": an item labelled by a month or
    a quarter is that part of the one year its list's header names."""
    m = _PART_LABEL_RE.fullmatch(ctx.text, sent[0], start)
    if m is None:
        if _TOTAL_LINE_RE.fullmatch(ctx.text, sent[0], start):
            # ("Q4 10\nTotal: 44": the header's whole period, not the last item's)
            return header_period(ctx, sent, kinds=frozenset({"period", "ytd"}))
        return None
    year_span = header_period(ctx, sent, kinds=frozenset({"period", "ytd"}))
    if year_span is None or year_span[0].year != year_span[1].year:
        return None
    span = timex.part_span(
        year_span[0].year,
        month=m.group("m"),
        quarter=int(m.group("q")) if m.group("q") else None,
        half=int(m.group("h")) if m.group("h") else None,
    )
    return span if span[0] <= ctx.ref else None


def _day_month_src(n: int) -> str:
    """A day of a month with no year, "1 Jan" or "Jan 1st", its groups numbered ``n``."""
    return (
        rf"(?:(?P<da{n}>\d{{1,2}})(?:st|nd|rd|th)?\s+(?P<ma{n}>{timex.MONTH_SRC})\b\.?"
        rf"|(?P<mb{n}>{timex.MONTH_SRC})\.?\s+(?P<db{n}>\d{{1,2}})(?:st|nd|rd|th)?\b)"
    )


#: a list's header that says which part of each year its items count: "Homicides in
#: Chicago, Jan–June:", "by year ending March (ONS):", "first half of each year:"
_HEADER_PART_SRC = (
    rf"(?:(?:year|yr|12\s+months)\s+(?:ending|to)\s+(?P<ye>{timex.MONTH_SRC})|(?-i:YE)\s+(?P<ye2>{timex.MONTH_SRC})|(?P<m1>{timex.MONTH_SRC})\.?\s*(?:[-–—]|to|through|until)\s*"
    rf"(?P<m2>{timex.MONTH_SRC})\.?|(?P<h1>first\s+half|H1)\b"
    # ("Toronto homicides, Jan 1 to Feb 1:", "London homicides, 1 Jan – 14 Jul:"): the same
    # days of each year
    rf"|{_day_month_src(1)}\s*(?:[-–—]|to|through|until|till)\s*{_day_month_src(2)}"
    # ("Philly homicides through June 30:", "..., to end of May:": from each year's start)
    rf"|(?:through|thru|until|till|up\s+to|to\s+(?:the\s+)?end\s+of)\s+(?:{_day_month_src(3)}|(?P<tm>{timex.MONTH_SRC})\b))"
)
_HEADER_FORM_RE = compile_scan(
    # (a year of its own makes it one period's, but "Jan–Mar, 2024 vs 2023:" sets two such
    # parts against each other)
    _HEADER_PART_SRC
    + r"(?![^\n:]*(?<!vs\s)(?<!vs\.\s)\b(?:19|20)\d\d\b(?!\s+vs\.?\s))[^\n:]{0,40}:?[ \t]*\n",
    re.I,
)
#: ("Teen homicides, London, Jan–Jul: 2024 – 9 / 2025 – 6"): the header on the items' own
#: line, closed by a colon
_SAME_LINE_HEADER_RE = compile_re(
    _HEADER_PART_SRC + r"(?![^\n:]*(?:19|20)\d\d)[^\n:]{0,40}:[ \t]*", re.I
)
#: the items of such a line before the one being read ("2024 – 9 / ")
_ITEMS_BEFORE_RE = compile_re(
    r"\s*(?:(?:19|20)\d\d\s*[:–—-]?\s*(?:~|≈|c\.\s?)?\d[\d,.]*k?(?:-?ish)?\s*[;/|,]\s*)*"
)


def as_header_says(ctx: Ctx, r: timex.TimeRef, sent: tuple[int, int]) -> Span | None:
    """A bare year labelling an item of a list whose header names the part of the year:
    "Homicides in Chicago, Jan–June:\n2021: 339" is January to June 2021 (and so is "Jan–June:
    2020 – 330 / 2021 – 339" on one line)."""
    span = r.span
    if span is None or not re.fullmatch(r"(?:19|20)\d\d", r.text.strip()):
        return span
    own_line = ctx.text.rfind("\n", 0, sent[0] + 1) + 1
    colon = ctx.text.rfind(":", own_line, r.start)
    m: re.Match[str] | None = None
    if colon > 0 and _ITEMS_BEFORE_RE.fullmatch(ctx.text, colon + 1, r.start) is not None:
        head = _SAME_LINE_HEADER_RE.search(ctx.text, own_line, colon + 1)
        m = head if head is not None and head.end() > colon else None
    if m is None:
        m = _header_above(ctx, own_line, sent)
    if m is None:
        return span
    year = span[0].year
    if m.group("ye") or m.group("ye2"):
        return timex.year_ending(year, timex.month_number(m.group("ye") or m.group("ye2")))
    if m.group("m1"):
        m1, m2 = timex.month_number(m.group("m1")), timex.month_number(m.group("m2"))
        if m1 <= m2:
            return timex.month_span(year, m1)[0], timex.month_span(year, m2)[1]
        return span
    if m.group("h1"):
        return timex.month_span(year, 1)[0], timex.month_span(year, 6)[1]
    if m.group("tm"):
        return date(year, 1, 1), timex.month_span(year, timex.month_number(m.group("tm")))[1]
    if m.group("ma3") or m.group("mb3"):
        try:
            last = date(
                year,
                timex.month_number(m.group("ma3") or m.group("mb3")),
                int(m.group("da3") or m.group("db3")),
            )
        except ValueError:
            return span
        return date(year, 1, 1), last
    try:
        first, last = (
            date(
                year,
                timex.month_number(m.group(f"ma{n}") or m.group(f"mb{n}")),
                int(m.group(f"da{n}") or m.group(f"db{n}")),
            )
            for n in (1, 2)
        )
    except ValueError:
        return span  # ("Feb 30 to Mar 3": no such day)
    return (first, last) if first <= last else span


_ROW_BEFORE_RE = compile_re(
    # ("Oakland 2021 – 124 / 2020 – 102": a place's name before the line's first year)
    r"(?:(?-i:[a-z])[a-z-]{2,20}\s+|(?:(?-i:[A-Z])[\w.'’&-]{1,20}\s+){1,2})?(?:(?:19|20)\d\d\s*[:–—-]?\s*(?:~|≈|c\.\s?)?\d[\d,.]*k?(?:-?ish)?\s*[;/|,]\s*)+"
)


def _header_above(ctx: Ctx, own_line: int, sent: tuple[int, int]) -> re.Match[str] | None:
    """The header of the list an item opening its line belongs to, when it names the part of
    each year: the first line above that is not itself an item."""
    before = ctx.text[own_line : sent[0]].strip(" \t-–" + BULLET_MARKS)
    if own_line == 0 or (before and _ROW_BEFORE_RE.fullmatch(before) is None):
        # (the item opens its line, after a bullet if any: "• 2020: 695", or follows the
        # line's own items: "shootings 2023: 1,810 / 2024: 1,560")
        return None
    pos = own_line
    for _ in range(12):
        line_start = ctx.text.rfind("\n", 0, max(0, pos - 1)) + 1
        if not _LIST_LINE_RE.fullmatch(ctx.text[line_start:pos].strip()):
            break
        if line_start == 0:
            return None
        pos = line_start
    else:
        return None
    return _HEADER_FORM_RE.search(ctx.text, line_start, min(len(ctx.text), pos + 1))


_LIST_LINE_RE = compile_re(
    # ("2019: 149", "2019 | 45,600", "2019 → 695", "2019 ~150")
    # ("shootings 2023: 1,810 / 2024: 1,560": a crime's word before the year)
    # ("Oakland 2021 – 124 / 2020 – 102": a place's name before it)
    rf"[{BULLET_MARKS}\-–]?\s*(?:(?-i:[a-z])[a-z-]{{2,20}}\s+|(?:(?-i:[A-Z])[\w.'’&-]{{1,20}}\s+){{1,2}})?\(?(?:19|20)\d\d(?:/\d\d)?\)?(?:\s*[:=–—|→-]\s*\S.*|\s+(?:[~≈]|c\.)?\s*\d.*)"
)


_RATE_WORD_RE = compile_scan(r"\brates?$", re.I)
_THE_RATE_WAS_RE = compile_re(
    r"\b(?:the|its|their)\s+rate\s+(?:was|is|were|stood\s+at|had\s+been|of)\s+$", re.I
)
_RATE_LEFT_RE = compile_re(
    r"\brates?"
    # ("The homicide rate per 100,000 people in London was 1.2")
    r"(?:\s+per\s+(?:100k|100,000|100\s000|capita|head)(?:\s+(?:people|residents|population))?)?"
    r"(?:\s+(?:in|for)\s+[\w' ]{2,20}?)?(?:\s+(?:last|this)\s+year|\s+in\s+(?:19|20)\d\d)?"
    r"\s*(?:[:(]|(?:was|is|were|are|of|at|stood\s+at|sits\s+at|hit|fell\s+to|rose\s+to)\b)?\s*$"
    # "Homicide rate 2020, per 100k [Eurostat]: Berlin ~1.2 | ...", "Homicides per 100k, 2018:
    # Tokyo ~0.3": a rate's header, then the first item's label
    r"|\b(?:rates?|per\s+(?:100k|100,000))\b[^.!?\n:]{0,40}:\s*(?-i:[A-Z])[\w'’.&-]*(?:\s(?-i:[A-Z])[\w'’.&-]*)?\s*$",
    re.I,
)
_OPEN_BRACKET_RE = compile_re(
    r"\s*\(\s*(?:about|around|roughly|approx\.?|approximately|~|c\.)?\s*$", re.I
)
_DIFFERENT_AFTER_RE = compile_re(
    r"\s+(?:different|separate|distinct|conflicting|competing|contradictory)\b", re.I
)
_BRACKET_LABEL_RE = compile_re(r"\s*\(\s*(?:19|20)\d\d(?:/\d\d)?\s*[:=]\s*")
#: "The Astros are 31-34": the verb before a win-loss record (_SCORE_RE)
_SCORE_VERB_BEFORE_RE = compile_scan(
    r"\b(?:are|were|is|was|went|sit|sits|sat|finished|ended|stand|stands)\s+$", re.I
)
#: "14 homicides already", "11 already": a tally of the year so far
_ALREADY_AFTER_RE = compile_re(r"(?:\s+[\w-]+){0,2}?\s+already\b", re.I)
#: a figure that ends its sentence, perhaps hedged, perhaps with an emoji after it
_ARROW_LABEL_GAP_RE = compile_re(r"\s*→\s*")
_ITEM_OPENS_BEFORE_RE = compile_re(r"(?:^|[:/|;→]\s+)$")
#: a figure followed by the next " / " (" | ", "; ") item, or by the end of a list of them
_SLASHED_ITEM_RE = compile_re(
    # ("2021 89 (record) / 2024 ~60": a note in brackets)
    # ("2021 562 → 2023 410 → 2024 269": a year's figure, then the next year's)
    r"(?:(?:~|≈|approx\.?|about|around|roughly|c\.)\s*)?"
    # ("2024 c.1,350 vs 2023 c.1,440": a year's figure set against another year's)
    r"[\d,.]+[km]?\+?(?:\s*[(\[][^()\[\]\n]{1,30}[)\]])?(?:(?:\s+[/|]|;)\s+\S|\s+→\s+(?:19|20)\d\d\s"
    r"|\s+(?:vs\.?|versus)\s+(?:(?-i:YE|FY|H[12]|Q[1-4])\s*)?(?:[A-Za-z]{3,9}\s+)?(?:19|20)?\d\d\b|\s*[.!]?$|\s*[.!]\s)",
    re.I,
)
_FIGURE_ENDS_RE = compile_re(
    # ("30 in 2021. Last year, under 10.": a bound, as a hedge)
    r"(?:[~≈]|(?:approx\.?|approximately|about|around|roughly|c\.|(?:just\s+)?(?:under|over)|nearly|"
    r"almost|(?:more|fewer|less)\s+than)\s*)?\s*[\d,.]+[km]?\+?(?:ish)?(?:\s?(?:%|pc))?\s*"
    # ("2020/21 ~22k (lockdown obv)", "2022: 695 (-14pc) [CPD]": notes in brackets)
    r"(?:[(\[][^()\[\]\n]{1,30}[)\]]\s*){0,2}[.!?]*"
    r"[\s" + EMOJI_RANGE + r"\ufe0f]*",
    re.I,
)


_VS_BEFORE_RE = compile_re(r"\b(?:vs\.?|versus|v\.?)\s+$", re.I)
_LABEL_GAP_RE = compile_re(
    # ("2024 total: 17"; "Before (2017): 3,000+": the year in brackets after a word)
    r"\)?(?:\s+(?:total|figure|count|tally))?\s*[:=–—|-]\s*(?:(?:only|just)\s+)?|\s*[:=–—|-]?\s*(?:(?:only|just)\s+)?(?:~|about|around|roughly|approx\.?|approximately)\s+"
)


#: "from 2021 (51%) to 2024": a figure in brackets right after a year is that year's
_BRACKET_BEFORE_RE = compile_scan(r"\(\s*$")
_BRACKET_GAP_RE = compile_re(r"\s*\(\s*")
#: the time before the bracket ends in the year itself ("in the year to March 2025 (roughly
#: 15,000 offences)" is the year to March)
_YEAR_END_RE = compile_re(r"(?:19|20)\d\d(?:\s?[/-]\s?\d\d)?$")


def _year_before_bracket(ctx: Ctx, hstart: int, sent: tuple[int, int]) -> TimeRef | None:
    """The year a bracketed figure follows: "from 2021 (51%) to 2024"."""
    if not _BRACKET_BEFORE_RE.search(ctx.text, max(sent[0], hstart - 3), hstart):
        return None
    return next(
        (
            r
            for r in ctx.all_times
            if r.span is not None
            and r.kind in ("period", "baseline")
            and _BRACKET_GAP_RE.fullmatch(ctx.text, r.end, hstart)
            and _YEAR_END_RE.search(r.text)
        ),
        None,
    )


_NOW_GAP_RE = compile_re(
    # ("now its 45%": the apostrophe left out)
    r"\s*(?:,\s*)?(?:(?:it|that|they|the\s+(?:figure|number|rate|share))\s*(?:['’]s|['’]re|\s+is|\s+are|\s+stands\s+at|\s+sits\s+at)|its|at|down\s+to|up\s+to)?\s*(?:(?:just|only|about|around|roughly|approx\.?|approximately|barely)\s+)?",
    re.I,
)


_WHEN_THERE_WERE_RE = compile_re(
    # ("since 2016, when 69% of Londoners said ...": the figure opens the clause)
    # ("Still well above 2013, when the city recorded 246.")
    r"\s*,?\s*(?:back\s+)?when\s+(?:(?:there\s+(?:were|was)|it\s+was|they\s+were|(?:we|it|they|the\s+\w+)\s+"
    r"(?:had|recorded|saw|logged|counted))\s+)?"
    r"(?:(?:about|around|roughly|approx\.?|approximately|nearly|almost|over|just\s+over|just\s+under|~)\s*)?",
    re.I,
)


#: a sentence of figures, each with its period and nothing else (quantities masked as "N",
#: times as "T")
_REPLY_LEAD = (
    r"(?:(?:no|nope|nah|actually|in\s+fact|well|true|yes|yep|yeah|correct|wrong|nonsense|rubbish|false"
    # ("They didn't: 97 last year, down from 109 in 2024.")
    r"|(?:they|it|that)\s+(?:didn['’]?t|did\s+not|isn['’]?t|wasn['’]?t|aren['’]?t|weren['’]?t|"
    r"haven['’]?t|hasn['’]?t))\W+"
    # ("That's backwards: 126 in 2020, down from 149 in 2019."): a short reply before a colon
    r"|[A-Za-z][\w'’ ]{0,24}:\s+)?"
)
_FIGURE_HEDGE = r"(?:(?:about|around|roughly|approx\.?|approximately|nearly|almost|over|under|just\s+(?:over|under)|~)\s*)?"
_FIGURES_IN_YEARS_RE = compile_re(
    r"\W*" + _REPLY_LEAD + _FIGURE_HEDGE + r"N\s+(?:in\s+)?T"
    r"(?:\s*(?:,|;|and|vs\.?|versus|to|then|->|→)\s*(?:(?:down|up)\s+from\s+)?"
    + _FIGURE_HEDGE
    # ("149 in 2019, 126 in 2020 per the Met.": the source after them)
    + r"N\s+(?:in\s+)?T)+(?:\s*,?\s*(?:per|according\s+to|from|says)\s+(?:the\s+)?[\w.&'’-]+(?:\s+[\w.&'’-]+){0,2})?\W*",
    re.I,
)
#: "> London had more murders than NYC last year / Wrong. NYC 319, London 149.": places and
#: their figures, the metric and time the sentence before's
_PLACES_FIGURES_RE = compile_re(
    r"\W*" + _REPLY_LEAD + r"P(?:['’]s)?\s*:?\s+" + _FIGURE_HEDGE + r"N"
    r"(?:\s*(?:,|;|and|vs\.?|versus)\s*P(?:['’]s)?\s*:?\s+" + _FIGURE_HEDGE + r"N)+"
    # ("Chicago 695, New York 438, with a third of the population.")
    r"(?:\s*,?\s+with\s+[^.!?\d]{0,40})?\W*",
    re.I,
)


_WHOLE_YEAR = (
    r"\s+(?:all\s+year|(?:in\s+)?(?:the|that)\s+(?:whole|entire|full)\s+year|in\s+total|in\s+all|"
    r"for\s+the\s+(?:whole\s+|entire\s+|full\s+)?year)(?:\s+(?:long|round))?"
)
_YEAR_TOTAL_ECHO_RE = compile_re(
    r"\W*(?:(?:just|only|about|around|roughly|approx\.?|approximately|nearly|almost|over|under|barely)\s+)?N"
    + _WHOLE_YEAR
    + r"\W*",
    re.I,
)
_WHOLE_YEAR_AFTER_RE = compile_re(_WHOLE_YEAR, re.I)
_YEARS_FIGURES_RE = compile_re(
    r"\W*T\s*:?\s*(?:c\.\s*)?"
    + _FIGURE_HEDGE
    + r"N(?:\s*(?:,|;|vs\.?|versus|->|→)\s*T\s*:?\s*(?:c\.\s*)?"
    + _FIGURE_HEDGE
    # ("17/18 ~18,000 → 21/22 ~22,000 [ONS]": a source in brackets after them)
    + r"N)+(?:\s*[(\[][^()\[\]\n\d]{1,30}[)\]])?\W*",
    re.I,
)
_FIGURE_VS_YEAR_RE = compile_re(
    r"\W*(?:(?:about|around|roughly|approx\.?|approximately|nearly|almost|over|under|just|only)\s+)?N\s*,?\s*"
    # ("About 110, from about 120 the year before.")
    r"(?:vs\.?|versus|compared\s+(?:with|to)|against|(?:(?:up|down)\s+)?from)\s+"
    r"(?:(?:about|around|roughly|approx\.?|approximately|nearly|almost|over|under|just)\s+)?N\s+(?:in\s+)?T\W*",
    re.I,
)
_YEAR_PLACES_FIGURES_RE = compile_re(
    r"\W*(?:in\s+)?T\s*[:,-]\s*P(?:['’]s)?\s*:?\s+(?:(?:about|around|roughly|approx\.?|approximately|nearly|almost|over|under|just|~)\s*)?N"
    r"(?:\s*(?:,|;|and|vs\.?|versus)\s*P(?:['’]s)?\s*:?\s+(?:(?:about|around|roughly|approx\.?|approximately|nearly|almost|over|under|just|~)\s*)?N)*\W*",
    re.I,
)
_THREAD_ITEM_RE = compile_re(r"\W*\d{1,2}\s*/\s*\d{0,2}\)?\s+N\s+(?:in\s+)?T\W*")


_TO_FIGURE_AFTER_RE = compile_re(r"\s*(?:to|->|→)\s*(?:about\s+|around\s+|~)?\d")
_NOT_FIGURE_BEFORE_RE = compile_re(r"\bnot\s+(?:even\s+|quite\s+)?$", re.I)
_BARE_LINE_FIGURE_RE = compile_re(
    # ("1. Offences: ~14,600": a list's number)
    rf"[\s{BULLET_MARKS}-]*(?:\d{{1,2}}[.)]\s+)?"
    # ("• offences: 530k", "- total 590": a word for the header's count)
    # ("• reported: ~19,000", "• victims: 726", "- all ages: ~3,800")
    r"(?:(?:total|offences|recorded|reported|count|number|overall|victims|all\s+ages|cases|incidents)"
    r"\s*[:=–—-]?\s*)?"
    r"(?:~|≈|about\s+|around\s+|roughly\s+|approx\.?\s*|over\s+|under\s+)?\d[\d,.]*[km]?\+?"
    # ("• 109 in total", "97 overall": the header's whole count)
    r"(?:\s+(?:in\s+total|total|overall|altogether|all\s+told|in\s+all))?"
    # ("offences: ~444,000, a record", "Offences: ~14,600, up ~20pc on 2022": what it did)
    r"(?:,\s*(?:a\s+record(?:\s+high)?|the\s+(?:highest|lowest)[^\n,]{0,30}|(?:up|down)\s[^\n,]{1,30}))?"
    r"(?:\s*(?:\([^()\n]{1,40}\)|\[[^\[\]\n]{1,40}\]))?[.!]?\s*",
    re.I,
)
_TEMPERATURE_AFTER_RE = compile_re(r"\s*(?:degrees|°)", re.I)


def _replied_to(ctx: Ctx, sent: tuple[int, int], q: Quantity) -> tuple[int, int] | None:
    """The "> " quote block whose reply's first line holds ``sent`` and its figure ``q`` (not
    the quote's figure echoed: "Not 30.", "30??")."""
    if (
        ctx.text.startswith("?", q.end)
        or _NOT_FIGURE_BEFORE_RE.search(ctx.text, max(sent[0], q.start - 12), q.start)
        or not reply_spans(ctx)
    ):
        return None
    for start, end in reply_spans(ctx):
        # (a comment chain's reply opens after its writer's name, inside the sentence)
        rest = ctx.text[end : sent[0]]
        if end > q.start or "\n" in rest.strip() or ">" in rest:
            continue
        return start, end
    return None


def _masked(ctx: Ctx, sent: tuple[int, int], *, places: bool = False) -> str:
    spans = sorted(
        [(t.start, t.end, "T") for t in ctx.times if sent[0] <= t.start and t.end <= sent[1]]
        + [(q.start, q.end, "N") for q in ctx.quantities if sent[0] <= q.start and q.end <= sent[1]]
        + (
            [(p.start, p.end, "P") for p in ctx.places if sent[0] <= p.start and p.end <= sent[1]]
            if places
            else []
        )
    )
    out, pos = [], sent[0]
    for a, b, mark in spans:
        if a < pos:
            continue  # (a year is a quantity and a time: the time, met first, covers it)
        out.append(ctx.text[pos:a] + mark)
        pos = b
    out.append(ctx.text[pos : sent[1]])
    return "".join(out)


_YEAR_TOTAL_OF_RE = compile_re(
    r"\b(?:its|the|their|a|this|that)\s+(?P<y>(?:19|20)\d\d(?:/\d\d)?)\s+"
    r"(?:total|figure|count|tally|level|number)\s+(?:of|was|at)\s+(?:about\s+|around\s+|roughly\s+)?$",
    re.I,
)
#: "fell from 30 in 2021 to 14", "from 69% in 2016 to about 45%": the year is the first
#: figure's; the second's is later
_FROM_YEAR_TO_RE = compile_scan(
    r"\bfrom\s+(?:about\s+|around\s+|roughly\s+|~\s*)?[\d,.]+\s*(?:[km]|%|per\s*cent)?\s+(?:in\s+)?"
    r"(?P<y>(?:19|20)\d\d(?:/\d\d)?)\s+(?:to|down\s+to|up\s+to)\s+"
    r"(?:about\s+|around\s+|roughly\s+|nearly\s+|almost\s+|~\s*)?$",
    re.I,
)


def _moved_to(ctx: Ctx, hstart: int, qe: int, sent: tuple[int, int]) -> Periods | None:
    """ "Teenage homicides fell from 30 in 2021 to 14": a figure moved to, whose own time goes
    unsaid, is of the period the sentence before was about, else the latest complete one,
    whichever comes after the year it moved from."""
    lead = ctx.text[max(sent[0], hstart - 60) : hstart]
    if "from" not in lead:
        return None
    m = _FROM_YEAR_TO_RE.search(ctx.text, max(sent[0], hstart - 60), hstart)
    if m is None or any(t.start >= qe and t.kind in PERIOD_KINDS for t in times_in(ctx, sent)):
        return None
    start = next(
        (t.span for t in ctx.times if t.start <= m.start("y") < t.end and t.span is not None), None
    )
    if start is None:
        return None
    before = context_periods(ctx, sent, with_baseline=False)
    # ("Gun discharges in London were down by about a third in 2019, from 434 in 2018 to
    # 277": the period of the move the sentence opened with)
    move = next(
        (
            c.period
            for c in reversed(ctx.claims)
            if c.kind in ("change", "trend") and sent[0] <= c.start and c.end <= m.start()
        ),
        None,
    )
    for span in (
        span_of(move) if move is not None else None,
        before.period if before is not None else None,
        timex.calendar_year(timex.latest_complete_year(ctx.ref)),
    ):
        if span is not None and span[0] > start[1]:
            return Periods(span, None, True)
    return None


#: between a figure and the time that is its own: "69% back in 2016", "30 in 2021"
_FIGURE_TIME_GAP_RE = compile_re(r"\s*(?:%|per\s*cent)?\s*(?:back\s+)?(?:in\s+)?", re.I)
_MOVED_TO_BEFORE_RE = compile_re(r"\b(?:to|from)\s+(?:about\s+|around\s+|roughly\s+)?$", re.I)
_DOWN_FROM_BEFORE_RE = compile_re(
    r"\b(?:down|up)\s+from\s+(?:about\s+|around\s+|roughly\s+)?$", re.I
)
_TO_BEFORE_RE = compile_re(r"\bto\s+$", re.I)


#: right before a time a level is set against: ", well below the 2019/20 level"
_SET_AGAINST_BEFORE_RE = compile_scan(
    r",\s*(?:(?:still|well|way|far|much|slightly|just|a\s+bit|a\s+lot)\s+)*"
    r"(?:below|above|under|over|down\s+on|up\s+on|higher\s+than|lower\s+than)\s+"
    r"(?:the\s+|its\s+|their\s+|pre-pandemic\s+)?$",
    re.I,
)


def _level_roles(
    ctx: Ctx, qs: int, qe: int, hstart: int, clause: tuple[int, int], sent: tuple[int, int]
) -> Periods:
    # "Met confidence at 45% 😬 was 69% back in 2016": a time right after a later figure is
    # that figure's, not this one's
    owned = [
        t
        for t in ctx.times
        if t.start > qe
        and t.kind in PERIOD_KINDS
        and any(
            qe < q.start
            and q.end <= t.start
            and _FIGURE_TIME_GAP_RE.fullmatch(ctx.text, q.end, t.start)
            and (
                not _MOVED_TO_BEFORE_RE.search(ctx.text, max(0, q.start - 20), q.start)
                # ("14 down from 30 in 2021": the year is the figure moved from's)
                or _DOWN_FROM_BEFORE_RE.search(ctx.text, max(0, q.start - 20), q.start)
                # ("fell to 45% from 67% in 2016": so is it after the figure moved to)
                or (
                    _FROM_BEFORE_RE.search(ctx.text, max(0, q.start - 20), q.start)
                    and _TO_BEFORE_RE.search(ctx.text, max(0, hstart - 12), hstart)
                )
            )
            for q in ctx.quantities
        )
    ]
    # ("came in at roughly 17,500 offences, well below the 2019/20 level": the time set
    # against, not the figure's own)
    owned += [
        t
        for t in ctx.times
        if qe < t.start < sent[1]
        and t.kind in PERIOD_KINDS
        and t not in owned
        and _SET_AGAINST_BEFORE_RE.search(ctx.text, max(qe, t.start - 40), t.start)
    ]
    same = next((t for t in ctx.times if t.kind == "same_period" and 0 <= t.start - qe <= 4), None)
    before = (
        next(
            (
                c.period
                for c in reversed(ctx.claims)
                if c.period and id(c) in ctx.explicit and sent[0] <= c.start < qs
            ),
            None,
        )
        # ("Homicides in London so far this year: 52.\n56 at the same point last year.": the
        # line before's)
        or next(
            (
                c.period
                for c in reversed(ctx.claims)
                if c.period
                and c.kind == "level"
                and sent[0] - 200 <= c.start < sent[0]
                and span_of(c.period)[1] == ctx.ref
            ),
            None,
        )
        if same is not None
        else None
    )
    if same is not None and before is not None:
        # "49 homicides this year vs 62 at the same point last year": the span of the figure
        # before, in the year named
        span = span_of(before)
        shift = same.year - span[0].year if same.year else -(same.years or 1)
        return Periods(timex.shift_years(span, shift), None, True)
    if not owned:
        return _roles_of_level(ctx, qs, qe, hstart, clause, sent)
    saved = ctx.times
    ctx.times = [t for t in saved if t not in owned]
    try:
        return _roles_of_level(ctx, qs, qe, hstart, clause, sent)
    finally:
        ctx.times = saved


def _relative_opening(ctx: Ctx, hstart: int, sent: tuple[int, int]) -> tuple[Span, int] | None:
    """ "97 homicides in 2025. The year before it was 109.", "In 2021, 30 ... Two years later
    it was 21.": a sentence that opens on a time counted from the period said before."""
    for r in ctx.times:
        if not (sent[0] <= r.start and r.end <= hstart) or ctx.text[sent[0] : r.start].strip(
            " \t\"'“‘(,"
        ):
            continue
        shift = -1 if r.kind == "year_before" else r.years if r.kind == "years_later" else None
        if shift is None or not _IT_WAS_GAP_RE.fullmatch(ctx.text, r.end, hstart):
            continue
        prev = next((c for c in reversed(ctx.claims) if c.period and c.start < sent[0]), None)
        if prev is not None:
            return timex.shift_years(span_of(prev.period), shift), r.start  # type: ignore[arg-type]
    return None


#: between an opening time and its figure: "The year before it was 109", "..., 84"
_IT_WAS_GAP_RE = compile_re(
    r"\s*,?\s*(?:(?:it|that|there|they)\s*(?:was|were|['’]s|had|saw)\s+|(?:it\s+)?(?:came\s+in\s+at|stood\s+at)\s+)?"
    r"(?:(?:about|around|roughly|approx\.?|approximately|nearly|almost|over|under|just|only|~)\s*)?",
    re.I,
)


def _roles_of_level(
    ctx: Ctx, qs: int, qe: int, hstart: int, clause: tuple[int, int], sent: tuple[int, int]
) -> Periods:
    relative = _relative_opening(ctx, hstart, sent)
    if relative is not None:
        return Periods(relative[0], None, True)
    year = _year_before_bracket(ctx, hstart, sent)
    if year is not None and year.span is not None:
        return Periods(year.span, None, True)
    moved = _moved_to(ctx, hstart, qe, sent)
    if moved is not None:
        return moved
    total = (
        _YEAR_TOTAL_OF_RE.search(ctx.text, max(sent[0], hstart - 40), hstart)
        if " of " in ctx.text[max(sent[0], hstart - 6) : hstart]
        or " was " in ctx.text[max(sent[0], hstart - 8) : hstart]
        or " at " in ctx.text[max(sent[0], hstart - 6) : hstart]
        else None
    )
    if total is not None:
        # "roughly half its 2024 total of 85": the figure of the year that names it
        named = next(
            (t.span for t in ctx.times if t.start <= total.start("y") < t.end and t.span), None
        )
        if named is not None:
            return Periods(named, None, True)
    at = next(
        (
            r.span
            for r in ctx.times
            if r.kind == "period"
            and r.span is not None
            and _AT_LABEL_RE.fullmatch(ctx.text, r.end, min(qs, hstart))
        ),
        None,
    )
    if at is not None:
        return Periods(at, None, True)  # "TPS puts 2023 at 71 and 2022 at 70"
    when = next(
        (
            r.span
            for r in ctx.times
            if r.span is not None
            # ("the fewest since 2011 when there were 51": the year the record reaches to)
            and r.kind in ("period", "baseline", "since")
            and _WHEN_THERE_WERE_RE.fullmatch(ctx.text, r.end, min(qs, hstart))
        ),
        None,
    )
    if when is not None:
        return Periods(when, None, True)  # "down 40% on 2002/03, when there were 1,047"
    own = _level_period(ctx, qe, clause, sent)
    if own is not None:
        return Periods(own, None, True)
    if any(
        r.kind == "now"
        and within(r.start, clause)
        and r.end <= hstart
        and _NOW_GAP_RE.fullmatch(ctx.text, r.end, min(qs, hstart))
        for r in ctx.times
    ):
        # "Met confidence was 69% back in '16, now it's 51%": the latest year, not the
        # sentence's other period
        return Periods(timex.calendar_year(timex.latest_complete_year(ctx.ref)), None, True)
    label = _label_period(ctx, min(qs, hstart), sent)
    if label is not None:
        return Periods(label, None, True)
    same = next(
        (
            r
            for r in ctx.times
            if r.kind == "same_period"
            and within(r.start, sent)
            and r.end <= qs
            # "doubled compared with the same point in 2019, 1,200+ so far": what the change
            # compared with, not this figure's label
            and not re.match(r"(?:on|than|compared|vs|versus)\b", r.text, re.I)
        ),
        None,
    )
    if same is not None:
        # "Jan-Sept 2025: 64. Same period 2024: 81.", "so far this year: 192. At this point
        # last year it was 289.": the span of the figure before, a year earlier
        before = next(
            (c.period for c in reversed(ctx.claims) if c.period and id(c) in ctx.explicit), None
        )
        if before is not None:
            span = span_of(before)
            # ("Jan-June 2024: 52. Same period of 2023: 60.": the year said, when said)
            back = span[0].year - same.year if same.year else (same.years or 1)
            return Periods(timex.shift_years(span, -back), None, True)
        if same.year is None and _TO_DATE_POINT_RE.search(same.text):
            # ("Stabbings in London at this point last year: 6,500.": the year so far, a
            # year back)
            so_far = (date(ctx.ref.year, 1, 1), ctx.ref)
            return Periods(timex.shift_years(so_far, -(same.years or 1)), None, True)
    said = next(
        (
            r.year
            for r in ctx.times
            if r.year is not None
            and r.start >= qe
            and re.fullmatch(r"\s*(?:in\s+)?", ctx.text[qe : r.start])
        ),
        None,
    )
    if said is not None:
        # "52 homicides in the first six months of 2024, down from 60 in the same period of
        # 2023": the span of the figure before, in the year said
        before = next(
            (c.period for c in reversed(ctx.claims) if c.period and id(c) in ctx.explicit), None
        )
        if before is not None and span_of(before)[0].year > said:
            span = span_of(before)
            return Periods(timex.shift_years(span, said - span[0].year), None, True)
    if any(
        r.kind in ("year_before", "same_period")
        and r.start >= qe
        and re.fullmatch(r"\s*", ctx.text[qe : r.start])
        for r in ctx.times
    ):
        # "97 in 2025 vs 109 the year before": the number belongs to the baseline year
        roles = change_periods(ctx, clause, sent, want_baseline=True)
        if roles.year_before_only:
            # "year ending March 2024: 570. That's down from roughly 590 the year before.":
            # the year before the one the sentence before was about
            roles = context_periods(ctx, sent, with_baseline=True) or roles
        if roles.baseline is not None:
            return Periods(roles.baseline, None, True)
    left = ctx.text[max(sent[0], hstart - 25) : hstart]
    sibling = next(
        (
            c
            for c in reversed(ctx.claims)
            if c.kind in ("change", "trend") and sent[0] <= c.start < sent[1]
        ),
        None,
    )
    if sibling is None and _arrow_pair(ctx, sent):
        sibling = _moved_before(ctx, sent)
    if sibling is not None and sibling.period is not None:
        fronted = next(
            (
                r.span
                for r in reversed(ctx.times)
                if r.kind == "period"
                and r.span is not None
                and clause[0] <= r.start
                and r.end <= hstart
                and sibling.start >= qe
                and not figures_between(ctx, r.end, hstart)
            ),
            None,
        )
        if fronted is not None:
            # "In 2010/11 it was 12,000, so it's up over 20% since then": the figure's own
            # time, said before it, over the change after it
            return Periods(fronted, None, True)
        if sibling.baseline is not None and any(
            r.kind == "period"
            and r.span == span_of(sibling.baseline)
            and sent[0] <= r.start
            and r.end <= hstart
            and sibling.start >= qe
            and not figures_between(ctx, r.end, hstart)
            for r in ctx.times
        ):
            # "Five years earlier, in 2018/19, it was 671, so the fall is roughly 15%": the
            # time said before the figure, in an earlier clause, is the change's baseline
            return Periods(span_of(sibling.baseline), None, True)
        if (
            re.search(r"\bfrom\s*$|compared\s+(?:with|to)\s*$", left, re.I)
            # ("fell about 29% last year, 587 to 416": the pair's first is the baseline's)
            or (re.search(r"(?:^|[,:(–—])\s*$", left) and _FROM_TO_RE.match(ctx.text, qe))
        ) and sibling.baseline:
            return Periods(span_of(sibling.baseline), None, True)
        return Periods(span_of(sibling.period), None, True)
    if re.search(r"\bfrom\s*$", left, re.I) and (
        _FROM_TO_RE.match(ctx.text, qe) or CHANGED_FROM_RE.search(left)
    ):
        # "down from 110 to 97 last year", "97 last year, down from 109": the number after
        # "from" is the baseline's ("... 499. Down from 539 a year earlier.": the year before
        # the figure said before)
        shifted = next((p for r in ctx.times if (p := earlier_than_said(ctx, r))), None)
        if shifted is not None:
            return Periods(shifted, None, True)
        roles = change_periods(ctx, clause, sent, want_baseline=True)
        if not ctx.times:
            # "E&W homicides in the year to March 2024: 570. Down from 590.": the year
            # before the one the sentence before was about
            roles = context_periods(ctx, sent, with_baseline=True) or roles
        if roles.baseline is not None:
            return Periods(roles.baseline, None, roles.explicit)
    if not any(within(t.start, sent) for t in ctx.times):
        asked = asked_time(ctx, sent)
        if asked is not None:
            # "... New York 21. Full year 2018? London 134, NYC 295.": the time asked
            return Periods(asked, None, True)
        if _ALREADY_AFTER_RE.match(ctx.text, qe, sent[1]):
            # "Southwark's been rough this year. 14 homicides already in the borough.": so
            # far this year
            return Periods((date(ctx.ref.year, 1, 1), ctx.ref), None, True)
    return change_periods(ctx, clause, sent, want_baseline=False)


_PLACE_OF_SIZE_RE = compile_scan(
    r"\b(?:a|an|our|the|this|that|my)\s+(?:(?:small|little|tiny|big|quiet|sleepy)\s+)?"
    r"(?:village|town|city|borough|county|country|nation|community|island|suburb|parish)\s+of\s+"
    r"(?:(?:about|around|roughly|approx\.?|approximately|just|only|over|under|nearly|almost|some)\s+)?$",
    re.I,
)
_STREET_PLACE_RE = compile_re(
    r"\s+(?:near|on|at|outside|opposite|behind|round|around)\s+(?:the\s+)?(?:[A-Z]|(?:station|park|shops?|school|corner|estate)\b)"
)
#: a documentary, a podcast, a novel: "13 women murdered over five years" is its story
_SCREEN_RE = compile_scan(
    r"\b(?:netflix|documentary|documentaries|doc|docs|docuseries|podcast|pod|ep\s*\d+|true\s+crime|(?<!hospital\s)episodes?|thriller|novel|casefile|"
    r"gta|video\s+game|my\s+character|body\s+counts?|"
    # ("Finished series 3 of that Met detective drama. 6 episodes, 4 murders")
    r"(?:crime|detective|police|cop)\s+(?:dramas?|shows?|series)|binge[ds]?|binge[-\s]?watch(?:ed|ing)?|"
    # ("Book group this month is doing In Cold Blood. 4 murders, 1 small town, 343 pages.",
    # "Off to see Macbeth at the Globe tonight. Three murders before the interval")
    # ("a Poirot marathon. Four murders before the prawn crackers ran out")
    # (not "marathon bore", "ran the marathon": a race)
    r"box\s+set|boxset|miniseries|(?<!\bran\s)(?<!\brun\s)(?<!\bhalf\s)(?<!\bthe\s)marathon"
    r"(?!\s+(?:bore|runner|running|run|time|training|medal|pb|man|woman|legend)s?\b)|"
    r"book\s+(?:club|group)|reading\s+group|audiobook|"
    r"theatre|theater|the\s+interval|matinee|macbeth|hamlet|agatha\s+christie|whodunn?it|"
    # ("Did the Jack the Ripper walking tour tonight ... Five murders, one square mile")
    r"(?:walking|ghost|murder|crime)\s+tour|jack\s+the\s+ripper|"
    # ("Finally went to see The Mousetrap. 67 years running, one murder")
    r"mousetrap|(?:went|go|going|off)\s+to\s+see\s+(?-i:[A-Z])|"
    # ("Finished a 600-page book on the Yorkshire Ripper")
    # ("Finished a doorstop of a book on the Yorkshire Ripper")
    r"(?:reading|read|finished|started)\s+(?:a|the|this|that|my)\s+(?:[\w-]+\s+){0,4}book|"
    # ("Rereading And Then There Were None. Ten murders, one island")
    r"re-?read(?:ing)?\s+(?-i:[A-Z])\w*|"
    # ("Rewatching Luther. ... like 40 murders in 5 series", "Just rewatched Se7en.")
    r"re-?watch(?:ing|ed)\s+(?-i:[A-Z])\w*|"
    # ("Watched Luther again. 5 series, about 40 murders")
    # ("Saw The Batman again: 6 murders, 1 city")
    r"(?:watch(?:ing|ed)|saw)\s+(?-i:[A-Z])\w*(?:\s+(?-i:[A-Z])\w*)?\s+(?:again|last\s+night|tonight)\b|"
    # ("Watched Murder by Numbers last night. 6 murders, one detective, 2 hours")
    # ("Finished In Cold Blood last night. 4 murders in one farmhouse")
    r"(?:(?:re-?)?watched|binged|finished|started|read)\s+(?:the\s+(?:new|latest|last)\s+)?(?-i:[A-Z])[\w'’-]*\s+(?:(?:[A-Z][\w'’-]*|by|of|the|and|in|on|a)\s+){0,4}"
    r"(?:last\s+night|tonight|yesterday|this\s+weekend|at\s+the\s+weekend|on\s+(?:netflix|iplayer|itvx|prime|disney))|"
    # ("Just finished I'll Be Gone in the Dark. 13 murders, 50 rapes", "finished In Cold Blood 📖
    # 4 murders"): a title that ends its sentence
    # ("Just finished the new Val McDermid. Four murders, ...")
    r"(?:finished|started|reading)\s+(?:the\s+(?:new|latest|last)\s+)?(?-i:[A-Z])[\w'’-]*(?:\s+(?:(?-i:[A-Z])[\w'’-]*|by|of|the|and|in|on|a|an|to|for|with)){0,6}"
    # ("Just finished Ian Rankin's latest.", "Just finished And Then There Were None again.")
    r"(?:['’]s\s+(?:new|latest|last)(?:\s+one|\s+book)?)?(?:\s+again)?"
    # ("Finished the new Nesbø in two days. 4 murders": how long the read took)
    r"(?=\s*(?:[.!?]|[\U0001F300-\U0001FAFF]|$)|\s+(?:in|over)\s+(?:a|one|two|three|four|\d)\s+"
    r"(?:days?|nights?|sittings?|goes?|weekends?|evenings?|hours?)\b)|"
    # ("Watched the new Poirot adaptation. 3 murders, 1 moustache", "Finished the new Ann Cleeves
    # on the train.\n- 3 murders")
    r"adaptation|"
    # ("Watched all 6 series of Line of Duty in a fortnight. 9 murders by my count")
    r"(?:watched|watching|binged|rewatched|finished)\s+(?:all\s+)?(?:\d+|two|three|four|five|six|seven|eight|nine|ten)\s+"
    r"(?:series|seasons|episodes)\s+of\b|"
    r"(?:finished|started|reading|watched|watching)\s+(?:the\s+(?:new|latest|last)\s+)?(?-i:[A-Z])[\w'’-]*"
    r"(?:\s+(?-i:[A-Z])[\w'’-]*){0,3}(?:['’]s\s+(?:new|latest|last)(?:\s+one|\s+book)?)?"
    r"\s+(?:on\s+the\s+(?:train|bus|tube|plane|beach)|in\s+bed|last\s+night)|"
    # ("My cat has committed at least 14 murders this spring"): a pet's kills
    r"(?:my|our)\s+(?:cat|cats|kitten|dog)\s+(?:has|have|had|is|just|killed|brought)|"
    # ("Finished Unforgotten s3. Four murders, one very tired DCI")
    r"(?:finished|started|watching|watched|binged)\s+(?:[A-Z][\w'’-]*\s+){1,3}(?:s|series|season)\s?\d{1,2}|"
    # ("Spent the afternoon on Law & Order reruns, four murders before supper")
    r"reruns?|repeats\s+of|"
    # ("Reading list for the month:", "Christmas TV I'm actually watching:")
    r"reading\s+list|(?:tv|telly)\s+(?:i['’]m|we['’]re)\s+(?:actually\s+)?watching|"
    # ("Finished 'In Cold Blood' on the train. 4 murders, 1 small town")
    r"(?:finished|started|reading|watching|(?:re-?)?watched|binged)\s+['\"“‘](?-i:[A-Z])\w*|"
    # ("Reading a 500-page history of Scotland Yard. Chapter 9 covers 14 murders")
    r"\d+\s+pages|\d+-page|chapter\s+\d+|"
    # ("Three murders in the first hundred pages and I could not put it down")
    r"(?:first|last|opening|final)\s+(?:[\w-]+\s+){0,2}(?:pages|chapters))\b",
    re.I,
)
#: (the tables reader asks it of a table's caption)
SCREEN_RE = _SCREEN_RE


def on_screen(ctx: Ctx, sent: tuple[int, int]) -> bool:
    """Is ``sent`` about a show, a book or a game ("Rewatching Luther. ... 40 murders")? A
    sentence with its own place and period is the world's ("Binged the new Scandi noir. ...
    Meanwhile Sweden recorded 334 shootings in 2019", "London had 110 homicides in 2024 and
    nobody's making a box set about that")."""
    # (searched apart: a title may end the text searched, "Just finished the new Jo Nesbø")
    inside = _SCREEN_RE.search(ctx.text, sent[0], sent[1])
    if inside is None and not _SCREEN_RE.search(ctx.text, max(0, sent[0] - 200), sent[0]):
        return False
    periods = [t.start for t in ctx.times if t.kind in PERIOD_KINDS and within(t.start, sent)]
    places = [p.start for p in ctx.places if within(p.start, sent) and p.how in ("text", "demonym")]
    if not periods or not places:
        return True
    # (in the sentence itself only when the place and the period come before the show)
    return inside is not None and inside.start() < max(min(periods), min(places))


_WE_HAD_RE = compile_scan(
    # (present perfect: "in a city of 700,000, we had five murders the entire year" is the
    # city's count)
    # "Our street still had 3 incidents since Christmas", "my borough had three"
    # ("Security guy said they've had 3 robberies this month": a shop's own)
    # ("Our road in Enfield has had 3 car break-ins", "Our street WhatsApp has logged 11")
    # ("Our street's WhatsApp has logged 3")
    r"\b(?:(?:we|i|they)\s*(?:['’]ve|\s+have)|(?:my|our)\s+[\w-]+(?:['’]s)?(?:\s+(?:in|on)\s+[A-Z][\w-]*(?:\s+[A-Z][\w-]*)?|(?:\s+[\w-]+){1,2})?"
    r"(?:\s+(?:still|also|even|alone|already))?"
    r"(?:['’]s|\s+has|\s+have|(?=\s+(?:had|logged)\b)))\s+(?:had|seen|logged|counted)\s+"
    r"(?:(?:about|around|like|maybe|at\s+least)\s+)?$"
    # ("... waiting for a lift and saw 3 phone snatches": what the poster saw)
    r"|\b(?:i|we|and)\s+(?:(?:just|literally|actually)\s+)?(?:saw|watched|witnessed)\s+"
    r"(?:(?:about|around|like|maybe|at\s+least)\s+)?$",
    re.I,
)
_IN_NAMED_PLACE_RE = compile_re(r"\s+(?:in|across)\s+(?:the\s+)?", re.I)
_RATE_HEADER_RE = compile_re(
    rf"[^.!?\n]{{0,40}}?\bper\s+(?:100k|100,000|100\s000|capita|head|{_OTHER_BASES_SRC}\b)", re.I
)
#: "TPS puts 2023 at 71", "Chicago closed out 2025 with 416 homicides"
_AT_LABEL_RE = compile_re(
    # ("TPS puts 2023 at 71", "2016 had 109 and last year was about 110")
    r"\s+(?:at|with|had|saw|recorded|logged)\s+(?:about\s+|around\s+|roughly\s+|approx\.?\s+|~\s*|just\s+(?:over|under)\s+)?"
)
#: a game's score ("4-1", "2–0"), not a year range
_SCORE_RE = compile_scan(r"(?<![\d/])(?!(?:19|20)\d\d)\d{1,2}\s?[-–]\s?\d{1,2}(?![\d/%])")

#: the smallest count of a bare "crimes" read as a statistic (every place's total is larger)
_MIN_VAGUE_COUNT = 100

_YEAR_IN_RE = compile_re(r"\b(?:19|20)\d\d\b")
#: a day or a few days: the numbers in such a sentence count one incident's victims
_ONE_DAY = GatedPattern(
    compile_scan(
        r"\b(?:(?:last|to|sunday|monday|tuesday|wednesday|thursday|friday|saturday)\s*night|"
        r"yesterday|overnight|earlier\s+today|so\s+far\s+today|that\s+(?:morning|afternoon|evening|night|day)|"
        r"this\s+(?:morning|afternoon|evening|weekend|wknd)|(?:last|over\s+the|at\s+the|this\s+past|across\s+the|during\s+the)\s+(?:[\w.'’-]+\s+){0,4}(?:weekend|wknd)|"
        # ("Carnival weekend: 8 stabbings, 275 arrests", "carnival wknd")
        r"(?:carnival|easter|pride|bank\s+hol(?:iday|s)?|festival|halloween|bonfire)\s+(?:weekend|wknd)|"
        # "74 people shot in Chicago over one weekend", "over Memorial Day weekend", "Fourth of
        # July weekend in Chicago:" (not "40 shootings a weekend", "every weekend": a rate)
        r"(?:over|across|during|throughout|on|in)\s+(?:(?:the|one|a|a\s+single|that|this|last|its)\s+)?"
        r"(?:[\w.'’-]+\s+){0,4}(?:weekend|wknd)\b(?!s)|"
        r"(?:(?m:^)|(?<=^>)|(?<=\n>)|(?<=^> )|(?<=\n> ))[^\n.:]{0,40}\b(?<!\bevery\s)(?<!\beach\s)(?<!\bper\s)(?:weekend|wknd)(?!s)"
        r"(?=[^\n.:]{0,30}[:,])|"
        # ("Four people shot outside a bar in Tulsa early Sunday", "around 2am", "4 people
        # shot on New Year's Eve in the first two hours"): one night's incident
        r"(?:early|late)\s+(?:on\s+)?(?:sunday|monday|tuesday|wednesday|thursday|friday|saturday)|"
        r"(?:on\s+)?(?:new\s+year['’]?s?|christmas)\s+(?:eve|day)|"
        r"in\s+the\s+first\s+(?:few|two|three|\d+)\s+hours|"
        r"(?:around|about|at|just\s+after|just\s+before)\s+\d{1,2}(?::\d\d)?\s*(?:am|pm)|"
        # ("That was one incident with three victims")
        r"(?:one|a\s+single|the\s+same)\s+(?:incident|attack|shooting|stabbing)\s+with|"
        r"(?:outside|inside)\s+(?:a|the)\s+(?:bar|club|nightclub|pub|party|house\s+party|restaurant|"
        r"school|shop|store|mall|concert|church|mosque|nightspot)|"
        # ("at least 66 people shot between Friday evening and Monday morning")
        r"between\s+(?:friday|saturday|sunday)\s+(?:morning|afternoon|evening|night)?\s*and\s+"
        r"(?:saturday|sunday|monday|tuesday)|"
        # ("Three stabbings in Brooklyn since Friday")
        r"since\s+(?:sunday|monday|tuesday|wednesday|thursday|friday|saturday|yesterday|last\s+night)|"
        # "8 stabbings and 349 arrests over the two days of Carnival"
        r"(?:over|across|in)\s+(?:the\s+)?(?:two|2|three|3)\s+days|"
        r"on\s+(?:sunday|monday|tuesday|wednesday|thursday|friday|saturday)|"
        r"(?:this|last|past)\s+week|"
        r"in\s+(?:the\s+)?(?:past|last)\s+(?:24|48|72)\s+(?:hours|hrs)|\d+\s+hours?\s+ago|"
        r"in\s+(?:just\s+)?(?:one|a\s+single|a)\s+(?:night|day|evening|weekend)|"
        # "3 stabbings on Holloway Road in a fortnight": a run of incidents, not a year's count
        r"in\s+(?:just\s+)?(?:a|one|the\s+same|a\s+single)\s+(?:fortnight|week)|in\s+(?:two|three|2|3)\s+weeks)\b",
        re.I,
    )
)
_REPORTED_RE = compile_scan(
    r"\b(?:said|says|announced|revealed|published|released|confirmed|reported|showed|show|"
    # ("My dad swore blind on Sunday that ...": the day of the telling)
    r"swore(?:\s+blind)?|insisted|told\s+(?:me|us|everyone)|claimed|posted|tweeted|wrote)\b"
    r"[^.!?]{0,15}$",
    re.I,
)


_TOLD_AFTER_RE = compile_re(
    r"(?:(?!\b(?:and|but|so)\b)[^.!?,]){0,12}?\b(?:said|says|claimed|claims|told|tweeted|posted|wrote|"
    r"insisted|swore)\b",
    re.I,
)


def _one_incident(ctx: Ctx, span: tuple[int, int]) -> bool:
    """The span is dated to a day or a few days ("last night", "on Saturday"), other than
    when a source spoke then ("police said yesterday")."""
    if not _ONE_DAY.may_match(ctx.low, *span):
        return False
    text = ctx.text
    return any(
        not _REPORTED_RE.search(text, max(span[0], m.start() - 30), m.start())
        # "at last night's ward meeting said ...": the day of the telling, not of a crime
        and text[m.end() : m.end() + 2] not in ("'s", "’s")
        # ("Some pundit on breakfast telly this morning claimed ...": the telling's day too)
        and not _TOLD_AFTER_RE.match(text, m.end())
        # "this year: 97 as of tonight": the day a running count is read
        and not re.search(
            r"\b(?:as\s+of|as\s+at|up\s+to|until)\s+$",
            text[max(0, m.start() - 8) : m.start()],
            re.I,
        )
        for m in _ONE_DAY.pattern.finditer(text, *span)
    )


_FROM_TO_RE = compile_re(r"(?:\s+to\s+|\s*(?:->|→|=>|⇒)\s*)(?:~\s*|about\s+|around\s+)?[\d,.]*\d")
#: a sentence that is only the two ends of a move: "434 → 277.", "(~130 -> 109)"
_ARROW_PAIR_RE = compile_re(r"[\W_]*~?\s*N\s*(?:->|→|=>|⇒)\s*~?\s*N[\W_]*")


def _arrow_pair(ctx: Ctx, sent: tuple[int, int]) -> bool:
    """ "Shootings in London down ~36% in 2019. 434 → 277.": a sentence of the two ends of the
    move just given, bare."""
    seg = ctx.text[sent[0] : sent[1]]
    return (
        ("→" in seg or "->" in seg or "=>" in seg or "⇒" in seg)
        and _ARROW_PAIR_RE.fullmatch(_masked(ctx, sent)) is not None
        and _moved_before(ctx, sent) is not None
    )


_ARROW_GAP_RE = compile_re(r"\s*(?:->|→|=>|⇒)\s*~?\s*")
_TO_GAP_RE = compile_re(r"\s+to\s+~?\s*")
_PAIR_OPENS_RE = compile_re(r"[,(:]\s*$")


def arrow_ends(ctx: Ctx, sent: tuple[int, int]) -> None:
    """ "Shootings in LDN ↓ ~36% in 2019 (434 → 277)", "they fell ~11%, 109 → 97": the two ends
    of the move just said, the first its baseline's figure, the second its period's."""
    seg = ctx.text[sent[0] : sent[1]]
    if "→" in seg or "->" in seg:
        _pair_under_range(ctx, sent)
    if not any(c.kind in ("change", "trend") for c in ctx.claims[-3:]):
        return  # (cheap first: after a move, an arrow or a "to")
    if not ("→" in seg or "->" in seg or "=>" in seg or "⇒" in seg or " to " in seg):
        return
    own = [
        (i, q)
        for i, q in enumerate(ctx.quantities)
        if within(q.start, sent) and i not in ctx.used_q and q.kind != "percent"
    ]
    for (i, a), (j, b) in zip(own, own[1:], strict=False):
        if used(ctx, a.start, b.end) or not (
            _ARROW_GAP_RE.fullmatch(ctx.text, a.end, b.start)
            # ("Down about 11% per the Met, 109 to 97.": a pair set off after the move)
            or (
                _TO_GAP_RE.fullmatch(ctx.text, a.end, b.start)
                and _PAIR_OPENS_RE.search(ctx.text, max(sent[0], a.start - 3), a.start)
            )
        ):
            continue
        move = next(
            (
                c
                for c in reversed(ctx.claims)
                if c.kind in ("change", "trend")
                and c.baseline is not None
                and c.period is not None
                and c.end <= a.start
                and (within(c.start, sent) or c.start >= sent[0] - 160)
            ),
            None,
        )
        metric = (
            None
            if move is None
            else next((mm for mm in ctx.metrics if mm.metric == move.metric), None)
        )
        if move is None or metric is None or move.period is None or move.baseline is None:
            return
        if move.start < sent[0] and any(
            sent[0] <= p.start and p.end <= a.start and p.place != move.geography
            for p in ctx.places
        ):
            return  # ("• Lambeth 1,010 → 1,090 (+8pc)\n• Southwark 870 → 840": its own place's)
        own_metric = next(
            (
                mm
                for mm in ctx.metrics
                if move.start < sent[0]
                and sent[0] <= mm.start
                and mm.end <= a.start
                and mm.stat
                and mm.metric not in (None, move.metric)
            ),
            None,
        )
        if own_metric is not None:
            # ("• murders 438 → 391 (↓ ~11pc)\n• robberies 1,294 → 974", "Nearly doubled.
            # Murders 319 → 462 same span": the move's years, the pair's own crime)
            metric = own_metric
        unit = move.unit if move.unit in ("count", "rate_per_100k") else "count"
        ends = ((i, a, span_of(move.baseline)), (j, b, span_of(move.period)))
        _add_pair_ends(
            ctx, sent, ends, metric, unit, {"place": move.geography, "place_how": "context"}
        )
        return


def _add_pair_ends(
    ctx: Ctx,
    sent: tuple[int, int],
    ends: tuple[tuple[int, Quantity, Span], ...],
    metric: MetricMention,
    unit: str,
    where: dict[str, str | None],
) -> None:
    """The levels of a pair's two figures (each with its quantity's index and its period)."""
    for k, q, span in ends:
        ctx.used_q.add(k)
        hedge, hstart = hedge_before(ctx, q.start)
        lo, hi = apply_hedge(q.value, hedge)
        add(
            ctx,
            kind="level",
            start=min(hstart, q.start),
            end=q.end,
            metric=metric,
            pos=q.start,
            clause=(q.start, sent[1]),
            sent=sent,
            value=interval(lo, hi),
            unit=unit,
            periods=Periods(span, None, True),
            negated=False,
            **where,
        )


def _pair_under_range(ctx: Ctx, sent: tuple[int, int]) -> None:
    """ "London knife crime 2022 → 2023: 12,119 → 14,577.": two figures set after a range of
    two periods are the first period's and the second's."""
    rng = next(
        (
            r
            for r in ctx.times
            if r.kind == "between"
            and r.span is not None
            and r.baseline is not None
            and within(r.start, sent)
        ),
        None,
    )
    if rng is None or rng.span is None or rng.baseline is None:
        return
    own = [
        (i, q)
        for i, q in enumerate(ctx.quantities)
        if rng.end <= q.start < sent[1] and i not in ctx.used_q and q.kind != "percent"
    ]
    if len(own) < 2:
        return
    (i, a), (j, b) = own[0], own[1]
    if not (
        _LABEL_GAP_RE.fullmatch(ctx.text, rng.end, a.start)
        and _ARROW_GAP_RE.fullmatch(ctx.text, a.end, b.start)
    ):
        return
    metric = metric_for(ctx, a.start, sent, sent, allow_incident=False)
    if metric is None or metric.start >= a.start:
        return
    _add_pair_ends(ctx, sent, ((i, a, rng.baseline), (j, b, rng.span)), metric, "count", {})


def _moved_before(ctx: Ctx, sent: tuple[int, int]) -> Claim | None:
    """The change or trend the sentence just before gave, whose two ends a bare pair gives."""
    return next(
        (
            c
            for c in reversed(ctx.claims)
            if c.kind in ("change", "trend")
            and c.baseline is not None
            and sent[0] - 160 <= c.start < sent[0]
        ),
        None,
    )


#: "the 12th teenager killed in London this year", "London's 100th murder of the year"
_ORDINAL_WHAT = (
    r"\s+(?P<what>(?P<fatal>fatal\s+)?stabbing|"
    r"shooting|murder|homicide|killing|(?P<who>teen(?:ager)?|young\s+person|child|person|"
    r"man|woman|boy|girl|victim)(?:\s+(?:to\s+(?:be|have\s+been)\s+)?(?P<how>killed|murdered|"
    r"stabbed\s+to\s+death|shot\s+dead|stabbed|shot))?)(?![\w-])"
)
_ORDINAL_RE = GatedPattern(
    compile_scan(r"(?<![\w-])(?P<n>\d{1,5})(?:st|nd|rd|th)" + _ORDINAL_WHAT, re.I)
)
#: ("the capital's ninetieth homicide this year": in words, from the tenth; a pattern of its
#: own, so the digits' cheap test is not opened by every "first" or "second")
_ORDINAL_WORD_RE = GatedPattern(
    compile_scan(
        r"(?<![\w-])(?P<w>(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)[-\s](?:first|"
        r"second|third|fourth|fifth|sixth|seventh|eighth|ninth)|tenth|eleventh|twelfth|(?:thir|four|"
        r"fif|six|seven|eigh|nine)teenth|(?:twen|thir|for|fif|six|seven|eigh|nine)tieth|"
        r"(?:one\s+)?hundredth)" + _ORDINAL_WHAT,
        re.I,
    )
)
#: what tells the ordinal counts a year: "this year", "so far", "of the year", "of 2024"
_ORDINAL_SCOPE_RE = compile_re(
    r"[^.!?]{0,40}?\b(?P<scope>this\s+year|so\s+far|of\s+the\s+year|(?:of|in)\s+(?:19|20)\d\d)\b",
    re.I,
)
_TEEN_WORDS = ("teen", "teenager", "child", "boy", "girl")


def _ordinal_metric(m: re.Match[str]) -> str | None:
    what = m.group("what").lower()
    how = (m.group("how") or "").lower()
    who = (m.group("who") or "").lower()
    if m.group("fatal") or how.startswith("stabbed to"):
        return "knife_homicides"
    if how == "shot dead":
        return "gun_homicides"
    if who and how in ("", "stabbed", "shot"):
        # "the 12th teenager" says nothing of a death; "stabbed"/"shot" alone may be an injury
        return None
    if who in _TEEN_WORDS:
        return "teenage_homicides"
    if who == "young person":
        return "homicides_victims_aged_25_or_under"
    if who:
        return "homicides"
    return {"stabbing": "knife_crime_offences", "shooting": "firearm_discharges"}.get(
        what, "homicides"
    )


_ORDINAL_UNITS = {
    "first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7,
    "eighth": 8, "ninth": 9, "tenth": 10, "eleventh": 11, "twelfth": 12, "thirteenth": 13,
    "fourteenth": 14, "fifteenth": 15, "sixteenth": 16, "seventeenth": 17, "eighteenth": 18,
    "nineteenth": 19, "twentieth": 20, "thirtieth": 30, "fortieth": 40, "fiftieth": 50,
    "sixtieth": 60, "seventieth": 70, "eightieth": 80, "ninetieth": 90, "hundredth": 100,
}  # fmt: skip
_TENS_WORDS = {
    "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70,
    "eighty": 80, "ninety": 90,
}  # fmt: skip


def _ordinal_word_value(word: str) -> float:
    """ "ninetieth" -> 90, "twenty-first" -> 21, "one hundredth" -> 100."""
    parts = re.split(r"[-\s]+", word.lower())
    if parts[0] == "one":
        parts = parts[1:]
    tens = _TENS_WORDS.get(parts[0], 0) if len(parts) == 2 else 0
    return float(tens + _ORDINAL_UNITS[parts[-1]])


def ordinals(ctx: Ctx, sent: tuple[int, int], clauses: list[tuple[int, int]]) -> None:
    """ "The 12th teenager killed in London this year": at least 12 so far in the year."""
    text = ctx.text
    seg = (ctx.low or text.lower())[sent[0] : sent[1]]
    if not (
        "this year" in seg
        or "so far" in seg
        or "of the year" in seg
        or " of 20" in seg
        or " in 20" in seg
        or " of 19" in seg
        or " in 19" in seg
    ):
        return  # (cheap first: every ordinal claim names its year)
    found = list(_ORDINAL_RE.finditer(text, ctx.low, *sent))
    found += _ORDINAL_WORD_RE.finditer(text, ctx.low, *sent)
    for m in found:
        scope = _ORDINAL_SCOPE_RE.match(text, m.end(), sent[1])
        metric_id = _ordinal_metric(m)
        if scope is None or metric_id is None or used(ctx, m.start(), m.end()):
            continue
        tax = ctx.lex.taxonomy.metrics.get(metric_id)
        family = tax.family if tax is not None else "other"
        mention = MetricMention(m.start("what"), m.end(), metric_id, family, m.group("what"), True)
        clause = clause_of(clauses, m.start(), sent)
        groups = m.groupdict()
        n = float(groups["n"]) if groups.get("n") else _ordinal_word_value(groups["w"])
        for i, q in enumerate(ctx.quantities):
            if q.start == m.start():
                ctx.used_q.add(i)
        periods = change_periods(ctx, clause, sent, want_baseline=False)
        if not periods.explicit:  # "of the year": this year so far, as "this year" reads
            periods = Periods((date(ctx.ref.year, 1, 1), ctx.ref), None, True)
        add(
            ctx,
            kind="level",
            start=m.start(),
            end=m.end() + scope.end() - scope.start(),
            metric=mention,
            pos=m.start(),
            clause=clause,
            sent=sent,
            # the 12th means at least 12: more may have followed by the time it is read
            value=interval(n, None),
            unit="count",
            periods=periods,
            negated=False,
        )
        ctx.used_spans.append((m.start(), m.end()))


_SENTENCED_FOR_RE = compile_scan(
    r"\b(?:jailed|sentenced|convicted|charged|guilty|acquitted|cleared|arrested|jail|prison)\b"
    # ("Jailed for nine years for his part in two shootings")
    r"[^.!?]{0,40}\b(?:for|of|over|with|after)\s+(?:the\s+|(?:his|her|their)\s+(?:part|role)\s+in\s+)?$",
    re.I,
)
#: "NYC's murder rate is about 5 per 100k. London's is closer to 1.5.": a place's possessive
#: and a verb stand for the figure named just before
#: between one place's level and the next place's figure ("NYC had 295, London 135"; "Glasgow
#: had 2.4 murders per 100,000 people last year, Edinburgh 1.1": the time said once)
_GAPPED_RE = compile_re(
    r"(?:\s+(?:last|this)\s+year|\s+in\s+(?:19|20)\d\d(?:/\d\d)?)?\s*(?:,|;|,?\s+and|&)\s*"
)
_ELLIPTIC_BEFORE_RE = compile_scan(
    # "London's is closer to 1.5", "and London's roughly 1.5", "England and Wales is about 1.2"
    r"(?:['’]s?\s+(?:(?:one|figure|number|total|rate)\s+)?(?:(?:is|was|are|were|stood\s+at|sat\s+at)\s+)?"
    # ("Philly averaged about 5 homicides a week in 2024. London averaged about 2.")
    r"|\s+(?:is|was|stood\s+at|sat\s+at|averaged|had|saw|recorded)\s+"
    # "In NYC it's north of 70%"
    r"|,?\s+(?:it|that)(?:['’]s|\s+is|\s+was)\s+"
    # "NYC ~4": the place and a hedged figure alone
    r"|\s+)"
    # "Chicago is like 17": a filler, no hedge ("Chicago's was more like 18": nor a hedge)
    r"(?:(?:more\s+)?like\s+)?$",
    re.I,
)


#: "For burglary it's about 3%.", "Burglaries? 3%.": another crime's share, after an outcome rate
_FOR_BASE_RE = compile_re(
    # ("> Only 5% of burglaries ... get solved / Yep, and for robbery it's about 7%.")
    r"[\W_]*(?:(?:yep|yes|yeah|true|right)[,.!\s]+)?(?:(?:and|but|while|whereas)\s+)?(?P<for>for\s+)?(?P<base>[A-Za-z][A-Za-z -]{2,40}?)"
    # ("Robbery's a different story, barely 6%.", "Robbery wasn't much better, roughly 7%.",
    # "Robbery, roughly 7%.": the crime, a word on it, then its figure)
    r"(?P<aside>(?:(?:['’]s|\s+(?:is|was|isn['’]t|wasn['’]t))\s+[A-Za-z][A-Za-z ]{2,30}?)?\s*[,:—–-])?"
    r"\s*(?P<q>\?)?\s*[:,—–-]?\s*(?:(?:it['’]?s|its|it\s+(?:is|was)|the\s+(?:figure|rate|number|share)\s+(?:is|was)|that['’]?s|that\s+was)\s+)?"
    # ("burglaries? ~5% 🙃", "burglaries? approx 5pc")
    r"(?:(?:only|just|about|around|roughly|approx\.?|approximately|under|barely|less\s+than|closer\s+to|like|nearly|almost)\s+|[~<]\s*)*"
    r"(?P<n>\d+(?:\.\d+)?)\s*(?:%|per\s*cent|percent|pc\b)",
    re.I,
)


def _elliptic_outcome(ctx: Ctx, sent: tuple[int, int]) -> None:
    """ "The Met solves roughly 90% of murders. For robberies it's about 5%.": the same outcome
    rate of the crime the sentence names, for the place and period of the rate before."""
    if not any(
        c.start < sent[0] and c.metric and c.metric.endswith(("_solve_rate", "_charge_rate"))
        for c in ctx.claims
    ):
        return  # (cheap first: most posts hold no outcome rate)
    m = _FOR_BASE_RE.match(ctx.text, *sent)
    if (m is None or not (m.group("for") or m.group("q"))) and ctx.text[
        max(0, sent[0] - 2) : sent[0]
    ].strip() == "?":
        # "Burglaries? 3%.": the question ends the sentence before ("Less than 5%." reads
        # "Less than" as a crime only when nothing else does)
        start = max(
            0, ctx.text.rfind(".", 0, sent[0] - 2) + 1, ctx.text.rfind("\n", 0, sent[0] - 2) + 1
        )
        m = _FOR_BASE_RE.fullmatch(ctx.text, start, sent[1]) or _FOR_BASE_RE.match(
            ctx.text, start, sent[1]
        )
    if m is None or not (m.group("for") or m.group("q") or m.group("aside")):
        return
    prev = next(
        (
            c
            for c in reversed(ctx.claims)
            if c.start < sent[0] and c.metric and c.metric.endswith(("_solve_rate", "_charge_rate"))
        ),
        None,
    )
    if prev is None or prev.period is None:
        return
    outcome = "solve_rate" if prev.metric and prev.metric.endswith("_solve_rate") else "charge_rate"
    mention = outcome_mention(ctx, m, outcome)
    if mention is None or mention.metric == prev.metric:
        return
    qi = next(
        (
            i
            for i, q in enumerate(ctx.quantities)
            if q.start == m.start("n") and i not in ctx.used_q
        ),
        None,
    )
    if qi is None:
        return
    q = ctx.quantities[qi]
    hedge, hstart = hedge_before(ctx, q.start)
    lo, hi = apply_hedge(q.value, hedge)
    ctx.used_q.add(qi)
    add(
        ctx,
        kind="level",
        start=m.start("for") if m.group("for") else m.start("base"),
        end=q.end,
        metric=mention,
        pos=q.start,
        clause=sent,
        sent=sent,
        value=interval(lo, hi),
        unit="percent",
        periods=Periods(span_of(prev.period), None, True),
        negated=False,
        place=prev.geography,
        place_how="context",
    )


#: what may follow another place's figure ("London ~1.2 🇬🇧", "London about 1.2 tbh")
_ELLIPTIC_FIGURE_END_RE = compile_re(
    # ("E&W ~46,000 (ONS)": a source in brackets; "London is 1.5ish.": a hedge said after it)
    # ("London's total was 97 for comparison.")
    r"(?:-?ish\b)?\s*(?:[.!?,;)]|$|per\b|in\b|last\b|this\b|and\b|but\b|vs\b|\((?-i:[A-Z])[\w&. ]{1,12}\)|(?:lol|lmao|tbh|iirc|apparently|too|as\s+well|for\s+(?:comparison|context|reference))\b"
    r"|[" + EMOJI_RANGE + ARROW_RANGE + r"])",
    re.I,
)


def _last_level_before(ctx: Ctx, start: int) -> Claim | None:
    """The last claim before ``start`` when it is a level, or a level that only a record or a
    move of the same figure follows."""
    for c in reversed(ctx.claims):
        if c.start >= start:
            continue
        if c.kind == "level":
            return c
        if c.kind not in ("extremum", "trend") or c.value is not None:
            return None
    return None


#: between an order and the figure that sizes its subject: "Berlin's was higher, around 2.5"
_ORDER_FIGURE_GAP_RE = compile_re(r"\s*,\s*(?:at\s+|with\s+)?")
#: between the place an order is against and that place's own figure: "than London's at "
_OTHER_AT_GAP_RE = compile_re(r"(?:['’]s?)?\s+at\s+")
#: what may follow that figure: its unit, then the clause's end
_OTHER_FIGURE_END_RE = compile_re(
    r"(?:\s*(?:per\s+100,?000|per\s+100k|/100k)(?:\s+(?:people|residents|population))?)?"
    r"\s*(?:[.!?;,)]|\s+and\b|$)",
    re.I,
)


def _order_then_figure(
    ctx: Ctx,
    sent: tuple[int, int],
    clauses: list[tuple[int, int]],
    i: int,
    hedge: str | None,
    hstart: int,
) -> None:
    """ "London's homicide rate was about 1.2 per 100k in 2024. Berlin's was higher, around
    2.5.": the figure after an order is its subject's level, of the order's metric and unit."""
    q = ctx.quantities[i]
    order = next(
        (
            c
            for c in reversed(ctx.claims)
            if c.kind == "comparison"
            and c.relation in ("greater", "less")
            and sent[0] <= c.start
            and c.end <= hstart
        ),
        None,
    )
    if (
        order is not None
        and order.other_geography is not None
        and order.period is not None
        and order.unit in ("count", "rate_per_100k")
        and q.kind != "percent"
        and any(p.end == order.end and p.place == order.other_geography for p in ctx.places)
        and _OTHER_AT_GAP_RE.fullmatch(ctx.text, order.end, hstart)
        and _OTHER_FIGURE_END_RE.match(ctx.text, q.end)
    ):
        # "slightly higher than London's at around 1.1": the figure is the other place's
        place = order.other_geography
    elif (
        order is None
        or order.geography is None
        or order.period is None
        or order.unit not in ("count", "rate_per_100k")
        or not _ORDER_FIGURE_GAP_RE.fullmatch(ctx.text, order.end, hstart)
        or not _FIGURE_ENDS_RE.fullmatch(ctx.text, hstart, sent[1])
        or (q.kind == "percent")
    ):
        return
    else:
        place = order.geography
    metric = next((mm for mm in ctx.metrics if mm.metric == order.metric), None)
    if metric is None:
        return
    ctx.used_q.add(i)
    lo, hi = apply_hedge(q.value, hedge)
    add(
        ctx,
        kind="level",
        start=hstart,
        end=q.end,
        metric=metric,
        pos=q.start,
        clause=clause_of(clauses, q.start, sent),
        sent=sent,
        value=interval(lo, hi),
        unit=order.unit,
        periods=Periods(span_of(order.period), None, True),
        negated=False,
        place=place,
        place_how="context",
    )


def levels_after_orders(ctx: Ctx, sent: tuple[int, int], clauses: list[tuple[int, int]]) -> None:
    """The figures left after the sentence's orders were read ("Berlin's was higher, around
    2.5")."""
    if not any(c.kind == "comparison" and sent[0] <= c.start for c in ctx.claims):
        return
    for i, q in enumerate(ctx.quantities):
        if sent[0] <= q.start < sent[1] and i not in ctx.used_q and not used(ctx, q.start, q.end):
            hedge, hstart = hedge_before(ctx, q.start)
            _order_then_figure(ctx, sent, clauses, i, hedge, hstart)


#: a share said of the killings or their victims just counted, the group or the method named
#: after it and its noun left out: "About 6 in 10 were fatal stabbings.", "..., and about a
#: quarter were teenagers.", "Nine in ten were male."
#: a share's hedge and the share itself ("about 6 in 10", "roughly a quarter", "45%"), as the
#: elliptic shares and the breakdown items read them
_SHARE_HEDGE_SRC = (
    r"(?:(?:about|around|roughly|nearly|almost|over|under|just\s+(?:over|under)|some|"
    r"approx\.?|approximately|more\s+than|less\s+than|fewer\s+than|at\s+least|close\s+to|maybe|~)\s*)?"
)
_SHARE_FORM_SRC = (
    r"(?P<share>\d{1,2}(?:\.\d)?\s*(?:%|per\s*cent)|(?:\d{1,2}|one|two|three|four|five|six|seven|"
    # ("roughly one victim in six": the counted noun between)
    r"eight|nine)(?:\s+victims?)?\s+(?:in|out\s+of)\s+(?:\d{1,3}|three|four|five|six|seven|eight|nine|ten|twenty)|"
    r"half|a\s+third|two[-\s]thirds|a\s+quarter|three[-\s]quarters|a\s+fifth|a\s+tenth)"
)
#: the verbs that give a part's share of a whole: "accounted for", "makes up"
_ACCOUNTS_FOR_SRC = r"accounted\s+for|accounts?\s+for|made\s+up|makes?\s+up"


def _hedged_share_src(group: str) -> str:
    """A hedged share ("about a third", "roughly 1 in 10"), the share itself in group ``group``."""
    return _SHARE_HEDGE_SRC + _SHARE_FORM_SRC.replace("?P<share>", f"?P<{group}>")


_SHARE_LEAD_SRC = (
    r"(?:(?:and|but|while|with)\s+)?(?:(?:of\s+(?:them|those|these),?|overall,?)\s+)?"
    r"(?:(?:only|just)\s+)?" + _SHARE_HEDGE_SRC + _SHARE_FORM_SRC
)
_ELLIPTIC_SHARE_RE = compile_re(
    # ("About 90% of victims were shot", "about 6 in 10 victims were shot")
    _SHARE_LEAD_SRC + r"(?:\s+of\s+(?:them|those|these)|\s+(?:of\s+)?(?:the\s+)?(?:victims|dead))?"
    # ("..., roughly 85% of them by gunfire", "..., and more than half involving a knife";
    # "17 homicides, about 6 in 10 of them gun-related": no verb after "of them")
    r"(?:\s+(?:(?:were|are|was)\s+(?:(?:all\s+)?(?:by|from)\s+)?|(?:by|from|involving|involved|with|using)\s+)"
    r"|(?<=them)\s+|(?<=those)\s+)"
    r"(?P<what>(?P<knife>(?:fatal\s+)?stabbings|stabbed(?:\s+to\s+death)?|knife\s+(?:killings|homicides|deaths)|"
    r"knife[-\s](?:related|enabled)|"
    r"(?:killed|murdered)\s+with\s+(?:a\s+)?(?:knife|knives|blades?|sharp\s+(?:instruments?|objects?))|"
    r"knives?|a\s+knife|(?:a\s+)?knife\s+or\s+(?:a\s+|other\s+)?sharp\s+(?:instrument|object)s?)"
    # ("roughly one victim in six was a teenager": one of the group)
    r"|(?P<teen>teenagers|teens|teenage\s+victims|a\s+teen(?:ager)?)"
    r"|(?:fatal\s+)?shootings|shot(?:\s+dead)?|(?:killed|murdered)\s+with\s+(?:a\s+)?(?:guns?|firearms?)|"
    r"gunfire|(?:a\s+)?guns?|(?:a\s+)?firearms?|gun[-\s](?:related|enabled)|firearm[-\s]related|"
    r"male|female|men|women|boys|girls|children|black|white|a\s+(?:man|woman|boy|girl|child)|"
    r"under[-\s]?(?:1[5-9]|2\d|30|35)s?|aged\s+(?:under\s+\d\d|\d\d\s*(?:[-–]|to)\s*\d\d)|"
    r"domestic(?:[-\s](?:violence|abuse))?(?:[-\s]related)?|gang[-\s]related|"
    r"(?:(?:killed|murdered)\s+)?by\s+(?:a\s+|an\s+|their\s+)?(?:(?:current|former|ex)(?:\s+or\s+(?:current|former|ex))?[-\s])?"
    r"(?:partners?|ex[-\s]partners?|strangers?|family\s+members?|relatives?|someone\s+they\s+knew|"
    r"acquaintances?|friends?))"
    r"(?=\s*(?:[.!?;,)]|$|\s+(?:and|but|while|in|last|this|that)\b))",
    re.I,
)
#: a share alone, of the subgroup just counted: "15 were teenagers. Around one in seven.",
#: "...: 282 in the year to March 2022, 40% of the total."
_SHARE_ALONE_RE = compile_re(
    r"(?:(?:that['’]?s|that\s+is|or)\s+)?"
    + _SHARE_LEAD_SRC
    + r"(?P<whole>\s+of\s+(?:the\s+)?(?:total|them\s+all|all\s+of\s+them|the\s+lot|them|those))?"
    r"(?=\s*(?:[.!?;)]|$))",
    re.I,
)
#: the group first, then its share of the killings just counted: "Australia recorded 226
#: homicide victims in 2022. Men were about two thirds of them."
_GROUP_SHARE_OF_RE = compile_re(
    r"(?:(?:and|but|while)\s+)?(?P<what>(?P<teen>teenagers|teens)|men|women|males|females|boys|girls|children|"
    r"under[-\s]?(?:18|21|25)s)\s+(?:were|are|made\s+up|make\s+up|accounted\s+for|account\s+for)\s+"
    + _SHARE_LEAD_SRC
    + r"\s+of\s+(?:them|those|these|the\s+(?:victims|dead|total))(?=\s*(?:[.!?;,)]|$))",
    re.I,
)
#: the share series of a subgroup's count
_SHARE_OF_COUNT = {
    "teenage_homicides": "teenage_homicides_share",
    "knife_homicides": "knife_homicides_share",
}
#: where a clause opens: after a comma, or at an "and" ("... had 28 homicides in 2018 and
#: roughly 6 in 10 were stabbings")
_COMMA_GAP_RE = compile_re(r",\s*|\s(?=(?:and|but|while)\s)", re.I)
#: the words of a claim about killings or their victims, whose shares may follow it
_KILLINGS_PHRASE_RE = compile_re(r"homicide|murder|killing|killed", re.I)


def _of_killings(claim: Claim) -> bool:
    """Does ``claim`` count killings or their victims (whose shares may follow it)?"""
    return (
        claim.family == "homicide"
        or claim.metric in ("knife_homicides_share", "teenage_homicides_share")
        or _KILLINGS_PHRASE_RE.search(claim.metric_phrase or "") is not None
    )


def _share_value(
    ctx: Ctx, start: int, end: int, quantities: list[Quantity] | None = None
) -> tuple[float, int | None] | None:
    """The share said at ``start:end`` ("6 in 10", "a quarter", "45%"), as a percent, and the
    index of its quantity in ``quantities`` (the sentence's own by default) where it is one."""
    for i, q in enumerate(ctx.quantities if quantities is None else quantities):
        if q.start == start and q.kind == "percent":
            return q.value, i
    f = FRACTION_RE.match(ctx.text, start)
    if f is not None and f.end() == end:
        return FRACTIONS[f.group("f").lower()] * 100, None
    m = _SHARE_RE.match(ctx.text, start)
    if m is not None:
        n = small_number(m.group("n") or m.group("n2"))
        d = small_number(m.group("d") or m.group("d2"))
        if n is not None and d and 0 < n < d:
            return round(100 * n / d, 4), None
    return None


#: a header naming the killings or their victims, shares of them after its colon: "Toronto
#: homicide victims so far this year: more than half were under 30, and about 4 in 10 were shot."
_KILLINGS_HEADER_RE = compile_re(r"(?P<h>[^:\n]{3,90}?):[ \t]+", re.I)


def header_shares(ctx: Ctx, sent: tuple[int, int]) -> None:
    """The shares after a header that names the killings or their victims, with no count of
    its own: each is a share of those killings, for the header's place and period, read as
    :func:`elliptic_shares` reads one after a count."""
    text = ctx.text
    header = _KILLINGS_HEADER_RE.match(text, sent[0], sent[1])
    if (
        header is None
        or not any(
            header.start("h") <= mm.start < header.end("h") and mm.family == "homicide" and mm.stat
            for mm in ctx.metrics
        )
        # (a count in the header is the figure the shares are of, read by the count readers)
        or any(header.start() <= q.start < header.end() for q in ctx.quantities)
    ):
        return
    starts = (header.end(), *(c.end() for c in _COMMA_GAP_RE.finditer(text, header.end(), sent[1])))
    # ("Canadian homicide victims in 2022: roughly 17% were killed by a stranger": the header's
    # place, named as its people)
    named = next((p for p in ctx.places if header.start() <= p.start < header.end()), None)
    extra: dict[str, object] = {"place": named.place, "place_how": "context"} if named else {}
    for pos in starts:
        m = _ELLIPTIC_SHARE_RE.match(text, pos, sent[1]) or _GROUP_SHARE_OF_RE.match(
            text, pos, sent[1]
        )
        if m is None or used(ctx, m.start("share"), m.end()):
            continue
        found = _hedged_share(ctx, m)
        if found is None:
            continue
        value, qi, hstart = found
        _add_group_share(
            ctx,
            m,
            sent,
            value,
            qi,
            series=_series_named(m),
            what=m.span("what"),
            clause_start=sent[0],
            periods=_level_roles(
                ctx, m.start("share"), m.end("share"), hstart, (sent[0], m.end()), sent
            ),
            **extra,
        )


def elliptic_shares(ctx: Ctx, sent: tuple[int, int]) -> None:
    """ "London homicides 2023: 110. About 6 in 10 were fatal stabbings.", "Roughly 7 in 10
    homicide victims in London last year were male, and about a quarter were teenagers.": a
    share of the killings just counted (or of their victims), for their place and period. A
    knife's or the teenagers' share is its series; any other group's is a share outside the
    taxonomy."""
    text = ctx.text
    if not ctx.claims:
        return
    # (the sentence's opening, and each clause's after a comma)
    for pos in (sent[0], *(c.end() for c in _COMMA_GAP_RE.finditer(text, sent[0], sent[1]))):
        lead = len(text[pos : sent[1]]) - len(text[pos : sent[1]].lstrip(" \t\"'“‘-–—•*"))
        m = _ELLIPTIC_SHARE_RE.match(text, pos + lead, sent[1]) or _GROUP_SHARE_OF_RE.match(
            text, pos + lead, sent[1]
        )
        alone = None
        if m is None:
            m = alone = _SHARE_ALONE_RE.match(text, pos + lead, sent[1])
        if m is None or used(ctx, m.start("share"), m.end()):
            continue
        # (not the figure a move came from: "... were 133 in 2021, up from 126 in 2020. Of
        # those, roughly two thirds were stabbings.")
        prev = max(
            (
                c
                for c in ctx.claims
                if c.end <= m.start()
                and not _FROM_BEFORE_RE.search(text, max(0, c.start - 24), c.start)
            ),
            key=lambda c: c.end,
            default=None,
        )
        if alone is not None and (
            prev is None
            or prev.kind != "level"
            or prev.unit != "count"
            or prev.metric not in _SHARE_OF_COUNT
            # (after a comma, the count in the clause before: not "Teenage victims: 12.
            # Knife-enabled, roughly 60% of the total", another label's share)
            or (pos > sent[0] and prev.start < sent[0])
            # (a share of the whole: "of the total" or "one victim in six" said, or the whole
            # counted before the part; not "London teen homicides last yr: 14. 2021 was 30.
            # Less than half")
            or not (
                alone.group("whole")
                or re.search(r"\svictims?\s", alone.group("share"), re.I)
                or any(
                    c.metric == "homicides" and c.period == prev.period and c.end <= prev.start
                    for c in ctx.claims
                )
            )
        ):
            continue
        if (
            prev is None
            or prev.period is None
            or prev.negated
            or not (
                _of_killings(prev)
                # ("Of those, roughly half were shootings and about a quarter were stabbings":
                # the share before, of the same killings)
                or (
                    prev.unit == "percent"
                    and prev.metric in (None, "knife_homicides_share", "teenage_homicides_share")
                    and any(_of_killings(c) and c.end <= prev.start for c in ctx.claims)
                )
            )
            # (the claim just before, in this sentence or the one before it)
            or text[prev.end : m.start()].count("\n") > 1
            or m.start() - prev.end > 160
        ):
            continue
        found = _hedged_share(ctx, m)
        if found is None:
            continue
        value, qi, _ = found
        _add_group_share(
            ctx,
            m,
            sent,
            value,
            qi,
            series=_SHARE_OF_COUNT[prev.metric or ""] if alone is not None else _series_named(m),
            what=(m.start("share"), m.end()) if alone is not None else m.span("what"),
            clause_start=None,
            periods=Periods(span_of(prev.period), None, True),
            place=prev.geography,
            place_how="context",
        )


def _hedged_share(
    ctx: Ctx, m: re.Match[str]
) -> tuple[tuple[float | None, float | None], int | None, int] | None:
    """The share ``m`` says, as a hedged percent interval, the index of its quantity (where it
    is one) and where its hedge opens; None where its words are no share."""
    found = _share_value(ctx, m.start("share"), m.end("share"))
    if found is None:
        return None
    value, qi = found
    hedge, hstart = hedge_before(ctx, m.start("share"))
    return apply_hedge(value, hedge), qi, hstart


def _series_named(m: re.Match[str]) -> str | None:
    """The series of the group an elliptic share names: the knives' or the teenagers'."""
    groups = m.groupdict()
    if groups.get("knife"):
        return "knife_homicides_share"
    if groups.get("teen"):
        return "teenage_homicides_share"
    return None


def _add_group_share(
    ctx: Ctx,
    m: re.Match[str],
    sent: tuple[int, int],
    value: tuple[float | None, float | None],
    qi: int | None,
    *,
    series: str | None,
    what: tuple[int, int],
    clause_start: int | None,
    periods: Periods,
    **extra: object,
) -> None:
    """Add the share level ``m`` says of a group (its words from its own, not the "and" that
    joins it), of ``series`` or a share outside the taxonomy; its clause opens at
    ``clause_start``, or where its words do."""
    family = ctx.lex.taxonomy.metrics[series].family if series else "other"
    mm = MetricMention(*what, series, family, ctx.text[what[0] : what[1]], True, share=True)
    if qi is not None:
        ctx.used_q.add(qi)
    start = m.start() + (
        len(m.group(0)) - len(re.sub(r"^(?:and|but|while|with)\s+", "", m.group(0), flags=re.I))
    )
    add(
        ctx,
        kind="level",
        start=start,
        end=m.end(),
        metric=mm,
        pos=m.start("share"),
        clause=(start if clause_start is None else clause_start, m.end()),
        sent=sent,
        value=interval(*value),
        unit="percent",
        periods=periods,
        negated=False,
        **extra,
    )


#: a share set between commas after the whole it is of, the group after it: "The majority of
#: knife crime victims in Hackney last year, about 60%, were under 25.", "most of them,
#: roughly 60%, involved gang conflict"
_APPOSED_SHARE_RE = compile_scan(
    r"\b(?:(?:the\s+)?(?:(?:vast|overwhelming|great|clear|large)\s+)?(?:majority|bulk)|"
    r"most|nearly\s+all|almost\s+all|(?:a\s+)?(?:small\s+)?minority)\s+of"
    r"(?P<whole>\s+(?:the\s+)?(?:(?P<them>them|those|these)|[\w'’ -]{0,40}?"
    r"\b(?:victims|killings|homicides|murders|deaths|suspects|offenders|perpetrators|stabbings|"
    r"shootings|cases|people\s+(?:killed|murdered|stabbed|shot|arrested|charged|convicted)))"
    r"(?:\s+(?!(?:were|are|was|is)\b)[\w'’ -]{1,40}?)?),\s*"
    + _SHARE_HEDGE_SRC
    + r"(?P<share>\d{1,2}(?:\.\d)?\s*(?:%|per\s*cent|percent)),?\s+"
    r"(?P<what>(?:(?:were|are|was|is)\s+(?:all\s+)?|involved\s+|had\s+|knew\s+|died\s+)"
    r"[^.;!?,\n]{2,60}?)(?=\s*(?:[.;!?,)\n]|$))",
    re.I,
)
#: a share's group that is a series of its own
_APPOSED_KNIFE_RE = compile_re(r"stabb|knife|knives|blade", re.I)
_APPOSED_TEEN_RE = compile_re(r"\bteen", re.I)


_SUBGROUP_RE = compile_re(r"\b(?:teen\w*|women|men|children|boys|girls|females?|males?)\b", re.I)


def _group_share_series(killings: bool, what: str) -> str | None:
    """The series of a share of killings whose group ``what`` names ("were stabbed", "were
    teenagers"), or None for a share outside the taxonomy (or of anything but killings)."""
    if not killings:
        return None
    if _APPOSED_KNIFE_RE.search(what):
        return "knife_homicides_share"
    if _APPOSED_TEEN_RE.search(what):
        return "teenage_homicides_share"
    return None


def apposed_shares(ctx: Ctx, sent: tuple[int, int]) -> None:
    """ "The majority of knife crime victims in Hackney last year, about 60%, were under 25.":
    the share said between commas, of the whole before it, its group after it. The whole's
    place and period are its own, or, for "most of them", those of the figure just counted."""
    text = ctx.text
    for m in _APPOSED_SHARE_RE.finditer(text, sent[0], sent[1]):
        qs = m.start("share")
        if used(ctx, qs, m.end("share")):
            continue
        found = _share_value(ctx, qs, m.end("share"))
        if found is None:
            continue
        value, qi = found
        hedge, _ = hedge_before(ctx, qs)
        lo, hi = apply_hedge(value, hedge)
        whole = text[m.start("whole") : m.end("whole")]
        killings = _KILLINGS_PHRASE_RE.search(whole) or re.search(r"victims|dead", whole, re.I)
        what = m.group("what")
        series = _group_share_series(bool(killings), what)
        if series is not None and not _KILLINGS_PHRASE_RE.search(whole) and not m.group("them"):
            series = (
                None  # ("the majority of knife crime victims ..., were teenagers": no killings)
            )
        place: str | None = None
        if m.group("them"):
            prev = max(
                (c for c in ctx.claims if c.end <= m.start()), key=lambda c: c.end, default=None
            )
            if prev is None or prev.period is None or prev.negated or m.start() - prev.end > 160:
                continue
            periods = periods_of(prev)
            periods = Periods(periods.period, None, True)
            place = prev.geography
        else:
            periods = _level_roles(ctx, qs, m.end("share"), qs, sent, sent)
        family = ctx.lex.taxonomy.metrics[series].family if series else "other"
        mm = MetricMention(m.start("what"), m.end("what"), series, family, what, True, share=True)
        if qi is not None:
            ctx.used_q.add(qi)
        extra: dict[str, object] = {"place": place, "place_how": "context"} if place else {}
        add(
            ctx,
            kind="level",
            start=m.start(),
            end=m.end(),
            metric=mm,
            pos=qs,
            clause=(m.start(), m.end()),
            sent=sent,
            value=interval(lo, hi),
            unit="percent",
            periods=periods,
            negated=False,
            **extra,
        )


#: a share of a counted whole, then what the part was or did: "Around one in five robberies in
#: London involved a knife in the 12 months to September", "Over 60% of people stopped and
#: searched in London last year were found with nothing", "in NSW about 1 in 3 homicides last
#: year were domestic-violence related"
_SHARE_OF_WHOLE_RE = compile_scan(
    r"(?<![\w.,])"
    + _SHARE_HEDGE_SRC
    + r"(?:"
    + _SHARE_FORM_SRC
    # ("Roughly one knife crime victim in six": the counted noun between)
    + r"|(?P<share2>(?P<n1>one|two|three|\d)\s+(?P<wn>(?:[\w-]+\s+){0,3}?(?:victim|offender|"
    r"suspect|killing|homicide|murder|robbery|burglary|stabbing|shooting|case|offence))\s+in\s+"
    r"(?P<d1>three|four|five|six|seven|eight|nine|ten|twenty|\d{1,3})))(?:\s+of)?(?:\s+(?:the|all))?"
    r"(?P<whole>\s+[^.;:!?\n,]{3,90}?)\s+"
    r"(?P<verb>were|was|are|is|involved|involve[sd]?|had|knew|happened|took\s+place|"
    r"(?:have\s+|has\s+)?led\s+to|ended\s+(?:in|with))\s+(?P<what>[^.;!?\n,]{2,60}?)(?=\s*(?:[.;!?,)\n]|$))"
    # ("Firearms were used in fewer than 1 in 20 homicides in England and Wales ...": the
    # group first)
    r"|(?<![\w.,])(?P<what2>(?:[\w-]+\s+){0,2}?(?:firearms|guns|knives|blades|weapons|alcohol|drugs))"
    r"\s+(?:were|was)\s+(?:used|involved)\s+in\s+"
    + _hedged_share_src("share3")
    + r"(?:\s+of)?(?:\s+(?:the|all))?(?P<whole2>\s+[^.;:!?\n,]{3,90}?)(?=\s*(?:[.;!?,)\n]|$))"
    # ("Of the women killed in England and Wales last year, over a third were killed by a
    # partner or ex-partner": the whole first)
    r"|\bof\s+(?:the|all(?:\s+the)?)(?P<whole4>\s+[^.;:!?\n,]{3,80}?),\s*"
    + _hedged_share_src("share4")
    + r"\s+(?P<verb4>were|was|are|is|had|involved|knew|died)\s+(?P<what4>[^.;!?\n,]{2,60}?)"
    r"(?=\s*(?:[.;!?,)\n]|$))",
    re.I,
)
_LED_TO_CHARGE_RE = compile_re(
    r"(?:(?:have|has)\s+)?(?:led\s+to|ended\s+(?:in|with))\s+(?:a\s+|any\s+)?(?:charges?|someone\s+(?:being\s+)?charged)",
    re.I,
)
#: what a share's whole must count: victims, offenders or crimes, not people at large
_COUNTED_WHOLE_RE = compile_re(
    r"\b(?:victims|offenders|suspects|perpetrators|homicides|murders|killings|deaths|"
    r"robberies|burglaries|break-ins|assaults|offences|crimes|stabbings|shootings|"
    r"rapes|thefts|(?:people|women|men|children|teenagers|teens|boys|girls)\s+(?:arrested|stopped|searched|charged|convicted|cautioned|"
    r"killed|murdered|stabbed|shot|caught|jailed|sentenced))\b",
    re.I,
)
#: a whole of people asked, not counted ("1 in 3 Londoners ... were worried"), or an outcome
#: the outcome readers own ("1 in 20 burglaries were solved")
_WHOLE_ASKED_RE = compile_re(
    r"\b(?:worried|afraid|concerned|think|thought|say|said|agree|feel|felt)\b", re.I
)
_SHARE_WHAT_NOT_RE = compile_re(
    r"\b(?:solved|cleared|charged|prosecuted|detected|worried|afraid|concerned|think|thought|"
    r"say|said|agree|reported\s+to|recorded)\b",
    re.I,
)


def shares_of_wholes(ctx: Ctx, sent: tuple[int, int], *, nouned: bool = False) -> None:
    """ "Around one in five robberies in London involved a knife in the 12 months to
    September.": a share of the crimes, victims or offenders a sentence counts, with what the
    part was or did; the knives' and the teenagers' shares of killings are their series, any
    other a share outside the taxonomy. Runs after the readers of series' own shares, so that
    a share one of them took is left alone. ``nouned``: only the shares with their counted
    noun inside ("one knife crime victim in six"), read before the counts, whose reader would
    take "one" and "six" for counts of their own."""
    text = ctx.text
    for m in _SHARE_OF_WHOLE_RE.finditer(text, sent[0], sent[1]):
        g = next(k for k in ("share", "share2", "share3", "share4") if m.group(k))
        if nouned != (g == "share2"):
            continue
        wg, wk, vk = {
            "share3": ("whole2", "what2", None),
            "share4": ("whole4", "what4", "verb4"),
        }.get(g, ("whole", "what", "verb"))
        qs, qe = m.span(g)
        what = m.group(wk)
        whole = m.group(wg)
        if (
            used(ctx, qs, m.end())
            # ("One in four robberies in London involves a knife? I refuse to believe that.")
            or text[sent[0] : sent[1]].rstrip(" \t\"'”’)").endswith("?")
            or _SHARE_WHAT_NOT_RE.search(what)
            or not _COUNTED_WHOLE_RE.search(whole if g != "share2" else m.group("wn") + "s")
            or _WHOLE_ASKED_RE.search(whole)
            # (a figure in the whole is a count of its own: "60% of the 97 homicides")
            or any(m.start(wg) <= q.start < m.end(wg) for q in ctx.quantities)
        ):
            continue
        if g == "share2":
            n, d = small_number(m.group("n1")), small_number(m.group("d1"))
            if n is None or not d or not 0 < n < d:
                continue
            found: tuple[float, int | None] | None = (round(100 * n / d, 4), None)
        else:
            found = _share_value(ctx, qs, qe)
        if found is None:
            continue
        value, qi = found
        hedge, hstart = hedge_before(ctx, qs)
        lo, hi = apply_hedge(value, hedge)
        if g in ("share3", "share4"):
            hstart = m.start()
        said = whole if g != "share2" else m.group("wn")
        killings = _KILLINGS_PHRASE_RE.search(said + " " + what) is not None or (
            # ("London had 97 homicides. 1 in 8 victims were teenagers.": the victims of the
            # killings just counted)
            re.fullmatch(r"\s*(?:the\s+|all\s+)?victims?", said, re.I) is not None
            and any(_of_killings(c) for c in ctx.claims if c.end <= qs)
        )
        # (not of a group's killings: "more than half of the teenagers killed in London were
        # stabbed" is no share of all the killings)
        series = _group_share_series(killings and not _SUBGROUP_RE.search(said), what)
        family = ctx.lex.taxonomy.metrics[series].family if series else "other"
        mm = MetricMention(qe, m.end(), series, family, text[qe : m.end()], True, share=True)
        if vk is not None and _LED_TO_CHARGE_RE.match(m.group(vk) + " " + what):
            # ("Fewer than 1 in 5 shootings in Chicago this year have led to a charge": the
            # crime's charge rate)
            noun = _COUNTED_WHOLE_RE.search(whole if g != "share2" else m.group("wn") + "s")
            base = ctx.lex.outcome_base(noun.group(0)) if noun is not None else None
            tax = ctx.lex.taxonomy.metrics.get(f"{base}_charge_rate") if base else None
            if tax is None:
                continue
            mm = MetricMention(qe, m.end(), tax.id, tax.family, text[qe : m.end()], True)
        start = min(hstart, qs)
        # (the sentence's time and place before the share: "in NSW about 1 in 3 homicides ...")
        opens = max([sent[0]] + [c.end for c in ctx.claims if sent[0] <= c.end <= start])
        lead = text[opens:start]
        at = re.search(r"\b(?:in|across)\s+[^,;]{2,40}?\s*$", lead)
        if at is not None and any(
            at.start() + opens <= p.start for p in ctx.places if p.start < start
        ):
            start = at.start() + opens
        _add_share(ctx, mm, (start, m.end()), (qs, qe), qi, (lo, hi), hstart, sent, start)


def _add_share(
    ctx: Ctx,
    mm: MetricMention,
    words: tuple[int, int],
    share: tuple[int, int],
    qi: int | None,
    value: tuple[float | None, float | None],
    hstart: int,
    sent: tuple[int, int],
    negation_end: int,
) -> None:
    """Add the share level said at ``share`` in the words ``words``, of ``mm``'s series (or
    none), its periods those of the share's own clause; a negation counts up to
    ``negation_end``."""
    start, end = words
    if qi is not None:
        ctx.used_q.add(qi)
    add(
        ctx,
        kind="level",
        start=start,
        end=end,
        metric=mm,
        pos=share[0],
        clause=words,
        sent=sent,
        value=interval(*value),
        unit="percent",
        periods=_level_roles(ctx, share[0], share[1], hstart, words, sent),
        negated=is_negated(ctx, max(sent[0], start - 25), negation_end),
    )


#: a crime's share of a wider whole, the part first: "Shoplifting accounted for over a quarter
#: of all thefts recorded in Manchester in 2021", "Online fraud is now around 40% of all crime"
_PART_OF_WHOLE_RE = compile_scan(
    r"(?P<part>(?<![\w'’])[A-Za-z][^.;:!?\n,]{2,60}?)\s+(?:(?:now|still|alone|roughly)\s+)?"
    rf"(?:was|were|is|are|{_ACCOUNTS_FOR_SRC})\s+"
    r"(?:(?:only|just|still|now)\s+)?"
    + _hedged_share_src("share5")
    + r"\s+of\s+(?:all\s+)?(?:the\s+)?(?P<whole5>[^.;:!?\n,]{3,90}?)(?=\s*(?:[.;!?,)\n]|$))",
    re.I,
)
#: what the whole of a part's share must be: crimes of some kind
_CRIMES_WHOLE_RE = compile_re(
    r"\b(?:crimes?|offences|thefts?|robberies|burglaries|violence|incidents|cases)\b", re.I
)


def part_of_whole_shares(ctx: Ctx, sent: tuple[int, int]) -> None:
    """ "Shoplifting accounted for over a quarter of all thefts recorded in Manchester in
    2021.": one crime's share of a wider whole of crimes, a share outside the taxonomy (the
    series' own shares, "knife robberies account for ...", are read before)."""
    text = ctx.text
    if " of " not in text[sent[0] : sent[1]]:
        return  # (cheap first)
    for m in _PART_OF_WHOLE_RE.finditer(text, sent[0], sent[1]):
        qs, qe = m.span("share5")
        part = next(
            (
                mm
                for mm in ctx.metrics
                if m.start("part") <= mm.start < m.end("part") and mm.stat and not mm.share
            ),
            None,
        )
        whole_named = any(m.start("whole5") <= mm.start < m.end() for mm in ctx.metrics)
        if (
            part is None
            # (a place's share of the same crime is an order of places: "Crime in London is
            # 20% of all crime in England")
            or any(
                m.start("whole5") <= mm.start < m.end() and mm.metric == part.metric
                for mm in ctx.metrics
            )
            or used(ctx, m.start("part"), m.end())
            or not (whole_named or _CRIMES_WHOLE_RE.search(m.group("whole5")))
            or _WHOLE_ASKED_RE.search(m.group("whole5"))
            or text[sent[0] : sent[1]].rstrip(" \t\"'”’)").endswith("?")
            # (a figure in the whole is a count of its own: "60% of the 97 homicides")
            or any(m.start("whole5") <= q.start < m.end() for q in ctx.quantities)
            # (the part's own figure is said before: "97 homicides, ...")
            or any(m.start("part") <= q.start < m.end("part") for q in ctx.quantities)
        ):
            continue
        found = _share_value(ctx, qs, qe)
        if found is None:
            continue
        value, qi = found
        hedge, hstart = hedge_before(ctx, qs)
        lo, hi = apply_hedge(value, hedge)
        # ("Teen homicides in London were 22% of all homicides": the series' own share)
        said = part.metric or ""
        series = next(
            (
                f"{b}_share"
                for b in (said, said.replace("_enabled", ""))
                if b and f"{b}_share" in ctx.lex.taxonomy.metrics
            ),
            None,
        )
        mm = MetricMention(
            part.start, m.end(), series, part.family, text[part.start : m.end()], True, share=True
        )
        start = max(sent[0], part.start)
        _add_share(ctx, mm, (start, m.end()), (qs, qe), qi, (lo, hi), hstart, sent, qs)


#: a place's share of a wider area's crime: "Westminster alone accounted for about one in ten
#: knife offences in London", "Newham recorded about 6% of London's knife crime offences"
_PLACE_SHARE_RE = compile_scan(
    r"(?P<gap>(?:['’]s)?(?:\s+(?:alone|itself|on\s+its\s+own|by\s+itself))?\s+)"
    rf"(?:{_ACCOUNTS_FOR_SRC}|records|recorded|logs|logged|had|has|saw|sees)\s+"
    r"(?:(?:only|just)\s+)?"
    + _hedged_share_src("share6")
    # ("about one in ten knife offences in London": a share in words takes no "of")
    + r"(?:\s+of)?\s+(?:all\s+)?(?:the\s+)?(?P<rest>[^.;:!?\n]{3,90})",
    re.I,
)
_PLACE_SHARE_ITEM_RE = compile_scan(
    r",\s*(?:and\s+)?(?P<p>(?-i:[A-Z])[\w'’ .&-]{1,30}?)\s+"
    + _SHARE_HEDGE_SRC
    + r"(?P<n>\d+(?:\.\d+)?)\s*%",
    re.I,
)
_POPULATION_WORDS_RE = compile_scan(
    r"\b(?:population|residents|people|inhabitants|size|land|area)\b", re.I
)
#: where the area follows the crime: "in London", "recorded across England and Wales"
_AREA_BEFORE_RE = compile_re(r"(?:\s+(?:recorded|reported))?\s+(?:in|across)\s+(?:the\s+)?$", re.I)


def place_share_of_area(ctx: Ctx, sent: tuple[int, int]) -> None:
    """ "Westminster alone accounted for about one in ten knife offences in London in
    2024/25.": a place's share of a wider area's crime, the ratio of the place's figure to the
    area's (as "a third of all knife crime in England and Wales" is read by the orders)."""
    text = ctx.text
    if len(ctx.places) < 2:
        return  # (cheap first: a place and its area)
    for m in _PLACE_SHARE_RE.finditer(text, sent[0], sent[1]):
        qs, qe = m.span("share6")
        subject = next((p for p in ctx.places if p.end == m.start() and p.start >= sent[0]), None)
        rest = (m.start("rest"), m.end("rest"))
        crime = next(
            (mm for mm in ctx.metrics if rest[0] <= mm.start < rest[1] and mm.stat and mm.metric),
            None,
        )
        area = next(
            (
                p
                for p in ctx.places
                if rest[0] <= p.start < rest[1]
                and p.how == "text"
                and (
                    # ("of London's knife crime offences": the area owns the crime)
                    (p.start == rest[0] and text[p.end : p.end + 1] in ("'", "’"))
                    or (
                        crime is not None
                        and p.start > crime.end
                        and _AREA_BEFORE_RE.search(text, crime.end, p.start) is not None
                    )
                )
            ),
            None,
        )
        if (
            subject is None
            or crime is None
            or area is None
            or subject.how == "entity"
            # (not "Chicago has about a third of NYC's population and still had more murders")
            or _POPULATION_WORDS_RE.search(text, qe, crime.start) is not None
            or area.place == subject.place
            or used(ctx, qs, qe)
        ):
            continue
        found = _share_value(ctx, qs, qe)
        if found is None:
            continue
        value, qi = found
        hedge, _ = hedge_before(ctx, qs)
        lo, hi = apply_hedge(value / 100, hedge)
        if qi is not None:
            ctx.used_q.add(qi)
        end = max(area.end, crime.end)
        add(
            ctx,
            kind="comparison",
            start=subject.start,
            end=end,
            metric=crime,
            pos=subject.start,
            clause=(subject.start, end),
            sent=sent,
            value=interval(
                None if lo is None else round(lo, 6), None if hi is None else round(hi, 6)
            ),
            unit="count",
            periods=change_periods(ctx, sent, sent, want_baseline=False),
            negated=is_negated(ctx, subject.end, qs),
            place=subject.place,
            place_how=subject.how,
            other_geography=area.place,
            relation="ratio",
        )
        ctx.used_spans.append((subject.start, end))
        # ("Lambeth logged around 7% of London's robberies in 2023, Southwark about 6%.": the
        # places after it, each with its own share of the same)
        for item in _PLACE_SHARE_ITEM_RE.finditer(text, end, sent[1]):
            other = next((p for p in ctx.places if p.start == item.start("p")), None)
            q = next((q for q in ctx.quantities if q.start == item.start("n")), None)
            if other is None or q is None or other.place in (area.place, subject.place):
                continue
            hedge, hstart = hedge_before(ctx, q.start)
            lo, hi = apply_hedge(q.value / 100, hedge)
            add(
                ctx,
                kind="comparison",
                start=other.start,
                end=q.end,
                metric=crime,
                pos=other.start,
                clause=(other.start, q.end),
                sent=sent,
                value=interval(
                    None if lo is None else round(lo, 6), None if hi is None else round(hi, 6)
                ),
                unit="count",
                periods=change_periods(ctx, sent, sent, want_baseline=False),
                place=other.place,
                place_how=other.how,
                other_geography=area.place,
                relation="ratio",
            )
            ctx.used_q.add(ctx.quantities.index(q))


def elliptic_levels(ctx: Ctx, sent: tuple[int, int], clauses: list[tuple[int, int]]) -> None:
    """A level whose metric, unit and period are those of the level just before it in the
    post, said of another place ("London's is closer to 1.5", "Paris's was 2.3")."""
    text = ctx.text
    _elliptic_outcome(ctx, sent)
    _bare_figure(ctx, sent)
    _now_after_then(ctx, sent)
    _year_then_figure(ctx, sent)
    for i, q in enumerate(ctx.quantities):
        if not (sent[0] <= q.start < sent[1]) or i in ctx.used_q:
            continue
        if used(ctx, q.start, q.end):
            continue
        hedge, hstart = hedge_before(ctx, q.start)
        verb = _ELLIPTIC_BEFORE_RE.search(text, max(sent[0], hstart - 25), hstart)
        if verb is None:
            continue
        place = next((p for p in ctx.places if p.end == verb.start()), None)
        if (
            verb.group(0).strip() == ""
            and hedge is None
            and not (
                # "In 2018 NYC had 295, London 135.": the place and its figure right after another
                # place's level of the sentence, the verb left out
                place is not None
                and (
                    any(
                        c.kind == "level"
                        and sent[0] <= c.start
                        and c.geography != place.place
                        and _GAPPED_RE.fullmatch(text, c.end, place.start)
                        for c in ctx.claims
                    )
                    # "Chicago 416 homicides in 2025. London 97.": a sentence of a place and a
                    # figure, after another place's level of that size
                    or (
                        _PLACE_FIGURE_SENT_RE.fullmatch(text, sent[0], place.start)
                        and _FIGURE_ENDS_RE.fullmatch(text, q.end, sent[1])
                        # ("CHICAGO 2021: 797 murders 🚨 most since 1996. vs NYC 488.": past
                        # the record said of that level)
                        and (last := _last_level_before(ctx, sent[0])) is not None
                        and last.geography not in (None, place.place)
                        and same_magnitude(q.value, last.value)
                    )
                    # "Homicides, 2025:\n• Toronto 44\n• Montreal ~30": an item of a list
                    # under a header that names the period
                    or (is_list_item(text, sent) and header_period(ctx, sent) is not None)
                )
            )
        ):
            continue  # "London's 1.5" without a verb or a hedge is too loose
        if place is not None and re.search(
            r"\bpopulations?\b", text[max(sent[0], place.start - 30) : place.start], re.I
        ):
            continue  # "Population of Greater Manchester is 2.9 million"
        if place is None or (
            re.search(r"\b(?:it|that)\b", verb.group(0), re.I)
            and not re.search(r"\bin\s+$", text[max(sent[0], place.start - 4) : place.start], re.I)
        ):
            continue
        # (the level said last in the text, not the last found: "84 homicides in 2024, about
        # 2.6 per 100,000. Montreal's was about 2.0": the rate)
        prev = max(
            (
                c
                for c in ctx.claims
                if c.kind in ("level", "frequency")
                and c.end <= place.start
                and c.geography != place.place
                # ("Berlin had 35 homicides in 2021, down from 45. Paris about 120": the figure
                # a move started from is not the one the next place's answers)
                and not _FROM_BEFORE_RE.search(text, max(0, c.start - 24), c.start)
            ),
            key=lambda c: c.end,
            default=None,
        )
        if prev is None or prev.period is None or (q.kind == "percent") != (prev.unit == "percent"):
            continue
        if prev.kind == "frequency" and not same_magnitude(q.value, prev.value):
            continue  # ("averaged 5 a week. London had 110.": a year's count, no rate)
        if any(
            max(prev.end, sent[0]) <= o.start
            and o.end <= place.start
            and not used(ctx, o.start, o.end)
            and not any(t.start <= o.start < t.end for t in ctx.times)
            and o.value >= 100_000
            and same_magnitude(q.value, (o.value, None))
            for o in ctx.quantities
        ):
            # "Glasgow's population is roughly 630,000 and Edinburgh's about 520,000": the
            # figure left out is the nearer one, a size no claim took
            continue
        metric = next((mm for mm in ctx.metrics if mm.metric == prev.metric), None)
        if metric is None:
            continue
        if not _ELLIPTIC_FIGURE_END_RE.match(text[q.end : min(q.end + 24, sent[1])]):
            continue  # "London's is 1.5 miles away" is not the figure
        ctx.used_q.add(i)
        lo, hi = (q.lo, q.hi) if q.lo is not None else apply_hedge(q.value, hedge)
        if plus_after(ctx, q):
            lo, hi = q.value, None
        clause = clause_of(clauses, q.start, sent)
        add(
            ctx,
            kind=prev.kind,
            start=place.start,
            end=q.end,
            metric=metric,
            pos=q.start,
            clause=(place.start, clause[1]),
            sent=sent,
            value=interval(lo, hi),
            unit=prev.unit,
            periods=Periods(span_of(prev.period), None, True),
            negated=is_negated(ctx, place.start, hstart),
            place=place.place,
            place_how=place.how,
            **({"per": prev.per} if prev.kind == "frequency" else {}),
        )


#: a sentence that is only a figure (and its time): "13,500 last year.", "It was nearer 25."
_BARE_FIGURE_SENT_RE = compile_re(
    r"[\W_]*(?:(?:but|and|actually|in\s+fact|no|nope|still)[,\s]+|a(?:nswer)?\s*:\s*"
    # "The answer from TPS: around forty."
    r"|(?:the\s+)?answer(?:\s+(?:from|according\s+to)\s+[\w&'’. -]{1,30}?)?\s*[:,-]\s*)*"
    r"(?P<lead>(?:it|that|they|the\s+(?:real|actual|true)\s+(?:number|figure|total))\s*"
    r"(?:was|is|were|are|['’]s|['’]re)\s+(?:actually\s+|really\s+)?)?"
    # ("Just under 100.": a hedge's own degree first)
    r"(?P<h>(?:(?:just|only|well|slightly|a\s+(?:bit|touch|little))\s+(?=over|under|fewer|less|more))?"
    r"(?:nearer|closer\s+to|more\s+like|about|around|roughly|approx\.?|approximately|only|just|over|under|nearly|"
    r"almost|fewer\s+than|less\s+than|more\s+than|~)\s*)?"
    # ("Eight last year.": a figure in words before its time)
    # ("Fifteen, per the Met.")
    r"(?P<n>\d[\d,.]*[km]?\+?|(?:[a-z]+[- ])?[a-z]+(?=[\s.!?]*$|\s+(?:last|this)\s+year\b|\s+in\s+(?:19|20)\d\d\b|,\s*(?:per|according\s+to)\s))(?:\s*(?:%|per\s*cent|percent))?(?P<rest>[^.!?\n]{0,45}?)[\s.!?]*",
    re.I,
)


#: a record's word, after what may open it: "which is the lowest", "but the lowest count"
_DENIAL_ALONE_BEFORE_RE = compile_re(
    r"(?:^|\n)[ \t]*(?:no|nope|nah|wrong|false|not\s+even\s+close)[.!,]+[ \t]*$", re.I
)
_DENIAL_OPENS_RE = compile_re(r"[ \t]*(?:no|nope|nah|wrong)[.!,]+\s", re.I)
_RECORD_PHRASE_RE = compile_re(r"(?:deadliest|bloodiest)\b", re.I)
_COMMA_THE_GAP_RE = compile_re(r"\s*[,;–—-]\s*(?:(?:and|but)\s+)?(?:the|its|their)\s+", re.I)
_RECORD_WORD_SRC = (
    r"(?:(?:but|and|yet)\s+)?(?:(?:which\s+is|that['’]?s|was|is|were|are)\s+)?(?:the\s+|a\s+)?"
    r"(?:lowest|highest|fewest|most|worst|best|record|deadliest|bloodiest|safest|quietest)\b"
)
# ("573 was the lowest since 2014.", "Still 617 dead, but the lowest count since 2019.")
_RECORD_REST_RE = compile_re(r"\s*[,;–—-]?\s*" + _RECORD_WORD_SRC, re.I)
#: a record after the figure's counted noun: "Still 617 dead, but the lowest count since 2019."
_RECORD_IN_REST_RE = compile_re(r"[,;–—-]\s*" + _RECORD_WORD_SRC, re.I)
_GRIEF_AFTER_RE = compile_re(r"\s+(?:too\s+many|funerals|grieving\s+families)\b", re.I)


_NOW_REST_RE = compile_re(r"(?:now|nowadays|these\s+days|today|currently)", re.I)
_COUNTED_REST_RE = compile_re(
    r"(?:kids|children|teenagers|teens|young\s+people|victims|people|lives|deaths|murders|"
    r"killings|homicides|stabbings|shootings|offences|crimes|cases)"
    r"(?:\s*,?\s*(?:per|according\s+to|says|from)\s+(?:the\s+)?(?:Met|ONS|FBI|NYPD|police|"
    r"Home\s+Office|official\s+figures|[A-Z][\w.&]*))?",
    re.I,
)
_DEAD_RE = compile_re(
    r"(?:(?:people|of\s+them|of\s+those|lives)\s+)?(?:dead|killed|murdered|lost|gone)", re.I
)


def _after_homicides(ctx: Ctx, sent: tuple[int, int]) -> bool:
    prev = next((c for c in reversed(ctx.claims) if c.start < sent[0]), None)
    return prev is not None and prev.family == "homicide"


_MOVED_FROM_REST_RE = compile_re(
    r",?\s*(?:down|up)\s+from\s+(?:about\s+|around\s+|roughly\s+|nearly\s+)?\d[\d,.]*[km]?"
    r"(?:\s+(?:in\s+)?(?:19|20)\d\d(?:/\d\d)?|\s+(?:the\s+year\s+before|a\s+year\s+earlier))?",
    re.I,
)
#: what may follow a bare figure and leave it bare: an aside, a source, the figure it moved from
_ASIDE_REST_RE = compile_re(
    r",?\s*(?:though|tho|mind(?:\s+you)?|anyway|(?:per|according\s+to|says|from|going\s+by)\s+"
    r"(?:the\s+)?(?:Met|ONS|FBI|NYPD|police|Home\s+Office|official\s+figures|[A-Z][\w.&]*))"
    r"(?:" + _MOVED_FROM_REST_RE.pattern + ")?",
    re.I,
)


def _in_line_quote(text: str, pos: int) -> bool:
    """Is ``pos`` on a line quoted with ">" (a reply's quote of what it answers)?"""
    line = text[text.rfind("\n", 0, pos) + 1 : pos]
    return line.lstrip().startswith(">")


def figure_after_colon(ctx: Ctx, sent: tuple[int, int]) -> None:
    """ "2021 was the worst year for teenage homicides in London since records began: 30
    dead.": the figure a record or a move left unsaid, alone after its colon (read once the
    records are)."""
    colon = ctx.text.find(": ", sent[0], sent[1])
    if (
        colon > 0
        # (one figure after it: not "... ↓ again in '25: 222 vs 269 in '24")
        and sum(colon < q.start < sent[1] for q in ctx.quantities) == 1
        and any(
            c.kind in ("extremum", "trend") and c.value is None and sent[0] <= c.start < colon
            for c in ctx.claims
        )
    ):
        _bare_figure(ctx, (colon + 2, sent[1]))


def _bare_figure(ctx: Ctx, sent: tuple[int, int]) -> None:
    """ "Sexual offences ... have risen for the fifth year running. 13,500 last year.", "No,
    Glasgow did not have 60 murders last year. It was nearer 25.": a sentence that is only a
    figure gives the count of the claim just before it (its correction, if that one was
    denied), for its own time or that claim's."""
    if sent[1] - sent[0] > 160 or not ctx.quantities:
        return  # (cheap first: a figure alone, its hedge and a few words are short)
    m = _BARE_FIGURE_SENT_RE.fullmatch(ctx.text, *sent)
    if m is None or _GRIEF_AFTER_RE.match(ctx.text, m.end("n")):
        return  # "Still 109 too many, ...": the figure said again, in grief
    if ctx.text[sent[0] : sent[1]].rstrip(" \t\n\"'”’)").endswith("?"):
        return  # "... how many murders would that be? 2,000?": a guess, asked
    if _ORDINAL_SUFFIX_RE.match(ctx.text, m.end("n")):
        return  # "3rd time this year.": the poster's own count of times
    if _TEMPERATURE_AFTER_RE.match(ctx.text, m.end("n")):
        return  # "78 degrees in October is also insane.": the weather
    # ("They were 97, the lowest since 2014.": the record's reach is no time of the figure's)
    record = _RECORD_REST_RE.match(ctx.text, m.start("rest")) or _RECORD_IN_REST_RE.search(
        ctx.text, m.start("rest"), m.end("rest")
    )
    # (what stands before a record: "617 dead, but the lowest count since 2019")
    rest = ctx.text[m.start("rest") : record.start() if record else m.end("rest")].strip()
    # "... the highest in a decade. 134 dead.": the victims of the homicides before
    dead = bool(_DEAD_RE.fullmatch(rest)) and _after_homicides(ctx, sent)
    # "... were the worst on record. 21 kids.", "... dropped below 100 last year. 93 victims,
    # per the Met.": the count the claim before left unsaid, with what it counts
    # ("Met confidence has gone DOWN every year since 2016. 51% now.": the claim's own time)
    counted = bool(_COUNTED_REST_RE.fullmatch(rest) or _NOW_REST_RE.fullmatch(rest))
    before = next((c for c in reversed(ctx.claims) if c.start < sent[0]), None)
    # "Teen homicides in London last year were the lowest since 2012. Eight.": a record or a
    # move that gave no figure, then the figure alone
    unsaid = (
        before is not None
        and before.kind in ("extremum", "trend")
        and before.value is None
        and before.unit in ("count", "percent")
        and before.period is not None
        # ("... has risen for five years in a row. Five.": the number said again)
        and not re.search(
            rf"(?<![\w.,]){re.escape(m.group('n').rstrip('.,'))}(?![\w.,])",
            ctx.text[before.start : sent[0]],
            re.I,
        )
    )
    # (not "8, down from 30 in 2021": the year of the figure it came down from)
    own = [
        t
        for t in ctx.times
        if within(t.start, sent)
        and t.span is not None
        and not from_figure(ctx, t)
        and (record is None or t.start < record.start())
    ]
    if not own and before is not None and before.period is not None:
        # "97 homicides in London last year. 109 the year before.": the year before the
        # claim's
        earlier = next((t for t in ctx.times if within(t.start, sent) and _is_year_before(t)), None)
        # ("150 in the year before")
        if earlier is not None and ctx.text[m.start("rest") : earlier.start].strip().lower() in (
            "",
            "in",
        ):
            own = [
                TimeRef(
                    earlier.start,
                    earlier.end,
                    "period",
                    span=timex.shift_years(span_of(before.period), -1),
                    text=earlier.text,
                )
            ]
    question = _question_before(ctx.text, sent)
    if (
        rest
        and not (own and own[0].start >= m.start("rest"))
        # ("573 was the lowest since 2014.": the figure of the record it names)
        and record is None
        and not (question is not None and _SOURCE_RE.fullmatch(rest))
        # "Still over 2,000 of them.": the things the claim before counted
        and not re.fullmatch(r"(?:of\s+them|of\s+those)(?:\s+(?:though|tho))?", rest, re.I)
        # ("8, down from 30 in 2021.": the figure it moved from is a claim of its own)
        and not (unsaid and _MOVED_FROM_REST_RE.fullmatch(rest))
        # ("Still over 50,000 though.", "109, per the Met.", "573, per CPD, down from 617 the
        # year before.")
        and not _ASIDE_REST_RE.fullmatch(rest)
        and not dead
        and not counted
    ):
        return  # "25 minutes later": the words after it are no time of the figure's
    # ("> Over 100 teenagers were killed in London this year / No. Fifteen, per the Met.": the
    # denied figure's correction, right after the denial)
    corrects = (
        before is not None
        and before.kind == "level"
        and before.unit == "count"
        and (
            _DENIAL_ALONE_BEFORE_RE.search(ctx.text, max(0, sent[0] - 16), sent[0]) is not None
            # ("No. Fifteen.": "No." read as no sentence of its own)
            or _DENIAL_OPENS_RE.match(ctx.text, sent[0]) is not None
        )
    )
    if (
        not own
        and not m.group("lead")
        and not m.group("h")
        and not dead
        and not counted
        and not corrects
        and not (
            unsaid
            and question is None
            and (
                not re.fullmatch(r"\d", m.group("n").rstrip(".,"))
                or _MOVED_FROM_REST_RE.fullmatch(rest) is not None
            )
        )
        and (question is None or re.fullmatch(r"\d", m.group("n").rstrip(".,")))
    ):
        return  # "2." numbering a list is no figure ("Why? 1. Cuts 2. ...")
    i = next(
        (
            j
            for j, q in enumerate(ctx.quantities)
            if q.start == m.start("n")
            and j not in ctx.used_q
            # "around forty." is a figure in words; "That's one borough." is not
            # ("Five-ish.": the hedge is the figure's)
            and (
                m.group("n")[0].isdigit()
                or ctx.text[q.end : m.end("n")].lower() in ("", "ish", "-ish")
            )
        ),
        None,
    )
    if i is None:
        return
    said = ctx.quantities[i].value
    if (
        said == int(said)
        and ctx.text[sent[0] : sent[1]].strip(" \t\n.!") == m.group("n").strip(" .,")
        and re.search(
            rf"(?<![\w.,]){int(said)}(?![\w,%]|\.\d)", ctx.text[max(0, sent[0] - 80) : sent[0]]
        )
    ):
        return  # "... was 23. Twenty-three.": a number said again for weight, and no more
    percent = ctx.quantities[i].kind == "percent"
    start: int | None = None
    prev = next((c for c in reversed(ctx.claims) if c.start < sent[0]), None)
    if any(
        m.start("rest") <= mm.start < m.end("rest") and (prev is None or mm.metric != prev.metric)
        for mm in ctx.metrics
    ):
        return  # ("• 190 rapes recorded\n• just under 2 homicides": the item names its own crime)
    if (
        prev is not None
        and not own
        and question is None
        and prev.value is not None
        and ctx.quantities[i].value in prev.value
        and sent[0] - prev.end <= 40
    ):
        return  # "Over 60 people a day get stabbed in London. Over sixty.": said again
    if record is not None and any(
        c.value is not None and c.value[0] == c.value[1] == ctx.quantities[i].value
        for c in ctx.claims
        if c.start < sent[0]
    ):
        return  # "• teen homicides 30 vs 24 ... 30 is the worst since 2008.": the figure named again
    place: str | None
    if prev is None:
        # "Murders in London 'out of control'? 97 last year.", "E&W homicides last year?
        # Around 560.": the metric the sentence before named (asked about, so no claim of
        # its own), with the figure's own time or the question's
        named = [mm for mm in ctx.metrics if mm.start < sent[0] and mm.stat and mm.metric]
        if not named or (
            ctx.text[named[-1].end : sent[0]].count("\n") > 1
            # ("> What was London's homicide count in 2025?\n\n97, per the Met.": the answer
            # to the question quoted above it)
            and not (question is not None and question[0] <= named[-1].start)
        ):
            return
        metric = named[-1]
        asked = question is not None and within(metric.start, question)
        if not own and not asked:
            return
        unit = ctx.lex.taxonomy.metrics.get(metric.metric or "")
        if percent != (unit is not None and unit.unit == "percent"):
            return  # "Knife crime last year? Up 5%." is no level
        places = [p for p in ctx.places if p.start < sent[0]]
        place = places[-1].place if places else None
        prev_period = None
        if not own and question is not None and not _in_line_quote(ctx.text, metric.start):
            # the question and its answer are one claim (a question quoted above its answer is
            # another poster's: the answer alone is the claim)
            start = min([metric.start] + [p.start for p in places if within(p.start, question)])
        if not own and question is not None:
            # the question's time, or none said: the latest complete year
            asked_times = [
                t for t in ctx.all_times if within(t.start, question) and t.span is not None
            ]
            prev_period = (
                asked_times[-1].span
                if asked_times
                else timex.calendar_year(timex.latest_complete_year(ctx.ref))
            )
    else:
        prev_tax = ctx.lex.taxonomy.metrics.get(prev.metric or "")
        if percent != (prev_tax is not None and prev_tax.unit == "percent"):
            # ("Met confidence has gone up since 2023 apparently. Still under 50% though.": a
            # share's level after its move)
            return
        of_them = (
            re.fullmatch(r"(?:of\s+them|of\s+those)(?:\s+(?:though|tho))?", rest, re.I) is not None
        )
        # "... fell 5% in the year to June 2025. Still over 50,000 though.": the count of the
        # series the change was about, in its period
        # ("... are down about 70% since 2021. Eight last year.": with a time of its own)
        still_after_change = prev.kind == "change" and (
            bool(own) or bool(re.match(r"[\W_]*still\b", ctx.text[sent[0] : sent[1]], re.I))
        )
        # "London's murder rate in 2025 was about 1.1 per 100k. Paris? Around 1.6.", "London
        # had 97 murders last year. NYC? 382.": the figure of the place asked about
        asked_at = (
            asked_place(ctx, sent, ctx.places)
            # ("Both ↓. Scotland overall? ~55": after a move too)
            if question is not None and prev.kind in ("level", "trend", "change")
            else None
        )
        if (
            (
                prev.unit not in ("count", "percent")
                and not of_them
                and not still_after_change
                and asked_at is None
                # ("US murders +30% in 2020. ~22k killed.": the dead the change counted)
                and not dead
            )
            or prev.kind == "comparison"
            or prev.period is None
        ):
            return
        if ctx.text[prev.end : sent[0]].count("\n") > 1 and not _in_line_quote(
            ctx.text, prev.start
        ):
            return  # (a reply's answer to the line it quotes is no paragraph apart)
        found = next(
            (
                mm
                for mm in ctx.metrics
                if mm.metric == prev.metric and (mm.stat or prev.start <= mm.start < prev.end)
            ),
            None,
        )
        if found is None:
            return
        metric, place, prev_period = found, prev.geography, span_of(prev.period)
        if asked_at is not None:
            place = asked_at.place
            start = asked_at.start  # (the question and its answer are one claim)
            # ("Chicago finished 2025 with 416. Down 29% from 587 the year before. Philly?
            # 222.": the latest of the figures just given, not the one it fell from)
            prev_period = max(
                (
                    span_of(c.period)
                    for c in ctx.claims
                    if c.kind == "level"
                    and c.metric == prev.metric
                    and c.period is not None
                    and sent[0] - 240 <= c.start < sent[0]
                ),
                key=lambda span: span[1],
                default=prev_period,
            )
        if _NOW_REST_RE.fullmatch(rest):
            # ("London had 150 murders in 2019. 97 now.": the latest year, not 2019)
            prev_period = timex.calendar_year(timex.latest_complete_year(ctx.ref))
    q = ctx.quantities[i]
    hedge, hstart = hedge_before(ctx, q.start)
    if hedge is None and re.search(r"\bnearer\s*$", ctx.text[sent[0] : q.start], re.I):
        # ("More like 90%." is 90: "more like" puts a figure right without a hedge, as
        # _reply_hedge reads it)
        hedge = "hedge_approx"
    lo, hi = (q.lo, q.hi) if q.lo is not None else apply_hedge(q.value, hedge)
    if plus_after(ctx, q):
        lo, hi = q.value, None
    if not own and question is not None and prev is not None:
        # "Back in 2019 London had 149 homicides. Last year? 97.": the time asked about
        asked_times = [t for t in ctx.all_times if within(t.start, question) and t.span is not None]
        if asked_times:
            prev_period = asked_times[-1].span
        elif prev_period is not None and any(
            t.kind == "year_before" and within(t.start, question) for t in ctx.all_times
        ):
            # "... last year? 110, per the Met. And the year before? 109."
            prev_period = timex.shift_years(prev_period, -1)
    period = own[0].span if own else prev_period
    assert period is not None
    ctx.used_q.add(i)
    if start is None:
        start = (
            sent[0]
            + len(ctx.text[sent[0] : sent[1]])
            - len(ctx.text[sent[0] : sent[1]].lstrip(" \t\"'“‘-–—•*"))
        )
    # "How many homicides a day does the UK average? Around 1.7.": asked per day, a frequency
    per = (
        _ASKED_PER_RE.search(ctx.text, *question)
        if question is not None and prev is None and not percent
        else None
    )
    extra: dict[str, object] = {"per": per.group("u").lower()} if per is not None else {}
    add(
        ctx,
        kind="frequency" if per is not None else "level",
        start=start,
        end=(own[0].end if own else q.end),
        metric=metric,
        pos=q.start,
        clause=sent,
        sent=sent,
        value=interval(lo, hi),
        unit="percent"
        if percent
        else "rate_per_100k"
        if prev is not None and prev.unit == "rate_per_100k"
        else "count",
        periods=Periods(period, None, True),
        negated=False,
        place=place,
        place_how="context",
        **extra,
    )


_ASKED_PER_RE = compile_re(r"\b(?:a|per|each|every)\s+(?P<u>day|week|month)\b", re.I)

#: "69% then, 46% now": the then-figure, then the figure for now
_THEN_NOW_RE = compile_re(
    r"[^,;]*?\bthen\s*[,;]\s*(?:and\s+|but\s+)?"
    r"(?P<h>(?:about|around|roughly|approx\.?|approximately|nearly|almost|just\s+under|just\s+over|over|under|~)\s*)?"
    r"(?P<n>\d[\d,]*(?:\.\d+)?)(?P<pct>\s*%)?\s+(?:now|today|these\s+days)[\W_]*",
    re.I,
)


def _now_after_then(ctx: Ctx, sent: tuple[int, int]) -> None:
    """ "Met confidence has fallen by a third since 2016. 69% then, 46% now.": after the
    figure for then (read as the move's baseline), the one for now is its latest level."""
    if (ctx.low or ctx.text.lower()).find("then", *sent) < 0:
        return  # (cheap first: most sentences say no "then")
    m = _THEN_NOW_RE.fullmatch(ctx.text, *sent)
    if m is None:
        return
    then = next(
        (c for c in ctx.claims if c.kind == "level" and sent[0] <= c.start < m.start("n")), None
    )
    move = next(
        (c for c in reversed(ctx.claims) if c.start < sent[0] and c.kind in ("change", "trend")),
        None,
    )
    if then is None or then.period is None:
        return
    metric = next((mm for mm in ctx.metrics if mm.metric == then.metric), None)
    i = next((j for j, q in enumerate(ctx.quantities) if q.start == m.start("n")), None)
    if metric is None or i is None or i in ctx.used_q:
        return
    if (m.group("pct") is not None) != (then.unit == "percent"):
        return
    q = ctx.quantities[i]
    ctx.used_q.add(i)
    hedge, _ = hedge_before(ctx, q.start)
    period = (
        span_of(move.period)
        if move is not None and move.period is not None
        else timex.calendar_year(timex.latest_complete_year(ctx.ref))
    )
    add(
        ctx,
        kind="level",
        start=m.start("h") if m.group("h") else q.start,
        end=m.end() - len(m.group(0)) + len(m.group(0).rstrip(" \t\n.!?,;:")),
        metric=metric,
        pos=q.start,
        clause=(m.start("n"), sent[1]),
        sent=sent,
        value=interval(*apply_hedge(q.value, hedge)),
        unit=then.unit,
        periods=Periods(period, None, True),
        negated=False,
        place=then.geography,
        place_how="context",
    )


#: what may follow a figure that answers a question: its source ("Around 560, according to
#: the Home Office.")
_SOURCE_RE = compile_re(
    r",?\s*(?:according\s+to|per|says?|said|via|source:?|from)\s+(?:the\s+)?[\w&'’ -]{2,40}"
    r"|\((?:the\s+)?[\w&'’ -]{2,30}\)",
    re.I,
)


def _question_before(text: str, sent: tuple[int, int]) -> tuple[int, int] | None:
    """The sentence before ``sent`` when it is a question."""
    head = text[: sent[0]].rstrip(" \t\n\"'”’")
    if not head.endswith("?"):
        return None
    start = max(head.rfind(c, 0, len(head) - 1) for c in ".!?\n") + 1
    return start, len(head)


_YEAR_FIGURE_RE = compile_scan(
    r"\b(?P<y>(?:19|20)\d\d)\s*\(\s*(?P<n>\d[\d,]*)(?:\s+(?:that\s+year|then))?\s*\)"
    # "down a fifth since 2019: 670 then, 535 last year": the baseline's own figure
    r"|(?<![\w.,])(?P<tn>\d[\d,]*)\s+then\b"
)


def _year_then_figure(ctx: Ctx, sent: tuple[int, int]) -> None:
    """ "1,531 shootings in 2020, almost double 2019 (776)": the figure in brackets after a
    year is that year's count of the metric the sentence is about."""
    seg = ctx.text[sent[0] : sent[1]]
    if "(" not in seg and "then" not in seg:
        return  # the common case, without running the pattern over the sentence
    for m in _YEAR_FIGURE_RE.finditer(ctx.text, sent[0], sent[1]):
        ng = "n" if m.group("n") else "tn"
        i = next(
            (
                j
                for j, q in enumerate(ctx.quantities)
                if q.start == m.start(ng) and j not in ctx.used_q and q.kind != "percent"
            ),
            None,
        )
        prev = next(
            (c for c in reversed(ctx.claims) if sent[0] <= c.start < m.start() and c.metric),
            None,
        )
        if i is None or prev is None or prev.unit not in ("count", "percent_change"):
            continue
        if ng == "tn" and prev.baseline is None:
            continue  # "then" is the time the claim before compared with
        metric = next((mm for mm in ctx.metrics if mm.metric == prev.metric), None)
        if metric is None:
            continue
        q = ctx.quantities[i]
        ctx.used_q.add(i)
        add(
            ctx,
            kind="level",
            start=m.start(),
            end=m.end(),
            metric=metric,
            pos=q.start,
            clause=(m.start(), sent[1]),
            sent=sent,
            value=(q.value, q.value),
            unit="count",
            periods=Periods(
                timex.calendar_year(int(m.group("y"))) if ng == "n" else span_of(prev.baseline),  # type: ignore[arg-type]
                None,
                True,
            ),
            place=prev.geography,
            place_how="context",
        )


_QUOTED_RE = compile_scan(r"[\"'“‘«]([^\"'”’»\n]{3,80})[\"'”’»]")


def _in_title(ctx: Ctx, pos: int, sent: tuple[int, int]) -> bool:
    """Is ``pos`` inside a quoted Title Case phrase that names no place and no time (a book or
    film: "'100 Unsolved Murders'"; a headline "'London Recorded 97 Murders Last Year'" is a
    claim)?"""
    for m in _QUOTED_RE.finditer(ctx.text, sent[0], sent[1]):
        if m.start(1) <= pos < m.end(1):
            words = [w for w in re.findall(r"[A-Za-z]+", m.group(1)) if len(w) > 3]
            inside = (m.start(1), m.end(1))
            return (
                len(words) >= 2
                and all(w[0].isupper() for w in words)
                and not any(within(p.start, inside) for p in ctx.places)
                and not any(within(t.start, inside) for t in ctx.times)
            )
    return False


def _trend_cue(ctx: Ctx) -> re.Pattern[str]:
    cue = ctx.lex.cue_src
    return _compiled_cue(cue["trend_up"], cue["trend_down"])


@cache
def _compiled_cue(up: str, down: str) -> re.Pattern[str]:
    return compile_scan(rf"(?<![\w-])(?:{up}|{down})(?![\w-])", re.I)


#: an item of a breakdown under its header: "• men and boys: 71%", "male — about 85%",
#: "18-24: roughly a quarter", "no suspect identified: 72%"
_BREAKDOWN_ITEM_RE = compile_re(
    r"[ \t]*(?:[•▪▸◦‣·*\-–—][ \t]*)?(?P<label>[A-Za-z0-9][^\n:|]{0,48}?)[ \t]*(?::|[ \t][—–-])[ \t]*"
    + _SHARE_HEDGE_SRC
    + _SHARE_FORM_SRC
    + r"(?:[ \t]+of\s+(?:all\s+)?(?:the\s+)?(?:them|those|all|total|victims|crimes?|offences|cases|"
    r"homicides|murders|killings))?[ \t]*[.;]?[ \t]*",
    re.I,
)
#: a label that names a time (a series of its own, read as such): "2019: 45%", "Q1: 8%", "FY23:
#: 12%"; whole words, so that "separated partner" or "married" is no month
_TIME_LABEL_WORDS_RE = compile_re(
    r"(?:19|20)\d\d|\b(?:Q[1-4]|H[12]|FY\d*|YE\d*|jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|"
    r"may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?|"
    r"now|then|today|last|this|years?|overall|totals?|average|national(?:ly)?)\b",
    re.I,
)
#: a header that says what its items break down: victims, a method, outcomes, types
_BREAKDOWN_HEADER_RE = compile_re(
    r"\bvictims\b|\bby\s+(?:age|sex|gender|method|weapon|type|outcome|relationship|ethnicity|strand|"
    r"category|group)\b|"
    r"\boutcomes?\b|\bbreakdown\b|\bshares?\s+of\b|\brelationship\b",
    re.I,
)
_MOVE_HEADER_RE = compile_re(
    r"\b(?:vs\.?|versus|v\.?|change|changes|up|down|rise|rises|fall|falls|on\s+(?:19|20)\d\d|"
    r"since|y/y|yoy|year[-\s]on[-\s]year)\b|[↑↓→]",
    re.I,
)
#: "Other", "the rest": a label that names nothing
_REST_LABEL_RE = compile_re(r"(?:the\s+)?(?:other|others|rest|unknown|not\s+recorded)", re.I)
#: the labels that name a series of their own under a header about killings
_KNIFE_LABEL_RE = compile_re(r"\b(?:knife|knives|sharp|stab|blade)", re.I)
_TEEN_LABEL_RE = compile_re(r"\bteen", re.I)
#: an outcome's label: "charged or summonsed", "charged/summonsed", "solved"
_OUTCOME_LABEL_RE = compile_re(
    r"(?P<charge>charged(?:\s*(?:/|or|and|&)\s*summonsed)?|summonsed|charge(?:\s*/\s*summons)?)"
    r"|(?:solved|cleared(?:\s+up)?|detected)",
    re.I,
)


def breakdown_shares(ctx: Ctx, metrics: list[MetricMention], quantities: list[Quantity]) -> None:
    """ "Homicide victims in England and Wales, year ending March 2023:\n• men and boys: 71%\n•
    aged 16-24: about a fifth", "Burglary outcomes, 2024:\n- no suspect identified: 72%", "US
    murder victims in 2023 by sex: male 78%, female 22%.": each item of a breakdown under a
    header that names the crime and what it breaks down is a share, for the header's place and
    period (the knives' and the teenagers' shares of killings are series of their own; any
    other group's is outside the taxonomy)."""
    text = ctx.text
    if "\n" in text:
        for line in _LINE_RE.finditer(text):
            s, e = line.span()
            if s == 0 or any(c.start < e and s < c.end for c in ctx.claims):
                continue  # (a line with a claim read already; the post's first line is no item)
            m = _BREAKDOWN_ITEM_RE.fullmatch(text, s, e)
            if m is None or not _breakdown_label(ctx, m.span("label")):
                continue
            header = list_header(ctx, (s, e))
            if header is not None:
                _breakdown_item(ctx, metrics, quantities, m, header, (s, e))
    for colon in _INLINE_HEAD_END_RE.finditer(text):
        items = _inline_items(ctx, colon.end())
        if not items:
            continue
        line_start = text.rfind("\n", 0, colon.start()) + 1
        stop = max(
            (m.end() for m in _SENTENCE_STOP_RE.finditer(text, line_start, colon.start())),
            default=line_start,
        )
        span = (stop, items[-1].end())
        for m in items:
            _breakdown_item(ctx, metrics, quantities, m, (stop, colon.start()), span)


def _breakdown_label(ctx: Ctx, label: tuple[int, int]) -> bool:
    """Does ``label`` name a part of a whole, not a time or a place of its own ("2019: 45%",
    "Leeds: 12%": a time's or a place's figure, read as such) nor what is left ("Other:
    28%")?"""
    return not (
        _TIME_LABEL_WORDS_RE.search(ctx.text, *label)
        or _REST_LABEL_RE.fullmatch(ctx.text, *label)
        or any(label[0] <= p.start < label[1] for p in ctx.all_places)
        or any(label[0] <= t.start < label[1] for t in ctx.all_times)
    )


def _inline_items(ctx: Ctx, pos: int) -> list[re.Match[str]]:
    """The items of a breakdown run on after a header's colon at ``pos``, two or more, each a
    label and its share, up to the sentence's end: "male 78%, female 22%."; none where anything
    else stands among them, or a claim was read there already."""
    text = ctx.text
    items: list[re.Match[str]] = []
    while True:
        m = _INLINE_ITEM_RE.match(text, pos)
        if m is None or _MOVE_HEADER_RE.search(text, *m.span("label")):
            return []
        items.append(m)
        pos = m.end()
        if m.group("sep") is None:
            break
    if len(items) < 2 or any(
        items[0].start() < c.end and c.start < items[-1].end() for c in ctx.claims
    ):
        return []
    return [m for m in items if _breakdown_label(ctx, m.span("label"))]


def _breakdown_item(
    ctx: Ctx,
    metrics: list[MetricMention],
    quantities: list[Quantity],
    m: re.Match[str],
    header: tuple[int, int],
    line: tuple[int, int],
) -> None:
    """Add the share the item ``m`` (its ``label`` and ``share``) of the breakdown under
    ``header`` states, where the header names the crime and what it breaks down."""
    text = ctx.text
    s, e = line
    label = m.span("label")
    named = next((mm for mm in metrics if header[0] <= mm.start < header[1] and mm.stat), None)
    if named is None or not (
        _BREAKDOWN_HEADER_RE.search(text, *header)
        # ("Homicides in Canada, 2024 (StatCan):\nfirearm-related: about 38%": the shares of
        # the killings, unless the header sets times against each other)
        or (named.family == "homicide" and not _MOVE_HEADER_RE.search(text, *header))
    ):
        return
    found = _share_value(ctx, m.start("share"), m.end("share"), quantities)
    if found is None:
        return
    hedge, _ = hedge_before(ctx, m.start("share"))
    lo, hi = apply_hedge(found[0], hedge)
    killings = named.family == "homicide"
    series = (
        "knife_homicides_share"
        if killings and _KNIFE_LABEL_RE.search(text, *label)
        else "teenage_homicides_share"
        if killings and _TEEN_LABEL_RE.search(text, *label)
        else None
    )
    outcome = _OUTCOME_LABEL_RE.fullmatch(text, *label)
    if outcome is not None:
        # ("Burglary outcomes, 2024:\n- charged or summonsed: 4%": the crime's charge rate)
        base = ctx.lex.outcome_base(named.phrase) or ctx.lex.outcome_base(named.metric or "")
        rate = "charge_rate" if outcome.group("charge") else "solve_rate"
        if base is not None and f"{base}_{rate}" in ctx.lex.taxonomy.metrics:
            series = f"{base}_{rate}"
    family = ctx.lex.taxonomy.metrics[series].family if series else "other"
    mm = MetricMention(*label, series, family, text[label[0] : label[1]], True, share=True)
    place = next((p for p in ctx.all_places if header[0] <= p.start < header[1]), None)
    # (else the period of the list's items above it, else the latest complete year)
    above = max(
        (c for c in ctx.claims if header[0] <= c.start < s and c.period is not None),
        key=lambda c: c.end,
        default=None,
    )
    inline = {t.span for t in ctx.all_times if header[0] <= t.start < header[1] and t.span}
    period = (
        (inline.pop() if len(inline) == 1 else None)
        if header[1] > s
        else header_period(ctx, (s, e))
    ) or (
        span_of(above.period)
        if above is not None and above.period is not None
        else timex.calendar_year(timex.latest_complete_year(ctx.ref))
    )
    add(
        ctx,
        kind="level",
        start=label[0],
        end=m.end("share"),
        metric=mm,
        pos=m.start("share"),
        clause=(s, e),
        sent=(s, e),
        value=interval(lo, hi),
        unit="percent",
        periods=Periods(period, None, True),
        negated=False,
        place=place.place if place is not None else None,
        place_how="text" if place is not None else "context",
    )


#: a header's colon with items run on after it on its line
_INLINE_HEAD_END_RE = compile_re(r"(?<=[A-Za-z0-9)\]]):[ \t]+(?=[A-Za-z0-9])")
#: where a sentence before a header on its line ends
_SENTENCE_STOP_RE = compile_re(r"[.!?][ \t]+")
#: an item run on after a header's colon: "male 78%", "under-25s roughly a quarter", and what
#: follows it (``sep``: another item; none: the sentence's end)
_INLINE_ITEM_RE = compile_re(
    r"(?P<label>[A-Za-z0-9][\w /&'’+-]{0,30}?)[ \t]*(?:[:—–][ \t]*)?"
    + _SHARE_HEDGE_SRC
    + _SHARE_FORM_SRC
    + r"(?:[ \t]*(?P<sep>[,;](?:[ \t]*and\b)?|[ \t]and\b)[ \t]*|[ \t]*(?:[.!]|(?=\n)|$))",
    re.I,
)


_LINE_RE = compile_re(r"[^\n]+")
