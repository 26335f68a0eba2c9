"""The per-post context the claim builders share, and the helpers they all use.

A post is read sentence by sentence and clause by clause (`split_sentences`,
`split_clauses`); `Ctx` holds the mentions in view and the claims found so far. What a
clause leaves unsaid is resolved here as a reader would: the metric (`metric_for`), the
place, the period and the baseline (`change_periods`). `add` turns a reading into a
`Claim` (hedged values via `apply_hedge`, hypotheticals dropped, the span widened to the
metric and the place that opens it).

Names without a leading underscore here are shared with `safetynlp.extraction.rules` and
the builders in `safetynlp.extraction.kinds`; they are internal to the
`safetynlp.extraction` package, not public API. `apply_hedge` is public.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field, replace
from datetime import date
from functools import cache
from typing import Any

from safetynlp.extraction import timex
from safetynlp.extraction.lexicon import Lexicon, MetricMention, PlaceMention
from safetynlp.extraction.literals import (
    ADDRESS_LEAD_SRC,
    AGREEING_NOT_SRC,
    BULLET_MARKS,
    CHECKED_LEAD_SRC,
    CRIME_WORDS,
    DISAGREES_SRC,
    EMOJI_RANGE,
    FLAT_ANSWER_LEAD_SRC,
    NOT_ACCORDING_TO_SRC,
    OTHER_WAY_ROUND_SRC,
    PLACE_NOWHERE_NEAR_SRC,
    REALITY_SRC,
    SCORN_WORDS,
    SOURCE_NOUNS_SRC,
    SOURCE_SAYS_SRC,
    VERDICT_FALSE_SRC,
    WRONG_AUTHOR_SRC,
    GatedPattern,
    compile_scan,
)
from safetynlp.extraction.numbers import (
    FRACTIONS,
    NUMWORD_SRC,
    Quantity,
    find_quantities,
    words_to_number,
)
from safetynlp.extraction.regex_cache import compile_re
from safetynlp.extraction.timex import Span, TimeRef
from safetynlp.taxonomy import load_taxonomy
from safetynlp.types import Claim

# not after the abbreviations posts use in mid-sentence ("St. Louis", "Dr. Smith", "approx. 40")
_SENT_RE = compile_scan(
    r"(?<=[.!?])(?<!\bSt\.)(?<!\bMt\.)(?<!\bDr\.)(?<!\bMr\.)(?<!\bMs\.)(?<!\bvs\.)"
    r"(?<!\bMrs\.)(?<!\bapprox\.)(?<!\bc\.)(?<!\bca\.)(?<!\be\.g\.)(?<!\bi\.e\.)(?<!\best\.)"
    # "Firearm offences excl. air weapons", "(incl. fraud)"
    r"(?<!\bexcl\.)(?<!\bincl\.)(?<!\bexc\.)(?<!\binc\.)(?<!\bappx\.)"
    # ("N. Ireland ~20", "J. Smith": an initial)
    r"(?<!\b[A-Z]\.)"
    # ("sent me 'Knife crime up 300%!!' with no source": a quote's own stop, the sentence
    # going on after it)
    # (not after a quoted question: "'Which city has the most murders?' and three people
    # shouted": the question ends there)
    r"(?:(?<=\?)|(?![\"'”’][ \t]+[a-z]))"
    r"[\"')\]]?\s+|\n+"
    # "Up from 12,786 in 2022/23 📈 That's 41 a day.": an emoji before a capital ends one
    # ("Toronto homicides 2021: 85 🇨🇦 London: 131.": a flag too)
    r"|(?<=\w)\s+[" + EMOJI_RANGE + r"\ufe0f]+\s+(?=[A-Z])"
)
_CLAUSE_RE = compile_scan(
    # ("LDN teen homicides: 30 (2021) / 8 (2025)": a slash between items)
    r"[,;:]\s|\s[-–—/]\s|\s(?:but|while|whereas|although|though)\s"
    # "... were 319 in 2019 and they're up this year": "and" before a pronoun subject opens
    # a new clause
    # ("776 homicides in 2020 and the number fell again in 2021"; "Paris had more homicides
    # than London and its rate was roughly double": the rate is the second clause's)
    r"|\sand\s(?=(?:they|they['’](?:re|ve)|it|it['’]s|its(?=\s+(?:still|now|going|getting|been|gone|rising|falling|not|only|just|actually|up|down|rates?)\b)|(?:their|the)\s+rates?\s+(?:was|were|is|are)\b|that['’]s|these|those|(?:so\s+far\s+)?this\s+year|we|we['’](?:re|ve)|"
    r"the\s+(?:number|figure|total|count|tally)\s+(?:has\s+|have\s+|then\s+)?(?:fell|rose|dropped|fallen|risen|went|climbed|jumped|increased|decreased|halved|doubled)\b|"
    # ("fell about 8% in 2024/25 and is now below its 2019/20 level": a subject left out)
    r"you|you['’](?:re|ve)|i|i['’]m|(?:is|are|was|were)(?:\s+(?:now|still))?(?=\s+(?:above|below|higher|lower|down|up)\b)|"
    # ("was about 360 per 100,000 in 2023 and fell again in 2024": a move of its own, with
    # its own time)
    # (not "peaked at 5,720 in 2006/07 and have fallen by about a third since": since then)
    r"(?:then\s+)?(?:fell|rose|dropped|climbed|jumped|increased|decreased|"
    r"declined|plunged|soared|went\s+(?:up|down))(?=\s+(?:again\s+)?(?:by\s+|in\s+|last\s+|this\s+|~|about\s+|around\s+|\d))|"
    # ("fell in 2020/21 and kept falling in 2021/22")
    r"(?:then\s+)?(?:kept|continued)\s+(?:on\s+)?(?:falling|rising|dropping|climbing|going\s+(?:up|down))"
    r"(?=\s+(?:in|last|this|through|into)\s)|"
    # ("rose sharply in 2020 and have only edged down since": the move after, since then)
    r"(?P<since_and>)(?:have|has)\s+(?:only\s+|largely\s+|mostly\s+|slowly\s+|steadily\s+)?(?:fallen|dropped|risen|climbed|declined|"
    r"gone\s+(?:up|down)|come\s+down|edged\s+(?:up|down)|crept\s+(?:up|down)|eased|halved|doubled)"
    r"(?=[^.!?;\n]{0,30}\bsince\b))\b)"
    # ("Essex knife crime hit 1,500 offences last year and London's went up 20%", "... and in
    # London it went up 20%": another place's own clause; singular verbs only, so "Croydon and
    # Lambeth's were both up" stays one)
    # ("... fell 12% and Kensington and Chelsea's rose 6%", "... and Southwark's have gone up";
    # not "Croydon and Lambeth's were both up")
    # (not inside a place's own name, "Kensington and Chelsea's rose 6%": split_clauses
    # checks the word before against the gazetteer when this group matches)
    r"|\sand\s(?P<place_and>)"
    r"(?=(?:the\s+)?(?-i:[A-Z])[\w.&-]*(?:\s+(?:and\s+)?(?-i:[A-Z])[\w.&-]*){0,3}['’]s?\s+(?:went|rose|fell|"
    r"dropped|climbed|jumped|increased|decreased|halved|doubled|soared|was|is|has|had|(?:have|were|are)(?!\s+both\b))\b"
    r"|in\s+(?-i:[A-Z])[\w.&-]*(?:\s+(?-i:[A-Z])[\w.&-]*){0,2}\s+(?:it|they)\b"
    # ("went down in Cardiff in 2019 and up in Swansea", "rose about 5% in Mexico last year
    # and fell sharply in Colombia": the same series' move in another place)
    r"|(?:up|down|rose|fell|dropped|climbed|increased|decreased|went\s+(?:up|down))"
    r"(?:\s+(?:sharply|slightly|steeply|again|too|by\s+)?[\w%.~]*){0,2}\s+in\s+(?-i:[A-Z]))"
    # "... down by two thirds in a decade 📉 lethal-barrelled discharges, not ...": an emoji
    # between words ends a phrase
    r"|\s[" + EMOJI_RANGE + r"\ufe0f]+\s"
    # "were 50,510 (up 7%)": a bracketed change is a clause of its own
    r"|\s\((?=(?:up|down|a\s+rise|a\s+fall|a\s+drop|[+\-−]\s?\d)\b)"
    # "696 (2021/22) → 602 (2022/23)": an arrow after a bracketed period, before a figure
    r"|(?<=\))\s*(?:→|->|=>|⇒)\s*(?=[~≈]?\s*\d)",
    re.I,
)


# patterns that more than one claim kind uses (frequencies and count levels; changes
# and percent levels)
NOT_COUNT_NOUN = compile_re(
    # (on the figure's own line: "695\nyr to March 2021: 590" is no "695 yr")
    r"\+?[ \t\xa0]*(?:-[ \t]*)?(?:years?|yrs?|months?|weeks?|days?|hours?|hrs?|minutes?|mins?|seconds?|secs?|"
    r"am|pm|a\.m\.|p\.m\.|episodes?|seasons?|stations?|runners?|officers?|police(?![- ]recorded)|cops|"
    # (not "12,000 car thefts": a crime against cars)
    # (nor "30,000 cars were stolen", "cars nicked": the crime's own words after)
    r"(?:cars?|vans?)(?![- ]?(?:thefts?|crimes?|break-?ins?|jackings?|stolen|nicked)|"
    r"\s+(?:were|got|have\s+been|had\s+been|being)\s+(?:stolen|nicked|broken\s+into)\b)|points?|goals?|pounds?|quid|grand|dollars?|euros?|bins?|times|"
    r"th|st|nd|rd|year-old|-year-old|miles?|km|metres?|meters?|stories|storeys|floors?|"
    r"lines?|buses|bus|trains?|(?:people\s+)?(?:attended|marched|turned\s+out|protested|rallied)|/\d|live|degrees|°[cf]?|"
    # ("London had 100+ people killed on its roads last year": road deaths)
    r"(?:people|pedestrians|cyclists)\s+(?:were\s+|are\s+)?killed\s+on\s+(?:[\w'’]+\s+){0,2}roads?)\b",
    re.I,
)
FRACTION_RE = compile_scan(
    r"(?<![\w-])(?P<f>"
    + "|".join(sorted(map(re.escape, FRACTIONS), key=len, reverse=True))
    # ("down a fifth-ish": the hedge after it, read by ``hedged_after``)
    + r")(?=-?ish\b|(?![\w-]))",
    re.I,
)
FRACTION = GatedPattern(FRACTION_RE)


@dataclass
class Ctx:
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
    #: ids of the claims whose period the post wrote out (the next sentences may lean on it)
    explicit: set[int] = field(default_factory=set)
    #: ids of the claims whose place the post's layout settled (a row of figures under a row
    #: of names): no later reading of the sentence moves them
    placed: set[int] = field(default_factory=set)
    #: ``aligned_fold(text)``: where a :class:`GatedPattern` looks for its needles
    low: str | None = None
    #: places a ranking in the sentence ranks against ("of any US city"): not a claim's own
    group_places: list[PlaceMention] = field(default_factory=list)
    #: every time expression of the post (``times`` holds the sentence's own)
    all_times: list[TimeRef] = field(default_factory=list)
    #: every place the post names (``places`` holds the nearby sentences' own)
    all_places: list[PlaceMention] = field(default_factory=list)
    #: ``split_sentences(text)``, split once when first asked for
    sentences: list[tuple[int, int]] | None = None
    #: :func:`hedge_before` answers by position (several rules ask about one figure)
    hedges: dict[tuple[int, int], tuple[str | None, int]] = field(default_factory=dict)
    #: starts of the metric words of others' claims, forecasts and goals left out (what they
    #: count, the post's answer may count: "Bloke down the pub reckons 10 people a day get
    #: murdered. Mate, it was about 130 last year.")
    heard: set[int] = field(default_factory=set)
    #: ``reply_spans(ctx)``, found once when first asked for
    replies: list[tuple[int, int]] | None = None
    #: sentences that say another's claim back as a question, then answer it ("Two murders a
    #: week in London? It's closer to three."), and where each answer opens: ``rules`` denies
    #: the echo's claims once the post is read, and reads the answer's figure in their terms
    echoes: dict[tuple[int, int], int] = field(default_factory=dict)
    #: where the post names a staged murder (a show, a game, a pet's kills), found once
    played: list[re.Match[str]] | None = None


#: "2019: 319 | 2021: 488": a bar or a bullet between items ends one, as does a bracketed item:
#: "2025 London homicides: 103 (2024: 116)" (tried only when the text has such a character)
_SENT_LIST_RE = compile_scan(
    # ("2019 | 46,700" on a line of its own is a table row: label and figure)
    # ("2021 | 45,000ish", "2025 | ~54,000 ↑")
    # ("Southwark | 890 vs 905": a row's label and its pair of figures)
    r"\s+[|•]\s+(?!(?:[~≈]|c\.)?\s*[\d,.]+[km%]?(?:-?ish|\+)?"
    r"(?:(?<!\b(?:19|20)\d\d)[ \t]+(?:vs\.?|→|->)[ \t]+(?:[~≈]|c\.)?[ \t]*[\d,.]+[km%]?)?(?:\s*[(\[][^()\[\]\n]{1,30}[)\]])?"
    r"(?:[ \t]*[↑↓⬆⬇]\ufe0f?)?[ \t]*(?:\n|$))|"
    # ("homicide 499 (YE Sep 24: 539)": the bracket's figure is of its own time)
    r"\s+(?=\((?:(?:19|20)\d\d(?:/\d\d)?|(?-i:YE)\s+[A-Za-z]{3,9}\s+(?:19|20)?\d\d|FY\s?\d\d(?:/\d\d)?)"
    r"\s*:\s*(?:[~≈]|c\.|approx\.?)?\s*\d)|"
    # "2019: 812 / 2024: 745", "NYC murders 2024: 377 / LDN: 110", "2019: 149 / ↓ approx 15pc",
    # "2022: 340k / 2023: 430k / up 26%": a slash with a space either side ends an item
    # (not inside brackets: "2024 homicides [Met / NYPD]: LDN 109 / NYC 377")
    # (nor between two names a header sets against each other, whose figures follow its colon
    # the same way: "Cardiff / Swansea, FY20: ~13,900 / ~8,200")
    r"\s+/\s+(?![^\[\]()\n]{0,40}[\])])"
    # ("Glasgow / Edinburgh, homicides 2020/21: 21 / 9": a financial year's slash is no item's)
    r"(?!(?-i:[A-Z])(?:[^\n:/]|(?<=\d)/(?=\d)){0,80}:[ \t]*(?:~|c\.\s?)?\d[\d,.]*k?[ \t]+/[ \t]+(?:~|c\.\s?)?\d)|"
    # "2022 14; 2021 30 (a record)", "knife crime ~14,000; possession of a blade ~4,100; both
    # ↓ y/y": a semicolon between items ends one
    # (not inside brackets: "495 / 356 [CPD; PPD]")
    r";(?![^\[\]()\n]{0,30}[\])])\s+|"
    # "FY21 ~200,000 → FY23 ~145,000": an arrow before an item of a time and its figure
    r"(?:(?<=[\dk%])|(?<=pc))(?<!\b(?:19|20)\d\d)(?<!FY\d\d)(?<!FY \d\d)(?<!/\d\d)"
    # (not after a time: "YE Mar 22 → YE Mar 23")
    r"(?<![A-Za-z]{3}\s\d\d)[ \t]*[→⟶][ \t]*(?=(?:FY[ \t]?\d\d|(?-i:YE)[ \t]+[A-Za-z]{3}|[HQ][1-4][ \t]+(?:19|20)\d\d|(?:19|20)\d\d(?:/\d\d)?)"
    r"[ \t]*:?[ \t]*[~≈]?[ \t]*\d)|" + _SENT_RE.pattern
)


def split_sentences(text: str) -> list[tuple[int, int]]:
    out = []
    pos = 0
    pattern = (
        _SENT_LIST_RE
        if (
            "|" in text
            or "•" in text
            or "(" in text
            or " / " in text
            or ";" in text
            or "→" in text
            or "⟶" in text
        )
        else _SENT_RE
    )
    for m in pattern.finditer(text):
        if m.start() > pos:
            out.append(_without_closing_emoji(text, pos, m.start()))
        pos = m.end()
    if pos < len(text):
        out.append(_without_closing_emoji(text, pos, len(text)))
    if " / " in text and "\n" in text:
        out = _join_label_pairs(text, out)
    return out


#: "Brooklyn 130" before a slash, and "120" after it ending the line: one item's two figures
_LABEL_FIGURE_RE = compile_re(
    r"(?:[-•*▸]\s*)?(?-i:[A-Z])[^\n\d:/|;]{0,30}?[ \t](?:[~≈]|c\.\s?)?\d[\d,.]*k?", re.I
)
_BARE_FIGURE_RE = compile_re(
    r"(?:[~≈]|c\.\s?)?\d[\d,.]*k?(?:[ \t]*[(\[][^()\[\]\n]{1,30}[)\]])?[ \t]*", re.I
)


#: "2021 – 797 / 562" under "Chicago vs Philly, homicides:": a year and the two sides' figures
_YEAR_FIGURE_RE = compile_re(
    r"(?:[-•*▸]\s*)?(?:(?:19|20)\d\d(?:/\d\d)?|(?-i:FY)\s?\d\d(?:/\d\d)?)[ \t]*[:–—-][ \t]*"
    r"(?:[~≈]|c\.\s?)?\d[\d,.]*k?",
    re.I,
)
#: "homicides 397", "per 100k ~17", "• count ~25": a label in any case, then a figure
_ANY_LABEL_FIGURE_RE = compile_re(
    r"(?:[-•*▸]\s*)?[A-Za-z][^\n:/|;]{0,30}?[ \t:](?:[~≈]|c\.\s?)?\d[\d,.]*k?", re.I
)
#: "Brooklyn 130 / 120": a line of a label and two slashed figures
_LABEL_PAIR_LINE_RE = compile_re(
    r"(?:"
    + _ANY_LABEL_FIGURE_RE.pattern
    + r"|"
    + _YEAR_FIGURE_RE.pattern
    + r")[ \t]+/[ \t]+"
    + _BARE_FIGURE_RE.pattern,
    re.I,
)
#: a header that sets two sides against each other
_SIDES_VS_RE = compile_re(r"\s(?:vs\.?|v\.?|versus)\s", re.I)


def _header_line(text: str, start: int) -> str:
    """The line above the run of lines of ``start``'s kind that opens it (its list's header)."""
    line_start = text.rfind("\n", 0, start) + 1
    line_end = text.find("\n", line_start)
    shape = _LABEL_PAIR_LINE_RE.fullmatch(text, line_start, len(text) if line_end < 0 else line_end)
    while line_start > 0:
        above = text.rfind("\n", 0, line_start - 1) + 1
        if shape is None or not _LABEL_PAIR_LINE_RE.fullmatch(text, above, line_start - 1):
            return text[above : line_start - 1]
        line_start = above
    return ""


def _join_label_pairs(text: str, sents: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """ "Murders | NYPD | 2022 vs 2023\nBrooklyn 130 / 120": the slash on a line of a label and
    two figures sets the figures against each other, and ends no item."""
    out: list[tuple[int, int]] = []
    for sent in sents:
        if (
            out
            and text.startswith(" / ", out[-1][1])
            and out[-1][1] + 3 == sent[0]
            and text.rfind("\n", 0, out[-1][0]) >= 0
            and text[text.rfind("\n", 0, out[-1][0]) + 1 : out[-1][0]].strip(" \t•*▸-") == ""
            and _BARE_FIGURE_RE.fullmatch(text, sent[0], sent[1])
            and text[sent[1] : sent[1] + 1] in ("\n", "")
            and " / " not in (header := _header_line(text, out[-1][0]))
            and (
                _LABEL_FIGURE_RE.fullmatch(text, out[-1][0], out[-1][1])
                or (
                    # ("Houston vs Dallas, 2023:\nhomicides 397 / 246\nper 100k ~17 / ~19")
                    (
                        _YEAR_FIGURE_RE.fullmatch(text, out[-1][0], out[-1][1])
                        or _ANY_LABEL_FIGURE_RE.fullmatch(text, out[-1][0], out[-1][1])
                    )
                    and _SIDES_VS_RE.search(header)
                )
            )
        ):
            out[-1] = (out[-1][0], sent[1])
        else:
            out.append(sent)
    return out


#: emoji that close a sentence ("~22k killed 😳", "still ~4x London's 🤷"): decoration, no
#: part of what the sentence says
_CLOSING_EMOJI_RE = compile_re(r"\s+[" + EMOJI_RANGE + r"\ufe0f\u200d\s]+$")


def _without_closing_emoji(text: str, start: int, end: int) -> tuple[int, int]:
    # (cheap first: most sentences end on a letter, a figure or a stop)
    last = text[end - 1] if end > start else ""
    if last.isascii() and not last.isspace():
        return start, end
    m = _CLOSING_EMOJI_RE.search(text, start, end)
    if m is None or m.start() == start:
        return start, end
    return start, m.start()


def is_list_item(text: str, sent: tuple[int, int]) -> bool:
    """Is the sentence only a label and its figure ("In 2019: 149.", "London: 110.")? Such an
    item continues the list the sentence before opened."""
    item = text[sent[0] : sent[1]].strip()
    if item[:1] in _BULLET_CHARS and item[1:2] in (" ", "\t"):
        item = item[2:].lstrip()  # "- Chicago ~21.5", "• London: 97": a bullet opens the line
    if _LIST_ITEM_RE.fullmatch(item):
        return True
    # "Toronto 1.6, Dublin 1.9, Vienna 1.8.": items in a row, each a label and its figure
    pieces = _ITEM_SEP_RE.split(item.rstrip(".!?"))
    if len(pieces) > 1 and all(_LIST_ITEM_RE.fullmatch(p) for p in pieces):
        return True
    # "2025 homicide totals:\nChicago 416\nToronto 44": a name and a whole number make an
    # item only on a line of their own
    if _LINE_ITEM_RE.fullmatch(item) is None:
        return False
    # (a bullet split off before it: "\n• Toronto 44"; or an item of a slashed line:
    # "Philly 562 / Chicago 797 / NYC 488")
    # ("\n2. Philadelphia 516": a numbered line too)
    before = (
        _LIST_NUMBER_END_RE.sub("", text[: sent[0]].rstrip(" \t"))
        .rstrip(BULLET_MARKS)
        .rstrip(" \t")
    )
    after = text[sent[1] :].lstrip(" \t")
    in_row = before.endswith((" /", " |", ";"))
    # ("... Chicago 769 (↑ ~55pc); LDN 126 (↓ ~15pc). Summary: ...": the row's last item may
    # end a sentence)
    return (before.endswith("\n") or in_row) and (
        after[:1] in ("\n", "")
        or after.startswith(("/ ", "| ", "; "))
        or (in_row and item.endswith((".", "!")))
        # ("Leeds 6,200 (2023: ~6,900)": the bracket after is an item of its own)
        or _OWN_BRACKET_ENDS_LINE_RE.match(after) is not None
    )


_OWN_BRACKET_ENDS_LINE_RE = compile_re(r"\([^()\n]{1,40}\)[ \t.]*(?:\n|$)")


_BULLET_CHARS = frozenset(BULLET_MARKS + "–—-")
_LIST_NUMBER_END_RE = compile_re(r"(?<=\n)\d{1,2}[.)]$")
#: "• Philadelphia ~230, down ~35%": the item's move after its figure
_ITEM_MOVE_TAIL = (
    r"(?:\s*[,;]?\s+(?:[–—-]\s+)?(?:up|down)\s+(?:by\s+)?(?:~|≈|c\.\s?|about\s+|around\s+|"
    r"roughly\s+|nearly\s+|almost\s+|over\s+)?\d[\d.]*\s?(?:%|pc|per\s*cent))?"
)
_LIST_ITEM_RE = compile_re(
    # "Brussels ~3.0", "Berlin 2.1": a short label and a hedged or decimal figure, a space apart
    # ("Westminster +9%", "Lambeth -4%": a signed change)
    # ("Met ~89pc", "2016 69pc": a share after a bare label)
    r"(?!(?:under|over|about|around|roughly|nearly|almost|less|more|just|only|barely|merely|like|some|maybe|approx|approximately|well|up|down|at|is|was|still|it|its|it's)\b)"
    # ("London as a whole ~330", "Met total: ~16,800": the whole's own line)
    r"[\w'’./&-]{2,20}(?:\s[\w'’.&-]{2,20})?(?:\s+(?:as\s+a\s+whole|total|overall|combined):?)?\s+(?:(?:~|c\.|ca\.|approx\.?)\s*[\d,.]+(?:[km]\+?(?!\w))?|(?:about|around|roughly)\s+[\d,.]+(?:[km]\+?(?!\w))?|\d+\.\d+|[+\-−–]\s?\d[\d,.]*\s*%|\d[\d,.]*\s?(?=%|pc))(?:\s?(?:%|pc))?"
    # ("LDN ~14,600 (↓ ~10pc)": the item's change or source in brackets; "Lambeth ~610 ↓":
    # the way it moved)
    r"(?:\s*(?:\([^()\n]{1,40}\)|\[[^\[\]\n]{1,40}\]))?(?:\s*[↑↓⬆⬇📈📉]\ufe0f?(?:\s*(?:~|≈|c\.)?\s*[+−-]?\d[\d.]*\s?(?:%|pc))?)?"
    # ("2025 45% – lowest on record": a note after a dash)
    r"(?:\s+[–—-]\s+[^\n\d]{1,40}?(?:(?:19|20)\d\d)?)?" + _ITEM_MOVE_TAIL + r"[.!?]*"
    # ("Before (2017): 3,000+": a bracket closes the label)
    r"|\(?(?:in\s+)?[\w'’/ .&-]{1,40}?(?:\s*\([\w'’/ .&-]{1,20}\))?\s*[:=–—|→-]\s*(?:~|c\.|ca\.|about|around|roughly|approx\.?|approximately|over|under|nearly|almost)?\s*"
    r"[\d,.]+(?:[km]\+?|[+%]|pc)?(?:-?ish)?(?:\s+per\s+(?:100,?000|100k|head|capita)(?:\s+people)?|\s+(?:a|per)\s+(?:day|week|year)|\s+so\s+far|\s+[a-z]+)?\)?"
    # ("2022/23 — 53 (Police Scotland)": the item's source or a note in brackets; "2025: 97
    # ↓": the way it moved)
    r"(?:\s*(?:\([^()\n]{1,40}\)|\[[^\[\]\n]{1,40}\]))?(?:\s*[↑↓⬆⬇📈📉]\ufe0f?(?:\s*(?:~|≈|c\.)?\s*[+−-]?\d[\d.]*\s?(?:%|pc))?)?"
    # ("2018: 135 – the highest since 2008", "2025: ~45, fewest in a decade")
    r"(?:(?:\s+[–—-]|,)\s+[^\n\d]{1,40}?(?:(?:19|20)\d\d)?"
    # ("2023 — 135, down ~20pc": its move on the item before)
    r"|,\s+(?:up|down|[↑↓+−-])\s*(?:~|c\.|about|around|roughly)?\s*\d[\d.]*\s?(?:%|pc)"
    r"(?:\s+(?:y/y|yoy|on\s+(?:19|20)\d\d))?)?[.!?]*",
    re.I,
)


_ITEM_SEP_RE = compile_scan(r"\s*[,;]\s*(?:and\s+)?|\s+and\s+")
_LINE_ITEM_RE = compile_re(
    # ("• England and Wales 90", "• Manchester 120ish")
    rf"(?:[-–{BULLET_MARKS}]\s*)?[A-Z][\w'’.&-]{{1,20}}(?:\s(?:(?:and|&|of|upon|on|in)\s)?[A-Z][\w'’.&-]{{1,20}}){{0,2}}"
    # ("▸ E&W avg 77": the country's average, a figure like the places'; "• Scotland total
    # 57": the whole's)
    r"(?:\s+(?:avg\.?|average|total|overall|combined|as\s+a\s+whole))?"
    # ("London 55k": thousands)
    r"\s+\d[\d,.]*(?:[km](?!\w))?(?:\+|-?ish)?(?:\s*(?:\([^()\n]{1,40}\)|\[[^\[\]\n]{1,40}\]))?"
    # ("• Lambeth ~610 ↓": the way it moved)
    r"(?:\s*[↑↓⬆⬇📈📉]\ufe0f?(?:\s*(?:~|≈|c\.)?\s*[+−-]?\d[\d.]*\s?(?:%|pc))?)?"
    + _ITEM_MOVE_TAIL
    + r"[.!]?"
)


# names that hold " and " but are not in the gazetteer: countries safetynlp has no figures
# for, whose names still must not split a clause ("Bosnia and Herzegovina's rate was ...")
_AND_NAMES_OUTSIDE_GAZETTEER = (
    "Antigua and Barbuda",
    "Bosnia and Herzegovina",
    "Saint Kitts and Nevis",
    "St Kitts and Nevis",
    "Saint Vincent and the Grenadines",
    "Sao Tome and Principe",
    "Turks and Caicos",
)
_WORD_BEFORE_AND_RE = compile_re(r"(\w+)\s+and\s+\S", re.I)


@cache
def _and_name_heads() -> frozenset[str]:
    """The words that come before " and " in a place's name or alias ("kensington",
    "england", "tyne"), lower-cased."""
    taxonomy = load_taxonomy()
    names = [*_AND_NAMES_OUTSIDE_GAZETTEER]
    for place in taxonomy.places.values():
        names += [place.name, *place.aliases]
    return frozenset(
        m.group(1).lower() for name in names for m in _WORD_BEFORE_AND_RE.finditer(name)
    )


_LAST_WORD_RE = compile_re(r"(\w+)\Z")


def _inside_place_name(text: str, and_start: int) -> bool:
    m = _LAST_WORD_RE.search(text, max(0, and_start - 40), and_start)
    return m is not None and m.group(1).lower() in _and_name_heads()


_PEAKED_RE = compile_scan(r"\bpeak(?:ed|s)?\b", re.I)


def split_clauses(text: str, s: int, e: int) -> list[tuple[int, int]]:
    out = []
    pos = s
    for m in _CLAUSE_RE.finditer(text, s, e):
        if m.group("place_and") is not None and _inside_place_name(text, m.start()):
            continue
        if m.group("since_and") is not None and _PEAKED_RE.search(text, pos, m.start()):
            # ("peaked at 5,720 in 2006/07 and have fallen by about a third since": one change
            # from the peak)
            continue
        if m.start() > pos:
            out.append((pos, m.start()))
        pos = m.end()
    if pos < e:
        out.append((pos, e))
    return out


def clause_of(clauses: list[tuple[int, int]], pos: int, sent: tuple[int, int]) -> tuple[int, int]:
    """The clause holding ``pos`` (the whole sentence if none does)."""
    return next((c for c in clauses if within(pos, c)), sent)


def figures_between(ctx: Ctx, start: int, end: int) -> list[Quantity]:
    """The counts and rates (not years, not changes in percent) between start and end."""
    return [
        q
        for q in ctx.quantities
        if q.kind != "percent"
        and start <= q.start
        and q.end <= end
        and not any(t.start <= q.start < t.end for t in ctx.times)
    ]


def within(x: int, span: tuple[int, int]) -> bool:
    return span[0] <= x < span[1]


_PLUS_END_RE = compile_scan(r"(?<!\d)\+\s*$")


def hedge_before(ctx: Ctx, pos: int, window: int = 28) -> tuple[str | None, int]:
    """The hedge class right before pos ("over", "nearly", ...) and where it starts."""
    key = (pos, window)
    found = ctx.hedges.get(key)
    if found is None:
        found = ctx.hedges[key] = _hedge_before(ctx, pos, window)
    return found


#: "about" after a noun of what is said is its topic, no hedge: "That stat about a stabbing
#: every 4 minutes"
_ABOUT_AS_TOPIC_RE = compile_re(
    r"\b(?:stat|stats|statistic|figure|claim|post|tweet|story|meme|thing|line|graphic)\s+about\s*$",
    re.I,
)


def _hedge_before(ctx: Ctx, pos: int, window: int) -> tuple[str | None, int]:
    left = ctx.text[max(0, pos - window) : pos]
    assert ctx.lex.hedge_left is not None
    m = ctx.lex.hedge_left.search(left)
    if m is not None and not (
        m.lastgroup == "hedge_approx"
        and _ABOUT_AS_TOPIC_RE.search(
            ctx.text, max(0, pos - window - 12), pos - len(left) + m.end()
        )
    ):
        return m.lastgroup, pos - len(left) + m.start()
    if _PLUS_END_RE.search(left):
        return "hedge_over", pos - 1
    return None, pos


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


def way_of(claim: Claim) -> str | None:
    """The way a move went: a trend's direction, or a sized change's sign ("up", "down")."""
    if claim.kind == "change" and claim.value is not None and claim.value[0] is not None:
        return "down" if claim.value[0] < 0 else "up" if claim.value[0] > 0 else None
    return claim.direction


def as_fall(lo: float | None, hi: float | None) -> tuple[float | None, float | None]:
    """The interval of a size said of a fall: "over 20%" down is [-100, -20], since nothing
    falls by more than all of it."""
    return (-hi if hi is not None else -100.0), (-lo if lo is not None else None)


def plus_after(ctx: Ctx, q: Quantity) -> bool:
    return ctx.text[q.end : q.end + 1] == "+"


def is_negated(ctx: Ctx, start: int, end: int) -> bool:
    # searched in place, not in a slice, so the cue sees what stands before it ("or not")
    for m in ctx.lex.cues["negation"].finditer(ctx.text, max(0, start), end):
        # (not across a new clause: "No it didn't, it had 97, the lowest since 2014.")
        if not _NEW_CLAUSE_RE.search(ctx.text, m.end(), end):
            return True
    return False


_NEW_CLAUSE_RE = compile_re(r"[,;]\s+(?:it|they|there|but|yet)\b|[;:]\s", re.I)


def _round(v: float | None) -> float | None:
    return None if v is None else round(v, 4)


def interval(lo: float | None, hi: float | None) -> tuple[float | None, float | None]:
    return _round(lo), _round(hi)


# --- metric / place / period resolution -------------------------------------------------


_COORDINATION_RE = compile_scan(r"\b(?:and|but|while|whereas|yet)\b", re.I)


def metric_for(
    ctx: Ctx, pos: int, clause: tuple[int, int], sent: tuple[int, int], *, allow_incident: bool
) -> MetricMention | None:
    def ok(m: MetricMention) -> bool:
        return m.stat or allow_incident

    in_clause = [m for m in ctx.metrics if within(m.start, clause) and ok(m)]
    if any(m.start < pos for m in in_clause):
        # "murders are down 10% and knife crime is up": a metric after a conjunction is the
        # subject of the next coordinated clause, not of this number
        in_clause = [
            m
            for m in in_clause
            if m.start < pos or not _COORDINATION_RE.search(ctx.text, pos, m.start)
        ]
    if in_clause:
        return min(in_clause, key=lambda m: abs(m.start - pos) + (0 if m.start < pos else 5))
    in_sent = [m for m in ctx.metrics if within(m.start, sent) and ok(m)]
    if in_sent:
        before = [m for m in in_sent if m.start < pos]
        if before:
            return before[-1]
        if not _NEXT_SUBJECT_RE.search(ctx.text, pos, in_sent[0].start) or not any(
            m.end <= sent[0] and ok(m) for m in ctx.metrics
        ):
            return in_sent[0]
        # ("London had 95 murders last year against 109 in 2013. A 13% drop, and teenage
        # killings fell to 11.": the crime of a clause after is that clause's own)
    # ("There's a murder a day in London apparently. It was 126 in 2020.": the word a
    # frequency read counts the series)
    earlier = [
        m
        for m in ctx.metrics
        if m.end <= sent[0]
        and (
            ok(m)
            or m.start in ctx.heard
            or any(c.kind == "frequency" and c.start <= m.start < c.end for c in ctx.claims)
        )
    ]
    if earlier and _OVERALL_RE.search(ctx.text, *sent):
        # ("Knife crime | Met | 2021 vs 2022\n• total ...\n• knife robbery ...\n↑ ~12pc
        # overall": the whole the list's header names, not its last line's part)
        block = ctx.text.rfind("\n\n", 0, sent[0]) + 1
        return next(m for m in [*(m for m in earlier if m.start >= block), earlier[-1]])
    if earlier:
        return earlier[-1]
    return None


_OVERALL_RE = compile_scan(r"\b(?:overall|in\s+total|altogether|all\s+told)\b", re.I)
#: the conjunctions that set a clause against the one before ("..., but", " whereas", " yet")
TURN_WORDS_SRC = r"(?:but|yet|while|whereas|though|although)"
#: a clause of its own, with its own subject, after a figure: ", and teenage killings fell"
_NEXT_SUBJECT_RE = compile_scan(r"[,;]\s*(?:and|but|while|whereas)\s", re.I)
#: that clause says how big its place is
_CLAUSE_SIZE_RE = compile_re(
    r"(?:['’]s)?\s+(?:is|was|are|were|has|have)\s+(?:(?:about|around|roughly|nearly|almost|over)\s+)?"
    r"(?:[\w.]+\s+times\s+)?(?:bigger|larger|smaller|the\s+size|more\s+(?:people|populous))\b",
    re.I,
)
_EXTREMUM_SINCE_RE = compile_scan(
    r"\b(?:highest|lowest|most|fewest|worst|best|deadliest|safest)\b(?:\s+[\w-]+){0,3}\s*$"
    # ("went up last year for the first time since 2011": a rise on the year before, the
    # first in that long)
    r"|\bfor\s+the\s+first\s+time\s*$",
    re.I,
)
#: a quoted phrase ("the 'it's improving' line": an apostrophe inside a word is no quote)
QUOTED_RE = compile_scan(
    r"(?:(?<=\s)|^)[\"“‘'](?:[^\"“”‘’'\n]|(?<=\w)['’](?=\w)){1,80}?[\"”’'](?![A-Za-z])"
)
#: "Houston's only ~1.7x bigger": a multiple of the places' sizes, not of their crime
SIZE_AFTER_RE = compile_re(
    r"\s*(?:bigger|larger|smaller|the\s+(?:size|population|people|residents)|as\s+(?:big|large|populous)|"
    r"more\s+(?:people|populous|residents))\b",
    re.I,
)
_YEAR_RE = compile_re(r"(?<![\d,.£$])\b((?:19|20)\d\d)\b(?![\d,])")
_THAT_YEAR_RE = compile_scan(r"\b(?:that|the\s+same|that\s+same)\s+year\b", re.I)
_HEARSAY_BEFORE_RE = GatedPattern(
    compile_scan(
        # ("People on here genuinely think London is more dangerous than New York")
        # ("Reply to the guy saying Paris is safer than London:")
        # ("Half the office thinks ...", "Half the replies under my last toot insist ...")
        r"(?:\b(?:someone|somebody|anyone|anybody|people|ppl|everyone|everybody|folks|idiots|"
        # ("Most people think ...", "38% of Londoners think ...": a poll's or a crowd's belief)
        r"(?:most|many|lots\s+of|plenty\s+of)\s+people|\d+(?:\.\d+)?\s*%\s+of\s+(?:you|people|the\s+public|"
        r"respondents|voters|adults|those\s+(?:polled|asked|surveyed)|(?-i:[A-Z])[a-z]+s)|half\s+(?:the|my|our)\s+[\w'’-]+(?:\s+(?:under|on|in)\s+(?:my|the|our)\s+(?:[\w'’-]+\s+){0,2}?[\w'’-]+)?|(?:the|that|this)\s+(?:guy|bloke|person|lad|fella|poster|account)"
        # ("The bloke who runs our corner shop reckons ...")
        r"(?:\s+who\s+(?:runs|works|lives|owns|drives|sits)\b[^,.!?\n]{0,30}?)?)\s+"
        # ("People in my mentions swear ...", "Someone on the Nextdoor group reckons ...",
        # "Everyone in this thread saying ...", "Someone below says ...")
        # ("Everyone at the school gates this morning saying ...")
        r"(?:(?:on\s+here|online|on\s+(?:twitter|x|facebook|reddit|tiktok|nextdoor|whatsapp|instagram|insta|threads)|below|above|upthread|"
        r"at\s+the\s+[\w'’-]+(?:\s+[\w'’-]+)?(?:\s+(?:this\s+morning|today|last\s+night))?|"
        r"in\s+(?:this|the)\s+(?:thread|comments|replies|sub|subreddit|group|chat)"
        r"|(?:on|in)\s+(?:the|my|our)\s+(?:[\w'’-]+\s+){0,2}(?:mentions|replies|comments|group|chat|"
        r"forum|thread|page|app|whatsapp|nextdoor|discord|telegram))\s+)?"
        # ("People love saying someone in England and Wales is stabbed every 4 minutes")
        # ("Anyone who says ...", "Anyone calling London more dangerous than New York ...")
        r"(?:who\s+)?(?:(?:genuinely|actually|really|seriously|honestly|still)\s+)?(?:keeps?\s+|(?:love|loves|like|likes)\s+(?:to\s+)?)?(?:(?:says?|said|claims?|calling|"
        r"claimed|thinks?|reckons?|tells?\s+(?:me|you|us|u)|talks?\s+like|acts?\s+like|swears?|insists?|"
        # ("Someone on the local FB group reckons: burglaries ...")
        r"insisting|swearing|saying|claiming|asking\s+(?:if|whether))(?:\s*:\s*|\s+(?:that\s+)?)"
        # "People think it's ten a day.", "ppl on here talk like LDN has 1000s of murders/yr"
        # ("Everyone on here says Tower Hamlets is a robbery hotspot that keeps getting worse")
        # ("Reply to the guy saying 'Brum has 20 stabbings a day':")
        r"[\"'“‘]?(?:it['’]?s\s+|there(?:['’]s(?:\s+been)?|['’]ve\s+been|\s+are|\s+is|\s+were|\s+(?:have|has)\s+been)\s+"
        r"|(?-i:[A-Z])[\w'’]*(?:\s+(?-i:[A-Z])[\w'’]*)?\s+(?:has|had|gets|sees|is|are|was|were)\s+(?:(?:a|an|the)\s+)?)?"
        # "people keep posting that the borough is 'getting worse'"
        r"|(?:posting|saying|claiming|tweeting)\s+that\s+(?:[\w'’]+\s+){0,4}(?:is|are|was|were|has|have)\s+)"
        # ("Someone posted in the Bexley group that burglaries are 'up 40%'")
        r"|\b(?:someone|somebody|people|ppl|everyone|a\s+neighbou?r)\s+(?:posted|said|wrote|claimed|reckons)\s+(?:in|on)\s+"
        r"(?:the|my|our)\s+(?:[\w'’-]+\s+){0,3}?(?:group|forum|thread|page|chat|sub)\s+that\s+"
        r"(?:there(?:['’]s(?:\s+been)?|['’]ve\s+been|\s+are|\s+is|\s+were|\s+(?:have|has)\s+been)\s+)?"
        # "we're told it's 'improving'"
        r"|\b(?:we|you)(?:['’]re|\s+are|\s+get|\s+keep\s+getting)\s+told\s+(?:that\s+)?(?:it['’]?s\s+|they['’]re\s+)?"
        # ("and theyll tell u knife crime is down": what they will say, mocked)
        r"|\bthey(?:['’]?ll|\s+will|['’]?d)\s+(?:tell|have)\s+(?:u|you|us)\s+(?:that\s+)?(?:believe\s+(?:that\s+)?)?"
        # "Bloke at the bus stop telling everyone there's '10 stabbings a day on this road'"
        # (not "He told us knife crime in Enfield fell": what the poster was told, and passes on)
        # ("Bloke on the 36 telling the whole top deck there's '50 stabbings a day'")
        # ("told everyone at the BBQ that knife crime in Leeds has 'doubled'")
        r"|\b(?:telling|tells|told)\s+(?:everyone|everybody|people|anyone|the\s+whole\s+(?:[\w-]+\s+){0,2}?[\w-]+)"
        r"(?:\s+(?:at|in|on)\s+the\s+[\w'’-]+(?:\s+[\w'’-]+)?)?\s+(?:that\s+)?"
        # ("some bloke was telling everyone London has '300 murders a year now'")
        r"(?:it['’]?s\s+|there(?:['’]s(?:\s+been)?|['’]ve\s+been|\s+are|\s+is|\s+were|\s+(?:have|has)\s+been)\s+"
        r"|(?-i:[A-Z])[\w'’]*\s+(?:has|had|gets|sees)\s+)?"
        # "The tabloids would have you believe it's thousands", "they want you to think ..."
        r"|\b(?:would|['’]d|wants?|want)\s+(?:have\s+)?you\s+(?:to\s+)?(?:believe|think)\s+"
        r"(?:that\s+)?(?:it['’]?s\s+|there(?:['’]s(?:\s+been)?|['’]ve\s+been|\s+are|\s+is|\s+were|\s+(?:have|has)\s+been)\s+)?"
        # "Half the people in this sub act like Chicago is a war zone with 100 murders a week"
        r"|\b(?:people|ppl|everyone|everybody|folks|idiots)\s+(?:[\w'’]+\s+){0,4}?(?:talks?|acts?|talking|acting)"
        r"\s+(?:like|as\s+if)\s+(?:(?!\s(?:but|yet|though|while|whereas)\s)[^.!?\n:;—–]){0,60}"
        # (each of the above ends where the claim starts)
        r")[\"'“‘]?$",
        re.I,
    )
)
#: the believing verbs both list-header readers below share
# ("Things my uncle is sure of after two pints:")
_BELIEF_VERBS = (
    # ("Things Gary from accounts is 100% sure of:")
    r"reckons?|thinks?|believes?|swears?|insists?|claims?|convinced|"
    r"(?:is|are)\s+(?:(?:100%|absolutely|dead|totally|completely)\s+)?(?:sure|certain)\s+of|"
    # ("My neighbours, ranked by how sure they are about crime round here:")
    r"how\s+(?:sure|certain|convinced)\s+(?:they|he|she)\s+(?:are|is)"
)
#: a header whose list holds what someone believes or promises: "My uncle reckons:",
#: "she promises to:"
_BELIEF_HEADER_RE = compile_re(
    rf"\b(?:{_BELIEF_VERBS}|insisting|swearing|claiming|(?:promises?|pledges?|vows?|(?<!nobody\s)(?<!no\sone\s)wants?)(?:\s+to)?)"
    # ("Things my dad believes about London:", "Our candidate's promises for the ward:")
    # ("My uncle reckons, after two pints:")
    r"(?:\s+(?:about|for|on|in|from|by|after)\s+[^:\n]{1,40}|\s*,\s*[^:\n]{1,30})?\s*:\s*$",
    re.I,
)
# ("– 'Croydon's had a stabbing every day'", "> 'there's 10 stabbings a day on this road'")
_ITEM_MARK_RE = compile_re(rf"[ \t]*(?:[-–—>→{BULLET_MARKS}]\ufe0f?|\d{{1,2}}[.)])[ \t]+")
#: a list header that makes its items goals: "Mayor's 2026 targets:", "Our priorities for the
#: ward:" (but only items that open on a goal's verb, "→ cut knife crime by 20%": under
#: "Targets and how we did:" an item may report the outcome)
_TARGET_HEADER_RE = compile_re(
    r"\b(?:targets?|goals?|aims|ambitions?|priorities|commitments?|plan|manifesto|mission)"
    r"(?:\s+(?:for|by|to|in|until)\s+[^:\n]{1,30})?\s*:\s*$",
    re.I,
)
_GUESS_HEADER_RE = compile_re(
    r"(?:^|[.!?]\s+)(?:my\s+|our\s+)?(?:(?:19|20)\d\d\s+)?(?:predictions?|forecasts?|bets?|guesses?)"
    r"(?:\s+(?:for|by)\s+[^:\n]{1,30})?\s*:\s*$",
    re.I,
)
_GOAL_ITEM_RE = compile_re(
    r"(?:to\s+)?(?:cut|halve|reduce|lower|slash|bring|drive|get|push|tackle|end|double|treble|"
    r"triple)\b",
    re.I,
)
_QUOTED_LINE_RE = compile_re(r"[ \t]*[\"'“‘][^\n]{3,}[\"'”’][ \t]*$", re.M)
#: a list header naming others' say-so anywhere in it: "What people in the Bexley group have
#: been saying this week:", "Overheard at the bus stop, in order:", "Things my father-in-law
#: believes, collected over one Sunday lunch:"
_SAYSO_HEADER_RE = compile_re(
    rf"\b(?:{_BELIEF_VERBS}|says?|said|saying|"
    # ("Things Mum's friend Carol told her at bingo:", "Nan's views, Sunday lunch edition:", "My
    # cab driver's theories, 25 minutes, unprompted:")
    r"overheard|told\s+(?:me|us|her|him|them)|tells?\s+(?:me|us|her|him|them)|(?:been|was|were|get|got)\s+told|"
    r"according\s+to|promises?|promising|views|theories|hot\s+takes|opinions|"
    r"promised|pledges?|pledged|vows?|"
    r"forwards|whatsapp|nextdoor|(?:she|he|they)['’]ll\s+do|"
    r"will\s+do|act\s+like|"
    r"greatest\s+hits|myths?|rumou?rs?|conspirac(?:y|ies)|"
    # ("My mum's Facebook shares this week, ranked by nonsense:", "Cab driver ... gave me his
    # crime stats:", "If London had Chicago's murder rate, we'd see:": no one's own figures)
    r"facebook\s+shares|nonsense|gave\s+me\s+(?:his|her|their)|we['’]d\s+(?:see|have|get)|"
    # ("If London had Chicago's murder rate:": what would be, no one's figures)
    r"if\s+[\w'’]+(?:\s+[\w'’]+)?\s+(?:had|got|was|were)|imagine)\b",
    re.I,
)
_LAST_SENTENCE_RE = compile_re(r"[^.!?]*$")
#: (but "What the ONS says:": a source's figures, passed on; "Quick facts:")
_OFFICIAL_HEADER_RE = compile_re(
    r"\b(?:ONS|Met|police|Home\s+Office|NHS|FBI|NYPD|CPD|MOPAC|data|figures|stats|statistics|"
    r"report|bulletin|dashboard|official|government|minister|facts?|reality)\b",
    re.I,
)


_HEADER_COLON_RE = compile_re(r":(?=\s)")


#: "The claim is false.": what a post says of the claim it quoted
CLAIM_CALLED_FALSE_RE = compile_scan(
    r"\b(?:the|that|this)\s+claim(?:\s+(?:is|was)|['’]s)\s+(?:simply\s+|completely\s+|just\s+|entirely\s+)?"
    r"(?:false|wrong|untrue|not\s+true|nonsense|rubbish|a\s+myth|incorrect)\b",
    re.I,
)


def _sayso_line_quote(text: str, pos: int) -> bool:
    """Is ``pos`` in a quote after a colon that ends a say-so header on its own line
    ("Overheard at the bus stop: 'there's 50 stabbings a day in Croydon now' / '...'")?"""
    line_start = text.rfind("\n", 0, pos) + 1
    mark = _HEADER_COLON_RE.search(text, line_start, pos)  # (not a clock's "6:02")
    if mark is None:
        return False
    colon = mark.start()
    head = _LAST_SENTENCE_RE.search(text, line_start, colon)
    return (
        head is not None
        and _SAYSO_HEADER_RE.search(head.group(0)) is not None
        and _OFFICIAL_HEADER_RE.search(head.group(0)) is None
        and any(q.start() < pos < q.end() for q in QUOTED_RE.finditer(text, colon, pos + 200))
    )


def _believed_list_item(text: str, pos: int) -> bool:
    """Is ``pos`` on an item of a list whose header is a belief or a promise?"""
    line_start = text.rfind("\n", 0, pos) + 1
    if (
        line_start == 0
        or not _ITEM_MARK_RE.match(text, line_start)
        and not _QUOTED_LINE_RE.match(text, line_start)
    ):
        return False
    mark = _ITEM_MARK_RE.match(text, line_start)
    goal_item = mark is not None and _GOAL_ITEM_RE.match(text, mark.end()) is not None
    while line_start > 0:
        prev_start = text.rfind("\n", 0, line_start - 1) + 1
        line = text[prev_start : line_start - 1]
        # ("On Nextdoor this week:\n'burglaries up 40% round here'\n'...'": a quoted line is
        # an item too)
        if not _ITEM_MARK_RE.match(line) and not _QUOTED_LINE_RE.match(line):
            # (the header's own last sentence: "Everyone saying london is 'lawless'. Quick
            # facts:" lists the poster's)
            head = _LAST_SENTENCE_RE.search(line)
            if goal_item and _TARGET_HEADER_RE.search(line):
                return True  # "Mayor's 2026 targets:\n→ cut knife crime by 20%"
            if _GUESS_HEADER_RE.search(line):
                # ("London ended 2020 with 126 homicides. Predictions for 2021:\n- under 100":
                # a header of guesses after a sentence of fact)
                return True
            return _BELIEF_HEADER_RE.search(line) is not None or (
                line.rstrip().endswith(":")
                and head is not None
                and _SAYSO_HEADER_RE.search(head.group(0)) is not None
                and _OFFICIAL_HEADER_RE.search(head.group(0)) is None
            )
        line_start = prev_start
    return False


#: a quoted claim used to name the people who make it: "the '100 murders a day' guy"
_QUOTE_NAMES_AFTER_RE = compile_re(
    r"\s*(?:guy|bloke|fella|lot|crowd|brigade|types?|people|merchants|squad|gang|person|poster|"
    # ("some 'crime is up 40%' attack ad": the quote names an advert)
    r"account|lads|brigade|mob|(?:attack\s+)?ad|advert|commercial)s?\b",
    re.I,
)
#: the words that call a sayer wrong ("Whoever said ... is chatting rubbish")
SAYER_WRONG_SRC = (
    r"(?:wrong|lying|mistaken|misinformed|deluded|clueless|making\s+(?:it|things|stuff)\s+up|"
    # ("The viral graphic saying ... is just wrong", "The WhatsApp message saying ... is false")
    r"false|untrue|not\s+true|nonsense|rubbish|bollocks|a\s+lie|a\s+myth|made\s+up|fake|"
    r"(?:chatting|talking)\s+(?:rubbish|nonsense|shit|crap|bollocks|"
    r"out\s+of\s+(?:their|his|her)\s+(?:arse|ass))|having\s+a\s+laugh|full\s+of\s+it|"
    r"got\s+it\s+wrong)\b"
)
#: a sayer's claim judged right after it, in its sentence ("... is talking rubbish", "... was
#: right"): group ``wrong`` or ``right``
SAYER_JUDGED_AFTER_RE = compile_re(
    # (the claim's place or time may come after its words: "five a day in Croydon was right")
    r"(?:\s+in\s+(?-i:[A-Z])[\w'’&-]*(?:\s+(?-i:[A-Z])[\w'’&-]*)?)?"
    r"(?:\s+(?:last|this)\s+year|\s+in\s+(?:19|20)\d\d)?"
    r"\s+(?:is|are|was|were|has|have)\s+(?:(?:just|simply|completely|totally|dead|so|quite)\s+)?"
    r"(?:(?P<wrong>"
    + SAYER_WRONG_SRC
    + r")|(?P<right>(?:not\s+wrong|right|correct|spot\s+on|bang\s+on)\b))",
    re.I,
)
#: others' claim named by who holds it (its own pattern, run only where "who" or a quote
#: mark stands just before the claim)
_WHOEVER_BEFORE_RE = compile_scan(
    # "For the 'London is more dangerous than NYC' crowd:"
    r"\bfor\s+(?:the|all\s+the|everyone\s+in\s+the)\s+[\"'“‘]$"
    # "To whoever said Philly is 'safer than London':"
    r"|\b(?:whoever|anyone\s+who|everyone\s+who|those\s+who|people\s+who)\s+(?:(?:still|keeps?)\s+)?"
    r"(?:said|says|saying|claims?|claimed|thinks?|posted|believes?)\s+(?:that\s+)?[\"'“‘]?$",
    re.I,
)
#: "is 100% sure", "was adamant", "is certain": a belief held
_SURE = (
    r"(?:(?:is|was|['’]s|are|were)\s+(?:(?:100%|absolutely|dead|completely|totally|so|very)\s+)?"
    r"(?:sure|certain|adamant|positive|convinced))"
)
#: what someone else believes or told the poster, the figure quoted (its own pattern, run
#: only where one of its verbs is)
_BELIEF_BEFORE_RE = compile_scan(
    r"(?:"
    # "Cab driver told me there's '20 stabbings a night' in Soho": a quoted figure told
    # ("... who told me London has 'a murder every day'")
    r"\b(?:told|tells|telling)\s+(?:me|us)\s+(?:that\s+)?(?:it['’]?s\s+|there(?:['’]s(?:\s+been)?|['’]ve\s+been|\s+are|\s+is|\s+were|\s+(?:have|has)\s+been)\s+"
    r"|(?-i:[A-Z])[\w'’]*\s+(?:has|had|gets|sees)\s+"
    # ("He's already told me his old road in Streatham had 'a stabbing a week'")
    r"|(?:his|her|their|my|our|the)\s+(?:[\w'’]+\s+){1,5}?(?:has|had|gets|got|sees|saw)\s+)[\"'“‘]"
    # "Lad at work reckons there's 'a stabbing every five minutes'"
    # ("Taxi driver swore blind there were '20 murders a week'")
    r"|\b(?:reckons|reckoned|thinks|swears|swore|insists|insisted|believes|(?<=\bswore\s)blind|(?<=\bswears\s)blind|"
    + _SURE
    + r")\s+(?:that\s+)?(?:(?:it['’]?s\s+|there(?:['’]s(?:\s+been)?|['’]ve\s+been|\s+are|\s+is|\s+were|\s+(?:have|has)\s+been)\s+)[\"'“‘]"
    # ("is convinced 'there's a mugging every night'": the quote may open first)
    r"|[\"'“‘](?:it['’]?s\s+|there(?:['’]s|\s+are|\s+is|\s+were)\s+)(?:(?:a|an|one)\s+)?)"
    # ("forwarded a post saying '300 people murdered in London last year'")
    # ("A post on the community page says burglaries ... 'at a record high'")
    # ("a Telegram channel claiming burglaries 'have exploded'", "forwarded one claiming ...")
    r"|\b(?:(?:post|tweet|message|meme|video|article|headline|email|leaflet|share|screenshot|"
    r"channel|page|account|thread|clip)s?|(?<=\bforwarded\s)one|(?<=\bshared\s)one)"
    r"(?:\s+on\s+(?:the|a)\s+[\w'’ -]{1,30}?)?"
    r"\s+(?:saying|claiming|says|said|claims|that\s+(?:says|said|claims|claimed))\s+"
    # (what is claimed may open before its quote, or ("a channel claiming burglaries have
    # exploded") have none)
    r"(?:(?<=claiming\s)(?:that\s+)?$|(?:(?-i:[A-Z])[\w'’]*\s+|[a-z]+\s+(?=[\"'“‘]))?"
    # ("articles saying there's 'a stabbing every day'", "posts claiming 'there's a stabbing
    # every 5 minutes in London'")
    r"(?:that\s+)?(?:(?:it['’]?s\s+|there(?:['’]s|\s+are|\s+is|\s+were)\s+)?[\"'“‘]"
    r"|[\"'“‘](?:it['’]?s\s+|there(?:['’]s|\s+are|\s+is|\s+were)\s+)(?:(?:a|an|one)\s+)?))"
    # "My 15-year-old read on TikTok it was one a minute": what social media says
    r"|\b(?:read|saw|seen)\s+(?:on|in)\s+(?:tiktok|facebook|fb|twitter|x|reddit|instagram|insta|"
    r"social\s+media|the\s+internet|(?:a|some|the)\s+(?:[\w'’-]+\s+)?(?:group|forum|thread|post|video))\s+"
    r"(?:that\s+)?(?:it\s+was\s+|it['’]s\s+|there(?:['’]s(?:\s+been)?|['’]ve\s+been|\s+are|\s+is|\s+were|\s+(?:have|has)\s+been)\s+)?(?:(?:a|an|one)\s+)?"
    # "Heard from my cousin who's a PCSO that there's a stabbing every hour": word of mouth
    # passed on (not "heard on the news that ...": a source)
    r"|\bheard\s+(?:from|off)\s+(?:my|a|an|our|some|this)\s+(?:(?!the\s+news\b)[\w'’-]+\s+){1,6}?that\s+"
    # ("... that Croydon has 'a shooting a week'")
    r"(?:it['’]?s\s+|there(?:['’]s(?:\s+been)?|['’]ve\s+been|\s+are|\s+is|\s+were|\s+(?:have|has)\s+been)\s+|(?-i:[A-Z])[\w'’]*\s+(?:has|had|gets|sees)\s+)?"
    r"[\"'“‘]?(?:(?:a|an|one)\s+)?"
    # "my uncle reckons there's 10 murders a day": a belief, not a source
    # ("uncle reckons 10 stabbings/day in Croydon": a terse post drops the "my")
    r"|\b(?:(?:my|our|his|her|their|the|someone['’]s|somebody['’]s)\s+(?:[\w'’-]+\s+){0,2})?(?:step-?)?(?:uncle|aunt|auntie|nan|nana|gran|granny|grandad|"
    r"grandpa|grandma|dad|mum|mom|mam|brother|sister|cousin|mate|neighbou?r|boss|colleague|friend|"
    r"husband|wife|partner|missus|girlfriend|boyfriend|in-laws?|fil|mil|lads|group|group\s?chat|forum|"
    r"father|mother|son|daughter|niece|nephew|"
    r"flatmate|roommate|housemate|landlord|co-?worker|teacher|pundit|columnist|presenter|"
    r"commentator|woman|lady|man|dads?|mums?|someone|somebody|everyone|everybody|"
    # ("Most people believe ...", "Half the people I spoke to ... believe")
    r"people|folks?|locals|residents|voters|punters|commenters|"
    # ("She's convinced ...", "he reckons ...": a pronoun for the believer named before)
    r"he|she|they|"
    # ("Bloke in the pub last night insisting Leeds has 'more shootings than Chicago'")
    # ("My neighbour, 74, swears ...": an age in apposition)
    r"bloke|guy|fella|geezer|(?:taxi\s+|cab\s+|bus\s+|uber\s+)?driver|cabbie|crowd|mob|"
    # ("One of the marshals (Geoff, 71) is adamant ...": one of a group the poster knows)
    r"one\s+of\s+(?:the|my|our)\s+[a-z'’-]+s|"
    # ("Jess (HR, 33) is certain ..."): a name with an aside
    r"(?-i:[A-Z][a-z]{2,})(?=\s*\()|"
    # ("Priya is sure ...", "Raj reckons ...", "Tom insists ...": a first name, then the belief)
    # (not a paper's or an office's name, a source passed on: "City Hall reckons", "Bristol
    # Post reckons", "the Mail insists")
    + "".join(rf"(?<![A-Z][a-z]{{{k}}}\s)" for k in range(1, 12))
    + r"(?<!the\s)(?<!The\s)(?-i:(?!(?:Hall|Post|Office|Times|Mail|Express|Guardian|Telegraph|Sun|"
    r"Mirror|Standard|News|Police|Met|Council|Government|Mayor|Minister|Commissioner|Yard|Labour|"
    r"Reform|Tories|Sky|BBC|GB)\b)[A-Z][a-z]{1,})"
    r"(?=\s+(?:reckons|insists|swears|thinks|believes|keeps\s+saying|"
    r"(?:is|was)\s+(?:(?:so|very|100%|absolutely|dead|totally)\s+)?(?:sure|certain|convinced|adamant|positive))\b))"
    r"(?:-in-law)?s?(?:\s+type)?(?:\s+next\s+to\s+(?:me|us))?"
    r"(?:\s+(?:I|we)\s+(?:spoke|talked|asked|know|met|polled)(?:\s+(?:to|with))?)?"
    # ("My neighbour Brenda (she's 74 and sharp as a tack) is convinced", "My cab driver this
    # morning (Gary, 67, ...) swears": a name, a time and an aside)
    r"(?:\s+(?-i:[A-Z])[\w'’-]+){0,2}(?:\s+(?:this\s+morning|last\s+night|today|yesterday))?"
    r"(?:\s*\([^()\n]{1,80}\))?"
    # ("The guy who runs the corner shop, Sunil, insists ...", "My uncle, who lives in Florida
    # and is 61, is convinced", "My 10-year-old's teacher, Mr Hughes, apparently told")
    r"(?:\s+who\s+[^,.!?\n]{1,40}?,\s*(?-i:[A-Z])[\w'’-]+,|,\s*who[^,.!?\n]{1,60},"
    r"|,\s*(?-i:(?:Mr|Mrs|Ms|Dr)\.?\s+)?(?-i:[A-Z])[\w'’-]+,"
    # ("A guy in my climbing club, 58, retired copper, is certain")
    r"|(?:\s+(?:in|at|on)\s+(?:my|our|the)\s+[\w'’ -]{1,30}?)?,\s*\d{1,3}\s*,\s*[^,.!?\n\d]{1,30},)?"
    # ("My uncle is 70 and swears ...")
    r"(?:,\s*\d{1,3}\s*,\s*|\s+is\s+\d{1,3}\s+and\s+|\s+|"
    r"(?=['’]s\s+(?:(?:100%|absolutely|dead|completely|totally|so|very)\s+)?(?:convinced|sure|certain|adamant|positive)))"
    # ("My cousin in Houston reckons ...")
    r"(?:(?:in|from|at|down|up)\s+(?:[A-Z][\w'’.-]*\s+){1,2}"
    # ("on the 6:10 from Waterloo", "at my kid's football club (...)", "on breakfast telly",
    # "on one of those late-night panel shows")
    r"|(?:in|at|on)\s+(?:(?:the|my|our|a|an|one\s+of\s+(?:those|the))\s+)?(?:[\w'’:.-]+\s+){1,4}?"
    r"(?:\([^()\n]{1,60}\)\s+)?(?:(?:last\s+night|yesterday|today|earlier|this\s+morning)\s+)?)?"
    # ("My coworker from Houston (34, big Astros fan) is sure ...": the aside after the place)
    r"(?:\([^()\n]{1,80}\)\s+)?"
    r"(?:,?\s*who(?=['’]s)|,?\s*who\s+)?"
    r"(?:(?:wouldn['’]t|won['’]t|couldn['’]t|would\s+not)\s+stop\s+|keeps?\s+|kept\s+)?"
    r"(?:(?:genuinely|actually|really|seriously|honestly|still|apparently|was|is)\s+)?"
    # ("My nan's convinced there's a murder a day in Cardiff")
    # ("Bloke at the bus stop insisting: '20 stabbings a day'")
    r"(?:reckons?|thinks?|swears?|swore(?:\s+blind)?|insists?|insisted|insisting|swearing|believes?|heard|"
    r"announced|whispered|muttered|(?:is|['’]s)\s+convinced|" + _SURE + r"|"
    # ("My coworker Dave keeps saying ...", "Someone posted that ...")
    r"(?<=keeps\s)saying|(?<=keep\s)saying|(?<=kept\s)saying|posted\s+that|"
    # ("was going on about London being worse than New York")
    r"(?:was|is|keeps?|kept)\s+(?:going|banging)\s+on\s+about|"
    # ("Dad keeps telling everyone at the bowls club that ...", "a dad who 'read somewhere'")
    # ("keeps telling the residents' meetings that ...")
    r"(?:keeps?\s+|kept\s+)?(?:telling|tells|told)\s+(?:everyone|everybody|people|anyone|"
    r"the\s+(?:class|kids|room|table|street|(?:[\w'’-]+\s+)?(?:meetings?|group|chat|lads|pub|office)))"
    r"(?:\s+(?:at|in|on)\s+(?:the|my|our|his|her)\s+(?:[\w'’-]+\s+){0,2}?[\w'’-]+)?|"
    r"(?:who\s+|(?:insists?|swears?)\s+(?:he|she|they)\s+)?[\"'“‘]?read\s+somewhere[\"'”’]?|"
    # ("A man at the bus stop told me with total confidence that ...")
    r"told\s+(?:me|us)\s+with\s+(?:total|complete|absolute|great|full)\s+(?:confidence|certainty))"
    # ("Stepdad insists 'there's a stabbing every 10 mins in Brum'", "insists the murder rate
    # in Rotterdam is ...")
    r"(?:\s*:\s*|\s+(?:that\s+)?(?:the\s+)?)[\"'“‘]?"
    # ("My stepdad reckons London gets 20 murders a day", "My neighbours swear burglaries
    # are up 50%")
    r"(?:it['’]?s\s+|there(?:['’]s(?:\s+been)?|['’]ve\s+been|\s+are|\s+is|\s+were|\s+(?:have|has)\s+been)\s+|[A-Z][\w'’]+\s+(?:gets?|has|sees|had)\s+"
    # (not past a turn: "People keep saying London is lawless but murders are down ...")
    r"|(?:(?!(?:but|yet|whereas|however|though|although)\b)[\w'’]+\s+){1,6}?(?:is|are|was|were|has|have|had)\s+)?"
    r"(?:(?:a|an|one)\s+)?"
    r")[\"'“‘]?$",
    re.I,
)
_SCORNED_ECHO_RE = compile_re(r"[ \t]+my\s+(?:" + SCORN_WORDS + r")\b", re.I)
_CONTRARY_RE = compile_scan(r"\b(?:but|yet|whereas|however|though|although)\b", re.I)
_KEEP_SAYING_RE = compile_scan(
    r"\b(?:someone|somebody|people|everyone|everybody|folks|idiots|they)\s+"
    r"(?:(?:on\s+here|online|on\s+(?:twitter|x|facebook|reddit|tiktok))\s+)?"
    r"(?:(?:keeps?|kept)\s+(?:saying|claiming|posting|tweeting|telling\s+(?:me|us|you))"
    # ("People on here saying NYC is 'safer than London'.")
    r"|(?<=here\s)saying|(?<=online\s)saying)\s+"
    r"(?:that\s+)?(?:it['’]?s\s+)?[\"'“‘]?$"
    # ("Neighbour at No. 14 (Sandra, ..., 58) keeps saying burglaries ...": anyone's but the
    # poster's)
    r"|(?<!\bI\s)(?<!\bwe\s)\b(?:keeps|kept)\s+(?:on\s+)?(?:saying|claiming|posting|tweeting|insisting)\s+"
    r"(?:that\s+)?(?:it['’]?s\s+)?[\"'“‘]?$"
    # ("My coworker loves telling me London 'overtook New York for murders'")
    r"|(?<!\bI\s)(?<!\bwe\s)\b(?:loves|likes|enjoys)\s+(?:telling|reminding)\s+(?:me|us|everyone|people)\s+"
    r"(?:that\s+)?(?:it['’]?s\s+)?(?:[A-Z][\w'’]*(?:\s+[A-Z][\w'’]*)?\s+)?[\"'“‘]?$",
    re.I,
)
#: a sentence that opens by denying the one before ("It isn't.", "No.", "Wrong.")
#: a flat denial after a comma, of what the clause before it said: ", no it didnt", ", its
#: not true", ", that's nonsense"
COMMA_DENIAL_RE = compile_re(
    # ("People asking if murders are at a record high: they aren't, not even close.": the
    # answer after a colon or a dash needs no "no")
    r"\s*[:—–]\s*(?:it|they|there)\s*(?:is|are|was|were|has|have|does|do|did)n['’]?t\b(?!\s+(?:just|only)\b)"
    r"|\s*[,;:—–-]\s*(?:no(?:pe)?[,.!]*\s+(?:it|they|that|there)\s*(?:is|are|was|were|has|have|does|do|did)"
    r"n['’]?t\b|(?:no[,.!]*\s+)?(?:it|that|this)(?:['’]?s|\s+is)\s+(?:not\s+true|false|untrue|wrong|nonsense|"
    r"rubbish|a\s+lie|made\s+up)\b|not\s+true\b)",
    re.I,
)
_NEXT_DENIES_RE = compile_re(
    # ("... said there were 40 murders in Croydon last year. There weren't.")
    # ("Checked when I got home: they didn't.")
    r"[\s\"'”’).!?]*(?:me\s*:\s*)?(?:"
    + CHECKED_LEAD_SRC
    + r"(?:it|they|that|this|there)(?:['’]?s|['’]?re)?\s*(?:is|are|was|were|has|have|does|do|did)?"
    # (not "No idea where she got that."; nor "That's not far off.": agreement)
    r"(?:n['’]?t|\s+not)\b"
    + AGREEING_NOT_SRC
    + r"|"
    # (a believer's "He isn't right.", not "He hasn't left Solihull since 1997.": a jibe)
    + CHECKED_LEAD_SRC
    + r"(?:(?:honestly|sadly)[,\s]+)?"
    r"(?:he|she|they|(?-i:[A-Z][a-z]+))(?:['’]s|['’]re|\s+is|\s+are|\s+was|\s+were)\s+(?:not\s+right|wrong|mistaken|talking\s+(?:rubbish|nonsense|bollocks))\b|"
    r"there\s+(?:hasn['’]t|haven['’]t)\s+been\b|"
    # ("Not quite.", "Not 30.": the size denied; "It was closer to 25.": put right)
    r"not\s+(?:quite\b|\d[\d,.]*(?:%|pc)?(?![\w,.]))|"
    # ("Mate, it's nowhere near that.": the believer addressed first)
    + ADDRESS_LEAD_SRC
    + r"(?:(?:it|that|they)(?:['’]s|['’]re|\s+(?:is|was|are|were))\s+)?nowhere\s+near\b|"
    # ("Not every day.", "Not double.", "Not per head it doesn't.": the say-so's own words denied)
    r"not\s+(?:every\b|(?:double|doubled|twice|triple|tripled|treble|trebled|half|halved)[.!,]|"
    r"per\s+(?:head|capita|person)\b)|"
    # ("Where are you getting that?": the say-so doubted to its face)
    r"where\s+(?:are\s+you\s+getting|did\s+(?:you|they|he|she)\s+get)\s+that\b|"
    # ("Checked police.uk and it's more like 5%.")
    + CHECKED_LEAD_SRC
    + r"(?:actually,?\s+)?(?:it|they)(?:['’]s|['’]re|\s+(?:is|was|are|were))\s+(?:actually\s+)?"
    r"(?:closer\s+to|more\s+like|nearer(?:\s+to)?)\b|"
    r"(?:he|she|they)\s+(?:is|are|was|were)n['’]t\s+right\b|no\b(?!\s+(?:idea|clue|wonder|doubt|one|sources?|evidence|links?|proof|citation)\b)|nope\b|nah\b|wrong\b|false\b|not\s+true\b|nonsense\b|rubbish\b|"
    # ("... says '1 in 4 shoplifting cases end in a charge'. Not right.", "Tory leaflet: '...'
    # Reality: ...": the say-so answered by the figure the poster trusts)
    r"not\s+(?:right|correct|accurate)\s*[.!:;,—–]|"
    + REALITY_SRC
    + r"\s*[:—–]|in\s+reality\b|"
    # ("... reckons there were over 1,000 murders in London last year. There were 101.": a
    # flat answer, the figure alone)
    + FLAT_ANSWER_LEAD_SRC
    + r"\d[\d,.]*%?"
    r"(?:\s*,\s*(?:mate|pal|lol|folks|guys|sorry))?\s*(?:[.!]|$)|"
    + NOT_ACCORDING_TO_SRC
    + r"\b|"
    # ("Everyone says Manchester has a higher rate than Birmingham. It's the other way round.")
    + CHECKED_LEAD_SRC
    + OTHER_WAY_ROUND_SRC
    + r"\b|"
    + VERDICT_FALSE_SRC
    + r"\b|"
    + PLACE_NOWHERE_NEAR_SRC
    + r"\b|"
    # ("That's off by a mile.")
    # ("Checked, and it's wrong.")
    + CHECKED_LEAD_SRC
    + r"(?:that|this|it)['’]s\s+(?:(?:way|just|completely|totally|miles)\s+)?(?:off|wrong|false|nonsense|rubbish|made\s+up|"
    # ("That's backwards.")
    r"backwards|the\s+wrong\s+way\s+round|incorrect|a\s+lie)\b|"
    r"bollocks\b|untrue\b|"
    # ("Total nonsense, it fell.", "Simply false.")
    r"(?:total|complete|utter|absolute|simply|just|totally|completely)\s+(?:nonsense|rubbish|"
    r"bollocks|false|wrong|untrue)\b|"
    # ("He's way off.", "The Post's got it wrong, though:")
     + CHECKED_LEAD_SRC + r"(?:" + WRONG_AUTHOR_SRC + r")\b|"
    # ("Sussex Police disagree:", "The figures say otherwise.")
    r"(?:the\s+)?" + DISAGREES_SRC + r"\b|"
    # ("Not a chance.", "Not so."; not "Not even close.": emphasis after a ranking)
    r"not\s+a\s+chance\b|not\s+so[.!]|not\s+any\s*more\b|not\s+anymore\b|"
    # ("Not even close: they fell from 149 to 110.": the put-right figure it introduces)
    r"not\s+even\s+close\s*(?:[:;—–]|-\s|,\s*(?:it|they|the)\b|[.!]+(?=\s+[^.!?\n]{0,60}\d))|"
    # ("Don't think that's right.")
    r"(?:I\s+)?(?:don['’]?t|do\s+not)\s+think\s+(?:that['’]?s|that\s+is|it['’]?s|it\s+is|they['’]re|"
    r"they\s+are)\s+(?:right|true|correct|accurate)\b|(?:absolutely|definitely|certainly)\s+not\b|"
    # ("Funny, but wrong:")
    r"(?:funny|nice\s+try|cute|close|good\s+try)[,\s]+but\s+wrong\b|"
    # ("Has it hell.", "Yeah right.")
    r"(?:has|have|did|does|is|was|are|were)\s+(?:it|they|he|she)\s+(?:hell|heck|eck)\b|yeah,?\s+right\b)",
    re.I,
)
#: a sentence that takes up the say-so before as the poster's own
#: a source's own figure, the next thing said after a say-so: "Kent Police's annual report
#: actually says 8%." (the say-so stays, to be set against it)
_NEXT_SOURCE_FIGURE_RE = compile_re(
    r"[\s\"'”’).!?]*(?:" + SOURCE_SAYS_SRC + r")\b(?=[^.!?\n]{0,40}\d)",
    re.I,
)
_NEXT_ENDORSES_RE = compile_re(
    r"[\s\"'”’).!?]*(?:finally\s+(?:someone|somebody)\s+(?:saying|says|said)\b|"
    # ("Annoyingly, he's right.", "He's not wrong", "She's not far off.")
    # ("Per capita he's right:", "Checked and he's right", "I looked it up and she's right")
    # ("Checked: he's right.", "For once the leaflet's right.")
    # ("Checked the Met figures and she's right:")
    r"(?:and\s+|[a-z]+ly,?\s+|per\s+(?:head|capita)[,\s]+|(?:i\s+)?(?:checked|looked\s+it\s+up)"
    # ("Checked at the hotel: he's right.")
    r"(?:\s+(?:the|at\s+the|on\s+my|on\s+the)\s+[\w'’ ]{1,30}?)?(?:,?\s+and)?[,:\s]+|for\s+once,?\s+)?"
    r"(?:he|she|they|the\s+(?:leaflet|paper|headline|post|meme|article|sign|poster|letter|mp|councillor))"
    r"(?:['’]s|['’]re|\s+is|\s+are|\s+was|\s+were)\s+(?:actually\s+)?"
    r"(?:(?:dead\s+|absolutely\s+|quite\s+)?(?:right|correct|spot\s+on)|not\s+(?:wrong|far\s+off|far\s+wrong))\b|"
    r"spot\s+on\b|"
    # ("That's not far off, actually.", "That's about right.")
    r"(?:that|this|it)(?:['’]s|\s+is)\s+(?:not\s+(?:far\s+off|far\s+wrong|wrong)|"
    r"(?:about|roughly|pretty\s+much|dead|spot)\s+(?:right|on)|right|correct)\b|"
    # ("Not far off, honestly.")
    r"not\s+(?:far\s+off|far\s+wrong|wrong)\b|"
    # ("They were, a bit: DC had 203 ...", "It did.")
    r"(?:they|it)\s+(?:were|was|did|are|is|has|have)(?=\s*[,.!:;]|\s+(?:a\s+bit|slightly|indeed)\b))",
    re.I,
)
_OR_SO_RE = compile_scan(
    # ("570 or so the year after": a time after it, not "or so the police say")
    r"\s*,?\s*(?:or\s+so(?!\s+(?:they|we|i|it|he|she|you|people|the(?!\s+(?:year|following|next|same|previous)\b))\b)|give\s+or\s+take)\b"
    # ("was 46,000 approx": the hedge said last)
    r"|\s*,?\s*(?:approx(?:imately)?\.?|or\s+thereabouts)(?=\s*(?:[.,;!?)]|$))"
    # ("33 homicides (ish)", "around 110 (give or take)": the hedge in brackets)
    r"|\s*\((?:ish|approx(?:imately)?\.?|roughly|or\s+so|give\s+or\s+take)\)"
    # ("100ish", "Five-ish.", "twentyish"; not "Swedish": see _hedged_after)
    r"|(?<=[\da-z%])(?P<ish>-?ish)\b"
    # ("3,200 ish.": apart, said last)
    r"|(?<=\d)\s+ish\b(?=\s*(?:[.,;!?)]|$))",
    re.I,
)
#: the words "-ish" may hedge: a number
_ISH_WORD_RE = compile_re(
    # ("down another 15%-ish")
    r"(?:\d%?|\b(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|"
    r"twenty|thirty|forty|fifty|hundred|half|third|quarter|fifth|tenth))$",
    re.I,
)


def _hedged_after(text: str, start: int, end: int) -> bool:
    """A hedge written after the figure in [start, end): "every two days or so", "100ish"."""
    after = _OR_SO_RE.match(text, end)
    for m in ([after] if after is not None else []) + list(_OR_SO_RE.finditer(text, start, end)):
        if not m.group("ish") or _ISH_WORD_RE.search(text, max(0, m.start() - 8), m.start()):
            return True
    return False


_FIGURE_IN_RE = compile_re(
    # ("... and down about 4% in Northern Ireland": a change's size too)
    r"(?:(?:~|about\s+|around\s+|over\s+|nearly\s+)?[\d][\d,.]*\s*(?:[km]|%|pc\b)?\+?\s+"
    # ("..., risen about 60% in Bradford and halved in Sheffield": a multiple's verb)
    r"|(?:halved|doubled|tripled|trebled|quadrupled)\s+)"
    # (not across a coordination: "in London it fell 12% and in the West Midlands just 2%")
    r"(?:(?!(?:and|but|while|whereas|or|vs)\b)[a-z-]+\s+){0,3}(?:in|across|for)\s+(?:the\s+)?",
    re.I,
)
#: "according to the ONS", "per the Met": a publisher named as the source of a figure
SOURCE_BEFORE_RE = compile_scan(
    r"\b(?:per|according\s+to|via|source:?|says|said|citing|cites|going\s+by|based\s+on)\s+(?:the\s+)?$",
    re.I,
)


_FORCE_FIGURE_AFTER_RE = compile_re(
    r"['’]s?\s+(?:(?:19|20)\d\d(?:/\d\d)?\s+|latest\s+|own\s+)?(?:figure|total|count|tally|number)\b",
    re.I,
)
_BRACKET_BEFORE_RE = compile_scan(r"[\[(]\s*(?:source:?\s*)?$", re.I)
_THE_BOROUGH_RE = compile_scan(r"\bthe\s+borough\b", re.I)
_THE_CITY_RE = compile_scan(r"\b(?:in|across)\s+the\s+city\b", re.I)
_THE_FORCE_RE = compile_scan(
    r"\b(?:(?:in|across)\s+the\s+(?:whole\s+)?force(?:\s+area)?|force[- ]?wide)\b", re.I
)


#: "he lives in ", "I grew up in ": where someone lives, before a place
_LIVES_IN_BEFORE_RE = compile_scan(
    r"\b(?:lives?|living|grew\s+up|was\s+born|moved(?:\s+back)?)\s+(?:in|to)\s+$", re.I
)
#: "my brother in ", "our cousin from ": where someone lives, before a place
_SOMEONE_IN_BEFORE_RE = compile_re(
    r"\b(?:my|our|his|her|their)\s+(?:[\w'’-]+\s+){0,2}?(?:in|from)\s+$", re.I
)


def _place_for(
    ctx: Ctx,
    pos: int,
    clause: tuple[int, int],
    sent: tuple[int, int],
    exclude: set[int] | None = None,
) -> tuple[str | None, str | None]:
    if _THE_BOROUGH_RE.search(ctx.text, clause[0], clause[1]):
        # "Met data show violence against the person in the borough rose by around 8%": the
        # borough the post named before
        tax = ctx.lex.taxonomy.places
        named = [
            p
            for p in ctx.all_places
            if p.start < pos and tax.get(p.place) is not None and tax[p.place].kind == "borough"
        ]
        if named:
            return named[-1].place, "context"
    place, how = _nearest_place(ctx, pos, clause, sent, exclude)
    if place is not None and _THE_CITY_RE.search(ctx.text, clause[0], clause[1]):
        # "Nottinghamshire Police recorded 26 gun discharges in the city": the city inside
        # the force's area the post named before
        tax = ctx.lex.taxonomy.places
        city = next(
            (
                p
                for p in reversed(ctx.all_places)
                if p.start < pos
                and tax.get(p.place) is not None
                and tax[p.place].parent == place
                and tax[p.place].kind == "city"
            ),
            None,
        )
        if city is not None:
            return city.place, "context"
    if place is not None and _THE_FORCE_RE.search(ctx.text, sent[0], clause[1]):
        # ("... in the city. Across the force area as a whole, burglary rose 6%": the force
        # named before, over the city inside it)
        tax = ctx.lex.taxonomy.places
        above = tax[place].parent if place in tax else None
        if above is not None and any(p.place == above and p.start < pos for p in ctx.all_places):
            return above, "context"
    if how == "entity" and place is not None:
        # "Camden ward panel (Met data, year ending June 2025): burglary down 9%": a force
        # named beside one of its own areas speaks for that area ("Met figures show a quarter
        # fewer knife offences in Lambeth": in its clause too)
        force = next((p for p in ctx.places if p.place == place and within(p.start, clause)), None)
        # ("burglaries in Barnet have doubled. He's wrong: Met data has them down about 20%":
        # the force's figures for the area the pronoun takes up)
        taken_up = (
            force is not None
            and _SOURCE_HAS_IT_RE.match(ctx.text, force.end) is not None
            # (not "the Crime Statistics Agency says a car is stolen every 30 mins across
            # Victoria": the clause names its own place)
            and not any(
                p.how != "entity" and within(p.start, clause) and p.start > force.end
                for p in ctx.places
            )
        )
        tax = ctx.lex.taxonomy.places
        inner = [
            p
            for p in ctx.places
            if p.how != "entity"
            and tax.get(p.place) is not None
            and tax[p.place].parent == place
            and (
                force is None
                or (within(p.start, clause) and p.start > force.start)
                or (taken_up and force.start - 300 < p.start < force.start)
                # ("Robbery in Newham: the Met solved just 4% last year": the label's area, in
                # a label that names the crime; not "Sheffield folk: South Yorkshire Police
                # say ...")
                or (
                    sent[0] <= p.start < force.start
                    and _LABEL_TO_FORCE_RE.fullmatch(ctx.text, p.end, force.start) is not None
                    and any(sent[0] <= mm.start < p.start and mm.stat for mm in ctx.metrics)
                )
            )
            # (not where someone lives: "My brother in Queens ... NYPD recorded ...")
            and not _SOMEONE_IN_BEFORE_RE.search(ctx.text, max(0, p.start - 40), p.start)
        ]
        if inner and len({p.place for p in inner}) == 1:
            return inner[0].place, "context"
    return place, how


_LABEL_TO_FORCE_RE = compile_re(r"[^.!?\n:;]{0,30}:\s*(?:the\s+)?", re.I)
#: a source's figures that take up what was said before: "'s own figures have it", "data has them"
_SOURCE_HAS_IT_RE = compile_re(
    # (the force's name may take its noun: "Met data")
    rf"(?:(?:['’]s)?(?:\s+own)?\s+(?:{SOURCE_NOUNS_SRC}))?\s+"
    r"(?:have|has|put|show|shows)\s+(?:it|them)\b"
    # ("Knife crime in Croydon has not doubled ... Met figures show a rise of about 12%": the
    # force's figures for the place said before; figures, not "the Agency says a car ...")
    rf"|(?:['’]s)?(?:\s+own)?\s+(?:{SOURCE_NOUNS_SRC})\s+(?:show|shows|say|says|put|puts)\s+(?:an?|the)\s"
    + "|(?:"
    + "|".join(f"(?<={noun})" for noun in SOURCE_NOUNS_SRC.split("|"))
    + r")\s+(?:show|shows|say|says|put|puts)\s+(?:an?|the)\s",
    re.I,
)


_SIZE_OF_PLACE_AFTER_RE = compile_re(
    r"['’]s?\s+(?:population|size|residents|people|inhabitants)\b", re.I
)
_PRONOUN_CLAUSE_RE = compile_re(
    r"[\W_]*(?:(?:and|but|so|yet)\s+)?(?:it|they)(?:['’]s|['’]re|\s+(?:is|are|was|were|has|have|had))\b",
    re.I,
)
_COMPARED_BEFORE_RE = compile_scan(
    r"\b(?:(?:higher|lower|more|fewer|less|worse|better|safer|bigger|smaller)\s+than|"
    # ("133 homicides to New York's 120": one figure set against the place's own)
    r"(?<=\d)(?:\s+[a-z]+){0,2}\s+to|"
    r"compared\s+(?:with|to)|as\s+(?:high|low|many|bad)\s+as|"
    # ("Its murder rate is a bit over 1 per 100,000, about the same as London's", "a touch
    # above London's")
    r"same\s+as|similar\s+to|on\s+a\s+par\s+with|level\s+with|above|below|"
    # ("roughly 2.3 per 100,000, roughly double Dublin's rate", "like 4x Toronto's")
    # ("roughly ten times Glasgow's rate", "about a quarter of New York's")
    r"double|twice|triple|half|\d+(?:\.\d+)?\s*(?:x|times)|(?:two|three|four|five|six|seven|eight|nine|ten)\s+times|"
    r"(?:a|one)\s+(?:quarter|third|fifth|tenth)\s+of"
    # ("Toronto 2025: 44 homicides vs LDN 97")
    # ("roughly four times that of England and Wales")
    r"|vs\.?|versus)\s+(?:(?:that|those)\s+(?:of|in|for)\s+)?(?:in\s+)?(?:the\s+)?$",
    re.I,
)
_OUTDONE_BEFORE_RE = compile_re(r"\bout-?[a-z]{4,}(?:ed|s)?\s+$", re.I)
_LIST_JOIN_RE = compile_re(
    r"(?:['’]s)?\s*(?:,\s*(?:and\s+|or\s+)?|and\s+|&\s*|or\s+)(?:the\s+)?", re.I
)
_PUBLISHER_RE = compile_re(r"(?:the\s+)?(?:ONS|Home\s+Office|FBI|CDC|NHS\s+England)", re.I)
_REPORTS_AFTER_RE = compile_re(
    r"(?:['’]s)?\s+(?:has|have|had|says|said|puts|put|shows|showed|reports|reported|records|recorded|"
    r"figures|data|numbers|stats|statistics)\b",
    re.I,
)


def _nearest_place(
    ctx: Ctx,
    pos: int,
    clause: tuple[int, int],
    sent: tuple[int, int],
    exclude: set[int] | None = None,
) -> tuple[str | None, str | None]:
    exclude = exclude or set()
    cands = [p for i, p in enumerate(ctx.places) if i not in exclude]
    # "Up 15% on 2023 per the ONS": a publisher named as the source, after the figure, gives
    # the place only when the post names none before
    sources = [
        p
        for p in cands
        if p.how == "entity"
        # (not "She said the Met's 2023 figure was 14,577": the force's own figure)
        and not _FORCE_FIGURE_AFTER_RE.match(ctx.text, p.end)
        and (
            # (before the figure too: "..., per the ONS, and it's still climbing")
            SOURCE_BEFORE_RE.search(ctx.text, max(0, p.start - 24), p.start)
            # ("London homicides 2023: 109 [ONS]", "Lambeth (Met): 745")
            or _BRACKET_BEFORE_RE.search(ctx.text, max(0, p.start - 8), p.start)
            # "Gun offences in London are soaring. ONS has them going from 1,009 ...": a
            # national publisher (not a force: "GMP recorded 36") as a reporting verb's subject
            or (
                p.start < pos
                and _PUBLISHER_RE.fullmatch(ctx.text, p.start, p.end)
                and _REPORTS_AFTER_RE.match(ctx.text, p.end)
            )
        )
    ]
    if sources and (
        any(c.geography and c.start < sent[0] for c in ctx.claims)
        # "London knife crime in 2024: 16,789 offences according to the ONS"
        or any(p not in sources and p.start < pos and p.how != "entity" for p in cands)
        # ("Met solve rates 2019 (Home Office outcomes): burglary ~3pc": a force before)
        or any(p not in sources and p.start < pos for p in cands)
    ):
        cands = [p for p in cands if p not in sources]
    # "Toronto had 44 homicides in 2025. That's a rate of roughly 1.4 per 100,000, lower than
    # London's.": a place compared with, after the figure, is not the figure's own
    compared = [
        p
        for p in cands
        if (p.start > pos and _COMPARED_BEFORE_RE.search(ctx.text, max(0, p.start - 24), p.start))
        # ("London out-murdered New York in 2021, 133 homicides to ...": the place outdone)
        or (p.start < pos and _OUTDONE_BEFORE_RE.search(ctx.text, max(0, p.start - 24), p.start))
    ]
    if compared:
        # "still more than London, Paris and Berlin combined": the list goes on after "than"
        for a, b in zip(cands, cands[1:], strict=False):
            if (
                a in compared
                and b not in compared
                and _LIST_JOIN_RE.fullmatch(ctx.text, a.end, b.start)
            ):
                compared.append(b)
    if compared and (
        any(c.geography and c.start < sent[0] for c in ctx.claims)
        or any(p not in compared and p.start < pos for p in cands)
    ):
        cands = [p for p in cands if p not in compared]
    in_clause = [p for p in cands if within(p.start, clause)]
    if (
        (in_clause or any(within(p.start, sent) for p in cands))
        and not any(sent[0] <= p.start <= pos for p in cands)
        and clause[0] == sent[0]
        and _PRONOUN_CLAUSE_RE.match(ctx.text, clause[0], pos)
    ):
        # "People keep saying London is a warzone. It had 109 homicides last year and New
        # York had five times as many.": "it" is the place named before, not the one after
        named = [p for p in cands if p.start < sent[0] and p.how != "entity"]
        if named:
            return named[-1].place, "context"
    if in_clause:
        # "NYC had 462 in 2020 vs 126 in London": the place right after the figure is its own
        right_after = next(
            (
                p
                for p in in_clause
                if p.start > pos and _FIGURE_IN_RE.fullmatch(ctx.text, pos, p.start)
            ),
            None,
        )
        if right_after is not None:
            return right_after.place, right_after.how
        before = [p for p in in_clause if p.start <= pos]
        p = before[-1] if before else in_clause[0]
        return p.place, p.how
    in_sent = [p for p in cands if within(p.start, sent)]
    if in_sent and _PRONOUN_CLAUSE_RE.match(ctx.text, clause[0], pos):
        # "Birmingham had more knife crime than Manchester last year, and it's still
        # climbing": "it" is the claim before, not the last place named
        prior = [c for c in ctx.claims if sent[0] <= c.start and c.end <= pos and c.geography]
        if prior:
            return prior[-1].geography, "context"
    if in_sent:
        before = [p for p in in_sent if p.start <= pos]
        # ("Chicago has about a third of New York's population, yet in 2024 it recorded 587
        # homicides": a place named only for its size is not the figure's)
        before = [p for p in before if not _SIZE_OF_PLACE_AFTER_RE.match(ctx.text, p.end)] or before
        if before or not (
            # ("A 75% jump in one year, and New York's went up too": the place of a clause
            # after is that clause's own; the figure's is the one said before)
            _NEXT_SUBJECT_RE.search(ctx.text, pos, in_sent[0].start)
            # (not "562 vs 488, and NYC is about five times bigger": a size said after)
            and not _CLAUSE_SIZE_RE.match(ctx.text, in_sent[0].end, sent[1])
            and any(c.geography and c.start < sent[0] for c in ctx.claims)
        ):
            p = before[-1] if before else in_sent[0]
            return p.place, p.how
    asked = asked_place(ctx, sent, cands)
    if asked is not None:
        return asked.place, asked.how
    prev = next((c for c in reversed(ctx.claims) if c.geography and c.start < sent[0]), None)
    if prev is not None:
        # "Homicide in England and Wales fell to 590.\n\nKnife crime in London:\n2021: 11,031":
        # the place of the header an item leans on, named after the claim before, is the
        # item's (the place named last, below)
        header = list_header(ctx, sent) if "\n" in ctx.text else None
        if header is not None and prev.start > header[1]:
            # ("Scotland, 2024/25:\n• homicides: 50\n• Glasgow: 17 of them\n• sexual crimes up
            # 3%": an item naming no place is the header's, not the sibling item's that named
            # its own)
            head_places = [
                p
                for p in cands
                if header[0] <= p.start < header[1]
                and p.how != "entity"
                # (not "central London boroughs:": the place that holds the items)
                and not _PARTS_AFTER_RE.match(ctx.text, p.end)
            ]
            prev_line = ctx.text.rfind("\n", 0, prev.start) + 1
            if (
                head_places
                # (not "All down 25-30pc.", "... across the three": the items' own figures)
                and not _ALL_ITEMS_RE.search(ctx.text, sent[0], sent[1])
                and any(
                    prev_line <= p.start < prev.end and p.place == prev.geography
                    for p in cands
                    if p.place != head_places[-1].place
                )
            ):
                return head_places[-1].place, "context"
        if header is None or not any(
            prev.end <= p.start and header[0] <= p.start < header[1] and p.how != "entity"
            for p in cands
        ):
            return prev.geography, "context"
    # "Here's what the Met dashboard shows for Lambeth. Knife offences, 2024: 745.": the place
    # named just before, over a force or publisher named with it
    named = [p for p in cands if p.start < sent[0] and p.how != "entity"]
    # (not where someone lives: "Things my dad believes about London (he lives in Norfolk)")
    named = [
        p for p in named if not _LIVES_IN_BEFORE_RE.search(ctx.text, max(0, p.start - 30), p.start)
    ] or named
    if named:
        return named[-1].place, "context"
    if ctx.first_place is not None and not (
        # (not "Knife crime is up 10% this year. In Greater Manchester it's closer to 20%.":
        # a place named after, for a figure set against this one)
        ctx.first_place.start >= sent[1]
        and _CONTRAST_IN_BEFORE_RE.search(
            ctx.text, max(0, ctx.first_place.start - 30), ctx.first_place.start
        )
        and _CONTRAST_IT_AFTER_RE.match(ctx.text, ctx.first_place.end)
    ):
        return ctx.first_place.place, "context"
    return None, None


_PARTS_AFTER_RE = compile_re(
    r"(?:['’]s)?\s+(?:boroughs|cities|forces|areas|councils|towns|regions|counties|states|"
    r"districts|wards|neighbou?rhoods|precincts|zones)\b",
    re.I,
)
_ALL_ITEMS_RE = compile_re(
    r"\b(?:all|both|each|every\s+one|across\s+the|the\s+(?:two|three|four|five|lot))\b", re.I
)
_CONTRAST_IN_BEFORE_RE = compile_re(
    r"(?:^|[.!?]\s+|\n\s*)(?:(?:but|and|meanwhile|whereas|while)\s*,?\s+)?(?:over\s+)?in\s+(?:the\s+)?$",
    re.I,
)
_CONTRAST_IT_AFTER_RE = compile_re(
    r"\s*,?\s+(?:it|they)(?:['’]s|['’]re|\s+(?:is|was|are|were|has|had|rose|fell|went))\b", re.I
)


#: "Southwark?", "And Chicago?": a sentence that only asks about a place
_ASKED_PLACE_RE = compile_re(
    r"[\W_]*(?:(?:and|but|so|what\s+about|how\s+about)\s+)?(?:in\s+)?PLACE(?:['’]s)?\s*\?+\s*", re.I
)


def asked_place(ctx: Ctx, sent: tuple[int, int], cands: list[PlaceMention]) -> PlaceMention | None:
    """ "Southwark? Down 4%, weirdly.": the place the sentence before asked about."""
    if "?" not in ctx.text[max(0, sent[0] - 4) : sent[0]]:
        return None
    if ctx.sentences is None:
        ctx.sentences = split_sentences(ctx.text)
    prev = next((s for s in reversed(ctx.sentences) if s[1] <= sent[0]), None)
    if prev is None:
        return None
    inside = [p for p in cands if prev[0] <= p.start < prev[1]]
    if len(inside) != 1:
        return None
    p = inside[0]
    return p if _ASKED_PLACE_RE.fullmatch(mask_places(ctx, prev[0], prev[1])) else None


def add_for_place(
    ctx: Ctx,
    *,
    kind: str,
    place: PlaceMention,
    metric: MetricMention,
    sent: tuple[int, int],
    unit: str,
    periods: Periods,
    start: int | None = None,
    **extra: object,
) -> Claim | None:
    """ "Croydon down.", "Westminster the most.": the claim before said again for another
    place, its words from the place (or ``start``, where a list of places opens) to the
    sentence's end."""
    # (an emoji that closes the sentence is already outside it: split_sentences)
    end = sent[0] + len(ctx.text[sent[0] : sent[1]].rstrip(" \t\n.!?"))
    opens = place.start if start is None else start
    return add(
        ctx,
        kind=kind,
        start=opens,
        end=end,
        metric=metric,
        pos=place.start,
        clause=(opens, sent[1]),
        sent=sent,
        value=None,
        unit=unit,
        periods=periods,
        negated=False,
        place=place.place,
        place_how=place.how,
        **extra,
    )


