"""One date grammar: every form a chair may type, in Dutch and English, and the way back.

Seen from Saturday 28 November 2026 (`TODAY`), so "vr" is Friday 4 December.
"""

from __future__ import annotations

from datetime import date, datetime, time, timedelta

import pytest
from hypothesis import given
from hypothesis import strategies as st

from agenda.dates import (
    Unreadable,
    clock_time,
    clock_time_after,
    day_and_month,
    field_day,
    field_moment,
    long_day,
    long_moment,
    read_day,
    read_moment,
    short_day,
)
from agenda.i18n import CATALOGUES, Messages
from tests.conftest import TODAY

NINE = time(9, 0)

DAYS = [
    # ISO and day-month-year, with every separator
    ("2026-12-04", date(2026, 12, 4)),
    ("2027-1-5", date(2027, 1, 5)),
    ("4-12-2026", date(2026, 12, 4)),
    ("4/12/2026", date(2026, 12, 4)),
    ("4.12.2026", date(2026, 12, 4)),
    ("04-12-2026", date(2026, 12, 4)),
    # day-month: the next one, this year or next
    ("4-12", date(2026, 12, 4)),
    ("4/12", date(2026, 12, 4)),
    ("28-11", TODAY),
    ("27-11", date(2027, 11, 27)),
    ("5/1", date(2027, 1, 5)),
    # words, both languages, any case and spacing
    ("vandaag", TODAY),
    ("today", TODAY),
    ("morgen", date(2026, 11, 29)),
    ("Tomorrow", date(2026, 11, 29)),
    ("overmorgen", date(2026, 11, 30)),
    ("day after tomorrow", date(2026, 11, 30)),
    ("volgende  week", date(2026, 12, 5)),
    ("next week", date(2026, 12, 5)),
    ("  VR ", date(2026, 12, 4)),
    ("vr.", date(2026, 12, 4)),
]

WEEKDAYS = [
    # (Dutch in full, Dutch short, English in full, English short, the day meant)
    ("maandag", "ma", "monday", "mon", date(2026, 11, 30)),
    ("dinsdag", "di", "tuesday", "tue", date(2026, 12, 1)),
    ("woensdag", "wo", "wednesday", "wed", date(2026, 12, 2)),
    ("donderdag", "do", "thursday", "thu", date(2026, 12, 3)),
    ("vrijdag", "vr", "friday", "fri", date(2026, 12, 4)),
    ("zaterdag", "za", "saturday", "sat", date(2026, 12, 5)),  # today is Saturday: a week on
    ("zondag", "zo", "sunday", "sun", date(2026, 11, 29)),
]

MOMENTS = [
    ("2026-12-05 09:00", datetime(2026, 12, 5, 9, 0)),
    ("2026-12-05T09:00", datetime(2026, 12, 5, 9, 0)),
    ("5-12-2026 14.00", datetime(2026, 12, 5, 14, 0)),
    ("4-12 14:00", datetime(2026, 12, 4, 14, 0)),
    ("4/12 14u", datetime(2026, 12, 4, 14, 0)),
    ("vr 14u30", datetime(2026, 12, 4, 14, 30)),
    ("vrijdag om 9:15", datetime(2026, 12, 4, 9, 15)),
    ("fri at 14:00", datetime(2026, 12, 4, 14, 0)),
    ("friday 2h", datetime(2026, 12, 4, 2, 0)),
    ("morgen 8.30", datetime(2026, 11, 29, 8, 30)),
    ("volgende week 10u", datetime(2026, 12, 5, 10, 0)),
    ("next week", datetime(2026, 12, 5, 9, 0)),  # no time: the caller's default
    ("2026-12-05", datetime(2026, 12, 5, 9, 0)),
]

NOT_DAYS = ["ooit", "31-02-2026", "2026-13-01", "4.12", "14:00", "12", "vr 4", "next", "29-2"]
NOT_MOMENTS = ["ooit", "14:00", "vr 24:00", "vr 9:60", "morgen 9", "2026-12-05 9:5"]


@pytest.mark.parametrize(("text", "day"), DAYS)
def test_every_form_of_a_day(text: str, day: date) -> None:
    assert read_day(text, TODAY) == day


