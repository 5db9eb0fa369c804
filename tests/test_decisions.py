"""Decisions anywhere: "Besluit vastleggen" (Ctrl+B, or the palette) in every step of a
meeting records what was decided, who decided (the kernteam unless someone says
otherwise), the step and the time; the meeting's file and its minutes hold them.

"Besluiten en keuzes maken we altijd gezamenlijk" (the intentieverklaring, report ch. 4).
"""

from __future__ import annotations

from datetime import timedelta

import pytest
from textual.widgets import Input, Static

from agenda.clock import ManualClock
from agenda.document import Table
from agenda.errors import Invalid
from agenda.i18n import Lang, Messages
from agenda.locations import Locations
from agenda.session import MeetingSession
from agenda.storage import Store
from tests.conftest import NOW
from tests.factories import make_case, make_meeting
from tests.minutes_sections import section
from tests.pilot import Wall, demo_meeting, on_top, run_from_palette, showing, type_text
from tui.dialogs.decision import DecisionDialog


def test_a_decision_is_kept_with_its_step_time_and_who_decided() -> None:
    clock = ManualClock()
    case = make_case()
    session = MeetingSession(case, make_meeting(case), [], [], clock, Wall(clock))
    session.next_step()
    clock.advance(75)
    decision = session.record_decision("  Geen gesloten setting  ", " kern  team ")
    assert session.meeting.decisions == [decision]
    assert (decision.text, decision.decided_by) == ("Geen gesloten setting", "kern team")
    assert decision.step_id == session.meeting.steps[1].id
    assert decision.at == NOW + timedelta(seconds=75)


def test_a_decision_says_what_and_who_or_is_refused_in_sentences() -> None:
    clock = ManualClock()
    case = make_case()
    session = MeetingSession(case, make_meeting(case), [], [], clock, Wall(clock))
    with pytest.raises(Invalid) as refused:
        session.record_decision(" ", "")
    assert refused.value.explain(Messages("nl")) == (
        "Schrijf op wat er besloten is. Vul in wie dit besloot: een naam, of ‘kernteam’."
    )
    assert session.meeting.decisions == []


async def test_ctrl_b_records_a_decision_in_every_step(
    store: Store, locations: Locations, clock: ManualClock
) -> None:
    """In each of the seven steps: Ctrl+B, the decision, Enter. "kernteam" stands in
    "who decided" already; the minutes list every one with its step and time."""
    async with demo_meeting(store, locations, clock) as (pilot, screen):
        steps = screen.session.meeting.steps
        for number, step in enumerate(steps, start=1):
            clock.advance(60)
            await pilot.press("ctrl+b")
            dialog = showing(pilot.app, DecisionDialog)
            assert f"Stap {number}/7 · {step.title}" in str(dialog.query(Static)[1].render())
            assert dialog.query_one("#decision-decided-by", Input).value == "kernteam"
            await type_text(pilot, f"Besluit {number}")
            await pilot.press("enter")
            await pilot.pause()
            assert on_top(pilot.app) is screen
            assert "Besluit vastgelegd" in str(screen.query_one("#save-status").render())
            if number < len(steps):
                await pilot.press("f8")  # moving on saves the meeting
                await pilot.pause()
        await pilot.press("ctrl+s")  # the minutes, and the meeting with them
        await pilot.pause()
        meeting_id = screen.session.meeting.id

    on_disk = store.load_meeting("demo", meeting_id)
    assert [(d.text, d.step_id, d.decided_by) for d in on_disk.decisions] == [
        (f"Besluit {n}", step.id, "kernteam") for n, step in enumerate(steps, start=1)
    ]
    assert [d.at for d in on_disk.decisions] == sorted(d.at for d in on_disk.decisions)

    minutes = (locations.minutes_dir / "2026-11-28_casus-x-voorbeeld.md").read_text("utf-8")
    [table] = section(minutes, "Besluiten")
    assert isinstance(table, Table)
    assert [row[1:] for row in table.rows] == [
        (f"{n}. {step.title}", f"Besluit {n}", "kernteam") for n, step in enumerate(steps, start=1)
    ]
    assert [row[0] for row in table.rows] == [d.at.strftime("%H:%M") for d in on_disk.decisions]


async def test_who_decided_can_be_typed_over_and_neither_field_may_stay_empty(
    store: Store, locations: Locations, clock: ManualClock
) -> None:
    async with demo_meeting(store, locations, clock) as (pilot, screen):
        await pilot.press("ctrl+b")
        dialog = showing(pilot.app, DecisionDialog)
        await pilot.press("enter")  # nothing typed
        problem = dialog.query_one(".dialog-problems", Static)
        assert str(problem.render()) == "Schrijf op wat er besloten is."
        assert dialog.query_one("#decision-text").has_focus
        await type_text(pilot, "Huisbezoek samen met school")
        await pilot.press("tab", "backspace", "enter")  # "kernteam" selected, then erased
        assert "Vul in wie dit besloot" in str(problem.render())
        assert dialog.query_one("#decision-decided-by").has_focus
        await type_text(pilot, "Jeroen en Ahmed")
        await pilot.press("enter")
        await pilot.pause()
        assert on_top(pilot.app) is screen
        [decision] = screen.session.meeting.decisions
        assert (decision.text, decision.decided_by) == (
            "Huisbezoek samen met school",
            "Jeroen en Ahmed",
        )


async def test_escape_leaves_no_decision_and_asks_first_when_something_was_typed(
    store: Store, locations: Locations, clock: ManualClock
) -> None:
    async with demo_meeting(store, locations, clock) as (pilot, screen):
        await pilot.press("ctrl+b")
        await type_text(pilot, "Half")
        await pilot.press("escape")  # asked first: "keep typing" is what Enter gives
        await pilot.press("enter")
        await pilot.pause()
        dialog = showing(pilot.app, DecisionDialog)
        assert dialog.query_one("#decision-text", Input).value == "Half"
        await pilot.press("escape", "shift+tab", "enter")  # now really leave it
        await pilot.pause()
        assert on_top(pilot.app) is screen
        assert screen.session.meeting.decisions == []


@pytest.mark.parametrize(
    ("lang", "name"), [("nl", "Besluit vastleggen"), ("en", "Record a decision")]
)
async def test_the_palette_has_the_command_by_its_fixed_name(
    store: Store, locations: Locations, clock: ManualClock, lang: Lang, name: str
) -> None:
    async with demo_meeting(store, locations, clock, lang=lang) as (pilot, _):
        await run_from_palette(pilot, f"{name} (Ctrl+B)")
        showing(pilot.app, DecisionDialog)
