# Two entry points (see README): `make demo` and `make test`. Both create .venv as needed.
PYTHON ?= python3
VENV := .venv
PY := $(VENV)/bin/python
PIP := $(PY) -m pip
STAMP := $(VENV)/.installed

.PHONY: demo test lint typecheck install clean bench

$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(PIP) install -q --upgrade pip
	# torch is pinned and installed first: an unpinned torch pulls a multi-GB CUDA build.
	# Only the `ml` extra uses it; set SAFETYNLP_WITH_TORCH=1 to install it here.
	if [ "$${SAFETYNLP_WITH_TORCH:-0}" = "1" ]; then $(PIP) install -q torch==2.13.0; fi
	$(PIP) install -q -e ".[dev]"
	# bytecode now, as a non-editable install has: with PYTHONDONTWRITEBYTECODE set,
	# every start would compile the sources again
	$(PY) -m compileall -q src
	touch $(STAMP)

install: $(STAMP)

demo: $(STAMP)
	$(VENV)/bin/safetynlp score examples/posts.jsonl -o out/scored.jsonl --force
	$(VENV)/bin/safetynlp explain "London murders have doubled since 2019" --date 2026-02-01

LINT_PATHS := $(wildcard src tests benchmarks examples)

lint: $(STAMP)
	$(VENV)/bin/ruff check $(LINT_PATHS)
	$(VENV)/bin/ruff format --check $(LINT_PATHS)

typecheck: $(STAMP)
	$(VENV)/bin/mypy

test: $(STAMP) lint typecheck
	$(PY) -m pytest -q -n 2 tests

bench: $(STAMP)
	$(PY) benchmarks/run.py

clean:
	rm -rf $(VENV) out .pytest_cache .mypy_cache .ruff_cache