def times_in(ctx: Ctx, span: tuple[int, int]) -> list[TimeRef]:
    return [t for t in ctx.times if within(t.start, span)]


@dataclass
class Periods:
    period: Span
    baseline: Span | None
    explicit: bool
    #: only "on the year before" was said: the period itself is the default one
    year_before_only: bool = False


PERIOD_KINDS = frozenset({"period", "ytd", "between"})


def span_of(p: tuple[str | None, str | None]) -> Span:
    """A claim's ISO ``(start, end)`` back as dates."""
    assert p[0] is not None and p[1] is not None
    return date.fromisoformat(p[0]), date.fromisoformat(p[1])


def periods_of(claim: Claim) -> Periods:
    """The span (and baseline) of a claim said before, for one said again of another place
    or series ("Knife robberies even more, roughly 15%.", "NYC fell too")."""
    assert claim.period is not None
    return Periods(span_of(claim.period), span_of(claim.baseline) if claim.baseline else None, True)


_FROM_FIGURE_IN_RE = compile_scan(
    # (a ref may start at its own "in": "from 3,849 in 2012/13")
    r"\bfrom\s+(?:the\s+)?(?:~|about\s+|around\s+|roughly\s+)?\d[\d,.]*[km]?\s+(?:[a-z]+\s+){0,2}(?:(?:in|during)\s+)?$",
    re.I,
)


