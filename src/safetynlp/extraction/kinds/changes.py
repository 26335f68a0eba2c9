"""Change claims: a percent change between a baseline period and the claim's period.

Multiplier verbs ("doubled", "HALVED", "tripled"), multiples ("x2 since 2019", "a tenfold
rise"), a fraction of an earlier level ("less than half what they were", "a third of what
it was") and a percent or fraction after a change verb ("up 30%", "down about a third",
"-11% y/y").
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from datetime import date
from functools import cache

from safetynlp.extraction import timex
from safetynlp.extraction.context import (
    FRACTION,
    MASKED_PLACES_RE,
    OTHER_SERIES_RE,
    RANGE_LO_RE,
    SIZE_AFTER_RE,
    Ctx,
    Periods,
    add,
    apply_hedge,
    as_fall,
    change_periods,
    clause_of,
    extend_time,
    hedge_before,
    interval,
    is_negated,
    iso_span,
    mask_places,
    metric_for,
    own_subject,
    periods_of,
    refers_back,
    span_of,
    then_periods,
    used,
    within,
)
from safetynlp.extraction.lexicon import MetricMention
from safetynlp.extraction.literals import (
    HARMS,
    HEDGE_BEFORE_SRC,
    GatedPattern,
    compile_scan,
    last_match,
)
from safetynlp.extraction.numbers import (
    FRACTIONS,
    MULTIPLIER_VERBS,
    MULTIPLIER_WORDS,
    Quantity,
    words_to_number,
)
from safetynlp.extraction.regex_cache import compile_re
from safetynlp.extraction.timex import Span
from safetynlp.types import Claim

_MULT_VERB_RE = GatedPattern(
    compile_scan(
        r"(?<![\w-])(?P<v>"
        + "|".join(MULTIPLIER_VERBS)
        # a base form only where a negation makes it a verb: "did NOT double" (not "a double murder")
        + r"|(?:(?<=n't\s)|(?<=n’t\s)|(?<=not\s))(?:double|triple|treble|quadruple|halve))(?![\w-])",
        re.I,
    )
)
#: "x2 since 2019", "a tenfold rise" (run on the sentence alone: the start sees no context)
_MULTIPLE_RE = GatedPattern(
    compile_scan(
        r"(?<![\w£$])(?:x\s?(?P<x>\d+(?:\.\d+)?)|(?P<n>\d+(?:\.\d+)?)x|(?P<fold>two|three|four|five|ten|\d+)[-\s]?fold)(?![\w-])",
        re.I,
    )
)
_DOWN_AFTER_RE = compile_re(r"\s+down\s+(?:on|with|by|again|and)\b|\s+down[.!,]", re.I)
#: ", so about 6x": a multiple that sums up the figures before it
_SO_MULTIPLE_BEFORE_RE = compile_re(
    r"\d[\d,.]*k?\s*,\s*(?:(?:so|that['’]?s|which\s+is)\s+)?(?:it['’]?s\s+)?(?:(?:about|around|roughly|"
    r"nearly|almost|approx\.?|just\s+over|just\s+under|over|a\s+(?:bit|little)\s+over)\s+|~\s*)?$",
    re.I,
)
_FIGURE_END_RE = compile_re(r"\s*(?:[.!?;]|$)")
_BETWEEN_AFTER_RE = compile_re(r"\s*,\s*(?=between\s)", re.I)
#: "NYC had more than 3x as many": a multiple of another place's figure, no rise
_AS_MANY_AFTER_RE = compile_re(
    r"\s+as\s+(?:many|much|high|likely|bad|deadly|dangerous|common)\b|\s+(?:that|those)\b"
    # ("Philly had roughly 2.5x the killings with about a sixth of the people")
    r"|\s+the\s+(?:" + HARMS + r"|number|total|count|rate)\b",
    re.I,
)
#: "what it was": the earlier level a multiple or a fraction is of
_WHAT_IT_WAS_SRC = r"(?:of\s+)?what\s+(?:they|it|there)\s+(?:were|was|had)\b"
_WHAT_IT_WAS_AFTER_RE = compile_re(r"\s+" + _WHAT_IT_WAS_SRC, re.I)
_HIGHER_AFTER_RE = compile_re(
    r"\s*(?:higher|more|worse|bigger|greater|as\s+(?:high|bad|many))\b", re.I
)
#: "3x what it was in 2015": a multiple in figures before "what it was" (its own pattern, so
#: the words' cheap gate stays shut where no "what" is)
_X_WHAT_IT_WAS_RE = GatedPattern(
    compile_scan(
        r"(?P<f>\d+(?:\.\d+)?\s?x)\s+"
        + _WHAT_IT_WAS_SRC
        + r"(?:\s+been)?(?:\s+(?P<y4>in\s+(?:19|20)\d\d(?:/\d\d)?)\b)?",
        re.I,
    )
)
#: "less than half what they were", "a third of what it was"
_WHAT_IT_WAS_RE = GatedPattern(
    compile_scan(
        # ("more than four times what they were in 2019")
        r"(?P<f>half|a\s+third|a\s+quarter|a\s+fifth|a\s+tenth|two\s+thirds|three\s+quarters|twice|double|triple|"
        # ("one and a half times the 2019 total")
        r"(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten)(?:\s+and\s+a\s+half)?\s+times|\d+(?:\.\d+)?x)\s+(?:of\s+)?"
        # ("half what it had in 2021")
        r"(?:(?:what|the\s+level|the\s+number)\s+(?:they|it|there)\s+(?:were|was|had\s+been|had|recorded|saw)"
        r"(?:\s+(?P<y4>in\s+(?:19|20)\d\d(?:/\d\d)?)\b)?"
        # "roughly half the 2021 total", "twice its 2014 level"
        r"|(?:the|its|their)\s+(?P<y>(?:19|20)\d\d(?:/\d\d)?)\s+(?:total|level|figure|number|count|peak|tally)"
        # ("less than half the 562 they had in 2021": the earlier figure and its year)
        r"|(?:the|its|their)\s+(?P<n>\d[\d,]*)(?:\s+(?:they|it|we|the\s+city)\s+(?:had|recorded|saw|logged))?\s+in\s+(?P<y3>(?:19|20)\d\d(?:/\d\d)?)\b"
        # "1,531 in 2020, almost double 2019 (776)": the year alone, its figure after it
        # ("almost double 2019 now")
        r"|(?P<y2>(?:19|20)\d\d(?:/\d\d)?)(?:['’]s)?(?=\s*(?:\(|[.,;:!?]|$|\s(?:and|but|levels?|now|already)\b))"
        # "23,000 offences in the 12 months to July 2017, roughly double the year before"
        r"|(?P<yb>the\s+(?:year|12\s+months)\s+before|the\s+previous\s+(?:year|12\s+months)|a\s+year\s+(?:earlier|before))"
        r"(?=\s*(?:[.,;:!?]|$|\s(?:and|but)\b))"
        # ("11 homicides in 2024, half the number of the year before", "half as many as in 2019")
        r"|(?:the\s+(?:number|total|figure|level|count|tally)\s+(?:of|for|in)\s+"
        # ("twice as many stabbings in Croydon last year as in 2015")
        r"|as\s+many(?:\s+(?P<gap>[^.!?;\n]{1,60}?))?\s+as\s+(?:in\s+)?)"
        r"(?:(?P<yb2>the\s+(?:year|12\s+months)\s+before|the\s+previous\s+(?:year|12\s+months)|a\s+year\s+(?:earlier|before)"
        r"|last\s+year)|(?P<y5>(?:19|20)\d\d(?:/\d\d)?))(?=\s*(?:[.,;:!?]|$|\s(?:and|but)\b)))",
        re.I,
    )
)
#: "about 90% of the 2021 total": a share of an earlier year's figure (its own pattern, so
#: the fractions' cheap gate is not opened by every percent)
_PCT_OF_TOTAL_RE = GatedPattern(
    compile_scan(
        r"(?P<f>\d+(?:\.\d+)?\s*(?:%|per\s*cent|percent))\s+of\s+"
        r"(?:the|its|their)\s+(?P<y>(?:19|20)\d\d(?:/\d\d)?)\s+(?:total|level|figure|number|count|peak|tally)",
        re.I,
    )
)
#: "is doubling", "have been halving": the -ing form reports a change only after "be"
_PROGRESSIVE_RE = compile_re(
    r"\b(?:is|are|was|were|been|be|keeps?|kept)\s+(?:\w+ly\s+|still\s+|now\s+)?$|['’](?:s|re)\s+$",
    re.I,
)
_FUTURE_RE = compile_re(
    r"(?:\b(?:will|won['’]t|would|wouldn['’]t|shall)|['’]ll|\bgoing\s+to|"
    # ("we will cut violent crime by 20%", "pledged to halve knife crime"): a goal
    r"\b(?:pledged?|pledging|vow(?:ed|s)?|promis(?:e|ed|es|ing)|aims?|aiming|plans?|planning)\s+to)"
    r"\s+(?:not\s+)?[\"'“‘]?$",
    re.I,
)
#: "Boris promising 20,000 more police officers and to 'cut violent crime by a fifth'"
#: "pledged to cut", "promised to 'get knife crime down 20% by next summer'"
_PLEDGE_BEFORE_RE = compile_scan(
    r"\b(?:pledg|vow|promis)\w*\b[^.!?\n]{0,60}\bto\s+[\"'“‘]?"
    r"(?:(?:get|bring|push|drive|see)\s+(?:[\w'’-]+\s+){1,4})?$",
    re.I,
)


# ("-5pc", "-5 per cent")
_MINUS_PCT_RE = GatedPattern(
    compile_scan(
        r"(?:^|(?<=[\s(:~≈]))[-−–](?P<n>\d+(?:\.\d+)?)\s?(?:%|pc\b|pct\b|per\s?cent\b|percent\b)",
        re.I,
    )
)
_SIGN_BEFORE_RE = compile_scan(r"(?:(?P<up>[+↑▲⬆📈])|(?P<down>[-−–↓▼⬇📉]))\s?$")

_PEOPLE_AFTER_RE = compile_re(
    r"\s+(?:people|residents|inhabitants|population|officers|police|cops)\b", re.I
)
#: "teenagers make up a quarter", "the Met clears up fewer than 70%", "the country locked
#: down half the year": "up" or "down" of a phrasal verb
_MAKE_UP_RE = compile_scan(
    r"\b(?:(?:make|makes|made|making|clear|clears|cleared|clearing)\s+up|"
    # ("The Met's figures back that up, about a fifth down on 2021": a verb's own "up")
    r"(?:back|backs|backed|backing|sum|sums|summed|add|adds|added)\s+(?:(?:that|this|it|them|those|these)\s+)?up|"
    r"(?:lock|locks|locked|locking|shut|shuts|shutting|close|closes|closed|closing)\s+down)$",
    re.I,
)


#: "so Chicago had", "London saw": a place, then its verb, before a size
_PLACE_HAD_BEFORE_RE = compile_re(
    r"\b(?-i:[A-Z])[\w.'’-]*(?:\s+(?-i:[A-Z])[\w.'’-]*)?\s+(?:still\s+)?(?:had|has|saw|recorded|got)\s+$"
)


def _noun_sized_across_comma(
    text: str, sent: tuple[int, int], clause: tuple[int, int], hstart: int
) -> re.Match[str] | None:
    if clause[0] <= sent[0]:
        return None
    nm = _CHANGE_NOUN_OF_RE.search(text, max(sent[0], hstart - 80), hstart)
    return nm if nm is not None and nm.group("cmp") else None


#: "fell by a record 15%", "up a whopping 40%": words between the change verb and its size
_SIZE_WORDS = (
    r"(?:\s+(?:a|an)?\s*(?:record|whopping|staggering|massive|huge|further|another|"
    r"astonishing|incredible|shocking|extra|additional|mere|modest|somewhere|anywhere|just|only|"
    r"barely|nearly|roughly|about|around|like))?"
)

#: change nouns, after a size ("a 20% rise") or before one ("a rise of 20%")
_UP_NOUNS = "rise|increase|jump|surge|spike|hike|explosion"
_DOWN_NOUNS = "fall|drop|decrease|reduction|decline|cut|collapse|slump|plunge|nosedive"
_CLAUSE_ENDS_RE = compile_re(r"\s*(?:[.,;!?)]|$)")
_THRESHOLD_RE = compile_re(r"(?:below|above)\s", re.I)
_UP_WORDS = frozenset(_UP_NOUNS.split("|")) | {"higher", "more", "up", "above", "worse"}
#: what a cut or a rise of policy is to: "a 10% cut to the Met's budget", "a 5% rise in
#: police funding"
_POLICY_OBJECT_RE = compile_re(
    r"\s+(?:to|in|of|on)\s+(?:the\s+)?(?:[\w'’-]+\s+){0,3}(?:budgets?|funding|spending|grants?|"
    r"officers?|staff(?:ing)?|pay|council\s+tax|precept|police\s+numbers)\b",
    re.I,
)
_CHANGE_NOUNS = frozenset(f"{_UP_NOUNS}|{_DOWN_NOUNS}".split("|"))
#: "a rise in the murder rate of 20%", "an increase of 25% in knife crime": the size follows
#: the change noun after "of"
_CHANGE_NOUN_OF_RE = compile_scan(
    rf"(?<![\w-])(?:(?P<up>{_UP_NOUNS}|growth)|(?P<down>{_DOWN_NOUNS}))s?"
    r"(?:\s+in\s+[^.!?;%]{1,60}?)?\s+of\s*$"
    # "Chicago's homicide drop last year was only about 5%"
    r"|(?<![\w-])(?:(?P<up2>" + _UP_NOUNS + r")|(?P<down2>" + _DOWN_NOUNS + r"))"
    r"(?:\s+(?:in|last|this|since|over|across)\b[^.!?;%\d]{0,40}?)?"
    r"\s+(?:was|is|has\s+been|came\s+to|amounted\s+to)"
    # ("Nationally the rise was smaller, about 7%.", "The drop in Lambeth was bigger, around 12%.")
    # ("Baltimore's drop was the biggest, around 25%.")
    r"(?P<cmp>\s+(?:(?:even\s+|much\s+|a\s+bit\s+|slightly\s+)?(?:bigger|smaller|larger|steeper|sharper|milder|shallower)"
    r"|(?:by\s+far\s+)?the\s+(?:biggest|largest|steepest|sharpest|smallest|mildest))\s*,)?"
    r"\s+(?:(?:only|just|a\s+mere|barely|actually)\s+)?$",
    re.I,
)
#: "a rise of 20% in knife crime": the noun's metric after the figure
_IN_METRIC_AFTER_RE = compile_re(
    r"\s*(?:(?:in|for)\s+(?:the\s+)?(?:[\w'’-]+\s+){0,3}?|(?:in|across)\s+[^.!?;,]{0,30}?\s+(?:in|for)\s+)$",
    re.I,
)
#: "has cut violent crime in London by a third": a transitive verb, its object, then "by"
#: "up 'only' 9%": the size word may be quoted
_QUOTED_SIZE_WORDS = (
    _SIZE_WORDS.replace(r"(?:\s+(?:a|an)?", r"(?:\s*[\"'‘“]?\s*(?:a|an)?", 1) + r"[\"'’”]?"
)
_WHERE_IT_WAS_RE = compile_re(
    r"(?P<w>\s+(?:where|what)\s+(?:it|they)\s+(?:was|were))\s+(?:back\s+)?in\s+(?:19|20)\d\d",
    re.I,
)
_CUE_PLACE_BY_RE = compile_scan(
    r"(?<![\w-])(?P<v>up|down|rose|fell|dropped|jumped|increased|decreased|declined|climbed|"
    r"soared|surged|plunged|plummeted)\s+(?:in|across)\s+(?P<pl>[^,;.!?\d%]{2,40}?)"
    r"\s+by" + _SIZE_WORDS + r"\s*$",
    re.I,
)
_VERB_OBJECT_BY_RE = compile_scan(
    r"(?<![\w-])(?:(?P<up>increased|raised|pushed\s+up|driven\s+up|drove\s+up)|"
    r"(?P<down>cut|slashed|reduced|lowered|brought\s+down|driven\s+down|drove\s+down))"
    r"\s+(?P<obj>[^.!?;%]{1,60}?)\s+by" + _SIZE_WORDS + r"\s*$",
    re.I,
)
#: "cut knife crime in half", "halved": a fall to half
_INNER_HEDGES = {
    "nearly": "hedge_nearly",
    "almost": "hedge_nearly",
    "roughly": "hedge_approx",
    "about": "hedge_approx",
    "more": "hedge_over",
}
_CUT_IN_HALF_RE = GatedPattern(
    compile_scan(
        r"(?<![\w-])(?:cut|slashed|reduced|brought\s+down)\s+(?P<obj>[^.!?;%]{1,60}?)\s+(?:in|by)\s+half\b"
        # "London's knife crime count has been cut in half": the passive, its subject before
        # ("New York's murders were cut nearly in half last year": the hedge inside)
        r"|(?<![\w-])(?P<passive>has|have|had)\s+been\s+(?:cut|slashed|reduced)\s+(?P<h>nearly\s+|almost\s+|roughly\s+|about\s+|more\s+than\s+)?(?:in|by)\s+half\b"
        # "murders in London cut in half last year", "were cut by half": a headline's passive
        r"|(?<![\w-])(?:(?:were|was|are|is|got|gets)\s+)?(?:cut|slashed)\s+(?P<h2>nearly\s+|almost\s+|roughly\s+|about\s+|more\s+than\s+)?(?:in|by)\s+half\b"
        # "Chicago murders fell in half last year"
        r"|(?<![\w-])(?P<fell>fell|fallen|dropped|plunged|dropping|falling)\s+(?:by\s+)?in\s+half\b",
        re.I,
    )
)


@cache
def _cue_before_size(up: str, down: str) -> re.Pattern[str]:
    """A change verb, then the words up to its size ("fell, by about", "rose in 2024, by")."""
    return compile_scan(
        rf"(?<![\w-])(?P<v>{up}|{down})"
        # ("Knife crime 'soared' by 30%": the verb in scare quotes)
        r"(?:(?<=\w)[\"'’”](?=\s))?"
        # ("It fell slightly in 2024, by about 3%")
        r"(?:\s+(?:slightly|sharply|massively|significantly|a\s+(?:bit|little|touch|tad))(?=\s+(?:again|in|last|this)\b))?"
        # "rose in 2024, by about 3%", "barely rose last year, maybe 3%": the time between
        # ("fell again in 2023 per the FBI, about 3%", "fell in 2023 by roughly 12%")
        # ("Knife crime rose over the same period, by roughly 10%")
        # ("went up in Berlin last year, by about 10%": the place before the time)
        r"(?:\s+again)?(?:\s+in\s+(?:the\s+)?(?-i:[A-Z])[\w'’.-]*(?:\s+(?-i:[A-Z])[\w'’.-]*){0,2}"
        r"(?=\s+(?:in\s+(?:19|20)\d\d|last\s+year|this\s+year)\b))?"
        r"(?:\s+(?:in\s+(?:19|20)\d\d(?:/\d\d)?|last\s+year|this\s+year|"
        r"(?:over|in|during)\s+the\s+same\s+(?:period|year|years|time|months?))"
        r"(?:\s+(?:per|according\s+to)\s+(?:the\s+)?[A-Z][\w.]*(?:\s+[A-Z][\w.]*)?)?"
        # ("Fell in 2024 though, roughly 24%.")
        r"(?=\s*,|\s+by\b|\s+(?:though|tho)\s*,))?"
        # "They fell, by about 10%", "down massively, like 70%", "up 'only' 9%"
        # ("Murder fell even faster, by roughly 12%"; "London fell the most, about 30%": the
        # comparison with other places is the sentence's, the size is London's own)
        # ("dropped a bit, maybe 5%")
        # ("Croydon went up though, by about 5%")
        rf"(?:\s*,)?(?:\s+(?:massively|sharply|hugely|significantly|dramatically|slightly|a\s+(?:bit|little|touch|tad)|again|back|too|also|as\s+well|though|tho|even\s+more|even\s+faster|faster|further|more\s+still|"
        # ("fell back even further, about 20%": two words of the move's manner)
        r"(?:the\s+)?(?:most|furthest|fastest|least)|(?:(?:way|far|much|a\s+lot|even)\s+)?(?:more|less|faster|further))){0,2}"
        r"(?:\s+[-–—:](?=\s))?"
        # ("Knife homicides fell even faster, down about 18%": the move said again)
        r"(?:(?:(?<=faster)|(?<=further)|(?<=more)|(?<=less)|(?<=most))\s*,\s*(?:down|up)(?=\s))?"
        # "down a measly 5%"
        rf"(?:\s+(?:a\s+)?(?:measly|mere|paltry|tiny|massive|whopping|staggering|huge|modest|small|solid))?"
        # ("fell an estimated 3%", "rose by an estimated 4%": the figure's own caveat)
        r"(?:\s+(?:by\s+)?an\s+(?:estimated|provisional|reported))?"
        # ("Robbery was down too, she said, by about 15%": who said so, between)
        r"(?:\s*,\s*(?:(?:she|he|they|police|officers)\s+(?:said|says|added|told\s+us)|apparently|"
        r"reportedly|I['’]m\s+told|we\s+were\s+told)(?=\s*,))?"
        # ("Knife crime was down too, but not by much, about 3%")
        # ("Stockport was down too, but only a touch, about 4%")
        r"(?:\s*,\s*(?:but\s+)?(?:not\s+by\s+(?:much|a\s+lot|a\s+huge\s+amount)|"
        r"only\s+(?:a\s+)?(?:touch|bit|little|fraction|tad|slightly))(?=\s*,))?"
        # "It's up, but by something like 25%"
        rf"(?:\s*,)?(?:\s+but)?(?:\s+(?:only|just))?(?:\s+by)?{_QUOTED_SIZE_WORDS}\s*[\"'‘“]?\s*$",
        re.I,
    )


_PLACE_POSSESSIVE_GAP_RE = compile_re(r"[\W_]*(?:(?:and|but|while|whereas)\s+)?")


_POSSESSIVE_TAIL_RE = compile_re(
    r"['’]s\s*(?:(?:basically|essentially|practically|nearly|almost|more\s+or\s+less|also|too|"
    r"has|have|had|just|actually)\s+)*",
    re.I,
)


def _place_possessive_only(ctx: Ctx, start: int, end: int) -> int | None:
    """Where the place starts, when the words in [start, end) are only its possessive
    ("NYC's", "and Chicago's"); else None."""
    return next(
        (
            p.start
            for p in ctx.places
            if start <= p.start
            and _PLACE_POSSESSIVE_GAP_RE.fullmatch(ctx.text, start, p.start)
            # ("Toronto's basically halved")
            and _POSSESSIVE_TAIL_RE.fullmatch(ctx.text, p.end, end)
        ),
        None,
    )


#: a noun the verb acts on ("doubled patrols", "halved their budget"), not a time or a phrase
#: of how much
_VERB_OBJECT_RE = compile_re(
    r"\s+(?:the\s+|their\s+|its\s+|our\s+|his\s+|her\s+)?(?!(?:since|in|over|from|to|last|this|"
    r"between|after|during|within|on|compared|versus|vs|again|and|or|but|so|under|by|year|years|"
    r"decade|almost|nearly|more|less|than|then|now|already|overnight|every|each|at|as|while|when|"
    r"across|among|for|of|with|ten|five|two|three|four|six|a|an|is|was|were|are|has|had|it|too|"
    r"also|still|just|only|roughly|about|around|year-on-year|yoy|y/y|according|though|overall|"
    r"anyway|apparently|since|there|here|here's|what|which|who|where|if|round|[a-z]+ly)\b)"
    r"(?-i:[a-z]{3,})\b(?![-'’])",
    re.I,
)
_TO_PLACE_GAP_RE = compile_re(r"\s+(?:the\s+)?|\s*(?:vs\.?|than)\s+", re.I)


def changes(ctx: Ctx, sent: tuple[int, int], clauses: list[tuple[int, int]]) -> None:
    text = ctx.text
    s0, s1 = sent
    # "doubled", "HALVED", "tripled"
    for m in _MULT_VERB_RE.finditer(text, ctx.low, s0, s1):
        if used(ctx, m.start(), m.end()):
            continue
        verb = m.group("v").lower()
        if verb == "doubled" and _DOWN_AFTER_RE.match(text, m.end()):
            continue  # "he's doubled down with ...": an idiom, no figure doubled
        if verb in MULTIPLIER_WORDS and _FUTURE_RE.search(text, max(s0, m.start() - 16), m.start()):
            continue  # "will not double by 2030" predicts, it does not report
        if (
            verb.endswith("ing")
            and not _PROGRESSIVE_RE.search(text, max(s0, m.start() - 24), m.start())
            and not text.startswith(" of ", m.end())  # "a doubling of knife crime" reports
        ):
            continue  # "promising 'halving knife crime in a decade'": a goal, not a report
        if _VERB_OBJECT_RE.match(text, m.end()) and not any(
            m.end() < mm.start <= m.end() + 25 for mm in ctx.metrics
        ):
            continue  # "Police say they've doubled patrols": what they did, not a crime figure
        ratio = MULTIPLIER_VERBS.get(verb) or MULTIPLIER_WORDS[verb]
        hedge, hstart = hedge_before(ctx, m.start())
        clause = clause_of(clauses, m.start(), sent)
        metric = metric_for(ctx, m.start(), clause, sent, allow_incident=False)
        owner = _place_possessive_only(ctx, clause[0], min(hstart, m.start()))
        if (
            metric is not None
            and metric.start < sent[0]
            and not refers_back(ctx, clause[0], m.start())
            and not (
                # "... 416. In 2021 it was 797. Nearly halved in four years.": no subject at
                # all (but "Tripled, no." answers the claim before)
                # ("Basically halved.")
                re.fullmatch(
                    r"[\W_]*(?:(?:basically|essentially|practically|effectively|pretty\s+much|"
                    r"more\s+or\s+less|so|and)\s+)*",
                    text[clause[0] : min(hstart, m.start())],
                    re.I,
                )
                and not re.match(r"[\s,.!?]*(?:no|nope|nah|not)\b", text[m.end() : s1], re.I)
            )
            # "London shootings were down a third in 2020. NYC's nearly doubled.": another
            # place's share of the metric before
            and owner is None
        ):
            continue
        neg = is_negated(ctx, max(clause[0], m.start() - 20), m.start())
        value = multiplier_change(ratio, hedge)
        if (
            owner is None
            and metric is not None
            and metric.start >= clause[0]
            and any(
                q.kind == "percent" and metric.start < q.start and q.end <= hstart
                for q in ctx.quantities
            )
        ):
            # ("Knife crime rose about 80% in London and doubled in Leeds": the change before
            # is a claim of its own; the multiple's words start at it)
            clause = (min(hstart, m.start()), clause[1])
            owner = clause[0]
        _add_change(
            ctx,
            start=owner
            if owner is not None
            else metric.start
            if metric and metric.start >= clause[0]
            else m.start(),
            end=extend_time(ctx, m.end(), clause),
            metric=metric,
            pos=m.start(),
            clause=clause,
            sent=sent,
            value=value,
            negated=neg,
        )
    # "x2 since 2019", "a tenfold rise"
    for m in _MULTIPLE_RE.finditer(text[s0:s1], ctx.low[s0:s1] if ctx.low else None, 0, s1 - s0):
        ms, me = s0 + m.start(), s0 + m.end()
        if used(ctx, ms, me):
            continue
        if SIZE_AFTER_RE.match(text, me) or _AS_MANY_AFTER_RE.match(text, me):
            continue
        if _WHAT_IT_WAS_AFTER_RE.match(text, me):
            continue  # "3x what it was in 2015": read below, with its baseline
        if (
            m.group("n")
            and _SO_MULTIPLE_BEFORE_RE.search(text, max(s0, ms - 24), ms)
            and _FIGURE_END_RE.match(text, me)
            and len({p.place for p in ctx.places if s0 <= p.start < ms}) >= 2
        ):
            continue  # "Chicago had 797 homicides to London's 133, so about 6x": their ratio
        if _OBJECT_AFTER_RE.match(text, me) and not any(
            me < mm.start <= me + 16 for mm in ctx.metrics
        ):
            continue  # "the Met would need 3x the detectives": a multiple of something else
        if any(
            me <= p.start <= me + 5 and _TO_PLACE_GAP_RE.fullmatch(text, me, p.start)
            for p in ctx.places
        ):
            continue  # "Still ~3x London's killings": a multiple of another place's count
        raw = m.group("x") or m.group("n") or m.group("fold")
        ratio = float(raw) if raw[0].isdigit() else (words_to_number(raw) or 0.0)
        if ratio <= 1:
            continue
        clause = clause_of(clauses, ms, sent)
        if _HIGHER_AFTER_RE.match(text, me) and any(
            sent[0] <= before.start < clause[0]
            and any(before.end <= q.start < clause[0] for q in ctx.quantities)
            and any(clause[0] <= p.start < ms and p.place != before.place for p in ctx.places)
            for before in ctx.places
        ):
            # ("Canada homicide rate 2.0 per 100k in 2021, US is 3x higher": a place set against
            # the one whose figure came before, read as a comparison)
            continue
        metric = metric_for(ctx, ms, clause, sent, allow_incident=False)
        if metric is None or not within(metric.start, sent):
            continue
        for j, q in enumerate(ctx.quantities):
            if q.start >= ms and q.end <= me:
                ctx.used_q.add(j)
        _add_change(
            ctx,
            start=ms,
            end=extend_time(ctx, me, clause),
            metric=metric,
            pos=ms,
            clause=clause,
            sent=sent,
            value=_ratio_to_change(ratio, ratio),
            negated=is_negated(ctx, max(clause[0], ms - 20), ms),
        )
    # "less than half what they were", "a third of what it was"
    sent_text = text[s0:s1]
    sent_low = ctx.low[s0:s1] if ctx.low else None
    found: Iterable[re.Match[str]] = _WHAT_IT_WAS_RE.finditer(sent_text, sent_low, 0, s1 - s0)
    if "what" in sent_text:
        found = [*found, *_X_WHAT_IT_WAS_RE.finditer(sent_text, sent_low, 0, s1 - s0)]
    if text.find("%", s0, s1) >= 0 or text.find("cent", s0, s1) >= 0:
        found = [*found, *_PCT_OF_TOTAL_RE.finditer(sent_text, sent_low, 0, s1 - s0)]
    for m in found:
        ms, me = s0 + m.start(), s0 + m.end()
        if used(ctx, ms, me):
            continue
        f = m.group("f").lower()
        groups = m.groupdict()
        if groups.get("gap") and not any(
            s0 + m.start("gap") <= mm.start < s0 + m.end("gap") for mm in ctx.metrics
        ):
            continue  # "twice as many miles as 2020": what is counted names no crime
        yg = next((g for g in ("y", "y2", "y3", "y4", "y5") if groups.get(g)), None)
        pct = re.match(r"(\d+(?:\.\d+)?)\s*(?:%|per\s*cent|percent)", f)
        if pct is not None and yg != "y":
            continue  # ("40% of 2019": a share of a year said some other way)
        ratio = (
            float(pct.group(1)) / 100
            if pct is not None
            else FRACTIONS.get(f)
            or MULTIPLIER_WORDS.get(f)
            or (
                float(f.split()[0].rstrip("x"))
                if f[0].isdigit()
                else words_to_number(f.split()[0]) or 0.0
            )
            + (0.5 if " and a half" in " ".join(f.split()) else 0.0)
        )
        if pct is not None or f[0].isdigit():
            # ("Roughly 2.4x the 2019 level": the multiple's own figure is no level)
            for j, q in enumerate(ctx.quantities):
                if ms <= q.start < me:
                    ctx.used_q.add(j)
        if yg == "y2" and (ratio < 1 or re.search(r"\sof\s", m.group(0), re.I)):
            continue  # "the first half of 2024": part of the year, not half its figure
        hedge, hstart = hedge_before(ctx, ms)
        lo, hi = apply_hedge(ratio, hedge)
        clause = clause_of(clauses, ms, sent)
        metric = metric_for(ctx, ms, clause, sent, allow_incident=False)
        if metric is None and yg == "y2":
            # "1,531 shootings in 2020, almost double 2019": the metric of the figure before
            metric = next(
                (mm for mm in reversed(ctx.metrics) if sent[0] <= mm.start < ms and mm.stat), None
            )
        _add_change(
            ctx,
            start=metric.start if metric and metric.start >= clause[0] else hstart,
            end=extend_time(ctx, me, clause),
            metric=metric,
            pos=ms,
            clause=clause,
            sent=sent,
            # "nearly twice what it was" sizes the rise like "nearly doubled": [90, 100]
            value=multiplier_change(ratio, hedge) if ratio > 1 else _ratio_to_change(lo, hi),
            periods=(
                change_periods(ctx, clause, sent, want_baseline=True)
                if groups.get("yb") or groups.get("yb2")
                else then_periods(ctx, s0 + m.start(yg) if yg else me, clause, sent)
            ),
            negated=is_negated(ctx, max(clause[0], hstart - 20), hstart),
        )
    # "cut knife crime in half": a fall to half, when the object names the metric
    for m in _CUT_IN_HALF_RE.finditer(text, ctx.low, s0, s1):
        if used(ctx, m.start(), m.end()):
            continue
        if m.group("obj"):
            named = [
                mm for mm in ctx.metrics if m.start("obj") <= mm.start and mm.end <= m.end("obj")
            ]
            hedge, hstart = hedge_before(ctx, m.start())
        else:
            # the subject next to the verb, within the sentence
            named = [
                mm
                for mm in ctx.metrics
                if max(s0, m.start() - 60) <= mm.start and mm.end <= m.start()
            ][-1:]
            hedge, hstart = None, named[0].start if named else m.start()
            inner = (m.group("h") or m.group("h2") or "").split()
            if inner:
                hedge = _INNER_HEDGES[inner[0].lower()]
        if not named:
            continue
        clause = clause_of(clauses, m.start(), sent)
        _add_change(
            ctx,
            start=hstart,
            end=extend_time(ctx, m.end(), clause),
            metric=named[0],
            pos=m.start(),
            clause=clause,
            sent=sent,
            value=multiplier_change(0.5, hedge),
            negated=is_negated(ctx, max(clause[0], hstart - 20), hstart),
        )
    _elliptic_percent(ctx, sent)
    # percent or fraction after a change verb: "up 30%", "down about a third", "jumped by a fifth"
    cands: list[tuple[int, int, float, int | None]] = []
    for i, q in enumerate(ctx.quantities):
        if s0 <= q.start < s1 and i not in ctx.used_q and q.kind == "percent":
            cands.append((q.start, q.end, q.value, i))
    for m in FRACTION.finditer(text, ctx.low, s0, s1):
        if not used(ctx, m.start(), m.end()):
            cands.append((m.start(), m.end(), FRACTIONS[m.group("f").lower()] * 100, None))
    # "-11%": the number reader leaves a minus-signed number alone (it is usually a range end)
    for m in _MINUS_PCT_RE.finditer(text, ctx.low, s0, s1):
        # (a figure the number reader already gave, "−6%" with a typographic minus, once)
        if not used(ctx, m.start("n"), m.end()) and not any(c[0] == m.start("n") for c in cands):
            cands.append((m.start("n"), m.end(), float(m.group("n")), None))
    ranged = {
        i: q.lo for i, q in enumerate(ctx.quantities) if q.kind == "percent" and q.lo is not None
    }
    for qs, qe, magnitude, qi in sorted(cands, key=lambda c: (c[0], c[1])):
        if used(ctx, qs, qe):
            continue
        hedge, hstart = hedge_before(ctx, qs)
        clause = clause_of(clauses, qs, sent)
        range_lo: float | None = ranged.get(qi) if qi is not None else None
        rm = (
            None if range_lo is not None else RANGE_LO_RE.search(text[max(clause[0], qs - 30) : qs])
        )
        if rm and rm.group("sep").lower() == "and" and not rm.group("btw"):
            rm = None  # "20 and 30%" is a range only after "between"
        lo_at = None if rm is None else qs - (len(text[max(clause[0], qs - 30) : qs]) - rm.start())
        if lo_at is not None and re.search(r"\bfrom\s*$", text[max(0, lo_at - 8) : lo_at], re.I):
            rm = None  # "has fallen from 68% to 50%": two shares, each a level of its own
        if rm and hedge is None and lo_at is not None:
            range_lo = float(rm.group("lo"))
            hstart = lo_at
            for j, other in enumerate(ctx.quantities):
                if other.start == hstart:
                    ctx.used_q.add(j)
        # the sentence, not the clause: "They fell, by about 10%" sizes across the comma
        before = text[max(sent[0], hstart - 40) : hstart]
        dm = _cue_before_size(ctx.lex.cue_src["change_up"], ctx.lex.cue_src["change_down"]).search(
            before
        )
        if dm is None:
            # "Crime is down in Venezuela by 67%": a place between the verb and its size
            dm = _CUE_PLACE_BY_RE.search(text, max(clause[0], hstart - 80), hstart)
            before = text[max(clause[0], hstart - 80) : hstart]
        if dm and _MAKE_UP_RE.search(before, 0, dm.end("v")):
            dm = None  # "teenagers make up a quarter of victims" is a share, not a rise
        if dm and _THRESHOLD_RE.match(text, hstart, qs):
            continue  # "the clearance rate fell below 50%": the level it crossed, not a change
        after = re.match(
            rf"\s*(?P<n>{_UP_NOUNS}|{_DOWN_NOUNS}|lower|higher|more|fewer|up|down|below|above"
            # ("Knife crime is about 20% worse than it was in 2019": a rise told as harm)
            r"|worse(?=\s+than\b))\b",
            text[qe:s1],
            re.I,
        )
        if (
            after is not None
            and after.group("n").lower() in ("below", "above")
            and not any(qe <= r.start <= qe + after.end() + 6 for r in ctx.times)
            # "~50% above where it was in 2014"
            and not _WHERE_IT_WAS_RE.match(text, qe + after.end())
            # ("burglary is 15% below 2019 levels, robbery 10% above.": the same baseline,
            # left out)
            and not (
                _CLAUSE_ENDS_RE.match(text, qe + after.end())
                and any(c.kind == "change" and sent[0] <= c.start < qs for c in ctx.claims)
            )
        ):
            after = None  # "10% below pre-pandemic levels" is a change; "10% below target" is not
        if dm:
            sign = 1 if re.fullmatch(ctx.lex.cue_src["change_up"], dm.group("v"), re.I) else -1
            cue_start = hstart - len(before) + dm.start()
        elif after:
            word = after.group("n").lower()
            if word in _CHANGE_NOUNS and _POLICY_OBJECT_RE.match(text, qe + after.end()):
                continue  # "A 10% cut to the Met's budget will mean more knife crime": money

            if word in ("more", "fewer", "lower", "higher") and _PEOPLE_AFTER_RE.match(
                text, qe + after.end()
            ):
                continue  # "..., with a third fewer people": the places' sizes, not a move
            if (
                word in ("more", "fewer")
                and not any(qe <= t.start < clause[1] for t in ctx.times)
                and len({p.place for p in ctx.places if sent[0] <= p.start < qs}) >= 2
                and _PLACE_HAD_BEFORE_RE.search(text, max(sent[0], hstart - 40), hstart)
            ):
                # "Chicago had 804 homicides, New York 488, so Chicago had about 20% more": one
                # place set against the other, read once the sentence's levels are
                continue
            sign = 1 if word in _UP_WORDS else -1
            cue_start = qs
        elif (
            nm := _CHANGE_NOUN_OF_RE.search(text, max(clause[0], hstart - 80), hstart)
            # ("The drop in Lambeth was bigger, around 12%": the comma inside the sentence)
            or _noun_sized_across_comma(text, sent, clause, hstart)
        ) is not None:
            sign = 1 if nm.group("up") or nm.group("up2") else -1
            cue_start = nm.start()
        elif (vm := _VERB_OBJECT_BY_RE.search(text, max(clause[0], hstart - 80), hstart)) and any(
            vm.start("obj") <= mm.start and mm.end <= vm.end("obj") for mm in ctx.metrics
        ):
            # only when the object names the metric: "increased patrols by 20%" is not a claim
            sign = 1 if vm.group("up") else -1
            cue_start = vm.start()
        elif sm := (
            _SIGN_BEFORE_RE.search(text, max(clause[0], qs - 3), qs)
            # ("↓ ~60% since 2017": the arrow before the hedge)
            or (
                _SIGN_BEFORE_RE.search(text, max(clause[0], hstart - 3), hstart)
                if hstart < qs
                else None
            )
        ):
            # "+20% YoY", "-11% y/y", "↓11%": the sign is the direction (a "+" here is no hedge)
            if (
                sm.group("down") in ("-", "–", "—")
                and text[sm.end("down") : sm.end("down") + 1] in (" ", "\t")
                and not text[text.rfind("\n", 0, sm.start()) + 1 : sm.start()].strip()
            ):
                continue  # ("- 95% of homicides solved": a list's bullet, no minus)
            sign = -1 if sm.group("down") else 1
            cue_start = sm.start()
            if sm.group("up") == "+" and sm.start() >= hstart:
                # (but "+~15pc y/y": a hedge after the sign is the figure's own)
                hedge, hstart = None, qs
            if hedge is None and sm.start() < qs:
                # "approx -10pc", "~-2pc y/y": the hedge before the sign
                signed_hedge, signed_at = hedge_before(ctx, sm.start())
                if signed_hedge not in (None, "hedge_over"):
                    hedge, hstart = signed_hedge, signed_at
        else:
            continue
        lo, hi = apply_hedge(magnitude, hedge)
        if text[qe : qe + 1] == "+":
            lo, hi = magnitude, None  # "up 50%+ since 2014"
        if range_lo is not None:
            # ("up 40-odd %": about 40, both sides)
            top = ctx.quantities[qi].hi if qi is not None and qi in ranged else None
            lo, hi = min(range_lo, magnitude), max(range_lo, magnitude, top or magnitude)
        if sign < 0:
            lo, hi = as_fall(lo, hi)
        if qi is not None:
            ctx.used_q.add(qi)
        metric = metric_for(ctx, qs, clause, sent, allow_incident=False)
        if after is not None and after.group("n").lower() == "worse" and metric is not None:
            tax = ctx.lex.taxonomy.metrics.get(metric.metric or "")
            if tax is not None and tax.higher_is_better:
                # ("the burglary solve rate is 20% worse": a fall)
                lo, hi = as_fall(lo, hi)
        if (
            metric is not None
            and (not within(metric.start, clause) or (dm is not None and metric.start >= qe))
            # ("Barely 2% up on 2022": the hedge is no subject; "down about a quarter in
            # Camden and up 10% in Barnet": nor is a change read before it)
            and own_subject(
                ctx,
                max(
                    [clause[0]]
                    + [c.end for c in ctx.claims if clause[0] <= c.end <= min(cue_start, hstart)]
                ),
                min(cue_start, hstart),
            )
        ):
            # "..., and subway delays have soared 45 percent"; "Budget cut 20% means knife
            # crime will rise": the verb's subject comes before it, and it is not the metric
            continue
        if (
            not dm
            and not after
            # (the walrus above set nm once neither the verb nor the word after matched)
            and nm is not None
            and metric is not None
            and metric.start >= qe
            and not _IN_METRIC_AFTER_RE.match(text, qe, metric.start)
        ):
            continue  # "Budget cuts of 20% to youth services means knife crime will rise"
        if _FUTURE_RE.search(text, max(s0, cue_start - 20), cue_start) or _PLEDGE_BEFORE_RE.search(
            text, max(s0, cue_start - 80), cue_start
        ):
            continue  # "'we will cut violent crime by 20%'": a pledge, not a report
        neg = is_negated(ctx, max(clause[0], cue_start - 20), cue_start)
        wm = _WHERE_IT_WAS_RE.match(text, qe + after.end()) if after is not None else None
        then_at = wm.end("w") if wm is not None else None
        if then_at is None and after is not None and after.group("n").lower() in ("below", "above"):
            # "~40pc below 2006-07", "~40pc below the 2006 peak": the year after is the baseline
            then_at = qe + after.end()
        end = extend_time(ctx, qe, clause)
        if after is not None and not dm and after.group("n").lower() in _CHANGE_NOUNS:
            end = max(end, qe + after.end())  # ("London saw a 7% fall": the noun is the move)
        _add_change(
            ctx,
            start=min(cue_start, hstart),
            end=end,
            metric=metric,
            pos=qs,
            clause=clause,
            sent=sent,
            value=interval(lo, hi),
            negated=neg,
            periods=None if then_at is None else then_periods(ctx, then_at, clause, sent),
        )
    _gapped_changes(ctx, sent)
    _place_gapped_changes(ctx, sent)
    _in_place_gapped_changes(ctx, sent)
    _same_again(ctx, sent)
    _back_to_levels(ctx, sent, clauses)
    _that_much(ctx, sent, clauses)


#: "NYC murders fell about 20% last year, London's 11%": another place's change of the same
#: metric and span, its verb left out
_PLACE_GAPPED_RE = compile_re(
    r"\s*(?:,|;|\band\b|\bwhile\b|\bwhereas\b)\s*(?:(?:and|while|whereas)\s+)?"
    r"(?P<place>[A-Z][\w.&-]*(?:\s+[A-Z][\w.&-]*){0,2}?)(?:['’]s?)?"
    r"(?:\s+(?:by|was|were|down|up|fell|rose|dropped))?\s+"
    r"(?P<h>(?:about|around|roughly|approx\.?|approximately|nearly|almost|(?:just\s+)?(?:under|over)|"
    r"(?:more|less)\s+than|~)\s*)?"
    r"(?P<n>\d+(?:\.\d+)?)\s*(?:%|per\s*cent|percent|pc)(?=\s*(?:[.!?;,)]|$|\s(?:and|but|while)\b))",
)


#: "Knife crime in Leeds is basically back to 2015 levels": no change on that year (the
#: state said, not a goal: "get it back to 2019 levels" is left alone)
_BACK_TO_LEVELS_RE = compile_scan(
    r"(?:\b(?:is|are|was|were)|['’](?:s|re))\s+(?:now\s+)?(?:(?:basically|roughly|pretty\s+much|"
    r"about|almost|nearly|right|more\s+or\s+less|essentially)\s+)?back\s+(?:down\s+|up\s+)?to\s+"
    r"(?P<y>(?:19|20)\d\d(?:/\d\d)?)\s+levels\b",
    re.I,
)


def _add_own_change(
    ctx: Ctx,
    m: re.Match[str],
    start: int,
    metric: MetricMention,
    clause: tuple[int, int],
    sent: tuple[int, int],
    value: tuple[float | None, float | None],
    *,
    negated: bool,
    periods: Periods | None = None,
) -> None:
    """Add the change ``m`` states, its words from ``start`` (its own clause from there), and
    keep them from the readers after."""
    _add_change(
        ctx,
        start=start,
        end=m.end(),
        metric=metric,
        pos=m.start(),
        clause=(start, clause[1]),
        sent=sent,
        value=value,
        negated=negated,
        periods=periods,
    )
    ctx.used_spans.append((start, m.end()))


#: "murders were down roughly that much", "Lambeth was down roughly that much too": the size
#: of the change said before, again
_THAT_MUCH_RE = compile_scan(
    r"\b(?:(?P<up>up|rose|risen|climbed|increased|went\s+up)|down|fell|fallen|dropped|decreased|"
    r"went\s+down)\s+(?:by\s+)?(?P<h>(?:roughly|about|around|nearly|almost|approximately)\s+)?"
    r"(?:that\s+much|the\s+same(?:\s+amount)?)\b",
    re.I,
)


def _that_much(ctx: Ctx, sent: tuple[int, int], clauses: list[tuple[int, int]]) -> None:
    text = ctx.text
    if "much" not in text[sent[0] : sent[1]] and "same" not in text[sent[0] : sent[1]]:
        return  # (cheap first)
    for m in _THAT_MUCH_RE.finditer(text, sent[0], sent[1]):
        if used(ctx, m.start(), m.end()):
            continue
        prev = next(
            (
                c
                for c in reversed(ctx.claims)
                if c.kind == "change"
                and c.unit == "percent_change"
                and c.end <= m.start()
                and c.value is not None
                and c.value[0] is not None
                and c.value[1] is not None
            ),
            None,
        )
        if prev is None or prev.value is None or prev.value[0] is None or prev.value[1] is None:
            continue
        size = abs(prev.value[0] + prev.value[1]) / 2
        lo, hi = apply_hedge(size, "hedge_approx" if m.group("h") else None)
        if lo is None or hi is None:
            continue
        value = (lo, hi) if m.group("up") else (-hi, -lo)
        clause = clause_of(clauses, m.start(), sent)
        metric = metric_for(ctx, m.start(), clause, sent, allow_incident=False)
        own_from = max(sent[0], prev.end)
        if metric is None or not (
            metric.start >= own_from or any(own_from <= p.start < m.start() for p in ctx.places)
        ):
            continue  # (not "... and my insurance has gone up about the same": no crime's words)
        start = metric.start if metric.start >= clause[0] else clause[0]
        if prev.end > start:
            # ("... fell back 9% in 2023 and Lambeth was down roughly that much too": the words
            # after the change before)
            gap = _AND_BEFORE_RE.match(text, prev.end, m.start())
            start = gap.end() if gap is not None else prev.end
        _add_own_change(
            ctx,
            m,
            start,
            metric,
            clause,
            sent,
            interval(*value),
            negated=is_negated(ctx, max(clause[0], m.start() - 20), m.start()),
        )


_AND_BEFORE_RE = compile_scan(r"\s*,?\s+(?:and|but)\s+", re.I)


def _back_to_levels(ctx: Ctx, sent: tuple[int, int], clauses: list[tuple[int, int]]) -> None:
    text = ctx.text
    if "back" not in text[sent[0] : sent[1]]:
        return  # (cheap first)
    for m in _BACK_TO_LEVELS_RE.finditer(text, sent[0], sent[1]):
        clause = clause_of(clauses, m.start(), sent)
        before = next(
            (
                c
                for c in ctx.claims
                if c.kind == "change" and c.start < m.start() < c.end and sent[0] <= c.start
            ),
            None,
        )
        cut = None if before is None else last_match(_AND_BEFORE_RE, text, before.start, m.start())
        if before is not None and cut is not None:
            # ("... fell about 15% last year and are now roughly back to 2019 levels": the move
            # before ran on over this clause and took its year; its words end at the "and")
            before.end = cut.start()
            before.surface = text[before.start : before.end]
            own = change_periods(ctx, (before.start, before.end), sent, want_baseline=True)
            before.period, before.baseline = iso_span(own.period), iso_span(own.baseline)
        elif used(ctx, m.start(), m.end()):
            continue
        metric = metric_for(ctx, m.start(), clause, sent, allow_incident=False)
        year = next(
            (t for t in ctx.times if t.start <= m.start("y") < t.end and t.span is not None), None
        )
        if metric is None or metric.start < clause[0] or year is None or year.span is None:
            continue
        # (the period is the clause's own, the year said is what it is back to)
        said = (clause[0], m.start("y"))
        own = change_periods(ctx, said, said, want_baseline=False)
        period = own.period
        if not own.explicit and timex.is_financial(year.span):
            # ("back to 2016/17 levels": the latest financial year against that one)
            period = timex.financial_year(timex.latest_complete_fy(ctx.ref))
        # ("... fell about 15% last year and are now roughly back to 2019 levels": a move of
        # its own before, whose words are its own)
        start = (
            m.start()
            if any(metric.end <= q.start < m.start() for q in ctx.quantities)
            else metric.start
        )
        _add_own_change(
            ctx,
            m,
            start,
            metric,
            clause,
            sent,
            (0.0, 0.0),
            negated=is_negated(ctx, max(clause[0], m.start() - 20), m.end()),
            periods=Periods(period, year.span, True),
        )


def _place_gapped_changes(ctx: Ctx, sent: tuple[int, int]) -> None:
    if "%" not in ctx.text[sent[0] : sent[1]]:
        return
    # (each gapped change can have another after it: "Houston rose about 10%, Dallas about 6%,
    # San Antonio nearly 20%")
    todo = [c for c in ctx.claims if c.kind == "change" and sent[0] <= c.start < sent[1]]
    while todo:
        prev = todo.pop(0)
        m = _PLACE_GAPPED_RE.match(ctx.text, prev.end, sent[1])
        if m is None or prev.value is None or prev.value[0] is None or prev.period is None:
            continue
        place = next(
            (
                p
                for p in ctx.places
                if p.start == m.start("place")
                and p.end == m.end("place")
                and p.place != prev.geography
            ),
            None,
        )
        metric = next(
            (mm for mm in ctx.metrics if mm.metric == prev.metric and mm.start < prev.end), None
        )
        if place is None or metric is None or used(ctx, m.start("n"), m.end("n")):
            continue
        # (a hedge the lexicon does not class, "approx.", reads as "about")
        hedge = (hedge_before(ctx, m.start("n"))[0] or "hedge_approx") if m.group("h") else None
        lo, hi = apply_hedge(float(m.group("n")), hedge)
        if prev.value[0] < 0:
            lo, hi = as_fall(lo, hi)
        for j, q in enumerate(ctx.quantities):
            if m.start("n") <= q.start < m.end():
                ctx.used_q.add(j)
        end = m.end()
        gapped = add(
            ctx,
            kind="change",
            start=place.start,
            end=end,
            metric=metric,
            pos=m.start("n"),
            clause=(place.start, end),
            sent=sent,
            value=interval(lo, hi),
            unit="percent_change",
            periods=periods_of(prev),
            negated=False,
            place=place.place,
            place_how="text",
        )
        if gapped is not None:
            todo.append(gapped)


#: the word that joins a second clause to a change: "..., and", "but", "while"
_CLAUSE_JOIN_RE = compile_scan(
    r"\s*(?:[,;]\s*(?:(?P<c>and|but|while|whereas)\s+)?|\s+(?P<w>and|but|while|whereas)\s+)", re.I
)
_SIZE_SRC = (
    r"(?:(?:closer\s+to|more\s+like|nearer(?:\s+to)?|only|just|even|(?:more|less)\s+than)\s+)?"
    + HEDGE_BEFORE_SRC
    + r"(?:(?P<n>\d+(?:\.\d+)?)\s*(?:%|pc\b|per\s*cent\b|percent\b)|(?P<f>"
    + "|".join(sorted(map(re.escape, FRACTIONS), key=len, reverse=True))
    + r")\b)"
)
_SIZE_ENDS_SRC = r"(?=\s*(?:[.!?,;:)]|$|\s(?:and|but|while|whereas|in|over|since|on|between)\b))"
#: "..., and in London it was closer to 30%", "... but in Greater Manchester it's closer to 30%",
#: "..., and in Philly and Baltimore by more than 20%"
_IN_PLACES_SIZE_RE = compile_re(
    r"(?:in|across)\s+(?P<pl>[^,.!?;%\d\n]{2,60}?)\s*,?\s+"
    r"(?:(?:it|they)(?:['’]s|['’]re|\s+(?:is|was|are|were|went))\s+)?(?:(?P<way>up|down)\s+)?"
    r"(?:by\s+)?" + _SIZE_SRC + _SIZE_ENDS_SRC,
    re.I,
)
#: "..., and by more than 40% in Kent", "..., and by nearly a fifth in London"
_SIZE_IN_PLACES_RE = compile_re(
    r"(?:(?P<way>up|down|rose|fell)\s+)?(?:by\s+)?"
    + _SIZE_SRC
    + r"\s+(?:in|across)\s+(?P<pl>[^,.!?;%\d\n]{2,60}?)"
    + _SIZE_ENDS_SRC,
    re.I,
)


#: "..., and down in Merseyside", "..., down a bit in Southwark"
_WAY_IN_PLACES_RE = compile_re(
    r"(?P<way>up|down)(?:\s+(?:slightly|a\s+(?:bit|little|touch|lot)|sharply))?"
    r"\s+(?:in|across)\s+(?P<pl>[^,.!?;%\d\n]{2,60}?)" + _SIZE_ENDS_SRC,
    re.I,
)


def _second_clause(ctx: Ctx, prev: Claim, sent: tuple[int, int]) -> re.Match[str] | None:
    """The second clause after a change that gives it for other places (its size or its way),
    joined before any other figure: "..., and by more than 40% in Kent"."""
    text = ctx.text
    for join in _CLAUSE_JOIN_RE.finditer(text, prev.end, sent[1]):
        if any(p.start <= join.start() < p.end for p in ctx.places):
            continue  # (not the "and" of "England and Wales")
        if any(
            prev.end <= q.start < join.start()
            and not any(t.start <= q.start < t.end for t in ctx.times)
            for q in ctx.quantities
        ):
            return None
        # (", down a bit in Southwark": a comma alone joins only a move's way)
        m = (
            (join.group("c") or join.group("w"))
            and (
                _IN_PLACES_SIZE_RE.match(text, join.end(), sent[1])
                or _SIZE_IN_PLACES_RE.match(text, join.end(), sent[1])
            )
        ) or _WAY_IN_PLACES_RE.match(text, join.end(), sent[1])
        if m:
            return m
    return None


def _in_place_gapped_changes(ctx: Ctx, sent: tuple[int, int]) -> None:
    """ "Hate crime rose 29% across England and Wales in 2016/17, and by more than 40% in
    Kent": a second clause that gives the change just said another size, in other places,
    its verb (and the series) left out."""
    for prev in [c for c in ctx.claims if c.kind == "change" and sent[0] <= c.start < sent[1]]:
        if prev.value is None or prev.value[0] is None or prev.period is None or prev.negated:
            continue
        m = _second_clause(ctx, prev, sent)
        if m is None or used(ctx, m.start(), m.end()):
            continue
        places = [p for p in ctx.places if m.start("pl") <= p.start and p.end <= m.end("pl")]
        if (
            not places
            or any(p.place == prev.geography for p in places)
            or MASKED_PLACES_RE.fullmatch(mask_places(ctx, m.start("pl"), m.end("pl"))) is None
        ):
            continue
        metric = next(
            (mm for mm in ctx.metrics if mm.metric == prev.metric and mm.start < prev.end), None
        )
        if metric is None:
            continue
        if m.re is _WAY_IN_PLACES_RE:
            # ("Gun crime up 42% in London, up 23% in the West Midlands and down in
            # Merseyside": the way alone)
            add(
                ctx,
                kind="trend",
                start=m.start(),
                end=m.end(),
                metric=metric,
                pos=m.start(),
                clause=(m.start(), m.end()),
                sent=sent,
                periods=periods_of(prev),
                place=places[0].place,
                place_how="text",
                direction=m.group("way").lower(),
            )
            continue
        at = m.start("n") if m.group("n") else m.start("f")
        size = float(m.group("n")) if m.group("n") else FRACTIONS[m.group("f").lower()] * 100
        lo, hi = apply_hedge(size, hedge_before(ctx, at)[0])
        way = (m.group("way") or "").lower()
        if way in ("down", "fell") or (not way and prev.value[0] < 0):
            lo, hi = as_fall(lo, hi)
        for j, q in enumerate(ctx.quantities):
            if at <= q.start < m.end():
                ctx.used_q.add(j)
        add(
            ctx,
            kind="change",
            start=m.start(),
            end=m.end(),
            metric=metric,
            pos=at,
            clause=(m.start(), m.end()),
            sent=sent,
            value=interval(lo, hi),
            unit="percent_change",
            periods=periods_of(prev),
            negated=False,
            place=places[0].place,
            place_how="text",
        )


#: "Knife crime in Lambeth went up about 8% in 2022. Same again in 2023.": the change before,
#: said again of a later year
_SAME_AGAIN_RE = compile_re(
    r"[\W_]*(?:and\s+)?(?:(?:the\s+)?same\s+again|(?:the\s+)?same\s+(?:the\s+)?(?:next|following)\s+year)"
    r"(?:\s+(?:in\s+)?(?P<when>(?:19|20)\d\d(?:/\d\d)?|last\s+year|this\s+year))?[\W_]*",
    re.I,
)


def _same_again(ctx: Ctx, sent: tuple[int, int]) -> None:
    if sent[1] - sent[0] > 40 or not ctx.claims or ctx.text.find("ame", *sent) < 0:
        return  # (cheap first: a short sentence after a claim, with its "same")
    m = _SAME_AGAIN_RE.fullmatch(ctx.text, *sent)
    prev = ctx.claims[-1]
    if (
        m is None
        or prev.kind != "change"
        or prev.period is None
        or prev.value is None
        or prev.negated
        or prev.start < sent[0] - 200
    ):
        return
    period = timex.shift_years(span_of(prev.period), 1)
    if m.group("when"):
        named = next((t.span for t in ctx.times if t.start == m.start("when") and t.span), None)
        if named is None:
            return
        period = named
    if period[0] <= span_of(prev.period)[0]:
        return
    metric = next((mm for mm in ctx.metrics if mm.metric == prev.metric), None)
    if metric is None:
        return
    start = m.start() + len(m.group(0)) - len(m.group(0).lstrip(" \t\"'“‘-–—"))
    end = m.end() - len(m.group(0)) + len(m.group(0).rstrip(" \t.!?\"'”’"))
    add(
        ctx,
        kind="change",
        start=start,
        end=end,
        metric=metric,
        pos=start,
        clause=(start, sent[1]),
        sent=sent,
        value=prev.value,
        unit="percent_change",
        periods=Periods(period, timex.shift_years(period, -1), True),
        negated=False,
        place=prev.geography,
        place_how="context",
    )


#: "... rose 18% in 2024 and phone snatches nearly 40%": the verb left out of the second
_GAPPED_BEFORE_RE = compile_re(r"(?:,\s*(?:and\s+)?|\s+and\s+)$", re.I)
_GAPPED_HEDGE_RE = compile_re(
    # ("burglary fell by roughly a quarter, robbery by about a third")
    r"\s+(?:by\s+)?(?:(?:about|around|roughly|approx\.?|approximately|nearly|almost|over|more\s+than|just\s+under|~)\s*)?",
    re.I,
)


#: after a size that is no gapped change's: "15% of ...", "15% in the ..." (but "15% in the
#: year to March 2021" is one)
_GAPPED_NOT_AFTER_RE = compile_re(
    r"\s*(?:of|in\s+the(?!\s+(?:year|12\s+months|twelve\s+months|financial\s+year|same)\b))\b",
    re.I,
)
_SENT_OPEN_RE = compile_re(r"[\W_]*(?:(?:and|but|while)\s+)?", re.I)
_FIGURE_ENDS_SENT_RE = compile_re(r"\s*(?:too|as\s+well)?[\W_]*", re.I)


def _gapped_changes(ctx: Ctx, sent: tuple[int, int]) -> None:
    text = ctx.text
    done = [
        c for c in ctx.claims if c.kind == "change" and sent[0] <= c.start < sent[1] and c.value
    ]
    opening = False
    if not done and ctx.claims:
        # "Knife crime in the borough went up by around 8% in 2023. Robbery by about a third.":
        # a sentence of its own, opened by the second series
        last = ctx.claims[-1]
        if (
            sent[1] - sent[0] <= 60  # (cheap first: such a sentence is short, opened by its metric)
            and any(sent[0] <= mm.start <= sent[0] + 12 and mm.stat for mm in ctx.metrics)
            and last.kind == "change"
            and last.value
            and sent[0] - 200 <= last.start < sent[0]
        ):
            done, opening = [last], True
    if not done:
        return
    cands: list[tuple[int | None, int, int, float]] = [
        (i, q.start, q.end, q.value)
        for i, q in enumerate(ctx.quantities)
        if q.kind == "percent" and i not in ctx.used_q and sent[0] <= q.start < sent[1]
    ]
    if ctx.low is None or any(
        w in ctx.low[sent[0] : sent[1]] for w in ("half", "third", "quarter", "fifth")
    ):
        # "..., robbery by about a third": a fraction for the second series
        cands += [
            (None, f.start(), f.end(), FRACTIONS[f.group("f").lower()] * 100)
            for f in FRACTION.finditer(text, ctx.low, sent[0], sent[1])
        ]
    for i, qs, qe, value in cands:
        if used(ctx, qs, qe):
            continue
        mm = next(
            (
                mm
                for mm in ctx.metrics
                if mm.stat
                and sent[0] <= mm.start
                and mm.end <= qs
                and _GAPPED_HEDGE_RE.fullmatch(text, mm.end, qs)
                and (
                    _GAPPED_BEFORE_RE.search(text, max(sent[0], mm.start - 8), mm.start)
                    or (opening and _SENT_OPEN_RE.fullmatch(text, sent[0], mm.start))
                )
                and (not opening or _FIGURE_ENDS_SENT_RE.fullmatch(text, qe, sent[1]))
            ),
            None,
        )
        before = [c for c in done if c.end <= (mm.start if mm else qs)]
        if mm is None or not before or _GAPPED_NOT_AFTER_RE.match(text, qe):
            continue
        prev = before[-1]
        assert prev.value is not None
        sign = -1 if (prev.value[1] is not None and prev.value[1] < 0) else 1
        hedge, _ = hedge_before(ctx, qs)
        lo, hi = apply_hedge(value, hedge)
        if sign < 0:
            lo, hi = as_fall(lo, hi)
        if i is not None:
            ctx.used_q.add(i)
        clause = (mm.start, sent[1])
        add(
            ctx,
            kind="change",
            start=mm.start,
            end=qe,
            metric=mm,
            pos=qs,
            clause=clause,
            sent=sent,
            value=interval(lo, hi),
            unit="percent_change",
            periods=periods_of(prev),
            negated=False,
        )


#: "Phone thefts in Westminster rose 40% in 2023. Robbery in the borough, about 10%.": a
#: metric, its place, and a percent, with no verb: the change before, for that metric
_ELLIPTIC_PCT_TAIL_RE = compile_re(
    r"(?:\s+(?:in|across)\s+(?:the\s+)?(?:borough|city|capital|area|same\s+(?:borough|city|area))"
    r"|\s+(?:in|across)\s+[A-Z][\w'’&-]*(?:\s+[A-Z][\w'’&-]*)?)?"
    # ("Knife robberies even more, roughly 15%.": further the same way)
    r"(?:\s+(?:even|still|far|much)\s+(?:more|further))?\s*[,:–—-]\s*"
    r"(?P<h>(?:about|around|roughly|approx\.?|approximately|nearly|almost|just\s+under|just\s+over|over|~)\s*)?"
    r"(?P<n>\d+(?:\.\d+)?)\s*(?:%|per\s*cent|percent|pc)[\W_]*",
    re.I,
)


#: "Across London the rise was smaller, about 4%.": the change before, for another place
_PLACE_PCT_RE = compile_re(
    r"[\W_]*(?:(?:and|but|while|meanwhile)[,\s]+)?(?:in|across|for)\s+(?:the\s+)?PLACE"
    r"(?:\s+as\s+a\s+whole|\s+overall)?\s*,?\s*"
    r"(?:(?:it|the\s+(?:rise|fall|increase|drop|decrease|change|figure))\s+(?:was|is)\s+)?"
    r"(?:(?:smaller|bigger|larger|lower|higher|only|just|closer\s+to|nearer)\s*,?\s*)*"
    r"(?P<h>(?:about|around|roughly|approx\.?|approximately|nearly|almost|~)\s*)?(?P<n>\d+(?:\.\d+)?)\s*(?:%|per\s*cent|percent)[\W_]*",
    re.I,
)


def _place_percent_again(ctx: Ctx, sent: tuple[int, int]) -> None:
    places = [p for p in ctx.places if within(p.start, sent)]
    prev = ctx.claims[-1]
    if len(places) != 1 or prev.kind != "change" or prev.value is None or prev.period is None:
        return
    m = _PLACE_PCT_RE.fullmatch(mask_places(ctx, sent[0], sent[1]))
    if m is None or prev.value[0] is None or prev.geography == places[0].place:
        return
    metric = next((mm for mm in ctx.metrics if mm.metric == prev.metric), None)
    if metric is None:
        return
    value = float(m.group("n")) * (1 if prev.value[0] >= 0 else -1)
    approx = m.group("h") or re.search(r"closer\s+to|nearer", m.group(0), re.I)
    lo, hi = apply_hedge(value, "hedge_approx" if approx else None)
    if lo is not None and hi is not None and lo > hi:
        lo, hi = hi, lo
    n_at = ctx.text.find(m.group("n"), places[0].end, sent[1])
    for j, q in enumerate(ctx.quantities):
        if q.start == n_at:
            ctx.used_q.add(j)
    opens = sent[0] + len(ctx.text[sent[0] : sent[1]]) - len(ctx.text[sent[0] : sent[1]].lstrip())
    add(
        ctx,
        kind="change",
        start=opens,
        end=sent[0] + len(ctx.text[sent[0] : sent[1]].rstrip(" \t\n.!?")),
        metric=metric,
        pos=n_at,
        clause=sent,
        sent=sent,
        value=interval(lo, hi),
        unit="percent_change",
        periods=periods_of(prev),
        negated=False,
        place=places[0].place,
        place_how=places[0].how,
    )


def _elliptic_percent(ctx: Ctx, sent: tuple[int, int]) -> None:
    if not ctx.claims or ctx.claims[-1].start >= sent[0] or "%" not in ctx.text[sent[0] : sent[1]]:
        return  # (cheap first: a claim before, none in this sentence, a percent sign)
    metric = next((mm for mm in ctx.metrics if mm.start >= sent[0] and mm.stat), None)
    if metric is None:
        _place_percent_again(ctx, sent)
        return
    if ctx.text[sent[0] : metric.start].strip(" \t\n\"'‘“-•*"):
        return
    m = _ELLIPTIC_PCT_TAIL_RE.fullmatch(ctx.text, metric.end, sent[1])
    prev = ctx.claims[-1]
    if (
        m is None
        or prev.kind != "change"
        or prev.value is None
        or prev.value[0] is None
        or prev.period is None
        or prev.metric == metric.metric
    ):
        return
    sign = 1 if prev.value[0] >= 0 else -1
    n_at = m.start("n")
    if not m.group("h") and ctx.text[n_at - 1] in "-−–" and ctx.text[n_at - 2].isspace():
        sign = -1  # ("knife crime +5%\n• robbery –7%": a minus of its own, not the one before's)
    value = float(m.group("n")) * sign
    hedge = (
        "hedge_approx"
        if m.group("h") and m.group("h").strip().lower() in ("about", "around", "roughly", "~")
        else None
    )
    lo, hi = apply_hedge(value, hedge)
    if lo is not None and hi is not None and lo > hi:
        lo, hi = hi, lo
    own = next((p for p in ctx.places if m.start() <= p.start < m.end()), None)
    for j, q in enumerate(ctx.quantities):
        if m.start("n") <= q.start < m.end():
            ctx.used_q.add(j)
    end = m.end("n") + len(ctx.text[m.end("n") : m.end()].rstrip(" \t\n.!?"))
    add(
        ctx,
        kind="change",
        start=metric.start,
        end=end,
        metric=metric,
        pos=m.start("n"),
        clause=(metric.start, sent[1]),
        sent=sent,
        value=interval(lo, hi),
        unit="percent_change",
        periods=periods_of(prev),
        negated=False,
        place=own.place if own is not None else prev.geography,
        place_how="text" if own is not None else "context",
    )


_NEXT_CHANGE_GAP_RE = compile_scan(r"\b(?:and|but|while|whereas)\b|[,;]", re.I)


def _add_change(
    ctx: Ctx,
    *,
    start: int,
    end: int,
    metric: MetricMention | None,
    pos: int,
    clause: tuple[int, int],
    sent: tuple[int, int],
    value: tuple[float | None, float | None] | None,
    negated: bool,
    periods: Periods | None = None,
) -> None:
    """A percent change; its periods are the clause's with a baseline unless given."""
    if (
        metric is not None
        and not clause[0] <= metric.start < clause[1]
        and OTHER_SERIES_RE.search(ctx.text, clause[0], pos)
    ):
        # ("Over the same period the number of officers fell by about 3%": a series of no
        # crime, the crime before no part of the clause)
        return
    later = None
    if periods is None:
        # ("up 3% on 2017/18 and up roughly a fifth on 2013/14": the change before, of the
        # same metric, keeps its own times)
        prior_end = max(
            (
                c.end
                for c in ctx.claims
                if c.kind == "change"
                and metric is not None
                and c.metric == metric.metric
                and clause[0] <= c.start
                and c.end <= start
            ),
            default=None,
        )
        own_clause = clause if prior_end is None else (prior_end, clause[1])
        # ("down roughly 6% on the year before and about 22% below 2019/20": the next change's
        # times are its own)
        later = (
            next(
                (
                    q
                    for q in ctx.quantities
                    if q.kind == "percent"
                    and end <= q.start < own_clause[1]
                    and _NEXT_CHANGE_GAP_RE.search(ctx.text, end, q.start)
                ),
                None,
            )
            # (cheap first: another percent after this one)
            if "%" in ctx.text[end : own_clause[1]] or "cent" in ctx.text[end : own_clause[1]]
            else None
        )
        if later is not None and any(end <= t.start < later.start for t in ctx.times):
            own_clause = (own_clause[0], hedge_before(ctx, later.start)[1])
        else:
            later = None  # ("down 11% and burglary down 25% since 2016": the time both share)
        between = _BETWEEN_AFTER_RE.match(ctx.text, end)
        if between is not None:
            # ("dropped a bit, maybe 5%, between 2017/18 and 2022/23": the span set off after
            # the size is the change's)
            span_end = next(
                (t.end for t in ctx.times if t.start == between.end() and within(t.start, sent)),
                None,
            )
            if span_end is not None:
                own_clause = (own_clause[0], max(own_clause[1], span_end))
        # ("| Dec | 1,190 | 1,290 |\nQ4 2023 up about 10% on Q4 2022.": a time of its own
        # before the change, in its sentence, outranks the levels above)
        # (not the times of levels said in the sentence: "804 in 2021, 623 last year, a ~23%
        # drop", "In 2023 it recorded 623, a fall of roughly 22%")
        own_time = any(
            r.kind == "period"
            and r.span is not None
            # (a part of a year: a bare year is what the levels' labels already give)
            and (r.span[1] - r.span[0]).days < 360
            and sent[0] <= r.start < pos
            and not any(
                sent[0] <= q.start < r.start or r.end <= q.start < pos for q in ctx.quantities
            )
            for r in ctx.times
        )
        periods = (None if metric is None or own_time else from_levels(ctx, metric, pos, end)) or (
            change_periods(ctx, own_clause, sent, want_baseline=True)
        )
    # ("Burglary down 10% in Leeds last year and down 12% in Bradford": the change before is
    # a claim of its own, and this one's words start after the word that joins them)
    before = max(
        (
            c.end
            for c in ctx.claims
            if c.kind == "change" and within(c.start, clause) and c.end <= min(start, pos)
        ),
        default=None,
    )
    joined = None if before is None else last_match(_JOINED_CHANGE_RE, ctx.text, before, pos)
    claim = add(
        ctx,
        kind="change",
        start=start,
        end=end,
        metric=metric,
        pos=pos,
        # (the clause cut before the next change, whose times are its own)
        clause=clause if later is None else own_clause,
        sent=sent,
        value=value,
        unit="percent_change",
        periods=periods,
        negated=negated,
    )
    if claim is not None and joined is not None and claim.start < joined.end():
        claim.start = joined.end()
        claim.surface = ctx.text[claim.start : claim.end]
    if claim is not None and any(
        t.kind == "year_before" and claim.start <= t.start < claim.end for t in ctx.times
    ):
        _after_the_one_before(ctx, claim)


