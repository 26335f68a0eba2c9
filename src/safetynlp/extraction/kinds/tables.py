"""Markdown tables in long posts (spec section 1, "Threads, tables and lists").

Reddit effort-posts and Facebook notes set figures out as pipe tables::

    Offences involving a knife or sharp instrument, England and Wales (year ending March):

    | Year ending March | Offences |
    |---|---|
    | 2011 | 30,620 |

Each figure cell is a level. Its series, place and time come from the first of: the row's
label (the first cell), the column's header, the words just above the table (its caption).
A bare year under "year ending March" is that financial year; a column headed "Change"
holds changes between the two year columns beside it. The sentence readers never see a
table's cells: a row is no sentence.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date

from safetynlp.extraction import timex
from safetynlp.extraction.context import (
    Ctx,
    Periods,
    add,
    apply_hedge,
    hedge_before,
    interval,
)
from safetynlp.extraction.kinds.levels import SCREEN_RE as _SCREEN_RE
from safetynlp.extraction.kinds.levels import outcome_of, per_100k_factor, scaled
from safetynlp.extraction.lexicon import MetricMention, PlaceMention
from safetynlp.extraction.numbers import Quantity
from safetynlp.extraction.regex_cache import compile_re
from safetynlp.extraction.timex import Span, TimeRef

#: the line under a table's header: "|---|---|", "| :--- | ---: |", "---|---"
_SEPARATOR_RE = compile_re(r"[ \t]*\|?[ \t]*:?-{3,}:?[ \t]*(?:\|[ \t]*:?-{3,}:?[ \t]*)+\|?[ \t]*")
_YEAR_CELL_RE = compile_re(r"(?:19|20)\d\d(?:\s?[/-]\s?\d\d(?:\d\d)?)?")
#: "year ending March", "12 months to June", "financial year": the year-end a bare year in
#: the table stands for
_YEAR_END_RE = compile_re(
    r"\b(?:year|12\s+months|twelve\s+months)\s+(?:ending|to)\s+(?P<m>January|February|March|April|"
    r"May|June|July|August|September|October|November|December)\b|\b(?P<fy>financial\s+years?|FY)\b",
    re.I,
)
_OUTCOME_HEAD_RE = compile_re(r"\b(charge|charging|solve|clearance|detection)\s+rates?\b", re.I)
_RATE_WORDS_RE = compile_re(
    r"\bper\s+(?:100,?000|100k|capita|head|(?P<m>1m|million|1,?000,?000)|(?P<k>1,?000|thousand))\b"
    # (not an outcome's rate: "| Year | Offences | Charge rate |" counts offences)
    r"|(?<!charge\s)(?<!solve\s)(?<!clearance\s)(?<!detection\s)(?<!charging\s)\brates?\b",
    re.I,
)


def _rate_factor(text: str, start: int, end: int) -> float:
    """What a table's figures are multiplied by to be rates per 100,000: its header's base
    ("Knife crime, per 1,000 people:" x100; "per million" x0.1)."""
    return next(
        (
            per_100k_factor(m)
            for m in _RATE_WORDS_RE.finditer(text, start, end)
            if m.group("m") or m.group("k")
        ),
        1.0,
    )


_CHANGE_HEADER_RE = compile_re(r"\bchange\b|%\s*(?:up|down|diff)|\+/-|±", re.I)
#: a change column set against one year: "vs 2024", "on 2019", "change since 2019"
_VS_YEAR_HEADER_RE = compile_re(
    r"(?:(?:%\s*)?change\s+)?(?:vs\.?|versus|on|since|compared\s+(?:to|with))\s+"
    r"(?P<y>(?:19|20)\d\d(?:\s?[/-]\s?\d\d)?)",
    re.I,
)
#: a column of a part of a year: "H1 2021", "Q3 2020", "Jan 2024"
_PART_YEAR_CELL_RE = compile_re(
    rf"(?P<p>Q[1-4]|H[12]|{timex.MONTH_SRC}\.?)\s+(?P<y>(?:19|20)\d\d)", re.I
)
#: a column naming a year's end or part ("YE Jun 2024", "Q3 2021"): not the calendar year
_PART_OR_END_RE = compile_re(rf"\b(?:YE|FY|Q[1-4]|H[12]|{timex.MONTH_SRC})\b", re.I)
#: a row labelled by a part of the caption's year: "Q1", "H2", "January"
_PART_CELL_RE = compile_re(rf"Q(?P<q>[1-4])|H(?P<h>[12])|(?P<m>{timex.MONTH_SRC})\.?", re.I)
#: the words above the table reach back at most this far
_CAPTION_REACH = 600


@dataclass(frozen=True)
class Cell:
    start: int
    end: int


@dataclass(frozen=True)
class Table:
    #: from the header line's start to the last row's end
    start: int
    end: int
    header: tuple[Cell, ...]
    rows: tuple[tuple[Cell, ...], ...]


def may_hold_tables(text: str) -> bool:
    """A cheap first test: most posts have no table."""
    return "|" in text and ("---" in text or "\n|" in text or "\n |" in text)


def find_tables(text: str) -> list[Table]:
    """The pipe tables of a text, each with a header, a separator line and rows."""
    lines: list[tuple[int, int]] = []
    pos = 0
    for line in text.split("\n"):
        lines.append((pos, pos + len(line)))
        pos += len(line) + 1
    tables: list[Table] = []
    i = 1
    while i < len(lines):
        a, b = lines[i]
        ha, hb = lines[i - 1]
        separated = "|" in text[ha:hb] and _SEPARATOR_RE.fullmatch(text, a, b) is not None
        if (
            separated
            or _BARE_HEADER_RE.fullmatch(text, ha, hb)
            and _BARRED_ROW_RE.fullmatch(text, a, b)
        ):
            # ("| City | Rate |\n| Toronto | 1.5 |": a header of words between outer bars, rows
            # under it, and no separator line)
            header = _cells(text, ha, hb)
            rows = []
            j = i + 1 if separated else i
            while j < len(lines) and "|" in text[lines[j][0] : lines[j][1]]:
                rows.append(tuple(_cells(text, *lines[j])))
                j += 1
            if rows and len(header) >= 2:
                tables.append(Table(ha, lines[j - 1][1], tuple(header), tuple(rows)))
            i = j
        i += 1
    return tables


_A_YEAR_RE = compile_re(r"(?<!\d)(?:19|20)\d\d(?!\d)")
#: a header line written between outer bars, words only: "| City | Rate |"
# ("| City | Homicides 2023 |": a year in a header cell names the column's period)
_BARE_HEADER_RE = compile_re(
    r"[ \t]*\|(?:(?:[^|\d\n]|(?<=[A-Za-z]\s)(?:19|20)\d\d(?!\d))+\|){2,}[ \t]*"
)
#: a row between outer bars with a figure in it: "| Toronto | 1.5 |"
_BARRED_ROW_RE = compile_re(r"[ \t]*\|(?=[^\n]*\d)(?:[^|\n]+\|){2,}[ \t]*")


def _cells(text: str, start: int, end: int) -> list[Cell]:
    bars = [start - 1] + [k for k in range(start, end) if text[k] == "|"] + [end]
    cells = []
    for a, b in zip(bars, bars[1:], strict=False):
        piece = text[a + 1 : b]
        lead = len(piece) - len(piece.lstrip())
        cells.append(Cell(a + 1 + lead, a + 1 + len(piece.rstrip())))
    # ("| a | b |": the empty pieces outside the outer bars are no cells)
    if cells and cells[0].start == cells[0].end and text[start:end].lstrip().startswith("|"):
        cells = cells[1:]
    if cells and cells[-1].start == cells[-1].end and text[start:end].rstrip().endswith("|"):
        cells = cells[:-1]
    return cells


def table_levels(
    ctx: Ctx,
    table: Table,
    *,
    metrics: list[MetricMention],
    places: list[PlaceMention],
    times: list[TimeRef],
    quantities: list[Quantity],
) -> None:
    """Add a level (or a change, under a "Change" header) for each figure cell."""
    text = ctx.text
    cap_start = _caption_start(text, table.start, metrics)
    cap_metric = next(
        (
            mm
            for mm in reversed(metrics)
            if cap_start <= mm.start < table.start and mm.metric and mm.stat
        ),
        None,
    )
    cap_place = next(
        (p for p in reversed(places) if cap_start <= p.start < table.start and p.how != "entity"),
        None,
    ) or next((p for p in reversed(places) if cap_start <= p.start < table.start), None)
    cap_time = next(
        (
            t.span
            for t in reversed(times)
            if cap_start <= t.start < table.start and t.span is not None and t.kind == "period"
        ),
        None,
    )
    # ("Firearm discharges in London, 2022, by quarter": the year so far holds the quarters)
    cap_year = cap_time or next(
        (
            t.span
            for t in reversed(times)
            if cap_start <= t.start < table.start and t.span is not None and t.kind == "ytd"
        ),
        None,
    )
    framing = text[cap_start : table.start] + " " + " ".join(_text(text, c) for c in table.header)
    year_end = _YEAR_END_RE.search(framing)
    rate = _RATE_WORDS_RE.search(framing) is not None
    factor = _rate_factor(framing, 0, len(framing)) if rate else 1.0
    # ("Homicides so far this year, worst-hit boroughs:": the year so far, for rows of places)
    cap_ytd = next(
        (
            t.span
            for t in reversed(times)
            if cap_start <= t.start < table.start and t.span is not None and t.kind == "ytd"
        ),
        None,
    )
    default = cap_time or cap_ytd or timex.calendar_year(timex.latest_complete_year(ctx.ref))
    ctx.metrics = [mm for mm in metrics if cap_start <= mm.start < table.end]
    ctx.places = [p for p in places if p.start < table.end]
    ctx.times = []
    ctx.quantities = [q for q in quantities if table.start <= q.start < table.end]
    two_columns = len(table.header) == 2
    year_columns = [
        j
        for j, c in enumerate(table.header)
        if j
        and (
            _YEAR_CELL_RE.fullmatch(_text(text, c)) is not None
            or _PART_YEAR_CELL_RE.fullmatch(_text(text, c).strip()) is not None
        )
    ]
    if _SCREEN_RE.search(text, cap_start, table.start):
        return  # "Ranking Christie novels by body count": a story's deaths
    for row in table.rows:
        if not row:
            continue
        line = (row[0].start, row[-1].end)
        label = row[0]
        label_metric = _metric_in(metrics, label) or _metric_named(ctx, text, label)
        label_text = _text(text, label)
        # (under year columns, "| January | 8 | 6 |" is each column's January)
        label_part = bool(year_columns) and _PART_CELL_RE.fullmatch(label_text.strip()) is not None
        label_span = _span_of_year(label_text, year_end)
        if label_span is not None:
            # ("NYC shooting incidents, January to June:" over "| 2021 | 885 |": each year's
            # January to June)
            label_span = _in_column_year(label_span, None, cap_time)
        elif not year_columns:
            label_span = _part_of_year(label_text, cap_year)
        if (
            label_metric is None
            and _place_in(places, label) is None
            and label_span is None
            and not label_part
        ):
            # "| Total | 12,750 |" under five boroughs, "| Theft from the person | ... |"
            # under "recorded crime": a row that names no series, place or time of its own
            continue
        for j, cell in enumerate(row[1:], 1):
            head = table.header[j] if j < len(table.header) else None
            q = next((q for q in ctx.quantities if cell.start <= q.start < cell.end), None)
            vs_year = _VS_YEAR_HEADER_RE.fullmatch(_text(text, head)) if head else None
            if (
                q is None
                and head is not None
                and (vs_year is not None or _CHANGE_HEADER_RE.search(_text(text, head)))
            ):
                q = _signed_percent(text, cell)
            if q is None or _YEAR_CELL_RE.fullmatch(_text(text, cell)):
                continue
            metric = (
                label_metric
                or (_metric_in(metrics, head) if head else None)
                or (_metric_named(ctx, text, head) if head else None)
                or cap_metric
            )
            outcome = _OUTCOME_HEAD_RE.search(_text(text, head)) if head is not None else None
            if outcome is not None and metric is not None and q.kind == "percent":
                # ("| Year | Offences | Charge rate |" under "Rape in England and Wales": the
                # crime's charge rate)
                metric = outcome_of(
                    ctx, metric.metric or "", outcome.group(1).lower(), cell.start, cell.end
                )
            if metric is None:
                continue
            place = _place_in(places, label) or (_place_in(places, head) if head else None)
            if place is None:
                place = cap_place
            change = head is not None and (
                vs_year is not None or _CHANGE_HEADER_RE.search(_text(text, head)) is not None
            )
            # (a change cell's "+" or "-" is its sign, no hedge)
            hedge = None if change else hedge_before(ctx, q.start, window=q.start - cell.start)[0]
            lo, hi = apply_hedge(q.value, hedge)
            start, end = (label.start, cell.end) if two_columns else (cell.start, cell.end)
            info = ctx.lex.taxonomy.metrics.get(metric.metric or "")
            if change and q.kind == "percent" and vs_year is not None:
                # ("Robbery, 2025:\n| Borough | Offences | vs 2024 |": the caption's period
                # on the year the column names)
                baseline = timex.fy_or_year(vs_year.group("y").replace(" ", ""))
                period = label_span or default
                if baseline is None or period[0] > ctx.ref or baseline[0] >= period[0]:
                    continue
                if period[0].year == period[1].year and period != timex.calendar_year(
                    period[0].year
                ):
                    # ("| Q1 | 116,000 | +19% |" under "| Quarter | Offences | vs 2023 |": the
                    # same quarter of that year)
                    baseline = timex.shift_years(period, baseline[0].year - period[0].year)
                sign = -1.0 if _text(text, cell).lstrip().startswith(("-", "−", "–")) else 1.0
                kind, unit, periods = "change", "percent_change", Periods(period, baseline, True)
                lo, hi = sorted(sign * abs(v) if v is not None else 0.0 for v in (lo, hi))
            elif change and q.kind == "percent" and len(year_columns) == 2:
                spans = [
                    _in_column_year(
                        _span_of_year(_text(text, table.header[k]), year_end),
                        label_text if label_part else None,
                        cap_time or cap_ytd,
                    )
                    for k in year_columns
                ]
                if None in spans:
                    continue
                # ("| 2024 | 2023 | Change |": the earlier year is the baseline)
                before, after = sorted(s for s in spans if s is not None)
                sign = -1.0 if _text(text, cell).lstrip().startswith(("-", "−", "–")) else 1.0
                kind, unit, periods = "change", "percent_change", Periods(after, before, True)
                lo, hi = sorted(sign * abs(v) if v is not None else 0.0 for v in (lo, hi))
            elif (
                change
                and q.kind == "percent"
                # (no year in the header: "| YE Jun 2023 | YE Jun 2024 | Change |" compares
                # its own columns)
                and not any(_A_YEAR_RE.search(_text(text, c)) for c in table.header)
            ):
                # ("Knife crime offences by borough, year to June 2020:\n| Borough | Offences |
                # Change |": the change of the caption's period on the one before)
                period = label_span or default
                if period[0] > ctx.ref:
                    continue
                sign = -1.0 if _text(text, cell).lstrip().startswith(("-", "−", "–")) else 1.0
                kind, unit = "change", "percent_change"
                periods = Periods(period, timex.shift_years(period, -1), True)
                lo, hi = sorted(sign * abs(v) if v is not None else 0.0 for v in (lo, hi))
            else:
                if (change or q.kind == "percent") and (
                    info is None or info.unit != "percent" or q.kind != "percent"
                ):
                    continue  # a share of something the table does not say
                head_span = _span_of_year(_text(text, head), year_end) if head else None
                # ("| City | Homicides 2023 |": the year in the column's words)
                head_year = (
                    _A_YEAR_RE.search(_text(text, head))
                    if head and not head_span and not _PART_OR_END_RE.search(_text(text, head))
                    else None
                )
                period = (
                    label_span
                    or (_part_of_year(label_text, head_span) if label_part else None)
                    or _in_column_year(head_span, None, cap_time or cap_ytd)
                    or (timex.calendar_year(int(head_year.group(0))) if head_year else None)
                    or default
                )
                if period[0] > ctx.ref:
                    continue
                kind, periods = "level", Periods(period, None, True)
                unit = (
                    "percent"
                    if q.kind == "percent"
                    else "rate_per_100k"
                    if rate and (info is None or info.unit != "percent")
                    else "count"
                )
                if unit == "rate_per_100k":
                    lo, hi = scaled(lo, hi, factor)
            add(
                ctx,
                kind=kind,
                start=start,
                end=end,
                metric=metric,
                pos=q.start,
                clause=line,
                sent=line,
                value=interval(lo, hi),
                unit=unit,
                periods=periods,
                place=None if place is None else place.place,
                place_how=None if place is None else place.how,
            )


#: a change cell: "-6%", "+12.5%", "−18 %" (a sign the number reader leaves to ranges)
_SIGNED_PERCENT_RE = compile_re(r"[+\-−–]?\s*(?P<n>\d+(?:\.\d+)?)\s*%")


def _signed_percent(text: str, cell: Cell) -> Quantity | None:
    m = _SIGNED_PERCENT_RE.fullmatch(text, cell.start, cell.end)
    if m is None:
        return None
    return Quantity(m.start("n"), m.end(), float(m.group("n")), "percent", m.group(0))


def _text(text: str, cell: Cell) -> str:
    return text[cell.start : cell.end]


def _caption_start(text: str, table_start: int, metrics: list[MetricMention]) -> int:
    """Where the words above the table begin: the paragraph before it, or the one before
    that when the nearer one names no series ("I made a table:" under a title)."""
    floor = max(0, table_start - _CAPTION_REACH)
    para = text.rfind("\n\n", floor, max(floor, table_start - 1))
    start = para + 2 if para >= 0 else floor
    if not any(start <= mm.start < table_start and mm.stat and mm.metric for mm in metrics):
        earlier = text.rfind("\n\n", floor, max(floor, start - 2))
        start = earlier + 2 if earlier >= 0 else floor
    return start


def _metric_in(metrics: list[MetricMention], cell: Cell) -> MetricMention | None:
    return next(
        (mm for mm in metrics if cell.start <= mm.start < cell.end and mm.metric and mm.stat),
        None,
    )


def _metric_named(ctx: Ctx, text: str, cell: Cell) -> MetricMention | None:
    """A cell that is a series' name as the taxonomy spells it, singular or plural ("Homicide",
    "Knife crime"), for the labels the lexicon leaves to running text."""
    name = " ".join(_text(text, cell).lower().split())
    if not name:
        return None
    for candidate in (name, name + "s", name.removesuffix("s")):
        metric_id = _names_of(ctx).get(candidate)
        if metric_id is not None:
            info = ctx.lex.taxonomy.metrics[metric_id]
            return MetricMention(cell.start, cell.end, metric_id, info.family, name, True)
    return None


_NAMES: dict[int, dict[str, str]] = {}


def _names_of(ctx: Ctx) -> dict[str, str]:
    """Each series' label and aliases, lower-cased (built once per lexicon)."""
    names = _NAMES.get(id(ctx.lex))
    if names is None:
        names = {}
        for metric_id, info in ctx.lex.taxonomy.metrics.items():
            for name in (info.label, *info.aliases):
                names.setdefault(" ".join(name.lower().split()), metric_id)
        _NAMES[id(ctx.lex)] = names
    return names


