"""Controls that must work at every moment of a meeting: the stop button inside every
dialog and form, Escape that asks before throwing typed text away, and closing the
meeting by key, by palette and by F8 past the check-out."""

from __future__ import annotations

from datetime import date

import pytest
from textual.pilot import Pilot
from textual.screen import Screen
from textual.widgets import Input

from agenda.clock import ManualClock
from agenda.demo import add_demo
from agenda.i18n import Messages
from agenda.locations import Locations
from agenda.storage import Store
from agenda.templates import StepKind
from tests.conftest import TODAY
from tests.pilot import demo_meeting, make_app, on_top, type_text
from tests.test_action_pilot import jump_to
from tui.dialogs.action_form import ActionForm
from tui.dialogs.attendance import AttendanceScreen
from tui.dialogs.course_change import CourseChangeDialog
from tui.dialogs.curtain import CurtainScreen
from tui.dialogs.dialog import ConfirmDialog
from tui.dialogs.help import HelpScreen
from tui.dialogs.minutes_preview import MinutesPreview
from tui.dialogs.stop import StopScreen
from tui.screens.board import ActionBoardScreen
from tui.screens.meeting import MeetingScreen
from tui.screens.start import StartScreen
from tui.steps.review import ReviewView
from tui.widgets.toggles import Tick


async def press_stop_and_resume(pilot: Pilot[None], screen: MeetingScreen, note: str) -> None:
    """F9 from wherever the chair is, a note, Enter: the clocks stood still meanwhile."""
    under = pilot.app.screen
    await pilot.press("f9")
    assert isinstance(pilot.app.screen, StopScreen), type(pilot.app.screen)
    assert screen.session.stopped
    await type_text(pilot, note)
    await pilot.press("enter")
    await pilot.pause()
    assert on_top(pilot.app) is under
    assert not screen.session.stopped
    assert screen.session.meeting.stop_moments[-1].note == note


async def test_f9_in_the_action_form_keeps_the_half_typed_action(
    store: Store, locations: Locations, clock: ManualClock
) -> None:
    async with demo_meeting(store, locations, clock) as (pilot, screen):
        await jump_to(pilot, screen, StepKind.ACTIONS)
        await pilot.press("n")
        form = pilot.app.screen
        assert isinstance(form, ActionForm)
        await type_text(pilot, "Bel sch")
        await press_stop_and_resume(pilot, screen, "spanning")
        await type_text(pilot, "ool")  # the cursor is where it was
        assert form.query_one("#action-what", Input).value == "Bel school"
        store_moments = store.load_meeting("demo", screen.session.meeting.id).stop_moments
        assert [m.note for m in store_moments] == ["spanning"]


@pytest.mark.parametrize(
    ("key", "kind"),
    [
        ("f1", HelpScreen),
        ("f3", ActionBoardScreen),
        ("f6", CurtainScreen),
        ("ctrl+k", CourseChangeDialog),
    ],
)
async def test_f9_works_from_inside_every_dialog_of_the_meeting(
    store: Store,
    locations: Locations,
    clock: ManualClock,
    key: str,
    kind: type[Screen[object]],
) -> None:
    async with demo_meeting(store, locations, clock) as (pilot, screen):
        await pilot.press(key)
        assert isinstance(pilot.app.screen, kind)
        await press_stop_and_resume(pilot, screen, f"vanuit {kind.__name__}")
        assert isinstance(pilot.app.screen, kind)


async def test_f9_works_over_the_minutes_preview_and_a_typed_course_change(
    store: Store, locations: Locations, clock: ManualClock
) -> None:
    async with demo_meeting(store, locations, clock) as (pilot, screen):
        await pilot.press("ctrl+k")
        dialog = pilot.app.screen
        assert isinstance(dialog, CourseChangeDialog)
        await type_text(pilot, "Nieuw punt")
        await press_stop_and_resume(pilot, screen, "even stil")
        assert dialog.query_one("#course-text", Input).value == "Nieuw punt"
        await pilot.press("escape")  # typed: asks first
        assert isinstance(pilot.app.screen, ConfirmDialog)
        await pilot.press("escape")
        await pilot.press("escape", "shift+tab", "enter")  # asked again; now throw it away
        await pilot.pause()
        assert on_top(pilot.app) is screen

        await pilot.press("f4")
        assert isinstance(pilot.app.screen, MinutesPreview)
        await press_stop_and_resume(pilot, screen, "toch nog iets")


async def test_escape_on_a_typed_action_asks_and_enter_keeps_typing(
    store: Store, locations: Locations, clock: ManualClock
) -> None:
    async with demo_meeting(store, locations, clock) as (pilot, screen):
        await jump_to(pilot, screen, StepKind.ACTIONS)
        await pilot.press("n")
        form = pilot.app.screen
        assert isinstance(form, ActionForm)
        await pilot.press("escape")  # nothing typed: closes at once
        await pilot.pause()
        assert on_top(pilot.app) is screen

        await pilot.press("n")
        form = pilot.app.screen
        assert isinstance(form, ActionForm)
        await type_text(pilot, "Huisbezoek")
        await pilot.press("escape")
        question = pilot.app.screen
        assert isinstance(question, ConfirmDialog)
        await pilot.press("enter")  # the default answer keeps the text
        await pilot.pause()
        assert on_top(pilot.app) is form
        assert form.query_one("#action-what", Input).value == "Huisbezoek"


