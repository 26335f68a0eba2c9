"""The on-disk cache of compiled regexes: it may only make a start faster, never change a
match, and no state of its file may break extraction."""

from __future__ import annotations

import base64
import json
import os
import re
import subprocess
import sys
from array import array
from pathlib import Path

import pytest

from safetynlp.extraction import regex_cache
from safetynlp.extraction.regex_cache import RegexStore, default_path

PATTERNS = [
    (r"murders?", 0),
    (r"(?<![\w-])(?:knife|gun)\s+crime(?![\w-])", re.I),
    (r"(?P<n>\d[\d,]*)\s*(?P<unit>%|per\s+cent)?", re.I),
    (r"(?m)^[ \t>]*\(?\d{1,2}/", 0),
    (r"(\w+) and \1", 0),
    (r"(?=[mk])(?:murders|killings)\b", re.I | re.M),
    (r"Zürich|São Paulo|\U0001F000-|[↑↓]", 0),
    (r"(?x) \d+ \s* (?:k|m)  # a scaled figure", re.I),
]
TEXTS = [
    "London murders fell to 97; knife crime up 12 per cent. Knife Crime rose 5%",
    "1/ that and that, 3,000 killings ↑ in São Paulo 12m",
    "",
]


def _same(a: re.Pattern[str], b: re.Pattern[str]) -> None:
    # (Pattern equality compares the source, the flags and the compiled code)
    assert a == b
    assert (a.groups, a.groupindex, a.flags) == (b.groups, b.groupindex, b.flags)
    for text in TEXTS:
        assert [m.span() for m in a.finditer(text)] == [m.span() for m in b.finditer(text)]


@pytest.mark.parametrize(("source", "flags"), PATTERNS)
def test_regex_cache_compiles_what_re_compiles(tmp_path: Path, source: str, flags: int) -> None:
    path = tmp_path / "regex.json"
    cold = RegexStore(path)
    _same(cold.compile(source, flags), re.compile(source, flags))
    assert (cold.hits, cold.misses) == (0, 1)
    cold.save()
    warm = RegexStore(path)
    _same(warm.compile(source, flags), re.compile(source, flags))
    assert (warm.hits, warm.misses) == (1, 0)


@pytest.mark.parametrize("value", ["(?=[mk])", None, ["murder", "kill"], 3])
def test_regex_cache_derived_round_trip(tmp_path: Path, value: object) -> None:
    path = tmp_path / "regex.json"
    calls = []

    def compute(source: str, flags: int) -> object:
        calls.append((source, flags))
        return value

    first = RegexStore(path)
    assert first.derived("k", "a|b", re.I, compute) == value
    first.save()
    second = RegexStore(path)
    assert second.derived("k", "a|b", re.I, compute) == value
    assert calls == [("a|b", int(re.I))]
    # (another kind or other flags is another entry)
    assert second.derived("k2", "a|b", re.I, compute) == value
    assert second.derived("k", "a|b", 0, compute) == value
    assert len(calls) == 3


