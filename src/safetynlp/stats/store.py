"""The canonical store of official figures and the questions the verdict engine asks of it.

A figure is one published value with its provenance (:class:`~safetynlp.types.OfficialFigure`).
Several figures may exist for one (metric, geography, period): revisions and publishers
disagree, and every version is kept (spec section 2). The store never picks one; it returns
them all and :meth:`StatsStore.interval` turns them into ``[min, max]``.

Files (CSV or Parquet) share one schema, see ``corpora/README.md``::

    figure_id,metric,geography,geography_label,period_start,period_end,value,unit,
    source_publisher,source_title,source_url,source_date,notes

``figure_id``, ``geography_label``, ``source_date`` and ``notes`` are optional in user files.
Blank ``period_start``/``period_end`` mean the period is unknown: such figures are kept (and
shown by :meth:`StatsStore.undated`) but never matched to a period.
"""

from __future__ import annotations

import csv
import difflib
import io
import math
import os
from collections import defaultdict
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from datetime import date
from functools import cache
from pathlib import Path
from typing import IO, Any

from safetynlp.errors import MissingDependencyError, StatsValidationError
from safetynlp.stats.periods import (
    DatePeriod,
    calendar_year,
    classify_period,
    financial_year,
    format_period,
    months_in,
    previous_period,
)
from safetynlp.taxonomy import Taxonomy, corpus_path, load_taxonomy
from safetynlp.types import OfficialFigure, parse_date

UNITS: tuple[str, ...] = ("count", "rate_per_100k", "percent", "percent_change")

FIGURE_COLUMNS: tuple[str, ...] = (
    "figure_id",
    "metric",
    "geography",
    "geography_label",
    "period_start",
    "period_end",
    "value",
    "unit",
    "source_publisher",
    "source_title",
    "source_url",
    "source_date",
    "notes",
)
REQUIRED_COLUMNS: tuple[str, ...] = (
    "metric",
    "geography",
    "period_start",
    "period_end",
    "value",
    "unit",
    "source_publisher",
    "source_title",
    "source_url",
)
#: how many row problems one StatsFileError lists in its message
MAX_LISTED_ERRORS = 20

DateLike = date | str
PeriodLike = tuple[DateLike, DateLike]


class StatsFileError(StatsValidationError):
    """One or more rows of a statistics file failed validation.

    ``problems`` holds one :class:`StatsValidationError` per bad field (file, line, field,
    fix); the message lists the first :data:`MAX_LISTED_ERRORS` so a user fixes them in one go.
    """

    def __init__(self, path: str, problems: list[StatsValidationError]) -> None:
        self.problems = problems
        first = problems[0]
        lines = [f"  line {p.line}, field {p.field!r}: {p.reason}" for p in problems]
        shown = lines[:MAX_LISTED_ERRORS]
        if len(lines) > MAX_LISTED_ERRORS:
            shown.append(f"  ... and {len(lines) - MAX_LISTED_ERRORS} more")
        fixes = sorted({p.fix for p in problems if p.fix})
        super().__init__(
            f"{len(problems)} problem(s) in the statistics file:\n" + "\n".join(shown),
            path=path,
            line=first.line,
            field=first.field,
            fix="; ".join(fixes[:5]) if fixes else None,
        )


@dataclass(frozen=True, slots=True)
class ExtremumResult:
    """Answer of :meth:`StatsStore.extremum`.

    ``holds`` is lenient with conflicting figures: true when some choice of the published
    values makes the period's value the min (max) over the window; ties count. It is False
    when the store has no value for ``period`` (then ``values`` is empty).
    """

    holds: bool
    direction: str
    period: DatePeriod
    period_type: str
    values: tuple[float, ...]
    window_periods: tuple[DatePeriod, ...]
    missing_periods: tuple[DatePeriod, ...]
    series_start: date | None
    #: the window periods whose values beat the claim's period on every choice of values
    counterexamples: tuple[DatePeriod, ...] = ()
    figures: tuple[OfficialFigure, ...] = field(default=())


@dataclass(frozen=True, slots=True)
class _Entry:
    figure: OfficialFigure
    start: date | None
    end: date | None
    published: date | None


def _as_date(value: DateLike) -> date:
    d = parse_date(value)
    if d is None:
        raise ValueError(f"not a date: {value!r}")
    return d


