"""CrowdTangle Facebook and Instagram CSV exports (historical data / saved searches).

Facebook columns: ``Page Name, User Name, Facebook Id, ..., Post Created, Type, Likes,
Comments, Shares, ..., URL, Message, Link, Final Link, Image Text, Link Text, Description``
(a group export has ``Group Name`` and ``Members at Posting`` in place of ``Page Name`` and
``Likes at Posting``: the group's name is the author, as the page's is).
Instagram: ``Account, User Name, ..., Post Created, Type, Likes, Comments, Views, URL, Link,
Photo, Title, Description``. ``Post Created`` is local time with a zone abbreviation
(``2021-01-05 14:00:02 EST``); an export without it has ``Post Created Date`` and ``Post
Created Time`` (the same local time, no zone: read as UTC), and an export from before mid-2021
has ``Created`` (the same local time with its zone abbreviation, as 4CAT's
``facebook-crowdtangle-old`` importer lists it). The post URL is the id (the CSV
has no post id column). The text is every non-empty text column; a post whose text columns
are all empty takes its ``Image Text`` (the text read off its image) instead.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from safetynlp.io.readers.base import (
    Ctx,
    ReaderSpec,
    RecordProblem,
    Skip,
    iso_utc,
    make_post,
    metrics_from,
    opt_str,
)
from safetynlp.types import Post

TEXT_COLUMNS = ("Message", "Title", "Link Text", "Description")
#: the text CrowdTangle read off the post's image: the post's only text when the others are
#: empty (an Instagram photo whose caption is blank, a Facebook image post), else left out, as
#: it repeats what the caption says or is noise from the picture
IMAGE_TEXT = "Image Text"
_METRICS = {
    "likes": "Likes",
    "comments": "Comments",
    "shares": "Shares",
    "total_interactions": "Total Interactions",
    "views": "Views",
    "post_views": "Post Views",
    "total_views": "Total Views",
}


#: columns only a CrowdTangle export has: with them, a plain ``Created`` column (the post date
#: of exports from before mid-2021) is CrowdTangle's
_CT_COLUMNS = (
    "Facebook Id",
    "Likes at Posting",
    "Followers at Posting",
    "Members at Posting",
    "Total Interactions",
    "Overperforming Score",
)


def _old_layout(rec: dict[str, Any]) -> bool:
    """An export from before mid-2021: the post's date is in ``Created``."""
    return (
        "Created" in rec
        and "Post Created" not in rec
        and "URL" in rec
        and any(c in rec for c in _CT_COLUMNS)
    )


def detect(rec: dict[str, Any]) -> int:
    if "Post Created" not in rec and "Post Created Date" not in rec and not _old_layout(rec):
        return 0
    score = 5
    if any(c in rec for c in ("Message", "Description", "Link Text", "Title")):
        score += 3
    if any(c in rec for c in ("Page Name", "Facebook Id", "Account", "Total Interactions")):
        score += 3
    return score


def _created_at(rec: dict[str, Any]) -> str | None:
    if "Post Created" not in rec and "Created" in rec:
        return iso_utc(rec.get("Created"), "Created")
    if rec.get("Post Created") or "Post Created Date" not in rec:
        return iso_utc(rec.get("Post Created"), "Post Created")
    day = opt_str(rec.get("Post Created Date"), "Post Created Date")
    time = opt_str(rec.get("Post Created Time"), "Post Created Time")
    return iso_utc(f"{day} {time}" if day and time else day, "Post Created Date")


def _texts(rec: dict[str, Any], columns: tuple[str, ...]) -> list[str]:
    """The non-empty texts of ``columns``, stripped, each once."""
    parts: list[str] = []
    for col in columns:
        value = rec.get(col)
        if value is None:
            continue
        if not isinstance(value, str):
            raise RecordProblem(f"expected text, got {type(value).__name__}", col)
        value = value.strip()
        if value and value not in parts:
            parts.append(value)
    return parts


#: who posted, best first: a page's, a group's or an Instagram account's name, else the
#: page's/group's/account's user name (a group export has "Group Name" for "Page Name")
_AUTHOR_COLUMNS = ("Page Name", "Group Name", "Account", "User Name")


def _author(rec: dict[str, Any]) -> str | None:
    for col in _AUTHOR_COLUMNS:
        value = rec.get(col)
        if value:
            return opt_str(value, col)
    return None


def map_record(rec: dict[str, Any], ctx: Ctx) -> Iterator[Post | Skip]:
    parts = _texts(rec, TEXT_COLUMNS) or _texts(rec, (IMAGE_TEXT,))
    if not parts:
        yield Skip("crowdtangle: post without text")
        return
    url = opt_str(rec.get("URL"), "URL")
    if not url:
        raise RecordProblem("missing post URL (used as the id)", "URL")
    is_instagram = "instagram.com" in url or ("Account" in rec and "Page Name" not in rec)
    author = _author(rec)
    yield make_post(
        ctx,
        rec,
        id=url,
        platform="instagram" if is_instagram else "facebook",
        text="\n\n".join(parts),
        created_at=_created_at(rec),
        author=author,
        lang=None,
        url=url,
        metrics=metrics_from({k: rec.get(col) for k, col in _METRICS.items()}),
    )


SPEC = ReaderSpec(
    name="crowdtangle",
    description="CrowdTangle Facebook/Instagram CSV export",
    fields={
        "id": "URL",
        "text": "Message + Title + Link Text + Description (non-empty, de-duplicated); "
        "Image Text when they are all empty",
        "created_at": "Post Created (zone abbreviation honoured); Created in exports before "
        "mid-2021; else Post Created Date + Post Created Time",
        "author": "Page Name / Group Name / Account, else User Name",
        "url": "URL",
        "metrics": "Likes, Comments, Shares, Total Interactions, Views",
    },
    detect=detect,
    map=map_record,
)
