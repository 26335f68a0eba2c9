"""Compressed inputs cut short (an interrupted download) or corrupt (flipped bytes): the posts
before the damage are read, the damage is one bad record, and the result does not depend on
the worker count; damage before any record is a clean error (exit 2)."""

from __future__ import annotations

import bz2
import gzip
import json
import lzma
import random
import subprocess
import sys
from pathlib import Path

import pytest
import zstandard

from safetynlp.errors import BadRecordError, DamagedInputError
from safetynlp.io import read_posts

N_LINES = 3000


def _lines(n: int = N_LINES) -> bytes:
    rng = random.Random(7)
    return b"".join(
        json.dumps(
            {
                "id": f"p{i}",
                "text": f"post {i} " + "".join(rng.choice("abcdefgh ") for _ in range(60)),
                "created_at": "2024-06-01T10:00:00Z",
            }
        ).encode()
        + b"\n"
        for i in range(n)
    )


COMPRESS = {
    # bz2 decodes whole blocks: level 1 (100 kB blocks) lets some come before the damage
    ".bz2": lambda data: bz2.compress(data, compresslevel=1),
    ".gz": gzip.compress,
    ".xz": lzma.compress,
    ".zst": lambda data: zstandard.ZstdCompressor(write_checksum=True).compress(data),
}


def truncated(suffix: str, fraction: float = 0.7) -> bytes:
    data = COMPRESS[suffix](_lines())
    return data[: int(len(data) * fraction)]


def corrupt(suffix: str) -> bytes:
    data = bytearray(COMPRESS[suffix](_lines()))
    mid = int(len(data) * 0.6)
    data[mid : mid + 16] = bytes(b ^ 0xFF for b in data[mid : mid + 16])
    return bytes(data)


def _read(path: Path) -> tuple[list[str], list[BadRecordError]]:
    errors: list[BadRecordError] = []
    posts, _ = read_posts(path, on_error=errors.append)
    return [p.id for p in posts], errors


@pytest.mark.parametrize("suffix", sorted(COMPRESS))
def test_truncated_stream_keeps_the_posts_before_the_cut(tmp_path, suffix):
    path = tmp_path / f"dump.jsonl{suffix}"
    path.write_bytes(truncated(suffix))
    ids, errors = _read(path)
    assert 0 < len(ids) < N_LINES
    assert ids == [f"p{i}" for i in range(len(ids))]
    # the cut is one bad record, after the last whole line (the line it cut is part of it)
    assert len(errors) == 1, [str(e) for e in errors]
    (err,) = errors
    assert err.path == str(path) and err.line == len(ids)
    assert "compressed stream ends early (truncated download?)" in err.reason
    assert "the rest of the file could not be read" in err.reason


@pytest.mark.parametrize(
    ("suffix", "what"),
    [
        (".bz2", "corrupt bz2 data"),
        (".gz", "corrupt gzip data"),
        (".xz", "corrupt xz data"),
        (".zst", "corrupt zstd data"),
    ],
)
def test_corrupt_stream_is_a_bad_record_not_an_exception(tmp_path, suffix, what):
    path = tmp_path / f"dump.jsonl{suffix}"
    path.write_bytes(corrupt(suffix))
    ids, errors = _read(path)
    assert ids[:10] == [f"p{i}" for i in range(10)]
    # gzip checks its CRC only at the end: the garbage lines before it are bad records too
    assert what in errors[-1].reason, [str(e) for e in errors]
    assert "the rest of the file could not be read" in errors[-1].reason
    assert all(what not in e.reason for e in errors[:-1])


