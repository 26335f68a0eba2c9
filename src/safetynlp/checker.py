"""`Checker`: extract the claims in a post, judge each one, label the post."""

from __future__ import annotations

import os
from collections.abc import Iterable, Iterator, Sequence
from datetime import date
from typing import Any

from safetynlp.config import VerdictConfig
from safetynlp.extract import extract
from safetynlp.stats.store import StatsStore
from safetynlp.taxonomy import load_taxonomy
from safetynlp.types import Post, ScoredPost
from safetynlp.verdicts import Judge, post_verdict


class Checker:
    """Score posts for misleading crime statistics.

    >>> checker = Checker()
    >>> checker.check("London murders have doubled since 2019", created_at="2026-02-01").verdict
    'contradicting'

    ``stats`` is a StatsStore or paths of user statistics files (added to the embedded
    default); ``config`` holds every tolerance. The constructor only stores settings, so a
    Checker pickles cheaply to worker processes; the store loads on first use.
    """

    def __init__(
        self,
        *,
        stats: StatsStore | Sequence[str | os.PathLike[str]] | None = None,
        config: VerdictConfig | None = None,
        default_place: str | None = None,
    ) -> None:
        self.stats = stats
        self.config = config or VerdictConfig()
        self.default_place = default_place
        self._judge: Judge | None = None

    def __getstate__(self) -> dict[str, Any]:
        state = self.__dict__.copy()
        state["_judge"] = None
        if isinstance(self.stats, StatsStore) and self.stats is StatsStore.default():
            state["stats"] = None
        return state

    @property
    def judge(self) -> Judge:
        if self._judge is None:
            if isinstance(self.stats, StatsStore):
                store = self.stats
            elif self.stats:
                store = StatsStore.load(*self.stats)
            else:
                store = StatsStore.default()
            config = self.config
            if self.default_place and not config.default_place:
                config = VerdictConfig(**{**config.to_dict(), "default_place": self.default_place})
            self._judge = Judge(store, config, load_taxonomy())
        return self._judge

    def check(
        self,
        text: str,
        *,
        created_at: str | date | None = None,
        place: str | None = None,
        id: str | None = None,
    ) -> ScoredPost:
        """Score one post. ``place`` is used for claims whose post names no place."""
        claims = extract(text or "", created_at=created_at)
        judge = self.judge
        verdicts = []
        for claim in claims:
            if claim.geography is None and place:
                claim.geography, claim.geography_source = place, "default"
            verdicts.append(judge.judge(claim))
        label = post_verdict(v.verdict for v in verdicts)
        worst = next((v for v in verdicts if v.verdict == label), None)
        created = created_at.isoformat() if isinstance(created_at, date) else created_at
        return ScoredPost(
            id=id,
            text=text,
            created_at=created,
            verdict=label,
            claims=verdicts,
            explanation=worst.explanation if worst else "",
        )

    def check_post(self, post: Post) -> ScoredPost:
        return self.check(post.text, created_at=post.created_at, id=post.id)

    def check_many(self, posts: Iterable[Post | str | dict[str, Any]]) -> Iterator[ScoredPost]:
        """Score posts lazily; items may be Post objects, dicts with 'text', or strings."""
        for item in posts:
            if isinstance(item, Post):
                yield self.check_post(item)
            elif isinstance(item, str):
                yield self.check(item)
            else:
                yield self.check(
                    item.get("text") or "",
                    created_at=item.get("created_at"),
                    id=None if item.get("id") is None else str(item.get("id")),
                )
