"""End to end: ``safetynlp score`` on a small JSONL through the real Checker."""

from __future__ import annotations

import csv
import io
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

pytest.importorskip("safetynlp.checker")

FIX = Path(__file__).parent / "fixtures" / "io"
POSTS = [
    {"id": "a1", "text": "London murders have doubled since 2019", "created_at": "2024-02-01"},
    {"id": "a2", "text": "Lovely weather in Leeds today", "created_at": "2024-02-02"},
    {"id": "a3", "text": "Knife crime in London is up 60% since 2019", "created_at": "2024-03-01"},
]


def safetynlp(*args: str, stdin: bytes | None = None) -> subprocess.CompletedProcess[bytes]:
    return subprocess.run(
        [sys.executable, "-c", "from safetynlp.cli.main import app; app()", *args],
        input=stdin,
        capture_output=True,
        timeout=300,
    )


@pytest.fixture
def posts_file(tmp_path: Path) -> Path:
    path = tmp_path / "posts.jsonl"
    lines = [json.dumps(p) for p in POSTS]
    lines.insert(2, '{"id": "broken", "text": ')
    path.write_text("\n".join(lines) + "\n")
    return path


def test_score_jsonl(tmp_path, posts_file):
    out = tmp_path / "scored.jsonl"
    errors = tmp_path / "errors.jsonl"
    res = safetynlp("score", str(posts_file), "-o", str(out), "-n", "1", "--errors", str(errors))
    assert res.returncode == 0, res.stderr.decode()
    assert res.stdout == b""  # data only goes to stdout with -o -
    assert b"posts scored: 3" in res.stderr
    recs = [json.loads(line) for line in out.read_text().splitlines()]
    assert [r["id"] for r in recs] == ["a1", "a2", "a3"]
    for rec, post in zip(recs, POSTS, strict=True):
        assert rec["text"] == post["text"]
        assert rec["verdict"] in {
            "consistent",
            "exaggerated",
            "contradicting",
            "unverifiable",
            "no_claim",
        }
        assert isinstance(rec["claims"], list)
    assert recs[1]["verdict"] == "no_claim"
    assert recs[0]["claims"], "the murder claim should be extracted"
    err = json.loads(errors.read_text())
    assert err["line"] == 3 and err["path"] == str(posts_file) and err["reason"]


def test_cli_score_errors_file_names_a_document_record_by_json_path(tmp_path):
    # Telegram's result.json is one JSON document: the bad message is named by its path, and
    # its line is null rather than its position in the chat (which would read as a file line)
    out, errors = tmp_path / "scored.jsonl", tmp_path / "errors.jsonl"
    src = FIX / "telegram_result.json"
    res = safetynlp("score", str(src), "-o", str(out), "-n", "1", "--errors", str(errors))
    assert res.returncode == 0, res.stderr.decode()
    err = json.loads(errors.read_text())
    assert (err["line"], err["field"]) == (None, "messages[4].text")
    assert err["message"].startswith(f"{src}, field 'messages[4].text': text must be a string")


@pytest.mark.parametrize(
    ("args", "warned"),
    [
        (["--format", "reddit"], True),  # generic posts forced through the Reddit reader
        (["--format", "jsonl", "--text-key", "body"], True),  # a text key the records lack
        (["--format", "reddit", "--silent"], True),  # a warning, not the summary
        ([], False),
    ],
)
def test_cli_score_warns_when_no_record_reads_as_a_post(tmp_path, posts_file, args, warned):
    # every record bad: still exit 0 (bad records are skipped unless --strict), but say so
    out = tmp_path / "scored.jsonl"
    res = safetynlp("score", str(posts_file), "-o", str(out), "-n", "1", *args)
    assert res.returncode == 0, res.stderr.decode()
    stderr = res.stderr.decode()
    assert ("no record could be read as a post" in stderr) is warned
    if warned:
        assert f"warning: {posts_file}: " in stderr and "4 bad record(s)" in stderr
        assert "Fix: check --format" in stderr and "--text-key" in stderr


def test_cli_score_no_warning_when_records_are_only_non_posts(tmp_path):
    # a dump of likes and deletes holds no posts, and no bad record: nothing to warn about
    src = tmp_path / "likes.jsonl"
    like = {
        "did": "did:plc:abc",
        "time_us": 1725911162329308,
        "kind": "commit",
        "commit": {"operation": "create", "collection": "app.bsky.feed.like", "rkey": "3l3"},
    }
    src.write_text(json.dumps(like) + "\n")
    res = safetynlp("score", str(src), "-o", str(tmp_path / "o.jsonl"), "-n", "1")
    assert res.returncode == 0 and b"no record could be read" not in res.stderr


