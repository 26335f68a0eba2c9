"""Judge each claim against the official figures (spec sections 2-5).

Each ``judge_*`` function takes a claim and the figures it matched and returns a
ClaimVerdict: the label, the signed deviation, the figures used with their sources, and an
explanation a fact-checker can paste.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, replace
from datetime import date

from safetynlp.config import VerdictConfig
from safetynlp.stats.periods import classify_period, format_period, previous_period
from safetynlp.stats.store import StatsStore
from safetynlp.taxonomy import Metric, Taxonomy, load_taxonomy
from safetynlp.types import Claim, ClaimVerdict, Interval, OfficialFigure

INF = float("inf")


def post_verdict(labels: Iterable[str]) -> str:
    """Worst claim wins (spec section 4)."""
    labels = list(labels)
    if not labels:
        return "no_claim"
    for label in ("contradicting", "exaggerated", "consistent"):
        if label in labels:
            return label
    return "unverifiable"


def _lo(iv: Interval) -> float:
    return -INF if iv[0] is None else iv[0]


def _hi(iv: Interval) -> float:
    return INF if iv[1] is None else iv[1]


def _fmt(v: float | None, unit: str = "count") -> str:
    if v is None:
        return "open"
    if unit in ("percent", "percent_change"):
        return f"{v:+.1f}%" if unit == "percent_change" else f"{v:g}%"
    if unit == "rate_per_100k":
        return f"{v:.2f} per 100,000"
    if abs(v) >= 1000:
        return f"{v:,.0f}"
    return f"{v:g}" if v == int(v) else f"{v:.2f}"


def _fmt_interval(lo: float, hi: float, unit: str = "count") -> str:
    if lo == hi or abs(lo - hi) < 1e-9:
        return _fmt(lo, unit)
    return f"{_fmt(lo, unit)} to {_fmt(hi, unit)}"


def _claim_text(c: Claim) -> str:
    if c.value is None:
        return ""
    lo, hi = c.value
    if lo is not None and hi is not None:
        return _fmt_interval(lo, hi, c.unit)
    if lo is not None:
        return f"at least {_fmt(lo, c.unit)}"
    return f"at most {_fmt(hi, c.unit)}"


def _official_record(f: OfficialFigure) -> dict[str, object]:
    return {
        "figure_id": f.figure_id,
        "metric": f.metric,
        "geography": f.geography,
        "value": f.value,
        "unit": f.unit,
        "period": [f.period_start, f.period_end],
        "publisher": f.source_publisher,
        "title": f.source_title,
        "url": f.source_url,
        "source_date": f.source_date,
        "notes": f.notes,
    }


def _publishers(figs: Iterable[OfficialFigure]) -> str:
    names: list[str] = []
    for f in figs:
        name = f.source_publisher.split(" (")[0].strip()
        if name and name not in names:
            names.append(name)
    if not names:
        return "Official"
    if len(names) > 2:
        return f"{names[0]}, {names[1]} and other"
    return " and ".join(names)


def _series_word(metric: str) -> str:
    """The word a series' id opens on, singular ("murders" -> "murder", "homicide_deaths" ->
    "homicide"): how a claim's words name it."""
    return metric.rstrip("s").split("_")[0]


def _span(p: tuple[str | None, str | None] | None) -> tuple[date, date] | None:
    if p is None or p[0] is None or p[1] is None:
        return None
    return date.fromisoformat(p[0]), date.fromisoformat(p[1])


