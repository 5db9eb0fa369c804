"""Every date a chair types or reads: one grammar to read them, one way to write them.

A chair types a date while people talk (an action's due date, the analysis deadline, the
next meeting) and it must mean the same thing in every field. Understood, in Dutch and in
English whatever the language of the screen, case and spaces aside:

* `2026-12-04`, `4-12-2026`, `4/12/2026`, `4.12.2026`;
* `4-12`, `4/12`: the next 4 December, so this year's, or next year's once it has passed
  (today itself is this year's);
* a weekday, in full or short (`vrijdag`, `vr`, `friday`, `fri`): the next such day after
  today, so a week on when today is that day;
* `vandaag`/`today`, `morgen`/`tomorrow`, `overmorgen`/`day after tomorrow`,
  `volgende week`/`next week` (the same weekday a week on);
* for a moment (the next meeting) a time after the date, `14:00`, `14.00`, `14u`, `14u30`
  (also after `om`/`at`); without a time, the caller's default time.

The words come from the message catalogues (`date.input.*`), so Dutch stays in `nl.py`.
What cannot be read is returned as `Unreadable`, never replaced by a default: the caller
says so in a sentence and the chair types it again.

The formats (`long_day`, `short_day`, …) are the only places a date becomes text; the
minutes use them too.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from functools import cache

from agenda.i18n import CATALOGUES, Messages


@dataclass(frozen=True)
class Unreadable:
    """Text that is not a date (or moment) of the grammar, kept as typed for the sentence."""

    text: str


# -- reading -------------------------------------------------------------------------------

_FULL = re.compile(r"(\d{1,2})[-/.](\d{1,2})[-/.](\d{4})")
_ISO = re.compile(r"(\d{4})-(\d{1,2})-(\d{1,2})")
_DAY_MONTH = re.compile(r"(\d{1,2})[-/](\d{1,2})")


def _words(key: str) -> list[str]:
    """The catalogue's input words for `key`, in every language."""
    return [catalogue[key].casefold() for catalogue in CATALOGUES.values()]


@dataclass(frozen=True)
class _Grammar:
    """The words of every language, read from the catalogues on the first date read
    (the app reads its one catalogue at start-up; the others wait until a date is typed)."""

    weekdays: dict[str, int]
    relative: dict[str, int]
    time: re.Pattern[str]


@cache
def _grammar() -> _Grammar:
    weekdays: dict[str, int] = {}
    for catalogue in CATALOGUES.values():
        for weekday, group in enumerate(catalogue["date.input.weekdays"].split("|")):
            for name in group.split():
                weekdays[name.casefold()] = weekday
    relative = {
        **dict.fromkeys(_words("date.input.today"), 0),
        **dict.fromkeys(_words("date.input.tomorrow"), 1),
        **dict.fromkeys(_words("date.input.day_after_tomorrow"), 2),
        **dict.fromkeys(_words("date.input.next_week"), 7),
    }
    at = "|".join(re.escape(word) for word in _words("date.input.at"))
    marks = "".join(re.escape(mark) for mark in _words("date.input.hour_mark"))
    time_at_end = re.compile(
        rf"(?:^|\s+)(?:(?:{at})\s+)?(\d{{1,2}})(?:[:.](\d{{2}})|[{marks}](\d{{2}})?)$"
    )
    return _Grammar(weekdays, relative, time_at_end)


def _tidy(text: str) -> str:
    return " ".join(text.casefold().split())


def _day(year: int, month: int, day: int) -> date | None:
    try:
        return date(year, month, day)
    except ValueError:
        return None