def _figure_of(ctx: Ctx, r: TimeRef) -> bool:
    """ "Still higher than before the pandemic, and nowhere near the 804 of 2021": "of" a year
    right after a figure is that figure's own time, no change's."""
    return (
        r.kind == "period"
        and "of" in ctx.text[max(0, r.start - 4) : r.start]
        and bool(_FIGURE_OF_BEFORE_RE.search(ctx.text, max(0, r.start - 16), r.start))
    )


def from_figure(ctx: Ctx, r: TimeRef) -> bool:
    return bool(_FROM_FIGURE_IN_RE.search(ctx.text, max(0, r.start - 40), r.start))


#: "seven years ago" / "ten years earlier" said alone, not as what a change compares with
#: ("than ten years ago"): before the latest complete year / before the figure said before
_AGO_RE = compile_re(r"[\w-]+\s+(?:decades?|years?|yrs?)\s+(?P<w>ago|earlier|before)", re.I)
_TOPS_AFTER_RE = compile_re(
    r"(?:\s+[a-z]+){0,2}\s*,?\s*(?:tops|max|maximum|at\s+(?:the\s+)?most)\b(?!\s+(?:of|in|the)\b)",
    re.I,
)
_NOT_ONE_RE = compile_re(r"\bnot\s+(?:even\s+)?(?:one|1)\b", re.I)