def test_regex_cache_derived_entry_of_changed_code_is_recomputed(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # (an upgrade that changes how a reading is made must not be handed the old reading
    # for an unchanged pattern: the key follows the computing module's source)
    path = tmp_path / "regex.json"
    monkeypatch.syspath_prepend(str(tmp_path))

    def load(body: str) -> object:
        (tmp_path / "deriving_mod.py").write_text(body)
        sys.modules.pop("deriving_mod", None)
        monkeypatch.setattr(regex_cache, "_DIGESTS", {})
        import deriving_mod  # type: ignore[import-not-found]

        return deriving_mod.compute

    old = RegexStore(path)
    assert old.derived("k", "a|b", 0, load("def compute(s, f):\n    return ['a']\n")) == ["a"]
    old.save()
    same = RegexStore(path)
    assert same.derived("k", "a|b", 0, load("def compute(s, f):\n    return ['a']\n")) == ["a"]
    assert same.misses == 0
    new = RegexStore(path)
    changed = load("def compute(s, f):\n    return ['a', 'b']\n")
    assert new.derived("k", "a|b", 0, changed) == ["a", "b"]
    assert new.misses == 1
    sys.modules.pop("deriving_mod", None)


@pytest.mark.parametrize(
    "content",
    [
        b"",
        b"\x00\xff garbage",
        b"[1, 2, 3]",
        b'{"format": 999, "python": "x", "entries": {}}',
        b'{"format": 1, "python": "py0.0-sre0-0", "entries": {}}',
        b'{"format": 1, "entries": ["not", "a", "dict"]}',
    ],
    ids=["empty", "binary", "list", "format", "python", "entries"],
)
def test_regex_cache_ignores_a_file_it_cannot_use(tmp_path: Path, content: bytes) -> None:
    path = tmp_path / "regex.json"
    path.write_bytes(content)
    store = RegexStore(path)
    _same(store.compile(r"homicides?", re.I), re.compile(r"homicides?", re.I))
    store.save()
    # (the file is replaced by a good one)
    assert RegexStore(path).compile(r"homicides?", re.I) == re.compile(r"homicides?", re.I)
    assert json.loads(path.read_bytes())["format"] == regex_cache.FORMAT


def test_regex_cache_recompiles_an_entry_sre_rejects(tmp_path: Path) -> None:
    path = tmp_path / "regex.json"
    store = RegexStore(path)
    store.compile(r"robber(?:y|ies)", re.I)
    store.save()
    data = json.loads(path.read_bytes())
    bad = array(regex_cache._CODE_TYPE, [999999, 1, 2]).tobytes()  # code _sre's validator refuses
    for entry in data["entries"].values():
        entry[0] = base64.b64encode(bad).decode("ascii")
    path.write_text(json.dumps(data))
    again = RegexStore(path)
    _same(again.compile(r"robber(?:y|ies)", re.I), re.compile(r"robber(?:y|ies)", re.I))
    assert (again.hits, again.misses) == (0, 1)


def test_regex_cache_raises_re_error_and_stays_on(tmp_path: Path) -> None:
    store = RegexStore(tmp_path / "regex.json")
    with pytest.raises(re.error):
        store.compile(r"(unclosed", 0)
    assert store.path is not None
    assert store.compile(r"closed", 0) == re.compile(r"closed", 0)


def test_regex_cache_off_writes_nothing(tmp_path: Path) -> None:
    store = RegexStore(None)
    assert store.compile(r"thefts?", re.I) == re.compile(r"thefts?", re.I)
    assert store.derived("k", "x", 0, lambda s, f: [s]) == ["x"]
    store.save()
    assert list(tmp_path.iterdir()) == []


def test_regex_cache_save_never_raises(tmp_path: Path) -> None:
    blocker = tmp_path / "a-file"
    blocker.write_text("not a directory")
    store = RegexStore(blocker / "sub" / "regex.json")
    store.compile(r"assaults?", 0)
    store.save()  # the directory cannot be made: nothing written, nothing raised
    assert blocker.read_text() == "not a directory"


@pytest.mark.parametrize(
    ("env", "expected"),
    [
        ({"SAFETYNLP_CACHE_DIR": "{tmp}/c"}, "{tmp}/c"),
        ({"XDG_CACHE_HOME": "{tmp}/x"}, "{tmp}/x/safetynlp"),
        ({"SAFETYNLP_REGEX_CACHE": "0", "SAFETYNLP_CACHE_DIR": "{tmp}/c"}, None),
        ({"SAFETYNLP_REGEX_CACHE": "off"}, None),
    ],
)
def test_regex_cache_default_path_follows_the_environment(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, env: dict[str, str], expected: str | None
) -> None:
    for name in ("SAFETYNLP_CACHE_DIR", "XDG_CACHE_HOME", "SAFETYNLP_REGEX_CACHE"):
        monkeypatch.delenv(name, raising=False)
    for name, value in env.items():
        monkeypatch.setenv(name, value.format(tmp=tmp_path))
    path = default_path()
    if expected is None:
        assert path is None
    else:
        assert path is not None
        assert path.parent == Path(expected.format(tmp=tmp_path))
        assert path.name.startswith(f"regex-py{sys.version_info[0]}.{sys.version_info[1]}-")


def test_regex_cache_keeps_other_entries_within_bounds(tmp_path: Path) -> None:
    path = tmp_path / "regex.json"
    old = RegexStore(path)
    for i in range(3):
        old.compile(f"old{i}", 0)
    old.save()
    # (a checkout with other patterns keeps the first one's as long as they are fewer than
    # its own)
    mixed = RegexStore(path)
    for i in range(3):
        mixed.compile(f"new{i}", 0)
    mixed.save()
    keys = json.loads(path.read_bytes())["entries"]
    assert sum("old" in k for k in keys) == 3 and sum("new" in k for k in keys) == 3
    small = RegexStore(path)
    small.compile("only", 0)
    small.save()
    keys = json.loads(path.read_bytes())["entries"]
    assert list(keys) == ["re\x000\x00only"]


def test_regex_cache_holds_every_project_pattern_as_re_compiles_it() -> None:
    """Every regex the rules compiled in this process, rebuilt from its cache entry, is the
    pattern ``re`` makes."""
    from safetynlp.checker import Checker

    Checker().check("London murders doubled since 2019", created_at="2024-01-01")
    compiled = [k.split("\0", 2) for k in regex_cache.STORE._used if k.startswith("re\0")]
    if regex_cache.STORE.path is None:
        pytest.skip("the regex cache is switched off in this environment")
    assert len(compiled) > 500
    for _, flags, source in compiled:
        assert regex_cache.STORE.compile(source, int(flags)) == re.compile(source, int(flags))


@pytest.mark.slow
def test_regex_cache_cold_warm_and_off_extract_alike(tmp_path: Path) -> None:
    """A start that writes the cache, one that reads it and one without it read the same
    claims."""
    script = (
        "import json, sys\n"
        "from safetynlp.checker import Checker\n"
        "from safetynlp.extraction.regex_cache import STORE\n"
        "c = Checker()\n"
        "texts = ['London murders doubled since 2019', 'NYC had 3x the shootings of LA in 2023',"
        " 'Knife crime in Lambeth fell 12% last year, the lowest since 2015']\n"
        "out = [c.check(t, created_at='2024-06-01').to_dict() for t in texts]\n"
        "print(json.dumps({'hits': STORE.hits, 'out': out}, sort_keys=True, default=str))\n"
    )
    runs = []
    for off in ("", "", "0"):
        env = {**os.environ, "SAFETYNLP_CACHE_DIR": str(tmp_path), "SAFETYNLP_REGEX_CACHE": off}
        res = subprocess.run(
            [sys.executable, "-c", script], env=env, capture_output=True, text=True, check=True
        )
        runs.append(json.loads(res.stdout))
    cold, warm, off_run = runs
    assert cold["hits"] == 0 and warm["hits"] > 500 and off_run["hits"] == 0
    assert cold["out"] == warm["out"] == off_run["out"]
    assert any(p.name.startswith("regex-") for p in tmp_path.iterdir())
