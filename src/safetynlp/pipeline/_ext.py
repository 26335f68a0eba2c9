"""Doc extensions shared by the stages.

Results are stored as plain JSON-ready values (dicts, strings) so docs survive the
msgpack round trip of ``nlp.pipe(..., n_process>1)``.
"""

from __future__ import annotations

from spacy.tokens import Doc


def ensure_extensions() -> None:
    for name, default in (
        ("created_at", None),
        ("candidate", None),
        ("claims", None),
        ("verdict", None),
        ("claim_verdicts", None),
    ):
        if not Doc.has_extension(name):
            Doc.set_extension(name, default=default)
