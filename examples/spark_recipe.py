"""Score a post dump with PySpark ``mapInPandas``, using ``safetynlp.scale.score_frame``.

Usage::

    pip install 'safetynlp[parquet]' pyspark      # Spark 4 needs Java 17+
    python examples/spark_recipe.py 'dumps/*.jsonl' out/scored_spark [--master local[8]]

Each Python worker process builds its Checker once (score_frame's process-wide cache) and
scores the Arrow batches Spark streams to it. The output schema is :data:`SCHEMA`. On a
cluster, pass ``--master`` (or run under ``spark-submit``) and ship safetynlp to the
executors (``--py-files`` or an image / conda env that has it installed).
"""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Iterator
from typing import Any

import pandas as pd

from safetynlp.scale import score_frame

SCHEMA = (
    "id string, created_at string, verdict string, n_claims long, explanation string, "
    "claims string, error string"
)


def score_partitions(
    batches: Iterator[pd.DataFrame],
    text_col: str = "text",
    id_col: str = "id",
    date_col: str = "created_at",
) -> Iterator[pd.DataFrame]:
    """The ``mapInPandas`` function: one scored frame per Arrow batch."""
    for pdf in batches:
        yield score_frame(pdf, text_col=text_col, id_col=id_col, date_col=date_col)


def score_with_spark(
    spark: Any,
    inputs: str | list[str],
    output_dir: str | None = None,
    *,
    text_col: str = "text",
    id_col: str = "id",
    date_col: str = "created_at",
) -> Any:
    """Score JSONL input with Spark; writes Parquet when ``output_dir`` is given.

    Returns the scored Spark DataFrame. Strings are kept as read (``primitivesAsString``)
    so ids and dates reach the Checker exactly as in the file.
    """
    df = spark.read.option("primitivesAsString", "true").json(inputs)
    keep = [c for c in (id_col, date_col, text_col) if c in df.columns]

    def fn(batches: Iterator[pd.DataFrame]) -> Iterator[pd.DataFrame]:
        return score_partitions(batches, text_col, id_col, date_col)

    scored = df.select(*keep).mapInPandas(fn, schema=SCHEMA)
    if output_dir:
        scored.write.mode("overwrite").parquet(output_dir)
    return scored


def local_session(master: str = "local[*]") -> Any:
    """A local SparkSession whose Python workers run this interpreter (and its safetynlp)."""
    from pyspark.sql import SparkSession

    os.environ.setdefault("PYSPARK_PYTHON", sys.executable)
    return (
        SparkSession.builder.master(master)
        .appName("safetynlp-score")
        .config("spark.sql.execution.arrow.pyspark.enabled", "true")
        .config("spark.ui.enabled", "false")
        .getOrCreate()
    )


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("inputs", help="JSONL file, directory or glob")
    ap.add_argument("output_dir")
    ap.add_argument("--master", default="local[*]")
    args = ap.parse_args()
    spark = local_session(args.master)
    try:
        score_with_spark(spark, args.inputs, args.output_dir)
        spark.read.parquet(args.output_dir).groupBy("verdict").count().show()
    finally:
        spark.stop()


if __name__ == "__main__":
    main()
