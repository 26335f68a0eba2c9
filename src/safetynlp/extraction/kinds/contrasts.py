"""A place set against the claim before it in the same sentence, with the series left out.

"Shootings in Hackney fell by a quarter last year whereas Haringey saw them go up." makes a
second claim of the first one's series and period, for Haringey: a trend up. So do "..., while
neighbouring Tower Hamlets saw a 9% fall" (a change), "..., whereas Naples hasn't seen any
fall" (a denied trend) and "Amsterdam saw 1.4 murders per 100,000 last year, whereas Rotterdam
came in under 1" (a level). The clause must say nothing but its place, a few words of
reference ("saw them", "they've", "came in") and the move or the figure: a clause with words
of its own ("whereas London house prices went up") is left alone.
"""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import date

from safetynlp.extraction.context import (
    TURN_WORDS_SRC,
    Ctx,
    apply_hedge,
    hedge_before,
    is_negated,
    within,
)
from safetynlp.extraction.kinds.extremums import records_in
from safetynlp.extraction.kinds.levels import RATE_BASE_RE, per_100k_factor, scaled
from safetynlp.extraction.literals import compile_scan
from safetynlp.extraction.regex_cache import compile_re
from safetynlp.extraction.timex import shift_years
from safetynlp.types import Claim

#: from the end of a claim to the word that turns the next clause: a few words, then a comma
#: or a space
_TO_TURN_SRC = r"[^.!?;:\n]{0,40}?(?:,\s*|\s+)"
#: from the end of the claim to the place set against it: ", whereas", " while in"
_TURN_RE = compile_re(
    _TO_TURN_SRC + TURN_WORDS_SRC + r"\s+"
    r"(?:in\s+)?(?:the\s+)?(?:(?:neighbouring|neighboring|nearby|next-door)\s+)?$",
    re.I,
)
#: what the place's clause may say before its move: words that refer back, and verbs
_REFERENCE_RE = compile_re(
    r"(?:['’]s)?(?:,)?(?:\s+(?:saw|has\s+seen|have\s+seen|had|has|have|recorded|logged|"
    r"reported|posted|is|was|are|were|hasn['’]t|haven['’]t|hadn['’]t|didn['’]t|did\s+not|"
    r"isn['’]t|wasn['’]t|aren['’]t|weren['’]t|not|never|they|they['’]ve|they['’]re|it|it['’]s|"
    r"its|them|those|these|numbers|figures|seen|any|no|actually|still|only|just|even|also|"
    r"instead|came\s+in|come\s+in|stood|sits|closer\s+to|nearer|more\s+like|a|an|the\s+(?:"
    r"figure|number|rate|count|total)s?|"
    # ("Swansea recorded a small fall", "Bradford did see an increase", "St. Louis is seeing
    # roughly a 20% drop")
    r"see|seeing|sees|did|does|do|at\s+all|small|smaller|slight|slighter|modest|tiny|big|bigger|"
    r"sharp|sharper|steep|steeper|large|larger|huge|roughly|about|around|nearly|almost|"
    r"approximately|"
    # ("London's keep dropping", "Wales on its own saw a 7% fall")
    r"keep|keeps|kept|continue|continues|continued|to|on\s+its\s+own|alone|itself|as\s+a\s+whole|"
    r"overall))*\s+",
    re.I,
)
_UP_RE = compile_re(
    r"(?:(?:go|gone|went|going|goes|get|got|gotten|tick(?:ed|s)?|edg(?:ed|es)|crept|creep|"
    r"inch(?:ed|es)?)\s+up|ris(?:en|e|es|ing)|rose|"
    r"climb(?:ed|ing|s)?|increas(?:ed|ing|es|e)|jump(?:ed|ing|s)?|soar(?:ed|ing|s)?|up|"
    r"(?:an?\s+)?(?:rise|increase|jump|spike))\b",
    re.I,
)
_DOWN_RE = compile_re(
    r"(?:(?:go|gone|went|going|goes|come|came|tick(?:ed|s)?|edg(?:ed|es)|crept|creep|"
    r"inch(?:ed|es)?)\s+down|fall(?:en|ing|s)?|fell|"
    r"drop(?:ped|ping|s)?|declin(?:e|ed|ing|es)|decreas(?:e|ed|ing|es)|down|"
    r"(?:a\s+)?(?:fall|drop|decline|decrease|dip))\b",
    re.I,
)
#: a change's size and its direction word after it: "a 9% fall"
_SIZED_MOVE_RE = compile_re(
    r"(?:a\s+)?(?:(?P<n>\d+(?:\.\d+)?)\s*(?:%|pc\b|per\s*cent\b|percent\b)\s+"
    r"(?:(?P<up>rise|increase|jump)|(?P<down>fall|drop|decline|decrease|dip))\b"
    # ("Los Angeles saw a smaller rise of about 30%")
    r"|(?:(?:smaller|bigger|larger|sharper|steeper|slower|faster|milder|modest|small|big)\s+)?"
    r"(?:(?P<up2>rise|increase|jump)|(?P<down2>fall|drop|decline|decrease|dip))\s+of\s+"
    r"(?:(?:about|around|roughly|nearly|almost|over|under|just|only)\s+)?"
    r"(?P<n2>\d+(?:\.\d+)?)\s*(?:%|pc\b|per\s*cent\b|percent\b))",
    re.I,
)
#: "hasn't seen the same drop": the move before, said again
_SAME_MOVE_RE = compile_re(
    r"(?:the\s+)?(?:same|similar)\s+(?:kind\s+of\s+)?(?:rise|increase|jump|fall|drop|decline|"
    r"decrease|dip|spike|surge|cut)s?(?=\s*(?:[,.;!?\n]|$))",
    re.I,
)
#: the figure's close: nothing but the clause's end after it
_FIGURE_END_RE = compile_re(r"\s*(?:per\s+(?:100k|100,000|head|capita)\s*)?(?=[,.;!?\n]|$)", re.I)
#: the words of a record ("the lowest since 2019", "a 40-year low")
_RECORD_SRC = r"record|lowest|highest|fewest|all-time|\d+-year\s+(?:low|high)"
#: a record in a clause the readers are asked to read ("the most", "the worst" too, as there)
_RECORD_WORDS = compile_re(rf"\b(?:{_RECORD_SRC}|most|worst|best)\b", re.I)
_NO_RE = compile_re(r"\b(?:no|not|never)\b|n['’]t\b", re.I)
#: a record soon after a place joined on by "and" (where "the most" would be a ranking)
_RECORD_AFTER_RE = compile_re(rf"[^,.;!?\n\d]{{0,30}}?\b(?:{_RECORD_SRC})\b", re.I)
_AND_TURN_RE = compile_re(_TO_TURN_SRC + r"and\s+(?:in\s+)?$", re.I)
#: "the same", "likewise": the claim again, size and all
_SAME_AFTER_RE = compile_re(
    r"(?:['’]s)?(?:\s+(?:was|is|saw|had|did|were|are|went))?\s+(?:(?:much|about|roughly|"
    r"pretty\s+much|exactly|just)\s+)?(?:the\s+same|likewise)"
    # ("and Newham saw the same rise")
    r"(?:\s+(?:rise|increase|jump|fall|drop|decline|decrease|dip|spike|surge))?(?=\s*(?:[,.;!?\n]|$))",
    re.I,
)
#: "by the same amount", "by a similar margin": the size of the move before
_SAME_SIZE_RE = compile_re(
    r"\s+by\s+(?:(?:about|roughly|much)\s+)?(?:the\s+same|a\s+similar)\s+"
    r"(?:amount|margin|percentage|proportion|degree|rate)\s*",
    re.I,
)
_COMMA_TURN_RE = compile_re(r"[^.!?;:\n]{0,40}?,\s*$")
#: "was higher tho", "'s lower": the place's whole clause a comparative
_COMPARATIVE_AFTER_RE = compile_re(
    r"(?:['’]s|\s+(?:is|was|are|were|has\s+been|had\s+been))?\s+(?:(?:still|even|much|far|way|"
    r"a\s+lot|slightly|a\s+bit|actually)\s+)*(?:(?P<gt>higher|worse|bigger|greater)|"
    r"(?P<lt>lower|better|smaller))(?:\s+(?:tho|though|lol|still|too|again))?(?=\s*(?:[,.;!?\n]|$))",
    re.I,
)
#: (not the point in "3.5")
_CLAUSE_STOP_RE = compile_re(r"[,;!?\n]|\.(?!\d)")
_CUE_WORDS = compile_scan(
    r"\b(?:while|whereas|but|though|although|yet|higher|lower|worse|better|bigger|smaller|greater|"
    r"same|likewise|similar|neither|nor)\b",
    re.I,
)