_CONTRAST_BEFORE_RE = compile_scan(r"\b(?:but|while|whereas|although|though)\s*$", re.I)
_FIGURE_IN_BEFORE_RE = compile_scan(r"\d[\d,.]*[km]?\+?\s+(?:in\s+)?$", re.I)
#: "48 homicides in ": a count and what it counts, then its year
_COUNTED_IN_BEFORE_RE = compile_scan(r"\d[\d,.]*[km]?\+?\s+(?:[\w-]+\s+){1,3}in\s+$", re.I)
#: a count per unit of time: "a week", "every fortnight"
_RATE_OF_TIME_RE = compile_scan(
    r"\b(?:(?:a|an|per|each)\s+(?:day|week|fortnight|month|year)|every\s+(?:[\w-]+\s+)?"
    r"(?:day|night|week|fortnight|month|year|hour|minute)s?)\b",
    re.I,
)
_FIGURE_OF_BEFORE_RE = compile_scan(r"\d[\d,.]*[km]?\+?\s+of\s+$", re.I)
_CONTRAST_START_RE = compile_re(r"\s*(?:but|while|whereas|although|though)\b", re.I)


#: "... and CNN acts like it's still 2021": a year as a figure of speech, no period of a claim
_AS_IF_BEFORE_RE = compile_scan(
    r"\b(?:like|as\s+if|as\s+though)\s+(?:it['’]s|it\s+(?:is|was)|we['’]re|we\s+are)\s+"
    r"(?:still\s+|back\s+in\s+|in\s+)*(?:the\s+)?$"
    # ("..., which would've sounded mad in 2005": when it would have seemed so, not the figure's)
    r"|,\s*which\s+(?:would|could|might)(?:['’]ve|\s+have)?\s+(?:[\w'’-]+\s+){1,4}(?:in|back\s+in)\s+$",
    re.I,
)


def _as_if_year(ctx: Ctx, r: TimeRef) -> bool:
    return bool(_AS_IF_BEFORE_RE.search(ctx.text, max(0, r.start - 50), r.start))


#: from this month on, a change "on last year" with no period of its own is this year so far
YEAR_UNDER_WAY_MONTH = 4
_ON_LAST_YEAR_RE = compile_re(
    r"(?:on|than|compared\s+(?:to|with)|vs\.?|versus)\s+last\s+(?:year|yr)\b", re.I
)


def change_periods(
    ctx: Ctx, clause: tuple[int, int], sent: tuple[int, int], *, want_baseline: bool
) -> Periods:
    # Sentence-level refs fill in what the clause leaves out: any ref written before the
    # clause ("In 2022/23, 50 people a day ..."), but from a later clause only a plain period
    # ("...: just look at the ONS year to September 2025"), never a comparison's ("but it's
    # still not as bad as 2019").
    def usable(r: TimeRef) -> bool:
        if r.then and not within(r.start, clause):
            # "Since then I've become a stats nerd: burglary went up 9% in 2023": the
            # poster's "since then", not the figure's
            return False
        if within(r.start, clause) or r.start < clause[0]:
            return True
        later = next((c for c in split_clauses(ctx.text, *sent) if within(r.start, c)), sent)
        if (
            _CONTRAST_BEFORE_RE.search(ctx.text, max(sent[0], later[0] - 10), later[0])
            or _CONTRAST_START_RE.match(ctx.text, later[0])
            # "...: 15,546 in 2019 vs 16,000+ in 2024": figures' own years (one alone may be
            # where the change ends: "..., reaching 710 in the year to March 2022")
            or (
                _FIGURE_IN_BEFORE_RE.search(ctx.text, max(later[0], r.start - 16), r.start)
                and sum(t.kind == "period" and within(t.start, later) for t in ctx.times) >= 2
            )
        ):
            # "violent crime was down 8% but my husband was assaulted in June": a contrast
            # tells its own story
            return False
        # nor one compared with ("..., down from two thirds in 2017") or set aside ("...,
        # which would've been unthinkable in 2005")
        return r.kind == "period" and not re.search(
            # ("... like it's 1995": a figure of speech)
            r"\b(?:than|as\s+\w+\s+as|not\s+as|from|compared|vs|versus|which|would|could|like)\b",
            ctx.text[later[0] : r.start],
            re.I,
        )

    sent_refs = [
        r
        for r in times_in(ctx, sent)
        if usable(r) and not _as_if_year(ctx, r) and not _figure_of(ctx, r)
    ]
    refs = [
        r for r in times_in(ctx, clause) if not _as_if_year(ctx, r) and not _figure_of(ctx, r)
    ] or sent_refs
    # "... were 319 in 2019 and they're up this year": a clause with a period of its own
    # takes no period from the rest of the sentence
    if want_baseline and any(within(r.start, clause) and r.kind == "same_period" for r in refs):
        # ("Minneapolis had 48 homicides in 2019, and homicides are up 60% on the same period
        # last year": the year so far against the same span; another clause's whole year, a
        # figure's own, is not its period)
        sent_refs = [
            r
            for r in sent_refs
            if r in refs
            or not (
                r.kind == "period"
                and r.span is not None
                and (r.span[1] - r.span[0]).days >= 364
                and _COUNTED_IN_BEFORE_RE.search(ctx.text, max(sent[0], r.start - 40), r.start)
            )
        ]
    own_period = any(
        within(r.start, clause)
        and r.kind in PERIOD_KINDS
        # ("..., up a third from 3,849 in 2012/13": the year of the figure it rose from is
        # the baseline, and the period is still to be found)
        and not (want_baseline and from_figure(ctx, r))
        for r in refs
    )
    if own_period:
        # ("My dad, who taught there for 30 years and is 68, insists shootings went up last
        # year": another clause's stretch of time is not this one's window)
        sent_refs = [r for r in sent_refs if r.kind not in (*PERIOD_KINDS, "window") or r in refs]
        # "Stop and search down 40% on five years ago and knife crime went up last year": a
        # time inside another claim's words is that claim's
        sent_refs = [
            r
            for r in sent_refs
            if r in refs or not any(c.start <= r.start < c.end for c in ctx.claims)
        ]
    period: Span | None = None
    baseline: Span | None = None
    window: int | None = None
    since: Span | None = None
    year_before = False
    ytd: Span | None = None
    same_year: int | None = None
    # "In 2016 Khan became mayor and since then ...": 2016 is what "since then" counts from
    thens = {r.span for r in refs + sent_refs if r.then}
    for r in refs + [r for r in sent_refs if r not in refs]:
        if r.kind == "between" and period is None:
            period, baseline = r.span, r.baseline
        elif r.kind == "since" and since is None:
            if _EXTREMUM_SINCE_RE.search(ctx.text, max(0, r.start - 40), r.start):
                continue  # "up 8.6% to the highest level since 2007": the record's window
            since = r.span
        elif r.kind == "window" and window is None:
            if want_baseline and _record_window(ctx, r):
                continue  # "Down more than 60%, and the fewest in at least a decade": the record's
            said = _AGO_RE.fullmatch(r.text)
            ago = said is not None and said.group("w").lower() == "ago"
            # ("A decade earlier, in 2013, it was about 369.": the year said wins)
            named = any(x.kind == "period" for x in refs)
            if (
                not want_baseline
                and period is None
                and not named
                and r.years
                and ago
                # ("Leeds now has more burglaries than Manchester, which would've been
                # unthinkable ten years ago": the clause's own "now" is its time)
                and not any(x.kind == "now" and x.start < r.start for x in refs)
            ):
                # "Ten years ago it was 70%": a figure's own time, that many years before
                # the latest complete one
                period = timex.calendar_year(timex.latest_complete_year(ctx.ref) - r.years)
            elif (
                not want_baseline
                and period is None
                and not named
                and (shifted := earlier_than_said(ctx, r))
            ):
                period = shifted
            else:
                window = r.years
        elif r.kind == "year_before":
            year_before = True
        elif r.kind == "same_period":
            same_year = same_year or r.year
            if ytd is None:
                # "Through May, Chicago had 200 homicides this year, down about 20% on the same
                # period last year": the year so far the sentence names, else to the post date
                ytd = next(
                    (
                        x.span
                        for x in refs + sent_refs
                        if x.kind == "ytd" and x.span is not None and x.span[0].year == ctx.ref.year
                    ),
                    (date(ctx.ref.year, 1, 1), ctx.ref),
                )
            if r.years and r.years > 1:
                # ("Robberies in the first half of 2022 were 25% below the same period of
                # 2019": the part of a year the clause names, in the year said)
                part = next(
                    (
                        x.span
                        for x in refs
                        if x.kind == "period"
                        and x.span is not None
                        and x.span[0].year == x.span[1].year
                        and x.span != timex.calendar_year(x.span[0].year)
                        and r.year is not None
                        and x.span[0].year > r.year
                    ),
                    None,
                )
                if baseline is None:
                    baseline = (
                        timex.shift_years(part, r.year - part[0].year)
                        if part is not None and r.year is not None
                        else timex.shift_years(ytd, -r.years)
                    )
            else:
                year_before = True
        elif r.kind == "baseline" and baseline is None:
            if (
                r not in refs
                and any(x.kind in ("ytd", "period") for x in refs)
                # ("Compared with 2019, US murders in 2024 were up by more than a third": the
                # sentence opens on what its change is against)
                and ctx.text[sent[0] : r.start].strip(" \t\n\"'(")
            ):
                # "2022 came in lower than 2021, and it's falling again this year": another
                # clause's comparison, not this one's
                continue
            baseline = r.span
        elif r.kind == "ytd" and ytd is None:
            ytd = r.span
        elif (
            want_baseline
            and r.kind == "period"
            and baseline is None
            and r.span is not None
            and from_figure(ctx, r)
        ):
            # "down nearly 30% from 587 in 2024": the year of the figure it fell from
            baseline = r.span
        elif r.kind == "period" and period is None and r.span is not None and r.span not in thens:
            # a period inside the sentence but outside the clause only counts when
            # the clause has none of its own
            period = r.span
    if (
        year_before
        and period is None
        and ytd is None
        and baseline is None
        and since is None
        and window is None
        and ctx.ref.month >= YEAR_UNDER_WAY_MONTH
        and any(r.kind == "year_before" and _ON_LAST_YEAR_RE.match(r.text) for r in refs)
    ):
        # "Knife crime in London is up 18% on last year" in November: this year so far
        # against the same span of last year ("On last year" is the comparison, not the
        # period); early in the year it is the year just ended against the one before
        ytd = (date(ctx.ref.year, 1, 1), ctx.ref)
    explicit = any([period, baseline, window, since, ytd, year_before])
    period_said, baseline_said = period is not None, baseline is not None
    if ytd is not None and period is None:
        period = ytd
        if want_baseline and baseline is None:
            baseline = timex.shift_years(ytd, -1)
        elif (
            baseline is not None
            and baseline[0].year < ytd[0].year
            and baseline == timex.calendar_year(baseline[0].year)
        ):
            # "down this year after the 2021 spike": the year so far against the same part
            # of the earlier year, not against all of it
            baseline = timex.shift_years(ytd, baseline[0].year - ytd[0].year)
    if period is None and window is not None and since is None and baseline is None:
        # "Knife crime in England and Wales soars 25% in a year\n\nSource: ONS, ..., year
        # ending September 2025": the window ends on the period the source line names
        period = source_line_period(ctx)
    if period is None and baseline is not None and window is None and since is None:
        # "• sexual offences ~194,000 (+21pc on YE Sep 21)" under "ONS, year ending September
        # 2022:": what the list's header names, else the latest year that ends in the
        # baseline's month, as the baseline was counted ("Down ~11pc on YE Sep 2019")
        period = header_period(ctx, sent) or _latest_like(baseline, ctx.ref)
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
        else:
            period = timex.calendar_year(timex.latest_complete_year(ctx.ref))
    if (
        same_year is not None
        and period_said
        and period[0].year > same_year
        and (baseline is None or baseline[0].year != same_year)
    ):
        # "up 8% in the first six months of 2024 compared with the same period of 2023": the
        # span the sentence names, in the year said (not the post's year so far)
        baseline = timex.shift_years(period, same_year - period[0].year)
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
    return Periods(
        period,
        baseline if want_baseline else None,
        explicit,
        year_before_only=year_before and not any([period_said, baseline_said, window, since, ytd]),
    )


# --- claim construction -----------------------------------------------------------------


