"""A chair sets a case up and changes its course by keyboard alone, and it lands on disk."""

from __future__ import annotations

from datetime import datetime, time

import pytest
from textual.pilot import Pilot
from textual.widgets import DataTable, Input, Select, Static

from agenda.case import Case, CourseChange, KernteamRole, MeetingSlot
from agenda.clock import ManualClock
from agenda.demo import add_demo
from agenda.i18n import Messages
from agenda.locations import Locations
from agenda.storage import Store
from agenda.templates import StepKind
from tests.conftest import NOW, TODAY
from tests.pilot import make_app, start_meeting, type_text
from tui.app import VliegwielApp
from tui.dialogs.course_change import CourseChangeDialog
from tui.dialogs.course_history import CourseHistoryScreen
from tui.dialogs.member_form import MemberForm
from tui.screens.case_edit import CaseEditScreen
from tui.screens.start import StartScreen

ROLES = list(KernteamRole)
TEAM = (
    ("Mirjam", "RET", KernteamRole.CHAIR, "Proces"),
    ("Jeroen", "GI", KernteamRole.CASE_DIRECTOR, "Regie"),
    ("Anouk", "Zorg", KernteamRole.CONTENT, "Analyse"),
    ("Ahmed", "SWV", KernteamRole.EDUCATION, "School"),
    ("Linda", "Regio", KernteamRole.REGION, "Geld"),
)
COURSE = ("Brede analyse", "Stem kind", "Rust", "Thuis", "Risico's duiden", "Ouders mee")


async def tab_to(pilot: Pilot[None], widget_id: str) -> None:
    """Tab (as a chair would) until the widget has focus; fails if it never does."""
    for _ in range(20):
        focused = pilot.app.focused
        if focused is not None and focused.id == widget_id:
            return
        await pilot.press("tab")
    raise AssertionError(f"Tab never reached #{widget_id}")


async def add_member(
    pilot: Pilot[None], name: str, organisation: str, role: KernteamRole, task: str
) -> None:
    await pilot.press("n")
    assert isinstance(pilot.app.screen, MemberForm)
    await type_text(pilot, name)
    await pilot.press("tab")
    await type_text(pilot, organisation)
    await pilot.press("tab", "enter", "escape", "enter")  # Escape closes just the role list
    assert isinstance(pilot.app.screen, MemberForm)  # "anders" is highlighted
    await pilot.press(*["up"] * (ROLES.index(KernteamRole.OTHER) - ROLES.index(role)))
    await pilot.press("enter", "tab")
    await type_text(pilot, task)
    await pilot.press("enter")
    assert not isinstance(pilot.app.screen, MemberForm)


@pytest.mark.slow
async def test_a_new_case_by_keyboard_alone(
    store: Store, locations: Locations, clock: ManualClock
) -> None:
    app = make_app(store, locations, clock)
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.pause()
        await pilot.press("n")
        assert isinstance(app.screen, CaseEditScreen)
        await type_text(pilot, "Casus Z")
        await pilot.press("tab", "ctrl+u")
        await type_text(pilot, "75")
        await tab_to(pilot, "next-meeting")  # the first meeting: Fridays at ten from now on
        await type_text(pilot, "vr 10:00")
        await tab_to(pilot, "deadline")
        await type_text(pilot, "19-12-2026")
        await tab_to(pilot, "team")
        for member in TEAM:
            await add_member(pilot, *member)
        await tab_to(pilot, "family")
        await type_text(pilot, "moeder, vader")
        await tab_to(pilot, "course")
        for text in COURSE:
            await pilot.press("n")
            assert isinstance(app.screen, CourseChangeDialog)
            await type_text(pilot, text)
            await pilot.press("enter")
        await pilot.press("ctrl+s")
        await pilot.pause()

        assert isinstance(app.screen, StartScreen)
        table = app.screen.query_one("#cases", DataTable)
        assert str(table.get_row_at(0)[0]) == "Casus Z"
        case_id = app.screen.selected_case_id

    assert case_id is not None
    case = store.load_case(case_id)
    assert case.alias == "Casus Z"
    assert case.meeting_minutes == 75
    assert case.next_meeting == datetime(2026, 12, 4, 10, 0)
    assert case.meeting_slot == MeetingSlot(weekday=4, at=time(10, 0))
    assert case.analysis_deadline is not None and case.analysis_deadline.isoformat() == "2026-12-19"
    assert [(m.name, m.organisation, m.role, m.task) for m in case.team] == list(TEAM)
    assert case.family == ["moeder", "vader"]
    assert [p.text for p in case.course] == list(COURSE)
    assert len(case.intent) == 5 and case.intent[0].startswith("Koers:")
    # Setting the course up is six decisions, by the chair (the team has one by then).
    assert [d.change for d in case.course_history] == [CourseChange.ADDED] * 6
    assert {d.decided_by for d in case.course_history} == {"Mirjam"}
    assert all(d.meeting_id is None and d.on == NOW for d in case.course_history)