async def test_f4_and_the_palette_close_the_meeting_and_f8_past_check_out_offers_it(
    store: Store, locations: Locations, clock: ManualClock
) -> None:
    async with demo_meeting(store, locations, clock) as (pilot, screen):
        titles = {c.title for c in pilot.app.get_system_commands(screen)}
        assert "Overleg afsluiten (F4)" in titles
        await jump_to(pilot, screen, StepKind.CLOSE)
        await pilot.press("f8")
        assert isinstance(pilot.app.screen, MinutesPreview)
        await pilot.press("escape")
        await pilot.pause()
        assert on_top(pilot.app) is screen
        await pilot.press("f4")
        assert isinstance(pilot.app.screen, MinutesPreview)
        await pilot.press("enter")
        await pilot.pause()
        assert isinstance(pilot.app.screen, StartScreen)
    assert store.open_meeting("demo") is None


async def test_a_next_meeting_date_that_does_not_parse_blocks_closing(
    store: Store, locations: Locations, clock: ManualClock
) -> None:
    async with demo_meeting(store, locations, clock) as (pilot, screen):
        await jump_to(pilot, screen, StepKind.CLOSE)
        field = screen.view.query_one("#close-next", Input)
        field.focus()
        await pilot.pause()
        await type_text(pilot, "ergens in december")  # replaces the proposed date
        await jump_to(pilot, screen, StepKind.ACTIONS)
        await pilot.press("f4")
        await pilot.pause()
        assert on_top(pilot.app) is screen, "closing must wait for a date it understands"
        assert screen.session.step.kind is StepKind.CLOSE
        assert pilot.app.focused is field
        status = str(screen.query_one("#save-status").render())
        assert "datum" in status.lower()
        await pilot.press("end", "ctrl+u")
        await type_text(pilot, "2026-12-07 10:00")
        await pilot.press("f4")
        assert isinstance(pilot.app.screen, MinutesPreview)
        await pilot.press("enter")
        await pilot.pause()
    (closed,) = [m for m in store.list_meetings("demo") if m.on.isoformat() == "2026-11-28"]
    meeting = store.load_meeting("demo", closed.id)
    assert meeting.next_meeting is not None
    assert meeting.next_meeting.isoformat(sep=" ") == "2026-12-07 10:00:00"


async def test_attendance_arrows_move_between_people_and_a_resume_shows_who_was_away(
    store: Store, locations: Locations, clock: ManualClock
) -> None:
    add_demo(store, Messages("nl"), TODAY)
    app = make_app(store, locations, clock)
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.press("enter")
        dialog = app.screen
        assert isinstance(dialog, AttendanceScreen)
        ticks = list(dialog.query(Tick))
        assert app.focused is ticks[0]
        await pilot.press("down", "down")
        assert app.focused is ticks[2]
        await pilot.press("space", "up")
        assert app.focused is ticks[1]
        away = ticks[2].name
        await pilot.press("enter")
        await pilot.pause()
        meeting = app.screen
        assert isinstance(meeting, MeetingScreen)
        assert meeting.session.meeting.absent == [away]
        await pilot.press("ctrl+q")

    again = make_app(store, locations, ManualClock(start=9_000.0))
    async with again.run_test(size=(120, 40)) as pilot:
        await pilot.press("enter")
        dialog = again.screen
        assert isinstance(dialog, AttendanceScreen)
        shown = {tick.name: tick.value for tick in dialog.query(Tick)}
        assert shown[away] is False
        assert sum(not present for present in shown.values()) == 1


async def test_a_members_turn_clock_stops_when_the_cursor_leaves_the_round(
    store: Store, locations: Locations, clock: ManualClock
) -> None:
    async with demo_meeting(store, locations, clock) as (pilot, screen):
        await jump_to(pilot, screen, StepKind.CLOSE)
        session = screen.session
        first_answer = screen.view.query(".answer").first(Input)
        first_answer.focus()
        await pilot.pause()
        assert session.speaker == 0
        clock.advance(20)
        screen.view.query_one("#close-informed", Input).focus()
        await pilot.pause()
        assert session.speaker is None
        clock.advance(40)
        screen.refresh_clocks()
        entry = session.record.round[0]
        assert entry.seconds == 20
        assert session.turn_seconds() == 0


async def open_action_form(pilot: Pilot[None], screen: MeetingScreen) -> ActionForm:
    await jump_to(pilot, screen, StepKind.ACTIONS)
    await pilot.press("n")
    form = pilot.app.screen
    assert isinstance(form, ActionForm)
    return form


