"""``safetynlp inspect``: detected format, field mapping, first N posts."""

from __future__ import annotations

from pathlib import Path

import typer
from typer.testing import CliRunner

from safetynlp.cli import inspect_input

FIX = Path(__file__).parent / "fixtures" / "io"


def _app() -> typer.Typer:
    app = typer.Typer()
    inspect_input.register(app)

    @app.callback()
    def _root() -> None:  # keep "inspect" as a sub-command
        pass

    return app


def test_inspect_shows_format_mapping_and_posts():
    res = CliRunner().invoke(_app(), ["inspect", str(FIX / "telegram_result.json"), "-n", "2"])
    assert res.exit_code == 0, res.output
    assert "format: telegram" in res.output
    assert "text        <- text (string, or list" in res.output
    assert res.output.count("--- post") == 2
    assert "1234567890/3" in res.output
    assert "service message" in res.output


def test_inspect_generic_keys_and_errors(tmp_path):
    res = CliRunner().invoke(
        _app(),
        [
            "inspect",
            str(FIX / "generic.jsonl"),
            "--text-key",
            "body",
            "--id-key",
            "post_id",
            "--date-key",
            "ts",
        ],
    )
    assert res.exit_code == 0, res.output
    assert "format: jsonl" in res.output and "text        <- body" in res.output
    assert "author      <- author" in res.output
    odd = tmp_path / "odd.csv"
    odd.write_text("a,b\n1,2\n")
    assert CliRunner().invoke(_app(), ["inspect", str(odd)]).exit_code == 2


def test_inspect_generic_author_key():
    path = str(FIX / "generic_minet_tweets.csv")
    res = CliRunner().invoke(_app(), ["inspect", path, "--author-key", "user_screen_name"])
    assert res.exit_code == 0, res.output
    assert "author      <- user_screen_name" in res.output
    assert '"author": "leedswatch"' in res.output


def test_inspect_names_the_encoding(tmp_path):
    src = tmp_path / "excel.csv"
    src.write_bytes("id,text\nc1,Einbrüche “minus” 8 %\n".encode("cp1252"))
    res = CliRunner().invoke(_app(), ["inspect", str(src)])
    assert res.exit_code == 0, res.output
    lines = res.output.splitlines()
    assert lines[:2] == [
        "format: csv (container: csv)",
        "encoding: cp1252 (guessed: the file is not UTF-8; --encoding sets it)",
    ]
    assert "Einbrüche “minus” 8 %" in res.output
    res = CliRunner().invoke(_app(), ["inspect", str(src), "--encoding", "latin-1"])
    assert res.exit_code == 0, res.output
    assert res.output.splitlines()[1] == "encoding: iso8859-1"