def _after_the_one_before(ctx: Ctx, claim: Claim) -> None:
    """ "up about 4% on 2020, after a 30% jump the year before": the change said to come
    after another runs over the year before that one's, not before the post's own year."""
    prior = next(
        (
            c
            for c in reversed(ctx.claims)
            if c.kind == "change" and c.metric == claim.metric and c.end <= claim.start
        ),
        None,
    )
    if (
        prior is None
        or prior.baseline is None
        or prior.baseline[0] is None
        or prior.baseline[1] is None
        or not _AFTER_JOIN_RE.fullmatch(ctx.text, prior.end, claim.start)
    ):
        return
    span = (date.fromisoformat(prior.baseline[0]), date.fromisoformat(prior.baseline[1]))
    before = timex.shift_years(span, -1)
    claim.period = prior.baseline
    claim.baseline = (before[0].isoformat(), before[1].isoformat())


#: a change joined as the one that came first: "..., after a 30% jump the year before"
_AFTER_JOIN_RE = compile_re(r"[\s,]*(?:after|following|on\s+top\s+of)\b(?:\s+an?\b)?\s*", re.I)
#: the word that joins a change to the one before it: "... and down 12%", "..., down 6%"
_JOINED_CHANGE_RE = compile_re(
    r"(?:\b(?:and|but|while|whereas|after|following|on\s+top\s+of)\b|,)\s*", re.I
)


