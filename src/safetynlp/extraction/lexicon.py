"""Compiled matchers for metrics, places and cue words, built once from the shipped corpora."""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from functools import cache
from typing import Any

import ahocorasick_rs

from safetynlp.extraction.literals import (
    BULLET_MARKS,
    EMOJI_RANGE,
    SOURCE_NOUNS_SRC,
    AnchoredPattern,
    aligned_fold,
    compile_scan,
    fold_case,
    trie_source,
)
from safetynlp.extraction.regex_cache import compile_re, save_compiled
from safetynlp.extraction.spans import Occupied
from safetynlp.extraction.spelling import Spellings, compile_spellings
from safetynlp.taxonomy import Place, Taxonomy, load_taxonomy, read_corpus_json

_HASHTAG = compile_scan(r"#(\w+)")
#: what the justice system does about a crime, counted instead of the crime itself
_JUSTICE_NOUN = compile_re(
    r"[-\s]+(?:arrests?|charges|convictions?|prosecutions?|sentences|cautions|trials|"
    r"suspects|offenders|stop[-\s]and[-\s]searches|referrals)\b",
    re.I,
)
#: "11 stabbing stories on the app today", "knife crime videos": what is counted is media
_MEDIA_NOUN = compile_re(
    # ("runs a stabbing story every day")
    r"\s+(?:stor(?:y|ies)|headlines?|articles?|videos?|clips?|tweets?|podcasts?|episodes?|documentar(?:y|ies)|"
    r"films?|movies?|novels?|dramas?|memes?|thrillers?)\b"
    # ("per the Crime Statistics Agency": a publisher's name)
    r"|(?-i:\s+Statistics\s+Agency)\b",
    re.I,
)
#: "newspaper coverage of knife crime tripled": the reporting, not the crime
_MEDIA_OF_BEFORE = compile_scan(
    r"\b(?:coverage|reporting|articles|stories|headlines|mentions|searches)\s+(?:of|on|about)\s+$",
    re.I,
)
#: "My cat's crime rate is up 300%": a pet's or one relative's own "crime" is a joke
_OWN_PET_BEFORE = compile_scan(
    r"\b(?:my|our|your)\s+(?:cats?|kittens?|dogs?|puppy|pupp(?:y|ies)|hamsters?|parrots?|"
    r"toddlers?|kids?|son|daughter|husband|wife|flatmates?|roommates?)['’]s?\s+$",
    re.I,
)
_JUSTICE_FOR_BEFORE = compile_scan(
    r"\b(?:arrests?|charges|convictions?|prosecutions?|cautions|stop[-\s]and[-\s]searches)\s+"
    r"(?:(?:made|brought|secured)\s+)?(?:for|over)\s+$",
    re.I,
)
_CAMEL_WORDS = compile_scan(r"[A-Z]?[a-z]+|[A-Z]+(?![a-z])|\d+")


@dataclass(slots=True)
class MetricMention:
    start: int
    end: int
    metric: str | None
    family: str
    phrase: str
    #: a statistical noun ("murders", "knife crime") rather than one incident ("a stabbing")
    stat: bool
    #: too vague to carry a direction alone (a bare "crime"): only claims with a number
    numeric_only: bool = False
    #: a share outside the taxonomy ("90% of homicide victims ... are male"): a percent, as a
    #: share metric's figure is, though no series names it
    share: bool = False


@dataclass(slots=True)
class PlaceMention:
    start: int
    end: int
    place: str
    #: text, demonym, entity, hashtag
    how: str


@dataclass(frozen=True)
class Lexicon:
    taxonomy: Taxonomy
    metric_res: tuple[tuple[re.Pattern[str], str | None, str, bool, tuple[str, ...]], ...]
    #: the case-insensitive place names, tried where one of them starts
    place_ci: AnchoredPattern | None
    place_cs: re.Pattern[str] | None
    place_lookup: dict[str, tuple[str, str]]
    hashtag_places: tuple[tuple[str, str], ...]
    #: ``hashtag_places`` by their first three letters, longest name first
    hashtag_index: dict[str, tuple[tuple[str, str], ...]]
    #: the cue lists matched on their own (``_MATCHED_CUES``), each compiled
    cues: dict[str, re.Pattern[str]]
    cue_src: dict[str, str]
    prefilter_stems: tuple[str, ...]
    #: the prefilter stems as one Aho-Corasick automaton: one pass over the lower-cased
    #: text instead of a substring test per stem (or a regex tried at every position)
    stem_finder: ahocorasick_rs.AhoCorasick
    #: every stem that gates a metric pattern, found with overlaps in one pass per post
    metric_stem_finder: ahocorasick_rs.AhoCorasick
    #: stem -> indexes (in ``metric_res`` order) of the patterns it gates
    stem_patterns: dict[str, tuple[int, ...]]
    #: indexes of the ``numeric_only`` patterns (see :class:`MetricMention`)
    numeric_only: frozenset[int] = frozenset()
    #: indexes of the patterns of shares outside the taxonomy (``"unit": "percent"`` with no
    #: metric; see :class:`MetricMention`)
    shares: frozenset[int] = frozenset()
    #: the crimes outcome rates are built on, with the words for each ("burglary": burglar(y|ies))
    outcome_bases: tuple[tuple[str, re.Pattern[str]], ...] = ()
    #: per outcome, the phrase that states it with no crime in it (``bare_outcomes``)
    bare_outcome_res: tuple[tuple[str, re.Pattern[str]], ...] = ()
    #: the hedge classes anchored at the end of the words before a number, one named group
    #: each, compiled once: ``hedge_before`` runs for every figure
    hedge_left: re.Pattern[str] | None = None
    #: (name, its pattern, place id, the places that must be named beside it) for each of
    #: the gazetteer's ``context_aliases``
    context_places: tuple[tuple[str, re.Pattern[str], str, frozenset[str]], ...] = ()
    #: the slips the rules read past ("murderes", "incresed"): see ``spelling``
    spellings: Spellings | None = None

    def outcome_base(self, words: str) -> str | None:
        """The crime an outcome rate is built on that ``words`` name ("burglaries" ->
        "burglary", "Shootings" -> "shooting"), or None."""
        return next((b for b, pat in self.outcome_bases if words and pat.fullmatch(words)), None)


def _family_of(tax: Taxonomy, metric: str | None, default: str) -> str:
    if metric and metric in tax.metrics:
        return tax.metrics[metric].family
    return default


#: a one-word place name that may take a bare "s" for its possessive ("Londons")
_POSSESSIVE_TYPED_BARE_RE = compile_re(r"[A-Za-zÀ-ÿ][A-Za-zÀ-ÿ-]*[A-Za-rt-zÀ-ÿ]")


def _is_case_sensitive(alias: str) -> bool:
    # Two-letter aliases ("US", "LA", "NY") are everyday words in lower case, and "the Met"
    # is not "the met gala"; longer acronyms ("NYC", "LDN", "NYPD") are often typed in lower
    # case, so they match either way.
    core = alias.removeprefix("the ")
    # ("uk knife crime": no English word, so typed in lower case it is still the country)
    return (len(core) <= 2 and core != "UK") or alias in ("the Met", "Met Police", "Met:", "Met,")