def _place_in(places: list[PlaceMention], cell: Cell) -> PlaceMention | None:
    return next((p for p in places if cell.start <= p.start < cell.end), None)


def _span_of_year(token: str, year_end: re.Match[str] | None) -> Span | None:
    """ "2011" (under "year ending March": April 2010 to March 2011), "2010/11", "FY24"."""
    token = token.strip()
    part = _PART_YEAR_CELL_RE.fullmatch(token)
    if part is not None:
        # ("| H1 2020 | H1 2021 | Change |": a part of each column's year)
        return _part_of_year(part.group("p"), timex.calendar_year(int(part.group("y"))))
    if not _YEAR_CELL_RE.fullmatch(token) and not token.upper().startswith("FY"):
        return None
    if year_end is not None and re.fullmatch(r"(?:19|20)\d\d", token):
        year = int(token)
        if year_end.group("fy"):
            return timex.fy_or_year(f"{year - 1}/{str(year)[2:]}")
        month = timex.MONTHS[year_end.group("m").lower()]
        if month == 12:
            return timex.calendar_year(year)
        end = timex.month_span(year, month)[1]
        return date(year - 1, month + 1, 1), end
    return timex.fy_or_year(token)


def _in_column_year(year: Span | None, label: str | None, caption: Span | None) -> Span | None:
    """The span a figure under a year's column counts: the row's part of that year ("|
    October | 1,210 | 1,050 |" under "| Month | 2022 | 2023 |"), else the part of a year the
    caption names ("Met figures, January to July:" over "| | 2024 | 2025 |"), else the
    year."""
    if year is None:
        return None
    if label is not None:
        return _part_of_year(label, year)
    if (
        caption is not None
        and caption[0].year == caption[1].year
        and (caption[0].month, caption[0].day, caption[1].month, caption[1].day) != (1, 1, 12, 31)
        and year[0].year == year[1].year
        and (year[0].month, year[0].day, year[1].month, year[1].day) == (1, 1, 12, 31)
    ):
        return timex.shift_years(caption, year[0].year - caption[0].year)
    return year


