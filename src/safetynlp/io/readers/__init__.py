"""One reader per platform; see :mod:`safetynlp.io.readers.base` for the contract."""

from __future__ import annotations

from safetynlp.io.readers import (
    bluesky,
    crowdtangle,
    generic,
    mastodon,
    meta,
    reddit,
    telegram,
    x,
)
from safetynlp.io.readers.base import Ctx, ReaderSpec, RecordProblem, Skip, iso_utc

#: detection order breaks ties: the more specific readers first
READERS: dict[str, ReaderSpec] = {
    spec.name: spec
    for spec in (
        telegram.SPEC,
        bluesky.SPEC,
        mastodon.SPEC,
        reddit.SPEC,
        x.SPEC,
        crowdtangle.SPEC,
        meta.SPEC,
        generic.SPEC,
    )
}
PLATFORMS: tuple[str, ...] = tuple(name for name in READERS if name != "generic")

__all__ = ["PLATFORMS", "READERS", "Ctx", "ReaderSpec", "RecordProblem", "Skip", "iso_utc"]
