"""The streaming batch runner: order, workers, summaries, failures, errors file and resume."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from safetynlp.batch import LengthScorer, prepare_resume, score_stream
from safetynlp.io import read_posts
from safetynlp.types import Post

FIX = Path(__file__).parent / "fixtures" / "io"


def posts(n: int) -> list[Post]:
    return [Post(id=f"p{i}", text="x" * (i % 17)) for i in range(n)]


@pytest.mark.parametrize("workers", [1, 2, 3])
def test_results_in_input_order(workers):
    out: list[dict] = []
    summary = score_stream(
        posts(1000), make_scorer=LengthScorer, on_result=out.append, workers=workers, batch_size=7
    )
    assert [r["id"] for r in out] == [f"p{i}" for i in range(1000)]
    assert [r["n_chars"] for r in out] == [i % 17 for i in range(1000)]
    assert summary.posts_scored == summary.posts_read == 1000
    assert summary.verdicts == {"no_claim": 1000}
    assert summary.workers == workers and summary.posts_per_s > 0


def test_scorer_built_once_per_worker():
    out: list[dict] = []
    score_stream(
        posts(400), make_scorer=LengthScorer, on_result=out.append, workers=2, batch_size=5
    )
    pids = {r["pid"] for r in out}
    assert 1 <= len(pids) <= 2 and os.getpid() not in pids


def test_in_process_when_one_worker():
    out: list[dict] = []
    score_stream(posts(10), make_scorer=LengthScorer, on_result=out.append, workers=1)
    assert {r["pid"] for r in out} == {os.getpid()}


def test_bounded_in_flight_window():
    pulled = 0

    def gen():
        nonlocal pulled
        for p in posts(10_000):
            pulled += 1
            yield p

    seen_ahead = []

    def on_result(rec):
        seen_ahead.append(pulled - (int(rec["id"][1:]) + 1))

    score_stream(gen(), make_scorer=LengthScorer, on_result=on_result, workers=2, batch_size=50)
    # at most window (2 * workers) batches + the one being cut are read ahead
    assert max(seen_ahead) <= 50 * 6


class Flaky:
    def __call__(self, batch: list[Post]) -> list[dict]:
        if any("BOOM" in p.text for p in batch):
            raise ValueError("cannot score")
        return [{"id": p.id, "verdict": "consistent"} for p in batch]


def test_scorer_failure_isolated_to_the_post():
    items = posts(20)
    items[7] = Post(id="p7", text="BOOM")
    out: list[dict] = []
    errors = []
    summary = score_stream(
        items,
        make_scorer=Flaky,
        on_result=out.append,
        on_error=errors.append,
        workers=1,
        batch_size=5,
    )
    assert [r["id"] for r in out] == [f"p{i}" for i in range(20)]
    assert out[7]["verdict"] is None and "ValueError" in out[7]["error"]
    assert summary.failed == 1 and summary.verdicts == {"consistent": 19}
    assert "id=p7" in str(errors[0])


def test_summary_takes_read_counts_and_skip():
    stream, _ = read_posts(FIX / "reddit_comments.jsonl")
    out: list[dict] = []
    summary = score_stream(
        stream, make_scorer=LengthScorer, on_result=out.append, workers=1, skip=1
    )
    assert [r["id"] for r in out] == ["j2abcdh"]
    assert summary.resumed_skipped == 1 and summary.posts_read == 2
    assert summary.skipped_non_posts == 2 and summary.bad == 2
    assert summary.format == "reddit"
    assert "posts scored: 1 of 2" in summary.render()


def test_summary_counts_posts_without_a_date():
    stream, _ = read_posts(FIX / "generic.csv")  # the third row has no created_at
    summary = score_stream(stream, make_scorer=LengthScorer, on_result=lambda r: None, workers=1)
    assert summary.posts_read == 3 and summary.as_dict()["posts_undated"] == 1
    assert "posts without a date: 1 of 3 read" in summary.render()


def test_prepare_resume_drops_partial_line(tmp_path):
    path = tmp_path / "out.jsonl"
    path.write_bytes(b'{"id": 1}\n{"id": 2}\n{"id": 3, "te')
    assert prepare_resume(str(path)) == 2
    assert path.read_bytes() == b'{"id": 1}\n{"id": 2}\n'
    assert prepare_resume(str(tmp_path / "missing.jsonl")) == 0


RUN = """
import functools, sys
from safetynlp.batch import LengthScorer
from safetynlp.cli.score import run_score
run_score(sys.argv[1], sys.argv[2], errors=sys.argv[3], resume=True, workers=2, batch_size=20,
          silent=True, factory=functools.partial(LengthScorer, 0.02))
