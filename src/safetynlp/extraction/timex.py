"""Time expressions in posts, resolved against the post's date (spec section 1).

A claim's period and baseline come from these: "last year", "since 2019", "in five years",
"compared to seven years ago", "2024/25", "in the year to September 2025", "so far this year".
"""

from __future__ import annotations

import calendar
import re
from dataclasses import dataclass
from datetime import date, timedelta
from functools import lru_cache

from safetynlp.extraction.literals import Gate, GateSet, compile_scan, fold_case
from safetynlp.extraction.numbers import words_to_number
from safetynlp.extraction.regex_cache import compile_re
from safetynlp.extraction.spans import Occupied

Span = tuple[date, date]

MONTHS = (
    {name.lower(): i for i, name in enumerate(calendar.month_name) if name}
    | {name.lower(): i for i, name in enumerate(calendar.month_abbr) if name}
    | {"sept": 9}
)


def calendar_year(year: int) -> Span:
    return date(year, 1, 1), date(year, 12, 31)


def financial_year(start_year: int) -> Span:
    """April of start_year to March of the next year."""
    return date(start_year, 4, 1), date(start_year + 1, 3, 31)


def month_span(year: int, month: int) -> Span:
    return date(year, month, 1), date(year, month, calendar.monthrange(year, month)[1])


def part_span(
    year: int, *, month: str | None = None, quarter: int | None = None, half: int | None = None
) -> Span:
    """The span of a month ("January"), quarter (1-4) or half (1-2) of ``year``."""
    if month is not None:
        return month_span(year, month_number(month))
    first, last = (
        (3 * quarter - 2, 3 * quarter)
        if quarter is not None
        else (6 * (half or 1) - 5, 6 * (half or 1))
    )
    return month_span(year, first)[0], month_span(year, last)[1]


def year_ending(year: int, month: int) -> Span:
    """The 12 months ending with the given month."""
    end = month_span(year, month)[1]
    start_month = month % 12 + 1
    start_year = year if month == 12 else year - 1
    return date(start_year, start_month, 1), end


def latest_complete_year(ref: date) -> int:
    return ref.year - 1


def latest_complete_fy(ref: date) -> int:
    """Start year of the latest financial year that has ended by ref."""
    return ref.year - 1 if ref >= date(ref.year, 4, 1) else ref.year - 2


def shift_years(span: Span, years: int) -> Span:
    def move(d: date) -> date:
        try:
            return d.replace(year=d.year + years)
        except ValueError:  # 29 Feb
            return d.replace(year=d.year + years, day=28)

    return move(span[0]), move(span[1])


def is_financial(span: Span) -> bool:
    return span[0].month == 4 and span[0].day == 1 and span[1].month == 3


