"""Real export layouts the platform readers must handle: envelopes, archives, event streams,
non-post records mixed in, and one bad record among good ones."""

from __future__ import annotations

import bz2
import csv
import gzip
import json
import lzma
import subprocess
import sys
import tempfile
from pathlib import Path

import pytest
import zstandard

from safetynlp.errors import BadRecordError, BrokenDocumentError, InputError
from safetynlp.io import ReadStats, read_posts

FIX = Path(__file__).parent / "fixtures" / "io"

COMPRESSORS = {
    "": bytes,
    ".gz": gzip.compress,
    ".bz2": bz2.compress,
    ".xz": lzma.compress,
    ".zst": lambda data: zstandard.ZstdCompressor().compress(data),
}


def read(path: Path | str, **kw):
    errors: list[BadRecordError] = []
    posts, fmt = read_posts(path, on_error=errors.append, **kw)
    return list(posts), fmt, posts.stats, errors


def read_records(records: list, **kw):
    """Read ``records`` written as JSON Lines to a temporary file."""
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "records.jsonl"
        path.write_text("".join(json.dumps(r) + "\n" for r in records), encoding="utf-8")
        return read(path, **kw)


@pytest.mark.parametrize("fmt", [None, "x"])
def test_io_x_v2_stream_and_lookup_lines(fmt):
    # starts with a disconnect error; filtered-stream lines with and without includes; a bare
    # {"data": tweet} lookup; meta-only and problem-object lines; one bad tweet in a page
    posts, got, st, errors = read(FIX / "x_v2_stream.jsonl", format=fmt)
    assert got == "x"
    assert [p.id[-3:] for p in posts] == ["789", "790", "791", "792", "794"]
    assert posts[0].text.endswith("the highest in a decade.")  # note_tweet
    assert posts[0].url == "https://x.com/metwatch/status/1814567890123456789"
    assert posts[0].metrics["like_count"] == 7
    assert posts[1].author == "783214"  # no user expansion: the author id
    assert posts[1].url == "https://x.com/i/web/status/1814567890123456790"
    assert posts[2].text == "Arson attacks up 10% in Kent" and posts[2].created_at is None
    assert posts[4].author == "someone"
    assert (st.skipped_non_posts, st.bad) == (3, 1)
    assert st.skip_reasons == {"x: response without posts": 3}
    assert [(e.line, e.field) for e in errors] == [(8, "data[1].text")]


@pytest.mark.parametrize("fmt", [None, "x"])
@pytest.mark.parametrize("with_tweet", [False, True])
def test_io_x_v2_compliance_events_are_skipped_notices(tmp_path, fmt, with_tweet):
    # the Post and User compliance streams' events carry a post or user id under their name,
    # never a post: not posts, and not bad records ("missing post id")
    text = (FIX / "x_v2_compliance_stream.jsonl").read_text()
    if with_tweet:
        tweet = {"data": {"id": "1763560000000000609", "text": "Arson up 10% in Kent"}}
        text += json.dumps(tweet) + "\n"
    path = tmp_path / "compliance.jsonl"
    path.write_text(text)
    posts, got, st, errors = read(path, format=fmt)
    assert got == "x" and not errors
    assert [p.id for p in posts] == (["1763560000000000609"] if with_tweet else [])
    assert st.skip_reasons == {
        "x: delete compliance event": 2,
        "x: tweet_edit compliance event": 1,
        "x: withheld compliance event": 1,
        "x: drop compliance event": 1,
        "x: undrop compliance event": 1,
        "x: user_delete compliance event": 1,
        "x: user_withheld compliance event": 1,
        "x: user_profile_modification compliance event": 1,
    }


@pytest.mark.parametrize("fmt", [None, "x"])
def test_io_x_twarc2_last_page_without_data_is_not_a_post(fmt):
    # twarc2 stamps every page it writes with __twarc, the last, empty one of a paginated
    # command too: was a bad record ("neither an X API v2 nor a v1.1 tweet"), so --strict
    # failed on a clean twarc2 file
    posts, got, st, errors = read(FIX / "x_v2_twarc2_pages.jsonl", format=fmt)
    assert got == "x" and not errors
    assert [(p.id, p.author) for p in posts] == [("1785000000000000001", "metwatch")]
    assert st.skip_reasons == {"x: response without posts": 1}


def _post_fields(post):
    return (post.id, post.text, post.created_at, post.author, post.url, post.metrics, post.lang)


@pytest.mark.parametrize("fmt", [None, "x"])
def test_io_x_twarc_csv_reads_author_url_and_metrics_as_the_jsonl(fmt):
    # twarc-csv (`twarc2 csv`) writes the flattened tweet as dotted columns (author.username,
    # public_metrics.like_count...): was the numeric author_id as author, an i/web url and no
    # metrics, where the twarc2 JSON Lines of the same tweet give the username and its metrics
    posts, got, st, errors = read(FIX / "x_twarc_csv.csv", format=fmt)
    from_jsonl, *_ = read(FIX / "x_v2_twarc2_pages.jsonl")
    assert got == "x" and not errors and len(posts) == 3
    assert _post_fields(posts[0]) == _post_fields(from_jsonl[0])
    assert posts[0].metrics == {
        "retweet_count": 1,
        "reply_count": 0,
        "like_count": 4,
        "quote_count": 0,
    }
    assert (posts[1].author, posts[1].url) == (
        "metwatch",
        "https://x.com/metwatch/status/1785000000000000002",
    )
    # a tweet whose author was not expanded: the author id, as from the JSON Lines
    assert (posts[2].author, posts[2].url) == (
        "783215",
        "https://x.com/i/web/status/1785000000000000003",
    )


@pytest.mark.parametrize("fmt", [None, "x"])
def test_io_x_twarc_csv_escaped_line_breaks_are_line_breaks(fmt):
    # twarc-csv writes a line break as the two characters backslash and n (unless given
    # --json-encode-text): kept, they joined "1/2" to "London" and changed the claims found
    posts, _, _, errors = read(FIX / "x_twarc_csv.csv", format=fmt)
    assert not errors
    assert (
        posts[1].text == "Thread 1/2\n\nLondon murders have doubled since 2019.\nSource: trust me"
    )


@pytest.mark.parametrize(
    "container,text",
    [
        ("jsonl", "Thread 1/2\\n\\nLondon murders have doubled since 2019."),
        ("csv", "C:\\new folder\\notes: London murders have doubled since 2019."),
    ],
)
def test_io_x_backslash_n_outside_twarc_csv_is_text(tmp_path, container, text):
    # only twarc-csv rows escape line breaks: a v2 tweet's backslash-n was typed, and so is one
    # of a CSV row without twarc-csv's columns
    path = tmp_path / f"tweets.{container}"
    tweet = {"id": "1", "text": text, "author_id": "9", "created_at": "2024-04-30T10:00:00Z"}
    if container == "jsonl":
        path.write_text(json.dumps(tweet) + "\n")
    else:
        with open(path, "w", newline="") as fh:
            writer = csv.DictWriter(fh, fieldnames=list(tweet), lineterminator="\n")
            writer.writeheader()
            writer.writerow(tweet)
    posts, fmt, _, errors = read(path)
    assert fmt == "x" and not errors
    assert posts[0].text == text