def _as_period(period: PeriodLike) -> DatePeriod:
    return _as_date(period[0]), _as_date(period[1])


def _fmt_num(v: float) -> str:
    if float(v).is_integer():
        return f"{int(v):,}"
    return f"{v:,.4g}" if abs(v) < 1000 else f"{v:,.2f}"


# --------------------------------------------------------------------------- validation


def _suggest(value: str, known: Iterable[str]) -> str:
    close = difflib.get_close_matches(value, list(known), n=3, cutoff=0.6)
    return f" (did you mean {', '.join(close)}?)" if close else ""


def _validate_row(
    row: dict[str, Any],
    *,
    path: str,
    line: int,
    taxonomy: Taxonomy,
    default_id: str,
) -> tuple[OfficialFigure | None, list[StatsValidationError]]:
    errs: list[StatsValidationError] = []

    def err(fld: str, message: str, fix: str) -> None:
        errs.append(StatsValidationError(message, path=path, line=line, field=fld, fix=fix))

    def text(key: str) -> str:
        v = row.get(key)
        if v is None:
            return ""
        if isinstance(v, float) and math.isnan(v):
            return ""
        if isinstance(v, date):
            return v.isoformat()
        return str(v).strip()

    metric = text("metric")
    if metric not in taxonomy.metrics:
        err(
            "metric",
            f"unknown metric {metric!r}{_suggest(metric, taxonomy.metrics)}",
            "use a metric id from corpora/metrics.json, or add the metric there",
        )
    geography = text("geography")
    if geography not in taxonomy.places:
        err(
            "geography",
            f"unknown place {geography!r}{_suggest(geography, taxonomy.places)}",
            "use a place id from corpora/places.json, or add the place there",
        )
    unit = text("unit")
    if unit not in UNITS:
        err(
            "unit",
            f"unknown unit {unit!r}",
            f"use one of {', '.join(UNITS)}",
        )
    raw_value = row.get("value")
    value: float | None = None
    if isinstance(raw_value, int | float) and not isinstance(raw_value, bool):
        value = float(raw_value)
    else:
        try:
            value = float(text("value"))
        except ValueError:
            value = None
    if value is None or not math.isfinite(value):
        err(
            "value",
            f"value {text('value')!r} is not a number",
            "write a plain number such as 1350 or 1.07 (no thousands separators, units or %)",
        )
        value = None

    dates: dict[str, date | None] = {}
    for key in ("period_start", "period_end", "source_date"):
        s = text(key)
        if not s:
            dates[key] = None
            continue
        try:
            if len(s) != 10:
                raise ValueError(s)
            dates[key] = date.fromisoformat(s)
        except ValueError:
            dates[key] = None
            err(
                key,
                f"bad date {s!r}",
                "write dates as YYYY-MM-DD, e.g. 2025-12-31"
                + (
                    "; leave both period ends blank if the period is unknown"
                    if key != "source_date"
                    else ""
                ),
            )
    start, end = dates["period_start"], dates["period_end"]
    if bool(text("period_start")) != bool(text("period_end")):
        missing = "period_end" if text("period_start") else "period_start"
        err(
            missing,
            "only one end of the period is given",
            "give both period_start and period_end, or leave both blank if the period is unknown",
        )
    if start is not None and end is not None and end < start:
        err(
            "period_end",
            f"period ends ({end}) before it starts ({start})",
            "swap period_start and period_end",
        )
    if not text("source_publisher"):
        err(
            "source_publisher",
            "source_publisher is empty",
            "name who published the figure; every official figure needs its provenance",
        )
    if errs or value is None:
        return None, errs
    place = taxonomy.places[geography]
    return (
        OfficialFigure(
            figure_id=text("figure_id") or default_id,
            metric=metric,
            geography=geography,
            period_start=start.isoformat() if start else None,
            period_end=end.isoformat() if end else None,
            value=value,
            unit=unit,
            source_publisher=text("source_publisher"),
            source_title=text("source_title"),
            source_url=text("source_url"),
            geography_label=text("geography_label") or place.name,
            source_date=dates["source_date"].isoformat() if dates["source_date"] else None,
            notes=text("notes"),
        ),
        [],
    )


