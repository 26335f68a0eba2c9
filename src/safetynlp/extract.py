"""`safetynlp.extract`: the numeric crime claims in one post."""

from __future__ import annotations

from datetime import date, datetime

from safetynlp.extraction.lexicon import has_crime_vocabulary, load_lexicon
from safetynlp.extraction.rules import build_claims
from safetynlp.types import Claim, parse_date

#: the last text tested and its answer: the batch scorer tests a post before it calls the
#: checker, whose ``extract`` tests it again
_last_tested: tuple[str, bool] = ("", False)


def prefilter(text: str) -> bool:
    """Cheap test: could this post hold a crime-statistic claim at all?

    Posts without crime vocabulary are the great majority and skip the full pipeline.
    """
    global _last_tested
    if text is _last_tested[0]:
        return _last_tested[1]
    found = bool(text) and has_crime_vocabulary(text, load_lexicon())
    _last_tested = (text, found)
    return found


def extract(text: str, *, created_at: str | date | datetime | None = None) -> list[Claim]:
    """Extract the crime-statistic claims in ``text``.

    ``created_at`` is the post's date (ISO string or date); relative periods such as
    "last year" resolve against it. Without one, today's date is used.
    """
    # the date is read first, so that a bad one is an error whatever the text says
    if isinstance(created_at, datetime):
        ref = created_at.date()
    else:
        ref = parse_date(created_at) or date.today()
    if not text or not text.strip() or not prefilter(text):
        return []
    return build_claims(text, ref)
