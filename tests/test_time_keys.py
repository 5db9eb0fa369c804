"""The chair steers the time with keys, in the running app: Ctrl+T gives the open step a
minute, Ctrl+L borrows one from the later steps, Ctrl+R re-plans what is left; the meeting
clock warns when the rest no longer fits, each change is saved, and the minutes show it."""

from __future__ import annotations

from agenda.clock import ManualClock
from agenda.locations import Locations
from agenda.meeting import TimeChangeKind
from agenda.storage import Store
from tests.pilot import demo_meeting, type_text
from tui.screens.meeting import MeetingScreen
from tui.widgets.agenda_strip import AgendaStrip
from tui.widgets.clocks import MeetingClock, StepClock


def meeting_clock(screen: MeetingScreen) -> str:
    return str(screen.query_one(MeetingClock).content)


def strip(screen: MeetingScreen) -> str:
    return str(screen.query_one(AgendaStrip).content)


def saved_kinds(store: Store, screen: MeetingScreen) -> list[TimeChangeKind]:
    meeting = store.load_meeting("demo", screen.session.meeting.id)
    return [change.kind for change in meeting.time_changes]


async def test_ctrl_t_gives_the_open_step_a_minute_while_the_cursor_is_in_a_field(
    store: Store, locations: Locations, clock: ManualClock
) -> None:
    async with demo_meeting(store, locations, clock) as (pilot, screen):
        await pilot.press("tab")  # from "zit je lekker" to the first answer
        await type_text(pilot, "moe")
        clock.advance(7 * 60)
        screen.refresh_clocks()
        assert screen.query_one(StepClock).text == "01:00 bijna tijd"
        await pilot.press("ctrl+t", "ctrl+t")
        await type_text(pilot, "e")
        assert screen.query_one(StepClock).text == "03:00 resterend"
        field = pilot.app.focused
        assert field is not None and getattr(field, "value", None) == "moee"  # nothing stolen
        assert "1 Incheck 10′" in strip(screen)
        # The later steps keep their time: the rest no longer fits before 10:00.
        assert "nog 53 min voor 7 stappen (55 gepland)" in meeting_clock(screen)
        assert screen.query_one(MeetingClock).has_class("-short")
        clock.advance(0.5)
        screen.refresh_clocks()
        assert saved_kinds(store, screen) == [TimeChangeKind.EXTEND, TimeChangeKind.EXTEND]


async def test_ctrl_l_borrows_from_the_later_steps_so_the_end_holds(
    store: Store, locations: Locations, clock: ManualClock
) -> None:
    async with demo_meeting(store, locations, clock) as (pilot, screen):
        clock.advance(7 * 60)
        await pilot.press("ctrl+l", "ctrl+l")
        assert screen.query_one(StepClock).text == "03:00 resterend"
        assert "1 Incheck 10′" in strip(screen)
        assert "6 Volgende stappen 10′" in strip(screen)  # the longest gave both
        assert "5 Terugkoppeling acties 10′" in strip(screen)
        assert "stappen" not in meeting_clock(screen)  # it still fits
        assert sum(screen.session.meeting.plan) == 60 * 60


async def test_borrowing_when_the_later_steps_have_nothing_left_says_so(
    store: Store, locations: Locations, clock: ManualClock
) -> None:
    async with demo_meeting(store, locations, clock) as (pilot, screen):
        for _ in range(6):
            await pilot.press("f8")
        plan = screen.session.meeting.plan
        await pilot.press("ctrl+l")  # the check-out: no step after it
        assert screen.session.meeting.plan == plan
        status = screen.query_one("#save-status")
        assert status.has_class("-problem", "-shown")
        assert "geen minuut meer over" in str(status.render())


async def test_the_warning_then_ctrl_r_shares_what_is_left_and_the_minutes_show_it(
    store: Store, locations: Locations, clock: ManualClock
) -> None:
    async with demo_meeting(store, locations, clock) as (pilot, screen):
        clock.advance(8 * 60)
        await pilot.press("f8")
        clock.advance(17 * 60)  # "Actualiteit" (7 min) runs ten minutes over
        screen.refresh_clocks()
        assert "nog 35 min voor 6 stappen (45 gepland)" in meeting_clock(screen)
        await pilot.press("ctrl+r")
        assert "stappen" not in meeting_clock(screen)
        assert not screen.query_one(MeetingClock).has_class("-short")
        plan = screen.session.meeting.plan
        assert plan[1] > 17 * 60  # the open step keeps a share to finish in
        assert sum(plan[1:]) == 60 * 60 - 8 * 60
        assert "Herpland" in str(screen.query_one("#save-status").render())
        await pilot.press("ctrl+s")
        await pilot.pause()
        minutes = next(locations.minutes_dir.glob("*.md")).read_text(encoding="utf-8")
        assert "| Stap | Gepland | Herpland | Werkelijk | Verschil |" in minutes
        assert "2. Actualiteit: de tijd tot het einde opnieuw verdeeld" in minutes
        assert saved_kinds(store, screen) == [TimeChangeKind.REPLAN]


async def test_the_time_keys_are_in_f1_and_the_palette(
    store: Store, locations: Locations, clock: ManualClock
) -> None:
    async with demo_meeting(store, locations, clock) as (pilot, screen):
        await pilot.press("f1")
        await pilot.pause()
        shown = " ".join(str(s.render()) for s in pilot.app.screen.query("Static"))
        for words in ("Ctrl+T", "Minuut erbij", "Ctrl+L", "Minuut lenen", "Ctrl+R", "Herplannen"):
            assert words in shown
        titles = [c.title for c in pilot.app.get_system_commands(screen)]
        for label in ("Minuut erbij (Ctrl+T)", "Minuut lenen (Ctrl+L)", "Herplannen (Ctrl+R)"):
            assert label in titles
