"""Trend claims: a direction without a size ("is soaring, it's out of control").

One trend per metric and sentence, and none beside a change of the same metric in the
same clause ("rose 15%").
"""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import date
from functools import cache

from safetynlp.extraction import timex
from safetynlp.extraction.context import (
    LIST_AND_RE,
    OTHER_SERIES_RE,
    TURN_WORDS_SRC,
    Ctx,
    Periods,
    add,
    add_for_place,
    apply_hedge,
    change_periods,
    clause_of,
    earlier_periods,
    extend_time,
    hedge_before,
    interval,
    is_negated,
    levels_just_before,
    list_header,
    mask_places,
    metric_for,
    move_unit,
    own_subject,
    periods_of,
    refers_back,
    series_fields,
    small_number,
    span_of,
    then_periods,
    times_in,
    used,
    way_of,
    within,
    words_start,
)
from safetynlp.extraction.kinds.changes import from_levels, multiplier_change
from safetynlp.extraction.kinds.levels import on_screen
from safetynlp.extraction.lexicon import MetricMention, PlaceMention
from safetynlp.extraction.literals import BULLET_MARKS, SubsetPattern, compile_scan, last_match
from safetynlp.extraction.numbers import MULTIPLIER_VERBS, SHARE_WORDS_SRC
from safetynlp.extraction.regex_cache import compile_re
from safetynlp.extraction.timex import Span, TimeRef
from safetynlp.types import Claim

#: a count (not a year: "up from 2018" is a trend with a baseline) after "up/down from"
_FROM_COUNT_RE = compile_re(
    # ("up from under 6,000 in 2019")
    r"\s+(?:~\s*|about\s+|around\s+|roughly\s+|nearly\s+|almost\s+|under\s+|over\s+|barely\s+|"
    r"just\s+(?:under|over)\s+|below\s+|above\s+|more\s+than\s+|less\s+than\s+|fewer\s+than\s+)?"
    r"(?:(?!(?:19|20)\d\d(?![\d,]))\d"
    # ("down from about half in 2016", "down from roughly two thirds"): a share in words
    r"|(?:" + SHARE_WORDS_SRC + r"|half|two\s+thirds)\b)",
    re.I,
)

#: "but it's not 'soaring'", "but they aren't exploding": a turn that denies the move's size
_NOT_INTENSE_RE = compile_re(
    r"(?:but|yet)\s+(?P<it>it|they|that)(?:['’]s\s+not|\s+is\s+not|\s+isn['’]t|['’]re\s+not|"
    r"\s+are\s+not|\s+aren['’]t|\s+has\s+not|\s+hasn['’]t|\s+have\s+not|\s+haven['’]t|"
    r"\s+did\s+not|\s+didn['’]t)\s+(?:been\s+)?['\"‘“]?(?P<w>[a-z]+(?:\s+(?:out\s+of\s+control|the\s+roof))?)",
    re.I,
)
#: where the clause of a move ends and another, set against it, begins
_TURN_AFTER_RE = compile_scan(r"\b" + TURN_WORDS_SRC + r"\b", re.I)


_BASE_FORMS = frozenset(
    {"explode", "soar", "skyrocket", "rocket", "spiral", "spiral out of control"}
)
#: base forms that report a change only right after their plural subject (a headline)
_PLURAL_PRESENT = frozenset(
    {
        "rise",
        "climb",
        "surge",
        "jump",
        "fall",
        "drop",
        "decline",
        "dip",
        "plunge",
        "plummet",
        "tumble",
    }
)
_SUBJECT_GAP_RE = compile_re(
    r"(?:\s+(?:in|across)\s+(?:the\s+)?[A-Z][\w'’&]*(?:\s+(?:and|&)?\s*[A-Z][\w'’]*){0,3})?\s+"
    r"(?:(?:again|sharply|further|slightly)\s+)?",
)
#: between a metric and its bare "up" or "down": nothing, or the word for all of a list
_BARE_CUE_GAP_RE = compile_re(r"\s*(?:(?:both|all(?:\s+(?:two|three|four|five))?|each)\s+)?", re.I)
_THIRD_PERSON = frozenset(
    {
        "rises",
        "soars",
        "climbs",
        "surges",
        "jumps",
        "increases",
        "rockets",
        "skyrockets",
        "explodes",
        "falls",
        "drops",
        "declines",
        "decreases",
        "plunges",
        "plummets",
        "dips",
        "tumbles",
    }
)
_ARTICLE_BEFORE_RE = compile_re(
    r"\b(?:a|an|the|another|this|that|sharp|big|huge|massive|steep|small|slight)\s+$", re.I
)
#: ("didn't fall", "didn't really fall", "did not actually rise")
_NEGATED_BASE_RE = compile_scan(
    r"(?:n['’]t|\bnot)\s+(?:(?:really|actually|even|exactly|much|quite)\s+)?$", re.I
)
_CONTINUED_TO_RE = compile_scan(r"\b(?:continued?|continues|continuing)\s+to\s+$", re.I)
_WISH_RE = compile_re(
    r"\b(?:hope|hoping|wish|want|wants|need|needs|expect|let['’]s|if|unless|until|when|once|"
    r"make|help|watch\s+as)\b",
    re.I,
)
_LET_RE = compile_scan(
    r"\b(?:let|lets|letting|watched|watch|watching|seen|see|saw|seeing)\b(?![^.!?]{0,60}?\b(?:will|would|could)\b)",
    re.I,
)


#: "more murders last year than in 2010", "fewer stabbings than ten years ago": a metric
#: compared with itself at an earlier time is a trend against that time
_THAN_THEN_RE = compile_scan(
    # ("Knife crime in London is worse than it was in 2015", "Gun discharges are not as bad
    # as they were in 2017")
    # ("Shootings in Manchester were not as bad last year as they were in 2019", "Amsterdam's
    # homicide rate isn't as bad as it was in 2016")
    r"(?:\b(?P<up>more|higher|worse)|(?P<down>\b(?:fewer|less|lower|better)|"
    r"(?P<asbad>(?:\bnot|(?<=\w)n['’]t|\bnowhere\s+near)\s+as\s+(?:bad|high))))\b"
    # (after "as bad as", the time's own subject: not "still not as bad as 2019", a feeling)
    r"(?P<mid>[^.!?]{1,90}?)\b(?:than|(?(asbad)(?P<as>as)|(?!)))\s+"
    r"(?(as)(?:it|they)\s+(?:was|were)\s+|(?:(?:there\s+)?(?:were|was)\s+|(?:it|they)\s+(?:was|were|did)\s+(?:back\s+)?)?)"
    r"(?:back\s+)?(?:in\s+)?"
    r"(?=(?:19|20)\d\d\b(?![,.]?\d)|(?:a|an|one|\w+)\s+(?:years?|decades?)\s+ago\b"
    r"|the\s+(?:year|twelve\s+months|12\s+months)\s+before\b|the\s+previous\s+year\b"
    # "58 homicides, fewer than at the same point last year"
    r"|(?:at|by|in)\s+(?:the\s+same|this)\s+(?:point|time|stage|period)\b"
    # "lower than it was before the pandemic"
    r"|before\s+(?:the\s+)?(?:pandemic|covid|lockdowns?)\b|pre[-\s]?(?:pandemic|covid|lockdown))",
    re.I,
)


_NOT_AS_BAD_RE = compile_re(r"(?:not|nowhere|n['’]t)\b", re.I)
#: "Knife crime in Birmingham last year was still above its 2019 level": above or below a
#: year's level is a move against that year
_ABOVE_THEN_RE = compile_scan(
    r"\b(?:(?P<up>above)|(?P<down>below))(?P<mid>)\s+(?:(?:its|their|the)\s+)?"
    # ("Still below the 2019/20 peak")
    r"(?=(?:19|20)\d\d(?:/\d\d)?(?:['’]s)?\s+(?:levels?|totals?|figures?|numbers?|peak|high|low)\b"
    # ("it's still below where it was in 2011")
    r"|where\s+(?:it|they)\s+(?:was|were)\s+(?:in\s+)?(?:19|20)\d\d(?:/\d\d)?\b"
    r"|pre[-\s]?(?:pandemic|covid|lockdown)\s+(?:levels?|totals?|figures?|numbers?)\b"
    # ("That is still well above 2019, when there were about 14,400.")
    r"|(?:19|20)\d\d(?:/\d\d)?(?=\s*(?:[.;!?]|$|,\s+when\b)))",
    re.I,
)


_BETTER_WORSE_RE = compile_re(
    r"(?:(?:is|are|was|were|has|have|been|getting|got|gets)\s+)*(?:improv|better|worse|worsen|deteriorat)",
    re.I,
)
#: "2022 came in lower than 2021", "Last year was still lower than 2019": a year as subject
_YEAR_SUBJECT_RE = compile_re(
    r"[\W_]*(?:(?:and|but|so)\s+)?(?P<y>(?:19|20)\d\d(?:/\d\d)?|last\s+year|this\s+year|the\s+year\s+after)\s+"
    r"(?:(?:came\s+in|was|is|has\s+been|ended\s+up|finished)\s+)(?:(?:still|even|actually|a\s+bit|slightly|much|far|way)\s+)?",
    re.I,
)
_NO_SUBJECT_RE = compile_re(
    r"[\W_]*(?:(?:and|but|so|still|even|actually)\s+)*"
    # ("Still well below the 2016 level.")
    r"(?:(?:a\s+)?(?:bit|little|tad|touch)\s+|(?:slightly|much|far|way|well|even|still)\s+)*",
    re.I,
)
_SUBJECT_TO_COMPARATIVE_RE = compile_re(
    r"(?:\s+(?:in|across|among|amongst)\s+(?:the\s+|FY\s?)?(?:\S+|(?:19|20)\d\d(?:/\d\d)?))*"
    # ("Knife crime in Birmingham last year was still above its 2019 level")
    r"(?:\s+(?:last|this)\s+year)?\s+"
    # ("... rate isn't as bad as it was in 2016": the verb's "n't" opens the comparative)
    r"(?:is|was|are|were|has\s+been|have\s+been)(?:\s+|$)(?:now\s+|still\s+|actually\s+)?"
    r"(?:far\s+|much\s+|way\s+|well\s+|a\s+lot\s+|a\s+bit\s+|slightly\s+|significantly\s+)?",
    re.I,
)
_ELLIPTIC_SUBJECT_RE = compile_re(
    # ("Lewisham and Lambeth went up too.": places joined, each its own trend)
    r"[\W_]*(?:(?:and|but|while|whereas|so|meanwhile|meantime|even)[,\s]+)?"
    # ("Greater Manchester and the West Midlands both came down.")
    r"(?:(?:the\s+)?PLACE(?:\s*,\s*(?:the\s+)?PLACE)*(?:\s*,?\s*(?:and|&)\s+(?:the\s+)?PLACE)?\s*(?:['’]s)?\s*"
    # ("Haringey next door went up as well.")
    r"(?:(?:next\s+door|nearby)\s+)?"
    r"(?:(?:numbers?|figures?|rates?|totals?|counts?)\s+)?(?:(?:are|is|were|was|keep|kept|have\s+been|"
    # ("Croydon, Westminster and Newham were all up.")
    r"has\s+been)\s+)?(?:(?:also|still|again|even|apparently|reportedly|actually)\s+)?"
    r"(?:(?:both|all)\s+)?)?",
    re.I,
)
_ELLIPTIC_AFTER_RE = compile_re(
    # ("Chicago's down even more.")
    # ("Tower Hamlets went up though.")
    # ("London's went up slightly.")
    # ("LA down a bit too.": a degree, then "too")
    # ("Merseyside's rose even faster.")
    r"\s*(?:(?:too|again|as\s+well|also|even\s+more|even\s+further|more|further|though|tho|"
    r"(?:even\s+)?(?:faster|quicker|harder)|"
    r"slightly|a\s+(?:bit|little|touch|lot)|a\s+fair\s+bit|sharply|a\s+tad)\b\s*){0,2}(?:[.!?,;:—–-]|$|(?:this|last|in|on|since|from|"
    r"by|while|and|but|over|for\s+the|the\s+(?:year|previous)|(?:19|20)\d\d|FY\s?\d\d)\b)",
    re.I,
)


_RELEASED_RE = compile_scan(
    r"\b(?:podcast|episode|ep|album|trailer|series|season|documentary|doc|show|book|single|video|"
    r"drama|film|movie|novel)s?\s+(?:(?:just|finally|has|have|had|was)\s+)*$",
    re.I,
)
#: a count a trend moved by ("went up by 1,000 offences"): an absolute difference, no claim
_COUNT_DIFFERENCE_RE = compile_re(
    r"\s+(?:by\s+)?(?:(?:about|around|roughly|approx\.?|approximately|nearly|almost|over|some|more\s+than|just\s+over|"
    r"just\s+under)\s+)?(?!(?:19|20)\d\d\b)\d[\d,]*(?:\.\d+)?\s*k?\s+"
    r"(?!per\b|percent\b|pc\b|points?\b|%|(?:years?|yrs?|months?|weeks?|days?|times|quarters?)\b)[a-z]",
    re.I,
)
#: a move in points with no share stated ("dropped about 10 points", "fell 5 percentage points")
_POINTS_MOVE_RE = compile_re(
    r"\s+(?:by\s+)?(?:(?:about|around|roughly|approx\.?|approximately|nearly|almost|over|some|more\s+than|just\s+over|"
    r"just\s+under)\s+)?\d+(?:\.\d+)?\s*(?:percentage\s+)?(?:points?|pts?|pp)\b"
    r"(?![^.!?]{0,40}\d\s*%)",
    re.I,
)
#: "3 yrs running", "two years in a row", "3yrs running": how many years a move has run
_RUN_SRC = (
    r"(?:\d\s*|(?:two|three|four|five|six)\s+)(?:yrs?|years?)\s+(?:running|in\s+a\s+row|straight)"
)
_PERSON_BEFORE_RE = compile_scan(r"\b(?:i|we|you|he|she)\s*$", re.I)
_BARE_DIRECTION_RE = compile_re(
    # ("knife crime ↑", "shootings ↓": the arrows of a loud list)
    # ("Stabbings in Lambeth and Southwark both up last year": each place its own trend)
    # (capitals case-sensitive: not "Homicides in London down, shootings down")
    # ("Hate crime reports in Leeds up last year": the series' own noun first)
    r"(?:\s+(?:reports|offences|offenses|incidents|figures|numbers|stats|statistics|rates?))?"
    r"(?:\s+(?:in|across)\s+(?:the\s+)?(?-i:[A-Z])[\w'’&-]*(?:\s+(?-i:[A-Z])[\w'’&-]*|,?\s+(?:and|&)\s+(?-i:[A-Z])[\w'’&-]*|,\s+(?-i:[A-Z])[\w'’&-]*){0,3})?"
    r"(?:\s+(?:are|were|is|was|has\s+been|have\s+been))?(?:\s+not)?"
    # ("Denver shootings way down this year")
    # ("Shoplifting in Leeds, Sheffield and Bradford: all three up on 2019")
    r"(?:\s*[:–—](?=\s*(?:both|all|each)\b))?"
    r"(?:\s+(?P<both>both|all(?:\s+(?:three|four|five|of\s+them))?|each))?(?:\s+(?:way|well|massively|sharply|right|slightly|actually))?"
    # ("- knife crime: ↑", "gun crime – up": a list's label and its direction)
    r"(?:\s*[:–—](?=\s*(?:↑|↓|⬆|⬇|up\b|down\b)))?"
    r"\s*(?P<d>(?<=\s)up|(?<=\s)down|↑|↓|⬆️?|⬇️?)(?:\b|(?<=[↑↓⬆⬇\ufe0f]))"
    r"(?=\s*(?:[.,;:!?)]|$|a\s+(?:bit|touch|little|lot|fair\s+bit)\b|slightly|sharply|massively|"
    # ("Phone thefts up even more.")
    r"(?:even\s+)?(?:more|further)\b|"
    # ("Possession of a blade offences up though.")
    r"again|too\b|as\s+well|though\b|tho\b|last\b|this\b|in\s+(?:19|20)\d\d|year|since\b|on\s+(?:19|20)\d\d|"
    # ("Knife crime up over the same period.")
    r"(?:over|in|during)\s+the\s+same\b|"
    # ("gun crime down 3 yrs in a row", "down every year since 2014")
    r"every\s+(?:year|yr)\b|each\s+(?:year|yr)\b|" + _RUN_SRC + r"|"
    r"between\s+(?:19|20)?\d\d|"
    r"on\s+last|and\b|but\b|while\b|[\U0001F300-\U0001FAFF]))",
    re.I,
)


