"""How many of the crimes a claim just counted were solved or charged.

"Shoplifting in England and Wales hit 340,000 offences last year and only about 1 in 7 led to
a charge." gives the count, then a share of it that names no crime of its own: the charge rate
of shoplifting, for the count's place and period. So do "... and police solved only about a
third of them" and "..., and fewer than half were solved".
"""

from __future__ import annotations

import re
from dataclasses import replace

from safetynlp.extraction.context import (
    Ctx,
    Periods,
    add,
    apply_hedge,
    change_periods,
    hedge_before,
    interval,
    within,
)
from safetynlp.extraction.lexicon import MetricMention
from safetynlp.extraction.literals import compile_scan
from safetynlp.extraction.numbers import SHARE_WORDS_SRC, share_percent, words_to_number
from safetynlp.extraction.regex_cache import compile_re
from safetynlp.types import Claim

_SHARE_SRC = (
    r"(?:(?P<n>\d+(?:\.\d+)?)\s*(?:%|per\s*cent\b|percent\b)"
    r"|(?P<one>\d+|one|two|three|four|five)\s+(?:in|out\s+of)\s+(?:every\s+)?"
    r"(?P<every>\d+|three|four|five|six|seven|eight|nine|ten|twenty)"
    rf"|(?P<words>{SHARE_WORDS_SRC}|half))"
)
_HEDGES_SRC = (
    r"(?:(?:only|just|barely|about|around|roughly|nearly|almost|under|over|approx\.?|"
    r"approximately|fewer\s+than|less\s+than|more\s+than|not\s+even|well\s+under)\s+)*"
)
_CHARGED_SRC = (
    r"(?:(?:led|lead|leads|leading|resulted|results|resulting|ended|ends|ending|end)\s+(?:to|in|with)"
    r"\s+(?:a\s+)?(?:charge|prosecution|(?:someone|somebody|anyone)\s+(?:being\s+)?charged)|"
    r"(?:were|are|was|got|get|gets|(?:have|has|had)\s+been)\s+(?:ever\s+)?(?:charged|prosecuted)|"
    # ("Nottingham: 1,900 robberies last year, 11% charged.")
    r"charged(?=\s*(?:[.;!?\n]|$)))"
)
_SOLVED_SRC = r"(?:(?:were|are|was|got|get|gets|(?:have|has|had)\s+been)\s+(?:ever\s+)?(?:solved|cleared(?:\s+up)?|detected))"
#: who solved or charged: "police", "the Met", "GMP"
_AGENT_SRC = (
    r"(?:(?:the\s+)?(?:police|cops|detectives|officers|they|met)|"
    # ("the NYPD cleared roughly two thirds of them")
    r"(?:the\s+)?(?-i:[A-Z][\w'’.&-]*)(?:\s+(?-i:[A-Z][\w'’.&-]*)){0,2})"
)
_VERB_SRC = (
    r"(?:(?P<solve>solv(?:ed|es|e)|clear(?:ed|s)?(?:\s+up)?)|(?P<charge>charg(?:ed|es|e)|"
    r"prosecut(?:ed|es|e)|secur(?:ed|es|e)\s+(?:a\s+)?charges?\s+in(?=\s)))"
)
#: "of them", "of those cases"
_OF_THEM_SRC = r"\s+of\s+(?:them|those|these)(?:\s+(?:cases|offences|crimes|reports))?"
#: from the claim's end: ", and only about 1 in 7 led to a charge", "and police solved only
#: about a third of them", "; about 1 in 12 ended in someone being charged"
_OUTCOME_AFTER_RE = compile_re(
    r"(?P<gap>[^.!?;:\n%]{0,50}?)(?:[,;]\s*(?:(?:and|but|yet|with)\s+)?|\s+(?:and|but|yet|with)\s+)"
    r"(?P<body>(?:"
    + _AGENT_SRC
    + r"\s+)?"
    + _VERB_SRC
    + r"(?:\s+(?:someone|somebody|anyone)\s+in)?\s+(?P<h1>"
    + _HEDGES_SRC
    + r")"
    + _SHARE_SRC.replace("(?P<", "(?P<v_")
    + r"(?:"
    + _OF_THEM_SRC
    + r"|\s+of\s+the\s+\w+|\s+of\s+(?:all\s+)?(?:cases|offences|crimes|reports|incidents))?"
    r"|(?P<h2>"
    + _HEDGES_SRC
    + r")"
    + _SHARE_SRC
    + r"(?:"
    + _OF_THEM_SRC
    + r"|\s+(?:offences|cases|crimes|reports))?\s+(?:(?P<charged>"
    + _CHARGED_SRC
    + r")|(?P<solved>"
    + _SOLVED_SRC
    + r")))"
    r"(?=\s*(?:[.,;!?\n]|$|\s(?:in|last|this|and|but)\b))",
    re.I,
)
_CUE_WORDS = compile_scan(r"\b(?:charg|prosecut|solv|clear|detect)", re.I)


#: "Of every 100 burglaries in Kent last year, just 3 ended in a charge": the whole first,
#: then the part that was charged or solved
_OF_EVERY_RE = compile_re(
    r"\b(?:of|out\s+of)\s+every\s+(?P<d>\d{1,3}(?:,\d{3})?)\s+(?P<what>[^,.!?;:\n]{3,80}?)\s*,\s*"
    r"(?P<h>"
    + _HEDGES_SRC
    + r")(?P<n>\d+(?:\.\d+)?|one|two|three|four|five|six|seven|eight|nine)\s+(?:(?P<charged>"
    + _CHARGED_SRC
    + r")|(?P<solved>"
    + _SOLVED_SRC
    + r"|(?:ended|end|ends|led|lead|leads)\s+(?:in|with)\s+(?:the\s+)?(?:crime|case|offence)\s+"
    r"(?:being\s+)?solved))",
    re.I,
)