#: the second end of a move and the change said after it: "to 266 in 2020, a drop of "
_MOVE_END_SRC = (
    r"(?:~|about\s+|around\s+|roughly\s+)?[\d,.]+[km%]?\s+(?:[a-z-]+\s+){0,2}[^,;.]{2,20}?,?\s*(?:(?:that['’]?s|which\s+is)\s+)?(?:(?:like|about|around|roughly|approx\.?|approximately|nearly|almost)\s+)?(?:an?\s+)?"
    r"(?:(?:drop|fall|rise|increase|decrease|decline|reduction|jump|cut)\s+of\s+|(?:down|up)\s+(?:by\s+)?)?(?:(?:about|around|roughly|approx\.?|approximately|nearly|almost|over|more\s+than|just\s+under|some)\s+)?$"
)
_FROM_TO_BEFORE_RE = compile_scan(
    # ("from 434 lethal-barrelled discharges in 2018 to 266 in 2020, a drop of 39%")
    # ("from about 5 per 100,000 in 2005 to roughly 2 in 2021, a drop of some 60%")
    r"\bfrom\s+(?:~|about\s+|around\s+|roughly\s+)?[\d,.]+[km%]?\s+(?:per\s+(?:100,?000|100k)\s+)?"
    r"(?:[a-z-]+\s+){0,2}in\s+[^,;.]{2,20}?\s+to\s+"
    + _MOVE_END_SRC
    # ("collapsed to 51% in 2021 from 69% in 2016, a fall of about a quarter": the ends the
    # other way round)
    + r"|\bto\s+(?:~|about\s+|around\s+|roughly\s+)?[\d,.]+[km%]?\s+(?:[a-z-]+\s+){0,2}in\s+[^,;.]{2,20}?\s+from\s+"
    + _MOVE_END_SRC,
    re.I,
)