def _part_of_year(token: str, year: Span | None) -> Span | None:
    """ "Q1" (under "Firearm discharges in London, 2022, by quarter"): that part of the
    caption's one year."""
    m = _PART_CELL_RE.fullmatch(token.strip())
    if m is None or year is None or year[0].year != year[1].year:
        return None
    span = timex.part_span(
        year[0].year,
        month=m.group("m"),
        quarter=int(m.group("q")) if m.group("q") else None,
        half=int(m.group("h")) if m.group("h") else None,
    )
    # (a part still to come in a year so far is no period of a figure)
    return span if span[0] <= year[1] else None


@dataclass(frozen=True)
class NameRow:
    """ "Lambeth | Southwark | Lewisham, knife crime 2022:\n~690 | ~610 | ~420": a header of
    places set side by side, then one figure for each, in the same order."""

    #: the header line's start and its colon
    head_start: int
    head_end: int
    #: from the first figure to the last
    start: int
    end: int
    places: tuple[PlaceMention, ...]


#: a separator between the names of a header or the figures under it
_ROW_SEP_RE = compile_re(r"[ \t]+[/|][ \t]+")
#: one figure of the row: "~690", "c.1,900", "1.2"
_ROW_FIGURE_RE = compile_re(r"(?:[~≈]|c\.\s?|approx\.?\s)?\d[\d,]*(?:\.\d+)?k?")
#: what may close the row: a source in brackets, a stop, the line's end
_ROW_END_RE = compile_re(r"(?:[ \t]*[(\[][^()\[\]\n]{1,30}[)\]])?[ \t]*(?:[.!?](?=\s|$)|(?=\n)|$)")