def _outcome_rate_entries(spec: dict[str, Any] | None) -> list[dict[str, Any]]:
    """Lexicon entries for charge and solve rates ("burglary charge rate", "4% of burglaries
    in England and Wales end with someone charged"), one per base crime and outcome, so the
    table in lexicon.json stays a list of bases rather than sixteen near-identical patterns.
    They come first: "burglary charge rate" must not be read as burglary."""
    if not spec:
        return []
    out = []
    for base, b in spec["bases"].items():
        for outcome, o in spec["outcomes"].items():
            if outcome not in b.get("outcomes", spec["outcomes"]):
                continue  # (shootings have a charge rate in the store, no solve rate)
            pattern = (
                rf"(?:{b['pattern']})\s+{o['rate']}"
                # "the charge rate for reported rapes", "the solve rate of burglaries"
                rf"|{o['rate']}\s+(?:for|of|on)\s+(?:(?:all|reported|recorded)\s+)?(?:{b['pattern']})"
                # ("where the solve rate is about 20% for burglary": the crime after the figure)
                rf"|{o['rate']}\s+(?:is|was|stands\s+at|stood\s+at|sits\s+at|of)\s+"
                r"(?:(?:only|just|about|around|roughly|approx\.?|nearly|almost|barely|under|below|"
                r"over|less\s+than|more\s+than)\s+)*~?\d+(?:\.\d+)?\s*(?:%|per\s*cent)\s+for\s+"
                rf"(?:(?:all|reported|recorded)\s+)?(?:{b['pattern']})"
                # the place between the crime and its outcome belongs to the claim, not the
                # metric, but the phrase must span it to be one mention
                # ("3% of rapes reported in England and Wales last year ended in a charge")
                # ("5% of theft from the person offences in London ended with a charge")
                # ("1.6% of rapes recorded by police in England and Wales led to a charge")
                rf"|(?:{b['pattern']})(?:\s+(?:offences|crimes|cases))?"
                r"(?:\s+(?:reported|recorded)(?:\s+(?:by|to)\s+(?:the\s+)?police)?)?"
                # ("... in England and Wales in the year to March 2025 resulted in a charge")
                # (a place, not a clause: "Shoplifting in Salford is skyrocketing and nobody
                # ever gets charged" is shoplifting)
                # (nor a clause after "and": "burglaries in London last year and hardly any were
                # solved" counts burglaries; "England and Wales" goes on)
                r"(?:\s+(?:in|across)\s+(?:(?!\s(?:is|are|was|were|but|has|have|had)\s|\sand\s+"
                r"(?:hardly|barely|few|only|almost|virtually|none|nobody|not|no|most|many)\b)"
                r"[^,.;:!?\d]){2,40}?)?"
                # ("Fewer than 1 in 50 vehicle thefts there end in a charge": the place before)
                r"(?:\s+there)?"
                r"(?:\s+(?:last|this)\s+year"
                r"|\s+in\s+(?:the\s+)?(?:year|12\s+months)\s+(?:to|ending)\s+[a-z]{3,9}\.?\s+(?:19|20)\d\d"
                rf"|\s+in\s+(?:19|20)\d\d(?:/\d\d)?)?\s+(?:(?:even|actually|ever|eventually|then)\s+)?{o['share']}"
            )
            if o.get("verb"):
                # "the Met solves only about 5% of phone thefts", "solved fewer than 6% of
                # burglaries last year": the verb, the share, then the crime
                pattern += (
                    rf"|(?:{o['verb']})\s+(?:(?:only|just|about|around|roughly|approx\.?|approximately|nearly|almost|over|"
                    r"barely|maybe|like|under|fewer\s+than|less\s+than|more\s+than|a\s+(?:mere|measly|pathetic))\s+)*"
                    # ("The Met solves fewer than 1 in 10 burglaries": a share in words takes no "of")
                    r"(?:\d+(?:\.\d+)?\s*(?:%|per\s*cent)\s+of|(?:\d+|one|two|three|four|five|six|seven|eight|nine)"
                    r"\s+(?:in|out\s+of)\s+(?:every\s+)?(?:\d+|ten|twenty|five|four|three)(?:\s+of)?)"
                    # ("charged someone in just 4% of London burglaries": the place's name
                    # before the crime)
                    r"\s+(?:all\s+)?(?:the\s+)?(?:reported\s+|recorded\s+)?"
                    r"(?:(?-i:[A-Z])[\w'’.&-]*\s+){0,2}"
                    rf"(?:{b['pattern']})"
                )
            out.append(
                {
                    "metric": f"{base}_{outcome}",
                    "stat": True,
                    "pattern": pattern,
                    "stems": b["stems"],
                }
            )
    return out


#: the cue lists the rules match on their own; the rest are parts of bigger patterns
_MATCHED_CUES = ("denial", "extremum_max", "extremum_min", "generic_nouns", "intense", "negation")


