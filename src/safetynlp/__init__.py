"""safetynlp: catch misleading crime statistics in social posts."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

# Imported eagerly: the function must shadow its module name `safetynlp.extract`.
from safetynlp.extract import extract
from safetynlp.types import Claim, ClaimVerdict, OfficialFigure, Post, ScoredPost

__version__ = "0.1.0"

__all__ = [
    "Checker",
    "Claim",
    "ClaimVerdict",
    "OfficialFigure",
    "Post",
    "ScoredPost",
    "StatsStore",
    "VerdictConfig",
    "extract",
    "__version__",
]

if TYPE_CHECKING:
    from safetynlp.checker import Checker
    from safetynlp.config import VerdictConfig
    from safetynlp.stats.store import StatsStore

_LAZY = {
    "Checker": ("safetynlp.checker", "Checker"),
    "VerdictConfig": ("safetynlp.config", "VerdictConfig"),
    "StatsStore": ("safetynlp.stats.store", "StatsStore"),
}


def __getattr__(name: str) -> Any:
    # Lazy so that `import safetynlp` stays cheap in worker processes and the CLI.
    if name in _LAZY:
        import importlib

        module, attr = _LAZY[name]
        return getattr(importlib.import_module(module), attr)
    raise AttributeError(f"module 'safetynlp' has no attribute {name!r}")
