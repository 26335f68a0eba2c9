"""Compressed inputs/outputs, stdin, undecodable bytes and container/platform detection."""

from __future__ import annotations

import bz2
import gzip
import io
import lzma
import struct
import subprocess
import sys
from pathlib import Path

import pytest
import zstandard

from safetynlp.errors import BadRecordError
from safetynlp.io import open_input, open_output, read_posts
from safetynlp.io.detect import detect_platform

FIX = Path(__file__).parent / "fixtures" / "io"

COMPRESSORS = {
    ".gz": gzip.compress,
    ".bz2": bz2.compress,
    ".xz": lzma.compress,
    ".zst": lambda data: zstandard.ZstdCompressor().compress(data),
}


@pytest.mark.parametrize("suffix", sorted(COMPRESSORS))
@pytest.mark.parametrize(
    "fixture,fmt,n",
    [
        ("reddit_comments.jsonl", "reddit", 2),
        ("crowdtangle_facebook.csv", "crowdtangle", 2),
        ("telegram_result.json", "telegram", 3),
    ],
)
def test_compressed_inputs(tmp_path, suffix, fixture, fmt, n):
    path = tmp_path / (fixture + suffix)
    path.write_bytes(COMPRESSORS[suffix]((FIX / fixture).read_bytes()))
    posts, got = read_posts(path)
    assert got == fmt
    assert len(list(posts)) == n


def test_compression_sniffed_from_magic_bytes(tmp_path):
    path = tmp_path / "no_suffix"
    path.write_bytes(gzip.compress((FIX / "x_v1.jsonl").read_bytes()))
    posts, fmt = read_posts(path)
    assert fmt == "x" and len(list(posts)) == 3


def test_zstd_long_window(tmp_path):
    # Reddit dumps are written with --long=31; decoding needs max_window_size=2**31
    data = (FIX / "reddit_submissions.jsonl").read_bytes() * 50
    params = zstandard.ZstdCompressionParameters.from_level(3, window_log=29)
    cobj = zstandard.ZstdCompressor(compression_params=params).compressobj()
    path = tmp_path / "RS_2023-01.zst"
    path.write_bytes(cobj.compress(data) + cobj.flush())
    with pytest.raises(zstandard.ZstdError):  # what a default decompressor says
        zstandard.ZstdDecompressor().stream_reader(io.BytesIO(path.read_bytes())).read()
    posts, fmt = read_posts(path)
    assert fmt == "reddit" and len(list(posts)) == 100


@pytest.mark.parametrize("suffix", ["", ".gz", ".bz2", ".xz", ".zst"])
def test_open_output_round_trip(tmp_path, suffix):
    path = tmp_path / f"out.jsonl{suffix}"
    with open_output(path) as fh:
        fh.write(b'{"a": 1}\n')
    with open_output(path, append=True) as fh:
        fh.write(b'{"a": 2}\n')
    with open_input(path) as fh:
        assert fh.read() == b'{"a": 1}\n{"a": 2}\n'


def test_undecodable_bytes_make_one_bad_record(tmp_path):
    good = (FIX / "reddit_comments.jsonl").read_bytes().splitlines()[0]
    bad = good.replace(b"Murders", b"Murd\xff\xfers")
    path = tmp_path / "mixed.jsonl"
    path.write_bytes(good + b"\n" + bad + b"\n" + good + b"\n")
    errors: list[BadRecordError] = []
    posts, fmt = read_posts(path, on_error=errors.append)
    assert len(list(posts)) == 2
    assert errors[0].line == 2 and "UTF-8" in errors[0].reason


@pytest.mark.parametrize(
    "data,kw",
    [
        # UTF-8 with one damaged byte: the file stays UTF-8 (no cp1252 fallback)
        ("id,text\n1,café fine\n2,bro\udcffken\n3,naïve also fine\n", {}),
        # cp1252-looking bytes, but UTF-8 was asked for
        ("id,text\n1,fine\n2,bro\udcffken\n3,also fine\n", {"encoding": "utf-8"}),
    ],
)
def test_undecodable_bytes_in_csv(tmp_path, data, kw):
    path = tmp_path / "g.csv"
    path.write_bytes(data.encode("utf-8", "surrogateescape"))
    errors: list[BadRecordError] = []
    posts, _ = read_posts(path, on_error=errors.append, **kw)
    assert [p.id for p in posts] == ["1", "3"]
    assert errors[0].line == 3 and errors[0].field == "text"
    assert errors[0].reason == "not UTF-8: pass --encoding cp1252 (or the file's encoding)"


def test_stdin(tmp_path):
    data = gzip.compress((FIX / "mastodon_statuses.jsonl").read_bytes())
    code = (
        "from safetynlp.io import read_posts\n"
        "posts, fmt = read_posts('-')\n"
        "print(fmt, len(list(posts)), posts.stats.bad)\n"
    )
    out = subprocess.run(
        [sys.executable, "-c", code], input=data, capture_output=True, check=True
    ).stdout
    assert out.decode().split() == ["mastodon", "3", "1"]