#: "were thirty in 2021 and eight last year, which is a seventy three percent drop": two
#: figures with their times, then the change between them
_PAIR_BEFORE_RE = compile_scan(
    # ("Chicago homicides: 804 in 2021, 623 last year, a ~23% drop.")
    # ("had 571 homicides in the year to March 2015 and 695 in the year to March 2020")
    # ("had roughly 12,000 knife crime offences in 2019 and about 14,500 last year, so it's up
    # by about a fifth")
    # ("had around 150 homicides in 2019 against about 95 in 2014, so up roughly 60%")
    # ("> ... / Yep. 804 in 2021, 416 last year, so down about 48%.": a sentence that opens on
    # the first figure)
    r"(?:(?:\b(?:were|was|had|saw|recorded)|:)\s+|(?:[.!?]\s+|\n\s*)(?=~|\d|(?:about|around|roughly|nearly|almost|over|under)\s+\d))"
    r"(?:(?:about|around|roughly|nearly|almost|over|under)\s+)?[\w,.~]+\s+(?:in\s+)?[^,;.]{2,40}?(?:\s+(?:and|vs\.?|versus|to|against)|,)\s+"
    r"(?:(?:about|around|roughly|nearly|almost|over|under)\s+)?[\w,.~]+\s+(?:in\s+)?[^,;.]{2,40}?,?\s*(?:(?:that['’]?s|which\s+is|which\s+was)\s+(?:an?\s+)?"
    r"|an?\s+~?\s*"
    # ("..., so they've roughly halved", "..., so about 22% up")
    # ("..., so a drop of about 36%")
    r"|so\s+(?:(?:that['’]?s|it['’]?s|it\s+(?:has|was)|they['’](?:ve|re)|they\s+(?:have|are))\s+)?"
    r"(?:an?\s+(?:(?:drop|fall|rise|increase|decrease|decline|reduction|jump)\s+of\s+)?|(?:up|down)\s+(?:by\s+)?)?"
    # "had 198 homicides in 2011 and 217 in 2012, a drop of about 10%"
    r"|an?\s+(?:drop|fall|rise|increase|decrease|decline|reduction|jump)\s+of\s+"
    # ("were 5,720 in 2006/07 and 3,775 in 2022/23, down roughly a third")
    r"|(?:down|up)\s+(?:by\s+)?)"
    r"(?:(?:about|around|roughly|approx\.?|approximately|nearly|almost|like)\s+)?$",
    re.I,
)