def may_hold_name_rows(text: str) -> bool:
    """A cheap first test: a separator used at least twice."""
    return text.count(" / ") + text.count(" | ") >= 2


def find_name_rows(text: str, places: list[PlaceMention]) -> list[NameRow]:
    rows: list[NameRow] = []
    for colon in (m.start() for m in re.finditer(r":", text)):
        line_start = text.rfind("\n", 0, colon) + 1
        row = _name_row(text, places, line_start, colon)
        if row is not None:
            rows.append(row)
    if " | " in text and "\n" in text:
        rows += _piped_name_rows(text, places)
    return rows


def _piped_name_rows(text: str, places: list[PlaceMention]) -> list[NameRow]:
    """ "Knife crime | Croydon / Lambeth / Southwark | YE Nov 2019\n~1,150 / ~1,250 / ~1,200":
    a field of a barred header that lists places, the line under it a figure for each."""
    rows = []
    pos = 0
    for line in text.split("\n"):
        start, end = pos, pos + len(line)
        pos = end + 1
        if " | " not in line or ":" in line:
            continue
        field_start = start
        for piece in line.split(" | "):
            field = (field_start, field_start + len(piece))
            field_start += len(piece) + 3
            named = [p for p in places if field[0] <= p.start < field[1] and p.end <= field[1]]
            if len(named) < 2 or text[field[0] : named[0].start].strip():
                continue
            if text[named[-1].end : field[1]].strip():
                continue  # the field is the names and nothing else
            if not _evenly_separated(text, named, _FIELD_SEP_RE):
                continue
            figures = _row_figures(text, end + 1, len(named)) if end < len(text) else None
            if figures is not None:
                rows.append(NameRow(start, end, figures[0], figures[1], tuple(named)))
    return rows


