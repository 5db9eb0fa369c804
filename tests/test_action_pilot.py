"""Actions with the keyboard across two meetings on the same data: made in one meeting's
"Volgende stappen", reviewed in the next one's "Terugkoppeling acties", edited on the
board (F3), and what ends up on disk."""

from __future__ import annotations

from datetime import datetime, timedelta

import pytest
from textual.pilot import Pilot
from textual.widget import Widget
from textual.widgets import Static

from agenda.actions import ActionStatus, Bearable
from agenda.clock import ManualClock
from agenda.demo import add_demo
from agenda.i18n import Messages
from agenda.locations import Locations
from agenda.storage import Store
from agenda.templates import StepKind
from tests.conftest import NOW, TODAY
from tests.factories import make_case
from tests.pilot import Wall, make_app, on_top, showing, start_meeting, type_text
from tui.app import VliegwielApp
from tui.dialogs.action_form import ActionForm
from tui.dialogs.dialog import ConfirmDialog
from tui.dialogs.minutes_preview import MinutesPreview
from tui.dialogs.replan import ReplanDialog
from tui.screens.board import ActionBoardScreen
from tui.screens.meeting import MeetingScreen
from tui.screens.start import StartScreen
from tui.widgets.action_table import ActionTable
from tui.widgets.follow_through import FollowThroughPanel

WEEK_LATER = NOW + timedelta(days=7)


def app_on(
    store: Store, locations: Locations, clock: ManualClock, start: datetime = NOW
) -> VliegwielApp:
    return VliegwielApp(store, locations, "nl", clock=clock, wall=Wall(clock, start))


def demo_app(store: Store, locations: Locations, clock: ManualClock) -> VliegwielApp:
    """The app on the report's example case, with its earlier meeting's open actions."""
    add_demo(store, Messages("nl"), TODAY)
    return make_app(store, locations, clock)


async def go_to(pilot: Pilot[None], screen: MeetingScreen, kind: StepKind) -> None:
    while screen.session.step.kind is not kind:
        await pilot.press("f8")
    await pilot.pause()


async def jump_to(pilot: Pilot[None], screen: MeetingScreen, kind: StepKind) -> None:
    """Open a step at once (F8 is exercised in the two-meeting test; stepping through
    every view costs seconds per step in a headless run)."""
    steps = screen.session.meeting.steps
    screen.session.go_to(next(i for i, s in enumerate(steps) if s.kind is kind))
    await screen.show_step()
    await pilot.pause()


def shown(widget: Widget) -> str:
    """The text a widget shows on screen, wrapped lines joined again."""
    lines = (strip.text for strip in widget.render_lines(widget.size.region))
    return " ".join(" ".join(lines).split())


def problems(form: ActionForm) -> str:
    return str(form.query_one("#action-problems", Static).render())


def rows(table: ActionTable) -> list[str]:
    return [str(table.get_row_at(i)[0]).split("\n")[0] for i in range(table.row_count)]


async def end_meeting(pilot: Pilot[None], screen: MeetingScreen) -> None:
    """The "Overleg afsluiten" button on the check-out step, pressed with Enter; Enter
    again on the minutes it shows saves them and closes the meeting."""
    await jump_to(pilot, screen, StepKind.CLOSE)
    screen.query_one("#close-end").focus()
    await pilot.press("enter")
    await pilot.pause()
    assert isinstance(pilot.app.screen, MinutesPreview)
    await pilot.press("enter")
    await pilot.pause()
    assert isinstance(pilot.app.screen, StartScreen)


