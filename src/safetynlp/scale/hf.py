"""Score a Hugging Face :class:`datasets.Dataset` with ``Dataset.map(batched=True)``.

::

    from datasets import load_dataset
    from safetynlp.scale import score_dataset
    ds = score_dataset(load_dataset("json", data_files="posts.jsonl")["train"], num_proc=8)

The verdict columns (verdict, n_claims, explanation, claims as JSON, error) are added next to the
dataset's own columns; with ``num_proc`` the map runs in that many processes, each building
its Checker once (:mod:`safetynlp.scale.frame`).
"""

from __future__ import annotations

from typing import Any

from safetynlp.config import VerdictConfig
from safetynlp.scale.frame import score_columns

#: columns added by :func:`score_dataset`
ADDED_COLUMNS: tuple[str, ...] = ("verdict", "n_claims", "explanation", "claims", "error")


class _BatchScorer:
    """Picklable ``dict[str, list] -> dict[str, list]`` for ``Dataset.map``."""

    def __init__(
        self,
        text_col: str,
        id_col: str | None,
        date_col: str | None,
        stats: tuple[str, ...] | None,
        config: VerdictConfig | None,
        default_place: str | None,
        prefix: str,
    ) -> None:
        self.text_col = text_col
        self.id_col = id_col
        self.date_col = date_col
        self.stats = stats
        self.config = config
        self.default_place = default_place
        self.prefix = prefix

    def __call__(self, batch: dict[str, list[Any]]) -> dict[str, list[Any]]:
        cols = score_columns(
            batch[self.text_col],
            batch.get(self.id_col) if self.id_col else None,
            batch.get(self.date_col) if self.date_col else None,
            stats=self.stats,
            config=self.config,
            default_place=self.default_place,
        )
        return {self.prefix + c: cols[c] for c in ADDED_COLUMNS}


def score_dataset(
    ds: Any,
    *,
    num_proc: int | None = None,
    text_col: str = "text",
    id_col: str | None = "id",
    date_col: str | None = "created_at",
    stats: tuple[str, ...] | list[str] | None = None,
    config: VerdictConfig | None = None,
    default_place: str | None = None,
    batch_size: int = 1000,
    prefix: str = "",
    **map_kwargs: Any,
) -> Any:
    """``ds`` with the verdict columns added (``prefix`` + verdict, n_claims, ...).

    ``ds`` is a ``datasets.Dataset`` (or a ``DatasetDict``: every split is scored). Extra
    keyword arguments go to ``Dataset.map`` (e.g. ``load_from_cache_file=False``).
    """
    fn = _BatchScorer(
        text_col,
        id_col,
        date_col,
        tuple(stats) if stats else None,
        config,
        default_place,
        prefix,
    )
    map_kwargs.setdefault("desc", "safetynlp score")
    return ds.map(fn, batched=True, batch_size=batch_size, num_proc=num_proc, **map_kwargs)


__all__ = ["ADDED_COLUMNS", "score_dataset"]