#: between two names of a barred header's field: "Croydon / Lambeth", "Met vs GMP"
_FIELD_SEP_RE = compile_re(r"[ \t]+(?:/|vs\.?|v\.?|versus)[ \t]+", re.I)


def _evenly_separated(text: str, named: list[PlaceMention], sep: re.Pattern[str]) -> bool:
    """Are the names one separator apart each, the same separator throughout?"""
    gaps = [text[a.end : b.start] for a, b in zip(named, named[1:], strict=False)]
    return all(sep.fullmatch(g) for g in gaps) and len({g.strip() for g in gaps}) == 1


def _row_figures(text: str, pos: int, k: int) -> tuple[int, int] | None:
    """Where ``k`` figures, one separator between each two, run from ``pos`` to a close."""
    first = pos
    for i in range(k):
        m = _ROW_FIGURE_RE.match(text, pos)
        if m is None:
            return None
        pos = m.end()
        if i < k - 1:
            sep = _ROW_SEP_RE.match(text, pos) or _FIELD_SEP_RE.match(text, pos)
            if sep is None:
                return None
            pos = sep.end()
    if _ROW_SEP_RE.match(text, pos) or not _ROW_END_RE.match(text, pos):
        return None  # more figures than names, or words that make the figures something else
    return first, pos