_RECORD_BEFORE_RE = compile_re(
    r"\b(?:highest|lowest|most|fewest|worst|best|deadliest|safest)\b(?:\s+[\w-]+){0,3}\s*$", re.I
)


def from_levels(ctx: Ctx, metric: MetricMention, pos: int, end: int) -> Periods | None:
    """ "fell from 30 in 2021 to 8 last year. That's a 73% drop.": a change without a time of
    its own, right after two levels of its metric, runs between their periods."""
    latest = _latest_of_run(ctx, metric, pos, end)
    if latest is not None:
        return latest
    levels = [
        c
        for c in ctx.claims
        if c.kind == "level" and c.metric == metric.metric and c.end <= pos and c.period
    ][-2:]
    if len(levels) < 2 or levels[0].period == levels[1].period or pos - levels[1].end > 60:
        # "fell from 133 in 2021 to 109 last year, an 18% drop": the levels of this sentence
        # are read after the change, so look at the "from ... to ..." itself
        fm = _FROM_TO_BEFORE_RE.search(ctx.text, max(0, pos - 120), pos) or _PAIR_BEFORE_RE.search(
            ctx.text, max(0, pos - 120), pos
        )
        spans = [
            r.span
            for r in ctx.times
            if fm is not None and fm.start() <= r.start < pos and r.kind == "period" and r.span
        ]
        if fm is None or len(spans) != 2 or spans[0] == spans[1]:
            return (
                _down_from(ctx, pos, end)
                or _worked_from_level(ctx, metric, pos, end)
                or _back_to_later_level(ctx, metric, pos, end)
            )
        a, b = sorted(spans)
        return Periods(b, a, True)
    a, b = sorted(span_of(c.period) for c in levels if c.period)
    if any(
        levels[1].end <= r.start < end
        # "804 in 2021 ... a 75% jump in two years": the window the two levels span
        and not (r.kind == "window" and r.years == b[1].year - a[1].year)
        # (nor a record's window: "Down more than 60%, and the fewest in at least a decade")
        and not (
            r.kind == "window" and _RECORD_BEFORE_RE.search(ctx.text, max(0, r.start - 40), r.start)
        )
        for r in ctx.times
    ):
        return None  # "..., and up 5% last year": the change has a time of its own
    return Periods(b, a, True)


