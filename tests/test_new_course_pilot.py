"""The perspective analysis with real keys: its undercurrent and "nieuwe koers bepalen"
steps, and the outcome written into the case only after the chair confirms every change."""

from __future__ import annotations

from datetime import datetime, time

from textual.pilot import Pilot
from textual.widgets import Static, TextArea

from agenda.case import CourseChange
from agenda.clock import ManualClock
from agenda.demo import add_demo
from agenda.i18n import Messages
from agenda.locations import Locations
from agenda.storage import Store
from agenda.templates import StepKind
from tests.conftest import TODAY
from tests.pilot import make_app, on_top, press_f8_to, showing, shown_text, type_text
from tests.test_agenda_per_meeting import ADD_GUEST
from tui.app import VliegwielApp
from tui.dialogs.attendance import AttendanceScreen
from tui.dialogs.new_course_confirm import NewCourseConfirm
from tui.screens.meeting import MeetingScreen
from tui.widgets.course_panel import CoursePanel

T = Messages("nl")
TO_END = ["down"] * 30 + ["end"]
"""To the end of a text area's last line, as a chair gets there: down, then End."""


async def perspective_meeting(pilot: Pilot[None], app: VliegwielApp) -> MeetingScreen:
    """Enter on the demo case, the perspectief agenda chosen, a guest added, Enter."""
    await pilot.press("enter")
    showing(app, AttendanceScreen)
    await pilot.press(*ADD_GUEST)
    await type_text(pilot, "Sanne Dijk")
    await pilot.press("tab")
    await type_text(pilot, "GGZ Oost")
    await pilot.press("enter")
    await pilot.pause()
    await pilot.press("down", "down", "down")  # from the new guest: the button, the chair
    await pilot.press("space", "down", "down", "down", "enter")  # perspectief
    await pilot.press("enter")
    await pilot.pause()
    return showing(app, MeetingScreen)


async def test_the_perspective_analysis_has_the_undercurrent_and_a_new_course(
    store: Store, locations: Locations, clock: ManualClock
) -> None:
    add_demo(store, T, TODAY)
    app = make_app(store, locations, clock)
    async with app.run_test(size=(120, 40)) as pilot:
        screen = await perspective_meeting(pilot, app)
        steps = screen.session.meeting.steps
        assert steps[0].title == "Onderstroom"
        assert [s.title for s in steps][-2:] == ["Nieuwe koers bepalen", "Afronden"]
        assert sum(s.minutes for s in steps) == 120
        assert "onderstroom" in steps[0].prompt
        await type_text(pilot, "Spanning tussen school en jeugdbescherming")
        assert screen.session.meeting.records[0].text.startswith("Spanning")


async def test_the_new_course_reaches_the_case_only_once_the_chair_confirms_it(
    store: Store, locations: Locations, clock: ManualClock
) -> None:
    add_demo(store, T, TODAY)
    before = store.load_case("demo")
    app = make_app(store, locations, clock)
    async with app.run_test(size=(120, 40)) as pilot:
        screen = await perspective_meeting(pilot, app)
        await press_f8_to(pilot, screen, StepKind.NEW_COURSE)
        mission = screen.view.query_one("#new-course-mission", TextArea)
        assert mission.has_focus and mission.text == T("demo.mission")
        await pilot.press(*TO_END, *" Met school erbij.")
        await pilot.press("tab", "tab", "tab", "tab", "tab", "tab", "space")  # the guest: in
        await pilot.press("tab")  # the course, one point per line
        await pilot.press("shift+down", "delete")  # point 1 dropped
        await pilot.press(*TO_END, "enter")
        await type_text(pilot, "School is deel van het plan")
        await pilot.press("tab", *TO_END, "enter")  # the intent: one commitment more
        await type_text(pilot, "We vieren wat lukt.")
        await pilot.press("tab")
        await type_text(pilot, "di 9:30")  # the next meeting: the field's text replaced
        await pilot.press("tab", "9", "0")  # the length: replaced as well
        screen.save_now()
        assert store.load_case("demo") == before  # typed and kept, but not in the case

        await pilot.press("tab", "enter")  # "In de casus zetten…"
        confirm = showing(app, NewCourseConfirm)
        listed = " ".join(shown_text(confirm).split())
        for expected in (
            "Erbij in het kernteam: Sanne Dijk (GGZ Oost)",
            "Koers: punt 1 geschrapt",
            "Koers: punt 6 toegevoegd School is deel van het plan",
            "Intentieverklaring wordt:",
            "6. We vieren wat lukt.",
            "Volgend overleg: di 1 dec 2026, 09:30, daarna elke week op die dag en tijd",
            "Duur van het overleg: 90 minuten",
        ):
            assert expected in listed, expected
        assert "Met school erbij." in listed
        await pilot.press("escape")  # not yet: the case stays as it was
        await pilot.pause()
        assert on_top(app) is screen and store.load_case("demo") == before

        await pilot.press("enter")  # the button still has the cursor
        showing(app, NewCourseConfirm)
        assert app.focused is not None and app.focused.id == "new-course-decided-by"
        await pilot.press("enter")  # decided by the kernteam
        await pilot.pause()
        assert on_top(app) is screen

        case = store.load_case("demo")  # written at once, not at the meeting's end
        assert case.mission == f"{T('demo.mission')} Met school erbij."
        assert [m.name for m in case.team][-1] == "Sanne Dijk"
        assert case.team[-1].organisation == "GGZ Oost"
        assert [p.text for p in case.course] == [
            *(T(f"demo.course.{n}") for n in range(2, 7)),
            "School is deel van het plan",
        ]
        assert case.intent[-1] == "We vieren wat lukt." and len(case.intent) == 6
        assert case.next_meeting == datetime(2026, 12, 1, 9, 30)
        assert case.meeting_slot is not None and case.meeting_slot.at == time(9, 30)
        assert case.meeting_minutes == 90
        decided = [d for d in case.course_history if d.meeting_id == screen.session.meeting.id]
        assert [(d.change, d.decided_by) for d in decided] == [
            (CourseChange.REMOVED, "kernteam"),
            (CourseChange.ADDED, "kernteam"),
        ]
        state = str(screen.view.query_one("#new-course-state", Static).content)
        assert state.startswith("In de casus gezet:")
        panel = str(screen.query_one(CoursePanel).query_one("#course-points", Static).content)
        assert panel.startswith("1. Stem van het kind/gezin is leidend")
        assert screen.session.meeting.intent is not None and screen.session.meeting.intent.changed

        minutes = screen.recorder.minutes_text()
        assert "Opdracht van het kernteam:" in minutes and "In de casus gezet:" in minutes
        assert "| punt 6 toegevoegd |  | School is deel van het plan | kernteam |" in minutes
        intent = minutes.split("## Intentieverklaring")[1].split("## 1.")[0]
        assert "Gewijzigd sinds het vorige overleg" in intent and "- We vieren wat lukt." in intent
