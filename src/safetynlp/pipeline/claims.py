"""Stage 2: extract the claims of spec section 1 into ``doc._.claims`` (list of dicts)."""

from __future__ import annotations

from collections.abc import Iterable, Iterator

from spacy.language import Language
from spacy.tokens import Doc

from safetynlp.extract import extract
from safetynlp.pipeline._ext import ensure_extensions


class ClaimExtractor:
    """Reads ``doc._.created_at`` (or ``reference_date``) to resolve relative periods.

    A doc the prefilter marked as no candidate gets an empty list without further work.
    """

    def __init__(
        self, name: str = "safetynlp_claims", *, reference_date: str | None = None
    ) -> None:
        self.name = name
        self.reference_date = reference_date
        ensure_extensions()

    def __call__(self, doc: Doc) -> Doc:
        if doc._.candidate is False:
            doc._.claims = []
            return doc
        created = doc._.created_at or self.reference_date
        doc._.claims = [c.to_dict() for c in extract(doc.text, created_at=created)]
        return doc

    def pipe(self, docs: Iterable[Doc], batch_size: int = 256) -> Iterator[Doc]:
        for doc in docs:
            yield self(doc)


@Language.factory("safetynlp_claims", default_config={"reference_date": None})
def make_claims(nlp: Language, name: str, reference_date: str | None) -> ClaimExtractor:
    return ClaimExtractor(name, reference_date=reference_date)