#: the words before a period that make it what a change is against: "+37pc on H1 2019"
_AGAINST_BEFORE_RE = compile_re(r"\b(?:on|vs\.?|versus|than|from)\s+$", re.I)


_BRACKET_OPENS_RE = compile_re(r"\s*\(\s*[↑↓]?\s*[+−-]?\s*[~≈]?\s*")


def _latest_of_run(ctx: Ctx, metric: MetricMention, pos: int, end: int) -> Periods | None:
    """ "H1 2021: 336 / H1 2020: 281 / H1 2019: 245. +20pc y/y, +37pc on H1 2019.": a change
    that names only what it is against, after a run of its series' figures for several
    periods, is of the latest of them."""
    own = [r for r in ctx.times if pos <= r.start < end]
    if not own or not all(
        (r.kind in ("year_before", "baseline") and not r.then)
        or (
            r.kind == "period"
            and _AGAINST_BEFORE_RE.search(ctx.text, max(0, r.start - 10), r.start) is not None
        )
        for r in own
    ):
        return None
    run = [
        c
        for c in ctx.claims
        if c.kind == "level"
        and c.metric == metric.metric
        and c.end <= pos
        and pos - c.end <= 250
        and c.period is not None
    ]
    if not run or any(
        run[-1].end <= q.start < pos
        and q.kind != "percent"
        and _BRACKET_OPENS_RE.fullmatch(ctx.text, q.end, pos) is not None
        for q in ctx.quantities
    ):
        return None  # (in brackets after a figure not yet read: "2023 ~325 (↓ ~15pc y/y)")
    place = run[-1].geography
    spans = {span_of(c.period) for c in run if c.geography == place and c.period is not None}
    if len(spans) < 2:
        return None
    latest = max(spans)
    ref = own[0]
    base = timex.shift_years(latest, -1) if ref.kind == "year_before" else ref.span
    if base is None or base[1] >= latest[0]:
        return None
    return Periods(latest, base, True)