def test_truncated_stream_read_as_csv(tmp_path):
    rows = b"id,text\n" + b"".join(b"c%d,row number %d\n" % (i, i) for i in range(N_LINES))
    path = tmp_path / "dump.csv.xz"
    data = lzma.compress(rows)
    path.write_bytes(data[: len(data) // 2])
    ids, errors = _read(path)
    assert 0 < len(ids) < N_LINES and ids == [f"c{i}" for i in range(len(ids))]
    assert len(errors) == 1 and errors[0].line == len(ids) + 1  # the header is line 1
    assert "compressed stream ends early" in errors[0].reason


def test_zstd_frame_cut_short_is_reported(tmp_path):
    # zstandard's stream reader ends a cut frame silently, as if the file were complete
    path = tmp_path / "RC_2023-11.zst"
    path.write_bytes(truncated(".zst", 0.6))
    ids, errors = _read(path)
    assert len(ids) > 100 and len(errors) == 1
    assert "compressed stream ends early" in errors[0].reason


def test_damage_before_any_record_is_a_clean_error(tmp_path):
    # one bz2 block: nothing decodes before the cut
    path = tmp_path / "small.jsonl.bz2"
    data = bz2.compress(_lines(50))
    path.write_bytes(data[: len(data) // 2])
    with pytest.raises(DamagedInputError) as info:
        read_posts(path)
    message = str(info.value)
    assert message.startswith(f"{path}: compressed stream ends early (truncated download?)")
    assert "Fix: " in message


def test_zstd_dictionary_frames_are_a_clean_error(tmp_path):
    # Jetstream's compress=true messages are zstd frames made with its own dictionary
    sample = [_lines(40)[i * 120 : i * 120 + 120] for i in range(30)]
    zdict = zstandard.train_dictionary(1024, sample * 10)
    cctx = zstandard.ZstdCompressor(dict_data=zdict)
    path = tmp_path / "jetstream.zst"
    path.write_bytes(b"".join(cctx.compress(line + b"\n") for line in _lines(5).splitlines()))
    with pytest.raises(DamagedInputError) as info:
        read_posts(path)
    message = str(info.value)
    assert "zstd frame compressed with a dictionary" in message
    assert "Jetstream" in message and "compress=true" in message


# ------------------------------------------------------------------ the CLI


def safetynlp(*args: str, stdin: bytes | None = None) -> subprocess.CompletedProcess[bytes]:
    return subprocess.run(
        [sys.executable, "-c", "from safetynlp.cli.main import app; app()", *args],
        input=stdin,
        capture_output=True,
        timeout=300,
    )


def _score(tmp_path: Path, src: Path, via: str, *args: str) -> tuple[int, str, list[str], list]:
    out, errors = tmp_path / f"out{len(list(tmp_path.iterdir()))}.jsonl", tmp_path / "err.jsonl"
    common = ("-o", str(out), "--errors", str(errors), "--force", "--batch-size", "100", *args)
    if via == "stdin":
        res = safetynlp("score", "-", *common, stdin=src.read_bytes())
    else:
        res = safetynlp("score", str(src), *common)
    ids = [json.loads(line)["id"] for line in out.read_text().splitlines()]
    bad = [json.loads(line) for line in errors.read_text().splitlines()]
    return res.returncode, res.stderr.decode(), ids, bad


@pytest.mark.parametrize("via", ["file", "stdin"])
@pytest.mark.parametrize("suffix", [".bz2", ".xz", ".zst"])
def test_cli_score_truncated_input_whatever_the_workers(tmp_path, suffix, via):
    src = tmp_path / f"dump.jsonl{suffix}"
    src.write_bytes(truncated(suffix))
    name = "-" if via == "stdin" else str(src)
    runs = [_score(tmp_path, src, via, "-n", n, "--silent") for n in ("1", "2")]
    for rc, stderr, ids, bad in runs:
        assert rc == 0, stderr
        assert "Aborted" not in stderr and "Traceback" not in stderr
        assert 0 < len(ids) < N_LINES
        assert [b["reason"] for b in bad] == [runs[0][3][0]["reason"]]
        assert bad[0]["path"] == name and bad[0]["line"] == len(ids)
        assert f"warning: {name}: compressed stream ends early" in stderr
        assert "the rest of the file could not be read" in stderr
    assert runs[0][2] == runs[1][2]  # the same posts, whatever the worker count
    rc, stderr, _, _ = _score(tmp_path, src, via, "-n", "1", "--strict")
    assert rc == 1 and "input cut short" in stderr


def test_cli_score_corrupt_gzip_is_a_bad_record_like_the_others(tmp_path):
    src = tmp_path / "dump.jsonl.gz"
    src.write_bytes(corrupt(".gz"))
    rc, stderr, ids, bad = _score(tmp_path, src, "file", "-n", "2", "--silent")
    assert rc == 0, stderr
    assert len(ids) > 10 and "corrupt gzip data (CRC check failed" in bad[-1]["reason"]
    assert "warning: " in stderr and "the rest of the file could not be read" in stderr


@pytest.mark.parametrize("command", ["score", "inspect"])
def test_cli_damage_before_any_record_exits_2(tmp_path, command):
    src = tmp_path / "small.jsonl.bz2"
    data = bz2.compress(_lines(50))
    src.write_bytes(data[: len(data) // 2])
    args = ("-o", str(tmp_path / "o.jsonl")) if command == "score" else ()
    res = safetynlp(command, str(src), *args)
    stderr = res.stderr.decode()
    assert res.returncode == 2, stderr
    assert f"error: {src}: compressed stream ends early" in stderr
    assert "Traceback" not in stderr and "Aborted" not in stderr


def test_cli_inspect_reports_the_damage_after_the_posts(tmp_path):
    src = tmp_path / "dump.jsonl.xz"
    src.write_bytes(truncated(".xz"))
    res = safetynlp("inspect", str(src), "-n", str(N_LINES))
    out = res.stdout.decode()
    assert res.returncode == 0, res.stderr.decode()
    assert "bad: " in out and "compressed stream ends early" in out


# ------------------------------------------------------------------ files of several streams

#: three streams of 40 posts, as pbzip2, ``xz`` of several files or ``cat a.bz2 b.bz2`` write
STREAMS = {".bz2": bz2.compress, ".xz": lzma.compress, ".gz": gzip.compress}


def _three_streams(suffix: str, damage: str = "", between: bytes = b"") -> bytes:
    lines = _lines(120).splitlines(keepends=True)
    parts = [bytearray(STREAMS[suffix](b"".join(lines[i : i + 40]))) for i in (0, 40, 80)]
    second = parts[1]
    if damage == "header":
        second[4] ^= 0xFF  # bz2: the block magic; xz: the stream flags; gzip: mtime
        if suffix == ".gz":
            second[0] ^= 0xFF
    elif damage == "middle":
        mid = len(second) // 2
        second[mid : mid + 8] = bytes(b ^ 0xFF for b in second[mid : mid + 8])
    return bytes(parts[0]) + between + bytes(second) + between + bytes(parts[2])


@pytest.mark.parametrize("suffix", [".bz2", ".xz"])
@pytest.mark.parametrize("between", [b"", b"\0" * 8])
def test_io_damaged_every_stream_of_a_multistream_file_is_read(tmp_path, suffix, between):
    # xz allows Stream Padding (zero bytes) between streams; xz -dc reads through it
    path = tmp_path / f"dump.jsonl{suffix}"
    path.write_bytes(_three_streams(suffix, between=between))
    ids, errors = _read(path)
    assert ids == [f"p{i}" for i in range(120)] and errors == []


@pytest.mark.parametrize("suffix", [".bz2", ".xz", ".gz"])
@pytest.mark.parametrize("damage", ["header", "middle"])
def test_io_damaged_later_stream_damage_is_reported(tmp_path, suffix, damage):
    # was: only the first stream of a bz2/xz file read, and no word of the rest
    path = tmp_path / f"dump.jsonl{suffix}"
    path.write_bytes(_three_streams(suffix, damage))
    ids, errors = _read(path)
    assert ids[:40] == [f"p{i}" for i in range(40)] and len(ids) < 120
    assert errors, "the damage in stream 2 was not reported"
    kind = {".bz2": "bz2", ".xz": "xz", ".gz": "gzip"}[suffix]
    assert f"corrupt {kind} data" in errors[-1].reason
    assert "the rest of the file could not be read" in errors[-1].reason


@pytest.mark.parametrize("suffix", [".bz2", ".xz"])
def test_io_damaged_garbage_after_the_last_stream_is_reported(tmp_path, suffix):
    path = tmp_path / f"dump.jsonl{suffix}"
    path.write_bytes(STREAMS[suffix](_lines(40)) + b"GARBAGE")
    ids, errors = _read(path)
    assert len(ids) == 40 and len(errors) == 1
    assert "the rest of the file could not be read" in errors[0].reason


@pytest.mark.parametrize("via", ["file", "stdin"])
@pytest.mark.parametrize("suffix", [".bz2", ".xz"])
def test_cli_score_later_stream_damage_fails_strict(tmp_path, suffix, via):
    src = tmp_path / f"dump.jsonl{suffix}"
    src.write_bytes(_three_streams(suffix, "header"))
    rc, stderr, ids, bad = _score(tmp_path, src, via, "-n", "1", "--strict")
    assert rc == 1, stderr
    assert ids == [f"p{i}" for i in range(40)]
    assert len(bad) == 1 and bad[0]["line"] == 40
    assert "input cut short: corrupt" in stderr and "warning: " in stderr
