"""score_frame: same values as Checker.check(...).to_dict(), Checker built once per process."""

from __future__ import annotations

import orjson
import pytest

pd = pytest.importorskip("pandas")

from safetynlp.checker import Checker  # noqa: E402
from safetynlp.config import VerdictConfig  # noqa: E402
from safetynlp.scale import OUTPUT_COLUMNS, clear_cache, get_checker, score_frame  # noqa: E402
from safetynlp.scale import frame as frame_mod  # noqa: E402

POSTS = [
    ("a1", "London murders have doubled since 2019", "2026-02-01T10:00:00Z"),
    ("a2", "There's a stabbing every 5 minutes in London", "2025-06-01"),
    ("a3", "Over 500 shootings in London last year", "2024-03-03T08:00:00Z"),
    ("a4", "Lovely walk along the river this morning", "2025-01-01"),
    ("a5", "", None),
]


def frame() -> pd.DataFrame:
    return pd.DataFrame(POSTS, columns=["id", "text", "created_at"])


def test_matches_checker_row_for_row() -> None:
    out = score_frame(frame())
    assert list(out.columns) == list(OUTPUT_COLUMNS)
    assert len(out) == len(POSTS)
    checker = Checker()
    for row, (pid, text, created) in zip(out.itertuples(index=False), POSTS, strict=True):
        want = checker.check(text, created_at=created, id=pid).to_dict()
        assert row.id == want["id"]
        assert row.created_at == want["created_at"]
        assert row.verdict == want["verdict"]
        assert row.explanation == want["explanation"]
        assert row.n_claims == len(want["claims"])
        assert orjson.loads(row.claims) == orjson.loads(orjson.dumps(want["claims"]))
    assert set(out.verdict[:3]) <= {"consistent", "exaggerated", "contradicting", "unverifiable"}
    assert out.verdict.iloc[3] == "no_claim"


def test_keeps_index_and_handles_missing_columns() -> None:
    df = frame().drop(columns=["id"])
    df.index = [10, 11, 12, 13, 14]
    out = score_frame(df, id_col="id", date_col="created_at")
    assert list(out.index) == [10, 11, 12, 13, 14]
    assert out.id.isna().all()
    with pytest.raises(KeyError):
        score_frame(df, text_col="body")


def test_custom_columns_and_numeric_ids() -> None:
    df = pd.DataFrame({"pid": [1, 2], "body": ["Over 500 shootings in London last year", "hi"]})
    out = score_frame(df, text_col="body", id_col="pid", date_col=None)
    assert list(out.id) == ["1", "2"]
    assert out.n_claims.iloc[0] >= 1


def test_checker_built_once_per_settings(monkeypatch: pytest.MonkeyPatch) -> None:
    clear_cache()
    built: list[object] = []
    real = Checker.__init__

    def counting(self: Checker, **kw: object) -> None:
        built.append(kw)
        real(self, **kw)  # type: ignore[arg-type]

    monkeypatch.setattr(Checker, "__init__", counting)
    for _ in range(3):
        score_frame(frame())
    assert len(built) == 1
    cfg = VerdictConfig(tau_level=0.2)
    score_frame(frame(), config=cfg)
    score_frame(frame(), config=VerdictConfig(tau_level=0.2))
    assert len(built) == 2
    assert get_checker(None, cfg) is get_checker(None, VerdictConfig(tau_level=0.2))
    assert len(frame_mod._CHECKERS) == 2
    clear_cache()


def test_scale_frame_bad_date_is_reported_on_its_row_and_the_rest_are_scored() -> None:
    df = pd.DataFrame(
        [
            ("b1", "London murders have doubled since 2019", "14-10-2020"),
            ("b2", "London murders have doubled since 2019", "2026-02-01"),
            ("b3", "Lovely walk", "not a date"),
        ],
        columns=["id", "text", "created_at"],
    )
    out = score_frame(df)
    assert list(out.columns) == list(OUTPUT_COLUMNS)
    bad = out.iloc[0]
    assert bad.verdict is None and bad.n_claims == 0 and bad.claims == "[]"
    assert "14-10-2020" in bad.error and "Fix:" in bad.error
    assert out.iloc[1].error is None and out.iloc[1].verdict != "no_claim"
    # a bad date is an error whatever the text: the outcome must not depend on the prefilter
    assert out.iloc[2].verdict is None and "not a date" in out.iloc[2].error