_DOWN_FROM_RE = compile_scan(
    r"\b(?:down|up|f[ae]ll(?:en|ing)?|r[io]s(?:e|en|ing)|dropp(?:ed|ing)|climb(?:ed|ing)|"
    r"jump(?:ed|ing)|(?:increas|decreas|declin)(?:ed|ing))\s+from\s+"
    r"(?:(?:~|about|around|roughly|approx\.?|approximately|nearly|almost|over|more\s+than)\s*)?[\d,.]+[km]?\s+"
    r"(?:[a-z]+\s+){0,2}(?:back\s+)?(?:in|during)\s+$",
    re.I,
)


_OBJECT_AFTER_RE = compile_re(
    r"\s+(?:the|more|extra)\s+(?!(?:19|20)\d\d|levels?\b|figures?\b|numbers?\b|totals?\b|rates?\b|"
    r"counts?\b|amount\b|tally\b|\d)[a-z]",
    re.I,
)


def _down_from(ctx: Ctx, pos: int, end: int) -> Periods | None:
    """ "97 homicides last year, down from 130 in 2021, a drop of 25%": a change with no time
    of its own, after a level that is "down from" an earlier one, runs from that earlier
    period to the other period of the sentence (the latest complete year when none)."""
    if any(pos <= r.start < end for r in ctx.times):
        return None
    before = [r for r in ctx.times if r.end <= pos and r.span is not None]
    froms = [r for r in before if _DOWN_FROM_RE.search(ctx.text, max(0, r.start - 80), r.start)]
    if len(froms) != 1:
        return None
    baseline = froms[0].span
    assert baseline is not None
    others = {r.span for r in before if r is not froms[0] and r.kind == "period"}
    if len(others) > 1 or len(before) - len(others) > 1:
        return None
    period = others.pop() if others else timex.calendar_year(timex.latest_complete_year(ctx.ref))
    if period is None or baseline[0] >= period[0]:
        return None
    return Periods(period, baseline, True)


