"""`safetynlp eval-extraction` and `safetynlp eval` on a small gold file."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from safetynlp.cli.main import app

GOLD = Path(__file__).parent / "fixtures" / "eval" / "gold_small.jsonl"
runner = CliRunner()


@pytest.mark.parametrize("command", ["eval-extraction", "eval"])
def test_cli_eval_text_report(command: str) -> None:
    result = runner.invoke(app, [command, str(GOLD)])
    assert result.exit_code == 0, result.output
    assert "on 5 posts" in result.stdout
    assert (
        ("F1 1.000" in result.stdout)
        if command == "eval-extraction"
        else ("macro-F1 1.000" in result.stdout)
    )


@pytest.mark.parametrize(
    ("command", "key", "expected"),
    [
        ("eval-extraction", "f1", 1.0),
        ("eval-extraction", "gold_claims", 4),
        ("eval", "macro_f1", 1.0),
        ("eval", "claim_accuracy", 1.0),
    ],
)
def test_cli_eval_json_report(command: str, key: str, expected: float) -> None:
    result = runner.invoke(app, [command, str(GOLD), "--json"])
    assert result.exit_code == 0, result.output
    assert json.loads(result.stdout)[key] == expected


@pytest.mark.parametrize(
    ("command", "floor_opt", "floor", "code"),
    [
        ("eval-extraction", "--min-f1", "0.5", 0),
        ("eval-extraction", "--min-f1", "1.01", 1),
        ("eval", "--min-macro-f1", "0.9", 0),
        ("eval", "--min-macro-f1", "1.01", 1),
    ],
)
def test_cli_eval_floor_exit_codes(command: str, floor_opt: str, floor: str, code: int) -> None:
    result = runner.invoke(app, [command, str(GOLD), floor_opt, floor])
    assert result.exit_code == code, result.output


def test_cli_eval_below_floor_when_a_label_is_wrong(tmp_path: Path) -> None:
    rows = [json.loads(line) for line in GOLD.read_text().splitlines()]
    rows[0]["verdict"] = "exaggerated"  # the checker says consistent
    bad = tmp_path / "wrong.jsonl"
    bad.write_text("\n".join(json.dumps(r) for r in rows) + "\n")
    result = runner.invoke(app, ["eval", str(bad), "--min-macro-f1", "0.9"])
    assert result.exit_code == 1
    assert "below --min-macro-f1" in result.stderr


@pytest.mark.parametrize("command", ["eval-extraction", "eval"])
@pytest.mark.parametrize("content", [None, "not json\n", b"\xff\xfe\x00garbage"])
def test_cli_eval_unreadable_input_exits_2(tmp_path: Path, command: str, content: object) -> None:
    path = tmp_path / "gold.jsonl"
    if isinstance(content, str):
        path.write_text(content)
    elif isinstance(content, bytes):
        path.write_bytes(content)
    result = runner.invoke(app, [command, str(path)])
    assert result.exit_code == 2
    assert "cannot read" in result.stderr
    assert result.stdout == ""


def test_cli_eval_bad_stats_file_exits_2(tmp_path: Path) -> None:
    stats = tmp_path / "figures.csv"
    stats.write_text("not,a,figures\nfile\n")
    result = runner.invoke(app, ["eval", str(GOLD), "--stats", str(stats)])
    assert result.exit_code == 2, result.output