def contrasted_places(ctx: Ctx, sent: tuple[int, int]) -> None:
    text = ctx.text
    if not _CUE_WORDS.search(text, *sent):
        return
    for claim in [c for c in ctx.claims if within(c.start, sent)]:
        if claim.kind not in ("change", "trend", "extremum", "level") or claim.period is None:
            continue
        place = next(
            (
                p
                for p in ctx.places
                if claim.end <= p.start < sent[1]
                and p.place != claim.geography
                and (
                    _TURN_RE.search(text, claim.end, p.start)
                    # ("Chicago homicide rate ~29 per 100k in 2021, NOLA was higher tho": a
                    # comma will do before a comparative)
                    or (
                        _COMMA_TURN_RE.search(text, claim.end, p.start)
                        and _COMPARATIVE_AFTER_RE.match(text, p.end)
                    )
                    # ("Firearm offences in the West Midlands rose 18% in 2022, and Merseyside
                    # the same.")
                    or (
                        _AND_TURN_RE.search(text, claim.end, p.start)
                        and (
                            _SAME_AFTER_RE.match(text, p.end)
                            # ("..., and Memphis posted its lowest total in a decade")
                            or _RECORD_AFTER_RE.match(text, p.end)
                        )
                    )
                )
            ),
            None,
        )
        if place is None:
            continue
        ref = _REFERENCE_RE.match(text, place.end)
        pos = ref.end() if ref is not None else place.end
        end = _clause_end(text, pos, sent)
        if (
            any(place.end <= mm.start < end for mm in ctx.metrics)
            or any(c is not claim and c.start < end and c.end > place.start for c in ctx.claims)
            or any(place.end <= p.start < end for p in ctx.places)
        ):
            continue  # the clause names its own series, or was read already
        twin = _twin(ctx, claim, place.end, pos, end)
        if twin is None:
            # ("Knife crime in Haringey isn't soaring, but in Enfield it really is")
            twin = _turned(claim, _ELLIPSIS_RE.fullmatch(text, place.end, end))
        if twin is None:
            # ("New York's shootings were the lowest on record, while Chicago's were the
            # lowest since 2019": the record reader, on the clause as a sentence of its own,
            # reads it as it reads "Chicago's were the lowest since 2019." after the first)
            if _RECORD_WORDS.search(text, pos, end):
                for c in records_in(ctx, (place.start, end)):
                    if c.geography == place.place:
                        c.start, c.surface = place.start, text[place.start : c.end]
                        ctx.claims.append(c)
            continue
        twin.geography, twin.geography_source = place.place, place.how
        twin.start, twin.end, twin.surface = place.start, end, text[place.start : end]
        ctx.claims.append(twin)


