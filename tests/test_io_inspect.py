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
    odd = tmp_path / "odd.csv"
    odd.write_text("a,b\n1,2\n")
    assert CliRunner().invoke(_app(), ["inspect", str(odd)]).exit_code == 2
