"""Inputs that are not UTF-8: Excel's CSV (cp1252, ';' where the decimal mark is a comma) and
"Unicode Text" (UTF-16, tabs), ``encoding=``, and inputs that are no post dump at all
(archives, CAR files) named as such instead of "format not detected"."""

from __future__ import annotations

import gzip
import io
import json
import os
import subprocess
import sys
import tarfile
import zipfile
from pathlib import Path

import pytest

from safetynlp.errors import BadRecordError, ConfigError, InputError
from safetynlp.io import read_posts

FIX = Path(__file__).parent / "fixtures" / "io"

CP1252_ROWS = (
    "id,text,created_at\r\n"
    "c1,Police said “crime fell 12%” – café owners don’t agree; cost €5m,2024-02-01T10:00:00Z\r\n"
    "c2,Naïve claim: murders up 300%…,2024-02-01T11:00:00Z\r\n"
)
CP1252_TEXTS = [
    "Police said “crime fell 12%” – café owners don’t agree; cost €5m",
    "Naïve claim: murders up 300%…",
]


def read(path: Path | str, **kw):
    errors: list[BadRecordError] = []
    posts, fmt = read_posts(path, on_error=errors.append, **kw)
    return list(posts), fmt, posts, errors


@pytest.mark.parametrize(
    "fixture,encoding,guessed,container",
    [
        # Excel (German locale) "CSV": cp1252, ';'-separated, a quoted multi-line message
        ("crowdtangle_facebook_excel_de.csv", "cp1252", True, "csv"),
        # Excel "Unicode Text": UTF-16LE with its byte-order mark, tab-separated, quoted as CSV
        ("crowdtangle_facebook_unicode_text.txt", "utf-16", False, "tsv"),
    ],
)
@pytest.mark.parametrize("suffix", ["", ".gz"])
def test_io_excel_saved_crowdtangle_exports(
    tmp_path, fixture, encoding, guessed, container, suffix
):
    path = tmp_path / (fixture + suffix)
    data = (FIX / fixture).read_bytes()
    path.write_bytes(gzip.compress(data) if suffix else data)
    posts, fmt, stream, errors = read(path)
    assert (fmt, stream.container, stream.encoding) == ("crowdtangle", container, encoding)
    assert stream.encoding_guessed is guessed
    assert (stream.encoding_note is not None) is guessed
    assert not errors and [p.id[-3:] for p in posts] == ["0A1", "0A2"]
    assert posts[0].author == "Bürgerwehr Köln"
    assert posts[0].text.startswith('Erste Zeile\r\nZweite Zeile mit "Zitat"; und Komma, so')
    assert posts[0].text.endswith("Einbrüche in Köln um 8 % gesunken")
    assert posts[1].text.startswith("Messerangriffe +20 % – „offizielle“ Zahlen, Kosten 5 Mio. €")
    assert posts[0].created_at == "2023-06-01T08:00:00Z"


@pytest.mark.parametrize(
    "name,data,texts",
    [
        ("cp1252.csv", CP1252_ROWS.encode("cp1252"), CP1252_TEXTS),
        (
            "latin1.csv",
            "id,text\nl1,São Paulo: homicídios caíram 10%\nl2,Zürich été ñ\n".encode("latin-1"),
            ["São Paulo: homicídios caíram 10%", "Zürich été ñ"],
        ),
        ("sniffed", CP1252_ROWS.encode("cp1252"), CP1252_TEXTS),  # no suffix: sniffed as CSV
    ],
)
@pytest.mark.parametrize("fmt", [None, "csv"])
def test_io_csv_that_is_not_utf8_is_read_as_cp1252_with_a_note(tmp_path, name, data, texts, fmt):
    path = tmp_path / name
    path.write_bytes(data)
    posts, got, stream, errors = read(path, format=fmt)
    assert got == "csv" and not errors
    assert [p.text for p in posts] == texts
    assert stream.encoding == "cp1252" and stream.encoding_guessed
    assert stream.encoding_note.startswith(f"note: {path}: not UTF-8; read as cp1252")
    assert "--encoding" in stream.encoding_note


def test_io_cp1252_csv_from_stdin():
    code = (
        "from safetynlp.io import read_posts\n"
        "posts, fmt = read_posts('-')\n"
        "print(fmt, posts.encoding)\n"
        "print(*(p.text for p in posts), sep='\\n')\n"
    )
    out = subprocess.run(
        [sys.executable, "-c", code],
        input=CP1252_ROWS.encode("cp1252"),
        capture_output=True,
        check=True,
        env={**os.environ, "PYTHONIOENCODING": "utf-8"},
    ).stdout
    assert out.decode("utf-8").splitlines() == ["csv cp1252", *CP1252_TEXTS]


TSV_ROWS = (
    "id\ttext\tcreated_at\r\n"
    "q1\tKnife crime, they say, is up 20%\t2024-06-01T10:00:00Z\r\n"
    "q2\tMurders fell; arrests rose\t2024-06-02T10:00:00Z\r\n"
)


