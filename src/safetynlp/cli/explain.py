"""``safetynlp explain``: a readable account of how one post is judged.

Prints the post with its claims marked (``[[...]]``, or colour when stdout is a terminal),
then for each claim its fields, the official figures used (value, period, publisher, URL),
the arithmetic (the explanation sentence) and the verdict. Exit codes: 0 success, 2 bad
usage (an unparseable date).
"""

from __future__ import annotations

import sys
from typing import Any

import typer

from safetynlp.checker import Checker
from safetynlp.types import ClaimVerdict, ScoredPost, parse_date

_COLOURS = {
    "consistent": "\033[32m",
    "exaggerated": "\033[33m",
    "contradicting": "\033[31m",
    "unverifiable": "\033[36m",
    "no_claim": "\033[2m",
}
_RESET = "\033[0m"
_BOLD = "\033[1m"

_FIELD_ORDER = (
    "kind",
    "metric",
    "geography",
    "period",
    "baseline",
    "value",
    "unit",
    "per",
    "direction",
    "intense",
    "window_years",
    "other_geography",
    "relation",
    "negated",
)


def highlight(text: str, claims: list[ClaimVerdict], *, colour: bool = False) -> str:
    """``text`` with each claim span wrapped in ``[[...]]`` (or coloured by verdict).

    Overlapping spans are merged so the markers always nest properly.
    """
    spans = sorted(
        (max(0, cv.claim.start), min(len(text), cv.claim.end), cv.verdict) for cv in claims
    )
    merged: list[list[Any]] = []
    for start, end, verdict in spans:
        if end <= start:
            continue
        if merged and start < merged[-1][1]:
            merged[-1][1] = max(merged[-1][1], end)
            continue
        merged.append([start, end, verdict])
    out: list[str] = []
    pos = 0
    for start, end, verdict in merged:
        out.append(text[pos:start])
        inner = text[start:end]
        if colour:
            out.append(f"{_BOLD}{_COLOURS.get(verdict, '')}{inner}{_RESET}")
        else:
            out.append(f"[[{inner}]]")
        pos = end
    out.append(text[pos:])
    return "".join(out)


def _fmt_value(name: str, value: Any) -> str:
    if isinstance(value, (list, tuple)):
        parts = [
            "open" if v is None else _num(v) if isinstance(v, float) else str(v) for v in value
        ]
        return " .. ".join(parts) if name in ("period", "baseline") else f"[{', '.join(parts)}]"
    return str(value)


def _num(v: float) -> str:
    return f"{int(v):,}" if float(v).is_integer() else f"{v:,.4g}"


def _label(verdict: str, colour: bool) -> str:
    return f"{_BOLD}{_COLOURS.get(verdict, '')}{verdict}{_RESET}" if colour else verdict


def render(scored: ScoredPost, *, colour: bool = False) -> str:
    """The full account of one scored post."""
    lines = [
        f"Post ({scored.created_at or 'no date'}):",
        "  " + highlight(scored.text, scored.claims, colour=colour),
        "",
        f"Verdict: {_label(scored.verdict, colour)}"
        + (f"  ({len(scored.claims)} claim{'s' if len(scored.claims) != 1 else ''})"),
    ]
    if not scored.claims:
        lines.append("  No checkable crime-statistic claim was found.")
    for n, cv in enumerate(scored.claims, 1):
        claim = cv.claim.to_dict()
        lines += ["", f"Claim {n}: [[{cv.claim.surface}]]  ->  {_label(cv.verdict, colour)}"]
        for name in _FIELD_ORDER:
            value = claim.get(name)
            if value is None or (name == "negated" and not value):
                continue
            lines.append(f"  {name:<16} {_fmt_value(name, value)}")
        if cv.deviation is not None:
            lines.append(f"  {'deviation':<16} {cv.deviation:+.1%}")
        lines.append(f"  {'confidence':<16} {cv.confidence:.2f}")
        if cv.official:
            lines.append("  Official figures used:")
            for fig in cv.official:
                lines.append("    - " + _format_figure(fig))
        else:
            lines.append("  Official figures used: none")
        if cv.reason:
            lines.append(f"  Reason: {cv.reason}")
        if cv.explanation:
            lines.append(f"  Working: {cv.explanation}")
        if cv.alternatives:
            lines.append(f"  Other series it could match: {', '.join(cv.alternatives)}")
    return "\n".join(lines)


def _format_figure(fig: dict[str, Any]) -> str:
    value = fig.get("value")
    period = fig.get("period") or [fig.get("period_start"), fig.get("period_end")]
    unit = fig.get("unit") or ""
    shown = _num(float(value)) if isinstance(value, (int, float)) else str(value)
    text = f"{shown} {unit}".strip()
    text += f", {fig.get('geography', '')} {fig.get('metric', '')}".rstrip()
    text += f", {_fmt_value('period', period)}"
    publisher = fig.get("publisher") or fig.get("source_publisher")
    if publisher:
        text += f"; {publisher}"
    url = fig.get("url") or fig.get("source_url")
    if url:
        text += f" <{url}>"
    return text


def explain(
    text: str = typer.Argument(..., metavar="TEXT", help="the post text"),
    date: str | None = typer.Option(None, "--date", help="the post's date (YYYY-MM-DD)"),
    place: str | None = typer.Option(
        None, "--place", help="place id for claims whose post names none (e.g. london)"
    ),
) -> None:
    """Explain how one post is judged: claims, official figures, arithmetic, verdict."""
    if date is not None:
        try:
            parse_date(date)
        except ValueError:
            typer.echo(f"--date {date!r} is not a date. Fix: use YYYY-MM-DD.", err=True)
            raise typer.Exit(2) from None
    scored = Checker().check(text, created_at=date, place=place)
    typer.echo(render(scored, colour=sys.stdout.isatty()))


def register(app: typer.Typer) -> None:
    app.command("explain")(explain)