@cache
def load_lexicon() -> Lexicon:
    tax = load_taxonomy()
    data = read_corpus_json("lexicon.json")
    metric_res = []
    entries = _outcome_rate_entries(data.get("outcome_rates")) + data["metrics"]
    for entry in entries:
        metric = entry.get("metric")
        family = _family_of(tax, metric, entry.get("family", "other"))
        stat = not entry.get("incident", False)
        if not entry.get("stems"):
            # find_metrics only runs a pattern when one of its stems is in the post
            raise ValueError(f"lexicon.json: metric pattern {entry['pattern']!r} lists no stems")
        metric_res.append(
            (
                # ("348murders", "97murders in London": a figure glued to its crime)
                compile_scan(rf"(?:(?<![\w-])|(?<=\d))(?:{entry['pattern']})(?![\w-])", re.I),
                metric,
                family,
                stat,
                tuple(entry.get("stems") or ()),
            )
        )

    lookup: dict[str, tuple[str, str]] = {}
    ci: list[str] = []
    cs: list[str] = []
    hashtags: list[tuple[str, str]] = []
    possessable: list[str] = []
    for place in tax.places.values():
        for how, names in (
            ("text", place.aliases),
            ("demonym", place.demonyms),
            ("entity", place.entities),
        ):
            for name in names:
                if how == "text" and not _is_case_sensitive(name):
                    possessable.append(name)
                if _is_case_sensitive(name):
                    lookup[name] = (place.id, how)
                    cs.append(name)
                else:
                    lookup[name.lower()] = (place.id, how)
                    ci.append(name)
                if how == "text" and " " not in name and len(name) > 3:
                    hashtags.append((name.lower(), place.id))
    ci.sort(key=len, reverse=True)
    cs.sort(key=len, reverse=True)
    # "londons knife crime": a possessive without its apostrophe, allowed on names long enough
    # that a trailing "s" cannot make another word of them
    long_ci = [a.lower() for a in ci if len(a) >= 5]
    short_ci = [a.lower() for a in ci if len(a) < 5]
    ci_alts = []
    if long_ci:
        ci_alts.append("(?:" + trie_source(long_ci) + r")(?:(?![\w])|(?=s(?![\w])))")
    if short_ci:
        ci_alts.append("(?:" + trie_source(short_ci) + r")(?![\w])")
    place_ci = (
        # (not a web address's end: "[police.uk]")
        AnchoredPattern(compile_re(r"(?<![\w#@])(?<!\w\.)(?:" + "|".join(ci_alts) + ")", re.I), ci)
        if ci_alts
        else None
    )
    # "the Met" is case-sensitive but may open a sentence as "The Met"
    cs_alts = [re.escape(a).replace("the\\ ", "[Tt]he\\ ", 1) for a in cs]
    # ("the Met Office", "the Met Gala" are not the police)
    place_cs = (
        compile_scan(
            r"(?<![\w#@])(?:"
            + "|".join(cs_alts)
            + r")(?![\w])(?!\s+(?:Office|Gala|Opera|Museum)\b)"
        )
        if cs
        else None
    )
    hashtags.sort(key=lambda h: len(h[0]), reverse=True)
    context_places = tuple(
        (name, _context_alias_re(name), place.id, _kin(tax, place))
        for place in tax.places.values()
        for name in place.context_aliases
    )

    cue_names = (
        "change_up",
        "change_down",
        "trend_up",
        "trend_down",
        "intense",
        "extremum_max",
        "extremum_min",
        "extremum_ever",
        "hedge_approx",
        "hedge_nearly",
        "hedge_over",
        "hedge_under",
        "negation",
        "denial",
        "generic_nouns",
    )
    cue_src = {name: data[name] for name in cue_names}
    # (the others are only ever parts of bigger patterns: compiling them would cost start-up)
    cues = {
        name: compile_scan(rf"(?<![\w-])(?:{cue_src[name]})(?![\w-])", re.I)
        for name in _MATCHED_CUES
    }
    spelling_table = dict(data.get("spellings") or {})
    # ("Londons 109 vs NYCs 382", "Berlins way higher": a place's possessive typed without
    # its apostrophe, read as written with it, on names long enough, or capitals enough, that
    # an "s" after them makes no other word)
    spelling_table["words"] = {
        **{
            f"{name.lower()}s": f"{name.lower()}'s"
            for name in possessable
            if _POSSESSIVE_TYPED_BARE_RE.fullmatch(name)
            # (a demonym's plural is no possessive: "Londoners")
            and f"{name.lower()}s" not in lookup
            and (len(name) >= 5 or (name.isupper() and len(name) >= 3))
        },
        **dict(spelling_table.get("words") or {}),
    }
    stems = tuple(data["prefilter_stems"])
    # (a post whose only crime word is misspelt, "3 stabings", must pass the prefilter too)
    stems += tuple(
        slip.lower()
        for slip, reading in (spelling_table.get("words") or {}).items()
        if any(stem in reading.lower() for stem in stems)
    )
    metric_stems = tuple(sorted({stem for *_, gate in metric_res for stem in gate}))
    stem_patterns = {
        stem: tuple(i for i, (*_, gate) in enumerate(metric_res) if stem in gate)
        for stem in metric_stems
    }
    lex = Lexicon(
        taxonomy=tax,
        metric_res=tuple(metric_res),
        place_ci=place_ci,
        place_cs=place_cs,
        place_lookup=lookup,
        context_places=context_places,
        hashtag_places=tuple(hashtags),
        hashtag_index=_index_by_prefix(hashtags),
        cues=cues,
        cue_src=cue_src,
        prefilter_stems=stems,
        stem_finder=ahocorasick_rs.AhoCorasick(list(stems)),
        metric_stem_finder=ahocorasick_rs.AhoCorasick(list(metric_stems)),
        stem_patterns=stem_patterns,
        numeric_only=frozenset(i for i, entry in enumerate(entries) if entry.get("numeric_only")),
        shares=frozenset(
            i
            for i, entry in enumerate(entries)
            if entry.get("metric") is None and entry.get("unit") == "percent"
        ),
        outcome_bases=tuple(
            (base, compile_re(b["pattern"], re.I))
            for base, b in (data.get("outcome_rates") or {}).get("bases", {}).items()
        ),
        bare_outcome_res=_bare_outcome_res(data.get("outcome_rates")),
        # one search for all four classes: its leftmost match is the earliest class's, and at
        # one start the classes are tried in this order, as one search per class would rank them
        # ("roughly a 23% fall": the article between the hedge and the number)
        spellings=compile_spellings(spelling_table),
        hedge_left=compile_scan(
            r"(?:(?<![\w-])|(?<=~))(?:"
            + "|".join(
                f"(?P<{name}>{cue_src[name]})"
                for name in ("hedge_approx", "hedge_nearly", "hedge_over", "hedge_under")
            )
            + r")\s*(?:by\s+)?(?:only\s+)?(?:an?\s+)?\+?$",
            re.I,
        ),
    )
    # (every pattern the rules need is compiled by now: the next start reads them back)
    save_compiled()
    return lex


def _index_by_prefix(names: list[tuple[str, str]]) -> dict[str, tuple[tuple[str, str], ...]]:
    index: dict[str, list[tuple[str, str]]] = {}
    for name, place in names:  # already longest first
        index.setdefault(name[:3], []).append((name, place))
    return {k: tuple(v) for k, v in index.items()}


def has_crime_vocabulary(text: str, lex: Lexicon) -> bool:
    """The prefilter: is any crime stem a substring of the post? One Aho-Corasick pass, so
    most posts cost about a microsecond.

    Every metric pattern contains one of these stems (a test checks this on real text), so
    a post without any of them cannot yield a claim.
    """
    return bool(lex.stem_finder.find_matches_as_indexes(fold_case(text)))


def find_metrics(text: str, lex: Lexicon) -> list[MetricMention]:
    """Non-overlapping metric mentions, longest first, in text order."""
    found: list[MetricMention] = []
    taken = Occupied()
    for i in _candidate_patterns(fold_case(text), lex):
        pattern, metric, family, stat, _ = lex.metric_res[i]
        for m in pattern.finditer(text):
            s, e = m.span()
            if not taken.free(s, e):
                continue
            taken.add(s, e)
            if (
                _MEDIA_NOUN.match(text, e)
                or (
                    text[max(0, s - 6) : s].lower().endswith(("of ", "on ", "about "))
                    and _MEDIA_OF_BEFORE.search(text, max(0, s - 24), s)
                )
                or (
                    text[max(0, s - 3) : s - 1] in ("'s", "’s", "s'")
                    and _OWN_PET_BEFORE.search(text, max(0, s - 24), s)
                )
            ):
                continue
            outcome = _JUSTICE_NOUN.match(text, e)
            justice = (
                _JUSTICE_FOR_BEFORE.search(text, max(0, s - 30), s)
                if stat and outcome is None
                else None
            )
            if justice is not None and taken.free(justice.start(), s):
                # "Arrests for knife crime in Southwark up 20%": arrests again, not offences
                taken.add(justice.start(), e)
                found.append(
                    MetricMention(justice.start(), e, None, family, text[justice.start() : e], stat)
                )
                continue
            if outcome is not None and stat:
                # "knife crime arrests up 20%" counts arrests, not offences: no series for it
                e = outcome.end()
                taken.add(s, e)
                found.append(MetricMention(s, e, None, family, text[s:e], stat))
                continue
            if not stat and _label_line(text, s, e):
                stat = True  # "Homicide, E&W, yr to March 2022: 696": a series' label
            group = (
                _GROUP_LABEL_AFTER.match(text, e) or _GROUP_AMONG_AFTER.match(text, e)
                if metric in GROUP_SERIES
                else None
            )
            if group is not None and (sub := GROUP_SERIES[metric or ""].get(group.lastgroup or "")):
                # "Knife crime with injury, under-25 victims, London:": the group a header's
                # label names after the crime is the series it counts (its words the crime's,
                # unless a place's label stands between)
                metric = sub
                if not group.group("between"):
                    e = group.end()
                    taken.add(s, e)
            found.append(
                MetricMention(
                    s, e, metric, family, text[s:e], stat, i in lex.numeric_only, i in lex.shares
                )
            )
    # hashtags like #KnifeCrime or #LondonMurders name a metric in CamelCase
    for m in _HASHTAG.finditer(text):
        words = " ".join(_CAMEL_WORDS.findall(m.group(1)))
        for i in _candidate_patterns(fold_case(words), lex):
            pattern, metric, family, stat, _ = lex.metric_res[i]
            hm = pattern.search(words)
            if hm and stat:
                if taken.free(m.start(), m.start() + 1):
                    found.append(
                        MetricMention(m.start(), m.end(), metric, family, hm.group(0), True)
                    )
                break
    found.sort(key=lambda f: f.start)
    return found


