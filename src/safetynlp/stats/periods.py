"""Period helpers: a period is a ``(start, end)`` tuple of :class:`datetime.date`, both inclusive.

Conventions (spec section 1): calendar years run January-December; financial years run
April-March and are named by the calendar year they start in ("2024/25", "FY24" and
"FY2024" are all 2024-04-01..2025-03-31, the UK statutory naming).
"""

from __future__ import annotations

import re
from calendar import monthrange
from datetime import date, timedelta

DatePeriod = tuple[date, date]

PERIOD_TYPES: tuple[str, ...] = (
    "calendar",
    "financial",
    "monthly",
    "rolling_year",
    "partial",
    "point",
    "other",
)


def calendar_year(year: int) -> DatePeriod:
    """January 1 to December 31 of ``year``."""
    return date(year, 1, 1), date(year, 12, 31)


def financial_year(start_year: int) -> DatePeriod:
    """April ``start_year`` to March ``start_year + 1`` (``financial_year(2024)`` is 2024/25)."""
    return date(start_year, 4, 1), date(start_year + 1, 3, 31)


def month(year: int, month_no: int) -> DatePeriod:
    """The whole calendar month."""
    return date(year, month_no, 1), date(year, month_no, monthrange(year, month_no)[1])


def month_end(d: date) -> date:
    return date(d.year, d.month, monthrange(d.year, d.month)[1])


def add_months(d: date, n: int) -> date:
    """The first of the month ``n`` months after the month of ``d``."""
    idx = d.year * 12 + (d.month - 1) + n
    return date(idx // 12, idx % 12 + 1, 1)


def is_whole_months(start: date, end: date) -> bool:
    """The period starts on a month's first day and ends on a month's last day."""
    return start.day == 1 and end == month_end(end) and start <= end


def month_count(start: date, end: date) -> int:
    """How many calendar months a whole-month period spans (0 if not whole months)."""
    if not is_whole_months(start, end):
        return 0
    return (end.year - start.year) * 12 + end.month - start.month + 1


def months_in(start: date, end: date) -> list[DatePeriod]:
    """The calendar months of a whole-month period, in order ([] if not whole months)."""
    if not is_whole_months(start, end):
        return []
    out: list[DatePeriod] = []
    cur = start
    while cur <= end:
        out.append(month(cur.year, cur.month))
        cur = add_months(cur, 1)
    return out


def classify_period(start: date, end: date) -> str:
    """One of ``calendar``, ``financial``, ``monthly``, ``rolling_year`` (12 whole months that
    are neither Jan-Dec nor Apr-Mar), ``partial`` (shorter than a year: year-to-date, a
    quarter, a few months), ``point`` (a single day, e.g. a mid-year population estimate)
    or ``other`` (longer than a year, or not made of whole months and over a year)."""
    if start == end:
        return "point"
    if end < start:
        return "other"
    if (start, end) == calendar_year(start.year):
        return "calendar"
    if (start, end) == financial_year(start.year):
        return "financial"
    n = month_count(start, end)
    if n:
        if n == 1:
            return "monthly"
        if n == 12:
            return "rolling_year"
        if n < 12:
            return "partial"
        return "other"
    if end < add_months(start, 12):
        return "partial"
    return "other"


def latest_complete_calendar_year(as_of: date) -> DatePeriod:
    """The last calendar year that ended before ``as_of`` (on 2026-03-02: 2025)."""
    return calendar_year(as_of.year - 1)


def latest_complete_financial_year(as_of: date) -> DatePeriod:
    """The last April-March year that ended before ``as_of`` (on 2026-03-02: 2024/25)."""
    start_year = as_of.year - 1 if as_of.month >= 4 else as_of.year - 2
    return financial_year(start_year)


def previous_period(period: DatePeriod, n: int = 1) -> DatePeriod:
    """The period of the same length ``n`` steps earlier (month-aligned periods shift by their
    number of months; other periods by their length in days)."""
    start, end = period
    count = month_count(start, end)
    if count:
        new_start = add_months(start, -count * n)
        return new_start, month_end(add_months(new_start, count - 1))
    length = (end - start).days + 1
    return start - timedelta(days=length * n), end - timedelta(days=length * n)


def _century(two: int) -> int:
    return 2000 + two if two < 70 else 1900 + two


_FY = re.compile(r"^(?:FY|F\.Y\.)\s*(\d{2}|\d{4})(?:\s*[/-]\s*(\d{2}|\d{4}))?$", re.IGNORECASE)
_SPLIT = re.compile(r"^(\d{4})\s*[/-]\s*(\d{2}|\d{4})$")
_YEAR = re.compile(r"^(\d{4})$")
_MONTH = re.compile(r"^(\d{4})-(\d{1,2})$")
_RANGE = re.compile(r"^(\d{4}-\d{2}-\d{2})\s*(?:\.\.|/|to)\s*(\d{4}-\d{2}-\d{2})$")


def _fy_from(first: str, second: str | None) -> DatePeriod:
    y1 = int(first) if len(first) == 4 else _century(int(first))
    if second is not None:
        y2 = int(second) if len(second) == 4 else (y1 // 100) * 100 + int(second)
        if y2 != y1 + 1 and not (len(second) == 2 and y2 + 100 == y1 + 1):
            raise ValueError(f"financial year {first}/{second}: the years must be consecutive")
    return financial_year(y1)


def parse_period(text: str) -> DatePeriod:
    """Parse a period label.

    ``"2019"`` -> calendar 2019; ``"2023-02"`` -> February 2023 (``YYYY-MM`` is read as a
    month whenever MM is 01-12); ``"2024/25"`` or ``"2024-25"`` -> financial year 2024/25; ``"FY24"``, ``"FY2024"``, ``"FY 2024/25"`` ->
    financial year 2024/25; ``"2023-01-01..2023-06-30"`` -> that range; a single ISO date ->
    that day. Raises ValueError for anything else.
    """
    s = text.strip()
    if m := _FY.match(s):
        return _fy_from(m[1], m[2])
    if m := _YEAR.match(s):
        return calendar_year(int(m[1]))
    if (m := _MONTH.match(s)) and 1 <= int(m[2]) <= 12:
        return month(int(m[1]), int(m[2]))
    if m := _SPLIT.match(s):
        return _fy_from(m[1], m[2])
    if m := _RANGE.match(s):
        start, end = date.fromisoformat(m[1]), date.fromisoformat(m[2])
        if end < start:
            raise ValueError(f"{text!r}: the period ends before it starts")
        return start, end
    try:
        d = date.fromisoformat(s)
    except ValueError:
        raise ValueError(
            f"{text!r} is not a period: use 2019, 2023-02, 2024/25, FY24 or START..END"
        ) from None
    return d, d


def format_period(period: DatePeriod) -> str:
    """A short human label: "2025", "2024/25", "2023-02", else "START..END"."""
    start, end = period
    kind = classify_period(start, end)
    if kind == "calendar":
        return str(start.year)
    if kind == "financial":
        return f"{start.year}/{str(end.year)[2:]}"
    if kind == "monthly":
        return f"{start.year}-{start.month:02d}"
    if kind == "point":
        return start.isoformat()
    return f"{start.isoformat()}..{end.isoformat()}"
