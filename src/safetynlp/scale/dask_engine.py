"""Score JSONL/Parquet post files on a Dask cluster and write the results as Parquet.

::

    from safetynlp.scale import score_dask
    summary = score_dask("dumps/*.jsonl", "out/scored", scheduler="local")       # LocalCluster
    summary = score_dask("dumps/", "out/scored", scheduler="tcp://10.0.0.5:8786")  # a cluster

The input is read with ``dask.dataframe`` (``read_json(lines=True)`` or ``read_parquet``),
reduced to the text/id/date columns, and scored with
``map_partitions(score_frame, meta=...)``; each worker process builds its Checker once (see
:mod:`safetynlp.scale.frame`). The output directory holds ``part-00000.parquet``, ... in input
order, with the columns id, created_at, verdict, n_claims, explanation, claims (JSON) and
error (why a row could not be scored, else null).

Same CLI: ``safetynlp score --engine dask --scheduler local 'dumps/*.jsonl' -o out/scored``.
"""

from __future__ import annotations

import glob
import os
import time
from collections.abc import Sequence
from typing import Any

from safetynlp.config import VerdictConfig
from safetynlp.errors import InputError, MissingDependencyError
from safetynlp.scale.frame import empty_frame, score_frame

JSON_SUFFIXES = (".jsonl", ".ndjson", ".json", ".jsonl.gz", ".ndjson.gz", ".json.gz")
PARQUET_SUFFIXES = (".parquet", ".pq")


def _require_dask() -> None:
    try:
        import dask.dataframe  # noqa: F401
    except ImportError as exc:  # pragma: no cover - depends on the environment
        raise MissingDependencyError("dask[dataframe,distributed]", "scale") from exc


def resolve_inputs(inputs: str | os.PathLike[str] | Sequence[str | os.PathLike[str]]) -> list[str]:
    """A directory, a glob, a file, or a list of those -> sorted file paths of one kind."""
    items = [inputs] if isinstance(inputs, (str, os.PathLike)) else list(inputs)
    paths: list[str] = []
    for item in items:
        p = os.fspath(item)
        if os.path.isdir(p):
            found = [
                os.path.join(p, name)
                for name in sorted(os.listdir(p))
                if name.endswith(JSON_SUFFIXES + PARQUET_SUFFIXES)
            ]
        elif any(ch in p for ch in "*?["):
            found = sorted(glob.glob(p))
        else:
            found = [p] if os.path.exists(p) else []
        if not found:
            raise InputError(p, "no JSONL or Parquet input files found")
        paths.extend(found)
    kinds = {"parquet" if q.endswith(PARQUET_SUFFIXES) else "json" for q in paths}
    if len(kinds) > 1:
        raise InputError(paths[0], "mix of JSONL and Parquet inputs; score them separately")
    return paths


def read_frame(
    paths: list[str],
    *,
    text_col: str = "text",
    id_col: str | None = "id",
    date_col: str | None = "created_at",
    blocksize: int | None = 32 * 2**20,
) -> Any:
    """A dask DataFrame of the text/id/date columns of ``paths`` (strings kept as read)."""
    import dask.dataframe as dd

    wanted = [c for c in (id_col, date_col, text_col) if c]
    if paths[0].endswith(PARQUET_SUFFIXES):
        ddf = dd.read_parquet(paths)
        return ddf[[c for c in wanted if c in ddf.columns]]
    compressed = any(p.endswith(".gz") for p in paths)
    ddf = dd.read_json(
        paths,
        lines=True,
        orient="records",
        blocksize=None if compressed else blocksize,
        compression="infer",
        dtype=False,
        convert_dates=False,
    )
    return ddf[[c for c in wanted if c in ddf.columns]]


def _client(scheduler: Any, workers: int | None) -> tuple[Any, Any]:
    """(client, cluster-we-own-or-None) for a scheduler spec."""
    from distributed import Client, LocalCluster

    if isinstance(scheduler, Client):
        return scheduler, None
    if scheduler in (None, "local"):
        cluster = LocalCluster(
            n_workers=workers or os.cpu_count() or 1,
            threads_per_worker=1,
            processes=True,
            dashboard_address=None,
        )
        return Client(cluster), cluster
    return Client(scheduler), None


def score_dask(
    inputs: str | os.PathLike[str] | Sequence[str | os.PathLike[str]],
    output_dir: str | os.PathLike[str],
    *,
    scheduler: Any = "local",
    workers: int | None = None,
    text_col: str = "text",
    id_col: str | None = "id",
    date_col: str | None = "created_at",
    stats: Sequence[str] | None = None,
    config: VerdictConfig | None = None,
    default_place: str | None = None,
    blocksize: int | None = 32 * 2**20,
    overwrite: bool = False,
) -> dict[str, Any]:
    """Score the posts of ``inputs`` and write Parquet to ``output_dir``; returns a summary.

    ``scheduler`` is ``"local"`` (a LocalCluster of ``workers`` single-threaded processes,
    default all cores), ``"sync"`` (no cluster: in this process, for debugging), a scheduler
    address (``tcp://host:8786``) or a ``distributed.Client``.
    """
    _require_dask()
    import dask

    out = os.fspath(output_dir)
    if os.path.exists(out) and os.listdir(out) and not overwrite:
        from safetynlp.errors import OutputExistsError

        raise OutputExistsError(out)
    paths = resolve_inputs(inputs)
    start = time.monotonic()
    ddf = read_frame(
        paths, text_col=text_col, id_col=id_col, date_col=date_col, blocksize=blocksize
    )
    scored = ddf.map_partitions(
        score_frame,
        text_col=text_col,
        id_col=id_col,
        date_col=date_col,
        stats=tuple(stats) if stats else None,
        config=config,
        default_place=default_place,
        meta=empty_frame(),
    )

    def write() -> None:
        import pyarrow as pa

        schema = pa.schema(
            [
                ("id", pa.string()),
                ("created_at", pa.string()),
                ("verdict", pa.string()),
                ("n_claims", pa.int64()),
                ("explanation", pa.string()),
                ("claims", pa.string()),
                ("error", pa.string()),
            ]
        )
        scored.to_parquet(
            out,
            schema=schema,
            write_index=False,
            overwrite=overwrite,
            name_function=lambda i: f"part-{i:05d}.parquet",
        )

    client: Any = None
    cluster: Any = None
    try:
        if scheduler == "sync":
            with dask.config.set(scheduler="sync"):
                write()
        else:
            client, cluster = _client(scheduler, workers)
            write()
    finally:
        if cluster is not None:
            if client is not None:
                client.close()
            cluster.close()
    elapsed = time.monotonic() - start
    import pyarrow.parquet as pq

    counts = pq.read_table(out, columns=["verdict"]).column("verdict").value_counts()
    verdicts = {str(d["values"]): int(d["counts"]) for d in counts.to_pylist()}
    n = sum(verdicts.values())
    return {
        "posts_scored": n,
        "verdicts": verdicts,
        "files": len(paths),
        "partitions": int(scored.npartitions),
        "elapsed_s": round(elapsed, 3),
        "posts_per_s": round(n / elapsed, 1) if elapsed else 0.0,
        "output": out,
    }


__all__ = ["read_frame", "resolve_inputs", "score_dask"]