@cache
def _trend_pattern(up: str, down: str) -> SubsetPattern:
    # a cue may open with an apostrophe ("they're up"), which follows a letter
    return SubsetPattern(
        r"(?:(?<![\w-])|(?=['’]))(?:(?P<up>{up})|(?P<down>{down}))(?![\w-])",
        re.I,
        up=up,
        down=down,
    )


#: what ends a header line after its noun ("increases, selected US cities:\n")
_HEADER_NOUN_ENDS_RE = compile_re(r"[ \t]*(?:,[^\n.!?:]{0,60})?:[ \t]*\n")
_IN_PLACE_AFTER_RE = compile_re(r"\s+(?:again\s+)?(?:in|across)\s+(?:the\s+)?", re.I)
_PLACE_GONE_TO_RE = compile_re(
    r"\s+(?:a|the)\s+(?:rabbit[-\s]hole|road|street|stairs|hill|pub|shops?|drain|pan)\b", re.I
)


#: a clause of its own whose subject is "it": ", and it's still", "but it is"
_IT_CLAUSE_RE = compile_scan(
    r"(?:,|\b(?:and|but))\s+(?:(?:and|but)\s+)?it(?:['’]s|\s+is|\s+was|\s+has\s+been|\s+keeps|\s+kept)?"
    r"\s+(?:(?:still|now|just|only|even)\s+)*$",
    re.I,
)
_PRONOUN_END_RE = compile_scan(r"\b(?:it|they|that)\s*$", re.I)


_FIGURES_AFTER_RE = compile_re(
    # ("went up from 2019 to 2023" names years: a trend between them)
    r"\s+(?:from|to|below|above|past)\s+(?:~|about|around|roughly|approx\.?|approximately|nearly|almost|over|just\s+under)?\s*"
    r"(?!(?:19|20)\d\d(?:/\d\d)?\s+(?:to|and|until)\s+(?:19|20)\d\d)[\d,]*\d",
    re.I,
)

_WORDS_FROM_RE = compile_re(
    r"\s+(?:from|to)\s+(?:about\s+|around\s+|roughly\s+|nearly\s+|almost\s+)?", re.I
)
_MONEY_AFTER_RE = compile_re(r"\s+(?:by\s+)?[£$€]\s*\d")

_SCIENCE_AFTER_RE = compile_re(r"\s+(?:science|scientists?)\b", re.I)

_NOTHING_AFTER_RE = compile_re(r"\s*(?:[,.;:!?)]|$)")

_UP_AFTER_RE = compile_re(r"\s+up\b", re.I)
_READ_UP_RE = compile_scan(
    r"\b(?:read|reading|reads|looked|looking|look|brushing|brush|swotting|swot|genned|gen|"
    # ("the Met gave up on shoplifting years ago": a surrender, not a rise)
    r"mug|mugging|catching|catch|caught|gave|give|given|gives|giving)\s+(?:(?:it|this|that|them)\s+)?$",
    re.I,
)

_CRACK_BEFORE_RE = compile_scan(r"\bcrack(?:s|ed|ing)?\s+$", re.I)

_BE_CUE_RE = compile_re(r"(?:is|was|are|were|['’]re|['’]m|am)\b")

_NOT_BEFORE_RE = compile_re(r"(?:\bnot|n['’]t)\s+$", re.I)

_TO_AFTER_RE = compile_re(r"\s+to\s+\w", re.I)

_HEARSAY_RE = compile_re(
    # ("Everybody acts like it's gone up nonstop")
    r"\b(?:says?|said|claims?|thinks?|reckons?|tells?|acts?\s+like|acting\s+like|"
    r"pretends?|pretending)\b",
    re.I,
)


#: what the people addressed say, not the poster: "For everyone in this sub saying Chicago is
#: getting worse: ..." ("People keep saying knife crime is falling. It isn't." is a claim the
#: post denies)
_OTHERS_SAYING_RE = compile_re(
    r"(?:\b(?:for|to)\s+(?:all\s+)?(?:the\s+)?(?:people|everyone|everybody|those|anyone|folks|y['’]?all)"
    r"\s+(?:[\w'’]+\s+){0,4}?(?:saying|claiming|insisting|who\s+(?:say|think|claim|insist))\b"
    # ("Anyone saying it's getting worse isn't looking at the numbers.")
    r"|\b(?:anyone|anybody)\s+(?:(?:still|who['’]s)\s+)?(?:saying|claiming|insisting|who\s+(?:says|thinks|claims|insists))\b)"
    r"[^.!?:;\n]{0,50}$",
    re.I,
)


#: between a denied trend and the direction said instead: ", it's", "; they are", ", it is"
_IT_AGAIN_RE = compile_re(
    r"\s*[,;:–—-]+\s*(?:but\s+)?(?:it|they)(?:['’]s|['’]re|\s+is|\s+are|\s+has\s+been|\s+have\s+been)?\s+"
    r"(?:actually\s+|really\s+|in\s+fact\s+)?",
    re.I,
)


_ASLEEP_AFTER_RE = compile_re(
    r"\s+(?:asleep|apart|ill|sick|pregnant|in\s+love|over(?=\s*(?:[.,!?;]|$)))\b", re.I
)


#: a conjunction, then a subject of its own ("and the police cordon", "but my car")
_CONJ_SUBJECT_RE = compile_scan(
    r"\s(?:and|but|while)\s+(?=(?:the|a|an|his|her|their|our|my|your|this|that)\s)", re.I
)


def trends(ctx: Ctx, sent: tuple[int, int], clauses: list[tuple[int, int]]) -> None:
    text = ctx.text
    # One trend per metric and sentence ("is soaring, it's out of control" is one claim),
    # and none beside a change of the same metric in the same clause ("rose 15%").
    seen: dict[str | None, set[str | None]] = {}
    for c in ctx.claims:
        if c.kind == "trend" and sent[0] <= c.start < sent[1]:
            seen.setdefault(c.metric, set()).add(c.geography)
    changes = [c for c in ctx.claims if c.kind == "change" and sent[0] <= c.start < sent[1]]
    pattern = _trend_pattern(ctx.lex.cue_src["trend_up"], ctx.lex.cue_src["trend_down"])
    for m in pattern.finditer(text, ctx.low, sent[0], sent[1]):
        if used(ctx, m.start(), m.end()):
            continue
        # "fell from 196 in 2022/23 to 145 in 2023/24", "97 in 2025, down from 110 in 2024":
        # the numbers carry the claim
        words_after = _WORDS_FROM_RE.match(text, m.end(), sent[1])
        if (
            _FIGURES_AFTER_RE.match(text[m.end() : sent[1]])
            # ("fell from thirty in 2021 to fourteen in 2022": counts in words)
            or (
                words_after is not None
                and any(q.word and q.start == words_after.end() for q in ctx.quantities)
            )
        ) or (
            m.group(0).lower().endswith("from")
            and (
                _FROM_COUNT_RE.match(text, m.end(), sent[1])
                # "down from twenty-one in 2023": a count in words
                or any(q.word and 0 < q.start - m.end() <= 2 for q in ctx.quantities)
            )
        ):
            continue
        cue = m.group(0).lower()
        if _MONEY_AFTER_RE.match(text[m.end() : m.end() + 8]):
            continue  # "My car insurance just went up £340": a price, not a crime figure
        if _SCIENCE_AFTER_RE.match(text[m.end() : m.end() + 12]):
            continue  # "it's not rocket science"
        if m.group(0)[-1:] == "s" and _HEADER_NOUN_ENDS_RE.match(text, m.end()):
            continue  # "2020 homicide increases, selected US cities:\n": a list's header noun
        if cue in ("dropped", "drops", "dropping") and _RELEASED_RE.search(
            text, max(sent[0], m.start() - 30), m.start()
        ):
            continue  # "new true crime podcast dropped about the stockwell murders": released
        if _POINTS_MOVE_RE.match(text, m.end(), sent[1]):
            continue  # "Met confidence dropped about 10 points": no share, no claim (spec)
        if _COUNT_DIFFERENCE_RE.match(text, m.end(), sent[1]):
            continue  # "Islington shoplifting went up by 1,000 offences": an absolute difference
        if cue.endswith(" in") and _NOTHING_AFTER_RE.match(text, m.end()):
            continue  # "Free, drop in, bring your questions": a visit, not "a drop in" crime
        if cue.startswith("gr") and _UP_AFTER_RE.match(text[m.end() : m.end() + 4]):
            continue  # "the city I grew up in": a childhood, not a rise
        if cue.startswith("f") and _ASLEEP_AFTER_RE.match(text, m.end()):
            continue  # "made it to episode 3 before falling asleep": a person, not a fall
        if cue.startswith("down") and _CRACK_BEFORE_RE.search(
            text, max(0, m.start() - 12), m.start()
        ):
            continue  # "they'll crack down on knife crime": a promise of policing, no fall
        if cue.startswith("up") and _READ_UP_RE.search(
            text, max(sent[0], m.start() - 16), m.start()
        ):
            continue  # "Reading up on the Whitechapel murders": study, not a rise (nor "gave up on")
        if cue.endswith(("down", "up")) and _PLACE_GONE_TO_RE.match(text, m.end()):
            continue  # "Went down a rabbit hole with the Eurostat tables": a way, not a trend
        if _PERSON_BEFORE_RE.search(
            text, max(sent[0], m.start() - 8), m.start()
        ) and _BE_CUE_RE.match(cue):
            continue  # "I was up all night reading about knife crime": a person, not a figure
        if (
            cue.endswith(" in")
            and any(m.end() - 2 <= t.start <= m.end() + 1 for t in ctx.times)
            and not _ARTICLE_BEFORE_RE.search(text, max(sent[0], m.start() - 12), m.start())
        ):
            # "London murders rise in 2024", "could rise in 2026": the verb, read as one;
            # the noun is "a rise in knife crime", "saw a rise in 2024"
            cue = cue[:-3].rstrip()
        if (
            cue in _BASE_FORMS
            and not _LET_RE.search(text, max(sent[0], m.start() - 60), m.start())
            # "knife crime didn't explode": the denied past
            and not _NEGATED_BASE_RE.search(text, max(sent[0], m.start() - 18), m.start())
        ):
            continue  # "explode" reports a rise only as "let/watched knife crime explode"
        clause = clause_of(clauses, m.start(), sent)
        metric = metric_for(ctx, m.start(), clause, sent, allow_incident=False)
        if metric is None or metric.numeric_only:
            continue
        if (
            cue in ("up", "down")
            and not _NOT_BEFORE_RE.search(text[max(sent[0], m.start() - 5) : m.start()])
            # ("Shootings and stabbings both up in Birmingham": "both" between)
            and not (
                metric.end <= m.start() and _BARE_CUE_GAP_RE.fullmatch(text, metric.end, m.start())
            )
            # ("Leeds knife crime up 15% in 2022, Bradford up even more": a place's clause)
            and not (metric.start < clause[0] and _elliptic(ctx, clause[0], m, sent))
        ):
            continue  # "Knife crime up in London": a bare "up" right after its metric, a headline
        if cue in _THIRD_PERSON and not (metric.end <= m.start() and within(metric.start, clause)):
            continue  # "judge drops hate crime charges": the verb's subject must be the metric
        # "Murders in Chicago drop sharply" (a headline); not "could fall", "I hope murders
        # fall"; "didn't fall" is the negated past, read as before
        if (
            cue in _PLURAL_PRESENT
            and not _NEGATED_BASE_RE.search(text, max(sent[0], m.start() - 18), m.start())
            # ("Burglary continued to fall": the move went on)
            and not _CONTINUED_TO_RE.search(text, max(sent[0], m.start() - 16), m.start())
            and not (
                metric.end <= m.start()
                and _SUBJECT_GAP_RE.fullmatch(text, metric.end, m.start())
                and not _WISH_RE.search(text, clause[0], metric.start)
            )
        ):
            continue
        if metric.metric in seen:
            # "Paris murders are climbing while London's are falling": a second trend of the
            # metric only for another place named in its own clause
            # "Knife crime is falling in Scotland but rising in England" ("... in New York
            # and rising in London", one clause): its place after, first
            after = [
                p
                for p in ctx.places
                if within(p.start, clause)
                and _IN_PLACE_AFTER_RE.fullmatch(ctx.text, m.end(), p.start)
            ]
            own = [p.place for p in after] or [
                p.place for p in ctx.places if within(p.start, clause) and p.end <= m.start()
            ]
            if after and any(
                within(p.start, clause) and p.end <= m.start() and p.place != after[0].place
                for p in ctx.places
            ):
                # (the clause of its own starts at the cue, and takes in the place after)
                clause = (m.start(), max(clause[1], after[0].end))
            direction = "up" if m.group("up") else "down"
            if (
                (not own or own[-1] in seen[metric.metric])
                and not (
                    # "Robbery was up last year and it's up again this year": a time of its own
                    any(
                        within(r.start, clause)
                        and (
                            0 <= r.start - m.end() <= 12
                            # ("Murders in New York fell in 2024 and so far this year they're
                            # down again": a later clause's own time, before its move)
                            or (clause[0] > sent[0] and r.end <= m.start())
                        )
                        for r in ctx.times
                    )
                    and not any(
                        c.kind == "trend" and c.metric == metric.metric and within(c.start, clause)
                        for c in ctx.claims
                    )
                )
                # ("Violent crime in London isn't rising, it's falling": the denied direction,
                # then the one said)
                and not any(
                    c.kind == "trend"
                    and c.metric == metric.metric
                    and c.negated
                    and c.direction not in (None, direction)
                    and sent[0] <= c.start
                    and c.end <= m.start()
                    and _IT_AGAIN_RE.fullmatch(ctx.text, c.end, m.start())
                    for c in ctx.claims
                )
            ):
                continue
        and_place = _and_place_subject(ctx, clause, m.start(), changes)
        if and_place is not None:
            # "Philly homicides down ~18% in 2025 and Chicago's down even more": another
            # place's move, a clause of its own
            clause = (and_place, clause[1])
        if (
            any(
                c.metric == metric.metric and within(c.start, clause) and c.end > m.start()
                for c in changes
            )
            or (
                any(c.metric == metric.metric and within(c.start, clause) for c in changes)
                # "down 13% last year and down again so far this year": a time of its own
                and not any(0 <= r.start - m.end() <= 25 for r in ctx.times)
            )
        ) and not _denied_against(ctx, m, clause, metric, changes):
            continue
        if "saying" in text[max(sent[0], m.start() - 70) : m.start()] and _OTHERS_SAYING_RE.search(
            text, max(sent[0], m.start() - 70), m.start()
        ):
            continue  # "For everyone in this sub saying Chicago is getting worse: ...": theirs
        if (
            metric.family == "homicide"
            and not any(within(p.start, sent) for p in ctx.places)
            and on_screen(ctx, sent)
        ):
            continue  # "Rewatching The Wire. ... the body count ... gets worse": a show's
        if _TO_AFTER_RE.match(text[m.end() : sent[1]]) and m.group("down"):
            continue  # "declined to comment"; "Murders Fall To Lowest Level Since 2014" is the record
        elliptic = metric.start < clause[0] and _elliptic(ctx, clause[0], m, sent)
        if metric.start < sent[0] and not refers_back(ctx, clause[0], m.start()) and not elliptic:
            continue
        if metric.start >= sent[0] and not (clause[0] <= metric.start < clause[1]):
            # the metric is in another clause: only trust it when this clause names none
            if any(within(mm.start, clause) for mm in ctx.metrics):
                continue
            if own_subject(ctx, clause[0], m.start()):
                continue
        if (
            clause[0] <= metric.start
            and metric.end <= m.start()
            and (conj := last_match(_CONJ_SUBJECT_RE, text, metric.end, m.start())) is not None
            and own_subject(ctx, conj.end(), m.start())
        ):
            continue  # "Four people were stabbed ... and the police cordon is still up": its own
        # ("..., but in Camden they fell slightly": another place's clause carries the metric)
        if metric.end <= m.start() and not elliptic and and_place is None:
            # (a metric in a sentence before is carried by the clause's "it": its distance
            # is the clause's)
            gap = text[max(metric.end, clause[0] if metric.start < sent[0] else 0) : m.start()]
            # "Gun crime has not gone up, whatever that leaflet says. It fell last year.": the
            # hearsay guard is for this sentence; "it" carries the metric across
            if (
                (
                    len(gap) > 60
                    # ("Violence with injury ... was about 520,000 offences in the year to March
                    # 2024, and it's still falling": the clause's own "it" takes the figure's metric)
                    and not (
                        sent[0] <= metric.start
                        and _IT_CLAUSE_RE.search(text, max(sent[0], m.start() - 24), m.start())
                    )
                )
                or _HEARSAY_RE.search(text[max(metric.end, sent[0]) : m.start()])
            ):
                continue
        direction = "up" if m.group("up") else "down"
        # ("London knife crime is rising, sure, but it's not 'soaring'": the intensity of the
        # words before a turn only)
        turn = _TURN_AFTER_RE.search(text, m.end(), sent[1])
        intense = (
            bool(ctx.lex.cues["intense"].fullmatch(m.group(0)))
            or bool(
                ctx.lex.cues["intense"].search(text[m.end() : turn.start() if turn else sent[1]])
            )
            and direction == "up"
        )
        neg = is_negated(ctx, max(clause[0], m.start() - 20), m.end())
        # "Stop and search down 40% on five years ago and knife crime went up last year": the
        # times inside a claim before this one, in the same clause, are that claim's
        prior_end = max(
            (
                c.end
                for c in ctx.claims
                if clause[0] <= c.start
                and (
                    c.end <= min(metric.start, m.start())
                    # ("Chicago homicides down 13% last year and down again so far this year":
                    # a change of the same metric, its time its own)
                    or (c.end <= m.start() and c.kind == "change" and c.metric == metric.metric)
                )
            ),
            default=None,
        )
        period_clause = clause if prior_end is None else (prior_end, clause[1])
        periods = change_periods(ctx, period_clause, sent, want_baseline=True)
        if elliptic and not times_in(ctx, clause):
            # "US homicides are up 20% this year vs last. Chicago's up too.": the same span
            periods = earlier_periods(ctx, metric, sent, want_baseline=True) or periods
        elif (
            not times_in(ctx, clause)
            and (
                metric.start < sent[0]
                # ("Confidence in the Met is still falling": the latest move, not the span)
                or not re.search(
                    r"\b(?:still|again|keeps?|continues?)\b", text[clause[0] : m.end()], re.I
                )
            )
        ):
            # "FY24 ...: about 3,600. 2019/20 was around 4,700. So yes it's come down": a
            # trend right after two levels of its metric runs between their periods ("283 in
            # 2019/20, 196 in 2021/22. So shootings went up.": named again or not)
            periods = from_levels(ctx, metric, m.start(), m.end()) or _move_taken_up(
                ctx, metric, sent, clause, m.start(), periods
            )
        start = metric.start if metric.start >= clause[0] else m.start()
        if start == m.start() and (pron := _PRONOUN_END_RE.search(text, clause[0], start)):
            start = pron.start()  # "and it's up again this year": the pronoun is the subject
        _add_trend(
            ctx,
            seen,
            start=start,
            # ("and rose in Edinburgh": the place right after the verb is in its words)
            end=extend_time(ctx, _place_right_after(ctx, m.end(), clause), clause),
            metric=metric,
            pos=m.start(),
            clause=clause,
            sent=sent,
            periods=periods,
            negated=neg,
            direction=direction,
            intense=intense,
        )
        if turn is not None and not neg and not intense:
            denied = _NOT_INTENSE_RE.match(text, turn.start(), sent[1])
            if denied is not None and ctx.lex.cues["intense"].fullmatch(denied.group("w")):
                # ("London knife crime is rising, sure, but it's not 'soaring'": the same move
                # granted, its intensity denied)
                _add_trend(
                    ctx,
                    seen,
                    start=denied.start("it"),
                    end=denied.end("w"),
                    metric=metric,
                    pos=denied.start("w"),
                    clause=(turn.start(), sent[1]),
                    sent=sent,
                    periods=periods,
                    negated=True,
                    direction=direction,
                    intense=True,
                )
    _than_then(ctx, sent, clauses, seen, changes)
    _so_did_metric(ctx, sent)
    _bare_direction(ctx, sent, clauses, seen, changes)
    _place_only_direction(ctx, sent)