_CONDITIONAL_RE = compile_re(
    # ("> If knife crime in London dropped 50%, would anyone notice?": a quoted line's mark)
    # ("@kezza_ldn if London had Chicago's murder rate we'd be burying 1,500+ a year": a reply's
    # handles first)
    # ("If London had Chicago's murder rate: ~1,600 a year": a place given another's rate
    # says what would be, modal or not)
    r"[\s\"'“‘(>]*(?:@\w+[\s,:]+)*(?:(?:and|but|so|even)\s+)?(?:(?P<always>suppos(?:e|ing)|what\s+if|imagine\s+if|whether|"
    r"if(?=\s+[^.!?\n]{1,40}?\s+had\s+[^.!?\n]{1,40}?['’]s\s+(?:[\w-]+\s+){0,2}(?:rates?|numbers|figures|levels?|population)\b))|if|unless)\b",
    re.I,
)
#: a question that opens with a modal asks about what could be, it reports nothing
_WISH_RE = GatedPattern(
    compile_re(
        r"\b(?:(?:i|we)\s+(?:really\s+|just\s+)?(?:hope|wish|pray)|hopefully|fingers\s+crossed|"
        r"let['’]s\s+hope"
        # ("Campaigners hope it keeps falling")
        r"|hop(?:e|es|ed|ing)\s+(?:that\s+)?(?:it|they|this|that)\s+(?:keeps?|continues?|carries\s+on|"
        r"will|would|can))\b",
        re.I,
    )
)
_HYPOTHETICALLY_RE = compile_re(
    r"[\s\"'“‘(>]*(?:hypothetically|in\s+theory|theoretically|supposing)\b", re.I
)
_MODAL_QUESTION_RE = compile_re(
    # ("Serious question: what would it take to ...?")
    r"[\s\"'“‘(>]*(?:[^:?!.\d]{0,30}:\s*)?(?:(?:what|how|why|when|where|who|so)\s+)?"
    # not "can"/"should": "Can someone explain why knife crime is up 20%?" asserts the rise
    r"(?:would|could|might|will|shall|wouldn['’]t|couldn['’]t|won['’]t)\b",
    re.I,
)
_PREDICTION_RE = GatedPattern(
    compile_scan(
        r"\b(?:on\s+(?:track|course|pace)|set|expected|projected|forecast|poised|predicted|likely)"
        # ("London is set to end 2025 with under 100 homicides, the fewest in over a decade")
        r"\s+(?:to|for)(?:\s+[\w'’-]+){0,6}\s*$"
        # ("If the second half of 2018 is as bad, we're heading for the worst year in a decade")
        r"|\b(?:heading|headed)\s+(?:for|towards?)(?:\s+[\w'’-]+){0,6}\s*$"
        # ("Forecasters expect London to finish 2020 with fewer than 130 homicides")
        r"|\bexpects?\s+(?:[\w'’-]+\s+){1,3}?to(?:\s+[\w'’-]+){0,6}\s*$"
        # ("> imagine if London had Chicago's murder rate / We'd be burying 2,000 people a
        # year"): what would be
        r"|\b(?:we|you|they|there)(?:['’]d|\s+would)\s+(?:be|have|see|get)\s+(?:[\w'’-]+\s+){0,3}$"
        # ("Predictions for 2026: LDN under 90 murders, Philly under 200"): a label of guesses
        # ("Predictions for the rest of 2023: knife crime up, burglary down", "Forecast for this
        # summer: ... the usual spike in stabbings")
        # (not "For context, not a forecast: ...")
        # ("£10 bet with my brother-in-law: London ends 2018 with more murders than New York")
        r"|(?<!not\sa\s)(?<!not\s)\b(?:predictions?|forecasts?|(?<=\d\s)(?:bet|wager)s?|my\s+(?:(?:19|20)\d\d\s+)?(?:guess|prediction|forecast|bet)s?|calling\s+it)"
        # (not "their 2022 predictions so here's a fact instead:", "Predictions threads are
        # pointless, so here's what actually happened:": the label turns away from them)
        r"(?![^:\n]*\b(?:instead|pointless|here['’]?s\s+what|facts?)\b)"
        r"(?:\s+(?:for\s+)?[\w'’-]+){0,5}?"
        # ("My predictions for 2026, since everyone's doing them:")
        r"(?:,[^:\n]{0,40})?\s*:"
        r"[^.!?\n:]{0,80}$"
        # ("2019 is going to be London's deadliest year in a decade, the Met warned")
        # ("2020's going to end up the lowest year for London homicides since 2014")
        r"|(?:\b(?:is|are|was|were)\s+|['’]s\s+|\b)(?:going\s+to|gonna|will)\s+(?:be|end\s+up|finish)"
        # ("Philly is going to finish 2025 with around 220 homicides, fewest since the 60s")
        r"(?:\s+[\w'’-]+){0,5}\s*,?\s*$"
        # "promises to cut violent crime by 20%", "aims to halve knife crime": a pledge
        # "Criminologists expect a post-pandemic spike in burglaries": what is expected
        r"|\b(?:expect|predict|forecast|anticipat)(?:s|ed|ing)?\s+(?:an?\s+|the\s+|more\s+|another\s+)(?:[\w'’-]+\s+){0,3}$"
        # "she expects knife crime to fall by 20%", "Police expect knife crime to rise 10%"
        r"|\b(?:(?:expect|predict|forecast|anticipat)(?:s|ed|ing)?|project(?:ing|ed))\s+(?:[\w'’-]+\s+){0,4}to\s+(?:be\s+)?$"
        # ("The Met says it expects gun crime to fall again this year": the claim its object;
        # "NYPD projecting shootings to be down 15% by year end")
        r"|\b(?:(?:expect|predict|forecast|anticipat)(?:s|ed|ing)?|project(?:ing|ed))\s+$"
        # ("London knife crime was supposed to fall 20% by 2021": what was planned)
        r"|\b(?:supposed|meant)\s+to(?:\s+[\w'’-]+){0,3}\s*$"
        # ("For New York to match London it would need fewer than 100 murders a year", "London
        # would have to cut its murders by 80%": what it would take)
        r"|\b(?:would|['’]d|will)\s+(?:need|have)\s+to(?:\s+[\w'’-]+){0,3}\s*$"
        r"|\b(?:would|['’]d|will)\s+need\s+$"
        # ("My bet is under 90 for 2026.", "My guess is about 300")
        r"|\b(?:my|our|the\s+smart)\s+(?:bet|guess|prediction|money)\s+(?:is|['’]s|would\s+be)\s+(?:on\s+)?(?:[\w'’-]+\s+){0,2}$"
        # ("Hoping 2021 is the year Glasgow gets through a whole summer without a single
        # fatal stabbing": all the year hoped for holds)
        r"|\b(?:hoping|hopes|hoped|hope)\s+(?:that\s+)?(?:19|20)\d\d\s+(?:is|will\s+be|['’]s)\s+the\s+(?:year|one)\b[^.!?\n]{0,80}$"
        # ("Hoping 2022 is the year London finally gets under 100 homicides")
        r"|\bhop(?:e|es|ed|ing)\b[^.!?\n]{0,60}\b(?:gets?|go(?:es)?|falls?|drops?|stays?|ends?|"
        r"finish(?:es)?)\s+$"
        # ("Police Scotland talking about getting homicide below 50 a year"): a goal talked of
        r"|\b(?:talk(?:s|ed|ing)?|think(?:s|ing)?)\s+(?:about|of)\s+(?:getting|bringing|cutting|"
        r"reducing|halving)\s+(?:[\w'’-]+\s+){0,4}$"
        # ("Sadiq Khan says he wants London to have fewer than 100 homicides a year")
        r"|\b(?:wants?|wanted|wanting|aims?|hopes?)\s+(?:[\w'’-]+\s+){1,3}?to\s+(?:have|see|get|be|"
        r"record|hit|reach|stay|keep)(?:\s+[\w'’-]+){0,3}\s*$"
        # ("HPD wants a 10% cut in violent crime in 2025", "promise 'a 25% drop in car thefts'",
        # "aims for 'a year-on-year reduction in knife crime'": a pledge's noun)
        r"|\b(?:wants?|wanted|promis(?:e|es|ed|ing)|pledg(?:e|es|ed|ing)|vow(?:s|ed)?|aims?\s+for|"
        r"aiming\s+for|targets?|targeting|demand(?:s|ed)?|calls?\s+for|called\s+for)\s+[\"'“‘]?"
        r"(?:an?|the)\s+(?:[\w'’%.~-]+\s+){0,2}$"
        # ("Paddy Power has odds on London murders passing 150 this year", "I had a tenner on
        # London finishing 2019 with fewer homicides than 2018": a wager's outcome)
        # (not "Your odds of being murdered in London are about 12 in a million": a risk)
        r"|\bodds\s+on\s+(?:[\w'’-]+\s+){0,4}$"
        # (the needles the gate tests each alternative by are kept to rare words, not "on")
        r"|\b(?:tenner|fiver|quid|bet|money|pint)\s+on[\"'”’]?\s+(?:[\w'’-]+\s+){0,6}$"
        # ("Hoping the lockdown drop in burglaries sticks once things reopen")
        r"|\bhop(?:e|es|ed|ing)\s+(?:that\s+)?(?:the\s+)?(?:[\w'’-]+\s+){0,2}$"
        # ("is promising '500 more officers and a 25% drop in burglary'": inside the quoted
        # pledge; "pledges 'zero tolerance' and a 30% cut in robbery")
        r"|\b(?:promis|pledg|vow)\w*\s+(?:to\s+)?[\"'“‘][^\"'”’\n]{0,80}$"
        r"|\b(?:promis|pledg|vowed|vows)\w*\s+[\"'“‘][^\"'”’\n]{1,40}[\"'”’]\s+and\s+(?:an?\s+)?$"
        # ("set a goal of fewer than 300 homicides this year")
        r"|\b(?:goal|target|aim|ambition)s?\s+of\s+$"
        # ("a prediction market on whether E&W homicides drop below 500": an open question)
        r"|\bwhether\s+(?:[\w'’&-]+\s+){0,4}$"
        # ("who cares whether knife crime went up 3% or down 3%": the other of the two)
        r"|\bwhether\s+[^.!?\n]{3,80}?\s+or\s+(?:[\w'’&-]+\s+){0,2}$"
        # ("My son asked if Paris is safer than London", "I wonder if knife crime has doubled":
        # an open question, said about)
        # (not "People asking if murders are at a record high: they aren't": others' doubt,
        # answered, which the hearsay rules read)
        r"|(?<!\bpeople\s)(?<!\bppl\s)(?<!\beveryone\s)(?<!\bfolks\s)"
        r"\b(?:ask(?:s|ed|ing)?|wonder(?:s|ed|ing)?)\s+(?:(?:me|us|him|her|them|you)\s+)?if\s+"
        r"(?:[\w'’&-]+\s+){0,4}$"
        # ("Happy to take anyone's money on this: Toronto stays under 60 homicides in 2026")
        r"|\b(?:money|bet|tenner|fiver)\s+on\s+(?:this|it|that)\s*:[^.!?\n]{0,80}$"
        # ("Tenner says Glasgow gets through 2024 with fewer than 25 murders")
        r"|\b(?:tenner|fiver)\s+says\s+[^.!?\n]{0,80}$"
        # ("The Philly DA's office is 'aiming for' under 250 homicides this year")
        r"|\b(?:aiming|aims|aimed|pushing)\s+for[\"'”’]?\s+$"
        # ("... recorded about 20,000 phone snatches last year and wants that halved by 2026")
        r"|\b(?:wants?|wanted|wanting)\s+(?:it|them|that|this|those|these)\s+(?:[\w'’-]+\s+){0,2}$"
        # ("Toronto's police chief hopes to keep homicides under 50 this year")
        r"|\bhop(?:e|es|ed|ing)\s+to\s+(?:keep|get|bring|see|have|hold)\b[^.!?\n]{0,40}$"
        # ("Together we can cut street crime by half!": a slogan's call)
        r"|\b(?:we|you)\s+(?:can|could|must|should|will|['’]ll)\s+(?:still\s+|all\s+)?$"
        # ("promises to 'bring knife crime down year on year'", "aim to keep Glasgow's murders
        # falling")
        r"|\b(?:promis|pledg|vow|aim|plan|target|want|hop|commit|goal)\w*\s*(?:to|:\s*(?:to\s+)?)"
        r"(?:\s*[\"'“‘]?(?:cut|halve|reduce|lower|slash|tackle|bring|drive|get|see|keep|hold)\b(?:\s+[\w'’-]+){0,4})?\s*$"
        # ("Government 'to cut knife crime by half'": a headline's plan; "so they need to get it
        # to 27,000": what it would take)
        r"|[\"'“‘]to\s+(?:(?:cut|halve|reduce|lower|slash|tackle|bring|drive|get)\b(?:\s+[\w'’-]+){0,4}\s*)?$"
        r"|\b(?:need|needs|needed)\s+to\s+(?:get|bring|cut|push|drive|keep)\b(?:\s+[\w'’-]+){0,4}\s*$"
        # ("'We will recruit 10,000 more officers and cut violent crime by 20%'": the modal's
        # second verb)
        r"|\b(?:will|['’]ll|going\s+to|gonna)\s+(?:[^.!?\n,;:]|(?<=\d),(?=\d)){1,60}?\s(?:and|&)\s+(?:(?:cut|halve|reduce|slash|"
        r"bring|drive|get|push)\b(?:\s+[\w'’-]+){0,4}\s*)?$"
        # ("promises to 'tackle' knife crime as if it's exploding"): what it is made to seem
        r"|\b(?:as if|as though)\s+(?:[\w'’-]+\s+){0,3}$",
        re.I,
    )
)
#: after a question: the figure asked about is doubted, not claimed
_SOURCE_PLEASE_RE = compile_re(
    r"[\s?!.]*(?:sources?|citation|proof|evidence|link)\s*(?:please|pls|plz|needed|\?|for\s+that)"
    r"|[\s?!.]*(?:says\s+who|according\s+to\s+(?:who|whom|what))\b"
    # ("Gun crime in London up 30% last year? Where are you getting that.")
    r"|[\s?!.]*(?:where\s+(?:are\s+you|did\s+you|do\s+you|is\s+this|is\s+that)\s+(?:getting|get|got|from)|"
    r"what['’]?s\s+your\s+source|got\s+a\s+(?:source|link))\b"
    # ("Homicides in England and Wales fell to a 40-year low in 2023/24? Really?": a doubt
    # asked back, the sentence alone)
    r"|[\s?!.]*(?:really|seriously|is\s+(?:that|this)\s+(?:right|true|real)|are\s+you\s+sure)\s*\?+\s*$",
    re.I,
)
#: after a claim said back as a question, the answer that puts it right: the question echoes
#: another's figure in disbelief ("Two stabbings a day?? In London it's closer to 40 a day",
#: "Over 1,000 cars stolen in Luton last year? Pfft. Try 2,000.", "... up 30% since 2019?
#: West Midlands Police's own figures say it's down.")
ECHO_ANSWERED_RE = compile_re(
    r"[\s?!]*"
    # (one short sentence of scorn or doubt between: "Pfft.", "Don't be daft.", "Thought that
    # sounded high.")
    # ("Mate, where are you getting that from? It was about 30.")
    r"(?:(?:(?:mate|pfft|lol|ha)\s*,\s*)?[^.!?\n]{1,40}[.!?]+\s+)?(?:(?:mate|pfft|lol|ha)\s*,\s*)?"
    # ("In London it's closer to 40 a day": the answer's own place first)
    r"(?P<a>)(?:in\s+(?-i:[A-Z])[\w.&'’-]*(?:\s+(?-i:[A-Z])[\w.&'’-]*){0,2}\s*,?\s+)?"
    r"(?:try\s+(?:about\s+|around\s+|nearly\s+|over\s+|under\s+)?(?:\d|"
    + NUMWORD_SRC
    + r"\b|a\s+(?:third|quarter|fifth|half)\b)"
    r"|(?:closer\s+to|more\s+like|nearer(?:\s+to)?)\s"
    r"|(?:checked[,.:]?\s+(?:and\s+)?)?(?:it|they|that)(?:['’]s|['’]re|\s+(?:is|are|was|were))\s+(?:actually\s+|really\s+)?"
    r"(?:(?:closer\s+to|more\s+like|nearer(?:\s+to)?)\s|(?:about|around|roughly|just\s+(?:over|under)|only|under|over)\s+(?:\d|"
    + NUMWORD_SRC
    + r"\b)|(?:down|up|lower|higher|falling|rising)\b)"
    r"|(?:they|it)\s+(?:actually\s+)?(?:fell|dropped|rose|went\s+(?:up|down)|halved|doubled)\b"
    r"|(?:[\w'’]+\s+){0,4}(?:figures|data|numbers|stats)\s+(?:say|says|show|shows)\s+(?:it|they)"
    r"(?:(?:['’]s|['’]re|\s+(?:is|are|was|were))\s+(?:down|up|lower|higher|falling|rising)"
    # ("The Met's own data says it went up in 2023.")
    r"|\s+(?:went\s+(?:up|down)|rose|fell|dropped|increased|decreased))\b)",
    re.I,
)
#: "We need to get knife crime down 50%", "How do we get knife crime down 50%?": a goal
_GOAL_BEFORE_RE = GatedPattern(
    compile_scan(
        # ("says he'll 'bring knife crime down 25% in four years'": the goal quoted)
        r"\b(?:to|we|you|they|us|can|could|must|should|will|['’]ll|let['’]s)\s+[\"'“‘]?(?:(?:never|ever|not|finally|really|actually)\s+)?"
        r"(?:get|bring|drive|push)\s+$"
        # ("The ad says 'help us cut violent crime by a fifth'": a call to help reach a goal)
        r"|\bhelp\s+(?:us\s+|me\s+|them\s+)?(?:to\s+)?(?:(?:cut|halve|reduce|slash|lower|tackle)\s+)?$"
        # ("New commissioner says he wants knife crime down 50% within five years")
        # ("Avon and Somerset's PCC wants it down another 20% before the election")
        r"|\b(?:wants?|wanted|wanting)\s+(?:it|them|that|this|those)\s+$"
        # ("new goals for our Neighbourhood Watch: ... and keep Sutton's burglary numbers down")
        r"|\b(?:and|to|we|must|should)\s+keep\s+$"
        r"|\b(?:wants?|wanted|wanting|aims?\s+to\s+(?:get|bring)|vow(?:s|ed)?\s+to\s+(?:get|bring)|"
        r"pledg(?:es|ed)\s+to\s+(?:get|bring)|promis(?:es|ed)\s+to\s+(?:get|bring))\s+$"
        # ("promised to 'cut knife crime in Newham by a third within two years'")
        r"|\b(?:promis|pledg|vow)(?:es|ed|e|ing)?\s+to\s+[\"'“‘]?(?:(?:cut|halve|reduce|slash|tackle)\s+)?$",
        re.I,
    )
)
_THATS_OPENS_RE = compile_re(
    r"[\W_]*(?:(?:so|and)\s+)?(?:per\s+(?:capita|head|person)\s*,?\s+)?(?:that|this)\s*(?:['’]s|\s+is|\s+was)\s",
    re.I,
)
_GOAL_NOUN_AFTER_RE = compile_re(
    r"\s+(?:targets?|pledges?|promises?|goals?|plans?|ambitions?|slogans?|missions?|vows?)\b", re.I
)
_BUT_BETWEEN_RE = compile_re(r"[,;]\s*(?:but|yet|though)\s", re.I)
_FORECAST_OPEN_RE = compile_re(
    r"[\W_]*(?:calling\s+it(?:\s+now)?|mark\s+my\s+words|(?:my\s+)?prediction|i\s+predict|"
    r"bet\s+you|i\s+bet|watch\s+this\s+space|at\s+this\s+rate)\b",
    re.I,
)
#: a bet said after its sentence: ". Calling it now.", ". Mark my words."
_FORECAST_AFTER_RE = compile_re(
    r"[.!]*[ \t]+(?:calling\s+it(?:\s+now)?|mark\s+my\s+words|you\s+heard\s+it\s+here\s+first)"
    r"[ \t]*(?:[.!]|$)",
    re.I,
)
#: a list's header that makes every line under it a guess ("Predictions for 2025:")
_FORECAST_HEADER_RE = compile_re(
    r"[\W_]*(?:calling\s+it(?:\s+now)?|mark\s+my\s+words|(?:my\s+)?predictions?|forecasts?|"
    # ("Chicago 2025 predictions thread:")
    r"(?:[\w'’-]+\s+){1,4}?(?:predictions?|forecasts?)|"
    r"(?:my\s+)?bets?|(?:my\s+)?guesses?)\b[^\n:]{0,60}:[ \t]*\n",
    re.I,
)
_IF_IT_HOLDS_RE = GatedPattern(
    compile_scan(
        r"\bif\s+(?:it|this|that|the\s+(?:trend|pace|rate))\s+(?:holds|continues|keeps\s+up|"
        r"carries\s+on|stays\s+that\s+way)\b",
        re.I,
    )
)
_TARGET_LABEL_RE = GatedPattern(
    compile_scan(
        r"\b(?:target|goal|aim|pledge|promise|plan|ambition|mission|resolution)s?(?:\s+for\s+[^:.!?]{1,20})?"
        # ("The mayor's target for 2026 is under 350.", "The VRU's target was fewer than 20.")
        # ("The 2018 target was 'fewer than 100 murders a year ...'", "The PCC's big promise was
        # 'a 30% drop in burglary in Essex'")
        r"(?:\s*:|\s+(?:is|was|are|were))\s*[\"'“‘]?(?:to\s+|an?\s+)?(?:(?:cut|halve|reduce|lower|slash|bring|drive|get)\b(?:\s+[\w'’-]+){0,4}\s*)?"
        # ("The Met's target was a 10% fall in knife crime in 2018": the crime the target named)
        r"(?:[~\d.,]+\s*(?:%|per\s*cent|pc)\s+)?(?:(?:fall|cut|drop|reduction|decrease|rise|increase)\s+in\s+)?$",
        re.I,
    )
)
_SUBJECTLESS_MODAL_RE = compile_re(
    r"[\s\"'“‘(]*(?:(?:that|this|it)\s+)?(?:would|could|might|will|['’]d)\s+(?:be|have|mean|make|see|put)\b",
    re.I,
)
#: a figure and its words, then "would be": the subject of what would be ("Two a day would be
#: a miracle", "100 murders would be the lowest since 1960")
_FIGURE_WOULD_BE_RE = compile_re(
    r"[\d,.]*(?:(?!(?:so|and|but|it|that|which|this|they|we|i|you|he|she|there)\b)[\w%'’-]+\s+){0,6}?"
    r"(?:would|could|might)(?:n['’]?t)?\s+(?:be|have\s+been)\b",
    re.I,
)
#: a clause that works out what a target would take
_SO_THAT_WOULD_RE = compile_re(
    r"[\s,;]*so\s+(?:that|this|it)\s*(?:would|['’]d)\s+(?:be|mean|need)\b", re.I
)
_FUTURE_BEFORE_RE = GatedPattern(
    compile_scan(
        # ("they said London murders would hit 200")
        # ("violent crime could fall 15% this year if the new cameras work")
        # (not "You'd have to go back to 2008 to find a worse year": a record's reach)
        # ("Met expects to record fewer than 100 homicides by the end of the year")
        r"(?:\b(?:will|would|could|might|should|going\s+to|gonna|expects?\s+to|expected\s+to|projected\s+to)|['’](?:ll|d))\s+(?!have\s+to\b)(?:(?:probably|likely|definitely|surely|soon|only|just)\s+)?"
        r"(?:(?:rise|fall|drop|climb|increase|decrease|go\s+(?:up|down)|go|double|halve|soar|surge|hit|top|reach|pass|exceed|jump|be|record|see|have|end|finish|overtake|surpass|outpace|outstrip)\s+"
        # ("London will end 2025 with fewer than 100 homicides")
        # ("would finish 2025 under 100 homicides", "could hit its lowest murder total ever")
        r"(?:(?:the\s+year|(?:19|20)\d\d)\s+(?:(?:with|on|at)\s+)?|(?:its|their)\s+)?"
        # ("doubling would be like 30 thousand offences a year")
        # ("so that would be a cut of roughly a sixth")
        r"(?:(?:by|to|over|about|around|roughly|nearer(?:\s+to)?|closer\s+to|another|under|below|above|beneath|nearly|almost|like|fewer\s+than|more\s+than|less\s+than|at\s+least|the\s+year\s+(?:on|with)|an?)\s+)?"
        # ("reckons knife crime will keep rising for another 2-3 years": the move the modal opens)
        # (not a bare "You'd " before "have to go back to 2008")
        r"|(?<!['’]d\s)(?:(?:keep|continue|carry\s+on)(?:\s+(?:on|to))?\s+)?"
        # ("the new ShotSpotter rollout will bring that down by a third")
        r"|(?:bring|get|drive|push|knock)\s+(?:(?:that|it|them|this|those|these|crime|the\s+\w+)\s+)?"
        r"(?:(?:down|up)\s+(?:by\s+)?)?)$",
        re.I,
    )
)
#: (and "id"/"youd" for "I'd"/"you'd": "If murders in Leeds doubled id move tomorrow")
_MODAL_RE = compile_scan(
    # ("If knife crime rose another 20% the hospitals just couldn't cope": denied, still a modal)
    r"\b(?:would|could|might|will|shall|id|youd|theyd|itd|(?:would|could|might)n['’]?t|won['’]t)\b"
    r"|['’](?:d|ll)\b|\?",
    re.I,
)


#: the poster's own patch ("near my school", "on our estate"): what they saw, not a statistic
NEAR_ME_RE = compile_scan(
    r"\b(?:near|outside|around|on|in|by|for|at)\s+(?:my|our)\s+(?:[\w'’]+\s+){0,2}"
    r"(?:school|street|road|estate|area|block|building|house|flat|work|office|station|park|town|"
    # ("I still see 2 or 3 a month at our hospital")
    r"hospital|ward|a&e|clinic|practice|surgery|unit)\b"
    # ("Our street had 4 car break-ins in a week")
    r"|\b(?:my|our)\s+(?:street|road|estate|block|building|close|avenue|lane|cul-de-sac)\s+"
    r"(?:has\s+|have\s+)?(?:had|has|saw|sees|got|gets)\b",
    re.I,
)
#: one street's ("on Elm Road", "on our close")
ON_A_STREET_RE = compile_scan(
    r"\b(?:on|in|along|down|off)\s+(?:the\s+)?(?:[A-Z][\w'’-]+\s+){1,3}"
    r"(?:Road|Rd|Street|St|Avenue|Ave|Lane|Close|Drive|Way|Crescent|Gardens|Estate|Terrace|Grove|Place)\b"
    # ("3 break-ins on our close since March")
    # ("Burglaries on my street this year: 2.")
    r"|(?i:\b(?:on|in|along|down)\s+(?:our|my|their|his|her)\s+(?:close|street|road|estate|block|"
    r"avenue|lane|cul-de-sac|crescent|terrace|building)\b)"
)


_URL_RE = compile_scan(r"https?://|www\.")
#: a number in a claim's words that is not a year ("since 2019" asks no figure)
#: (not a thread's "(1/3)")
_FIGURE_RE = compile_scan(r"(?<![\d/])(?!\d{1,2}/\d{1,2}\))(?!(?:19|20)\d\d(?![\d,.]))\d")


def _asks(ctx: Ctx, pos: int, sent: tuple[int, int]) -> bool:
    """Does the clause holding ``pos`` end in a question mark? (Not a later clause's: in
    "... and knife crime is up, so what's going on?" the rise is asserted.)"""
    q = ctx.text.find("?", pos, sent[1])
    if q < 0 or _URL_RE.search(ctx.text, pos, q):
        return False  # "... highest in 47 years https://t.co/x Thoughts?" asks about the link
    if _NOTICE_QUESTION_RE.match(ctx.text, sent[0], pos):
        return False  # "Anyone else notice Chicago homicides went up in 2025?" asserts the rise
    own = clause_of(split_clauses(ctx.text, *sent), pos, sent)
    if ctx.text[own[0] : own[1]].rstrip(" \t\n\"'”’)").endswith("?"):
        # ("Chicago homicides went up again in 2024 and the mayor wants a second term?": the
        # disbelief is at what is set beside the claim, said as a statement before it)
        return not (
            _AND_THEN_ASKED_RE.search(ctx.text, pos, q + 1)
            and not _AUX_QUESTION_RE.match(ctx.text, sent[0], pos)
            and not _WH_OPENS_RE.match(ctx.text, sent[0], pos)
        )
    # "Serious question: has knife crime actually gone up since 2019, or is it just reported
    # more?": a yes/no question asks in all its clauses
    return bool(
        _AUX_QUESTION_RE.match(ctx.text, sent[0], pos)
        and ctx.text[sent[0] : sent[1]].rstrip(" \t\n\"'”’)").endswith("?")
    )


_OR_IS_IT_RE = compile_re(
    r"\bor\s+(?:is|are|was|were|has|have|did|does|do)\s+(?:it|they|that|this|i|we)\b", re.I
)
#: a yes/no question ("Has knife crime really gone up 20%?", "Is it true London had 130
#: murders?"), not "Did you know ..." which tells
_YES_NO_FIGURE_QUESTION_RE = compile_re(
    r"[\W_]*(?:(?:so|but|and|ok|genuine\s+question|serious\s+question)[,:]?\s+)?"
    # ("Serious question, not trolling: is ...?", "Genuine question for Brummies: is ...?")
    r"(?:[^:?!.\n]{0,40}:\s*)?"
    r"(?:has|have|is|are|was|were|did|does|do)\s+(?!(?:you|u|ya)\s+know\b|anyone\s+(?:else\s+)?notice)",
    re.I,
)
_TAG_QUESTION_RE = compile_scan(
    r"(?:,\s*|\s+)(?:(?:is|are|was|were|do|does|did|has|have)n['’]?t\s+(?:it|they|there|we|you|he|she)"
    r"|right|innit|yeah|no)\s*\?+[\s\"'”’)]*$",
    re.I,
)
_WH_OPENS_RE = compile_re(r"[\W_]*(?:what|how\s+many|how\s+much|which|when)\b", re.I)
_ASKED_AFTER_RE = compile_re(r"\s*(?:or\s+so\s*|ish\s*)?\?")
#: "Think NYC has maybe 20 shootings a month?": a guess put to the reader
_DOUBTED_FIGURE_RE = compile_re(
    r"[\W_]*(?:(?:so|and|but)\s+)?(?:you\s+)?(?:think|reckon|guess|bet|suppose)\b[^?!.]*\?", re.I
)
_NOTICE_QUESTION_RE = compile_re(
    r"[\W_]*(?:(?:did|has|have)\s+)?(?:any\s*one|any\s*body|everyone|you)\s+(?:else\s+)?"
    r"(?:notice[ds]?|noticing|see|seen|realise[ds]?|realize[ds]?|clock(?:ed)?|spot(?:ted)?)\b"
    # "Did you know London has a lower murder rate than ...?" tells (not "Anyone know if")
    r"|[\W_]*(?:did|do)\s+(?:you|u|ya)\s+know\b(?!\s+(?:if|whether|how|why|what|when|where|who)\b)",
    re.I,
)
#: a statement's clause joined to another subject's that the question mark is about ("...
#: and the mayor wants a second term?", "... and nobody cares?")
_AND_THEN_ASKED_RE = compile_re(
    r"\s(?:and|but|yet)\s+(?:(?:the|his|her|their|our|my|your|this|that)\s+[a-z]+|nobody|no\s+one|"
    r"everyone|everybody|people|you|we|they|he|she|i)\s+(?:still\s+|just\s+)?"
    r"(?:wants?|says?|said|thinks?|cares?|expects?|calls?|claims?|keeps?|gets?|got|"
    r"blames?|reckons?|brags?|boasts?|tells?|told)\b[^.!?]*\?",
    re.I,
)
_AUX_QUESTION_RE = compile_re(
    r"[\W_]*(?:[^:?!.]{0,40}:\s*)?(?:has|have|is|are|was|were|did|does|do|had)\b", re.I
)


def _hypothetical(
    ctx: Ctx, clause: tuple[int, int], sent: tuple[int, int], start: int, pos: int
) -> bool:
    """ "If murders doubled, I'd worry", "What if knife crime rose 50%?" assert nothing. A bare
    "if" only counts with a modal or a question in its sentence: "if we averaged 4 homicides
    a year, that was a record" reports a fact."""
    if ctx.text.find("?", start, sent[1]) >= 0 and _MODAL_QUESTION_RE.match(
        ctx.text, sent[0], sent[1]
    ):
        return True  # "What would London need to do to get knife crime down 50%?"
    if _HYPOTHETICALLY_RE.match(ctx.text, sent[0], sent[1]):
        return True  # "Hypothetically, if the Met hired 10,000 more officers, would ... fall 20%?"
    if _WISH_RE.search(ctx.text, ctx.low, max(sent[0], min(start, pos) - 30), max(start, pos)):
        return True  # "I hope knife crime falls this summer": a wish
    # (an item after " / " reads from its line's start: "Predictions for 2025: LDN under 100
    # murders / NYC ~350 / Chicago < 500")
    opens = min(clause[0], sent[0])
    if ctx.text.endswith(" / ", 0, opens) or ctx.text.endswith(" | ", 0, opens):
        opens = ctx.text.rfind("\n", 0, opens) + 1
    if _PREDICTION_RE.search(ctx.text, ctx.low, opens, max(clause[0], start)):
        # "Toronto is on track to pass 90 homicides this year": a forecast ("2021 is on track to
        # be the worst ever": the record's words open its clause, the forecast before them)
        return True
    opener = _FORECAST_OPEN_RE.match(ctx.text, sent[0], max(sent[0], start))
    if opener is not None and not _BUT_BETWEEN_RE.search(
        ctx.text, opener.end(), max(opener.end(), start)
    ):
        # "Calling it now: London finishes 2026 under 90 homicides": a bet (not "Bet you
        # anything they'll spin it, but homicides ... were at a ten-year high": the fact after)
        return True
    if _FORECAST_AFTER_RE.match(ctx.text, sent[1]):
        return True  # "London under 120 murders, knife crime down again. Calling it now."
    header = _FORECAST_HEADER_RE.match(ctx.text) if sent[0] else None
    if header is not None and sent[0] >= header.end() - 1:
        return True  # "Calling it now:\n1. London ends 2024 under 110 homicides": the list's
    if _IF_IT_HOLDS_RE.search(ctx.text, ctx.low, sent[0], max(sent[0], start)):
        return True  # "running 30% below 2024. If it holds, fewest since 1965": a forecast
    if _IF_IT_HOLDS_RE.search(ctx.text, ctx.low, max(start, pos), max(clause[1], start)):
        return True  # "Worst year for teens since 2008 if it holds.": the condition after
    if _TARGET_LABEL_RE.search(ctx.text, ctx.low, max(sent[0], start - 40), start):
        return True  # "Labour's target: cut knife crime by 50% within a decade"
    if any(c in ctx.text[sent[0] : start] for c in _OPEN_QUOTES) and any(
        q.start() < start < q.end() and _GOAL_NOUN_AFTER_RE.match(ctx.text, q.end())
        for q in QUOTED_RE.finditer(ctx.text, sent[0], sent[1])
    ):
        return True  # "the 'cut knife crime by 50%' target is meaningless": the goal's words
    if pos > start and _PREDICTION_RE.search(ctx.text, ctx.low, max(clause[0], start), pos):
        return True  # "homicides down 22%, on track for the fewest since 1966"
    if _SUBJECTLESS_MODAL_RE.match(ctx.text, sent[0], sent[1]):
        return True  # "(It) would be the lowest in a decade if it holds."
    if pos >= start and _FIGURE_WOULD_BE_RE.match(ctx.text, pos, sent[1]):
        return True  # "Two a day would be a miracle.": the figure as what would be
    if clause[0] > sent[0] and _SO_THAT_WOULD_RE.match(ctx.text, clause[0], max(clause[0], pos)):
        return True  # "... about 300 last year, so that would be a cut of roughly a sixth"
    # ("will end the year with fewer than 100": the verb and its frame may be long)
    if _FUTURE_BEFORE_RE.search(ctx.text, ctx.low, max(clause[0], pos - 45), pos):
        return True  # "reckons knife crime will rise 10-15% once lockdown ends": a forecast
    if (
        sent[0] > 0
        and _MODAL_CLAUSE_RE.match(ctx.text, sent[0], max(sent[0], start))
        and _CONDITION_BEFORE_RE.search(ctx.text, max(0, sent[0] - 200), sent[0])
    ):
        return True  # "Imagine if London had Chicago's murder rate. We'd be looking at 2,000+"
    if (
        ctx.text.find("?", start, sent[1]) >= 0  # (cheap first)
        and ctx.text[sent[0] : sent[1]].rstrip(" \t\"'”’)").endswith("?")
        and _MODAL_ASKS_BEFORE_RE.search(ctx.text, max(sent[0], start - 40), start)
    ):
        return True  # "..., would burglaries actually drop by a fifth or is that fantasy?"
    if (
        ctx.text.find("d ", sent[0], start) >= 0  # (cheap first: the "you'd" or "would")
        and _IMPERATIVE_IF_RE.match(ctx.text, sent[0], max(sent[0], start))
    ):
        return True  # "Put Baltimore's murder rate on London and you'd have 5,000 a year"
    m = _CONDITIONAL_RE.match(ctx.text, clause[0], max(clause[0], start))
    if m is None and clause[0] > sent[0]:
        # "If London had Chicago's murder rate, we'd have over 2,000 murders a year": the
        # condition in the clause before, the modal in this one
        m = _CONDITIONAL_RE.match(ctx.text, sent[0], max(sent[0], start))
        if (
            m is not None
            and not m.group("always")
            and not _MODAL_CLAUSE_RE.match(ctx.text, clause[0], start)
            # ("If Glasgow's murder rate fell 20% and Edinburgh's doubled, they'd be about
            # level": a second place's clause joined into the condition)
            and not _JOINED_BY_AND_RE.search(ctx.text, max(sent[0], clause[0] - 6), clause[0])
        ):
            return False
    if m is None:
        return False
    # (not a claim after the hypothetical, set against it: "If Glasgow had NYC's population
    # it'd be a different story, but Glasgow had about 30 murders last year.")
    if m.group("always"):
        return not _BUT_AFTER_MODAL_RE.search(ctx.text, m.end(), max(m.end(), start))
    modal = _MODAL_RE.search(ctx.text, m.end(), sent[1])
    return modal is not None and not (
        modal.end() <= start and _BUT_AFTER_MODAL_RE.search(ctx.text, modal.end(), start)
    )


