"""``safetynlp eval-extraction``: score the claim extractor against a gold JSONL file.

The report goes to stdout (text, or JSON with ``--json``); messages to stderr. Exit codes:
0 success, 1 F1 below ``--min-f1``, 2 unreadable input.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import typer

from safetynlp.evaluation import evaluate_extraction, read_gold


def read_gold_or_exit(gold: Path) -> list[dict[str, Any]]:
    """The gold records, or exit 2 with the reason (shared by the eval commands)."""
    try:
        return read_gold(gold)
    except (OSError, ValueError, UnicodeDecodeError) as exc:
        typer.echo(f"cannot read {gold}: {exc}", err=True)
        raise typer.Exit(2) from None


def eval_extraction(
    gold: Path = typer.Argument(..., metavar="GOLD.jsonl", help="annotated posts (dev layout)"),
    as_json: bool = typer.Option(False, "--json", help="print the report as JSON"),
    min_f1: float | None = typer.Option(
        None, "--min-f1", help="exit 1 when claim-detection F1 is below this"
    ),
) -> None:
    """Claim-detection precision/recall/F1 and per-field accuracy against GOLD."""
    records = read_gold_or_exit(gold)
    report = evaluate_extraction(records)
    if as_json:
        typer.echo(json.dumps(report.to_dict(), indent=2, ensure_ascii=False))
    else:
        typer.echo(report.format())
    if min_f1 is not None and report.f1 < min_f1:
        typer.echo(f"F1 {report.f1:.3f} is below --min-f1 {min_f1}", err=True)
        raise typer.Exit(1)


def register(app: typer.Typer) -> None:
    app.command("eval-extraction")(eval_extraction)