def validate_records(
    records: Iterable[tuple[int, dict[str, Any]]],
    columns: Sequence[str],
    *,
    path: str,
    taxonomy: Taxonomy | None = None,
) -> list[OfficialFigure]:
    """Validate ``(line, row)`` pairs; raise one :class:`StatsFileError` listing every problem."""
    tax = taxonomy or load_taxonomy()
    missing = [c for c in REQUIRED_COLUMNS if c not in columns]
    if missing:
        raise StatsFileError(
            path,
            [
                StatsValidationError(
                    f"missing column {c!r}",
                    path=path,
                    line=1,
                    field=c,
                    fix="the header needs " + ",".join(REQUIRED_COLUMNS),
                )
                for c in missing
            ],
        )
    stem = Path(path).stem
    figures: list[OfficialFigure] = []
    problems: list[StatsValidationError] = []
    seen_ids: dict[str, int] = {}
    for line, row in records:
        fig, errs = _validate_row(
            row, path=path, line=line, taxonomy=tax, default_id=f"{stem}:{line}"
        )
        if fig is not None:
            if fig.figure_id in seen_ids:
                problems.append(
                    StatsValidationError(
                        f"figure_id {fig.figure_id!r} already used on line {seen_ids[fig.figure_id]}",
                        path=path,
                        line=line,
                        field="figure_id",
                        fix="give every row its own figure_id, or leave figure_id blank",
                    )
                )
                continue
            seen_ids[fig.figure_id] = line
            figures.append(fig)
        problems.extend(errs)
    if problems:
        raise StatsFileError(path, problems)
    return figures


def read_figures_csv(
    source: str | os.PathLike[str] | IO[str], *, name: str | None = None
) -> list[OfficialFigure]:
    """Read and validate a figures CSV (a path or an open text file)."""
    if isinstance(source, str | os.PathLike):
        path = str(source)
        try:
            fh: IO[str] = open(source, encoding="utf-8-sig", newline="")  # noqa: SIM115
        except OSError as exc:
            raise StatsValidationError(
                f"cannot read the file ({exc.strerror})", path=path, fix="check the path"
            ) from exc
        with fh:
            return _read_csv_handle(fh, path)
    return _read_csv_handle(source, str(name or getattr(source, "name", None) or "<stream>"))


def _read_csv_handle(fh: IO[str], path: str) -> list[OfficialFigure]:
    reader = csv.DictReader(fh)
    columns = [c.strip() for c in (reader.fieldnames or [])]
    reader.fieldnames = columns

    def records() -> Iterator[tuple[int, dict[str, Any]]]:
        start = reader.line_num + 1  # a record's first physical line (quoted newlines span more)
        for row in reader:
            yield start, row
            start = reader.line_num + 1

    return validate_records(records(), columns, path=path)


def read_figures_parquet(path: str | os.PathLike[str]) -> list[OfficialFigure]:
    """Read and validate a figures Parquet file (needs the ``parquet`` extra)."""
    try:
        import pyarrow.parquet as pq
    except ImportError as exc:  # pragma: no cover - depends on the environment
        raise MissingDependencyError("pyarrow", "parquet") from exc
    try:
        table = pq.read_table(str(path))
    except Exception as exc:
        raise StatsValidationError(
            f"cannot read the Parquet file ({exc})", path=str(path), fix="check the file"
        ) from exc
    rows = table.to_pylist()
    return validate_records(
        ((i + 1, row) for i, row in enumerate(rows)), table.column_names, path=str(path)
    )


def read_figures(path: str | os.PathLike[str]) -> list[OfficialFigure]:
    """Read one file (``.csv`` or ``.parquet``) or every such file under a directory."""
    p = Path(path)
    if p.is_dir():
        files = sorted(
            f for f in p.rglob("*") if f.is_file() and f.suffix.lower() in (".csv", ".parquet")
        )
        if not files:
            raise StatsValidationError(
                "the directory holds no .csv or .parquet file",
                path=str(p),
                fix="point at a figures file or a directory of them",
            )
        out: list[OfficialFigure] = []
        for f in files:
            out.extend(read_figures(f))
        return out
    if not p.exists():
        raise StatsValidationError("no such file", path=str(p), fix="check the path")
    if p.suffix.lower() in (".parquet", ".pq"):
        return read_figures_parquet(p)
    return read_figures_csv(p)


