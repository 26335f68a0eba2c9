"""Scale-out engines: score posts in pandas frames, on Dask, and on Hugging Face datasets.

* :func:`score_frame` -- a pandas DataFrame in, one scored row per post out (the unit every
  engine maps: Dask ``map_partitions``, Ray ``map_batches``, Spark ``mapInPandas``).
* :func:`score_dask` -- JSONL/Parquet files -> Parquet on a Dask cluster (needs ``[scale]``).
* :func:`score_dataset` -- ``datasets.Dataset.map(batched=True, num_proc=...)``.

Examples for Ray and Spark: ``examples/ray_recipe.py``, ``examples/spark_recipe.py``.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from safetynlp.scale.frame import (
    OUTPUT_COLUMNS,
    clear_cache,
    get_checker,
    score_columns,
    score_frame,
)

if TYPE_CHECKING:
    from safetynlp.scale.dask_engine import score_dask
    from safetynlp.scale.hf import score_dataset

__all__ = [
    "OUTPUT_COLUMNS",
    "clear_cache",
    "get_checker",
    "score_columns",
    "score_dask",
    "score_dataset",
    "score_frame",
]


def __getattr__(name: str) -> Any:
    if name == "score_dask":
        from safetynlp.scale.dask_engine import score_dask

        return score_dask
    if name == "score_dataset":
        from safetynlp.scale.hf import score_dataset

        return score_dataset
    raise AttributeError(name)
