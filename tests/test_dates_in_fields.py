"""The one date grammar in the fields where a chair types a date, with real keys.

The demo meeting starts on Saturday 28 November 2026, so "vr" is Friday 4 December.
"""

from __future__ import annotations

from datetime import date, datetime

from textual.pilot import Pilot
from textual.widgets import Input, Static

from agenda.clock import ManualClock
from agenda.locations import Locations
from agenda.storage import Store
from agenda.templates import StepKind
from tests.pilot import demo_meeting, on_top, open_step, type_text
from tui.dialogs.action_form import ActionForm
from tui.screens.meeting import MeetingScreen


async def new_action(pilot: Pilot[None], screen: MeetingScreen, due: str) -> ActionForm:
    """In "Volgende stappen": `n`, what, who, `due` typed over the default date, and
    "ja" to "is dat draagbaar?"."""
    await open_step(pilot, screen, StepKind.ACTIONS)
    await pilot.press("n")
    form = pilot.app.screen
    assert isinstance(form, ActionForm)
    await type_text(pilot, "Bellen")
    await pilot.press("tab")
    await type_text(pilot, "Jeroen Bakker")
    await pilot.press("tab", "tab")  # the due date, all selected: typing replaces it
    await type_text(pilot, due)
    await pilot.press("tab", "tab", "space", "shift+tab", "shift+tab")  # draagbaar: ja
    await pilot.press("ctrl+s")
    await pilot.pause()
    return form


async def test_an_action_due_on_friday(
    store: Store, locations: Locations, clock: ManualClock
) -> None:
    async with demo_meeting(store, locations, clock) as (pilot, screen):
        form = await new_action(pilot, screen, "vrijdag")
        assert on_top(pilot.app) is form  # "which course point?", asked once
        await pilot.press("ctrl+s")
        await pilot.pause()
        assert on_top(pilot.app) is screen
        [action] = screen.session.new_actions()
        assert action.due == date(2026, 12, 4)


async def test_an_unreadable_due_date_is_refused_in_a_sentence(
    store: Store, locations: Locations, clock: ManualClock
) -> None:
    async with demo_meeting(store, locations, clock) as (pilot, screen):
        form = await new_action(pilot, screen, "ooit")
        assert on_top(pilot.app) is form
        problems = str(form.query_one("#action-problems", Static).render())
        assert problems.startswith("Dat is geen datum")
        assert form.query_one("#action-due").has_focus
        assert screen.session.new_actions() == []


async def test_the_next_meeting_as_a_chair_says_it(
    store: Store, locations: Locations, clock: ManualClock
) -> None:
    async with demo_meeting(store, locations, clock) as (pilot, screen):
        session = screen.session
        await open_step(pilot, screen, StepKind.CLOSE)
        field = screen.view.query_one("#close-next", Input)
        assert field.value == "2026-12-05 09:00"  # the default: a week on, set at the start
        field.focus()
        await pilot.pause()
        await type_text(pilot, "vr 14u")  # the text was selected: typing replaces it
        assert session.next_meeting == datetime(2026, 12, 4, 14, 0)
        await pilot.press("ctrl+u")
        await type_text(pilot, "ooit")
        problem = str(screen.view.query_one("#close-next-problem", Static).render())
        assert problem.startswith("Dat is geen datum")
        assert session.next_meeting == datetime(2026, 12, 4, 14, 0)  # never a silent default