#: from the end of the claim to the series set against it: ", while", " but"
_SERIES_TURN_RE = compile_re(
    _TO_TURN_SRC + TURN_WORDS_SRC + r"\s+"
    r"(?:the\s+(?:number\s+of\s+)?)?$",
    re.I,
)
#: "..., and neither is", "... nor are": the series after it denied as the claim was
_NEITHER_TURN_RE = compile_re(
    _TO_TURN_SRC + r"(?:and\s+)?(?:neither|nor)\s+(?:is|are|was|were|has|have|had|"
    r"did|does|do)\s+(?:the\s+(?:number\s+of\s+)?)?$",
    re.I,
)
_NEITHER_WORD_RE = compile_re(r"\b(?:neither|nor)\b", re.I)
#: "... but robberies are", "... but burglaries really did": the claim's verb said again
_ELLIPSIS_RE = compile_re(
    r"(?:['’]s)?\s+(?:(?:it|they)\s+)?(?:(?:really|definitely|certainly|actually|sure)\s+)?"
    r"(?:is|are|was|were|has|have|had|did|does|do)(?P<not>n['’]t|\s+not)?"
    r"(?:\s+(?:tho|though|lol))?\s*$",
    re.I,
)


def _turned(claim: Claim, m: re.Match[str] | None) -> Claim | None:
    """The move of ``claim`` for the turned clause whose verb ``m`` says it again: "...
    aren't up, but robberies are" affirms it, "... is up, but Bradford's isn't" denies it."""
    if m is None or claim.kind not in ("change", "trend", "extremum"):
        return None
    denied = m.group("not") is not None
    return replace(claim, negated=denied) if denied != claim.negated else None