def figure_row(fig: OfficialFigure) -> dict[str, str]:
    v = fig.value
    value = str(int(v)) if float(v).is_integer() else repr(float(v))
    return {
        "figure_id": fig.figure_id,
        "metric": fig.metric,
        "geography": fig.geography,
        "geography_label": fig.geography_label,
        "period_start": fig.period_start or "",
        "period_end": fig.period_end or "",
        "value": value,
        "unit": fig.unit,
        "source_publisher": fig.source_publisher,
        "source_title": fig.source_title,
        "source_url": fig.source_url,
        "source_date": fig.source_date or "",
        "notes": fig.notes,
    }


def write_figures_csv(figures: Iterable[OfficialFigure], out: IO[str]) -> int:
    """Write figures in the corpus schema; returns the number of rows."""
    writer = csv.DictWriter(out, fieldnames=list(FIGURE_COLUMNS), lineterminator="\n")
    writer.writeheader()
    n = 0
    for fig in figures:
        writer.writerow(figure_row(fig))
        n += 1
    return n


# --------------------------------------------------------------------------- the store


@cache
def _default_figures() -> tuple[OfficialFigure, ...]:
    text = corpus_path("figures.csv").read_text(encoding="utf-8")
    return tuple(read_figures_csv(io.StringIO(text), name="corpora/figures.csv"))