def _read_day(text: str, today: date) -> date | None:
    """The date `text` stands for, or None when it is not one."""
    grammar = _grammar()
    if text in grammar.relative:
        return today + timedelta(days=grammar.relative[text])
    weekday = grammar.weekdays.get(text.rstrip("."))
    if weekday is not None:
        return today + timedelta(days=(weekday - today.weekday() - 1) % 7 + 1)
    if found := _ISO.fullmatch(text):
        return _day(int(found[1]), int(found[2]), int(found[3]))
    if found := _FULL.fullmatch(text):
        return _day(int(found[3]), int(found[2]), int(found[1]))
    if found := _DAY_MONTH.fullmatch(text):
        day, month = int(found[1]), int(found[2])
        this_year = _day(today.year, month, day)
        if this_year is not None and this_year >= today:
            return this_year
        return _day(today.year + 1, month, day)
    return None


def read_day(text: str, today: date) -> date | Unreadable | None:
    """The day `text` means, seen from `today`; None when nothing was typed."""
    tidy = _tidy(text)
    if not tidy:
        return None
    day = _read_day(tidy, today)
    return Unreadable(text.strip()) if day is None else day


def read_moment(text: str, today: date, default_time: time) -> datetime | Unreadable | None:
    """The moment `text` means: a day (see `read_day`) and a time, or `default_time`
    when only a day was typed. None when nothing was typed."""
    tidy = _tidy(text)
    if not tidy:
        return None
    # `2026-12-05T09:00`, as an ISO moment is written.
    tidy = re.sub(r"^(\d{4}-\d{1,2}-\d{1,2})t(?=\d)", r"\1 ", tidy)
    at = default_time
    if found := _grammar().time.search(tidy):
        hour, minute = int(found[1]), int(found[2] or found[3] or 0)
        if hour > 23 or minute > 59:
            return Unreadable(text.strip())
        at = time(hour, minute)
        tidy = tidy[: found.start()].strip()
    day = _read_day(tidy, today) if tidy else None
    return Unreadable(text.strip()) if day is None else datetime.combine(day, at)


# -- writing ------------------------------------------------------------------------------


def _names(day: date, t: Messages) -> tuple[str, str]:
    """The day's weekday and month as the catalogue shortens them (`za`, `dec`)."""
    return t("date.weekdays").split()[day.weekday()], t("date.months").split()[day.month - 1]


def long_day(day: date, t: Messages) -> str:
    """`za 28 nov 2026` / `Sat 28 Nov 2026`: in the minutes and wherever a year matters."""
    weekday, month = _names(day, t)
    return t("date.format", weekday=weekday, day=day.day, month=month, year=day.year)


def long_moment(moment: datetime, t: Messages) -> str:
    """`za 28 nov 2026, 09:00`."""
    return t("datetime.format", date=long_day(moment.date(), t), time=clock_time(moment))


def short_day(day: date, t: Messages, today: date | None = None) -> str:
    """`za 5 dec`; with the year when it is not this year's."""
    if today is not None and day.year != today.year:
        return long_day(day, t)
    weekday, month = _names(day, t)
    return t("action.short_day", weekday=weekday, day=day.day, month=month)


def day_and_month(day: date, t: Messages) -> str:
    """`5 dec`: a meeting in a row of meetings (the follow-through trend)."""
    return t("figures.day", day=day.day, month=_names(day, t)[1])


def clock_time(moment: datetime) -> str:
    """`09:05`."""
    return moment.strftime("%H:%M")


def clock_time_after(moment: datetime, since: datetime, t: Messages) -> str:
    """`22:30`, or `zo 29 nov 00:30` when `moment` falls on another day than `since`: the
    planned end of an evening meeting that passes midnight."""
    if moment.date() == since.date():
        return clock_time(moment)
    return t("datetime.short", day=short_day(moment.date(), t), time=clock_time(moment))


def field_day(day: date) -> str:
    """A day as a field shows it for editing: `2026-12-05`, which the grammar reads back."""
    return day.isoformat()


def field_moment(moment: datetime) -> str:
    """A moment as a field shows it for editing: `2026-12-05 09:00`."""
    return f"{field_day(moment.date())} {clock_time(moment)}"