async def test_tab_takes_the_one_name_that_fits(
    store: Store, locations: Locations, clock: ManualClock
) -> None:
    async with demo_meeting(store, locations, clock) as (pilot, screen):
        form = await open_action_form(pilot, screen)
        await type_text(pilot, "Huisbezoek")
        await pilot.press("tab", *"jer", "tab")
        assert form.query_one("#action-owner", Input).value == "Jeroen Bakker"
        assert form.query_one("#action-helpers", Input).has_focus


async def test_a_partial_name_asks_whom_it_meant_and_no_is_the_default(
    store: Store, locations: Locations, clock: ManualClock
) -> None:
    async with demo_meeting(store, locations, clock) as (pilot, screen):
        form = await open_action_form(pilot, screen)
        owner = form.query_one("#action-owner", Input)
        await type_text(pilot, "Huisbezoek")
        await pilot.press(*["tab"] * 5, "space", *["shift+tab"] * 4)  # draagbaar: ja
        owner.value = "bakk"  # a surname's start: no completion to take
        await pilot.press("enter")
        question = pilot.app.screen
        assert isinstance(question, ConfirmDialog)
        assert question.title_text() == "Bedoel je Jeroen Bakker?"
        await pilot.press("enter")  # the default: no
        await pilot.pause()
        assert on_top(pilot.app) is form
        assert owner.value == "bakk" and owner.has_focus
        assert store.load_case("demo").family == ["moeder", "vader", "meisje"]

        await pilot.press("enter")
        assert isinstance(pilot.app.screen, ConfirmDialog)
        await pilot.press("shift+tab", "enter")  # yes, him
        await pilot.pause()
        assert owner.value == "Jeroen Bakker"
        assert "Welk koerspunt" in str(form.query_one("#action-problems").render())


async def test_down_in_the_owner_field_picks_from_team_and_family(
    store: Store, locations: Locations, clock: ManualClock
) -> None:
    async with demo_meeting(store, locations, clock) as (pilot, screen):
        form = await open_action_form(pilot, screen)
        await pilot.press("tab", "down")
        from tui.dialogs.owner_pick import OwnerPick

        pick = pilot.app.screen
        assert isinstance(pick, OwnerPick)
        assert pick.names[-3:] == ["moeder", "vader", "meisje"]
        await pilot.press("down", "down", "enter")
        await pilot.pause()
        assert on_top(pilot.app) is form
        assert form.query_one("#action-owner", Input).value == pick.names[2]


async def test_enter_saves_from_the_bearable_choice(
    store: Store, locations: Locations, clock: ManualClock
) -> None:
    async with demo_meeting(store, locations, clock) as (pilot, screen):
        form = await open_action_form(pilot, screen)
        await type_text(pilot, "Huisbezoek")
        await pilot.press("tab", *"Linda", "tab", "tab", "tab")
        form.query_one("#action-bearable").focus()
        await pilot.pause()
        await pilot.press("enter")  # nothing chosen yet: asked, never assumed
        assert "Is het draagbaar?" in str(form.query_one("#action-problems").render())
        assert form.query_one("#action-bearable").has_focus
        await pilot.press("space", "enter")  # ja
        assert "Welk koerspunt" in str(form.query_one("#action-problems").render())
        await pilot.press("enter")  # asked once; saving again keeps it without
        await pilot.pause()
        assert on_top(pilot.app) is screen
        assert [a.owner for a in screen.session.new_actions()] == ["Linda Smit"]


async def test_not_done_offers_a_new_date_and_owner_at_once(
    store: Store, locations: Locations, clock: ManualClock
) -> None:
    from tui.dialogs.replan import ReplanDialog

    async with demo_meeting(store, locations, clock) as (pilot, screen):
        await jump_to(pilot, screen, StepKind.REVIEW)
        session = screen.session
        first = next(a for a in session.earlier_open_actions() if not a.is_standing)
        before_due = first.due
        figure_before = session.trend()[-1]
        await pilot.press("3", *"ziek geweest", "enter")
        dialog = pilot.app.screen
        assert isinstance(dialog, ReplanDialog)
        await pilot.press(*"2026-12-12", "tab", *"lind", "enter")
        await pilot.pause()
        assert on_top(pilot.app) is screen
        carried = next(a for a in session.actions() if a.id == first.id)
        assert (carried.due, carried.owner) == (date(2026, 12, 12), "Linda Smit")
        feedback = carried.feedback_in(session.meeting.id)
        assert feedback is not None and feedback.note == "ziek geweest"
        assert carried.agreed_due == before_due  # counted where it first fell due
        figure = session.trend()[-1]
        assert (figure.due, figure.done) == (figure_before.due, figure_before.done)
        assert (figure_before.reported, figure.reported) == (0, 1)  # discussed now
        view = screen.view
        assert isinstance(view, ReviewView)
        assert view.table.cursor_row == 1  # on with the next action

        await pilot.press("2", "enter", "escape")  # partly done; Escape: leave it as it is
        await pilot.pause()
        second = [a for a in session.earlier_open_actions() if not a.is_standing][1]
        assert second.feedback_in(session.meeting.id).replanned is False  # type: ignore[union-attr]
