"""Score a pandas DataFrame of posts: the unit of work for every distributed engine.

:func:`score_frame` is what Dask ``map_partitions``, Ray Data ``map_batches`` and Spark
``mapInPandas`` call. The :class:`~safetynlp.checker.Checker` behind it is built **once per
process** and kept in a module-level cache keyed by its settings, so a worker that scores many
partitions builds (and loads its statistics store) only once.

The output has one row per input row, in input order, with the columns of
:data:`OUTPUT_COLUMNS`; ``claims`` is a JSON string of the claim dicts, so every value is the
same as ``Checker.check(...).to_dict()`` for that post. A row that cannot be scored (an
unreadable date) does not stop the partition: its ``verdict`` is None and ``error`` says why,
as ``safetynlp score`` reports a bad record and goes on.
"""

from __future__ import annotations

import math
import os
from collections.abc import Iterable, Sequence
from datetime import date, datetime
from typing import TYPE_CHECKING, Any

import orjson

from safetynlp.config import VerdictConfig
from safetynlp.errors import DateError

if TYPE_CHECKING:
    import pandas as pd

    from safetynlp.checker import Checker

#: output columns of :func:`score_frame`, in order
OUTPUT_COLUMNS: tuple[str, ...] = (
    "id",
    "created_at",
    "verdict",
    "n_claims",
    "explanation",
    "claims",
    "error",
)

_CHECKERS: dict[tuple[Any, ...], Checker] = {}


def _settings_key(stats: Any, config: VerdictConfig | None, default_place: str | None) -> tuple:
    if stats is None:
        stats_key: Any = None
    elif isinstance(stats, (str, os.PathLike)):
        stats_key = (os.fspath(stats),)
    elif isinstance(stats, Sequence):
        stats_key = tuple(os.fspath(p) for p in stats)
    else:  # a StatsStore object: cached per object
        stats_key = ("store", id(stats))
    config_key = (
        None if config is None else tuple(sorted(config.to_dict().items(), key=lambda kv: kv[0]))
    )
    return (stats_key, config_key, default_place)


def get_checker(
    stats: Any = None,
    config: VerdictConfig | None = None,
    default_place: str | None = None,
) -> Checker:
    """The process-wide Checker for these settings (built on first use, then reused)."""
    key = _settings_key(stats, config, default_place)
    checker = _CHECKERS.get(key)
    if checker is None:
        from safetynlp.checker import Checker

        if isinstance(stats, (str, os.PathLike)):
            stats = [stats]
        checker = Checker(stats=stats, config=config, default_place=default_place)
        _CHECKERS[key] = checker
    return checker


def clear_cache() -> None:
    """Forget the cached Checkers (tests)."""
    _CHECKERS.clear()


def _missing(value: Any) -> bool:
    if value is None:
        return True
    if isinstance(value, float) and math.isnan(value):
        return True
    try:
        import pandas as pd

        return bool(value is pd.NaT or value is pd.NA)
    except ImportError:  # pragma: no cover
        return False


def _as_id(value: Any) -> str | None:
    if _missing(value):
        return None
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    return str(value)


def _as_date(value: Any) -> str | None:
    """Dates are passed on as ISO strings, as the Checker would get them from a JSONL line."""
    if _missing(value):
        return None
    if isinstance(value, str):
        return value
    if isinstance(value, datetime):
        return value.isoformat()
    if isinstance(value, date):
        return value.isoformat()
    if hasattr(value, "isoformat"):
        return str(value.isoformat())
    return str(value)


def _as_text(value: Any) -> str:
    if _missing(value):
        return ""
    return value if isinstance(value, str) else str(value)


def score_columns(
    texts: Iterable[Any],
    ids: Iterable[Any] | None = None,
    dates: Iterable[Any] | None = None,
    *,
    stats: Any = None,
    config: VerdictConfig | None = None,
    default_place: str | None = None,
) -> dict[str, list[Any]]:
    """Score parallel columns; returns the :data:`OUTPUT_COLUMNS` as lists."""
    checker = get_checker(stats, config, default_place)
    text_list = list(texts)
    n = len(text_list)
    id_list = list(ids) if ids is not None else [None] * n
    date_list = list(dates) if dates is not None else [None] * n
    out: dict[str, list[Any]] = {c: [] for c in OUTPUT_COLUMNS}
    for text, id_, created in zip(text_list, id_list, date_list, strict=True):
        try:
            rec = checker.check(
                _as_text(text), created_at=_as_date(created), id=_as_id(id_)
            ).to_dict()
        except DateError as exc:
            for col, value in (
                ("id", _as_id(id_)),
                ("created_at", _as_date(created)),
                ("verdict", None),
                ("n_claims", 0),
                ("explanation", ""),
                ("claims", "[]"),
                ("error", f"created_at: {exc}"),
            ):
                out[col].append(value)
            continue
        out["id"].append(rec["id"])
        out["created_at"].append(rec["created_at"])
        out["verdict"].append(rec["verdict"])
        out["n_claims"].append(len(rec["claims"]))
        out["explanation"].append(rec["explanation"])
        out["claims"].append(orjson.dumps(rec["claims"]).decode())
        out["error"].append(None)
    return out


def empty_frame() -> pd.DataFrame:
    """A zero-row frame with the output schema (Dask ``meta``)."""
    import pandas as pd

    return pd.DataFrame(
        {
            "id": pd.Series([], dtype=object),
            "created_at": pd.Series([], dtype=object),
            "verdict": pd.Series([], dtype=object),
            "n_claims": pd.Series([], dtype="int64"),
            "explanation": pd.Series([], dtype=object),
            "claims": pd.Series([], dtype=object),
            "error": pd.Series([], dtype=object),
        }
    )


def score_frame(
    pdf: pd.DataFrame,
    *,
    text_col: str = "text",
    id_col: str | None = "id",
    date_col: str | None = "created_at",
    stats: Any = None,
    config: VerdictConfig | None = None,
    default_place: str | None = None,
) -> pd.DataFrame:
    """Score every row of ``pdf``; one output row per input row, same order and index.

    ``id_col`` / ``date_col`` may be None or absent from the frame (ids/dates are then None).
    ``stats`` is None (embedded figures), a path or paths of extra figures files, or a
    StatsStore; ``config`` a :class:`~safetynlp.config.VerdictConfig`.
    """
    import pandas as pd

    if text_col not in pdf.columns:
        raise KeyError(f"text column {text_col!r} not in frame columns {list(pdf.columns)}")
    ids = pdf[id_col] if id_col and id_col in pdf.columns else None
    dates = pdf[date_col] if date_col and date_col in pdf.columns else None
    cols = score_columns(
        pdf[text_col].tolist(),
        None if ids is None else ids.tolist(),
        None if dates is None else dates.tolist(),
        stats=stats,
        config=config,
        default_place=default_place,
    )
    out = pd.DataFrame(
        {
            "id": pd.Series(cols["id"], dtype=object),
            "created_at": pd.Series(cols["created_at"], dtype=object),
            "verdict": pd.Series(cols["verdict"], dtype=object),
            "n_claims": pd.Series(cols["n_claims"], dtype="int64"),
            "explanation": pd.Series(cols["explanation"], dtype=object),
            "claims": pd.Series(cols["claims"], dtype=object),
            "error": pd.Series(cols["error"], dtype=object),
        }
    )
    out.index = pdf.index
    return out


__all__ = [
    "OUTPUT_COLUMNS",
    "clear_cache",
    "empty_frame",
    "get_checker",
    "score_columns",
    "score_frame",
]