_LATER_MOVE_RE = compile_scan(r"\b(?:since|back|again|still|now|then|after|afterwards)\b", re.I)
#: a clause opened by a pronoun for what was said before: "They skyrocketed", "It did"
_PRONOUN_OPENS_RE = compile_re(r"[\W_]*(?:(?:and|but|so|yes|yeah|yep)[,\s]+)?(?:it|they)\b", re.I)


def _move_taken_up(
    ctx: Ctx,
    metric: MetricMention,
    sent: tuple[int, int],
    clause: tuple[int, int],
    pos: int,
    periods: Periods,
) -> Periods:
    """ "Homicides in England and Wales rose in 2015/16. They skyrocketed: ...": a move whose
    pronoun takes up the move said just before, with no time of its own, is over that
    move's years."""
    if (
        metric.start >= sent[0]
        or not _PRONOUN_OPENS_RE.match(ctx.text, clause[0], pos)
        # (not "and it's gone back up since": a later move)
        or _LATER_MOVE_RE.search(ctx.text, clause[0], clause[1])
    ):
        return periods
    prev = next((c for c in reversed(ctx.claims) if c.start < sent[0]), None)
    if (
        prev is None
        or prev.kind not in ("trend", "change")
        or prev.metric != metric.metric
        or prev.period is None
        or prev.baseline is None
    ):
        return periods
    return Periods(span_of(prev.period), span_of(prev.baseline), True)


def _denied_against(
    ctx: Ctx,
    m: re.Match[str],
    clause: tuple[int, int],
    metric: MetricMention,
    changes: list,
) -> bool:
    """ "Knife crime is NOT down in London, it's up 10% on 2021": a move denied, then the
    change the other way that puts it right, each a claim."""
    return is_negated(ctx, max(clause[0], m.start() - 20), m.end()) and any(
        c.metric == metric.metric
        and c.start >= m.end()
        and c.value is not None
        and c.value[0] is not None
        and (c.value[0] > 0) == bool(m.group("down"))
        for c in changes
    )


#: "Croydon down.", "Sheffield down a bit.": a sentence of a place and a direction
_PLACE_ONLY_DIRECTION_RE = compile_re(
    # ("Croydon and Lambeth were both up too")
    # ("London as a whole was down.")
    r"[\W_]*(?:(?:and|but|while|whereas|meanwhile)[,\s]+)?PLACE(?:['’]s)?(?:(?:\s*,\s*|\s+and\s+|\s*&\s*)PLACE(?:['’]s)?)*"
    # ("• Lambeth ↑", "London – down", "Paris: ↓.": a list's item)
    r"(?:\s+as\s+a\s+whole|\s+overall|\s+itself)?(?:\s*[:–—-]\s*|\s+)"
    r"(?:(?:is|was|are|were|went|has\s+gone|have\s+gone)\s+)?(?:(?:both|all)\s+)?"
    # ("Southwark is actually down.")
    r"(?:(?:actually|also|still|now|slightly|even)\s+)?"
    # ("NYC fell too but not as much tbh", "San Francisco fell too")
    # ("2022 vs 2021: Hackney knife crime ↓, Tower Hamlets ↑")
    r"(?:(?P<d>up|down|↑|↓|⬆️?|⬇️?)|(?P<v_up>rose|climbed|increased)|(?P<v_down>fell|dropped|declined|decreased)"
    # ("Murders in Houston went up last year while Dallas saw a drop.")
    r"|(?:saw|had|recorded|posted|got)\s+(?:a|an)\s+(?:(?:small|slight|big|bigger|huge|sharp|modest|massive|"
    r"similar|decent|real)\s+)?(?:(?P<n_up>rise|increase|jump|spike)|(?P<n_down>drop|fall|decline|decrease|dip|reduction)))"
    # ("Philly homicides 2025 ↓ ~18%, Chicago's ↓ even more")
    r"(?:\s+(?:a\s+(?:bit|little|touch|tad|lot)|slightly|sharply|massively|too|as\s+well|again|though|tho|"
    r"(?:even\s+)?(?:more|further|faster|quicker)))*"
    r"(?:\s*,?\s+but\s+not\s+(?:as|by\s+as)\s+(?:much|sharply|fast|far)(?:\s+(?:tbh|though|tho))?)?"
    # ("Sheffield down, weirdly.": the poster's aside on it)
    r"(?:\s*,?\s*(?:weirdly|oddly|strangely|funnily(?:\s+enough)?|interestingly|surprisingly|"
    r"actually|though|tho|for\s+once|apparently))?"
    r"[\W_]*",
    re.I,
)


def _place_only_direction(ctx: Ctx, sent: tuple[int, int]) -> None:
    """ "Stabbings in Lambeth and Southwark both up last year. Croydon down.", "..., Sutton
    down.": the metric and span of the move just before, for another place."""
    places = [p for p in ctx.places if sent[0] <= p.start < sent[1]]
    if not places:
        return
    if not ctx.claims or ctx.claims[-1].kind not in ("trend", "change"):
        _listed_direction(ctx, sent, places)
        return
    prev = ctx.claims[-1]
    if prev.start < sent[0]:
        # a sentence of its own
        if sent[1] - sent[0] > 60 or len(places) > 3:
            return
        start = sent[0]
        if _PLACE_ONLY_DIRECTION_RE.fullmatch(mask_places(ctx, start, sent[1])) is None:
            # "Gwent and South Wales both up, Dyfed-Powys down.": each clause its own, where
            # every clause is places and a direction
            parts = _comma_parts(ctx.text, sent)
            if len(parts) > 1 and all(
                _PLACE_ONLY_DIRECTION_RE.fullmatch(mask_places(ctx, *part)) for part in parts
            ):
                for part in parts:
                    _place_only_direction_in(ctx, part, sent, prev, places)
                return
    else:
        # a clause after the move, at the sentence's end (after a comma, or a "while" or
        # "whereas" of its own; "Barnet up on 2019, Croydon and Bromley down.": its places
        # from the first after the comma)
        cut = ctx.text.rfind(",", prev.end, places[-1].start)
        first = next((p for p in places if p.start > max(cut, prev.end - 1)), places[-1])
        joint = ctx.text[cut + 1 if cut >= 0 else prev.end : first.start].strip(" ").lower()
        if (
            joint not in ("", "and", "but", "while")
            if cut >= 0
            else joint not in ("while", "whereas")
        ):
            return
        start = first.start
    _place_only_direction_in(ctx, (start, sent[1]), sent, prev, places)


def _comma_parts(text: str, span: tuple[int, int]) -> list[tuple[int, int]]:
    """``span`` cut at its commas, each part without the comma."""
    parts = []
    start = span[0]
    for cut in (i for i in range(span[0], span[1]) if text[i] == ","):
        parts.append((start, cut))
        start = cut + 1
    parts.append((start, span[1]))
    return parts


def _place_only_direction_in(
    ctx: Ctx,
    span: tuple[int, int],
    sent: tuple[int, int],
    prev: Claim,
    places: list[PlaceMention],
) -> None:
    """The places of ``span`` and their direction, for the metric and times of ``prev``."""
    start = span[0]
    m = _PLACE_ONLY_DIRECTION_RE.fullmatch(mask_places(ctx, *span))
    if m is None or prev.kind not in ("trend", "change") or prev.period is None:
        return
    metric = next((mm for mm in ctx.metrics if mm.metric == prev.metric and mm.stat), None)
    if metric is None:
        return
    up = (
        m.group("v_up") is not None
        or m.group("n_up") is not None
        or (m.group("d") or "").lower() in _UP_MARKS
    )
    listed = [p for p in places if start <= p.start < span[1]]
    for each in listed:
        if each.place == prev.geography or any(
            # (its own level before, "Croydon | 2,700", is no move)
            c.geography == each.place and c.metric == prev.metric and c.kind != "level"
            for c in ctx.claims
        ):
            continue
        add_for_place(
            ctx,
            kind="trend",
            place=each,
            metric=metric,
            sent=sent,
            unit=prev.unit if prev.unit in ("count", "percent") else "count",
            periods=periods_of(prev),
            direction="up" if up else "down",
            intense=False,
            start=listed[0].start,
        )