@pytest.mark.slow
async def test_actions_made_in_one_meeting_are_reviewed_in_the_next(
    store: Store, locations: Locations, clock: ManualClock
) -> None:
    case = make_case()  # Anna (chair), Bram, Cem; family: moeder; two course points
    store.save_case(case)

    # -- meeting 1: two actions in "Volgende stappen" ------------------------------------
    app = app_on(store, locations, clock)
    async with app.run_test(size=(120, 40)) as pilot:
        screen = await start_meeting(pilot)
        await go_to(pilot, screen, StepKind.ACTIONS)
        table = screen.query_one("#new-actions", ActionTable)
        assert table.has_focus and table.row_count == 0

        await pilot.press("enter")  # Enter on the empty table: a new action
        form = showing(app, ActionForm)
        await type_text(pilot, "Ouders bellen")
        await pilot.press("tab", *"br", "right")  # owner: "br" completes to "Bram"
        await pilot.press("tab", "tab")  # helpers (none), due date (the default)
        await pilot.press("tab", *"Weten ervan")  # what the result looks like
        await pilot.press("tab", "right", "space")  # bearable: krap
        await pilot.press("ctrl+s")
        assert "Hoe helpen we elkaar?" in problems(form)
        assert on_top(app) is form
        assert form.query_one("#action-help-note").has_focus  # "Hoe helpen we elkaar?"
        await pilot.press(*"Cem belt mee")
        await pilot.press("ctrl+s")
        assert "Welk koerspunt dient dit?" in problems(form)
        await pilot.press("ctrl+s")  # asked once: saved without a course point
        await pilot.pause()
        assert on_top(app) is screen

        await pilot.press("n")
        form = showing(app, ActionForm)
        await type_text(pilot, "Huisbezoek")
        await pilot.press(*["tab"] * 5, "space", *["shift+tab"] * 4)  # draagbaar: ja; "Wie"
        await pilot.press(*"oma", "enter")  # nobody called "oma": ask
        await pilot.pause()
        assert isinstance(app.screen, ConfirmDialog)
        await pilot.press("shift+tab", "enter")  # yes, a family member ("no" is the default)
        await pilot.pause()
        assert on_top(app) is form
        assert "Welk koerspunt dient dit?" in problems(form)
        await pilot.press("down", "down", "enter")  # open the list, the first point
        await pilot.press("ctrl+s")
        await pilot.pause()
        assert on_top(app) is screen

        assert rows(table) == ["Ouders bellen", "Huisbezoek"]
        first, second = screen.session.new_actions()
        assert (first.owner, first.help_note, first.bearable) == (
            "Bram",
            "Cem belt mee",
            Bearable.TIGHT,
        )
        assert first.due == NOW.date() + timedelta(days=7)
        assert first.result == "Weten ervan" and first.course_point_id is None
        assert (second.owner, second.course_point_id) == ("oma", case.course[0].id)
        assert store.load_case(case.id).family == ["moeder", "oma"]

        # Edit the first: Enter on its row, a new due date, Enter to save.
        await pilot.press("up", "enter")
        form = showing(app, ActionForm)
        assert form.before == first
        await pilot.press("tab", "tab", "tab", *"2026-12-04", "enter")
        await pilot.pause()
        assert on_top(app) is screen
        assert screen.session.new_actions()[0].due == NOW.date() + timedelta(days=6)

        await end_meeting(pilot, screen)
        meeting_one = screen.session.meeting.id

    stored = {a.what: a for a in store.load_actions(case.id)}
    assert set(stored) == {"Ouders bellen", "Huisbezoek"}
    assert all(a.created_meeting_id == meeting_one and a.is_open for a in stored.values())

    # -- meeting 2, a week later, a new app on the same data ------------------------------
    app = app_on(store, locations, clock, start=WEEK_LATER)
    async with app.run_test(size=(120, 40)) as pilot:
        screen = await start_meeting(pilot)
        await go_to(pilot, screen, StepKind.REVIEW)
        table = screen.query_one("#review-table", ActionTable)
        panel = screen.view.query_one(FollowThroughPanel)
        assert table.has_focus
        assert rows(table) == ["Ouders bellen", "Huisbezoek"]
        # Before any feedback the figure waits: "0%" would read as two agreements broken.
        assert "in dit overleg: nog niet besproken" in shown(panel)
        assert "0%" not in shown(panel)

        await pilot.press("1", *"Gebeld", "enter")  # done, a note, next
        await pilot.press("3", *"Geen tijd", "enter")  # not done: when does it come back?
        assert isinstance(app.screen, ReplanDialog)
        await pilot.press("escape")  # left as it is
        await pilot.pause()
        assert "1 van 2 (50%)" in shown(panel)
        await pilot.press("0")  # undo the last one ...
        assert screen.session.actions()[1].status is ActionStatus.OPEN
        await pilot.press("4", "enter")  # ... it is ongoing; its note stays
        assert "1 van 2 (50%)" in shown(panel)
        await pilot.press("f8")  # moving on saves the meeting
        await pilot.pause()

        on_disk = store.load_meeting(case.id, screen.session.meeting.id)
        reported = {a.what: a.feedback_in(on_disk.id) for a in on_disk.actions.values()}
        done, ongoing = reported["Ouders bellen"], reported["Huisbezoek"]
        assert done is not None and ongoing is not None
        assert (done.status, done.note) == (ActionStatus.DONE, "Gebeld")
        assert (ongoing.status, ongoing.note) == (ActionStatus.ONGOING, "Geen tijd")

        # The board: only what is still open; hand it over to Cem.
        await pilot.press("f3")
        board = app.screen
        assert isinstance(board, ActionBoardScreen)
        actions = board.query_one("#board-actions", ActionTable)
        assert rows(actions) == ["Huisbezoek"]
        assert "oma (gezin)" in shown(board.query_one("#board-load"))
        await pilot.press("enter")
        assert isinstance(app.screen, ActionForm)
        await pilot.press("tab", *"Cem", "ctrl+s")
        await pilot.pause()
        assert on_top(app) is board
        load = {load.owner: load.open for load in screen.session.board().loads}
        assert load == {"Anna": 0, "Bram": 0, "Cem": 1}
        await pilot.press("escape")
        await pilot.pause()
        assert on_top(app) is screen

        await end_meeting(pilot, screen)
        meeting_two = screen.session.meeting.id

    after = {a.what: a for a in store.load_actions(case.id)}
    kept, handed = after["Ouders bellen"], after["Huisbezoek"]
    assert [(f.meeting_id, f.status) for f in kept.history] == [(meeting_two, ActionStatus.DONE)]
    assert not kept.is_open
    assert handed.owner == "Cem" and handed.is_open
    assert [(f.status, f.note) for f in handed.history] == [(ActionStatus.ONGOING, "Geen tijd")]
    summary = store.load_summary(case.id)
    assert summary.open_actions == 1
    assert summary.follow_through == 0.5


