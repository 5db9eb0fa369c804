"""A whole kernteam meeting driven with the keys of the brief, on a real data folder."""

from __future__ import annotations

from textual.widgets import DataTable, TextArea

from agenda.clock import ManualClock
from agenda.locations import Locations
from agenda.meeting import Meeting, MeetingStatus
from agenda.storage import Store
from tests.pilot import demo_meeting, make_app, on_top, start_meeting, type_text
from tui.dialogs.minutes_preview import MinutesPreview
from tui.dialogs.stop import StopScreen
from tui.screens.meeting import MeetingScreen
from tui.screens.start import StartScreen
from tui.widgets.clocks import MeetingClock, StepClock


def on_disk(store: Store, screen: MeetingScreen) -> Meeting:
    return store.load_meeting("demo", screen.session.meeting.id)


def clock_text(screen: MeetingScreen) -> str:
    screen.refresh_clocks()
    return screen.query_one(StepClock).text


async def test_walk_a_whole_meeting(store: Store, locations: Locations, clock: ManualClock) -> None:
    async with demo_meeting(store, locations, clock) as (pilot, screen):
        app = pilot.app
        session = screen.session
        assert session.step.title == "Incheck"
        assert clock_text(screen) == "08:00 resterend"

        # Check-in: the cursor starts in the first member's first field.
        await pilot.press("right", "enter")  # "er wringt iets" for the first member
        await pilot.press("tab")
        await type_text(pilot, "Te veel telefoontjes")
        assert session.record.round[0].seated is False
        assert session.record.round[0].answers[0] == "Te veel telefoontjes"

        clock.advance(7 * 60)
        assert clock_text(screen) == "01:00 bijna tijd"
        assert screen.query_one(StepClock).has_class("-ending")
        clock.advance(3 * 60)
        assert clock_text(screen) == "+02:00 over tijd"
        assert screen.query_one(StepClock).has_class("-overtime")

        # F8: current situation. Time in the check-in is kept; the new step starts fresh.
        await pilot.press("f8")
        assert session.step.title == "Actualiteit"
        assert clock_text(screen) == "07:00 resterend"
        saved = on_disk(store, screen)
        assert saved.current == 1
        assert saved.records[0].seconds == 600
        assert saved.records[0].round[0].answers[0] == "Te veel telefoontjes"
        assert isinstance(app.focused, TextArea)
        await type_text(pilot, "Rustige week |#<script>")

        # F9: every clock stops; the moment and its note are recorded.
        clock.advance(60)
        await pilot.press("f9")
        assert isinstance(app.screen, StopScreen)
        clock.advance(120)
        assert session.step_seconds() == 60
        await type_text(pilot, "We werden ingezogen")
        await pilot.press("enter")
        assert on_top(app) is screen
        clock.advance(30)
        assert session.step_seconds() == 90
        saved = on_disk(store, screen)
        assert saved.records[1].text == "Rustige week |#<script>"
        [moment] = saved.stop_moments
        assert moment.step_id == "situation"
        assert moment.note == "We werden ingezogen"
        assert moment.paused_seconds == 120
        assert moment.meeting_seconds == 660

        # F7 back: the check-in's clock continues from where it was.
        await pilot.press("f7")
        assert session.step.title == "Incheck"
        clock.advance(10)
        assert clock_text(screen) == "+02:10 over tijd"
        assert on_disk(store, screen).records[1].seconds == 90

        # Through the rest of the agenda.
        titles = []
        for _ in range(6):
            await pilot.press("f8")
            titles.append(session.step.title)
            clock.advance(60)
        assert titles == [
            "Actualiteit",
            "Voortgang analyse",
            "Koers",
            "Terugkoppeling acties",
            "Volgende stappen",
            "Check-out",
        ]
        await pilot.press("f8")  # past the last step: offers to close (the preview)
        assert isinstance(app.screen, MinutesPreview)
        await pilot.press("escape")  # not yet
        await pilot.pause()
        assert on_top(app) is screen
        assert session.step.title == "Check-out"
        screen.refresh_clocks()
        meeting_clock = str(screen.query_one(MeetingClock).render())
        assert meeting_clock.startswith("Overleg 17:40 van 60:00")

        # End the meeting: it is folded into the case and we are back at the start.
        await pilot.press("shift+tab")  # from the first field back round to the last: the button
        assert app.focused is not None and app.focused.id == "close-end"
        await pilot.press("enter")
        await pilot.pause()
        preview = app.screen
        assert isinstance(preview, MinutesPreview)
        assert "Rustige week \\|\\#\\<script\\>" in preview.markdown
        await pilot.press("enter")  # save the minutes and close
        await pilot.pause()
        assert isinstance(app.screen, StartScreen)
    closed = store.load_meeting("demo", session.meeting.id)
    assert closed.status is MeetingStatus.CLOSED
    assert [round(r.seconds) for r in closed.records] == [610, 150, 60, 60, 60, 60, 60]
    assert store.open_meeting("demo") is None
    minutes = locations.minutes_dir / "2026-11-28_casus-x-voorbeeld.md"
    assert closed.minutes_file == str(minutes)
    text = minutes.read_text(encoding="utf-8")
    assert "We werden ingezogen" in text


async def test_quit_mid_meeting_and_resume(
    store: Store, locations: Locations, clock: ManualClock
) -> None:
    async with demo_meeting(store, locations, clock) as (pilot, screen):
        app = pilot.app
        await pilot.press("f8", "f8")
        await type_text(pilot, "Inhoudsteam loopt op schema")
        clock.advance(100)
        meeting_id = screen.session.meeting.id
        await pilot.press("ctrl+q")
    assert app.return_code == 0

    later = ManualClock(start=50_000.0)  # a new process: another monotonic origin
    again = make_app(store, locations, later)
    async with again.run_test(size=(120, 40)) as pilot:
        table_text = str(again.screen.query_one("#cases", DataTable).get_row_at(0)[1])
        assert table_text == "onderbroken overleg – Enter hervat"
        screen = await start_meeting(pilot)
        session = screen.session
        assert session.meeting.id == meeting_id
        assert session.step.title == "Voortgang analyse"
        assert session.record.text == "Inhoudsteam loopt op schema"
        assert session.step_seconds() == 100
        later.advance(20)
        assert clock_text(screen) == "05:00 resterend"
        assert isinstance(again.focused, TextArea)
        assert again.focused.text == "Inhoudsteam loopt op schema"