async def open_demo_course(
    store: Store, locations: Locations, clock: ManualClock
) -> tuple[VliegwielApp, Case]:
    add_demo(store, Messages("nl"), TODAY)
    return make_app(store, locations, clock), store.load_case("demo")


async def edit_at(pilot: Pilot[None], widget_id: str) -> None:
    """Open the selected case's screen (e) and Tab to one of its fields."""
    await pilot.pause()
    await pilot.press("e")
    assert isinstance(pilot.app.screen, CaseEditScreen)
    await tab_to(pilot, widget_id)


async def test_changing_a_course_point_records_the_decision(
    store: Store, locations: Locations, clock: ManualClock
) -> None:
    app, before = await open_demo_course(store, locations, clock)
    async with app.run_test(size=(120, 40)) as pilot:
        await edit_at(pilot, "course")
        await pilot.press("down", "enter")
        assert isinstance(app.screen, CourseChangeDialog)
        await type_text(pilot, "Stem kind")  # replaces the selected text
        await pilot.press("tab")
        await type_text(pilot, "kernteam")
        await pilot.press("enter", "ctrl+s")
        await pilot.pause()
        assert isinstance(app.screen, StartScreen)

    case = store.load_case("demo")
    assert case.course[1].text == "Stem kind"
    decision = case.course_history[-1]
    assert decision.change is CourseChange.CHANGED
    assert decision.old_text == before.course[1].text
    assert decision.new_text == "Stem kind"
    assert (decision.old_number, decision.new_number) == (2, 2)
    assert decision.decided_by == "kernteam"
    assert decision.meeting_id is None


async def test_moving_and_dropping_points_are_decisions_and_can_be_reviewed(
    store: Store, locations: Locations, clock: ManualClock
) -> None:
    app, before = await open_demo_course(store, locations, clock)
    async with app.run_test(size=(120, 40)) as pilot:
        await edit_at(pilot, "course")
        await pilot.press("ctrl+down", "enter")  # point 1 to place 2, decided by the chair
        await pilot.press("delete", "enter")  # drop the point now highlighted (at place 2)
        await pilot.press("h")
        assert isinstance(app.screen, CourseHistoryScreen)
        shown = " ".join(str(s.render()) for s in app.screen.query(".decision").results(Static))
        assert "punt 2 geschrapt" in shown and "punt 1 verplaatst naar plaats 2" in shown
        await pilot.press("escape", "ctrl+s")
        await pilot.pause()

    case = store.load_case("demo")
    assert [p.text for p in case.course] == [
        before.course[1].text,
        *[p.text for p in before.course[2:]],
    ]
    moved, dropped = case.course_history[-2:]
    assert (moved.change, moved.old_number, moved.new_number) == (CourseChange.MOVED, 1, 2)
    assert (dropped.change, dropped.old_text) == (CourseChange.REMOVED, before.course[0].text)
    assert dropped.decided_by == "Mirjam Visser"


async def test_the_course_change_dialog_records_the_meeting(
    store: Store, locations: Locations, clock: ManualClock
) -> None:
    app, case = await open_demo_course(store, locations, clock)
    results: list[Case | None] = []
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.pause()
        dialog = CourseChangeDialog(case, CourseChange.CHANGED, point_id="k4", meeting_id="m-1")
        app.push_screen(dialog, results.append)
        await pilot.pause()
        decided_by = app.screen.query_one("#course-decided-by", Input).value
        await pilot.press("ctrl+u")
        await type_text(pilot, "Thuis, tenzij")
        await pilot.press("enter")
        await pilot.pause()

    assert decided_by == "kernteam"
    (changed,) = results
    assert changed is not None
    decision = changed.course_history[-1]
    assert (decision.meeting_id, decision.decided_by, decision.old_number) == ("m-1", "kernteam", 4)
    assert changed.course[3].text == "Thuis, tenzij"
    assert store.load_case("demo") == case  # the dialog never saves; the caller does


async def test_an_empty_course_point_is_refused_with_a_sentence(
    store: Store, locations: Locations, clock: ManualClock
) -> None:
    app, case = await open_demo_course(store, locations, clock)
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.pause()
        app.push_screen(CourseChangeDialog(case, CourseChange.ADDED))
        await pilot.pause()
        await pilot.press("enter")
        problem = str(app.screen.query_one(".dialog-problems", Static).render())
        assert problem == "Een koerspunt heeft tekst nodig."
        assert isinstance(app.screen, CourseChangeDialog)


