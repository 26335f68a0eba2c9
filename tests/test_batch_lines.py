"""The raw-line chunk runner (JSONL inputs): same bytes, reports and counts as the Post path."""

from __future__ import annotations

import gzip
import json
import random
from pathlib import Path
from typing import Any

import pytest

from safetynlp.batch import LengthScorer, score_lines, score_stream
from safetynlp.cli.score import run_score
from safetynlp.errors import BadRecordError, ResumeMismatchError
from safetynlp.io import read_posts
from safetynlp.io.readers.base import iso_utc
from safetynlp.io.writers import jsonl_line
from safetynlp.types import Post

FIX = Path(__file__).parent / "fixtures" / "io"

TEXTS = [
    "London murders have doubled since 2019",
    "Lovely weather in Leeds today",
    "Knife crime in London is up 60% since 2019",
    "Burglaries in Leeds fell by 10% last year",
    "There were 500 homicides in Chicago in 2023",
    "Nothing to see here, just a cat",
]


def mixed_lines(n: int, seed: int = 7) -> list[bytes]:
    """Posts with every kind of trouble along the way."""
    rnd = random.Random(seed)
    lines: list[bytes] = []
    for i in range(n):
        roll = i % 37
        if roll == 5:
            lines.append(b'{"id": "broken", "text": \n')
        elif roll == 9:
            lines.append(b"\n")  # blank: skipped, still counts as a line
        elif roll == 13:
            lines.append(b'{"id": "u%d", "text": "caf\xe9"}\n' % i)  # not UTF-8
        elif roll == 17:
            lines.append(b"[1, 2]\n")  # not an object
        elif roll == 21:
            lines.append(json.dumps({"id": f"e{i}", "text": "   "}).encode() + b"\n")  # no post
        elif roll == 25:
            lines.append(
                json.dumps({"id": f"d{i}", "text": "x", "created_at": "soon"}).encode() + b"\n"
            )
        else:
            rec: dict[str, Any] = {"text": f"{rnd.choice(TEXTS)} #{i}"}
            if i % 3:
                rec["id"] = f"p{i}"
            if i % 4 == 0:
                rec["created_at"] = f"2024-0{1 + i % 9}-1{i % 10}T0{i % 10}:30:00Z"
            elif i % 4 == 1:
                rec["created_at"] = 1_700_000_000 + i
            elif i % 4 == 2:
                rec["created_at"] = "2024-02-03T04:05:06+02:00"
            lines.append(json.dumps(rec).encode() + b"\n")
    return lines


