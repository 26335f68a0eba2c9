"""Stage 1: mark docs that could hold a crime-statistic claim; later stages skip the rest."""

from __future__ import annotations

from collections.abc import Iterable, Iterator

from spacy.language import Language
from spacy.tokens import Doc

from safetynlp.extract import prefilter
from safetynlp.pipeline._ext import ensure_extensions


class Prefilter:
    """Sets ``doc._.candidate``: True when the post has crime vocabulary."""

    def __init__(self, name: str = "safetynlp_prefilter") -> None:
        self.name = name
        ensure_extensions()

    def __call__(self, doc: Doc) -> Doc:
        doc._.candidate = prefilter(doc.text)
        return doc

    def pipe(self, docs: Iterable[Doc], batch_size: int = 256) -> Iterator[Doc]:
        for doc in docs:
            yield self(doc)


@Language.factory("safetynlp_prefilter", default_config={})
def make_prefilter(nlp: Language, name: str) -> Prefilter:
    return Prefilter(name)