async def test_saving_without_an_alias_says_why_and_keeps_the_screen(
    store: Store, locations: Locations, clock: ManualClock
) -> None:
    app = make_app(store, locations, clock, lang="en")
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.pause()
        await pilot.press("n", "tab", "ctrl+u")
        await type_text(pilot, "5")
        await pilot.press("ctrl+s")
        shown = str(app.screen.query_one("#case-problems", Static).render())
        assert "‘Alias’ may not be empty." in shown
        assert "A meeting lasts between 10 and 480 minutes." in shown
        assert isinstance(app.screen, CaseEditScreen)
    assert store.list_cases().cases == []


async def test_leaving_with_changes_asks_first(
    store: Store, locations: Locations, clock: ManualClock
) -> None:
    app = make_app(store, locations, clock)
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.pause()
        await pilot.press("n", "escape")
        assert isinstance(app.screen, StartScreen)  # nothing typed: straight back
        await pilot.press("n", "X", "escape")
        assert not isinstance(app.screen, (StartScreen, CaseEditScreen))  # the question
        await pilot.press("escape")
        assert isinstance(app.screen, CaseEditScreen)  # keep editing
        await pilot.press("escape", "enter")
        assert isinstance(app.screen, StartScreen)
    assert store.list_cases().cases == []


async def test_two_members_cannot_share_a_name(
    store: Store, locations: Locations, clock: ManualClock
) -> None:
    app, _ = await open_demo_course(store, locations, clock)
    async with app.run_test(size=(120, 40)) as pilot:
        await edit_at(pilot, "team")
        await pilot.press("n")
        await type_text(pilot, "linda smit")
        await pilot.press("enter")
        assert isinstance(app.screen, MemberForm)
        problem = str(app.screen.query_one(".dialog-problems", Static).render())
        assert problem == "Twee teamleden heten ‘linda smit’; geef ieder een eigen naam."


async def test_custom_agendas_are_offered_and_broken_ones_explained(
    store: Store, locations: Locations, clock: ManualClock
) -> None:
    locations.agendas_dir.mkdir(parents=True)
    (locations.agendas_dir / "kort.toml").write_text(
        'title = "Kort overleg"\n[[steps]]\nkind = "round"\nminutes = 10\ntitle = "Rondje"\n'
        '[[steps]]\nkind = "close"\nminutes = 5\ntitle = "Afsluiten"\n',
        encoding="utf-8",
    )
    (locations.agendas_dir / "kapot.toml").write_text('title = "x"\n[[steps]\n', encoding="utf-8")
    app = make_app(store, locations, clock)
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.pause()
        await pilot.press("n")
        await type_text(pilot, "Casus K")
        await tab_to(pilot, "template")
        await pilot.press("enter", "escape")  # Escape closes the list, not the screen
        assert isinstance(app.screen, CaseEditScreen)
        assert not app.screen.query_one("#template", Select).expanded
        await pilot.press("enter", "end", "enter")
        assert app.screen.query_one("#template", Select).value == "kort"
        problems = str(app.screen.query_one("#template-problems", Static).render())
        assert problems.startswith("De agenda kapot.toml is niet geladen: regel 2, kolom 8")
        preview = str(app.screen.query_one("#template-preview", Static).render())
        assert preview == "In 60 minuten: Rondje 40′ · Afsluiten 20′"
        await pilot.press("ctrl+s")
        await pilot.pause()
        case_id = app.screen.selected_case_id if isinstance(app.screen, StartScreen) else None
    assert case_id is not None
    assert store.load_case(case_id).template_id == "kort"


async def test_the_new_case_form_asks_the_first_meeting_and_check_out_proposes_the_slot(
    store: Store, locations: Locations, clock: ManualClock
) -> None:
    """ "vr 10:00" in the new case: the start screen shows that meeting, and a meeting
    held on a Saturday (NOW) proposes the next Friday at ten, not Saturday at nine."""
    from tests.test_action_pilot import jump_to

    app = make_app(store, locations, clock)
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.press("n")
        assert isinstance(app.screen, CaseEditScreen)
        await type_text(pilot, "Casus R")
        await tab_to(pilot, "next-meeting")
        await type_text(pilot, "vr 10:00")
        await pilot.press("ctrl+s")
        await pilot.pause()
        assert isinstance(app.screen, StartScreen)
        (case_id,) = store.case_folder_ids()
        case = store.load_case(case_id)
        assert case.next_meeting == datetime(2026, 12, 4, 10, 0)
        assert case.meeting_slot == MeetingSlot(weekday=4, at=time(10, 0))

        screen = await start_meeting(pilot)
        await jump_to(pilot, screen, StepKind.CLOSE)
        assert screen.view.query_one("#close-next", Input).value == "2026-12-04 10:00"
