"""Number forms posts use: digits, suffixes, words, percentages, ranges, vague quantities."""

from __future__ import annotations

import pytest

from safetynlp.extraction.numbers import find_quantities, words_to_number


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("ninety-seven", 97),
        ("forty six", 46),
        ("two and a half", 2.5),
        ("one hundred and fifty", 150),
        ("three thousand", 3000),
        ("a dozen", None),  # handled by find_quantities, not here
    ],
)
def test_extraction_numbers_words(text: str, value: float | None) -> None:
    assert words_to_number(text) == value


@pytest.mark.parametrize(
    ("text", "value", "kind", "lo", "hi"),
    [
        ("1,350 offences", 1350, "number", None, None),
        ("1.2k offences", 1200, "number", None, None),
        ("1.2m people", 1_200_000, "number", None, None),
        ("29% fewer", 29, "percent", None, None),
        ("29 per cent", 29, "percent", None, None),
        ("29pc", 29, "percent", None, None),
        ("29 percent", 29, "percent", None, None),
        ("a dozen stabbings", 12, "number", None, None),
        ("a hundred murders", 100, "number", None, None),
        ("hundreds of murders", 200, "number", 200, 999),
        ("200,000 to 300,000 crimes", 200_000, "number", 200_000, 300_000),
        ("75-100 a month", 75, "number", 75, 100),
        ("between 150 and 160 murders", 150, "number", 150, 160),
        ("10-15% rise", 15, "percent", 10, 15),
        # a fraction of a scale word is that share of it, not the scale word alone
        ("half a million offences", 500_000, "number", None, None),
        ("a quarter of a million crimes", 250_000, "number", None, None),
        ("three-quarters of a million", 750_000, "number", None, None),
        ("half a dozen stabbings", 6, "number", None, None),
    ],
)
def test_extraction_numbers_forms(
    text: str, value: float, kind: str, lo: float | None, hi: float | None
) -> None:
    (q,) = find_quantities(text)
    assert (q.value, q.kind, q.lo, q.hi) == (value, kind, lo, hi)


@pytest.mark.parametrize("text", ["3-1 win", "2-0 at home", "24/7", "A406", "£130", "$2.90"])
def test_extraction_numbers_scores_prices_and_codes_are_not_ranges(text: str) -> None:
    assert all(q.lo is None for q in find_quantities(text))


@pytest.mark.parametrize(
    ("text", "values"),
    [
        ("meeting Weds 6.30 at the hall", []),
        ("starts at 7:45pm", []),
        ("from 9.15 till late", []),
        ("kick-off 3.00pm", []),
        # not clock times: a percentage, a rate, a time-like value with no clock word
        ("up 6.30% last year", [6.3]),
        ("a rate of 1.07 per 100k", [1.07, 100_000]),
        ("Weds: 12.5k offences", [12_500]),
    ],
)
def test_extraction_numbers_clock_times_are_not_figures(text: str, values: list[float]) -> None:
    assert [q.value for q in find_quantities(text)] == values