#: between a figure and the change worked out from it: "623, a fall of roughly "
_FIGURE_THEN_CHANGE_RE = compile_re(
    r"\s*,\s*(?:(?:so|which\s+is|that['’]s)\s+)?(?:an?\s+)?(?:(?:fall|drop|rise|increase|decrease|decline|"
    r"jump|cut|reduction)\s+of\s+)?(?:(?:about|around|roughly|approx\.?|approximately|nearly|almost|"
    r"just\s+over|just\s+under|over|under|some)\s+|~\s*)?$",
    re.I,
)


def _figure_with_period(
    ctx: Ctx, pos: int, gap: re.Pattern[str]
) -> tuple[Quantity, int, Span] | None:
    """The figure the words ``gap`` join to the change at ``pos``, where its sentence opens, and
    the one period its sentence names before it ("In 2023 it recorded 623, a fall of ...")."""
    figure = next(
        (
            q
            for q in reversed(ctx.quantities)
            if q.end <= pos
            and q.kind != "percent"
            and gap.fullmatch(ctx.text, q.end, hedge_before(ctx, pos)[1])
        ),
        None,
    )
    if figure is None:
        return None
    opened = max(ctx.text.rfind(ch, 0, figure.start) for ch in ".!?\n")
    own = [
        r.span
        for r in ctx.times
        if opened < r.start and r.end <= figure.start and r.kind == "period" and r.span
    ]
    return (figure, opened, own[0]) if len(own) == 1 else None


def _worked_from_level(ctx: Ctx, metric: MetricMention, pos: int, end: int) -> Periods | None:
    """ "Chicago's homicide count peaked in 2021 at 804. In 2023 it recorded 623, a fall of
    roughly 22%.": a change with no time of its own, right after a figure of a period, runs
    from the period of the series' figure before it that the change is worked out from (804
    to 623 is 22.5% down)."""
    if any(pos <= r.start < end for r in ctx.times):
        return None
    size = next((q for q in ctx.quantities if q.start == pos and q.kind == "percent"), None)
    found = _figure_with_period(ctx, pos, _FIGURE_THEN_CHANGE_RE)
    if size is None or found is None or not found[0].value:
        return None
    figure, opened, period = found
    for c in reversed(ctx.claims):
        if (
            c.kind != "level"
            or c.metric != metric.metric
            or c.end > opened
            or c.period is None
            or c.value is None
            or not c.value[0]
            or c.value[0] != c.value[1]
        ):
            continue
        base = span_of(c.period)
        worked = abs(figure.value - c.value[0]) / c.value[0] * 100
        if base[1] < period[0] and abs(worked - size.value) <= max(1.5, 0.1 * size.value):
            return Periods(period, base, True)
        return None
    return None


#: between an earlier figure and the change to the later one said before it: "84, so it
#: nearly halved", "84, so that's down about 48%"
_SO_IT_MOVED_RE = compile_re(
    r"\s*,\s*(?:so|which\s+means|meaning)\s+(?:it|that|they|the\s+(?:count|total|tally|number))"
    r"(?:['’]s|\s+has|\s+have|\s+had|['’]ve|\s+is|\s+was)?\s+"
    r"(?:(?:nearly|almost|roughly|about|around|more\s+than|basically|pretty\s+much|just\s+about)\s+)?"
    r"(?:(?:down|up|fallen|fell|dropped|risen|rose)\s+(?:by\s+)?(?:(?:about|around|roughly|nearly|almost)\s+)?)?$"
    # ("671, so the fall is roughly 15%", "84, so the drop was about 48%")
    r"|\s*,\s*so\s+the\s+(?:fall|drop|rise|increase|decrease|decline|reduction|jump)\s+(?:is|was|['’]s)\s+"
    r"(?:(?:nearly|almost|roughly|about|around|more\s+than|just\s+over|just\s+under|some)\s+)?$",
    re.I,
)


def _back_to_later_level(ctx: Ctx, metric: MetricMention, pos: int, end: int) -> Periods | None:
    """ "Toronto recorded 44 homicides in 2025, London 97. Toronto's 2024 total was 84, so it
    nearly halved in a year.": a change right after a figure of an earlier period than the
    series' figure said before runs from the figure's period to that one's."""
    if (
        "so" not in ctx.text[max(0, pos - 40) : pos]
        and "mean" not in ctx.text[max(0, pos - 40) : pos]
    ):
        return None  # (cheap first)
    found = _figure_with_period(ctx, pos, _SO_IT_MOVED_RE)
    if found is None:
        return None
    figure, opened, period = found
    place = next((p.place for p in reversed(ctx.places) if opened < p.start < figure.start), None)
    later = next(
        (
            c
            for c in reversed(ctx.claims)
            if c.kind == "level"
            and c.metric == metric.metric
            and c.end <= opened
            and c.period is not None
            and (place is None or c.geography == place)
            and span_of(c.period)[0] > period[1]
        ),
        None,
    )
    if later is None or later.period is None:
        return None
    return Periods(span_of(later.period), period, True)


#: "increased by 5 points", "a 21 percentage point drop", "down 3pp": a move in a share
_POINTS_RE = compile_scan(
    r"(?:(?P<vb>rose|risen|rising|increased|up|grew|climbed|jumped|fell|fallen|falling|dropped|"
    r"down|decreased|declined|slid|slipped)\s+(?:by\s+)?(?:(?:about|around|roughly|approx\.?|approximately|nearly|almost|"
    r"over|just\s+under)\s+)?)?(?:an?\s+)?(?P<n>\d+(?:\.\d+)?)[-\s]?(?:percentage[-\s]|per\s+cent[-\s])?"
    r"(?:points?|pts|pp)\b(?:\s+(?P<nn>drop|fall|decline|rise|increase|jump|slide))?",
    re.I,
)
_POINTS_UP = frozenset(
    {
        "rose",
        "risen",
        "rising",
        "increased",
        "up",
        "grew",
        "climbed",
        "jumped",
        "rise",
        "increase",
        "jump",
    }
)


def point_changes(ctx: Ctx, sent: tuple[int, int], clauses: list[tuple[int, int]]) -> None:
    """ "Met confidence: 69% (2016) → 48% (2024). A 21 percentage point drop.", "increased by 5
    points from 2021 (51%) to 2024": a move in percentage points is read as the percent change
    it makes of the share the post states for the earlier period (no share stated, no claim:
    the points cannot be compared with the store's percent changes)."""
    if "point" not in ctx.text and "pts" not in ctx.text and "pp" not in ctx.text:
        return
    for m in _POINTS_RE.finditer(ctx.text, *sent):
        word = (m.group("vb") or m.group("nn") or "").lower()
        if not word or any(
            c.kind == "change" and c.start < m.end() and m.start() < c.end for c in ctx.claims
        ):
            continue  # (a share's level may span the words: it is not this move)
        clause = clause_of(clauses, m.start(), sent)
        metric = metric_for(ctx, m.start(), clause, sent, allow_incident=False)
        tax = None if metric is None else ctx.lex.taxonomy.metrics.get(metric.metric or "")
        if metric is None or tax is None or tax.unit != "percent":
            continue
        shares = [
            c
            for c in ctx.claims
            if c.kind == "level"
            and c.metric == metric.metric
            and c.unit == "percent"
            and c.period
            and c.value is not None
            and c.value[0] is not None
            and c.value[0] == c.value[1]
        ]
        periods = change_periods(ctx, clause, sent, want_baseline=True)
        if not periods.explicit and len({c.period for c in shares}) >= 2:
            first, last = sorted(shares, key=lambda c: c.period or ("", ""))[:: len(shares) - 1]
            periods = Periods(span_of(last.period), span_of(first.period), True)  # type: ignore[arg-type]
        base = next(
            (
                c
                for c in shares
                if periods.baseline is not None and span_of(c.period) == periods.baseline  # type: ignore[arg-type]
            ),
            None,
        )
        if base is None or not base.value or not base.value[0]:
            continue
        size = float(m.group("n")) / base.value[0] * 100
        sign = 1 if word in _POINTS_UP else -1
        add(
            ctx,
            kind="change",
            start=m.start(),
            end=m.end(),
            metric=metric,
            pos=m.start(),
            clause=clause,
            sent=sent,
            value=interval(round(sign * size, 4), round(sign * size, 4)),
            unit="percent_change",
            periods=periods,
            negated=is_negated(ctx, max(clause[0], m.start() - 20), m.start()),
        )


def multiplier_change(ratio: float, hedge: str | None) -> tuple[float | None, float | None]:
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


#: a sentence that is only the size of a move between the two figures just given: "Less
#: than half.", "More than double!", "Roughly twice that." (not "a third", "a quarter": "↓
#: about a third" is the size of a fall, which the change readers take)
_PAIR_RATIO_SENT_RE = compile_re(
    # (nothing before it but a quote or a bracket: not an arrow, not "down")
    r"[\s\"'“‘(]*(?P<h>less\s+than|under|fewer\s+than|more\s+than|over|about|around|roughly|nearly|almost)?\s*"
    r"(?P<r>half|double|twice|triple|treble|three\s+times)"
    r"(?:\s+(?:that|what\s+it\s+was|the\s+number|as\s+many))?[\W_]*",
    re.I,
)
_PAIR_RATIOS = {"half": 0.5, "double": 2.0, "twice": 2.0}
_PAIR_RATIOS.update(dict.fromkeys(("triple", "treble", "three times"), 3.0))


def pair_ratio_change(ctx: Ctx, sent: tuple[int, int]) -> None:
    """ "Philly had about 270 homicides last year, down from 562 in 2021. Less than half.": the
    move between the two figures of one series just given, sized as a ratio, from the
    earlier period's to the later one's."""
    if sent[1] - sent[0] > 40 or len(ctx.claims) < 2:
        return  # (cheap first: the sentence is a few words)
    m = _PAIR_RATIO_SENT_RE.fullmatch(ctx.text, *sent)
    if m is None or any(within(c.start, sent) for c in ctx.claims):
        return
    levels = sorted(
        (c for c in ctx.claims if c.end <= sent[0] and c.kind == "level"), key=lambda c: c.end
    )[-2:]
    if len(levels) != 2:
        return
    a, b = levels
    if (
        a.metric is None
        or (a.metric, a.geography, a.unit) != (b.metric, b.geography, b.unit)
        or a.period is None
        or b.period is None
        or a.period == b.period
        or a.value is None
        or b.value is None
        or any(c.start > b.end and c.end <= sent[0] for c in ctx.claims)
        # (the two figures in the sentence just before)
        or ctx.text.count("\n", b.end, sent[0]) > 1
    ):
        return
    later, earlier = (a, b) if (a.period[0] or "") > (b.period[0] or "") else (b, a)
    assert later.period is not None and earlier.period is not None
    assert later.value is not None and earlier.value is not None
    ratio = _PAIR_RATIOS[re.sub(r"\s+", " ", m.group("r").lower())]
    pct = round((ratio - 1) * 100, 4)
    said = (m.group("h") or "").lower().split(" ")[0]
    lo: float | None
    hi: float | None
    if said in ("less", "under", "fewer"):
        lo, hi = (-100.0, pct) if ratio < 1 else (0.0, pct)
    elif said in ("more", "over"):
        lo, hi = (pct, 0.0) if ratio < 1 else (pct, None)
    else:
        lo, hi = apply_hedge(pct, hedge_before(ctx, m.start("r"))[0] if said else None)
        if lo is not None and hi is not None and lo > hi:
            lo, hi = hi, lo
    was, now = earlier.value[0], later.value[0]
    if was is not None and now is not None and (ratio < 1) != (now < was):
        return  # ("97 last year, 130 in 2021. Double.": no such move)
    metric = next((mm for mm in ctx.metrics if mm.metric == later.metric), None)
    if metric is None:
        return
    add(
        ctx,
        kind="change",
        start=m.start("h") if m.group("h") else m.start("r"),
        end=m.end("r"),
        metric=metric,
        pos=m.start("r"),
        clause=sent,
        sent=sent,
        value=interval(lo, hi),
        unit="percent_change",
        periods=Periods(span_of(later.period), span_of(earlier.period), True),
        negated=False,
        place=later.geography,
        place_how="context",
    )
