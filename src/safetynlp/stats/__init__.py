"""Official figures: the canonical store, period helpers and importers of published tables."""

from __future__ import annotations

from safetynlp.stats.periods import (
    calendar_year,
    classify_period,
    financial_year,
    latest_complete_calendar_year,
    latest_complete_financial_year,
    month,
    parse_period,
)
from safetynlp.stats.store import ExtremumResult, StatsFileError, StatsStore

__all__ = [
    "ExtremumResult",
    "StatsFileError",
    "StatsStore",
    "calendar_year",
    "classify_period",
    "financial_year",
    "latest_complete_calendar_year",
    "latest_complete_financial_year",
    "month",
    "parse_period",
]
