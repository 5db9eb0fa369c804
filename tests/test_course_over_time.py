"""Course over time, with real keys: each point's trend from the closed meetings, "uit koers"
asking what is needed and offering an action for that point, and a check-in answer to
"hoe kunnen we je helpen?" becoming an action or a helper with one key."""

from __future__ import annotations

import json
from datetime import timedelta

from textual.app import App
from textual.widget import Widget
from textual.widgets import Button, Input, OptionList, Static

from agenda.case import CourseStatus
from agenda.clock import ManualClock
from agenda.i18n import Messages
from agenda.locations import Locations
from agenda.meeting import CourseCheck
from agenda.storage import Store
from agenda.templates import StepKind
from tests.conftest import NOW
from tests.factories import make_case, make_meeting
from tests.pilot import (
    demo_meeting,
    make_app,
    on_top,
    press_f8_to,
    showing,
    start_meeting,
    type_text,
)
from tui.dialogs.action_form import ActionForm
from tui.dialogs.help_offer import HelpOffer
from tui.dialogs.minutes_preview import MinutesPreview
from tui.screens.meeting import MeetingScreen
from tui.steps.course import CourseCheckRow
from tui.widgets.toggles import Choices

ON, DOUBT, OFF = CourseStatus.ON_COURSE, CourseStatus.DOUBT, CourseStatus.OFF_COURSE


def closed_meetings(store: Store, statuses: list[tuple[CourseStatus | None, ...]]) -> None:
    """A case with a closed meeting per week before NOW, each with these course checks."""
    case = make_case()
    store.save_case(case)
    for weeks_ago, checks in zip(range(len(statuses), 0, -1), statuses, strict=True):
        meeting = make_meeting(case).model_copy(
            update={"started": NOW - timedelta(weeks=weeks_ago)}
        )
        course = next(i for i, s in enumerate(meeting.steps) if s.kind is StepKind.COURSE)
        meeting.records[course].course = [
            CourseCheck(point_id=p.id, status=s) for p, s in zip(case.course, checks, strict=True)
        ]
        store.begin_meeting(case, meeting)
        case, _ = store.close_meeting(case, meeting)


def focused(app: App[None]) -> Widget | None:
    """The widget with the cursor now (a call, so a type checked before a key was pressed
    is not taken to hold after it)."""
    return app.focused


def row_texts(screen: MeetingScreen) -> list[str]:
    return [
        str(row.query_one(".course-text", Static).content) for row in screen.query(CourseCheckRow)
    ]


async def test_each_point_shows_its_status_in_the_last_closed_meetings(
    store: Store, locations: Locations, clock: ManualClock
) -> None:
    closed_meetings(store, [(ON, None), (ON, ON), (DOUBT, ON), (OFF, ON)])
    app = make_app(store, locations, clock)
    async with app.run_test(size=(120, 40)) as pilot:
        screen = await start_meeting(pilot)
        await press_f8_to(pilot, screen, StepKind.COURSE)
        assert row_texts(screen) == [
            "1. Brede analyse   eerder ✓ ✓ ? ✗",
            "2. Rust   eerder · ✓ ✓ ✓",
        ]
        # Point 2 slips today: checked with the keys, the meeting closed.
        await pilot.press("tab", "tab", "right", "enter")  # the second row's "twijfel"
        assert screen.session.course_status(screen.session.case.course[1].id) is DOUBT
        await pilot.press("f4")
        await pilot.pause()
        assert isinstance(on_top(app), MinutesPreview)
        await pilot.press("enter")
        await pilot.pause()

        # The next meeting reads it back from the closed meeting's file.
        screen = await start_meeting(pilot)
        await press_f8_to(pilot, screen, StepKind.COURSE)
        assert row_texts(screen)[1] == "2. Rust   eerder · ✓ ✓ ✓ ?"
        assert row_texts(screen)[0] == "1. Brede analyse   eerder ✓ ✓ ? ✗ ·"