def test_strict_exit_code_and_overwrite(tmp_path, posts_file):
    out = tmp_path / "scored.jsonl"
    assert (
        safetynlp(
            "score", str(posts_file), "-o", str(out), "-n", "1", "--strict", "--silent"
        ).returncode
        == 1
    )
    res = safetynlp("score", str(posts_file), "-o", str(out), "-n", "1")
    assert res.returncode == 2 and b"--force" in res.stderr
    assert safetynlp("score", str(posts_file), "-o", str(out), "-n", "1", "--force").returncode == 0


def test_stdin_to_stdout_and_workers(tmp_path, posts_file):
    res = safetynlp(
        "score", "-", "-o", "-", "-n", "2", "--batch-size", "1", stdin=posts_file.read_bytes()
    )
    assert res.returncode == 0, res.stderr.decode()
    recs = [json.loads(line) for line in res.stdout.decode().splitlines()]
    assert [r["id"] for r in recs] == ["a1", "a2", "a3"]
    assert b"posts scored: 3" in res.stderr


def test_platform_input_to_csv(tmp_path):
    out = tmp_path / "scored.csv"
    res = safetynlp("score", str(FIX / "reddit_comments.jsonl"), "-o", str(out), "-n", "1")
    assert res.returncode == 0, res.stderr.decode()
    rows = list(csv.DictReader(io.StringIO(out.read_text())))
    assert [r["id"] for r in rows] == ["j2abcde", "j2abcdh"]
    assert {"verdict", "n_claims", "claim_surface", "claims"} <= set(rows[0])


def test_cli_score_csv_and_tsv_carry_author_like_jsonl(tmp_path):
    # the author a reader maps (Reddit's `author`) is in the flat outputs too, as in JSONL
    src = str(FIX / "reddit_comments.jsonl")
    authors = {}
    for name in ("scored.jsonl", "scored.csv", "scored.tsv"):
        out = tmp_path / name
        res = safetynlp("score", src, "-o", str(out), "-n", "1")
        assert res.returncode == 0, res.stderr.decode()
        if name.endswith(".jsonl"):
            rows = [json.loads(line) for line in out.read_text().splitlines()]
        else:
            delimiter = "\t" if name.endswith(".tsv") else ","
            rows = list(csv.DictReader(io.StringIO(out.read_text()), delimiter=delimiter))
        authors[name] = [(r["id"], r["author"]) for r in rows]
    assert authors["scored.jsonl"] == [("j2abcde", "throwaway_stats"), ("j2abcdh", "user2")]
    assert authors["scored.csv"] == authors["scored.tsv"] == authors["scored.jsonl"]


@pytest.mark.parametrize("workers", ["1", "2"])
def test_cli_score_generic_author_key(tmp_path, workers):
    # the JSON Lines path maps lines in the workers: the key must reach them too
    src = tmp_path / "posts.jsonl"
    rows = [{"id": "m1", "text": "Lovely weather in Leeds today", "user": {"screen_name": "ann"}}]
    src.write_text("".join(json.dumps(r) + "\n" for r in rows))
    out = tmp_path / "scored.jsonl"
    args = ["score", str(src), "-o", str(out), "-n", workers, "--author-key", "user.screen_name"]
    res = safetynlp(*args)
    assert res.returncode == 0, res.stderr.decode()
    assert [json.loads(line)["author"] for line in out.read_text().splitlines()] == ["ann"]


@pytest.mark.parametrize("container,workers", [("csv", "1"), ("jsonl", "1"), ("jsonl", "2")])
def test_cli_score_summary_counts_posts_without_a_date(tmp_path, container, workers):
    # minet's CSV dates its tweets in timestamp_utc: read without --date-key, every post was
    # scored against the run's date ("last year" the year before the run) without a word
    src = FIX / "generic_minet_tweets.csv"
    if container == "jsonl":
        with open(src, newline="") as fh:
            rows = list(csv.DictReader(fh))
        src = tmp_path / "minet.jsonl"
        src.write_text("".join(json.dumps(r) + "\n" for r in rows))
    out = tmp_path / "scored.jsonl"
    res = safetynlp("score", str(src), "-o", str(out), "-n", workers)
    assert res.returncode == 0, res.stderr.decode()
    assert b"posts without a date: 2 of 2 read" in res.stderr
    res = safetynlp(
        "score", str(src), "-o", str(out), "-n", workers, "--date-key", "timestamp_utc", "--force"
    )
    assert res.returncode == 0, res.stderr.decode()
    assert b"without a date" not in res.stderr


