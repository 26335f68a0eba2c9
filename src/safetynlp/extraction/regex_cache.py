"""``re.compile`` with the compiled code kept on disk between runs, as Python keeps bytecode.

The extraction rules are some 1,100 regexes. ``re`` parses each and generates its code in
pure Python, and that took about 0.45 s of every start: ``safetynlp score`` of a one-post file
took 0.75 s, as long as the rules spend on 2,000 ordinary posts, and every ``Checker()`` in a
notebook or a Dask worker paid it again. What ``re`` makes, a list of integers that ``_sre``
runs, depends only on the source, the flags and the Python version. So it is written once to
the user's cache directory (JSON) and handed straight to ``_sre.compile`` on later starts,
along with what the project reads off parse trees (first-character guards, literal needles).

No match can change: an entry is used only for the exact source and flags it was made from,
by the same Python and ``_sre`` version, and ``_sre.compile`` validates the code it is given.
Anything unexpected (no cache yet, a corrupt or foreign file, an entry ``_sre`` rejects, a
directory that cannot be written, a Python whose ``re`` internals differ) falls back to
``re.compile`` without a word: the cache can only make a start faster.

``SAFETYNLP_CACHE_DIR`` sets the directory (default ``$XDG_CACHE_HOME/safetynlp``, else
``~/.cache/safetynlp``); ``SAFETYNLP_REGEX_CACHE=0`` switches the cache off.
"""

from __future__ import annotations

import atexit
import base64
import hashlib
import os
import re
import sys
import tempfile
from array import array
from collections.abc import Callable
from pathlib import Path
from typing import Any

import orjson

try:
    import _sre
    from re import _compiler, _parser  # type: ignore[attr-defined]

    #: the array type of ``_sre``'s code words, stored as their bytes
    _CODE_TYPE = next(t for t in "IL" if array(t).itemsize == _sre.CODESIZE)
    _VERSION: str | None = (
        f"py{sys.version_info[0]}.{sys.version_info[1]}-sre{_sre.MAGIC}-{_sre.CODESIZE}"
        f"-{sys.byteorder}"
    )
except (ImportError, AttributeError, StopIteration):  # pragma: no cover -- another Python
    _VERSION = None

#: bumped when the file's layout changes; a file of another format is ignored
FORMAT = 2

_OFF = ("0", "false", "no", "off")


def default_path() -> Path | None:
    """Where the running Python's cache lives, or None when the cache is switched off."""
    if _VERSION is None or os.environ.get("SAFETYNLP_REGEX_CACHE", "").lower() in _OFF:
        return None
    root = os.environ.get("SAFETYNLP_CACHE_DIR")
    if root:
        base = Path(root)
    else:
        xdg = os.environ.get("XDG_CACHE_HOME")
        base = (Path(xdg) if xdg else Path.home() / ".cache") / "safetynlp"
    return base / f"regex-{_VERSION}.json"


