"""What leaves the team beside the minutes: the note for the parents and the next
meeting as a calendar file. Each says only what it is for."""

from __future__ import annotations

from datetime import datetime, timedelta

from hypothesis import given, settings

from agenda.calendar_file import LINE_OCTETS, next_meeting_event
from agenda.parents_note import parents_note
from tests.conftest import NOW
from tests.markdown_reader import typed_lines
from tests.minutes_scenario import Scenario
from tests.strategies import nasty_text, required_text


def marked(name: str) -> str:
    return f"«{name}»"


def test_the_parents_note_holds_what_was_typed_for_them_and_the_next_date_only() -> None:
    s = Scenario.build(marked, ["«Anna»", "«Bram»", "«Cem»"])
    s.meeting.parents_note = "School gaat halve dagen proberen.\nWe bellen vrijdag."
    note = parents_note(s.meeting)
    assert note == (
        "Bericht voor ouders na het overleg van za 28 nov 2026\n"
        "=====================================================\n"
        "\n"
        "School gaat halve dagen proberen.\n"
        "We bellen vrijdag.\n"
        "\n"
        "Het volgende overleg is op za 5 dec 2026, 09:00.\n"
    )
    assert "«" not in note  # no alias, no name, no other text of the case


def test_no_note_for_the_parents_when_nothing_was_agreed() -> None:
    s = Scenario.build(marked, ["Anna", "Bram", "Cem"])
    s.meeting.parents_note = " \n "
    assert parents_note(s.meeting) is None


@settings(max_examples=200, deadline=None)
@given(note=required_text.filter(lambda s: "«" not in s), others=nasty_text)
def test_any_note_stays_literal_and_alone(note: str, others: str) -> None:
    """Whatever the other fields hold, the note carries none of it; its own lines
    stand in it as typed (cleaned and trimmed as in every form)."""
    s = Scenario.build(lambda name: f"{others}«{name}»", ["Anna«", "Bram«", "Cem«"])
    s.meeting.parents_note = note
    text = parents_note(s.meeting)
    assert text is not None
    assert "«" not in text
    shown = text.split("\n")
    assert all(line in shown for line in typed_lines(note))


def unfolded(ics: str) -> list[str]:
    assert ics.endswith("\r\n")
    physical = ics[:-2].split("\r\n")
    assert all(len(line.encode("utf-8")) <= LINE_OCTETS for line in physical)
    lines: list[str] = []
    for line in physical:
        if line.startswith(" "):
            lines[-1] += line[1:]
        else:
            lines.append(line)
    return lines


def test_the_next_meeting_as_a_calendar_event_without_addresses() -> None:
    s = Scenario.build(marked, ["Anna", "Bram", "Cem"])
    s.meeting.next_meeting = datetime(2026, 12, 5, 14, 30)
    ics = next_meeting_event(s.meeting, "Casus X", 60)
    assert ics is not None
    lines = unfolded(ics)
    assert lines[:6] == [
        "BEGIN:VCALENDAR",
        "VERSION:2.0",
        "PRODID:-//Vliegwiel//Vliegwiel 0.1.0//NL",
        "CALSCALE:GREGORIAN",
        "METHOD:PUBLISH",
        "BEGIN:VEVENT",
    ]
    fields = dict(line.split(":", 1) for line in lines)
    assert fields["DTSTART"] == "20261205T143000"  # floating: 14:30 where the reader is
    assert fields["DTEND"] == "20261205T153000"
    assert fields["SUMMARY"] == "Kernteamoverleg Casus X"
    assert fields["UID"] == "vliegwiel-m1-next"
    assert not any(k in fields for k in ("ORGANIZER", "ATTENDEE", "DESCRIPTION", "LOCATION"))
    assert "@" not in ics and "«" not in ics


def test_no_calendar_file_without_a_next_meeting() -> None:
    s = Scenario.build(marked, ["Anna", "Bram", "Cem"])
    s.meeting.next_meeting = None
    assert next_meeting_event(s.meeting, "Casus X", 60) is None


@settings(max_examples=300, deadline=None)
@given(alias=nasty_text)
def test_any_alias_is_one_escaped_summary(alias: str) -> None:
    s = Scenario.build(marked, ["Anna", "Bram", "Cem"])
    s.meeting.next_meeting = NOW + timedelta(days=7)
    ics = next_meeting_event(s.meeting, alias, 45)
    assert ics is not None
    lines = unfolded(ics)
    assert len(lines) == 13
    summary = next(line for line in lines if line.startswith("SUMMARY:"))
    value = summary.removeprefix("SUMMARY:")
    # Unescaped, the value is the catalogue's words around the alias on one line.
    plain = value.replace("\\n", "\n").replace("\\;", ";").replace("\\,", ",")
    plain = plain.replace("\\\\", "\\")
    assert plain.startswith("Kernteamoverleg ")
    assert "\r" not in value and "\n" not in value
