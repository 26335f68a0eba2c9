"""Find quantities in post text: digits, number words, percentages, fractions, multipliers.

Every match keeps its character span so the claim builder can reason about what stands
around it (a currency sign before it, "per 100,000" after it, a hedge word in front).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from safetynlp.extraction.literals import compile_scan
from safetynlp.extraction.regex_cache import compile_re

_UNITS = {
    "zero": 0,
    "one": 1,
    "two": 2,
    "three": 3,
    "four": 4,
    "five": 5,
    "six": 6,
    "seven": 7,
    "eight": 8,
    "nine": 9,
    "ten": 10,
    "eleven": 11,
    "twelve": 12,
    "thirteen": 13,
    "fourteen": 14,
    "fifteen": 15,
    "sixteen": 16,
    "seventeen": 17,
    "eighteen": 18,
    "nineteen": 19,
}
_TENS = {
    "twenty": 20,
    "thirty": 30,
    "forty": 40,
    "fifty": 50,
    "sixty": 60,
    "seventy": 70,
    "eighty": 80,
    "ninety": 90,
}
_SCALES = {"hundred": 100, "thousand": 1_000, "million": 1_000_000, "billion": 1_000_000_000}
#: South Asian English: "1 lakh knife crimes" is 100,000, "2 crore" 20 million (digits only)
_DIGIT_SCALES = {**_SCALES, "lakh": 100_000, "lakhs": 100_000, "crore": 10**7, "crores": 10**7}
_SUFFIX = {"k": 1_000, "m": 1_000_000, "bn": 1_000_000_000, "b": 1_000_000_000}

#: fraction words -> share of the whole
FRACTIONS = {
    "half": 0.5,
    "a half": 0.5,
    "one half": 0.5,
    "a third": 1 / 3,
    "one third": 1 / 3,
    "two thirds": 2 / 3,
    "two-thirds": 2 / 3,
    "a quarter": 0.25,
    "one quarter": 0.25,
    "three quarters": 0.75,
    "three-quarters": 0.75,
    "a fifth": 0.2,
    "a sixth": 1 / 6,
    "one sixth": 1 / 6,
    "a seventh": 1 / 7,
    "an eighth": 0.125,
    "a ninth": 1 / 9,
    # ("London's was roughly a fifteenth of that")
    "a twelfth": 1 / 12,
    "a fifteenth": 1 / 15,
    "a twentieth": 0.05,
    "three fifths": 0.6,
    "one fifth": 0.2,
    "two fifths": 0.4,
    "a tenth": 0.1,
    "one tenth": 0.1,
    "nine tenths": 0.9,
    "nine-tenths": 0.9,
    "four fifths": 0.8,
    "four-fifths": 0.8,
    # ("roughly one twentieth of Chicago's", "one fourth of all homicides": "one" as "a"; not
    # "a fourth", which is as often an ordinal: "a fourth teenager killed")
    "one seventh": 1 / 7,
    "one eighth": 0.125,
    "one ninth": 1 / 9,
    "one twelfth": 1 / 12,
    "one fifteenth": 1 / 15,
    "one twentieth": 0.05,
    "one fourth": 0.25,
    "three fourths": 0.75,
    "three-fourths": 0.75,
}

#: multiplier verbs -> ratio new/old
MULTIPLIER_VERBS = {
    "doubled": 2.0,
    "doubling": 2.0,
    "doubles": 2.0,
    "tripled": 3.0,
    "trebled": 3.0,
    "tripling": 3.0,
    "quadrupled": 4.0,
    "halved": 0.5,
    "halving": 0.5,
    "halves": 0.5,
}
#: a share of the whole in words, as a reply or a comparison says it ("a third", "two-thirds")
SHARE_WORDS_SRC = (
    r"(?:a|one)\s+(?:third|quarter|fifth|sixth|tenth|half)|two[-\s]thirds|three[-\s]quarters"
)


def share_percent(words: str) -> float:
    """ "a quarter" -> 25.0, "two-thirds" -> 66.67: a share in words, in percent."""
    return 100 * FRACTIONS[re.sub(r"[-\s]+", " ", words.lower())]


#: multiplier words that are no verb form above -> ratio ("twice what it was", "double
#: Paris's", "did not halve")
MULTIPLIER_WORDS = {
    "twice": 2.0,
    "double": 2.0,
    "triple": 3.0,
    "treble": 3.0,
    "quadruple": 4.0,
    "half": 0.5,
    "halve": 0.5,
}

_WORD = "|".join(sorted([*_UNITS, *_TENS], key=len, reverse=True))
_NUMWORD_RE = (
    # "a hundred and fifty": "a" counts as one before a scale word
    rf"(?:(?:(?:{_WORD})(?:[- ](?:{_WORD}))?|a(?=\s+(?:hundred|thousand|million)\s+(?:and\s+)?(?:{_WORD})))"
    r"(?:\s+(?:hundred|thousand|million|billion)"
    rf"(?:\s+(?:and\s+)?(?:{_WORD})(?:[- ](?:{_WORD}))?)?)*"
    # "fourteen and a half thousand": the fraction before its scale word
    r"(?:\s+and\s+a\s+(?:half|quarter|third)(?:\s+(?:thousand|million|billion))?)?)"
)
#: the source of a number written in words, for patterns elsewhere that must know one
NUMWORD_SRC = _NUMWORD_RE
_DIGITS_RE = r"(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?"

NUMBER_RE = compile_scan(
    # (one word-start test for the word forms: fewer branches tried where the guard lets by)
    r"(?:"
    # "c.570": circa, written tight
    rf"(?:(?<![\w.,/:£$€-])|(?<=\bc\.))(?P<num>{_DIGITS_RE})(?:\s?(?P<suf>k|m|bn)\b|\s+(?P<scale>thousand|million|billion|lakhs?|crores?)\b)?"
    r"|(?<![\w-])(?:"
    # "half a million", "a quarter of a million", "three-quarters of a million"
    r"(?P<frac>(?:half|(?:a\s+)?quarter|(?:a\s+)?third|three[-\s]quarters)(?:\s+of)?\s+(?:a\s+)?"
    r"(?:thousand|million|billion)|half\s+a\s+dozen)(?![\w-])"
    # ("Five-ish", "twentyish": a hedge said after the word)
    # ("forty-odd": about that many)
    rf"|(?P<word>{_NUMWORD_RE})(?:(?![\w-])|(?=-?ish\b)|(?=-odd\b))"
    r"|(?P<dozen>a\s+dozen|dozens|hundreds|thousands|scores|a\s+(?:hundred|thousand|million))(?![\w-])"
    # "Not a single teenager was killed in Lambeth last year", "went all of January without a
    # single homicide": none, a count of zero
    r"|(?P<none>not\s+a\s+single|without\s+a\s+single)(?=\s)))",
    re.IGNORECASE,
)
_DOZEN_AFTER_RE = compile_re(r"[\s-]dozen\b", re.IGNORECASE)
PERCENT_AFTER_RE = compile_re(r"\s?(?:%|per\s?cent\b|percent\b|pc\b|pct\b)", re.IGNORECASE)


@dataclass(slots=True)
class Quantity:
    start: int
    end: int
    value: float
    #: "number", "percent"
    kind: str
    text: str
    #: approximate quantity words ("hundreds of") carry their own interval
    lo: float | None = None
    hi: float | None = None
    word: bool = False


def words_to_number(text: str) -> float | None:
    """'ninety-seven' -> 97, 'two and a half' -> 2.5, 'one hundred and fifty' -> 150."""
    tokens = re.split(r"[\s-]+", text.lower().strip())
    total = 0.0
    current = 0.0
    seen = False
    i = 0
    while i < len(tokens):
        tok = tokens[i]
        if tok == "and":
            frac = {"half": 0.5, "quarter": 0.25, "third": 1 / 3}.get(
                tokens[i + 2] if len(tokens) > i + 2 and tokens[i + 1] == "a" else ""
            )
            if frac is not None:  # "two and a half", "one and a quarter"
                current += frac
                i += 3
                continue
            i += 1
            continue
        if tok == "a" and i == 0:
            current += 1
        elif tok in _UNITS:
            current += _UNITS[tok]
        elif tok in _TENS:
            current += _TENS[tok]
        elif tok == "hundred":
            current = (current or 1) * 100
        elif tok in _SCALES:
            total += (current or 1) * _SCALES[tok]  # "and a half thousand" scales the half too
            current = 0
        else:
            return None
        seen = True
        i += 1
    return total + current if seen else None


def parse_digits(num: str, suffix: str | None = None, scale: str | None = None) -> float:
    value = float(num.replace(",", ""))
    if suffix:
        value *= _SUFFIX[suffix.lower()]
    if scale:
        value *= _DIGIT_SCALES[scale.lower()]
    return value


_GLUED_LETTERS_RE = compile_re(r"[A-Za-z]+")
#: what may follow a digit with no space and still leave it a number ("3x", "5th", "7pm")
# fmt: off
_DIGIT_SUFFIXES = frozenset((
    "x", "s", "th", "st", "nd", "rd", "am", "pm", "yo", "yr", "yrs", "h", "hr", "hrs", "hour",
    "hours", "d", "day", "days", "wk", "wks", "week", "weeks", "mo", "mth", "mths", "month",
    "months", "y", "year", "years", "min", "mins", "ish", "pc", "pct", "k", "m", "km", "mi",
    "mph", "ft", "kg", "lb", "lbs",
))
# fmt: on


_AND_A_HALF_RE = compile_re(r"\s+and\s+a\s+half\b(?!\s+(?:thousand|million|billion))", re.I)


def find_quantities(text: str) -> list[Quantity]:
    """All numbers in the text, with percent signs attached."""
    out: list[Quantity] = []
    for m in NUMBER_RE.finditer(text):
        if m.group("num") and _is_clock_time(text, m):
            continue
        if m.group("num") and len(m.group("num")) == 1 and not (m.group("suf") or m.group("scale")):
            glued = _GLUED_LETTERS_RE.match(text, m.end())
            if glued is not None and glued.group(0).lower() not in _DIGIT_SUFFIXES:
                continue  # "the 6ix" (Toronto), "2day", "4ever": a letter, not a number
        if m.group("num"):
            value = parse_digits(m.group("num"), m.group("suf"), m.group("scale"))
            word = False
            lo = hi = None
        elif m.group("frac"):
            f = m.group("frac").lower()
            part = 0.5 if f.startswith("half") else 0.75 if f.startswith("three") else 0.25
            if "third" in f.split()[0:2]:
                part = 1 / 3
            scale = 12 if f.endswith("dozen") else _SCALES[f.split()[-1]]
            value, word, lo, hi = round(part * scale, 4), True, None, None
        elif m.group("none"):
            value, word, lo, hi = 0.0, True, None, None
        elif m.group("word"):
            parsed = words_to_number(m.group("word"))
            if parsed is None:
                continue
            value, word, lo, hi = parsed, True, None, None
        else:
            d = m.group("dozen").lower()
            word = True
            if d.startswith("a") and d.endswith("dozen"):
                value, lo, hi = 12.0, None, None
            elif d.startswith("a"):
                value, lo, hi = float(_SCALES[d.split()[-1]]), None, None
            elif d == "dozens":
                value, lo, hi = 24.0, 24.0, 144.0
            elif d == "scores":
                value, lo, hi = 40.0, 40.0, 200.0
            elif d == "hundreds":
                value, lo, hi = 200.0, 200.0, 999.0
            else:
                value, lo, hi = 2000.0, 2000.0, 999_999.0
        end = m.end()
        if m.group("num") and not m.group("scale") and (half := _AND_A_HALF_RE.match(text, end)):
            # ("one every 3 and a half days": the half said in words after the digits)
            value, end = value + 0.5, half.end()
        if (m.group("num") or m.group("word")) and (dozen := _DOZEN_AFTER_RE.match(text, end)):
            # "two dozen murders a month", "3 dozen": twelve each
            value, end = value * 12, dozen.end()
            lo, hi = (None if v is None else v * 12 for v in (lo, hi))
        if (
            (m.group("num") or (m.group("word") and value >= 20))
            and text[end : end + 4].lower() in ("-odd", " odd")
            and not text[end + 4 : end + 5].isalpha()
        ):
            # "100-odd shootings", "70-odd": about that many
            lo, hi = round(0.9 * value, 4), round(1.1 * value, 4)
            end += 4
        elif (m.group("num") or m.group("word")) and (so := _OR_SO_NOUN_RE.match(text, end)):
            # "20 or so homicides last year": the hedge sits between the number and its noun
            lo, hi = round(0.9 * value, 4), round(1.1 * value, 4)
            end = so.end()
        kind = "number"
        pm = PERCENT_AFTER_RE.match(text, end)
        if pm:
            kind = "percent"
            end = pm.end()
        out.append(
            Quantity(
                start=m.start(),
                end=end,
                value=value,
                kind=kind,
                text=text[m.start() : end],
                lo=lo,
                hi=hi,
                word=word,
            )
        )
    return _merge_ranges(text, out)


_CLOCK_RE = compile_re(r"(?:[01]?\d|2[0-3])[.:][0-5]\d")
_CLOCK_AFTER_RE = compile_re(r"\s?(?:am|pm|a\.m\.|p\.m\.|hrs|h)\b", re.I)
_CLOCK_BEFORE_RE = compile_re(
    r"\b(?:at|from|till|until|by|tonight|tomorrow|today|mon|tues?|weds?|thurs?|fri|sat|sun|"
    r"(?:mon|tues|wednes|thurs|fri|satur|sun)day)\s*$",
    re.I,
)


#: a 24-hour time written as four digits ("0900", "1630")
_HHMM_RE = compile_re(r"(?:[01]\d|2[0-3])[0-5]\d")
_HHMM_OPEN_BEFORE_RE = compile_re(r"\b0\d[0-5]\d\s?[-–]\s?$")
_HHMM_CLOSE_AFTER_RE = compile_re(r"\s?[-–]\s?0\d[0-5]\d\b")
_MINUTES_AFTER_RE = compile_re(r":[0-5]\d(?!\d)")
_HOUR_RE = compile_re(r"0?[1-9]|1[0-2]")
_AM_PM_AFTER_RE = compile_re(r"\s?(?:am|pm|a\.m\.|p\.m\.)(?![a-z])", re.I)


def _is_clock_time(text: str, m: re.Match[str]) -> bool:
    """ "meeting Weds 6.30", "at 7:45pm": a time of day, never a figure"""
    if m.group("suf") or m.group("scale"):
        return False
    if _MINUTES_AFTER_RE.match(text[m.end("num") : m.end("num") + 4]) and _CLOCK_RE.fullmatch(
        text, m.start("num"), m.end("num") + 3
    ):
        return True  # ("7:45": the number regex stops at the colon)
    end = m.end("num")
    if (
        len(m.group("num")) == 4
        and _HHMM_RE.fullmatch(m.group("num"))
        and (
            m.group("num")[0] == "0"
            or _HHMM_OPEN_BEFORE_RE.search(text, max(0, m.start() - 7), m.start())
            or _HHMM_CLOSE_AFTER_RE.match(text, end)
        )
    ):
        # ("training at the Sandy Lane site, 0900-1600": a count never has a leading zero, and
        # its partner in a range of such times is a time too)
        return True
    if _HOUR_RE.fullmatch(m.group("num")) and _AM_PM_AFTER_RE.match(text, end):
        return True  # ("reads the Express at 6am every day": no daily rate of anything)
    if not _CLOCK_RE.fullmatch(m.group("num")):
        return False
    if PERCENT_AFTER_RE.match(text, end):
        return False
    return bool(
        _CLOCK_AFTER_RE.match(text, end)
        or _CLOCK_BEFORE_RE.search(text, max(0, m.start() - 12), m.start())
    )


#: " or so" before the noun it counts ("20 or so homicides"; not "20 or so they say")
_OR_SO_NOUN_RE = compile_re(
    r"\s+or\s+so(?=\s+(?!(?:they|we|i|it|he|she|you|and|but|in|on|at|a|the)\b)[a-z])", re.I
)
_SCALE_AFTER_RE = compile_re(r"(?:\s+(?:thousand|million|billion)|\s?(?:k|m|bn))$", re.I)
_DASH_RANGE = compile_re(r"\s?[-–]\s?(\d{1,3}(?:,\d{3})+|\d+(?:\.\d+)?)(?![\d,])")
_RANGE_SEP = compile_re(r"\s*(?:to|-|–|—)\s*", re.I)


#: "rose from 97 to 110" is a change between two figures, not a range
CHANGED_FROM_RE = compile_scan(
    r"\b(?:up|down|rose|risen|rising|fell|fallen|falling|increased|decreased|dropped|jumped|"
    r"climbed|grew|declined|soared|surged|plunged|went\s+up|gone\s+up|went\s+down|gone\s+down)"
    # ("London homicides rose in 2015, from 94 to 118": the period of the move between)
    r"(?:\s+(?:in\s+)?(?:19|20)\d\d(?:/\d\d)?|\s+(?:last|this)\s+year)?,?"
    r"\s+from\s+(?:~\s*|about\s+|around\s+|roughly\s+)?$",
    re.I,
)


_BETWEEN_BEFORE_RE = compile_re(r"\bbetween\s+$", re.I)
#: "Chicago homicides nearly doubled between 2019 and 2021, from 500 to 804": after a comma, the
#: two ends of a move, not a range ("went from 90 to 150", "everything from 90 to 150" stay
#: ranges)
_MOVED_FROM_RE = compile_re(r"[,;–—]\s*from\s+(?:~\s*|about\s+|around\s+|roughly\s+)?$", re.I)
_TO_GAP_RE = compile_re(r"\s+to\s+", re.I)
#: "Up about 30%, 258 to 349": right after a move in percent, the two ends it moved between
_PERCENT_MOVE_BEFORE_RE = compile_re(
    r"\b(?:up|down|rose|fell|increased|decreased|dropped|jumped|climbed|grew|declined|"
    r"a\s+(?:rise|fall|drop|jump|increase|decrease|cut)\s+of)\s+(?:by\s+)?"
    r"(?:about\s+|around\s+|roughly\s+|nearly\s+|almost\s+|over\s+|~\s*)?\d[\d.,]*\s*"
    r"(?:%|pc|per\s*cent)(?:\s+(?:last|this)\s+year|\s+(?:in|since|on)\s+(?:19|20)\d\d(?:/\d\d)?)?"
    r"\s*[,;:(–—]\s*(?:from\s+)?$",
    re.I,
)

_AND_GAP_RE = compile_re(r"\s+and\s+")


def _merge_ranges(text: str, quantities: list[Quantity]) -> list[Quantity]:
    """'200,000 to 300,000' and '75-100' are one quantity with both ends kept (never averaged).

    Percent ranges ("18 to 25 percent") are left to the change builder, which reads the
    percent sign on the second number.
    """
    out: list[Quantity] = []
    i = 0
    while i < len(quantities):
        q = quantities[i]
        # "75-100": the number after a hyphen is not matched on its own (scores, minus signs)
        dash = _DASH_RANGE.match(text, q.end)
        if q.kind == "number" and not q.word and dash:
            hi = parse_digits(dash.group(1))
            if hi > q.value and not (1800 <= q.value <= 2100 and "," not in q.text):
                pct = PERCENT_AFTER_RE.match(text, dash.end())
                end = pct.end() if pct else dash.end()
                # a percent range carries its upper end as the value, like "18 to 25 percent"
                out.append(
                    Quantity(
                        q.start,
                        end,
                        hi if pct else q.value,
                        "percent" if pct else "number",
                        text[q.start : end],
                        q.value,
                        hi,
                    )
                )
                i += 1
                continue
        if i + 1 < len(quantities):
            nxt = quantities[i + 1]
            gap = text[q.end : nxt.start]
            between = _BETWEEN_BEFORE_RE.search(text[max(0, q.start - 9) : q.start])
            if (
                q.kind == "number"
                and nxt.kind == "number"
                and (_RANGE_SEP.fullmatch(gap) or (between and _AND_GAP_RE.fullmatch(gap)))
                and nxt.value > q.value
                and not (1800 <= q.value <= 2100 and q.value == int(q.value) and "," not in q.text)
                and not CHANGED_FROM_RE.search(text, max(0, q.start - 45), q.start)
                and not (
                    _TO_GAP_RE.fullmatch(gap)
                    and (
                        _MOVED_FROM_RE.search(text, max(0, q.start - 30), q.start)
                        or _PERCENT_MOVE_BEFORE_RE.search(text, max(0, q.start - 40), q.start)
                    )
                )
            ):
                lo = q.value
                scale = _SCALE_AFTER_RE.search(nxt.text)
                if scale and not _SCALE_AFTER_RE.search(q.text):
                    # "between 12 and 15 thousand", "2-3m": the scale word counts for both
                    factor = (
                        _SCALES.get(scale.group(0).strip().lower())
                        or _SUFFIX[scale.group(0).strip().lower()]
                    )
                    if q.value * factor < nxt.value:
                        lo = q.value * factor
                out.append(
                    Quantity(
                        start=q.start,
                        end=nxt.end,
                        value=lo,
                        kind="number",
                        text=text[q.start : nxt.end],
                        lo=lo,
                        hi=nxt.value,
                        word=q.word or nxt.word,
                    )
                )
                i += 2
                continue
        out.append(q)
        i += 1
    return out
