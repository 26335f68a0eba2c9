"""Evaluation against annotated posts: claim extraction and verdicts.

A gold record is one JSON object with ``text``, ``created_at``, ``claims`` (each with the
claim fields of spec section 1, the ``surface`` it was read from and its ``verdict``) and
the post ``verdict`` (the layout of ``shared/eval/dev_posts.jsonl``).

Predicted claims are matched to gold claims by character-span overlap (gold spans are found
by searching the ``surface`` in the text), one-to-one, greedily by overlap; on a tie the
candidate that agrees on more fields wins.
"""

from __future__ import annotations

import io
import json
import os
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

from safetynlp.io.compression import open_input
from safetynlp.types import POST_LABELS, Claim

#: fields compared on matched claims, in report order
MAIN_FIELDS: tuple[str, ...] = (
    "metric",
    "geography",
    "kind",
    "value",
    "unit",
    "period",
    "baseline",
)
EXTRA_FIELDS: tuple[str, ...] = (
    "per",
    "direction",
    "window_years",
    "other_geography",
    "relation",
    "negated",
)
FIELDS: tuple[str, ...] = MAIN_FIELDS + EXTRA_FIELDS
CLAIM_LABELS: tuple[str, ...] = POST_LABELS[:4]


# --------------------------------------------------------------------------- reading


def read_gold(path: str | os.PathLike[str]) -> list[dict[str, Any]]:
    """Read a gold JSONL file (``.gz``/``.bz2``/``.xz``/``.zst`` opened as the dumps are);
    raises OSError / ValueError on unreadable input."""
    records: list[dict[str, Any]] = []
    with io.TextIOWrapper(open_input(path), encoding="utf-8") as fh:
        for lineno, line in enumerate(fh, 1):
            if not line.strip():
                continue
            try:
                rec = json.loads(line)
            except json.JSONDecodeError as exc:
                raise ValueError(f"{path}:{lineno}: not JSON ({exc.msg})") from None
            if not isinstance(rec, dict) or not isinstance(rec.get("text"), str):
                raise ValueError(f"{path}:{lineno}: a gold record needs a 'text' string")
            records.append(rec)
    return records


# --------------------------------------------------------------------------- comparing


def _as_dict(claim: Claim | Mapping[str, Any]) -> dict[str, Any]:
    return claim.to_dict() if isinstance(claim, Claim) else dict(claim)


def _num_close(a: Any, b: Any) -> bool:
    if a is None or b is None:
        return a is None and b is None
    try:
        fa, fb = float(a), float(b)
    except (TypeError, ValueError):
        return False
    return abs(fa - fb) <= max(0.02, 0.002 * abs(fb))


def values_equal(pred: Any, gold: Any) -> bool:
    """Interval equality with tolerance ``max(0.02, 0.2% of |gold|)`` per end; None == None."""
    if pred is None or gold is None:
        return pred is None and gold is None
    p, g = list(pred), list(gold)
    if len(p) != 2 or len(g) != 2:
        return False
    return _num_close(p[0], g[0]) and _num_close(p[1], g[1])


def _norm(value: Any) -> Any:
    if isinstance(value, (list, tuple)):
        return tuple(value)
    return value


def field_equal(name: str, pred: Any, gold: Any) -> bool:
    """Whether one claim field agrees with gold."""
    if name == "value":
        return values_equal(pred, gold)
    if name == "negated":
        return bool(pred) == bool(gold)
    return _norm(pred) == _norm(gold)


def field_agreement(pred: Mapping[str, Any], gold: Mapping[str, Any]) -> int:
    """How many of FIELDS agree."""
    return sum(field_equal(f, pred.get(f), gold.get(f)) for f in FIELDS)


def gold_spans(gold: Sequence[Mapping[str, Any]], text: str) -> list[tuple[int, int] | None]:
    """Character spans of gold claims: their ``surface`` searched in ``text``.

    Exact match first, then case-insensitive; repeated surfaces take successive
    occurrences, or share the one occurrence when there is only one (two claims read from
    one sentence). A surface not found has span None (it can match nothing).
    """
    lowered = text.lower()
    taken: list[tuple[int, int]] = []
    spans: list[tuple[int, int] | None] = []
    for claim in gold:
        surface = str(claim.get("surface") or "")
        span: tuple[int, int] | None = None
        if surface:
            for hay, needle in ((text, surface), (lowered, surface.lower())):
                pos = hay.find(needle)
                while pos >= 0 and (pos, pos + len(needle)) in taken:
                    pos = hay.find(needle, pos + 1)
                if pos < 0:  # a surface shared by several claims ("both Paris and Berlin")
                    pos = hay.find(needle)
                if pos >= 0:
                    span = (pos, pos + len(needle))
                    break
        if span is not None:
            taken.append(span)
        spans.append(span)
    return spans