@pytest.mark.parametrize("workers", ["1", "2"])
def test_cli_score_jq_stream_from_stdin(workers):
    # `jq '.data[]' page.json | safetynlp score - -o -`: a stream of indented tweet objects is
    # valid JSON text, read object by object (it used to be refused as broken JSON)
    data = (FIX / "x_v2_jq_tweets.json").read_bytes()
    res = safetynlp("score", "-", "-o", "-", "-n", workers, "--batch-size", "1", stdin=data)
    assert res.returncode == 0, res.stderr.decode()
    recs = [json.loads(line) for line in res.stdout.decode().splitlines()]
    assert [r["id"] for r in recs] == [
        "1812345678901235101",
        "1812345678901235102",
        "1812345678901235103",
    ]
    assert b"posts scored: 3" in res.stderr and b"broken JSON" not in res.stderr


def test_unreadable_input_is_exit_2(tmp_path):
    assert (
        safetynlp(
            "score", str(tmp_path / "missing.jsonl"), "-o", str(tmp_path / "o.jsonl")
        ).returncode
        == 2
    )
    odd = tmp_path / "odd.jsonl"
    odd.write_text('{"foo": 1}\n')
    res = safetynlp("score", str(odd), "-o", str(tmp_path / "o.jsonl"))
    assert res.returncode == 2 and b"--format" in res.stderr
    assert not (tmp_path / "o.jsonl").exists()


CP1252_CSV = (
    "id,text,created_at\r\n"
    "c1,Police said “crime fell 12%” – café owners don’t agree,2024-02-01T10:00:00Z\r\n"
).encode("cp1252")


@pytest.mark.parametrize("via", ["file", "stdin"])
@pytest.mark.parametrize("silent", [[], ["--silent"]])
def test_cli_score_reads_a_cp1252_csv_and_says_so(tmp_path, via, silent):
    src = tmp_path / "excel.csv"
    src.write_bytes(CP1252_CSV)
    where = str(src) if via == "file" else "-"
    res = safetynlp(
        "score", where, "-o", "-", "-n", "1", *silent, stdin=CP1252_CSV if via == "stdin" else None
    )
    assert res.returncode == 0, res.stderr.decode()
    [rec] = [json.loads(line) for line in res.stdout.splitlines()]
    assert rec["text"] == "Police said “crime fell 12%” – café owners don’t agree"
    stderr = res.stderr.decode()
    assert f"note: {where}: not UTF-8; read as cp1252" in stderr
    assert "no record could be read" not in stderr


def test_cli_score_encoding_option(tmp_path):
    src = tmp_path / "posts.jsonl"
    src.write_bytes('{"id": "e1", "text": "Einbrüche minus 8 %"}\n'.encode("cp1252"))
    res = safetynlp("score", str(src), "-o", "-", "-n", "1", "--encoding", "cp1252")
    assert res.returncode == 0, res.stderr.decode()
    assert json.loads(res.stdout)["text"] == "Einbrüche minus 8 %"
    assert b"note:" not in res.stderr  # asked for, not guessed
    res = safetynlp("score", str(src), "-o", "-", "-n", "1")  # JSON is not guessed: say why
    assert res.returncode == 2
    assert b"line 1 is not UTF-8" in res.stderr and b"pass --encoding cp1252" in res.stderr
    res = safetynlp("score", str(src), "-o", "-", "--encoding", "nope")
    assert res.returncode == 2 and b"unknown encoding 'nope'" in res.stderr


def test_cli_score_warns_about_the_encoding_when_no_record_is_utf8(tmp_path):
    # UTF-8 was asked for and the format given (no detection to fail): every row is bad for its
    # bytes, so the closing warning names --encoding, not --format/--text-key
    src = tmp_path / "excel.csv"
    src.write_bytes(CP1252_CSV)
    out = tmp_path / "o.jsonl"
    res = safetynlp(
        "score", str(src), "-o", str(out), "--format", "csv", "--encoding", "utf-8", "--silent"
    )
    assert res.returncode == 0, res.stderr.decode()
    stderr = res.stderr.decode()
    assert (
        f"warning: {src}: no record could be read as a post (1 bad record(s), 1 of them" in stderr
    )
    assert "Fix: pass --encoding cp1252 (or the file's encoding)" in stderr
    assert "check --format" not in stderr