def contrasted_series(ctx: Ctx, sent: tuple[int, int]) -> None:
    """ "Homicides in England and Wales were at a record low in the year to March, while knife
    crime was the lowest in a decade": a series set against the claim before, for the claim's
    place and period, with a move, a record, or its verb said again ("Stabbings in Croydon
    aren't up, but robberies are")."""
    text = ctx.text
    if not _CUE_WORDS.search(text, *sent):
        return
    for claim in [c for c in ctx.claims if within(c.start, sent)]:
        if claim.kind not in ("change", "trend", "extremum") or claim.period is None:
            continue
        series = next(
            (
                mm
                for mm in ctx.metrics
                if claim.end <= mm.start < sent[1]
                and mm.metric
                and mm.stat
                and (
                    _SERIES_TURN_RE.search(text, claim.end, mm.start)
                    or (claim.negated and _NEITHER_TURN_RE.search(text, claim.end, mm.start))
                    # (joined on by "and" only with the size said again: "..., and shootings
                    # were down by the same amount")
                    or (
                        _AND_TURN_RE.search(text, claim.end, mm.start)
                        and _SAME_SIZE_RE.search(text, mm.end, _clause_end(text, mm.end, sent))
                    )
                )
            ),
            None,
        )
        if series is None or series.metric == claim.metric:
            continue
        end = _clause_end(text, series.end, sent)
        neither = _NEITHER_WORD_RE.search(text, claim.end, series.start) if claim.negated else None
        moved = next(
            (
                c
                for c in ctx.claims
                if c.kind == "trend"
                and c.metric == series.metric
                and series.start <= c.start < end
                and claim.kind == "change"
                and claim.value is not None
                and (c.direction == "up") == ((claim.value[0] or 0) > 0)
                and _SAME_SIZE_RE.fullmatch(text, c.end, end)
            ),
            None,
        )
        if moved is not None:
            # ("Knife crime in London fell 15% in 2020, and shootings were down by the same
            # amount": the move read already takes the size of the one before)
            moved.kind, moved.unit, moved.value, moved.direction = (
                "change",
                "percent_change",
                claim.value,
                None,
            )
            moved.intense, moved.end, moved.surface = None, end, text[moved.start : end]
            continue
        if neither is not None and _NEITHER_TURN_RE.search(text, claim.end, series.start):
            # ("Knife crime in London isn't up, and neither is gun crime": denied too)
            if text[series.end : end].strip(" \t").lower() in ("", "either"):
                ctx.claims.append(
                    replace(
                        claim,
                        metric=series.metric,
                        family=series.family,
                        metric_phrase=series.phrase,
                        start=neither.start(),
                        end=end,
                        surface=text[neither.start() : end],
                    )
                )
            continue
        if not _SERIES_TURN_RE.search(text, claim.end, series.start):
            continue  # (joined on by "and" with no size said again)
        if (
            any(series.end <= mm.start < end for mm in ctx.metrics)
            or any(c is not claim and c.start < end and c.end > series.start for c in ctx.claims)
            or any(claim.end <= p.start < end for p in ctx.places)
        ):
            continue  # the clause is a claim of its own, or was read already
        said = replace(
            claim, metric=series.metric, family=series.family, metric_phrase=series.phrase
        )
        twin = _turned(said, _ELLIPSIS_RE.fullmatch(text, series.end, end))
        if twin is None:
            ref = _REFERENCE_RE.match(text, series.end)
            pos = ref.end() if ref is not None else series.end
            twin = _twin(ctx, said, series.end, pos, end)
            if twin is None and _RECORD_WORDS.search(text, pos, end):
                found = [
                    c for c in records_in(ctx, (series.start, end)) if c.metric == series.metric
                ]
                if len(found) == 1:
                    twin = found[0]
                    twin.geography, twin.geography_source = claim.geography, claim.geography_source
                    if not any(
                        series.start <= t.start < end and t.span is not None for t in ctx.times
                    ):
                        twin.period = claim.period
        if twin is None:
            continue
        twin.start, twin.end, twin.surface = series.start, end, text[series.start : end]
        ctx.claims.append(twin)


def _clause_end(text: str, pos: int, sent: tuple[int, int]) -> int:
    stop = _CLAUSE_STOP_RE.search(text, pos, sent[1])
    return stop.start() if stop is not None else sent[1]