async def test_off_course_asks_what_is_needed_and_offers_an_action_for_that_point(
    store: Store, locations: Locations, clock: ManualClock
) -> None:
    async with demo_meeting(store, locations, clock) as (pilot, screen):
        app = pilot.app
        await press_f8_to(pilot, screen, StepKind.COURSE)
        first = screen.query(CourseCheckRow).first()
        assert isinstance(focused(app), Choices)
        assert not first.query_one(".course-off").display
        await pilot.press("right", "right", "enter")  # ✗ uit koers
        note = first.query_one(".course-note", Input)
        assert focused(app) is note and note.placeholder == "Wat is er nodig?"
        assert first.query_one(".course-off").display
        assert "wat is er nodig?" in str(first.query_one(".course-off-ask", Static).content)
        await type_text(pilot, "Plan eerst met moeder bespreken")
        await pilot.press("tab")
        assert isinstance(focused(app), Button)
        await pilot.press("enter")  # "Actie voor dit punt"
        form = showing(app, ActionForm)
        assert form.query_one("#action-what", Input).value == "Plan eerst met moeder bespreken"
        assert form.point_id == screen.session.case.course[0].id
        await pilot.press("tab", *"Anouk de Vries")
        await pilot.press("tab", "tab", "tab", "tab", "space")  # helpers, due, result; ja
        await pilot.press("ctrl+s")
        await pilot.pause()
        assert on_top(app) is screen and focused(app) is note

        made = screen.session.new_actions()
        assert [(a.what, a.owner, a.course_point_id) for a in made] == [
            ("Plan eerst met moeder bespreken", "Anouk de Vries", "k1")
        ]
        screen.save_now()
        path = next(
            r.path for r in store.list_meetings("demo") if r.id == screen.session.meeting.id
        )
        stored = json.loads(path.read_text(encoding="utf-8"))["meeting"]["1"]
        assert stored["actions"][made[0].id]["course_point_id"] == "k1"
        minutes = screen.recorder.minutes_text()
        assert "| Plan eerst met moeder bespreken | Anouk de Vries |" in minutes
        assert "| 1. Brede analyse en perspectief |" in minutes.split("## 6.")[1]

        # Ctrl+N on another row: the same form for that point.
        await pilot.press("tab", "tab")  # the button, the second row's choices
        await pilot.press("ctrl+n")
        form = showing(app, ActionForm)
        assert form.point_id == "k2"
        await pilot.press("escape")


async def test_a_checkin_answer_becomes_an_action_or_a_helper_with_one_key(
    store: Store, locations: Locations, clock: ManualClock
) -> None:
    t = Messages("nl")
    async with demo_meeting(store, locations, clock) as (pilot, screen):
        app = pilot.app
        # Jeroen's "hoe kunnen we je helpen?": past Anouk's row and his saddle and q1.
        await pilot.press("tab", "tab", "tab", "tab", "tab")
        await type_text(pilot, "Iemand die meedenkt")
        await pilot.press("ctrl+n")
        offer = showing(app, HelpOffer)
        options = [
            str(offer.query_one("#help-offer-options", OptionList).get_option_at_index(i).prompt)
            for i in range(3)
        ]
        assert options == [
            "Nieuwe actie: Iemand die meedenkt",
            f"Een helper bij: {t('demo.action.contact.what')}",
            f"Een helper bij: {t('demo.action.parents.what')}",
        ]
        await pilot.press("enter")  # a new action
        form = showing(app, ActionForm)
        assert form.query_one("#action-what", Input).value == "Iemand die meedenkt"
        await pilot.press("tab", *"Anouk de Vries", "tab", "tab", "tab", "tab", "space")
        await pilot.press("ctrl+s", "ctrl+s")  # the second: without a course point (asked once)
        await pilot.pause()
        assert on_top(app) is screen
        assert [a.what for a in screen.session.new_actions()] == ["Iemand die meedenkt"]

        await pilot.press("ctrl+n", "down", "down", "enter")  # a helper on "parents"
        form = showing(app, ActionForm)
        assert form.query_one("#action-helpers", Input).has_focus
        assert form.query_one("#action-help-note", Input).value == "Iemand die meedenkt"
        await type_text(pilot, "Linda Smit")
        await pilot.press("ctrl+s")
        await pilot.pause()
        assert on_top(app) is screen
        parents = next(a for a in screen.session.actions() if a.id == "a-parents")
        assert (parents.helpers, parents.help_note) == (["Linda Smit"], "Iemand die meedenkt")
        assert not parents.needs_help
        screen.save_now()
        path = next(
            r.path for r in store.list_meetings("demo") if r.id == screen.session.meeting.id
        )
        stored = json.loads(path.read_text(encoding="utf-8"))["meeting"]["1"]["actions"]
        assert stored["a-parents"]["helpers"] == ["Linda Smit"]

        # Mirjam carries no action: Ctrl+N on her answer goes straight to a new action.
        await pilot.press("tab", "tab", "tab")  # Jeroen q2 → Mirjam: saddle, q1, q2
        assert isinstance(focused(app), Input)
        await type_text(pilot, "Tijd om voor te bereiden")
        await pilot.press("ctrl+n")
        form = showing(app, ActionForm)
        assert form.query_one("#action-what", Input).value == "Tijd om voor te bereiden"
