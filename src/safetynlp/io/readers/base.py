"""Shared pieces of the platform readers.

A reader is a :class:`ReaderSpec`: a ``detect(record) -> int`` score (0 = not mine) used on the
first records of an input, and a ``map(record, ctx)`` generator that yields :class:`Post` for
each post in the record, or :class:`Skip` for a record that is not a post (a like, a delete, a
service message, a removed comment). A record that *should* be a post but cannot be read
raises :class:`RecordProblem` (field + reason); the stream turns that into a ``BadRecordError``.
A record holding many posts (an X v2 response page, a Bluesky feed page) *yields* the
``RecordProblem`` of one unreadable post instead, so that its other posts are still read.
"""

from __future__ import annotations

import email.utils
import html
import re
from collections.abc import Callable, Iterator, Mapping
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, timedelta, timezone
from html.parser import HTMLParser
from typing import Any, overload

from safetynlp.types import Post


class RecordProblem(Exception):
    """A record that should be a post is unusable (missing text, wrong type...)."""

    def __init__(self, reason: str, field: str | None = None) -> None:
        super().__init__(reason)
        self.reason = reason
        self.field = field


@dataclass(slots=True, frozen=True)
class Skip:
    """A record that is not a post; counted, never an error."""

    reason: str


@dataclass(slots=True)
class Ctx:
    """Where a record came from, plus reader options."""

    path: str
    line: int
    text_key: str = "text"
    id_key: str = "id"
    date_key: str = "created_at"
    author_key: str = "author"
    keep_raw: bool = True
    #: container-level information (Telegram chat name/id, X v2 includes...)
    extra: dict[str, Any] = field(default_factory=dict)


#: ``Ctx.extra`` key: the array of a document parsed whole that the record is an element of (a
#: page of records unwrapped), for a reader whose records depend on their neighbours
SIBLINGS = "siblings"


MapFn = Callable[[dict[str, Any], Ctx], Iterator["Post | Skip | RecordProblem"]]


@dataclass(frozen=True)
class ReaderSpec:
    name: str
    description: str
    #: which source field feeds each Post field (shown by ``safetynlp inspect``)
    fields: Mapping[str, str]
    detect: Callable[[dict[str, Any]], int]
    map: MapFn


# ---------------------------------------------------------------- value helpers


def get_path(rec: Mapping[str, Any], key: str) -> Any:
    """``rec[key]``, or a dotted path (``user.screen_name``) when ``key`` is not a plain key."""
    if key in rec:
        return rec[key]
    if "." not in key:
        return None
    cur: Any = rec
    for part in key.split("."):
        if isinstance(cur, Mapping) and part in cur:
            cur = cur[part]
        elif isinstance(cur, list) and part.isdigit() and int(part) < len(cur):
            cur = cur[int(part)]
        else:
            return None
    return cur


def opt_str(value: Any, field: str) -> str | None:
    """A string field that may be missing; numbers become strings, other types are errors."""
    if value is None or value == "":
        return None
    if isinstance(value, str):
        return value
    if isinstance(value, bool):
        raise RecordProblem(f"expected a string, got {value!r}", field)
    if isinstance(value, int | float):
        return str(int(value)) if isinstance(value, float) and value.is_integer() else str(value)
    raise RecordProblem(f"expected a string, got {type(value).__name__}", field)


def need_id(value: Any, field: str) -> str:
    out = opt_str(value, field)
    if out is None:
        raise RecordProblem("missing post id", field)
    return out


def need_text(value: Any, field: str) -> str:
    """The post text: must be a string (missing text is a bad record)."""
    if value is None:
        raise RecordProblem("missing text", field)
    if not isinstance(value, str):
        raise RecordProblem(f"text must be a string, got {type(value).__name__}", field)
    return value


def unescape_entities(text: str) -> str:
    """Text that a platform HTML-escaped in its JSON (X and Reddit write ``&`` ``<`` ``>`` as
    ``&amp;`` ``&lt;`` ``&gt;``) as it was typed. Call it once, on the raw field: the platform
    escapes every ``&``, so a user's own "&amp;" arrives as "&amp;amp;" and a second decoding
    would turn it into "&"."""
    return html.unescape(text) if "&" in text else text


_BLOCK = {"p", "div", "blockquote", "li", "ul", "ol", "pre", "h1", "h2", "h3", "h4", "h5", "h6"}