def _listed_direction(ctx: Ctx, sent: tuple[int, int], places: list[PlaceMention]) -> None:
    """ "Knife crime by borough, yr to Oct 2019:\n• Lambeth ↑\n• Hackney ↓": a list's item of a
    place and a direction, for the metric and time its header names."""
    if len(places) != 1 or sent[1] - sent[0] > 40:
        return
    header = list_header(ctx, sent)
    if header is None:
        return
    metric = next(
        (mm for mm in ctx.metrics if header[0] <= mm.start < header[1] and mm.stat and mm.metric),
        None,
    )
    m = _PLACE_ONLY_DIRECTION_RE.fullmatch(mask_places(ctx, sent[0], sent[1]))
    if metric is None or m is None:
        return
    up = (
        m.group("v_up") is not None
        or m.group("n_up") is not None
        or (m.group("d") or "").lower() in _UP_MARKS
    )
    times = [t for t in ctx.all_times if header[0] <= t.start < header[1] and t.span is not None]
    saved = ctx.times
    if times:
        ctx.times = times
        try:
            periods = change_periods(ctx, header, header, want_baseline=True)
        finally:
            ctx.times = saved
    else:
        latest = timex.calendar_year(timex.latest_complete_year(ctx.ref))
        periods = Periods(latest, timex.shift_years(latest, -1), False)
    add_for_place(
        ctx,
        kind="trend",
        place=places[0],
        metric=metric,
        sent=sent,
        unit="count",
        periods=periods,
        direction="up" if up else "down",
        intense=False,
    )


#: "London homicides rose in 2019 and so did knife crime": the same move, another metric
_SO_DID_METRIC_RE = compile_scan(
    r"(?:,|\band)\s+so\s+(?:did|has|have|had|was|were|is|are)\s+$", re.I
)


def _so_did_metric(ctx: Ctx, sent: tuple[int, int]) -> None:
    for mm in ctx.metrics:
        if not (sent[0] <= mm.start < sent[1]) or mm.metric is None:
            continue
        so = _SO_DID_METRIC_RE.search(ctx.text, max(sent[0], mm.start - 20), mm.start)
        prev = next((c for c in reversed(ctx.claims) if sent[0] <= c.start < mm.start), None)
        if (
            so is None
            or prev is None
            or prev.kind != "trend"
            or prev.metric in (None, mm.metric)
            or prev.negated
            or used(ctx, so.start(), mm.end)
        ):
            continue
        start = (
            so.start()
            + len(so.group(0))
            - len(so.group(0).lstrip(", "))
            + (4 if so.group(0).lstrip(", ").lower().startswith("and ") else 0)
        )
        ctx.claims.append(
            replace(
                prev,
                metric=mm.metric,
                surface=ctx.text[start : mm.end],
                start=start,
                end=mm.end,
                unit="count",
            )
        )


def _place_right_after(ctx: Ctx, at: int, clause: tuple[int, int]) -> int:
    """The end of the place named right after a trend's verb ("rose in Edinburgh"), or
    ``at`` when none is."""
    return next(
        (
            p.end
            for p in ctx.places
            if p.end <= clause[1] and _IN_PLACE_AFTER_RE.fullmatch(ctx.text, at, p.start)
        ),
        at,
    )


def _add_trend(
    ctx: Ctx,
    seen: dict[str | None, set[str | None]],
    *,
    start: int,
    end: int,
    metric: MetricMention,
    pos: int,
    clause: tuple[int, int],
    sent: tuple[int, int],
    periods: Periods,
    negated: bool,
    direction: str,
    intense: bool,
) -> None:
    """A trend claim (no value; a count, or a share for percent metrics), noted in ``seen``."""
    if not clause[0] <= metric.start < clause[1] and OTHER_SERIES_RE.search(
        ctx.text, clause[0], pos
    ):
        return  # ("The number of police officers fell over the same period": no crime's move)
    tax = ctx.lex.taxonomy.metrics.get(metric.metric or "")
    if tax is not None and tax.higher_is_better and _BETTER_WORSE_RE.match(ctx.text, pos):
        # "Trust in the Met has improved": better is up for confidence and solve rates, where
        # for crime "improving" means down
        direction = {"up": "down", "down": "up"}.get(direction, direction)
    claim = add(
        ctx,
        kind="trend",
        start=start,
        end=end,
        metric=metric,
        pos=pos,
        clause=clause,
        sent=sent,
        value=None,
        # (a rate only where the trend's own words name it: not "Toronto's homicide rate is
        # higher than London's. And Toronto's numbers are climbing")
        # ("Amsterdam's homicide rate is lower than it was in 2016": or the subject of its clause)
        unit=move_unit(
            ctx,
            metric.metric,
            mention=metric
            if start <= metric.start < end or clause[0] <= metric.start < start
            else None,
        ),
        periods=periods,
        negated=negated,
        direction=direction,
        intense=intense,
    )
    if claim is not None:
        seen.setdefault(claim.metric, set()).add(claim.geography)


def _bare_direction(
    ctx: Ctx,
    sent: tuple[int, int],
    clauses: list[tuple[int, int]],
    seen: dict[str | None, set[str | None]],
    changes: list,
) -> None:
    """ "Shootings up. Stabbings up.", "knife crime up a bit last year, homicides down": a
    metric followed by "up"/"down" and nothing that sizes it."""
    text = ctx.text
    for mm in ctx.metrics:
        if not (sent[0] <= mm.start < sent[1]) or not mm.stat or mm.numeric_only:
            continue
        m = _BARE_DIRECTION_RE.match(text, mm.end, sent[1])
        if m is None or used(ctx, m.start("d"), m.end("d")):
            continue
        clause = clause_of(clauses, mm.start, sent)
        if clause[1] <= m.start("d"):
            # ("Shoplifting in Leeds, Sheffield and Bradford: all three up on 2019": a label's
            # clause runs on to its move and the move's time)
            clause = (clause[0], clause_of(clauses, m.start("d"), sent)[1])
        if mm.metric in seen:
            # ("Stabbings in Hackney and Haringey both up last year while Islington went
            # down": a trend of the metric already read, but for another place than these)
            own = [p.place for p in ctx.places if clause[0] <= p.start and p.end <= m.start("d")]
            if not own or any(place in seen[mm.metric] for place in own):
                continue
        if any(c.metric == mm.metric and within(c.start, clause) for c in changes):
            continue
        periods = change_periods(ctx, clause, sent, want_baseline=True)
        _add_trend(
            ctx,
            seen,
            start=mm.start,
            end=extend_time(ctx, m.end("d"), clause),
            metric=mm,
            pos=m.start("d"),
            clause=clause,
            sent=sent,
            periods=periods,
            negated=is_negated(ctx, max(clause[0], mm.start - 20), m.end("d")),
            direction="up" if m.group("d").lower() in _UP_MARKS else "down",
            intense=False,
        )
        if m.group("both"):
            listed = [p for p in ctx.places if mm.end <= p.start < m.start("both")]
            first = ctx.claims[-1] if ctx.claims and ctx.claims[-1].metric == mm.metric else None
            for p in listed:
                if first is None or any(
                    c.kind == "trend"
                    and c.metric == mm.metric
                    and c.geography == p.place
                    and sent[0] <= c.end
                    and c.start < sent[1]
                    for c in ctx.claims
                ):
                    continue
                extra = add(
                    ctx,
                    kind="trend",
                    start=first.start,
                    end=first.end,
                    metric=mm,
                    pos=m.start("d"),
                    clause=clause,
                    sent=sent,
                    value=None,
                    unit=first.unit,
                    periods=periods,
                    negated=first.negated,
                    place=p.place,
                    place_how=p.how,
                    direction=first.direction,
                    intense=False,
                )
                if extra is not None:
                    seen.setdefault(extra.metric, set()).add(extra.geography)


_UP_MARKS = frozenset({"up", "↑", "⬆", "⬆️"})


def _elliptic(ctx: Ctx, start: int, m: re.Match[str], sent: tuple[int, int]) -> bool:
    """ "Chicago's up too.", "Toronto's numbers are climbing while London's keep dropping",
    "Down on 2019 but still horrific.": a trend with no subject but a place (or none), of the
    metric the sentence before named."""
    return bool(
        _ELLIPTIC_SUBJECT_RE.fullmatch(mask_places(ctx, start, m.start()))
        and _ELLIPTIC_AFTER_RE.match(ctx.text, m.end(), sent[1])
    )


#: "Chicago has had fewer killings every year since 2021", "London has seen more stabbings
#: since 2019": more or fewer of the metric since a year is a trend against that year
_MORE_SINCE_RE = compile_scan(
    r"\b(?:has|have|had|['’]s|['’]ve)\s+(?:had|seen|recorded|logged|reported|suffered)\s+"
    # (not "more homicides this year than in any year since 2018": a record)
    r"(?:(?P<up>more)|(?P<down>fewer|less))\s+(?P<mid>(?:(?!\bthan\b)[^.!?]){1,60}?)"
    r"(?:\s+(?:every|each)\s+year|\s+year\s+(?:on|after)\s+year)?"
    r"(?=\s+since\s+(?:(?:19|20)\d\d\b|the\s+pandemic\b))",
    re.I,
)


#: ("30 shootings in 2021, fewer than 2020", "..., a bit fewer than 2018")
_COMMA_BEFORE_CMP_RE = compile_re(
    r",\s*(?:(?:a\s+bit|a\s+little|a\s+few|slightly|far|way|much|well|still|even)\s+)*$", re.I
)
_PRONOUN_BEFORE_CMP_RE = compile_scan(
    r"(?:\b(?:it|they|that)(?:['’]s|['’]re|\s+is|\s+are|\s+was|\s+were)"
    # ("... fell 9% in 2023 but were still above their 2019 level": the subject left out)
    r"|\b(?:but|and|yet)\s+(?:is|are|was|were|has\s+been|have\s+been|remains?|remained|stays?|stayed))\s+"
    r"(?:(?:still|now|actually|even|well|far|way|much|a\s+bit|slightly)\s+)*$",
    re.I,
)


def _than_then(
    ctx: Ctx,
    sent: tuple[int, int],
    clauses: list[tuple[int, int]],
    seen: dict[str | None, set[str | None]],
    changes: list,
) -> None:
    text = ctx.text
    low = (ctx.low or text.lower())[sent[0] : sent[1]]
    found = []
    if "than" in low or "as bad " in low or "as high " in low:
        found += [(m, True) for m in _THAN_THEN_RE.finditer(text, sent[0], sent[1])]
    if "above" in low or "below" in low:
        found += [(m, True) for m in _ABOVE_THEN_RE.finditer(text, sent[0], sent[1])]
    if "since" in low:
        found += [(m, False) for m in _MORE_SINCE_RE.finditer(text, sent[0], sent[1])]
    for m, than in found:
        if any(c.kind == "change" and c.start < m.end() and m.start() < c.end for c in ctx.claims):
            continue  # ("Essex is about 20% worse than it was in 2019": the move sized, read)
        metric = next(
            (
                mm
                for mm in ctx.metrics
                if m.start("mid") <= mm.start and mm.end <= m.end("mid") and (than or mm.stat)
            ),
            None,
        )
        if not than and _PERSON_BEFORE_RE.search(text, max(sent[0], m.start() - 8), m.start()):
            continue  # "We've had fewer burglaries since 2020": the poster's own
        if than and metric is None and _COMMA_BEFORE_CMP_RE.search(text, sent[0], m.start()):
            # "30 shootings in 2021, fewer than 2020": the figure before names the metric
            prior = [mm for mm in ctx.metrics if sent[0] <= mm.start and mm.end <= m.start()]
            if prior and any(
                0 <= prior[-1].start - q.end <= 20 and q.kind != "percent" for q in ctx.quantities
            ):
                metric = prior[-1]
        if than and metric is None and _PRONOUN_BEFORE_CMP_RE.search(text, sent[0], m.start()):
            # "Knife crime in London fell in 2022 but it's still higher than it was in 2014"
            metric = metric_for(
                ctx, m.start(), clause_of(clauses, m.start(), sent), sent, allow_incident=False
            )
        if than and metric is None:
            # "Public confidence in the Met is lower than it was in 2017": the subject
            prior = [mm for mm in ctx.metrics if sent[0] <= mm.start and mm.end <= m.start()]
            if prior and _SUBJECT_TO_COMPARATIVE_RE.fullmatch(
                mask_places(ctx, prior[-1].end, m.start())
            ):
                metric = prior[-1]
        year_subject = None
        bare = None
        if than and metric is None:
            year_subject = _YEAR_SUBJECT_RE.fullmatch(text, sent[0], m.start())
            # "London had around 120 homicides last year. Bit higher than 2014.": no subject
            bare = _NO_SUBJECT_RE.fullmatch(text, sent[0], m.start())
        if year_subject is not None or bare is not None:
            # "London knife crime in 2019 was 15,546 offences. Last year was still lower than
            # 2019.": a year for subject, of the metric the post is about
            metric = next(
                (mm for mm in reversed(ctx.metrics) if mm.end <= sent[0] and mm.stat), None
            )
        if metric is None or metric.numeric_only:
            continue
        clause = clause_of(clauses, m.start(), sent)
        if metric.metric in seen and not (
            # "... fell in 2022 but it's still higher than it was in 2014": another clause's
            # move against another time
            than
            and not any(
                c.kind == "trend" and c.metric == metric.metric and within(c.start, clause)
                for c in ctx.claims
            )
        ):
            continue
        if any(0 <= m.start() - q.end <= 2 for q in ctx.quantities):
            continue  # "12 more murders than in 2024": an absolute difference, not a trend
        if any(c.metric == metric.metric and within(c.start, clause) for c in changes):
            continue
        _add_trend(
            ctx,
            seen,
            start=(year_subject.start("y") if year_subject else bare.end() if bare else m.start())
            if than
            else metric.start,
            # ("lower than back in 2017/18": the time the words stop inside)
            end=max(
                [extend_time(ctx, m.end(), (clause[0], sent[1]))]
                + [r.end for r in ctx.times if r.start < m.end() < r.end]
            ),
            metric=metric,
            pos=m.start(),
            clause=clause,
            sent=sent,
            # "lower than it was in 2017": the year after "than" is the baseline; "fewer
            # killings since 2021": the "since"
            periods=then_periods(ctx, m.end(), (clause[0], sent[1]), sent)
            if than
            else change_periods(ctx, clause, sent, want_baseline=True),
            # (not the "not" of "not as bad as they were in 2017", which is the move's own)
            negated=is_negated(
                ctx,
                max(clause[0], m.start() - 20),
                m.start() if _NOT_AS_BAD_RE.match(m.group("down") or "") else m.end(),
            ),
            direction="up" if m.group("up") else "down",
            intense=False,
        )