def _name_row(text: str, places: list[PlaceMention], start: int, colon: int) -> NameRow | None:
    named = [p for p in places if start <= p.start < colon and p.how != "entity"]
    if len(named) < 2 or text[start : named[0].start].strip(" \t•*▸-"):
        return None  # the names open the line
    if not _evenly_separated(text, named, _ROW_SEP_RE):
        return None
    if _ROW_SEP_RE.search(text, named[-1].end, colon):
        return None  # a further name the gazetteer does not know
    # the figures after the colon (on the same line or the next), one per name
    pos = colon + 1
    while pos < len(text) and text[pos] in " \t":
        pos += 1
    if pos < len(text) and text[pos] == "\n":
        pos += 1
    figures = _row_figures(text, pos, len(named))
    if figures is None:
        return None
    return NameRow(start, colon, figures[0], figures[1], tuple(named))


def row_series(
    row: NameRow, metrics: list[MetricMention], times: list[TimeRef]
) -> tuple[MetricMention, Span | None] | None:
    """The series the row's header names and its one period (None: none said); None when
    it names no series, or two periods (the figures are then a place's over time)."""
    metric = next(
        (
            mm
            for mm in metrics
            if row.head_start <= mm.start < row.head_end and mm.stat and mm.metric
        ),
        None,
    )
    spans = {
        t.span
        for t in times
        if row.head_start <= t.start < row.head_end and t.kind == "period" and t.span is not None
    }
    if metric is None or len(spans) > 1:
        return None
    return metric, next(iter(spans), None)