"""


def _write_input(path: Path, n: int) -> list[str]:
    ids = []
    with path.open("w") as fh:
        for i in range(n):
            if i % 250 == 100:
                fh.write('{"broken": \n')  # bad records along the way
            ids.append(f"c{i}")
            rec = {
                "id": ids[-1],
                "body": f"comment {i}",
                "created_utc": 1672531200 + i,
                "subreddit": "test",
            }
            fh.write(json.dumps(rec) + "\n")
    return ids


@pytest.mark.slow
def test_resume_after_sigkill(tmp_path):
    inp = tmp_path / "RC.jsonl"
    out = tmp_path / "scored.jsonl"
    errs = tmp_path / "errors.jsonl"
    ids = _write_input(inp, 3000)
    cmd = [sys.executable, "-c", RUN, str(inp), str(out), str(errs)]
    proc = subprocess.Popen(cmd)
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        if out.exists() and out.stat().st_size > 20_000:
            break
        time.sleep(0.02)
    proc.send_signal(signal.SIGKILL)
    proc.wait()
    partial = out.read_bytes().count(b"\n")
    assert 0 < partial < 3000, "the run should have been killed part-way"
    # simulate a torn write as well
    with out.open("ab") as fh:
        fh.write(b'{"id": "c99999", "n_ch')
    subprocess.run(cmd, check=True, timeout=120)
    got = [json.loads(line)["id"] for line in out.read_text().splitlines()]
    assert got == ids  # every post exactly once, in order
    err_lines = [json.loads(line) for line in errs.read_text().splitlines()]
    assert {e["line"] for e in err_lines} == {
        101,
        352,
        603,
        854,
        1105,
        1356,
        1607,
        1858,
        2109,
        2360,
        2611,
        2862,
    }
    assert len(err_lines) >= 12 and all(e["path"] == str(inp) for e in err_lines)


ORPHANS = """
import functools, sys
import safetynlp.batch
from safetynlp.batch import LengthScorer, score_stream
from safetynlp.cli.score import run_score
from safetynlp.types import Post
if sys.argv[3] == "watchdog":  # as where prctl is not there (not Linux)
    safetynlp.batch._parent_death_signal = lambda: False
scorer = functools.partial(LengthScorer, 0.05)
if sys.argv[1] == "lines":
    run_score(sys.argv[2], "-", workers=2, batch_size=10, silent=True, factory=scorer)
else:
    posts = (Post(id=str(i), text="x") for i in range(10**6))
    score_stream(posts, make_scorer=scorer, on_result=lambda rec: print(
        '{"pid": %d}' % rec["pid"], flush=True), workers=2, batch_size=10)
"""


def _alive(pid: int) -> bool:
    try:
        stat = Path(f"/proc/{pid}/stat").read_text()
    except OSError:
        return False
    return stat.rsplit(")", 1)[1].split()[0] != "Z"  # a zombie has ended


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="reads /proc")
@pytest.mark.parametrize(
    ("path", "guard"), [("stream", "prctl"), ("lines", "prctl"), ("lines", "watchdog")]
)
def test_batch_workers_end_when_the_run_is_sigkilled(tmp_path, path, guard):
    # was: both workers stayed alive for good (parent pid 1), holding the output file and the
    # caller's stderr pipe, so a caller waiting for EOF hung
    src = tmp_path / "posts.jsonl"
    src.write_text("".join(json.dumps({"id": f"p{i}", "text": "x"}) + "\n" for i in range(50_000)))
    proc = subprocess.Popen(
        [sys.executable, "-c", ORPHANS, path, str(src), guard],
        stdout=subprocess.PIPE,
        stderr=subprocess.DEVNULL,
    )
    assert proc.stdout is not None
    workers: set[int] = set()
    for _ in range(1000):
        workers.add(json.loads(proc.stdout.readline())["pid"])
        if len(workers) == 2:
            break
    proc.kill()
    proc.wait()
    deadline = time.monotonic() + 10
    while any(_alive(pid) for pid in workers) and time.monotonic() < deadline:
        time.sleep(0.05)
    left = [pid for pid in workers if _alive(pid)]
    for pid in left:  # do not leave them behind either way
        os.kill(pid, signal.SIGKILL)
    assert len(workers) == 2 and proc.pid not in workers
    assert left == [], "workers outlived the run"