def test_json_suffix_holding_json_lines(tmp_path):
    path = tmp_path / "tweets.json"
    path.write_bytes((FIX / "x_v2_envelopes.jsonl").read_bytes())
    posts, fmt = read_posts(path)
    assert fmt == "x" and posts.container == "jsonl" and len(list(posts)) == 3


def test_jsonl_with_broken_first_line_and_no_suffix(tmp_path):
    path = tmp_path / "dump"
    lines = (FIX / "reddit_comments.jsonl").read_bytes()
    path.write_bytes(b'{"broken\n' + lines)
    errors: list[BadRecordError] = []
    posts, fmt = read_posts(path, on_error=errors.append)
    assert fmt == "reddit" and len(list(posts)) == 2
    assert errors[0].line == 1


def test_streams_without_loading_everything(tmp_path):
    path = tmp_path / "big.jsonl"
    line = (FIX / "reddit_comments.jsonl").read_bytes().splitlines()[0] + b"\n"
    path.write_bytes(line * 1000)
    posts, _ = read_posts(path)
    it = iter(posts)
    next(it)
    assert posts.stats.records < 100  # only the detection sample was read ahead
    assert sum(1 for _ in it) == 999


@pytest.mark.parametrize(
    "record,expected",
    [
        ({"data": [{"id": "1", "text": "x"}], "includes": {}}, "x"),
        ({"id": "1", "text": "x", "edit_history_tweet_ids": ["1"]}, "x"),
        ({"id_str": "1", "full_text": "x", "user": {}}, "x"),
        ({"body": "x", "created_utc": 1, "subreddit": "a"}, "reddit"),
        ({"title": "x", "selftext": "", "created_utc": 1, "subreddit": "a"}, "reddit"),
        ({"did": "d", "time_us": 1, "kind": "identity"}, "bluesky"),
        ({"$type": "app.bsky.feed.post", "text": "x", "createdAt": "2024-01-01"}, "bluesky"),
        ({"content": "<p>x</p>", "account": {}, "id": "1"}, "mastodon"),
        (
            {"Post Created": "2021-01-01 00:00:00 EST", "Message": "x", "Page Name": "p"},
            "crowdtangle",
        ),
        ({"id": "1", "text": "x", "creation_time": "2023-01-01"}, "meta"),
        ({"name": "c", "type": "public_channel", "id": 1, "messages": []}, "telegram"),
        ({"id": "1", "text": "x"}, "generic"),
        ({"foo": 1}, None),
    ],
)
def test_detect_platform(record, expected):
    assert detect_platform([record]) == expected


def test_open_input_stdin_dash_is_not_closed():
    stdin = io.BytesIO(b"abc")

    class Fake:
        buffer = stdin

    real = sys.stdin
    sys.stdin = Fake()  # type: ignore[assignment]
    try:
        fh = open_input("-")
        assert fh.read() == b"abc"
        fh.close()
    finally:
        sys.stdin = real
    assert not stdin.closed


def _pzstd(data: bytes, magic: int) -> bytes:
    """What pzstd writes: each zstd frame behind a skippable frame holding the frame's size."""
    out = b""
    for part in (data[: len(data) // 2], data[len(data) // 2 :]):
        frame = zstandard.ZstdCompressor().compress(part)
        out += struct.pack("<II", magic, 4) + struct.pack("<I", len(frame)) + frame
    return out


@pytest.mark.parametrize("magic", [0x184D2A50, 0x184D2A5F])
@pytest.mark.parametrize("name", ["dump.jsonl.zst", "dump.jsonl", "no_suffix"])
def test_io_compression_pzstd_leading_skippable_frame_is_zstd(tmp_path, magic, name):
    # was: not recognised, then refused as "not UTF-8 ... pass --encoding cp1252"
    raw = (FIX / "x_v1.jsonl").read_bytes()
    path = tmp_path / name
    path.write_bytes(_pzstd(raw, magic))
    assert open_input(path).read() == raw
    posts, fmt = read_posts(path)
    assert fmt == "x" and len(list(posts)) == 3


def test_io_compression_pzstd_from_stdin(tmp_path):
    res = subprocess.run(
        [sys.executable, "-c", "from safetynlp.cli.main import app; app()", "score", "-",
         "-o", "-", "-n", "1", "--silent"],
        input=_pzstd((FIX / "x_v1.jsonl").read_bytes(), 0x184D2A50), capture_output=True,
        timeout=300,
    )  # fmt: skip
    assert res.returncode == 0, res.stderr.decode()
    assert len(res.stdout.splitlines()) == 3