def test_io_x_twarc_csv_author_name_when_no_username(tmp_path):
    with open(FIX / "x_twarc_csv.csv", newline="") as fh:
        rows = list(csv.DictReader(fh))
    rows[0]["author.username"] = ""
    path = tmp_path / "tweets.csv"
    with open(path, "w", newline="") as fh:
        writer = csv.DictWriter(fh, fieldnames=list(rows[0]), lineterminator="\n")
        writer.writeheader()
        writer.writerows(rows)
    posts, _, _, errors = read(path)
    assert not errors
    # the display name is who posted it, but no part of a status url
    assert (posts[0].author, posts[0].url) == (
        "Met Watch",
        "https://x.com/i/web/status/1785000000000000001",
    )


def test_io_x_v2_twarc_flattened_retweet():
    posts, fmt, st, _ = read(FIX / "x_v2_twarc_flat.jsonl")
    assert fmt == "x" and st.bad == 0
    assert posts[0].text.endswith("full text of the original")  # embedded referenced tweet
    assert posts[0].author == "someone"  # the retweeter


@pytest.mark.parametrize("fmt", [None, "x"])
def test_io_x_account_archive_tweets_js(fmt):
    posts, got, st, errors = read(FIX / "x_archive_tweets.js", format=fmt)
    assert got == "x" and posts[0].id == "1633000000000000001"
    assert posts[0].text == "Shoplifting in Leeds is up 40% on last year"
    assert posts[0].created_at == "2023-03-07T10:00:00Z"
    assert posts[0].metrics == {"retweet_count": 1, "like_count": 3}  # counts are strings
    assert posts[0].url == "https://x.com/i/web/status/1633000000000000001"
    assert len(posts) == 2 and st.bad == 1
    # a whole document: no file line for the record, its JSON path instead
    assert (errors[0].line, errors[0].field) == (None, "[1].tweet.full_text")


@pytest.mark.parametrize("fmt", [None, "x"])
@pytest.mark.parametrize("fixture", ["x_snscrape.jsonl", "x_snscrape_0_4.jsonl"])
def test_io_x_snscrape_jsonl(fixture, fmt):
    # snscrape --jsonl twitter-search: _type, numeric id, rawContent (content in 0.4.x, which
    # wrote no _type), ISO date; a quote tweet's quotedTweet is context, a retweet is read as
    # the X reader reads one (its own id and time, the retweeted post's full text)
    posts, got, st, errors = read(FIX / fixture, format=fmt)
    assert got == "x"
    assert [p.id for p in posts] == [
        "1614650000000000002",
        "1614700000000000003",
        "1614720000000000005",
    ]
    first = posts[0]
    assert first.platform == "x" and first.author == "alice" and first.lang == "en"
    assert first.text == "Homicides in Leeds fell 20% in 2022 https://t.co/abc"  # rawContent
    assert first.created_at == "2023-01-15T13:30:00Z"
    assert first.url == "https://x.com/alice/status/1614650000000000002"
    assert first.metrics == {
        "retweet_count": 5,
        "reply_count": 2,
        "like_count": 11,
        "quote_count": 1,
    }
    assert posts[1].text == "Not what the ONS says"
    assert posts[2].text == "Burglaries in Leeds down 8% & robberies up 3%"
    assert posts[2].created_at == "2023-01-17T10:00:00Z"
    if fixture == "x_snscrape.jsonl":
        assert st.skip_reasons == {"x: snscrape TweetRef item": 1}
        assert [(e.line, e.field) for e in errors] == [(5, "rawContent"), (6, "<line>")]
    else:
        assert not errors and st.skipped_non_posts == 0


@pytest.mark.parametrize("fmt", [None, "bluesky"])
def test_io_bluesky_api_pages_per_line(fmt):
    # getAuthorFeed page (a post, a repost item, an image-only post), searchPosts page with
    # one bad post between good ones
    posts, got, st, errors = read(FIX / "bluesky_feed_pages.jsonl", format=fmt)
    assert got == "bluesky"
    assert [p.id.rsplit("/", 1)[1] for p in posts] == ["3kp0001", "3kp0004", "3kp0006"]
    assert posts[0].author == "crimewatch.bsky.social" and posts[0].metrics["like_count"] == 5
    assert posts[0].url == "https://bsky.app/profile/crimewatch.bsky.social/post/3kp0001"
    assert st.skip_reasons == {"bluesky: repost": 1, "bluesky: post without text": 1}
    assert [(e.line, e.field) for e in errors] == [(2, "posts[1].record.text")]


def test_io_bluesky_pretty_printed_feed_response():
    posts, fmt, st, _ = read(FIX / "bluesky_author_feed.json")
    assert fmt == "bluesky" and st.bad == 0
    assert [p.text for p in posts] == [
        "Burglary in Oxford fell 12% last year",
        "Thefts from cars up 20% in Bath",
    ]


def _feed_item(rkey: str, text: str, reason: str | None = None) -> dict:
    did = "did:plc:aaaa2222bbbb3333cccc4444"
    item: dict = {
        "post": {
            "uri": f"at://{did}/app.bsky.feed.post/{rkey}",
            "author": {"did": did, "handle": "alice.bsky.social"},
            "record": {
                "$type": "app.bsky.feed.post",
                "text": text,
                "createdAt": "2024-11-10T09:00:00Z",
            },
        }
    }
    if reason:
        item["reason"] = {"$type": f"app.bsky.feed.defs#{reason}"}
    return item


@pytest.mark.parametrize("layout", ["page", "indented page", "items"])
def test_io_bluesky_author_feed_pinned_post_is_read_once(tmp_path, layout):
    # getAuthorFeed?includePins=true: the pinned post comes first (reasonPin), then again at
    # its place in the page; the first is a display copy, not a second post
    feed = [
        _feed_item("3lp01", "Pinned: homicides fell 10%", "reasonPin"),
        _feed_item("3lp03", "Latest post"),
        _feed_item("3lp02", "Someone else's post", "reasonRepost"),
        _feed_item("3lp01", "Pinned: homicides fell 10%"),
    ]
    if layout == "indented page":
        path = tmp_path / "author_feed.json"
        path.write_text(json.dumps({"feed": feed, "cursor": "c1"}, indent=2))
        posts, fmt, st, errors = read(path)
    else:
        posts, fmt, st, errors = read_records([{"feed": feed}] if layout == "page" else feed)
    assert fmt == "bluesky" and not errors
    if layout == "items":  # read apart, an item cannot know what the page holds: both read
        assert [p.id.rsplit("/", 1)[1] for p in posts] == ["3lp01", "3lp03", "3lp01"]
        return
    assert [p.id.rsplit("/", 1)[1] for p in posts] == ["3lp03", "3lp01"]
    assert st.skip_reasons == {
        "bluesky: pinned post (the page holds it again in its place)": 1,
        "bluesky: repost": 1,
    }


@pytest.mark.parametrize("layout", ["document", "one response a line"])
@pytest.mark.parametrize("fmt", [None, "bluesky"])
def test_io_bluesky_post_thread_reads_every_post_once(tmp_path, layout, fmt):
    # app.bsky.feed.getPostThread: the anchor post, its parent chain (ending in a
    # notFoundPost) and its nested replies (one a blockedPost), read in thread order: the
    # root first, down the parents to the anchor, then the replies depth first
    path = FIX / "bluesky_post_thread.json"
    if layout != "document":
        line = json.dumps(json.loads(path.read_text()))
        path = tmp_path / "threads.jsonl"
        path.write_text(line + "\n")
    posts, got, st, errors = read(path, format=fmt)
    assert got == "bluesky"
    assert [p.id.rsplit("/", 1)[1] for p in posts] == [
        "3kroot00001a",
        "3kpar000001a",
        "3kmain00001a",
        "3krep000001a",
        "3krep000011a",
    ]
    assert len({p.id for p in posts}) == len(posts)
    assert posts[2].author == "bob.example.com" and posts[2].created_at == "2024-05-01T10:00:00Z"
    assert posts[2].url == "https://bsky.app/profile/bob.example.com/post/3kmain00001a"
    assert st.skip_reasons == {
        "bluesky: thread post not found": 1,
        "bluesky: blocked thread post": 1,
        "bluesky: post without text": 1,
    }
    # a reply without text is one bad record, named by its path in the thread
    assert [(e.field, e.reason) for e in errors] == [
        ("thread.replies[3].post.record.text", "missing text")
    ]


