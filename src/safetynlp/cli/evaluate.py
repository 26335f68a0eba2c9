"""``safetynlp eval``: score post and claim verdicts against a gold JSONL file.

The report goes to stdout (text, or JSON with ``--json``); messages to stderr. Exit codes:
0 success, 1 macro-F1 below ``--min-macro-f1``, 2 unreadable input or statistics file.
"""

from __future__ import annotations

import json
from pathlib import Path

import typer

from safetynlp.checker import Checker
from safetynlp.cli.eval_extraction import read_gold_or_exit
from safetynlp.errors import SafetyNLPError
from safetynlp.evaluation import evaluate_verdicts


def evaluate(
    gold: Path = typer.Argument(..., metavar="GOLD.jsonl", help="annotated posts (dev layout)"),
    as_json: bool = typer.Option(False, "--json", help="print the report as JSON"),
    min_macro_f1: float | None = typer.Option(
        None, "--min-macro-f1", help="exit 1 when post macro-F1 is below this"
    ),
    stats: list[Path] | None = typer.Option(
        None, "--stats", help="extra official-figures file (repeatable), added to the corpus"
    ),
) -> None:
    """Post-verdict P/R/F1, macro-F1, confusion matrix and claim-verdict accuracy."""
    records = read_gold_or_exit(gold)
    checker = Checker(stats=[str(p) for p in stats] if stats else None)
    try:
        checker.judge  # noqa: B018 - load the statistics now, so a bad file is exit 2
    except (OSError, ValueError, SafetyNLPError) as exc:
        typer.echo(f"cannot load statistics: {exc}", err=True)
        raise typer.Exit(2) from None
    report = evaluate_verdicts(records, checker=checker)
    if as_json:
        typer.echo(json.dumps(report.to_dict(), indent=2, ensure_ascii=False))
    else:
        typer.echo(report.format())
    if min_macro_f1 is not None and report.macro_f1 < min_macro_f1:
        typer.echo(
            f"macro-F1 {report.macro_f1:.3f} is below --min-macro-f1 {min_macro_f1}", err=True
        )
        raise typer.Exit(1)


def register(app: typer.Typer) -> None:
    app.command("eval")(evaluate)