_BUT_AFTER_MODAL_RE = compile_re(r"[,;]\s*(?:but|though|yet)\s", re.I)
_JOINED_BY_AND_RE = compile_re(r"[^,;:]\s(?:and|&)\s$")
#: a modal that opens a question's clause right before the claim: ", would burglaries ..."
_MODAL_ASKS_BEFORE_RE = compile_scan(
    r"\b(?:would|could|will|might|can|should)\s+(?:[\w'’]+\s+){0,3}$", re.I
)
#: an imperative that sets up what would follow: "Put Baltimore's murder rate on London and
#: you'd have ...", "Give London Chicago's rate and we'd see ..."
_IMPERATIVE_IF_RE = compile_scan(
    r"[\W_]*(?:just\s+)?(?:put|give|apply|take|transplant|swap|scale)\b[^.!?\n]{3,120}?\s(?:and|&)\s+"
    r"(?:you|we|they|london|it|there)\s*(?:['’]d|would|could)\b",
    re.I,
)
#: a clause that opens with what would be: "we'd have", "it would be", "you'd see"
_MODAL_CLAUSE_RE = compile_re(
    r"[\W_]*(?:then\s+)?(?:we|you|they|it|there|that|london|he|she)?\s*(?:['’]d|would|could|might)\b",
    re.I,
)


#: a sentence that is only a condition, before the one that says what would follow
_CONDITION_BEFORE_RE = compile_scan(
    r"(?:^|[.!?\n]\s*)[\"'“‘(]*(?:(?:and|but|so|just|now)\s+)?"
    r"(?:imagine(?:\s+if)?|what\s+if|suppose|supposing|if)\b[^.!?\n]{3,150}[.!?…]+\s*$",
    re.I,
)


#: a sentence that opens with a label of its own: "Home insurance premium: up 30%."
_LABEL_OPEN_RE = compile_re(r"[\W_]*(?P<label>[A-Za-z][\w '’&-]{2,40}?)\s*:\s")
#: a label's words that name something no crime series counts ("Home insurance premium: up
#: 30%", "Police visits: 0", "Rent: up 12%")
_OTHER_LABEL_WORDS = frozenset(
    [
        "premium",
        "premiums",
        "insurance",
        "rent",
        "rents",
        "price",
        "prices",
        "cost",
        "costs",
        "bill",
        "bills",
        "fare",
        "fares",
        "tax",
        "taxes",
        "wage",
        "wages",
        "salary",
        "salaries",
        "budget",
        "visits",
        "calls",
        "score",
        "scores",
        "goals",
        "points",
        "miles",
        "members",
        "followers",
        "likes",
        "views",
        "subscribers",
        "turnout",
        "votes",
        "polls",
        "attendance",
        "tickets",
        "pints",
        "mortgage",
        "mortgages",
        "inflation",
        "sales",
        "revenue",
        "profit",
        "profits",
    ]
)


def _other_label(ctx: Ctx, sent: tuple[int, int]) -> bool:
    """Does the sentence open with a label naming something no crime series counts ("Police
    visits: 0.", "Home insurance premium: up 30%")?"""
    if ":" not in ctx.text[sent[0] : min(sent[1], sent[0] + 44)]:
        return False
    m = _LABEL_OPEN_RE.match(ctx.text, sent[0], sent[1])
    if m is None:
        return False
    words = re.findall(r"[a-z]+", m.group("label").lower())
    return any(w in _OTHER_LABEL_WORDS for w in words)


def earlier_than_said(ctx: Ctx, r: TimeRef) -> Span | None:
    """ "... in the year to March 2023: 602. Ten years earlier it was 560ish.": that many
    years before the period of the figure said before (None for "ago" and other windows)."""
    said = _AGO_RE.fullmatch(r.text)
    if r.kind != "window" or not r.years or said is None or said.group("w").lower() == "ago":
        return None
    earlier = next((c for c in reversed(ctx.claims) if c.period and c.start < r.start), None)
    if earlier is None or earlier.period is None:
        return None
    return timex.shift_years(span_of(earlier.period), -r.years)


def _record_window(ctx: Ctx, t: TimeRef) -> bool:
    """ "..., and the fewest in at least a decade": a window that belongs to a record."""
    return t.kind == "window" and bool(
        _EXTREMUM_SINCE_RE.search(ctx.text, max(0, t.start - 40), t.start)
    )


_OPEN_QUOTES = ("'", '"', "‘", "“")
#: "keeps telling everyone at lunch that '...'", "told the parents '...'", "a WhatsApp forward
#: saying '...'": words said, then the quote of them
_SAID_INTO_QUOTE_RE = compile_scan(
    r"\b(?:(?:keeps?|kept)\s+)?(?:saying|says|said|telling|tells|told|posting|posts|posted|"
    r"insisting|insists|insisted|claiming|claims|claimed|swearing|swears|swore|reckons|reckoned|"
    r"shouting|ranting|going\s+on\s+about|convinced|sure)\b(?:\s+(?!that\b)[\w'’-]+){0,6}?\s*(?:that\s+)?[:,]?\s*$",
    re.I,
)
#: who says a figure with authority, whose words the poster passes on as a claim
_OFFICIAL_SAYER_RE = compile_scan(
    r"\b(?:ONS|Office\s+for\s+National\s+Statistics|Met|police|Home\s+Office|FBI|NYPD|CPD|LAPD|"
    r"PSNI|CSO|StatCan|government|govt|minister|mayor|commissioner|council|report|bulletin|"
    r"figures|data|stats|statistics|survey|study|dashboard|index)\b",
    re.I,
)
#: someone everyday as the one who says it (not a leaflet, a headline or a politician, whose
#: quoted words the post goes on to weigh): "Guy in my office (Kev, 40, ...)", "my barber",
#: "a WhatsApp forward", "the Year 9s ... TikToks"
_EVERYDAY_SAYER_RE = compile_scan(
    r"\b(?:guys?|blokes?|lads?|man|men|woman|women|mates?|friends?|pal|neighbou?rs?|cousin|uncle|aunt|auntie|nan|gran|"
    r"grandad|grandma|dad|mum|mom|father|mother|brother|sister|son|daughter|nephew|niece|wife|"
    r"husband|partner|boss|coworker|co-worker|colleague|barber|cabbie|taxi\s+driver|driver|coach|"
    r"someone|somebody|everyone|people|kids|caller|customer|forward|whatsapp|tiktoks?|channel|"
    r"account|group\s+chat|he|she|they|one|the\s+other)\b|\((?-i:[A-Z])[\w'’-]+,\s*\d{1,2}\b|\(\d{1,2}\s*,",
    re.I,
)
#: the poster as the one who says it: "I said '...'"
_POSTER_SAYS_RE = compile_re(r"\b(?:I|we)(?:['’]ve|\s+have|\s+had)?(?:\s+\w+)?\s*$", re.I)


def _said_into_quote(ctx: Ctx, sent: tuple[int, int], at: int) -> re.Match[str] | None:
    """ "Guy in my office (Kev, 40) keeps telling everyone at lunch that 'Birmingham has a
    shooting every night'": a claim inside a quote that someone, not the poster and no
    official source, is said to have said."""
    quote = next(
        (q for q in QUOTED_RE.finditer(ctx.text, sent[0], sent[1]) if q.start() <= at < q.end()),
        None,
    )
    if quote is None:
        return None
    said = _SAID_INTO_QUOTE_RE.search(ctx.text, max(sent[0], quote.start() - 80), quote.start())
    if said is None:
        return None
    before = ctx.text[max(sent[0], said.start() - 80) : said.start()]
    if (
        _OFFICIAL_SAYER_RE.search(before)
        or _POSTER_SAYS_RE.search(before)
        or not _EVERYDAY_SAYER_RE.search(before)
    ):
        return None
    if _answered_at_once(ctx.text, quote.end()):
        return None  # ("... claiming 'London stabbings up 300%': nope.": answered at once)
    return said


def _answered_at_once(text: str, quote_end: int) -> bool:
    """Is the quote that ends at ``quote_end`` denied right after it ("...': nope.")?"""
    after = quote_end
    while text[after : after + 1] in (":", " ", ",", "-", "–", "—"):
        after += 1
    return _NEXT_DENIES_RE.match(text, after) is not None


#: "... to roughly": the words before the figure a move went to
_TO_FIGURE_BEFORE_RE = compile_re(
    r"\bto\s+(?:~\s*|about\s+|around\s+|roughly\s+|nearly\s+|almost\s+|just\s+(?:over|under)\s+)?$",
    re.I,
)


def add(
    ctx: Ctx,
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
    periods: Periods | None = None,
    negated: bool = False,
    **extra: object,
) -> Claim | None:
    if metric is None:
        return None
    if _hypothetical(ctx, clause, sent, min(start, pos), pos):
        # (what a forecast or a goal counts, the next sentence's actual figure may count:
        # "... on track to finish 2025 with under 100 homicides. Last year it was 109.")
        ctx.heard.add(metric.start)
        return None
    if _SCORNED_ECHO_RE.match(ctx.text, end) or (
        "my " in ctx.text[start:end] and _SCORNED_ECHO_RE.search(ctx.text, start, end)
    ):
        return None  # "Doubled my arse.": the words of the post answered, echoed in scorn
    # (the anchored match first: it fails at once for almost every claim)
    if (
        _SOURCE_PLEASE_RE.match(ctx.text, sent[1])
        and ctx.text[sent[0] : sent[1]].rstrip(" \t\"'”’)").endswith("?")
        # (not "... went up 18% last year and the council wants a new logo?? Seriously??")
        and not _AND_THEN_ASKED_RE.search(ctx.text, start, sent[1] + 1)
        # (nor "... 60 murders last year? Where are you getting that? It was about 30.": the
        # doubt, then the answer that puts it right, read below)
        and ECHO_ANSWERED_RE.match(ctx.text, sent[1]) is None
    ):
        return None  # "Burglaries in London halved since 2010? Source please": a doubt
    # (cheap first: every question below has its question mark, or an "or is it")
    asked = ctx.text.find("?", sent[0], sent[1]) >= 0
    if (
        asked
        and ctx.text[sent[0] : sent[1]].rstrip(" \t\"'”’)!").endswith("?")
        and (echo := ECHO_ANSWERED_RE.match(ctx.text, sent[1])) is not None
        and not _WH_OPENS_RE.match(ctx.text, sent[0], sent[1])
        # (a claim quoted, then asked, is another's put to the answer, kept to be denied:
        # "'Knife crime in London rose 20% in 2022/23'? Try 6%.")
        and ctx.text[sent[0] : sent[0] + 1] not in _OPEN_QUOTES
        # (the echo names its series: "> two stabbings a day in Birmingham / Two a day? Try
        # ten." echoes the quote's words, which the reply rules read)
        and metric.start >= sent[0]
    ):
        # "Two murders a week in London? It's closer to three.": another's figure said back
        # in doubt, and answered
        ctx.echoes[sent] = echo.start("a")
    opens = min(start, pos, metric.start) if metric.start >= sent[0] else min(start, pos)
    if opens == metric.start and sent[0] <= opens:
        # ("My uncle reckons murders and stabbings are both up 50%": what is said opens on
        # the first series of the list the claim's own series ends, and so do its words)
        first = _list_opens(ctx, metric, sent)
        if start == opens:
            start = first
        opens = first
    for p in ctx.places:
        if (
            sent[0] <= p.start
            and 0 <= opens - p.end <= 18
            and _PLACE_OPENS_WORDS_RE.fullmatch(ctx.text, p.end, opens)
            # (a quoted claim is the rebuttal rules' to read: "post claiming 'London stabbings
            # up 300%': nope")
            and ctx.text[p.start - 1 : p.start] not in _OPEN_QUOTES
        ):
            # ("Someone below says London murders are up 40pc": the place opens the words)
            opens = p.start
    if kind != "frequency" and _GOAL_BEFORE_RE.search(
        ctx.text, ctx.low, max(sent[0], opens - 20), opens
    ):
        # "How do we get knife crime down 50%?": a goal (not "We get a fatal stabbing in
        # London every 4 days": what happens)
        return None
    if opens < min(start, pos) and _TARGET_LABEL_RE.search(
        ctx.text, ctx.low, max(sent[0], opens - 40), opens
    ):
        return None  # "Met Police target for 2020/21: knife crime with injury down 10%"
    # (from the sentence's start: an elliptic reading's clause opens at the claim itself)
    hearsay = _HEARSAY_BEFORE_RE.search(
        ctx.text, ctx.low, max(sent[0], min(start, pos) - 60), min(start, pos)
    )
    if hearsay is None and clause[0] <= opens < min(start, pos):
        # ("People say knife crime in London is up 50%": what is said opens with its metric,
        # in the claim's own clause)
        hearsay = _HEARSAY_BEFORE_RE.search(ctx.text, ctx.low, max(sent[0], opens - 60), opens)
    if hearsay is None:
        # (from 60 before the claim's metric too: "Heard from my cousin who's a PCSO in Enfield
        # that moped crime is up 60%")
        said_before = (ctx.low or ctx.text.lower())[
            max(sent[0], min(start, pos, opens) - 60) : min(start, pos)
        ]
        if "who" in said_before or said_before[-1:] in _OPEN_QUOTES:
            hearsay = _WHOEVER_BEFORE_RE.search(
                ctx.text, max(sent[0], min(start, pos) - 60), min(start, pos)
            )
    if hearsay is None and (
        "reckon" in said_before
        or "think" in said_before
        or "swear" in said_before
        or "swore" in said_before
        or "insist" in said_before
        or "believ" in said_before
        or "convinced" in said_before
        or "sure" in said_before
        or "certain" in said_before
        or "adamant" in said_before
        or "positive" in said_before
        or " on about" in said_before
        or "whisper" in said_before
        or "mutter" in said_before
        or "somewhere" in said_before
        or "posted" in said_before
        or "tel" in said_before
        or "told" in said_before
        or "heard" in said_before
        or "saying" in said_before
        or "claiming" in said_before
        or "read " in said_before
        or "saw " in said_before
        or "seen " in said_before
    ):
        # (100 back: a believer's name and an aside may stand before the verb)
        hearsay = _BELIEF_BEFORE_RE.search(
            ctx.text, max(sent[0], min(start, pos) - 100), min(start, pos)
        )
        if hearsay is None and opens < min(start, pos):
            # ("My cousin in Houston reckons there's a shooting on his block every week": the
            # belief stands before the words of what is counted)
            hearsay = _BELIEF_BEFORE_RE.search(ctx.text, max(sent[0], opens - 100), opens)
        if hearsay is None and any(c in ctx.text[sent[0] : min(start, pos)] for c in _OPEN_QUOTES):
            # ("My colleague is sure Brussels is 'a terror hub with a murder every day'": the
            # belief stands before the quote the claim is in)
            quote = next(
                (
                    q
                    for q in QUOTED_RE.finditer(ctx.text, sent[0], sent[1])
                    if q.start() < min(start, pos) < q.end()
                ),
                None,
            )
            after = quote.end() if quote is not None else 0
            while ctx.text[after : after + 1] in (":", " ", ",", "-", "–", "—"):
                after += 1
            # (not a quote the post answers at once: "... claiming 'London stabbings up
            # 300%': nope.")
            if quote is not None and not _NEXT_DENIES_RE.match(ctx.text, after):
                hearsay = _BELIEF_BEFORE_RE.search(
                    ctx.text, max(sent[0], quote.start() - 100), quote.start() + 1
                )
    if (
        hearsay is None
        # (the claim inside a quote, or opening on one)
        and any(c in ctx.text[sent[0] : min(start, pos)] for c in _OPEN_QUOTES)
    ):
        hearsay = _said_into_quote(ctx, sent, min(start, pos))
    if (
        hearsay is not None
        and not _CONTRARY_RE.search(ctx.text, hearsay.end(), min(start, pos))
        # ("Someone in the group said teenage murders in London are up since 2021. They're
        # not.": what the post denies, it asserts the opposite of; the claim stays, negated)
        and not _next_says(_NEXT_DENIES_RE, ctx.text, sent[1])
        # ("ppl keep saying Liverpool knife crime halved since 2015, no it didnt")
        and not COMMA_DENIAL_RE.match(ctx.text, end, sent[1])
        # ("... insisting 'Chicago had 1,000 murders last year': it didn't.")
        and not any(
            q.start() < pos < q.end() and _answered_at_once(ctx.text, q.end())
            for q in QUOTED_RE.finditer(ctx.text, sent[0], sent[1])
        )
        # ("Some bloke on talkRADIO reckons ... Finally someone saying it.": the poster's own)
        and not _next_says(_NEXT_ENDORSES_RE, ctx.text, sent[1])
        # ("Someone in the village group claimed car thefts in Kent went up 25% last year.
        # Kent Police's annual report actually says 8%.": set against a source's figure)
        and not _next_says(_NEXT_SOURCE_FIGURE_RE, ctx.text, sent[1])
        # ("Anyone who says knife crime has doubled is talking rubbish", "Whoever said five
        # a day was right": the sayer judged in the same sentence, the claim kept for it)
        and not SAYER_JUDGED_AFTER_RE.match(ctx.text, end, sent[1])
    ):
        # "next time someone says London 'overtook' New York": not the poster's claim (but
        # "People say it's bad but knife crime ... has come down": the poster's answer)
        ctx.heard.add(metric.start)
        return None
    if _KEEP_SAYING_RE.search(
        ctx.text, max(sent[0], min(start, pos) - 60), min(start, pos)
    ) and not (
        _next_says(_NEXT_DENIES_RE, ctx.text, sent[1])
        # ("... keeps saying shoplifting has 'exploded'. They're not wrong.": endorsed)
        or _next_says(_NEXT_ENDORSES_RE, ctx.text, sent[1])
    ):
        # "People keep saying London is more dangerous than Paris. In 2024 Paris had a higher
        # murder rate": others' claim, reported (one the next sentence denies, "... It isn't.",
        # the post asserts the opposite of, so it stays, to be negated)
        return None
    if (
        metric.start < sent[0]
        and any(q.start() < pos < q.end() for q in QUOTED_RE.finditer(ctx.text, sent[0], sent[1]))
        # (but a say-so the next sentence denies stays, to be negated: "My coworker is sure it
        # was 'over a thousand'. It wasn't.")
        and not _next_says(_NEXT_DENIES_RE, ctx.text, sent[1])
    ):
        return None  # "... before posting 'record year' garbage": a phrase quoted, not said
    if "\n" in ctx.text and _believed_list_item(ctx.text, min(start, pos)):
        return None  # "My uncle reckons:\n- 10 murders a day in London": a belief's items
    at = min(start, pos)
    if (
        ":" in ctx.text[ctx.text.rfind("\n", 0, at) + 1 : at]
        and any(c in ctx.text[max(0, sent[0] - 2) : at] for c in _OPEN_QUOTES)
        and _sayso_line_quote(ctx.text, at)
        # (what the post then denies or backs stays: "Overheard at the school gate: a mum
        # insisting '...'. She's not wrong, sadly.")
        and not _next_says(_NEXT_DENIES_RE, ctx.text, sent[1])
        and not _next_says(_NEXT_ENDORSES_RE, ctx.text, sent[1])
        # ("Claim doing the rounds: '...'. Met figures: ... The claim is false.")
        and not CLAIM_CALLED_FALSE_RE.search(ctx.text, sent[1])
    ):
        return None  # "Overheard at the bus stop: '50 stabbings a day in Croydon' / '...'"
    seg = ctx.text[sent[0] : sent[1]]
    if ("'" in seg or '"' in seg or "‘" in seg or "“" in seg) and any(
        q.start() < pos < q.end() and _QUOTE_NAMES_AFTER_RE.match(ctx.text, q.end())
        for q in QUOTED_RE.finditer(ctx.text, sent[0], sent[1])
    ):
        return None  # "The '100 murders a day' guy is back": a phrase naming who says it
    if (
        (asked or ctx.text.find(" or ", pos, sent[1]) >= 0)
        and _YES_NO_FIGURE_QUESTION_RE.match(ctx.text, sent[0], min(start, pos))
        and (
            ctx.text[sent[0] : sent[1]].rstrip(" \t\n\"'”’)").endswith("?")
            # ("is knife crime in croydon actually getting worse or is it just my fyp")
            or _OR_IS_IT_RE.search(ctx.text, pos, sent[1])
        )
    ):
        return None  # "Has knife crime in London really gone up 20%?": asked, not said
    if asked and (
        _DOUBTED_FIGURE_RE.match(ctx.text, sent[0], sent[1])
        or _TAG_QUESTION_RE.search(ctx.text, pos, sent[1])
        # ("What was London's murder total last year, 2,000?": a guess asked)
        or (_WH_OPENS_RE.match(ctx.text, sent[0], sent[1]) and _ASKED_AFTER_RE.match(ctx.text, end))
    ):
        # "Think NYC has maybe 20 shootings a month?", "Confidence in the Met is like 80%
        # isn't it?": a guess put to the reader
        return None
    if (
        value is None
        and extra.get("window_years") is None
        and not _FIGURE_RE.search(ctx.text, start, end)
        and _asks(ctx, pos, sent)
    ):
        return None  # "Paris had more murders than London in 2023?": a question without a figure
    if metric.start < sent[0] and _other_label(ctx, sent):
        return None  # "Burglaries on my street: 2. Home insurance premium: up 30%."
    place, how = extra.pop("place", None), extra.pop("place_how", None)  # type: ignore[assignment]
    if place is None and _MET_LABEL_RE.match(ctx.text, sent[0], pos + 1):
        # "Homicide solve rates 2025:\n• Met ~89pc\n• NYC ~70pc": the force labels its item
        place, how = "london", "entity"
    if (
        place is None
        and clause[0] == sent[0]
        and _THATS_OPENS_RE.match(ctx.text, sent[0], clause[1])
        and not any(within(p.start, clause) for p in ctx.places)
    ):
        # ("Chicago had 573 homicides last year. Per capita that's roughly 21 per 100,000,
        # London's is about 1.2.": "that" is the place just given a figure, not one after)
        prev = next((c for c in reversed(ctx.claims) if c.start < sent[0] and c.geography), None)
        if prev is not None:
            place, how = prev.geography, "context"
    if place is None:
        place, how = _place_for(ctx, pos, clause, sent)
    if (
        place is None
        and (
            _MET_IN_PHRASE_RE.search(metric.phrase)
            # "Met firearm discharges were cut in half": the force named before the metric
            or re.search(
                r"\b(?:the\s+)?Met(?:['’]s)?\s+$",
                ctx.text[max(0, metric.start - 12) : metric.start],
            )
            # "Met detectives crack maybe 60% of murder cases", "Met got a positive outcome in
            # more than 9 in 10 murders": the force as the subject of the sentence
            or _MET_SUBJECT_RE.search(ctx.text, sent[0], max(sent[0], min(pos, metric.start)))
        )
    ):
        # "confidence in the met down roughly 30%": the metric's own words name the force
        place, how = "london", "entity"
    if place is None and any(
        t.kind == "since" and "khan" in t.text.lower() for t in ctx.times if within(t.start, sent)
    ):
        # "Knife crime has doubled under Khan": the Mayor of London's time, London's figure
        place, how = "london", "entity"
    if start >= end:  # a span must cover its own words
        start = min(start, pos)
    if (
        clause[0] <= metric.start < clause[1]
        and not (
            # ("Chicago 573 vs NYC 377 homicides": words after the next figure are shared, the
            # first figure's surface stops at itself)
            metric.start >= end
            and any(
                end < q.start < metric.start
                and not any(t.start <= q.start < t.end for t in ctx.times)
                for q in ctx.quantities
            )
        )
        and not (
            # ("there were 535 homicides in England and Wales, about 0.9 per 100,000": the
            # metric is the noun of another figure's count, before this one's words)
            kind == "level"
            and metric.end <= start
            and any(
                0 <= metric.start - q.end <= 2
                and q.end <= start
                and any(c.kind == "level" and c.start <= q.start < c.end for c in ctx.claims)
                for q in ctx.quantities
            )
        )
        and not (
            # ("3 moped crimes a week in 2021 (about 160 in total)": a rate's total in brackets
            # is its own words, not the rate's again)
            kind == "level"
            and metric.end <= start
            and ctx.text.endswith("(", 0, start)
            and _RATE_OF_TIME_RE.search(ctx.text, metric.end, start) is not None
        )
        and not (
            # ("Homicides in Glasgow fell from about 50 in 2005 to roughly 20 in 2021": the
            # figure the move went to is its own words, not the first figure's too)
            kind == "level"
            and metric.end <= start
            and _TO_FIGURE_BEFORE_RE.search(ctx.text, max(metric.end, start - 30), start)
            # (a change in percent counts here too: "rose 6% over the same period to about
            # 46,000", so not figures_between)
            and any(
                metric.end <= q.end <= start
                and not any(t.start <= q.start < t.end for t in ctx.times)
                for q in ctx.quantities
            )
        )
    ):
        if kind == "change" and any(
            # ("homicides 126 (↓ ~15pc)": the figure between is the metric's own; the change's
            # words are its bracket)
            metric.end <= q.start < start
            and q.kind != "percent"
            and _BRACKET_GAP_RE.fullmatch(ctx.text, q.end, start) is not None
            and not any(t.start <= q.start < t.end for t in ctx.times)
            for q in ctx.quantities
        ):
            end = max(end, metric.end) if metric.start >= end else end
        else:
            start, end = min(start, metric.start), max(end, metric.end)
    # "London murders", "London's murder rate": the place that opens the phrase belongs to it
    for p in ctx.places:
        if (
            0 <= start - p.end <= 18
            and p.start >= clause[0]
            # ("Lewisham and Lambeth both went down", "Haringey next door went up")
            and _PLACE_OPENS_WORDS_RE.fullmatch(ctx.text, p.end, start)
        ):
            start = p.start
    ranked = next(
        (
            c
            for c in ctx.claims
            if c.other_geography and c.kind == "extremum" and c.start <= start < c.end
        ),
        None,
    )
    if ranked is not None and kind != "extremum":
        # "the highest murder rate of any big US city in 2020 - 87 per 100k": the figure's
        # words start after the ranking that named its metric
        brk = _AFTER_RANKING_RE.search(ctx.text, ranked.end, pos)
        start = brk.end() if brk is not None else pos
    if periods is None:
        periods = change_periods(ctx, clause, sent, want_baseline=False)
    if (
        kind in ("change", "trend")
        and not periods.explicit
        and "\n" in ctx.text
        and (since := header_period(ctx, sent, kinds=_SINCE_KIND)) is not None
    ):
        # "Burglary since 2019, by borough:\nCamden -30%": the list's header says since when
        latest = (
            timex.financial_year(timex.latest_complete_fy(ctx.ref))
            if timex.is_financial(since)
            else timex.calendar_year(timex.latest_complete_year(ctx.ref))
        )
        periods = Periods(latest, since, True)
    if not periods.explicit and kind in ("level", "frequency"):
        periods = earlier_periods(ctx, metric, sent) or periods
    if (
        not periods.explicit
        # ("- 196 lethal-barrelled discharges, the fewest since the series began" under a
        # header's year: a record's reach is no time of the figure's own)
        and all(
            t.kind == "records_began"
            or _record_window(ctx, t)
            # ("Homicides: 590, down 15% on the previous year.": another clause's year before)
            or (t.kind == "year_before" and not within(t.start, clause))
            for t in ctx.times
        )
    ) or (
        # "Homicides - year ending March 2024 - 570. Down 4% on the year before."
        # ("That is 17% up on the lockdown year before, but still below 2017/18": the
        # clause's own times)
        periods.year_before_only and all(t.kind == "year_before" for t in times_in(ctx, clause))
    ):
        # "Rape offences fell 10% in the year to June 2023. Sexual offences overall were down
        # 4pc.": a sentence with no time of its own is about the period of the one before
        periods = (
            context_periods(
                ctx,
                sent,
                with_baseline=kind in ("change", "trend"),
                from_earlier_figure=kind == "change",
            )
            or dateline_periods(ctx, sent, with_baseline=kind in ("change", "trend"))
            or periods
        )
    elif (
        kind in ("change", "trend")
        and metric.start < sent[0]
        and (own_times := [t for t in ctx.times if not _record_window(ctx, t)])
        and all(t.kind in ("baseline", "since", "window") and not t.then for t in own_times)
        and periods.baseline is not None
    ):
        # "Stab admissions 2022/23 in England: 3,775. Up a third on 2017/18.", "500 murders in
        # 2019 and 804 in 2021. A 75% jump in two years.": a change that only says what it
        # compares with runs from there to the period the sentence before was about
        before = context_periods(ctx, sent, with_baseline=False, metric=metric.metric)
        window = next((t.years for t in own_times if t.kind == "window" and t.years), None)
        if before is not None:
            # "That's down on 2019, which was the highest year in a decade": a year said
            # outright before a window
            base = (
                periods.baseline
                if periods.baseline[0] < before.period[0]
                and any(t.kind in ("baseline", "since") for t in own_times)
                else timex.shift_years(before.period, -window)
                if window is not None
                else timex.shift_years(before.period, -1)
            )
            periods = Periods(before.period, base, True)
    # ("• people killed with a knife: 196, the lowest in a decade": a record's window is no
    # time of the figure's own)
    # (a time after the figure that a later figure owns counts for none here: "• homicides:
    # 499, down from 539 a year earlier")
    if not periods.explicit and all(
        _record_window(ctx, t) or (t.start >= end and kind == "level") for t in ctx.times
    ):
        dateline = dateline_periods(ctx, sent, with_baseline=False)
        header = (
            header_period(ctx, sent)
            or source_line_period(ctx)
            or (dateline.period if dateline is not None else None)
        )
        if header is not None:
            periods = Periods(
                header,
                timex.shift_years(header, -1) if kind in ("change", "trend") else None,
                True,
            )
    if not periods.explicit and not ctx.times and metric.start < sent[0]:
        # "Knife crime in England & Wales in the 12 months to Sept 2024? Skyrocketing.": the
        # period written beside the metric, in the sentence that named it
        named = sorted(
            {
                t.span
                for t in ctx.all_times
                if metric.start <= t.start < sent[0]
                and t.kind in (*PERIOD_KINDS, "baseline")
                and t.span is not None
            }
        )
        if named:
            # "Knife crime in London, 2019 vs 2023. ... Actual change: +4%": the later one is
            # the period, the earlier the baseline
            span = named[-1]
            base = named[0] if len(named) > 1 else timex.shift_years(span, -1)
            periods = Periods(span, base if kind in ("change", "trend") else None, True)
    that_year = (
        # its own "that year", not one said before its words begin
        _THAT_YEAR_RE.search(ctx.text, max(clause[0], pos), clause[1])
        if kind in ("level", "frequency", "extremum")
        else None
    )
    if that_year is not None and not any(
        t.start <= that_year.start() < t.end and t.kind == "period" for t in ctx.all_times
    ):
        # "In 2014 ... London had fewer than 100 murders that year": the year named before
        # (when timex found no period for "that year" to stand for)
        prev = next((c for c in reversed(ctx.claims) if c.start < clause[0] and c.period), None)
        years = list(_YEAR_RE.finditer(ctx.text, 0, that_year.start()))
        if years and (prev is None or years[-1].start() > prev.start):
            # "down a quarter since 2021 (133 that year)": the year written last, after the
            # claim before
            periods = Periods(timex.calendar_year(int(years[-1].group(1))), None, True)
        elif prev is not None and prev.period is not None:
            periods = Periods(span_of(prev.period), None, True)
    if periods.period[0] > ctx.ref:
        return None  # "expects knife crime to fall by 10% next year", "200 murders in 2030"
    if (
        value is not None
        and value[0] is not None
        and value[0] == value[1]
        and _hedged_after(ctx.text, start, end)
    ):
        # "a killing every two days or so": a hedge written after the figure
        lo, hi = apply_hedge(value[0], "hedge_approx")
        assert lo is not None and hi is not None
        value = (round(min(lo, hi), 4), round(max(lo, hi), 4))
    if (
        kind in ("level", "frequency")
        and value is not None
        and value[0] is not None
        and value[1] is not None
        and value[0] >= 0
        and _TOPS_AFTER_RE.match(ctx.text, end)
    ):
        # "maybe 12k offences, tops": at most the figure said (the hedge's middle)
        value = (0.0, round((value[0] + value[1]) / 2, 4))
    if (
        kind == "level"
        and value == (1.0, 1.0)
        and _NOT_ONE_RE.search(ctx.text, max(clause[0], pos - 8), pos + 6)
    ):
        # "Not one teenager was murdered in Lambeth last year": a count of none
        value, negated = (0.0, 0.0), False
    metric_id = metric.metric
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
        metric=metric_id,
        geography=place,  # type: ignore[arg-type]
        period=iso_span(periods.period),
        baseline=iso_span(periods.baseline) if periods.baseline else None,
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
    if periods.explicit:
        ctx.explicit.add(id(claim))
    ctx.used_spans.append((start, end))
    if kind in ("change", "trend", "extremum"):
        ctx.claims.extend(_coordinated(ctx, claim, metric, pos, clause))
    if kind in ("level", "change") and claim.value is not None:
        _corrected(ctx, claim)
    _corrected_in_words(ctx, claim)
    return claim