def test_io_bluesky_post_thread_v2_items(tmp_path):
    # app.bsky.unspecced.getPostThreadV2: `thread` is a flat list of {uri, depth, value} items
    # in thread order; not-found and blocked items are not posts
    thread = json.loads((FIX / "bluesky_post_thread.json").read_text())["thread"]
    post_item = "app.bsky.unspecced.defs#threadItemPost"
    items = [
        {
            "uri": "at://gone",
            "depth": -2,
            "value": {"$type": "app.bsky.unspecced.defs#threadItemNotFound"},
        },
        {"uri": "p", "depth": -1, "value": {"$type": post_item, "post": thread["parent"]["post"]}},
        {"uri": "a", "depth": 0, "value": {"$type": post_item, "post": thread["post"]}},
        {"uri": "b", "depth": 1, "value": {"$type": "app.bsky.unspecced.defs#threadItemBlocked"}},
    ]
    path = tmp_path / "thread_v2.json"
    path.write_text(json.dumps({"thread": items, "threadgate": None}, indent=2))
    posts, fmt, st, errors = read(path)
    assert fmt == "bluesky" and not errors
    assert [p.id.rsplit("/", 1)[1] for p in posts] == ["3kpar000001a", "3kmain00001a"]
    assert st.skip_reasons == {
        "bluesky: thread post not found": 1,
        "bluesky: blocked thread post": 1,
    }


def test_io_bluesky_pinned_post_the_page_does_not_hold_again_is_read():
    # an older pinned post is not in the first page of the feed: its pinned copy is the post
    feed = [_feed_item("3lp01", "Pinned methodology", "reasonPin"), _feed_item("3lp03", "New")]
    posts, fmt, st, errors = read_records([{"feed": feed}])
    assert [p.id.rsplit("/", 1)[1] for p in posts] == ["3lp01", "3lp03"]
    assert st.skipped_non_posts == 0 and not errors


@pytest.mark.parametrize("flat", [False, True])
def test_io_bluesky_atproto_sdk_snake_case_record_keeps_its_date(flat):
    # the atproto Python SDK's model_dump() writes created_at (and py_type), not createdAt
    record = {
        "py_type": "app.bsky.feed.post",
        "created_at": "2024-11-20T10:00:00.000Z",
        "text": "homicides fell 10%",
        "langs": ["en"],
    }
    uri = "at://did:plc:aaaa2222bbbb3333cccc4444/app.bsky.feed.post/3lf01"
    rec = {"uri": uri, **record} if flat else {"uri": uri, "cid": "bafy", "record": record}
    bad = {**rec, "uri": uri[:-1] + "2"}
    if flat:
        bad["created_at"] = "not a date"
    else:
        bad["record"] = {**record, "created_at": "not a date"}
    posts, fmt, st, errors = read_records([rec, bad])
    assert fmt == "bluesky"
    assert [(p.id, p.created_at) for p in posts] == [(uri, "2024-11-20T10:00:00Z")]
    assert [e.field for e in errors] == ["created_at" if flat else "record.created_at"]


def test_io_bluesky_bare_post_records():
    # records as stored in a repo carry no at:// uri: the line number is the id
    posts, fmt, st, errors = read(FIX / "bluesky_records.jsonl")
    assert fmt == "bluesky" and not errors
    assert [(p.id, p.lang, p.author, p.url) for p in posts] == [
        ("1", "en", None, None),
        ("3", "cy", None, None),
    ]
    assert posts[0].created_at == "2024-05-01T08:00:00Z"
    assert st.skip_reasons == {"bluesky: app.bsky.feed.like record": 1}


def test_io_bluesky_jetstream_before_v0_1():
    posts, fmt, st, errors = read(FIX / "bluesky_jetstream_v0.jsonl")
    assert fmt == "bluesky" and not errors
    did = "did:plc:ewvi7nxzyoun6zhxrhs64oiz"
    assert [p.id for p in posts] == [f"at://{did}/app.bsky.feed.post/3l3ypost"]
    assert posts[0].url == f"https://bsky.app/profile/{did}/post/3l3ypost"
    assert st.skip_reasons == {
        "bluesky: identity event": 1,
        "bluesky: account event": 1,
        "bluesky: app.bsky.graph.follow commit": 1,
        "bluesky: post delete": 1,
    }


@pytest.mark.parametrize("fmt", [None, "reddit"])
def test_io_reddit_api_things_and_listings(fmt):
    posts, got, st, errors = read(FIX / "reddit_api_things.jsonl", format=fmt)
    assert got == "reddit"
    assert [p.id for p in posts] == ["1b2c3d4", "kxyz123"]
    assert posts[0].text == "Phone snatching up 30% in Westminster"  # link post: title only
    assert posts[0].created_at == "2024-03-01T10:46:40Z"  # created_utc as a float
    assert posts[1].url.endswith("/1b2c3d4/phone_snatching_up_30_in_westminster/kxyz123/")
    assert st.skip_reasons == {"reddit: more stub (comments not loaded)": 1}
    assert [(e.line, e.field) for e in errors] == [(2, "data.children[1].data.body")]


ARCTIC_SHIFT_PAGE = {
    "data": [
        {
            "id": "k5c0001",
            "body": "&gt; 109 homicides\n\nlowest since 2014 &amp; still too many",
            "created_utc": 1697200000,
            "subreddit": "unitedkingdom",
            "link_id": "t3_17ab006",
        },
        {"id": "k5c0002", "body": "[removed]", "created_utc": 1697200100, "subreddit": "uk"},
        {"id": "k5c0003", "body": None, "created_utc": 1697200200, "subreddit": "uk"},
        {
            "id": "17ab006",
            "title": "Knife crime down 5%",
            "selftext": "",
            "created_utc": 1697100000,
            "subreddit": "unitedkingdom",
        },
    ]
}


def test_io_reddit_admin_removal_notice_is_not_a_post():
    # what Reddit puts in place of a comment its admins removed, with or without the reason
    notice = (
        "[ Removed by Reddit on account of violating the [content policy](/help/contentpolicy). ]"
    )
    rows = [
        {"id": "a1", "body": notice, "created_utc": 1697200000, "subreddit": "uk"},
        {"id": "a2", "body": "[ Removed by Reddit ]", "created_utc": 1697200000, "subreddit": "uk"},
        {
            "id": "a3",
            "body": "[ Removed by Reddit ] they said",
            "created_utc": 1,
            "subreddit": "uk",
        },
    ]
    posts, fmt, st, errors = read_records(rows)
    assert fmt == "reddit" and not errors and [p.id for p in posts] == ["a3"]
    assert st.skip_reasons == {"reddit: deleted/removed/empty comment": 2}


