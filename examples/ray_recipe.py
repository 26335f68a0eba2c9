"""Score a post dump with Ray Data, using ``safetynlp.scale.score_frame`` per batch.

Usage::

    pip install 'safetynlp[parquet]' 'ray[data]'
    python examples/ray_recipe.py 'dumps/*.jsonl' out/scored_ray [--num-cpus 8]

Every Ray worker process builds its Checker once (score_frame's process-wide cache), so the
per-batch cost is only the scoring. ``map_batches(batch_format="pandas")`` hands each call a
pandas DataFrame; the output rows are id, created_at, verdict, n_claims, explanation, claims
(JSON) and error (null unless the row could not be scored). On a cluster, call ``ray.init(address="auto")`` instead of a local start.
"""

from __future__ import annotations

import argparse
import glob
from typing import Any

import pandas as pd

from safetynlp.scale import score_frame


class ScoreBatch:
    """A picklable batch function; the settings travel, the Checker is built on the worker."""

    def __init__(self, text_col: str = "text", id_col: str = "id", date_col: str = "created_at"):
        self.text_col, self.id_col, self.date_col = text_col, id_col, date_col

    def __call__(self, batch: pd.DataFrame) -> pd.DataFrame:
        return score_frame(
            batch, text_col=self.text_col, id_col=self.id_col, date_col=self.date_col
        )


def score_with_ray(
    inputs: list[str],
    output_dir: str | None = None,
    *,
    num_cpus: int | None = None,
    batch_size: int = 2048,
    text_col: str = "text",
    id_col: str = "id",
    date_col: str = "created_at",
) -> Any:
    """Score JSONL files with Ray Data; writes Parquet when ``output_dir`` is given.

    Returns the (materialised) Ray Dataset of scored rows.
    """
    import ray

    if not ray.is_initialized():
        ray.init(num_cpus=num_cpus, include_dashboard=False, ignore_reinit_error=True)
    ds = ray.data.read_json(inputs, lines=True)
    keep = [c for c in (id_col, date_col, text_col) if c in ds.columns()]
    scored = ds.select_columns(keep).map_batches(
        ScoreBatch(text_col, id_col, date_col),
        batch_format="pandas",
        batch_size=batch_size,
    )
    if output_dir:
        scored.write_parquet(output_dir)
    return scored.materialize()


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("inputs", help="JSONL file, directory or glob")
    ap.add_argument("output_dir")
    ap.add_argument("--num-cpus", type=int, default=None)
    ap.add_argument("--batch-size", type=int, default=2048)
    args = ap.parse_args()
    paths = sorted(glob.glob(args.inputs)) or [args.inputs]
    scored = score_with_ray(
        paths, args.output_dir, num_cpus=args.num_cpus, batch_size=args.batch_size
    )
    counts = scored.to_pandas()["verdict"].value_counts()
    print(counts.to_string())


if __name__ == "__main__":
    main()
