"""The Ray and Spark recipes in examples/ give the Checker's verdicts (skipped if not installed)."""

from __future__ import annotations

import importlib.util
import json
from pathlib import Path
from types import ModuleType

import pytest

pd = pytest.importorskip("pandas")

from safetynlp.checker import Checker  # noqa: E402

EXAMPLES = Path(__file__).resolve().parent.parent / "examples"
TEXTS = [
    "London murders have doubled since 2019",
    "Lovely walk along the canal this morning",
    "There's a stabbing every 5 minutes in London",
    "Over 500 shootings in London last year",
    "Made 3 loaves of sourdough today",
]


def load(name: str) -> ModuleType:
    spec = importlib.util.spec_from_file_location(name, EXAMPLES / f"{name}.py")
    assert spec is not None and spec.loader is not None
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


def write_posts(path: Path) -> list[dict]:
    posts = [
        {"id": f"r{i}", "text": TEXTS[i % len(TEXTS)], "created_at": f"2025-{i % 9 + 1:02d}-01"}
        for i in range(15)
    ]
    path.write_text("".join(json.dumps(p) + "\n" for p in posts), encoding="utf-8")
    return posts


def want(posts: list[dict]) -> dict[str, str]:
    return {s.id: s.verdict for s in Checker().check_many(posts) if s.id}


@pytest.mark.slow
def test_ray_recipe(tmp_path: Path) -> None:
    ray = pytest.importorskip("ray")
    recipe = load("ray_recipe")
    posts = write_posts(tmp_path / "posts.jsonl")
    try:
        scored = recipe.score_with_ray([str(tmp_path / "posts.jsonl")], num_cpus=2).to_pandas()
    finally:
        ray.shutdown()
    assert dict(zip(scored["id"], scored["verdict"], strict=True)) == want(posts)


@pytest.mark.slow
def test_spark_recipe(tmp_path: Path) -> None:
    pytest.importorskip("pyspark")
    recipe = load("spark_recipe")
    posts = write_posts(tmp_path / "posts.jsonl")
    spark = recipe.local_session("local[2]")
    try:
        recipe.score_with_spark(spark, str(tmp_path / "posts.jsonl"), str(tmp_path / "out"))
        scored = spark.read.parquet(str(tmp_path / "out")).toPandas()
    finally:
        spark.stop()
    assert dict(zip(scored["id"], scored["verdict"], strict=True)) == want(posts)