@pytest.mark.parametrize(("nl", "nl_short", "en", "en_short", "day"), WEEKDAYS)
def test_a_weekday_is_the_next_such_day_in_both_languages(
    nl: str, nl_short: str, en: str, en_short: str, day: date
) -> None:
    assert [read_day(name, TODAY) for name in (nl, nl_short, en, en_short)] == [day] * 4
    assert TODAY < day <= TODAY + timedelta(days=7)


@pytest.mark.parametrize(("text", "moment"), MOMENTS)
def test_every_form_of_a_moment(text: str, moment: datetime) -> None:
    assert read_moment(text, TODAY, NINE) == moment


@pytest.mark.parametrize("text", NOT_DAYS)
def test_what_is_not_a_day_says_so_and_keeps_what_was_typed(text: str) -> None:
    assert read_day(f" {text} ", TODAY) == Unreadable(text)


@pytest.mark.parametrize("text", NOT_MOMENTS)
def test_what_is_not_a_moment_says_so(text: str) -> None:
    assert read_moment(text, TODAY, NINE) == Unreadable(text)


def test_nothing_typed_is_no_date_not_a_default() -> None:
    assert read_day("  ", TODAY) is None
    assert read_moment("", TODAY, NINE) is None


def test_every_weekday_word_of_the_catalogues_is_understood() -> None:
    for catalogue in CATALOGUES.values():
        groups = catalogue["date.input.weekdays"].split("|")
        assert len(groups) == 7
        for weekday, group in enumerate(groups):
            for name in group.split():
                day = read_day(name, TODAY)
                assert isinstance(day, date) and day.weekday() == weekday, name


# -- the way back: what a field shows is read as the same date -------------------------------

days = st.dates(min_value=date(1990, 1, 1), max_value=date(2200, 12, 31))


@given(days, days)
def test_a_day_as_a_field_shows_it_reads_back(day: date, today: date) -> None:
    assert read_day(field_day(day), today) == day


@given(
    st.datetimes(min_value=datetime(1990, 1, 1), max_value=datetime(2200, 12, 31)),
    days,
    st.times(),
)
def test_a_moment_as_a_field_shows_it_reads_back(
    moment: datetime, today: date, default: time
) -> None:
    moment = moment.replace(second=0, microsecond=0)
    assert read_moment(field_moment(moment), today, default) == moment


@given(days, st.integers(min_value=0, max_value=364))
def test_day_and_month_mean_the_next_such_day(today: date, ahead: int) -> None:
    day = today + timedelta(days=ahead)
    for separator in "-/":
        assert read_day(f"{day.day}{separator}{day.month}", today) == day


@given(days, st.sampled_from(sorted({w for row in WEEKDAYS for w in row[:4]})))
def test_a_weekday_is_always_within_the_coming_week(today: date, name: str) -> None:
    day = read_day(name, today)
    assert isinstance(day, date)
    assert 1 <= (day - today).days <= 7


# -- writing --------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("lang", "long", "moment", "short", "month"),
    [
        ("nl", "za 5 dec 2026", "za 5 dec 2026, 09:05", "za 5 dec", "5 dec"),
        ("en", "Sat 5 Dec 2026", "Sat 5 Dec 2026, 09:05", "Sat 5 Dec", "5 Dec"),
    ],
)
def test_one_formatter_in_both_languages(
    lang: str, long: str, moment: str, short: str, month: str
) -> None:
    t = Messages("nl" if lang == "nl" else "en")
    day = date(2026, 12, 5)
    assert long_day(day, t) == long
    assert long_moment(datetime(2026, 12, 5, 9, 5), t) == moment
    assert short_day(day, t, TODAY) == short
    assert short_day(day, t, date(2027, 1, 1)) == long  # another year: with its year
    assert day_and_month(day, t) == month
    assert clock_time(datetime(2026, 12, 5, 9, 5)) == "09:05"


def test_a_time_on_another_day_than_its_start_carries_the_day() -> None:
    t = Messages("nl")
    evening = datetime.combine(TODAY, time(23, 30))
    assert clock_time_after(evening + timedelta(minutes=20), evening, t) == "23:50"
    assert clock_time_after(evening + timedelta(hours=1), evening, t) == "zo 29 nov 00:30"
    assert clock_time_after(evening + timedelta(hours=1), evening, Messages("en")) == (
        "Sun 29 Nov 00:30"
    )