@pytest.fixture(scope="module")
def mixed(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("mixed") / "mixed.jsonl"
    path.write_bytes(b"\xef\xbb\xbf" + b"".join(mixed_lines(400)))
    return path


def _run(src: Path, out: Path, errors: Path, **kw: Any):
    return run_score(str(src), str(out), errors=str(errors), force=True, silent=True, **kw)


def _reference(src: Path) -> tuple[bytes, list[dict[str, Any]]]:
    """What the Post path (parse in this process, score, write) gives for ``src``."""
    from safetynlp.cli.score import CheckerFactory

    errs: list[BadRecordError] = []
    stream, _ = read_posts(src, on_error=errs.append, keep_raw=False)
    out: list[bytes] = []
    score_stream(
        stream,
        make_scorer=CheckerFactory(),
        on_result=lambda r: out.append(jsonl_line(r)),
        workers=1,
        on_error=errs.append,
    )
    return b"".join(out), [{"line": e.line, "reason": e.reason, "field": e.field} for e in errs]


@pytest.mark.parametrize("batch_size", [1, 64])
def test_workers_1_and_2_give_the_same_bytes(tmp_path, mixed, batch_size):
    pytest.importorskip("safetynlp.checker")
    runs = {}
    for workers in (1, 2):
        out, errs = tmp_path / f"o{workers}.jsonl", tmp_path / f"e{workers}.jsonl"
        summary = _run(mixed, out, errs, workers=workers, batch_size=batch_size)
        runs[workers] = (out.read_bytes(), errs.read_bytes(), summary.as_dict())
    (out1, err1, s1), (out2, err2, s2) = runs[1], runs[2]
    assert out1 == out2 and err1 == err2
    for s in (s1, s2):
        s.pop("elapsed_s"), s.pop("posts_per_s"), s.pop("workers")
    assert s1 == s2
    ref_out, ref_errs = _reference(mixed)
    assert out1 == ref_out
    got_errs = [
        {k: e[k] for k in ("line", "reason", "field")}
        for e in map(json.loads, err1.decode().splitlines())
    ]
    assert got_errs == ref_errs
    assert s1["bad"] == len(ref_errs) > 0 and s1["skipped_non_posts"] > 0
    assert s1["posts_scored"] == out1.count(b"\n") == s1["posts_read"]
    lines = {e["line"] for e in got_errs}
    assert 6 in lines  # line numbers are physical lines (BOM, blank lines counted)


def test_compressed_input_same_as_plain(tmp_path, mixed):
    gz = tmp_path / "mixed.jsonl.gz"
    gz.write_bytes(gzip.compress(mixed.read_bytes()))
    outs = []
    for src in (mixed, gz):
        out = tmp_path / f"{src.name}.out.jsonl"
        _run(src, out, tmp_path / "e.jsonl", workers=2, batch_size=50, factory=Plain)
        outs.append(out.read_bytes())
    assert outs[0] == outs[1] and outs[0]


@pytest.mark.parametrize("workers", [1, 2])
@pytest.mark.parametrize("done", [0, 1, 57, 200, 10_000])
def test_resume_from_any_point(tmp_path, mixed, workers, done):
    full, errs = tmp_path / "full.jsonl", tmp_path / "full_errors.jsonl"
    factory = Plain
    _run(mixed, full, errs, workers=1, batch_size=16, factory=factory)
    lines = full.read_bytes().splitlines(keepends=True)
    out, errs2 = tmp_path / "out.jsonl", tmp_path / "errors.jsonl"
    out.write_bytes(b"".join(lines[:done]) + b'{"id": "torn')
    summary = run_score(
        str(mixed),
        str(out),
        errors=str(errs2),
        resume=True,
        silent=True,
        workers=workers,
        batch_size=16,
        factory=factory,
    )
    got = out.read_bytes()
    assert [json.loads(x)["id"] for x in got.splitlines()] == [json.loads(x)["id"] for x in lines]
    assert summary.resumed_skipped == min(done, len(lines))
    assert summary.posts_scored == len(lines) - min(done, len(lines))
    all_errs = [json.loads(x) for x in errs.read_text().splitlines()]
    new_errs = [json.loads(x) for x in errs2.read_text().splitlines()] if errs2.exists() else []
    if done == 0:
        assert new_errs == all_errs
    # bad records read while passing over the done posts are counted, not reported again
    last_done_line = 0
    if 0 < done <= len(lines):
        last_done_line = _line_of_post(mixed, done)
    elif done > len(lines):
        last_done_line = 10**9
    assert new_errs == [e for e in all_errs if e["line"] > last_done_line]
    assert summary.bad == len(all_errs)


def _line_of_post(path: Path, k: int) -> int:
    """The physical line of the ``k``-th post (1-based)."""
    stream, _ = read_posts(path, keep_raw=False)
    for seen, _post in enumerate(stream, 1):
        if seen == k:
            return stream._ctx.line
    raise AssertionError("not that many posts")


@pytest.mark.parametrize("workers", [1, 2])
def test_multi_post_records_and_skip_inside_a_record(tmp_path, workers):
    src = FIX / "x_v2_envelopes.jsonl"
    ref = tmp_path / "ref.jsonl"
    _run(src, ref, tmp_path / "e.jsonl", workers=1, factory=Plain)
    ids = [json.loads(x)["id"] for x in ref.read_text().splitlines()]
    assert len(ids) > 2
    out = tmp_path / "o.jsonl"
    out.write_text("\n".join(ref.read_text().splitlines()[:1]) + "\n")
    run_score(str(src), str(out), resume=True, silent=True, workers=workers, factory=Plain)
    assert [json.loads(x)["id"] for x in out.read_text().splitlines()] == ids


class Plain:
    """A scorer whose output does not depend on the process."""

    def __call__(self, batch: list[Post]) -> list[dict[str, Any]]:
        return [{"id": p.id, "n_chars": len(p.text), "verdict": "no_claim"} for p in batch]


class Flaky:
    def __call__(self, batch: list[Post]) -> list[dict[str, Any]]:
        if any("Leeds" in p.text for p in batch):
            raise ValueError("cannot score")
        return [{"id": p.id, "verdict": "consistent"} for p in batch]


@pytest.mark.parametrize("workers", [1, 2])
def test_scoring_failures_reported_per_post(tmp_path, mixed, workers):
    errs: list[BadRecordError] = []
    out: list[bytes] = []
    stream, _ = read_posts(mixed, on_error=errs.append, keep_raw=False)
    assert stream.chunkable
    summary = score_lines(
        stream,
        make_scorer=Flaky,
        on_bytes=out.append,
        on_error=errs.append,
        workers=workers,
        batch_size=40,
    )
    recs = [json.loads(x) for x in b"".join(out).splitlines()]
    failed = [r for r in recs if r["verdict"] is None]
    assert failed and all("ValueError" in r["error"] for r in failed)
    assert summary.failed == len(failed)
    assert summary.verdicts == {"consistent": len(recs) - len(failed)}
    scoring = [e for e in errs if "scoring failed" in str(e)]
    assert len(scoring) == len(failed) and all(e.path == str(mixed) for e in scoring)


def test_csv_output_from_jsonl_input(tmp_path, mixed):
    out1, out2 = tmp_path / "a.csv", tmp_path / "b.csv"
    _run(mixed, out1, tmp_path / "e1.jsonl", workers=1, factory=Plain)
    _run(mixed, out2, tmp_path / "e2.jsonl", workers=2, batch_size=30, factory=Plain)
    assert out1.read_bytes() == out2.read_bytes()
    assert out1.read_bytes().count(b"\n") > 300


def test_score_lines_needs_a_jsonl_stream():
    stream, _ = read_posts(FIX / "generic.csv")
    assert not stream.chunkable
    with pytest.raises(TypeError):
        score_lines(stream, make_scorer=LengthScorer, on_result=print, workers=1)
    jl, _ = read_posts(FIX / "reddit_comments.jsonl")
    with pytest.raises(ValueError):
        score_lines(jl, make_scorer=LengthScorer, workers=1)


def test_iteration_after_detection_keeps_every_line(tmp_path):
    path = tmp_path / "many.jsonl"
    path.write_bytes(b"".join(mixed_lines(120)))
    a, _ = read_posts(path)
    ids = [p.id for p in a]
    b, _ = read_posts(path)
    chunked = b"".join(b"".join(lines) for _, lines in b.line_chunks(7))
    assert chunked == path.read_bytes()
    assert len(ids) > 80


@pytest.mark.parametrize(
    "value, expected",
    [
        ("2024-02-03T04:05:06Z", "2024-02-03T04:05:06Z"),
        ("2024-02-03T04:05:06+02:00", "2024-02-03T02:05:06Z"),
        ("2024-02-03", "2024-02-03T00:00:00Z"),
        (1_700_000_000, "2023-11-14T22:13:20Z"),
        ("0999-01-01T00:00:00Z", "999-01-01T00:00:00Z"),  # what strftime gives
    ],
)
def test_iso_utc_fast_path(value, expected):
    assert iso_utc(value, "created_at") == expected


@pytest.mark.parametrize("value", ["2024-02-30T04:05:06Z", "2024-02-03T25:05:06Z", "soon"])
def test_iso_utc_rejects_impossible_dates(value):
    from safetynlp.io.readers.base import RecordProblem

    with pytest.raises(RecordProblem):
        iso_utc(value, "created_at")


def _resume_input(tmp_path: Path, kind: str, prefix: str = "r", n: int = 60) -> Path:
    if kind == "jsonl":
        src = tmp_path / f"{prefix}.jsonl"
        src.write_text(
            "".join(
                json.dumps({"id": f"{prefix}{i}", "text": TEXTS[i % 6]}) + "\n" for i in range(n)
            )
        )
    else:  # read post by post (score_stream), not in raw line chunks
        src = tmp_path / f"{prefix}.csv"
        src.write_text("id,text\n" + "".join(f'{prefix}{i},"{TEXTS[i % 6]}"\n' for i in range(n)))
    return src


def _output_lines(src: Path, tmp_path: Path) -> list[str]:
    ref = tmp_path / f"ref-{src.name}.jsonl"
    run_score(str(src), str(ref), workers=1, silent=True, factory=Plain)
    return ref.read_text().splitlines(keepends=True)


def _damaged_output(tmp_path: Path, kind: str, damage: str) -> list[str]:
    lines = _output_lines(_resume_input(tmp_path, kind), tmp_path)
    if damage == "another input's output":
        return _output_lines(_resume_input(tmp_path, kind, "q", 30), tmp_path)
    if damage == "longer than the input":
        longer = tmp_path / "longer"
        longer.mkdir()
        return _output_lines(_resume_input(longer, kind, "r", 80), longer)
    if damage == "lines lost":
        return lines[:10] + lines[20:40]
    if damage == "a stray line":
        return lines[:10] + ["not a record\n"] + lines[10:30]
    assert damage == "last line not a record"
    return lines[:30] + ['{"no id": 1}\n']


@pytest.mark.parametrize("workers", [1, 2])
@pytest.mark.parametrize("kind", ["jsonl", "csv"])
@pytest.mark.parametrize(
    ("damage", "said"),
    [
        ("another input's output", "has id 'q29', but post 30 of"),
        ("longer than the input", "holds 80 records, but"),
        ("lines lost", "has id 'r39', but post 30 of"),
        ("a stray line", "has id 'r29', but post 31 of"),
        ("last line not a record", "(line 31) is not a result record with an id"),
    ],
)
def test_batch_resume_refuses_an_output_that_does_not_match_the_input(
    tmp_path, workers, kind, damage, said
):
    # was: the posts were skipped by the output's line count alone, silently wrong
    src = _resume_input(tmp_path, kind)
    out = tmp_path / "out.jsonl"
    out.write_text("".join(_damaged_output(tmp_path, kind, damage)))
    before = out.read_bytes()
    with pytest.raises(ResumeMismatchError) as caught:
        run_score(
            str(src), str(out), resume=True, silent=True, workers=workers, batch_size=7,
            factory=Plain,
        )  # fmt: skip
    message = str(caught.value)
    assert said in message and "--resume: " in message and "Fix: " in message
    assert out.read_bytes() == before  # nothing was written


@pytest.mark.parametrize("workers", [1, 2])
@pytest.mark.parametrize("kind", ["jsonl", "csv"])
@pytest.mark.parametrize("done", [1, 7, 30, 59, 60])
def test_batch_resume_goes_on_when_the_last_record_matches(tmp_path, workers, kind, done):
    src = _resume_input(tmp_path, kind)
    lines = _output_lines(src, tmp_path)
    out = tmp_path / "out.jsonl"
    out.write_text("".join(lines[:done]))
    run_score(
        str(src), str(out), resume=True, silent=True, workers=workers, batch_size=7, factory=Plain
    )
    assert out.read_text().splitlines(keepends=True) == lines


def test_cli_score_resume_refusal_exits_2(tmp_path):
    import subprocess
    import sys

    src = _resume_input(tmp_path, "jsonl")
    out = tmp_path / "out.jsonl"
    out.write_text("".join(_output_lines(_resume_input(tmp_path, "jsonl", "q", 30), tmp_path)))
    res = subprocess.run(
        [sys.executable, "-c", "from safetynlp.cli.main import app; app()", "score", str(src),
         "-o", str(out), "--resume", "-n", "1"],
        capture_output=True, timeout=300,
    )  # fmt: skip
    assert res.returncode == 2
    assert b"error: --resume: the last record of" in res.stderr