#: a victims' group named as a label right after the crime ("Stab admissions, under-18s, England")
#: the victims' age groups a label may name, each a key of GROUP_SERIES
AGE_GROUPS_SRC = (
    r"(?P<u25>under[-\s]25s?(?:\s+victims)?|victims\s+(?:aged\s+)?(?:under\s+25|25\s+(?:or|and)\s+under))|"
    r"(?P<u18>under[-\s]18s?|(?:aged\s+)?0\s*[-–]\s*17s?)|"
    r"(?P<teen>teens?|teenagers?|teenage\s+victims|(?:aged\s+)?10\s*[-–]\s*19s?(?:\s*(?:yr|year)[-\s]olds)?)"
)
_GROUP_LABEL_AFTER = compile_re(
    # ("Sharp-object admissions, England, 10–19 yr olds:": a place's label between)
    r"(?P<between>\s*,\s*(?-i:[A-Z])[\w&]*(?:\s+(?:and\s+)?(?-i:[A-Z])[\w&]*){0,2}(?=\s*,))?"
    r"\s*[,(–—]\s*(?:" + AGE_GROUPS_SRC + r"|(?P<kids>children))"
    r"(?=\s*[,):\n|]|\s+(?:in\s+)?(?:19|20)\d\d)",
    re.I,
)
#: the victims' group named with "among" after the crime ("knife crime with injury among
#: under-25s in London", "admissions for knife assaults in England among under-18s"); the
#: place's words between stay out of the crime's
_GROUP_AMONG_AFTER = compile_re(
    r"(?P<between>\s+in\s+(?-i:[A-Z])[\w&]*(?:\s+(?:and\s+)?(?-i:[A-Z])[\w&]*){0,2})?"
    r"\s+(?:among|amongst|against|involving)\s+(?:" + AGE_GROUPS_SRC + r")\b",
    re.I,
)
#: the sub-series a victims' or weapon group names, by the series it narrows: read both
#: after a crime's name ("Stab admissions, under-18s") and as a list item under a header
#: ("Homicides in London, 2023:\n- knife-enabled: 57")
GROUP_SERIES: dict[str | None, dict[str, str]] = {
    "homicides": {
        "teen": "teenage_homicides",
        # kept with the teens: no series counts under-18 homicide victims on its own
        "u18": "teenage_homicides",
        "u25": "homicides_victims_aged_25_or_under",
        "ke": "knife_enabled_homicides",
        "k": "knife_homicides",
        "ge": "gun_enabled_homicides",
        "g": "gun_homicides",
        "f": "firearm_homicides",
    },
    "knife_injury_offences": {"u25": "knife_injury_victims_under_25"},
    "sharp_object_assault_admissions": {
        "u18": "sharp_object_assault_admissions_aged_0_17",
        # ("Stab admissions, children, England": only where a series counts the children)
        "kids": "sharp_object_assault_admissions_aged_0_17",
        "teen": "sharp_object_assault_admissions_aged_10_19",
    },
}
#: after a crime named in the singular at a line's start: its labels ("Homicide, E&W, ...",
#: "Homicide in 2020, UK cities:")
_LABEL_AFTER = compile_re(
    # ("Homicide in Scotland (Police Scotland):", "Homicide by force, yr to March 2023:")
    # ("Homicide 2025: Ireland ~70 | ...", "Homicide Q1 2021: NYC ~100")
    # ("Homicide | E&W | YE Dec 25 vs YE Dec 24")
    # ("Homicide change, 2024 vs 2023:": the series' change by place, under the label)
    r"\s*(?:,|\(|\[|:|\|(?=[^\n|]+\|)|\s+in\s+(?:19|20)\d\d\b|\s+in\s+(?-i:[A-Z])|\s+(?:by|per)\s"
    # ("2020 homicide increases, selected US cities:")
    r"|\s+(?:change|changes|trend|increases|rises|falls|drops|decreases|declines)\s*(?:,|:|\()"
    # ("UK homicide roundup, 2025:")
    r"|\s+(?:roundup|round-up|totals?|figures|numbers|stats|tally)\s*(?:,|:|\()"
    # ("Quick London homicide series from the Met dashboard, because people keep asking:\n":
    # a header's words up to the colon that ends its line)
    r"|\s+(?:series|roundup|round-up|totals?|figures|numbers|stats|tally|counts?|data)\b(?=[^\n.!?:]{0,80}:[ \t]*\n)"
    r"|\s+(?:(?:19|20)\d\d|FY\s?\d\d|YE|Q[1-4]|H[12])\b(?=[^\n]*:))"
    r"|(?P<figure>\s+(?:~|approx\.?\s*)?\d|\s*[↑↓⬆⬇])",
    re.I,
)
#: ("Scotland, FY22 [Police Scotland]: homicide 53 / ...": an item after a header's colon)
_ITEM_OPENS_BEFORE = compile_re(r"[:;|/]\s*$")
_SENTENCE_END_BEFORE = compile_re(r"[.!?]\s+$")
#: a line opened by a place's name alone ("E&W ", "Greater Manchester ", "NYC's ")
_PLACE_OPENS_LINE = compile_re(
    # ("England and Wales homicide, year ending March 2022: 696")
    # ("📊 UK homicide roundup, 2025:": an emoji before the header)
    r"[ \t"
    + BULLET_MARKS
    + EMOJI_RANGE
    + r"\ufe0f-]*(?-i:[A-Z][\w&.]*)(?:\s+(?:and\s+)?(?-i:[A-Z][\w&.]*)){0,2}"
    # ("Scottish cities, homicide, 2025:": the places a list's items are)
    r"(?:\s+(?:cities|boroughs|forces|counties|states|towns|regions|countries|capitals))?"
    # ("Glasgow vs Edinburgh, homicide per 100k, 24/25: ~2.4 vs ~1.1": two places set
    # against each other)
    r"(?:\s+(?:vs\.?|versus|v\.?|/|&)\s+(?-i:[A-Z][\w&.]*)(?:\s+(?-i:[A-Z][\w&.]*)){0,2})?"
    r"(?:['’]s|,)?\s+"
)
_PERIOD_OPENS_LINE = compile_re(
    r"[ \t" + BULLET_MARKS + r"-]*(?:(?-i:FY)\s?\d\d(?:/\d\d)?|(?:19|20)\d\d(?:/\d\d)?|"
    r"(?-i:YE)\s+[A-Za-z]{3,9}\s+\d\d(?:\d\d)?|(?-i:[HQ][1-4])\s+(?:19|20)\d\d)"
    # ("2020 homicide increases, selected US cities:": the year and the series unparted)
    r"(?:\s*[\[(][^\[\]()\n]{1,30}[\])])?(?:,\s+|\s+)"
)
_RATE_OPENS_LINE = compile_re(
    r"[ \t" + BULLET_MARKS + r"-]*(?:rates?\s+)?per\s+(?:100k|100,000|100\s000|capita|head)\s*,\s*",
    re.I,
)
#: the rest of a label's line: its period, then a colon and the figure it labels
_COLON_FIGURE_ON_LINE = compile_re(r"[^\n:.!?]{0,60}:\s*(?:~|c\.\s?|approx\.?\s*)?\d", re.I)
_MOVE_ON_LINE_RE = compile_re(
    r"[ \t]*(?:up|down|rose|fell|increased|decreased|[↑↓])[ \t]*(?:by[ \t]+)?"
    r"(?:(?:about|around|roughly|nearly|almost|~)[ \t]*)?\d",
    re.I,
)
_HEADER_LINE_END_RE = compile_re(r"[^\n:.!?]{0,60}:[ \t]*\n")
_LINE_ENDS_RE = compile_re(r"[ \t]*\n")
_LABEL_LINE_TIME = compile_re(
    r"(?:19|20)\d\d|\by(?:ea)?r\s+(?:to|ending)\b|:\s*$|\b(?-i:FY\s?\d\d|YE\s)", re.I
)