class StatsStore:
    """Official figures indexed by (metric, geography) and period."""

    def __init__(self, figures: Iterable[OfficialFigure] = ()) -> None:
        self._figures: list[OfficialFigure] = list(figures)
        self._by_key: dict[tuple[str, str], list[_Entry]] = defaultdict(list)
        for fig in self._figures:
            self._by_key[(fig.metric, fig.geography)].append(
                _Entry(
                    fig,
                    parse_date(fig.period_start),
                    parse_date(fig.period_end),
                    parse_date(fig.source_date),
                )
            )
        # series that hold monthly counts; only these can be summed into longer periods
        # the store never changes after construction, so answers can be reused
        self._extremum_cache: dict[tuple[Any, ...], ExtremumResult] = {}
        self._monthly_count: dict[tuple[str, str], int] = {}
        for key, entries in self._by_key.items():
            months = {
                e.start
                for e in entries
                if e.start is not None
                and e.end is not None
                and e.figure.unit == "count"
                and classify_period(e.start, e.end) == "monthly"
            }
            if months:
                self._monthly_count[key] = len(months)

    # construction -------------------------------------------------------------------

    @classmethod
    def default(cls) -> StatsStore:
        """The shipped corpus (``corpora/figures.csv``), loaded once."""
        return _default_store()

    @classmethod
    def load(cls, *paths: str | os.PathLike[str], include_default: bool = True) -> StatsStore:
        """The shipped corpus (unless ``include_default=False``) plus user files/directories.

        Every row is validated; a bad file raises :class:`StatsFileError` listing its problems.
        """
        figures: list[OfficialFigure] = list(_default_figures()) if include_default else []
        for p in paths:
            figures.extend(read_figures(p))
        return cls(figures)

    @property
    def figures(self) -> list[OfficialFigure]:
        return list(self._figures)

    def __len__(self) -> int:
        return len(self._figures)

    def __repr__(self) -> str:
        return f"StatsStore({len(self)} figures)"

    # basic lookups -----------------------------------------------------------------

    def _entries(self, metric: str, geography: str, as_of: DateLike | None) -> list[_Entry]:
        entries = self._by_key.get((metric, geography), [])
        if as_of is None:
            return entries
        cut = _as_date(as_of)
        return [e for e in entries if e.published is None or e.published <= cut]

    def has_series(self, metric: str, geography: str) -> bool:
        """Whether the store holds any figure for this metric and place."""
        return bool(self._by_key.get((metric, geography)))

    def undated(self, metric: str, geography: str) -> list[OfficialFigure]:
        """Figures whose period the source does not give (never matched to a period)."""
        return [e.figure for e in self._by_key.get((metric, geography), []) if e.start is None]

    def _exact(
        self, metric: str, geography: str, start: date, end: date, as_of: DateLike | None
    ) -> list[OfficialFigure]:
        return [
            e.figure
            for e in self._entries(metric, geography, as_of)
            if e.start == start and e.end == end
        ]

    def query(
        self,
        metric: str,
        geography: str,
        start: DateLike,
        end: DateLike,
        *,
        as_of: DateLike | None = None,
    ) -> list[OfficialFigure]:
        """Figures for exactly ``(start, end)``.

        If there are none and the period is whole months, count figures of every month in it
        are summed (only when every month is present); conflicting monthly values give two
        derived figures, the min-sum and the max-sum. ``as_of`` drops figures published after
        that date (figures with no ``source_date`` are kept).
        """
        s, e = _as_date(start), _as_date(end)
        exact = self._exact(metric, geography, s, e, as_of)
        if exact:
            return exact
        return self._aggregate_months(metric, geography, s, e, as_of)

    def _aggregate_months(
        self, metric: str, geography: str, start: date, end: date, as_of: DateLike | None
    ) -> list[OfficialFigure]:
        have = self._monthly_count.get((metric, geography), 0)
        needed = (end.year - start.year) * 12 + end.month - start.month + 1
        if have < max(2, needed):
            return []
        months = months_in(start, end)
        if len(months) < 2:
            return []
        by_period: dict[DatePeriod, list[OfficialFigure]] = defaultdict(list)
        for e in self._entries(metric, geography, as_of):
            if e.start is not None and e.end is not None and e.figure.unit == "count":
                by_period[(e.start, e.end)].append(e.figure)
        parts: list[list[OfficialFigure]] = []
        for m in months:
            figs = by_period.get(m)
            if not figs:
                return []
            parts.append(figs)
        lo = sum(min(f.value for f in figs) for figs in parts)
        hi = sum(max(f.value for f in figs) for figs in parts)
        used = [f for figs in parts for f in figs]
        publishers = list(dict.fromkeys(f.source_publisher for f in used))
        titles = list(dict.fromkeys(f.source_title for f in used))
        urls = list(dict.fromkeys(f.source_url for f in used))
        dates = [d for d in (parse_date(f.source_date) for f in used) if d is not None]
        label = format_period((start, end))
        conflicts = sum(1 for figs in parts if len({f.value for f in figs}) > 1)
        base_note = (
            f"Derived: sum of {len(months)} monthly figures "
            f"{format_period(months[0])}..{format_period(months[-1])} for {label}"
            f" (figure ids {used[0].figure_id} .. {used[-1].figure_id})"
        )
        variants: list[tuple[str, float, str]]
        if lo == hi:
            variants = [("", lo, base_note + ".")]
        else:
            variants = [
                (
                    ":min",
                    lo,
                    f"{base_note}; {conflicts} month(s) have conflicting values, "
                    "this is the sum of the lowest value of each month.",
                ),
                (
                    ":max",
                    hi,
                    f"{base_note}; {conflicts} month(s) have conflicting values, "
                    "this is the sum of the highest value of each month.",
                ),
            ]
        first = used[0]
        return [
            OfficialFigure(
                figure_id=f"derived:sum:{metric}:{geography}:{start}..{end}{suffix}",
                metric=metric,
                geography=geography,
                period_start=start.isoformat(),
                period_end=end.isoformat(),
                value=value,
                unit="count",
                source_publisher="; ".join(publishers),
                source_title="; ".join(titles),
                source_url=" ".join(urls),
                geography_label=first.geography_label,
                source_date=max(dates).isoformat() if dates else None,
                notes=note,
            )
            for suffix, value, note in variants
        ]

    # series --------------------------------------------------------------------------

    def series(
        self,
        metric: str,
        geography: str,
        *,
        period_type: str | None = None,
        as_of: DateLike | None = None,
    ) -> list[tuple[DatePeriod, list[OfficialFigure]]]:
        """Figures grouped by period, sorted by period start (then end).

        ``period_type`` keeps one kind of period (see
        :func:`~safetynlp.stats.periods.classify_period`). For ``calendar`` and ``financial``
        the years that only exist as monthly figures are added as derived sums (see
        :meth:`query`), so a series imported month by month can answer yearly questions.
        """
        groups: dict[DatePeriod, list[OfficialFigure]] = defaultdict(list)
        monthly: list[date] = []
        for e in self._entries(metric, geography, as_of):
            if e.start is None or e.end is None:
                continue
            kind = classify_period(e.start, e.end)
            if kind == "monthly":
                monthly.append(e.start)
            if period_type is None or kind == period_type:
                groups[(e.start, e.end)].append(e.figure)
        if period_type in ("calendar", "financial") and monthly:
            first, last = min(monthly), max(monthly)
            make = calendar_year if period_type == "calendar" else financial_year
            for year in range(first.year - 1, last.year + 1):
                p = make(year)
                if p in groups or p[0] < first or p[1] < p[0]:
                    continue
                derived = self._aggregate_months(metric, geography, p[0], p[1], as_of)
                if derived:
                    groups[p] = derived
        return sorted(groups.items(), key=lambda kv: kv[0])

    def latest_complete_period(
        self,
        metric: str,
        geography: str,
        as_of: DateLike,
        *,
        period_type: str = "calendar",
        published_by: DateLike | None = None,
    ) -> DatePeriod | None:
        """The latest period of that type that ended before ``as_of`` and has a value in the
        store. ``as_of`` is the reference date (a post's date); it does not drop figures
        published later unless ``published_by`` is given (then figures whose ``source_date``
        is after it are ignored, as ``as_of`` does in :meth:`query`)."""
        cut = _as_date(as_of)
        ended = [
            p
            for p, _ in self.series(metric, geography, period_type=period_type, as_of=published_by)
            if p[1] < cut
        ]
        return max(ended, key=lambda p: (p[1], p[0])) if ended else None

    # population and rates ------------------------------------------------------------

    def population(
        self, geography: str, year: int, *, as_of: DateLike | None = None
    ) -> list[OfficialFigure]:
        """Population figures for ``year``: point estimates dated in that year (mid-year
        estimates, census days) and figures for the whole calendar year."""
        tax = load_taxonomy()
        out: list[OfficialFigure] = []
        for e in self._entries(tax.population_metric, geography, as_of):
            if e.start is None or e.end is None:
                continue
            if (e.start == e.end and e.start.year == year) or (e.start, e.end) == calendar_year(
                year
            ):
                out.append(e.figure)
        return out

    def _rate_and_count_ids(self, metric: str) -> tuple[str | None, str | None]:
        tax = load_taxonomy()
        m = tax.metric(metric)
        if m is None:
            return None, metric
        if m.unit == "rate_per_100k":
            count = next((c.id for c in tax.metrics.values() if c.rate_metric == metric), m.parent)
            return metric, count
        return m.rate_metric, metric

    def rates_per_100k(
        self,
        metric: str,
        geography: str,
        start: DateLike,
        end: DateLike,
        *,
        as_of: DateLike | None = None,
    ) -> list[OfficialFigure]:
        """Rates per 100,000 for exactly ``(start, end)``: the published rate series
        (``Metric.rate_metric``) plus rates derived from every count x every population
        figure for the period's year (the year holding the period's midpoint).

        ``metric`` may be the count metric (``homicides``) or the rate metric
        (``homicide_rate``).
        """
        s, e = _as_date(start), _as_date(end)
        rate_id, count_id = self._rate_and_count_ids(metric)
        out: list[OfficialFigure] = []
        if rate_id is not None:
            out.extend(
                f for f in self._exact(rate_id, geography, s, e, as_of) if f.unit == "rate_per_100k"
            )
        if count_id is None:
            return out
        counts = [
            f for f in self.query(count_id, geography, s, e, as_of=as_of) if f.unit == "count"
        ]
        if not counts:
            return out
        mid = s + (e - s) / 2
        pops = [p for p in self.population(geography, mid.year, as_of=as_of) if p.value > 0]
        for c in counts:
            for p in pops:
                value = c.value * 100_000 / p.value
                dates = [d for d in (parse_date(c.source_date), parse_date(p.source_date)) if d]
                pop_when = (
                    p.period_start
                    if p.period_start == p.period_end
                    else f"{p.period_start}..{p.period_end}"
                )
                out.append(
                    OfficialFigure(
                        figure_id=f"derived:rate:{c.figure_id}/{p.figure_id}",
                        metric=rate_id or count_id,
                        geography=geography,
                        period_start=s.isoformat(),
                        period_end=e.isoformat(),
                        value=value,
                        unit="rate_per_100k",
                        source_publisher=c.source_publisher,
                        source_title=c.source_title,
                        source_url=c.source_url,
                        geography_label=c.geography_label,
                        source_date=max(dates).isoformat() if len(dates) == 2 else None,
                        notes=(
                            f"Derived: {_fmt_num(c.value)} {count_id} x 100,000 / "
                            f"{_fmt_num(p.value)} population = {value:.4f} per 100k. "
                            f"Count: {c.figure_id} ({c.source_publisher}, {c.source_title}). "
                            f"Population ({pop_when}): {p.figure_id} ({p.source_publisher}, "
                            f"{p.source_title}, {p.source_url})."
                        ),
                    )
                )
        return out

    # arithmetic ----------------------------------------------------------------------

    @staticmethod
    def interval(figures: Iterable[OfficialFigure]) -> tuple[float, float]:
        """``(min, max)`` of the figures' values; ValueError when there are none."""
        values = [f.value for f in figures]
        if not values:
            raise ValueError("no figures to take an interval of")
        return min(values), max(values)

    def percent_change(
        self,
        metric: str,
        geography: str,
        period: PeriodLike,
        baseline: PeriodLike,
        *,
        as_of: DateLike | None = None,
    ) -> tuple[float, float] | None:
        """Min and max percent change from ``baseline`` to ``period`` over every combination
        of the two periods' values; None when either has no value (or every baseline is 0)."""
        p, b = _as_period(period), _as_period(baseline)
        now = self.query(metric, geography, p[0], p[1], as_of=as_of)
        then = self.query(metric, geography, b[0], b[1], as_of=as_of)
        changes = [
            (n.value - t.value) / abs(t.value) * 100 for n in now for t in then if t.value != 0
        ]
        if not changes:
            return None
        return min(changes), max(changes)

    def extremum(
        self,
        metric: str,
        geography: str,
        period: PeriodLike,
        *,
        window: int | None = None,
        direction: str = "min",
        period_type: str | None = None,
        as_of: DateLike | None = None,
    ) -> ExtremumResult:
        """Is ``period``'s value the min (max) over the ``window`` previous periods of the same
        type (None = every earlier period in the store)? Ties count, and with conflicting
        figures it holds when some choice of values makes it hold."""
        if direction not in ("min", "max"):
            raise ValueError(f"direction must be 'min' or 'max', not {direction!r}")
        target = _as_period(period)
        key = (metric, geography, target, window, direction, period_type, as_of)
        cached = self._extremum_cache.get(key)
        if cached is not None:
            return cached
        result = self._extremum(metric, geography, target, window, direction, period_type, as_of)
        self._extremum_cache[key] = result
        return result

    def _extremum(
        self,
        metric: str,
        geography: str,
        target: DatePeriod,
        window: int | None,
        direction: str,
        period_type: str | None,
        as_of: DateLike | None,
    ) -> ExtremumResult:
        ptype = period_type or classify_period(*target)
        series = self.series(metric, geography, period_type=ptype, as_of=as_of)
        by_period = dict(series)
        figs = by_period.get(target) or self.query(metric, geography, *target, as_of=as_of)
        values = tuple(sorted({f.value for f in figs}))
        earlier = [p for p, _ in series if p[1] < target[0]]
        series_start = series[0][0][0] if series else None
        regular = ptype in ("calendar", "financial", "monthly")
        if window is not None:
            if regular:
                expected = [previous_period(target, k) for k in range(window, 0, -1)]
            else:
                expected = earlier[-window:]
        elif regular and earlier:
            expected = []
            k = 1
            while True:
                p = previous_period(target, k)
                if p[0] < earlier[0][0]:
                    break
                expected.append(p)
                k += 1
            expected.reverse()
        else:
            expected = list(earlier)
        present = [p for p in expected if p in by_period]
        missing = [p for p in expected if p not in by_period]
        against: list[DatePeriod] = []
        if values:
            best = values[0] if direction == "min" else values[-1]
            for p in present:
                pv = [f.value for f in by_period[p]]
                if (direction == "min" and max(pv) < best) or (
                    direction == "max" and min(pv) > best
                ):
                    against.append(p)
        used = list(figs) + [f for p in present for f in by_period[p]]
        return ExtremumResult(
            holds=bool(values) and not against,
            direction=direction,
            period=target,
            period_type=ptype,
            values=values,
            window_periods=tuple(present),
            missing_periods=tuple(missing),
            series_start=series_start,
            counterexamples=tuple(against),
            figures=tuple(used),
        )


@cache
def _default_store() -> StatsStore:
    return StatsStore(_default_figures())