#: after a figure: ", an increase on 2018", ", the same as the year before", ", 36 fewer than
#: 2021", ", up on last year": the figure's move against the time named, with no size
#: a small degree of a move, said before or after its direction ("only slightly", "a bit")
_SLIGHTLY_SRC = r"(?:only\s+|just\s+)?(?:slightly|marginally|a\s+(?:bit|little|touch|tad))"
_AFTER_LEVEL_RE = compile_scan(
    r"\s*[,;–—-]\s*(?:(?:which\s+is|that['’]?s|that\s+is)\s+)?(?:"
    r"(?:an?\s+)?(?:(?:small|slight|big|huge|sharp|modest|tiny|marginal|large)\s+)?"
    r"(?P<noun>increase|rise|jump|fall|drop|decrease|decline|reduction)"
    r"\s+(?:on|from|since|compared\s+(?:to|with))"
    r"|(?P<same>(?:the\s+)?same\s+as|unchanged\s+(?:on|from)|level\s+with|flat\s+on)"
    r"|(?:\d[\d,]*|one|two|three|four|five|six|seven|eight|nine|ten|a\s+few|several)\s+"
    r"(?P<abs>more|fewer|less)\s+than"
    # ("133 homicides, up only slightly on 2020")
    # ("roughly 110 homicides, slightly up on 2023")
    rf"|(?:{_SLIGHTLY_SRC}\s+)?(?P<updown>up|down)(?:\s+{_SLIGHTLY_SRC})?\s+(?:on|from)"
    # "14,577 offences in 2023, lower than in 2022"
    r"|(?P<cmp>lower|higher|fewer|more|less)(?=\s+than\b)"
    # "17,500 offences, well below the 2019/20 level"
    r"|(?:(?:still|well|way|far|much|slightly|just|a\s+bit|a\s+lot)\s+)*(?P<cmp2>below|above)"
    r"(?:\s+(?:the|its|their))?"
    r")\s+(?=\S)",
    re.I,
)
_LEVEL_WORD_RE = compile_re(r"\s+(?:levels?|figures?|totals?|mark)\b", re.I)
_UP_NOUNS = frozenset({"increase", "rise", "jump"})
#: between the figure and its move: its place or time ("nine homicides in Bexley in 2020")
_LEVEL_TAIL_RE = compile_re(
    # ("54,587 offences last year, according to the ONS, which is up on 2023": the source)
    r"[^,;.!?–—]{0,40}(?:\s*,\s*(?:according\s+to|per|says|said|from)\s+(?:the\s+)?[\w.&' -]{2,30}?)?",
    re.I,
)


#: what follows a metric that is all of its sentence: "Knife crime too.", "Knife crime isn't."
_TOO_OR_NOT_RE = compile_re(
    r"(?:\s+(?:in|across)\s+(?:the\s+)?[A-Z][\w'’&-]*(?:\s+(?:and\s+)?[A-Z][\w'’&-]*){0,2})?\s+"
    r"(?:(?P<too>too|as\s+well|also|likewise)|(?P<neg>isn['’]?t|is\s+not|wasn['’]?t|hasn['’]?t|"
    r"didn['’]?t|aren['’]?t|weren['’]?t|haven['’]?t|not\s+so\s+much))[\W_]*",
    re.I,
)


def _other_metric_too(ctx: Ctx, sent: tuple[int, int]) -> None:
    """ "Homicides in England and Wales dipped in the year to September 2025. Knife crime
    too.": another metric, the same move, place and period ("Knife crime isn't.": denied)."""
    if not ctx.claims or ctx.claims[-1].start >= sent[0]:
        return  # (cheap first: a claim before, none in this sentence yet)
    metric = next((mm for mm in ctx.metrics if sent[0] <= mm.start < sent[1]), None)
    if (
        metric is None
        or not metric.stat
        or ctx.text[sent[0] : metric.start].strip(" \t\n\"'‘“-•*")
        or used(ctx, metric.start, metric.end)
    ):
        return
    m = _TOO_OR_NOT_RE.fullmatch(ctx.text, metric.end, sent[1])
    prev = next((c for c in reversed(ctx.claims) if c.start < sent[0]), None)
    if (
        m is None
        or prev is None
        or prev.kind not in ("change", "trend", "extremum")
        or prev.period is None
        or prev.metric == metric.metric
        or prev.negated
    ):
        return
    if prev.kind == "extremum":
        # ("Teenage homicides in London hit a ten-year high in 2018. Knife homicides too.")
        if m.group("neg") is None:
            end = m.end() - len(m.group(0)) + len(m.group(0).rstrip(" \t\n.!?,;:"))
            ctx.claims.append(
                replace(
                    prev,
                    surface=ctx.text[metric.start : end],
                    start=metric.start,
                    end=end,
                    **series_fields(metric),
                )
            )
        return
    direction = way_of(prev)
    if direction not in ("up", "down"):
        return
    own = next((p for p in ctx.places if m.start() <= p.start < m.end()), None)
    add(
        ctx,
        kind="trend",
        start=metric.start,
        end=m.end() - len(m.group(0)) + len(m.group(0).rstrip(" \t\n.!?,;:")),
        metric=metric,
        pos=metric.start,
        clause=(metric.start, sent[1]),
        sent=sent,
        value=None,
        unit=move_unit(ctx, metric.metric),
        periods=periods_of(prev),
        negated=m.group("neg") is not None,
        place=own.place if own is not None else prev.geography,
        place_how=own.how if own is not None else "context",
        direction=direction,
        intense=False,
    )


#: after a move: "... up in both.", "... dropped even more in all three": the places the
#: claims before named, each moved
_IN_EACH_PLACE_RE = compile_re(
    r"(?:\s+(?:even\s+)?(?:more|less|further|faster|sharply|slightly|too|as\s+well|again))*"
    # ("Down on the year before in both", "went up in both over the year")
    r"(?:\s+(?:on\s+)?the\s+(?:year|twelve\s+months)\s+before)?"
    r"\s+in\s+(?P<n>both|all\s+(?P<k>two|three|four|five|six|[2-9])|each|all\s+of\s+them)"
    r"(?:\s+(?:of\s+them|places|cities|boroughs|areas|forces|counties|countries|regions|towns))?"
    r"(?:\s+(?:too|as\s+well))?(?:\s+over\s+the\s+(?:same\s+)?(?:year|period))?"
    # ("..., Bradford by more.", "..., for what it's worth.": an aside with no figure)
    r"(?P<aside>\s*,\s*[^,.!?;\n\d]{1,40})?[\W_]*",
    re.I,
)


_IN_EACH_WORD_RE = compile_scan(r"\bin\s+(?:both|all|each)\b", re.I)


def _moved_in_each_place(ctx: Ctx, sent: tuple[int, int]) -> None:
    """ "Knife crime rose 10% in Kent and 12% in Essex in 2018. Robbery went up in both.": the
    move read for the last place is said of each place the claims before named, over their
    span."""
    if not _IN_EACH_WORD_RE.search(ctx.text, sent[0], sent[1]):
        return  # (cheap first: most sentences name no "in both")
    own = [c for c in ctx.claims if sent[0] <= c.start < sent[1]]
    if len(own) != 1 or own[0].kind != "trend" or own[0].period is None:
        return
    trend = own[0]
    m = _IN_EACH_PLACE_RE.fullmatch(ctx.text, trend.end, sent[1])
    if m is None:
        return
    word = m.group("n").lower()
    want = 2 if word == "both" else small_number(m.group("k")) if m.group("k") else None
    places: list[str] = []
    period = None
    for c in reversed([c for c in ctx.claims if sent[0] - 300 <= c.start < sent[0]]):
        if not isinstance(c.geography, str) or c.period is None:
            break
        if trend.baseline is not None and c.period == trend.baseline != trend.period:
            continue  # ("Philly 205 vs 263": the figure each place moved from)
        if period is not None and c.period != period:
            break
        period = c.period
        if c.geography not in places:
            places.append(c.geography)
    if (
        period != trend.period
        or trend.geography not in places
        or len(places) < 2
        or (want is not None and len(places) < want)
    ):
        return
    places = places[: int(want)] if want is not None else places
    words = ctx.text[m.start() : m.start("aside") if m.group("aside") else m.end()]
    end = m.start() + len(words.rstrip(" \t\n.!?,;:"))
    ctx.claims.remove(trend)
    for place in reversed(places):
        ctx.claims.append(
            replace(
                trend,
                end=end,
                surface=ctx.text[trend.start : end],
                geography=place,
                geography_source="context",
            )
        )


#: after a move and its place: "... but not in Houston", "... but up across England and Wales"
_BUT_ELSEWHERE_RE = compile_scan(
    r"\s*,?\s*(?:but|while|whereas|though)\s+(?:(?P<not>not)|(?:(?:was|were|is|are|it\s+was)\s+)?"
    r"(?:(?P<up>up|rising|rose|went\s+up|increased|climbed)|(?P<down>down|falling|fell|dropped|went\s+down|decreased|declined)))"
    r"\s+(?:(?:in|for|across)\s+)?",
    re.I,
)
_BUT_ELSEWHERE_TAIL_RE = compile_re(
    r"(?:\s+(?:too|as\s+well))?(?:\s+(?:last|this)\s+year|\s+in\s+(?:19|20)\d\d)?", re.I
)


def _but_elsewhere(ctx: Ctx, sent: tuple[int, int]) -> None:
    """ "Homicides rose in Dallas last year but not in Houston": the move denied for the
    other place; "Knife crime down in the capital in 2019 but up across England and Wales":
    the other place's move the other way. Both over the move's own span."""
    said = ctx.text[sent[0] : sent[1]]
    if not any(w in said for w in ("but", "while", "whereas", "though")):
        return  # (cheap first: the words the pattern opens on)
    for move in [
        c for c in ctx.claims if c.kind in ("trend", "change") and sent[0] <= c.start < sent[1]
    ]:
        m = _BUT_ELSEWHERE_RE.search(ctx.text, move.end, min(sent[1], move.end + 60))
        if m is None or move.period is None or move.negated or not isinstance(move.geography, str):
            continue
        if "\n" in ctx.text[move.end : m.start()] or any(
            move.end <= c.start < sent[1] for c in ctx.claims if c is not move
        ):
            continue  # (its own clause, nothing read after the move)
        place = next((p for p in ctx.places if m.end() <= p.start <= m.end() + 4), None)
        if place is None or place.place == move.geography:
            continue
        if not re.fullmatch(r"(?:the\s+)?", ctx.text[m.end() : place.start], re.I):
            continue
        # ("but fell in Austin and San Antonio": each place of the list)
        listed = [place]
        for p in ctx.places:
            if p.start > listed[-1].end and LIST_AND_RE.fullmatch(
                ctx.text, listed[-1].end, p.start
            ):
                listed.append(p)
        if any(
            c.metric == move.metric
            and c.geography in {p.place for p in listed}
            and c.start >= m.start()
            for c in ctx.claims
        ):
            continue  # (read already, by the move before's other place)
        way = way_of(move)
        if way not in ("up", "down"):
            continue
        if not m.group("not"):
            way = "up" if m.group("up") else "down"
        tail = _BUT_ELSEWHERE_TAIL_RE.match(ctx.text, listed[-1].end)
        end = tail.end() if tail is not None else listed[-1].end
        start = m.start() + len(m.group(0)) - len(m.group(0).lstrip(" \t,"))
        for p in listed:
            ctx.claims.append(
                replace(
                    move,
                    kind="trend",
                    surface=ctx.text[start:end],
                    start=start,
                    end=end,
                    geography=p.place,
                    geography_source="text",
                    value=None,
                    unit="count" if move.unit == "percent_change" else move.unit,
                    direction=way,
                    negated=m.group("not") is not None,
                )
            )


#: after a move: "... over the same period", "... over the same years"
_SAME_SPAN_AFTER_RE = compile_re(
    r"(?:\s+(?:a\s+(?:bit|little|touch|lot)|slightly|sharply|too|as\s+well|actually))*"
    r"\s+(?:over|in|during|across)\s+the\s+same\s+(?:period|years|yrs|time|span|stretch|timeframe|time\s+frame|"
    r"(?:five|ten|\d+)\s+years)\b",
    re.I,
)


def _over_the_same_period(ctx: Ctx, sent: tuple[int, int]) -> None:
    """ "Vehicle thefts went from roughly 9,000 in 2019 to just under 11,000 last year. Thefts
    from vehicles actually fell a bit over the same period.": the move runs over the span
    said just before, a move's or that of two figures of one series."""
    if "same" not in ctx.text[sent[0] : sent[1]]:
        return  # (cheap first)
    for move in [
        c for c in ctx.claims if c.kind in ("trend", "change") and sent[0] <= c.start < sent[1]
    ]:
        m = _SAME_SPAN_AFTER_RE.match(ctx.text, move.end)
        if m is None:
            continue
        before = [c for c in ctx.claims if c.end <= move.start and c.start >= move.start - 300]
        span = None
        last = before[-1] if before else None
        if last is not None and last.kind in ("trend", "change") and last.baseline and last.period:
            span = (last.period, last.baseline)
        elif last is not None and last.kind == "level" and last.period is not None:
            # (two figures of one series: from the earlier to the later)
            pair = [
                c
                for c in before
                if c.kind == "level"
                and (c.metric, c.geography) == (last.metric, last.geography)
                and c.period is not None
                and c.period != last.period
            ]
            earlier = pair[-1].period if pair else None
            if earlier is not None:
                later = last.period
                span = (
                    (later, earlier)
                    if span_of(earlier)[0] < span_of(later)[0]
                    else (earlier, later)
                )
        if span is None:
            continue
        move.period, move.baseline = span
        move.end = m.end()
        move.surface = ctx.text[move.start : move.end]
        ctx.explicit.add(id(move))


