"""spaCy stages: ``safetynlp_prefilter`` -> ``safetynlp_claims`` -> ``safetynlp_verdict``.

``load_pipeline()`` builds them on ``spacy.blank("en")``; pass ``base`` to add them to a
pipeline you have installed (for example ``"en_core_web_sm"``).
"""

from __future__ import annotations

from typing import Any

import spacy
from spacy.language import Language

from safetynlp.pipeline.claims import ClaimExtractor, make_claims
from safetynlp.pipeline.prefilter import Prefilter, make_prefilter
from safetynlp.pipeline.verdict import VerdictStage, make_verdict

__all__ = [
    "ClaimExtractor",
    "Prefilter",
    "VerdictStage",
    "load_pipeline",
    "make_claims",
    "make_prefilter",
    "make_verdict",
]


def load_pipeline(
    base: str | Language | None = None,
    *,
    verdicts: bool = True,
    stats_paths: list[str] | None = None,
    config: dict[str, Any] | None = None,
) -> Language:
    if isinstance(base, Language):
        nlp = base
    elif base:
        nlp = spacy.load(base)
    else:
        nlp = spacy.blank("en")
    nlp.add_pipe("safetynlp_prefilter")
    nlp.add_pipe("safetynlp_claims")
    if verdicts:
        nlp.add_pipe(
            "safetynlp_verdict",
            config={"stats_paths": list(stats_paths or []), "config": dict(config or {})},
        )
    return nlp
