"""Each platform reader on a sample in that platform's real field layout."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from safetynlp.errors import BadRecordError, UnknownFormatError
from safetynlp.io import read_posts
from safetynlp.io.readers.mastodon import html_to_text

FIX = Path(__file__).parent / "fixtures" / "io"


def read(name: str, **kw):
    errors: list[BadRecordError] = []
    posts, fmt = read_posts(FIX / name, on_error=errors.append, **kw)
    return list(posts), fmt, posts.stats, errors


def test_x_v2_envelopes():
    posts, fmt, st, errors = read("x_v2_envelopes.jsonl")
    assert fmt == "x"
    assert [p.id for p in posts] == [
        "1812345678901234567",
        "1812345678901234999",
        "1812345678901235000",
    ]
    first = posts[0]
    assert first.text.startswith("Knife crime in London is up 60% since 2019, the full long")
    assert first.author == "metwatch"
    assert first.created_at == "2024-07-14T09:30:00Z"
    assert first.metrics["like_count"] == 40
    assert first.url == "https://x.com/metwatch/status/1812345678901234567"
    assert first.platform == "x" and first.lang == "en"
    # a retweet takes the full text of the retweeted post from includes.tweets
    assert posts[2].text.endswith("full text of the original")
    assert (st.read, st.skipped_non_posts, st.bad) == (3, 1, 1)
    assert errors[0].line == 3 and errors[0].path.endswith("x_v2_envelopes.jsonl")


def test_x_v2_pretty_printed_response_document():
    posts, fmt, st, _ = read("x_v2_response.json")
    assert fmt == "x" and len(posts) == 2 and st.bad == 0
    assert posts[1].author == "someone"


def test_x_v2_one_tweet_per_line():
    posts, fmt, st, errors = read("x_v2_tweets.jsonl")
    assert fmt == "x"
    assert posts[0].author == "someone"  # twarc's embedded author object
    assert posts[1].author == "2244994945"  # no user expansion: the author id
    assert st.bad == 2
    assert {e.field for e in errors} == {"<line>", "text"}


def test_x_v1():
    posts, fmt, st, errors = read("x_v1.jsonl")
    assert fmt == "x"
    assert posts[0].text.endswith("police data released today https://t.co/abc")  # extended_tweet
    assert posts[0].created_at == "2018-10-10T20:19:24Z"
    assert posts[0].author == "TwitterAPI"
    assert posts[0].metrics["like_count"] == 296
    assert posts[1].text.startswith("Violent crime rate in Glasgow")  # full_text
    assert posts[2].text == posts[0].text  # retweet -> retweeted_status full text
    assert st.skipped_non_posts == 1  # the delete message
    assert [(e.line, e.field) for e in errors] == [(3, "<line>"), (6, "created_at")]


def test_reddit_comments():
    posts, fmt, st, errors = read("reddit_comments.jsonl")
    assert fmt == "reddit"
    assert [p.id for p in posts] == ["j2abcde", "j2abcdh"]
    assert posts[0].created_at == "2023-01-01T00:00:00Z"  # created_utc as a number
    assert posts[1].created_at == "2023-01-01T00:05:00Z"  # ... and as a string
    assert posts[0].url == "https://www.reddit.com/r/nyc/comments/10abcde/crime_stats/j2abcde/"
    assert posts[1].metrics == {"score": 3}
    assert st.skipped_non_posts == 2  # [deleted], [removed]
    assert [(e.line, e.field) for e in errors] == [(4, "<line>"), (6, "body")]


def test_reddit_submissions():
    posts, fmt, st, _ = read("reddit_submissions.jsonl")
    assert fmt == "reddit"
    assert posts[0].text.startswith("Chicago crime numbers for 2022\n\nAssaults rose 8%")
    assert posts[1].text == "Robberies tripled downtown"  # removed selftext: title kept
    assert posts[1].author is None
    # a [deleted] title, a "[deleted by user]" title (Arctic Shift)
    assert st.skipped_non_posts == 2 and st.bad == 1


def test_bluesky_jetstream():
    posts, fmt, st, errors = read("bluesky_jetstream.jsonl")
    assert fmt == "bluesky"
    did = "did:plc:eygmaihciaxprqvxpfvl6flk"
    assert posts[0].id == f"at://{did}/app.bsky.feed.post/3l3qo2vuowo2b"
    assert posts[0].url == f"https://bsky.app/profile/{did}/post/3l3qo2vuowo2b"
    assert posts[0].created_at == "2024-09-09T19:46:02Z" and posts[0].lang == "en"
    assert len(posts) == 2
    # identity, account, like, delete
    assert st.skipped_non_posts == 4
    assert sorted(e.field for e in errors) == ["<line>", "commit.record.text"]


def test_bluesky_post_views_and_records():
    posts, fmt, st, _ = read("bluesky_posts.jsonl")
    assert fmt == "bluesky"
    assert posts[0].author == "alice.bsky.social"
    assert posts[0].url.startswith("https://bsky.app/profile/alice.bsky.social/post/")
    assert posts[0].metrics["like_count"] == 10
    assert posts[1].text == "Shoplifting up 30% in London"  # listRecords {uri, value}
    assert st.skipped_non_posts == 2  # a repost feed item, a like record


def test_mastodon():
    posts, fmt, st, _ = read("mastodon_statuses.jsonl")
    assert fmt == "mastodon"
    assert posts[0].text == (
        "Knife crime in England & Wales rose 7% last year.\n\n"
        "Source: https://www.ons.gov.uk/x\nMore soon <3"
    )
    assert posts[0].author == "crimedata@mastodon.social"
    assert posts[1].text == "crime stats\n\nBurglary halved in York"  # spoiler prepended
    # a boost: its own id, time and booster, the boosted status's text
    assert posts[2].id.endswith("/statuses/111222333444555888/activity")
    assert (posts[2].text, posts[2].lang) == (posts[0].text, "en")
    assert (posts[2].author, posts[2].created_at) == ("carol", "2023-11-03T10:00:00Z")
    assert st.skipped_non_posts == 1 and st.bad == 1


_ORIGINAL = {
    "id": "200",
    "uri": "https://mas.to/users/dave/statuses/200",
    "url": "https://mas.to/@dave/200",
    "created_at": "2024-03-01T08:00:00.000Z",
    "content": "<p>Burglaries down 8% in Leeds</p>",
    "spoiler_text": "",
    "language": "en",
    "reblog": None,
    "account": {"acct": "dave@mas.to", "username": "dave"},
    "visibility": "public",
}
_BOOST = {
    "id": "201",
    "uri": "https://mastodon.social/users/alice/statuses/201/activity",
    "url": None,
    "created_at": "2024-03-02T09:30:00.000Z",
    "content": "",
    "spoiler_text": "",
    "language": None,
    "reblog": _ORIGINAL,
    "account": {"acct": "alice", "username": "alice"},
    "visibility": "public",
}


@pytest.mark.parametrize(
    "layout",
    ["REST array (.json)", "statuses per line (.jsonl)", "streaming update events (.jsonl)"],
)
def test_io_readers_mastodon_boost_keeps_its_own_id(tmp_path, layout):
    # a timeline with a status and its boost: two posts, two ids (as an X retweet has its own)
    if layout.startswith("REST"):
        path = tmp_path / "timeline.json"
        path.write_text(json.dumps([_ORIGINAL, _BOOST]))
    elif layout.startswith("statuses"):
        path = tmp_path / "timeline.jsonl"
        path.write_text(f"{json.dumps(_ORIGINAL)}\n{json.dumps(_BOOST)}\n")
    else:
        path = tmp_path / "stream.jsonl"
        events = [{"event": "update", "payload": json.dumps(s)} for s in (_ORIGINAL, _BOOST)]
        path.write_text("".join(json.dumps(e) + "\n" for e in events))
    posts, fmt, st, errors = read(path)
    assert fmt == "mastodon" and not errors
    original, boost = posts
    assert original.id == "https://mas.to/users/dave/statuses/200"
    assert boost.id == "https://mastodon.social/users/alice/statuses/201/activity"
    assert boost.url == boost.id  # a boost has no url of its own: its uri
    assert (boost.created_at, boost.author) == ("2024-03-02T09:30:00Z", "alice")
    assert (boost.text, boost.lang) == ("Burglaries down 8% in Leeds", "en")


def test_io_readers_mastodon_outbox_announce_is_not_a_second_post(tmp_path):
    # the archive's boost (Announce) names the boosted status by URL only: skipped, so it cannot
    # repeat the id of that status when the outbox also holds it
    note = {
        "id": "https://mas.to/users/dave/statuses/200",
        "type": "Note",
        "published": "2024-03-01T08:00:00Z",
        "attributedTo": "https://mas.to/users/dave",
        "content": "<p>Burglaries down 8% in Leeds</p>",
    }
    outbox = {
        "@context": "https://www.w3.org/ns/activitystreams",
        "type": "OrderedCollection",
        "orderedItems": [
            {"type": "Create", "actor": note["attributedTo"], "object": note},
            {
                "id": "https://mas.to/users/dave/statuses/201/activity",
                "type": "Announce",
                "actor": note["attributedTo"],
                "published": "2024-03-02T09:30:00Z",
                "object": note["id"],
            },
        ],
    }
    path = tmp_path / "outbox.json"
    path.write_text(json.dumps(outbox))
    posts, fmt, st, errors = read(path)
    assert [p.id for p in posts] == [note["id"]] and not errors
    assert st.skip_reasons == {"mastodon: boost (Announce)": 1}


def test_html_to_text_entities_and_breaks():
    assert html_to_text("<p>a &gt; b</p><p>c<br>d</p>") == "a > b\n\nc\nd"
    assert html_to_text("plain") == "plain"


def test_crowdtangle_facebook():
    posts, fmt, st, errors = read("crowdtangle_facebook.csv")
    assert fmt == "crowdtangle"
    p = posts[0]
    assert p.platform == "facebook" and p.author == "City News"
    assert p.id == p.url == "https://www.facebook.com/citynews/posts/10158000000000001"
    assert p.text.startswith("Shootings are up 40% in Philadelphia this year.\nRead more below.")
    assert "Philadelphia shootings surge" in p.text and "Police data shows" in p.text
    assert p.created_at == "2021-03-01T19:00:02Z"  # EST -> UTC
    assert posts[1].created_at == "2021-07-04T14:30:00Z"  # EDT -> UTC
    assert p.metrics["total_interactions"] == 1234
    assert st.skipped_non_posts == 1  # photo without text
    fields = {e.field for e in errors}
    assert fields == {"<row>", "Post Created"}
    assert st.bad == 3


def test_crowdtangle_instagram():
    posts, fmt, st, _ = read("crowdtangle_instagram.csv")
    assert fmt == "crowdtangle"
    assert posts[0].platform == "instagram" and posts[0].author == "Crime Facts"
    assert posts[0].created_at == "2022-05-10T19:00:00Z"
    assert st.skipped_non_posts == 1 and st.bad == 1


@pytest.mark.parametrize("fixture", ["crowdtangle_instagram.csv", "crowdtangle_facebook.csv"])
def test_io_readers_crowdtangle_image_text_when_no_other_text(tmp_path, fixture):
    # "Image Text" (read off the image) is the text of a post whose text columns are empty;
    # next to a caption it is left out
    header = (FIX / fixture).read_text(encoding="utf-8").splitlines()[0].split(",")

    def row(url: str, caption: str, image_text: str) -> str:
        cells = dict.fromkeys(header, "")
        cells.update({"Post Created": "2023-06-02 09:30:00 EDT", "URL": url})
        cells["Description" if "Account" in header else "Message"] = caption
        cells["Image Text"] = image_text
        return ",".join(f'"{cells[h]}"' for h in header)

    path = tmp_path / "ct.csv"
    rows = [
        row("https://example.com/p/1", "Shootings fell 25% this year", "SHOOTINGS DOWN 25%"),
        row("https://example.com/p/2", "", "Robberies up 10% in Brooklyn"),
        row("https://example.com/p/3", "", ""),
    ]
    path.write_text("\n".join([",".join(header), *rows]) + "\n", encoding="utf-8")
    posts, fmt, st, errors = read(path)
    assert fmt == "crowdtangle" and not errors
    assert [(p.id[-1], p.text) for p in posts] == [
        ("1", "Shootings fell 25% this year"),
        ("2", "Robberies up 10% in Brooklyn"),
    ]
    assert st.skip_reasons == {"crowdtangle: post without text": 1}


def test_io_readers_crowdtangle_group_name_is_the_author():
    # a Facebook *group* export has "Group Name" where a page export has "Page Name": it is
    # the author of every post, as the page's name is for a page post ("User Name" is the
    # group's vanity name, empty for many groups)
    posts, fmt, st, errors = read("crowdtangle_facebook_group.csv")
    assert fmt == "crowdtangle" and not errors and st.skipped_non_posts == 0
    assert [p.author for p in posts] == ["Croydon Community", "Croydon Community"]
    assert [p.created_at for p in posts] == ["2023-09-01T19:00:00Z", "2023-09-02T07:00:00Z"]
    assert all(p.platform == "facebook" for p in posts)


def test_meta_content_library_csv_and_json():
    posts, fmt, st, errors = read("meta_content_library.csv")
    assert fmt == "meta"
    assert posts[0].platform == "facebook" and posts[0].author == "detroitdaily"
    assert posts[0].metrics["reaction_count"] == 120
    assert st.skipped_non_posts == 1 and st.bad == 2
    assert errors[0].field == "creation_time" and errors[0].line == 4
    posts, fmt, st, errors = read("meta_content_library.json")
    assert fmt == "meta"
    assert posts[0].platform == "instagram" and posts[0].author == "houstonnow"
    assert posts[0].created_at == "2023-10-01T12:00:00Z"
    assert st.skipped_non_posts == 1 and (errors[0].line, errors[0].field) == (None, "[2].text")


@pytest.mark.parametrize(
    ("value", "problem"),
    [
        (404, "text must be a string, got int"),
        (4.5, "text must be a string, got float"),
        (True, "text must be a string, got bool"),
        (["a", "list"], "text must be a string, got list"),
    ],
)
def test_io_readers_meta_text_of_the_wrong_type_is_a_bad_record(tmp_path, value, problem):
    # as with every other reader: not a post whose text is "404"
    rows = [
        {"id": "1", "creation_time": "2024-02-13T09:00:00", "text": value},
        {"id": "2", "creation_time": "2024-02-13T09:00:00", "text": None},  # media only
        {"id": "3", "creation_time": "2024-02-13T09:00:00", "text": "Burglary up 4%"},
    ]
    for row in rows:
        row["post_owner"] = {"id": "987650001", "name": "City News", "type": "PAGE"}
    path = tmp_path / "mcl.jsonl"
    path.write_text("".join(json.dumps(r) + "\n" for r in rows))
    posts, fmt, st, errors = read(path)
    assert fmt == "meta" and [p.id for p in posts] == ["3"]
    assert [(e.line, e.field, e.reason) for e in errors] == [(1, "text", problem)]
    assert st.skip_reasons == {"meta: post without text": 1}


def test_telegram_export():
    posts, fmt, st, errors = read("telegram_result.json")
    assert fmt == "telegram"
    assert [p.id for p in posts] == ["1234567890/2", "1234567890/3", "1234567890/7"]
    assert posts[1].text == "Murders doubled in Marseille, see https://example.fr/a"
    assert posts[0].created_at == "2023-01-02T10:00:00Z"
    assert posts[0].metrics == {"reactions": 5}
    assert st.skipped_non_posts == 3  # two service messages, one photo without text
    # one JSON document: the message's path, and no line (its position is not a file line)
    assert (errors[0].line, errors[0].field) == (None, "messages[4].text")
    assert str(errors[0]).endswith(
        "telegram_result.json, field 'messages[4].text': text must be a string or a list, got int"
    )


def test_generic_jsonl_with_keys():
    posts, fmt, st, errors = read("generic.jsonl", text_key="body", id_key="post_id", date_key="ts")
    assert fmt == "jsonl"
    assert [p.id for p in posts] == ["a1", "a4"]
    assert posts[0].created_at == "2023-12-31T23:00:00Z"
    assert st.skipped_non_posts == 1 and st.bad == 2


MISSKEY_NOTES = [
    {
        "id": "9tq1abcd01",
        "createdAt": "2024-06-01T10:00:00.000Z",
        "userId": "9abc",
        "user": {"id": "9abc", "username": "neko", "host": None, "name": "Neko"},
        "text": "Misskey note: thefts up 3%",
        "cw": None,
        "visibility": "public",
        "renoteCount": 0,
        "fileIds": [],
        "renoteId": None,
        "uri": None,
        "url": None,
    },
    {
        "id": "9tq1abcd02",
        "createdAt": "2024-06-01T10:05:00.000Z",
        "userId": "9abc",
        "user": {"id": "9abc", "username": "neko"},
        "text": "second note",
        "visibility": "public",
        "renoteId": None,
    },
]


def test_misskey_notes_are_generic_records_not_tweets(tmp_path):
    # a Misskey note has a text and a user object, as a v1.1 tweet does, but neither id_str
    # nor created_at: it is read as a generic record (its id, createdAt and text), not as a
    # tweet with an invented x.com URL
    path = tmp_path / "notes.json"
    path.write_text(json.dumps(MISSKEY_NOTES, indent=2))
    posts, fmt, st, errors = read(path)
    assert fmt == "json" and not errors
    assert [(p.id, p.platform, p.url) for p in posts] == [
        ("9tq1abcd01", None, None),
        ("9tq1abcd02", None, None),
    ]
    assert [p.created_at for p in posts] == ["2024-06-01T10:00:00Z", "2024-06-01T10:05:00Z"]


def test_generic_created_at_falls_back_to_camel_case(tmp_path):
    path = tmp_path / "posts.jsonl"
    rows = [
        {"id": "g1", "text": "one", "createdAt": "2024-06-01T10:00:00Z"},
        {"id": "g2", "text": "two", "created_at": "2024-06-02", "createdAt": "1999-01-01"},
        {"id": "g3", "text": "three", "createdAt": "not a date"},
    ]
    path.write_text("".join(json.dumps(r) + "\n" for r in rows))
    posts, fmt, st, errors = read(path)
    assert [(p.id, p.created_at) for p in posts] == [
        ("g1", "2024-06-01T10:00:00Z"),
        ("g2", "2024-06-02T00:00:00Z"),
    ]
    assert [(e.line, e.field) for e in errors] == [(3, "createdAt")]
    # a --date-key given is the only one read
    posts, *_ = read(path, date_key="ts")
    assert [p.created_at for p in posts] == [None, None, None]


def test_generic_csv_tsv():
    posts, fmt, _, _ = read("generic.csv")
    assert fmt == "csv"
    assert posts[1].text == "Multi\nline text about 5 murders"
    assert posts[2].id == "5"  # no id: the line number
    posts, fmt, _, _ = read("generic.tsv")
    assert fmt == "tsv" and posts[1].text == "Crime, crime, crime"


@pytest.mark.parametrize("how", ["--format tsv", ".tsv suffix", "sniffed (no suffix)"])
def test_io_readers_tsv_quotes_are_text(tmp_path, how):
    # TSV has no quoting: a leading or unbalanced double quote is text, and every line is one
    # record (CSV quoting would strip the first and let the second swallow the next rows)
    path = FIX / "generic_quotes.tsv"
    fmt = "tsv" if how == "--format tsv" else None
    if how.startswith("sniffed"):
        path = tmp_path / "posts.txt"
        path.write_bytes((FIX / "generic_quotes.tsv").read_bytes())
    posts, got, st, errors = read(path, format=fmt)
    assert got == "tsv" and not errors
    assert [p.text for p in posts] == [
        '"Quoted at start" and then more',
        'He said "109 homicides" in London',
        '"Unbalanced quote opens here, 12 stabbings',
        "next row",
        "It's 5\" tall, crime up 3%",
    ]
    assert [p.created_at for p in posts][-1] == "2024-01-01T00:00:04Z"


def test_generic_parquet(tmp_path):
    pa = pytest.importorskip("pyarrow")
    import pyarrow.parquet as pq

    path = tmp_path / "posts.parquet"
    table = pa.table(
        {"id": ["p1", "p2"], "text": ["Crime up 5%", None], "created_at": ["2024-01-01", None]}
    )
    pq.write_table(table, path)
    errors: list[BadRecordError] = []
    posts, fmt = read_posts(path, on_error=errors.append)
    out = list(posts)
    assert fmt == "parquet" and [p.id for p in out] == ["p1"]
    assert errors[0].line == 2 and errors[0].field == "text"


def test_format_override_and_unknown(tmp_path):
    posts, fmt = read_posts(FIX / "reddit_comments.jsonl", format="jsonl", text_key="body")
    assert fmt == "jsonl"
    assert len(list(posts)) == 4  # [deleted]/[removed] are plain text to the generic reader
    odd = tmp_path / "odd.jsonl"
    odd.write_text('{"foo": 1}\n{"bar": 2}\n')
    with pytest.raises(UnknownFormatError):
        read_posts(odd)
    with pytest.raises(UnknownFormatError):
        read_posts(odd, format="myspace")


@pytest.mark.parametrize(
    ("name", "container", "keys"),
    [
        ("generic.jsonl", "jsonl", {}),
        ("generic.csv", "csv", {}),
        ("generic.tsv", "tsv", {}),
        ("reddit_comments.jsonl", "jsonl", {"text_key": "body"}),
    ],
)
def test_io_readers_format_generic_detects_the_container(name, container, keys):
    # docs/inputs.md lists "generic" among the --format names: the records are generic, their
    # container whatever the file is
    posts, fmt = read_posts(FIX / name, format="generic", **keys)
    want, _ = read_posts(FIX / name, format=container, **keys)
    assert fmt == container
    assert [(p.id, p.text) for p in posts] == [(p.id, p.text) for p in want]


def test_raw_kept_or_dropped():
    posts, _ = read_posts(FIX / "reddit_comments.jsonl")
    assert next(iter(posts)).raw["subreddit"] == "nyc"
    posts, _ = read_posts(FIX / "reddit_comments.jsonl", keep_raw=False)
    assert next(iter(posts)).raw is None


@pytest.mark.parametrize(
    ("value", "want"),
    [
        ("2021-01-05 14:00:02 EST", "2021-01-05T19:00:02Z"),
        ("Fri, 01 Mar 2024 18:22:00 GMT", "2024-03-01T18:22:00Z"),  # RFC 2822 with a zone name
        ("Fri, 01 Mar 2024 18:22:00 +0100", "2024-03-01T17:22:00Z"),
    ],
)
def test_io_readers_zone_names_and_rfc2822_dates(value: str, want: str) -> None:
    from safetynlp.io.readers.base import iso_utc

    assert iso_utc(value, "created_at") == want


_ESCAPED = "Robbery &amp; burglary fell &gt; 5% &lt;3 (&amp;amp; stays &amp;amp;)"
_PLAIN = "Robbery & burglary fell > 5% <3 (&amp; stays &amp;)"


@pytest.mark.parametrize(
    "record",
    [
        pytest.param({"data": {"id": "1", "text": _ESCAPED, "author_id": "9"}}, id="x v2 text"),
        pytest.param(
            {
                "id": "1",
                "text": "short &amp;…",
                "author_id": "9",
                "note_tweet": {"text": _ESCAPED},
            },
            id="x v2 note_tweet",
        ),
        pytest.param(
            {
                "data": [
                    {
                        "id": "2",
                        "text": "RT @a: short",
                        "author_id": "9",
                        "referenced_tweets": [{"type": "retweeted", "id": "1"}],
                    }
                ],
                "includes": {"tweets": [{"id": "1", "text": _ESCAPED}]},
            },
            id="x v2 retweet",
        ),
        pytest.param(
            {"id_str": "1", "full_text": _ESCAPED, "user": {"screen_name": "a"}},
            id="x v1.1 full_text",
        ),
        pytest.param(
            {
                "id_str": "1",
                "text": "short &amp;…",
                "extended_tweet": {"full_text": _ESCAPED},
                "user": {"screen_name": "a"},
            },
            id="x v1.1 extended_tweet",
        ),
        pytest.param(
            {
                "kind": "t3",
                "data": {
                    "id": "p1",
                    "title": "Stats &amp; facts " + _ESCAPED,
                    "selftext": "",
                    "created_utc": 1672531200,
                    "subreddit": "nyc",
                },
            },
            id="reddit title",
        ),
    ],
)
def test_io_readers_decode_html_entities_once(tmp_path, record):
    # X (and Reddit in a title) escape & < > in their JSON; the text is decoded once, so what
    # the user typed as an entity ("&amp;", sent as "&amp;amp;") stays as typed
    path = tmp_path / "dump.jsonl"
    path.write_text(json.dumps(record) + "\n")
    posts, _, st, errors = read(path)
    assert not errors and len(posts) == 1
    assert posts[0].text.endswith(_PLAIN)
    if "title" in record.get("data", {}):
        assert posts[0].text.startswith("Stats & facts ")


@pytest.mark.parametrize("fmt", [None, "reddit"])
def test_io_readers_reddit_markdown_entities_as_reddit_shows_them(fmt):
    # a body or selftext is Markdown, whose own entities Reddit renders: the new editor writes
    # an empty paragraph as &#x200B; and a kept space as &nbsp; (in the JSON, &amp;#x200B;).
    # Decoded once, they came out as the literal text "&#x200B;" and "&nbsp;"
    posts, _, st, errors = read(FIX / "reddit_new_editor_entities.jsonl", format=fmt)
    assert not errors
    assert [(p.id, p.text) for p in posts] == [
        (
            "kz1a001",
            # a typed "&amp;" shows as "&"; "&T" and "&notes" are no entities to Markdown
            "\n\nBurglary in Leeds fell 11% last year.\n\n> typed & quoted: AT&T &notes",
        ),
        # a title is plain text: the "&amp;" typed in it is shown as typed
        ("1chx0a1", "Stats &amp; facts\n\n\n\nCar crime in Leeds is up 25% on 2023."),
        ("kz1a003", "Robbery in Leeds is down 5% this year."),  # body_html only
    ]
    # a comment of nothing but a zero-width space is empty
    assert st.skip_reasons == {"reddit: deleted/removed/empty comment": 1}


@pytest.mark.parametrize(
    "fixture,keys,authors",
    [
        ("generic_minet_tweets.csv", {}, [None, None]),
        (
            "generic_minet_tweets.csv",
            {"author_key": "user_screen_name"},
            ["leedswatch", "kirkstall_k"],
        ),
        ("generic.csv", {}, ["ann", "bob", None]),
        ("generic.csv", {"author_key": "id"}, ["g1", "g2", None]),
        ("nested.jsonl", {"author_key": "user.screen_name"}, ["ann", None]),
    ],
)
def test_io_readers_generic_author_key(tmp_path, fixture, keys, authors):
    # minet, Junkipedia, Brandwatch... name the author column their own way: only a column
    # called "author" was read, and every other export came out with author null
    path = FIX / fixture
    if fixture == "nested.jsonl":
        path = tmp_path / fixture
        rows = [{"text": "Thefts up 4%", "user": {"screen_name": "ann"}}, {"text": "Thefts down"}]
        path.write_text("".join(json.dumps(r) + "\n" for r in rows))
    posts, _, st, errors = read(path, **keys)
    assert not errors and [p.author for p in posts] == authors


def test_io_readers_generic_author_key_of_the_wrong_type_is_a_bad_record(tmp_path):
    path = tmp_path / "posts.jsonl"
    path.write_text(json.dumps({"text": "Thefts up 4%", "by": ["ann"]}) + "\n")
    posts, _, _, errors = read(path, author_key="by")
    assert not posts and [(e.line, e.field) for e in errors] == [(1, "by")]


GENERIC_WITH_META = [
    {"post_id": f"g{i}", "body": f"London recorded {90 + i} homicides last year.", "meta": {"x": i}}
    for i in range(3)
]


@pytest.mark.parametrize("container", ["jsonl", "parquet"])
def test_io_readers_generic_record_with_a_meta_object_is_not_an_x_response(tmp_path, container):
    # was: detected as X "response without posts", every record skipped without a word
    path = tmp_path / f"scraped.{container}"
    if container == "jsonl":
        path.write_text("".join(json.dumps(r) + "\n" for r in GENERIC_WITH_META))
    else:
        pa = pytest.importorskip("pyarrow")
        import pyarrow.parquet as pq

        pq.write_table(pa.Table.from_pylist(GENERIC_WITH_META), path)
    with pytest.raises(UnknownFormatError) as caught:
        read_posts(path)
    assert "record keys: ['body', 'meta', 'post_id']" in str(caught.value)
    posts, fmt = read_posts(path, text_key="body", id_key="post_id")
    assert [p.id for p in posts] == ["g0", "g1", "g2"] and fmt == container


@pytest.mark.parametrize(
    "record",
    [
        {"meta": {"result_count": 0}},
        {"meta": {"result_count": 0}, "errors": [{"title": "Not Found Error"}]},
        {"meta": {"result_count": 0}, "includes": {}},
    ],
)
def test_io_readers_x_meta_only_response_is_still_skipped(tmp_path, record):
    path = tmp_path / "pages.jsonl"
    tweet = {"data": [{"id": "1", "text": "Knife crime up 5%", "edit_history_tweet_ids": ["1"]}]}
    path.write_text(json.dumps(tweet) + "\n" + json.dumps(record) + "\n")
    posts, fmt = read_posts(path)
    assert fmt == "x" and [p.id for p in posts] == ["1"]
    assert posts.stats.skip_reasons == {"x: response without posts": 1}


#: Reddit's own data export (a GDPR request), as it writes comments.csv and posts.csv
GDPR_COMMENTS = (
    "id,permalink,date,ip,subreddit,gildings,link,parent,body,media\n"
    "kq1,https://www.reddit.com/r/london/comments/18a/t/kq1/,2024-01-01 12:34:00 UTC,,london,0,"
    "https://www.reddit.com/r/london/comments/18a/t/,t3_18a,London recorded 97 homicides last year.,\n"
    "kq2,https://www.reddit.com/r/london/comments/18a/t/kq2/,2024-01-02 08:00:05 UTC,,london,0,"
    "https://www.reddit.com/r/london/comments/18a/t/,t1_kq1,[deleted],\n"
)
GDPR_POSTS = (
    "id,permalink,date,ip,subreddit,gildings,title,url,body\n"
    "18a,https://www.reddit.com/r/london/comments/18a/x/,2024-02-01 08:00:00 UTC,,london,0,"
    'London murders have doubled since 2019?,https://www.reddit.com/r/london/comments/18a/x/,"Saw'
    ' this, is it true?"\n'
    "18b,https://www.reddit.com/r/london/comments/18b/x/,2024-02-02 09:30:00 UTC,,london,0,"
    "A link post,https://example.com/story,\n"
)


@pytest.mark.parametrize(
    ("name", "data", "expected"),
    [
        (
            "comments.csv",
            GDPR_COMMENTS,
            [("kq1", "2024-01-01T12:34:00Z", "London recorded 97 homicides last year.")],
        ),
        (
            "posts.csv",
            GDPR_POSTS,
            [
                ("18a", "2024-02-01T08:00:00Z", "London murders have doubled since 2019?\n\nSaw "
                 "this, is it true?"),
                ("18b", "2024-02-02T09:30:00Z", "A link post"),
            ],
        ),
    ],
)  # fmt: skip
def test_io_readers_reddit_data_export_keeps_date_and_title(tmp_path, name, data, expected):
    # was: created_at null (a claim's "last year" then read against the run's date), the title
    # dropped, and a link post (a title and no body) skipped as an empty comment
    path = tmp_path / name
    path.write_text(data)
    posts, fmt = read_posts(path, format="reddit")
    assert [(p.id, p.created_at, p.text) for p in posts] == expected
    assert posts.stats.bad == 0
    assert posts.stats.skipped_non_posts == (1 if name == "comments.csv" else 0)