def trends_after_levels(ctx: Ctx, sent: tuple[int, int]) -> None:
    """ "London had around 150 homicides in 2019, an increase on 2018": a level followed by
    its direction against an earlier time is a trend of the level's metric and place. And
    "Confidence in the Met has fallen: 69% ... in 2016, 48% in 2024": a trend whose figures
    follow its colon runs between their periods."""
    _trend_before_figures(ctx, sent)
    _trend_after_level_before(ctx, sent)
    _each_moved(ctx, sent)
    _places_each_moved(ctx, sent)
    _series_moved(ctx, sent)
    _other_metric_too(ctx, sent)
    _moved_in_each_place(ctx, sent)
    _but_elsewhere(ctx, sent)
    _over_the_same_period(ctx, sent)
    _and_than_year(ctx, sent)
    _arrow_after_level(ctx, sent)
    if ctx.claims and ctx.claims[-1].start < sent[0]:
        _year_moved(ctx, sent)
        if sent[1] - sent[0] <= 30:
            _place_too(ctx, sent)
    for level in [c for c in ctx.claims if c.kind == "level" and sent[0] <= c.start < sent[1]]:
        m = _AFTER_LEVEL_RE.search(ctx.text, level.end, min(sent[1], level.end + 90))
        if (
            m is None
            or used(ctx, m.start(), m.end())
            or level.period is None
            or not _LEVEL_TAIL_RE.fullmatch(ctx.text, level.end, m.start())
        ):
            continue
        ref = next((r for r in ctx.times if m.start() <= r.start <= m.end() < r.end), None)
        if ref is None:
            continue
        period = span_of(level.period)
        baseline = _baseline_named(period, ref)
        if baseline[0] >= period[0]:
            continue
        if m.group("same"):
            direction = "flat"
        elif m.group("abs"):
            direction = "up" if m.group("abs").lower() == "more" else "down"
        elif m.group("updown"):
            direction = m.group("updown").lower()
        elif m.group("cmp"):
            direction = "up" if m.group("cmp").lower() in ("higher", "more") else "down"
        elif m.group("cmp2"):
            direction = "up" if m.group("cmp2").lower() == "above" else "down"
        else:
            direction = "up" if m.group("noun").lower() in _UP_NOUNS else "down"
        start = m.start() + len(m.group(0)) - len(m.group(0).lstrip(" ,;–—-"))
        end = ref.end
        if m.group("cmp2"):
            word = _LEVEL_WORD_RE.match(ctx.text, end)
            end = word.end() if word is not None else end
        _add_level_trend(ctx, level, start, end, m.end(), sent, period, baseline, direction)


#: what may close a sentence that is only a move: "though", and an aside with no figure
#: ("2020 was way down on 2019, lockdown obviously.")
_MOVE_TAIL = r"(?:\s+(?:though|tho|too|still))?(?:\s*[,;–—-]\s*[^\d.!?]{0,40})?[\W_]*"


def _moved_direction(word: str, metric: str | None, ctx: Ctx) -> str:
    """ "higher", "worse", "above" -> up; "better" and "worse" turn round for a share people
    want high (confidence in the Met)."""
    word = word.lower()
    direction = "up" if word in ("higher", "more", "worse", "up", "above") else "down"
    tax = ctx.lex.taxonomy.metrics.get(metric or "")
    if word in ("better", "worse") and tax is not None and tax.higher_is_better:
        direction = "up" if direction == "down" else "down"
    return direction


#: "2021/22 came in higher.", "Last year was lower again.": a later time than the figure
#: before, for subject, and its move
_YEAR_MOVED_RE = compile_re(
    _YEAR_SUBJECT_RE.pattern
    + r"(?P<cmp>higher|lower|worse|better|up|down|(?P<vs>below|above))(?:\s+again)?"
    # "2023 was below 2019", "2020 was way down on 2019": against the time named
    + r"(?:(?(vs)|\s+(?:on|from))\s+(?:in\s+)?(?P<base>(?:19|20)\d\d(?:/\d\d)?|the\s+year\s+before|last\s+year))?"
    + _MOVE_TAIL,
    re.I,
)


#: "2020? Lower again, the lockdowns saw to that.": the move alone, answering the year
#: asked just before
_MOVE_ONLY_RE = compile_re(
    r"[\W_]*(?:(?:still|even|a\s+bit|slightly|much|far|way)\s+)?"
    r"(?P<cmp>higher|lower|worse|better|up|down)(?:\s+again)?" + _MOVE_TAIL,
    re.I,
)
_ASKED_YEAR_RE = compile_re(r"(?:^|(?<=[.!?\s]))(?P<y>(?:19|20)\d\d(?:/\d\d)?)\s*\?+\s*$")


def _year_moved(ctx: Ctx, sent: tuple[int, int]) -> None:
    if not ctx.claims or ctx.claims[-1].start >= sent[0]:
        return  # (cheap first: a claim before, none in this sentence yet)
    m = _YEAR_MOVED_RE.fullmatch(ctx.text, *sent)
    if m is None:
        if sent[1] - sent[0] <= 60 and ctx.text.find("?", max(0, sent[0] - 3), sent[0]) >= 0:
            _asked_year_moved(ctx, sent)
        return
    prev = ctx.claims[-1]
    ref = next((r for r in ctx.times if r.start <= m.start("y") < r.end), None)
    base = None
    if m.group("base"):
        base = next((r for r in ctx.times if r.start <= m.start("base") < r.end), None)
        if base is None or base.span is None:
            return
    elif m.group("vs"):
        return  # ("2023 was below": below what)
    if (
        ref is None
        or ref.span is None
        or prev.period is None
        or prev.kind not in ("level", "frequency", "change", "trend", "extremum")
        # ("'... at record levels' — it isn't. 2023 was below 2019.": the series of a denied
        # claim, when the sentence names its own times)
        or (prev.negated and base is None)
        or (base is None and prev.kind == "extremum")
    ):
        return
    baseline = _baseline_named(ref.span, base) if base is not None else span_of(prev.period)
    if baseline[1] >= ref.span[0]:
        return
    direction = _moved_direction(m.group("cmp"), prev.metric, ctx)
    _add_level_trend(
        ctx,
        prev,
        m.start("y"),
        max(m.end("cmp"), m.end("base")),
        m.start("cmp"),
        sent,
        ref.span,
        baseline,
        direction,
    )


# ("..., but in Camden they fell slightly")
_AND_BEFORE_PLACE_RE = compile_scan(r"\b(?:and|but|while|whereas)\s+(?:in\s+(?:the\s+)?)?$", re.I)
_PLACE_BE_GAP_RE = compile_re(
    r"(?:['’]s|\s+(?:is|was|are|were|has\s+been|have\s+been)"
    r"|\s*,?\s+(?:it|they)(?:['’]s|['’]re|\s+(?:is|was|are|were|has|have|had))?)?"
    r"\s*(?:(?:also|even|too|actually|still)\s+)?",
    re.I,
)


def _and_place_subject(
    ctx: Ctx, clause: tuple[int, int], cue: int, changes: list[Claim]
) -> int | None:
    """Where "and Chicago's" opens a clause of another place's move, after a change in the
    same sentence; None when no such clause holds the cue."""
    if not changes:
        return None
    for p in ctx.places:
        if not (clause[0] <= p.start and p.end <= cue) or not _PLACE_BE_GAP_RE.fullmatch(
            ctx.text, p.end, cue
        ):
            continue
        # (from before the clause: "... between 2016 and 2020 while in London it rose" splits
        # its clause at "while")
        opener = _AND_BEFORE_PLACE_RE.search(ctx.text, max(clause[0] - 8, p.start - 16), p.start)
        if opener is not None and all(
            c.geography != p.place and c.end <= opener.start()
            for c in changes
            if within(c.start, clause)
        ):
            return opener.start()
    return None


#: "LA homicides went down in 2022. NYC too.": a place alone, then "too"
_PLACE_TOO_OPEN_RE = compile_re(r"[\W_]*(?:(?:and|same\s+(?:in|for))\s+)?", re.I)
_PLACE_TOO_TAIL_RE = compile_re(r"(?:['’]s)?\s*,?\s+(?P<too>too|as\s+well|also)[\W_]*", re.I)


def _place_too(ctx: Ctx, sent: tuple[int, int]) -> None:
    if sent[1] - sent[0] > 30:
        return  # (cheap first: the sentence is a place and a word)
    prev = ctx.claims[-1]
    place = next((p for p in ctx.places if within(p.start, sent)), None)
    tail = None if place is None else _PLACE_TOO_TAIL_RE.fullmatch(ctx.text, place.end, sent[1])
    if (
        place is None
        or tail is None
        or not _PLACE_TOO_OPEN_RE.fullmatch(ctx.text, sent[0], place.start)
        or prev.kind not in ("trend", "change")
        or prev.period is None
        or prev.baseline is None
        or prev.negated
        or prev.geography in (None, place.place)
        or prev.start < sent[0] - 200
    ):
        return
    direction = prev.direction or (
        "down" if prev.value and prev.value[1] is not None and prev.value[1] < 0 else "up"
    )
    _add_level_trend(
        ctx,
        prev,
        place.start,
        tail.end("too"),
        place.start,
        sent,
        span_of(prev.period),
        span_of(prev.baseline),
        direction,
        place=place,
    )


def _asked_year_moved(ctx: Ctx, sent: tuple[int, int]) -> None:
    if "?" not in ctx.text[max(0, sent[0] - 3) : sent[0]] or sent[1] - sent[0] > 60:
        return  # (cheap first: a short answer right after a question mark)
    m = _MOVE_ONLY_RE.fullmatch(ctx.text, *sent)
    if m is None:
        return
    asked = _ASKED_YEAR_RE.search(ctx.text, max(0, sent[0] - 12), sent[0])
    if asked is None:
        return
    prev = ctx.claims[-1]
    # (the times found are the sentence's own; the year asked stands in the one before)
    span = timex.fy_or_year(asked.group("y"))
    if (
        span is None
        or prev.period is None
        or prev.end > asked.start()
        or prev.negated
        or prev.kind not in ("level", "frequency", "change", "trend")
    ):
        return
    baseline = span_of(prev.period)
    if baseline[1] >= span[0]:
        return
    direction = _moved_direction(m.group("cmp"), prev.metric, ctx)
    _add_level_trend(
        ctx, prev, asked.start("y"), m.end("cmp"), m.start("cmp"), sent, span, baseline, direction
    )


#: "Both down on 2021.", "All four down on 2024 🎉": the places just given figures, each moved
_EACH_MOVED_RE = compile_re(
    r"[\W_]*(?:(?:and|but|so)\s+)?(?P<n>both|all\s+(?P<k>two|three|four|five|six|[2-9])|all\s+of\s+them|each)"
    r"(?:\s+(?:of\s+them|cities|places|boroughs|countries|forces))?\s+(?:(?:were|are|was|is)\s+)?"
    r"(?:(?P<updown>up|down)\s+(?:on|from)\s+|(?P<cmp>lower|higher|fewer|more)\s+than\s+(?:in\s+)?)"
    r"(?=(?:19|20)\d\d|FY\s?\d\d|the\s+year\s+before|last\s+year)",
    re.I,
)


#: "... came in higher than 2022 and lower than 2019": the same figure against another year
_AND_THAN_YEAR_RE = compile_re(
    r"\s*,?\s*(?:and|but|yet)\s+(?:(?:still|way|much|far|slightly|a\s+bit)\s+)?"
    r"(?P<cmp>lower|higher|fewer|more|less)\s+than\s+(?:in\s+)?(?=(?:19|20)\d\d\b)",
    re.I,
)


_THAN_YEAR_RE = compile_re(r"\bthan\s+(?:in\s+)?(?:19|20)\d\d\b", re.I)


def _and_than_year(ctx: Ctx, sent: tuple[int, int]) -> None:
    """ "London homicides in 2024 came in higher than 2022 and lower than 2019": a second
    trend of the same series and period, against the second year."""
    if "than" not in ctx.text[sent[0] : sent[1]]:
        return  # (cheap first: most sentences compare with nothing)
    for claim in [c for c in ctx.claims if c.kind == "trend" and sent[0] <= c.start < sent[1]]:
        m = _AND_THAN_YEAR_RE.search(ctx.text, claim.start, sent[1])
        if (
            m is None
            or claim.period is None
            or not _THAN_YEAR_RE.search(ctx.text, claim.start, m.start())
        ):
            continue
        ref = next(
            (r for r in ctx.times if m.start("cmp") < r.start <= m.end() < r.end and r.span), None
        )
        if ref is None or ref.span is None or ref.span[0] >= span_of(claim.period)[0]:
            continue
        direction = "up" if m.group("cmp").lower() in ("higher", "more") else "down"
        again = replace(
            claim,
            start=m.start("cmp"),
            end=ref.end,
            surface=ctx.text[m.start("cmp") : ref.end],
            direction=direction,
            baseline=(ref.span[0].isoformat(), ref.span[1].isoformat()),
            negated=False,
        )
        if claim.end > m.start():
            claim.end = m.start()
            claim.surface = ctx.text[claim.start : claim.end]
        ctx.claims.append(again)
        ctx.explicit.add(id(again))


def _each_moved(ctx: Ctx, sent: tuple[int, int]) -> None:
    """ "Chicago homicides in 2022: 695. NYC: 438. Both down on 2021.": one trend for each of
    the figures before, against the time named or ("Both ↓ y/y.") the year before theirs."""
    if not ctx.claims:
        return
    if _pair_moved_after_comma(ctx, sent) or sent[0] == 0:
        return
    if ctx.claims[-1].start >= sent[0]:
        # ("Both ↓ ~70pc.": the size read as one change of the last pair's, said for both)
        own = [c for c in ctx.claims if c.start >= sent[0]]
        first = ctx.text.find(",", sent[0], sent[1])
        if first > 0 and all(c.start > first for c in own):
            # ("Both down, Philly's roughly halved.": the pair's move, then a clause of its own)
            m = _ALL_OF_THEM_RE.fullmatch(ctx.text, sent[0], first)
            if m is not None and not m.group("pct"):
                ctx.claims = [c for c in ctx.claims if c not in own]
                _all_of_them_moved(ctx, (sent[0], first), m)
                ctx.claims += own
                return
        comma = ctx.text.rfind(",", sent[0], sent[1])
        if comma > 0 and sent[1] - comma <= 60 and all(c.end <= comma for c in own):
            # ("Hackney higher, both ↓ y/y.": the clause after a ranking of the pair)
            opens = words_start(ctx.text, (comma + 1, sent[1]))
            m = _ALL_OF_THEM_RE.fullmatch(ctx.text, opens, sent[1])
            if m is not None and not m.group("pct"):
                _all_of_them_moved(ctx, (opens, sent[1]), m)
                return
        m = _ALL_OF_THEM_RE.fullmatch(ctx.text, *sent) if sent[1] - sent[0] <= 60 else None
        if (
            m is None
            or not m.group("pct")
            or len(own) != 1
            or own[0].kind != "change"
            or len(ctx.claims) < 2
        ):
            return  # (cheap first: it needs claims before this sentence and none in it)
        ctx.claims = [c for c in ctx.claims if c is not own[0]]
        _all_of_them_moved(ctx, sent, m)
        if not any(c.start >= sent[0] for c in ctx.claims):
            ctx.claims.append(own[0])  # (no pairs to share it: the one change stands)
        return
    m = _EACH_MOVED_RE.match(ctx.text, *sent)
    if m is not None:
        _each_moved_on_time(ctx, sent, m)
    if ctx.claims[-1].start < sent[0] and sent[1] - sent[0] <= 60:
        m = _ALL_OF_THEM_RE.fullmatch(ctx.text, *sent)
        if m is not None:
            _all_of_them_moved(ctx, sent, m)


