"""Assemble claims (spec section 1) from the mentions found in a post.

The builder works clause by clause: numbers attach to the crime metric that names them,
cue words ("up", "halved", "every", "lowest since", "more ... than") decide the claim kind,
and what a clause leaves unsaid (the metric, the place, the period) is carried over from
the rest of the post, as a reader would.

`build_claims` runs the builders sentence by sentence; the shared per-post context is in
`safetynlp.extraction.context`, the builders for each claim kind in
`safetynlp.extraction.kinds`.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import replace
from datetime import date
from typing import Any, TypeVar

from safetynlp.extraction import timex
from safetynlp.extraction.context import (
    CLAIM_CALLED_FALSE_RE,
    COMMA_DENIAL_RE,
    ECHO_ANSWERED_RE,
    MASKED_PLACES_RE,
    SAYER_WRONG_SRC,
    Ctx,
    add,
    apply_hedge,
    as_fall,
    change_periods,
    hedge_before,
    interval,
    is_list_item,
    iso_span,
    levels_just_before,
    list_header,
    mask_places,
    move_unit,
    names_vs_line_above,
    national_series,
    rate_header_unit,
    reply_labels,
    reply_spans,
    series_fields,
    span_of,
    speaker_lines,
    split_clauses,
    split_sentences,
    way_of,
)
from safetynlp.extraction.kinds.changes import changes, pair_ratio_change, point_changes
from safetynlp.extraction.kinds.clefts import clefts
from safetynlp.extraction.kinds.comparisons import comparisons, late_elliptic_orders
from safetynlp.extraction.kinds.contrasts import contrasted_places, contrasted_series
from safetynlp.extraction.kinds.extremums import extremums, ranking_groups, rankings
from safetynlp.extraction.kinds.frequencies import frequencies, rate_of_gap
from safetynlp.extraction.kinds.levels import (
    RATE_BASE_RE,
    apposed_shares,
    arrow_ends,
    as_header_says,
    breakdown_shares,
    count_levels,
    elliptic_levels,
    elliptic_shares,
    figure_after_colon,
    header_shares,
    including_groups,
    is_age,
    is_everyday,
    levels_after_orders,
    ordinals,
    part_of_whole_shares,
    per_100k_factor,
    percent_levels,
    place_share_of_area,
    rates,
    same_magnitude,
    scaled,
    shares_of_wholes,
)
from safetynlp.extraction.kinds.outcomes import outcome_shares
from safetynlp.extraction.kinds.record_turns import record_turns
from safetynlp.extraction.kinds.tables import (
    NameRow,
    Table,
    find_name_rows,
    find_tables,
    may_hold_name_rows,
    may_hold_tables,
    name_row_levels,
    row_series,
    table_levels,
)
from safetynlp.extraction.kinds.trends import trends, trends_after_levels
from safetynlp.extraction.lexicon import (
    Lexicon,
    MetricMention,
    PlaceMention,
    bare_outcomes,
    find_metrics,
    find_places,
    load_lexicon,
)
from safetynlp.extraction.literals import (
    ADDRESS_LEAD_SRC,
    AGREEING_NOT_SRC,
    BULLET_MARKS,
    CHECKED_LEAD_SRC,
    DISAGREES_SRC,
    FLAT_ANSWER_LEAD_SRC,
    HEDGE_BEFORE_SRC,
    NOT_ACCORDING_TO_SRC,
    OTHER_WAY_ROUND_SRC,
    PLACE_NOWHERE_NEAR_SRC,
    REALITY_SRC,
    SCORN_WORDS,
    SOURCE_NOUNS_SRC,
    SOURCE_SAYS_SRC,
    VERDICT_FALSE_SRC,
    WRONG_AUTHOR_SRC,
    aligned_fold,
    compile_scan,
)
from safetynlp.extraction.numbers import (
    MULTIPLIER_WORDS,
    NUMWORD_SRC,
    SHARE_WORDS_SRC,
    Quantity,
    find_quantities,
    share_percent,
    words_to_number,
)
from safetynlp.extraction.regex_cache import compile_re
from safetynlp.extraction.spans import slice_by_start
from safetynlp.extraction.spelling import respell
from safetynlp.extraction.timex import Span, TimeRef, shift_years
from safetynlp.types import Claim

__all__ = ["CONTEXT_SENTENCES", "apply_hedge", "build_claims"]


_T = TypeVar("_T", MetricMention, PlaceMention, TimeRef, Quantity)


_LIST_JOIN_RE = compile_re(r",?\s*(?:and|&)\s+|,\s*", re.I)


def _join_place_lists(
    text: str, clauses: list[tuple[int, int]], places: list[PlaceMention]
) -> list[tuple[int, int]]:
    """ "Knife crime is down in Lambeth, Southwark and Lewisham compared with 2019": the
    commas of a list of places ending in "and" do not end the clause, nor does the comma
    inside one place's name ("Homicides in Stockton, California rose 10%")."""
    if len(clauses) < 2 or not places:
        return clauses
    # the commas' spans inside such lists and names
    inside = [(p.start, p.end) for p in places if "," in text[p.start : p.end]]
    run = [places[0]] if len(places) >= 3 else []
    for p in [*places[1:], None] if run else ():
        if p is not None and _LIST_JOIN_RE.fullmatch(text, run[-1].end, p.start):
            run.append(p)
            continue
        if len(run) >= 3 and re.search(r"\b(?:and|&)", text[run[-2].end : run[-1].start], re.I):
            inside.extend((a.end, b.start) for a, b in zip(run, run[1:], strict=False))
        if p is not None:
            run = [p]
    if not inside:
        return clauses
    out = [clauses[0]]
    for c in clauses[1:]:
        if any(a <= out[-1][1] and c[0] <= b for a, b in inside):
            out[-1] = (out[-1][0], c[1])
        else:
            out.append(c)
    return out


def _bucket(items: list[_T], sents: list[tuple[int, int]]) -> list[list[_T]]:
    """Items (sorted by start) grouped by the sentence they start in."""
    starts = [getattr(x, "start") for x in items]  # noqa: B009
    return [items[slice(*slice_by_start(starts, s, e))] for s, e in sents]


#: (not a short financial year labelling its line: "18/19 → 3,300", "19/20: 3,600")
_THREAD_MARK_RE = compile_scan(
    # (not a year's label: "19/20 – c.15,000")
    # (not two figures on a line of their own: "Leeds vs Sheffield, homicides:\n14 / 11\n",
    # "24 / 11 [Police Scotland]")
    r"(?m)^[ \t>]*\(?\d{1,2}(?:/\d{0,2}\)?(?=\s)|\s*/\s*\d{0,2}\)?(?=[ \t]+[^\s\[(]))"
    # (but a year may open the item: "2/ 2018: 434. 2019: 277.", "2/ 2021 was a record")
    r"(?![ \t]*(?:→|->|=>|:|~|≈|(?!(?:19|20)\d\d\b)\d|[–—|-][ \t]*(?:~|≈|c\.|approx\.?)?[ \t]*\d))|\(\d{1,2}/\d{1,2}\)"
)
#: "1/4 ...\n2/4 149 in 2019.": a thread's numbering, known as such when its lines count up
#: from 1 of the same whole (alone, "2/4 149" could be two figures and a third)
_THREAD_OF_RE = compile_scan(r"(?m)^[ \t>]*(?P<k>\d{1,2})/(?P<n>\d{1,2})(?=[ \t])")


def _thread_numbers(text: str) -> list[tuple[int, int]]:
    found = list(_THREAD_OF_RE.finditer(text))
    if len(found) < 2 or len({m.group("n") for m in found}) != 1:
        return []
    ks = [int(m.group("k")) for m in found]
    if ks[0] != 1 or ks != sorted(set(ks)) or ks[-1] > int(found[0].group("n")):
        return []
    return [m.span() for m in found]


#: "1) Homicides: 110 ...\n2) Teen homicides: 21 ...": a list's numbering ("2." only where
#: "1." opens a line too: "97. Lowest in a decade." on a line of its own is a figure)
_LIST_NUMBER_RE = compile_scan(r"(?m)^[ \t]*(?P<n>\d{1,2})(?P<mark>[.)])(?=[ \t]+\S)")


#: an aside about a person, with their age: "(Terry, 64, did the Knowledge in '82)"
_PERSON_ASIDE_RE = compile_re(
    r"\((?:[^()\n\d]{1,40}?,\s*)?\d{2}s?\s*,(?!\s*\d)[^()\n]{0,80}\)"
    # ("(Dennis, did the Knowledge in '91, 58)": the age last, after words about the person)
    r"|\((?:(?:[^()\n,\d%]|['’]\d\d\b){1,50},\s*){1,3}\d{2}\)"
)


def _past_mark(text: str, sent: tuple[int, int], marks: list[tuple[int, int]]) -> tuple[int, int]:
    """``sent`` opening after a thread mark ("(2/3) ", "1/ ") at its start."""
    start = sent[0] + len(text[sent[0] : sent[1]]) - len(text[sent[0] : sent[1]].lstrip())
    for a, b in marks:
        if a <= start < b or (start <= a and not text[start:a].strip(" \t>")):
            rest = b + len(text[b : sent[1]]) - len(text[b : sent[1]].lstrip())
            return (rest, sent[1]) if rest < sent[1] else sent
    return sent


_NUMBER_ONLY_RE = compile_re(r"\s*\(?(?P<n>\d{1,2})[.)]\s*")


#: what may open a list's line before its words: a bullet, "3.", "2)", "1/"
_LINE_MARK_RE = compile_re(rf"[ \t]*(?:[{BULLET_MARKS}–—-]|\(?\d{{1,2}}[.)/])?[ \t]*")


def _is_list_line(text: str, sent: tuple[int, int]) -> bool:
    """Does the sentence open a line of a list ("1. 40,829 offences", "• robbery up 9%")?
    A list reaches back to the header it sits under."""
    line_start = text.rfind("\n", 0, sent[0]) + 1
    return line_start > 0 and _LINE_MARK_RE.fullmatch(text, line_start, sent[0]) is not None


def _is_list_number(text: str, sent: tuple[int, int]) -> bool:
    """ "1." opening a line that goes on ("1. 97 homicides"), not "97." on a line of its own
    or after "Last year?"."""
    m = _NUMBER_ONLY_RE.fullmatch(text, *sent)
    return (
        m is not None
        and (sent[0] == 0 or text[: sent[0]].rstrip(" \t")[-1:] == "\n")
        and text[sent[1] :].lstrip(" \t")[:1] not in ("\n", "")
        # (a list counts from its first line: not "> How many murders in London last year? /
        # 97. Met's own figure.", an answer and its source)
        and (
            int(m.group("n")) <= 2
            or sum(1 for _ in _LIST_NUMBER_RE.finditer(text)) > 1
            or m.group(0).lstrip().startswith("(")
            or ")" in m.group(0)
        )
    )


def _list_numbers(text: str) -> list[tuple[int, int]]:
    found = list(_LIST_NUMBER_RE.finditer(text))
    dotted = {m.group("n") for m in found if m.group("mark") == "."}
    return [
        m.span("n")
        for m in found
        if m.group("mark") == ")" or ({"1", "2"} <= dotted and m.group("n") in dotted)
    ]


_NOT_IN_CUE_RE = compile_re(r"\b(?:not|no)\b|n['’]t\b", re.I)

#: how many sentences back a metric can still be referred to ("...it was one every 2 days")
CONTEXT_SENTENCES = 2


def build_claims(text: str, ref: date, *, lex: Lexicon | None = None) -> list[Claim]:
    lex = lex or load_lexicon()
    # ("Murderes in Vancouver r not rising": the rules read the words meant, and each claim's
    # offsets are mapped back to the post's own words)
    respelled = respell(text, lex.spellings)
    said = respelled.text if respelled is not None else text
    # ("Brussels had more homicides then Amsterdam": the common slip, read as "than"; the two
    # words have one length, so every offset holds)
    if "then" in said:
        said = _THEN_AS_THAN_RE.sub(r"\1than", said)
    claims = _build_claims(said, ref, lex=lex)
    if said != text:
        for claim in claims:
            if respelled is not None:
                claim.start = respelled.start_in_post(claim.start)
                claim.end = respelled.end_in_post(claim.end)
            claim.surface = text[claim.start : claim.end]
    return claims


#: a comparative, up to three words, then "then" where "than" was meant
_THEN_AS_THAN_RE = compile_scan(
    r"(\b(?:more|fewer|less|higher|lower|worse|better|bigger|smaller|greater|safer|deadlier|"
    r"larger|later|earlier|times)\s+(?:(?!(?:and|but|or|it|they|that|this)\b)[\w'’-]+\s+){0,3}?)"
    r"then\b(?!\s*[,.;:!?])",
    re.I,
)


def _topics_named(
    text: str, metrics: list[MetricMention], places: list[PlaceMention]
) -> list[MetricMention]:
    """ "Quick thread on London homicide since 2019.\n149 in 2019. 97 in 2025.": a crime word
    that alone would be one incident ("a homicide"), right after its place, names the place's
    series as a topic, which the bare figures after it count."""
    starts = {p.end: p.start for p in places}
    starts.update({p.end + 1: p.start for p in places if text[p.end : p.end + 1] == " "})
    return [
        replace(mm, stat=True)
        if not mm.stat
        and mm.metric
        and mm.start in starts
        # (a label's or a heading's words: not "after the Croydon stabbing", nor "the US murder
        # decline", "Chicago homicide over/under")
        and _TOPIC_AFTER_RE.match(text, mm.end)
        and not _ONE_OF_BEFORE_RE.search(text, max(0, starts[mm.start] - 12), starts[mm.start])
        else mm
        for mm in metrics
    ]


#: what may follow a crime word that heads a post or a list
_TOPIC_AFTER_RE = compile_re(
    r"[ \t]*(?:$|[\n,:;|(\[.—–-]|(?:since|in|for|from)\s+(?:the\s+)?(?:19|20)\d\d\b|(?:19|20)\d\d\b|"
    r"(?:figures|stats|statistics|numbers|data|edition|thread|update|tracker|totals?|counts?|rates?|"
    # ("London murder went up in 2018", "Chicago homicide down big time this year": the word
    # for the series in writing that leaves the plural out)
    r"up|down|rose|fell|went|going|gone|is|was|has|this|last|so\s+far|increased|decreased|"
    r"dropped|jumped|climbed|doubled|halved|tripled)\b)",
    re.I,
)
#: a place's single incident: "after the Croydon stabbing", "a Hackney shooting"
_ONE_OF_BEFORE_RE = compile_re(
    r"\b(?:the|a|an|this|that|another|after|every|each|one|last)\s+$", re.I
)


#: a label's colon, then a figure and the generic word for what it counts
_LABEL_COUNT_GAP_RE = compile_re(
    r"(?:\s+(?:in|across)\s+[^:\n]{1,40}?)?\s*:\s*(?:(?:about|around|roughly|approx\.?|nearly|almost|"
    r"over|under|just\s+over|just\s+under|more\s+than|~)\s*)?\d[\d,.]*\s*(?:k|m|million)?\s+",
    re.I,
)


#: a list line's opening, a bullet at most: "- ", "• "
_ITEM_OPENS_RE = compile_re(r"[ \t]*(?:[-•*▪◦‣][ \t]*)?")
#: a move right after an item's crime word: "- homicide -10%", "• murder: down 11.6%"
_ITEM_MOVE_AFTER_RE = compile_re(r"[ \t]*[:–—-]?[ \t]*(?:[+\-−–][ \t]?\d|(?:up|down)\b|[↑↓])", re.I)


def _list_items_named(text: str, metrics: list[MetricMention]) -> list[MetricMention]:
    """ "England & Wales, 2024 vs 2019:\n- robbery +2%\n- homicide -10%": a crime word that
    alone would be one incident names the series when it opens a list line and its move
    follows."""
    out = list(metrics)
    for i, mm in enumerate(out):
        if mm.stat or not mm.metric:
            continue
        line = text.rfind("\n", 0, mm.start) + 1
        if (
            line
            and _ITEM_OPENS_RE.fullmatch(text, line, mm.start)
            and _ITEM_MOVE_AFTER_RE.match(text, mm.end)
        ):
            out[i] = replace(mm, stat=True)
    return out


def _labels_counted(text: str, metrics: list[MetricMention]) -> list[MetricMention]:
    """ "Shoplifting in Scotland: roughly 45,000 crimes": the bare "crimes" after a label's
    figure counts the label's crime, not all crime."""
    out = list(metrics)
    for i, mm in enumerate(out):
        if mm.metric != "total_recorded_crime" or mm.phrase.lower() not in ("crimes", "offences"):
            continue
        label = next(
            (
                m
                for m in reversed(out[:i])
                if m.metric not in (None, "total_recorded_crime") and m.stat and not m.share
            ),
            None,
        )
        if label is not None and _LABEL_COUNT_GAP_RE.fullmatch(text, label.end, mm.start):
            out[i] = replace(mm, metric=label.metric, family=label.family)
    return out


def _build_claims(text: str, ref: date, *, lex: Lexicon | None = None) -> list[Claim]:
    lex = lex or load_lexicon()
    metrics = find_metrics(text, lex)
    if not metrics:
        return []
    if "xcl" in text or "xcept" in text:
        # "recorded crime (excluding fraud) was about 6.6m": what is left out is no subject
        metrics = [
            mm
            for mm in metrics
            if not _EXCLUDED_BEFORE_RE.search(text, max(0, mm.start - 16), mm.start)
        ] or metrics
    if ":" in text and len(metrics) > 1:
        metrics = _labels_counted(text, metrics)
    metrics = bare_outcomes(text, metrics, lex)
    if "\n" in text:
        metrics = _list_items_named(text, metrics)
    times = said_times = timex.find_time_refs(text, ref)
    # numbers inside time expressions ("since 2019") are not quantities
    time_starts = [t.start for t in said_times]
    if "(" in text and times:
        # ("Terry, 64, did the Knowledge in '82", "Dieter, 68, moved here from Hamburg in
        # 1990": a year in an aside about a person dates nothing the post claims)
        asides = [m.span() for m in _PERSON_ASIDE_RE.finditer(text)]
        if asides:
            times = [t for t in times if not any(a <= t.start < b for a, b in asides)]
    # "2/4 Met year-end figure for 2025: 97.": a thread's numbering is no figure
    low = aligned_fold(text)
    places = find_places(text, lex, low=low)
    if places:
        metrics = _topics_named(text, metrics, places)
    marks = [m.span() for m in _THREAD_MARK_RE.finditer(text)] if "/" in text else []
    if "\n" in text:
        marks += _list_numbers(text)
        if "/" in text:
            marks += _thread_numbers(text)
        if ": " in text:
            # ("Graham Fowler: Back in 2017 it was 66%.": who wrote a chain's line opens it,
            # and is no part of what they wrote)
            marks += [m.span() for m in speaker_lines(text, places)]
        if ">" in text:
            marks += reply_labels(text)
    quantities = []
    for q in find_quantities(text):
        i = bisect_right(time_starts, q.start) - 1
        if (
            i >= 0
            and said_times[i].start <= q.start < said_times[i].end
            and said_times[i].kind != "window"
        ):
            continue
        if any(a <= q.start < b for a, b in marks):
            continue
        if is_age(text, q) or is_everyday(text, q):
            continue
        quantities.append(q)
    # (a table's cells are read by the table reader: a row is no sentence)
    tables: list[Table | NameRow] = [*find_tables(text)] if may_hold_tables(text) else []
    if places and may_hold_name_rows(text):
        # ("Lambeth | Southwark | Lewisham, knife crime 2022:\n~690 | ~610 | ~420": each
        # figure is the place's above it, in order)
        tables += [r for r in find_name_rows(text, places) if row_series(r, metrics, times)]
    in_tables = (
        [q for q in quantities if any(t.start <= q.start < t.end for t in tables)] if tables else []
    )
    if in_tables:
        quantities = [q for q in quantities if q not in in_tables]
    # ("1. 97 homicides ...\n2. ...": a list's numbers split off as sentences of their own
    # hold no claim, and would push the list's header out of reach)
    sents = [
        sent
        for sent in _join_fronted_figures(text, split_sentences(text))
        if not _is_list_number(text, sent)
        # (a table's rows are read whole, and would push its caption out of reach)
        and not (tables and any(t.start <= sent[0] and sent[1] <= t.end + 1 for t in tables))
    ]
    if marks:
        # "(3/3) Croydon and Lambeth were both up too": a sentence opens after its thread mark
        sents = [_past_mark(text, sent, marks) for sent in sents]
    by_sent_m = _bucket(metrics, sents)
    by_sent_p = _bucket(places, sents)
    by_sent_t = _bucket(times, sents)
    by_sent_q = _bucket(quantities, sents)
    ctx = Ctx(
        text=text,
        ref=ref,
        lex=lex,
        metrics=[],
        places=[],
        times=[],
        quantities=[],
        first_place=places[0] if places else None,
        low=low,
        all_times=times,
        all_places=places,
    )
    for table in tables:
        if isinstance(table, NameRow):
            name_row_levels(ctx, table, metrics=metrics, times=times, quantities=in_tables)
        else:
            table_levels(
                ctx, table, metrics=metrics, places=places, times=times, quantities=in_tables
            )
    # Each sentence sees its own mentions plus the metrics and places of the few sentences
    # before it, so the work stays proportional to the post's length.
    for k, sent in enumerate(sents):
        lo = max(0, k - CONTEXT_SENTENCES)
        # "by year. 2019: 24. 2020: 14. 2021: 30.": a list reaches back to what opened it
        while lo > 0 and (is_list_item(text, sents[lo]) or _is_list_line(text, sents[lo])):
            lo -= 1
        # ("Burglary | London | 2022 vs 2023\n~122 vs ~134": a header line cut into pieces by
        # its bars reaches back to the line's start)
        while lo > 0 and "|" in (gap := text[sents[lo - 1][1] : sents[lo][0]]) and "\n" not in gap:
            lo -= 1
        # "London murders in 2016? 109. Last year? 131.", "In 2021 it was 30. Thirty. That's a
        # 73% fall": a question that only asks a time is half of its answer's sentence, and
        # a figure said again no sentence of its own, between a claim and its metric
        lo = max(
            0,
            lo
            - sum(
                _aside(text, s, by_sent_m[j], by_sent_p[j]) for j, s in enumerate(sents[lo:k], lo)
            ),
        )
        window_m = [m for bucket in by_sent_m[lo : k + 1] for m in bucket]
        if (
            not window_m
            and ctx.claims
            and k > 0
            and ctx.claims[-1].start >= _chain_start(text, sents, k, by_sent_m, by_sent_p)
        ):
            # "LA had 402 homicides in 2022. Last year? 327. So down about 19%. NYC fell too.":
            # a chain of claims carries its series on past the usual reach
            chained = ctx.claims[-1].metric
            named = next(
                (m for m in reversed(metrics) if m.metric == chained and m.end <= sent[0]),
                None,
            )
            if named is not None:
                window_m = [named]
        if not window_m:
            continue
        ctx.metrics = window_m
        ctx.places = [p for bucket in by_sent_p[lo : k + 1] for p in bucket]
        ctx.times = by_sent_t[k]
        ctx.quantities = by_sent_q[k]
        ctx.used_q = set()
        ctx.used_spans = []
        clauses = _join_place_lists(text, split_clauses(text, *sent), ctx.places)
        ranked = ranking_groups(ctx, sent)
        ctx.group_places = []
        if ranked:
            ctx.group_places = [
                p for p in ctx.places if any(m.start("grp") <= p.start < m.end() for m in ranked)
            ]
            ctx.places = [p for p in ctx.places if p not in ctx.group_places]
            rankings(ctx, sent, ranked)
        ordinals(ctx, sent, clauses)
        comparisons(ctx, sent)
        frequencies(ctx, sent, clauses)
        changes(ctx, sent, clauses)
        rates(ctx, sent, clauses)
        percent_levels(ctx, sent, clauses)
        trends(ctx, sent, clauses)
        arrow_ends(ctx, sent)
        shares_of_wholes(ctx, sent, nouned=True)
        count_levels(ctx, sent, clauses)
        elliptic_levels(ctx, sent, clauses)
        header_shares(ctx, sent)
        elliptic_shares(ctx, sent)
        apposed_shares(ctx, sent)
        shares_of_wholes(ctx, sent)
        part_of_whole_shares(ctx, sent)
        place_share_of_area(ctx, sent)
        pair_ratio_change(ctx, sent)
        late_elliptic_orders(ctx, sent)
        levels_after_orders(ctx, sent, clauses)
        trends_after_levels(ctx, sent)
        including_groups(ctx, sent, clauses)
        extremums(ctx, sent, clauses)
        figure_after_colon(ctx, sent)
        point_changes(ctx, sent, clauses)
        _figures_of_compared(ctx, sent)
        _figures_of_paired_places(ctx, sent)
        if k:
            _pair_after_comparison(ctx, sent, sents[k - 1])
            _places_figures_after_comparison(ctx, sent)
            _same_move_elsewhere(ctx, sent)
            _so_did_elsewhere(ctx, sent)
            _other_way_elsewhere(ctx, sent)
        _so_did_after_comma(ctx, sent)
        _figures_of_years(ctx, sent)
        _change_then_its_levels(ctx, sent)
        _figures_of_two_periods(ctx, sent)
        _figures_against_in_places(ctx, sent)
        _change_against_in_place(ctx, sent)
        _size_elsewhere_after_change(ctx, sent)
        _rates_per_head_opening(ctx, sent)
        _moves_across_pairs(ctx, sent)
        _bracketed_change_of_figure(ctx, sent)
        _share_after_count(ctx, sent)
        _more_of_two(ctx, sent)
        _both_compared(ctx, sent)
        _order_other_way(ctx, sent)
        clefts(ctx, sent)
        contrasted_places(ctx, sent)
        contrasted_series(ctx, sent)
        record_turns(ctx, sent)
        outcome_shares(ctx, sent)
        # "It is false that London murders went up": the sentence denies what follows
        denial = ctx.lex.cues["denial"].search(text, sent[0], sent[1])
        if denial is not None and (
            not text[sent[0] : denial.start()].strip(" \"'“‘(-")
            # ("Met statement: 'It is not true that ...'": a label of who says it)
            or _SPEAKER_LABEL_RE.fullmatch(text, sent[0], denial.start()) is not None
        ):
            # "It's a myth that London had more homicides than New York in 2024: NYC recorded
            # 377, London 109.": the figures after the colon are the poster's own
            stop = _DENIAL_SCOPE_END_RE.search(text, denial.end(), sent[1])
            scope_end = stop.start() if stop is not None else sent[1]
            # ("It is not true that London had 109": the claim's own reading already took the
            # cue's "not" as its negation)
            said_not = _NOT_IN_CUE_RE.search(denial.group(0)) is not None
            for claim in ctx.claims:
                if denial.end() <= claim.start < scope_end:
                    claim.negated = True if said_not else not claim.negated
    if "\n" in text or ": " in text:
        breakdown_shares(ctx, metrics, quantities)
    # "'London murders are up 40%' - no they're not": a quoted claim the post rebuts
    for m in _REBUTTED_QUOTE_RE.finditer(text):
        # (a claim that runs on past the quote is the rebuttal's: '"20 teenagers murdered in
        # London last year" Actually it's 8.')
        # ("said Toronto 'has more murders than London': it doesn't.": its subject may stand
        # before the quote)
        quoted = [
            c
            for c in ctx.claims
            if m.start("q") <= c.start < m.end("q") and c.end <= m.end("q") + 1
        ]
        for claim in quoted:
            claim.negated = not claim.negated
        for claim in ctx.claims:
            if (
                max(0, m.start("q") - 40)
                <= claim.start
                < m.start("q")
                < claim.end
                <= m.end("q") + 1
                and not claim.negated
                and not _NEG_BEFORE_QUOTE_RE.search(text, claim.start, m.start("q"))
                and "\n" not in text[claim.start : m.start("q")]
                # (the rebuttal in the quote's own sentence, not the next one's)
                and not _SENTENCE_BREAK_RE.search(text, m.end("q"), m.end())
            ):
                claim.negated = True  # ("said Toronto 'has more murders than London': it doesn't.")
                quoted.append(claim)
        if len(quoted) == 1 and quoted[0].negated:
            _put_right(ctx, quoted[0], m.end("q"))
        _quoted_figure_years_ago(ctx, m.start("q"), m.end("q"))
    if ctx.echoes:
        _answer_echoes(ctx)
    if "claim" in text or "Claim" in text or _SAYER_WORDS_RE.search(text):
        _claims_called_false(ctx)
    if ">" in text or ("\n" in text and ": " in text):
        _rebut_line_quotes(ctx)
    if "QT" in text or "Quot" in text:
        # ("QT: 'A stabbing every 10 minutes in London' - that's the England and Wales figure":
        # a quoted post's line with the reply after a dash)
        for m in _QT_DASH_RE.finditer(text):
            _quoted_figure_years_ago(ctx, m.start("q"), m.end("q"))
    for k, sent in enumerate(sents):
        if k and _SCORN_SENTENCE_RE.fullmatch(text, *sent):
            prev = sents[k - 1]
            # (to the sentence's start: a quote closed after its full stop, '"... falling."')
            quotes = [q.span() for q in _QUOTED_RE.finditer(text, prev[0], sent[0])]
            for claim in ctx.claims:
                if prev[0] <= claim.start < prev[1] and any(
                    a < claim.end and claim.start < b for a, b in quotes
                ):
                    claim.negated = True
        echo = _NOT_ECHO_RE.fullmatch(text, *sent) if sent[1] - sent[0] <= 40 else None
        if echo is not None:
            # ("... insists there's 'a stabbing every day'. Not every day.", "> ... has doubled /
            # It's up, but about 40%. Not doubled.": the claim that said those words, denied)
            stem = _ECHO_STEMS[" ".join(echo.group("w").lower().split())]
            for claim in ctx.claims:
                if claim.start < sent[0] and stem.search(claim.surface):
                    claim.negated = True
        tail = (
            _NOT_ECHO_TAIL_RE.search(text, *sent) if ", not " in text[sent[0] : sent[1]] else None
        )
        if tail is not None:
            # ("so up roughly 60%, not doubled.", "worse than the year before, not the worst
            # ever.": the words of the say-so before, denied at the end of the correction)
            stem = _ECHO_STEMS[" ".join(tail.group("w").lower().split())]
            echoed = [c for c in ctx.claims if c.start < sent[0] and stem.search(c.surface)]
            if echoed:
                ctx.claims = [c for c in ctx.claims if not tail.start() <= c.start < sent[1]]
                for claim in echoed:
                    claim.negated = True
        # (cheap first: the scorn is a short sentence)
        scorn = _MY_ARSE_RE.fullmatch(text, *sent) if sent[1] - sent[0] <= 60 else None
        if scorn is not None:
            # ("Deadliest ever, my foot." after "its deadliest year ever": every word of it)
            words = scorn.group("w").lower().split()
            ctx.claims = [c for c in ctx.claims if not sent[0] <= c.start < sent[1]]
            for claim in ctx.claims:
                said = claim.surface.lower()
                if claim.start < sent[0] and all(w in said for w in words):
                    claim.negated = True
        if _SARCASTIC_OPEN_RE.match(text, *sent):
            quotes = [q.span() for q in _QUOTED_RE.finditer(text, *sent)]
            for claim in ctx.claims:
                if sent[0] <= claim.start < sent[1] and any(
                    a < claim.end and claim.start < b for a, b in quotes
                ):
                    claim.negated = not claim.negated
    # "People keep saying knife crime is falling. It isn't.": a sentence that only denies
    # denies the one before it (and confirms "Stop pretending it is falling. It isn't.")
    for k in range(1, len(sents)):
        short = sents[k][1] - sents[k][0] <= 90  # (every whole-sentence denial is short)
        if short and any(
            sents[k][0] <= c.start < sents[k][1] and c.negated and c.surface[:4].lower() == "not "
            for c in ctx.claims
        ):
            continue  # ("... 602 in the year to March 2022. Not 900.": the figure put right)
        if short and _CLAIM_DENIAL_RE.fullmatch(text, *sents[k]):
            # 'A viral post claims "London had 300 murders last year". The Met recorded 109
            # homicides in 2023. The claim is false.': the claim quoted before is denied
            quoted = [
                c
                for c in ctx.claims
                if c.start < sents[k][0]
                and any(m.start() < c.start < m.end() for m in _QUOTED_RE.finditer(text))
            ]
            if quoted:
                for claim in quoted:
                    claim.negated = True
                continue
        if (
            short
            and _NOT_EVEN_CLOSE_RE.fullmatch(text, *sents[k])
            and (
                said_before := [
                    c for c in ctx.claims if sents[k - 1][0] <= c.start < sents[k - 1][1]
                ]
            )
            and all(
                _SAID_BEFORE_RE.search(text, max(sents[k - 1][0], c.start - 60), c.start)
                for c in said_before
            )
        ):
            # ("My old man reckons there's a murder every day in London. Not even close.": a
            # say-so denied; after the poster's own figures the words are emphasis, below)
            for claim in said_before:
                claim.negated = True
            continue
        if (
            (short and _DENIAL_SENTENCE_RE.fullmatch(text, *sents[k]))
            or (short and _BARE_NO_RE.fullmatch(text, *sents[k]))
            or _DENIAL_OPENING_RE.match(text, *sents[k])
            or (short and _CLAIM_DENIAL_RE.fullmatch(text, *sents[k]))
        ):
            before = [c for c in ctx.claims if sents[k - 1][0] <= c.start < sents[k - 1][1]]
            if _NOT_EVEN_CLOSE_RE.fullmatch(text, *sents[k]) and (
                any(c.kind in ("comparison", "extremum") and not c.negated for c in before)
                # "Over the whole of 2018 New York had about 290 murders and London 135.
                # It's not close.": two places' figures set side by side
                or len({c.geography for c in before if c.kind == "level" and not c.negated}) >= 2
                # "No, London does NOT have more murders than New York. NYC had 382 murders
                # in 2024, London 109. It's not even close.": the figures that prove a
                # denial right, stressed
                or (
                    k >= 2
                    and any(
                        c.negated
                        for c in ctx.claims
                        if sents[k - 2][0] <= c.start < sents[k - 2][1]
                    )
                )
            ):
                # "St. Louis had the highest murder rate of any big US city in 2024 - around 55
                # per 100k. It's not even close.": emphasis on a ranking, not a denial
                continue
            per_head = _PER_HEAD_OTHER_WAY_RE.match(text, *sents[k]) is not None
            for claim in before:
                if per_head and claim.unit == "count":
                    # ("London had about three times as many knife crime offences as Birmingham
                    # last year. Per head it's the other way round.": the count stands)
                    continue
                claim.negated = True
    # ("ppl saying murders in London are soaring, its not true.": denied in its own sentence)
    for claim in ctx.claims:
        if not claim.negated and COMMA_DENIAL_RE.match(text, claim.end):
            claim.negated = True
    _scare_quoted_put_right(ctx, sents)
    # "It's simply false that London murders rose 40% last year. The real rise was about
    # 10%.": the sentence after a denied claim may put its figure right; so may a source's
    # figure opening it ("Saw a post saying burglaries in Birmingham are up 60% since 2019.
    # The police data says more like 12%.") after the one claim before
    for k in range(len(sents) - 1):
        before = [c for c in ctx.claims if sents[k][0] <= c.start < sents[k][1]]
        after = [c for c in ctx.claims if sents[k + 1][0] <= c.start < sents[k + 1][1]]
        if after:
            if (
                len(before) == len(after) == 1
                and not before[0].negated
                and (before[0].metric, before[0].kind) == (after[0].metric, after[0].kind)
                and before[0].value is not None
                and after[0].value != before[0].value
                and _OWN_EARLIER_RE.search(
                    text, max(sents[k][0], before[0].start - 40), before[0].start
                )
                and (
                    _PUT_RIGHT_LEAD_RE.match(text, sents[k + 1][0])
                    # ("I tweeted that London had 109 homicides last year. Final Met figure is
                    # 110.", "I said ... up 25% since 2019. It's actually up about 12%.": the
                    # same measure of the same place and time, another figure)
                    or _same_measure(before[0], after[0])
                )
            ):
                # ("I wrote that Met confidence was 54% last year. It was 45%.": the poster's
                # own figure put right, so denied)
                before[0].negated = True
            elif (
                len(before) == len(after) == 1
                and not before[0].negated
                and _same_measure(before[0], after[0])
                and before[0].value is not None
                and after[0].value != before[0].value
                and _SAID_BEFORE_RE.search(
                    text, max(sents[k][0], before[0].start - 60), before[0].start
                )
                and _FLAT_ANSWER_RE.match(text, sents[k + 1][0])
            ):
                # ("Several people replied that Wandsworth had zero murders in 2021. It had
                # 4.": someone's figure answered flatly by the poster's own)
                before[0].negated = True
            continue
        denied = [c for c in before if c.negated]
        if len(denied) == 1:
            n_claims = len(ctx.claims)
            _put_right(ctx, denied[0], sents[k + 1][0] - 1, lead_only=True)
            if (
                len(ctx.claims) == n_claims
                and k + 2 < len(sents)
                and _DENIAL_SENTENCE_RE.fullmatch(text, *sents[k + 1])
                and not any(sents[k + 2][0] <= c.start < sents[k + 2][1] for c in ctx.claims)
            ):
                # ("... went up 50% last year. It didn't. More like 12%.": the denial said
                # alone, the figure after it)
                _put_right(ctx, denied[0], sents[k + 2][0] - 1, lead_only=True)
            if (
                len(ctx.claims) == n_claims
                and (lead := _DENIAL_SENTENCE_RE.match(text, *sents[k + 1])) is not None
                and re.search(r"[,;:—–]", text[sents[k + 1][0] : lead.end()]) is not None
            ):
                # ("... up about 40% since 2015. That's not right, it's closer to 60%.": the
                # denial, then the figure after its comma)
                _put_right(ctx, denied[0], lead.end() - 1, lead_only=True)
        elif len(before) == 1 and _SOURCE_SAYS_OPENS_RE.match(text, sents[k + 1][0]):
            # ("Saw a post saying burglaries in Birmingham are up 60% since 2019. The police
            # data says more like 12%.": a source's figure set beside someone's; the say-so is
            # reported, not denied, as the older posts have it)
            _put_right(ctx, before[0], sents[k + 1][0] - 1, lead_only=True)
        elif (
            len(before) == 1
            and before[0].value is not None
            and (
                _OWN_EARLIER_RE.search(
                    text, max(sents[k][0], before[0].start - 40), before[0].start
                )
                # ("The mayor said there were 120 murders in London last year. There were
                # 101.": someone's figure answered flatly)
                or (
                    _FLAT_ANSWER_RE.match(text, sents[k + 1][0])
                    and _SAID_BEFORE_RE.search(
                        text, max(sents[k][0], before[0].start - 60), before[0].start
                    )
                )
            )
        ):
            # ("I wrote that Met confidence was 54% last year. It was 45%.": the poster's own
            # figure put right by the next sentence, so denied)
            n_claims = len(ctx.claims)
            _put_right(ctx, before[0], sents[k + 1][0] - 1, lead_only=True)
            if len(ctx.claims) > n_claims:
                if ctx.claims[-1].value != before[0].value:
                    before[0].negated = True
                else:
                    del ctx.claims[n_claims:]  # ("... It was.": said again, no correction)
    # ("Shootings in London aren't up 50%, it's more like 10%.": or the rest of its own
    # sentence, after a comma)
    for sent in sents:
        denied = [c for c in ctx.claims if sent[0] <= c.start < sent[1] and c.negated]
        if (
            len(denied) == 1
            and (comma := _COMMA_AFTER_RE.match(text, denied[0].end)) is not None
            and not any(comma.end() <= c.start < sent[1] for c in ctx.claims)
        ):
            _put_right(ctx, denied[0], comma.end() - 1, lead_only=True)
    # (last: only for rates no other reading took)
    for sent in sents[1:]:
        _bare_rates_after_levels(ctx, sent)
    if "\n" in text and ("per" in text or "Per" in text or "rate" in text or "Rate" in text):
        _rates_row_after_levels(ctx)
    _part_year_baselines(ctx)
    if ":" in text and ("day" in text or "hour" in text or "week" in text or "Day" in text):
        _rates_under_header(ctx, sents)
    _trim_covering_spans(text, ctx.claims)
    national_series(ctx, ctx.claims)
    ctx.claims.sort(key=lambda c: c.start)
    return _drop_repeats(_sized_moves(text, ctx.claims), lex, ctx.text)