@pytest.mark.parametrize("name", ["empty.csv", "empty.jsonl", "empty.jsonl.gz", "blank.jsonl"])
@pytest.mark.parametrize("silent", [[], ["--silent"]])
def test_cli_score_notes_an_input_without_records(tmp_path, name, silent):
    src = tmp_path / name
    src.write_bytes(b"\n\n" if name.startswith("blank") else b"")
    res = safetynlp("score", str(src), "-o", str(tmp_path / "o.jsonl"), "-n", "1", *silent)
    assert res.returncode == 0, res.stderr.decode()
    notes = [line for line in res.stderr.decode().splitlines() if line.startswith("note:")]
    assert notes == [
        f"note: {src}: the input holds no records (an empty file?); nothing was scored"
    ]


@pytest.mark.parametrize(
    "text",
    [
        "",
        "Nothing to see here",
        "London murders have doubled since 2019",
        "3 stabbings a day in London",
    ],
)
def test_cli_score_record_is_post_identity_then_scored_dict(text):
    from safetynlp import Checker
    from safetynlp.cli.score import post_record
    from safetynlp.types import Post

    post = Post(id="p1", text=text, created_at="2026-02-01T00:00:00Z", platform="x", url="u")
    scored = Checker().check_post(post)
    identity = {
        "id": "p1",
        "platform": "x",
        "author": None,
        "url": "u",
        "created_at": "2026-02-01T00:00:00Z",
        "text": text,
    }
    expected = {**identity, **{k: v for k, v in scored.to_dict().items() if k not in identity}}
    record = post_record(post, scored)
    assert record == expected
    assert list(record) == list(expected)


@pytest.mark.parametrize(
    "text",
    ["", " ", "🙂🙂", "Nice weather today", "Crime is a word", "London murders doubled since 2019"],
)
def test_cli_score_scorer_fast_path_equals_checker_record(text):
    from safetynlp import Checker
    from safetynlp.cli.score import CheckerScorer, post_record
    from safetynlp.types import Post

    post = Post(id="p", text=text, created_at="2026-02-01T00:00:00Z", author="a", url="u")
    checker = Checker()
    assert CheckerScorer(checker)([post]) == [post_record(post, checker.check_post(post))]


def _dump(tmp_path: Path) -> Path:
    src = tmp_path / "dump.jsonl"
    src.write_text("".join(json.dumps(p) + "\n" for p in POSTS) + '{"id": "bad", "text": \n')
    return src


@pytest.mark.parametrize("link", ["same name", "symlink", "hard link"])
@pytest.mark.parametrize(
    ("case", "said"),
    [
        ("output", "-o {path} is the input file {input}"),
        ("errors", "--errors {path} is the input file {input}"),
        ("errors = output", "--errors {path} and -o {output} are the same file"),
    ],
)
def test_cli_score_refuses_an_output_or_errors_file_that_is_the_input(tmp_path, link, case, said):
    src = _dump(tmp_path)
    before = src.read_bytes()
    target = src
    output = tmp_path / "scored.jsonl"
    if case == "errors = output":
        target = output
        output.write_text("")
    if link == "same name":
        path = target
    elif link == "symlink":
        path = tmp_path / "link.jsonl"
        path.symlink_to(target)
    else:
        path = tmp_path / "other-name.jsonl"
        os.link(target, path)
    args = ["-o", str(path)] if case == "output" else ["-o", str(output), "--errors", str(path)]
    res = safetynlp("score", str(src), *args, "-n", "1", "--force")
    stderr = res.stderr.decode()
    assert res.returncode == 2, stderr
    assert said.format(path=path, input=src, output=output) in stderr
    assert "Fix: " in stderr and "--force does not override this" in stderr
    assert src.read_bytes() == before  # the input is untouched
    if case == "errors = output":
        assert output.read_text() == ""


def test_cli_score_refuses_errors_and_output_that_will_be_one_new_file(tmp_path):
    src = _dump(tmp_path)
    res = safetynlp(
        "score", str(src), "-o", str(tmp_path / "new.jsonl"), "--errors",
        str(tmp_path / "." / "new.jsonl"), "-n", "1",
    )  # fmt: skip
    assert res.returncode == 2 and b"are the same file" in res.stderr
    assert not (tmp_path / "new.jsonl").exists()