def fy_start_from_text(a: str, b: str | None) -> int | None:
    """'2024/25' -> 2024, '2019/2020' -> 2019; rejects '24/7'-like pairs."""
    y = int(a)
    if y < 1900 or y > 2100:
        return None
    if b is not None:
        b_val = int(b)
        b_full = b_val if b_val >= 100 else (y // 100) * 100 + b_val
        if b_full != y + 1:
            return None
    return y


_NUM_WORD = (
    r"(?:\d+|(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:[-\s](?:one|two|three|four|five|six|seven|eight|nine))?|"
    r"one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|"
    r"a\s+hundred|a|a couple of|couple of|a few)"
)
_YEAR = r"(?:19[5-9]\d|20[0-4]\d)"
#: ("2019/20", "2019 / 20", "2019-20"; not "since 2019 - 97 last year": a dash between spaces
#: parts a figure from the year)
_FY = rf"(?:(?:FY\s?)?{_YEAR}(?:\s?/\s?|-|\s-(?=\d)|-\s(?=\d))(?:\d{{2}}|{_YEAR}))"
#: "22/23": a financial year written short (only beside an arrow, where no date is meant)
_SHORT_FY = r"(?<![\d/])\d\d/\d\d(?![\d/])"
_MONTH = r"(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)"


_MONTH_FULL = (
    r"(?:January|February|March|April|May|June|July|August|September|October|November|"
    r"December)"
)
_MONTH_SHORT = r"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)"

#: the month-name pattern, for patterns elsewhere that must name a month
MONTH_SRC = _MONTH
_BETWEEN_BEFORE_RE = compile_re(r"\bbetween\s+$", re.I)
#: what joins a range's two days ("1 Jan – 30 Aug", "between 1 Jan and 31 July")
_DAYS_TO = r"(?:[-–—]|to|through|until|and)"


def month_number(name: str) -> int:
    """ "Sept" -> 9, "June" -> 6 (a name ``MONTH_SRC`` matched)."""
    key = name.lower().rstrip(".")
    return MONTHS.get(key) or MONTHS[key[:3]]


@dataclass(slots=True)
class TimeRef:
    start: int
    end: int
    #: period: the claim's own period; baseline: what it is compared with;
    #: since/window: relative comparisons resolved per claim kind; ytd/now: to date / latest
    kind: str
    span: Span | None = None
    years: int | None = None
    text: str = ""
    baseline: Span | None = None
    #: "since then": ``span`` is the period written before, which it counts from
    then: bool = False
    #: "the same period of 2023": the year said, which the sentence's own span moves to
    year: int | None = None


_LAST_BEFORE_RE = compile_scan(r"\blast\s+$", re.I)


def _num(text: str) -> int | None:
    t = text.lower().strip()
    if t in ("a", "one"):
        return 1
    if t in ("a couple of", "couple of"):
        return 2
    if t == "a few":
        return 3
    if t.isdigit():
        return int(t)
    v = words_to_number(t)
    return int(v) if v is not None else None


def fy_or_year(token: str) -> Span | None:
    """ "2019", "2019/20", "FY24", "22/23" as a span (None when it is none of those)."""
    token = token.strip()
    m = re.fullmatch(rf"(?:FY\s?)?({_YEAR})\s?[/-]\s?(\d{{2}}|{_YEAR})", token, re.I)
    if m:
        start = fy_start_from_text(m.group(1), m.group(2))
        return financial_year(start) if start is not None else None
    m = re.fullmatch(r"FY\s?(\d{2})", token, re.I)
    if m:  # UK statutory naming, as the store reads it: FY24 = April 2024 - March 2025
        return financial_year(2000 + int(m.group(1)))
    if re.fullmatch(_YEAR, token):
        return calendar_year(int(token))
    m = re.fullmatch(r"(\d\d)/(\d\d)", token)
    if m and int(m.group(2)) == (int(m.group(1)) + 1) % 100:
        return financial_year(2000 + int(m.group(1)))
    return None


_PATTERNS: list[tuple[str, re.Pattern[str]]] = [
    (
        "between",
        compile_scan(
            rf"\b(?:between|from)\s+(?P<a>{_FY}|{_YEAR}|{_SHORT_FY})\s+(?:and|to|until)\s+(?:(?P<b>{_FY}|{_YEAR}|{_SHORT_FY})\b|(?P<blast>last\s+year)\b)"
            # "Shootings in London, 2019 → 2025: down 60%"
            # "(22/23 -> 23/24)": financial years, short ones too, either side of an arrow
            rf"|\b(?P<a2>{_FY}|{_YEAR}|{_SHORT_FY})\s*(?:→|->|=>|⇒)\s*(?P<b2>{_FY}|{_YEAR}|{_SHORT_FY})\b"
            # "in 23/24 vs 22/23": two financial years set against each other
            rf"|\b(?P<a3>{_FY}|{_SHORT_FY})\s+(?:vs\.?|versus|v\.?|compared?\s+(?:to|with))\s+(?P<b3>{_FY}|{_SHORT_FY})\b"
            # "Between the year to March 2021 and the year to March 2023"
            rf"|\b(?:between|from)\s+the\s+(?:year|12\s+months)\s+(?:to|ending)\s+(?P<ma>{_MONTH})\s+(?P<ya>{_YEAR})"
            rf"\s+(?:and|to)\s+the\s+(?:year|12\s+months)\s+(?:to|ending)\s+(?P<mb>{_MONTH})\s+(?P<yb>{_YEAR})\b",
            re.I,
        ),
    ),
    (
        # "the lowest since the year ending March 2015": that financial year
        "since_fy",
        compile_scan(
            rf"\bsince\s+(?:at\s+least\s+)?the\s+(?:year|12\s+months|twelve\s+months)\s+(?:ending|to)\s+march\s+(?P<ye>{_YEAR})\b",
            re.I,
        ),
    ),
    (
        "year_to",
        compile_scan(
            # the year may go unsaid: "in the 12 months to September" is the latest such
            # ("YE Sep 25": the year written short, after "YE" only: "year to June 25" may
            # be a day)
            rf"\b(?-i:YE)\s+(?P<m2>{_MONTH})\s+['’]?(?P<yy>\d\d)\b(?![/%]|[.,:]\d)"
            rf"|\b(?:(?:in|over)\s+)?(?:the\s+)?(?:(?:(?P<n>{_NUM_WORD})\s+years|year|yr|12\s+months|twelve\s+months|(?P<mo>three|six|nine|3|6|9)\s+months)\s+(?:to|ending(?:\s+in)?)|(?-i:YE))\s+(?:the\s+end\s+of\s+)?(?P<m>{_MONTH})(?:\s+(?P<y>{_YEAR}))?\b",
            re.I,
        ),
    ),
    (
        # "the lowest since (comparable) records began in 1976": "ever", as far as the store
        # goes; the year names no period of the claim
        "records_began",
        compile_scan(
            rf"\b(?:since\s+)?(?:(?:current|comparable|modern|official|reliable|national)\s+)?"
            rf"records\s+(?:began|started)\s+in\s+(?P<a>{_YEAR})\b"
            # ("the highest since the series started in 2010/11": as far back as it goes)
            rf"|\bsince\s+the\s+(?:current\s+|ONS\s+|official\s+)?(?:series|data\s+series|figures|data)"
            rf"\s+(?:began|started|begins|starts)(?:\s+in\s+(?:{_FY}|{_YEAR}))?\b"
            # ("the highest since current recording practices began in 2003")
            # ("since current police recording started in 2003", "since the Met's current
            # recording began in 2008")
            rf"|\bsince\s+(?:the\s+)?(?:current\s+|present\s+)?recording\s+(?:practices|rules|standards)"
            rf"\s+(?:began|started|came\s+in)(?:\s+in\s+(?:{_FY}|{_YEAR}))?\b"
            rf"|\bsince\s+(?:the\s+)?(?:[\w.]+['’]s\s+)?(?:(?:current|present|comparable|modern|police|"
            rf"national|official)\s+)*recording(?:\s+(?:practices|rules|standards))?"
            rf"\s+(?:began|started|came\s+in)\s+in\s+(?:{_FY}|{_YEAR})\b",
            re.I,
        ),
    ),
    (
        "since",
        compile_scan(
            # "since the 1990s": a decade counts from its first year
            # "since January 2020" counts, like "since 2020", by the year
            # "since the Shipman-inflated 2002/03 figures": a hyphenated word may qualify it
            rf"\bsince\s+(?:at\s+least\s+|like\s+|about\s+|around\s+)?(?:the\s+(?:\w+-\w+\s+)?(?:year\s+)?|records\s+began\s+in\s+|(?:{_MONTH})\s+)?(?P<a>{_FY}|FY\s?\d{{2}}|{_YEAR}|{_SHORT_FY})(?:(?<=0)['’]?s|-?ish)?\b"
            # "Worst year since the 90s"
            r"|\bsince\s+the\s+['’]?(?P<dd>[0-9]0)['’]?s\b",
            re.I,
        ),
    ),
    (
        # "since Khan got in", "under Sadiq Khan": since the mayoralty began (May 2016); "since
        # the Tories got in": 2010. Only offices whose start year is not in doubt.
        "since_office",
        compile_scan(
            r"\b(?:since\s+(?:sadiq\s+|mayor\s+)?khan\s+(?:got\s+in|took\s+(?:over|office|charge)|came\s+in|"
            r"became\s+(?:the\s+)?mayor|was\s+(?:first\s+)?elected|(?:took|came\s+to)\s+power)"
            r"|under\s+(?:sadiq\s+|mayor\s+)?khan(?!['’]s\b)\b"
            r"|since\s+the\s+(?P<tories>tories|conservatives)\s+(?:got\s+in|came\s+in|took\s+over|came\s+to\s+power|took\s+office))"
            # ("since Khan took office in 2016" is the year written: since_event)
            r"(?!\s+in\s+(?:19|20)\d\d)",
            re.I,
        ),
    ),
    (
        # "since Sadiq Khan became Mayor in 2016": since the year the event is dated to
        "since_event",
        compile_scan(
            rf"\bsince\s+(?:[A-Za-z'’]+\s+){{1,6}}in\s+(?P<a>{_YEAR})\b(?!\s*(?:to|and)\s)", re.I
        ),
    ),
    (
        # "soared since 2013 – 294 discharges then, 434 last year": the time a figure's "then"
        # stands for is the one the post compared with (resolved in find_time_refs)
        "figure_then",
        compile_scan(
            # ("69% back then said they do a good job": a survey's answer then)
            r"(?<=[\w%])\s+(?P<t>(?:back\s+)?then)\b(?=\s*(?:[,.;!?)]|$|(?:vs\.?|versus|and|compared|"
            r"said|thought|felt|agreed|reported)\b))",
            re.I,
        ),
    ),
    (
        # "People forget 2017/18. Gun discharges in London shot up that year": the period
        # written before it (resolved in find_time_refs)
        "that_year",
        compile_scan(
            r"\b(?:in\s+)?(?:that|the\s+same)\s+(?:financial\s+)?year\b"
            # ("... across 2021/22. 196 discharges in the year.": the year just named)
            # (not "with a month left in the year": how far in)
            r"|(?<!left\s)(?<!remaining\s)(?<!go\s)(?<!later\s)(?<!earlier\s)\bin\s+the\s+year(?=\s*[.!?]|\s*$)",
            re.I,
        ),
    ),
    (
        # "Remember March 2018? London had 22 murders that month": the month written before
        "that_month",
        compile_scan(r"\b(?:in\s+)?(?:that|the\s+same)\s+month\b", re.I),
    ),
    (
        # "fell from 434 in 2018 to 277 the year after": the year after the period written
        # before it (resolved in find_time_refs)
        "year_after",
        compile_scan(
            r"\b(?:the\s+(?:year|twelve\s+months|12\s+months)\s+after|the\s+(?:following|next)\s+year|a\s+year\s+later)\b"
            r"(?!\s+(?:that|the|this|he|she|they|we|i|you)\b)"
            # ("the year after it opened"; but "The year after it came down again, to 535": the
            # figure's own move)
            r"(?!\s+it\s+(?!(?:came|went|fell|rose|dropped|climbed|jumped|was|were|had|halved|doubled)\b))",
            re.I,
        ),
    ),
    (
        # "LA had 402 homicides in 2022 and it's down 40% since.", "... since then": since
        # the period written before it (resolved in find_time_refs)
        "since_then",
        compile_scan(
            r"\b(?:since\s+then|(?:ever\s+|in\s+the\s+years\s+)?since(?=\s*(?:[.!?,;)\n]|$)))",
            re.I,
        ),
    ),
    (
        "ago",
        compile_scan(
            rf"\b(?:(?:compared?\s+(?:to|with)|than|on|vs\.?|versus|what\s+(?:they|it)\s+(?:were|was))\s+)?(?P<n>{_NUM_WORD})(?:\s+|(?<=\d))(?:(?P<dec>decades?)|years?|yrs?)\s+(?:ago|earlier|before(?=\s*[,.;:!?)]|\s+(?:it|they|that|there)\b))\b",
            re.I,
        ),
    ),
    (
        "window",
        compile_scan(
            rf"\b(?:(?:in|over|during|within|for)\s+(?:the\s+)?(?:(?:past|last|previous)\s+)?(?:(?:at\s+least|more\s+than|over|almost|nearly|just|only|about|around|roughly|approx\.?|approximately|some|like)\s+)?|(?:the\s+)?(?:past|last)\s+)(?P<n>{_NUM_WORD})\+?(?:\s+|(?<=\d))(?:years?|yrs?|(?P<wdec>decades))\b",
            re.I,
        ),
    ),
    (
        # "up five years in a row", "for six consecutive years": the run is the window (a
        # pattern of its own, gated by its words: a number at every word costs)
        "window_run",
        compile_scan(
            rf"\b(?:for\s+)?(?P<r>{_NUM_WORD})(?:\s+|(?<=\d))(?:(?:straight|consecutive)\s+)?(?:years?|yrs?)\s+(?:in\s+a\s+row|running)\b"
            rf"|\b(?:for\s+)?(?P<c>{_NUM_WORD})\s+(?:straight|consecutive)\s+years?\b",
            re.I,
        ),
    ),
    (
        "decade",
        compile_scan(
            # ("lowest in like a decade")
            r"\b(?:in|over|during|within|for)\s+(?:the\s+(?:past|last)\s+|over\s+|more\s+than\s+|at\s+least\s+|almost\s+|nearly\s+|well\s+over\s+|about\s+|around\s+|roughly\s+|like\s+)?(?:(?:a|one|the\s+last|the\s+past)\s+)?decade\b|\bthis\s+decade\b"
            r"|\b(?:in|over|for)\s+(?:the\s+(?:past|last)\s+)?(?P<half>half\s+a)\s+decade\b",
            re.I,
        ),
    ),
    (
        # "in the first 6 months of 2021", "H1 2021", "Jan-Oct 2024": part of a year
        "part_year",
        compile_scan(
            # ("Merseyside had 23 shootings in the first 4 months of the year")
            # ("In first 6 months of 2025 Met recorded ~6,000": the article left out)
            rf"\b(?:(?:(?:in|over|during)\s+(?:the\s+)?|the\s+)first\s+(?P<n>{_NUM_WORD})\s+months\s+of\s+(?P<y>{_YEAR}|th(?:is|e)\s+year)"
            rf"|(?P<h>H[12])\s+(?P<hy>{_YEAR})"
            # "Q2 2020", "the second quarter of 2022"
            # ("Q1 2024/25": a quarter of the financial year, from April)
            rf"|(?P<q>Q[1-4])\s*(?P<qy>{_YEAR})(?P<qfy>[/-](?:\d\d|{_YEAR})\b)?"
            rf"|(?:the\s+)?(?P<qn>first|second|third|fourth|1st|2nd|3rd|4th|last|final)\s+quarter\s+(?:of\s+)?(?P<qny>{_YEAR})(?P<qnfy>[/-](?:\d\d|{_YEAR})\b)?"
            # "Dec 2022–Nov 2023": twelve months across two years
            rf"|(?P<a1>{_MONTH})\.?\s+(?P<ay1>{_YEAR})\s*(?:[-–—]|to|through|until)\s*(?P<a2>{_MONTH})\.?\s+(?P<ay2>{_YEAR})"
            # "Jan 1–June 30, 2025": days written too
            rf"|(?P<d_m1>{_MONTH})\.?\s*(?P<d_d1>\d{{1,2}})(?:st|nd|rd|th)?\s*{_DAYS_TO}\s*(?P<d_m2>{_MONTH})\.?\s*(?P<d_d2>\d{{1,2}})(?:st|nd|rd|th)?,?\s*(?P<d_y>{_YEAR})"
            # ("1 Jan – 30 Aug 2020": the day first)
            rf"|(?P<e_d1>\d{{1,2}})(?:st|nd|rd|th)?\s+(?P<e_m1>{_MONTH})\.?\s*{_DAYS_TO}\s*(?P<e_d2>\d{{1,2}})(?:st|nd|rd|th)?\s+(?P<e_m2>{_MONTH})\.?,?\s*(?P<e_y>{_YEAR})"
            # "Jan-Jun 2023", "April to June 2021", "between January and June 2023"
            # ("in April and May 2020": two months in a row, said with "and" after "in")
            rf"|(?:(?P<btw>between)\s+|(?P<inn>(?<=\bin\s)|(?<=\bover\s)|(?<=\bduring\s)|(?<=\bacross\s)))?(?P<m1>{_MONTH})\.?(?:\s*[-–—]\s*|\s+(?:to|through|until)\s+|(?(btw)\s+and\s+|(?(inn)(?P<inand>\s+and\s+)|(?!))))(?P<m2>{_MONTH})\.?\s+(?P<my>{_YEAR}))\b",
            re.I,
        ),
    ),
    (
        # "between 1 Jan and 31 July", "from Jan 1 to June 30" with no year: the latest such
        # days up to the post's date, as "month_range"
        "day_range",
        compile_scan(
            rf"\b(?:(?P<d_m1>{_MONTH})\.?\s*(?P<d_d1>\d{{1,2}})(?:st|nd|rd|th)?\s*{_DAYS_TO}\s*(?P<d_m2>{_MONTH})\.?\s*(?P<d_d2>\d{{1,2}})(?:st|nd|rd|th)?"
            rf"|(?P<e_d1>\d{{1,2}})(?:st|nd|rd|th)?\s+(?P<e_m1>{_MONTH})\.?\s*{_DAYS_TO}\s*(?P<e_d2>\d{{1,2}})(?:st|nd|rd|th)?\s+(?P<e_m2>{_MONTH}))\b"
            # (a year after is part_year's)
            r"(?!\.?,?\s*['’]?\d)",
            re.I,
        ),
    ),
    (
        # "2019 so far: 640"
        "year_so_far",
        compile_scan(rf"\b(?P<y>{_YEAR})\s+(?:so\s+far|to\s+date)\b", re.I),
    ),
    (
        "quarter_century",
        compile_re(
            r"\b(?:in|over|for|during|within)\s+(?:(?:more\s+than|over|almost|nearly)\s+)?(?:a|the\s+(?:last|past))\s+quarter[\s-]century\b",
            re.I,
        ),
    ),
    (
        "half",
        compile_scan(
            # ("Knife crime in London, first half of 2021: 5,100 offences": a label, no article;
            # "first half of 2021 vs first half of 2020": nor the half set against it)
            rf"\b(?:(?:in\s+)?the\s+|in\s+|(?<=[,:(.!?]\s)|(?<=^)|(?<=\n)|(?<=\bvs\s)|(?<=\bvs\.\s)|(?<=\bversus\s)|(?<=\bagainst\s))(?P<h>first|second)\s+half\s+of\s+(?:(?P<this>this\s+year|the\s+year)|(?P<y>{_YEAR}))\b",
            re.I,
        ),
    ),
    (
        "through",
        compile_scan(
            # ("58 homicides in London by the end of August": the year so far, to that month)
            rf"\b(?:through|thru|(?:through|thru|to|until|by)\s+(?:the\s+)?end\s+of)\s+(?P<m>{_MONTH})\b(?:\s+(?P<y>{_YEAR})\b)?",
            re.I,
        ),
    ),
    (
        # "from January to October this year", "between April and June last year": months of
        # the year named
        "month_range_rel",
        compile_scan(
            rf"\b(?:(?P<btw>[Bb]etween)\s+)?(?P<m1>(?-i:{_MONTH_FULL}))(?:\s*[-–—]\s*|\s+(?:to|through|until|till)\s+|"
            # ("across July and August this year": two months in a row)
            rf"(?(btw)\s+and\s+|(?P<inand>\s+and\s+)))(?P<m2>(?-i:{_MONTH_FULL}))\s+(?:of\s+)?(?P<rel>last|this)\s+year\b",
        ),
    ),
    (
        # "17 in March last year", "in June this year": a month of the year named ("last
        # April" is left alone: this year's or the one before, as the post reads it)
        "month_rel",
        compile_scan(
            # (not the end of a range: "from January to October this year" is month_range's)
            rf"\b(?<!\bto\s)(?<!\band\s)(?<!\bthrough\s)(?<!\buntil\s)(?<![-–—])"
            rf"(?:in\s+)?(?P<m>(?-i:{_MONTH_FULL}))\s+(?:of\s+)?(?P<rel>last|this)\s+year\b",
            re.I,
        ),
    ),
    (
        "ytd",
        compile_scan(
            # ("97 homicides in London as of tonight": the count so far this year)
            r"\b(?:so\s+far\s+this\s+(?:year|yr)|this\s+year\s+so\s+far|so\s+far\s+in\s+\d{4}|year[\s-]to[\s-]date|this\s+(?:year|yr)|YTD"
            r"|as\s+of\s+(?:tonight|today|this\s+(?:morning|evening))"
            # ("Baltimore is on 250 homicides for the year already")
            r"|for\s+the\s+(?:year|yr)\s+(?:already|so\s+far)|(?:already|so\s+far)\s+for\s+the\s+(?:year|yr)"
            # "since January", "since the start of the year": this year so far
            r"|since\s+(?:(?:the\s+)?(?:start|beginning)\s+of\s+(?:the\s+|this\s+)?year|new\s+year(?:['’]s)?(?:\s+day)?|january|jan)(?!\s+(?:19|20)\d\d)"
            # "passed 140 with 11 days still to go": the year is not over
            r"|with\s+(?:\d+|a|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|[a-z]+teen)\s+"
            r"(?:days?|weeks?|months?)\s+(?:still\s+)?(?:to\s+go|left)(?:\s+in\s+the\s+year)?)\b",
            re.I,
        ),
    ),
    (
        # "23 stabbings in the last 7 days", "in the past six months" ("Southwark, last 3
        # months:": a header's, with no "the")
        "last_n",
        compile_scan(
            rf"\b(?:in\s+|over\s+|during\s+)?(?:the\s+)?(?:last|past|previous)\s+(?P<n>{_NUM_WORD})\s+(?P<u>days|weeks|months)\b",
            re.I,
        ),
    ),
    (
        "last_month",
        compile_scan(r"\b(?:in\s+)?the\s+(?:last|past)\s+(?:month|30\s+days)\b", re.I),
    ),
    # "17 stabbings in London in the last week": the seven days to the post
    (
        "last_week",
        compile_scan(r"\b(?:in\s+|over\s+)?the\s+(?:last|past)\s+(?:week|fortnight)\b", re.I),
    ),
    ("prev_month", compile_scan(r"\blast\s+month\b", re.I)),
    (
        # "compared with the same period last year": a baseline, before "last year" reads it
        # as the claim's own period
        "same_period",
        compile_scan(
            # ("compare to same time 2024": the article left out)
            r"\b(?:(?:on|than|compared?\s+(?:to|with)|vs\.?|versus)\s+)?(?:the\s+|(?<=vs\s)|(?<=vs\.\s)|(?<=versus\s)|(?<=on\s)|(?<=to\s)|(?<=with\s)|^|(?<=[.!?:;\n]\s)|(?<=\n)|(?<=\d\s))same\s+(?:period|time|months?|point|stretch|quarter|half|(?:three|six|3|6)\s+months|weeks?)\s+(?:last\s+(?:year|yr)|a\s+year\s+(?:earlier|ago|before)|the\s+year\s+before|in\s+the\s+previous\s+year|(?:(?:of|in)\s+)?(?P<y>(?:19|20)\d\d))\b"
            # "Chicago murders so far this year: 192. At this point last year it was 289."
            r"|\b(?:(?:on|than|compared?\s+(?:to|with)|vs\.?|versus)\s+)?(?:at\s+|by\s+)?this\s+(?:point|time|stage)\s+(?:last\s+(?:year|yr)|in\s+(?P<y2>(?:19|20)\d\d))\b"
            # "up 6 per cent on last year so far": the year so far on the same span
            r"|\b(?:on|than|compared?\s+(?:to|with)|vs\.?|versus)\s+last\s+(?:year|yr)\s+so\s+far\b",
            re.I,
        ),
    ),
    # "so far in 2020 ... down 30% on last year": the comparison, not the period
    (
        "on_last_year",
        compile_scan(
            r"\b(?:on|than|compared?(?:\s+(?:to|with))?|vs\.?|versus)\s+last\s+(?:year|yr)\b",
            re.I,
        ),
    ),
    (
        "last_year",
        compile_scan(r"\b(?:last\s+(?:year|yr)|the\s+past\s+year|past\s+12\s+months)\b", re.I),
    ),
    # a claim about next year is a forecast or a target; it is read so that it can be dropped
    ("next_year", compile_scan(r"\b(?:next\s+year|by\s+the\s+end\s+of\s+next\s+year)\b", re.I)),
    (
        # "the year before the pandemic London had 150 murders", "up 30% on the year before
        # the pandemic": 2019, a period of its own or, after a comparison word, the baseline
        "year_before_pandemic",
        compile_scan(
            r"\b(?P<cmp>(?:on|than|compared?\s+(?:to|with)|vs\.?|versus|from)\s+)?(?:in\s+)?the\s+"
            r"(?:last\s+)?year\s+before\s+(?:the\s+)?(?:pandemic|covid(?:-19)?|lockdowns?|first\s+lockdown)\b",
            re.I,
        ),
    ),
    (
        "year_before",
        compile_scan(
            # ("Year before: 539": a label with no article)
            r"\b(?:(?:on|than|compared?\s+(?:to|with)|versus|vs\.?)\s+)?(?:the\s+(?:(?:lockdown|pandemic|covid|covid-hit|lockdown-hit|strange|odd|weird)\s+)?(?:(?:year|yr)\s+before|previous\s+(?:year|yr)|prior\s+year)|(?:year\s+before|previous\s+year)(?=\s*:)|(?:twelve|12)\s+months\s+(?:earlier|before|previously))\b|\byear[\s-]on[\s-]year\b|\byear[\s-]over[\s-]year\b|\b(?:yoy|y/y|y-o-y)(?![\w/])",
            re.I,
        ),
    ),
    (
        # "In 2021, 30 ... Two years later it was 21.": that many years after the time before
        "years_later",
        compile_scan(
            rf"\b(?P<n>{_NUM_WORD})\s+years?\s+(?:later|on)\b(?=\s*,?\s+(?:it|they|that|there)\b)",
            re.I,
        ),
    ),
    (
        # "that's on 2024 numbers": the figures a claim is made on, not a baseline
        "on_year_figures",
        compile_scan(
            # (", on 2018 FBI figures": set off at the sentence's end, with a publisher)
            rf"(?:(?<=['’]s\s)|\b(?:is|are|was|were|based)\s+|(?<=,\s))on\s+(?:the\s+)?(?P<a>{_YEAR})\s+"
            r"(?:(?-i:[A-Z]{2,6})\s+|(?:official|police|Home\s+Office|government)\s+)?"
            r"(?:numbers|figures|data|stats|statistics)\b"
            # ("Comparing New York and London on 2024 numbers: ...": the figures a header names)
            rf"|\bon\s+(?:the\s+)?(?P<a2>{_YEAR})\s+(?:numbers|figures|data|stats|statistics)(?=\s*[:,])",
            re.I,
        ),
    ),
    (
        "baseline_year",
        compile_scan(
            # "roughly 5% below 2021": a percent below or above a year compares with it
            # ("lower than back in 2017/18")
            rf"\b(?:on|compared?\s+(?:to|with)|than(?:\s+(?:it|they|that|this)\s+(?:was|were|is)|\s+(?:there\s+)?were)?(?:\s+(?:back\s+)?in)?|vs\.?|versus|up\s+from|down\s+from|from|(?<=%\s)(?:below|above))\s+(?P<a>{_FY}|FY\s?\d{{2}}|{_YEAR}|{_SHORT_FY})\b(?!\s*(?:to|and)\s+{_YEAR})"
            # "up 130% on June 2019": a month of a year compared with
            rf"|\b(?:on|compared?\s+(?:to|with)|than(?:\s+in)?|vs\.?|versus)\s+(?P<bm>{_MONTH})\s+(?P<by>{_YEAR})\b"
            # "down more than a third from their 2021 peak", "halved since their 2003 peak"
            rf"|\b(?:from|on|than|since)\s+(?:their|its|the)\s+(?P<pk>{_FY}|{_YEAR})\s+(?:peak|high|highs|low|level|levels|figures?|totals?)\b"
            # "down this year after the 2021 spike": the year the fall is measured from
            rf"|\bafter\s+(?:their|its|the)\s+(?P<ak>{_YEAR})\s+(?:peak|high|spike|surge|jump|rise|spree)\b"
            # "a 55% increase on the 500 recorded in 2019", "triple the 246 recorded in 2013": the
            # figure compared with, and its year
            rf"|\b(?:on|from|than|over|triple|treble|double|twice|times)\s+the\s+(?:about\s+|around\s+|roughly\s+|~)?"
            rf"\d[\d,]*\s+(?:[a-z]+\s+)?(?:recorded|reported|seen|logged|registered)\s+in\s+(?P<nb>{_YEAR})\b",
            re.I,
        ),
    ),
    (
        # "lower than before the pandemic", "down on pre-pandemic levels": 2019
        "pandemic",
        compile_scan(
            r"\b(?:(?:than|on|from|vs\.?|compared?\s+(?:to|with))\s+)?(?:before\s+(?:the\s+)?"
            r"(?:pandemic|covid(?:-19)?|lockdowns?)|pre[-\s]?(?:pandemic|covid|lockdown)(?:\s+levels?|\s+(?:in\s+)?(?P<py>(?:19|20)\d\d))?)\b"
            # "down 40% since the pandemic": since 2020, the year it began
            r"|\bsince\s+(?P<since>the\s+(?:pandemic|covid(?:-19)?\s+pandemic|first\s+lockdown)|covid(?:-19)?)\b",
            re.I,
        ),
    ),
    # "10% above 2019 levels", "twice 2014's total": the year compared with
    (
        "year_level",
        compile_scan(
            rf"\b(?P<a>{_YEAR})(?:['’]s)?\s+levels?\b"
            rf"|\b(?:than|on|from|of|vs\.?|with)\s+(?:the\s+)?(?P<b>{_YEAR})(?:['’]s)?\s+(?:figures?|totals?)\b",
            re.I,
        ),
    ),
    ("month", compile_scan(rf"\b(?:in\s+)?(?P<m>{_MONTH})\s+(?P<y>{_YEAR})\b", re.I)),
    (
        # "between April and June", "April to June", "Jan-Mar" with no year: the latest such
        # months up to the post's date (capitalised, as "month_alone"; a short name only
        # with a dash, so that "may to" stays a verb)
        "month_range",
        compile_scan(
            # ("in April and May": two months in a row)
            rf"\b(?:(?P<btw>[Bb]etween)\s+|(?P<inn>(?<=\bin\s)|(?<=\bover\s)|(?<=\bduring\s)|(?<=\bacross\s)))?(?:(?P<m1>{_MONTH_FULL})(?:\s*[-–—]\s*|\s+(?:to|through|until|till)\s+|(?(btw)\s+and\s+|(?(inn)(?P<inand>\s+and\s+)|(?!))))(?P<m2>{_MONTH_FULL})"
            # ("Jan–June": a short name, then a full one)
            rf"|(?P<s1>{_MONTH_SHORT})\.?\s*[-–—]\s*(?P<s2>{_MONTH_FULL}|{_MONTH_SHORT})\.?)\b"
            # ("April to June 2021" is part_year's; "June 30", "June, 2021" and "June of"
            # name a day or a year)
            r"(?!\s+(?:\d|of\b)|,\s+(?:(?:19|20)\d\d\b|of\b|\d{1,2}(?:st|nd|rd|th)\b)|\s*['’]\d)",
        ),
    ),
    (
        # "a dozen shootings in July": the latest July up to the post's date; full names
        # only, capitalised, so that "in may" stays a verb
        "month_alone",
        compile_scan(
            # ("in the month of January", "the entire month of January", "all of January")
            r"\b(?:(?:in|during|throughout|for)\s+(?:the\s+(?:whole\s+|entire\s+)?month\s+of\s+)?"
            r"|(?:the\s+)?(?:whole|entire)\s+(?:month\s+of\s+)?|all\s+of\s+|the\s+month\s+of\s+"
            # ("Safer Neighbourhoods update, Waltham Forest, July:": a header's month)
            r"|(?<=,\s)(?=(?-i:[A-Z][a-z]{2,8}):)"
            # ("July alone had 584 shooting victims")
            r"|(?=(?-i:[A-Z][a-z]{2,8})\s+alone\b))"
            r"(?P<m>(?-i:January|February|March|April|May|June|"
            # ("in March, 22 vs 21": a figure after the comma; "March 22", "March, 2017" are
            # a day and a year)
            r"July|August|September|October|November|December))\b"
            r"(?!\s+(?:\d|of\b)|,\s+(?:(?:19|20)\d\d\b|of\b|\d{1,2}(?:st|nd|rd|th)\b))",
            re.I,
        ),
    ),
    # ("NHS England stab admissions 22/23: 3,775": a financial year written short, read only
    # when its two years follow each other)
    ("fy", compile_scan(rf"\b(?:in\s+)?(?P<a>{_FY}|FY\s?\d{{2}}|{_SHORT_FY})\b", re.I)),
    (
        # "back in '17", "since '19", "'16 vs '24": a year written short after a word that
        # introduces one (a bare "'17" may open a quote)
        "apos_year",
        compile_scan(
            r"\b(?:(?P<since>since)|(?:back\s+)?in|from|of|vs\.?|versus|than|and|to|between|until|till)"
            r"\s+['’](?P<yy>\d\d)(?![\d'’%]|s\b|\s*(?:per\s?cent|percent))",
            re.I,
        ),
    ),
    ("year", compile_scan(rf"(?<![\d,.£$])\b(?P<a>{_YEAR})\b(?!,\d|\s*(?:%|per\s?cent))", re.I)),
    ("now", compile_scan(r"\b(?:now|these\s+days|nowadays|currently|at\s+the\s+moment)\b", re.I)),
]


_YEARISH = ("19", "20")
_FIRST_TIME_RE = compile_scan(r"\b(?:first|1st)\s+time\s*$", re.I)
_PUBLISHED_RE = compile_scan(
    r"\b(?:said|says|published|reported|announced|released|revealed|out|updated)\s+(?:\w+\s+){0,2}$",
    re.I,
)

#: literals every match of a pattern contains (one per group; see ``gate_open``): most posts
#: lack them, and a literal test is far cheaper than scanning the text with the regex
_GATES: dict[str, Gate] = {
    "between": (
        ("between", "from", "→", "->", "=>", "⇒", "vs", "versus", "compared"),
        (*_YEARISH, "/"),
    ),
    "year_to": (("year", "yr", "months", "ye "),),
    "records_began": (
        ("records", "series", "figures", "data", "recording"),
        ("began", "started", "begins", "starts", "came in"),
    ),
    "since": (("since",),),
    "since_fy": (("since",),),
    "since_event": (("since",), _YEARISH),
    "since_office": (("khan", "tories", "conservatives"),),
    "since_then": (("since",),),
    "year_after": (("after", "following", "next year", "later"),),
    "years_later": (("later", "years on"),),
    "on_year_figures": (("numbers", "figures", "data", "stats"),),
    "that_year": (("that", "same", "in the year"),),
    "figure_then": (("then",),),
    "that_month": (("month",),),
    "ago": (("ago", "earlier", "before"),),
    "window": (("year", "yr", "decades"),),
    "window_run": (("year", "yr"), ("in a row", "running", "straight", "consecutive")),
    "decade": (("decade",),),
    "quarter_century": (("century",),),
    "part_year": (
        (
            "months",
            "h1",
            "h2",
            "q1",
            "q2",
            "q3",
            "q4",
            "quarter",
            "jan",
            "feb",
            "mar",
            "apr",
            "may",
            "jun",
            "jul",
            "aug",
            "sep",
            "oct",
            "nov",
            "dec",
        ),
        # ("the first 4 months of the year", "... of this year")
        (*_YEARISH, "the year", "this year"),
    ),
    "day_range": (
        ("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"),
        ("-", "–", "—", " to ", "through", "until", " and "),
    ),
    "year_so_far": (("so far", "to date"),),
    "half": (("half",), ("year", "19", "20")),
    "through": (("through", "thru", "end of"),),
    "ytd": (("year", "so far", "ytd", "since", "yr", "to go", "left", "as of"),),
    "last_n": (("days", "weeks", "months"),),
    "last_month": (("month", "days"),),
    "last_week": (("week", "fortnight"),),
    "prev_month": (("month",),),
    "on_last_year": (("last year", "last yr"),),
    "last_year": (("year", "months", "yr"),),
    "next_year": (("next year",),),
    "same_period": (("same", "this point", "this time", "this stage", "so far"),),
    "year_before": (("year", "yr", "months", "yoy", "y/y", "y-o-y"),),
    "baseline_year": ((*_YEARISH, "fy", "/"),),
    "pandemic": (("pandemic", "covid", "lockdown"),),
    "year_before_pandemic": (("pandemic", "covid", "lockdown"),),
    # (an apostrophe before a digit: most posts have apostrophes, few have "'19")
    "apos_year": (tuple(f"{q}{d}" for q in "'’" for d in "0123456789"),),
    "year_level": (_YEARISH, ("level", "figure", "total")),
    "month": (_YEARISH,),
    "month_rel": (("last", "this"),),
    "month_range_rel": (("last", "this"),),
    "month_alone": (
        (
            "january",
            "february",
            "march",
            "april",
            "may",
            "june",
            "july",
            "august",
            "september",
            "october",
            "november",
            "december",
        ),
    ),
    "month_range": (
        ("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"),
        ("-", "–", "—", " to ", "through", "until", "till", " and "),
    ),
    "fy": (("19", "20", "fy", "/"),),
    "year": (_YEARISH,),
    "now": (("now", "days", "current", "moment"),),
}
_GATE_SET = GateSet(_GATES)
_GATED = frozenset(_GATES)


@lru_cache(maxsize=4096)
def _patterns_for(needles: frozenset[str]) -> tuple[tuple[str, re.Pattern[str]], ...]:
    """The patterns, in order, that the needles a text holds leave to run (a few dozen texts'
    worth of needle sets cover most posts, so this is one lookup, not a test per pattern)."""
    opened = _GATE_SET.open_gates(needles)
    return tuple((name, p) for name, p in _PATTERNS if name in opened or name not in _GATED)


#: where a clause opens: the text's start, a stop or a comma before it
_CLAUSE_OPENS_BEFORE_RE = compile_re(r"(?:^|[.!?,;:\n(])\s*$")
_FIGURES_AFTER_RE = compile_re(r"(?:['’]s)?\s+(?:figures?|data|numbers|stats|statistics)\b", re.I)


def find_time_refs(text: str, ref: date) -> list[TimeRef]:
    """All time expressions, longest first where they overlap, in text order."""
    found: list[TimeRef] = []
    taken = Occupied()
    for name, pattern in _patterns_for(_GATE_SET.needles_in(fold_case(text))):
        for m in pattern.finditer(text):
            s, e = m.span()
            if not taken.free(s, e):
                continue
            ref_obj = _resolve(name, m, ref)
            if ref_obj is None:
                continue
            ref_obj.start, ref_obj.end, ref_obj.text = s, e, m.group(0)
            if (
                ref_obj.kind == "baseline"
                and m.group(0)[:3].lower() == "on "
                and (name == "year_level" or _FIGURES_AFTER_RE.match(text, e))
                and _CLAUSE_OPENS_BEFORE_RE.search(text, max(0, s - 12), s)
            ):
                # ("On 2023 figures Chicago recorded 617 homicides", "..., on 2023 figures": the
                # figures' own year, not a year a change is against)
                ref_obj.kind = "period"
            if (
                name in ("year_to", "part_year", "month_rel")
                and ref_obj.kind == "period"
                and (
                    _COMPARED_WITH_BEFORE_RE.search(text, max(0, s - 16), s)
                    or (name == "part_year" and _CHANGE_ON_BEFORE_RE.search(text, max(0, s - 8), s))
                    # ("Both ↓ on YE Jun 23.", "Down 5% on YE Jun 23")
                    # ("down about a third on April last year": the month compared with)
                    or (
                        name in ("year_to", "month_rel")
                        and _MOVE_ON_BEFORE_RE.search(text, max(0, s - 8), s)
                    )
                    # ("roughly 50% higher than in the year to September 2015", "up by more
                    # than two thirds on the year to September 2014")
                    or (
                        name in ("year_to", "month_rel")
                        and _YEAR_TO_AGAINST_RE.search(text, max(0, s - 30), s)
                    )
                )
            ):
                # "up 6% in the year to June 2021 vs the year to June 2019", "Q2 2025: -19% vs
                # Q2 2024": compared with
                ref_obj.kind = "baseline"
            found.append(ref_obj)
            taken.add(s, e)
    found.sort(key=lambda r: r.start)
    if len(found) > 1:
        # "up 27% on 2019, the year before the pandemic": a year said again in other words is
        # no time of its own
        found = [
            r
            for i, r in enumerate(found)
            if not (
                i
                and r.span is not None
                and r.span == (found[i - 1].baseline or found[i - 1].span)
                and _APPOSITION_GAP_RE.fullmatch(text, found[i - 1].end, r.start)
                and r.text[:3].lower() == "the"
            )
        ]
    if any(
        r.kind in ("since_then", "that_year", "that_month", "year_after", "figure_then")
        for r in found
    ):
        found = _anaphoric(found, text)
    if sum(r.kind == "ytd" for r in found) > 1:
        _through_this_year(found, text)
    for i, r in enumerate(found):
        prev = found[i - 1] if i else None
        if (
            r.kind == "same_period"
            and r.year is not None
            and prev is not None
            and prev.span is not None
            and prev.span[0].year == prev.span[1].year
            and _VS_SAME_RE.match(r.text)
            and not text[prev.end : r.start].strip(" \t,")
        ):
            # "NYPD, through Sept 2020 vs same period 2019:": the span just named, that year,
            # set against it as "Jan-Sept 2020 vs Jan-Sept 2019" would be
            r.kind = "baseline"
            r.span = shift_years(prev.span, r.year - prev.span[0].year)
            if prev.kind == "ytd":
                prev.kind = "period"  # (its baseline said: no "same period last year" implied)
    return found


_VS_SAME_RE = compile_re(r"(?:vs\.?|versus|v\.?)\s+(?:the\s+)?same\s+period\b", re.I)


_APPOSITION_GAP_RE = compile_re(r"\s*,\s*")
_COMPARED_WITH_BEFORE_RE = compile_scan(
    r"\b(?:vs\.?|versus|compared?\s+(?:to|with)|against)\s+$", re.I
)
_YEAR_TO_AGAINST_RE = compile_scan(
    r"(?:\b(?:higher|lower|more|fewer|less|up|down)\s+than\s+(?:in\s+|for\s+)?|"
    # (a share in words: "+21pc on YE Sep 21" is read where it stands)
    r"\b(?:thirds?|quarters?|fifths?|half)\s+on\s+)(?:the\s+)?$",
    re.I,
)
#: ("↓ ~12pc on Q3 2024": what a change is against)
_CHANGE_ON_BEFORE_RE = compile_scan(r"(?:%|pc|\bper\s*cent)\s+on\s+$", re.I)
_MOVE_ON_BEFORE_RE = compile_scan(
    r"(?:%|pc|\bper\s*cent|[↑↓]|\b(?:up|down|rose|fell|higher|lower))\s+on\s+$", re.I
)
#: "294 discharges then", "434 lethal-barrelled discharges back then": a figure and its noun
_FIGURE_BEFORE_THEN_RE = compile_re(
    # (not "that's roughly a 73% drop then": a change worked out, and "then" is "so")
    r"\d[\d,.]*(?:k|m|%(?!\s+(?:drop|fall|rise|increase|decrease|decline|jump|cut|reduction|"
    r"improvement|swing)s?\b))?(?:\s+(?!(?:since|until|till|by|and|from|even|just|only|right|but|or)\b)"
    r"[A-Za-z][\w'’-]*){0,3}$",
    re.I,
)
_THROUGH_RE = compile_re(r"(?:through|thru|to\s+the\s+end|until\s+the\s+end)\b", re.I)


def _through_this_year(found: list[TimeRef], text: str) -> None:
    """ "Through August, London had under 60 homicides this year": "this year" is the span
    the month named in the same sentence closes (January to August), not the year to date."""
    throughs = [r for r in found if r.kind == "ytd" and _THROUGH_RE.match(r.text)]
    for r in found:
        if r.kind != "ytd" or r in throughs or r.span is None:
            continue
        for t in throughs:
            a, b = sorted((t.end, r.start)) if t.end <= r.start else (r.end, t.start)
            if (
                t.span is not None
                and t.span[0] == r.span[0]
                and a <= b
                and not re.search(r"[.!?\n]", text[a:b])
            ):
                r.span = t.span
                break


#: a bare "since" counts from the period before only after a change or a move: "it's down
#: 40% since.", "have fallen ever since"
_MOVED_BEFORE_SINCE_RE = compile_re(
    r"(?:%|\bper\s*cent|\b(?:up|down|fallen|fell|risen|rose|dropped|climbed|increased|"
    r"decreased|declined|doubled|halved|tripled|grown|gone\s+(?:up|down)|falling|rising|"
    r"dropping|climbing|improved|worsened))\W+(?:\w+\W+){0,5}$",
    re.I,
)
#: a record before its "since": "the lowest since 1974", "most murders since 2008"
_RECORD_SINCE_RE = compile_re(
    r"\b(?:lowest|highest|fewest|most|least|worst|best|biggest|smallest|largest|record)\b"
    r"[^.!?]{0,40}$",
    re.I,
)
#: "up from 500 in ": the year a figure moved from
_FROM_FIGURE_BEFORE_RE = compile_re(
    r"\bfrom\s+(?:about\s+|around\s+|roughly\s+|~\s*)?[\d,.]+[km]?(?:\s+[a-z]+){0,2}\s+(?:in\s+)?$",
    re.I,
)
#: how far back "since then" and "that year" look for the period they stand for
_SINCE_THEN_REACH = 200


def _anaphoric(found: list[TimeRef], text: str) -> list[TimeRef]:
    """ "since then" is "since" the last period written before it, "that year" is that
    period (both dropped without one)."""
    out: list[TimeRef] = []
    for r in found:
        if r.kind not in ("since_then", "that_year", "that_month", "year_after", "figure_then"):
            out.append(r)
            continue
        if r.kind == "figure_then":
            # (the time compared with: "since 2013", "on 2019")
            base = next(
                (
                    p
                    for p in reversed(out)
                    if p.kind in ("since", "baseline")
                    and p.span is not None
                    and r.start - p.end <= _SINCE_THEN_REACH
                ),
                None,
            )
            if base is not None:
                assert base.span is not None
                out.append(
                    TimeRef(
                        r.start + len(r.text) - len(r.text.lstrip()),
                        r.end,
                        "period",
                        span=base.span,
                        text=r.text.strip(),
                        # (the figure's own time, none of another claim's)
                        then=True,
                    )
                )
            continue
        prev = next(
            (
                p
                for p in reversed(out)
                # "that year" is a year the post reported on, not one it compared with
                # ("fallen every year since 2010/11: 30,620 that year": the year it ran from)
                if p.kind
                in (
                    ("period", "since")
                    if r.kind == "that_year"
                    else ("period",)
                    if r.kind in ("that_month", "year_after")
                    else ("period", "baseline")
                )
                and p.span is not None
                # ("that month" stands for a month)
                and (r.kind != "that_month" or (p.span[1] - p.span[0]).days < 32)
                # (a record's "since" only right before: "The lowest since 1974. Homicides
                # were 52 that year" is the year reported on, not the record's window; a
                # move's is its start: "have NOT gone up since 2021, whatever the Mail says.
                # 30 that year")
                and (
                    p.kind != "since"
                    or r.start - p.end <= 16
                    or not _RECORD_SINCE_RE.search(text, max(0, p.start - 40), p.start)
                )
                and r.start - p.end <= _SINCE_THEN_REACH
            ),
            None,
        )
        if (
            prev is not None
            and r.kind == "that_year"
            and _FROM_FIGURE_BEFORE_RE.search(text, max(0, prev.start - 30), prev.start)
        ):
            # ("ended 2020 with 776 homicides, up from 500 in 2019, ... New York had 462 that
            # year": the year reported on, not the one the figure rose from)
            prev = next(
                (
                    p
                    for p in reversed(out)
                    if p.kind == "period"
                    and p.span is not None
                    and p.end <= prev.start
                    and r.start - p.end <= _SINCE_THEN_REACH
                ),
                prev,
            )
        if prev is None:
            continue
        if r.kind == "since_then" and re.match(r"\s*(?:\.{2,}|…)", text[r.end : r.end + 4]):
            continue  # "Lowest since... well, a long long time": a time left unsaid
        if (
            r.kind == "since_then"
            and "then" not in r.text.lower()
            and not _MOVED_BEFORE_SINCE_RE.search(text, max(0, r.start - 60), r.start)
        ):
            continue  # "better than most true crime written since": no change said since
        if r.kind in ("that_year", "that_month"):
            # (the year a change ran from is the figure's own time, no other claim's)
            out.append(
                TimeRef(
                    r.start, r.end, "period", span=prev.span, text=r.text, then=prev.kind == "since"
                )
            )
        elif r.kind == "year_after":
            span = shift_years(prev.span, 1)  # type: ignore[arg-type]
            out.append(TimeRef(r.start, r.end, "period", span=span, text=r.text))
        else:
            out.append(TimeRef(r.start, r.end, "since", span=prev.span, text=r.text, then=True))
    return out


def _resolve(name: str, m: re.Match[str], ref: date) -> TimeRef | None:
    if name == "between":
        a: Span | None
        b: Span | None
        if m.group("ya"):
            a = year_ending(int(m.group("ya")), month_number(m.group("ma")))
            b = year_ending(int(m.group("yb")), month_number(m.group("mb")))
        elif m.group("a3"):
            # "down 40% in 23/24 vs 22/23": either order, the later is the claim's period
            a, b = fy_or_year(m.group("a3")), fy_or_year(m.group("b3"))
            if a is not None and b is not None and b[0] < a[0]:
                a, b = b, a
        else:
            a = fy_or_year(m.group("a") or m.group("a2"))
            # "between 2013 and last year": up to the latest complete year
            b = (
                calendar_year(latest_complete_year(ref))
                if m.group("blast")
                else fy_or_year(m.group("b") or m.group("b2"))
            )
        if a is None or b is None or a[0] >= b[0]:
            return None
        # the later period is the claim's period, the earlier its baseline
        return TimeRef(0, 0, "between", span=b, baseline=a)
    if name == "year_to":
        key = (m.group("m") or m.group("m2")).lower()
        month = MONTHS.get(key) or MONTHS[key[:3]]
        if m.group("yy"):
            year = 2000 + int(m.group("yy"))
            if year > ref.year:
                return None
        elif m.group("y"):
            year = int(m.group("y"))
        else:
            year = ref.year if month_span(ref.year, month)[1] <= ref else ref.year - 1
        if m.group("mo"):
            # "fell 30% in the three months to June": that quarter, or half or nine months
            months = {"three": 3, "six": 6, "nine": 9}.get(m.group("mo").lower())
            opening = year * 12 + month - (months or int(m.group("mo")))
            return TimeRef(
                0,
                0,
                "period",
                span=(date(opening // 12, opening % 12 + 1, 1), month_span(year, month)[1]),
            )
        to_month = year_ending(year, month)
        if m.group("n"):
            # "rose 50% in the five years to June 2024": the year to June 2024 against the
            # year to June 2019
            n = _num(m.group("n"))
            if n is None or not 1 < n <= 50:
                return None
            return TimeRef(0, 0, "between", span=to_month, baseline=shift_years(to_month, -int(n)))
        return TimeRef(0, 0, "period", span=to_month)
    if name == "last_n":
        if re.search(
            r"\b(?:on|than|to|with|vs\.?|versus|from)\s+$",
            m.string[max(0, m.start() - 12) : m.start()],
            re.I,
        ):
            return TimeRef(0, 0, "year_before")  # "up 4% on the previous 12 months"
        n = _num(m.group("n"))
        if n is None or n <= 0:
            return None
        unit = m.group("u").lower().rstrip("s")
        if unit == "month":
            if n > 12 or n != int(n):
                return None
            start = ref
            for _ in range(int(n)):
                start = _minus_month(start)
            return TimeRef(0, 0, "period", span=(start, ref))
        days = {"day": 1, "week": 7}[unit] * n
        if days > 366:
            return None
        return TimeRef(0, 0, "period", span=(ref - timedelta(days=round(days)), ref))
    if name == "since_fy":
        return TimeRef(0, 0, "since", span=financial_year(int(m.group("ye")) - 1))
    if name in ("since_then", "that_year", "that_month", "year_after"):
        return TimeRef(0, 0, name)
    if name == "figure_then":
        return (
            TimeRef(0, 0, name)
            if _FIGURE_BEFORE_THEN_RE.search(m.string, max(0, m.start() - 40), m.start())
            else None
        )
    if name == "since_office":
        return TimeRef(0, 0, "since", span=calendar_year(2010 if m.group("tories") else 2016))
    if name == "since" and m.group("dd"):
        decade = int(m.group("dd"))
        return TimeRef(0, 0, "since", span=calendar_year((2000 if decade < 30 else 1900) + decade))
    if name in ("since", "since_event"):
        span = fy_or_year(m.group("a"))
        return TimeRef(0, 0, "since", span=span) if span else None
    if name in ("ago", "window", "window_run"):
        groups = m.groupdict()
        n = _num(groups.get("n") or groups.get("r") or groups.get("c") or "")
        if n is not None and (groups.get("dec") or groups.get("wdec")):
            n *= 10  # "two decades ago", "the lowest in three decades"
        if n is None or n <= 0 or n > 100:
            return None
        if name == "window" and _FIRST_TIME_RE.search(m.string, max(0, m.start() - 20), m.start()):
            # "fell for the first time in four years": a fall on the year before, after a run
            return TimeRef(0, 0, "year_before")
        return TimeRef(0, 0, "window", years=n)
    if name == "decade":
        return TimeRef(0, 0, "window", years=5 if m.group("half") else 10)
    if name == "quarter_century":
        return TimeRef(0, 0, "window", years=25)
    if name == "day_range" or (name == "part_year" and (m.group("d_m1") or m.group("e_m1"))):
        g = "e" if m.group("e_m1") else "d"
        if re.search(r"\sand\s", m.group(0)) and not _BETWEEN_BEFORE_RE.search(
            m.string, max(0, m.start() - 9), m.start()
        ):
            return None  # ("on 3 May and 10 June": two days, no range)
        m_from, m_to = month_number(m.group(f"{g}_m1")), month_number(m.group(f"{g}_m2"))
        if name == "part_year":
            year = int(m.group(f"{g}_y"))
        else:
            year = ref.year if date(ref.year, m_to, 1) <= ref else ref.year - 1
        try:
            start = date(year, m_from, int(m.group(f"{g}_d1")))
            end = date(year, m_to, int(m.group(f"{g}_d2")))
        except ValueError:
            return None
        if start > end:
            return None
        return TimeRef(0, 0, "period", span=(start, end if name == "part_year" else min(end, ref)))
    if name == "part_year":
        if m.group("n"):
            n = _num(m.group("n"))
            if n is None or not 1 <= n <= 11 or n != int(n):
                return None
            year = ref.year if m.group("y").lower().startswith("th") else int(m.group("y"))
            start, end = date(year, 1, 1), month_span(year, int(n))[1]
        elif m.group("q") or m.group("qn"):
            word = (m.group("q") or m.group("qn")).lower()
            n = {
                "q1": 1,
                "q2": 2,
                "q3": 3,
                "q4": 4,
                "first": 1,
                "second": 2,
                "third": 3,
                "fourth": 4,
                "1st": 1,
                "2nd": 2,
                "3rd": 3,
                "4th": 4,
                "last": 4,
                "final": 4,
            }[word]
            year = int(m.group("qy") or m.group("qny"))
            if m.group("qfy") or m.group("qnfy"):
                # (the financial year runs April to March: its Q4 is January to March)
                year, opening = (year, 3 * n + 1) if n < 4 else (year + 1, 1)
            else:
                opening = 3 * n - 2
            start, end = date(year, opening, 1), month_span(year, opening + 2)[1]
        elif m.group("a1"):
            k1, k2 = m.group("a1").lower(), m.group("a2").lower()
            start = date(int(m.group("ay1")), MONTHS.get(k1) or MONTHS[k1[:3]], 1)
            end = month_span(int(m.group("ay2")), MONTHS.get(k2) or MONTHS[k2[:3]])[1]
            if not start < end:
                return None
        elif m.group("h"):
            year = int(m.group("hy"))
            first = m.group("h").upper() == "H1"
            start, end = (
                (date(year, 1, 1), date(year, 6, 30))
                if first
                else (date(year, 7, 1), date(year, 12, 31))
            )
        else:
            year = int(m.group("my"))
            k1, k2 = m.group("m1").lower(), m.group("m2").lower()
            m_from, m_to = MONTHS.get(k1) or MONTHS[k1[:3]], MONTHS.get(k2) or MONTHS[k2[:3]]
            if m_from == m_to or (
                m.group("inand") is not None and m_to != m_from + 1 and (m_from, m_to) != (12, 1)
            ):
                return None
            # ("December and January 2020", "Nov 2019–Feb 2020" aside: the year is the end's)
            start, end = date(year - (m_from > m_to), m_from, 1), month_span(year, m_to)[1]
        if start > ref:
            return None
        return TimeRef(0, 0, "period", span=(start, min(end, ref)))
    if name == "year_so_far":
        year = int(m.group("y"))
        if year != ref.year:
            return None
        return TimeRef(0, 0, "ytd", span=(date(year, 1, 1), ref))
    if name == "half":
        # "the first half of 2024"; of this year, a half not over yet runs to the post's date
        year = ref.year if m.group("this") else int(m.group("y"))
        first = m.group("h").lower() == "first"
        start, end = (
            (date(year, 1, 1), date(year, 6, 30))
            if first
            else (date(year, 7, 1), date(year, 12, 31))
        )
        if start > ref:
            return None
        if re.search(
            r"\b(?:on|than|vs\.?|versus|compared\s+(?:to|with)|from)\s+(?:the\s+)?$",
            m.string[max(0, m.start() - 16) : m.start()],
            re.I,
        ):
            # ("That's up on the first half of 2018": the half compared with)
            return TimeRef(0, 0, "baseline", span=(start, min(end, ref)))
        if end >= ref:
            return TimeRef(0, 0, "ytd", span=(start, ref))
        return TimeRef(0, 0, "period", span=(start, end))
    if name == "through":
        # "fell 10% through August": January to the end of that month, this year if it is
        # over, else last year (a year written after the month decides)
        key = m.group("m").lower()
        month = MONTHS.get(key) or MONTHS[key[:3]]
        if m.group("y"):
            year = int(m.group("y"))
        else:
            year = ref.year if month_span(ref.year, month)[1] <= ref else ref.year - 1
        return TimeRef(0, 0, "ytd", span=(date(year, 1, 1), month_span(year, month)[1]))
    if name == "ytd":
        return TimeRef(0, 0, "ytd", span=(date(ref.year, 1, 1), ref))
    if name == "last_month":
        start = _minus_month(ref)
        return TimeRef(0, 0, "period", span=(start, ref))
    if name == "last_week":
        days = 14 if m.group(0).lower().endswith("fortnight") else 7
        return TimeRef(0, 0, "period", span=(ref - timedelta(days=days), ref))
    if name == "prev_month":
        first = ref.replace(day=1) - timedelta(days=1)
        return TimeRef(0, 0, "period", span=month_span(first.year, first.month))
    if name == "last_year":
        return TimeRef(0, 0, "period", span=calendar_year(ref.year - 1))
    if name == "next_year":
        return TimeRef(0, 0, "period", span=calendar_year(ref.year + 1))
    if name in ("year_before", "on_last_year"):
        return TimeRef(0, 0, "year_before")
    if name == "same_period":
        # "up 40% on the same period last year": this year so far against the same span;
        # "up 60% on the same point in 2019": against that span so many years back
        back = 1
        # ("At this point in 2019 it was 70")
        said = m.group("y") or m.group("y2")
        if said:
            back = ref.year - int(said)
            if back < 1:
                return None
        return TimeRef(
            0, 0, "same_period", years=back if back > 1 else None, year=int(said) if said else None
        )
    if name == "baseline_year":
        if m.group("bm"):
            key = m.group("bm").lower()
            base_month = MONTHS.get(key) or MONTHS[key[:3]]
            return TimeRef(0, 0, "baseline", span=month_span(int(m.group("by")), base_month))
        span = fy_or_year(m.group("a") or m.group("pk") or m.group("ak") or m.group("nb"))
        return TimeRef(0, 0, "baseline", span=span) if span else None
    if name == "month_rel":
        named = month_number(m.group("m"))
        year = ref.year - 1 if m.group("rel").lower() == "last" else ref.year
        span = month_span(year, named)
        return TimeRef(0, 0, "period", span=span) if span[0] <= ref else None
    if name == "month":
        key = m.group("m").lower()
        month_no = MONTHS.get(key) or MONTHS.get(key[:3])
        if not month_no:
            return None
        return TimeRef(0, 0, "period", span=month_span(int(m.group("y")), month_no))
    if name == "records_began":
        return TimeRef(0, 0, "records_began")
    if name == "year_level":
        return TimeRef(0, 0, "baseline", span=calendar_year(int(m.group("a") or m.group("b"))))
    if name == "year_before_pandemic":
        kind = "baseline" if m.group("cmp") else "period"
        return TimeRef(0, 0, kind, span=calendar_year(2019))
    if name == "pandemic":
        if m.group("since"):
            return TimeRef(0, 0, "since", span=calendar_year(2020))
        # "compared with pre-pandemic 2019": the year it names
        return TimeRef(0, 0, "baseline", span=calendar_year(int(m.group("py") or 2019)))
    if name == "month_alone":
        if _PUBLISHED_RE.search(m.string, max(0, m.start() - 40), m.start()):
            return None  # "the ONS said in July": when it was said, not what it is about
        month_no = MONTHS[m.group("m").lower()]
        year = ref.year if date(ref.year, month_no, 1) <= ref else ref.year - 1
        if (
            year == ref.year
            and month_no == ref.month
            and _LAST_BEFORE_RE.search(m.string, max(0, m.start("m") - 6), m.start("m"))
        ):
            year -= 1  # ("last December alone", said in December: the one a year ago)
        start, end = month_span(year, month_no)
        return TimeRef(0, 0, "period", span=(start, min(end, ref)))
    if name in ("month_range", "month_range_rel"):
        names = m.groupdict()
        k1 = (names["m1"] or names.get("s1") or "").lower()
        k2 = (names["m2"] or names.get("s2") or "").lower()
        m_from, m_to = MONTHS[k1], MONTHS[k2]
        if m_from == m_to or (
            names.get("inand") is not None and m_to != m_from + 1 and (m_from, m_to) != (12, 1)
        ):
            return None  # ("in January and March": two months apart, read one by one)
        # (a range still under way at the post's date is last year's: "between April and
        # June" written in May looks back to the last full one)
        year = ref.year if date(ref.year, m_to, 1) <= ref else ref.year - 1
        if name == "month_range_rel":
            year = ref.year - (m.group("rel").lower() == "last")
        # ("over December and January", "Nov–Feb": the range runs into the year it ends in)
        start, end = date(year - (m_from > m_to), m_from, 1), month_span(year, m_to)[1]
        return TimeRef(0, 0, "period", span=(start, min(end, ref)))
    if name == "fy":
        span = fy_or_year(m.group("a"))
        return TimeRef(0, 0, "period", span=span) if span else None
    if name == "apos_year":
        yy = int(m.group("yy"))
        year = 2000 + yy if 2000 + yy <= ref.year else 1900 + yy
        if m.group("since"):
            return TimeRef(0, 0, "since", span=calendar_year(year))
        if year == ref.year and ref < date(year, 12, 31):
            return TimeRef(0, 0, "ytd", span=(date(year, 1, 1), ref))
        return TimeRef(0, 0, "period", span=calendar_year(year))
    if name == "on_year_figures":
        return TimeRef(0, 0, "period", span=calendar_year(int(m.group("a") or m.group("a2"))))
    if name == "year":
        year = int(m.group("a"))
        if year == ref.year and ref < date(year, 12, 31):
            # "fifty murders already in 2019" in a 2019 post: the year so far, as "this year"
            return TimeRef(0, 0, "ytd", span=(date(year, 1, 1), ref))
        return TimeRef(0, 0, "period", span=calendar_year(year))
    if name == "years_later":
        n = _num(m.group("n"))
        return TimeRef(0, 0, "years_later", years=n) if n else None
    if name == "now":
        return TimeRef(0, 0, "now")
    return None


def _minus_month(d: date) -> date:
    year, month = (d.year, d.month - 1) if d.month > 1 else (d.year - 1, 12)
    day = min(d.day, calendar.monthrange(year, month)[1])
    return date(year, month, day)