_MET_SUBJECT_RE = compile_scan(
    r"(?<![\w-])(?:the\s+)?Met(?:['’]s)?\s+(?!Office|Gala|Opera|Museum|Éireann)"
    # ("The met solved 90%+ of murders in 2025": the force typed in lower case)
    r"|(?<![\w-])[Tt]he\s+met\s+(?!office|gala|opera|museum|ball)",
    re.ASCII,
)
_MET_LABEL_RE = compile_re(rf"[\s{BULLET_MARKS}-]*(?:the\s+)?Met(?:\s+Police)?\s*[:~≈]?\s*\d")
_MET_IN_PHRASE_RE = compile_scan(r"\b(?:the\s+)?met(?:\s+police)?\b", re.I)
_AFTER_RANKING_RE = compile_re(r"[^,;:–—]*[,;:–—]\s*")


def national_series(ctx: Ctx, claims: list[Claim]) -> None:
    """The place's own series for what the post named: "violent crime" in a US city is the
    FBI's violent crime, "shooting incidents" there the police's own count. Done once all
    claims are read, since the rules pair claims with the metric mentions they came from."""
    for claim in claims:
        if claim.metric is None or not isinstance(claim.geography, str):
            continue
        country = getattr(ctx.lex.taxonomy.place(claim.geography), "country", None) or ""
        national = _NATIONAL_SERIES.get((claim.metric, country))
        if national is not None and national[1].match(claim.metric_phrase or ""):
            claim.metric = national[0]


#: "violent crime" in a US place is the FBI's category (murder, rape, robbery, aggravated
#: assault), not the Home Office's "violence against the person"
_NATIONAL_SERIES = {
    ("violence_against_the_person", "US"): ("violent_crime", compile_re(r"violent\s", re.I)),
    # "shooting incidents" is the NYPD's and Philadelphia's own series; "shootings" stays
    # the discharges that annotators and the Met count
    ("firearm_discharges", "US"): (
        "shooting_incidents",
        compile_re(r"(?:\w+\s+)*shooting\s+incidents", re.I),
    ),
}
#: the low end of a range before its high end: "20-30%", "20 to 30%", "between 20 and 30 per
#: cent" (an "and" makes a range only after "between"; not a financial year's end: "2015/16 –
#: 68pc")
RANGE_LO_RE = compile_scan(
    r"(?P<btw>\bbetween\s+)?(?<![\d.,/])(?P<lo>\d+(?:\.\d+)?)\s*(?:%|\s(?:per\s*cent|percent))?\s*(?P<sep>to|-|–|and|or)\s*$",
    re.I,
)
#: a figure in words that a denial may give ("sixty-one", "a hundred"), but not the "Not one."
#: that stresses a zero
_FIGURE_WORDS_SRC = rf"(?!one\b)(?:{NUMWORD_SRC}|a\s+(?:hundred|thousand))\b"
_CORRECTION_END_RE = compile_re(
    r"\s*(?:['\"’”]\s*)?(?:[.,;:!?)]|$|(?:like|as)\s)"
    # ("not the 40 someone claimed upthread", "not the 109 the Met keeps quoting")
    r"|\s+(?:that\s+)?(?:the\s+[\w'’]+|someone|somebody|people|everyone|he|she|they|you|(?-i:[A-Z])[\w'’]*)"
    r"\s+(?:keeps?\s+|kept\s+|always\s+)?(?:quot|claim|said|say|post|report|tweet|cit|shar)\w*",
    re.I,
)
_NOT_FIGURE_RE = compile_re(
    # ("..., not 'about 500'", "..., not up 4%": the figure as it was said, quoted or hedged)
    # ("..., not the 109 the Met keeps quoting": the figure others give)
    r"[^.!?;]{0,25}?,?\s*(?:and\s+)?not\s+(?:the\s+)?(?:['\"‘“]\s*)?(?:(?P<dir>up|down)\s+(?:by\s+)?)?"
    r"(?:(?:about|around|roughly|over|under|nearly|almost|more\s+than|less\s+than|fewer\s+than)\s+)?"
    # ("..., not sixty-one", "..., not 'over a hundred'")
    rf"(?=\d|{_FIGURE_WORDS_SRC})",
    re.I,
)


#: the figure denied in a sentence of its own after the claim's: ". Not 900."
_NOT_FIGURE_NEXT_RE = compile_re(
    r"[^.!?;\n]{0,60}?[.!]\s+not\s+(?:['\"‘“]\s*)?(?P<dir>)"
    r"(?:(?:about|around|roughly|over|under|nearly|almost|more\s+than|less\s+than|fewer\s+than)\s+)?"
    rf"(?=(?:[\d,.]+\s*(?:%|k\b|m\b|million\b)?|{_FIGURE_WORDS_SRC})\s*['\"’”]?\s*(?:[.!]|$))",
    re.I,
)


def _corrected(ctx: Ctx, claim: Claim) -> None:
    """ "it was 130 murders in London last year, not 97": the figure denied is a claim too,
    negated."""
    m = _NOT_FIGURE_RE.match(ctx.text, claim.end) or _NOT_FIGURE_NEXT_RE.match(ctx.text, claim.end)
    if m is None:
        return
    start = m.start() + m.group(0).lower().rfind("not")
    if m.end() - start > 4 and re.search(r"\bbut\b", ctx.text[m.start() : start], re.I):
        # ("Up from 71 the year before, sure, but not over 100.": a quoted claim answered
        # again, not this figure's correction)
        return
    # ("went up about 6% last year, not 40%": a change's size denied, in the change's sign)
    percent = claim.unit in ("percent_change", "percent")
    quantities = ctx.quantities
    if m.re is _NOT_FIGURE_NEXT_RE:
        # (the figure's sentence is not this one: its numbers are read here)
        quantities = [
            replace(q, start=q.start + m.end(), end=q.end + m.end())
            for q in find_quantities(ctx.text[m.end() : m.end() + 40])
        ]
    for i, q in enumerate(quantities):
        if (
            q.start == m.end()
            and (q.kind == "percent") == percent
            and (quantities is not ctx.quantities or i not in ctx.used_q)
        ):
            if not (
                _CORRECTION_END_RE.match(ctx.text, q.end)
                or any(
                    0 < mm.start - q.end <= 2 and mm.metric == claim.metric for mm in ctx.metrics
                )
            ):
                return  # "97 murders, and not 1 arrest": something else
            ctx.used_q.add(i)
            ctx.used_spans.append((start, q.end))
            lo, hi = apply_hedge(q.value, hedge_before(ctx, q.start)[0])
            way = m.group("dir")
            if claim.kind == "change" and (
                way == "down" or (way is None and claim.value and (claim.value[0] or 0) < 0)
            ):
                lo, hi = (None if hi is None else -hi), (None if lo is None else -lo)
            if quantities is not ctx.quantities and claim.value == (lo, hi):
                return  # ("'... had 100 shootings last year'. Not 100.": the claim denied)
            if any(
                c.start < claim.start
                and c.value == (lo, hi)
                and c.metric == claim.metric
                and c.period == claim.period
                for c in ctx.claims
            ):
                # ("> Manchester had 60 murders last year / GMP recorded thirty-one, not
                # sixty.": the figure a claim before gave, for the same time, is that claim
                # answered, not a figure of its own)
                return
            end = q.end + (1 if percent and ctx.text[q.end : q.end + 1] == "%" else 0)
            ctx.claims.append(
                replace(
                    claim,
                    surface=ctx.text[start:end],
                    start=start,
                    end=end,
                    value=(lo, hi),
                    negated=True,
                )
            )
            return


#: the alternative a claim denies in words right after it: "went down last year, not up",
#: "about 70% ... involved a knife, not half", "one every three and a half days, not every
#: other day", "down 9% in 2023, not 2022"
_NOT_IN_WORDS_RE = compile_re(
    r",?\s*(?:and\s+)?not\s+(?:(?P<way>up|down)|(?P<frac>half|a\s+third|a\s+quarter)|"
    r"(?P<mult>double|doubled|twice|tripled|triple)|(?P<every>every\s+(?:other\s+)?day)|"
    r"(?P<year>(?:19|20)\d\d))(?=\s*(?:[.!;,)]|$))",
    re.I,
)


def _said_alternative(claim: Claim, m: re.Match[str]) -> bool:
    """Does ``claim`` say the alternative ``m`` denies (a move that way, a doubling)?"""
    if m.group("way"):
        mid = None if claim.value is None else claim.value[0]
        way = claim.direction if claim.kind == "trend" else None
        if claim.kind == "change" and mid is not None:
            way = "up" if mid > 0 else "down"
        return way == m.group("way").lower() or (
            m.group("way").lower() == "up" and claim.kind == "trend" and bool(claim.intense)
        )
    if m.group("mult"):
        return claim.kind == "change" and claim.value is not None and (claim.value[0] or 0) >= 100
    return False


def _corrected_in_words(ctx: Ctx, claim: Claim) -> None:
    """ "burglaries in Sutton went down last year, not up": the alternative the claim denies,
    said in words, is a claim too, negated: the other way for a move, the share or the
    multiple named, a rate of one every day or every other day, another year."""
    m = _NOT_IN_WORDS_RE.match(ctx.text, claim.end)
    if m is None or claim.negated or used(ctx, m.start(), m.end()):
        return
    if any(
        c.metric == claim.metric and c.end <= claim.start and _said_alternative(c, m)
        for c in ctx.claims
    ):
        # ("> Shootings in London went up last year / They went down, not up.": the alternative
        # is the claim answered, which the rebuttal denies)
        return
    start = m.start() + m.group(0).lower().rfind("not")
    new: Claim | None = None
    if m.group("way") and claim.kind in ("trend", "change"):
        way = m.group("way").lower()
        new = replace(
            claim,
            kind="trend",
            direction=way,
            value=None,
            unit=claim.unit if claim.kind == "trend" else "count",
            intense=None,
        )
    elif m.group("frac") and claim.kind == "level" and claim.unit == "percent":
        share = round(FRACTIONS[re.sub(r"\s+", " ", m.group("frac").lower())] * 100, 4)
        new = replace(claim, value=(share, share))
    elif m.group("mult") and claim.kind == "change" and claim.unit == "percent_change":
        size = 200.0 if m.group("mult").lower().startswith("trip") else 100.0
        new = replace(claim, value=(size, size))
    elif m.group("every") and claim.kind == "frequency" and claim.per == "day":
        rate = 0.5 if "other" in m.group("every").lower() else 1.0
        new = replace(claim, value=(rate, rate))
    elif m.group("year") and claim.kind in ("level", "change") and claim.period is not None:
        span = span_of(claim.period)
        year = int(m.group("year"))
        if span != timex.calendar_year(span[0].year) or year == span[0].year:
            return
        shift = year - span[0].year
        period = timex.shift_years(span, shift)
        base = timex.shift_years(span_of(claim.baseline), shift) if claim.baseline else None
        new = replace(
            claim,
            period=(period[0].isoformat(), period[1].isoformat()),
            baseline=None if base is None else (base[0].isoformat(), base[1].isoformat()),
        )
    if new is None:
        return
    new.start, new.end, new.surface, new.negated = start, m.end(), ctx.text[start : m.end()], True
    ctx.used_spans.append((start, m.end()))
    ctx.claims.append(new)


#: between two items of a list ("London and the West Midlands")
LIST_AND_RE = compile_re(r"\s*(?:,\s*(?:(?:and|&)\s+(?:the\s+)?)?|(?:and|&)\s+(?:the\s+)?)", re.I)
#: a place followed by its own figure: "London down 7%", "Paris: 2.3", "Berlin up by 4%"
_OWN_FIGURE_AFTER_RE = compile_re(
    r"(?:['’]s)?\s*(?:[:=]\s*|(?:was|is|were|at|had|(?:went\s+)?(?:up|down)|rose|fell|"
    r"dropped|jumped|climbed)\s+(?:by\s+)?)[~+\-−]?(?:about\s+|around\s+|nearly\s+)?\d",
    re.I,
)


def _list_opens(ctx: Ctx, metric: MetricMention, sent: tuple[int, int]) -> int:
    """Where the list of series that ``metric`` ends opens ("Burglary and vehicle theft both
    down"), its own start if it ends none."""
    first = metric
    for mm in reversed(ctx.metrics):
        if mm.end > first.start or mm.start < sent[0]:
            continue
        if (
            not mm.stat
            or not LIST_AND_RE.fullmatch(ctx.text, mm.end, first.start)
            # ("535 homicides and knife crime up a quarter": a figure of its own)
            or any(0 <= mm.start - q.end <= 2 for q in ctx.quantities)
        ):
            break
        first = mm
    return first.start


def _coordinated(
    ctx: Ctx, claim: Claim, metric: MetricMention, pos: int, clause: tuple[int, int]
) -> list[Claim]:
    """ "Stabbings in Lambeth and Southwark are up 25%", "Shootings and murders in New York
    are both falling": a change said of two places (or two metrics) joined by "and" is one
    claim for each."""
    text = ctx.text
    extra: list[Claim] = []
    # "Murders rose in both New York and Chicago", "Hackney, Lambeth, Southwark — knife crime
    # down in all three": the whole list the claim's own place stands in
    places = ctx.places
    near = [
        j
        for j, p in enumerate(places)
        if p.place == claim.geography and claim.start - 80 <= p.start < claim.end + 40
    ]
    # ("Stabbings in Hackney and Islington both fell last year. Knife crime charges in Hackney
    # were up 18% too.": the mention in the claim's own clause, not the list before it)
    k = next((j for j in near if places[j].start >= clause[0]), near[0] if near else None)
    if k is not None and claim.geography_source != "context":
        lo = hi = k
        # ("knife crime down 9% across England and Wales, London down 7%": a place with a
        # figure of its own right after it has its own claim and is no item of the list)
        while (
            lo > 0
            and LIST_AND_RE.fullmatch(text, places[lo - 1].end, places[lo].start)
            and not _OWN_FIGURE_AFTER_RE.match(text, places[lo - 1].end)
            # ("Toronto had 85 homicides in 2021, Montreal 37, Vancouver 17. Montreal and
            # Vancouver both went down.": a place's figure is no move of it)
            and not any(
                c.geography == places[lo - 1].place
                and c.metric == claim.metric
                and (c.kind == claim.kind or claim.kind != "trend" or c.kind == "change")
                for c in ctx.claims
            )
        ):
            lo -= 1
        while (
            hi + 1 < len(places)
            and LIST_AND_RE.fullmatch(text, places[hi].end, places[hi + 1].start)
            and not _OWN_FIGURE_AFTER_RE.match(text, places[hi + 1].end)
        ):
            hi += 1
        if lo < k and claim.start == places[k].start and places[lo].start >= clause[0]:
            # ("Montreal and Vancouver both went down": the list is the subject, the words
            # open on its first place)
            ctx.used_spans.remove((claim.start, claim.end))
            claim.start = places[lo].start
            claim.surface = text[claim.start : claim.end]
            ctx.used_spans.append((claim.start, claim.end))
        # ("Paris and Berlin were both higher" than London: not the place compared with)
        named = {claim.geography, claim.other_geography}
        for p in places[lo : hi + 1]:
            if p.place not in named:
                named.add(p.place)
                extra.append(replace(claim, geography=p.place))
    places_said = list(extra)
    # ("Burglary, robbery and car theft all fell": the whole list the claim's metric ends,
    # its first items before the clause its commas opened)
    metrics = [m for m in ctx.metrics if clause[0] - 120 <= m.start and m.end <= pos and m.stat]
    chains: list[list[MetricMention]] = []
    for mm in metrics:
        if chains and LIST_AND_RE.fullmatch(text, chains[-1][-1].end, mm.start):
            chains[-1].append(mm)
        else:
            chains.append([mm])
    chain = next(
        (
            ch
            for ch in chains
            if any(mm.metric == metric.metric for mm in ch) and ch[-1].start >= clause[0]
        ),
        [],
    )
    said = {metric.metric}
    for other_m in chain:
        if other_m.metric is None or other_m.metric in said:
            continue
        said.add(other_m.metric)
        if any(0 <= other_m.start - q.end <= 2 for q in ctx.quantities):
            continue  # "535 homicides and knife crime up a quarter": a figure of its own
        # ("Burglary and vehicle theft both down in Essex and Kent": each series in each place)
        for said_of in [claim, *places_said]:
            extra.append(replace(said_of, **series_fields(other_m)))
    return extra


def words_start(text: str, sent: tuple[int, int]) -> int:
    """Where the sentence's words begin (past its leading spaces)."""
    return sent[0] + len(text[sent[0] : sent[1]]) - len(text[sent[0] : sent[1]].lstrip())


def levels_just_before(ctx: Ctx, *, same_period: bool, before: int | None = None) -> list[Claim]:
    """The run of level claims that ends the claims so far (those starting before ``before``),
    one per place, latest first, all of one metric (and one period, ``same_period``):
    "Chicago homicides in 2022: 695. NYC: 438." before "Both down on 2021." or "Berlin's
    higher than both."."""
    levels: list[Claim] = []
    claims = ctx.claims if before is None else [c for c in ctx.claims if c.start < before]
    for c in reversed(claims):
        if c.kind != "level" or c.period is None or c.geography is None:
            break
        if levels and (
            c.metric != levels[0].metric or (same_period and c.period != levels[0].period)
        ):
            break
        if all(c.geography != other.geography for other in levels):
            levels.append(c)
    return levels


def context_periods(
    ctx: Ctx,
    sent: tuple[int, int],
    *,
    with_baseline: bool,
    metric: str | None = None,
    from_earlier_figure: bool = False,
) -> Periods | None:
    # the sentence just before; of its claims, the latest period ("97, down from 109 the year
    # before" is about this year)
    before = [c for c in ctx.claims if c.start < sent[0] and c.period]
    if not before:
        return None
    asked = asked_time(ctx, sent)
    if asked is not None:
        # "... New York 21. Full year 2018? London 134, NYC 295.": the time asked
        return Periods(asked, timex.shift_years(asked, -1) if with_baseline else None, True)
    last_sent_start = max(c.start for c in before)
    near = [c for c in before if c.start >= last_sent_start - 200]
    if not any(id(c) in ctx.explicit for c in near):
        return None
    # ("Homicide ... is at a three-decade low. But ... knife-enabled homicides fell from 258 in
    # 2023 to 216 in 2024. That's a 16% drop in one year.": the change's own metric's claims)
    same = [c for c in near if metric is not None and c.metric == metric]
    near = same or near
    # (of those that end last, the nearest: "... about half what it was in 2003. Knife crime
    # rose about 11% on 2015. Gun crime was up too." is up on 2015)
    prev = max(near, key=lambda c: (c.period[1] if c.period and c.period[1] else "", c.start))
    if prev.period is None:
        return None
    span = span_of(prev.period)
    if not with_baseline:
        return Periods(span, None, True)
    base = span_of(prev.baseline) if prev.baseline else timex.shift_years(span, -1)
    if from_earlier_figure and prev.baseline is None and prev.kind in ("level", "frequency"):
        # "A murder every 2.5 days in London last year. In 2014 it was closer to one every 4
        # days. So up roughly 50%.": from the earlier figure of the same series
        earlier = [
            span_of(c.period)
            for c in near
            if c.kind == prev.kind
            and (c.metric, c.geography, c.unit, c.per)
            == (prev.metric, prev.geography, prev.unit, prev.per)
            and c.period is not None
        ]
        earlier = [s for s in earlier if s[1] < span[0]]
        if earlier:
            base = max(earlier, key=lambda s: s[1])
    return Periods(span, base, True)


#: what may open a question that asks only for a time ("Full year 2018?", "And 2019?")
_ASKED_LEAD_RE = compile_re(r"(?:^|[.!?\n])[^.!?\n\d]{0,20}$")


def asked_time(ctx: Ctx, sent: tuple[int, int]) -> Span | None:
    """The time a question of its own asks for just before the sentence."""
    q = ctx.text.rfind("?", max(0, sent[0] - 4), sent[0])
    if q < 0 or ctx.text[q + 1 : sent[0]].strip():
        return None
    t = next(
        (
            t
            for t in ctx.all_times
            if 0 <= q - t.end <= 1 and t.kind in PERIOD_KINDS and t.span is not None
        ),
        None,
    )
    if t is None or not _ASKED_LEAD_RE.search(ctx.text, max(0, t.start - 21), t.start):
        return None
    return t.span


#: a header that says the figures under or after it are counts per day (or hour, week):
#: "every day on average:", "Every day in England and Wales (2024, ONS):", "A typical day:"
_PER_UNIT_HEADER_RE = compile_re(
    # (not a rate's own unit after its count: "about 46 a day", "More like two a day:")
    r"(?:(?<!\d\s)\b(?:every|each|per)\s+(?:(?:average|typical|ordinary)\s+)?(?P<u>day|hour|week)"
    r"|\b(?:an?|one)\s+(?:average|typical|ordinary)\s+(?P<u2>day|hour|week))\b",
    re.I,
)
_SENTENCE_END_IN_RE = compile_re(r"[.!?]\s")
_FIGURE_OPENS_RE = compile_re(
    r"\s*(?:(?:[~≈]|c\.|about|around|roughly|approx\.?|nearly|almost|over|under|just|some)\s*)?\d",
    re.I,
)


def rate_header_unit(ctx: Ctx, sent: tuple[int, int], at: int) -> str | None:
    """The unit ("day", "hour", "week") of the rate a header gives the figure at ``at``: the
    header of its list ("E&W, YE Dec 2022, per day [ONS]:\n• ~1.6 homicides"), or its own
    line's words before a colon ("England and Wales, 2023, every day on average: ~150 knife
    offences / ~1.6 homicides")."""
    line_start = ctx.text.rfind("\n", 0, at) + 1
    colon = ctx.text.rfind(":", line_start, at)
    head: tuple[int, int] | None
    if colon >= 0:
        if not _FIGURE_OPENS_RE.match(ctx.text, colon + 1):
            # (a header's figures follow its colon at once: not "... 'a stabbing every day':
            # it's not true. Edinburgh recorded roughly 200 ...")
            return None
        # (the words before the colon, from their own sentence's start)
        opens = line_start
        for end in _SENTENCE_END_IN_RE.finditer(ctx.text, line_start, colon):
            opens = end.end()
        head = (opens, colon)
    else:
        # (an item of the list, not a line of prose after it: "Knife offences were ~49,000
        # for the year")
        head = list_header(ctx, sent) if _ITEM_MARK_RE.match(ctx.text, line_start) else None
    if head is None:
        return None
    m = _PER_UNIT_HEADER_RE.search(ctx.text, *head)
    if m is None and colon >= 0 and head[0] == line_start:
        # ("Knife crime in 2024, per day:\nLondon: about 45": an item's own label names a
        # place, the list's header the rate)
        above = list_header(ctx, sent)
        if above is not None and above[1] < line_start:
            m = _PER_UNIT_HEADER_RE.search(ctx.text, *above)
    return None if m is None else (m.group("u") or m.group("u2")).lower()


def list_header(ctx: Ctx, sent: tuple[int, int]) -> tuple[int, int] | None:
    """The header line (up to its colon) of the list whose item ``sent`` opens a line of."""
    line_start = ctx.text.rfind("\n", 0, sent[0]) + 1
    if not _ITEM_OPENING_RE.fullmatch(ctx.text, line_start, sent[0]):
        return None  # the sentence does not open its line: no list item
    colon = ctx.text.rfind(":", 0, line_start)
    head_end: int | None = colon
    if colon < 0 or ctx.text[colon + 1 : line_start].strip(" \t\r\n"):
        # the colon must end the header's line, and the list run from it without prose
        head_end = _last_header_colon(ctx.text, line_start)
    if head_end is None:
        return None
    return ctx.text.rfind("\n", 0, head_end) + 1, head_end


#: a line that sets two names against each other ("Burglary | Leeds vs Bradford | 2024")
_NAMES_VS_LINE_RE = compile_re(
    r"(?-i:[A-Z])[\w&.'’]*(?:\s+(?-i:[A-Z])[\w&.'’]*)?\s+(?:vs\.?|v\.?|versus)\s+(?-i:[A-Z])"
    # ("Cardiff / Swansea, burglary, FY24:": two names slashed, not three or more)
    r"|(?<!/)(?<!/\s)(?-i:[A-Z])[\w&.'’]*(?:\s+(?-i:[A-Z])[\w&.'’]*)?\s+/\s+(?-i:[A-Z])[\w&.'’]*"
    r"(?:\s+(?-i:[A-Z])[\w&.'’]*)?(?![\w&.'’]|\s*/)"
    # ("Knife crime | Met | 2022 vs 2023": two periods set against each other)
    r"|(?<![\d/])(?:(?:19|20)\d\d(?:/\d\d)?|(?-i:FY)\s?\d\d|(?-i:YE)\s+[A-Za-z]{3,9}\s+\d\d|(?-i:[HQ][1-4])\s+(?:19|20)\d\d)"
    r"\s+(?:vs\.?|versus|→|->)\s+(?:(?:19|20)\d\d|(?-i:FY)|(?-i:YE)|(?-i:[HQ][1-4]))",
    re.I,
)


def names_vs_line_above(text: str, pos: int, *, reach: int = 6) -> tuple[int, int] | None:
    """The nearest line above ``pos`` (over item lines, each holding a figure, and no blank
    line) that sets two names against each other: "Stabbings | Lambeth vs Southwark | 2021\n
    knife crime: 980 / 870\nwith injury: 310 / 260"."""
    end = text.rfind("\n", 0, pos)
    for _ in range(reach):
        if end < 0:
            return None
        start = text.rfind("\n", 0, end) + 1
        line = text[start:end]
        if _NAMES_VS_LINE_RE.search(line):
            return start, end
        if not line.strip() or not any(ch.isdigit() for ch in line):
            return None
        end = start - 1
    return None


def _latest_like(span: Span, ref: date) -> Span | None:
    """The latest 12 months that have ended by ``ref`` in the month ``span`` (a year ending in
    a month other than December or March) ends in; None for other spans."""
    start, end = span
    if end.month in (12, 3) or (end - start).days < 360 or (end - start).days > 370:
        return None
    year = ref.year if end.replace(year=ref.year) < ref else ref.year - 1
    return timex.shift_years(span, year - end.year) if year > end.year else None


def header_period(
    ctx: Ctx, sent: tuple[int, int], *, kinds: frozenset[str] = PERIOD_KINDS
) -> Span | None:
    """ "ONS bulletin (year ending September 2025), England and Wales:\n• homicides 518, down
    8%": the lines of a list are about the one period its header line (ending in a colon)
    names, unless they say their own."""
    header = list_header(ctx, sent)
    if header is None:
        return None
    head_start, head_end = header
    spans = {
        t.span
        for t in ctx.all_times
        if head_start <= t.start < head_end and t.kind in kinds and t.span is not None
    }
    return spans.pop() if len(spans) == 1 else None


#: a reply's quote of the post it answers, one or more lines opening with ">"
LINE_QUOTE_RE = compile_re(r"(?m)^[ \t]*>[^\n]*(?:\n[ \t]*>[^\n]*)*")
#: a line of a comment chain pasted as one post, opened by who wrote it: "u/brum_lad: ...",
#: "@kel@mastodon.social: ...", "Gary Holt: ...", "[–] data_dan: ...", "kayleigh.r: ..."
#: (``weak``: a bare word, a name only among lines with names of the shapes before it)
_SPEAKER_RE = compile_re(
    r"(?m)^[ \t]*(?:\[[–-]\][ \t]*)?"
    r"(?P<who>u/[\w-]+|@[\w.]+(?:@[\w.-]+)?|(?-i:[A-Z][a-z]+[ \t][A-Z][\w'’]*\.?)|"
    r"[A-Za-z]\w*[_\d]\w*|[a-z]+\.[a-z]+|(?P<weak>[A-Za-z]\w{1,19}))[ \t]*:[ \t]+(?=\S)"
    # (what someone wrote, not a table row's figure: "June: 410")
    r"(?![~≈]?[ \t]*[\d,.]+[ \t]*(?:k|%|pc)?[ \t]*(?:\n|$))"
)
#: labels of a post's own lines, not people: "Source: ONS", "Knife Crime: ..."
_NOT_SPEAKER_RE = compile_re(
    r"(?:source|sources|summary|update|edit|note|notes|tl;?dr|context|reminder|fact|facts|data|"
    r"total|overall|citywide|nationally|result|answer|question|q|a|ps)$|"
    r".*\b(?:" + CRIME_WORDS + r"|rates?)\b",
    re.I,
)


