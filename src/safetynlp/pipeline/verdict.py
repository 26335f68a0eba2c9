"""Stage 3: judge ``doc._.claims`` against the official figures.

Sets ``doc._.claim_verdicts`` (one dict per claim, the `safetynlp score` claim shape) and
``doc._.verdict`` (the post label).
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from typing import Any

from spacy.language import Language
from spacy.tokens import Doc

from safetynlp.config import VerdictConfig
from safetynlp.pipeline._ext import ensure_extensions
from safetynlp.stats.store import StatsStore
from safetynlp.taxonomy import load_taxonomy
from safetynlp.types import Claim
from safetynlp.verdicts import Judge, post_verdict


class VerdictStage:
    def __init__(
        self,
        name: str = "safetynlp_verdict",
        *,
        stats_paths: list[str] | None = None,
        config: dict[str, Any] | None = None,
    ) -> None:
        self.name = name
        self.stats_paths = list(stats_paths or [])
        self.config = dict(config or {})
        self._judge: Judge | None = None
        ensure_extensions()

    def __getstate__(self) -> dict[str, Any]:
        return {**self.__dict__, "_judge": None}

    @property
    def judge(self) -> Judge:
        if self._judge is None:
            store = StatsStore.load(*self.stats_paths) if self.stats_paths else StatsStore.default()
            self._judge = Judge(store, VerdictConfig.from_dict(self.config), load_taxonomy())
        return self._judge

    def __call__(self, doc: Doc) -> Doc:
        claims = [Claim(**c) for c in (doc._.claims or [])]
        verdicts = [self.judge.judge(c) for c in claims]
        doc._.claim_verdicts = [v.to_dict() for v in verdicts]
        doc._.verdict = post_verdict(v.verdict for v in verdicts)
        return doc

    def pipe(self, docs: Iterable[Doc], batch_size: int = 256) -> Iterator[Doc]:
        for doc in docs:
            yield self(doc)


@Language.factory("safetynlp_verdict", default_config={"stats_paths": [], "config": {}})
def make_verdict(
    nlp: Language, name: str, stats_paths: list[str], config: dict[str, Any]
) -> VerdictStage:
    return VerdictStage(name, stats_paths=stats_paths, config=config)
