"""The next meeting as a calendar file (iCalendar, RFC 5545) beside the minutes.

One event, written with the minutes whenever the next meeting is known, so the chair can
mail it along or open it into her own calendar. It says as little as possible: the
event's title holds the case's alias and nothing else of the case, and there are no
addresses at all (no organiser, no attendees: the chair decides who gets it).

Time zone: the start is written as floating local time (`DTSTART:20261205T090000`,
no `Z` and no `TZID`), which every calendar shows at that clock time in its own zone.
A kernteam meets in one country, so "09:00 where you are" is what was agreed; a zone
table would be a long block that adds nothing here. `DTSTAMP` must be UTC; it is the
meeting's own start read as UTC, so writing the file again gives the same bytes.
"""

from __future__ import annotations

from datetime import datetime, timedelta

from agenda import __version__
from agenda.i18n import Messages
from agenda.markdown_text import one_line
from agenda.meeting import Meeting

LINE_OCTETS = 75
"""RFC 5545: a content line is folded after at most 75 octets."""


def _text(value: str) -> str:
    """A TEXT value: backslash, semicolon, comma and line breaks escaped."""
    escaped = value.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,")
    return escaped.replace("\n", "\\n")


def _fold(line: str) -> str:
    """Fold a content line into pieces of at most 75 octets, never inside a character."""
    pieces: list[str] = []
    current, size = "", 0
    limit = LINE_OCTETS
    for char in line:
        octets = len(char.encode("utf-8"))
        if size + octets > limit:
            pieces.append(current)
            current, size = "", 0
            limit = LINE_OCTETS - 1  # a continuation line starts with a space
        current += char
        size += octets
    pieces.append(current)
    return "\r\n ".join(pieces)


def _moment(moment: datetime) -> str:
    return moment.strftime("%Y%m%dT%H%M%S")


def next_meeting_event(meeting: Meeting, alias: str, minutes: int) -> str | None:
    """The next meeting as an .ics text (CRLF lines), or None when none is planned."""
    start = meeting.next_meeting
    if start is None:
        return None
    t = Messages(meeting.lang)
    lines = [
        "BEGIN:VCALENDAR",
        "VERSION:2.0",
        f"PRODID:-//Vliegwiel//Vliegwiel {__version__}//{meeting.lang.upper()}",
        "CALSCALE:GREGORIAN",
        "METHOD:PUBLISH",
        "BEGIN:VEVENT",
        f"UID:vliegwiel-{meeting.id}-next",
        f"DTSTAMP:{_moment(meeting.started)}Z",
        f"DTSTART:{_moment(start)}",
        f"DTEND:{_moment(start + timedelta(minutes=minutes))}",
        f"SUMMARY:{_text(t('ics.summary', alias=one_line(alias)))}",
        "END:VEVENT",
        "END:VCALENDAR",
    ]
    return "".join(f"{_fold(line)}\r\n" for line in lines)