def _pair_moved_after_comma(ctx: Ctx, sent: tuple[int, int]) -> bool:
    """ "Glasgow recorded 22 homicides in 2023/24 and Edinburgh 9, both down on the year
    before": a trend the reader took after the comma, for the last place only, is the
    figures' pair's. True when it was read so."""
    comma = ctx.text.rfind(",", sent[0], sent[1])
    if comma < 0 or sent[1] - comma > 60 or "both" not in ctx.text[comma : sent[1]].lower():
        return False  # (cheap first)
    own = [c for c in ctx.claims if c.start >= sent[0]]
    after = [c for c in own if c.kind == "trend" and c.start > comma]
    before = [c for c in own if c.start < comma]
    if len(after) != 1 or not before or any(c.end > comma for c in before):
        return False
    opens = words_start(ctx.text, (comma + 1, sent[1]))
    m = _ALL_OF_THEM_RE.fullmatch(ctx.text, opens, sent[1])
    if m is None or m.group("pct"):
        return False
    ctx.claims = [c for c in ctx.claims if c is not after[0]]
    n_before = len(ctx.claims)
    _all_of_them_moved(ctx, (opens, sent[1]), m)
    if len(ctx.claims) == n_before:
        ctx.claims.append(after[0])  # (no pair to share it: the one trend stands)
        return False
    return True


def _pair_moved_before(ctx: Ctx, sent: tuple[int, int]) -> list[Claim]:
    """The two claims of one move said last before ``sent`` for two places ("Stabbings in
    Lambeth and Southwark are up 25%"), latest first; none when the claims before are not
    such a pair."""
    before = [c for c in ctx.claims if c.end <= sent[0]]
    if len(before) < 2:
        return []
    a, b = before[-1], before[-2]
    if (
        a.kind not in ("change", "trend")
        or (a.kind, a.metric, a.period, a.start) != (b.kind, b.metric, b.period, b.start)
        or a.geography is None
        or b.geography is None
        or a.geography == b.geography
        or a.period is None
    ):
        return []
    return [a, b]


def _each_moved_on_time(ctx: Ctx, sent: tuple[int, int], m: re.Match[str]) -> None:
    ref = next((r for r in ctx.times if m.start("n") < r.start <= m.end() < r.end), None)
    if ref is None:
        return
    levels = levels_just_before(ctx, same_period=True)
    word = m.group("n").lower()
    want = 2 if word == "both" else None
    count = small_number(m.group("k")) if m.group("k") else None
    if count is not None:
        want = int(count)
    if len(levels) < 2 and word == "both":
        # ("> Stabbings in Lambeth and Southwark are up 25% this year / No they're not. Both
        # down on last year at this point.": the two places of the move said before)
        levels = _pair_moved_before(ctx, sent)
    if len(levels) < 2 or (want is not None and len(levels) < want):
        return
    levels = levels[:want] if want is not None else levels
    if m.group("updown"):
        direction = m.group("updown").lower()
    else:
        direction = "up" if m.group("cmp").lower() in ("higher", "more") else "down"
    start = m.start("n")
    for level in reversed(levels):
        if level.period is None:
            continue
        period = span_of(level.period)
        baseline = _baseline_named(period, ref)
        if baseline[0] >= period[0]:
            continue
        _add_level_trend(ctx, level, start, ref.end, m.end(), sent, period, baseline, direction)


#: "Both ↓ y/y.", "all ↓ on 2024 (police services)": the places just counted, each moved
_ALL_OF_THEM_RE = compile_re(
    r"[\W_]*(?:and\s+)?"
    # ("Summary: both ↓ y/y.": a label before)
    r"(?P<label>(?:summary|overall|tl;?dr|net|result|bottom\s+line)\s*:\s*)?"
    r"(?P<n>both|all(?:\s+(?:three|four|five|of\s+them))?|(?:the\s+)?(?:two|three)\s+of\s+them)"
    # ("Both boroughs down.")
    r"(?:\s+(?:cities|places|boroughs|countries|forces|areas|counties|states|towns|regions))?"
    r"\s+(?:(?:were|are|went|have\s+gone|have)\s+)?"
    # ("Both well down.")
    r"(?:(?:well|way|sharply|massively|slightly)\s+)?"
    # ("Both ↓ ~70pc.": the pairs' moves, sized)
    r"(?:(?P<d>up|down|↑|↓)(?:\s*(?:~|≈|c\.|about\s+|around\s+|roughly\s+|nearly\s+|almost\s+)?\s*(?P<pct>\d+(?:\.\d+)?)\s*(?:%|pc\b|per\s*cent\b))?"
    r"|(?P<v_up>rose|climbed|increased)|(?P<v_down>fell|dropped|declined|decreased)"
    # ("All three lower than the year before.", "Both higher than in 2019")
    r"|(?:(?P<c_up>higher|more)|lower|fewer)\s+than(?:\s+(?:the\s+year\s+before|the\s+previous\s+year|"
    r"(?:19|20)\d\d(?:/\d\d)?)|(?=\s+(?:in\s+(?:19|20)\d\d|last\s+year)))"
    # ("Both roughly halved.": each pair's move, sized)
    r"|(?P<hedge>(?:roughly|about|around|approximately|nearly|almost|more\s+than|over|just\s+over|just\s+under|more\s+or\s+less|basically|pretty\s+much|effectively|practically)\s+)?(?P<mult>halved|doubled|tripled|trebled|quadrupled))"
    # ("All up big on 2019.", "all ↓ on 2019/20")
    r"(?:\s+(?:big|sharply|massively|slightly|a\s+lot))?"
    # ("Both ↑ on FY21")
    # ("Both ↓ y/y though.")
    r"(?:\s+(?:again|too|as\s+well|though|tho|y/y|yoy|on\s+the\s+year(?:\s+before)?|on\s+(?:(?:19|20)\d\d(?:/\d\d)?|\d\d/\d\d)|"
    r"on\s+(?-i:FY)\s?\d\d(?:/\d\d)?|"
    # ("Both ↓ on YE Jun 23.", "Both ↑ on the year to March 2023")
    r"on\s+(?:(?-i:YE)|(?:the\s+)?(?:year|yr|12\s+months)\s+(?:to|ending))\s+[A-Za-z]{3,9}\.?\s+['’]?\d\d(?:\d\d)?|"
    r"on\s+last\s+year|(?:last|this)\s+year|in\s+(?:19|20)\d\d|"
    # ("Both down on the same point last year.")
    r"on\s+(?:the\s+)?same\s+(?:point|period|time)(?:\s+last\s+year|\s+in\s+(?:19|20)\d\d)?|"
    # ("Both up on pre-pandemic.": on the pair's own earlier figures)
    r"on\s+pre[-\s]?(?:pandemic|covid|lockdown)(?:\s+levels)?))*"
    # ("All down, but still awful.", "All ↓ on 2019, lockdown obv.": an aside, no figure and
    # no exception)
    r"(?:\s*,\s*(?:(?:but|though|yet|and)\b[^.!?\n]{0,60}|"
    r"(?P<aside>(?!\s*(?:except|apart|bar|barring|save|other\s+than|not)\b)[^.!?\n\d]{1,40})))?"
    # ("Both ↓ y/y [Met data].": a source in brackets)
    r"[.!]*\s*(?:\([^()\n]{1,40}\)|\[[^\[\]\n]{1,40}\])?[\W_]*",
    re.I,
)


#: one item of "Leeds down, Bradford up.", "Tower Hamlets ↑, Hackney ↓ (y/y)"
_PLACE_MOVED_ITEM_RE = compile_re(
    # ("London and Lambeth down": places that moved alike)
    r"\s*(?:and\s+|but\s+)?PLACE(?:\s+(?:and|&)\s+PLACE)*\s*(?:[:–—-]\s*)?(?:(?:was|were|is|are|went)\s+)?"
    r"(?:(?P<up>up|↑|⬆️?|rose)|(?P<down>down|↓|⬇️?|fell))"
    r"(?:\s+(?:y/y|yoy|too|again|slightly|a\s+bit)|\s*\((?:y/y|yoy)\))?\s*[.!]*\s*",
    re.I,
)


def _places_each_moved(ctx: Ctx, sent: tuple[int, int]) -> None:
    """ "Leeds 6,200 ... Bradford 4,700\nLeeds down, Bradford up.": each place's own move, for
    the series of its figure before, on the year before."""
    places = [p for p in ctx.places if sent[0] <= p.start < sent[1]]
    if len(places) < 2 or not ctx.claims or ctx.claims[-1].start >= sent[0]:
        return  # (cheap first: two places at least, and figures before, none here)
    items = re.split(r"[,;](?=\s)", mask_places(ctx, sent[0], sent[1]))
    if sum(item.count("PLACE") for item in items) != len(places):
        return
    moves = [_PLACE_MOVED_ITEM_RE.fullmatch(item) for item in items]
    if not all(moves):
        return
    # (one move for each place an item names, the item's words its surface)
    firsts = []
    k = 0
    for item in items:
        firsts += [k] * item.count("PLACE")
        k += item.count("PLACE")
    moves = [m for m, item in zip(moves, items, strict=True) for _ in range(item.count("PLACE"))]
    before = [
        c
        for c in ctx.claims
        if c.kind in ("level", "change", "trend") and sent[0] - 300 <= c.start < sent[0]
    ]
    if not before:
        return
    item_starts = sorted({places[f].start for f in firsts})
    ends = [next((a for a in item_starts if a > places[f].start), sent[1]) for f in firsts]
    for place, m, until, first in zip(places, moves, ends, firsts, strict=True):
        assert m is not None
        own = [c for c in before if c.kind == "level" and c.geography == place.place]
        # (a place of no figure of its own moved over the span of the move or figure before:
        # "Met knife crime ... ~-10pc. Lambeth ↓, Southwark ↓")
        source = own[-1] if own else before[-1]
        if source.period is None:
            continue
        period = span_of(source.period)
        baseline = (
            span_of(source.baseline)
            if source.baseline is not None and source.kind != "level"
            else timex.shift_years(period, -1)
        )
        start = places[first].start
        end = start + len(ctx.text[start:until].rstrip(" \t\n,;.!"))
        _add_level_trend(
            ctx,
            source,
            start,
            end,
            place.start,
            sent,
            period,
            baseline,
            "up" if m.group("up") else "down",
            place=None if own else place,
        )


def _all_of_them_moved(ctx: Ctx, sent: tuple[int, int], m: re.Match[str]) -> None:
    if not ctx.claims:
        return
    last = ctx.claims[-1]
    if last.period is None:
        return
    # ("DC | 110 vs 180\nBaltimore | 95 vs 130\nBoth ↓ y/y.": each pair's later figure, not the
    # one said last)
    pair = _series_levels(ctx, last, sent[0] - 60)
    if len({c.period for c in pair}) == 2:
        last = max(pair, key=lambda c: span_of(c.period)[1] if c.period is not None else date.min)
    run = [
        c
        for c in ctx.claims
        if c.kind in ("level", "change")
        and isinstance(c.geography, str)
        and c.metric is not None
        and c.start >= sent[0] - 200
        and c.period == last.period
    ]
    # each place's move for the one metric, or ("Greater Manchester, 2023:\n• robbery ~6,500\n•
    # burglary ~14,000\nall ↓ y/y") each metric's for the one place
    by_series: dict[tuple[str | None, object], Claim] = {}
    for c in run:
        kept = by_series.get((c.metric, c.geography))
        # ("• total: 110 vs 391\n• per 100k: ~1.2 vs ~4.4\nBoth ↓ on 2022.": the counts moved;
        # a rate said after them is no other series)
        if kept is None or not (kept.unit == "count" and c.unit == "rate_per_100k"):
            by_series[(c.metric, c.geography)] = c
    moved = list(by_series.values())
    if len({c.geography for c in moved}) > 1:
        moved = [c for c in moved if c.metric == last.metric]
    elif len({c.metric for c in moved}) < 2:
        _each_year_moved(ctx, sent, m, last)
        return
    if len(moved) < 2 or (m.group("n").lower() == "both" and len(moved) != 2):
        return
    periods = change_periods(ctx, sent, sent, want_baseline=True)
    if last.period is None:
        return
    period = span_of(last.period)
    baseline = timex.shift_years(period, -1)
    # (a time named is the move's, but "on the year before" alone is the figures' year's)
    if periods.explicit and not periods.year_before_only:
        period, baseline = periods.period, periods.baseline or baseline
    up = (
        (m.group("d") or "").lower() in _UP_MARKS
        or m.group("v_up") is not None
        or m.group("c_up") is not None
    )
    value = None
    if m.group("mult"):
        ratio = MULTIPLIER_VERBS[m.group("mult").lower()]
        up = ratio > 1
        value = multiplier_change(ratio, hedge_before(ctx, m.start("mult"))[0])
    elif m.group("pct"):
        lo, hi = apply_hedge(float(m.group("pct")), hedge_before(ctx, m.start("pct"))[0])
        if lo is None or hi is None:
            return
        value = interval(lo, hi) if up else interval(-hi, -lo)
    # (the words end before a source in brackets: "all ↓ on 2024 (police services)")
    # ("Both ↓ y/y [Met data].")
    said = ctx.text[sent[0] : sent[1]].rstrip(" \t\n.!?")
    if said.endswith((")", "]")):
        said = said[: said.rfind("(" if said.endswith(")") else "[")]
    end = sent[0] + len(said.rstrip(" \t\n.!?"))
    if m.group("aside"):
        if any(c.kind != "level" for c in moved):
            return  # ("NYC murders -20% YoY. London -11%. both down, nobody cares": said again)
        end = ctx.text.rfind(",", sent[0], m.start("aside") + 1)
    start = m.end("label") if m.group("label") else sent[0]
    for claim in moved:
        # ("2019 vs 2024:\n• Leeds 20 vs 40 ...\nBoth doubled.": on the series' own earlier figure)
        earlier = None
        if not periods.explicit:
            earlier = next(
                (
                    span_of(c.period)
                    for c in ctx.claims
                    if c.kind == "level"
                    and c.period is not None
                    and (c.metric, c.geography) == (claim.metric, claim.geography)
                    and c.start >= sent[0] - 200
                    and span_of(c.period)[1] < period[0]
                ),
                None,
            )
        _add_level_trend(
            ctx,
            claim,
            start,
            end,
            start,
            sent,
            period,
            earlier or baseline,
            "up" if up else "down",
            value=value,
        )