def outcome_shares(ctx: Ctx, sent: tuple[int, int]) -> None:
    text = ctx.text
    if not _CUE_WORDS.search(text, sent[0], sent[1] + 100):
        return  # (cheap first)
    if "every" in text[sent[0] : sent[1]]:
        _of_every(ctx, sent)
    for claim in [c for c in ctx.claims if within(c.start, sent)]:
        if claim.kind not in ("level", "change", "frequency", "trend") or not claim.metric:
            continue
        if claim.unit not in ("count", "percent_change") or claim.period is None:
            continue
        # (past the sentence's end: "...robberies last year; about 1 in 12 ended in ...")
        m = _OUTCOME_AFTER_RE.match(text, claim.end)
        if m is None or any(c.start >= claim.end and c.start < m.end() for c in ctx.claims):
            continue
        outcome = "charge_rate" if (m.group("charge") or m.group("charged")) else "solve_rate"
        metric = _outcome_metric(ctx, claim, outcome)
        value = _share(m, "v_" if m.group("solve") or m.group("charge") else "")
        if metric is None or value is None:
            continue
        start = m.start("body")
        share_at = m.start("v_n") if m.group("v_n") else m.start("n") if m.group("n") else None
        hedge, _ = hedge_before(ctx, share_at if share_at is not None else _share_start(m))
        ctx.claims.append(
            replace(
                claim,
                kind="level",
                metric=metric,
                family=ctx.lex.taxonomy.metrics[metric].family,
                metric_phrase=None,
                unit="percent",
                value=interval(*apply_hedge(value, hedge)),
                baseline=None,
                per=None,
                direction=None,
                intense=None,
                window_years=None,
                other_geography=None,
                relation=None,
                start=start,
                end=m.end(),
                surface=text[start : m.end()],
                negated=False,
            )
        )


def _of_every(ctx: Ctx, sent: tuple[int, int]) -> None:
    """ "Of every 100 car thefts in Hertfordshire, about 2 end with a charge": the crime's
    charge (or solve) rate, the part over the whole."""
    text = ctx.text
    for m in _OF_EVERY_RE.finditer(text, sent[0], sent[1]):
        whole = float(m.group("d").replace(",", ""))
        n = m.group("n")
        part = float(n) if n[0].isdigit() else words_to_number(n) or 0.0
        if not 0 < part < whole:
            continue
        outcome = "charge_rate" if m.group("charged") else "solve_rate"
        named = next(
            (mm for mm in ctx.metrics if m.start("what") <= mm.start < m.end("what") and mm.metric),
            None,
        )
        if named is None:
            continue
        rate = _rate_series(ctx, named.metric or "", named.phrase, outcome)
        if rate is None:
            continue
        hedge, _ = hedge_before(ctx, m.start("n"))
        mention = MetricMention(
            named.start, named.end, rate, ctx.lex.taxonomy.metrics[rate].family, named.phrase, True
        )
        periods = change_periods(ctx, (m.start(), m.end()), sent, want_baseline=False)
        add(
            ctx,
            kind="level",
            start=m.start(),
            end=m.end(),
            metric=mention,
            pos=m.start("n"),
            clause=(m.start(), m.end()),
            sent=sent,
            value=interval(*apply_hedge(100 * part / whole, hedge)),
            unit="percent",
            periods=Periods(periods.period, None, periods.explicit),
        )


def _outcome_metric(ctx: Ctx, claim: Claim, outcome: str) -> str | None:
    """The ``outcome`` rate of the claim's crime ("shoplifting" -> "shoplifting_charge_rate",
    "homicides" -> "homicide_solve_rate", the words "shootings" -> "shooting_charge_rate"), if
    the taxonomy has one."""
    return _rate_series(ctx, claim.metric or "", (claim.metric_phrase or "").strip(), outcome)


def _rate_series(ctx: Ctx, metric: str, said: str, outcome: str) -> str | None:
    """The taxonomy's ``outcome`` series of the crime a mention names by ``said`` (its words)
    or ``metric`` (its series), if there is one."""
    named = ctx.lex.outcome_base(said)
    for base in (named, metric, metric.removesuffix("s"), metric.removesuffix("_offences")):
        if base and f"{base}_{outcome}" in ctx.lex.taxonomy.metrics:
            return f"{base}_{outcome}"
    return None


def _share_start(m: re.Match[str]) -> int:
    for name in ("v_one", "v_words", "one", "words"):
        if m.group(name):
            return m.start(name)
    return m.start()


def _share(m: re.Match[str], prefix: str) -> float | None:
    if m.group(prefix + "n"):
        return float(m.group(prefix + "n"))
    if m.group(prefix + "one"):
        one = m.group(prefix + "one")
        every = m.group(prefix + "every")
        a = float(one) if one.isdigit() else words_to_number(one)
        b = float(every) if every.isdigit() else words_to_number(every)
        return None if not a or not b else round(100 * a / b, 4)
    words = m.group(prefix + "words")
    if words:
        return 50.0 if words.lower() == "half" else round(share_percent(words), 4)
    return None