def name_row_levels(
    ctx: Ctx,
    row: NameRow,
    *,
    metrics: list[MetricMention],
    times: list[TimeRef],
    quantities: list[Quantity],
) -> None:
    """A level for each figure of the row: the place above it, the header's series and time."""
    text = ctx.text
    series = row_series(row, metrics, times)
    if series is None:
        return
    metric, span = series
    period = span or timex.calendar_year(timex.latest_complete_year(ctx.ref))
    if period[0] > ctx.ref or _SCREEN_RE.search(text, row.head_start, row.head_end):
        return
    info = ctx.lex.taxonomy.metrics.get(metric.metric or "")
    share = info is not None and info.unit == "percent"
    rate = _RATE_WORDS_RE.search(text, row.head_start, row.head_end) is not None
    factor = _rate_factor(text, row.head_start, row.head_end) if rate and not share else 1.0
    in_row = [q for q in quantities if row.start <= q.start < row.end]
    if len(in_row) != len(row.places):
        return
    ctx.metrics = [mm for mm in metrics if row.head_start <= mm.start < row.head_end]
    ctx.places = list(row.places)
    ctx.times = []
    ctx.quantities = in_row
    for place, q in zip(row.places, in_row, strict=True):
        if (q.kind == "percent") != share:
            return
        hedge, hstart = hedge_before(ctx, q.start)
        claim = add(
            ctx,
            kind="level",
            start=hstart,
            end=q.end,
            metric=metric,
            pos=q.start,
            clause=(row.start, row.end),
            sent=(row.start, row.end),
            value=interval(*scaled(*apply_hedge(q.value, hedge), factor)),
            unit="percent" if share else "rate_per_100k" if rate else "count",
            periods=Periods(period, None, True),
            place=place.place,
            place_how=place.how,
        )
        if claim is not None:
            ctx.placed.add(id(claim))