#: the fields of a piped header line before a crime named in it, and what closes its field
_PIPED_FIELD_RE = compile_re(r"(?:[^|\n]{1,40}\|\s*){1,3}")
_PIPED_FIELD_AFTER_RE = compile_re(r"\s*\|[^|\n]{1,40}(?:\|[^|\n]{1,40})?\s*(?:\n|$)")


def _label_line(text: str, s: int, e: int) -> bool:
    """Does the crime named in the singular at ``s:e`` open a line that labels a series (a
    period or a year on it, or a colon ending it), not a news report of one?"""
    line_start = text.rfind("\n", 0, s) + 1
    if (
        line_start == 0
        and _PIPED_FIELD_RE.fullmatch(text, 0, s)
        and _PIPED_FIELD_AFTER_RE.match(text, e)
    ):
        return True  # "Glasgow vs Edinburgh | homicide | 21/22": a field of the post's piped header
    after = _LABEL_AFTER.match(text, e)
    if after is None:
        return False
    if after.group("figure") and _SENTENCE_END_BEFORE.search(text, max(0, s - 4), s):
        return True  # "... (ONS). Rape ↑ ~3pc y/y.": a terse sentence's label
    if text[line_start:s].strip(" \t-" + BULLET_MARKS):
        if (
            not after.group("figure")
            and (
                _PLACE_OPENS_LINE.fullmatch(text, line_start, s)
                # ("FY24 [Home Office], homicide:": the period, its source, then the series)
                or _PERIOD_OPENS_LINE.fullmatch(text, line_start, s)
                # ("Rate per 100k, homicide, 2023:": the unit before the series)
                or _RATE_OPENS_LINE.fullmatch(text, line_start, s)
            )
            and (
                _COLON_FIGURE_ON_LINE.match(text, after.end())
                # ("Scotland, homicide [Police Scotland]:\n• 2022/23: 53": a list's header)
                or _HEADER_LINE_END_RE.match(text, after.end())
                # ("E&W homicide:\nYE Mar 24: 570": the colon that ends the header itself)
                or (after.group(0).strip() == ":" and _LINE_ENDS_RE.match(text, after.end()))
            )
        ):
            return True  # "E&W homicide, year ending March 2025: 535.": a place's series
        return (
            bool(after.group("figure"))
            and _ITEM_OPENS_BEFORE.search(text, line_start, s) is not None
        )
    if after.group("figure") and line_start > 0:
        return True  # "▪ homicide 570 ↓": an item of a list, the crime labelling its figure
    if (
        line_start > 0
        and after.group(0).strip() == ":"
        and _MOVE_ON_LINE_RE.match(text, after.end())
    ):
        return True  # "2023 vs 2022:\n- murder: down 11.6%": an item's series and its move
    stop = text.find("\n", e)
    line = text[line_start : len(text) if stop < 0 else stop]
    return _LABEL_LINE_TIME.search(line) is not None


def _candidate_patterns(low: str, lex: Lexicon) -> list[int]:
    """Indexes of the metric patterns, in order, whose gating stems occur in ``low`` (a
    pattern whose literal stems are all absent cannot match)."""
    found = lex.metric_stem_finder.find_matches_as_strings(low, overlapping=True)
    if not found:
        return []
    return sorted({i for stem in found for i in lex.stem_patterns[stem]})


def _context_alias_re(name: str) -> re.Pattern[str]:
    # ("Queens Park", "the Queens Head", "Queen's"): a park, a pub, a possessive
    return re.compile(
        rf"(?<![\w#@'’]){re.escape(name)}\b"
        r"(?!['’]|\s+(?:Park|Road|Rd|Street|St|Head|Arms|Hotel|Club)\b)"
    )


def _kin(tax: Taxonomy, place: Place) -> frozenset[str]:
    """The places whose mention lets a context alias of ``place`` stand: its parent and the
    parent's other parts."""
    if place.parent is None:
        return frozenset()
    return frozenset(
        {place.parent}
        | {p.id for p in tax.places.values() if p.parent == place.parent and p.id != place.id}
    )


_MET_BEFORE_CRIME = compile_scan(
    # ("Met FY knife crime:", "Met 2024 robbery:": a period between)
    r"(?<![\w#@])Met(?=(?:\s+(?:FY|YE|YTD)\s?(?:\d\d(?:/\d\d)?)?|\s+(?:19|20)\d\d(?:/\d\d)?)?"
    r"\s+(?:knife|gun|murders?|homicides?|crime|violen|stabbings?|shootings?|"
    r"robber|burglar|solve|detection|clear|outcome|teen|release|dashboard|report|statistics|numbers|"
    r"year-end|annual|gets|solves|solved|charges|charged|recorded|records|clears|cleared|"
    # ("Met confidence is around 45% now")
    r"confiden|trust|satisf|stop|arrest|use\s+of\s+force)"
    # ("Met end-of-year figures, 2025:", "Met headline stats, 2025 vs 2024:": a header's
    # figures, a word or two between)
    r"|(?:\s+[\w-]+){1,2}\s+(?:figures|stats|statistics|data|numbers)\s*(?:[,:(]|for\s|(?:19|20)\d\d)"
    # ("Met, FY25: knife crime ~14,000", "Homicides 2025: Met ~97 | GMP ~35": a stat dump's
    # label, not "Met 3 old friends for lunch")
    r"|,\s*(?:FY|YE|YTD|H[12]\b|Q[1-4]\b|(?:19|20)\d\d|year)|\s*[~≈]\s*\d|\s+[–—-]\s+[~≈]?\d"
    # ("• Met -7%": a list's signed change)
    r"|\s+[+\-−–]\s?\d[\d.]*\s?(?:%|pc)"
    # ("Met, under-25 knife injury victims:": a header's label, the crime after a group)
    r"|,\s*(?:under[-\s]\d\d|teen)[^\n:,]{0,30}?\b(?:knife|gun|murder|homicide|stab|shoot|robber|violen)"
    # ("Personal robbery, Met, Apr–Sep:", "Stop & search, Met, by year:")
    # ("Knife crime with injury, Met, calendar years:", "..., Met, by financial year:")
    r"|,\s*(?:by\s+(?:(?:financial|calendar)\s+)?(?:year|month|borough|FY)|(?:financial|calendar)\s+years?\s*:"
    r"|(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?\s*"
    # ("Met, March 2020 vs March 2019:")
    r"(?:[-–—]|to\s|(?:19|20)\d\d\b))"
    r"|\s+\d[\d,.]*(?:k|pc|%)?\s*(?:[|/;]|\(|$)"
    # ("Knife crime | Met | 2024 vs 2025": a field of a barred header)
    r"|\s+\|"
    # ("Knife crime | Met vs West Midlands | 2018": set against another force or place)
    r"|\s+(?:vs\.?|v\.?|versus|/)\s+(?-i:[A-Z]))"
    # ("West Midlands vs Met", "GMP / Met / Merseyside": the other side of the pair)
    r"|(?:(?<=\svs )|(?<=\s/ ))Met(?=\s*(?:\||,|:|\s/\s|\n|$))"
)


