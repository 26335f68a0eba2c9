"""Typed records shared by every stage: Post, Claim, OfficialFigure, ClaimVerdict, ScoredPost.

Field names follow section 1 of the verdict spec (docs/spec.md); ``to_dict`` gives the
stable public JSON shape written by ``safetynlp score``.
"""

from __future__ import annotations

from dataclasses import dataclass, field, fields
from datetime import date
from operator import attrgetter
from typing import Any, Literal

Kind = Literal["level", "change", "frequency", "extremum", "comparison", "trend"]
Unit = Literal["count", "rate_per_100k", "percent", "percent_change"]
Label = Literal["consistent", "exaggerated", "contradicting", "unverifiable"]
PostLabel = Literal["consistent", "exaggerated", "contradicting", "unverifiable", "no_claim"]

#: ``(start, end)`` ISO dates; either end may be None for an open interval.
Period = tuple[str | None, str | None]
#: ``(lo, hi)``; None is an open end.
Interval = tuple[float | None, float | None]

POST_LABELS: tuple[str, ...] = (
    "consistent",
    "exaggerated",
    "contradicting",
    "unverifiable",
    "no_claim",
)


@dataclass(slots=True)
class Post:
    """One social post, whatever platform it came from."""

    id: str
    text: str
    created_at: str | None = None
    platform: str | None = None
    author: str | None = None
    lang: str | None = None
    url: str | None = None
    metrics: dict[str, Any] = field(default_factory=dict)
    raw: dict[str, Any] | None = None

    def created_date(self) -> date | None:
        return parse_date(self.created_at)


@dataclass(slots=True)
class Claim:
    """One checkable assertion about a crime statistic (spec section 1)."""

    surface: str
    start: int
    end: int
    kind: str
    metric: str | None
    geography: str | None = None
    period: Period | None = None
    baseline: Period | None = None
    value: Interval | None = None
    unit: str = "count"
    negated: bool = False
    per: str | None = None
    direction: str | None = None
    intense: bool | None = None
    window_years: int | None = None
    other_geography: str | None = None
    relation: str | None = None
    #: the words that named the metric, kept even when the metric is outside the taxonomy
    metric_phrase: str | None = None
    #: coarse family: homicide, knife, gun, violent, property, sexual, police, confidence, other
    family: str | None = None
    #: how the place was found: "text", "hashtag", "entity", "context", "default" or None
    geography_source: str | None = None
    confidence: float = 1.0

    def to_dict(self) -> dict[str, Any]:
        # dataclasses.asdict deep-copies field by field: a tenth of a dump's scoring time
        # went there. Every field is a scalar or a tuple of scalars, so a flat copy is enough.
        d = dict(zip(_CLAIM_FIELDS, _claim_values(self), strict=True))
        for key in ("period", "baseline", "value"):
            if d[key] is not None:
                d[key] = list(d[key])
        return d


@dataclass(slots=True, frozen=True)
class OfficialFigure:
    """One published value with its provenance (a row of corpora/figures.csv)."""

    figure_id: str
    metric: str
    geography: str
    period_start: str | None
    period_end: str | None
    value: float
    unit: str
    source_publisher: str
    source_title: str
    source_url: str
    geography_label: str = ""
    source_date: str | None = None
    notes: str = ""

    def to_dict(self) -> dict[str, Any]:
        return dict(zip(_FIGURE_FIELDS, _figure_values(self), strict=True))


_CLAIM_FIELDS = tuple(f.name for f in fields(Claim))
_claim_values = attrgetter(*_CLAIM_FIELDS)
_FIGURE_FIELDS = tuple(f.name for f in fields(OfficialFigure))
_figure_values = attrgetter(*_FIGURE_FIELDS)


@dataclass(slots=True)
class ClaimVerdict:
    """A claim with its verdict (spec section 5)."""

    claim: Claim
    verdict: str
    deviation: float | None = None
    confidence: float = 0.0
    official: list[dict[str, Any]] = field(default_factory=list)
    explanation: str = ""
    reason: str | None = None
    #: other series the claim could have matched, for the desk
    alternatives: list[str] = field(default_factory=list)

    def to_dict(self) -> dict[str, Any]:
        d = self.claim.to_dict()
        d.update(
            verdict=self.verdict,
            deviation=self.deviation,
            confidence=self.confidence,
            official=self.official,
            explanation=self.explanation,
            reason=self.reason,
            alternatives=self.alternatives,
        )
        return d


@dataclass(slots=True)
class ScoredPost:
    """A post with its claims judged and its post-level verdict (spec section 4)."""

    id: str | None
    text: str
    created_at: str | None
    verdict: str
    claims: list[ClaimVerdict] = field(default_factory=list)
    explanation: str = ""

    def to_dict(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "created_at": self.created_at,
            "verdict": self.verdict,
            "explanation": self.explanation,
            "claims": [c.to_dict() for c in self.claims],
        }


def parse_date(value: str | date | None) -> date | None:
    """Parse an ISO date or date-time (``Z`` allowed), or any timestamp the platform readers
    understand (Unix seconds, X v1.1, RFC 2822; read in UTC); None and "" stay None.

    Raises :class:`~safetynlp.errors.DateError` (a ValueError) for anything else, such as the
    ambiguous "14-10-2020".
    """
    if value is None or isinstance(value, date):
        return value
    text = str(value).strip()
    if not text:
        return None
    try:
        return date.fromisoformat(text[:10])
    except ValueError:
        pass
    from safetynlp.errors import DateError
    from safetynlp.io.readers.base import RecordProblem, iso_utc

    try:
        canonical = iso_utc(text, "created_at")
    except RecordProblem:
        raise DateError(value) from None
    if canonical is None:  # pragma: no cover - iso_utc only returns None for ""
        return None
    return date.fromisoformat(canonical[:10])