def _each_year_moved(ctx: Ctx, sent: tuple[int, int], m: re.Match[str], last: Claim) -> None:
    """ "Homicide in Scotland:\n19/20 – 64\n20/21 – 59\n21/22 – 53\nBoth ↓ on 19/20.": one
    series' later figures, each moved against the time named."""
    if m.group("mult") or not m.group("d"):
        return
    named = next(
        (r for r in ctx.times if sent[0] <= r.start < sent[1] and r.span is not None), None
    )
    if named is None or named.span is None:
        return
    base = named.span
    later = {
        c.period: c
        for c in ctx.claims
        if c.kind == "level"
        and c.period is not None
        and (c.metric, c.geography) == (last.metric, last.geography)
        and sent[0] - 200 <= c.start < sent[0]
        and span_of(c.period)[0] > base[1]
    }
    word = m.group("n").lower()
    if len(later) < 2 or (word == "both" and len(later) != 2):
        return
    # (the series' own figure for the time named is among those just given)
    if not any(
        c.kind == "level"
        and (c.metric, c.geography) == (last.metric, last.geography)
        and c.period is not None
        and span_of(c.period) == base
        and sent[0] - 200 <= c.start < sent[0]
        for c in ctx.claims
    ):
        return
    up = m.group("d").lower() in _UP_MARKS
    end = sent[0] + len(ctx.text[sent[0] : named.end].rstrip())
    for period, level in later.items():
        if period is None:
            continue
        n = len(ctx.claims)
        _add_level_trend(
            ctx,
            level,
            sent[0],
            end,
            sent[0],
            sent,
            span_of(period),
            base,
            "up" if up else "down",
        )
        # (each its own figure's period, which the sentence before's would otherwise take)
        for added in ctx.claims[n:]:
            added.period = period


_ITEM_MARKS = " \t-–" + BULLET_MARKS
#: "▪ homicide 570 ↓": an arrow after a list item's figure, the item's last word
_ARROW_ENDS_ITEM_RE = compile_re(
    r"\+?[ \t]*(?P<a>[↑↓⬆⬇])\ufe0f?[ \t]*(?:[.!]|\([^()\n]{1,30}\)|\[[^\[\]\n]{1,30}\])?[ \t]*(?:\n|$|[;|/]\s|,\s)"
)


def _arrow_after_level(ctx: Ctx, sent: tuple[int, int]) -> None:
    """ "E&W, YE Sep 2025 [ONS]:\n▪ homicide 499 ↓\n▪ shoplifting ~530k ↑": a figure that an
    arrow alone follows moved that way on the year before."""
    if not any(a in ctx.text[sent[0] : sent[1] + 2] for a in "↑↓⬆⬇"):
        return  # (cheap first: most sentences hold no arrow)
    for level in [c for c in ctx.claims if c.kind == "level" and sent[0] <= c.start < sent[1]]:
        m = _ARROW_ENDS_ITEM_RE.match(ctx.text, level.end)
        if m is None or level.period is None or used(ctx, m.start("a"), m.end("a")):
            continue
        # (an item: its line opens on it, or it follows the item before's separator)
        opens = ctx.text[ctx.text.rfind("\n", 0, level.start) + 1 : level.start].rstrip()
        # ("2023 – 364 ↓", "17/18 → 14,700 ↑": the item's label is its period)
        if opens.strip(_ITEM_MARKS) and not opens.endswith(
            (";", "|", "/", ":", "–", "—", "→", "=")
        ):
            continue
        period = span_of(level.period)
        down = m.group("a") in "↓⬇"
        _add_level_trend(
            ctx,
            level,
            level.start,
            m.end("a"),
            m.start("a"),
            sent,
            period,
            timex.shift_years(period, -1),
            "down" if down else "up",
        )


def _baseline_named(period: Span, ref: TimeRef) -> Span:
    """The time a figure's move is against: the one named, or the year before the figure's
    ("up on the year before", "up on the same period")."""
    if ref.kind in ("year_before", "same_period") or ref.span is None:
        return timex.shift_years(period, -1)
    return ref.span


#: "Still rising every year.", "Going down.", "Down every year.", "Up 3 yrs running.": a
#: sentence of a direction alone
_SERIES_MOVED_RE = compile_re(
    r"[\W_]*(?:(?:so|and|but|still|yet|now|it['’]?s|they['’]re|(?:it|they)\s+(?:is|are|keeps?))\s+)*"
    # ("Down.", "Up." alone after a place's figures for two years: the later against the earlier)
    r"(?:(?P<up>rising|climbing|going\s+up|increasing|(?:up|↑)(?=\s+(?:every|each|again|year\s+on|y/y|"
    + _RUN_SRC
    + r")|[.!]*[\W_]*$))|(?P<down>falling|dropping|going\s+down|declining|decreasing|(?:down|↓)(?=\s+(?:every|each|again|year\s+on|y/y|"
    + _RUN_SRC
    + r")|[.!]*[\W_]*$)))"
    r"(?:\s+(?:again|every\s+(?:year|yr)|each\s+(?:year|yr)|year\s+on\s+year|y/y|fast|steadily|still))*"
    # ("Up 3 yrs running.", "Down two years in a row.")
    r"(?:\s+(?P<run>" + _RUN_SRC + r"))?"
    # ("Down every year since '21.": the run's first year)
    r"(?:\s+since\s+(?P<since>(?:19|20)\d\d|['’]\d\d))?"
    # ("↓ every yr since '16 basically.")
    r"(?:\s+(?:basically|roughly|more\s+or\s+less|pretty\s+much|near\s+enough))?"
    # ("Still falling, thankfully.")
    r"(?:\s*,\s*(?:thankfully|luckily|happily|sadly|worryingly|annoyingly|thank\s+god|phew|apparently))?"
    r"[.!]*[\W_]*",
    re.I,
)


def _series_levels(ctx: Ctx, last: Claim, since: int) -> list[Claim]:
    """The levels from ``since`` on of the series ``last`` counts (its metric, its place),
    each with a period."""
    return [
        c
        for c in ctx.claims
        if c.kind == "level"
        and c.metric == last.metric
        and c.geography == last.geography
        and c.period is not None
        and c.start >= since
    ]


def _series_moved(ctx: Ctx, sent: tuple[int, int]) -> None:
    """ "Chicago homicides:\n2020: 776\n2021: 804\n2022: 719\nStill rising every year.": a
    direction alone after one place's figures for several years, the latest against the one
    before it."""
    if not ctx.claims or ctx.claims[-1].start >= sent[0] or sent[1] - sent[0] > 40:
        return
    m = _SERIES_MOVED_RE.fullmatch(ctx.text, *sent)
    if m is None:
        return
    last = ctx.claims[-1]
    series = _series_levels(ctx, last, sent[0] - 200)
    periods = sorted({span_of(c.period) for c in series if c.period is not None})
    if last.kind != "level" or len(periods) < 2:
        return
    end = sent[0] + len(ctx.text[sent[0] : sent[1]].rstrip(" \t\n.!?"))
    baseline = periods[-2]
    if m.group("since"):
        said = m.group("since").lstrip("'’")
        first = int(said) if len(said) == 4 else 2000 + int(said)
        start_period = next((p for p in periods if p[0].year == first), None)
        if start_period is None:
            return
        baseline = start_period
    elif m.group("run"):
        # ("Up 3 yrs running": the latest against the year the run began from)
        years = small_number(m.group("run").split()[0])
        if years is not None:
            baseline = timex.shift_years(periods[-1], -int(years))
    _add_level_trend(
        ctx,
        last,
        sent[0] + len(ctx.text[sent[0] : sent[1]]) - len(ctx.text[sent[0] : sent[1]].lstrip()),
        end,
        m.start("up") if m.group("up") else m.start("down"),
        sent,
        periods[-1],
        baseline,
        "up" if m.group("up") else "down",
    )


def _add_level_trend(
    ctx: Ctx,
    level: Claim,
    start: int,
    end: int,
    pos: int,
    sent: tuple[int, int],
    period: Span,
    baseline: Span,
    direction: str,
    place: PlaceMention | None = None,
    value: tuple[float | None, float | None] | None = None,
) -> None:
    """A trend of a level's metric and place (or the ``place`` named), against the time its
    words name; a change, when its words size the move (``value``, in percent)."""
    metric = next((mm for mm in ctx.metrics if mm.metric == level.metric), None)
    if metric is None and level.metric is not None:
        # ("• with injury: 3,700 → 4,050\nBoth up.": a series an item's label narrowed,
        # named by no mention of its own)
        family = next((f for _, mid, f, _, _ in ctx.lex.metric_res if mid == level.metric), None)
        if family is not None:
            metric = MetricMention(
                level.start, level.end, level.metric, family, level.surface, True
            )
    if metric is None:
        return
    add(
        ctx,
        kind="trend" if value is None else "change",
        start=start,
        end=end,
        metric=metric,
        pos=pos,
        clause=(start, sent[1]),
        sent=sent,
        value=value,
        unit="percent_change"
        if value is not None
        else level.unit
        if level.unit in ("count", "rate_per_100k", "percent")
        else "count",
        periods=Periods(period, baseline, True),
        negated=False,
        place=level.geography if place is None else place.place,
        place_how="context" if place is None else "text",
        # (a sized move is a change, whose size says its way)
        direction=direction if value is None else None,
        intense=False,
    )


#: a sentence that opens on a figure's move against a time: "Better than 2019, still far too
#: many.", "Lower than in 2019.", "Up on 2018."
_SENT_AFTER_LEVEL_RE = compile_re(
    r"[\W_]*(?:(?:so|and|but|still)\s+)?(?:(?:that['’]?s|which\s+is|it['’]?s)\s+)?(?:still\s+)?"
    # "Still way above pre-pandemic though."
    r"(?:(?:way|well|far|much|a\s+lot|slightly)\s+)?(?:"
    r"(?P<cmp>lower|higher|fewer|more|less|better|worse)\s+than\s+(?:in\s+|it\s+was\s+in\s+)?"
    # ("Still well above where it was in 2015.")
    # ("Still above its 2013 total though.")
    r"|(?P<cmp2>above|below)\s+(?:(?:where|what)\s+(?:it|they)\s+(?:was|were)\s+(?:back\s+)?(?:in\s+)?|(?:its|their)\s+)?"
    # ("Still ↓ vs YE Jun 2019.")
    r"|(?P<updown>up|down|↑|↓)\s+(?:on|from|vs\.?|versus|against)\s+)(?=(?:19|20)\d\d|FY\s?\d\d|the\s+year\s+before|last\s+year"
    r"|YE\s|year\s+(?:ending|to)\s"
    # "Still lower than pre-pandemic though."
    r"|pre[-\s]?(?:pandemic|covid|lockdown)|before\s+(?:the\s+)?(?:pandemic|covid|lockdowns?))",
    re.I,
)


_YEAR_NOUN_RE = compile_re(r"\s+(?:total|level|figure|peak|count|number)s?\b", re.I)


def _opening_word(ctx: Ctx, sent: tuple[int, int]) -> bool:
    """Does the sentence's opening hold a word every move after a level needs?"""
    seg = (ctx.low or ctx.text.lower())[sent[0] : sent[0] + 70]
    return (
        "than " in seg
        or "above " in seg
        or "below " in seg
        or " on " in seg
        or " from " in seg
        or "pre" in seg
        or " vs" in seg
        or "versus" in seg
        or "against" in seg
    )


_BUT_STILL_RE = compile_scan(r"\s*,?\s+but\s+(?P<rest>still\b)", re.I)


def _trend_after_level_before(ctx: Ctx, sent: tuple[int, int]) -> None:
    """ "Toronto police: 2021 saw one shooting every 20 hours or so. Better than 2019.": the
    move of the figure the sentence before gave, against the time named. And "Knife crime in
    London is down on last year but still way above 2014 levels": in a clause after "but"."""
    if not ctx.claims:
        return
    # ("Chicago murders are down. Still way above pre-pandemic though.")
    kinds: tuple[str, ...] = ("level", "frequency", "change", "extremum", "trend")
    opening = (
        _SENT_AFTER_LEVEL_RE.match(ctx.text, *sent)
        if ctx.claims[-1].start < sent[0]
        # (every opening holds one of these: most sentences with claims skip the match)
        or _opening_word(ctx, sent)
        else None
    )
    if opening is not None and not any(
        # ("Still way above 2019 though, when it was 500.": the figure after is its own)
        sent[0] <= c.start < opening.end() + 12
        for c in ctx.claims
    ):
        if not any(c.start < sent[0] for c in ctx.claims):
            return
        m = opening
        opens = sent[0]
    else:
        # (the clause after the sentence's last claim, opened by "but")
        last = ctx.claims[-1]
        but = _BUT_STILL_RE.search(ctx.text, last.end, sent[1])
        if but is None or not sent[0] <= last.start:
            return
        after_but = _SENT_AFTER_LEVEL_RE.match(ctx.text, but.start("rest"), sent[1])
        if after_but is None:
            return
        m = after_but
        opens = but.start("rest")
    level = next(
        (c for c in reversed(ctx.claims) if c.start < opens and c.period is not None), None
    )
    # ("The 30 teenagers killed in London in 2021 is a record. Worse than 2008.")
    if level is None or level.kind not in kinds:
        return
    if level.kind == "level":
        # ("269 homicides in 2024, down from 562 in 2021. Still above its 2013 total": the
        # latest of the sentence's figures, not the one it fell from)
        opened = max(ctx.text.rfind(ch, 0, level.start) for ch in ".!?\n")
        level = max(
            (
                c
                for c in ctx.claims
                if c.kind == "level"
                and opened < c.start < opens
                and c.metric == level.metric
                and c.geography == level.geography
                and c.period is not None
            ),
            key=lambda c: span_of(c.period)[1],  # type: ignore[arg-type]
            default=level,
        )
    ref = next((r for r in ctx.times if r.start <= m.end() + 1 and r.end > m.end()), None)
    if ref is None:
        return
    period = span_of(level.period)  # type: ignore[arg-type]
    baseline = _baseline_named(period, ref)
    if baseline[0] >= period[0]:
        return
    if m.group("updown"):
        direction = {"↑": "up", "↓": "down"}.get(m.group("updown"), m.group("updown").lower())
    else:
        direction = _moved_direction(m.group("cmp") or m.group("cmp2"), level.metric, ctx)
    start = m.start() + len(m.group(0)) - len(m.group(0).lstrip(" ,;–—-\"'"))
    # ("Still above its 2013 total": the figure's noun after its year)
    noun = _YEAR_NOUN_RE.match(ctx.text, ref.end)
    end = noun.end() if noun is not None else ref.end
    _add_level_trend(ctx, level, start, end, m.end(), sent, period, baseline, direction)


def _trend_before_figures(ctx: Ctx, sent: tuple[int, int]) -> None:
    for trend in [c for c in ctx.claims if c.kind == "trend" and sent[0] <= c.start < sent[1]]:
        colon = re.match(r"[^.!?:\n]{0,20}:", ctx.text[trend.end : sent[1]])
        if colon is None:
            continue
        figures = sorted(
            {
                c.period
                for c in ctx.claims
                if c.kind == "level"
                and c.metric == trend.metric
                and trend.end < c.start < sent[1]
                and c.period
            }
        )
        if len(figures) < 2:
            continue
        trend.baseline, trend.period = figures[0], figures[-1]