def find_places(text: str, lex: Lexicon, *, low: str | None = None) -> list[PlaceMention]:
    """Place mentions in text order; ``low`` is ``aligned_fold(text)`` where the caller has it
    (None: folded here)."""
    if low is None:
        low = aligned_fold(text)
    found: list[PlaceMention] = []
    taken = Occupied()
    for pattern, fold in ((lex.place_cs, False), (lex.place_ci, True)):
        if pattern is None:
            continue
        found_here = (
            pattern.finditer(text, low)
            if isinstance(pattern, AnchoredPattern)
            else pattern.finditer(text)
        )
        for m in found_here:
            s, e = m.span()
            inside: list[PlaceMention] = []
            if not taken.free(s, e):
                # ("Washington DC": the whole name, not the capitals "DC" it ends with)
                inside = [f for f in found if f.start < e and s < f.end]
                if not fold or not all(s <= f.start and f.end <= e for f in inside):
                    continue
            key = m.group(0).lower() if fold else re.sub(r"^The ", "the ", m.group(0))
            hit = lex.place_lookup.get(key)
            if hit is None or any(f.place != hit[0] for f in inside):
                continue
            if inside:
                found = [f for f in found if f not in inside]
            if fold and text[e : e + 1] in ("s", "S") and text[max(0, s - 4) : s].lower() == "the ":
                continue  # "the Americas" is no possessive
            taken.add(s, e)
            found.append(PlaceMention(s, e, hit[0], hit[1]))
    if "Met" in text:
        # "Met knife crime", "Met murder figures": the Metropolitan Police's area; a bare
        # "Met" would also catch the Met Office and the Met Gala
        for m in _MET_BEFORE_CRIME.finditer(text):
            if taken.free(m.start(), m.end()):
                taken.add(m.start(), m.end())
                found.append(PlaceMention(m.start(), m.end(), "london", "entity"))
    for name, pattern, place, kin in lex.context_places:
        # "Brooklyn 130 / 120\nQueens 80 / 70": the borough, in a post about New York City;
        # elsewhere the bare word is too often a pub, a park or a football club
        if name in text and any(f.place in kin for f in found):
            for m in pattern.finditer(text):
                if taken.free(m.start(), m.end()):
                    taken.add(m.start(), m.end())
                    found.append(PlaceMention(m.start(), m.end(), place, "text"))
    for m in _HASHTAG.finditer(text):
        body = m.group(1).lower()
        # the longest place name the tag opens with ("#LondonMurders"), looked up by its
        # first letters rather than tried against every name
        for name, place in lex.hashtag_index.get(body[:3], ()):
            if body.startswith(name):
                found.append(PlaceMention(m.start(), m.end(), place, "hashtag"))
                break
    found.sort(key=lambda f: f.start)
    if len(found) > 1 and "," in text:
        found = _without_qualifying_areas(text, lex, found)
    if len(found) > 1:
        _areas_as_sources(text, lex, found)
        found = _without_other_cities_offices(text, lex, found)
    if found and low and "\n" in text and ("wide" in low or "total" in low or "whole" in low):
        _add_whole_areas(text, found)
    if found and low and ("nation" in low or "country" in low):
        _add_nationally(text, lex, found)
    return found


#: entities that name an office every city has: the gazetteer files each under one place,
#: which a post about another city does not mean
_EVERY_CITYS_OFFICES = frozenset(("city hall",))


def _without_other_cities_offices(
    text: str, lex: Lexicon, found: list[PlaceMention]
) -> list[PlaceMention]:
    """ "Memphis murders are not down ... and nobody at City Hall wants to talk about it":
    Memphis's city hall, not London's. Such an office speaks for its place only where the
    post names no place outside that place's own tree."""
    tax = lex.taxonomy
    out = []
    for f in found:
        if f.how == "entity" and text[f.start : f.end].lower() in _EVERY_CITYS_OFFICES:
            tree = {f.place, *tax.ancestors(f.place)}
            if any(
                o.how == "text" and o.place not in tree and f.place not in tax.ancestors(o.place)
                for o in found
            ):
                continue
        out.append(f)
    return out


_QUALIFIER_GAP_RE = compile_re(r",[ \t]*")


def _without_qualifying_areas(
    text: str, lex: Lexicon, found: list[PlaceMention]
) -> list[PlaceMention]:
    """ "Stockton, California", "Portland, Oregon", "Austin, TX": the area after a place's
    comma says where the place is, and is no subject of its own: one mention of the place
    runs over both names. The area is taken so where it holds
    the place, or where the gazetteer files the place straight under the area's own parent
    (it knows the city, not its state); "Louisiana, Mississippi and Alabama" is a list."""
    tax = lex.taxonomy
    out = [found[0]]
    for before, mention in zip(found, found[1:], strict=False):
        if (
            mention.how == "text"
            and before.how == "text"
            and _QUALIFIER_GAP_RE.fullmatch(text, before.end, mention.start)
            and (area := tax.places.get(mention.place)) is not None
            and (place := tax.places.get(before.place)) is not None
            and (
                mention.place in tax.ancestors(before.place)
                or (area.parent is not None and place.parent == area.parent)
            )
            # (a list goes on: "Louisiana, Mississippi, Alabama")
            and not _LIST_GOES_ON_RE.match(text, mention.end)
            and place.kind != area.kind
            and out[-1] is before
        ):
            # (one mention of the place, its words running on to the area's)
            out[-1] = PlaceMention(before.start, mention.end, before.place, before.how)
            continue
        out.append(mention)
    return out


_LIST_GOES_ON_RE = compile_re(r"\s*(?:,|and\b|&|or\b)", re.I)


#: a force area's name as the source of a figure: "[Notts Police]", "per Avon & Somerset",
#: "Northumbria's figures", "recorded by Lancashire"
_SOURCE_BEFORE_AREA_RE = compile_re(
    r"(?:[\[(]\s*(?:source:?\s*)?|\b(?:per|according\s+to|via|source:?|citing|going\s+by|"
    r"based\s+on|(?:recorded|logged|reported|published)\s+by)\s+(?:the\s+)?)$",
    re.I,
)
_SOURCE_AFTER_AREA_RE = compile_re(
    rf"(?:['’]s?)?\s+(?:own\s+)?(?:police|constabulary|cops|{SOURCE_NOUNS_SRC})\b"
    # ("The Post's got it wrong: Avon and Somerset have them up about 15%")
    r"|\s+(?:have|has|put|show|shows)\s+(?:it|them)\b",
    re.I,
)