@pytest.mark.parametrize("force", [[], ["--force"]])
def test_cli_score_allows_dev_null_for_output_and_errors(tmp_path, force):
    # a device holds nothing to overwrite: was refused without --force ("already exists")
    res = safetynlp(
        "score", str(_dump(tmp_path)), "-o", os.devnull, "--errors", os.devnull, "-n", "1",
        *force,
    )  # fmt: skip
    assert res.returncode == 0, res.stderr.decode()


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="named pipes")
def test_cli_score_writes_into_an_existing_named_pipe_without_force(tmp_path):
    import threading

    fifo = tmp_path / "results.fifo"
    os.mkfifo(fifo)
    got: list[bytes] = []
    reader = threading.Thread(target=lambda: got.append(fifo.read_bytes()), daemon=True)
    reader.start()
    res = safetynlp("score", str(_dump(tmp_path)), "-o", str(fifo), "-n", "1")
    reader.join(timeout=60)
    assert res.returncode == 0, res.stderr.decode()
    assert [json.loads(line)["id"] for line in got[0].splitlines()] == ["a1", "a2", "a3"]


def test_cli_score_refuses_an_output_that_is_the_file_on_stdin(tmp_path):
    src = _dump(tmp_path)
    before = src.read_bytes()
    with src.open("rb") as stdin:
        res = subprocess.run(
            [sys.executable, "-c", "from safetynlp.cli.main import app; app()", "score", "-",
             "-o", str(src), "-n", "1", "--force"],
            stdin=stdin, capture_output=True, timeout=300,
        )  # fmt: skip
    assert res.returncode == 2 and f"-o {src} is the input file -".encode() in res.stderr
    assert src.read_bytes() == before


@pytest.mark.parametrize("layout", ["jsonl", "json array"])
@pytest.mark.parametrize("workers", ["1", "2"])
def test_cli_score_stdout_closed_early_ends_quietly(tmp_path, layout, workers):
    # `-o - | head`: was "error: INPUT: Broken pipe" and exit 2, which means unreadable input
    posts = [{"id": f"p{i}", "text": f"post {i} " + "x" * 80} for i in range(30_000)]
    if layout == "jsonl":
        src = tmp_path / "posts.jsonl"
        src.write_text('{"id": "bad", \n' + "".join(json.dumps(p) + "\n" for p in posts))
    else:
        src = tmp_path / "posts.json"
        src.write_text(json.dumps([{"id": "bad", "text": 5}, *posts], indent=1))
    errors = tmp_path / "errors.jsonl"
    proc = subprocess.Popen(
        [sys.executable, "-c", "from safetynlp.cli.main import app; app()", "score", str(src),
         "-o", "-", "-n", workers, "--errors", str(errors), "--batch-size", "100"],
        stdout=subprocess.PIPE, stderr=subprocess.PIPE,
    )  # fmt: skip
    assert proc.stdout is not None and proc.stderr is not None
    assert json.loads(proc.stdout.readline())["id"] == "p0"
    proc.stdout.close()  # the reader goes away, as head does
    stderr = proc.stderr.read().decode()
    assert proc.wait(timeout=300) == 141, stderr
    assert "error" not in stderr and "Broken pipe" not in stderr and "Traceback" not in stderr
    # the bad record read before the pipe closed is in the errors file all the same
    assert [json.loads(line)["path"] for line in errors.read_text().splitlines()] == [str(src)]


@pytest.mark.parametrize("workers", ["1", "2"])
def test_cli_score_ctrl_c_says_what_was_written_and_how_to_resume(tmp_path, workers):
    # was: exit 130 and nothing on stderr
    import signal
    import time

    src = tmp_path / "posts.jsonl"
    src.write_text("".join(f'{{"id": "p{i}", "text": "post {i}"}}\n' for i in range(200_000)))
    out = tmp_path / "scored.jsonl"
    proc = subprocess.Popen(
        [sys.executable, "-c", "from safetynlp.cli.main import app; app()", "score", str(src),
         "-o", str(out), "-n", workers, "--silent"],
        stderr=subprocess.PIPE,
    )  # fmt: skip
    deadline = time.monotonic() + 120
    while not (out.exists() and out.stat().st_size) and time.monotonic() < deadline:
        time.sleep(0.02)
    proc.send_signal(signal.SIGINT)
    _, err = proc.communicate(timeout=120)
    stderr = err.decode()
    assert proc.returncode == 130, stderr
    lines = out.read_text().splitlines()
    assert 0 < len(lines) < 200_000, "the run should have been interrupted part-way"
    assert f"interrupted: {out} holds the results of the first {len(lines):,} posts" in stderr
    assert "--resume" in stderr and "Traceback" not in stderr
