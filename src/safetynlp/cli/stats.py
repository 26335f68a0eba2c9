"""``safetynlp stats``: import official tables, show a series, validate a figures file.

Data goes to stdout, messages to stderr. Exit codes: 0 success, 1 the job ran but found a
problem (invalid rows, no figures), 2 bad usage or unreadable input.
"""

from __future__ import annotations

import json
import sys
from datetime import date
from pathlib import Path

import typer

from safetynlp.errors import StatsValidationError
from safetynlp.stats.importers import IMPORTERS, SkipLog
from safetynlp.stats.periods import PERIOD_TYPES, classify_period, format_period
from safetynlp.stats.store import StatsFileError, StatsStore, read_figures, write_figures_csv
from safetynlp.taxonomy import load_taxonomy
from safetynlp.types import parse_date

stats_app = typer.Typer(
    name="stats",
    help="Official figures: import publications, show a series, validate a figures file.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
)


def _err(message: str) -> None:
    typer.echo(message, err=True)


def _fmt(v: float) -> str:
    return f"{int(v):,}" if float(v).is_integer() else f"{v:,.4g}"


@stats_app.command("import")
def import_cmd(
    kind: str = typer.Argument(..., help=f"publication: {', '.join(IMPORTERS)}"),
    input_path: Path = typer.Argument(..., metavar="INPUT", help="the raw table as published"),
    output: str = typer.Option(..., "-o", "--output", help="figures CSV to write; - = stdout"),
    force: bool = typer.Option(False, "--force", help="overwrite OUTPUT if it exists"),
) -> None:
    """Turn a published table into figures (corpus schema, provenance filled)."""
    importer = IMPORTERS.get(kind)
    if importer is None:
        _err(f"unknown KIND {kind!r}. Fix: use one of {', '.join(IMPORTERS)}")
        raise typer.Exit(2)
    if output != "-" and Path(output).exists() and not force:
        _err(f"{output} already exists. Fix: pass --force to overwrite it.")
        raise typer.Exit(2)
    log = SkipLog()
    try:
        figures = importer(input_path, skipped=log)
    except StatsValidationError as exc:
        _err(str(exc))
        raise typer.Exit(2) from None
    if output == "-":
        write_figures_csv(figures, sys.stdout)
    else:
        out = Path(output)
        tmp = out.with_name(out.name + ".tmp")
        with tmp.open("w", encoding="utf-8", newline="") as fh:
            write_figures_csv(figures, fh)
        tmp.replace(out)
    _err(f"imported {len(figures)} figures from {input_path} ({kind}) -> {output}")
    for line in log.lines()[:20]:
        _err(f"  skipped {line}")
    if len(log.lines()) > 20:
        _err(f"  ... and {len(log.lines()) - 20} more kinds of skipped rows")
    if not figures:
        _err("no figures were imported. Fix: check KIND matches the table.")
        raise typer.Exit(1)


@stats_app.command("show")
def show_cmd(
    metric: str = typer.Argument(..., help="metric id, e.g. homicides"),
    place: str = typer.Argument(..., help="place id, e.g. london"),
    stats: list[Path] = typer.Option([], "--stats", help="extra figures file or directory"),
    period_type: str | None = typer.Option(
        None, "--type", help=f"only one period type: {', '.join(PERIOD_TYPES)}"
    ),
    as_of: str | None = typer.Option(None, "--as-of", help="ignore figures published later"),
    no_default: bool = typer.Option(False, "--no-default", help="leave out the shipped corpus"),
    as_json: bool = typer.Option(False, "--json", help="one JSON object per period"),
) -> None:
    """Print the series for METRIC in PLACE: period, value(s) and their sources."""
    tax = load_taxonomy()
    if tax.metric(metric) is None or tax.place(place) is None:
        what = f"metric {metric!r}" if tax.metric(metric) is None else f"place {place!r}"
        _err(f"unknown {what}. Fix: use an id from corpora/metrics.json / corpora/places.json")
        raise typer.Exit(2)
    if period_type is not None and period_type not in PERIOD_TYPES:
        _err(f"unknown --type {period_type!r}. Fix: use one of {', '.join(PERIOD_TYPES)}")
        raise typer.Exit(2)
    cut: date | None = None
    if as_of:
        try:
            cut = parse_date(as_of)
        except ValueError:
            _err(f"bad --as-of {as_of!r}. Fix: write YYYY-MM-DD")
            raise typer.Exit(2) from None
    try:
        store = (
            StatsStore.load(*stats, include_default=not no_default)
            if stats or no_default
            else StatsStore.default()
        )
    except StatsValidationError as exc:
        _err(str(exc))
        raise typer.Exit(2) from None
    series = store.series(metric, place, period_type=period_type, as_of=cut)
    undated = store.undated(metric, place) if period_type is None else []
    if not series and not undated:
        _err(f"no figures for {metric} in {place}")
        raise typer.Exit(1)
    for (start, end), figs in series:
        lo, hi = store.interval(figs)
        kind = classify_period(start, end)
        if as_json:
            typer.echo(
                json.dumps(
                    {
                        "period": [start.isoformat(), end.isoformat()],
                        "label": format_period((start, end)),
                        "period_type": kind,
                        "interval": [lo, hi],
                        "figures": [f.to_dict() for f in figs],
                    },
                    ensure_ascii=False,
                )
            )
            continue
        value = _fmt(lo) if lo == hi else f"{_fmt(lo)} .. {_fmt(hi)}"
        typer.echo(f"{format_period((start, end))}\t{kind}\t{value}")
        for f in figs:
            typer.echo(
                f"\t\t{_fmt(f.value)} {f.unit}\t{f.source_publisher}: {f.source_title}"
                f" <{f.source_url}> [{f.figure_id}]"
            )
    for f in undated:
        if as_json:
            typer.echo(json.dumps({"period": None, "figures": [f.to_dict()]}, ensure_ascii=False))
        else:
            typer.echo(
                f"(period unknown)\t-\t{_fmt(f.value)} {f.unit}\t{f.source_publisher}: "
                f"{f.source_title} <{f.source_url}> [{f.figure_id}]"
            )


@stats_app.command("validate")
def validate_cmd(
    files: list[Path] = typer.Argument(..., metavar="FILE...", help="figures CSV/Parquet files"),
) -> None:
    """Check figures files against the schema and the taxonomy; list every bad row."""
    status = 0
    for path in files:
        try:
            figures = read_figures(path)
        except StatsFileError as exc:
            _err(str(exc))
            status = max(status, 1)
            continue
        except StatsValidationError as exc:
            _err(str(exc))
            status = 2
            continue
        typer.echo(f"{path}: {len(figures)} figures OK")
    if status:
        raise typer.Exit(status)


def register(app: typer.Typer) -> None:
    app.add_typer(stats_app, name="stats")
