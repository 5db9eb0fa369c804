"""The keys of the brief on the meeting screen: help, palette, curtain, clock, autosave."""

from __future__ import annotations

from textual.command import CommandPalette
from textual.widgets import Static

from agenda.case import CourseStatus
from agenda.clock import ManualClock
from agenda.demo import add_demo
from agenda.i18n import Messages
from agenda.locations import Locations
from agenda.storage import Store
from tests.conftest import TODAY
from tests.pilot import demo_meeting, make_app, on_top, start_meeting, type_text
from tui.dialogs.curtain import CurtainScreen
from tui.dialogs.help import HelpScreen
from tui.widgets.clocks import StepClock
from tui.widgets.course_panel import CoursePanel
from tui.widgets.toggles import Choices


def screen_text(screen: object) -> str:
    return "\n".join(str(w.render()) for w in screen.query(Static))  # type: ignore[attr-defined]


async def test_f1_lists_every_key_and_what_the_step_is_for(
    store: Store, locations: Locations, clock: ManualClock
) -> None:
    add_demo(store, Messages("nl"), TODAY)
    app = make_app(store, locations, clock)
    async with app.run_test(size=(120, 40)) as pilot:
        await start_meeting(pilot)
        await pilot.press("f8", "f1")
        assert isinstance(app.screen, HelpScreen)
        text = screen_text(app.screen)
        assert "Waar is de stap ‘Actualiteit’ voor?" in text
        assert "Korte, neutrale samenvatting van het hier-en-nu" in text
        for key in ("F1", "F2", "F5", "F6", "F7", "F8", "F9", "Ctrl+Q", "Ctrl+P"):
            assert key in text, key
        await pilot.press("escape")
        assert not isinstance(app.screen, HelpScreen)


async def test_the_palette_offers_the_meeting_commands(
    store: Store, locations: Locations, clock: ManualClock
) -> None:
    async with demo_meeting(store, locations, clock) as (pilot, screen):
        app = pilot.app
        commands = {c.title for c in app.get_system_commands(screen)}
        for label in ("Stopknop (F9)", "Volgende (F8)", "Gordijn (F6)", "Klok (F5)", "Koers (F2)"):
            assert label in commands
        await pilot.press("ctrl+p")
        assert isinstance(app.screen, CommandPalette)
        await type_text(pilot, "Volgende")
        await pilot.pause(0.3)  # the palette searches in a worker
        await pilot.press("enter")
        await pilot.pause()
        assert screen.session.step.title == "Actualiteit"


async def test_the_curtain_hides_everything_but_the_clock(
    store: Store, locations: Locations, clock: ManualClock
) -> None:
    async with demo_meeting(store, locations, clock) as (pilot, screen):
        app = pilot.app
        await pilot.press("f6")
        curtain = app.screen
        assert isinstance(curtain, CurtainScreen)
        clock.advance(61)
        screen.refresh_clocks()
        assert curtain.query_one(StepClock).text == "06:59 resterend"
        text = screen_text(curtain)
        for secret in ("Casus X", "Anouk", "Brede analyse", "Incheck"):
            assert secret not in text
        await pilot.press("f6")
        assert on_top(app) is screen


async def test_f5_pauses_the_step_clock_and_f2_toggles_the_course_panel(
    store: Store, locations: Locations, clock: ManualClock
) -> None:
    async with demo_meeting(store, locations, clock) as (pilot, screen):
        clock.advance(30)
        await pilot.press("f5")
        clock.advance(300)
        screen.refresh_clocks()
        assert screen.query_one(StepClock).text == "07:30 resterend · gepauzeerd"
        await pilot.press("f5")
        clock.advance(30)
        screen.refresh_clocks()
        assert screen.query_one(StepClock).text == "07:00 resterend"
        panel = screen.query_one(CoursePanel)
        assert panel.display
        await pilot.press("f2")
        assert not panel.display


async def test_the_course_panel_starts_hidden_on_small_terminals(
    store: Store, locations: Locations, clock: ManualClock
) -> None:
    async with demo_meeting(store, locations, clock, size=(80, 24)) as (pilot, screen):
        assert not screen.query_one(CoursePanel).display
        await pilot.press("f2")
        assert screen.query_one(CoursePanel).display


async def test_an_edit_is_on_disk_within_a_second(
    store: Store, locations: Locations, clock: ManualClock
) -> None:
    async with demo_meeting(store, locations, clock) as (pilot, screen):
        await pilot.press("f8")
        await type_text(pilot, "Rust")
        meeting_id = screen.session.meeting.id
        assert store.load_meeting("demo", meeting_id).records[1].text == ""
        clock.advance(0.5)  # the recorder's time is the injected clock's
        await pilot.pause(1.0)  # within a second, the screen's clock refresh writes it
        assert store.load_meeting("demo", meeting_id).records[1].text == "Rust"


async def test_a_running_clock_is_saved_every_ten_seconds(
    store: Store, locations: Locations, clock: ManualClock
) -> None:
    async with demo_meeting(store, locations, clock) as (pilot, screen):
        meeting_id = screen.session.meeting.id
        clock.advance(9)
        screen.refresh_clocks()
        assert store.load_meeting("demo", meeting_id).records[0].seconds == 0
        clock.advance(2)
        screen.refresh_clocks()
        await pilot.pause()
        assert store.load_meeting("demo", meeting_id).records[0].seconds == 11


async def test_the_course_check_is_given_with_arrows_enter_space_and_a_click(
    store: Store, locations: Locations, clock: ManualClock
) -> None:
    async with demo_meeting(store, locations, clock) as (pilot, screen):
        await pilot.press("f8", "f8", "f8")
        session = screen.session
        assert session.step.title == "Koers"
        first, _, third = screen.view.query(Choices)[:3]
        assert pilot.app.focused is first  # the cursor starts on the first point's status
        assert "○ ✓ op koers  ○ ? twijfel  ○ ✗ uit koers" in str(first.render())

        await pilot.press("right", "right", "enter")  # the arrows move, Enter chooses
        # Off course: the cursor goes to "wat is er nodig?" at once; then past the point's
        # action button to the second point.
        await type_text(pilot, "Geen contact")
        await pilot.press("tab", "tab", "down", "space")  # the second point: doubt
        await pilot.click(third, offset=(2, 0))  # the third: a click on "op koers"

        checks = session.record.course
        assert [c.status for c in checks[:3]] == [
            CourseStatus.OFF_COURSE,
            CourseStatus.DOUBT,
            CourseStatus.ON_COURSE,
        ]
        assert checks[0].note == "Geen contact"
        assert "● ✗ uit koers" in str(first.render())
        assert "○ ✓ op koers" in str(first.render())
        panel = str(screen.query_one("#course-points", Static).content)
        assert "✗ uit koers" in panel and "? twijfel" in panel

        await pilot.press("right", "enter")  # choosing again changes the choice
        assert checks[2].status is CourseStatus.DOUBT
        clock.advance(0.5)
        await pilot.pause(0.6)  # the autosave follows within a second
        saved = store.load_meeting("demo", session.meeting.id).records[session.index].course
        assert [c.status for c in saved[:3]] == [
            CourseStatus.OFF_COURSE,
            CourseStatus.DOUBT,
            CourseStatus.DOUBT,
        ]