#: a sentence that is only a figure: "45 per cent.", "A quarter.", "Almost halved.", "97."
_FIGURE_ONLY_RE = compile_re(
    # ("c.9,800": the circa hedge, glued)
    r"[\W_]*(?:c\.\s?(?=\d))?(?:(?:about|around|roughly|approx\.?|approximately|nearly|almost|just|only|over|under|more\s+than)\s+)?"
    # ("Ninety-seven. That's how many people were killed in London last year.")
    rf"(?:(?:\d[\d,.]*|{NUMWORD_SRC})\s*(?:%|per\s*cent|percent|k)?|(?:a|one)\s+(?:quarter|third|fifth|tenth)|half|"
    r"two\s+thirds|three\s+quarters|halved|doubled|tripled|trebled|quadrupled)[\W_]*",
    re.I,
)
#: "... That's how many Londoners reckon the Met's doing a good job": it points back at the figure
_THATS_WHAT_RE = compile_re(
    r"[\s\"'“‘]*(?:that['’]s|that\s+is|this\s+is|that\s+was)\s"
    # (not "51%. That's a 26% fall in five years.": a figure of its own, worked out)
    r"(?!(?:\s*(?:a|an|about|around|roughly|approx\.?|approximately|nearly|almost|over|under|just|only)\b)*\s*\d)",
    re.I,
)


def _chain_start(
    text: str,
    sents: list[tuple[int, int]],
    k: int,
    by_sent_m: list[list[MetricMention]],
    by_sent_p: list[list[PlaceMention]],
) -> int:
    """Where the sentence before ``k`` starts, past short asides ("... 2024 269. Lowest since
    2014? Roughly halved since 2021": the claims before the question still chain on)."""
    last = k - 1
    while last > 0 and _aside(text, sents[last], by_sent_m[last], by_sent_p[last]):
        last -= 1
    return sents[last][0]


def _aside(
    text: str, sent: tuple[int, int], metrics: list[MetricMention], places: list[PlaceMention]
) -> bool:
    """ "Last year?", "And in 2019?", "Thirty.", "Chicago had 416.", "No it didn't.": a short
    question, a figure said again, a place's figure or a few words with no figure, naming no
    metric."""
    if metrics or sent[1] - sent[0] > 40:
        return False
    return (
        (
            sent[1] - sent[0] <= 24
            and (
                text[sent[1] - 1] == "?"
                or _FIGURE_ONLY_RE.fullmatch(text, *sent) is not None
                # ("> London had over 150 murders last year. Absolute warzone. / No it didn't.
                # It had 97": a few words with no figure, between a claim and the answer)
                or (
                    sent[1] - sent[0] <= 17
                    and not any(ch.isdigit() for ch in text[sent[0] : sent[1]])
                )
            )
        )
        or _THATS_A_DAY_RE.fullmatch(text, *sent) is not None
        or (
            any(p.start - sent[0] <= 2 for p in places)
            and _PLACE_FIGURE_RE.fullmatch(text, *sent) is not None
        )
    )


#: "That's 150 a day.": the figure before worked out per day, no metric of its own
_THATS_A_DAY_RE = compile_re(
    r"[\W_]*(?:that['’]s|that\s+is|which\s+is|so)\s+(?:(?:about|around|roughly|approx\.?|approximately|nearly|almost|"
    r"over|under|more\s+than|just\s+over|just\s+under|like)\s+)?[\d,.]+\s+(?:a|an|per|every)\s+"
    r"(?:day|week|month|hour)[\W_]*",
    re.I,
)
#: "Chicago had 416.", "New York about 305.": a place's figure, the metric left to the
#: sentence before
_PLACE_FIGURE_RE = compile_re(
    r"[\W_]*(?-i:[A-Z])[\w.'’&-]*(?:\s+(?-i:[A-Z])[\w.'’&-]*){0,2}\s+"
    r"(?:(?:had|has|was|is|recorded|saw|got)\s+)?"
    r"(?:(?:about|around|roughly|approx\.?|approximately|nearly|almost|over|under|just|only|~)\s*)?\d[\d,.]*[km]?\+?[\W_]*",
    re.I,
)