async def test_the_demo_case_gives_the_feedback_step_real_content(
    store: Store, locations: Locations, clock: ManualClock
) -> None:
    app = demo_app(store, locations, clock)
    async with app.run_test(size=(120, 40)) as pilot:
        screen = await start_meeting(pilot)
        await jump_to(pilot, screen, StepKind.REVIEW)
        view = screen.view
        table = view.query_one("#review-table", ActionTable)
        assert table.has_focus and table.row_count == 5
        assert rows(table)[:2] == [
            "Ouders informeren over het proces en de koers",
            "Concept perspectiefplan delen met het kernteam",
        ]
        # The weekly contact is a standing agreement: listed apart, never due.
        standing = view.query_one("#standing-table", ActionTable)
        assert rows(standing) == ["Wekelijks contact met het meisje; haar wensen ophalen"]
        panel = view.query_one(FollowThroughPanel)
        # Four actions fell due today (the perspective plan is due in three weeks; the weekly
        # contact is a standing agreement, never due), and
        # no feedback was given yet: no figure until there is.
        assert "Afspraken nagekomen in dit overleg: nog niet besproken." in shown(panel)
        # Columns per meeting: date, bar with done/due, percentage; nothing was due at 21 nov.
        assert "laatste 2 overleggen: 21 nov nu geen nog niet besproken – –" in shown(panel)

        await pilot.press("f3")
        board = app.screen
        assert isinstance(board, ActionBoardScreen)
        flags = shown(board.query_one("#board-flags"))
        assert (
            "? ‘Ouders informeren over het proces en de koers’ (Jeroen Bakker) is krap en"
            " niemand helpt. Hoe helpen we elkaar?"
        ) in flags
        assert "Wekelijks contact" not in flags  # krap too, but Anouk helps
        await pilot.press("f3")
        await pilot.pause()
        assert on_top(app) is screen and table.has_focus

        await pilot.press("enter", *"Fijn")  # a note first: it waits for a status
        assert view.query_one("#review-note").has_focus
        assert "Kies eerst 1–5" in shown(view.query_one("#review-detail"))
        await pilot.press("escape", "1", "enter")  # informing the parents: done
        given = screen.session.actions()[1].feedback_in(screen.session.meeting.id)
        assert given is not None and (given.status, given.note) == (ActionStatus.DONE, "Fijn")
        assert "1 van 4 (25%)" in shown(panel)
        assert "✓ gedaan" in str(table.get_row_at(0)[3])
        await pilot.press("down", "down", "5", "enter")  # school: dropped, no longer due
        assert "1 van 3 (33%)" in shown(panel)
        assert screen.session.board().flags == []

        await jump_to(pilot, screen, StepKind.CLOSE)
        close_panel = screen.view.query_one(FollowThroughPanel)
        assert "Afspraken nagekomen in dit overleg: 1 van 3 (33%)" in shown(close_panel)