def _comparison(claim: Claim, m: re.Match[str]) -> Claim | None:
    """ "..., NOLA was higher": the place against the claim's own, on the claim's measure."""
    if claim.kind != "level" or claim.unit not in ("count", "rate_per_100k"):
        return None
    return replace(
        claim,
        kind="comparison",
        value=None,
        other_geography=claim.geography,
        relation="greater" if m.group("gt") else "less",
        baseline=None,
        direction=None,
        per=None,
    )


def _twin(ctx: Ctx, claim: Claim, after: int, pos: int, end: int) -> Claim | None:
    """The claim said again from ``pos`` (its words of reference from ``after``)."""
    text = ctx.text
    # ("Manchester has seen no fall at all": the reference words may deny the move)
    negated = is_negated(ctx, after, pos + 1) or _NO_RE.search(text, after, pos) is not None
    if _SAME_AFTER_RE.match(text, after) is not None:
        return replace(claim)
    compared = _COMPARATIVE_AFTER_RE.match(text, after)
    if compared is not None and compared.end() >= end:
        twin = _comparison(claim, compared)
        if twin is not None:
            twin.negated = negated
        return twin
    if _SAME_MOVE_RE.match(text, pos) and claim.kind in ("change", "trend"):
        return replace(claim, negated=negated)
    sized = _SIZED_MOVE_RE.match(text, pos)
    if sized is not None and (
        (claim.kind == "change" and claim.unit == "percent_change")
        # ("Robbery in Lambeth edged up in 2023, while neighbouring Southwark saw a 7% fall")
        or (claim.kind == "trend" and claim.unit == "count")
    ):
        n = "n" if sized.group("n") else "n2"
        hedge, _ = hedge_before(ctx, sized.start(n))
        lo, hi = apply_hedge(float(sized.group(n)), hedge)
        if sized.group("down") or sized.group("down2"):
            lo, hi = (None if hi is None else -hi), (None if lo is None else -lo)
        return replace(
            claim,
            kind="change",
            unit="percent_change",
            direction=None,
            intense=None,
            value=(lo, hi),
            negated=negated,
        )
    up, down = _UP_RE.match(text, pos), _DOWN_RE.match(text, pos)
    move = up or down
    if (
        move is not None
        and claim.kind == "change"
        and _SAME_SIZE_RE.fullmatch(text, move.end(), end)
        and (up is not None) == ((claim.value or (0, 0))[0] or 0) > 0
    ):
        # ("Knife crime in London fell 15% in 2020, and shootings were down by the same
        # amount")
        return replace(claim, negated=negated)
    if move is not None and text[move.end() : end].strip(" \t") in (
        "",
        "again",
        "instead",
        "at all",
        "too",
        "as well",
        # ("whereas Ireland as a whole is down slightly")
        "slightly",
        "a bit",
        "a little",
        "sharply",
        "steeply",
        "a lot",
    ):
        direction = "up" if up is not None else "down"
        period = claim.period
        if claim.kind in ("change", "trend"):
            baseline = claim.baseline
        elif claim.kind == "extremum" and period is not None and period[0] and period[1]:
            before = shift_years((date.fromisoformat(period[0]), date.fromisoformat(period[1])), -1)
            baseline = (before[0].isoformat(), before[1].isoformat())
        else:
            return None
        unit = "count" if claim.unit == "percent_change" else claim.unit
        return replace(
            claim,
            kind="trend",
            value=None,
            unit=unit,
            direction=direction,
            baseline=baseline,
            negated=negated,
            window_years=None,
            intense=None,
            other_geography=None,
            relation=None,
        )
    if claim.kind != "level":
        return None
    figure = next((q for q in ctx.quantities if pos <= q.start < end and q.kind != "percent"), None)
    if figure is None or claim.value is None or not _FIGURE_END_RE.match(text, figure.end):
        return None
    hedge, hstart = hedge_before(ctx, figure.start)
    if hstart < pos and hedge is None:
        return None
    lo, hi = (figure.lo, figure.hi) if figure.lo is not None else apply_hedge(figure.value, hedge)
    if claim.unit == "rate_per_100k" and (
        base := RATE_BASE_RE.search(text, claim.start, claim.end)
    ):
        # ("London's knife crime rate is about 1.7 per 1,000 people, while England and Wales as
        # a whole is closer to 0.8": the figure is on the base the claim before was)
        lo, hi = scaled(lo, hi, per_100k_factor(base))
    return replace(claim, value=(lo, hi), negated=negated)