@dataclass(slots=True)
class ClaimMatch:
    """Result of matching predicted claims to gold claims in one post."""

    pairs: list[tuple[int, int]] = field(default_factory=list)  # (pred index, gold index)
    unmatched_pred: list[int] = field(default_factory=list)
    unmatched_gold: list[int] = field(default_factory=list)


def match_claims(
    pred: Sequence[Claim | Mapping[str, Any]],
    gold: Sequence[Mapping[str, Any]],
    text: str,
) -> ClaimMatch:
    """Match predicted claims to gold claims by span overlap, one-to-one, greedily.

    Candidates are (pred, gold) pairs whose spans overlap by at least one character; they
    are taken in order of decreasing overlap, ties broken by more agreeing fields, then by
    position.
    """
    preds = [_as_dict(p) for p in pred]
    spans = gold_spans(gold, text)
    candidates: list[tuple[int, int, int, int]] = []
    for i, p in enumerate(preds):
        ps, pe = int(p.get("start") or 0), int(p.get("end") or 0)
        for j, span in enumerate(spans):
            if span is None:
                continue
            overlap = min(pe, span[1]) - max(ps, span[0])
            if overlap > 0:
                candidates.append((overlap, field_agreement(p, gold[j]), i, j))
    candidates.sort(key=lambda c: (-c[0], -c[1], c[2], c[3]))
    used_p: set[int] = set()
    used_g: set[int] = set()
    result = ClaimMatch()
    for _, _, i, j in candidates:
        if i in used_p or j in used_g:
            continue
        used_p.add(i)
        used_g.add(j)
        result.pairs.append((i, j))
    result.pairs.sort()
    result.unmatched_pred = [i for i in range(len(preds)) if i not in used_p]
    result.unmatched_gold = [j for j in range(len(gold)) if j not in used_g]
    return result


def _prf(tp: int, fp: int, fn: int) -> tuple[float, float, float]:
    precision = tp / (tp + fp) if tp + fp else (1.0 if fn == 0 else 0.0)
    recall = tp / (tp + fn) if tp + fn else 1.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return precision, recall, f1


# --------------------------------------------------------------------------- extraction

Extractor = Callable[..., Sequence[Claim]]


@dataclass(slots=True)
class ExtractionReport:
    posts: int = 0
    gold_claims: int = 0
    predicted_claims: int = 0
    matched: int = 0
    precision: float = 0.0
    recall: float = 0.0
    f1: float = 0.0
    #: field -> [correct, total] on matched claims
    field_counts: dict[str, list[int]] = field(default_factory=dict)
    #: micro-average over all FIELDS on matched claims
    field_accuracy: float = 0.0
    #: per-record problems: missed / spurious claims and field mismatches
    errors: list[dict[str, Any]] = field(default_factory=list)

    def accuracy(self, name: str) -> float:
        correct, total = self.field_counts.get(name, [0, 0])
        return correct / total if total else 1.0

    def to_dict(self) -> dict[str, Any]:
        return {
            "posts": self.posts,
            "gold_claims": self.gold_claims,
            "predicted_claims": self.predicted_claims,
            "matched": self.matched,
            "precision": self.precision,
            "recall": self.recall,
            "f1": self.f1,
            "field_accuracy": self.field_accuracy,
            "fields": {
                name: {"correct": c, "total": t, "accuracy": self.accuracy(name)}
                for name, (c, t) in self.field_counts.items()
            },
            "errors": self.errors,
        }

    def format(self, max_errors: int = 20) -> str:
        lines = [
            f"Claim extraction on {self.posts} posts",
            f"  gold claims {self.gold_claims}, predicted {self.predicted_claims}, "
            f"matched {self.matched}",
            f"  precision {self.precision:.3f}  recall {self.recall:.3f}  F1 {self.f1:.3f}",
            f"  field accuracy (matched claims, all fields) {self.field_accuracy:.3f}",
        ]
        for name, (c, t) in self.field_counts.items():
            lines.append(f"    {name:<16} {self.accuracy(name):.3f}  ({c}/{t})")
        lines += _format_errors(self.errors, max_errors)
        return "\n".join(lines)