def reply_spans(ctx: Ctx) -> list[tuple[int, int]]:
    """Where each reply quotes what it answers, from the quote's start to where the reply
    opens: the "> " lines over a reply, or one line of a comment chain over the next line, by
    someone else ("u/brum_lad: Birmingham had more knife crime than Manchester last year\n
    u/north_stats: checks out, about 3,400 vs 2,100")."""
    if ctx.replies is None:
        text = ctx.text
        spans = (
            [_past_label(text, *m.span()) for m in LINE_QUOTE_RE.finditer(text)]
            if ">" in text
            else []
        )
        if "\n" in text and ": " in text:
            spans += _chain_replies(ctx)
            # ("QT: 'Phone snatches in London up 60% in two years'\n\nThe Met says it's closer
            # to 40%.": a quoted post's line over the reply, as a "> " line is)
            spans += [m.span("q") for m in _QUOTE_TWEET_LINE_RE.finditer(text)]
        ctx.replies = sorted(spans)
    return ctx.replies


def speaker_lines(text: str, places: list[PlaceMention]) -> list[re.Match[str]]:
    """The lines of a comment chain pasted as one post, each opened by who wrote it (none
    unless at least two people write)."""
    lines = [
        m
        for m in _SPEAKER_RE.finditer(text)
        if not _NOT_SPEAKER_RE.match(m.group("who"))
        # (a handle may hold a place: "@fionn@toot.wales")
        and (
            m.group("who").startswith(("@", "u/"))
            or not any(m.start("who") <= p.start < m.end("who") for p in places)
        )
    ]
    return lines if len({m.group("who").lower() for m in lines}) >= 2 else []


#: who writes the reply under a quote: "> ...\n\nKaren Doyle: Way less than that."
_REPLY_LABEL_RE = compile_re(
    r"\s*(?:@[\w.]+(?:@[\w.-]+)?|u/[\w-]+|(?-i:[A-Z][a-z]+[ \t][A-Z][\w'’]*))[ \t]*:[ \t]+(?=\S)"
)


_QUOTE_BLOCK_END_RE = compile_re(r"(?m)^>[^\n]*\n(?:[ \t]*\n)*(?!>)")


def reply_labels(text: str) -> list[tuple[int, int]]:
    """Who writes the reply under a quoted line ("> Met confidence is at 57%\n\n
    u/old_bill_watcher: It was 67% in 2016"), no part of what they wrote."""
    out = []
    for m in _QUOTE_BLOCK_END_RE.finditer(text):
        label = _REPLY_LABEL_RE.match(text, m.end())
        if label is not None:
            out.append((m.end(), label.end()))
    return out


#: what a clause's move may be of instead of a crime: officers, people, money, places
OTHER_SERIES_RE = compile_scan(
    r"\b(?:(?:police\s+)?officers?|officer\s+numbers|(?:police\s+)?budgets?|spending|funding|"
    r"population|residents|rents?|(?:house\s+)?prices|wages?|salar(?:y|ies)|pensions?|income|unemployment|turnout|footfall|"
    r"fares?|call\s+answering|response\s+times?|closures|staff(?:ing)?|headcount|premiums?|"
    r"cycle\s+commuters|commuters|visitors|tourists|subscribers)\b",
    re.I,
)


def answered_after(text: str, pos: int) -> bool:
    """Does the sentence after ``pos`` deny or back what was said before it ("... 'higher than
    ever'. He's wrong.")?"""
    return bool(_next_says(_NEXT_DENIES_RE, text, pos) or _next_says(_NEXT_ENDORSES_RE, text, pos))


def _next_says(pattern: re.Pattern[str], text: str, pos: int) -> re.Match[str] | None:
    """Does the text after ``pos`` open with what ``pattern`` reads, past who writes the next
    line of a chain ("... '500 burglaries in Sutton last year'.\nKev Lamb: There weren't.")?"""
    found = pattern.match(text, pos)
    if found is None:
        gap = _SENT_GAP_RE.match(text, pos)
        label = _REPLY_LABEL_RE.match(text, gap.end()) if gap and "\n" in gap.group(0) else None
        if label is not None:
            found = pattern.match(text, label.end())
    return found


_SENT_GAP_RE = compile_re(r"[\s\"'”’).!?]*")


#: a quoted post on a line of its own, a reply under it: "QT: '...'", "QT @user: \"...\""
_QUOTE_TWEET_LINE_RE = compile_re(
    r"(?m)^[ \t]*(?:QT|Quote\s+tweet|Quoting)(?:[ \t]+@[\w.]+)?[ \t]*:[ \t]*"
    r"(?P<q>[\"'“‘][^\n]+[\"'”’][ \t]*\n(?:[ \t]*\n)*)(?=[ \t]*\S)"
)


def _past_label(text: str, start: int, end: int) -> tuple[int, int]:
    """A quote's span, to where the reply under it opens, past who wrote the reply."""
    label = _REPLY_LABEL_RE.match(text, end)
    return (start, label.end()) if label is not None else (start, end)


def _chain_replies(ctx: Ctx) -> list[tuple[int, int]]:
    text = ctx.text
    lines = speaker_lines(text, ctx.all_places)
    out = []
    for a, b in zip(lines, lines[1:], strict=False):
        # (the next line, by someone else)
        if "\n" not in text[a.end() : b.start()].strip() and a.group("who") != b.group("who"):
            out.append((a.end(), b.end()))
    return out


_SINCE_KIND = frozenset({"since"})
_BRACKETED_RE = compile_re(r"\([^()\n]{1,40}\)|\[[^\[\]\n]{1,40}\]")
#: (and "28,000+ (↑ ~3pc y/y)": the figure's own plus before the bracket)
_BRACKET_GAP_RE = compile_re(r"\+?\s*[(\[]\s*")
_PLACE_OPENS_WORDS_RE = compile_re(r"(?:['’]s)?(?:\s+(?:next\s+door|nearby))?\s*(?:both\s+)?")
#: a post that opens by naming its source and period: "ONS release, year ending June 2025,
#: England and Wales."
#: a post's first line that heads what follows: it ends with a colon, or a bulleted line follows
#: it ("ONS, year to June 2021, England and Wales 🧵\n- Robbery down 17%")
_HEADER_LINE_RE = compile_re(r"[^\n]{3,160}?(?::[ \t]*(?=\n)|[ \t]*(?=\n[ \t]*[-•*·▪►→–—][ \t]))")


def _masked_times(ctx: Ctx, start: int, end: int) -> str:
    """The text in [start, end) with its time expressions blanked out."""
    chars = list(ctx.text[start:end])
    for t in ctx.all_times:
        for i in range(max(t.start, start), min(t.end, end)):
            chars[i - start] = " "
    return "".join(chars)


_DATELINE_RE = compile_re(
    # ("I pulled the Met's dashboard for the 12 months to April 2023.")
    # ("🧵 1/ ONS crime figures for England and Wales, year ending September 2023, are out.")
    r"[\W_]*(?P<mark>\d{1,2}\s*/\s*\d{0,2}\s+)?"
    r"(?:(?:so\s+)?(?:I|we)(?:['’]ve)?\s+(?:just\s+)?(?:pulled|checked|looked\s+(?:at|up)|read|"
    r"went\s+through|dug\s+into|downloaded)\s+)?(?:the\s+)?"
    # ("1/ Some numbers from the ONS release for the year to September 2023, ...")
    r"(?:(?:some|a\s+few|key|quick)\s+(?:numbers|figures|stats|highlights|takeaways)\s+from\s+(?:the\s+)?)?"
    r"(?:(?:ONS|Met|Home\s+Office|FBI|NYPD|police|official)(?:['’]s)?\b[^.!?\n]{0,40}?"
    r"\b(?:release|bulletin|figures|data|stats|statistics|numbers|tables|update|dashboard|report)\b"
    # ("Homicide Index for the year ending March 2025 is out today")
    r"|(?:(?:Home\s+Office|ONS)(?:['’]s)?\s+)?(?:Homicide\s+Index|Crime\s+Survey|CSEW)\b"
    # ("Haringey's knife crime figures for 2020/21 are in.")
    r"|(?:[\w'’&.-]+\s+){0,5}?(?:figures|stats|statistics|numbers|data)\s+for\s+"
    # ("Recorded crime in Scotland 2023-24 bulletin is out.")
    r"|(?:[\w'’&.-]+\s+){1,7}?(?:release|bulletin|figures|stats|statistics|numbers|data|report|"
    r"tables)\s+(?:is|are)\s+(?:(?:just|finally|now)\s+)?(?:out|in|published|released)\b"
    # ("Recorded Crime in Scotland 2024-25 is out.": a publication's title and its period)
    r"|(?-i:[A-Z])[\w'’&.-]*(?:\s+[\w'’&.-]+){0,6}?\s+(?:(?:19|20)\d\d(?:\s?[-/]\s?\d\d(?:\d\d)?)?)\s+"
    r"(?:is|are)\s+(?:(?:just|finally|now)\s+)?(?:out|published|released)\b(?!\s+of\b))"
    r"[^.!?\n]*[.!?\n]",
    re.I,
)


def dateline_periods(ctx: Ctx, sent: tuple[int, int], *, with_baseline: bool) -> Periods | None:
    """ "ONS release, year ending June 2025, England and Wales. Police recorded 51,527 offences
    ..., down 5% on the previous year. Homicides: 518.": the period a sentence before names
    for its source, with no figure of its own, is that of the figures after it that name
    none."""
    if ctx.sentences is None:
        ctx.sentences = split_sentences(ctx.text)
    found: list[re.Match[str]] = []
    for start, _ in reversed([s for s in ctx.sentences if s[1] <= sent[0] + 1]):
        m = _DATELINE_RE.match(ctx.text, start)
        if m is not None:
            # (a thread's "1/" is no figure of the line's own)
            opens = m.end("mark") if m.group("mark") else start
            if not _FIGURE_RE.search(_masked_times(ctx, opens, m.end())):
                found.append(m)
            break
    # "Homicide Index, year ending March 2023:\n- 590 homicides in E&W, ...": a list's header
    # line that holds no figure of its own (also where a dateline before it names no period:
    # "ONS crime bulletin out today. Year ending June 2025, England and Wales:\n- ...")
    m = _HEADER_LINE_RE.match(ctx.text)
    if m is not None and not _FIGURE_RE.search(_masked_times(ctx, 0, m.end())):
        found.append(m)
    for m in found:
        if sent[0] < m.end() - 1:
            continue
        spans = {
            t.span
            for t in ctx.all_times
            if m.start() <= t.start < m.end() and t.kind in PERIOD_KINDS and t.span is not None
        }
        if len(spans) == 1:
            span = spans.pop()
            return Periods(span, timex.shift_years(span, -1) if with_baseline else None, True)
    return None


def source_line_period(ctx: Ctx) -> Span | None:
    """ "London knife crime: 15,016 offences, up 6%\n\nSource: ONS, Police recorded crime, year
    ending March 2024": the one period a source line names is that of the figures that name
    none."""
    if "ource" not in ctx.text and "ata:" not in ctx.text:
        return None
    spans = set()
    for m in _SOURCE_LINE_RE.finditer(ctx.text):
        spans |= {
            t.span
            for t in ctx.all_times
            if m.start() <= t.start < m.end() and t.kind in PERIOD_KINDS and t.span is not None
        }
    return spans.pop() if len(spans) == 1 else None


_SOURCE_LINE_RE = compile_re(r"^[ \t(\[*_]*(?:sources?|data)\s*:[^\n]*", re.I | re.M)
_BULLETS = " \t" + BULLET_MARKS + "–—-"
#: what may stand before a list item on its line: a bullet or a number ("1. ", "2) ")
_ITEM_OPENING_RE = compile_re(rf"[{_BULLETS}]*(?:\d{{1,2}}[.)][ \t]*)?")
#: at most this many list lines between a header and the line that leans on it
_MAX_LIST_LINES = 12
#: one of the labels of a line set apart by pipes, whose only numbers are periods
_PIPED_LABEL = (
    r"(?:[^|\n\d]|(?<!\d)(?:(?:19|20)\d\d(?:/\d\d)?|\d\d/\d\d|(?-i:FY|YE\s[A-Z][a-z]{2})\s?\d\d"
    r"|(?-i:[QH])[1-4])(?!\d))+"
)
_PIPED_HEADER_RE = compile_re(
    # (not "Knife crime | Met | 2023 vs 2024": a line that sets two names against each other is
    # read by names_vs_line_above)
    r"(?![^\n]*(?:\b(?:vs\.?|versus|v\.)(?!\w)|→|->))"
    + _PIPED_LABEL
    + r"(?:\|"
    + _PIPED_LABEL
    + r"){2,4}",
    re.I,
)


def _last_header_colon(text: str, line_start: int) -> int | None:
    """The colon ending the header line of the list whose lines run up to ``line_start`` (or
    the end of a header of piped labels): every line between is a bulleted or short line (an
    item), none is blank."""
    end = line_start - 1
    for _ in range(_MAX_LIST_LINES):
        if end <= 0:
            return None
        start = text.rfind("\n", 0, end) + 1
        line = text[start:end].rstrip(" \t\r")
        if not line:
            return None
        if line.endswith(":"):
            return start + len(line) - 1
        if (start == 0 or text[start - 2 : start] == "\n\n") and _PIPED_HEADER_RE.fullmatch(line):
            # "Homicide | Met | 2025\n• total 97\n• teens 9": labels set apart by pipes,
            # atop the post or its paragraph, with no figure but periods
            return start + len(line)
        if (start == 0 or text[start - 2 : start] == "\n\n") and _SOURCED_HEADER_RE.fullmatch(line):
            # "London, first half of 2020 vs first half of 2019 (Met)\nHomicides: 59 vs 72": a
            # header with a year, closed by its source in brackets
            return start + len(line)
        if not (line[0] in _BULLETS[2:] or len(line) <= 60 or _NUMBERED_ITEM_RE.match(line)):
            return None
        end = start - 1
    return None


#: a header line with a year (no sentence of its own), closed by its source: "... year ending
#: June 2024 [ONS]", "Chicago, Jan–Nov 2024 (city data portal)"
_SOURCED_HEADER_RE = compile_re(
    r"[^\n.!?]*?(?<![\d/])(?:19|20)\d\d\b[^\n.!?]*?[\[(][^\[\]()\n]{1,40}[\])][ \t]*"
)
#: a numbered list's item ("1. The Raging Storm, Ann Cleeves (3 murders, ...)"), however long
_NUMBERED_ITEM_RE = compile_re(r"[ \t]*\d{1,2}[.)][ \t]")


_THEN_GAP_RE = compile_re(
    r"\s*(?:back\s+)?(?:where\s+(?:it|they)\s+(?:was|were)\s+)?(?:back\s+)?(?:in\s+)?(?:the\s+)?",
    re.I,
)


def then_periods(ctx: Ctx, end: int, clause: tuple[int, int], sent: tuple[int, int]) -> Periods:
    """ "twice what it was in 2014": the period written after "what it was" is the baseline;
    the claim is about the clause's other period or, without one, the latest complete one."""
    periods = change_periods(ctx, clause, sent, want_baseline=True)
    then = next(
        (
            r
            for r in ctx.times
            if r.kind == "period"
            and r.span is not None
            and end <= r.start <= end + 30
            # ("still below where it was in 2011")
            and _THEN_GAP_RE.fullmatch(ctx.text, end, r.start)
        ),
        None,
    )
    if then is None or then.span is None:
        return periods
    # ("416 homicides in 2025, down nearly 30% from 587 in 2024 and roughly half the 2021
    # total": not the year of the figure it fell from)
    other = next(
        (
            r.span
            for r in times_in(ctx, clause)
            if r is not then and r.kind == "period" and r.span and not from_figure(ctx, r)
        ),
        None,
    )
    if other is None:
        # ("Scotland, recorded crime 2021-22: ~285,000. still ~40pc below 2006-07": the latest
        # period of the figures said just before, not the one they moved from)
        other = max(
            (
                span_of(c.period)  # type: ignore[arg-type]
                for c in ctx.claims
                if id(c) in ctx.explicit
                and c.period is not None
                and sent[0] - 200 <= c.start < sent[0]
                and span_of(c.period)[0] > then.span[0]  # type: ignore[arg-type]
            ),
            default=None,
        )
    if other is None:
        if timex.is_financial(then.span):
            other = timex.financial_year(timex.latest_complete_fy(ctx.ref))
        else:
            other = timex.calendar_year(timex.latest_complete_year(ctx.ref))
    return Periods(other, then.span, True)


def earlier_periods(
    ctx: Ctx,
    metric: MetricMention,
    sent: tuple[int, int],
    *,
    want_baseline: bool = False,
    named_here: bool = False,
) -> Periods | None:
    """ "62 murders so far this year. That's one every four days.": a figure about a metric
    named in an earlier sentence is about the period (and baseline) of the claim that named it.
    ``named_here``: the sentence names the metric again but means that period all the same
    ("30 teenagers killed this year. The deadliest year for teenagers since 2008.")."""
    if metric.start >= sent[0] and not named_here:
        return None
    named = [c for c in ctx.claims if c.start < sent[0] and c.metric == metric.metric and c.period]
    if not named:
        return None
    # "2023/24: 15,016. Up from 12,786 in 2022/23 📈 That's 41 a day.": of the figures just
    # before, the latest period's (the one it was compared with is not the one meant)
    last = max(c.start for c in named)
    c = max(
        (c for c in named if c.start >= last - 200),
        # ("416 homicides in 2025. In 2021 it was 804. That's nearly halved in four years.
        # Philly's down a lot too.": of the same period's, the one with a span to run over)
        key=lambda c: (
            c.period[1] if c.period and c.period[1] else "",
            want_baseline and c.baseline is not None,
        ),
    )
    span = span_of(c.period)  # type: ignore[arg-type]
    if not want_baseline:
        return Periods(span, None, True)
    base = span_of(c.baseline) if c.baseline else timex.shift_years(span, -1)
    return Periods(span, base, True)


def iso_span(span: Span | None) -> tuple[str | None, str | None] | None:
    if span is None:
        return None
    return span[0].isoformat(), span[1].isoformat()


def unit_of(ctx: Ctx, metric: MetricMention, sent: tuple[int, int]) -> str:
    tax = ctx.lex.taxonomy.metrics.get(metric.metric or "")
    if tax is not None and tax.unit == "percent":
        return "percent"
    seg = ctx.text[sent[0] : sent[1]].lower()
    if _RATE_WORDS_RE.search(seg):
        return "rate_per_100k"
    if metric.start < sent[0]:
        # "London's 2025 homicide rate (1.07 per 100k) is the lowest on record. The raw count
        # was 97.": a sentence that names its count is not the rate before it
        if COUNT_WORDS_RE.search(seg):
            return "count"
        # "NYC's murder rate was 4.4. Chicago's was 4x NYC's."
        if _RATE_WORDS_RE.search(metric.phrase.lower()):
            return "rate_per_100k"
        # ("Rate per 100k, homicide, 2023:\nLondon ~1.2 | Paris ~1.6\nLondon below Paris.":
        # the unit the list's header named, before its colon)
        line_start = ctx.text.rfind("\n", 0, metric.start) + 1
        line_end = ctx.text.find("\n", metric.end)
        colon = ctx.text.find(":", metric.end, len(ctx.text) if line_end < 0 else line_end)
        if colon >= 0 and _RATE_WORDS_RE.search(ctx.text[line_start:colon].lower()):
            return "rate_per_100k"
    return "count"


_RATE_WORDS_RE = compile_scan(
    # "... and a charge rate under 5%": an outcome rate is no rate per head
    r"(?<!charge\s)(?<!solve\s)(?<!detection\s)(?<!clearance\s)(?<!prosecution\s)\brates?\b|"
    r"per\s+(?:capita|100|head|person|resident|inhabitant|habitant|citizen|1,?000|million|1m\b)|more\s+dangerous|"
    # ("Roughly 1 in 100,000 Scots was murdered in 2016 - lower than England and Wales")
    r"\bin\s+(?:every\s+)?100(?:,?000\b|k\b)|"
    r"as\s+(?:dangerous|deadly)\s+as|"
    r"safer(?!\s+(?:neighbourhood|neighborhood|streets|london|schools))|deadlier"
)
#: a sentence that names its measure a count ("The raw count was 97")
COUNT_WORDS_RE = compile_scan(r"\b(?:raw\s+)?(?:count|total|tally)\b|\braw\s+(?:number|figure)s?\b")


def small_number(token: str) -> float | None:
    """Digits or number words ("1.5", "three", "a hundred")."""
    token = token.lower()
    if token[0].isdigit():
        return float(token)
    return words_to_number(token.replace("a hundred", "one hundred"))


def used(ctx: Ctx, s: int, e: int) -> bool:
    return any(not (e <= a or s >= b) for a, b in ctx.used_spans)


def extend_time(ctx: Ctx, end: int, clause: tuple[int, int]) -> int:
    for r in ctx.times:
        if (
            r.start >= end
            and r.start - end < 25
            and within(r.start, clause)
            and re.fullmatch(r"[\sA-Za-z,']*", ctx.text[end : r.start])
            and not _EXTREMUM_SINCE_RE.search(ctx.text, end, r.start)
            # ("were thirty in 2021 and eight last year": the next figure's time is its own)
            and not any(end <= q.start < r.start for q in ctx.quantities)
            # ("up 3% on 2017/18 and up roughly a fifth on 2013/14": the next move's)
            and not _NEXT_MOVE_RE.search(ctx.text, end, r.start)
            # ("YE Jun 22 ~290k vs YE Jun 21 ~250k": the label of the figure after it)
            and not _LABELLED_FIGURE_AFTER_RE.match(ctx.text, r.end)
        ):
            end = r.end
    return end


_LABELLED_FIGURE_AFTER_RE = compile_re(r"[ \t]*:?[ \t]*(?:~|≈|c\.[ \t]?|approx\.?[ \t]*)?\d")


_NEXT_MOVE_RE = compile_scan(
    r"\b(?:and|but)\s+(?:up|down|rose|fell|risen|fallen|increased|decreased|dropped|jumped)\b", re.I
)


_FUNCTION_WORDS = frozenset(
    [
        # "Highest since 1990 and up about 40% on 2019": a record the sentence opens with
        # speaks of the same metric
        "highest",
        "lowest",
        "record",
        "fewest",
        # "the most since 2008 and up 30% on 2018"
        "most",
        "least",
        "worst",
        "since",
        "ever",
        "decade",
        "years",
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
        # ("..., while Lewisham and Lambeth both went down")
        "both",
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
        # ("fell in 2020/21 and kept falling in 2021/22": the move goes on, no subject)
        "kept",
        "keeps",
        "continued",
        "continues",
        # ("Bexley apparently down 4%": a word on how it is known, no subject)
        "apparently",
        "reportedly",
        "actually",
        # ("..., whereas London saw a 7% fall": a place seeing the move is no other subject)
        "whereas",
        "while",
        "whilst",
        "saw",
        "sees",
        "seen",
        "meanwhile",
        "though",
        "however",
        # ("Neighbouring Lambeth saw a 4% rise": where the place lies, no other subject)
        "neighbouring",
        "neighboring",
        "nearby",
        # ("Murders fell 15% in 2024, on top of a 12% drop in 2023", "after a 12% fall the
        # year before": the move before, of the same series)
        "after",
        "following",
        "top",
        # "2023 alone was up around 20% on 2022"
        "alone",
        "itself",
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
        "saw",
        "sees",
        "see",
        "seen",
        "recorded",
        "records",
        "reported",
        "whole",
        "overall",
        "nationally",
        "same",
        "period",
        "year",
        # "..., thats like a 27% drop": the apostrophe-less pronoun and a filler
        "thats",
        "like",
        "basically",
        "actually",
        "literally",
    ]
)


_PLAYED_MURDER_RE = compile_scan(
    # ("Our escape room 'Murder at the Manor' has 3 murders and a 60-minute timer", "Binged
    # all of Midsomer Murders", "My cat commits roughly four murders a week")
    r"\bmurder[-\s]myster(?:y|ies)\b|\bwhodunn?its?\b|\bescape\s+rooms?\b|\bmidsomer\b|\bpoirot\b|"
    r"\b(?:my|our)\s+cats?\b|"
    # ("Read 3 Agatha Christies on holiday. 14 murders between them.": a novel's, like a game's,
    # unless the sentence names a place)
    r"(?P<game>\bcluedo\b|\bagatha\s+christies?\b|\b(?:crime|detective|murder)\s+(?:novels?|fiction|thrillers?)\b"
    # ("30 hours into the new detective game and I've solved 12 of the 15 murders")
    r"|\b(?:detective|murder|mystery|whodunn?it)\s+(?:video\s+)?games?\b)",
    re.I,
)


def staged_murders(ctx: Ctx, sent: tuple[int, int] | None = None) -> bool:
    """Is the post about a murder-mystery show, a whodunnit, an escape room, a game of Cluedo
    or a pet's kills? (a substring test first: the regex would scan the whole text; the
    answer is kept on ``ctx``)"""
    if ctx.played is None:
        low = ctx.low if ctx.low is not None else ctx.text.lower()
        ctx.played = (
            list(_PLAYED_MURDER_RE.finditer(ctx.text))
            if any(
                w in low
                for w in (
                    "myster",
                    "whodun",
                    "escape room",
                    "midsomer",
                    "poirot",
                    "cat",
                    "cluedo",
                    "christie",
                    "novel",
                    "fiction",
                    "thriller",
                    " game",
                )
            )
            else []
        )
    if not ctx.played:
        return False
    if sent is not None and all(m.group("game") for m in ctx.played):
        # ("Cluedo night: ... Meanwhile Merseyside had 29 homicides last year": a game's
        # murders name no place; a sentence that names one is about real ones)
        return not any(within(p.start, sent) for p in ctx.places)
    return True


def mask_places(ctx: Ctx, start: int, end: int, token: str = "PLACE") -> str:
    """The text between start and end with each place named in it replaced by ``token``."""
    out, pos = [], start
    for p in ctx.places:
        if start <= p.start and p.end <= end:
            out += [ctx.text[pos : p.start], token]
            pos = p.end
    out.append(ctx.text[pos:end])
    return "".join(out)


def own_subject(ctx: Ctx, start: int, end: int) -> bool:
    """Does the clause before the cue name some other subject ("subway delays")? A place is
    not one: in "..., while England and Wales as a whole saw a 7% fall" the metric is the
    same, only the place changes."""
    # (a source in brackets names no subject: "~14k (Met) ↓ ~5pc y/y")
    words = re.findall(
        r"[A-Za-z]+", _BRACKETED_RE.sub(" ", mask_places(ctx, start, end, " ")).lower()
    )
    generic = ctx.lex.cues["generic_nouns"]
    # "KNIFE CRIME 2025: 14,722 offences (-7%)": the metric's own noun is no other subject
    return any(
        w not in _FUNCTION_WORDS and len(w) > 2 and not generic.fullmatch(w) for w in words
    ) and not refers_back(ctx, start, end)


def refers_back(ctx: Ctx, start: int, end: int) -> bool:
    return bool(
        re.search(
            # ("Philly's tally is down 80% since 2021": a place's own count, said before)
            # (a time's "this" only where it opens the clause: "This year up again.", not
            # "Festival tickets this year are up to £28")
            # ("its actually down on 2019": "it's" without its apostrophe)
            r"\b(?:they|they've|they're|theyre|them|it|it's|it has|that|this|these|those|the\s+(?:numbers?|figures?|rate|total|count|trend|tally)|"
            r"its(?=\s+(?:actually|really|now|still|not|down|up|gone|going|been|fallen|risen|rising|falling|lower|higher)\b))\b"
            r"(?!\s+(?:year|month|week|summer|winter|spring|autumn|quarter|time|weekend|morning|evening)s?\b)"
            r"|^\W*(?:this|that)\s"
            r"|\b(?-i:[A-Z])[\w.]*['’]s\s+(?:tally|total|count)\b"
            # ("GMP figures say up about 5%", "Met data says down about 8%": the series said
            # before, as a source reports it)
            # ("Police Scotland figures show a rise of about 11%")
            rf"|\b(?:{SOURCE_NOUNS_SRC})\s+(?:say|says|show|shows|put|puts)(?:\s+an?)?"
            r"\s*:?\s*$",
            ctx.text[start:end],
            re.I,
        )
    )


#: a word that says a series moved or set a record
MOVE_WORD_RE = compile_scan(
    r"\b(?:went|gone|go|going|came|come)\s+(?:up|down)\b|\b(?:fell|rose|dropped|jumped|climbed|"
    r"declined|increased|decreased|halved|doubled|lowest|highest|fewest|record)\b",
    re.I,
)
#: the break before a subject that opens a clause of its own: ", but Glasgow's rate ..."
_SUBJECT_CLAUSE_CUT_RE = compile_re(
    r"(?:[,;]\s*(?:(?:and|but|yet|while|whereas|though)\s+)?|\s+(?:but|yet|while|whereas)\s+)$",
    re.I,
)


def clause_after_moves(
    ctx: Ctx, sent: tuple[int, int], metric: MetricMention, subject: int
) -> re.Match[str] | None:
    """The break before a subject (at ``subject``) that opens a clause of its own after the
    moves of ``metric`` said before it ("Homicides in Memphis and New Orleans both fell in
    2023, but Memphis still had a higher rate than any other big US city"), if there is one:
    the claim said of that subject keeps to its clause."""
    brk = _SUBJECT_CLAUSE_CUT_RE.search(ctx.text, max(sent[0], subject - 12), subject)
    if (
        brk is None
        or not sent[0] <= metric.start < brk.start()
        or MOVE_WORD_RE.search(ctx.text, metric.end, brk.start()) is None
    ):
        return None
    return brk


#: a list of places and nothing else, in text run through mask_places ("the PLACE and PLACE")
MASKED_PLACES_RE = compile_re(
    r"(?:the\s+)?PLACE(?:(?:\s*,\s*|\s+(?:and|&)\s+|\s*,\s*and\s+)(?:the\s+)?PLACE)*", re.I
)


def series_fields(mm: MetricMention) -> dict[str, Any]:
    """The fields that make a claim one of the series ``mm`` names, to say a move or record
    again of another series ("So did knife crime.")."""
    return {"metric": mm.metric, "metric_phrase": mm.phrase, "family": mm.family}


_RATE_WORD_RE = compile_re(r"\brates?\b", re.I)
_RATE_AFTER_RE = compile_re(r"(?:['’]s)?\s+rates?\b", re.I)


def move_unit(ctx: Ctx, metric: str | None, *, mention: MetricMention | None = None) -> str:
    """The unit of a move said without a size: "percent" for a share's series (confidence,
    solve rates), "rate_per_100k" for a count's series its words call a rate ("Canada's
    homicide rate fell in 2024", "The FBI violent crime rate fell"), else "count"."""
    tax = ctx.lex.taxonomy.metrics.get(metric or "")
    if tax is not None and tax.unit == "percent":
        return "percent"
    if mention is not None and (
        _RATE_WORD_RE.search(mention.phrase) or _RATE_AFTER_RE.match(ctx.text, mention.end)
    ):
        return "rate_per_100k"
    return "count"