@dataclass
class Judge:
    store: StatsStore
    config: VerdictConfig
    taxonomy: Taxonomy
    as_of: date | None = None

    # -- lookups -----------------------------------------------------------------------

    def _label(self, metric: str | None) -> str:
        m = self.taxonomy.metric(metric or "")
        return m.label if m else (metric or "this measure").replace("_", " ")

    def _place(self, place: str | None) -> str:
        p = self.taxonomy.place(place or "")
        return p.name if p else (place or "an unnamed place")

    def _values(
        self, metric: str, place: str, period: tuple[date, date], unit: str
    ) -> list[OfficialFigure]:
        if unit == "rate_per_100k":
            return self.store.rates_per_100k(metric, place, *period)
        return [
            f
            for f in self.store.query(metric, place, *period)
            if f.unit == unit or (unit == "count" and f.unit == "count")
        ]

    def _values_or_narrower(
        self, metric: str, place: str, period: tuple[date, date], unit: str
    ) -> list[OfficialFigure]:
        """A comparison's figures for one place: of the claim's own series or, where the place
        publishes none for the period, of a narrower one it does ("The US murder rate in 2023
        was more than four times London's": the FBI's murder rate against London's homicide
        rate, the US publishing no homicide rate for 2023)."""
        own = self._values(metric, place, period, unit)
        if own:
            return own
        found = [
            figures
            for narrower in self._narrower(metric)
            if (figures := self._values(narrower.id, place, period, unit))
        ]
        # (one such series only: Berlin's completed homicides and those with attempts leave
        # the reading open)
        return found[0] if len(found) == 1 else []

    def _rate_only(self, claim: Claim) -> bool:
        """A change, trend or record of a metric whose place has a published rate series but
        no counts: it is read on the rates."""
        tax = self.taxonomy.metric(claim.metric or "")
        return (
            claim.kind in ("change", "trend", "extremum")
            and tax is not None
            and tax.rate_metric is not None
            and claim.geography is not None
            and not self.store.has_series(tax.id, claim.geography)
            and self.store.has_series(tax.rate_metric, claim.geography)
        )

    def _unverifiable(self, claim: Claim, reason: str, text: str) -> ClaimVerdict:
        return ClaimVerdict(
            claim=claim,
            verdict="unverifiable",
            confidence=round(claim.confidence, 2),
            explanation=text,
            reason=reason,
            alternatives=self._alternatives(claim),
        )

    def _alternatives(self, claim: Claim) -> list[str]:
        """Other series the desk might check for this claim's place and period."""
        if claim.geography is None or claim.metric is None:
            return []
        period = _span(claim.period)
        out = []
        metric = self.taxonomy.metric(claim.metric)
        family = metric.family if metric else claim.family
        for m in self.taxonomy.metrics.values():
            if m.id == claim.metric or m.family != family or m.percent_change_of:
                continue
            if not self.store.has_series(m.id, claim.geography):
                continue
            if period is None or self.store.query(m.id, claim.geography, *period):
                out.append(m.id)
        return out[:5]

    def _narrower(self, metric: str) -> list[Metric]:
        """The count series published under a narrower name than ``metric`` (its children in
        metrics.json: "murders" under "homicides")."""
        return [
            m
            for m in self.taxonomy.metrics.values()
            if m.parent == metric and m.unit == "count" and not m.percent_change_of
        ]

    def _stand_in(self, claim: Claim) -> str | None:
        """A series published under a narrower name, for a place with no count of the claim's
        own: "US murders rose in 2019" and "the US murder rate fell to 5.0 per 100,000" are
        read on the FBI's murder series (the US publishes no homicide count, and its CDC
        homicide rate is another series, kept for claims in its words)."""
        if claim.metric is None or claim.geography is None or claim.kind == "comparison":
            # (a comparison reads both places on one series)
            return None
        own = self.taxonomy.metric(claim.metric)
        place = claim.geography
        if own is None or own.unit != "count":
            return None
        words = (claim.metric_phrase or claim.surface or "").lower()
        if self.store.has_series(own.id, place):
            return self._stand_in_for_period(claim, own.id, words)
        owned = own.rate_metric is not None and self.store.has_series(own.rate_metric, place)
        kids = [
            m
            for m in self._narrower(own.id)
            if self.store.has_series(m.id, place)
            or (m.rate_metric is not None and self.store.has_series(m.rate_metric, place))
        ]
        # (a kid is named by the claim's words only where they do not name the claim's own
        # series too: "homicide rate" is the homicide series, not "homicide deaths")
        named = [
            m for m in kids if _series_word(m.id) in words and _series_word(own.id) not in words
        ]
        if named:
            return named[0].id
        spans = [p for p in (_span(claim.period), _span(claim.baseline)) if p is not None]
        if claim.kind in ("change", "trend") and len(spans) == 2:
            # ("Homicides in the US rose about 12% between 2019 and 2024": no homicide count
            # or rate for those years, FBI murders for both)
            def covers(metric: Metric) -> bool:
                return self._holds([metric.id, metric.rate_metric], place, spans)

            covering = [m for m in kids if covers(m)]
            if not covers(own) and len(covering) == 1:
                # (two narrower series with the years, Berlin's completed homicides and those
                # with attempts, leave the claim's own reading open: neither stands in)
                return covering[0].id
        if claim.unit == "count" and claim.kind in ("level", "frequency"):
            # ("CDC death certificates show 24,576 homicides in the US in 2020": a count is
            # never read on a rate series, so the count published under the claim's own word)
            same = [m for m in kids if _series_word(m.id) == _series_word(own.id)]
            if same:
                return same[0].id
        return None if owned or not kids else kids[0].id

    def _stand_in_for_period(self, claim: Claim, own: str, words: str) -> str | None:
        """ "New York recorded 305 murders in 2025": a count series the place has, but not for
        the claim's years, gives way to a narrower one the claim's words name that has them
        (NYPD murders for 2025, where the homicide series stops earlier)."""
        if claim.unit not in ("count", "percent_change") or claim.geography is None:
            # ("murders in New York City fell about 20% last year": a change of two counts)
            return None
        spans = [p for p in (_span(claim.period), _span(claim.baseline)) if p is not None]
        if not spans or _series_word(own) in words:
            return None

        place = claim.geography
        if self._holds([own], place, spans):
            return None
        return next(
            (
                m.id
                for m in self._narrower(own)
                if _series_word(m.id) in words and self._holds([m.id], place, spans)
            ),
            None,
        )

    def _holds(self, metrics: list[str | None], place: str, spans: list[tuple[date, date]]) -> bool:
        """Does the store hold a figure of one of ``metrics`` at ``place`` for every span?"""
        return all(any(m and self.store.query(m, place, *p) for m in metrics) for p in spans)

    # -- entry point -------------------------------------------------------------------

    def judge(self, claim: Claim) -> ClaimVerdict:
        if claim.geography is None and self.config.default_place:
            claim.geography = self.config.default_place
            claim.geography_source = "default"
        said = f"The post says {claim.surface.strip()!r}"
        if claim.metric is None or self.taxonomy.metric(claim.metric) is None:
            phrase = claim.metric_phrase or "this measure"
            return self._unverifiable(
                claim,
                "metric outside the taxonomy",
                f"{said}; safetynlp holds no official series for {phrase}.",
            )
        if claim.geography is None:
            return self._unverifiable(
                claim, "place unknown", f"{said}; the post names no place to check it against."
            )
        stand_in = self._stand_in(claim)
        if stand_in is not None:
            # the claim as it was read stays on the verdict; only the series judged changes
            judged = self.judge(replace(claim, metric=stand_in))
            judged.claim = claim
            return judged
        if (
            not self.store.has_series(claim.metric, claim.geography)
            and claim.unit != "rate_per_100k"
            and not self._rate_only(claim)
        ):
            return self._unverifiable(
                claim,
                "no series",
                f"{said}; there is no official series for {self._label(claim.metric)} "
                f"in {self._place(claim.geography)} in the statistics store.",
            )
        handler = {
            "level": self._level,
            "frequency": self._frequency,
            "change": self._change,
            "trend": self._trend,
            "extremum": self._extremum,
            "comparison": self._comparison,
        }.get(claim.kind)
        if handler is None:
            return self._unverifiable(claim, "unknown claim kind", f"{said}.")
        return handler(claim)

    # -- level and frequency -----------------------------------------------------------

    def _no_period(self, claim: Claim, what: str = "level") -> ClaimVerdict:
        period = _span(claim.period)
        when = format_period(period) if period else "the period it refers to"
        reason = "no official figure for " + what
        partial = period is not None and classify_period(*period) == "partial"
        if partial:
            reason = "year to date not published"
        return self._unverifiable(
            claim,
            reason,
            f"The post says {claim.surface.strip()!r}; no official figure for "
            f"{self._label(claim.metric)} in {self._place(claim.geography)} for {when} "
            "is in the statistics store.",
        )

    def _level(
        self, claim: Claim, *, tau: float | None = None, factor: float = 1.0
    ) -> ClaimVerdict:
        assert claim.metric and claim.geography
        period = _span(claim.period)
        if period is None or claim.value is None:
            return self._no_period(claim)
        figs = self._values(claim.metric, claim.geography, period, claim.unit)
        if not figs:
            return self._no_period(claim)
        olo, ohi = StatsStore.interval(figs)
        tau = self.config.tau_level if tau is None else tau
        clo, chi = _lo(claim.value) * factor, _hi(claim.value) * factor
        wlo, whi = clo * (1 - tau), chi * (1 + tau)
        if claim.unit == "count":
            if clo < self.config.small_count:
                wlo -= self.config.small_count_slack
            if chi < self.config.small_count:
                whi += self.config.small_count_slack
        deviation: float | None
        if wlo <= ohi and whi >= olo:
            label, deviation = "consistent", 0.0
        elif wlo > ohi:
            label, deviation = "exaggerated", (clo - ohi) / ohi if ohi else None
        else:
            label, deviation = "contradicting", (chi - olo) / olo if olo else None
        if claim.negated:
            label = "contradicting" if label == "consistent" else "consistent"
        annual = factor != 1.0
        claimed = _claim_text(claim)
        if annual:
            claimed += (
                f" a {claim.per}, about {_fmt_interval(clo, chi if chi != INF else clo)} a year"
            )
        official = _fmt_interval(olo, ohi, claim.unit)
        verb = {
            "consistent": "in line with the claim",
            "exaggerated": "lower than claimed",
            "contradicting": "higher than claimed",
        }[label]
        if claim.negated:
            verb = "so the denial " + ("holds" if label == "consistent" else "does not hold")
        text = (
            f"The post says {claim.surface.strip()!r} ({claimed}{' , denied' if claim.negated else ''}); "
            f"{_publishers(figs)} figures show {official} for {self._label(claim.metric)} in "
            f"{self._place(claim.geography)} in {format_period(period)}, {verb}."
        ).replace(" , denied", ", denied")
        return ClaimVerdict(
            claim=claim,
            verdict=label,
            deviation=None if deviation is None else round(deviation, 4),
            confidence=round(
                claim.confidence
                * (0.85 if any(f.figure_id.startswith("derived") for f in figs) else 1.0),
                2,
            ),
            official=[_official_record(f) for f in figs],
            explanation=text,
        )

    def _frequency(self, claim: Claim) -> ClaimVerdict:
        period = _span(claim.period)
        if period is None:
            return self._no_period(claim)
        days = (period[1] - period[0]).days + 1
        full_year = classify_period(*period) in ("calendar", "financial", "rolling_year")
        per = claim.per or "day"
        if per == "day":
            factor = self.config.days_per_year if full_year else days
        elif per == "week":
            factor = self.config.weeks_per_year if full_year else days / 7
        elif per == "month":
            factor = self.config.months_per_year if full_year else days / 30.44
        else:
            factor = 1.0 if full_year else days / 365.25
        return self._level(claim, tau=self.config.tau_frequency, factor=factor)

    # -- change and trend --------------------------------------------------------------

    def _official_change(
        self, claim: Claim
    ) -> tuple[tuple[float, float], list[OfficialFigure], list[OfficialFigure]] | None:
        assert claim.metric and claim.geography
        period, baseline = _span(claim.period), _span(claim.baseline)
        if period is None or baseline is None or period == baseline:
            return None
        unit = "count" if claim.unit in ("percent_change", "count") else claim.unit
        tax = self.taxonomy.metric(claim.metric)
        if tax is not None and tax.unit == "percent":
            unit = "percent"
        now = self._values(claim.metric, claim.geography, period, unit)
        then = self._values(claim.metric, claim.geography, baseline, unit)
        if unit == "count" and not (now and then) and tax is not None and tax.rate_metric:
            # "The US violent crime rate fell again in 2024": only the rate is published ("The
            # US murder rate fell almost 15% in 2024": or the count for one year only)
            now = self._values(claim.metric, claim.geography, period, "rate_per_100k")
            then = self._values(claim.metric, claim.geography, baseline, "rate_per_100k")
        changes = [(n.value - t.value) / abs(t.value) * 100 for n in now for t in then if t.value]
        if not changes:
            return None
        return (min(changes), max(changes)), now, then

    def _judge_change(
        self, claimed: Interval, off: tuple[float, float]
    ) -> tuple[str, float | None]:
        clo, chi = _lo(claimed), _hi(claimed)
        olo, ohi = off
        # the official value nearest to the claim, and the claimed value nearest to it
        if chi < olo:
            p_off, p_claim = olo, chi
        elif clo > ohi:
            p_off, p_claim = ohi, clo
        else:
            return "consistent", 0.0
        tau = max(self.config.tau_change_pp, self.config.tau_change_rel * abs(p_off))
        if abs(p_claim - p_off) <= tau:
            return "consistent", _rel(p_claim, p_off)
        flat = self.config.flat_band
        if abs(p_off) <= flat:
            return "exaggerated", _rel(p_claim, p_off)
        if (p_claim > 0) != (p_off > 0):
            return "contradicting", _rel(p_claim, p_off)
        if abs(p_claim) > abs(p_off):
            return "exaggerated", _rel(p_claim, p_off)
        return "contradicting", _rel(p_claim, p_off)

    def _change(self, claim: Claim) -> ClaimVerdict:
        if claim.value is None:
            return self._no_period(claim, "period")
        found = self._official_change(claim)
        if found is None:
            return self._no_period(claim, "period")
        off, now, then = found
        label, deviation = self._judge_change(claim.value, off)
        if claim.negated:
            label = "contradicting" if label == "consistent" else "consistent"
        return self._change_verdict(claim, label, deviation, off, now, then)

    def _change_verdict(
        self,
        claim: Claim,
        label: str,
        deviation: float | None,
        off: tuple[float, float],
        now: list[OfficialFigure],
        then: list[OfficialFigure],
    ) -> ClaimVerdict:
        period, baseline = _span(claim.period), _span(claim.baseline)
        assert period and baseline
        figs = now + then
        direction = "a rise" if off[0] > 0 else "a fall" if off[1] < 0 else "a change"
        lo_pc, hi_pc = sorted((round(abs(off[0]), 1), round(abs(off[1]), 1)))
        if direction == "a change":
            lo_pc, hi_pc = round(off[0], 1), round(off[1], 1)
        change = f"{lo_pc:g}%" if lo_pc == hi_pc else f"{lo_pc:g}% to {hi_pc:g}%"
        unit_word = ""
        what = repr(claim.surface.strip())
        if claim.kind == "change" and claim.value is not None:
            what += f" ({_claim_text(claim)})"
        shown = next((f.unit for f in figs if f.unit in ("percent", "rate_per_100k")), "count")
        text = (
            f"The post says {what}; {_publishers(figs)} figures show "
            f"{_fmt_interval(*StatsStore.interval(then), shown)} "
            f"in {format_period(baseline)} and "
            f"{_fmt_interval(*StatsStore.interval(now), shown)} "
            f"in {format_period(period)}, {direction} of {change}{unit_word}."
        )
        return ClaimVerdict(
            claim=claim,
            verdict=label,
            deviation=None if deviation is None else round(deviation, 4),
            confidence=round(claim.confidence, 2),
            official=[_official_record(f) for f in figs],
            explanation=text,
        )

    def _trend(self, claim: Claim) -> ClaimVerdict:
        found = self._official_change(claim)
        if found is None:
            return self._no_period(claim, "period")
        (olo, ohi), now, then = found
        flat, surge = self.config.flat_band, self.config.surge_threshold
        up = claim.direction == "up"
        best = ohi if up else -olo  # the official move most in the claim's direction
        worst = olo if up else -ohi
        need = surge if (claim.intense and up) else flat
        if best > flat and (best >= need or not (claim.intense and up)):
            label = "consistent"
        elif best > flat:
            label = "exaggerated"  # intensity word for a modest rise
        elif best >= -flat:
            label = "exaggerated"  # a move claimed where the data are flat
        else:
            label = "contradicting"
        if claim.negated:
            fully = worst > flat and (worst >= need or not (claim.intense and up))
            label = "contradicting" if fully else "consistent"
        deviation = None
        return self._change_verdict(claim, label, deviation, (olo, ohi), now, then)

    # -- extremum ----------------------------------------------------------------------

    def _extremum(self, claim: Claim) -> ClaimVerdict:
        assert claim.metric and claim.geography
        if claim.other_geography is not None or claim.relation == "rank":
            # "the highest murder rate of any big US city": a ranking among places needs every
            # place's figure, which no single series holds
            return self._unverifiable(
                claim,
                "ranking among places",
                f"The post says {claim.surface.strip()!r}; that ranks "
                f"{self._place(claim.geography)} against other places, and the statistics "
                "store does not hold the figures of every place it would be ranked against.",
            )
        period = _span(claim.period)
        if period is None:
            return self._no_period(claim, "period")
        direction = claim.direction or "max"
        store, metric = self.store, claim.metric
        if claim.unit == "rate_per_100k" or self._rate_only(claim):
            store, metric = self._rate_store(claim.metric, claim.geography, period)
        ptype = classify_period(*period)
        full = store.extremum(
            metric, claim.geography, period, window=None, direction=direction, period_type=ptype
        )
        if not full.values:
            return self._no_period(claim, "period")
        if not full.window_periods:
            return self._no_period(claim, "window")
        ever_len = len(full.window_periods) + len(full.missing_periods)
        claimed_len = claim.window_years if claim.window_years is not None else ever_len
        # The longest window (counting back from the period) over which the claim holds: it
        # ends just before the nearest counterexample. Periods the store lacks refute nothing,
        # so with no counterexample the claim holds over any window.
        nearest = None
        for k in range(1, ever_len + 1):
            if previous_period(period, k) in full.counterexamples:
                nearest = k
                break
        true_len = max(ever_len, claimed_len) if nearest is None else nearest - 1
        if true_len >= claimed_len:
            label = "consistent"
        elif true_len >= self.config.extremum_partial_share * claimed_len:
            label = "exaggerated"
        else:
            label = "contradicting"
        if claim.negated:
            label = "contradicting" if label == "consistent" else "consistent"
        windowed = store.extremum(
            metric,
            claim.geography,
            period,
            window=min(claimed_len, ever_len),
            direction=direction,
            period_type=ptype,
        )
        word = "lowest" if direction == "min" else "highest"
        start = full.series_start.year if full.series_start else None
        missing = [format_period(p) for p in windowed.missing_periods]
        if nearest is None:
            finding = (
                f"it is the {word} of the {len(full.window_periods)} earlier periods with a figure"
            )
            if claimed_len > ever_len:
                finding += (
                    f", though the store has no figure for {claimed_len - ever_len} of the "
                    f"{claimed_len} periods claimed"
                )
        elif true_len >= claimed_len:
            finding = f"it is the {word} over the {claimed_len} periods before it" + (
                f" (and over {true_len})" if true_len > claimed_len else ""
            )
        else:
            counter = previous_period(period, nearest)
            counter_vals = [
                f.value
                for f in full.figures
                if (f.period_start, f.period_end)
                == (counter[0].isoformat(), counter[1].isoformat())
            ]
            finding = (
                f"{format_period(counter)} was {'lower' if direction == 'min' else 'higher'} "
                f"({_fmt_interval(min(counter_vals), max(counter_vals), claim.unit) if counter_vals else 'see sources'}), "
                f"so it is the {word} in {true_len} period{'s' if true_len != 1 else ''}, not {claimed_len}"
            )
        if nearest is None or true_len >= claimed_len:
            finding += self._runner_up(windowed.figures, period, direction, claim.unit)
        value_txt = _fmt_interval(min(full.values), max(full.values), claim.unit)
        text = (
            f"The post says {claim.surface.strip()!r}; {_publishers(full.figures)} figures give "
            f"{value_txt} for {format_period(period)}; {finding}"
            + (f" (series starts {start}" if start else "")
            + (f"; no full figure for {', '.join(missing)})" if missing else ")" if start else "")
            + "."
        )
        figs = list(windowed.figures) or list(full.figures)
        # a verdict resting on a window the store only partly covers is less certain
        coverage = min(1.0, len(full.window_periods) / max(1, claimed_len))
        return ClaimVerdict(
            claim=claim,
            verdict=label,
            deviation=None,
            confidence=round(claim.confidence * max(0.5, coverage), 2),
            official=[_official_record(f) for f in figs],
            explanation=text,
        )

    @staticmethod
    def _runner_up(
        figures: Iterable[OfficialFigure], period: tuple[date, date], direction: str, unit: str
    ) -> str:
        """ "; the nearest was 2014 (92 to 95)": how close the record is."""
        target = (period[0].isoformat(), period[1].isoformat())
        by_period: dict[tuple[str | None, str | None], list[float]] = {}
        for f in figures:
            key = (f.period_start, f.period_end)
            if key != target:
                by_period.setdefault(key, []).append(f.value)
        if not by_period:
            return ""
        pick = min if direction == "min" else max
        key, values = pick(by_period.items(), key=lambda kv: pick(kv[1]))
        start, end = _span(key) or period
        return f"; the nearest was {format_period((start, end))} ({_fmt_interval(min(values), max(values), unit)})"

    def _rate_store(
        self, metric: str, place: str, period: tuple[date, date]
    ) -> tuple[StatsStore, str]:
        """A store of the rate series for one place, so extremum logic runs on rates."""
        ptype = classify_period(*period)
        rate_metric = (self.taxonomy.metric(metric) or None) and self.taxonomy.metrics[
            metric
        ].rate_metric
        # the periods of the counts and of the published rates (the FBI publishes US murder
        # rates for years it holds no count of here)
        spans = [p for p, _ in self.store.series(metric, place, period_type=ptype)]
        if rate_metric:
            spans += [
                p
                for p, _ in self.store.series(rate_metric, place, period_type=ptype)
                if p not in spans
            ]
        rates: list[OfficialFigure] = []
        for p in spans:
            rates.extend(self.store.rates_per_100k(metric, place, *p))
        name = rate_metric or f"{metric}_rate"
        return StatsStore(
            [OfficialFigure(**{**f.to_dict(), "metric": name, "geography": place}) for f in rates]
        ), name

    # -- comparison --------------------------------------------------------------------

    def _comparison(self, claim: Claim) -> ClaimVerdict:
        assert claim.metric and claim.geography
        period = _span(claim.period)
        other = claim.other_geography
        if period is None or other is None:
            return self._no_period(claim, "period")
        unit = "rate_per_100k" if claim.unit == "rate_per_100k" else "count"
        first = self._values_or_narrower(claim.metric, claim.geography, period, unit)
        second = self._values_or_narrower(claim.metric, other, period, unit)
        said = f"The post says {claim.surface.strip()!r}"
        if not first:
            return self._unverifiable(
                claim,
                "no official figure for first place",
                f"{said}; no official {self._label(claim.metric)} figure for "
                f"{self._place(claim.geography)} in {format_period(period)} is in the store.",
            )
        if not second:
            return self._unverifiable(
                claim,
                "no official figure for second place",
                f"{said}; no official {self._label(claim.metric)} "
                f"{'rate ' if unit == 'rate_per_100k' else ''}figure for {self._place(other)} "
                f"in {format_period(period)} is in the store.",
            )
        a_lo, a_hi = StatsStore.interval(first)
        b_lo, b_hi = StatsStore.interval(second)
        r_lo, r_hi = a_lo / b_hi, a_hi / b_lo
        deviation: float | None = None
        if claim.relation == "ratio" and claim.value is not None:
            to_pc = lambda v: None if v is None else (v - 1) * 100  # noqa: E731
            label, deviation = self._judge_change(
                (to_pc(claim.value[0]), to_pc(claim.value[1])),
                (to_pc(r_lo) or 0.0, to_pc(r_hi) or 0.0),
            )
        elif claim.relation == "less":
            label = "consistent" if r_lo < 1 else "contradicting"
        else:
            label = "consistent" if r_hi > 1 else "contradicting"
        if claim.negated:
            label = "contradicting" if label == "consistent" else "consistent"
        text = (
            f"{said}; {_publishers(first + second)} figures give "
            f"{self._place(claim.geography)} {_fmt_interval(a_lo, a_hi, unit)} and "
            f"{self._place(other)} {_fmt_interval(b_lo, b_hi, unit)} in {format_period(period)}, "
            f"a ratio of {_fmt_interval(round(r_lo, 2), round(r_hi, 2))}."
        )
        return ClaimVerdict(
            claim=claim,
            verdict=label,
            deviation=None if deviation is None else round(deviation, 4),
            confidence=round(claim.confidence, 2),
            official=[_official_record(f) for f in first + second],
            explanation=text,
        )


def _rel(p_claim: float, p_off: float) -> float | None:
    """Signed relative error of a claimed change, positive when the claim overstates.

    Same direction: a bigger move than the data is overstated ("halved" for -34%). Opposite
    directions: the claim is compared on the number line, so a rise claimed for a fall is
    overstated and a fall claimed for a rise understated.
    """
    if p_off == 0:
        return None
    if (p_claim > 0) != (p_off > 0):
        return (p_claim - p_off) / abs(p_off)
    return (abs(p_claim) - abs(p_off)) / abs(p_off)


def judge_claims(
    claims: Iterable[Claim],
    *,
    store: StatsStore | None = None,
    config: VerdictConfig | None = None,
) -> list[ClaimVerdict]:
    judge = Judge(store or StatsStore.default(), config or VerdictConfig(), load_taxonomy())
    return [judge.judge(c) for c in claims]