async def test_the_form_refuses_what_the_team_cannot_follow_up(
    store: Store, locations: Locations, clock: ManualClock
) -> None:
    store.save_case(make_case())
    app = make_app(store, locations, clock)
    async with app.run_test(size=(120, 40)) as pilot:
        screen = await start_meeting(pilot)
        await jump_to(pilot, screen, StepKind.ACTIONS)
        await pilot.press("n")
        form = showing(app, ActionForm)
        await pilot.press("enter")
        assert problems(form) == (
            "Wat precies? Beschrijf de actie. Wie doet het? Noem één persoon."
            " Is het draagbaar? Kies ja, krap of nee."
        )
        assert form.query_one("#action-what").has_focus
        await pilot.press(*["tab"] * 5, "space", *["shift+tab"] * 5)  # draagbaar: ja
        assert form.bearable is Bearable.YES and form.query_one("#action-what").has_focus
        await pilot.press(*"Bellen", "tab", *"Dirk", "tab", "tab", *"2026-11-01", "enter")
        await pilot.pause()
        assert isinstance(app.screen, ConfirmDialog)
        await pilot.press("escape")  # no: a typo, not a new family member
        await pilot.pause()
        assert on_top(app) is form
        assert problems(form).startswith("‘Dirk’ is geen teamlid of gezinslid")
        assert form.query_one("#action-owner").has_focus
        await pilot.press("shift+tab", "tab", *"Bram", "enter")  # all selected on entry
        assert problems(form) == "De termijn 2026-11-01 ligt al in het verleden."
        assert form.query_one("#action-due").has_focus
        await pilot.press("escape")  # something was typed: asked first, "no" by default
        assert isinstance(app.screen, ConfirmDialog)
        await pilot.press("shift+tab", "enter")
        await pilot.pause()
        assert on_top(app) is screen
        assert screen.session.new_actions() == []
        assert store.load_case(screen.session.case.id).family == ["moeder"]


async def test_the_board_sorts_by_owner_and_by_date(
    store: Store, locations: Locations, clock: ManualClock
) -> None:
    app = demo_app(store, locations, clock)
    async with app.run_test(size=(120, 40)) as pilot:
        await start_meeting(pilot)
        await pilot.press("f3")
        board = app.screen
        assert isinstance(board, ActionBoardScreen)
        table = board.query_one("#board-actions", ActionTable)

        def owners() -> list[str]:
            return [str(table.get_row_at(i)[1]).split("\n")[0] for i in range(table.row_count)]

        assert owners() == sorted(owners(), key=str.casefold)
        await pilot.press("d")
        assert owners()[-1] == "Anouk de Vries"  # the plan, due in three weeks, comes last
        assert "op termijn" in shown(board.query_one("#board-count"))
        await pilot.press("w")
        assert owners()[0] == "Ahmed el Amrani"


@pytest.mark.parametrize("size", [(80, 24), (120, 40)])
async def test_tables_and_form_fit_small_and_large_screens(
    store: Store, locations: Locations, clock: ManualClock, size: tuple[int, int]
) -> None:
    app = demo_app(store, locations, clock)
    async with app.run_test(size=size) as pilot:
        screen = await start_meeting(pilot)
        await jump_to(pilot, screen, StepKind.REVIEW)
        assert_fits(screen.view.query_one(ActionTable))
        await pilot.press("f3")
        board = app.screen
        assert_fits(board.query_one(ActionTable))
        await pilot.press("enter")
        form = showing(app, ActionForm)
        dialog = form.query_one("#action-form")
        assert form.region.contains_region(dialog.region)
        for field in form.query(".form-row > *"):
            assert field.region.right <= dialog.region.right


def assert_fits(table: ActionTable) -> None:
    """Every column is on screen: text wraps inside its row, nothing runs off the side."""
    used = sum(column.get_render_width(table) for column in table.columns.values())
    assert table.size.width > 0
    assert used <= table.size.width
