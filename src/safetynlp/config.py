"""Every verdict tolerance in one place, with the spec's defaults (docs/spec.md, section 3)."""

from __future__ import annotations

from dataclasses import asdict, dataclass, fields
from typing import Any

from safetynlp.errors import ConfigError


@dataclass(frozen=True, kw_only=True)
class VerdictConfig:
    #: level claims: relative tolerance around the official interval
    tau_level: float = 0.05
    #: counts under this are also widened by ``small_count_slack``
    small_count: float = 20
    small_count_slack: float = 1
    #: frequency claims ("3 a day"): relative tolerance on the annualised level
    tau_frequency: float = 0.10
    #: change claims: tolerance is max(tau_change_pp points, tau_change_rel x |official change|)
    tau_change_pp: float = 5.0
    tau_change_rel: float = 0.10
    #: official changes within +/- this many points count as flat
    flat_band: float = 2.0
    #: intensity words ("soaring", "out of control") need at least this official rise (%)
    surge_threshold: float = 20.0
    #: an extremum false over its window is 'exaggerated' if true over this share of it
    extremum_partial_share: float = 0.5
    #: frequency to annual level
    days_per_year: float = 365.25
    weeks_per_year: float = 52.18
    months_per_year: float = 12.0
    #: place used when a post names none (None: such claims are unverifiable)
    default_place: str | None = None

    def __post_init__(self) -> None:
        for f in fields(self):
            value = getattr(self, f.name)
            if isinstance(value, (int, float)) and value < 0:
                raise ConfigError(
                    f"VerdictConfig.{f.name} must not be negative (got {value}). "
                    "Fix: pass a value >= 0."
                )

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> VerdictConfig:
        known = {f.name for f in fields(cls)}
        unknown = sorted(set(data) - known)
        if unknown:
            raise ConfigError(
                f"unknown verdict setting(s): {', '.join(unknown)}. "
                f"Fix: use only {', '.join(sorted(known))}."
            )
        return cls(**data)
