"""score_dask on a real multi-process LocalCluster equals the single-process Checker."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

pd = pytest.importorskip("pandas")
pytest.importorskip("dask.dataframe")
distributed = pytest.importorskip("distributed")

from safetynlp.checker import Checker  # noqa: E402
from safetynlp.scale import score_dask  # noqa: E402

CRIME = [
    "London murders have doubled since 2019",
    "There's a stabbing every 5 minutes in London",
    "Over 500 shootings in London last year",
    "Knife crime in London is up 20% on last year",
]
EVERYDAY = [
    "Lovely walk along the canal this morning",
    "Anyone know a decent plumber in Hackney?",
    "Train delayed again, 40 minutes this time",
    "Made 3 loaves of sourdough today",
    "The match last night was unreal",
]


def write_posts(directory: Path, n_files: int = 4, per_file: int = 10) -> list[dict]:
    directory.mkdir()
    posts = []
    for f in range(n_files):
        with open(directory / f"posts-{f}.jsonl", "w", encoding="utf-8") as fh:
            for i in range(per_file):
                k = f * per_file + i
                text = CRIME[k % len(CRIME)] if k % 3 == 0 else EVERYDAY[k % len(EVERYDAY)]
                post = {
                    "id": f"post-{k:03d}",
                    "text": text,
                    "created_at": f"202{4 + k % 2}-{k % 12 + 1:02d}-07T12:00:00Z",
                    "lang": "en",
                }
                posts.append(post)
                fh.write(json.dumps(post) + "\n")
    return posts


def expected(posts: list[dict]) -> list[dict]:
    return [s.to_dict() for s in Checker().check_many(posts)]


@pytest.mark.slow
def test_score_dask_local_cluster_matches_checker(tmp_path: Path) -> None:
    posts = write_posts(tmp_path / "in")
    with (
        distributed.LocalCluster(
            n_workers=2, threads_per_worker=1, processes=True, dashboard_address=None
        ) as cluster,
        distributed.Client(cluster) as client,
    ):
        summary = score_dask(
            str(tmp_path / "in" / "*.jsonl"), tmp_path / "out", scheduler=client, blocksize=None
        )
    assert summary["posts_scored"] == len(posts) == 40
    assert summary["partitions"] == 4
    got = pd.read_parquet(tmp_path / "out")
    want = expected(posts)
    assert list(got["id"]) == [w["id"] for w in want]
    assert list(got["verdict"]) == [w["verdict"] for w in want]
    assert [json.loads(c) for c in got["claims"]] == [
        json.loads(json.dumps(w["claims"])) for w in want
    ]
    assert list(got["created_at"]) == [w["created_at"] for w in want]
    assert (got["verdict"] != "no_claim").sum() >= 10


def test_score_dask_sync_directory_and_errors(tmp_path: Path) -> None:
    posts = write_posts(tmp_path / "in", n_files=2, per_file=5)
    summary = score_dask(tmp_path / "in", tmp_path / "out", scheduler="sync")
    assert summary["posts_scored"] == 10
    got = pd.read_parquet(tmp_path / "out")
    assert list(got["verdict"]) == [w["verdict"] for w in expected(posts)]
    from safetynlp.errors import InputError, OutputExistsError

    with pytest.raises(OutputExistsError):
        score_dask(tmp_path / "in", tmp_path / "out", scheduler="sync")
    with pytest.raises(InputError):
        score_dask(tmp_path / "nothing-*.jsonl", tmp_path / "out2", scheduler="sync")


@pytest.mark.slow
def test_cli_engine_dask(tmp_path: Path) -> None:
    import subprocess
    import sys

    posts = write_posts(tmp_path / "in", n_files=2, per_file=6)
    cmd = [sys.executable, "-c", "from safetynlp.cli.main import app; app()", "score"]
    proc = subprocess.run(
        [*cmd, "--engine", "dask", "--scheduler", "local", "-n", "1"]
        + [str(tmp_path / "in" / "*.jsonl"), "-o", str(tmp_path / "out")],
        capture_output=True,
        text=True,
        timeout=180,
    )
    assert proc.returncode == 0, proc.stderr
    assert "posts scored: 12" in proc.stderr
    got = pd.read_parquet(tmp_path / "out")
    assert list(got["verdict"]) == [w["verdict"] for w in expected(posts)]
    bad = subprocess.run([*cmd, "--engine", "spark", "x", "-o", "y"], capture_output=True)
    assert bad.returncode == 2