def _areas_as_sources(text: str, lex: Lexicon, found: list[PlaceMention]) -> None:
    """ "Nottingham knife crime: ~1,300 [Notts Police]": a force area named as the source of
    a figure, in a post that names a place inside it, speaks for that place as a force's
    name does ("the Met" for a borough), so it is read as an entity."""
    tax = lex.taxonomy.places
    inside = {tax[f.place].parent for f in found if f.place in tax}
    for i, f in enumerate(found):
        if (
            f.how == "text"
            and f.place in inside
            and (
                _SOURCE_BEFORE_AREA_RE.search(text, max(0, f.start - 24), f.start)
                or _SOURCE_AFTER_AREA_RE.match(text, f.end)
            )
        ):
            found[i] = PlaceMention(f.start, f.end, f.place, "entity")


#: a line's label for the whole area a list breaks down: "Citywide 438 → 391"
_WHOLE_AREA_RE = compile_re(
    r"^[ \t]*(?:[-•*▸][ \t]*)?(?P<label>city[- ]?wide|force[- ]?wide|(?:city|force)[ \t]+(?:total|overall)|"
    r"whole[ \t]+(?:city|force|force[ \t]+area))\b",
    re.I | re.M,
)


def _add_whole_areas(text: str, found: list[PlaceMention]) -> None:
    """ "Murders | NYPD | 2022 vs 2023\nBrooklyn 130 / 120\nCitywide 438 → 391": the label is
    the whole of the place the block's first line names, not the last item's part of it."""
    for m in _WHOLE_AREA_RE.finditer(text):
        top = text.rfind("\n\n", 0, m.start()) + 1
        top_end = text.find("\n", top)
        named = {f.place for f in found if top <= f.start < top_end < m.start()}
        if len(named) == 1:
            found.append(PlaceMention(m.start("label"), m.end("label"), named.pop(), "context"))
    found.sort(key=lambda f: f.start)


#: the series a country's figures are usually quoted for ("the national average")
NATIONAL = {
    "GB": "england_wales",
    "US": "united_states",
    "CA": "canada",
    "FR": "france",
    "DE": "germany",
    "IT": "italy",
    "BE": "belgium",
    "NL": "netherlands",
    "PT": "portugal",
    "IE": "ireland",
    "AT": "austria",
    "ES": "spain",
    "SE": "sweden",
    "DK": "denmark",
    "NO": "norway",
    "PL": "poland",
    "CZ": "czechia",
    "GR": "greece",
}
_NATIONALLY_RE = compile_re(
    r"\b(?:nationally|nation-?wide|country-?wide|across\s+the\s+(?:country|nation)"
    # "Back in 2010/11 the national total was 30,620" (not "the national average": the
    # place compared with, read by the comparisons)
    r"|(?<=the\s)national(?=\s+(?:total|figure|count|number|tally|rate|level)s?\b))\b",
    re.I,
)
#: nations of the UK with series of their own: "nationally" after Glasgow is Scotland
_OWN_NATIONS = ("scotland", "northern_ireland")


def national_of(lex: Lexicon, place_id: str) -> str | None:
    """The country-wide series a place's figures are set against, or None for a place that
    is itself one."""
    place = lex.taxonomy.places.get(place_id)
    if place is None or place.kind in ("country", "jurisdiction"):
        return None
    parent = place.parent
    while parent is not None:
        if parent in _OWN_NATIONS:
            return parent
        above = lex.taxonomy.places.get(parent)
        parent = above.parent if above is not None else None
    if place.country in NATIONAL:
        return NATIONAL[place.country]
    # ("Auckland's homicide rate is below the national average"): the gazetteer's one
    # country of that code
    countries = [
        p.id
        for p in lex.taxonomy.places.values()
        if p.kind == "country" and p.country == place.country
    ]
    return countries[0] if len(countries) == 1 else None


_COMPARED_NATIONAL_RE = compile_re(
    r"(?:\b(?:times|than|as|above|below|under|over|of)|\dx)\s+the\s+$", re.I
)


def _kind_of(lex: Lexicon, place_id: str) -> str | None:
    place = lex.taxonomy.places.get(place_id)
    return None if place is None else place.kind


def _add_nationally(text: str, lex: Lexicon, found: list[PlaceMention]) -> None:
    """ "London had 109 murders last year. Nationally it was about 570.": the country of the
    place named before, unless the sentence goes on to name the place itself ("Nationally,
    admissions in England ...")."""
    added = False
    for m in _NATIONALLY_RE.finditer(text):
        before = [p for p in found if p.end <= m.start() and p.how != "national"]
        stop = _SENTENCE_END_RE.search(text, m.end())
        sent_end = stop.start() if stop is not None else len(text)
        # ("up 12% nationally and 15% in the capital": a place of the next clause is its own)
        # ("Nationally, admissions in England ...": a comma right after it opens the clause)
        other = _OTHER_CLAUSE_RE.search(
            text, m.end() + (text[m.end() : m.end() + 1] in ",;"), sent_end
        )
        end = other.start() if other is not None else sent_end
        if any(m.end() <= p.start < end for p in found):
            continue
        if not before:
            # ("Knife crime up 22% nationally last year and 38% in the capital": the country
            # of the place the next clause names)
            before = [p for p in found if end <= p.start < sent_end and p.how != "national"][:1]
            if not before:
                continue
        # ("London knife crime ... per ONS ... Nationally it was 54,587": the place, not the
        # publisher named after it)
        named = [p for p in before if p.how != "entity"] or before
        national = national_of(lex, named[-1].place)
        if (
            national is None
            # ("The national rate was about 5.7": a noun's word, not "... nationally")
            and m.group(0).lower() == "national"
            and _kind_of(lex, named[-1].place) == "country"
            # (not "nine times the national rate", "above the national rate": compared with)
            and not _COMPARED_NATIONAL_RE.search(text, max(0, m.start() - 16), m.start())
        ):
            # ("... of any large US city ... The national rate was about 5.7.": the country
            # named last is the nation)
            national = named[-1].place
        if national is not None:
            found.append(PlaceMention(m.start(), m.end(), national, "national"))
            added = True
    if added:
        found.sort(key=lambda f: f.start)


_SENTENCE_END_RE = compile_re(r"[.!?](?=\s|$)|\n")
_OTHER_CLAUSE_RE = compile_re(
    r"[,;](?=\s)|\s(?:and|but|while|whereas|vs\.?|versus|against|compared)\s", re.I
)


#: the figure of a share: "4%", "1 in 50", "one out of every ten"
_SHARE_FIGURE_SRC = (
    r"(?:\d+(?:\.\d+)?\s*(?:%|per\s*cent)|(?:\d+|one|two|three|four|five|six|seven|eight|nine)"
    r"\s+(?:in|out\s+of)\s+(?:every\s+)?(?:\d+|ten|twenty|five|four|three|six|seven|eight|nine|fifty|hundred))"
)
_SHARE_HEDGES_SRC = (
    r"(?:(?:only|just|about|around|roughly|approx\.?|approximately|nearly|almost|over|barely|maybe|"
    r"like|under|fewer\s+than|less\s+than|more\s+than)\s+)*"
)


