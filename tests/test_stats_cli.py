"""The `safetynlp stats` commands: import, show, validate; exit codes 0/1/2."""

from __future__ import annotations

from pathlib import Path

import pytest
from typer.testing import CliRunner

from safetynlp.cli.main import app
from safetynlp.stats.store import StatsStore

FIXTURES = Path(__file__).parent / "fixtures" / "stats"
SHARED_OWID = (
    Path(__file__).resolve().parents[1].parent
    / "shared/data/official_tables/owid_unodc_homicide/homicide-rate-unodc.csv"
)


@pytest.fixture()
def runner() -> CliRunner:
    try:
        return CliRunner(mix_stderr=False)  # type: ignore[call-arg]
    except TypeError:
        return CliRunner()


def test_stats_cli_show_series(runner: CliRunner) -> None:
    res = runner.invoke(app, ["stats", "show", "homicides", "london", "--type", "calendar"])
    assert res.exit_code == 0, res.output
    lines = res.stdout.splitlines()
    assert any(line.startswith("2014\tcalendar\t92 .. 95") for line in lines)
    assert "pf-0003" in res.stdout


def test_stats_cli_show_with_user_file_and_json(runner: CliRunner) -> None:
    res = runner.invoke(
        app,
        [
            "stats",
            "show",
            "burglary",
            "camden",
            "--stats",
            str(FIXTURES / "monthly_burglary.csv"),
            "--type",
            "calendar",
            "--json",
        ],
    )
    assert res.exit_code == 0, res.output
    assert '"label": "2023"' in res.stdout


@pytest.mark.parametrize(
    ("args", "code"),
    [
        (["stats", "show", "homicides", "gotham"], 2),
        (["stats", "show", "homicides", "tokyo"], 1),
        (["stats", "show", "homicides", "london", "--type", "weekly"], 2),
        (["stats", "validate", str(FIXTURES / "minimal.csv")], 0),
        (["stats", "validate", str(FIXTURES / "many_errors.csv")], 1),
        (["stats", "validate", str(FIXTURES / "does_not_exist.csv")], 2),
        (["stats", "import", "nope", str(FIXTURES / "minimal.csv"), "-o", "-"], 2),
        (["stats", "import", "owid-unodc-homicide", str(FIXTURES / "minimal.csv"), "-o", "-"], 2),
    ],
)
def test_stats_cli_exit_codes(runner: CliRunner, args: list[str], code: int) -> None:
    assert runner.invoke(app, args).exit_code == code


def test_stats_cli_validate_lists_errors(runner: CliRunner) -> None:
    res = runner.invoke(app, ["stats", "validate", str(FIXTURES / "many_errors.csv")])
    assert res.exit_code == 1
    assert "line 4, field 'unit'" in res.stderr
    assert res.stdout == ""


def test_stats_cli_import_writes_and_refuses_overwrite(runner: CliRunner, tmp_path: Path) -> None:
    if not SHARED_OWID.is_file():
        pytest.skip("shared OWID table not available")
    out = tmp_path / "owid.csv"
    res = runner.invoke(
        app, ["stats", "import", "owid-unodc-homicide", str(SHARED_OWID), "-o", str(out)]
    )
    assert res.exit_code == 0, res.output
    assert "imported" in res.stderr and res.stdout == ""
    store = StatsStore.load(out, include_default=False)
    assert store.has_series("homicide_rate", "united_kingdom")
    again = runner.invoke(
        app, ["stats", "import", "owid-unodc-homicide", str(SHARED_OWID), "-o", str(out)]
    )
    assert again.exit_code == 2 and "--force" in again.stderr
    forced = runner.invoke(
        app, ["stats", "import", "owid-unodc-homicide", str(SHARED_OWID), "-o", str(out), "--force"]
    )
    assert forced.exit_code == 0
    stdout = runner.invoke(
        app, ["stats", "import", "owid-unodc-homicide", str(SHARED_OWID), "-o", "-"]
    )
    assert stdout.stdout.startswith("figure_id,metric,")
