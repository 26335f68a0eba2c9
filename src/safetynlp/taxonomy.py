"""The metric taxonomy and the gazetteer, loaded from the shipped corpora.

Both are data (``corpora/metrics.json``, ``corpora/places.json``), not code, so a user can
read and extend them without touching the extractor.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from functools import cache
from importlib import resources
from typing import Any


@dataclass(frozen=True, slots=True)
class Metric:
    id: str
    label: str
    family: str
    unit: str
    higher_is: str
    aliases: tuple[str, ...] = ()
    rate_metric: str | None = None
    parent: str | None = None
    percent_change_of: str | None = None
    note: str = ""

    @property
    def higher_is_better(self) -> bool:
        return self.higher_is == "better"


@dataclass(frozen=True, slots=True)
class Place:
    id: str
    name: str
    kind: str
    parent: str | None = None
    aliases: tuple[str, ...] = ()
    demonyms: tuple[str, ...] = ()
    entities: tuple[str, ...] = ()
    #: names too common alone (a pub, a park, a football club) that name this place only in a
    #: post that also names its parent or a place sharing that parent ("Queens" beside Brooklyn)
    context_aliases: tuple[str, ...] = ()
    country: str | None = None
    note: str = ""


@dataclass(frozen=True)
class Taxonomy:
    metrics: dict[str, Metric] = field(default_factory=dict)
    places: dict[str, Place] = field(default_factory=dict)
    families: tuple[str, ...] = ()
    population_metric: str = "population"

    def metric(self, metric_id: str) -> Metric | None:
        return self.metrics.get(metric_id)

    def place(self, place_id: str) -> Place | None:
        return self.places.get(place_id)

    def ancestors(self, place_id: str) -> list[str]:
        """Parents of a place, nearest first."""
        out: list[str] = []
        cur = self.places.get(place_id)
        while cur is not None and cur.parent and cur.parent not in out:
            out.append(cur.parent)
            cur = self.places.get(cur.parent)
        return out


def corpus_path(name: str) -> Any:
    """A Traversable for a shipped corpus file (works from a wheel or a checkout)."""
    return resources.files("safetynlp").joinpath("corpora", name)


def read_corpus_json(name: str) -> Any:
    return json.loads(corpus_path(name).read_text(encoding="utf-8"))


def _tuple(d: dict[str, Any], key: str) -> tuple[str, ...]:
    return tuple(d.get(key) or ())


@cache
def load_taxonomy() -> Taxonomy:
    mdata = read_corpus_json("metrics.json")
    pdata = read_corpus_json("places.json")
    metrics = {
        m["id"]: Metric(
            id=m["id"],
            label=m["label"],
            family=m["family"],
            unit=m["unit"],
            higher_is=m.get("higher_is", "worse"),
            aliases=_tuple(m, "aliases"),
            rate_metric=m.get("rate_metric"),
            parent=m.get("parent"),
            percent_change_of=m.get("percent_change_of"),
            note=m.get("note", ""),
        )
        for m in mdata["metrics"]
    }
    places = {
        p["id"]: Place(
            id=p["id"],
            name=p["name"],
            kind=p["kind"],
            parent=p.get("parent"),
            aliases=_tuple(p, "aliases"),
            demonyms=_tuple(p, "demonyms"),
            entities=_tuple(p, "entities"),
            context_aliases=_tuple(p, "context_aliases"),
            country=p.get("country"),
            note=p.get("note", ""),
        )
        for p in pdata["places"]
    }
    return Taxonomy(
        metrics=metrics,
        places=places,
        families=tuple(mdata.get("families", ())),
        population_metric=pdata.get("population_metric", "population"),
    )
