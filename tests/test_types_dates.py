"""parse_date: the post dates the library accepts, and a clear error for the rest."""

from __future__ import annotations

from datetime import date, datetime

import pytest

from safetynlp import Checker
from safetynlp.errors import DateError, SafetyNLPError
from safetynlp.extract import extract
from safetynlp.types import parse_date


@pytest.mark.parametrize(
    ("value", "want"),
    [
        ("2024-03-01", date(2024, 3, 1)),
        ("2024-03-01T18:22:00Z", date(2024, 3, 1)),
        ("2024-03-01 18:22:00", date(2024, 3, 1)),
        ("1709316120", date(2024, 3, 1)),  # Unix seconds, UTC
        ("Fri Mar 01 18:22:00 +0000 2024", date(2024, 3, 1)),  # X v1.1
        ("Fri, 01 Mar 2024 18:22:00 GMT", date(2024, 3, 1)),  # RFC 2822
        (date(2024, 3, 1), date(2024, 3, 1)),
        (None, None),
        ("", None),
        ("  ", None),
    ],
)
def test_types_parse_date_reads_iso_and_platform_timestamps(value: object, want: object) -> None:
    assert parse_date(value) == want  # type: ignore[arg-type]


@pytest.mark.parametrize("value", ["14-10-2020", "yesterday", "2024-13-45", "🙂"])
def test_types_parse_date_rejects_unreadable_dates_with_a_fix(value: str) -> None:
    with pytest.raises(DateError) as info:
        parse_date(value)
    assert isinstance(info.value, ValueError) and isinstance(info.value, SafetyNLPError)
    assert repr(value) in str(info.value) and "Fix:" in str(info.value)


@pytest.mark.parametrize("text", ["London murders have doubled since 2019", "Lovely walk", ""])
def test_types_bad_date_is_an_error_whatever_the_text(text: str) -> None:
    with pytest.raises(DateError):
        extract(text, created_at="14-10-2020")
    with pytest.raises(DateError):
        Checker().check(text, created_at="14-10-2020")


def test_types_datetime_and_platform_dates_resolve_periods() -> None:
    iso = extract("London murders rose 10% last year", created_at="2024-03-01")
    x_v1 = extract("London murders rose 10% last year", created_at="Fri Mar 01 18:22:00 +0000 2024")
    dt = extract("London murders rose 10% last year", created_at=datetime(2024, 3, 1, 18, 22))
    assert [c.period for c in iso] == [c.period for c in x_v1] == [c.period for c in dt]
    assert iso[0].period == ("2023-01-01", "2023-12-31")