@pytest.mark.parametrize("layout", ["one line", "a page a line", "indented"])
@pytest.mark.parametrize("fmt", [None, "reddit"])
def test_io_reddit_pushshift_and_arctic_shift_api_pages(tmp_path, layout, fmt):
    # /api/comments/search (Arctic Shift), api.pushshift.io/reddit/search/...: {"data": [...]}
    page = json.dumps(ARCTIC_SHIFT_PAGE)
    if layout == "a page a line":
        data = page + "\n" + page.replace('"k5c', '"k6c').replace('"17ab', '"18ab') + "\n"
    else:
        data = json.dumps(ARCTIC_SHIFT_PAGE, indent=2 if layout == "indented" else None)
    path = tmp_path / "comments_search.json"
    path.write_text(data)
    posts, got, st, errors = read(path, format=fmt)
    ids = ["k5c0001", "17ab006"]
    if layout == "a page a line":
        ids += ["k6c0001", "18ab006"]
    assert got == "reddit" and [p.id for p in posts] == ids
    assert posts[0].text == "> 109 homicides\n\nlowest since 2014 & still too many"
    assert posts[0].created_at == "2023-10-13T12:26:40Z"
    assert st.skip_reasons == {"reddit: deleted/removed/empty comment": len(ids) // 2}
    assert [e.field for e in errors] == ["data[2].body"] * (len(ids) // 2)


@pytest.mark.parametrize("layout", ["as saved", "one line", "gzip"])
def test_io_reddit_thread_reads_nested_replies_in_document_order(tmp_path, layout):
    # GET /comments/ID.json: [Listing(t3), Listing(t1...)], each comment's replies a Listing
    # (or "") nested at any depth; "more" stubs hold ids only
    data = (FIX / "reddit_thread.json").read_bytes()
    if layout == "one line":
        data = json.dumps(json.loads(data)).encode()
    path = tmp_path / ("thread.json" + (".gz" if layout == "gzip" else ""))
    path.write_bytes(gzip.compress(data) if layout == "gzip" else data)
    posts, fmt, st, errors = read(path)
    assert fmt == "reddit"
    assert [p.id for p in posts] == ["1c0ffee", "k3a", "k3b", "k3c", "k3d"]
    assert posts[1].text == "Top comment: up 20% & still rising"
    assert posts[3].text == "Deeper still: homicides fell to 109"
    assert posts[3].created_at == "2024-01-01T03:00:00Z"
    assert st.skip_reasons == {"reddit: more stub (comments not loaded)": 2}
    nested = "[1].data.children[0].data.replies.data.children[0].data.replies.data.children[1]"
    assert [(e.line, e.field) for e in errors] == [(None, f"{nested}.data.body")]


def test_io_reddit_replies_nested_deeper_than_a_few_levels():
    # read with a stack, not recursion: every level is read, in order
    def comment(depth: int) -> dict:
        data = {"id": f"c{depth}", "body": f"reply {depth}", "created_utc": 1704067200 + depth}
        return {"kind": "t1", "data": data}

    top = comment(0)
    cur = top
    for depth in range(1, 150):
        child = comment(depth)
        cur["data"]["replies"] = {"kind": "Listing", "data": {"children": [child]}}
        cur = child
    cur["data"]["replies"] = ""
    posts, fmt, st, errors = read_records([{"kind": "Listing", "data": {"children": [top]}}])
    assert fmt == "reddit" and not errors
    assert [p.id for p in posts] == [f"c{d}" for d in range(150)]


def test_io_reddit_comment_with_only_body_html_is_read_as_text():
    rec = {
        "id": "j30c002",
        "name": "t1_j30c002",
        "subreddit": "london",
        "author": "htmlonly",
        "body_html": '&lt;div class="md"&gt;&lt;p&gt;Homicides fell to 109 &amp;amp; '
        "that&amp;#39;s good&lt;/p&gt;\n&lt;/div&gt;",
        "created_utc": "1672531320",
        "link_id": "t3_12lnk01",
        "parent_id": "t3_12lnk01",
    }
    posts, fmt, st, errors = read_records([rec, {**rec, "id": "j30c003", "body_html": 7}])
    assert fmt == "reddit"
    assert [p.text for p in posts] == ["Homicides fell to 109 & that's good"]
    assert [(e.line, e.field) for e in errors] == [(2, "body")]  # a comment, not a submission


@pytest.mark.parametrize(
    "fixture,created",
    [
        # BOM, columns in another order, zones east of UTC (half-hour IST included)
        ("crowdtangle_facebook_bom.csv", ["2021-03-01T03:00:02Z", "2021-03-02T03:30:00Z"]),
        # no "Post Created": its date and time columns (no zone)
        ("crowdtangle_facebook_datetime.csv", ["2021-03-01T14:00:02Z", "2021-03-02T09:30:00Z"]),
    ],
)
def test_io_crowdtangle_column_variants(fixture, created):
    posts, fmt, st, errors = read(FIX / fixture)
    assert fmt == "crowdtangle" and not errors and st.skipped_non_posts == 0
    assert [p.created_at for p in posts] == created
    assert all(p.platform == "facebook" and p.id == p.url for p in posts)
    assert posts[0].author in ("Sydney News", "City News")
    if fixture.endswith("bom.csv"):
        assert posts[0].metrics["likes"] == 1020
        assert posts[1].text == "Chain snatching cases fall 9% in Delhi\n\nPolice data for 2020"


@pytest.mark.parametrize(
    "fixture,platform,author,created",
    [
        # 2019-2021 exports name the post's date "Created" (no "Post Created")
        (
            "crowdtangle_facebook_created.csv",
            "facebook",
            "Leeds Live",
            ["2019-11-03T20:15:00Z", "2019-10-26T23:30:00Z"],
        ),
        (
            "crowdtangle_instagram_created.csv",
            "instagram",
            "Manchester Evening News",
            ["2020-02-01T12:00:00Z", "2020-06-14T17:45:00Z"],
        ),
    ],
)
@pytest.mark.parametrize("forced", [None, "crowdtangle"])
def test_io_crowdtangle_created_column_of_older_exports(fixture, platform, author, created, forced):
    posts, fmt, st, errors = read(FIX / fixture, format=forced)
    assert fmt == "crowdtangle" and not errors and st.skipped_non_posts == 0
    assert [p.created_at for p in posts] == created
    assert all(p.platform == platform and p.author == author for p in posts)


def test_io_crowdtangle_unreadable_created_names_its_column(tmp_path):
    path = tmp_path / "ct.csv"
    text = (FIX / "crowdtangle_facebook_created.csv").read_text(encoding="utf-8")
    path.write_text(text.replace("2019-10-27 00:30:00 BST", "last Sunday"), encoding="utf-8")
    posts, fmt, _, errors = read(path)
    assert fmt == "crowdtangle" and len(posts) == 1
    assert [(e.line, e.field) for e in errors] == [(3, "Created")]


@pytest.mark.parametrize("suffix", ["", ".gz", ".zst"])
def test_io_json_array_with_broken_elements(tmp_path, suffix):
    # a JSON array, one element per line; one element has invalid UTF-8, one is cut short:
    # the document does not parse, so its elements are read line by line
    path = tmp_path / ("mcl.json" + suffix)
    path.write_bytes(COMPRESSORS[suffix]((FIX / "meta_content_library_lines.json").read_bytes()))
    posts, fmt, st, errors = read(path)
    assert fmt == "meta"
    assert [p.id[-1] for p in posts] == ["1", "4"]
    assert posts[0].author == "stltoday" and posts[0].metrics["share_count"] == 3
    assert [e.line for e in errors] == [3, 4] and "UTF-8" in errors[0].reason


@pytest.mark.parametrize("suffix", ["", ".xz"])
def test_io_telegram_full_account_export(tmp_path, suffix):
    path = tmp_path / ("result.json" + suffix)
    path.write_bytes(COMPRESSORS[suffix]((FIX / "telegram_account_export.json").read_bytes()))
    posts, fmt, st, errors = read(path)
    assert fmt == "telegram"
    # left_chats.list (groups and channels left) is read after chats.list; message ids repeat
    # across chats, the post ids do not
    assert [p.id for p in posts] == ["4400000001/11", "1500000002/3", "4400000003/11"]
    assert posts[0].text == "Burglaries on our street are up 50% this winter"
    assert posts[0].author == "Ann" and posts[0].created_at == "2024-01-05T18:05:00Z"
    assert posts[1].text == "Vehicle crime fell 7% in Kent, see https://example.org/kent"
    assert posts[2].text == "Car thefts on the estate up 12% since the summer"
    assert posts[2].author == "Bob" and posts[2].created_at == "2024-01-07T09:00:00Z"
    assert st.skip_reasons == {"telegram: service message": 1, "telegram: message without text": 1}
    assert [(e.line, e.field) for e in errors] == [(None, "chats.list[1].messages[1].text")]


def test_io_x_v1_stream_starting_with_control_messages():
    posts, fmt, st, errors = read(FIX / "x_v1_stream.jsonl")
    assert fmt == "x"
    assert posts[0].text.endswith("since 2014 according to city police")  # extended_tweet
    assert posts[0].author == "bmoredata" and posts[0].created_at == "2018-10-10T21:00:00Z"
    assert st.skip_reasons == {
        "x: delete message": 1,
        "x: limit message": 1,
        "x: status_withheld message": 1,
    }
    assert [(e.line, e.field) for e in errors] == [(5, "text")]


@pytest.mark.parametrize("fmt", [None, "x"])
@pytest.mark.parametrize("preamble", ["friends", "friends_str"])
def test_io_x_v1_user_stream_events_are_not_posts(tmp_path, fmt, preamble):
    # a user stream's event messages (favorite, follow...: source, target and the tweet acted
    # on) were bad records, while the friends preamble of the same stream was skipped;
    # friends_str is that preamble with stringify_friend_ids=true
    path = tmp_path / "userstream.jsonl"
    path.write_text((FIX / "x_v1_user_stream.jsonl").read_text().replace("friends", preamble, 1))
    posts, got, st, errors = read(path, format=fmt)
    assert got == "x" and not errors
    assert [(p.id, p.author) for p in posts] == [("1050130000000000000", "bmoredata")]
    assert st.skip_reasons == {
        f"x: {preamble} message": 1,
        "x: favorite user-stream event": 1,
        "x: follow user-stream event": 1,
    }


@pytest.mark.parametrize(
    "fixture,fmt,ids,bad",
    [
        # public-timeline pages, an empty last page, then one status object on its own line
        (
            "mastodon_status_pages.jsonl",
            "mastodon",
            ["001", "002", "003", "007", "008"],
            [(2, "[1].content"), (2, "[2].created_at"), (2, "[3]")],
        ),
        # statuses/user_timeline pages (tweet_mode=extended)
        ("x_v1_timeline_pages.jsonl", "x", ["001", "002", "003", "005"], [(2, "[1].created_at")]),
    ],
)
@pytest.mark.parametrize("given", [False, True])
def test_io_jsonl_line_holding_a_page_of_records(fixture, fmt, ids, bad, given):
    posts, got, st, errors = read(FIX / fixture, format=fmt if given else None)
    assert got == fmt
    assert [p.id[-3:] for p in posts] == ids
    assert [(e.line, e.field) for e in errors] == bad
    assert st.skipped_non_posts == 0


def test_io_jsonl_page_lines_in_raw_line_chunks():
    # the batch runner's path: raw line chunks mapped elsewhere, pages included
    posts, _ = read_posts(FIX / "mastodon_status_pages.jsonl")
    mapper, stats, bad = posts.line_mapper(), ReadStats(), []
    out = [
        p
        for start, lines in posts.line_chunks(1)
        for p in mapper(start, lines, stats, lambda *b: bad.append(b[0::2]))
    ]
    assert [p.text for p in out][:2] == [
        "Burglary in Leeds fell 11% in 2023",
        "crime\n\nCar theft up 25% in Coventry",  # spoiler_text first
    ]
    assert (len(out), stats.records) == (5, 4)
    assert bad == [(2, "[1].content"), (2, "[2].created_at"), (2, "[3]")]


@pytest.mark.parametrize(
    "fixture,fmt,ids,bad",
    [
        # a message's text cut short mid-string: the messages around it are still read
        (
            "telegram_result_broken.json",
            "telegram",
            ["1500000009/2", "1500000009/4"],
            [(33, "<element>", "unexpected control character in string at line 40, column 48")],
        ),
        # a comma lost in the first tweet; the second has a numeric full_text
        (
            "x_archive_tweets_broken.js",
            "x",
            ["1633000000000000003"],
            [
                (2, "<element>", "expected ',' or '}' at line 15, column 7"),
                (37, "[1].tweet.full_text", ""),
            ],
        ),
        # json.dump(statuses, indent=2), the download cut short inside the last status
        (
            "mastodon_statuses_cut_short.json",
            "mastodon",
            ["111222333444555666", "111222333444555777"],
            [(42, "<element>", "unexpected end of data at line 51, column 16")],
        ),
    ],
)
def test_io_indented_document_with_a_broken_record(fixture, fmt, ids, bad):
    # the line of each record is the file line its element starts on; the field, its JSON path
    posts, got, st, errors = read(FIX / fixture)
    assert (got, posts[0].platform) == (fmt, fmt)
    assert [p.id.rsplit("/", 1)[-1] if fmt == "mastodon" else p.id for p in posts] == ids
    assert [(e.line, e.field) for e in errors] == [b[:2] for b in bad]
    assert all(want in e.reason for e, (_, _, want) in zip(errors, bad, strict=True))
    if fmt == "telegram":
        assert posts[1].author == "Lyon Police Watch"
        assert posts[1].text == "Assaults on the metro doubled since 2019"


def _telegram_chat() -> dict:
    messages = [
        {"id": i, "type": "message", "date": "2024-01-02T10:00:00", "text": f"Post {i}"}
        for i in range(1, 9)
    ]
    messages[7]["text"] = 404
    return {"name": "Lyon Police Watch", "type": "public_channel", "id": 15, "messages": messages}


def _bluesky_feed() -> dict:
    def item(n: int, text: object) -> dict:
        uri = f"at://did:plc:abc/app.bsky.feed.post/3kp000{n}"
        record = {"$type": "app.bsky.feed.post", "text": text, "createdAt": "2024-01-02T10:00Z"}
        return {"post": {"uri": uri, "author": {"handle": "a.bsky.social"}, "record": record}}

    feed = [item(n, f"Post {n}") for n in range(4)] + [item(4, ["not", "text"])]
    return {"feed": feed, "cursor": "2024-01-02T10:00:00Z"}


def _x_v1_timeline() -> list:
    tweet = {"id_str": "1", "full_text": "Knife crime down", "user": {"screen_name": "met"}}
    return [tweet, {**tweet, "id_str": "2"}, {"id_str": "3", "user": {"screen_name": "met"}}]


def _x_v2_page() -> dict:
    tweets = [{"id": str(n), "text": f"Post {n}", "author_id": "9"} for n in range(6)]
    tweets[5]["text"] = 5
    return {"data": tweets, "includes": {"users": []}, "meta": {"result_count": 6}}


@pytest.mark.parametrize("indent", [None, 1])
@pytest.mark.parametrize(
    "make,fmt,field",
    [
        (_telegram_chat, "telegram", "messages[7].text"),
        (_bluesky_feed, "bluesky", "feed[4].post.record.text"),
        (_x_v1_timeline, "x", "[2].full_text"),
        (_x_v2_page, "x", "data[5].text"),
    ],
)
def test_io_whole_document_bad_record_named_by_json_path(tmp_path, make, fmt, field, indent):
    # a record of a JSON document has no line of its own: the error names its JSON path and no
    # line (its position in the document would read as a file line); a document on one line
    # that is an object is read as one JSON Lines record, whose line (1) is true
    doc = make()
    path = tmp_path / "export.json"
    path.write_text(json.dumps(doc, indent=indent))
    posts, got, st, errors = read(path)
    assert got == fmt and len(errors) == 1 and posts
    line = 1 if indent is None and fmt in ("bluesky", "x") and isinstance(doc, dict) else None
    assert (errors[0].line, errors[0].field) == (line, field)
    where = f"export.json, field {field!r}: " if line is None else f"line 1, field {field!r}: "
    assert where in str(errors[0])


JQ_STREAMS = [
    # jq '.data[]' of an X API v2 page: indented tweet objects one after another
    (
        "x_v2_jq_tweets.json",
        "x",
        ["1812345678901235101", "1812345678901235102", "1812345678901235103"],
        [],
    ),
    # jq '.[1].data.children[]' of a Reddit thread: {"kind": "t1", ...} things (replies read,
    # `more` stubs skipped) and the thread's one bad comment, at the line its thing starts on
    (
        "reddit_jq_children.json",
        "reddit",
        ["k3a", "k3b", "k3c", "k3d"],
        [(1, "data.replies.data.children[0].data.replies.data.children[1].data.body")],
    ),
]


@pytest.mark.parametrize("fixture,fmt,ids,bad", JQ_STREAMS)
@pytest.mark.parametrize("name", ["out.json", "out.jsonl", "out", "out.json.gz", "out.json.zst"])
@pytest.mark.parametrize("forced", [False, True])
def test_io_jq_stream_of_indented_values_is_read_value_by_value(
    tmp_path, fixture, fmt, ids, bad, name, forced
):
    # valid JSON text (a stream of values, as jq writes them) is not a broken document
    suffix = "." + name.rsplit(".", 1)[1] if name.count(".") > 1 else ""
    path = tmp_path / name
    path.write_bytes(COMPRESSORS[suffix]((FIX / fixture).read_bytes()))
    posts, got, st, errors = read(path, format=fmt if forced else None)
    assert got == fmt
    assert [p.id for p in posts] == ids
    assert [(e.line, e.field) for e in errors] == bad
    if fmt == "x":
        assert posts[0].text == "Knife crime in London is up 60% since 2019 & rising"
        assert posts[1].text == "Les cambriolages à Lyon ont baissé de 8 % — chiffres 2023 📉"
        assert posts[2].text.endswith("runs past 280 characters")  # note_tweet
        assert posts[1].created_at == "2024-07-14T09:45:00Z"
    else:
        assert st.skip_reasons == {"reddit: more stub (comments not loaded)": 2}


def test_io_json_value_stream_broken_value_is_one_bad_record_at_its_line(tmp_path):
    # values one after another, indented or not; a broken one (a lost comma, one cut short)
    # is one bad record at the line it starts on, and the values after it are still read
    def rec(n: int) -> dict:
        return {"id": f"g{n}", "text": f"Robberies up {n}%", "created_at": "2024-01-02"}

    parts = [json.dumps(rec(n), indent=2) for n in range(1, 5)]
    parts[1] = parts[1].replace('"g2",', '"g2"')  # a lost comma
    parts[2] = parts[2][: parts[2].index('"text"')].rstrip()  # cut short
    parts.append(json.dumps(rec(5)) + " " + json.dumps(rec(6)))  # two on one line
    parts.append(json.dumps(rec(7), indent=4) + json.dumps(rec(8), indent=4))  # "}{"
    parts.append(json.dumps(rec(9), indent="\t"))
    text = "\n".join(parts) + "\n"
    starts = [text[: text.index(f'"g{n}"')].count("\n") for n in (2, 3)]  # the "{" lines
    path = tmp_path / "records.json"
    path.write_text(text)
    posts, fmt, st, errors = read(path)
    assert fmt == "json"
    assert [p.id for p in posts] == ["g1", "g4", "g5", "g6", "g7", "g8", "g9"]
    assert [(e.line, e.field) for e in errors] == [(starts[0], "<value>"), (starts[1], "<value>")]
    assert errors[0].reason.startswith("broken JSON (") and f"line {starts[0] + 2}," in str(
        errors[0]
    )
    assert st.bad == 2
    # the same stream from a damaged .gz: the value cut short by the damage is part of it
    gz = tmp_path / "records.json.gz"
    gz.write_bytes(gzip.compress(text.encode())[:-60])
    cut_posts, _, _, cut_errors = read(gz)
    ids = [p.id for p in posts]
    assert [p.id for p in cut_posts] == ids[: len(cut_posts)] and len(cut_posts) < len(ids)
    assert "ends early" in cut_errors[-1].reason
    assert [(e.line, e.field) for e in cut_errors[:-1]] == [(e.line, e.field) for e in errors][
        : len(cut_errors) - 1
    ]


def test_io_json_value_stream_is_read_lazily(tmp_path):
    # a stream is read value by value, not whole: its first post comes long before the end
    rec = {"id": "1", "text": "Knife crime up 5%", "pad": "x" * 200}
    values = [json.dumps({**rec, "id": str(n)}, indent=2) for n in range(20_000)]
    path = tmp_path / "big.json"
    path.write_text("\n".join(values) + "\n")
    posts, fmt = read_posts(path)
    first = next(iter(posts))
    assert (fmt, first.id) == ("json", "0")
    assert posts._handle.tell() < path.stat().st_size // 10
    assert sum(1 for _ in posts) == 19_999
    assert posts.stats.bad == 0


def test_io_unrecoverable_broken_document_names_line_and_column(tmp_path):
    # nested chats (the full-account export), or a break outside the records array: the error
    # says where, and how to fix it
    with pytest.raises(BrokenDocumentError) as caught:
        read_posts(FIX / "telegram_account_export_broken.json")
    assert (caught.value.line, caught.value.column) == (21, 7)
    assert str(caught.value).startswith(f"{FIX / 'telegram_account_export_broken.json'}: ")
    assert "line 21, column 7" in str(caught.value) and "Fix: repair the JSON" in str(caught.value)
    header_broken = tmp_path / "result.json"
    text = (FIX / "telegram_result.json").read_text(encoding="utf-8")
    header_broken.write_text(text.replace('"public_channel",', '"public_channel"', 1))
    with pytest.raises(InputError, match=r"result\.json: broken JSON at line 4, column 2 .*Fix:"):
        read_posts(header_broken, format="telegram")


@pytest.mark.parametrize("layout", ["as exported", "indented", "indented, one item broken"])
def test_io_mastodon_account_archive_outbox(tmp_path, layout):
    # Create/Note (HTML content), Announce of a URL, Create with a content warning, a media-only
    # Note, a Note without content, a poll (Question)
    path = FIX / "mastodon_outbox.json"
    bad = [(1, "orderedItems[4].object.content")]  # one line: read as JSON Lines
    if layout != "as exported":
        text = json.dumps(json.loads(path.read_bytes()), indent=2)
        bad = [(None, "orderedItems[4].object.content")]  # a document: its path, no line
        if layout.endswith("broken"):  # the Announce loses a comma; items become records
            text = text.replace('"type": "Announce",', '"type": "Announce"', 1)
            bad = [(65, "<element>"), (177, "orderedItems[4].object.content")]
        path = tmp_path / "outbox.json"
        path.write_text(text)
    posts, fmt, st, errors = read(path)
    assert fmt == "mastodon"
    assert [p.id.rsplit("/", 1)[1][-3:] for p in posts] == ["001", "003", "006"]
    first = posts[0]
    assert (
        first.text
        == "Knife crime in England & Wales rose 7% last year.\n\nSource: https://www.ons.gov.uk/x"
    )
    assert first.id == "https://mastodon.social/users/crimedata/statuses/111000000000000001"
    assert first.url == "https://mastodon.social/@crimedata/111000000000000001"
    assert (first.created_at, first.lang) == ("2023-11-01T09:15:00Z", "en")
    assert first.author == "https://mastodon.social/users/crimedata"
    assert posts[1].text == "crime stats\n\nBurglary halved in York since 2010"  # summary first
    assert [(e.line, e.field) for e in errors] == bad
    skips = {"mastodon: empty status (media only)": 1}
    if not layout.endswith("broken"):
        skips["mastodon: boost (Announce)"] = 1
    assert st.skip_reasons == skips


@pytest.mark.parametrize("indent", [None, 2])
def test_io_mastodon_outbox_note_with_only_a_content_map(tmp_path, indent):
    # content null, the HTML in contentMap alone: read from the map (its language is the post's)
    outbox = json.loads((FIX / "mastodon_outbox.json").read_bytes())
    note = {
        **outbox["orderedItems"][0]["object"],
        "id": "https://mastodon.social/users/crimedata/statuses/111000000000000007",
        "content": None,
        "contentMap": {"de": "<p>Nur contentMap: Einbrüche minus 8&nbsp;%</p>"},
    }
    outbox["orderedItems"] = [{**outbox["orderedItems"][0], "object": note}]
    path = tmp_path / "outbox.json"
    path.write_text(json.dumps(outbox, indent=indent))
    posts, fmt, st, errors = read(path)
    assert fmt == "mastodon" and not errors
    assert [(p.id[-3:], p.text, p.lang) for p in posts] == [
        ("007", "Nur contentMap: Einbrüche minus 8 %", "de")
    ]


@pytest.mark.parametrize(
    "fixture,name,bad_line",
    [
        # websocket JSON form; the user stream's notifications mixed in
        ("mastodon_stream_events.jsonl", "events.jsonl", 4),
        # server-sent events saved with curl -N: ":)" then event/data pairs, ":thump" heartbeats
        ("mastodon_public_stream.sse", "public.sse", 10),
        ("mastodon_public_stream.sse", "public.txt.gz", 10),
        ("mastodon_public_stream.sse", "public.jsonl", 10),
    ],
)
def test_io_mastodon_streaming_events_with_edits(tmp_path, fixture, name, bad_line):
    path = tmp_path / name
    compress = COMPRESSORS[".gz"] if name.endswith(".gz") else bytes
    path.write_bytes(compress((FIX / fixture).read_bytes()))
    posts, fmt, st, errors = read(path)
    assert fmt == "mastodon"
    # status.update (an edit) is read again under the same id: not deduplicated across lines
    assert [(p.id[-3:], p.text) for p in posts] == [
        ("001", "Bike theft in Utrecht up 18% this year"),
        ("001", "Bike theft in Utrecht up 13% this year (corrected)"),
        ("002", "Pickpocketing in Rome fell 6%"),
    ]
    assert posts[1].author == "watch@mastodon.social"
    skips = {"mastodon: delete event": 1}
    if fixture.endswith(".jsonl"):
        skips["mastodon: notification event"] = 1
    assert st.skip_reasons == skips
    assert st.records == len(posts) + len(errors) + sum(skips.values())  # event lines are not
    assert [(e.line, e.field) for e in errors] == [(bad_line, "content")]


@pytest.mark.parametrize("fmt", [None, "mastodon"])
def test_io_mastodon_stream_events_without_payload_are_not_posts(fmt):
    # the streaming server leaves payload out of an event that has none (filters_changed):
    # was a bad record ("field 'content': missing text"), as if the event were a status
    posts, got, st, errors = read(FIX / "mastodon_user_stream.jsonl", format=fmt)
    assert got == "mastodon" and not errors
    assert [(p.id[-3:], p.text) for p in posts] == [
        ("001", "Bike theft in Utrecht up 18% this year")
    ]
    assert st.skip_reasons == {
        "mastodon: filters_changed event": 2,
        "mastodon: announcement event": 1,
        "mastodon: announcement.reaction event": 1,
        "mastodon: announcement.delete event": 1,
    }


def test_io_mastodon_update_event_without_payload_is_still_a_bad_record(tmp_path):
    path = tmp_path / "stream.jsonl"
    lines = (FIX / "mastodon_user_stream.jsonl").read_text().splitlines()
    path.write_text("\n".join([*lines, json.dumps({"stream": ["user"], "event": "update"})]))
    posts, _, st, errors = read(path)
    assert len(posts) == 1 and st.skipped_non_posts == 5
    assert [(e.line, e.field, e.reason) for e in errors] == [
        (7, "payload", "payload must be a status object")
    ]


@pytest.mark.parametrize("size", [1, 2, 3, 5])
def test_io_sse_event_and_data_lines_stay_in_one_chunk(size):
    posts, _ = read_posts(FIX / "mastodon_public_stream.sse")
    mapper, stats = posts.line_mapper(), ReadStats()
    chunks = list(posts.line_chunks(size))
    assert not any(lines[-1].startswith(b"event:") for _, lines in chunks)
    out = [p for start, lines in chunks for p in mapper(start, lines, stats, lambda *b: None)]
    assert [p.id[-3:] for p in out] == ["001", "001", "002"]
    assert stats.skip_reasons == {"mastodon: delete event": 1}


# (fixture, format, posts, bad): every layout, auto-detected, through every compression
LAYOUTS = [
    ("x_v1_stream.jsonl", "x", 1, 1),
    ("x_v2_stream.jsonl", "x", 5, 1),
    ("x_v2_response.json", "x", 2, 0),
    ("x_archive_tweets.js", "x", 2, 1),
    ("reddit_submissions.jsonl", "reddit", 2, 1),
    ("reddit_api_things.jsonl", "reddit", 2, 1),
    ("bluesky_jetstream.jsonl", "bluesky", 2, 2),
    ("bluesky_author_feed.json", "bluesky", 2, 0),
    ("mastodon_statuses.jsonl", "mastodon", 3, 1),
    ("mastodon_status_pages.jsonl", "mastodon", 5, 3),
    ("mastodon_statuses_cut_short.json", "mastodon", 2, 1),
    ("mastodon_outbox.json", "mastodon", 3, 1),
    ("mastodon_public_stream.sse", "mastodon", 3, 1),
    ("telegram_result_broken.json", "telegram", 2, 1),
    ("x_v1_timeline_pages.jsonl", "x", 4, 1),
    ("crowdtangle_facebook_bom.csv", "crowdtangle", 2, 0),
    ("meta_content_library.json", "meta", 1, 1),
    ("telegram_account_export.json", "telegram", 3, 1),
]


def _zstd_long(data: bytes) -> bytes:
    # as the Reddit dumps are written (zstd --long=31): a streamed frame declaring a 2 GiB window
    params = zstandard.ZstdCompressionParameters.from_level(3, window_log=31)
    cobj = zstandard.ZstdCompressor(compression_params=params).compressobj()
    return cobj.compress(data) + cobj.flush()


@pytest.mark.parametrize("suffix", [".gz", ".bz2", ".xz", ".zst"])
@pytest.mark.parametrize("fixture,fmt,n,bad", LAYOUTS)
def test_io_every_layout_through_every_compression(tmp_path, fixture, fmt, n, bad, suffix):
    compress = _zstd_long if suffix == ".zst" else COMPRESSORS[suffix]
    path = tmp_path / (fixture + suffix)
    path.write_bytes(compress((FIX / fixture).read_bytes()))
    posts, got, st, _ = read(path)
    assert (got, len(posts), st.bad) == (fmt, n, bad)


@pytest.mark.parametrize(
    "fixture,suffix,expected",
    [
        ("bluesky_jetstream.jsonl", ".zst", "bluesky 2 2"),  # starts with identity events
        ("x_v1_stream.jsonl", ".bz2", "x 1 1"),  # starts with a delete notice
        ("telegram_account_export.json", ".xz", "telegram 3 1"),
        ("crowdtangle_facebook_bom.csv", ".gz", "crowdtangle 2 0"),
    ],
)
def test_io_compressed_stdin(fixture, suffix, expected):
    compress = _zstd_long if suffix == ".zst" else COMPRESSORS[suffix]
    code = (
        "from safetynlp.io import read_posts\n"
        "posts, fmt = read_posts('-')\n"
        "print(fmt, len(list(posts)), posts.stats.bad)\n"
    )
    out = subprocess.run(
        [sys.executable, "-c", code],
        input=compress((FIX / fixture).read_bytes()),
        capture_output=True,
        check=True,
    ).stdout
    assert out.decode().strip() == expected


def _generic(n: int) -> dict:
    return {"id": f"v{n}", "text": f"Robberies up {n}%", "created_at": "2024-01-02T00:00:00Z"}


#: several compact values on one line, as docs/inputs.md promises they are read
ONE_LINE = {
    "space": lambda a, b: json.dumps(a) + " " + json.dumps(b),
    "tab": lambda a, b: json.dumps(a) + "\t" + json.dumps(b),
    "glued": lambda a, b: json.dumps(a) + json.dumps(b),
    "compact glued": lambda a, b: (
        json.dumps(a, separators=(",", ":")) + json.dumps(b, separators=(",", ":"))
    ),
}


@pytest.mark.parametrize("sep", sorted(ONE_LINE))
@pytest.mark.parametrize("name", ["values.jsonl", "values.json", "values", "values.jsonl.gz"])
@pytest.mark.parametrize("layout", ["every line", "one line of many"])
def test_io_jsonl_several_values_on_one_line_are_read_value_by_value(tmp_path, sep, name, layout):
    # was: the line was one "broken JSON" bad record (and a .jsonl file of such lines failed
    # format detection with "record keys: []")
    join = ONE_LINE[sep]
    if layout == "every line":
        lines = [join(_generic(2 * i), _generic(2 * i + 1)) for i in range(3)]
    else:
        lines = [json.dumps(_generic(i)) for i in range(6)]
        lines[3:5] = [join(_generic(3), _generic(4))]
    suffix = ".gz" if name.endswith(".gz") else ""
    path = tmp_path / name
    path.write_bytes(COMPRESSORS[suffix](("\n".join(lines) + "\n").encode()))
    posts, fmt, st, errors = read(path)
    assert [p.id for p in posts] == [f"v{i}" for i in range(6)], [str(e) for e in errors]
    assert fmt in ("jsonl", "json") and errors == [] and st.read == 6


def test_io_jsonl_several_values_on_one_line_report_a_broken_one_at_its_line(tmp_path):
    lines = [json.dumps(_generic(0)), json.dumps(_generic(1)) + ' {"id": "x", "text": 5']
    lines.append(json.dumps(_generic(2)))
    path = tmp_path / "values.jsonl"
    path.write_text("\n".join(lines) + "\n")
    posts, fmt, st, errors = read(path)
    assert [p.id for p in posts] == ["v0", "v1", "v2"]
    assert [(e.line, e.field) for e in errors] == [(2, "<line>")]
    assert errors[0].reason.startswith("broken JSON (")


@pytest.mark.parametrize("workers", [1, 2])
def test_io_jsonl_several_values_on_one_line_in_raw_line_chunks(tmp_path, workers):
    # the chunk path of `safetynlp score` (lines parsed in the workers) reads them the same way
    from safetynlp.batch import LengthScorer
    from safetynlp.cli.score import run_score

    lines = [json.dumps(_generic(i)) for i in range(40)]
    lines[10:12] = [json.dumps(_generic(10)) + json.dumps(_generic(11))]
    src = tmp_path / "values.jsonl"
    src.write_text("\n".join(lines) + "\n")
    out = tmp_path / "out.jsonl"
    summary = run_score(
        str(src), str(out), workers=workers, batch_size=7, silent=True, factory=LengthScorer
    )
    ids = [json.loads(line)["id"] for line in out.read_text().splitlines()]
    assert ids == [f"v{i}" for i in range(40)]
    assert summary.bad == 0 and summary.posts_read == 40


@pytest.mark.parametrize("name", ["mac.jsonl", "mac.json", "mac"])
def test_io_jsonl_with_cr_only_line_ends_is_read_line_by_line(tmp_path, name):
    # classic Mac OS line ends: was refused with "record keys: []"; each record is a line of its
    # own, and a bad one is reported at its own line
    lines = [json.dumps(_generic(i)) for i in range(5)]
    lines[2] = '{"id": "bad", "text": '
    path = tmp_path / name
    path.write_bytes(("\r".join(lines) + "\r").encode())
    posts, fmt, st, errors = read(path)
    assert [p.id for p in posts] == ["v0", "v1", "v3", "v4"]
    assert [(e.line, e.field) for e in errors] == [(3, "<line>")]


@pytest.mark.parametrize(
    ("hint", "sep", "bom"),
    [
        ("sep=;", ";", b""),
        ("sep=,", ",", b""),
        ('"sep=;"', ";", b"\xef\xbb\xbf"),
        ("sep=|", "|", b""),
    ],
)
@pytest.mark.parametrize("name", ["excel.csv", "excel"])
def test_io_csv_excel_sep_line_names_the_delimiter(tmp_path, hint, sep, bom, name):
    # Excel's "sep=;" first line: was taken for the header ("record keys: []")
    rows = [["id", "text", "created_at"]]
    rows += [[f"e{i}", f"Robberies up {i}%", "2024-01-02"] for i in range(4)]
    rows[3] = ["e2", "a row with a field too many", "2024-01-02", "x"]
    path = tmp_path / name
    body = "".join(sep.join(r) + "\r\n" for r in rows)
    path.write_bytes(bom + (hint + "\r\n" + body).encode())
    posts, fmt, st, errors = read(path, text_key="text")
    assert [p.id for p in posts] == ["e0", "e1", "e3"] and fmt == "csv"
    assert [(e.line, e.field) for e in errors] == [(5, "<row>")]  # the file's line