class RegexStore:
    """Compiled regex code and parse-tree readings, read from ``path`` on first use and
    written back by :meth:`save` when this process made new ones. ``path=None``: no cache,
    every call computes."""

    def __init__(self, path: Path | None) -> None:
        self.path = path
        self.hits = 0
        self.misses = 0
        self._read = False
        self._stored: dict[str, Any] = {}
        self._used: dict[str, Any] = {}
        self._at_exit = False

    def compile(self, source: str, flags: int = 0) -> re.Pattern[str]:
        """``re.compile(source, flags)``."""
        flags = int(flags)
        if self.path is None:
            return re.compile(source, flags)
        key = f"re\0{flags}\0{source}"
        entry = self._entry(key)
        if entry is not None:
            try:
                packed, all_flags, groups, groupindex = entry
                code = array(_CODE_TYPE, base64.b64decode(packed)).tolist()
                indexgroup: list[str | None] = [None] * (groups + 1)
                for name, i in groupindex.items():
                    indexgroup[i] = name
                compiled: re.Pattern[str] = _sre.compile(
                    source, all_flags, code, groups, groupindex, tuple(indexgroup)
                )
            except Exception:  # (an entry _sre rejects is compiled afresh below)
                pass
            else:
                self.hits += 1
                self._used[key] = entry
                return compiled
        try:
            compiled, entry = _compile_with_code(source, flags)
        except re.error:
            raise
        except Exception:  # (re's internals differ here: plain re from now on)
            self.path = None
            return re.compile(source, flags)
        self._missed()
        self._used[key] = entry
        return compiled

    def derived(
        self, kind: str, source: str, flags: int, compute: Callable[[str, int], Any]
    ) -> Any:
        """``compute(source, flags)``, for a result that JSON keeps as it is (lists come back
        as lists)."""
        flags = int(flags)
        if self.path is None:
            return compute(source, flags)
        # (a reading is only as good as the code that made it: an entry written before that
        # code changed, by an older release or another checkout sharing the file, must not be
        # taken for this one's, so the key names a digest of the computing module's source)
        key = f"{kind}\0{_code_digest(compute)}\0{flags}\0{source}"
        entry = self._entry(key)
        if entry is None:
            self._missed()
            entry = [compute(source, flags)]
        else:
            self.hits += 1
        self._used[key] = entry
        return entry[0]

    def save(self) -> None:
        """Write this process's entries if it made new ones; never raises."""
        if self.path is None or self.misses == 0 or _VERSION is None:
            return
        entries = dict(self._used)
        stale = len(self._stored.keys() - entries.keys())
        # (entries of other checkouts and of patterns since edited are kept, up to as many as
        # this process uses: two versions of the rules share one file without thrashing, and
        # the file stays bounded)
        if stale <= len(entries):
            entries = {**self._stored, **entries}
        data = orjson.dumps({"format": FORMAT, "python": _VERSION, "entries": entries})
        try:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            # (another process may write the same file: each writes a file of its own and
            # renames it into place, so a reader sees one whole file or the other)
            fd, tmp = tempfile.mkstemp(dir=self.path.parent, prefix=".regex-", suffix=".tmp")
            try:
                with os.fdopen(fd, "wb") as fh:
                    fh.write(data)
                os.replace(tmp, self.path)
            except BaseException:
                Path(tmp).unlink(missing_ok=True)
                raise
        except OSError:
            return
        self._stored, self.misses = entries, 0

    def _missed(self) -> None:
        self.misses += 1
        if not self._at_exit:
            # (patterns made on first use, after the lexicon's save, are kept at exit; a
            # forked worker leaves through os._exit and writes nothing)
            self._at_exit = True
            atexit.register(self.save)

    def _entry(self, key: str) -> Any:
        if not self._read:
            self._read = True
            self._stored = _read_entries(self.path) if self.path is not None else {}
        return self._stored.get(key)


_DIGESTS: dict[str, str] = {}


def _code_digest(compute: Callable[..., Any]) -> str:
    """A short digest of the source file of the module that defines ``compute`` ("" when it
    has none to read, e.g. a function made at run time: then only its name keys it)."""
    module = getattr(compute, "__module__", None) or ""
    digest = _DIGESTS.get(module)
    if digest is None:
        try:
            data = Path(sys.modules[module].__file__ or "").read_bytes()
        except (KeyError, OSError, TypeError, ValueError):
            digest = ""
        else:
            digest = hashlib.blake2b(data, digest_size=8).hexdigest()
        _DIGESTS[module] = digest
    return digest


def _read_entries(path: Path) -> dict[str, Any]:
    try:
        data = orjson.loads(path.read_bytes())
    except (OSError, orjson.JSONDecodeError):
        return {}
    if (
        isinstance(data, dict)
        and data.get("format") == FORMAT
        and data.get("python") == _VERSION
        and isinstance(data.get("entries"), dict)
    ):
        return data["entries"]
    return {}


def _compile_with_code(source: str, flags: int) -> tuple[re.Pattern[str], list[Any]]:
    """What ``re._compiler.compile`` does, keeping the code it hands to ``_sre``."""
    parsed = _parser.parse(source, flags)
    code = _compiler._code(parsed, flags)
    groupindex = dict(parsed.state.groupdict)
    indexgroup: list[str | None] = [None] * parsed.state.groups
    for name, i in groupindex.items():
        indexgroup[i] = name
    all_flags = flags | parsed.state.flags
    groups = parsed.state.groups - 1
    compiled = _sre.compile(source, all_flags, code, groups, groupindex, tuple(indexgroup))
    # (the code as the bytes of an array, in base64: a list of ints would hold some 200 MB
    # of Python objects in every process for the file's 1,800 patterns)
    packed = base64.b64encode(array(_CODE_TYPE, code).tobytes()).decode("ascii")
    return compiled, [packed, all_flags, groups, groupindex]


#: the project's store, at the default path
STORE = RegexStore(default_path())


def compile_re(source: str, flags: int = 0) -> re.Pattern[str]:
    """``re.compile(source, flags)``, from the cache when this Python compiled it before."""
    return STORE.compile(source, flags)


def save_compiled() -> None:
    """Keep what this process compiled for the next start (a no-op when nothing is new)."""
    STORE.save()