@pytest.mark.parametrize("encoding", ["utf-8", "utf-16"])  # utf-16: Meltwater's export (LE + BOM)
@pytest.mark.parametrize("via", ["path", "stdin"])
def test_io_tab_separated_content_named_csv_is_read_as_tsv(tmp_path, encoding, via):
    # exports are often tab-separated and saved as .csv: the content says more than the suffix,
    # and a file reads by path as it does from stdin
    path = tmp_path / "export.csv"
    path.write_bytes(TSV_ROWS.encode(encoding))
    texts = ["Knife crime, they say, is up 20%", "Murders fell; arrests rose"]
    if via == "path":
        posts, fmt, stream, errors = read(path)
        assert (fmt, stream.container, errors) == ("tsv", "tsv", [])
        assert [p.text for p in posts] == texts
        assert [p.created_at for p in posts] == ["2024-06-01T10:00:00Z", "2024-06-02T10:00:00Z"]
        # what --format says is not second-guessed
        assert read(path, format="csv", text_key="text")[2].container == "csv"
        return
    code = (
        "from safetynlp.io import read_posts\n"
        "posts, fmt = read_posts('-')\n"
        "print(fmt)\n"
        "print(*(p.text for p in posts), sep='\\n')\n"
    )
    out = subprocess.run(
        [sys.executable, "-c", code],
        input=path.read_bytes(),
        capture_output=True,
        check=True,
        env={**os.environ, "PYTHONIOENCODING": "utf-8"},
    ).stdout
    assert out.decode("utf-8").splitlines() == ["tsv", *texts]


def test_io_csv_named_csv_with_a_tab_in_a_field_stays_csv(tmp_path):
    path = tmp_path / "posts.csv"
    path.write_text('id,text,created_at\nc1,"a\ttab, inside",2024-06-01\n')
    posts, fmt, _, errors = read(path)
    assert fmt == "csv" and not errors and posts[0].text == "a\ttab, inside"


@pytest.mark.parametrize(
    "name,data,kw,encoding",
    [
        # JSON is UTF-8: another encoding only when asked for
        (
            "posts.jsonl",
            b'{"id": "j1", "text": "caf\xe9 \x93quote\x94"}\n',
            {"encoding": "cp1252"},
            "cp1252",
        ),
        (
            "posts.jsonl",
            b'{"id": "j1", "text": "caf\xe9 \x93quote\x94"}\n',
            {"encoding": "windows-1252"},
            "cp1252",
        ),
        ("posts.json", '[{"id": "j1", "text": "café “quote”"}]'.encode("utf-16"), {}, "utf-16"),
        (
            "posts.jsonl",
            '{"id": "j1", "text": "café “quote”"}\n'.encode("utf-16-be"),
            {"encoding": "utf-16-be"},
            "utf-16-be",
        ),
    ],
)
def test_io_encoding_decodes_any_container(tmp_path, name, data, kw, encoding):
    path = tmp_path / name
    path.write_bytes(data)
    posts, fmt, stream, errors = read(path, **kw)
    assert not errors and [p.text for p in posts] == ["café “quote”"]
    assert stream.encoding == encoding and not stream.encoding_guessed


@pytest.mark.parametrize(
    "name,data,kw,line",
    [
        ("posts.jsonl", b'{"id": "j1", "text": "caf\xe9"}\n{"id": "j2", "text": "\x93"}\n', {}, 1),
        ("g.csv", CP1252_ROWS.encode("cp1252"), {"encoding": "utf-8"}, 2),  # fallback refused
    ],
)
def test_io_undetected_because_not_utf8_says_so(tmp_path, name, data, kw, line):
    # not "no known platform fields; record keys: []": the bytes are what is wrong
    path = tmp_path / name
    path.write_bytes(data)
    with pytest.raises(InputError) as caught:
        read_posts(path, **kw)
    message = str(caught.value)
    assert message.startswith(f"{path}: line {line} is not UTF-8")
    assert message.endswith("Fix: pass --encoding cp1252 (or the file's encoding)")
    assert "record keys" not in message


def _zip() -> bytes:
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as zf:
        zf.writestr("data/tweets.js", "window.YTD.tweets.part0 = []")
    return buf.getvalue()


def _xlsx() -> bytes:
    # what Excel writes: [Content_Types].xml first, the workbook's parts under xl/
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as zf:
        zf.writestr("[Content_Types].xml", "<Types/>")
        zf.writestr("_rels/.rels", "<Relationships/>")
        zf.writestr("xl/workbook.xml", "<workbook/>")
        zf.writestr("xl/worksheets/sheet1.xml", "<worksheet/>")
    return buf.getvalue()


def _tar_gz() -> bytes:
    buf = io.BytesIO()
    with tarfile.open(fileobj=buf, mode="w:gz") as tf:
        data = b'{"orderedItems": []}'
        info = tarfile.TarInfo("outbox.json")
        info.size = len(data)
        tf.addfile(info, io.BytesIO(data))
    return buf.getvalue()


