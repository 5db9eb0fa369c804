"""The case screen carries the method too: the kernteam's assignment, the commitment in
attitude and behaviour (the report's, by default), and each course point's trend."""

from __future__ import annotations

from datetime import timedelta

from textual.widgets import TextArea

from agenda.case import CourseStatus
from agenda.clock import ManualClock
from agenda.demo import add_demo, default_commitment
from agenda.i18n import Messages
from agenda.locations import Locations
from agenda.meeting import CourseCheck
from agenda.storage import Store
from agenda.templates import StepKind
from tests.conftest import NOW, TODAY
from tests.factories import make_case, make_meeting
from tests.pilot import make_app, showing, type_text
from tests.test_case_edit_pilot import tab_to
from tui.screens.case_edit import CaseEditScreen
from tui.widgets.course_editor import CourseEditor

T = Messages("nl")


async def test_a_new_case_starts_with_the_reports_commitment(
    store: Store, locations: Locations, clock: ManualClock
) -> None:
    app = make_app(store, locations, clock)
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.pause()
        await pilot.press("n")
        screen = showing(app, CaseEditScreen)
        commitment = screen.query_one("#commitment", TextArea)
        assert commitment.text == "\n\n".join(default_commitment(T))
        await type_text(pilot, "Casus Q")
        await tab_to(pilot, "mission")
        await type_text(pilot, "Samen een plan voor thuis")
        await pilot.press("ctrl+s")
        await pilot.pause()
    (summary,) = store.list_cases().cases
    case = store.load_case(summary.id)
    assert case.mission == "Samen een plan voor thuis"
    assert case.commitment == default_commitment(T)
    assert "Dit gezin en dit kind hoeven niet te lukken." in case.commitment


async def test_the_commitment_is_edited_like_the_intent_and_kept(
    store: Store, locations: Locations, clock: ManualClock
) -> None:
    add_demo(store, T, TODAY)
    app = make_app(store, locations, clock)
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.pause()
        await pilot.press("e")
        screen = showing(app, CaseEditScreen)
        await tab_to(pilot, "commitment")
        await pilot.press(*["down"] * 40, "end", "enter", "enter")
        await type_text(pilot, "We zeggen het als we ons zorgen maken.")
        await pilot.press("ctrl+s")
        await pilot.pause()
        assert app.screen is not screen  # saved and back to the cases
    case = store.load_case("demo")
    assert case.commitment == [*default_commitment(T), "We zeggen het als we ons zorgen maken."]


async def test_the_case_screen_shows_each_points_trend(
    store: Store, locations: Locations, clock: ManualClock
) -> None:
    case = make_case()
    store.save_case(case)
    statuses = [CourseStatus.ON_COURSE, CourseStatus.DOUBT, CourseStatus.OFF_COURSE]
    for weeks_ago, status in zip((3, 2, 1), statuses, strict=True):
        meeting = make_meeting(case).model_copy(
            update={"started": NOW - timedelta(weeks=weeks_ago)}
        )
        course = next(i for i, s in enumerate(meeting.steps) if s.kind is StepKind.COURSE)
        meeting.records[course].course = [CourseCheck(point_id=case.course[0].id, status=status)]
        store.begin_meeting(case, meeting)
        case, _ = store.close_meeting(case, meeting)
    app = make_app(store, locations, clock)
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.pause()
        await pilot.press("e")
        screen = showing(app, CaseEditScreen)
        editor = screen.query_one(CourseEditor)
        lines = [str(editor.get_option_at_index(i).prompt) for i in range(editor.option_count)]
        assert lines == ["1. Brede analyse   eerder ✓ ? ✗", "2. Rust"]