def _format_errors(errors: Sequence[Mapping[str, Any]], max_errors: int) -> list[str]:
    if not errors:
        return []
    head = f"  {len(errors)} problems (first {min(max_errors, len(errors))}):"
    return [head] + ["    " + _format_error(err) for err in errors[:max_errors]]


def _format_error(err: Mapping[str, Any]) -> str:
    where = err.get("id") or f"#{err.get('index')}"
    if err["type"] == "field":
        return (
            f"{where}: {err['field']} predicted {err['predicted']!r}, gold {err['gold']!r} "
            f"in {err['surface']!r}"
        )
    if err["type"] == "verdict":
        return (
            f"{where}: verdict predicted {err['predicted']}, gold {err['gold']} "
            f"in {err['surface']!r}"
        )
    return f"{where}: {err['type']} claim {err['surface']!r}"


def _predict(rec: Mapping[str, Any], extractor: Extractor | None) -> list[Any]:
    if "predicted" in rec:
        return list(rec["predicted"])
    if extractor is None:
        from safetynlp.extract import extract

        extractor = extract
    return list(extractor(rec["text"], created_at=rec.get("created_at")))


def evaluate_extraction(
    records: Iterable[Mapping[str, Any]], *, extractor: Extractor | None = None
) -> ExtractionReport:
    """Claim-detection P/R/F1 and per-field accuracy on matched claims.

    Each record's predictions come from its ``predicted`` list when present, else from
    ``extractor(text, created_at=...)`` (default ``safetynlp.extract``). A field absent
    from a gold claim is not scored (hand-written cases list only what they assert).
    """
    report = ExtractionReport(field_counts={name: [0, 0] for name in FIELDS})
    for index, rec in enumerate(records):
        gold = list(rec.get("claims") or [])
        preds = [_as_dict(p) for p in _predict(rec, extractor)]
        text = rec["text"]
        match = match_claims(preds, gold, text)
        report.posts += 1
        report.gold_claims += len(gold)
        report.predicted_claims += len(preds)
        report.matched += len(match.pairs)
        ident = {"id": rec.get("id"), "index": index}
        for i in match.unmatched_pred:
            report.errors.append({**ident, "type": "spurious", "surface": preds[i].get("surface")})
        for j in match.unmatched_gold:
            report.errors.append({**ident, "type": "missed", "surface": gold[j].get("surface")})
        for i, j in match.pairs:
            for name in FIELDS:
                if name not in gold[j]:  # partial annotation: the field is not scored
                    continue
                counts = report.field_counts[name]
                counts[1] += 1
                if field_equal(name, preds[i].get(name), gold[j].get(name)):
                    counts[0] += 1
                else:
                    report.errors.append(
                        {
                            **ident,
                            "type": "field",
                            "field": name,
                            "predicted": preds[i].get(name),
                            "gold": gold[j].get(name),
                            "surface": gold[j].get("surface"),
                        }
                    )
    tp = report.matched
    report.precision, report.recall, report.f1 = _prf(
        tp, report.predicted_claims - tp, report.gold_claims - tp
    )
    correct = sum(c for c, _ in report.field_counts.values())
    total = sum(t for _, t in report.field_counts.values())
    report.field_accuracy = correct / total if total else 1.0
    return report


# --------------------------------------------------------------------------- verdicts


@dataclass(slots=True)
class LabelScore:
    precision: float
    recall: float
    f1: float
    support: int
    predicted: int