class _TextExtractor(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag == "br":
            self.parts.append("\n")
        elif tag in _BLOCK:
            self.parts.append("\n\n")

    def handle_endtag(self, tag: str) -> None:
        if tag in _BLOCK:
            self.parts.append("\n\n")

    def handle_data(self, data: str) -> None:
        self.parts.append(data)


_MANY_NL = re.compile(r"[ \t]*\n[ \t]*\n(\s*\n)*")


def html_to_text(markup: str) -> str:
    """Post HTML (a Mastodon status's ``content``, a Reddit ``body_html``) to plain text:
    paragraphs blank-line separated, ``<br>`` a newline, tags dropped, entities decoded."""
    if "<" not in markup and "&" not in markup:
        return markup.strip()
    parser = _TextExtractor()
    parser.feed(markup)
    parser.close()
    text = "".join(parser.parts).replace("\xa0", " ")
    return _MANY_NL.sub("\n\n", text).strip()


def opt_int(value: Any) -> int | None:
    if value is None or value == "" or isinstance(value, bool):
        return None
    if isinstance(value, int):
        return value
    if isinstance(value, float):
        return int(value)
    if isinstance(value, str):
        s = value.replace(",", "").strip()
        try:
            return int(float(s))
        except ValueError:
            return None
    return None


def metrics_from(pairs: Mapping[str, Any]) -> dict[str, Any]:
    """Keep the numeric metrics that are present."""
    out: dict[str, Any] = {}
    for key, value in pairs.items():
        n = opt_int(value)
        if n is not None:
            out[key] = n
    return out


# ---------------------------------------------------------------- dates

#: hours east of UTC; CrowdTangle writes times in the dashboard's zone, by abbreviation
#: (IST is India's, the zone dashboards used it for)
_TZ_ABBR: dict[str, float] = {
    "UTC": 0,
    "GMT": 0,
    "Z": 0,
    "HST": -10,
    "AKST": -9,
    "AKDT": -8,
    "PST": -8,
    "PDT": -7,
    "MST": -7,
    "MDT": -6,
    "CST": -6,
    "CDT": -5,
    "EST": -5,
    "EDT": -4,
    "AST": -4,
    "ADT": -3,
    "NST": -3.5,
    "NDT": -2.5,
    "BRT": -3,
    "ART": -3,
    "WET": 0,
    "WEST": 1,
    "BST": 1,
    "CET": 1,
    "CEST": 2,
    "WAT": 1,
    "CAT": 2,
    "SAST": 2,
    "EET": 2,
    "EEST": 3,
    "EAT": 3,
    "MSK": 3,
    "PKT": 5,
    "IST": 5.5,
    "ICT": 7,
    "WIB": 7,
    "HKT": 8,
    "SGT": 8,
    "PHT": 8,
    "AWST": 8,
    "JST": 9,
    "KST": 9,
    "ACST": 9.5,
    "ACDT": 10.5,
    "AEST": 10,
    "AEDT": 11,
    "NZST": 12,
    "NZDT": 13,
}
_ABBR_RE = re.compile(r"^(.*\d)\s+([A-Z]{1,4})$")
_NUMERIC_RE = re.compile(r"^-?\d+(\.\d+)?$")


def _from_epoch(x: float) -> datetime:
    if abs(x) > 1e14:  # microseconds (Jetstream time_us)
        x /= 1e6
    elif abs(x) > 1e11:  # milliseconds
        x /= 1e3
    return datetime.fromtimestamp(x, tz=UTC)


def _parse_datetime(value: Any) -> datetime:
    if isinstance(value, datetime):
        return value
    if isinstance(value, date):
        return datetime(value.year, value.month, value.day)
    if isinstance(value, bool):
        raise ValueError(value)
    if isinstance(value, int | float):
        return _from_epoch(float(value))
    if not isinstance(value, str):
        raise ValueError(value)
    s = value.strip()
    if _NUMERIC_RE.match(s):
        return _from_epoch(float(s))
    try:
        return datetime.fromisoformat(s)
    except ValueError:
        pass
    try:  # X v1.1: "Wed Oct 10 20:19:24 +0000 2018"
        return datetime.strptime(s, "%a %b %d %H:%M:%S %z %Y")
    except ValueError:
        pass
    m = _ABBR_RE.match(s)  # CrowdTangle: "2021-01-05 14:00:02 EST"
    if m and m.group(2) in _TZ_ABBR:
        try:
            base = datetime.fromisoformat(m.group(1))
        except ValueError:
            pass  # "Fri, 01 Mar 2024 18:22:00 GMT" is RFC 2822, read below
        else:
            return base.replace(tzinfo=timezone(timedelta(hours=_TZ_ABBR[m.group(2)])))
    parsed = email.utils.parsedate_to_datetime(s)  # RFC 2822; raises ValueError/TypeError
    if parsed is None:  # pragma: no cover - older Pythons
        raise ValueError(s)
    return parsed


def iso_utc(value: Any, field: str) -> str | None:
    """Any timestamp the platforms use -> ``YYYY-MM-DDTHH:MM:SSZ`` (UTC); naive means UTC."""
    if value is None or value == "":
        return None
    if type(value) is str and _is_canonical(value):
        return value  # already YYYY-MM-DDTHH:MM:SSZ (and a real date: checked)
    try:
        dt = _parse_datetime(value)
    except (ValueError, TypeError, OverflowError, OSError):
        raise RecordProblem(f"unreadable date {value!r}", field) from None
    if dt.tzinfo is None:
        dt = dt.replace(tzinfo=UTC)
    dt = dt.astimezone(UTC)
    if dt.year < 1000:  # strftime does not zero-pad such years; keep its output
        return dt.strftime("%Y-%m-%dT%H:%M:%SZ")
    return f"{dt.year}-{dt.month:02d}-{dt.day:02d}T{dt.hour:02d}:{dt.minute:02d}:{dt.second:02d}Z"


_CANONICAL_RE = re.compile(r"[1-9]\d{3}-\d\d-\d\dT\d\d:\d\d:\d\dZ", re.ASCII)


def _is_canonical(s: str) -> bool:
    """``s`` is exactly ``YYYY-MM-DDTHH:MM:SSZ`` (year >= 1000) and a valid date-time."""
    if len(s) != 20 or s[19] != "Z" or s[10] != "T" or not _CANONICAL_RE.fullmatch(s):
        return False
    try:
        datetime.fromisoformat(s[:19])
    except ValueError:
        return False
    return True


@overload
def join_path(at: str, field: str) -> str: ...
@overload
def join_path(at: str, field: None) -> str | None: ...
def join_path(at: str, field: str | None) -> str | None:
    """``field`` (a JSON path inside the value at ``at``) as a path from where ``at`` starts:
    ``join_path("feed[4]", "post.record.text") == "feed[4].post.record.text"``. A marker such
    as ``<line>`` or ``<element>`` (the value could not be parsed at all) stays as it is."""
    if field is None:
        return at or None
    if not at or not field or field.startswith("<"):
        return field or at
    return f"{at}{field}" if field.startswith("[") else f"{at}.{field}"


def within(
    at: str, outs: Iterator[Post | Skip | RecordProblem]
) -> Iterator[Post | Skip | RecordProblem]:
    """``outs``, mapped from the value at ``at`` in the record: the field of any
    :class:`RecordProblem` it yields or raises becomes a path from the record's top."""
    try:
        for out in outs:
            if isinstance(out, RecordProblem):
                yield RecordProblem(out.reason, join_path(at, out.field))
            else:
                yield out
    except RecordProblem as problem:
        raise RecordProblem(problem.reason, join_path(at, problem.field)) from None


def each_item(
    items: list[Any], key: str, mapper: MapFn, ctx: Ctx
) -> Iterator[Post | Skip | RecordProblem]:
    """Map every item of a record holding many posts (``key`` names the list). An unreadable
    item is yielded as its :class:`RecordProblem`, its field prefixed with ``key[i]``, so
    that the other items are still read."""
    for i, item in enumerate(items):
        try:
            if not isinstance(item, dict):
                raise RecordProblem(f"expected an object, got {type(item).__name__}")
            yield from mapper(item, ctx)
        except RecordProblem as problem:
            yield RecordProblem(problem.reason, join_path(f"{key}[{i}]", problem.field))


def make_post(ctx: Ctx, rec: dict[str, Any], **kwargs: Any) -> Post:
    return Post(raw=rec if ctx.keep_raw else None, **kwargs)


def obj(value: Any) -> dict[str, Any]:
    """``value`` when it is a dict, else an empty dict."""
    return value if isinstance(value, dict) else {}