def _join_fronted_figures(text: str, sents: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """ "45 per cent. That's the share of Londoners who said the Met does a good job": a figure
    said alone, then named by the sentence after it, is read as one sentence."""
    out: list[tuple[int, int]] = []
    k = 0
    while k < len(sents):
        if (
            k + 1 < len(sents)
            and _FIGURE_ONLY_RE.fullmatch(text, *sents[k])
            and _THATS_WHAT_RE.match(text, *sents[k + 1])
        ):
            out.append((sents[k][0], sents[k + 1][1]))
            k += 2
            continue
        if (
            k + 1 < len(sents)
            and _SLASH_GAP_RE.fullmatch(text, sents[k][1], sents[k + 1][0])
            and _PAIR_LAST_RE.fullmatch(text, *sents[k + 1])
            and (
                _PLACES_VS_HEADER_RE.match(text, sents[k][0], sents[k][1])
                # ("Burglary | Leeds vs Bradford | YE Dec 24\n6,200 / 4,900 [WYP]": a line
                # of the two figures under a line that sets the two names against each other)
                or (
                    (
                        _FIGURE_ONLY_RE.fullmatch(text, *sents[k])
                        # ("knife crime: 980 / 870": a label, then the first figure)
                        or _LABEL_FIGURE_RE.fullmatch(text, *sents[k])
                    )
                    and text.rfind("\n", 0, sents[k][0]) >= 0
                    and not text[text.rfind("\n", 0, sents[k][0]) + 1 : sents[k][0]].strip(
                        " \t-–" + BULLET_MARKS
                    )
                    and names_vs_line_above(text, sents[k][0]) is not None
                )
            )
        ):
            # "GMP vs Merseyside, homicides 2023: 36 / 29": the two places' figures, one item
            out.append((sents[k][0], sents[k + 1][1]))
            k += 2
            continue
        out.append(sents[k])
        k += 1
    return out


#: a year, a financial year or a year ending a month, as a label ("2023", "FY22", "YE Nov 22")
_PERIOD_LABEL_SRC = (
    r"(?:(?:19|20)\d\d(?:/\d\d)?|(?-i:FY)\s?\d\d(?:/\d\d)?|(?-i:YE)\s+[A-Za-z]{3,9}\s+(?:19|20)?\d\d|"
    r"(?-i:[HQ][1-4])\s+(?:19|20)\d\d)"
)
#: what a slash parts on one line
_SLASH_GAP_RE = compile_re(r"[ \t]+/[ \t]+")
_LABEL_FIGURE_RE = compile_re(
    r"[a-z][\w/ &-]{1,30}:[ \t]*(?:~|c\.\s?|approx\.?\s*)?\d[\d,.]*k?", re.I
)
#: the second figure of a pair, alone to the line's end ("29", "~2.4.")
_PAIR_LAST_RE = compile_re(
    r"(?:~|c\.\s?|approx\.?\s*)?\d[\d,.]*[k%]?(?:[ \t]*[\[(][^\[\]()\n]{1,30}[\])])?[ \t]*[.!?]?"
)
#: a line that sets two names against each other, then a colon and a figure ("GMP vs
#: Merseyside, homicides 2023: 36")
_PLACES_VS_HEADER_RE = compile_re(
    r"[^\n:]*?\b(?:(?-i:[A-Z])[\w&.]*(?:\s+(?:vs\.?|v\.?|versus)\s+|[ \t]/[ \t])(?-i:[A-Z])"
    # ("Robbery, Met, 2023 vs 2024: ~31,000 / ~34,500": two periods set against each other)
    r"|" + _PERIOD_LABEL_SRC + r"\s+(?:vs\.?|versus)\s+" + _PERIOD_LABEL_SRC + r"\b)"
    r"[^\n:]*:[ \t]*(?:~|c\.\s?|approx\.?\s*)?\d[\d,.]*[k%]?[ \t]*$",
    re.I,
)


_EXCLUDED_BEFORE_RE = compile_re(r"\b(?:excluding|excl\.?|except(?:\s+for)?)\s+$", re.I)
#: ("Chicago recorded more homicides than New York City, 804 to 488": a score's "to")
_PAIR_GAP_RE = compile_re(r"\s*(?:vs\.?|versus|v\.?|against|to|,)\s*", re.I)


def _figures_of_compared(ctx: Ctx, sent: tuple[int, int]) -> None:
    """ "NYC had 5x London's homicide count in 2021: 488 vs 133": two bare figures after a
    comparison are the two places' own, in the order the comparison named them."""
    comp = next(
        (
            c
            for c in ctx.claims
            if c.kind == "comparison" and sent[0] <= c.start < sent[1] and c.other_geography
        ),
        None,
    )
    if comp is None or comp.geography is None:
        return
    levels = [
        c
        for c in ctx.claims
        if c.kind == "level" and comp.end <= c.start < sent[1] and c.metric == comp.metric
    ]
    # (": about 310 per 100,000 residents against 150": one of the two may be read already)
    if len(levels) < 2 and (dash := _PAIR_AFTER_DASH_RE.match(ctx.text, comp.end, sent[1])):
        pair = _PAIR_SENTENCE_RE.fullmatch(ctx.text, dash.end(), sent[1])
        if pair is not None and (
            not pair.group("pos")
            or any(
                p.start == pair.start("pos") and p.place == comp.other_geography for p in ctx.places
            )
        ):
            _add_pair(ctx, comp, pair, (dash.end(), sent[1]))
        return
    if len(levels) != 2 or not _PAIR_GAP_RE.fullmatch(ctx.text, levels[0].end, levels[1].start):
        return
    if any(levels[0].start <= p.start < levels[1].end for p in ctx.places):
        return  # "488 in NYC vs 133 in London": each names its own
    levels[0].geography, levels[1].geography = comp.geography, comp.other_geography


_IN_BRACKETS_RE = compile_re(r"[\[(][^\])]*$")
#: "Glasgow vs Edinburgh", "21 vs 9": two places or two figures set against each other
_SET_AGAINST_RE = compile_re(r"\s*(?:vs\.?|versus|v\.?|/)\s*", re.I)
_PLACES_PAIRED_RE = compile_re(r"\s*(?:vs\.?|versus|v\.?|/|and|&)\s*", re.I)


def _figures_of_paired_places(ctx: Ctx, sent: tuple[int, int]) -> None:
    """ "Glasgow vs Edinburgh homicides 24/25: 21 vs 9": two figures set against each other
    after two places set against each other are the places' own, in the same order."""
    levels = sorted(
        (c for c in ctx.claims if c.kind == "level" and sent[0] <= c.start < sent[1]),
        key=lambda c: c.start,
    )
    if len(levels) != 2 or any(id(c) in ctx.placed for c in levels):
        return
    # (the second figure's words may open on the "vs" itself: "2.2 vs 1.1 per 100k")
    against = _SET_AGAINST_RE.match(ctx.text, levels[1].start)
    if against is not None and not ctx.text[levels[0].end : levels[1].start].strip():
        gap_end = against.end()
    elif _SET_AGAINST_RE.fullmatch(ctx.text, levels[0].end, levels[1].start):
        gap_end = levels[1].start
    else:
        return
    # (a force names its area: "GMP vs Merseyside, homicides 2023: 36 / 29"; not a source in
    # brackets: "[Police Scotland / ONS]")
    named = [
        p
        for p in ctx.places
        if sent[0] <= p.start < sent[1]
        and not (p.how == "entity" and _IN_BRACKETS_RE.search(ctx.text, sent[0], p.start))
    ]
    before = [p for p in named if p.start < levels[0].start]
    if len(before) != 2 or len(named) != 2 or before[0].place == before[1].place:
        return  # ("488 in NYC vs 133 in London": each names its own)
    # ("London and Philadelphia, 2025: 97 homicides vs about 220": the figures' "vs" sets
    # them against each other, so "and" pairs the places)
    if not _PLACES_PAIRED_RE.fullmatch(ctx.text, before[0].end, before[1].start):
        return
    if ":" not in ctx.text[before[1].end : levels[0].start]:
        return  # (the pair labels the figures only as a header before a colon)
    for level, place in zip(levels, before, strict=True):
        level.geography = place.place
        level.geography_source = "context"
    if gap_end > levels[1].start:
        levels[1].start = gap_end
        levels[1].surface = ctx.text[gap_end : levels[1].end]


#: a sentence that is only two figures set against each other: "327 vs about 95."
_PAIR_HEDGE = r"(?:(?:about|around|roughly|approx\.?|approximately|nearly|almost|over|under|~)\s*)?"
_PAIR_PER = r"(?:\s*(?:per|/)\s*(?:100,?000|100k)(?:\s+(?:people|residents|population))?)?"
_PAIR_SENTENCE_RE = compile_re(
    # ("Roughly 320 vs about 200.", "About 1.6 per 100k vs roughly 1.3 in London.")
    # ("sounds right, 377 vs 109.")
    r"[\W_]*(?:(?:yep|yes|yeah|true|correct|right|sounds\s+(?:about\s+)?right|spot\s+on|about\s+right|"
    # ("Checks out, 695 vs 438")
    r"(?:that\s+|it\s+)?checks\s+out|"
    r"clearly|exactly|indeed|agreed|it\s+(?:is|was|does|did)|they\s+(?:are|were|do|did)|"
    # ("Per capita he's right: about 1.1 per 100k vs roughly 1.0.")
    r"(?:per\s+(?:capita|head)\s*,?\s+)?(?:he|she|they|you)(?:['’]s|['’]re|\s+(?:is|are|was|were))\s+(?:right|correct|not\s+wrong))"
    # ("She's right, by the way, 71 vs 110.")
    r"(?:\s*,\s*(?:by\s+the\s+way|btw|fwiw|tbf|for\s+once))?[,.!:\s]+)?"
    + _PAIR_HEDGE
    # ("200-ish vs 97")
    + r"(?P<a>\d[\d,.]*)(?:-?ish)?"
    # ("roughly 190 offences per 100,000 people against about 165")
    + r"(?:\s+(?:offences|crimes|incidents|cases)(?=\s+per\b))?"
    + _PAIR_PER
    # (": roughly 3,900 offences last year against about 4,200": what and when, once)
    + r"(?:\s+(?:offences|crimes|incidents|cases))?(?:\s+(?:last|this)\s+year)?"
    + r"\s*(?:vs\.?|versus|v\.?|against|to)\s*"
    # ("about 19 against Houston's 13": the place set against, by name)
    + r"(?:(?P<pos>[A-Z][\w.-]*(?:\s+[A-Z][\w.-]*)?)['’]s\s+)?"
    + _PAIR_HEDGE
    + r"(?P<b>\d[\d,.]*)(?:-?ish)?"
    + _PAIR_PER
    # ("377 vs 109 in 2024.": the year both are of)
    # ("2.2 vs 1.1 per 100k last year.": the comparison's own year)
    + r"(?:\s+(?:in\s+)?(?P<y>(?:19|20)\d\d)|\s+(?:last|this)\s+year)?(?:\s+(?:in|for)\s+(?P<pl>[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*)?))?"
    # ("695 vs 438 per CPD and NYPD.": the sources, named)
    + r"(?:\s+(?:per|by|according\s+to)\s+(?-i:[A-Z])[\w&.]*(?:\s+(?:and|&)\s+(?-i:[A-Z])[\w&.]*)?(?:\s+(?:figures|data|numbers))?)?"
    + r"[\W_]*",
    re.I,
)


def _pair_after_comparison(ctx: Ctx, sent: tuple[int, int], prev: tuple[int, int]) -> None:
    """ "NYC had more than three times as many murders as London in 2014. 327 vs about 95.":
    the two figures are the two places' own, in the order the comparison named them."""
    m = _PAIR_SENTENCE_RE.fullmatch(ctx.text, *sent)
    if m is None:
        return
    comp = next(
        (
            c
            for c in reversed(ctx.claims)
            if c.kind == "comparison"
            and c.other_geography
            # ('"New York had 10x London's murders" It was more like 3.5x. 377 vs 109.': the
            # comparison a sentence further back, with none after it)
            and (prev[0] <= c.start < prev[1] or (c.start < prev[0] and prev[0] - c.end <= 60))
        ),
        None,
    )
    if comp is not None and any(
        c.start >= comp.end and c.start < sent[0] and c is not comp for c in ctx.claims
    ):
        comp = None  # (another claim stands between)
    if comp is not None and m.group("pl"):
        # ("... roughly 1.3 in London": the place named must be the one compared with)
        named = next((p for p in ctx.places if p.start == m.start("pl")), None)
        if named is None or named.place != comp.other_geography:
            comp = None
    if comp is not None:
        _add_pair(ctx, comp, m, sent)


#: a place's figure in a reply's row of them: "NYC 438", "Houston: ~397"
_PLACE_FIGURE_AFTER_RE = compile_re(
    r"(?:['’]s)?[ \t]*(?::|had|was|on|at)?[ \t]*(?:(?:about|around|roughly|approx\.?|c\.)[ \t]*|~[ \t]*)?"
    r"(?P<n>\d[\d,]*(?:\.\d+)?)(?![\d%])"
)
#: what a row of places' figures may hold besides them: "Yep.", "Wrong.", a time, a source
_PLACES_ROW_REST_RE = compile_re(
    r"(?:[\W_]|\b(?:yep|yes|yeah|wrong|no|nope|actually|and|vs|versus|last|this|year|in|"
    r"(?:19|20)\d\d|per|the|by|count)\b)*",
    re.I,
)


#: "Same in Philly", "Same story across Ireland": the move before, said of the place after
_SAME_IN_SRC = (
    r"(?:the\s+)?same\s+(?:(?:story|again|thing|picture|pattern)\s+)?"
    # ("The same happened in Bradford.", "the same was true for Hackney")
    r"(?:(?:happened|happens|was\s+true|is\s+true|holds|held|applies|applied|went|goes)\s+)?"
    r"(?:in|for|with|across)"
)


#: "Same in Philly, roughly 20%.", "Knife crime too, roughly 15%.", "Bronx too, about 20%": the
#: move before, of another place or crime, with its own size
_SAME_MOVE_RE = compile_re(
    # ("It did, and knife crime too, roughly 10%": the move agreed with, then another's)
    r"[\W_]*(?:(?:yes|yep|yeah|true|it|they)(?:\s+(?:did|was|were|is|are|has|have))?\s*,\s*)?"
    r"(?:(?P<same>"
    + _SAME_IN_SRC
    + r"|and|also|so\s+(?:did|was|were))\s+)?(?P<subj>[^,.!?;\n]{2,40}?)"
    r"(?(same)|\s+(?:too|as\s+well|also))\s*[,:–—-]?\s*(?:(?:down|up)\s+)?"
    + HEDGE_BEFORE_SRC
    + r"(?P<n>\d+(?:\.\d+)?)\s*(?:%|pc\b|per\s*cent\b|percent\b)"
    r"(?P<rest>[^.!?\n]{0,60})[.!?]*\s*",
    re.I,
)


#: "In Greater Manchester it's closer to 20%.": the move before, its size in another place
_IN_PLACE_ITS_RE = compile_re(
    r"[\W_]*(?:(?:but|and|meanwhile|whereas|while)\s*,?\s+)?(?:over\s+)?in\s+(?P<subj>[^,.!?;\n\d]{2,40}?)"
    # ("Knife crime in London rose 11% last year. In Essex 20%, in Kent 13%.": no verb)
    r"\s*,?\s+(?P<verb>(?:it|they)(?:['’]s|['’]re|\s+(?:is|was|are|were|went))\s+)?(?:(?P<way>up|down)\s+)?"
    r"(?:(?:closer\s+to|more\s+like|nearer(?:\s+to)?|only|just)\s+)?"
    + HEDGE_BEFORE_SRC
    + r"(?P<n>\d+(?:\.\d+)?)\s*(?:%|pc\b|per\s*cent\b|percent\b)"
    # (with no verb, the size ends its clause: not "In Essex 20% of victims were teenagers")
    r"(?(verb)|(?=\s*(?:[.!?,;]|$)))"
    r"(?P<rest>[^.!?\n]{0,60})[.!?]*\s*",
    re.I,
)
#: "So did Swansea's.", "Same in Leeds.", "Bradford too.": the move before, of another place
#: the verb that denies a move said again: "Aberdeen didn't.", "Lyon's aren't."
_DENIED_VERB_SRC = r"didn['’]?t|did\s+not|hasn['’]?t|has\s+not|haven['’]?t|wasn['’]?t|weren['’]?t|aren['’]?t|isn['’]?t"
_SO_DID_RE = compile_re(
    # ("And so did knife crime.", "Same story in Memphis.")
    # ("Same story across Ireland.", "Same in Bradford.", "Not in Southampton, though.": the
    # "so" of each, the last the move denied there)
    r"[\W_]*(?:and\s+)?(?:(?P<so>so\s+(?:did|does|do|has|have|was|were|is|are)|"
    + _SAME_IN_SRC
    + r"|"
    r"(?P<notin>not\s+(?:in|for|across)))\s+)?"
    # ("Aberdeen didn't.", "Lyon's aren't.": the move denied there)
    # ("Met confidence has too.": the verb said again)
    # ("St. Louis too.": the stop of an abbreviated name)
    r"(?P<subj>(?:[^,.!?;\n\d]|(?<=\bSt)\.){2,40}?)(?:['’]s)?(?(so)|(?:(?:\s+(?:has|have|had|did|does|do|was|were|is|are))?"
    r"\s+(?:too|as\s+well|also)|\s+(?:"
    r"(?P<neg>"
    + _DENIED_VERB_SRC
    + r")(?:\s+(?:see|have|get|record|show)\s+(?:a|an|any)\s+(?:(?P<up>rise|increase|jump)|"
    r"(?P<down>fall|drop|decline|decrease))(?:\s+at\s+all)?)?)))"
    # ("Not in Enfield though.")
    r"(?:\s+(?:though|tho)\b)?"
    # ("So did Glasgow, apparently.", "Edinburgh's too, for what it's worth.": an aside, no
    # figure and no other place's exception)
    # ("Same story in Glasgow, which used to be the murder capital of Europe.")
    r"(?P<aside>\s*,\s*(?:which|who|where)\b[^.!?;\n\d]{1,60}|\s*,\s*(?!(?:except|apart|bar|but|not)\b)(?![^,.!?;\n]*\b(?:smaller|bigger|larger|"
    r"less|more|fewer|half|third|quarter|double|twice|times|roughly|about|around|nearly|almost|"
    r"slightly|just|much|far)\b)[^,.!?;\n\d]{1,30})?[.!]*\s*",
    re.I,
)


_SO_DID_CLAUSE_RE = compile_scan(
    r"(?:,\s*(?:and\s+)?|\s+and\s+)(?:so\s+(?:did|does|do|has|have|was|were|is|are)\s|(?="
    + _SAME_IN_SRC
    + r"\s))"
    # ("..., knife crime with injury too.")
    r"|(?:,\s*(?:and\s+)?|\s+and\s+)(?=[^,.!?;\d]{2,40}?\s+(?:too|as\s+well)[.!]*\s*$)"
    # ("Homicides in Sweden and Denmark both rose in 2015, Norway's didn't.")
    r"|,\s*(?:but\s+)?(?=[^,.!?;\d]{2,40}?\s+(?:" + _DENIED_VERB_SRC + r")[.!]*\s*$)",
    re.I,
)


def _so_did_after_comma(ctx: Ctx, sent: tuple[int, int]) -> None:
    """ "Berlin recorded more homicides in 2025 than in 2024, and so did Hamburg.": the clause
    after the comma read as a sentence of its own."""
    m = _SO_DID_CLAUSE_RE.search(ctx.text, sent[0], sent[1])
    if m is not None and any(sent[0] <= c.start < m.start() for c in ctx.claims):
        _so_did_elsewhere(ctx, (m.start() + (ctx.text[m.start()] == ","), sent[1]))


def _denied(m: re.Match[str]) -> bool:
    """Does a "So did ..." sentence deny the move for its place ("Aberdeen didn't.", "Not in
    Southampton, though.")?"""
    return bool(m.group("neg") or m.group("notin"))


def _so_did_words(ctx: Ctx, m: re.Match[str]) -> tuple[int, int]:
    """Where the words of a "So did ..." sentence run: from "so" (or its subject) to before
    its aside ("Bradford too, sadly")."""
    start = m.start("so") if m.group("so") else m.start("subj")
    end = m.start("aside") if m.group("aside") else m.end()
    return start, start + len(ctx.text[start:end].rstrip(" \t\n.!"))


def _so_did_subject(
    ctx: Ctx, m: re.Match[str], before: Claim
) -> tuple[list[PlaceMention], MetricMention | None, bool]:
    """The places a "So did ..." sentence names, the other series it is all of ("So did
    knife crime."), if any, and whether its subject is those places alone ("So did Swansea's.",
    "So is knife crime nationally." after London's knife crime, not "So did my mate in
    Swansea")."""
    places = [p for p in ctx.places if m.start("subj") <= p.start and p.end <= m.end("subj")]
    same = next(
        (
            mm.end
            for mm in ctx.metrics
            if mm.metric == before.metric
            and _THE_ONLY_RE.fullmatch(ctx.text, m.start("subj"), mm.start)
        ),
        m.start("subj"),
    )
    only = bool(
        places and _THEN_PLACES_RE.fullmatch(" " + mask_places(ctx, same, m.end("subj")).lstrip())
    )
    metric = next(
        (
            mm
            for mm in ctx.metrics
            if mm.stat
            and mm.metric not in (None, before.metric)
            and _THE_ONLY_RE.fullmatch(ctx.text, m.start("subj"), mm.start)
            # ("So is knife crime nationally.": the series, then the places it is said of)
            and _THEN_PLACES_RE.fullmatch(mask_places(ctx, mm.end, m.end("subj")))
        ),
        None,
    )
    return places, metric, only


def _move_just_before(ctx: Ctx, sent: tuple[int, int]) -> Claim | None:
    """The change or trend said last before the sentence, if near enough to be echoed."""
    prev = next(
        (c for c in reversed(ctx.claims) if c.kind in ("change", "trend") and c.end <= sent[0]),
        None,
    )
    return None if prev is None or sent[0] - prev.end > 160 else prev


def _so_did_elsewhere(ctx: Ctx, sent: tuple[int, int]) -> None:
    """ "> Cardiff's violent crime went up last year\nSo did Swansea's.": the move just before,
    for the place this sentence names; a sized move's size too ("Burglary in Leeds fell by a
    fifth in 2022\nSo did Bradford's." says Bradford's fell by a fifth)."""
    m = _SO_DID_RE.fullmatch(ctx.text, *sent)
    if m is None or any(sent[0] <= c.start < sent[1] for c in ctx.claims):
        return
    last = next((c for c in reversed(ctx.claims) if c.end <= sent[0]), None)
    if last is not None and last.kind == "extremum" and sent[0] - last.end <= 160:
        # ("Glasgow homicides are at their lowest in 40 years. Edinburgh's too.")
        _so_did_record_elsewhere(ctx, m, last)
        return
    if (
        last is not None
        and last.kind == "comparison"
        and last.relation in ("greater", "less")
        and sent[0] - last.end <= 160
    ):
        # ("Stockholm has a higher homicide rate than Oslo, and so does Gothenburg."): the
        # order again, for the place named, against the same other place
        places, metric, places_only = _so_did_subject(ctx, m, last)
        if len(places) == 1 and metric is None and places_only and not _denied(m):
            place = places[0]
            if place.place not in (last.geography, last.other_geography):
                start, end = _so_did_words(ctx, m)
                ctx.claims.append(
                    replace(
                        last,
                        surface=ctx.text[start:end],
                        start=start,
                        end=end,
                        geography=place.place,
                        geography_source="text",
                    )
                )
        return
    prev = _move_just_before(ctx, sent)
    if prev is None:
        return
    # ("Shootings in London went up in 2016. So did knife crime.": another series' move)
    places, metric, places_only = _so_did_subject(ctx, m, prev)
    if metric is not None:
        _so_did_other_metric(ctx, sent, m, prev, metric, places)
        return
    if not places or any(p.place == prev.geography for p in places):
        return
    if not places_only:
        return
    direction = way_of(prev)
    # ("Kent and Essex didn't see a rise at all.": the move denied names its way)
    if direction is None or (m.group("up") or m.group("down")) and not m.group(direction):
        return
    start, end = _so_did_words(ctx, m)
    if _denied(m) and prev.negated:
        return
    # ("So did Bradford's." and "Same in Bradford." copy a sized change's size; "Bradford
    # too." says the way it moved)
    sized = (
        prev.kind == "change"
        and prev.value is not None
        and not prev.negated
        and not _denied(m)
        and m.group("so") is not None
    )
    unit = "count" if prev.kind == "change" else prev.unit
    for place in places:
        ctx.claims.append(
            _move_said_again(
                ctx,
                prev,
                (start, end),
                sized=sized,
                direction=direction,
                unit=unit,
                negated=_denied(m),
                geography=place.place,
                geography_source="text",
            )
        )


def _move_said_again(
    ctx: Ctx,
    prev: Claim,
    span: tuple[int, int],
    *,
    sized: bool,
    direction: str,
    unit: str,
    negated: bool,
    **fields: Any,
) -> Claim:
    """The move before, said again over ``span`` for another place or series (``fields``):
    a change of its size (``sized``), else a trend its way, in ``unit``."""
    return replace(
        prev,
        kind="change" if sized else "trend",
        surface=ctx.text[span[0] : span[1]],
        start=span[0],
        end=span[1],
        value=prev.value if sized else None,
        unit="percent_change" if sized else unit,
        direction=None if sized else direction,
        negated=negated,
        **fields,
    )


#: what may stand before a series named alone: "So did the share ...", "So did overall homicides."
_THE_ONLY_RE = compile_re(r"(?:the\s+)?(?:(?:overall|total|all)\s+)?", re.I)


def _so_did_record_elsewhere(ctx: Ctx, m: re.Match[str], record: Claim) -> None:
    """ "London had its fewest murders in a decade last year / So did Glasgow.": the record,
    for the one place named."""
    places, metric, places_only = _so_did_subject(ctx, m, record)
    fields: dict[str, Any]
    if metric is not None and not record.negated:
        # ("... hit a record high in the year to June 2019, and so did possession of a blade
        # offences": the other series' record; "So is knife crime nationally.": there;
        # "Shootings didn't.": the record denied for that series)
        start, end = _so_did_words(ctx, m)
        geographies: list[str | None] = [p.place for p in places] or [record.geography]
        fields = {
            **series_fields(metric),
            "geography_source": "text" if places else record.geography_source,
        }
    elif (
        not places
        or any(p.place == record.geography for p in places)
        or record.negated
        or not places_only
    ):
        return
    else:
        # ("So did Portland and Louisville.": the record in each; "Not in Scotland, though.":
        # denied there)
        start, end = _so_did_words(ctx, m)
        if m.group("so"):
            end = places[-1].end
        geographies = [p.place for p in places]
        fields = {"geography_source": "text"}
    for geography in geographies:
        ctx.claims.append(
            replace(
                record,
                surface=ctx.text[start:end],
                start=start,
                end=end,
                geography=geography,
                negated=_denied(m),
                **fields,
            )
        )


def _so_did_other_metric(
    ctx: Ctx,
    sent: tuple[int, int],
    m: re.Match[str],
    prev: Claim,
    metric: MetricMention,
    places: list[PlaceMention],
) -> None:
    direction = way_of(prev)
    if direction is None or prev.negated:
        return
    if (m.group("up") or m.group("down")) and not m.group(direction):
        return  # ("Burglary didn't see a fall." after a rise: no denial of that move)
    start, end = _so_did_words(ctx, m)
    # (a sized move's "so did" copies its size, as "So did Bradford's." does for a place; its
    # "too" is the way it moved: "Knife crime too."; "Burglary didn't." denies the way)
    sized = (
        prev.kind == "change"
        and prev.value is not None
        and m.group("so") is not None
        and not _denied(m)
    )
    geographies: list[str | None] = [p.place for p in places] or [prev.geography]
    for geography in geographies:
        ctx.claims.append(
            _move_said_again(
                ctx,
                prev,
                (start, end),
                sized=sized,
                direction=direction,
                unit=move_unit(ctx, metric.metric),
                negated=_denied(m),
                **series_fields(metric),
                geography=geography,
                geography_source="text" if places else prev.geography_source,
            )
        )


#: after a series, the places a move is said of ("So did knife crime in Leeds and Hull")
_THEN_PLACES_RE = compile_re(
    # ("Sexual offences overall too.": the whole series)
    r"(?:\s+(?:overall|as\s+a\s+whole|in\s+total))?"
    r"(?:\s+(?:(?:in|across|for)\s+)?" + MASKED_PLACES_RE.pattern + ")?",
    re.I,
)
#: "London's drop was far bigger, roughly 20%": another place's own move, its size given
_OWN_MOVE_RE = compile_re(
    r"[\W_]*(?P<subj>[^,.!?;\n]{2,40}?)['’]s\s+(?P<noun>drop|fall|decline|rise|increase|jump)\s+was\s+"
    r"(?:[^,.!?\d\n]{0,25},\s*)?"
    + HEDGE_BEFORE_SRC
    + r"(?P<n>\d+(?:\.\d+)?)\s*(?:%|pc\b|per\s*cent\b|percent\b)(?P<rest>[^.!?\n\d]{0,60})[.!?]*\s*",
    re.I,
)


#: "San Antonio went the other way and was up slightly.", "Croydon bucked the trend, up 4%."
_OTHER_WAY_RE = compile_re(
    r"[\W_]*(?:(?:and|but|while|meanwhile)\s*,?\s+)?(?P<subj>[^,.!?;\n\d]{2,40}?)(?:['’]s)?\s+"
    r"(?:went|moved|headed|has\s+gone|was\s+going)\s+the\s+other\s+way"
    r"(?P<way>\s*,?\s*(?:and\s+)?(?:(?:was|were|is|are)\s+)?(?:(?P<up>up|rose|rising)|(?P<down>down|fell|falling))"
    r"(?:\s+(?:slightly|a\s+(?:bit|little|touch)|sharply))?)?"
    # (", for what it's worth.", ", which is what you'd expect ...": an aside with no figure)
    r"(?P<aside>\s*,\s*[^.!?;\n\d]{1,80})?[.!]*\s*",
    re.I,
)


def _other_way_elsewhere(ctx: Ctx, sent: tuple[int, int]) -> None:
    """ "Lambeth knife crime fell about 8% on 2024. Croydon went the other way, up slightly.":
    the move just before, the other way, for the place this sentence names."""
    if "other way" not in ctx.text[sent[0] : sent[1]]:
        return  # (cheap first)
    m = _OTHER_WAY_RE.fullmatch(ctx.text, *sent)
    if m is None or any(sent[0] <= c.start < sent[1] for c in ctx.claims):
        return
    prev = _move_just_before(ctx, sent)
    if prev is None or prev.negated or (direction := way_of(prev)) is None:
        return
    other = "down" if direction == "up" else "up"
    if (m.group("up") or m.group("down")) and not m.group(other):
        return
    places, metric, places_only = _so_did_subject(ctx, m, prev)
    if metric is None and (not places_only or any(p.place == prev.geography for p in places)):
        return
    start = m.start("subj")
    end = m.start("aside") if m.group("aside") else m.end()
    end = start + len(ctx.text[start:end].rstrip(" \t\n.!"))
    # ("Possession of a blade offences went the other way": another series, there)
    geographies: list[str | None] = [p.place for p in places] or [prev.geography]
    fields = series_fields(metric) if metric is not None else {}
    unit = move_unit(ctx, metric.metric) if metric is not None else "count"
    for geography in geographies:
        ctx.claims.append(
            _move_said_again(
                ctx,
                prev,
                (start, end),
                sized=False,
                direction=other,
                unit=unit if metric is not None or prev.kind == "change" else prev.unit,
                negated=False,
                geography=geography,
                geography_source="text" if places else prev.geography_source,
                **fields,
            )
        )


def _same_move_elsewhere(ctx: Ctx, sent: tuple[int, int]) -> None:
    """ "> Shootings in NYC fell about 25% last year\n\nSame in Philly, roughly 20%.": a change
    of the size given, for the place (or crime) the sentence names, the rest as the change
    just before."""
    if "%" not in ctx.text[sent[0] : sent[1]] and "pc" not in ctx.text[sent[0] : sent[1]]:
        return  # (cheap first)
    m = (
        _SAME_MOVE_RE.fullmatch(ctx.text, *sent)
        or _OWN_MOVE_RE.fullmatch(ctx.text, *sent)
        or _IN_PLACE_ITS_RE.fullmatch(ctx.text, *sent)
    )
    if m is None or any(sent[0] <= c.start < sent[1] for c in ctx.claims):
        return
    # ("Stabbings in Lambeth went down last year.\nSouthwark too, roughly 10%.": a move with
    # no size of its own gives the way)
    prev = _move_just_before(ctx, sent)
    if prev is None:
        return
    if prev.kind == "trend":
        if prev.direction not in ("up", "down") or prev.negated:
            return
        way = -1.0 if prev.direction == "down" else 1.0
        prev = replace(prev, kind="change", unit="percent_change", direction=None, value=(way, way))
    if prev.value is None:
        return
    subj = (m.start("subj"), m.end("subj"))
    place = next((p for p in ctx.places if subj[0] <= p.start and p.end <= subj[1]), None)
    named = next((mm for mm in ctx.metrics if subj[0] <= mm.start and mm.end <= subj[1]), None)
    if place is not None and named is not None and named.metric == prev.metric:
        named = None  # ("Knife crime in Birmingham too, roughly 9%": the crime said again)
    if (place is None) == (named is None) or (place is not None and place.place == prev.geography):
        return  # (exactly one of a place or a crime, other than the move's own)
    if named is not None and (named.metric is None or named.metric == prev.metric):
        return
    q = next((q for q in ctx.quantities if q.start == m.start("n")), None)
    mid = (
        (prev.value[0] or 0.0) if prev.value[1] is None else (prev.value[0] or 0.0) + prev.value[1]
    )
    if q is None or mid == 0:
        return
    hedge, _ = hedge_before(ctx, q.start)
    lo, hi = apply_hedge(q.value, hedge)
    if lo is None or hi is None:
        return  # (an open bound has no side to turn: "over 20%" of a fall)
    sign = -1.0 if mid < 0 else 1.0
    if m.re is _OWN_MOVE_RE:
        sign = -1.0 if m.group("noun").lower() in ("drop", "fall", "decline") else 1.0
    elif m.re is _IN_PLACE_ITS_RE and m.group("way"):
        sign = -1.0 if m.group("way").lower() == "down" else 1.0
    start = subj[0]
    ctx.claims.append(
        replace(
            prev,
            surface=ctx.text[start : q.end],
            start=start,
            end=q.end,
            geography=place.place if place is not None else prev.geography,
            geography_source="text" if place is not None else prev.geography_source,
            metric=named.metric if named is not None else prev.metric,
            value=interval(*sorted((sign * lo, sign * hi))),
            negated=False,
        )
    )
    ctx.used_q.add(ctx.quantities.index(q))


def _places_figures_after_comparison(ctx: Ctx, sent: tuple[int, int]) -> None:
    """ "> Houston has more homicides than Chicago now\n\nWrong. Chicago 617, Houston 397 last
    year.": a reply that gives the two compared places a figure each gives their levels of
    the compared crime."""
    named = [p for p in ctx.places if sent[0] <= p.start < sent[1]]
    if len(named) != 2 or named[0].place == named[1].place:
        return
    comp = next(
        (
            c
            for c in reversed(ctx.claims)
            if c.kind == "comparison" and c.end <= sent[0] and sent[0] - c.end <= 120
        ),
        None,
    )
    if (
        comp is None
        or comp.metric is None
        or {comp.geography, comp.other_geography} != {named[0].place, named[1].place}
        or any(c.start >= comp.end and c.start < sent[1] and c is not comp for c in ctx.claims)
    ):
        return
    figures = [_PLACE_FIGURE_AFTER_RE.match(ctx.text, p.end, sent[1]) for p in named]
    if any(f is None for f in figures):
        return
    rest = ctx.text[sent[0] : sent[1]]
    for p, f in sorted(zip(named, figures, strict=True), key=lambda x: -x[0].start):
        assert f is not None
        rest = rest[: p.start - sent[0]] + " " + rest[f.end() - sent[0] :]
    if not _PLACES_ROW_REST_RE.fullmatch(rest):
        return
    own = [t for t in ctx.times if sent[0] <= t.start < sent[1] and t.span is not None]
    period = comp.period
    if len(own) == 1 and own[0].kind == "period" and own[0].span is not None:
        period = (own[0].span[0].isoformat(), own[0].span[1].isoformat())
    for p, f in zip(named, figures, strict=True):
        assert f is not None
        q = next((q for q in ctx.quantities if q.start == f.start("n")), None)
        if q is None:
            continue
        hedge, hstart = hedge_before(ctx, q.start)
        ctx.claims.append(
            replace(
                comp,
                kind="level",
                surface=ctx.text[p.start : q.end],
                start=p.start,
                end=q.end,
                geography=p.place,
                geography_source="text",
                other_geography=None,
                relation=None,
                value=interval(*apply_hedge(q.value, hedge)),
                unit=comp.unit if comp.unit in ("count", "rate_per_100k") else "count",
                period=period,
                negated=False,
            )
        )


#: "NYC saw almost 4x as many homicides as London in 2020 — 462 against 126": the pair after
#: a dash or colon in the comparison's own sentence
#: ("... double Manchester's, at about 45 against 23")
#: (": ..." after "... below Leicester for the first time in a decade")
_PAIR_AFTER_DASH_RE = compile_re(
    r"(?:['’]s)?(?:\s+in\s+(?:19|20)\d\d(?:/\d\d)?|\s+(?:last|this)\s+year)?"
    r"(?:\s*[—–:-]|,\s*(?:at|with)(?=\s)|\s+for\s+the\s+first\s+time[^\d:\n.!?;]{0,30}:"
    # ("... higher than the England and Wales average, about 1.5 per 100,000 vs roughly 1.2")
    r"|,(?=\s*(?:(?:about|around|roughly|approx\.?|approximately|~)\s*)?\d))\s*",
    re.I,
)


_ISH_AFTER_RE = compile_re(r"-?ish\b", re.I)


_PAIR_BASE_RE = compile_re(r"(?:\bper|/)\s*(?:100,?000|100k|capita|head)\b", re.I)


def _add_pair(ctx: Ctx, comp: Claim, m: re.Match[str], span: tuple[int, int]) -> None:
    """The two levels of a pair ``m`` in ``span`` after the comparison ``comp``."""
    qs = [
        q for q in ctx.quantities if q.start in (m.start("a"), m.start("b")) and q.kind != "percent"
    ]
    if comp.geography is None or len(qs) != 2:
        return
    # (and a level read across the comparison's end: "... as Liverpool last year: about 310")
    ctx.claims = [
        c
        for c in ctx.claims
        if not span[0] <= c.start < span[1]
        and not (c.kind == "level" and c.start < span[0] < c.end <= span[1])
    ]
    # (a rate's base, not "per CPD", a source)
    per = _PAIR_BASE_RE.search(m.group(0)) is not None
    unit = "rate_per_100k" if comp.unit == "rate_per_100k" or per else "count"
    period = comp.period
    if m.group("y"):
        first, last = timex.calendar_year(int(m.group("y")))
        period = (first.isoformat(), last.isoformat())
    for q, place in zip(qs, (comp.geography, comp.other_geography), strict=True):
        hedge, hstart = hedge_before(ctx, q.start)
        if hedge is None and _ISH_AFTER_RE.match(ctx.text, q.end):
            hedge = "hedge_approx"  # ("200-ish vs 97")
        ctx.claims.append(
            replace(
                comp,
                kind="level",
                surface=ctx.text[hstart : q.end],
                start=hstart,
                end=q.end,
                geography=place,
                geography_source="context",
                other_geography=None,
                relation=None,
                value=interval(*apply_hedge(q.value, hedge)),
                unit=unit,
                period=period,
                baseline=None,
                negated=False,
            )
        )


_YEARS_THEN_FIGURES_RE = compile_scan(
    r"\b(?P<y1>(?:19|20)\d\d)\s*(?:vs\.?|versus|and|to|[-–])\s*(?P<y2>(?:19|20)\d\d)\s*:\s*"
    r"(?P<a>[^\s,;:]+(?:\s+[^\s,;:]+)?)\s*(?:and|vs\.?|versus|,|/|[-–]|to)\s*(?P<b>[\d.,]+[km]?)",
    re.I,
)


def _figures_of_years(ctx: Ctx, sent: tuple[int, int]) -> None:
    """ "London homicides, 2019 vs 2023: 149 and 110": two figures after two years are the
    years' own, in order."""
    m = _YEARS_THEN_FIGURES_RE.search(ctx.text, sent[0], sent[1])
    if m is None:
        return
    firsts = [c for c in ctx.claims if c.kind == "level" and m.start("a") <= c.start < m.end("a")]
    seconds = [c for c in ctx.claims if c.kind == "level" and m.start("b") <= c.start < m.end("b")]
    if len(firsts) != 1 or len(seconds) != 1:
        return
    for claim, year in ((firsts[0], m.group("y1")), (seconds[0], m.group("y2"))):
        start, end = timex.calendar_year(int(year))
        claim.period = (start.isoformat(), end.isoformat())


#: "2018 vs 2019", "22/23 vs 23/24", "2019 → 2024": two periods set against each other
# ("higher in 2024 than in 2019": a quote's two times, answered by two figures)
_PERIODS_SET_AGAINST_RE = compile_re(
    r"\s*(?:vs\.?|versus|v\.?|→|->|to|and|than(?:\s+in)?)\s*", re.I
)
_PAIR_HEDGE_SRC = r"(?:(?:~|≈|c\.|ca\.|approx\.?|about|around|roughly)\s*)?"
#: "38 vs 29", "1,300 → 1,450", "~700 vs ~650": an item's two figures
_PERIOD_PAIR_ITEM_RE = compile_scan(
    # ("69pc vs 55pc": two shares, when both were read as levels)
    # (not the last two of three slashed: "~1.1 / ~1.3 / ~1.2")
    r"(?<![\w.,/+−-])(?<!/\s)"
    + _PAIR_HEDGE_SRC
    + r"(?P<a>\d[\d,]*(?:\.\d+)?(?:k|(?P<pa>\s?(?:%|pc)))?)(?![\d/%])\s*"
    # ("6,200 / 4,900 [WYP]": a slash only between a line's two figures)
    r"(?:vs\.?|versus|→|->|[/|](?=\s*" + _PAIR_HEDGE_SRC + r"\d[\d,.]*k?"
    r"(?:\s*[\[(][^\[\]()\n]{1,30}[\])])?[ \t]*(?:[.!?]|$|\n)))\s*"
    + _PAIR_HEDGE_SRC
    + r"(?P<b>\d[\d,]*(?:\.\d+)?(?:k|(?P<pb>\s?(?:%|pc)))?)(?![\d/%]|\.\d)",
    re.I,
)


_FIRST_YEAR_RE = compile_re(r"(?:19|20)\d\d")


def _two_periods(ctx: Ctx, start: int, end: int) -> tuple[Span, Span] | None:
    """The two periods a header sets against each other: "London gun discharges, 2018 vs
    2019:", "Lambeth, 2019 → 2024:"."""
    times = [
        t
        for t in ctx.all_times
        if start <= t.start < end
        and t.span is not None
        # ("Bexley, Jan–May, 2025 vs 2024:" posted in June 2025: this year's so far, named)
        and t.kind in ("period", "baseline", "between", "ytd")
    ]
    if len(times) == 1 and times[0].baseline is not None and times[0].span is not None:
        # ("2023/24 vs 2022/23": in the order the header names them, the later first)
        first_year = _FIRST_YEAR_RE.search(times[0].text)
        if first_year is not None and int(first_year.group(0)) == times[0].span[0].year:
            return times[0].span, times[0].baseline
        return times[0].baseline, times[0].span
    for first, second in zip(times, times[1:], strict=False):
        if _PERIODS_SET_AGAINST_RE.fullmatch(ctx.text, first.end, second.start) or (
            # ("vs 2019": the second's words may open on the "vs")
            not ctx.text[first.end : second.start].strip()
            and (lead := _PERIODS_SET_AGAINST_RE.match(second.text)) is not None
            and lead.end() > 0
        ):
            assert first.span is not None and second.span is not None
            months = _MONTHS_ONLY_RE.search(ctx.text, start, first.start)
            if months is None and "ytd" in (first.kind, second.kind):
                continue  # (a year so far, set against with no months named, as before)
            if (
                months is not None
                and first.span[0].year != second.span[0].year
                and first.span[0] == date(first.span[0].year, 1, 1)
                and (timex.calendar_year(first.span[0].year) == first.span or first.kind == "ytd")
            ):
                # ("Chicago, Jan–Sep, 2018 vs 2019:": those months of each year)
                return _months_of(months, first.span), _months_of(months, second.span)
            if (
                second.span == timex.calendar_year(second.span[0].year)
                and first.span != timex.calendar_year(first.span[0].year)
                and first.span[0].year == first.span[1].year
                and _BARE_YEAR_RE.search(second.text)
            ):
                # ("Jan–Jun 2020 vs 2019": the same months of the year set against)
                shift = second.span[0].year - first.span[0].year
                return first.span, timex.shift_years(first.span, shift)
            return first.span, second.span
    return None


_BARE_YEAR_RE = compile_re(r"^(?:vs\.?\s+|versus\s+|v\.?\s+)?(?:19|20)\d\d$", re.I)
#: months alone, no year ("Jan–Sep", "April to June")
_MONTHS_ONLY_RE = compile_re(
    rf"\b(?P<m1>{timex.MONTH_SRC})\.?\s*(?:[-–—]|to|through|until)\s*(?P<m2>{timex.MONTH_SRC})\b\.?"
    r"(?!\s*\d)",
    re.I,
)


def _months_of(months: re.Match[str], year: Span) -> Span:
    """The months ``months`` names, in the year ``year`` starts in."""
    y = year[0].year
    m1, m2 = timex.month_number(months.group("m1")), timex.month_number(months.group("m2"))
    if m1 > m2:
        return year
    return date(y, m1, 1), timex.month_span(y, m2)[1]


def _figures_of_two_periods(ctx: Ctx, sent: tuple[int, int]) -> None:
    """ "London gun discharges, 2018 vs 2019:\n• Lambeth 38 vs 29": an item's two figures under
    a header of two periods set against each other are the periods' own, in order; and
    ("Homicides, 2023, London vs NYC:\n• total: 110 vs 391") under a header of two places,
    the places' own."""
    if not any(
        mark in ctx.text[sent[0] : sent[1]]
        for mark in ("vs", "→", "->", "versus", "%", "pc", " / ", " | ")
    ):
        return  # (cheap first: most sentences set no figures against each other)
    colon = ctx.text.find(":", sent[0], sent[1])
    # (the sentence's own words before a colon, else ("• total: 110 vs 391") the list's header)
    first_line = ctx.text.find("\n")
    line_start = ctx.text.rfind("\n", 0, sent[0]) + 1
    # ("H1 2024 vs H1 2023: Westminster ~9,800 vs ~8,100 / Camden ~3,000 vs ~2,600": a slashed
    # item's header is its line's words before the colon)
    # ("Chicago vs NYC, 2021 homicides: 797 vs 488. Per 100k: ~29 vs ~5.8.": a later sentence
    # of the line is under the same header)
    line_colon = ctx.text.find(":", line_start, sent[0]) if line_start < sent[0] else -1
    for header in (
        (sent[0], colon) if colon > 0 else None,
        (line_start, line_colon) if line_colon > 0 else None,
        list_header(ctx, sent),
        # ("Burglary | Leeds vs Bradford | 2021\nLeeds ~5,900 / ..."): a first line with no
        # colon heads the lines under it
        (0, first_line) if 0 < first_line < sent[0] else None,
        # ("> Knife crime in London was higher in 2024 than in 2019\n\nNope. About 14,600 vs
        # about 15,000."): the quote a reply answers
        next((r for r in reply_spans(ctx) if r[1] <= sent[0] and sent[0] - r[1] <= 20), None)
        if ">" in ctx.text or ": " in ctx.text
        else None,
    ):
        if header is None:
            continue
        periods = _two_periods(ctx, *header)
        places = None if periods is not None else _two_places(ctx, sent, header)
        if periods is not None or places is not None:
            break
    else:
        return
    pair = _pair_item_claims(ctx, sent, header)
    if pair is None and places is not None:
        # ("Chicago vs NYC, 2020:\n▸ y/y: +55pc vs +45pc": each place's change)
        changes = [c for c in ctx.claims if c.kind == "change" and sent[0] <= c.start < sent[1]]
        if len(changes) == 2 and _SET_AGAINST_RE.fullmatch(
            ctx.text, changes[0].end, changes[1].start
        ):
            for change, place in zip(changes, places, strict=True):
                change.geography, change.geography_source = place.place, "context"
        return
    if pair is None:
        if periods is not None:
            # ("Knife crime, 2023 vs 2019:\n• London: -10%": an item's change runs between them)
            earlier, later = sorted(periods)
            for c in ctx.claims:
                if (
                    c.kind == "change"
                    and sent[0] <= c.start < sent[1]
                    and c.start >= header[1]
                    and not any(c.start <= r.start < c.end for r in ctx.times)
                ):
                    c.period = (later[0].isoformat(), later[1].isoformat())
                    c.baseline = (earlier[0].isoformat(), earlier[1].isoformat())
        return
    rate = _PER_100K_LABEL_RE.search(
        ctx.text, ctx.text.rfind("\n", 0, sent[0]) + 1, pair[0].start
    ) or _PER_100K_LABEL_RE.search(ctx.text, *header)  # ("Paris vs London, per 100k, 2023:")
    narrower = _narrower_metric(ctx, sent, header, pair[0])
    if (
        periods is not None
        and periods[0] > periods[1]
        and _ARROW_BETWEEN_RE.search(ctx.text, pair[0].end, pair[1].start)
    ):
        # ("Lewisham, Jan–May 2020 vs same period 2019:\n• burglary 1,020 → 640": an arrow
        # runs from the earlier figure to the later, whatever order the header names them in)
        periods = (periods[1], periods[0])
    for i, claim in enumerate(pair):
        if rate is not None:
            claim.unit = "rate_per_100k"  # ("Per 100k: ~740 vs ~750": the line's label)
        if narrower is not None:
            claim.metric = narrower
        if periods is not None:
            span = periods[i]
            claim.period = (span[0].isoformat(), span[1].isoformat())
        elif places is not None:
            claim.geography, claim.geography_source = places[i].place, "context"
            label = next(
                (
                    r
                    for r in ctx.times
                    if sent[0] <= r.start < pair[0].start and r.kind in ("period", "ytd")
                ),
                None,
            )
            part = None if label is None else as_header_says(ctx, label, sent)
            if part is not None and label is not None and part != label.span:
                # ("Philly vs Chicago, homicides, Jan 1 – Nov 15:\n2023 – ~390 / ~560": the
                # part of the year the header names, in the item's year)
                claim.period = (part[0].isoformat(), part[1].isoformat())


_ARROW_BETWEEN_RE = compile_re(r"→|->|=>|⇒")
#: an item's label that narrows its header's crime: "teens", "teen victims", "knife-enabled"
_ITEM_LABEL_RE = compile_re(
    # ("'good or fair' ~78pc vs ~84pc": a quoted label)
    rf"[ \t{BULLET_MARKS}–-]*['‘\"“]?(?P<label>[a-z][a-z/-]*(?:\s[a-z][a-z-]*){{0,2}})['’\"”]?\s*:?\s*$",
    re.I,
)
_LABEL_NOISE_RE = compile_re(r"\s+(?:victims|killed|dead|deaths)$", re.I)
_WHOLE_LABELS = frozenset(
    ("total", "overall", "all", "count", "number", "figure", "offences", "recorded", "reported")
)


def _narrower_metric(
    ctx: Ctx, sent: tuple[int, int], header: tuple[int, int], first: Claim
) -> str | None:
    """ "London homicides, 2024 vs 2025:\n• teens: 17 vs 12", "• knife-enabled: 61 vs 52":
    the item's label and the header's crime together name a narrower series."""
    m = _ITEM_LABEL_RE.fullmatch(ctx.text, sent[0], first.start)
    named = next(
        (mm for mm in ctx.metrics if header[0] <= mm.start < header[1] and mm.metric and mm.stat),
        None,
    )
    if m is None or named is None or named.metric != first.metric:
        return None
    label = _LABEL_NOISE_RE.sub("", m.group("label"))
    if label.lower() in _WHOLE_LABELS:
        return None  # ("• total 16,800 vs 15,500": the header's crime itself)
    noun = named.phrase.split()[-1]
    found = find_metrics(f"{label} {noun}", ctx.lex)
    if len(found) != 1 or found[0].start != 0 or found[0].metric in (None, first.metric):
        # ("Knife crime ...:\n• with injury 2,100 vs 2,000": the label after the crime)
        found = find_metrics(f"{named.phrase} {label}", ctx.lex)
        if len(found) != 1 or found[0].start != 0 or found[0].metric in (None, first.metric):
            return None
    return found[0].metric


_RATE_HEADER_RE = compile_scan(r"\b(?:per\s+(?:100,?000|100k|capita|head)|rates?)\b", re.I)
_PER_100K_LABEL_RE = compile_scan(r"\bper\s+(?:100,?000|100k)\b", re.I)


def _two_places(
    ctx: Ctx, sent: tuple[int, int], header: tuple[int, int]
) -> tuple[PlaceMention, PlaceMention] | None:
    """The two places a header sets against each other, over an item that names none."""
    if any(
        sent[0] <= p.start < sent[1]
        and not header[0] <= p.start < header[1]
        # (not a source in brackets: "homicides 21 vs 9 (Police Scotland)")
        and not (p.how == "entity" and _IN_BRACKETS_RE.search(ctx.text, sent[0], p.start))
        for p in ctx.all_places
    ):
        return None  # ("• Lambeth 38 vs 29": the item names its own)
    named = [
        p
        for p in ctx.all_places
        if header[0] <= p.start < header[1]
        # ("Glasgow vs Edinburgh, 2024/25 (Police Scotland):": the source, not a third place)
        and not (p.how == "entity" and _IN_BRACKETS_RE.search(ctx.text, header[0], p.start))
    ]
    if (
        len(named) != 2
        or named[0].place == named[1].place
        or not _SET_AGAINST_RE.fullmatch(ctx.text, named[0].end, named[1].start)
    ):
        return None
    return named[0], named[1]


def _pair_item_claims(
    ctx: Ctx, sent: tuple[int, int], header: tuple[int, int]
) -> list[Claim] | None:
    """The two level claims of an item's two figures set against each other ("38 vs 29",
    "1,300 → 1,450"), the one missing made from the other (both, when neither was read, from
    the metric the header names), in text order."""
    m = _PERIOD_PAIR_ITEM_RE.search(ctx.text, max(sent[0], header[1]), sent[1])
    if m is None:
        return None
    qs = {q.start: q for q in ctx.quantities if q.start in (m.start("a"), m.start("b"))}
    if len(qs) != 2:
        return None
    named = next(
        (mm for mm in ctx.metrics if header[0] <= mm.start < header[1] and mm.stat and mm.metric),
        None,
    )
    share = (
        named is not None
        and getattr(ctx.lex.taxonomy.metrics.get(named.metric or ""), "unit", None) == "percent"
    )
    if (m.group("pa") or m.group("pb")) and not share:
        return None  # ("+8pc vs +5pc": moves, not levels, unless the header names a share)
    if not any(
        c.kind == "level" and c.start <= q.start < c.end and sent[0] <= c.start
        for c in ctx.claims
        for q in qs.values()
    ):
        # ("Phone snatches | Westminster | H1 2024 vs H1 2023\n~4,100 vs ~3,600")
        if named is None:
            return None
        q = qs[m.start("a")]
        hedge, hstart = hedge_before(ctx, q.start)
        add(
            ctx,
            kind="level",
            start=hstart,
            end=q.end,
            metric=named,
            pos=q.start,
            clause=sent,
            sent=sent,
            value=interval(*apply_hedge(q.value, hedge)),
            # ("Homicide rate per 100k, 2021, Glasgow vs Edinburgh:\n~3.0 vs ~1.1")
            unit=(
                "percent"
                if share
                else "rate_per_100k"
                if _RATE_HEADER_RE.search(ctx.text, header[0], header[1])
                else "count"
            ),
            negated=False,
        )
    found = [
        next(
            (
                c
                for c in ctx.claims
                if c.kind == "level" and c.start <= q.start < c.end and sent[0] <= c.start
            ),
            None,
        )
        for q in (qs[m.start("a")], qs[m.start("b")])
    ]
    template = found[1] or found[0]
    if template is None or template.metric is None or found[0] is found[1]:
        return None
    out = []
    for i, q in enumerate((qs[m.start("a")], qs[m.start("b")])):
        claim = found[i]
        if claim is None:
            hedge, hstart = hedge_before(ctx, q.start)
            claim = replace(
                template,
                start=hstart,
                end=q.end,
                surface=ctx.text[hstart : q.end],
                value=interval(*apply_hedge(q.value, hedge)),
            )
            # (in the order of the text: what reads "the figures before" takes the last)
            ctx.claims.insert(ctx.claims.index(template) + i, claim)
        elif i == 1 and claim.start < m.start("b") - 6:
            # ("vs 29": the second figure's words open on the figure)
            hedge, hstart = hedge_before(ctx, q.start)
            claim.start, claim.surface = hstart, ctx.text[hstart : claim.end]
        out.append(claim)
    return out


#: "... against", "... compared with": the words that set other places' figures against one
_AGAINST_RE = compile_scan(
    # ("London's rate of 1.2 per 100,000 in 2023 compares with 1.0 for England and Wales")
    r"\s*,?\s*(?:against|compar(?:ed|es?)\s+(?:with|to)|vs\.?|versus)\s+",
    re.I,
)
#: "about 1.0 in Oslo", "9 in Edinburgh", "and about 0.9 in Copenhagen": a figure for a place
_FIGURE_IN_PLACE_RE = compile_re(
    r"(?:\s*,?\s*(?:and|while|with)\s+)?"
    r"(?:(?:about|around|roughly|approx\.?|approximately|nearly|almost|just\s+over|just\s+under|"
    r"over|under|~)\s*)?(?P<n>\d[\d,]*(?:\.\d+)?)(?![\d%])"
    r"(?:\s+per\s+(?:100,?000|100k)(?:\s+(?:people|residents|population))?)?\s+(?:in|for|across)\s+(?:the\s+)?",
    re.I,
)


#: ", against a 6% fall across England and Wales": another place's change, set against one
_CHANGE_AGAINST_RE = compile_scan(
    r",?\s*(?:against|compared\s+with|versus|vs\.?)\s+(?P<art>an?\s+)?"
    + HEDGE_BEFORE_SRC
    + r"(?:(?P<n>\d+(?:\.\d+)?)\s*(?:%|pc\b|per\s*cent\b)"
    # (", against roughly a quarter across London as a whole")
    + r"|(?P<frac>"
    + SHARE_WORDS_SRC
    + r"))\s+"
    # (", against roughly 15% in London": the move's way is the change's own)
    r"(?:(?:(?P<up>rise|increase|jump)|(?P<down>fall|drop|decline|decrease))\s+)?"
    # (", against roughly 25% nationally": the country of the place before)
    r"(?:(?=(?:nationally|nation-?wide|country-?wide|across\s+the\s+(?:country|nation))\b)|"
    r"(?:across|in|for|nationally\s+in)\s+(?:the\s+)?)",
    re.I,
)


_CHANGE_TAIL_RE = compile_re(
    r"(?:\s+(?:levels?|figures?|totals?))?"
    # ("rose 11% in the year to June 2024, ONS figures show, against ...": who says so, aside)
    r"(?:\s*,\s*(?:(?:according\s+to|per)\s+[\w&'’. -]{2,40}?"
    r"|(?:[\w&'’.-]+\s+){0,3}(?:figures?|data|statistics|stats|numbers)\s+(?:show|shows|showed|suggest)"
    r"|(?:the\s+)?[\w&'’.-]+(?:\s+[\w&'’.-]+){0,2}\s+(?:said|says|reported)))?"
    r"[\s,]*",
    re.I,
)


#: the size of a figure coordinated after a change: "about 10%", "a fifth", "just 10%"
_COORD_SIZE_SRC = (
    r"(?:by\s+)?(?:(?:just|only)\s+)?(?P<fig>"
    + HEDGE_BEFORE_SRC
    + r"(?:(?P<n>\d+(?:\.\d+)?)\s*(?:%|pc\b|per\s*cent\b|percent\b)|(?P<frac>"
    + SHARE_WORDS_SRC
    + r")\b))"
)
#: between a change and the next coordinated place's size: ", ", " and ", ", while "
_COORD_GAP_SRC = (
    r"(?P<gap>[^.!?;:,%\n\d]{0,30}?(?:(?:since|in|on|over|from)\s+(?:19|20)\d\d(?:/\d\d)?)?"
    r"[^.!?;:,%\n\d]{0,20}?)(?:,\s*(?:(?:and|while|but|whereas)\s+)?|\s+(?:and|while|but|whereas)\s+)"
)
#: after a change: "... and about a fifth in Essex", ", 25% in the West Midlands"
_SIZE_IN_PLACE_AFTER_RE = compile_re(
    _COORD_GAP_SRC
    + _COORD_SIZE_SRC
    # (", and about 25% nationally": the country of the places before)
    + r"\s+(?:(?:in|for|across)\s+(?:the\s+)?|(?=(?:nationally|nation-?wide|country-?wide)\b))",
    re.I,
)
#: after a change: ", in London 44%", " and in Essex by about 8%": the place first
_IN_PLACE_AFTER_RE = compile_re(_COORD_GAP_SRC + r"(?P<in>in)\s+(?:the\s+)?", re.I)
_SIZE_AFTER_PLACE_RE = compile_re(r"\s+" + _COORD_SIZE_SRC + r"(?![\w%])", re.I)


def _size_elsewhere_after_change(ctx: Ctx, sent: tuple[int, int]) -> None:
    """ "Shoplifting is up 30% in Nottingham since 2012 and about 10% in Leicester", "up
    about 60% in Birmingham, roughly 45% in Coventry and just 10% in Leicester", "rose 37%,
    in London 44%": sizes and places coordinated after a change are the same move's sizes
    there."""
    if "%" not in ctx.text[sent[0] : sent[1]] and " a " not in ctx.text[sent[0] : sent[1]]:
        return  # (cheap first)
    for c in list(ctx.claims):
        if (
            not (sent[0] <= c.start < sent[1])
            or c.kind != "change"
            or c.unit != "percent_change"
            or not c.value
            or c.value[0] is None
            or c.value[0] == 0
            or not isinstance(c.geography, str)
        ):
            continue
        chain = [c]
        prev: Claim | None = c
        while prev is not None:
            prev = _next_size_in_place(ctx, c, prev.end, sent)
            if prev is not None:
                chain.append(prev)
        if len(chain) > 1 and id(c) not in ctx.explicit:
            _list_since(ctx, chain, sent)


#: what closes a list of changes: "... and 30% in Leicester since 2019"
_LIST_SINCE_RE = compile_re(
    r"\s+(?:since|on|compared\s+(?:with|to)|vs\.?)\s+(?:the\s+)?(?=\S)", re.I
)


def _list_since(ctx: Ctx, chain: list[Claim], sent: tuple[int, int]) -> None:
    """ "Car thefts up 25% in Birmingham, 18% in Coventry and 30% in Leicester since 2019":
    the time set against at the end of the list is each item's baseline."""
    m = _LIST_SINCE_RE.match(ctx.text, chain[-1].end)
    if m is None:
        return
    ref = next((r for r in ctx.times if m.start() <= r.start <= m.end() and r.span), None)
    if ref is None or ref.span is None:
        return
    baseline = (ref.span[0].isoformat(), ref.span[1].isoformat())
    for claim in chain:
        if claim.period is None or span_of(claim.period)[0] <= ref.span[0]:
            return
    for claim in chain:
        claim.baseline = baseline
    chain[-1].end = ref.end
    chain[-1].surface = ctx.text[chain[-1].start : ref.end]


def _coordinated_in_gap(ctx: Ctx, start: int, end: int) -> bool:
    """Is there an "and" or "while" between start and end, outside a place's name ("across
    England and Wales")?"""
    gap = ctx.text[start:end]
    for p in ctx.places:
        if start <= p.start and p.end <= end:
            gap = gap[: p.start - start] + " " * (p.end - p.start) + gap[p.end - start :]
    return " and " in gap or " while " in gap


def _next_size_in_place(ctx: Ctx, change: Claim, after: int, sent: tuple[int, int]) -> Claim | None:
    """The claim for the size and place coordinated right after ``after``, if any."""
    text = ctx.text
    size_first = _SIZE_IN_PLACE_AFTER_RE.match(text, after, sent[1])
    m = size_first or _IN_PLACE_AFTER_RE.match(text, after, sent[1])
    # ("15% in the capital": a place whose name holds the article the pattern passed over)
    place = (
        None
        if m is None
        else next(
            (p for p in ctx.places if p.start <= m.end() < p.end and p.start >= m.start()), None
        )
    )
    if m is None or place is None:
        return None
    size = size_first or _SIZE_AFTER_PLACE_RE.match(text, place.end, sent[1])
    if (
        size is None
        or _coordinated_in_gap(ctx, m.start("gap"), m.end("gap"))
        or place.place == change.geography
    ):
        return None
    start, end = (m.start("fig"), place.end) if size_first else (m.start("in"), size.end())
    if any(o.start <= size.start("fig") < o.end or start <= o.start < end for o in ctx.claims):
        return None
    value = share_percent(size.group("frac")) if size.group("frac") else float(size.group("n"))
    hedge, _ = hedge_before(ctx, size.start("n") if size.group("n") else size.start("frac"))
    lo, hi = apply_hedge(value, hedge)
    if not change.value or change.value[0] is None:
        return None
    if change.value[0] < 0:
        lo, hi = as_fall(lo, hi)
    claim = replace(
        change,
        surface=text[start:end],
        start=start,
        end=end,
        geography=place.place,
        geography_source="text",
        value=interval(lo, hi),
    )
    ctx.claims.append(claim)
    return claim


#: ("Up by more than half though: 492 in 2019, 769 in 2020.")
_COLON_AFTER_CHANGE_RE = compile_re(r"(?:\s+(?:though|tho|mind|anyway))?\s*[:–—]\s*", re.I)


def _change_then_its_levels(ctx: Ctx, sent: tuple[int, int]) -> None:
    """ "Up about half: 294 discharges in 2013, 434 last year.": a change with no year of its
    own, then a colon and two levels of its crime and place, runs between their years."""
    if ":" not in ctx.text[sent[0] : sent[1]] and "—" not in ctx.text[sent[0] : sent[1]]:
        return  # (cheap first)
    for change in [c for c in ctx.claims if c.kind == "change" and sent[0] <= c.start < sent[1]]:
        colon = _COLON_AFTER_CHANGE_RE.match(ctx.text, change.end)
        if colon is None or any(change.start <= t.start < change.end for t in ctx.times):
            continue
        levels = [
            c
            for c in ctx.claims
            if c.kind == "level"
            and colon.end() <= c.start < sent[1]
            and (c.metric, c.geography) == (change.metric, change.geography)
            and c.period is not None
        ]
        if len(levels) != 2 or levels[0].period == levels[1].period:
            continue
        a, b = sorted(span_of(c.period) for c in levels if c.period)
        change.period = (b[0].isoformat(), b[1].isoformat())
        change.baseline = (a[0].isoformat(), a[1].isoformat())


def _change_against_in_place(ctx: Ctx, sent: tuple[int, int]) -> None:
    """ "Knife crime in Kent rose 12% in 2020/21, against a 6% fall across England and Wales":
    the place after "against" moved by its own size, over the change's own years."""
    said = ctx.text[sent[0] : sent[1]]
    if (
        "against" not in said
        and "compared" not in said
        and "vs" not in said
        and "versus" not in said
    ):
        return  # (cheap first)
    for change in [c for c in ctx.claims if c.kind == "change" and sent[0] <= c.start < sent[1]]:
        m = _CHANGE_AGAINST_RE.search(ctx.text, change.end, min(sent[1], change.end + 80))
        # ("up 40% on 2019 levels, against ...": the change's own last word between)
        if m is None or not _CHANGE_TAIL_RE.fullmatch(ctx.text, change.end, m.start()):
            continue
        place = next((p for p in ctx.places if p.start == m.end()), None)
        size = "frac" if m.group("frac") else "n"
        q = next((q for q in ctx.quantities if q.start == m.start("n")), None)
        if place is None or (q is None and size == "n") or place.place == change.geography:
            continue
        if any(c is not change and m.start() <= c.start < place.end for c in ctx.claims):
            continue
        hedge, hstart = hedge_before(ctx, m.start(size))
        value = q.value if q is not None else share_percent(m.group("frac"))
        lo, hi = apply_hedge(value, hedge)
        if lo is None or hi is None:
            continue
        if m.group("up") or m.group("down"):
            sign = 1.0 if m.group("up") else -1.0
        elif change.value is not None and change.value[0] is not None:
            sign = 1.0 if change.value[0] >= 0 else -1.0
        else:
            continue
        start = m.start("art") if m.group("art") else max(hstart, m.start(size) - 12)
        tail = _PLACE_TAIL_END_RE.match(ctx.text, place.end)
        end = tail.end() if tail is not None else place.end
        ctx.claims.append(
            replace(
                change,
                start=start,
                end=end,
                surface=ctx.text[start:end],
                geography=place.place,
                geography_source="text",
                value=interval(*sorted((sign * lo, sign * hi))),
                negated=False,
            )
        )
        if q is not None:
            ctx.used_q.add(ctx.quantities.index(q))


_PLACE_TAIL_END_RE = compile_re(r"(?:\s+as\s+a\s+whole)?")


def _figures_against_in_places(ctx: Ctx, sent: tuple[int, int]) -> None:
    """ "Stockholm's homicide rate was roughly 2.0 per 100,000 in 2025 against about 1.0 in
    Oslo and about 0.9 in Copenhagen": each figure set against a place's level is that place's,
    of the level's metric, unit and period."""
    if (
        "against" not in ctx.text[sent[0] : sent[1]]
        and "compare" not in ctx.text[sent[0] : sent[1]]
    ):
        return  # (cheap first: most sentences set nothing against a figure)
    for level in [c for c in ctx.claims if c.kind == "level" and sent[0] <= c.start < sent[1]]:
        if level.metric is None or not isinstance(level.geography, str):
            continue
        own = next((q for q in ctx.quantities if level.start <= q.start < level.end), None)
        if own is None:
            continue
        against = _AGAINST_RE.search(ctx.text, own.end, min(sent[1], own.end + 60))
        if against is None or any(
            c is not level and c.kind != "level" and own.end <= c.start < against.start()
            for c in ctx.claims
        ):
            continue
        if any(
            c is not level
            and c.kind == "level"
            and (other := next((q for q in ctx.quantities if c.start <= q.start < c.end), None))
            is not None
            and own.end <= other.start < against.start()
            and not level.start <= other.start < level.end
            for c in ctx.claims
        ):
            # ("about 590 in 2022, roughly 1.0 per 100,000, against about 0.8 in Germany": the
            # figure set against is the one said last, the rate)
            continue
        pos = against.end()
        added: list[tuple[Quantity, PlaceMention]] = []
        while (m := _FIGURE_IN_PLACE_RE.match(ctx.text, pos, sent[1])) is not None:
            place = next((p for p in ctx.places if p.start == m.end()), None)
            q = next((q for q in ctx.quantities if q.start == m.start("n")), None)
            if (
                place is not None
                and q is not None
                and not added
                and place.place == level.geography
                and not any(
                    p.place == place.place and sent[0] <= p.start < against.start()
                    for p in ctx.places
                )
            ):
                # ("NYC closed 2025 with 305 murders. Per 100,000 people that is about 3.6,
                # against 1.1 in London.": the level is the place before's, not London's)
                before = next(
                    (
                        c
                        for c in reversed(ctx.claims)
                        if c.end <= sent[0]
                        and isinstance(c.geography, str)
                        and c.geography != place.place
                    ),
                    None,
                )
                if before is None:
                    break
                level.geography, level.geography_source = before.geography, "context"
            if place is None or q is None or place.place == level.geography:
                break
            added.append((q, place))
            pos = place.end
        if not added:
            continue
        spans = [(q.start, place.end) for q, place in added]
        ctx.claims = [
            c
            for c in ctx.claims
            if c is level or not any(c.start <= a < c.end or a <= c.start < b for a, b in spans)
        ]
        if level.end > against.start():
            level.end = against.start()
            level.surface = ctx.text[level.start : level.end]
        # ("about 2.3 offences per 1,000 people, against 0.9 for England and Wales": the
        # figures set against have the level's base)
        base = RATE_BASE_RE.search(level.surface) if level.unit == "rate_per_100k" else None
        factor = 1.0 if base is None else per_100k_factor(base)
        for q, place in added:
            hedge, hstart = hedge_before(ctx, q.start)
            ctx.claims.append(
                replace(
                    level,
                    start=hstart,
                    end=place.end,
                    surface=ctx.text[hstart : place.end],
                    value=interval(*scaled(*apply_hedge(q.value, hedge), factor)),
                    geography=place.place,
                    geography_source="text",
                )
            )


#: "Per 100,000 people that is ...", "Per 100k, ...": a sentence of rates
_PER_100K_OPENS_RE = compile_re(
    r"[\W_]*per\s+(?:100,?000|100k|hundred\s+thousand)(?:\s+(?:people|residents|population|inhabitants))?\b",
    re.I,
)


def _rates_per_head_opening(ctx: Ctx, sent: tuple[int, int]) -> None:
    """ "Per 100,000 people that is roughly 145 in the West Midlands and roughly 165 in
    London.": the figures of a sentence that opens per head are rates."""
    if not _PER_100K_OPENS_RE.match(ctx.text, sent[0], sent[1]):
        return
    for c in ctx.claims:
        if (
            c.unit == "count"
            and sent[0] <= c.start < sent[1]
            # ("Per 100,000 residents that is about 3.6, roughly three times London.": the
            # multiple of rates too)
            and (c.kind == "level" or (c.kind == "comparison" and c.relation == "ratio"))
        ):
            c.unit = "rate_per_100k"


#: "Per 100k ~1.1.", "Per 100k: ~30 vs ~29": a sentence of one or two bare rates
_BARE_RATES_SRC = (
    r"(?P<per>per)\s+(?:100,?000|100k|hundred\s+thousand)(?:\s+(?:people|residents|population|head))?"
    r"\s*[:,–—-]?\s*(?:(?:that['’]?s|that\s+(?:is|was)|it['’]?s|it\s+(?:is|was)|they\s+(?:are|were))\s+)?"
    r"(?:(?:~|≈|c\.|about|around|roughly|approx\.?)\s*)?(?P<a>\d+(?:\.\d+)?)"
    r"(?:\s*(?:vs\.?|versus|/|\||against)\s*(?:(?:~|≈|c\.|about|around|roughly|approx\.?)\s*)?(?P<b>\d+(?:\.\d+)?))?"
    # (", so Chicago was deadlier per head": a clause of no figure after them)
    r"(?:\s*,\s*(?:so|which|but|and)\b[^\d\n.!?]*)?"
    r"[\s.!]*"
)
_BARE_RATES_RE = compile_re(r"[\W_]*(?:(?:and|so)\s+)?" + _BARE_RATES_SRC, re.I)
#: the same at the end of a longer sentence, after a clause: ", and per 100,000 people the gap
#: was wider: about 3.8 against 1.7."
_TAIL_RATES_RE = compile_re(
    r"(?:,|;)\s*(?:and\s+|but\s+)?"
    + _BARE_RATES_SRC.replace(
        r"\s*[:,–—-]?\s*(?:(?:that",
        r"(?:\s+(?:the\s+)?(?:gap|difference)\s+(?:was|is)\s+(?:wider|narrower|bigger|smaller))?\s*[:,–—-]?\s*(?:(?:that",
        1,
    )
    + r"$",
    re.I,
)


def _bare_rates_after_levels(ctx: Ctx, sent: tuple[int, int]) -> None:
    """ "LDN homicides:\n2024 – 109\n2025 – 97\nPer 100k ~1.1.": a sentence of a bare rate is
    the rate of the count just given; of two ("Merseyside ~430 / GMP ~820\nPer 100k: ~30 vs
    ~29"), the rates of the two places just given counts, in order."""
    if sent[0] == 0 or not ctx.claims:
        return
    m = _BARE_RATES_RE.fullmatch(ctx.text, *sent) or (
        _TAIL_RATES_RE.search(ctx.text, *sent) if "per" in ctx.text[sent[0] : sent[1]] else None
    )
    if m is None:
        return
    before = [
        c
        for c in ctx.claims
        if c.kind == "level"
        and c.end <= sent[0]
        and c.unit == "count"
        and c.metric is not None
        and isinstance(c.geography, str)
    ]
    if not before or any(c.unit == "rate_per_100k" and c.end <= sent[0] for c in ctx.claims):
        return  # (rates said already: the sentence is no count's rate)
    if m.group("b") is None:
        # (one series only, its latest figure: "YE Mar 24: 570\nYE Mar 14: 534\n... Per 100k
        # ~0.95." is the rate of 2024's)
        if len({(c.metric, c.geography) for c in before}) != 1:
            return
        owners = [max(before, key=lambda c: span_of(c.period)[0] if c.period else date.min)]
    else:
        owners = before[-2:]
        if (
            len(owners) != 2
            or owners[0].geography == owners[1].geography
            or owners[0].metric != owners[1].metric
            or owners[0].period != owners[1].period
        ):
            return
    figures = ["a"] if m.group("b") is None else ["a", "b"]
    opens = m.start("per") if m.start() > sent[0] else sent[0]
    closes = m.end(figures[-1])
    read = [c for c in ctx.claims if opens <= c.start < closes]
    if len(read) >= len(figures) and not (
        # ("Per 100,000 people that is about 3.8 vs 1.7.": both read as one place's)
        len(figures) == 2
        and len({c.geography for c in read}) == 1
        and all(c.kind == "level" for c in read)
    ):
        return  # (each figure read already, by what the sentence or its list says)
    ctx.claims = [c for c in ctx.claims if not opens <= c.start < closes]
    for name, owner in zip(figures, owners, strict=True):
        # (the sentence's own numbers: this runs after its quantities are gone)
        # (the first figure's words open on "Per 100k")
        start = m.start("per") if name == "a" else hedge_before(ctx, m.start(name))[1]
        ctx.claims.append(
            _rate_of(ctx, owner, start, m.end(name), m.start(name), float(m.group(name)))
        )


def _rate_of(ctx: Ctx, owner: Claim, start: int, end: int, figure_at: int, figure: float) -> Claim:
    """``owner``'s series, place and period again, as the rate per 100k said at ``figure_at``,
    its words from ``start`` to ``end``."""
    hedge, _ = hedge_before(ctx, figure_at)
    return replace(
        owner,
        start=start,
        end=end,
        surface=ctx.text[start:end],
        value=interval(*apply_hedge(figure, hedge)),
        unit="rate_per_100k",
        negated=False,
    )


#: a line of three or more rates after a line of as many places' counts: "Per 100k: ~1.4 |
#: ~4.6 | ~2.5"
_RATES_ROW_RE = compile_re(
    r"^[ \t]*(?:per\s+(?:100,?000|100k)|rates?(?:\s+per\s+(?:100,?000|100k))?)"
    r"(?:\s+(?:people|residents|population|head))?[ \t]*[:,–—-]?[ \t]*"
    r"(?P<figs>(?:[~≈]|c\.\s?)?\d+(?:\.\d+)?(?:[ \t]*(?:\||/)[ \t]*(?:[~≈]|c\.\s?)?\d+(?:\.\d+)?){2,7})"
    r"[ \t.!]*$",
    re.I | re.M,
)
_ROW_NUMBER_RE = compile_re(r"(?:[~≈]|c\.\s?)?(?P<n>\d+(?:\.\d+)?)", re.I)


def _rates_row_after_levels(ctx: Ctx) -> None:
    """ "Homicides, 2020:\nLDN 126 | Paris ~100 | Berlin ~90\nPer 100k: ~1.4 | ~4.6 | ~2.5": each
    rate is the place's whose count stands in the same place of the line before."""
    for m in _RATES_ROW_RE.finditer(ctx.text):
        numbers = list(_ROW_NUMBER_RE.finditer(ctx.text, m.start("figs"), m.end("figs")))
        counts = [
            c
            for c in ctx.claims
            if c.kind == "level"
            and c.unit == "count"
            and c.end <= m.start()
            # (from the line above and a little before it: the counts' row)
            and c.start >= ctx.text.rfind("\n", 0, max(0, m.start() - 1)) - 400
            and isinstance(c.geography, str)
            and c.metric is not None
        ][-len(numbers) :]
        if (
            len(counts) != len(numbers)
            or len({c.geography for c in counts}) != len(counts)
            or len({(c.metric, c.period) for c in counts}) != 1
        ):
            continue
        ctx.claims = [c for c in ctx.claims if not m.start() <= c.start < m.end()]
        for number, owner in zip(numbers, counts, strict=True):
            # (the first figure's words open on the line's "Per 100k")
            start = (
                number.start()
                if number is not numbers[0]
                else m.start() + len(m.group(0)) - len(m.group(0).lstrip())
            )
            ctx.claims.append(
                _rate_of(
                    ctx, owner, start, number.end(), number.start("n"), float(number.group("n"))
                )
            )


def _rates_under_header(ctx: Ctx, sents: list[tuple[int, int]]) -> None:
    """ "England and Wales, year ending March 2020, every day on average:\n• 127 knife
    offences": the counts under a header that names a rate are that rate, not totals."""
    for sent in sents:
        for c in ctx.claims:
            if not (c.kind == "level" and c.unit == "count" and sent[0] <= c.start < sent[1]):
                continue
            unit = rate_header_unit(ctx, sent, c.start)
            if unit is None or c.value is None:
                continue
            # (per hour is read per day, as "a stabbing every hour" is)
            lo, hi = (None if v is None else rate_of_gap(v, 1.0, unit)[0] for v in c.value)
            c.kind, c.per, c.value = "frequency", rate_of_gap(1.0, 1.0, unit)[1], (lo, hi)


def _part_year_baselines(ctx: Ctx) -> None:
    """ "Homicides in Chicago, Jan–June:\n2019: 249\n2021: 339\nUp roughly 36% on 2019.": a
    move of a part of the year against a whole year the series has a figure for the same part
    of is against that part."""
    for c in ctx.claims:
        if c.kind not in ("change", "trend") or c.period is None or c.baseline is None:
            continue
        period, base = span_of(c.period), span_of(c.baseline)
        if base != timex.calendar_year(base[0].year) or period == timex.calendar_year(
            period[0].year
        ):
            continue
        # (the year a part is labelled by is the year it ends in: "2020" of years ending March)
        same_part = timex.shift_years(period, base[0].year - period[1].year)
        if any(
            other.kind == "level"
            and (other.metric, other.geography) == (c.metric, c.geography)
            and other.period is not None
            and span_of(other.period) == same_part
            for other in ctx.claims
        ):
            c.baseline = (same_part[0].isoformat(), same_part[1].isoformat())


_GOES_ON_RE = compile_re(
    # (not "All down, but still awful": what it still is)
    r"\b(?:still(?!\s+(?:awful|bad|grim|high|too|terrible|shocking|far|way|a\s+lot|well|above|below))|"
    r"again|keeps?|kept|continu\w*|year\s+on\s+year|every\s+year)\b",
    re.I,
)


#: "so Paris had more killings that year": one of two places just counted, set above the
#: other with no "than"
_MORE_OF_TWO_RE = compile_re(
    r"\s*(?:,\s*)?(?:so\s+|and\s+|but\s+)?(?:['’]s)?\s*(?:had|has|recorded|saw|records|sees)\s+"
    r"(?:(?:far|many|a\s+lot|slightly|a\s+few)\s+)?(?P<cmp>more|fewer|less)\s+"
    r"(?:killings|murders|homicides|deaths|shootings|stabbings|crimes?|offences|of\s+them)\b"
    r"(?!\s+than\b)",
    re.I,
)


def _more_of_two(ctx: Ctx, sent: tuple[int, int]) -> None:
    """ "Paris recorded 90 homicides in 2013 and London 109, so Paris had more killings that
    year": an order of the two places just given figures, for their crime and period."""
    if "more" not in ctx.text[sent[0] : sent[1]] and "fewer" not in ctx.text[sent[0] : sent[1]]:
        return  # (cheap first)
    for place in [p for p in ctx.places if sent[0] <= p.start < sent[1]]:
        m = _MORE_OF_TWO_RE.match(ctx.text, place.end, sent[1])
        if m is None or any(c.start <= m.start("cmp") < c.end for c in ctx.claims):
            continue
        levels = levels_just_before(ctx, same_period=True, before=place.start)
        if (
            len(levels) != 2
            or place.place not in (levels[0].geography, levels[1].geography)
            # (more killings orders counts: not after two rates)
            or any(c.unit != "count" for c in levels)
        ):
            continue
        own = levels[0] if levels[0].geography == place.place else levels[1]
        other = levels[1] if own is levels[0] else levels[0]
        ctx.claims.append(
            replace(
                own,
                kind="comparison",
                surface=ctx.text[place.start : m.end()],
                start=place.start,
                end=m.end(),
                value=None,
                other_geography=other.geography,
                relation="greater" if m.group("cmp").lower() == "more" else "less",
                geography_source="text",
                negated=False,
            )
        )
        return


#: "but Chicago had way more murders in raw numbers", "Birmingham had far fewer in total": a
#: place's count set against the place just compared with it or counted before
_ORDER_IN_TOTAL_RE = compile_re(
    r"(?:['’]s)?\s+(?:had|has|have|recorded|records|saw|sees)\s+(?:(?:way|far|many|much|a\s+lot|slightly|a\s+few)\s+)?"
    r"(?P<cmp>more|fewer|less)(?:\s+(?:murders|homicides|killings|offences|crimes|shootings|stabbings))?"
    r"\s+(?:in\s+total|in\s+raw\s+(?:numbers|terms)|overall|in\s+absolute\s+terms)\b",
    re.I,
)
#: "but its rate per head was higher", "per head its rate was actually higher": the rate of the
#: place just compared or counted, set against the other
_ITS_RATE_ORDER_RE = compile_re(
    r"(?:per\s+(?:head|capita)\s+)?(?:its|their)\s+(?:murder\s+|homicide\s+)?rate(?:\s+per\s+(?:head|capita))?"
    r"\s+(?:was|is|were|are)\s+(?:(?:actually|still|even)\s+)?(?:(?:much|far|a\s+bit|slightly)\s+)?"
    r"(?:(?P<more>higher|worse)|(?P<less>lower|better))\b",
    re.I,
)


def _order_other_way(ctx: Ctx, sent: tuple[int, int]) -> None:
    """ "Detroit had a higher murder rate than Chicago in 2021, but Chicago had way more murders
    in raw numbers", "Berlin recorded fewer homicides than London last year but its rate per
    head was higher": the other order of the two places just set against each other (or of a
    place and the place counted before), in counts or per head."""
    low = ctx.text[sent[0] : sent[1]].lower()
    if not (
        "total" in low or "raw" in low or "overall" in low or "absolute" in low or "rate" in low
    ):
        return  # (cheap first)
    base = next(
        (
            c
            for c in reversed(ctx.claims)
            if sent[0] - 300 <= c.start < sent[1]
            and c.metric
            and c.period
            and c.geography
            and c.kind in ("comparison", "level")
        ),
        None,
    )
    if base is None:
        return
    pair = (base.geography, base.other_geography) if base.kind == "comparison" else None
    for p in [p for p in ctx.places if sent[0] <= p.start < sent[1]]:
        m = _ORDER_IN_TOTAL_RE.match(ctx.text, p.end, sent[1])
        if m is None:
            continue
        other = (
            (pair[1] if p.place == pair[0] else pair[0] if p.place == pair[1] else None)
            if pair
            else (base.geography if base.geography != p.place else None)
        )
        if other:
            _add_order(
                ctx,
                base,
                p.place,
                other,
                m.group("cmp").lower() == "more",
                p.start,
                m.end(),
                "count",
            )
    m = _ITS_RATE_ORDER_RE.search(ctx.text, sent[0], sent[1])
    if m is None:
        return
    if pair:
        own, other = pair
    else:
        named = [
            p
            for p in ctx.places
            if sent[0] - 300 <= p.start < m.start() and p.place != base.geography
        ]
        if not named:
            return
        own, other = named[-1].place, base.geography
    if own and other and own != other:
        _add_order(
            ctx, base, own, other, m.group("more") is not None, m.start(), m.end(), "rate_per_100k"
        )


def _add_order(
    ctx: Ctx,
    base: Claim,
    place: str,
    other: str,
    more: bool,
    start: int,
    end: int,
    unit: str,
    *,
    any_unit: bool = False,
) -> None:
    """A comparison of ``place`` against ``other`` with ``base``'s crime and period, unless the
    two places stand compared already (in this unit, or in any with ``any_unit``: "both ..."
    repeats an order said before, where "its rate per head was higher" adds the rate's)."""
    if any(
        c.kind == "comparison"
        and c.geography == place
        and c.other_geography == other
        and (any_unit or c.unit == unit)
        for c in ctx.claims
    ):
        return
    ctx.claims.append(
        replace(
            base,
            kind="comparison",
            surface=ctx.text[start:end],
            start=start,
            end=end,
            geography=place,
            geography_source="context",
            other_geography=other,
            relation="greater" if more else "less",
            value=None,
            unit=unit,
            baseline=None,
            per=None,
            direction=None,
            window_years=None,
            negated=False,
        )
    )


#: "both were higher than London's", "Both still worse per head than Austin": two places
#: just named, each set against a third
_BOTH_SUBJECT_RE = compile_re(
    r"\bboth(?:\s+(?:are|were|is|was|had|have|came\s+out|come\s+out))?(?:\s+(?:still|now|also))?"
    r"(?:\s+(?:well|far|much|way|a\s+bit|slightly))?\s+(?:(?P<more>higher|worse|deadlier|above|over)|"
    r"(?P<less>lower|safer|below|under))\b(?:\s+(?:per\s+(?:head|capita)))?(?:\s+than)?\s+$",
    re.I,
)
#: "Winnipeg was worse than both per capita", "London came out lower than both"
_THAN_BOTH_RE = compile_re(
    r"(?:['’]s)?(?:\s+(?:rate|murder\s+rate|homicide\s+rate))?(?:\s+(?:is|was|were|came\s+out|had))?"
    r"(?:\s+(?:still|actually|even))?(?:\s+(?:well|far|much|way|a\s+bit|slightly))?\s+"
    r"(?:(?P<more>higher|worse|deadlier)|(?P<less>lower|safer|better))(?:\s+(?:per\s+(?:head|capita)))?"
    r"\s+than\s+both\b",
    re.I,
)
_PER_HEAD_RE = compile_re(r"\b(?:per\s+(?:head|capita|100,?000|100k)|rates?)\b", re.I)


def _both_compared(ctx: Ctx, sent: tuple[int, int]) -> None:
    """ "Amsterdam's homicide rate was higher than Brussels', and both were higher than
    London's", "Winnipeg was worse than both per capita": comparisons of each of the two
    places named before against the third."""
    low = ctx.text[sent[0] : sent[1]].lower()
    if "both" not in low:
        return  # (cheap first)
    base = next(
        (
            c
            for c in reversed(ctx.claims)
            if c.start < sent[1] and c.start >= sent[0] - 300 and c.metric and c.period
        ),
        None,
    )
    if base is None:
        return
    before = [p for p in ctx.places if sent[0] - 300 <= p.start < sent[1]]
    unit = "rate_per_100k" if _PER_HEAD_RE.search(low) or base.unit == "rate_per_100k" else "count"
    for third in [p for p in before if p.start >= sent[0]]:
        # "both ... than THIRD"
        m = _BOTH_SUBJECT_RE.search(ctx.text, sent[0], third.start)
        if m is not None:
            pair = _two_places_before(before, m.start(), third.place)
            if pair:
                for p in pair:
                    _add_order(
                        ctx,
                        base,
                        p.place,
                        third.place,
                        bool(m.group("more")),
                        m.start(),
                        third.end,
                        unit,
                        any_unit=True,
                    )
            continue
        # "THIRD ... than both"
        m = _THAN_BOTH_RE.match(ctx.text, third.end, sent[1])
        if m is not None:
            pair = _two_places_before(before, third.start, third.place)
            if pair:
                for p in pair:
                    _add_order(
                        ctx,
                        base,
                        third.place,
                        p.place,
                        bool(m.group("more")),
                        third.start,
                        m.end(),
                        unit,
                        any_unit=True,
                    )


def _two_places_before(
    places: list[PlaceMention], pos: int, other: str
) -> list[PlaceMention] | None:
    """The two distinct places named last before ``pos``, neither of them ``other``."""
    seen: list[PlaceMention] = []
    for p in reversed([p for p in places if p.start < pos and p.place != other]):
        if all(p.place != q.place for q in seen):
            seen.append(p)
        if len(seen) == 2:
            return seen[::-1]
    return None


#: ", 41% of all homicides": the share of the whole a count just given makes up
_SHARE_OF_ALL_RE = compile_re(
    r"[ \t]*[,(–—-][ \t]*(?:or\s+|that['’]s\s+|which\s+is\s+)?"
    + HEDGE_BEFORE_SRC
    + r"(?P<n>\d+(?:\.\d+)?)\s*(?:%|pc\b|per\s*cent\b)\s+of\s+(?:all\s+|the\s+|total\s+)?"
    r"(?:homicides|murders|killings|homicide\s+victims|victims)\b",
    re.I,
)


def _share_after_count(ctx: Ctx, sent: tuple[int, int]) -> None:
    """ "Knife homicides in England and Wales: 262 in the year to March 2024, 41% of all
    homicides": the share of the whole the count makes up, a level of the count's share
    series (its metric's ``_share``), same place and period."""
    if "%" not in ctx.text[sent[0] : sent[1]] and "pc" not in ctx.text[sent[0] : sent[1]]:
        return  # (cheap first)
    for level in [c for c in ctx.claims if c.kind == "level" and sent[0] <= c.start < sent[1]]:
        share = f"{level.metric}_share"
        m = _SHARE_OF_ALL_RE.match(ctx.text, level.end, sent[1])
        if m is None or ctx.lex.taxonomy.metrics.get(share) is None or level.unit != "count":
            continue
        q = next((q for q in ctx.quantities if q.start == m.start("n")), None)
        if q is None or any(c.start <= q.start < c.end for c in ctx.claims):
            continue
        hedge, hstart = hedge_before(ctx, q.start)
        ctx.claims.append(
            replace(
                level,
                metric=share,
                unit="percent",
                surface=ctx.text[hstart : m.end()],
                start=hstart,
                end=m.end(),
                value=interval(*apply_hedge(q.value, hedge)),
            )
        )


_BRACKET_CHANGE_GAP_RE = compile_re(r"\s*\(\s*")


def _bracketed_change_of_figure(ctx: Ctx, sent: tuple[int, int]) -> None:
    """ "Chicago homicides, Jan–June:\n2019: 253 (↓ ~10pc)": a change in brackets right after a
    figure is of the figure's own period (here the part of the year the header names), on
    the same part of the year before."""
    if "(" not in ctx.text[sent[0] : sent[1]]:
        return  # (cheap first)
    levels = [c for c in ctx.claims if c.kind == "level" and sent[0] <= c.start < sent[1]]
    for change in [c for c in ctx.claims if c.kind == "change" and sent[0] <= c.start < sent[1]]:
        level = next(
            (
                c
                for c in levels
                if _BRACKET_CHANGE_GAP_RE.fullmatch(ctx.text, c.end, change.start)
                and c.metric == change.metric
            ),
            None,
        )
        if (
            level is None
            or level.period is None
            or change.period is None
            or change.baseline is None
            or level.period == change.period
        ):
            continue
        span = span_of(level.period)
        own = span_of(change.period)
        if span[0].year != own[0].year and not (
            # ("▸ 2023 – 590 (↓ ~15pc)" under "year ending March": a year read as the one
            # that ends in it)
            span[1].year == own[1].year and own[0].month == 1 and own[1].month == 12
        ):
            continue
        if span_of(change.baseline) != timex.shift_years(span_of(change.period), -1):
            continue  # (a change against a time of its own: "(+37pc on 2019)")
        change.period = level.period
        base = timex.shift_years(span, -1)
        change.baseline = (base[0].isoformat(), base[1].isoformat())


def _moves_across_pairs(ctx: Ctx, sent: tuple[int, int]) -> None:
    """ "Car thefts, 2021 vs 2019:\n• Kent 3,200 vs 2,900\nKent went up though.": a move that
    names no time of its own, after the two figures of its series for two periods, runs from
    the earlier to the later."""
    for claim in ctx.claims:
        if (
            claim.kind not in ("trend", "change")
            or not sent[0] <= claim.start < sent[1]
            or claim.period is None
            or any(claim.start <= r.end and r.start < claim.end for r in ctx.times)
            # ("... down from 67 per cent in 2017. Confidence is still falling.": a move that
            # goes on, year on year)
            or _GOES_ON_RE.search(ctx.text, sent[0], sent[1])
        ):
            continue
        periods = {
            c.period
            for c in ctx.claims
            if c.kind == "level"
            and c.metric == claim.metric
            and c.geography == claim.geography
            and sent[0] - 300 <= c.start < sent[0]
            and c.period is not None
        }
        if len(periods) != 2 or claim.period not in periods:
            continue
        earlier, later = sorted(periods)  # type: ignore[type-var]
        claim.period, claim.baseline = later, earlier


#: between a move and its size: "They fell in 2023, down about 20%"
_SIZE_GAP_RE = compile_re(r"[ \t]*[,:—–-][ \t]*")
_RUN_WORDS_RE = compile_scan(r"\b(?:every|each)\s+(?:year|yr)\b|\bin\s+a\s+row\b|\brunning\b", re.I)
_SIZE_OPENS_RE = compile_re(
    r"(?:(?:down|up|by|a|an|about|around|roughly|nearly|almost|some|over|more|less|just|only|"
    r"approximately|approx)\b|c\.|~|\d)",
    re.I,
)


def _sized_moves(text: str, claims: list[Claim]) -> list[Claim]:
    """ "They fell in 2023, down about 20%", "Detroit homicides dropped again last year, down
    about 15%": a move and, after a comma, its size are one change, not a trend and a change
    (claims in text order)."""
    out: list[Claim] = []
    for c in claims:
        prev = out[-1] if out else None
        if (
            prev is not None
            and c.kind == "change"
            and prev.kind == "trend"
            and c.value is not None
            and not prev.negated
            and not c.negated
            # ("Violent crime in London is surging, up 17%": a surge is a claim of its own, and
            # so is a run: "has risen every year since 2014, up 60% over that time")
            and not prev.intense
            and not _RUN_WORDS_RE.search(prev.surface)
            and (prev.metric, prev.geography, prev.period, prev.baseline)
            == (c.metric, c.geography, c.period, c.baseline)
            and prev.direction == ("down" if (c.value[1] or 0) < 0 else "up")
            and prev.end <= c.start
            and _SIZE_GAP_RE.fullmatch(text, prev.end, c.start)
            # (not a clause with a subject of its own: "Both down, Philly's roughly halved")
            and _SIZE_OPENS_RE.match(text, c.start)
        ):
            out[-1] = replace(c, start=prev.start, surface=text[prev.start : c.end])
            continue
        out.append(c)
    return out


def _drop_repeats(claims: list[Claim], lex: Lexicon, text: str) -> list[Claim]:
    """ "Two teenagers a month are being killed in London. TWO A MONTH.": an echo that names
    no metric of its own repeats the claim before it; it is not a second claim (but a reply
    under a quoted line that says its claim again says it for itself: "> London teenage
    homicides hit a record in 2021 / Sadly true. 30 teenagers killed in 2021, the most on
    record.")."""
    seen: dict[tuple[object, ...], list[tuple[float | None, float | None] | None]] = {}
    seen_at: dict[tuple[object, ...], list[int]] = {}
    spans: set[tuple[object, ...]] = set()
    out = []
    for c in claims:
        key = (
            c.kind,
            c.metric,
            c.geography,
            c.period,
            c.baseline,
            c.unit,
            c.per,
            c.direction,
            c.negated,
            c.other_geography,
            c.window_years,
            # ("London knife crime rose last year. It's completely exploding.": the surge is
            # a claim of its own, judged on its own)
            c.intense,
        )
        # ("'Knife crime ... has soared 80% in a decade'. ... soared 80% is fantasy.": the
        # words of a denied claim said again are that claim, denied or not)
        denied_key = (*key[:8], True, *key[9:])
        if (
            (
                any(c.value == v or _bound_of(c.value, v) for v in seen.get(key, ()))
                or (
                    not c.negated
                    and c.kind in ("level", "change", "trend", "frequency")
                    and any(c.value == v or _bound_of(c.value, v) for v in seen.get(denied_key, ()))
                    and c.surface.lower() in text[: c.start].lower()
                )
            )
            and not find_metrics(c.surface, lex)
            and not (
                _said_for_itself(c)
                and _QUOTE_LINE_RE.match(text, text.rfind("\n", 0, c.start) + 1) is None
                and _all_quoted(text, seen_at.get(key, []))
            )
        ):
            continue
        if (c.start, c.end, c.value, *key) in spans:
            continue  # the same claim read twice, by two rules
        spans.add((c.start, c.end, c.value, *key))
        seen.setdefault(key, []).append(c.value)
        seen_at.setdefault(key, []).append(c.start)
        out.append(c)
    return out


_QUOTE_LINE_RE = compile_re(r"[ \t]*>")
#: a figure given with its source: "149 by the Met's count", "772 per CPD", "CPD counted 468"
_SOURCED_RE = compile_re(
    r"\b(?:per|according\s+to|by\s+(?:the\s+)?[\w'’]+\s+count|counted|recorded|logged)\b", re.I
)


def _said_for_itself(c: Claim) -> bool:
    """A record in words of its own ("the most on record", not an echoed "record low?") or a
    figure with its source: what a reply says again for itself, not an echo."""
    if c.kind == "extremum":
        return len(c.surface.split()) >= 3
    return c.kind == "level" and _SOURCED_RE.search(c.surface) is not None


def _all_quoted(text: str, starts: list[int]) -> bool:
    """Are all these positions on quoted lines ("> ...")?"""
    return bool(starts) and all(
        _QUOTE_LINE_RE.match(text, text.rfind("\n", 0, b) + 1) is not None for b in starts
    )


def _bound_of(
    value: tuple[float | None, float | None] | None,
    before: tuple[float | None, float | None] | None,
) -> bool:
    """The figure said before again, without its hedge ("roughly 2 knife crimes a day ... Two
    a day", "more than two homicides a day. Two a day."; not "another year above 300 ...
    2019 ended on 348": inside an open interval only at its bound)."""
    if value is None or before is None or value[0] is None or value[0] != value[1]:
        return False
    v, (lo, hi) = value[0], before
    if lo is None or hi is None or lo == 0:
        # ("Homicides in London dropped below 100 last year. 93 victims, per the Met.": a
        # figure under an "under" bound is the figure, not the bound again)
        return v in (lo, hi)
    if abs(lo * 1.1 - hi * 0.9) <= 1e-9 * hi:
        # ("> Bristol had about 20 homicides last year / About right, 18.": an "about"
        # figure is said at its middle; another figure inside its band is a figure of its own)
        return abs(v - (lo + hi) / 2) <= 1e-9 * hi
    return lo <= v <= hi


def _trim_covering_spans(text: str, claims: list[Claim]) -> None:
    """ "Glasgow's homicide rate was 2.5 per 100,000 in 2022, higher than London's": a
    comparison or extremum whose words swallow another claim's start after that claim's
    clause, so each claim keeps its own words."""
    for a in claims:
        if a.kind not in ("comparison", "extremum", "trend"):
            continue
        inner = [b for b in claims if b is not a and b.start < a.end and a.start < b.end < a.end]
        if not inner:
            continue
        last = max(b.end for b in inner)
        sep = _CLAUSE_SEP_RE.search(text, last, a.end)
        if sep is None and a.relation == "ratio" and any(b.start == a.start for b in inner):
            # ("New York's 488 homicides in 2021 were only about twice London's": the
            # subject's own count, then the multiple)
            sep = _SUBJECT_VERB_RE.match(text, last, a.end)
        if sep is None:
            continue
        a.start = sep.end()
        a.surface = text[a.start : a.end]


_CLAUSE_SEP_RE = compile_scan(r"\s*[,;:–—]\s*")
_SUBJECT_VERB_RE = compile_re(r"\s+(?:were|was|are|is)\s+(?:still\s+|now\s+)?", re.I)


#: a say-so's verb just before its claim: "My old man reckons there's ..."
_SAID_BEFORE_RE = compile_re(
    r"\b(?:reckons?|reckoned|says?|said|claims?|claimed|thinks?|swears?|swore|insists?|insisted|"
    r"believes?|tweeted|posted|replied|wrote|saying|told\s+(?:me|us|everyone)|"
    # ("People are sharing that ...")
    r"sharing|shared|spreading)\b[^.!?\n]{0,50}$",
    re.I,
)
#: the poster's flat answer to a say-so: "It had 4.", "It was 24.", "They were down 5%."
_FLAT_ANSWER_RE = compile_re(
    r"\s*(?:(?:actually|in\s+fact|no)[,\s]+)?" + FLAT_ANSWER_LEAD_SRC + r"(?=\d|(?:up|down)\b)",
    re.I,
)
_NOT_EVEN_CLOSE_RE = compile_re(
    r"\W*(?:(?:it|that|this)\s*(?:['’]s|\s+is|\s+was|isn['’]t|wasn['’]t)\s*(?:not\s+)?|not\s+)?"
    # ("It's not close.": the same without "even")
    r"(?:even\s+)?close\W*"
    # ("Per capita it's not close.": the ranking stressed, per head)
    r"|\W*per\s+(?:head|capita|person)\s*,?\s*(?:(?:it|that|this)\s*(?:['’]s|\s+is|\s+was|isn['’]t|"
    r"wasn['’]t)\s*(?:not\s+)?|not\s+)?(?:even\s+)?close\W*",
    re.I,
)
_DENIAL_SENTENCE_RE = compile_re(
    # ("Per head it isn't.")
    r"\W*(?:me\s*:\s*)?(?:no(?:pe)?[,.!]*\s*)?(?:(?:per\s+(?:head|capita|person)|in\s+fact|actually)\s*,?\s*)?"
    # ("There haven't.", "Checked when I got home: they didn't.")
    r"(?:"
    + CHECKED_LEAD_SRC
    + r"(?:it|they|that|this|there)\s*(?:isn['’]?t|aren['’]?t|wasn['’]?t|weren['’]?t|"
    r"hasn['’]?t|haven['’]?t|didn['’]?t|doesn['’]?t|don['’]?t|"
    # ("they're really not.")
    r"(?:['’]?s|['’]?re|\s+is|\s+are|\s+was|\s+were|\s+has|\s+have|\s+did|\s+does|\s+do)"
    r"(?:\s+(?:really|just|simply|actually|definitely|certainly))?\s+not)"
    # (not "That's not far off.", "It isn't wrong.": agreement)
    + AGREEING_NOT_SRC
    + r"(?:\s+(?:true|really|at\s+all|right|correct|accurate|(?:even\s+)?close))?"
    # "That's off by a mile.", "That's way off.", "Checked, and it's wrong."
    r"|"
    + CHECKED_LEAD_SRC
    + r"(?:that|this|it)(?:['’]?s|\s+is)\s+(?:just\s+|simply\s+|completely\s+|totally\s+)?"
    r"(?:wrong|false|untrue|nonsense|rubbish|off\s+by\s+a\s+mile|way\s+off|miles\s+off|backwards|"
    r"the\s+wrong\s+way\s+round)"
    # "Rubbish: gun crime in London went up 20% in 2019."
    r"|(?:(?:utter|total|complete|absolute|simply|just|totally|completely)\s+)?(?:rubbish|nonsense|"
    r"bollocks|false|wrong|untrue|not\s+true)"
    # ("Wrong way round — Chicago had about 700, Philly about 500.")
    r"|(?:the\s+)?wrong\s+way\s+(?:round|around)|"
    + OTHER_WAY_ROUND_SRC
    # ("Earlier I said ... Wrong borough: it was Lambeth.", "I said ... I was wrong.")
    # (a put-right after its colon: not "Wrong crime, wrong headline.", said of a headline)
    + r"|wrong\s+(?:borough|city|town|county|state|country|force|area|place|year|month|crime|figure|number|stat)"
    r"(?=\s*[:—–])"
    # (not "My bad.", "My mistake.": said after the poster's own put-right)
    r"|(?:i\s+(?:was|am)|i['’]m)\s+(?:(?:completely|totally|dead|just|plain)\s+)?wrong"
    r"|i\s+got\s+(?:it|that|this)\s+wrong"
    # ("... says '1 in 4 shoplifting cases end in a charge'. Not right.", "Tory leaflet: '...'
    # Reality: recorded shoplifting is up roughly 40%": set against the figure before)
    r"|not\s+(?:right|correct|accurate)|" + REALITY_SRC + r"(?=\s*[:—–])|in\s+reality(?=\s*,)"
    # ("Someone at work said ... Not according to the ONS: ...", "Claim: '...' Verdict: false.")
    r"|" + NOT_ACCORDING_TO_SRC + r"\s+(?:the\s+)?[\w'’]+(?:\s+[\w'’]+){0,3}?(?=\s*[,;:—–.])"
    # ("My aunt shared a post saying Birmingham had 300 murders last year. Birmingham had
    # nowhere near that.")
    r"|"
    + PLACE_NOWHERE_NEAR_SRC
    + r"(?:\s+(?:that|this|it))?(?:\s+many)?"
    + r"|"
    + VERDICT_FALSE_SRC
    # ("The Post's got it wrong, though:", "He's way off.")
    + r"|"
    + CHECKED_LEAD_SRC
    + r"(?:"
    + WRONG_AUTHOR_SRC
    + r")(?:,?\s+though)?"
    r"|not\s+a\s+chance|not\s+so"
    # ("Has it hell.", "Yeah right.")
    r"|(?:has|have|did|does|is|was|are|were)\s+(?:it|they|he|she)\s+(?:hell|heck|eck)|yeah,?\s+right"
    # ("He's wrong.", "She isn't right.", "They're wrong.": a believer answered)
    r"|"
    + CHECKED_LEAD_SRC
    # ("Brian is wrong.", "Honestly he's wrong, and by a lot.", "He's wrong by a mile.")
    + r"(?:(?:honestly|sadly|afraid|sorry)[,\s]+)?"
    # (not "Someone's wrong.": which of two figures is left open)
    r"(?:he|she|they|(?!(?-i:Someone|Somebody|Either|One)\b)(?-i:[A-Z][a-z]+))(?:['’]s|['’]re|\s+is|\s+are|\s+was|\s+were)\s+(?:(?:just|simply|completely|totally|dead)\s+)?(?:wrong|mistaken|not\s+right)"
    r"(?:,?\s+(?:and\s+)?by\s+(?:a\s+mile|miles|a\s+lot|a\s+long\s+way|some\s+way))?"
    # ("Per capita he's wrong these days:", "He's wrong on that one:")
    r"(?:\s+(?:these\s+days|on\s+that(?:\s+one)?|the\s+other\s+way|this\s+time|though|again))?"
    # ("Funny, but wrong:")
    r"|(?:funny|nice\s+try|cute|close|good\s+try)[,\s]+but\s+wrong"
    # ("Not any more.")
    r"|not\s+any\s*more|not\s+anymore"
    # ("There hasn't been.")
    r"|there\s+(?:hasn['’]t|haven['’]t)\s+been"
    # ("Not quite.", "Not 30.": the size denied)
    # (not "Not even close.": emphasis after a ranking)
    r"|not\s+(?:quite|\d[\d,.]*(?:%|pc)?)|"
    # ("Not even close: they fell from 149 to 110.": the put-right figure it introduces)
    # ("Not even close: they fell ...": the put-right after it)
    r"not\s+even\s+close(?=\s*(?:[:;—–]|-\s|,\s*(?:it|they|the)\b))|"
    # ("Don't think that's right.", "Absolutely not, try 350.")
    r"(?:I\s+)?(?:don['’]?t|do\s+not)\s+think\s+(?:that['’]?s|that\s+is|it['’]?s|it\s+is|they['’]re|"
    r"they\s+are)\s+(?:right|true|correct|accurate)|(?:absolutely|definitely|certainly)\s+not\b|"
    # ("Mate, it's nowhere near that.": the believer addressed first)
     + ADDRESS_LEAD_SRC + r"(?:(?:it|that|they)(?:['’]s|['’]re|\s+(?:is|was|are|were))\s+)?"
    r"nowhere\s+near(?:\s+(?:that|it|\d[\d,.]*(?:%|pc)?))?"
    # ("Not per head it doesn't.")
    r"|not\s+per\s+(?:head|capita|person)(?:\s*,?\s*(?:it|they)\s+(?:doesn['’]t|don['’]t|isn['’]t|"
    r"aren['’]t|wasn['’]t|weren['’]t|didn['’]t))?"
    r"|(?:he|she|they)\s+(?:is|are|was|were)n['’]t\s+right"
    # "ONS disagrees: about 400,000 shoplifting offences ...": the figures against it
    r"|(?:the\s+)?"
    + DISAGREES_SRC
    # "> there's a murder every day in London / there really isn't.", "Nope."
    + r"|there\s+(?:really\s+|just\s+|simply\s+)?(?:isn['’]t|aren['’]t|wasn['’]t|weren['’]t|is\s+not|are\s+not))\W*",
    re.I,
)
#: "Not every day.", "Not doubled.": the words of a say-so before, denied
_NOT_ECHO_RE = compile_re(
    r"\W*not\s+(?P<w>every|double|doubled|twice|triple|tripled|treble|trebled|half|halved|"
    r"on\s+record|a\s+record|ever)"
    r"(?:\s+[a-z]+){0,3}\W*",
    re.I,
)
#: the same at the end of a sentence that puts the say-so right: ", not doubled."
_NOT_ECHO_TAIL_RE = compile_re(
    r",\s*not\s+(?:the\s+)?(?P<w>double|doubled|twice|triple|tripled|treble|trebled|half|halved|"
    r"on\s+record|a\s+record|ever)(?:\s+[a-z]+){0,2}\W*$",
    re.I,
)
_ECHO_STEMS = {
    "every": compile_re(r"\bevery\b", re.I),
    **dict.fromkeys(("double", "doubled", "twice"), compile_re(r"\b(?:doubl|twice)", re.I)),
    **dict.fromkeys(
        ("triple", "tripled", "treble", "trebled"),
        compile_re(r"\b(?:tripl|trebl|three\s+times)", re.I),
    ),
    **dict.fromkeys(("half", "halved"), compile_re(r"\bhal(?:f|ved)", re.I)),
    # ("Not on record. Lowest since 2014.": the record said, denied)
    **dict.fromkeys(
        ("on record", "a record", "ever"),
        compile_re(r"\b(?:on\s+record|a\s+record|record\s+(?:high|low)|ever)\b", re.I),
    ),
}
#: "> London has a higher murder rate than New York now / Nope.": a bare no, as a sentence of
#: its own ("No, seriously" opens no correction)
#: "Per head it's the other way round.": the order turned round for rates, which leaves a
#: count's order standing (not "Per head it isn't.", which denies it)
_PER_HEAD_OTHER_WAY_RE = compile_re(
    r"\W*per\s+(?:head|capita|person)\b[^.!?\n]{0,20}?\b(?:other|opposite)\s+way\b", re.I
)
_BARE_NO_RE = compile_re(
    # ("No, Dad.": the believer addressed; "Pat, love, no.": before the answer too)
    # (a name alone before it is no address: not "Ever, no.", "Wild, no?")
    r"\W*(?:me\s*:\s*)?(?:(?:(?-i:[A-Z][a-z]+)[,\s]+)?(?:love|mate|pal|hun|darling|dear)[,\s]+)?(?:no|nope|nah)(?:[,\s]+(?:dad|mum|mom|mam|grandad|grandpa|nan|gran|"
    r"mate|pal|love|son|bro|lads|guys|folks|people|everyone|uncle(?:\s+\w+)?|aunt(?:ie)?(?:\s+\w+)?))?\W*",
    re.I,
)
#: 'shootings "fell by a third" last year. Sure they did.': scorn for the quoted claim before
#: "Sure they did.", "Yeah right.": scorn for the claim before
_SCORN_SRC = (
    r"(?:oh\s+|yeah\s+)?sure\s+(?:they|it|he|she|you)\s+(?:did|do|does|are|is|was|were|have|has)\b"
    r"|(?:yeah|aye),?\s+right\b"
)
_SCORN_SENTENCE_RE = compile_re(r"\W*(?:" + _SCORN_SRC + r")\W*", re.I)
#: "Doubled my arse.": the word scorned is the claim that said it, not a claim of its own
_MY_ARSE_RE = compile_re(
    # ("Worse than ever, my foot.")
    # ("@stats_shona: 300 my foot.": after a comment chain's writer)
    r"[\W_]*(?:@?[\w.@-]+:\s+)?(?P<w>[\w'’%]+(?:\s+[\w'’%]+){0,2})[\"'”’]?,?\s+my\s+(?:"
    + SCORN_WORDS
    + r")\W*",
    re.I,
)
#: "Oh sure, London murders have "doubled" since 2019.": a scare-quoted claim said in scorn
_SARCASTIC_OPEN_RE = compile_re(r"[\W_]*(?:oh\s+|yeah\s+)?(?:sure|right)\b\s*[,!.]", re.I)
#: "The claim is false.", "This figure is wrong."
_CLAIM_DENIAL_RE = compile_re(
    r"\W*(?:the|that|this)\s+(?:viral\s+)?(?:claim|post|tweet|statement|figure|number|stat(?:istic)?)"
    r"\s+(?:is|was)\s+(?:just\s+|simply\s+|completely\s+|totally\s+)?"
    r"(?:false|wrong|untrue|incorrect|misleading|not\s+(?:true|correct|accurate))\W*",
    re.I,
)
_QUOTED_RE = compile_re(r"[\"“][^\"“”\n]{5,200}[\"”]|(?:^|(?<=[\s(]))['‘][^'‘’\n]{5,200}['’](?!\w)")
#: who speaks, before a colon: "Met statement: ", "Police Scotland said: '"
_SPEAKER_LABEL_RE = compile_re(r"[^\d\n.!?:]{2,40}:\s*[\"'“‘]?")
#: (also a comma before the correction: "No it didn't, it had 97, the lowest since 2014.")
_DENIAL_SCOPE_END_RE = compile_re(
    # ("It's false that hate crime in Leeds rose last year, but Bradford did see an increase")
    r"[:;]\s|\s[—–]\s|,\s+(?=(?:it|they|there)\b)|,?\s+(?:but|whereas|while|although|though|yet)\s",
    re.I,
)

_COMMA_AFTER_RE = compile_re(r"\s*[,;—–]\s*")
#: "No it didn't, it had 97.": a denial that opens a correction
_DENIAL_OPENING_RE = compile_re(
    _DENIAL_SENTENCE_RE.pattern.removesuffix(r"\W*") + r"\s*[,;:—–]\s*(?=\w)", re.I
)
_MULT_WORDS = "twice|double|triple|treble|half"
_MULT_VALUES = {"twice": 2.0, "double": 2.0, "triple": 3.0, "treble": 3.0, "half": 0.5}
_SOURCE_SAYS_SRC = (
    SOURCE_SAYS_SRC
    # ("The Met's own figure is more like 14%.")
    + r"|(?:the\s+)?(?:[\w'’]+\s+){0,2}?(?:figure|number|count|total)\s+(?:is|was)"
    r"(?=\s+(?:more\s+like|closer\s+to|nearer|about|around|roughly|just|only|actually)\b)"
)
#: the top of a range said after a put-right figure: "It's more like 2 or 3"
_OR_UPPER_RE = compile_re(r"\s*(?:or|to|-|–)\s*(?P<n>\d[\d,]*(?:\.\d+)?)(?![\d%])")
#: a sentence that opens on a source's figure: "The police data says more like 12%."
_SOURCE_SAYS_OPENS_RE = compile_re(r"\s*" + _SOURCE_SAYS_SRC + r"\s", re.I)


#: the figure a rebuttal gives instead of the quoted one: "— false, it was more like 5%",
#: "lol no, try 20+", "It was more like 3.5x"
#: the poster's own earlier say-so: "I wrote that", "my post said", "I tweeted that"
_OWN_EARLIER_RE = compile_re(
    # ("I'd written that", "My post last week said", "my comment said")
    r"\b(?:I\s+(?:wrote|said|posted|tweeted|claimed|stated|put)|I(?:['’]d|\s+had|['’]ve|\s+have)\s+"
    r"(?:written|said|posted|tweeted|claimed)|my\s+(?:post|tweet|thread|comment|toot|column|"
    r"last\s+post|earlier\s+post)(?:\s+(?:last|this|from|yesterday|earlier|on)(?:\s+\w+)?)?\s+"
    r"(?:said|claimed|had))\s+(?:that\s+)?[^.!?\n]{0,30}$",
    re.I,
)
_PUT_RIGHT_FIGURE = (
    # ("They rose way more than that, about 40%.": a hedged figure after the comma)
    r"\b(?P<lead>more\s+like|closer\s+to|nearer(?:\s+to)?|try|actually|in\s+fact|(?<=,\s)like|"
    # ("... Police data shows about 90.", "The police data says more like 12%.": a source's
    # figure set against the claim before)
    + _SOURCE_SAYS_SRC
    + r"|"
    # ("No, about four times as many.": a multiple in words)
    r"(?<=[,.]\s)(?:about|around|roughly)(?=\s+(?:\d|(?:two|three|four|five|six|seven|eight|nine|ten)\s+times\b))|"
    r"it\s+was|it['’]s|it\s+is|they\s+were|there\s+were|it\s+had|(?:has|have|puts?)\s+it\s+at|"
    r"the\s+(?:real|actual|true)\s+"
    r"(?:number|figure|total|rise|increase|fall|drop|decrease|decline|change|rate)\s+(?:is|was)|"
    # ("> a quarter of London's homicide victims last year were teenagers" / "Nope. Under 10%.")
    r"(?P<bound>under|below|less\s+than|fewer\s+than|over|above|more\s+than))"
    # ("More like by 80%.")
    r"\s+(?:by\s+)?(?P<h>(?:(?:about|around|roughly|approx\.?|approximately|only|just|more\s+like|closer\s+to|like)\s+)*)"
    # ("More like every 8 minutes.": a rate as the time between two)
    r"(?:(?P<ev>every\s+(?P<evn>\d+|"
    + NUMWORD_SRC
    + r")\s+(?P<evu>seconds?|minutes?|mins?|hours?|hrs?|days?))"
    # ("Try nine in ten.", "More like 1 in 20.": a share as a part of a whole)
    # (not "over 450 in 2016": a count and its year)
    r"|(?P<nin>(?P<nn>\d+|"
    + NUMWORD_SRC
    + r")\s+(?:in|out\s+of)\s+(?P<nd>(?!(?:19|20)\d\d\b)\d+|"
    + NUMWORD_SRC
    + r"))"
    r"|(?P<fig>\d[\d,]*(?:\.\d+)?)(?P<unit>\s*(?:%|per\s*cent)|\s*x\b|\s+times\b|\+)?"
    # ("> NYC had 5x London's homicides\n\nNo, it was about twice.": a multiple in words)
    rf"|(?P<mult>{_MULT_WORDS})"
    # ("> ... thats like 8 times London" / "More like four times.": a multiple in number words)
    + r"|(?P<wfig>"
    + NUMWORD_SRC
    + r")(?:(?P<wunit>\s+times\b|\s*x\b|\s+per\s*cent\b|\s+percent\b)"
    # ("Try eight.": a count in words; not "two thirds", a share)
    + r"|(?![\s-]+(?:halves|halfs|thirds?|quarters?|fifths?|sixths?|sevenths?|eighths?|ninths?|tenths?)\b)"
    # (nor "five or six": a range)
    + r"(?!\s+(?:or|to)\s+\w))"
    + r"|(?P<frac>"
    + SHARE_WORDS_SRC
    + r"))(?![\w-])"
    # ("> London homicides are down a third since 2019\nNot a third. Closer to a quarter.": a
    # share of the whole in words)
)
#: ("Not 20. About 6%.": the quoted figure denied, then the right one)
_PUT_RIGHT_RE = compile_re(
    r"\s*(?:not\s+\d[\d,.]*\s*%?\s*[.,;:]?\s*(?:but\s+)?)?[^\d\n\"“”]{0,40}?" + _PUT_RIGHT_FIGURE,
    re.I,
)
_PUT_RIGHT_LEAD_RE = compile_re(r"\s*" + _PUT_RIGHT_FIGURE, re.I)


#: how a reply that puts the quote above it right opens: "no, it was 97", "Closer to 35%.",
#: "It doesn't.", "Yeah right.", "it's about 3x"
#: a reply that grants the way a quoted figure moved, then goes on: "They did go up, but ..."
_WAY_GRANTED_BUT_SRC = (
    # ("They're up, but more like 10%.")
    # ("They've gone up, but more like 40%.", "It went up, but more like 15%.")
    r"(?:it|they)(?:(?:\s*['’](?:s|re|ve)|\s+(?:did|do|does|has|have|is|are|was|were))"
    r"(?:\s+(?:go|gone|went|risen|fallen|dropped|increased|decreased|climbed))?"
    r"|\s+(?:went|rose|fell|dropped|increased|decreased|climbed))"
    r"(?:\s+(?:up|down))?,?\s+but"
)
#: a quote's figure said back: "300%", "Three a day", "2 a week"
_ECHOED_FIGURE_SRC = (
    r"(?:[\d,.]+|(?:" + NUMWORD_SRC + r"))\s*(?:%|x)?"
    r"(?:\s+(?:a|an|per|every)\s+(?:day|night|week|month|year|hour|minute))?"
)
#: the quote's figure or word echoed in doubt at a reply's start: "300%?", "Doubled?"
_ECHO_RE = compile_re(
    r"\s*(?:@\w+[\s,:]+)*(?P<e>(?:"
    + _ECHOED_FIGURE_SRC
    + r"|every\s+(?:day|night|week|hour|minute)|"
    r"doubled|tripled|trebled|halved))\s*\?+",
    re.I,
)
_REPLY_DENIES_RE = compile_re(
    # ("Generous. Try 1 in 20.")
    r"\s*(?:@\w+[\s,:]+)*(?:(?:lol|lmao|haha+|ha|erm|um|mate|sorry|generous|optimistic|charitable)\b[,.!]*\s*)?"
    # ("300%? Where are you getting that?": the quote's figure echoed in doubt)
    # ("Every day? More like 7 a day.", "Tripled? Not even close.": its words, too)
    r"(?:(?:"
    + _ECHOED_FIGURE_SRC
    + r"|every\s+(?:day|night|week|hour|minute)|doubled|tripled|trebled|halved|"
    # ("A fifth? Try one in twenty.")
    + SHARE_WORDS_SRC
    + r")"
    r"\s*\?+\s*)?"
    # ("Where are you getting that? It's closer to 90%.")
    r"(?:(?:where\s+(?:are\s+you\s+getting|did\s+you\s+get)\s+that(?:\s+from)?|source)\s*\?+\s*)?"
    # ("Actually it's 134 as of tonight.", "Actually closer to 3%")
    r"(?:(?:actually|in\s+fact|well)[,\s]+(?=(?:it|they|that|closer|more\s+like|nearer)\b))?"
    # (not "No source, obviously.": a doubt, no denial)
    r"(?:no(?:pe)?\b(?!\s+(?:source|sources|link|citation|evidence|data|figures|numbers)\b)|nah\b|wrong\b|false\b|not\s+true\b|untrue\b|rubbish\b|nonsense\b|bollocks\b|"
    # ("Fake. Basically unchanged: ...", "This hasn't been true since 2018.", "Not this year it
    # isn't.")
    r"fake\b|(?:this|that|it)\s+(?:hasn['’]t|has\s+not|hasnt)\s+been\s+(?:true|the\s+case)\b|"
    r"not\s+(?:this|last)\s+year\s+(?:it|they)\s+(?:isn['’]?t|aren['’]?t|wasn['’]?t|weren['’]?t|hasn['’]?t|haven['’]?t|didn['’]?t)\b|"
    # ("Where are you getting that? The Met had 145 lethal-barrelled discharges in 2023/24.":
    # the doubt, then a figure of one's own set against it)
    r"(?:(?<=that\?\s)|(?<=from\?\s))(?=(?-i:[A-Z])[^.!?\n]{0,90}\d)|"
    # ("'Soaring' is a stretch. Up roughly 8% in 2022.")
    r"(?:(?:that|this|it)['’]?s|[\"'‘“][^\"'’”\n]{1,30}[\"'’”]\s+is)\s+(?:(?:a\s+bit\s+of\s+|quite\s+)?a\s+stretch|"
    r"an\s+exaggeration|pushing\s+it)\b|"
    # ("> Over 500 homicides in England and Wales last year / There weren't even 400.")
    r"there\s+(?:weren['’]?t|wasn['’]?t|aren['’]?t|isn['’]?t)\s+even\b|"
    # ("Nothing like 40%.")
    # ("It's nowhere near that. Maybe 10 a day.")
    r"yeah,?\s+right\b|not\s+even\s+close\b|off\s+by\b|nothing\s+like\b|way\s+off\b|"
    r"(?:(?:it|that|they)\s*(?:['’]s|['’]re|\s+(?:is|was|are|were))\s+)?nowhere\s+near\b|"
    # ("Not remotely. Philly had 562, London 133.", "Not a chance.")
    r"not\s+(?:remotely|a\s+chance|at\s+all|in\s+the\s+slightest)\b|no\s+chance\b|"
    # ("> Burglaries in Camden are down 30% this year / Sure they are.": scorn, a reply alone)
    # ("Sure they did. Three on my road alone.": the scorn ends its own sentence)
    r"(?:" + _SCORN_SRC + r")(?=[.!\s]*(?:\n|$)|[.!]+\s)|"
    r"(?:has|have|did|does|is|was)\s+(?:it|they)\s+(?:hell|heck)\b|"
    # ("> Leeds has more burglaries than Manchester now / Not per head it doesn't.")
    r"not\s+per\s+(?:head|capita|person)\b|"
    # ("Not quite, it's one every 5 minutes", "Not 40, but ...", "Maybe not ten, but ...")
    # ("Not every day.", "Not any more, Alan.")
    rf"(?:maybe\s+|probably\s+)?not\s+(?:quite\b|\d|(?:{_MULT_WORDS}|ten|five|four|three|that\s+(?:many|much|high|bad)|"
    # ("Not a third. Closer to a quarter.")
     + SHARE_WORDS_SRC + r"|"
    r"every|any\s*more|any\s+longer|these\s+days)\b)|"
    # ("Way less than that. Only about 7,000.")
    r"(?:way|much|far|a\s+lot)\s+(?:less|fewer|lower|more|higher)\s+than\s+that\b|"
    # ("Doubt it. Where are you getting that?")
    r"(?:i\s+)?(?:really\s+)?doubt\s+(?:it|that)\b|"
    # ("More than that. Nearly halved.": the size put right; not "Even more than that")
    r"(?:(?:much|far|way|a\s+lot)\s+)?(?:more|less|fewer)\s+than\s+that\b|"
    # ("Last year it was more like one a month.")
    r"(?:(?:last|this)\s+year|in\s+(?:19|20)\d\d)[,\s]+(?=(?:it|they)\s*(?:['’]s|\s+(?:was|were|is|are))\s+"
    r"(?:more\s+like|closer\s+to|nearer)\b)|"
    # ("It's worse than that, more like one every two days.")
    # ("Worse than that, about 45%.")
    # (not "Even better than that, the lowest since 2014.": the quote outdone, not denied)
    r"(?:(?:it|they|that)\s*(?:['’]s|['’]re|\s+(?:is|are|was|were))\s+)?(?:(?:much|far|way|a\s+lot)\s+)?"
    r"(?:worse|better)\s+than\s+that\b|"
    # ("The real figure was under 80.", "The actual number is about 40%.", "The real figure is
    # nowhere near that.", "The real figure's closer to one every 2 hours")
    r"the\s+(?:real|actual|true|correct)\s+(?:figure|number|total|count|rate|tally)(?:['’]s|\s+(?:was|is|were))\s|"
    # ("lol they fell way more than that, like 30%")
    # ("It's down more than that, closer to 70%.")
    r"(?:it|they)(?:\s+(?:fell|rose|dropped|jumped|went\s+(?:up|down)|(?:is|are|was|were)\s+(?:up|down))"
    r"|['’](?:s|re)\s+(?:up|down))"
    r"\s+(?:(?:way|much|far|a\s+lot)\s+)?(?:more|less)\s+than\s+that\b|"
    r"(?:that['’]s|this\s+is|that\s+is)\s+(?:(?:just|simply|completely|totally)\s+)?"
    r"(?:wrong|false|not\s+true|untrue|off|nonsense|rubbish|bollocks|a\s+lie|made\s+up|incorrect|"
    # ("That's not right.", "That's backwards.")
    r"not\s+right|backwards|the\s+wrong\s+way\s+round|the\s+other\s+way\s+round)\b|"
    # ("Doubled my arse.", "300% my foot.": the quote's words echoed in scorn)
    r"(?:[\w%.,'’-]+\s+){1,2}my\s+(?:" + SCORN_WORDS + r")\b|"
    # ("> There's a stabbing every 10 minutes in London / Closer to one every half hour.")
    # ("More like four times.")
    # ("More like every 40 minutes.")
    # ("More like once every three or four days.", "More like every minute and a half")
    rf"(?:closer\s+to|more\s+like|nearer(?:\s+to)?)\s+(?=\d|(?:one|a|an|once|{_MULT_WORDS})\b|every\s+(?:\d|(?:a\s+|one\s+)?(?:second|minute|hour|day|week|month)\b|(?:"
    + NUMWORD_SRC
    + r")\b)|(?:"
    + NUMWORD_SRC
    + r")\b)|"
    # ("Not by half.", "That can't be right, ...")
    r"not\s+by\s+(?:half|a\s+third|a\s+quarter|that\s+much|much)\b|(?:that|this)\s+can['’]?t\s+be\s+right\b|"
    # ("It was over 90%.")
    r"(?:it|they|that)\s*(?:['’]s|['’]re|\s+(?:is|was|are|were))\s+(?:(?:actually|really|only|just|about|"
    r"around|roughly|closer\s+to|nearer|more\s+like|like|over|under|nearly|almost|barely|well\s+over|"
    # ("It's more like four a day.": a count in words too)
    rf"less\s+than|more\s+than)\s+)+(?=\d|(?:{_MULT_WORDS})\b|(?:"
    + NUMWORD_SRC
    + r")\s+(?:a|an|per|times|in|out\s+of)\b)|"
    rf"(?:it|they|that)\s*(?:['’]s|['’]re|\s+(?:is|was|are|were))\s+(?=\d|(?:{_MULT_WORDS})\b)|"
    # ("Down, not up.")
    r"(?:down|up|lower|higher|fewer|more),?\s+not\s+(?:up|down|higher|lower|more|fewer)\b|"
    # ("Try 50, per the Met.", "Try nine in ten.")
    # ("Try nearly 50%.")
    r"try\s+(?:(?:nearly|almost|about|around|roughly|over|under|more\s+like|closer\s+to)\s+)?"
    # ("Try every 10 minutes.")
    r"(?=\d|(?:" + NUMWORD_SRC + r")(?:-odd|-ish)?\b|every\s+\d)|"
    # ("> London knife crime up 20% on last year / Where are you getting that?"): a doubt alone
    r"where\s+(?:are\s+you\s+getting|did\s+you\s+get)\s+that(?:\s+from)?\s*\?+"
    r"(?:\s*(?:(?:genuinely|honestly|seriously|just)\s+asking|source\s*\?)[.!?]*)?\s*$|"
    # ("Has it hell.")
    r"(?:has|is|did|was)\s+it\s+hell\b|(?:have|are|did|were)\s+they\s+hell\b|"
    r"(?:it|they|that)\s+(?:(?:does|did|do|is|are|was|were|has|have)n['’]?t|(?:does|did|do|is|are|was|"
    r"were|has|have)\s+not)\b|"
    # ("More like half.", "More like by 80%.")
    rf"(?:closer\s+to|more\s+like|nearer(?:\s+to)?)\s+(?:by\s+)?(?=\d|(?:{_MULT_WORDS})\b)|"
    # ("One in twenty, more like.", "About 5%, more like": the figure, then the words that put
    # the quote right)
    r"(?=(?:(?:about|around|roughly|nearly|maybe)\s+)?(?:\d|(?:"
    + NUMWORD_SRC
    + r")\b)[^\n.!?]{0,30}?,\s*"
    r"more\s+like\s*(?:[.!]|\n|$))|"
    # ("They did go up, but more like 15%.": the way is right, the size put right)
    + _WAY_GRANTED_BUT_SRC
    + rf"\s+(?:(?:only|just)\s+)?(?:by\s+)?(?:closer\s+to|more\s+like|nearer(?:\s+to)?|about|around|roughly)\s+(?=\d|(?:{_MULT_WORDS})\b))"
    r"(?P<rest>[^\n.!?]*)",
    re.I,
)
_FIGURE_UNIT_RE = compile_re(
    # ("Nowhere near ten times.": a multiple in number words)
    r"(?:\d[\d,]*(?:\.\d+)?|\b(?:"
    + NUMWORD_SRC
    + r")(?=\s+times\b|\s*x\b))(?P<unit>\s*(?:%|per\s*cent|percent)|\s*x\b|\s+times\b)?",
    re.I,
)


#: a reply's sentence, to its stop (not a decimal point) or its line's end
_REPLY_SENTENCE_RE = compile_re(r"[^\n]*?(?:[.!?](?=\s|$)|(?=\n)|$)")
#: an agreeing tag that closes a reply's sentence: ", yeah.", ", true."
_AGREE_TAG_RE = compile_re(r",\s*(?:yeah|yep|yes|true|agreed|indeed)\s*[.!]*\s*$", re.I)
#: a reply that opens on "it was ..." with no word of denial before it
_OTHER_TIME_RE = compile_re(
    # ("In 2019 it was closer to 1.7.": its time may open the reply)
    r"\s*(?:(?:(?:last|this)\s+year|in\s+(?:19|20)\d\d)[,\s]+)?(?:it|they|that)\s*(?:['’]s|['’]re|\s+(?:is|was|are|were))\s",
    re.I,
)


def _reply_bears_out_move(ctx: Ctx, quoted: list[Claim], end: int, reach: int) -> bool:
    """Does the reply give the quoted change's two ends (levels of its metric for its period
    and its baseline) whose move is the size the quote says, give or take 5 points?"""
    if len(quoted) != 1 or quoted[0].kind != "change" or quoted[0].value is None:
        return False
    move = quoted[0]
    if move.period is None or move.baseline is None or move.unit != "percent_change":
        return False
    ends = {
        c.period: c.value[0]
        for c in ctx.claims
        if c.kind == "level"
        and end <= c.start < reach
        and c.metric == move.metric
        and c.value is not None
        and c.value[0] is not None
        and c.value[0] == c.value[1]
        and c.period in (move.period, move.baseline)
    }
    then, now = ends.get(move.baseline), ends.get(move.period)
    if then is None or now is None or not then or move.value is None:
        return False
    change = (now - then) / then * 100
    lo, hi = move.value
    return (lo is None or change >= lo - 5) and (hi is None or change <= hi + 5)


#: what may stand before the figure a reply opens on: "There were 7.", "It's twelve, ..."
_FIGURE_LEAD_RE = compile_re(
    r"[\s.,:;–—-]*(?:(?:there\s+(?:were|was)|it\s+was|it['’]s|they\s+were)\s+)?", re.I
)


#: a reply's opening that grants the quote or names a source, before the figure it gives for
#: the quoted measure: "Agreed, though it's closer to 15%", "Close. It was 21% in the ONS
#: bulletin.", "The ONS has it at 6%.", "The Met says it's closer to 40%."
_RESTATED_OPENING_RE = compile_re(
    r"\s*(?:(?P<grant>agreed|close|true|fair\s+enough|yes|yeah|yep|correct|pretty\s+much)\b[,.!]*\s*"
    r"(?:(?:though|but|although)\s+)?)?"
    r"(?P<source>(?:the\s+)?(?:[\w'’&]+\s+){0,3}?(?=(?:has|have|puts?)\s+it\s+at\s)|"
    r"(?:the\s+)?(?:[\w'’&]+\s+){0,3}?says\s+(?=it\s*['’]s\s|it\s+(?:is|was)\s))?",
    re.I,
)


def _restated_figure(ctx: Ctx, end: int, quoted: list[Claim]) -> None:
    """ "> Homicides in England and Wales fell 10% in the year to March 2025 / The ONS has it
    at 6%.": the figure a reply that denies nothing gives for the quoted measure, after
    granting the quote or naming a source, is a claim of the quoted one's kind, series, place
    and period (the quote stands: the reply weighs it, and may agree)."""
    if len(quoted) != 1:
        return
    m = _RESTATED_OPENING_RE.match(ctx.text, end)
    if m is None or not (m.group("grant") or m.group("source")):
        return
    said = _REPLY_SENTENCE_RE.match(ctx.text, m.end())
    if said is not None and any(m.end() <= t.start < said.end() for t in ctx.all_times):
        return  # ("Police data has it at about 14% for the year to June": a time of its own)
    _put_right(ctx, quoted[0], m.end() - 1, lead_only=True)


def _bare_figure_puts_right(ctx: Ctx, start: int, end: int, quoted: list[Claim]) -> None:
    """ "> 30 teenagers were killed in London last year / Fifteen, per the Met.": a reply that
    opens on a figure of the quoted level's own series and time, far from it, denies it."""
    if len(quoted) != 1 or quoted[0].kind != "level":
        return
    said = quoted[0]
    first = next((c for c in ctx.claims if c.start >= end), None)
    if (
        first is None
        or first.kind != "level"
        or first.value is None
        or said.value is None
        or (first.metric, first.geography, first.period, first.unit)
        != (said.metric, said.geography, said.period, said.unit)
        or _FIGURE_LEAD_RE.fullmatch(ctx.text, end, first.start) is None
        or first.negated
    ):
        return  # (the figure must open the reply)
    a_lo, a_hi = said.value
    b_lo, b_hi = first.value
    if a_lo is None or b_lo is None:
        return
    # (far apart: neither interval reaches the other)
    if (a_hi is not None and b_lo > a_hi) or (b_hi is not None and a_lo > b_hi):
        said.negated = True


#: an answer that gives only the way a series went: "The Met's own data says it went up"
_ANSWER_MOVE_RE = compile_re(
    r"[^.!?\n]{0,50}?\b(?P<w>(?:it|they)(?:\s*['’](?:s|re)|\s+(?:is|are|was|were|has|have))?\s+"
    r"(?:(?P<down>(?:went|gone)\s+down|fell|fallen|dropped|decreased|down|falling)"
    r"|(?:went|gone)\s+up|rose|risen|increased|up|rising))\b",
    re.I,
)


_FIGURE_IN_QUOTE_RE = compile_re(r"\d|\b(?:" + NUMWORD_SRC + r")\b", re.I)


def _scare_quoted_put_right(ctx: Ctx, sents: list[tuple[int, int]]) -> None:
    """ "Glasgow had 'forty-odd' murders last year according to a bloke at the pub. It was
    under 30, mate.": the one claim whose figure the post holds in scare quotes, answered by
    the next sentence as a said-back claim is, is denied (the answer then puts it right)."""
    text = ctx.text
    for k in range(len(sents) - 1):
        sent = sents[k]
        own = [c for c in ctx.claims if sent[0] <= c.start < sent[1] and not c.negated]
        if len(own) != 1 or own[0].value is None:
            continue
        claim = own[0]
        if not any(
            q.start() < claim.end
            and claim.start < q.end()
            and _FIGURE_IN_QUOTE_RE.search(q.group(0)) is not None
            for q in _QUOTED_RE.finditer(text, sent[0], sent[1])
        ):
            continue
        answer = ECHO_ANSWERED_RE.match(text, sent[1])
        # (the answer right after: not past "She's not wrong, sadly.")
        if answer is None or text[sent[1] : answer.start("a")].strip(" \t\n?!"):
            continue
        said = next((c for c in ctx.claims if c.start >= answer.start("a")), None)
        if (
            said is not None
            and (said.kind, claim.kind) == ("frequency", "level")
            and said.metric == claim.metric
        ):
            continue  # ('"... 2023/24: 15,016" / That's about 41 a day.': the figure restated)
        claim.negated = True


def _answer_echoes(ctx: Ctx) -> None:
    """ "Over 1,000 cars stolen in Luton last year? Pfft. Try 2,000.": a claim said back as a
    question and answered is denied, as a quoted claim rebutted at once is; the figure the
    answer gives is one of the echoed claim's kind, series, place and time."""
    for (s, e), answer in ctx.echoes.items():
        echoed = [c for c in ctx.claims if s <= c.start < e]
        for claim in echoed:
            claim.negated = True
        if len(echoed) != 1:
            continue
        before = len(ctx.claims)
        _put_right(ctx, echoed[0], answer - 1)
        move = _ANSWER_MOVE_RE.match(ctx.text, answer)
        said = echoed[0]
        if (
            len(ctx.claims) == before
            and move is not None
            and said.kind in ("change", "trend")
            and not any(answer <= c.start < move.end() + 20 for c in ctx.claims)
        ):
            # ("Burglary in Leeds down 10%? The police's own data says it went up in 2023.":
            # the answer gives the way the series went, not a size)
            ctx.claims.append(
                replace(
                    said,
                    kind="trend",
                    start=move.start("w"),
                    end=move.end("w"),
                    surface=ctx.text[move.start("w") : move.end("w")],
                    value=None,
                    unit="count" if said.unit == "percent_change" else said.unit,
                    direction="down" if move.group("down") else "up",
                    intense=False,
                    negated=False,
                )
            )


def _rebut_line_quotes(ctx: Ctx) -> None:
    """ "> London had 130 murders last year\n\nno, it was 97.": a reply that quotes what it
    answers and puts it right denies the quoted claims (only those of the kind its figure
    corrects: "> Chicago had 416 homicides last year, thats like 8 times London\n\nCloser
    to 4x." denies the multiple, not the count)."""
    for start, end in reply_spans(ctx):
        _answer_over_quoted_years(ctx, start, end)
        _agreed_by(ctx, start, end)
        _source_has_it(ctx, start, end)
        _pair_follows_quote(ctx, start, end)
        _quoted_figure_years_ago(ctx, start, end)
        m = _REPLY_DENIES_RE.match(ctx.text, end)
        if m is not None and (echo := _ECHO_RE.match(ctx.text, end)) is not None:
            # ("Doubled? Try 20%.": the quote's word echoed in doubt is no claim of the reply's)
            ctx.claims = [
                c for c in ctx.claims if not (echo.start("e") <= c.start and c.end <= echo.end("e"))
            ]
        quoted = [c for c in ctx.claims if start <= c.start < end and not c.negated]
        said = (
            _REPLY_SENTENCE_RE.match(
                ctx.text, m.start() + len(m.group(0)) - len(m.group(0).lstrip())
            )
            if m is not None
            else None
        )
        if said is not None and _AGREE_TAG_RE.search(said.group(0)):
            # ("> About 150 knife offences a day ... / That's roughly 55,000 in total, yeah.":
            # the same said another way, and agreed)
            m = None
        if (
            m is not None
            and _THATS_PER_TIME_RE.match(ctx.text, end)
            and quoted
            and all(c.kind == "level" for c in quoted)
        ):
            # ("> There were 535 homicides in England and Wales in 2024 / That's about two a
            # day.": the quoted count said per day, a claim of its own that denies nothing)
            m = None
        if m is not None and _OTHER_TIME_RE.match(ctx.text, end):
            # "> Met confidence is at 45% now / it was 67% in 2016. grim.": a figure for a
            # time of its own sets the quote against the past, and puts nothing right
            # (the reply's whole sentence: "It was around 1.7 in 2019", past the figure's point)
            reach = said.end() if said is not None else m.end()
            own = [
                t.span for t in ctx.all_times if m.start() <= t.start < reach and t.span is not None
            ]
            if own and all(
                c.period is None or t[1] < span_of(c.period)[0] or span_of(c.period)[1] < t[0]
                for c in quoted
                for t in own
            ):
                m = None
        if m is not None and _reply_bears_out_move(
            ctx, quoted, end, said.end() if said else m.end()
        ):
            # ("> Confidence in the Met has fallen by almost a third since 2016 / It was 69% in
            # 2016 and 48% in 2024.": the two ends the move was measured between, and they
            # make its size)
            m = None
        if m is None:
            _bare_figure_puts_right(ctx, start, end, quoted)
            _restated_figure(ctx, end, quoted)
            _reply_moves_against(ctx, start, end)
            continue
        if _WAY_RIGHT_BUT_RE.match(ctx.text, end):
            # "> Knife crime in London jumped in 2023 / It did, but only by about 5%.": the way
            # is granted, so a quoted move with no size stands; only a size is put right
            sized = [c for c in quoted if c.value is not None]
            if not sized:
                if len(quoted) == 1:
                    _size_of_granted_move(ctx, quoted[0], end)
                continue
            quoted = sized
        fig = _FIGURE_UNIT_RE.search(ctx.text, m.start(), m.end())
        if fig is not None:
            unit = (fig.group("unit") or "").strip().lower()
            if unit in ("x", "times"):
                kinds = [c for c in quoted if c.kind == "comparison" and c.relation == "ratio"]
            elif unit:
                kinds = [c for c in quoted if c.unit in ("percent_change", "percent")]
            else:
                kinds = [c for c in quoted if c.kind in ("level", "frequency")]
            quoted = kinds or quoted
        reach = said.end() if said is not None else m.end()
        if len(quoted) > 1 and _PER_TIME_WORDS_RE.search(ctx.text, m.start(), reach):
            # ("> London had 97 homicides last year, one every four days / More like one every
            # two days.": a rate puts the quoted rate right, not the year's count)
            quoted = [c for c in quoted if c.kind == "frequency"] or quoted
        for claim in quoted:
            claim.negated = True
        if len(quoted) == 1:
            before = len(ctx.claims)
            _put_right(ctx, quoted[0], end - 1)
            echo = _ECHO_DENIAL_END_RE.match(ctx.text, m.end())
            if len(ctx.claims) == before and echo is not None:
                # ("300% my foot. Closer to 10%.", "Nowhere near 20%. About 5%.": the figure
                # put right follows the scorned one)
                _put_right(ctx, quoted[0], echo.end() - 1)


_PER_TIME_WORDS_RE = compile_re(
    r"\b(?:a|an|per|every|each)\s+(?:[\w.]+\s+)?(?:days?|weeks?|months?|hours?|minutes?|mins?)\b",
    re.I,
)
#: "That's about two a day.": the reply's figure is the quote's put per day or week
_THATS_PER_TIME_RE = compile_re(
    r"\s*(?:that['’]s|that\s+is|which\s+is|so)\s+(?:(?:about|around|roughly|nearly|almost|over|"
    r"more\s+than|just\s+over|just\s+under|under|less\s+than)\s+)?(?:\d[\d,.]*|"
    + NUMWORD_SRC
    + r"|one|a)\s+(?:(?:murders?|homicides?|killings?|stabbings?|offences?|crimes?)\s+)?"
    r"(?:a|an|per|every)\s+(?:day|week|month|hour|night)\b",
    re.I,
)
_WAY_RIGHT_BUT_RE = compile_re(
    r"\s*(?:@\w+[\s,:]+)*(?:yes|yeah|yep|true)?[,.!]*\s*" + _WAY_GRANTED_BUT_SRC + r"\b", re.I
)
_GRANTED_SIZE_RE = compile_re(
    r"\s*[^\n.!?]*?\bbut\s+(?P<s>(?:(?:only|just)\s+)?(?:by\s+)?(?P<h>(?:about|around|roughly|approx\.?|"
    r"approximately|nearly|almost|like|closer\s+to|more\s+like)\s+)?)(?P<fig>\d[\d,]*(?:\.\d+)?)"
    r"\s*(?:%|per\s*cent|pc)(?!\w)",
    re.I,
)


_JUST_BEFORE_RE = compile_scan(r"\bjust\s+$", re.I)
_REPLY_HEDGE_RE = compile_re(
    r"\b(?:about|around|roughly|approx|approximately|circa|closer\s+to|nearer|(?P<nearly>nearly|almost))\b|[~≈]",
    re.I,
)


def _reply_hedge(words: str | None) -> str | None:
    """The hedge of the words before a reply's figure: "about", "closer to" hedge it, "nearly"
    bounds it; "more like", "like", "only", "just" put a figure right without one ("More
    like 60%." is 60, as docs/spec.md's hedges say)."""
    m = _REPLY_HEDGE_RE.search(words or "")
    if m is None:
        return None
    return "hedge_nearly" if m.group("nearly") else "hedge_approx"


def _size_of_granted_move(ctx: Ctx, trend: Claim, end: int) -> None:
    """ "> Knife crime in London jumped in 2023 / It did, but only by about 5%.": the size the
    reply gives a quoted move it grants is a change of that move's series and years."""
    m = _GRANTED_SIZE_RE.match(ctx.text, end)
    if m is None or trend.kind != "trend" or trend.direction not in ("up", "down"):
        return
    if any(c.start <= m.start("fig") < c.end for c in ctx.claims):
        return
    value = float(m.group("fig").replace(",", ""))
    if trend.direction == "down":
        value = -value
    lo, hi = apply_hedge(value, _reply_hedge(m.group("h")))
    if lo is not None and hi is not None and lo > hi:
        lo, hi = hi, lo
    ctx.claims.append(
        replace(
            trend,
            kind="change",
            start=m.start("s"),
            end=m.end(),
            surface=ctx.text[m.start("s") : m.end()],
            value=interval(lo, hi),
            unit="percent_change",
            direction=None,
            intense=None,
            negated=False,
        )
    )


#: the rest of a denial's sentence, up to where the next opens
_ECHO_DENIAL_END_RE = compile_re(r"[^.!?\n]{0,30}?[.!?]+[ \t]*")


def _way(claim: Claim) -> str | None:
    """Which way a trend or a change says its metric moved."""
    if claim.kind == "trend":
        return claim.direction
    if claim.kind == "change":
        mid = _mid(claim)
        if mid:
            return "up" if mid > 0 else "down"
    return None


def _mid(claim: Claim) -> float | None:
    if claim.value is None:
        return None
    lo, hi = claim.value
    return lo if hi is None else hi if lo is None else (lo + hi) / 2


def _far_apart(quoted: Claim, answer: Claim) -> bool:
    """Two changes of one series over the same years at least twice apart ("doubled" against
    "about 40%")."""
    if (
        quoted.kind != "change"
        or answer.kind != "change"
        or quoted.unit != answer.unit
        or quoted.period != answer.period
        or quoted.baseline != answer.baseline
    ):
        return False
    q, a = _mid(quoted), _mid(answer)
    if not q or not a:
        return False
    return max(abs(q), abs(a)) >= 2 * min(abs(q), abs(a))


_AGREES_RE = compile_re(
    # ("Fine. Still up 20% on 2014 though.": conceded, then another span)
    r"(?:@\w+[\s,:]+)*(?:yep|yes|yeah|yup|true|correct|agreed|exactly|indeed|right|fair|fine|ok|okay|"
    r"granted)\b",
    re.I,
)
#: "..., not every day.", "That's up about 50%, not double."
_NOT_WORDS_RE = compile_re(
    r"(?:^|[,;:.!?]\s*|\s[—–-]\s*|\bbut\s+)not\s+(?:quite\s+|really\s+|even\s+)?"
    # ("Still bad, but not 70.")
    r"(?P<w>(?:every\s+|each\s+|a\s+)?(?:[\w'’-]{4,}|\d[\d,]*(?:\.\d+)?)(?:\s+[\w'’-]+)?)(?=\s*[.!,;?]|\s*$)",
    re.I | re.M,
)


def _reply_line(text: str, end: int) -> tuple[int, int]:
    """The first line of the reply after a quote block ending at ``end``."""
    opens = end + len(text[end:]) - len(text[end:].lstrip())
    stop = text.find("\n", opens)
    return opens, len(text) if stop < 0 else stop


#: "700 was roughly the 2019 figure", "30% was the 2019 rise": the quoted figure, put back
#: in the year it belongs to
_FIGURE_WAS_YEARS_RE = compile_re(
    # ("No, it was 97 last year. 130 was roughly 2021.": a short sentence may come first)
    r"(?:[^\n]{0,80}?[.!?]\s+)?[^.!?\n]{0,30}?(?<![\w.,])(?P<fig>\d[\d,]*(?:\.\d+)?)(?P<k>k)?"
    r"(?P<pct>\s*(?:%|per\s*cent|pc))?\s+"
    r"(?:was|is)\s+(?P<h>(?:roughly|about|around|approximately|more\s+or\s+less)\s+)?"
    r"(?:(?:actually|really|only|just)\s+)?(?:the\s+)?"
    # (a year, a span to a month, or a place: "the 2019 figure", "the year to September 2023",
    # "the England and Wales number", "Westminster only")
    r"(?P<y>(?:19|20)\d\d(?:/\d\d)?|(?:year|12\s+months)\s+(?:to|ending)\s+[A-Za-z]+\s+(?:19|20)\d\d|"
    r"(?-i:[A-Z])[\w'’.&-]*(?:\s+(?:and\s+)?(?-i:[A-Z])[\w'’.&-]*){0,3})(?:['’]s)?"
    r"(?:\s+(?:(?P<count>figure|total|number|count|level|rate|tally)|rise|increase|jump|fall|drop|"
    r"decrease|change|one))?(?:\s+(?:only|alone|on\s+its\s+own))?"
    r"(?=\s*(?:[.,;:!?]|$|\s(?:not|for|mate|I\s+think|you['’]re)\b))",
    re.I,
)


def _quoted_figure_years_ago(ctx: Ctx, start: int, end: int) -> None:
    """ "QT: 'Homicides in England and Wales hit 700 last year' - Wrong, 700 was roughly the
    2019 figure.", "> Chicago had 800 murders last year / That was 2021.": the quoted claim,
    which the reply says is another year's, is a claim of that year, and is denied for its own
    time (which keeps its own words' time, not the reply's year)."""
    opens, stop = _reply_line(ctx.text, end)
    m = _FIGURE_WAS_YEARS_RE.match(ctx.text, opens, stop)
    that = None if m is not None else _THAT_WAS_YEAR_RE.match(ctx.text, opens, stop)
    if m is None and that is None:
        _quoted_claim_another_place(ctx, start, end, opens, stop)
        return
    said_as = m or that
    assert said_as is not None
    fig = (
        None
        if m is None
        else float(m.group("fig").replace(",", "")) * (1000 if m.group("k") else 1)
    )
    quoted = [
        c
        for c in ctx.claims
        if start <= c.start < end
        and (
            m is None
            or (
                c.value is not None
                and fig in c.value
                and (c.unit in ("percent_change", "percent")) == bool(m.group("pct"))
            )
        )
        and (m is not None or said_as.group("count") is None or c.kind in ("level", "frequency"))
    ]
    year = next(
        (t for t in ctx.all_times if t.start <= said_as.start("y") < t.end and t.span), None
    )
    if len(quoted) != 1:
        return
    said = quoted[0]
    if year is None and m is not None:
        # ("20% is the England and Wales number, not London.": the quoted figure, another
        # place's)
        place = next((p for p in ctx.places if p.start == m.start("y") and p.how == "text"), None)
        if place is not None and place.place != said.geography and fig is not None:
            _figure_of_another_place(ctx, said, m, fig, place)
        return
    if year is None or year.span is None:
        return
    moved = said.kind in ("change", "trend")
    own_period = said.period
    times = ctx.times
    # (the quote's own times: the sentence read last may be another's)
    ctx.times = [t for t in ctx.all_times if start <= t.start < end]
    own = change_periods(ctx, (start, end), (start, end), want_baseline=moved)
    ctx.times = times
    # ("That was the 2019 figure for the whole of England and Wales": another place too)
    whole = _FOR_PLACE_RE.match(ctx.text, said_as.end(), stop)
    other = (
        None
        if whole is None
        else next((p for p in ctx.places if p.start == whole.end() and p.how == "text"), None)
    )
    if own.period == year.span and other is None:
        return  # ("> 46 knife crimes a day in London / That's 2024, ...": the quote's own year)
    if said.period is not None and span_of(said.period) == year.span:
        # (the quote's time is not the reply's year: "Knife crime up 30% in Birmingham")
        said.period = iso_span(own.period)
        said.baseline = iso_span(own.baseline) if moved else said.baseline
    baseline = None
    if moved:
        vs = that.group("vs") if that is not None else None
        ref = (
            next((t for t in ctx.all_times if t.start <= that.start("vs") < t.end and t.span), None)
            if that is not None and vs
            else None
        )
        if ref is not None and ref.span is not None:
            baseline = iso_span(ref.span)
        elif said.baseline is not None and said.period is not None:
            # (the same span of years, moved: "... up 30% last year / That was 2019's rise")
            gap = span_of(said.period)[0].year - span_of(said.baseline)[0].year
            baseline = iso_span(shift_years(year.span, -max(gap, 1)))
        else:
            baseline = iso_span(shift_years(year.span, -1))
    value: tuple[float | None, float | None] | None
    if m is not None and fig is not None:
        at, value = m.start("fig"), interval(*apply_hedge(fig, _reply_hedge(m.group("h"))))
    elif that is not None:
        at, value = that.start("w"), said.value
    else:
        return
    said.negated = True
    # (the figure said again is no claim of its own, "30%" alone; and another reading of the
    # quote, or of the bare figure, gives way to this one)
    ctx.claims = [c for c in ctx.claims if not (at <= c.start < said_as.end())]
    ctx.claims.append(
        replace(
            said,
            start=at,
            end=said_as.end(),
            surface=ctx.text[at : said_as.end()],
            value=value,
            period=iso_span(year.span) if own_period is not None else None,
            baseline=baseline,
            negated=False,
            geography=other.place if other is not None else said.geography,
        )
    )


_FOR_PLACE_RE = compile_re(r"\s+(?:for|in|across)\s+(?:the\s+whole\s+of\s+|all\s+of\s+)?", re.I)


_QT_DASH_RE = compile_re(
    r"(?m)^[ \t]*(?:QT|Quote\s+tweet|Quoting)(?:[ \t]+@[\w.]+)?[ \t]*:[ \t]*"
    r"(?P<q>[\"'“‘][^\n]+?[\"'”’])(?=[ \t]+[—–-][ \t]+\S)"
)


def _figure_of_another_place(
    ctx: Ctx, said: Claim, m: re.Match[str], fig: float, place: PlaceMention
) -> None:
    value = interval(*apply_hedge(fig, _reply_hedge(m.group("h"))))
    _said_of_place(ctx, said, (m.start("fig"), m.end()), place, value)


def _said_of_place(
    ctx: Ctx,
    said: Claim,
    words: tuple[int, int],
    place: PlaceMention,
    value: tuple[float | None, float | None] | None,
) -> None:
    """The quoted claim ``said`` again, of another place and with ``value``, in the reply's
    words ``words``; the quote is denied (a claim read before in those words gives way)."""
    at, end = words
    if any(c.start == at and c.end == end for c in ctx.claims):
        return  # (read already, from another reading of the quote)
    said.negated = True
    ctx.claims = [c for c in ctx.claims if not (at <= c.start < end)]
    ctx.claims.append(
        replace(
            said,
            start=at,
            end=end,
            surface=ctx.text[at:end],
            value=value,
            geography=place.place,
            geography_source="text",
            negated=False,
        )
    )


def _quoted_claim_another_place(ctx: Ctx, start: int, end: int, opens: int, stop: int) -> None:
    """ "QT: 'A stabbing every 10 minutes in London' - that's the England and Wales figure,
    not London.": the quoted claim is true of another place, and denied for its own."""
    lead = _THAT_IS_LEAD_RE.match(ctx.text, opens, stop)
    if lead is None:
        return
    place = next((p for p in ctx.places if p.start == lead.end() and p.how == "text"), None)
    tail = None if place is None else _PLACE_FIGURE_TAIL_RE.match(ctx.text, place.end, stop)
    quoted = [c for c in ctx.claims if start <= c.start < end]
    if place is None or tail is None or len(quoted) != 1 or quoted[0].geography == place.place:
        return
    _said_of_place(ctx, quoted[0], (lead.start("w"), tail.end()), place, quoted[0].value)


_THAT_IS_LEAD_RE = compile_re(
    r"(?:[^.!?\n]{0,25}[.!]\s+)?[^.!?\n]{0,40}?\b(?P<w>(?:that|this|it)(?:['’]s|\s+was|\s+is)\s+"
    r"(?:(?:actually|just|really)\s+)?(?:the\s+)?)",
    re.I,
)
_PLACE_FIGURE_TAIL_RE = compile_re(
    r"(?:['’]s)?(?:\s+(?:figure|total|number|count|rate|one))?"
    # (not "That's England and Wales, roughly one and a half a day": a figure of its own)
    r"(?=\s*(?:[.;:!?]|$|,\s*not\b|\s(?:not|for|mate|I\s+think|you['’]re)\b))",
    re.I,
)


#: "That was the 2019 figure.", "that's 2024's total", "That was 2024 vs 2023": the quoted
#: claim is true of another year
_THAT_WAS_YEAR_RE = compile_re(
    # ("Wrong year. That was 2021.": a short word first)
    r"(?:[^.!?\n]{0,25}[.!]\s+)?[^.!?\n]{0,40}?\b(?P<w>(?:that|this|it)(?:['’]s|\s+was|\s+is)\s+"
    r"(?:(?:actually|just|really)\s+)?(?:the\s+)?(?P<y>(?:19|20)\d\d(?:/\d\d)?)(?:['’]s)?"
    r"(?:\s+(?:(?P<count>figure|total|number|count|tally|level)|rise|increase|jump|fall|drop|"
    r"decrease|change|one))?(?:\s+vs\.?\s+(?P<vs>(?:19|20)\d\d(?:/\d\d)?))?)"
    r"(?=\s*(?:[.,;:!?]|$|\s(?:not|for|mate|I\s+think|you['’]re)\b))",
    re.I,
)


def _answer_over_quoted_years(ctx: Ctx, start: int, end: int) -> None:
    """ "> london knife crime is up 100% since 2019 / It hasn't. It's up about 8%": a change in
    the reply's first line with no time of its own is over the quoted change's years."""
    opens, stop = _reply_line(ctx.text, end)
    for a in ctx.claims:
        if not (opens <= a.start < stop) or a.kind != "change" or id(a) in ctx.explicit:
            continue
        quoted = next(
            (
                c
                for c in ctx.claims
                if start <= c.start < end
                and c.kind == "change"
                and (c.metric, c.geography) == (a.metric, a.geography)
                and c.baseline is not None
            ),
            None,
        )
        if quoted is not None:
            a.period, a.baseline = quoted.period, quoted.baseline


#: "> Chicago homicides fell in 2022 / They did, about 14%.", "> US murders fell in 2024 / By
#: about 15% per the FBI.": a reply that agrees and gives the size of the quoted move
_AGREED_BY_RE = compile_re(
    r"\s*(?:(?:yep|yes|yeah|yup|aye|correct|true|indeed|they\s+did|it\s+did|they\s+have|it\s+has|"
    # ("> Croydon knife crime is up again / It is, about 12% on the year before.", "Close
    # enough, about 55%.", "> ... fell last year / Only by about 3%.")
    r"it\s+is|they\s+are|it\s+was|they\s+were|close\s+enough|only|"
    r"sure\s+did)\b[,.!]*\s*(?:and\s+)?)?"
    r"(?P<fig>(?:by\s+)?(?P<h>(?:about|around|roughly|nearly|almost|approx\.?|like|~)\s*)?(?:(?P<n>\d+(?:\.\d+)?)\s*"
    # ("They have, by about two thirds since 2022/23.": a share in words)
    r"(?:%|per\s*cent|pc)(?![\w%])|(?P<frac>" + SHARE_WORDS_SRC + r")\b))"
    # (not "Only 9%? Feels like more": the quoted size, doubted)
    r"(?!\s*\?)",
    re.I,
)


#: "The Met dashboard has it up about 6%", "South Yorkshire Police have them down": a source's
#: figures for what the quote named ("it", "them")
_HAS_IT_RE = compile_scan(
    r"\b(?:has|have|had|puts?|shows?|showed|gets?|got)\s+(?:it|them)\s+(?:at|up|down|as|rising|falling)\b"
    # ("Met data says down about 10%", "Met figures show roughly a 15% rise": the quoted
    # series, as the force reports it)
    rf"|\b(?:{SOURCE_NOUNS_SRC})\s+(?:say|says|show|shows)\s+"
    r"(?:(?:roughly|about|around|nearly|almost|only|just|a|an)\s+)*(?:up|down|\d)",
    re.I,
)


def _source_has_it(ctx: Ctx, start: int, end: int) -> None:
    """ "> Knife crime in Croydon is up 40% since 2019 / ... The Met dashboard has it up about 6%
    over that stretch.": "it" is the quoted place's crime, not the force's whole area."""
    opens, stop = _reply_line(ctx.text, end)
    places = {p.place for p in ctx.places if start <= p.start < end}
    if len(places) != 1:
        return
    (place,) = places
    for c in ctx.claims:
        if (
            opens <= c.start < stop
            and c.geography != place
            and _HAS_IT_RE.search(ctx.text, max(opens, c.start - 60), c.end) is not None
        ):
            c.geography = place


_VS_GAP_RE = compile_re(r"\s*(?:vs\.?|versus|v\.?|to|and)\s*", re.I)


def _pair_follows_quote(ctx: Ctx, start: int, end: int) -> None:
    """ "> Philadelphia had more than twice as many homicides as London last year / Checks out,
    222 vs 97.": the reply's pair of figures are the quoted comparison's two places, in order."""
    opens, stop = _reply_line(ctx.text, end)
    compared = next(
        (
            c
            for c in ctx.claims
            if start <= c.start < end
            and c.kind == "comparison"
            and isinstance(c.geography, str)
            and isinstance(c.other_geography, str)
        ),
        None,
    )
    if compared is None:
        return
    pair = [c for c in ctx.claims if opens <= c.start < stop and c.kind == "level"]
    if (
        len(pair) == 2
        and pair[0].geography == pair[1].geography == compared.geography
        and pair[0].geography_source != "text"
        and _VS_GAP_RE.fullmatch(ctx.text, pair[0].end, pair[1].start)
    ):
        pair[1].geography = compared.other_geography


#: "> Philly had more homicides than London in 2024 / Yep, about 4x.": an agreeing reply that
#: gives the quoted order its multiple
_AGREED_MULTIPLE_RE = compile_re(
    # ("> Berlin has a higher murder rate than London / It does, roughly 1.5x.")
    r"\s*(?:yep|yes|yeah|yup|true|correct|indeed|it\s+did|they\s+did|sure\s+did|it\s+does|they\s+do|"
    r"it\s+has|they\s+have|it\s+is|they\s+are)\b[,.!]*\s*"
    r"(?P<h>(?:about|around|roughly|nearly|almost|approx\.?|like|~)\s*)?(?:(?P<n>\d+(?:\.\d+)?)\s*"
    # ("> Paris had more murders than London in 2013 / Yes, about 20% more.": a percent more)
    r"(?:x\b|times\b|(?P<pct>%|pc\b|per\s*cent\b|percent\b)\s*(?:more|higher)\b)"
    # ("> Liverpool had more shootings than Manchester last year / It did, nearly twice as many.")
    r"|(?P<w>twice|double)(?:\s+as\s+(?:many|much|high)|\s+the\s+(?:rate|number|count|total))?\b)",
    re.I,
)


def _agreed_multiple(ctx: Ctx, start: int, end: int) -> None:
    m = _AGREED_MULTIPLE_RE.match(ctx.text, end)
    if m is None:
        return
    at = m.start("n") if m.group("n") else m.start("w")
    read = [c for c in ctx.claims if c.start <= at < c.end]
    if read and not (m.group("pct") and all(c.kind == "change" for c in read)):
        return
    quoted = [c for c in ctx.claims if start <= c.start < end and not c.negated]
    if (
        len(quoted) != 1
        or quoted[0].kind != "comparison"
        or quoted[0].relation != "greater"
        or not quoted[0].other_geography
    ):
        return
    ratio = float(m.group("n")) if m.group("n") else MULTIPLIER_WORDS[m.group("w").lower()]
    if m.group("pct"):
        # (the percent read as a change of its own is the multiple's size: 20% more is 1.2x)
        ctx.claims = [c for c in ctx.claims if c not in read]
        ratio = 1 + ratio / 100
    lo, hi = apply_hedge(ratio, _reply_hedge(m.group("h")))
    opens = end + len(ctx.text[end:]) - len(ctx.text[end:].lstrip())
    ctx.claims.append(
        replace(
            quoted[0],
            start=opens,
            end=m.end(),
            surface=ctx.text[opens : m.end()],
            value=interval(lo, hi),
            relation="ratio",
        )
    )


_IN_GAP_RE = compile_re(r"\s+(?:in\s+)?", re.I)
_THEN_NOW_AFTER_RE = compile_re(r"\s+(?:back\s+)?(?:then|now)\b", re.I)


def _agreed_by(ctx: Ctx, start: int, end: int) -> None:
    _agreed_multiple(ctx, start, end)
    m = _AGREED_BY_RE.match(ctx.text, end)
    size = "frac" if m is not None and m.group("frac") else "n"
    if m is None or any(c.start <= m.start(size) < c.end for c in ctx.claims):
        return
    quoted = [c for c in ctx.claims if start <= c.start < end and not c.negated]
    if len(quoted) != 1:
        return
    if quoted[0].kind == "trend" and quoted[0].direction in ("up", "down"):
        down = quoted[0].direction == "down"
    elif (
        # ("> Murders in Chicago went up 50% this year / Yep, about 55% ...": its size again)
        quoted[0].kind == "change"
        and quoted[0].unit == "percent_change"
        and quoted[0].value is not None
        and quoted[0].value[0] is not None
    ):
        down = quoted[0].value[0] < 0
    else:
        return
    value = share_percent(m.group("frac")) if size == "frac" else float(m.group("n"))
    lo, hi = apply_hedge(value, _reply_hedge(m.group("h")))
    if lo is None or hi is None:
        return
    if down:
        lo, hi = -hi, -lo
    opens = end + len(ctx.text[end:]) - len(ctx.text[end:].lstrip())
    # ("They have, by about two thirds since 2022/23.": the reply's own start of the move)
    since = next(
        (
            t
            for t in ctx.times
            if t.kind == "since" and t.span is not None and m.end() <= t.start <= m.end() + 2
        ),
        None,
    )
    period, baseline = quoted[0].period, quoted[0].baseline
    # ("They are, by about 8% in the year to March 2024 per the ONS.": the reply's own year,
    # against the one before it)
    own = next(
        (
            t
            for t in ctx.times
            if t.kind == "period"
            and t.span is not None
            and m.end() <= t.start <= m.end() + 4
            and _IN_GAP_RE.fullmatch(ctx.text, m.end(), t.start)
        ),
        None,
    )
    if _THEN_NOW_AFTER_RE.match(ctx.text, m.end()) or (
        own is not None and quoted[0].unit == "percent" and m.group("fig")[:2].lower() != "by"
    ):
        # "> Met confidence has dropped since 2016 / Yep, 69% back then, 50% now": a share at
        # a time is a level of a series in percent, not the size of its move
        return
    if own is not None and own.span is not None and since is None:
        earlier = timex.shift_years(own.span, -1)
        period = (own.span[0].isoformat(), own.span[1].isoformat())
        baseline = (earlier[0].isoformat(), earlier[1].isoformat())
    if since is not None and since.span is not None:
        baseline = (since.span[0].isoformat(), since.span[1].isoformat())
        if timex.is_financial(since.span):
            # (a financial year's start runs to the latest complete financial year)
            latest = timex.financial_year(timex.latest_complete_fy(ctx.ref))
            period = (latest[0].isoformat(), latest[1].isoformat())
    ctx.claims.append(
        replace(
            quoted[0],
            kind="change",
            start=opens,
            end=m.end(),
            surface=ctx.text[opens : m.end()],
            value=interval(lo, hi),
            unit="percent_change",
            direction=None,
            intense=False,
            period=period,
            baseline=baseline,
        )
    )


def _reply_moves_against(ctx: Ctx, start: int, end: int) -> None:
    """ "> Drug crime in Glasgow is exploding / It's down about 10% on 2019, mate.": a reply
    whose first line moves the quoted metric the other way, or by a change at least twice
    apart from the quoted one ("> Robbery in Westminster has doubled since 2019 / It's up,
    but about 40%"), denies the quoted move."""
    opens, stop = _reply_line(ctx.text, end)
    # ("> There's a murder every day in London now / ... That's one every 2.7 days, not every
    # day.": the quote's own words, put in the negative)
    nots = [m.group("w").lower() for m in _NOT_WORDS_RE.finditer(ctx.text, opens, stop)]
    answers = [c for c in ctx.claims if opens <= c.start < stop and _way(c) is not None]
    if _AGREES_RE.match(ctx.text, opens):
        answers = []  # "yep, lockdown. and it's gone back up since": agreed, then moved on
    if not answers and not nots:
        return
    for quoted in ctx.claims:
        if not (start <= quoted.start < end) or quoted.negated:
            continue
        said = quoted.surface.lower()
        if any(w in said or (len(w) > 5 and w[:-1] in said) for w in nots):
            quoted.negated = True
            continue
        way = _way(quoted)
        if way is None:
            continue
        own = [a for a in answers if (a.metric, a.geography) == (quoted.metric, quoted.geography)]
        # ("> Knife crime in London is out of control / It went up about 20% last year, ...
        # but it's still below where it was in 2011": the move granted over the quoted years,
        # and another against an older one)
        # (its first answer; not "> Knife crime in London is soaring / It fell about 3% last
        # year, but sure, soaring.")
        first = min(own, key=lambda a: a.start, default=None)
        granted = (
            first is not None
            and not first.negated
            # (one place quoted: not "> Hackney and Lambeth both saw knife crime go up / Hackney
            # yes, up about 10%. Lambeth actually fell.")
            and len({c.geography for c in ctx.claims if start <= c.start < end}) == 1
            and _way(first) == way
            and (first.period, first.baseline) == (quoted.period, quoted.baseline)
        )
        if any(
            # (not "> Knife crime was down about 30% in 2020/21 / and it's gone back up since":
            # a move of later years)
            (
                _way(a) not in (None, way)
                and a.period == quoted.period
                and not granted
                # (not "> Knife crime in London fell 6% last year / And yet it's still higher
                # than in 2019.": a move from another year, which the quoted one leaves standing)
                and (
                    quoted.kind != "change"
                    or a.baseline is None
                    or quoted.baseline is None
                    or a.baseline == quoted.baseline
                )
            )
            or _far_apart(quoted, a)
            for a in own
        ):
            quoted.negated = True


_GAP_UNITS = {"s": "second", "m": "minute", "h": "hour", "d": "day"}


def _per_day_of_gap(n: str, unit: str) -> float | None:
    """ "every 8 minutes" -> 180.0: a time between events as events per day."""
    k = float(n) if n.isdigit() else words_to_number(n)
    return None if not k else rate_of_gap(1, k, _GAP_UNITS[unit[0].lower()])[0]


def _part_of_whole(part: str, whole: str) -> float | None:
    """ "nine in ten" -> 90.0: a share said as a part of a whole, in percent."""
    n = float(part) if part.isdigit() else words_to_number(part)
    d = float(whole) if whole.isdigit() else words_to_number(whole)
    return None if n is None or not d or n > d else 100 * n / d


_CLOCK_AFTER_FIGURE_RE = compile_re(r"[:.][0-5]\d\s?(?:am|pm)?\b|\s?(?:am|pm)\b", re.I)


def _put_right(ctx: Ctx, quoted: Claim, after: int, *, lead_only: bool = False) -> None:
    """'"Knife crime in London rose 20% in 2023" — false, it was more like 5%.': the figure
    the rebuttal gives is a claim of the quoted one's kind, metric, place and period.
    ``lead_only``: the words at ``after + 1`` must open with the lead ("It was about 10%"),
    where they are a sentence of their own rather than the rest of a rebuttal."""
    m = (_PUT_RIGHT_LEAD_RE if lead_only else _PUT_RIGHT_RE).match(ctx.text, after + 1)
    fig = (
        "fig"
        if m is None
        else next((g for g in ("mult", "frac", "wfig", "nin", "ev") if m.group(g)), "fig")
    )
    if m is None:
        return
    taken = [c for c in ctx.claims if c.start <= m.start(fig) < c.end]
    if (
        taken
        and not (
            # ("> Confidence in the Met has collapsed by 60% since 2016 / It's fallen, but more
            # like 30%.": the share read on its own is the quoted change put right)
            quoted.kind == "change"
            and quoted.unit == "percent_change"
            and all(
                c.kind == "level" and c.metric == quoted.metric and c.unit == "percent"
                for c in taken
            )
            # (not "It was 69% in 2016 and 62% in 2024.": shares of their own years)
            and not any(c.start <= t.start <= c.end + 2 for c in taken for t in ctx.all_times)
        )
        and not (
            # ("'London has 130 knife offences a day' — no it doesn't. It's closer to 35.": the
            # bare count read on its own is the quoted rate put right)
            quoted.kind == "frequency"
            and all(
                c.kind == "level" and c.metric == quoted.metric and c.unit == "count" for c in taken
            )
            # (not "It was 135 last year": a year's count of its own, which a rate of one a day
            # is ten times apart from)
            and not any(c.start <= t.start <= c.end + 2 for c in taken for t in ctx.all_times)
            and all(
                same_magnitude(next((v for v in c.value or () if v), 0), quoted.value)
                for c in taken
            )
        )
    ):
        return
    if (
        fig == "wfig"
        and not m.group("wunit")
        and not m.group("lead").lower().startswith(("try", "more", "closer", "nearer"))
        and not re.search(r"\b(?:more\s+like|closer\s+to)\s*$", m.group("h") or "", re.I)
    ):
        return  # ("It's one thing ...": a count in words only after "Try", "More like")
    unit = (m.group("unit") or m.group("wunit") or "").strip().lower()
    percent = (
        unit in ("%", "percent", "per cent") or unit.startswith("per") or fig in ("frac", "nin")
    )
    times = unit in ("x", "times") or fig == "mult"
    if fig == "ev":
        # (only a quoted rate per day takes a time between events)
        fits = quoted.kind == "frequency" and quoted.per == "day"
    elif fig == "frac" and quoted.kind != "change":
        # (a share in words put right is read as a share level where it stands: "More like a
        # sixth"; but "More like two thirds." puts a quoted share right)
        fits = quoted.kind == "level" and quoted.unit == "percent"
    elif quoted.kind == "change" and quoted.unit == "percent_change":
        fits = percent
    elif quoted.kind == "comparison" and quoted.relation == "ratio":
        fits = times
    elif quoted.kind == "level" and quoted.unit == "percent":
        # ("> Met solved 95% of homicides in 2025 / More like half.": a share said in words)
        half = fig == "mult" and m.group("mult").lower() == "half"
        fits = percent or half
    else:
        fits = quoted.kind in ("level", "frequency") and not percent and not times
    if not fits:
        return
    ctx.claims = [c for c in ctx.claims if c not in taken]
    try:
        value = (
            _MULT_VALUES[m.group("mult").lower()]
            if fig == "mult"
            else share_percent(m.group("frac"))
            if fig == "frac"
            else words_to_number(m.group("wfig"))
            if fig == "wfig"
            else _part_of_whole(m.group("nn"), m.group("nd"))
            if fig == "nin"
            else _per_day_of_gap(m.group("evn"), m.group("evu"))
            if fig == "ev"
            else float(m.group("fig").replace(",", ""))
        )
    except (ValueError, KeyError):
        return
    if value is None:
        return
    if quoted.kind == "frequency" and (
        not same_magnitude(value, quoted.value)
        or _CLOCK_AFTER_FIGURE_RE.match(ctx.text, m.end(fig))
    ):
        # ("No. That would be over 260,000 a year.": a rate said in another unit;
        # "It was 7:20am": a time of day)
        return
    if quoted.kind == "level" and quoted.unit == "percent" and fig == "mult":
        value = 50.0
    if quoted.kind == "change" and quoted.value and (quoted.value[0] or 0) < 0:
        value = -value
    lead = m.group("lead").lower()
    hedge = _reply_hedge(m.group("h")) or (
        "hedge_approx"
        if lead.startswith(("closer", "nearer", "about", "around", "roughly"))
        else None
    )
    lo, hi = apply_hedge(value, hedge)
    bound = (m.group("bound") or "").lower()
    if bound:
        under = bound in ("under", "below", "less than", "fewer than")
        lo, hi = (0.0, value) if under else (value, None)
        if under and _JUST_BEFORE_RE.search(
            ctx.text, max(0, m.start("bound") - 8), m.start("bound")
        ):
            # ("It's just under half.": nearly half, as the contract's hedges say)
            lo, hi = apply_hedge(value, "hedge_nearly")
    upper = (
        _OR_UPPER_RE.match(ctx.text, m.end(fig))
        if fig == "fig" and not m.group("unit") and not bound
        else None
    )
    if unit == "+" or (
        unit in ("%", "percent", "per cent")
        and ctx.text.startswith("+", m.end(fig) + len(m.group("unit") or ""))
    ):
        lo, hi = value, None  # ("Try 90%+.")
    elif (
        upper is not None
        and abs(value) < float(upper.group("n").replace(",", "")) <= 2 * abs(value) + 10
    ):
        # ("It's more like 2 or 3.": the range said)
        lo, hi = sorted(
            (value, float(upper.group("n").replace(",", "")) * (1 if value >= 0 else -1))
        )
    elif lo is not None and hi is not None and lo > hi:
        lo, hi = hi, lo
    start, end = (
        m.start("lead"),
        upper.end()
        if upper is not None and lo != hi
        else m.end(fig) + len((m.group("unit") or m.group("wunit") or "").rstrip()),
    )
    # ("> The Met clears up fewer than half of murders / Nope. Over 90% in 2023.": a time of
    # the correction's own)
    own = next(
        (
            t
            for t in ctx.all_times
            if quoted.kind in ("level", "frequency")
            and end <= t.start <= end + 2
            and t.kind == "period"
            and t.span is not None
        ),
        None,
    )
    period = quoted.period
    if own is not None and own.span is not None:
        period = (own.span[0].isoformat(), own.span[1].isoformat())
        end = own.end
    # ("they fell way more than that, like 30%": the direction before the figure is the
    # correction's own, no trend of its own)
    # ("Try nine in ten.": nor is the whole of its share a figure of its own)
    ctx.claims = [
        c
        for c in ctx.claims
        if not (c.kind == "trend" and c.metric == quoted.metric and after < c.start < start)
        and not (fig == "nin" and start <= c.start and c.end <= end)
    ]
    ctx.claims.append(
        replace(
            quoted,
            start=start,
            end=end,
            surface=ctx.text[start:end],
            value=interval(lo, hi),
            period=period,
            negated=False,
        )
    )


_SENTENCE_BREAK_RE = compile_re(r"[.!?][\"'”’]?\s")
_NEG_BEFORE_QUOTE_RE = compile_re(r"n['’]t\b|\bnot\b|\bnever\b|\bno\b", re.I)
#: "Claims circulating online that knife crime has doubled are false": the claims the
#: sentence calls false, in its "that" clause
_CLAIMS_THAT_FALSE_RE = compile_scan(
    r"\bclaims?\b[^.!?\n]{0,40}?\bthat\s+(?P<body>[^.!?\n]{5,200}?)\s+(?:is|are|was|were)\s+"
    r"(?:simply\s+|completely\s+|just\s+|entirely\s+)?(?:false|wrong|untrue|not\s+true|nonsense|rubbish|"
    r"a\s+myth|incorrect)\b",
    re.I,
)


#: "Whoever said Leeds had 100 murders in 2023 is chatting rubbish": the say-so of someone
#: the post calls wrong, in the words after the saying verb
_WHOEVER_SAID_WRONG_RE = compile_scan(
    r"(?:\b(?:whoever|anyone\s+who|anybody\s+who|everyone\s+who|people\s+who|those\s+who|"
    r"the\s+(?:guy|bloke|person|people|lot|account|idiots?|muppets?)\s+(?:who|that))\s+"
    r"(?:says?|said|claims?|claimed|reckons?|reckoned|thinks?|thought|posted|tweeted|"
    r"keeps?\s+saying|(?:is|are|was|were)\s+(?:saying|claiming|posting))\s+(?:that\s+)?"
    # ("The viral graphic saying knife crime has tripled since 2019 is just wrong", "People
    # saying shootings in New York are down this year are just wrong")
    r"|\b(?:(?:the|that|this)\s+(?:viral\s+|latest\s+|new\s+)?(?:[\w'’]+\s+){0,3}?(?:graphic|post|message|"
    # ("The Evening Standard graphic saying ... is just wrong": a source of two words)
    r"tweet|meme|video|article|headline|leaflet|claim|stat|statistic|figure|chart|thread|front\s+page|splash|"
    # ("The bloke on LBC saying they went up last year is just wrong")
    r"guy|bloke|fella|man|woman|caller|presenter|host)s?|people|folks|everyone|those|"
    # ("posts claiming Melbourne's murder rate has tripled since 2019 are false")
    r"(?:viral\s+)?(?:graphics|posts|messages|tweets|memes|videos|articles|headlines|claims|stats|threads))"
    r"(?:\s+(?:on|from|at)\s+[\w'’]+(?:\s+[\w'’]+)?)?\s+"
    r"(?:(?:going\s+round|going\s+around|doing\s+the\s+rounds)\s+)?"
    # ("That stat about a stabbing every 4 minutes in London is wrong")
    # (its "about" kept in the body: the claim's words may open on it)
    r"(?:(?:saying|claiming|that\s+says|that\s+claims)\s+(?:that\s+)?|(?<=stat\s)(?=about\s)|"
    r"(?<=statistic\s)(?=about\s)|(?<=figure\s)(?=about\s)|(?<=claim\s)(?=about\s)))"
    r"(?P<body>[^.!?\n]{5,200}?)\s+(?:is|are|was|were|has|have)\s+(?:\w+\s+)?" + SAYER_WRONG_SRC,
    re.I,
)


#: (a cheap test before the pattern above: its "who"/"whoever")
_SAYER_WORDS_RE = compile_scan(
    r"\bwho(?:ever)?\b|\bthat\s+(?:says?|said|claim)|\b(?:saying|claiming)\b|"
    r"\b(?:stat|statistic|figure)\s+about\b",
    re.I,
)


def _same_measure(a: Claim, b: Claim) -> bool:
    """Do two claims measure the same thing of the same place and time (their figures aside)?"""
    return (a.metric, a.kind, a.geography, a.period, a.baseline) == (
        b.metric,
        b.kind,
        b.geography,
        b.period,
        b.baseline,
    )


def _claims_called_false(ctx: Ctx) -> None:
    """ "Claim doing the rounds: '...'. Met figures: ... The claim is false.", "Claims that
    ... are false": what the post calls false is denied."""
    text = ctx.text
    for m in (*_CLAIMS_THAT_FALSE_RE.finditer(text), *_WHOEVER_SAID_WRONG_RE.finditer(text)):
        for claim in ctx.claims:
            if m.start("body") <= claim.start < m.end("body"):
                claim.negated = True
    called = CLAIM_CALLED_FALSE_RE.search(text)
    if called is None:
        return
    for q in _QUOTED_RE.finditer(text, 0, called.start()):
        for claim in ctx.claims:
            if q.start() <= claim.start < q.end() and claim.end <= q.end() + 1:
                claim.negated = True


_REBUTTED_QUOTE_RE = compile_scan(
    # ('"London's homicides up 5% in 2022" 🙄 Wrong.': an emoji may stand between)
    r"(?:^|(?<=[\s(]))[\"'“‘](?P<q>[^\"“”\n]{5,200}?)[\"'”’]\s*[-–—:,?!.]*\s*(?:[\U0001F300-\U0001FAFF\u2600-\u27BF\ufe0f]+\s*)?"
    # "'up 9%' says the Standard. Wrong.", "'...' stuff from last year was nonsense"
    r"(?:(?:says?|said|claims?|claimed|according\s+to|per|from|stuff|claim|line|narrative|myth|"
    # ('To everyone sharing the "Birmingham knife crime up 200%" meme: it's nonsense.')
    r"headline|graphic|tweet|post|meme|image|video|front\s+page|splash|leaflet|poster)\b[^.!?\n\"“”]{0,50}?[\s.,:;!?–—-]+"
    # ("The '40 phones snatched an hour in Westminster' figure is wrong.": the figure's own
    # noun, its verb next)
    # ("The '...' figure going round is wrong.")
    r"|(?:figure|stat|number|statistic|thing)s?\s+(?:(?:going|doing\s+the)\s+(?:a)?rounds?\s+|circulating\s+|"
    r"being\s+shared\s+|online\s+|on\s+here\s+)?(?=(?:is|was|are|were)\s))?"
    r"(?:(?:is|was|are|were)\s+(?:total|complete|utter|just)?\s*(?=nonsense|rubbish|false|wrong|untrue|a\s+lie|fake|bollocks|a\s+myth|(?:wildly|way|miles|well)\s+off\b|off\s+by\s+(?:a\s+(?:country\s+)?mile|miles|a\s+long\s+way)))?"
    # ('"..." lol no, try 20+': a laugh before the denial)
    # ('"Over 1,000 phones snatched every day in London!!!" Lads this is nonsense.')
    # ("Guy at the pub: '...'. Me: nope, ...": the poster's own turn in a dialogue)
    r"(?:(?:lol|lmao|haha+|ha|ffs|smh|mate|lads|guys|folks|people|erm|um)\b[,.!]*\s*|me\s*:\s*)?"
    # ('"Knife crime in London is exploding" — except it isn't.')
    # ('"..." - no its not true': "it's" without its apostrophe)
    r"(?:(?:no(?:pe)?\b[,.!]*\s*|except\s+)?(?:(?:they|it|that)(?:['’]?re|['’]?s|\s+(?:are|is|did|has|have))?\s*"
    # ('"London has a higher murder rate than New York" — no it doesn't.')
    r"(?:(?:literally|actually|just|simply|really|clearly)\s+)?(?:is|are|was|were|does|do)?(?:n['’]t|\s+not)\b"
    + AGREEING_NOT_SRC
    + r"|"
    r"nah\b|nope\b|no\s*[,.!](?!\s*(?:idea|clue|one|doubt)\b)|no\s+(?:mate|pal|chief|way)\b|not\s+even\s+close\b|"
    r"(?=(?:up|down|it\s+(?:rose|fell|went)|they\s+(?:rose|fell|went))\b))"
    r"|(?:that['’]s\s+|this\s+is\s+|it['’]s\s+|it\s+is\s+)?(?:false|wrong|untrue|not\s+true|not\s+quite|a\s+lie|nonsense|rubbish|fake|bollocks|a\s+myth|(?:wildly|way|miles|well)\s+off\b|off\s+by\s+(?:a\s+(?:country\s+)?mile|miles|a\s+long\s+way))\b"
    # ('"A stabbing every 30 seconds in London" — that meme is rubbish.')
    r"|(?:that|this|the)\s+(?:meme|claim|stat|figure|graphic|post|tweet|headline|line|number)\s+(?:is|was)\s+"
    r"(?:(?:total|complete|utter|just|simply)\s+)?(?:false|wrong|untrue|not\s+true|a\s+lie|nonsense|rubbish|fake|bollocks|a\s+myth)\b"
    # ('QT: "London knife crime hits record low" — not a record.')
    r"|not\s+a\s+record\b"
    # ("'Knife crime in Brum has halved since 2019!' says the PCC. Halved? My arse.": scorn,
    # the quote's word asked back first)
    r"|(?:[A-Za-z]+\?+\s*)?(?:my\s+arse|my\s+ass|yeah,?\s+right|pull\s+the\s+other\s+one|dream\s+on|in\s+your\s+dreams)\b"
    # ("'Knife crime in London rose 20% in 2022/23'? Try 6%.")
    r"|(?:try|more\s+like|closer\s+to)\s+(?=~?\d)"
    # '"20 teenagers murdered in London last year" Actually it's 8.', "'a murder every 2
    # days' — it was 97 last year": a figure put right after the quote
    r"|(?:actually[,\s]+)?(?:it['’]s|it\s+(?:is|was)|they\s+(?:are|were)|the\s+(?:real|actual|true)\s+"
    r"(?:number|figure|total)\s+(?:is|was))\s+(?:actually\s+|really\s+|only\s+|just\s+|about\s+|around\s+|"
    r"closer\s+to\s+|nearer\s+|more\s+like\s+)?(?=\d))",
    re.I,
)