@dataclass(slots=True)
class VerdictReport:
    posts: int = 0
    accuracy: float = 0.0
    #: macro-F1 over the post labels present in gold or predictions
    macro_f1: float = 0.0
    macro_labels: list[str] = field(default_factory=list)
    per_label: dict[str, LabelScore] = field(default_factory=dict)
    #: confusion[gold][predicted] = count
    confusion: dict[str, dict[str, int]] = field(default_factory=dict)
    claims_matched: int = 0
    claims_gold: int = 0
    claim_verdict_correct: int = 0
    #: claim-verdict accuracy on claims matched to gold
    claim_accuracy: float = 0.0
    errors: list[dict[str, Any]] = field(default_factory=list)

    def to_dict(self) -> dict[str, Any]:
        return {
            "posts": self.posts,
            "accuracy": self.accuracy,
            "macro_f1": self.macro_f1,
            "macro_labels": self.macro_labels,
            "per_label": {
                k: {
                    "precision": v.precision,
                    "recall": v.recall,
                    "f1": v.f1,
                    "support": v.support,
                    "predicted": v.predicted,
                }
                for k, v in self.per_label.items()
            },
            "confusion": self.confusion,
            "claims_gold": self.claims_gold,
            "claims_matched": self.claims_matched,
            "claim_verdict_correct": self.claim_verdict_correct,
            "claim_accuracy": self.claim_accuracy,
            "errors": self.errors,
        }

    def format(self, max_errors: int = 20) -> str:
        labels = list(POST_LABELS)
        lines = [
            f"Post verdicts on {self.posts} posts",
            f"  accuracy {self.accuracy:.3f}  macro-F1 {self.macro_f1:.3f} "
            f"(over {', '.join(self.macro_labels) or 'no labels'})",
            "",
            f"  {'label':<14} {'prec':>6} {'recall':>6} {'F1':>6} {'gold':>5} {'pred':>5}",
        ]
        for label in labels:
            s = self.per_label[label]
            lines.append(
                f"  {label:<14} {s.precision:6.3f} {s.recall:6.3f} {s.f1:6.3f} "
                f"{s.support:5d} {s.predicted:5d}"
            )
        short = {lab: lab[:6] for lab in labels}
        lines += ["", "  confusion (rows gold, columns predicted)"]
        lines.append("  " + " " * 14 + "".join(f"{short[p]:>8}" for p in labels))
        for g in labels:
            row = self.confusion[g]
            lines.append(f"  {g:<14}" + "".join(f"{row[p]:8d}" for p in labels))
        lines += [
            "",
            f"  claim verdicts: {self.claim_verdict_correct}/{self.claims_matched} matched "
            f"claims correct ({self.claim_accuracy:.3f}); {self.claims_gold} gold claims",
        ]
        lines += _format_errors(self.errors, max_errors)
        return "\n".join(lines)


def evaluate_verdicts(
    records: Iterable[Mapping[str, Any]], *, checker: Any = None
) -> VerdictReport:
    """Post-label P/R/F1, macro-F1, confusion matrix and claim-verdict accuracy.

    ``checker`` is a ``safetynlp.Checker`` (default: one over the shipped corpus).
    """
    if checker is None:
        from safetynlp.checker import Checker

        checker = Checker()
    labels = list(POST_LABELS)
    confusion = {g: {p: 0 for p in labels} for g in labels}
    report = VerdictReport(confusion=confusion)
    correct_posts = 0
    for index, rec in enumerate(records):
        scored = checker.check(rec["text"], created_at=rec.get("created_at"), id=rec.get("id"))
        gold_label = str(rec.get("verdict"))
        pred_label = scored.verdict
        for lab in (gold_label, pred_label):
            if lab not in confusion:
                labels.append(lab)
                confusion[lab] = {}
        for row in confusion.values():
            for lab in labels:
                row.setdefault(lab, 0)
        confusion[gold_label][pred_label] += 1
        report.posts += 1
        ident = {"id": rec.get("id"), "index": index}
        if gold_label == pred_label:
            correct_posts += 1
        else:
            report.errors.append(
                {
                    **ident,
                    "type": "post",
                    "predicted": pred_label,
                    "gold": gold_label,
                    "surface": rec["text"][:80],
                }
            )
        gold = list(rec.get("claims") or [])
        report.claims_gold += len(gold)
        preds = [cv.claim for cv in scored.claims]
        match = match_claims(preds, gold, rec["text"])
        for i, j in match.pairs:
            report.claims_matched += 1
            if scored.claims[i].verdict == gold[j].get("verdict"):
                report.claim_verdict_correct += 1
            else:
                report.errors.append(
                    {
                        **ident,
                        "type": "verdict",
                        "predicted": scored.claims[i].verdict,
                        "gold": gold[j].get("verdict"),
                        "surface": gold[j].get("surface"),
                    }
                )
    for label in labels:
        tp = confusion[label][label]
        support = sum(confusion[label].values())
        predicted = sum(row[label] for row in confusion.values())
        p, r, f = _prf(tp, predicted - tp, support - tp)
        report.per_label[label] = LabelScore(p, r, f, support, predicted)
    report.macro_labels = [
        lab
        for lab in POST_LABELS
        if report.per_label[lab].support or report.per_label[lab].predicted
    ]
    if report.macro_labels:
        report.macro_f1 = sum(report.per_label[lab].f1 for lab in report.macro_labels) / len(
            report.macro_labels
        )
    report.accuracy = correct_posts / report.posts if report.posts else 0.0
    report.claim_accuracy = (
        report.claim_verdict_correct / report.claims_matched if report.claims_matched else 0.0
    )
    return report
