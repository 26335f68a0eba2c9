"""X / Twitter: API v2 (response envelopes or one tweet per line) and v1.1 tweets.

v2: ``{"data": [tweet...] | tweet, "includes": {"users": [...], "tweets": [...]}}``; the full
text of long posts is ``note_tweet.text``; retweets take the retweeted post's full text from
``includes.tweets``; the author comes from ``includes.users`` (or an embedded ``author`` dict,
as twarc's flattened output has). v1.1: ``id_str``, ``full_text``/``text``,
``extended_tweet.full_text``, ``created_at`` like ``Wed Oct 10 20:19:24 +0000 2018``;
``retweeted_status`` gives a retweet's full text; ``delete``/``limit``/``status_withheld``
stream messages are not posts, nor are a user stream's ``friends`` preamble and its event
messages (``{"event": "favorite", "source": ..., "target": ..., "target_object": tweet}``). Response lines without posts (``{"errors": [...]}``,
``{"meta": {"result_count": 0}}``, with or without twarc2's ``__twarc`` stamp, a stream's
problem object) are not posts either, nor are the v2 compliance streams' events (``{"data":
{"delete": {"tweet": {...}, "event_at": ...}}}``, ``withheld``, ``user_delete``...): notices
about posts and accounts, counted as skipped.

twarc-csv (``twarc2 csv``) writes each tweet as a CSV row, its nested fields as dotted columns
(``author.username``, ``public_metrics.like_count``, ``__twarc.url``): the author is
``author.username`` (``author.name`` when that is empty, the ``author_id`` when the author was
not expanded), the metrics the ``public_metrics.*`` columns, and the text's line breaks, which
it writes as backslash + ``n``, are line breaks again: a tweet reads the same from the CSV as
from the twarc2 JSON Lines it was made from.

snscrape's JSON Lines (``snscrape --jsonl twitter-search ...``): ``_type``
``snscrape.modules.twitter.Tweet``, ``id`` a number, ``rawContent`` (``content`` before 0.5,
which wrote no ``_type``), ``date`` in ISO form, ``user.username``, ``replyCount``...; a retweet
(``retweetedTweet`` set) takes the retweeted post's text, as a v1.1 retweet does; a
``quotedTweet`` is context, not a post of its own; its other items (``TweetRef``, ``User``) are
not posts.

X writes ``&``, ``<`` and ``>`` in every text field (``text``, ``full_text``,
``extended_tweet``, ``note_tweet``, snscrape's ``rawContent``, which is the API's
``full_text``) as HTML entities; they are decoded, once.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import Any

from safetynlp.io.readers.base import (
    Ctx,
    ReaderSpec,
    RecordProblem,
    Skip,
    each_item,
    iso_utc,
    join_path,
    make_post,
    metrics_from,
    need_id,
    need_text,
    obj,
    opt_str,
    unescape_entities,
    within,
)
from safetynlp.types import Post

_V1_CONTROL = (
    "delete",
    "limit",
    "scrub_geo",
    "status_withheld",
    "user_withheld",
    "disconnect",
    "warning",
    "friends",
    "friends_str",
)
_V2_HINTS = (
    "edit_history_tweet_ids",
    "author_id",
    "public_metrics",
    "conversation_id",
    "note_tweet",
)
#: the events of the v2 Post and User compliance streams (and the firehose's scrub_geo)
_V2_COMPLIANCE = (
    "delete",
    "tweet_edit",
    "withheld",
    "drop",
    "undrop",
    "scrub_geo",
    "user_delete",
    "user_undelete",
    "user_protect",
    "user_unprotect",
    "user_withheld",
    "user_suspend",
    "user_unsuspend",
    "user_profile_modification",
)
#: keys next to ``data`` in a v2 response page or filtered-stream line
_V2_ENVELOPE = ("includes", "meta", "errors", "matching_rules")
#: what may stand beside a page's paging info: the envelope, and the ``__twarc`` stamp twarc2
#: puts on every page it writes (the last, empty page of a paginated command too)
_ENVELOPE_KEYS = frozenset((*_V2_ENVELOPE, "__twarc"))


_SNSCRAPE = "snscrape.modules.twitter."
_SNSCRAPE_TWEET = _SNSCRAPE + "Tweet"
_TWEET_URL = re.compile(r"https?://(?:mobile\.)?(?:twitter|x)\.com/\w+/status/\d+")


def _is_snscrape(rec: dict[str, Any]) -> bool:
    """An item of snscrape's Twitter scrapers; before 0.5 they had no ``_type``, but a tweet
    then had ``content``, ``date`` and its twitter.com ``url``."""
    kind = rec.get("_type")
    if isinstance(kind, str):
        return kind.startswith(_SNSCRAPE)
    url = rec.get("url")
    return (
        ("rawContent" in rec or "content" in rec)
        and "date" in rec
        and isinstance(url, str)
        and _TWEET_URL.match(url) is not None
    )


def _is_v2_tweet(rec: dict[str, Any]) -> bool:
    return "text" in rec and "id" in rec and any(k in rec for k in _V2_HINTS)


def _is_v1_tweet(rec: dict[str, Any]) -> bool:
    # a user object and a text alone are not enough: a Misskey note has both (and createdAt)
    return ("id_str" in rec or (isinstance(rec.get("user"), dict) and "created_at" in rec)) and (
        "full_text" in rec or "text" in rec or "extended_tweet" in rec
    )


def _is_response_without_posts(rec: dict[str, Any]) -> bool:
    """An error list, paging info alone, or a stream's problem object (title + detail). Paging
    info is a ``meta`` object with nothing but the envelope's other keys beside it: a record
    of any other kind may have a ``meta`` field of its own (a scraper's, a generic export's)."""
    if any(k in rec for k in ("data", "text", "full_text", "id", "id_str")):
        return False
    return (
        isinstance(rec.get("errors"), list)
        or (isinstance(rec.get("meta"), dict) and rec.keys() <= _ENVELOPE_KEYS)
        or ("title" in rec and "detail" in rec)
    )


def _user_stream_event(rec: dict[str, Any]) -> str | None:
    """The event name of a v1.1 user-stream event message (``favorite``, ``follow``...: who did
    it, to whom, and the tweet acted on), else None. The tweet is not a post of the stream."""
    event = rec.get("event")
    if isinstance(event, str) and "source" in rec and "target" in rec:
        return event
    return None


def _compliance_event(rec: dict[str, Any]) -> str | None:
    """The event name of a v2 compliance-stream line (``{"data": {name: {..., "event_at"}}}``),
    else None. Its ``data`` holds no post, so it must not be read as a tweet missing its id."""
    data = rec.get("data")
    if not isinstance(data, dict) or len(data) != 1:
        return None
    name, event = next(iter(data.items()))
    if isinstance(event, dict) and (name in _V2_COMPLIANCE or "event_at" in event):
        return str(name)
    return None


def detect(rec: dict[str, Any]) -> int:
    if _compliance_event(rec) is not None:
        return 3  # as the v1.1 stream's notices: a dump may start with them
    if "data" in rec:
        data = rec["data"]
        first = data[0] if isinstance(data, list) and data else data
        enveloped = any(k in rec for k in _V2_ENVELOPE)
        if isinstance(first, dict) and "text" in first and "id" in first:
            # a bare {"data": tweet} is the single-tweet lookup (GET /2/tweets/:id)
            return 10 if enveloped or any(k in first for k in _V2_HINTS) else 6
        return 5 if "includes" in rec else 0
    tweet = rec.get("tweet")
    if len(rec) == 1 and isinstance(tweet, dict):  # account archive (tweets.js)
        return detect(tweet)
    if _is_snscrape(rec):
        return 9 if rec.get("_type", _SNSCRAPE_TWEET) == _SNSCRAPE_TWEET else 3
    if _is_v2_tweet(rec):
        return 8
    if _is_v1_tweet(rec):
        return 9
    if (len(rec) == 1 and next(iter(rec)) in _V1_CONTROL) or _user_stream_event(rec):
        return 3
    if _is_response_without_posts(rec):
        return 2
    return 0


def _url(username: str | None, tweet_id: str) -> str:
    return f"https://x.com/{username or 'i/web'}/status/{tweet_id}"


def _v2_post(
    tw: dict[str, Any],
    ctx: Ctx,
    users: dict[str, dict[str, Any]],
    tweets: dict[str, dict[str, Any]],
    raw: dict[str, Any],
) -> Post:
    if not isinstance(tw, dict):
        raise RecordProblem(f"tweet must be an object, got {type(tw).__name__}")
    tid = need_id(tw.get("id"), "id")
    text = need_text(tw.get("text"), "text")
    note = tw.get("note_tweet")
    if isinstance(note, dict) and isinstance(note.get("text"), str):
        text = note["text"]
    for ref in tw.get("referenced_tweets") or ():
        if isinstance(ref, dict) and ref.get("type") == "retweeted":
            # twarc2's flattened output embeds the referenced tweet in the reference itself
            orig = tweets.get(str(ref.get("id"))) or (ref if "text" in ref else None)
            if orig:
                onote = orig.get("note_tweet")
                full = onote.get("text") if isinstance(onote, dict) else orig.get("text")
                if isinstance(full, str):
                    text = full
    text = unescape_entities(text)  # X escapes & < > in every text field, note_tweet's too
    author_id = opt_str(tw.get("author_id"), "author_id")
    user = users.get(author_id or "") or obj(tw.get("author"))
    username = opt_str(user.get("username"), "username")
    pm = tw.get("public_metrics")
    return make_post(
        ctx,
        raw,
        id=tid,
        platform="x",
        text=text,
        created_at=iso_utc(tw.get("created_at"), "created_at"),
        author=username or author_id,
        lang=opt_str(tw.get("lang"), "lang"),
        url=_url(username, tid),
        metrics=metrics_from(pm) if isinstance(pm, dict) else {},
    )


#: columns that only twarc-csv's rows have (``twarc2 csv``: a flattened tweet, one dotted column
#: per nested field), any one of which may be left out with its --output-columns
_TWARC_CSV_COLUMNS = (
    "author.username",
    "author.id",
    "__twarc.retrieved_at",
    "public_metrics.like_count",
)
_METRICS_PREFIX = "public_metrics."


def _is_twarc_csv_row(rec: dict[str, Any]) -> bool:
    return any(k in rec for k in _TWARC_CSV_COLUMNS)


def _twarc_csv_post(row: dict[str, Any], ctx: Ctx) -> Post:
    """A twarc-csv row: a retweet's text is already the retweeted post's (its default
    merges retweets); the author, url and metrics come from the dotted columns, as the twarc2
    JSON Lines of the same tweet give them."""
    tid = need_id(row.get("id"), "id")
    # twarc-csv writes a line break as backslash + n (its default; the two characters typed
    # cannot be told apart), after X had escaped & < >: undone in the reverse order
    text = need_text(row.get("text"), "text").replace("\\n", "\n")
    text = unescape_entities(text)
    username = opt_str(row.get("author.username"), "author.username")
    author = (
        username
        or opt_str(row.get("author.name"), "author.name")
        or opt_str(row.get("author_id"), "author_id")
    )
    cut = len(_METRICS_PREFIX)
    metrics = {k[cut:]: v for k, v in row.items() if k.startswith(_METRICS_PREFIX)}
    return make_post(
        ctx,
        row,
        id=tid,
        platform="x",
        text=text,
        created_at=iso_utc(row.get("created_at"), "created_at"),
        author=author,
        lang=opt_str(row.get("lang"), "lang"),
        url=_url(username, tid),
        metrics=metrics_from(metrics),
    )


def _index(items: Any, key: str = "id") -> dict[str, dict[str, Any]]:
    if not isinstance(items, list):
        return {}
    return {str(it[key]): it for it in items if isinstance(it, dict) and key in it}


def _map_v2(rec: dict[str, Any], ctx: Ctx) -> Iterator[Post | Skip | RecordProblem]:
    if "data" not in rec:  # a single tweet per line
        if _is_twarc_csv_row(rec):
            yield _twarc_csv_post(rec, ctx)
        else:
            yield _v2_post(rec, ctx, {}, {}, rec)
        return
    data = rec["data"]
    includes = obj(rec.get("includes"))
    users = _index(includes.get("users"))
    tweets = _index(includes.get("tweets"))
    if data is None or data == []:
        yield Skip("x: response without posts")
        return

    def one(tw: dict[str, Any], ctx: Ctx) -> Iterator[Post]:
        yield _v2_post(tw, ctx, users, tweets, tw)

    if isinstance(data, list):
        yield from each_item(data, "data", one, ctx)
    else:
        yield from within("data", one(data, ctx))


def _v1_text(tw: dict[str, Any], at: str = "") -> str | None:
    """The full text of a v1.1 tweet (``at``: its JSON path, for the field of a problem)."""
    ext = tw.get("extended_tweet")
    if isinstance(ext, dict) and isinstance(ext.get("full_text"), str):
        return str(ext["full_text"])
    for key in ("full_text", "text"):
        if key in tw:
            return need_text(tw[key], join_path(at, key))
    return None


def _map_v1(rec: dict[str, Any], ctx: Ctx) -> Iterator[Post | Skip]:
    tid = need_id(rec.get("id_str") or rec.get("id"), "id_str")
    text = _v1_text(rec)
    if text is None:
        raise RecordProblem("missing text", "full_text")
    rt = rec.get("retweeted_status")
    if isinstance(rt, dict):
        text = _v1_text(rt, "retweeted_status") or text
    text = unescape_entities(text)  # X escapes & < > in text, full_text and extended_tweet
    user = obj(rec.get("user"))
    screen = opt_str(user.get("screen_name"), "user.screen_name")
    yield make_post(
        ctx,
        rec,
        id=tid,
        platform="x",
        text=text,
        created_at=iso_utc(rec.get("created_at"), "created_at"),
        author=screen,
        lang=opt_str(rec.get("lang"), "lang"),
        url=_url(screen, tid),
        metrics=metrics_from(
            {
                "retweet_count": rec.get("retweet_count"),
                "reply_count": rec.get("reply_count"),
                "like_count": rec.get("favorite_count"),
                "quote_count": rec.get("quote_count"),
            }
        ),
    )


def _snscrape_text(tw: dict[str, Any]) -> str:
    key = "rawContent" if "rawContent" in tw or "content" not in tw else "content"
    return need_text(tw.get(key), key)


def _map_snscrape(rec: dict[str, Any], ctx: Ctx) -> Iterator[Post | Skip]:
    kind = rec.get("_type", _SNSCRAPE_TWEET)
    if kind != _SNSCRAPE_TWEET:  # a TweetRef (a tweet snscrape could not read), a User...
        yield Skip(f"x: snscrape {str(kind).removeprefix(_SNSCRAPE)} item")
        return
    tid = need_id(rec.get("id"), "id")
    text = _snscrape_text(rec)
    rt = obj(rec.get("retweetedTweet"))
    rt_text = rt.get("rawContent", rt.get("content"))
    if isinstance(rt_text, str):  # the retweet's own text is cut short after "RT @user: "
        text = rt_text
    user = obj(rec.get("user"))
    username = opt_str(user.get("username") or rec.get("username"), "user.username")
    yield make_post(
        ctx,
        rec,
        id=tid,
        platform="x",
        text=unescape_entities(text),  # rawContent is the API's full_text: & < > escaped
        created_at=iso_utc(rec.get("date"), "date"),
        author=username,
        lang=opt_str(rec.get("lang"), "lang"),
        url=_url(username, tid),
        metrics=metrics_from(
            {
                "retweet_count": rec.get("retweetCount"),
                "reply_count": rec.get("replyCount"),
                "like_count": rec.get("likeCount"),
                "quote_count": rec.get("quoteCount"),
            }
        ),
    )


def map_record(rec: dict[str, Any], ctx: Ctx) -> Iterator[Post | Skip | RecordProblem]:
    if len(rec) == 1 and isinstance(rec.get("tweet"), dict):  # account archive (tweets.js)
        yield from within("tweet", _map_tweet(rec["tweet"], ctx))
    else:
        yield from _map_tweet(rec, ctx)


def _map_tweet(rec: dict[str, Any], ctx: Ctx) -> Iterator[Post | Skip | RecordProblem]:
    if len(rec) <= 2 and any(k in rec for k in _V1_CONTROL):
        yield Skip(f"x: {next(k for k in _V1_CONTROL if k in rec)} message")
        return
    if "event" in rec and (name := _user_stream_event(rec)) is not None:
        yield Skip(f"x: {name} user-stream event")
        return
    event = _compliance_event(rec)
    if event is not None:
        yield Skip(f"x: {event} compliance event")
        return
    if _is_snscrape(rec):
        yield from _map_snscrape(rec, ctx)
        return
    if "data" in rec or _is_v2_tweet(rec):
        yield from _map_v2(rec, ctx)
    elif _is_v1_tweet(rec) or "id_str" in rec:
        yield from _map_v1(rec, ctx)
    elif _is_response_without_posts(rec):
        yield Skip("x: response without posts")
    elif "text" in rec and "id" in rec:
        yield from _map_v2(rec, ctx)
    else:
        raise RecordProblem("neither an X API v2 nor a v1.1 tweet", "text")


SPEC = ReaderSpec(
    name="x",
    description="X/Twitter API v2 (envelopes or tweets per line), v1.1 tweets, snscrape JSONL",
    fields={
        "id": "id (v2, snscrape) / id_str (v1.1)",
        "text": "note_tweet.text > text (v2); extended_tweet.full_text > full_text > text (v1.1); rawContent > content (snscrape); retweets: the retweeted post's",
        "created_at": "created_at (snscrape: date)",
        "author": "includes.users[author_id].username (v2) / user.screen_name (v1.1) / user.username (snscrape) / author.username, else author.name (twarc-csv); else author_id",
        "lang": "lang",
        "url": "https://x.com/<username>/status/<id>",
        "metrics": "public_metrics (v2; twarc-csv: the public_metrics.* columns) / retweet_count, favorite_count... (v1.1) / replyCount, likeCount... (snscrape)",
    },
    detect=detect,
    map=map_record,
)