#: a CARv1 header: its length, then the DAG-CBOR map {"roots": [cid], "version": 1}
_CAR = bytes.fromhex("3aa265726f6f747381d82a58250001711220") + bytes(32) + b"gversion\x01"


@pytest.mark.parametrize(
    "name,data,says",
    [
        (
            "twitter-2023-03-10-abcdef.zip",
            _zip(),
            "looks like a ZIP archive, not a post dump. "
            "Fix: unzip it and pass the JSON, JS or CSV file inside",
        ),
        # a CSV export re-saved by Excel: a ZIP too, but unzipping it gives no CSV
        *(
            (
                name,
                _xlsx(),
                "looks like an Excel workbook (.xlsx), not a post dump. Fix: open it in Excel "
                "(or LibreOffice) and save it as CSV UTF-8, then pass the .csv file",
            )
            for name in ("crowdtangle_export.xlsx", "export")
        ),
        (
            "legacy.xls",
            bytes.fromhex("d0cf11e0a1b11ae1") + bytes(504),
            "looks like an Office 97-2003 file (an Excel .xls workbook?), not a post dump. "
            "Fix: open it in Excel (or LibreOffice) and save it as CSV UTF-8",
        ),
        (
            "archive-20240110.tar.gz",
            _tar_gz(),
            "looks like a tar archive, not a post dump. Fix: extract it (tar -xf FILE)",
        ),
        ("repo.car", _CAR, "looks like a CAR file (a Bluesky/atproto repository export"),
        (
            "posts.jsonl",
            '{"id": "1", "text": "hi"}\n'.encode("utf-16-le"),
            "looks like UTF-16 text without a byte-order mark. Fix: pass --encoding utf-16-le",
        ),
    ],
)
@pytest.mark.parametrize("fmt", [None, "json"])
def test_io_archives_and_binary_exports_are_named(tmp_path, name, data, says, fmt):
    path = tmp_path / name
    path.write_bytes(data)
    with pytest.raises(InputError) as caught:
        read_posts(path, format=fmt)
    assert str(caught.value).startswith(f"{path}: {says}")


def test_io_unknown_encoding_says_how_to_name_one(tmp_path):
    path = tmp_path / "g.csv"
    path.write_text("id,text\n1,hi\n")
    with pytest.raises(
        ConfigError, match=r"unknown encoding 'latin-9000'\. Fix: pass a Python codec"
    ):
        read_posts(path, encoding="latin-9000")


@pytest.mark.parametrize("name", ["semicolon.csv", "semicolon"])
def test_io_semicolon_separated_csv(tmp_path, name):
    # Excel writes ';' where the decimal mark is a comma; the header has no comma then
    path = tmp_path / name
    path.write_text(
        "id;text;created_at\n"
        "s1;Semikolon: Diebstähle +4 %, sagt die Polizei;2024-01-01T00:00:00Z\n"
        's2;"zweite; Zeile";2024-01-01T00:00:01Z\n',
        encoding="utf-8",
    )
    posts, fmt, stream, errors = read(path)
    assert fmt == "csv" and not errors and stream.encoding == "utf-8"
    assert [(p.id, p.text) for p in posts] == [
        ("s1", "Semikolon: Diebstähle +4 %, sagt die Polizei"),
        ("s2", "zweite; Zeile"),
    ]


BOM = b"\xef\xbb\xbf"


def _bom_file(posts: list[dict], indent: int | None) -> bytes:
    return BOM + b"".join(json.dumps(p, indent=indent).encode() + b"\n" for p in posts)


@pytest.mark.parametrize(("layout", "indent"), [("jsonl", None), ("jq stream", 2)])
@pytest.mark.parametrize("via", ["read_posts", "score -n 1", "score -n 2"])
def test_io_encodings_bom_at_the_start_of_a_later_line_is_dropped(tmp_path, layout, indent, via):
    # two BOM-prefixed files joined by cat (or PowerShell's >>): was one post lost as "broken
    # JSON" at the line where the second file starts
    posts = [{"id": f"b{i}", "text": f"Robberies up {i}%"} for i in range(8)]
    path = tmp_path / ("joined.jsonl" if layout == "jsonl" else "joined.json")
    path.write_bytes(_bom_file(posts[:4], indent) + _bom_file(posts[4:], indent))
    if via == "read_posts":
        errors: list = []
        stream, _ = read_posts(path, on_error=errors.append)
        assert [p.id for p in stream] == [p["id"] for p in posts]
        assert errors == []
        return
    from safetynlp.batch import LengthScorer
    from safetynlp.cli.score import run_score

    out = tmp_path / "out.jsonl"
    summary = run_score(
        str(path), str(out), workers=int(via[-1]), batch_size=3, silent=True, factory=LengthScorer
    )
    assert [json.loads(x)["id"] for x in out.read_text().splitlines()] == [p["id"] for p in posts]
    assert summary.bad == 0