#: an outcome said in one word after its share or before a colon: "1.6% charged"
_BARE_OUTCOME_WORDS = {
    "charge_rate": r"charged|prosecuted",
    "solve_rate": r"solved|cleared(?:\s+up)?|detected",
}


def _bare_outcome_res(spec: dict[str, Any] | None) -> tuple[tuple[str, re.Pattern[str]], ...]:
    """Per outcome, the phrase that states it with no crime in it: "only 1 in 50 ends with a
    charge", "the Met solved fewer than 1 in 100"."""
    spec = spec or {}
    out = []
    for outcome, o in spec.get("outcomes", {}).items():
        parts = [
            rf"\b{_SHARE_FIGURE_SRC}(?P<tail>(?:\s+(?:of\s+(?:them|those|these|cases|offences|crimes|reports)"
            # ("fewer than one in five offences now ends in a charge")
            rf"|offences|crimes|cases|reports|ones))?(?:\s+(?:now|still|actually))?\s+{o['share']})"
        ]
        bare = _BARE_OUTCOME_WORDS.get(outcome)
        if bare:
            # ("Rapes in England and Wales: 1.6% charged in the year to December 2021", "Bike
            # theft in Bristol: 1 in 50 solved")
            parts.append(
                rf"\b{_SHARE_FIGURE_SRC}(?P<tail2>\s+(?:{bare}))"
                r"(?=\s*(?:[.,;:!?)]|$|\s(?:in|last|this|over|during|across|since)\b))"
            )
            # ("Vehicle theft in London — charged: 1 in 50")
            parts.append(
                rf"(?<![\w-])(?P<lead>(?:{bare})(?:\s+at\s+all)?\s*[:—–]\s*){_SHARE_HEDGES_SRC}"
                rf"{_SHARE_FIGURE_SRC}"
            )
        if o.get("verb"):
            parts.append(
                rf"\b(?P<verb>{o['verb']})\s+{_SHARE_HEDGES_SRC}{_SHARE_FIGURE_SRC}"
                r"(?:\s+of\s+(?:them|those|these|cases|offences|crimes|reports))?"
                r"(?=\s*(?:[.,;:!?]|$|\s(?:last|this|in|of\s+all|across|since|and|but)\b))"
            )
        out.append((outcome, compile_re("|".join(parts), re.I)))
    return tuple(out)


#: a bullet that opens the line just before a crime: "- Burglary: ..."
_LIST_ITEM_OPENS_RE = compile_re(r"(?:^|\n)[ \t]*[-•*▪️◦‣][ \t]*$")
#: what may stand between the crime named and its bare outcome: a label's colon, words of
#: the same clause ("Car thefts: the Met solved fewer than 1 in 100"), but no figure (a
#: count said first, "roughly 3,000 offences ... and police solved fewer than 1 in 10", is
#: the claim whose share the outcome reader takes)
_CRIME_TO_OUTCOME_GAP_RE = compile_re(r"[^.!?\n;\d]{0,90}")


def bare_outcomes(text: str, metrics: list[MetricMention], lex: Lexicon) -> list[MetricMention]:
    """Outcome rates said without their crime, which a crime named before in the sentence
    (or the label) gives: "Vehicle thefts in England and Wales: only 1 in 50 ends with a
    charge" is the vehicle theft charge rate."""
    low = text.lower()
    if "solve rate" in low or "outcome" in low:
        metrics = _bare_rate_of_crime_named(text, metrics, lex)
    if not any(w in low for w in ("charg", "prosecut", "solv", "clear", "detect")):
        return metrics  # (cheap first)
    found: list[MetricMention] = []
    taken = [(mm.start, mm.end) for mm in metrics]
    for outcome, pattern in lex.bare_outcome_res:
        for m in pattern.finditer(text):
            tail = next((g for g in ("tail", "tail2") if m.groupdict().get(g)), None)
            start, end = m.span(tail) if tail else m.span()
            if any(a < end and start < b for a, b in taken):
                continue
            crime = next(
                (
                    mm
                    for mm in reversed(metrics)
                    if mm.end <= start
                    and mm.stat
                    and mm.metric is not None
                    and _CRIME_TO_OUTCOME_GAP_RE.fullmatch(text, mm.end, m.start())
                ),
                None,
            )
            if crime is None:
                continue
            base = lex.outcome_base(crime.phrase.strip())
            metric = f"{base}_{outcome}" if base is not None else None
            if metric is None or metric not in lex.taxonomy.metrics:
                continue  # (and shootings have no solve rate in the store)
            if _LIST_ITEM_OPENS_RE.search(text, 0, crime.start):
                continue  # ("- Burglary: about 4% end with someone charged": the list's own)
            found.append(
                MetricMention(
                    start,
                    end,
                    metric,
                    lex.taxonomy.metrics[metric].family,
                    text[start:end],
                    True,
                )
            )
            taken.append((start, end))
    if not found:
        return metrics
    return sorted([*metrics, *found], key=lambda mm: (mm.start, mm.end))


#: a solve rate named with no crime of its own, which the homicide series takes by default
_BARE_SOLVE_RATE_RE = compile_re(r"(?:the\s+)?(?:solve\s+rate|positive\s+outcomes?)", re.I)
#: from the crime named to the bare rate: the same sentence, not far
_CRIME_TO_RATE_GAP_RE = compile_re(r"(?:[^.!?\n]|\.(?=\d)){0,100}")


def _bare_rate_of_crime_named(
    text: str, metrics: list[MetricMention], lex: Lexicon
) -> list[MetricMention]:
    """ "Theft from the person in Westminster: 0.9% solve rate", "Positive outcomes for robbery
    in Birmingham: ...", "Rape charge rate ... was 1 in 20, and the solve rate ...": a bare
    solve rate is the solve rate of the crime the sentence named just before it (or right
    after it, "positive outcomes for robbery"), where the store has one."""
    out = list(metrics)
    for i, mm in enumerate(out):
        if mm.metric != "homicide_solve_rate" or not _BARE_SOLVE_RATE_RE.fullmatch(
            mm.phrase.strip()
        ):
            continue
        crime = next(
            (
                c
                for c in reversed(out[:i])
                if c.metric is not None
                and c.stat
                and c.family != "homicide"
                and _CRIME_TO_RATE_GAP_RE.fullmatch(text, c.end, mm.start)
            ),
            None,
        ) or next(
            (
                c
                for c in out[i + 1 :]
                if c.metric is not None
                and c.stat
                and c.family != "homicide"
                and re.fullmatch(
                    r"\s+(?:rates?\s+)?(?:for|of|on)\s+(?:all\s+)?", text[mm.end : c.start], re.I
                )
            ),
            None,
        )
        if crime is None or crime.metric is None:
            continue
        said = crime.metric.removesuffix("_solve_rate").removesuffix("_charge_rate")
        base = lex.outcome_base(crime.phrase.strip()) or next(
            (
                b
                for b in (said, said.removesuffix("s"), said.removesuffix("_offences"))
                if f"{b}_solve_rate" in lex.taxonomy.metrics
            ),
            None,
        )
        rate = f"{base}_solve_rate" if base else None
        if rate is None or rate not in lex.taxonomy.metrics:
            continue
        out[i] = replace(mm, metric=rate, family=lex.taxonomy.metrics[rate].family)
    return out
