"""Every shipped table loads and every figure's metric and place is known."""

from __future__ import annotations

import csv
import json

from safetynlp.stats.store import FIGURE_COLUMNS, UNITS, StatsStore
from safetynlp.taxonomy import corpus_path, load_taxonomy


def test_stats_shipped_tables_are_consistent() -> None:
    metrics = json.loads(corpus_path("metrics.json").read_text(encoding="utf-8"))
    places = json.loads(corpus_path("places.json").read_text(encoding="utf-8"))
    metric_ids = [m["id"] for m in metrics["metrics"]]
    place_ids = [p["id"] for p in places["places"]]
    assert len(metric_ids) == len(set(metric_ids))
    assert len(place_ids) == len(set(place_ids))
    for m in metrics["metrics"]:
        for ref in ("rate_metric", "parent", "percent_change_of"):
            assert m.get(ref) is None or m[ref] in metric_ids, (m["id"], ref)
        assert m["unit"] in UNITS
    for p in places["places"]:
        assert p.get("parent") is None or p["parent"] in place_ids, p["id"]
        # a context alias stands only beside its parent or a sibling: it needs a parent
        assert not p.get("context_aliases") or p.get("parent"), p["id"]

    text = corpus_path("figures.csv").read_text(encoding="utf-8")
    rows = list(csv.DictReader(text.splitlines()))
    assert tuple(rows[0].keys()) == FIGURE_COLUMNS
    assert [r["figure_id"] for r in rows] == [f"pf-{i:04d}" for i in range(1, len(rows) + 1)]
    tax = load_taxonomy()
    store = StatsStore.default()
    assert len(store) == len(rows) == 460
    for fig in store.figures:
        assert fig.metric in tax.metrics, fig.figure_id
        assert fig.geography in tax.places, fig.figure_id
        assert fig.unit in UNITS
        assert fig.source_publisher and fig.source_title


def test_stats_source_dates_from_titles() -> None:
    by_id = {f.figure_id: f for f in StatsStore.default().figures}
    assert by_id["pf-0001"].source_date == "2026-01-11"  # "(The Independent, 2026-01-11, ...)"
    dated = [f for f in by_id.values() if f.source_date]
    assert len(dated) > 100
    # "(BBC News, 31 Dec 2021)"
    assert any(f.source_date == "2021-12-31" for f in dated)
