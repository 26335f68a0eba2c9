"""The `safetynlp` command: a thin typer shell over library functions, one module per command.

Exit codes: 0 success, 1 the job ran but found a problem (e.g. --strict and bad records,
an evaluation below its floor), 2 bad usage or unreadable input.
"""

from __future__ import annotations

import importlib

import typer

app = typer.Typer(
    name="safetynlp",
    help="Catch misleading crime statistics in social posts.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
)

# Each module exposes register(app); listed here so `safetynlp --help` shows them in order.
_COMMAND_MODULES = (
    "safetynlp.cli.score",
    "safetynlp.cli.explain",
    "safetynlp.cli.evaluate",
    "safetynlp.cli.eval_extraction",
    "safetynlp.cli.inspect_input",
    "safetynlp.cli.stats",
)

for _name in _COMMAND_MODULES:
    try:
        _module = importlib.import_module(_name)
    except ModuleNotFoundError as exc:  # a command whose module is not written yet
        if exc.name != _name:
            raise
        continue
    _module.register(app)


def main() -> None:  # pragma: no cover - console entry
    app()
