"""Standing agreements ("vaste afspraken", such as the report's "wekelijks contact"): an
action kind checked at every meeting ("deze week gelukt?"), listed apart in the feedback
step, on the board and in the minutes, counted in its own figure ("vaste afspraken
nagekomen"), and never counted as an agreement broken in follow-through."""

from __future__ import annotations

from datetime import date, timedelta

import pytest

from agenda.actions import Action, ActionKind, ActionStatus, Bearable, Feedback
from agenda.clock import ManualClock
from agenda.document import Paragraph, Table
from agenda.figures import MeetingDate, board, follow_through, is_overdue, standing_in
from agenda.locations import Locations
from agenda.storage import Store
from agenda.templates import StepKind
from tests.conftest import NOW
from tests.factories import make_case
from tests.minutes_sections import section
from tests.pilot import on_top, showing, start_meeting, type_text
from tests.test_action_pilot import app_on, end_meeting, go_to, jump_to, rows, shown
from tui.dialogs.action_form import ActionForm
from tui.screens.board import ActionBoardScreen
from tui.steps.review import ReviewView
from tui.widgets.action_table import ActionTable
from tui.widgets.follow_through import FollowThroughPanel

M1 = MeetingDate("m1", date(2026, 11, 7))
M2 = MeetingDate("m2", date(2026, 11, 14))
M3 = MeetingDate("m3", date(2026, 11, 21))
WEEK = timedelta(days=7)


def standing(*checks: tuple[MeetingDate, bool]) -> Action:
    action = Action(
        what="Wekelijks contact",
        owner="Bram",
        bearable=Bearable.TIGHT,
        kind=ActionKind.STANDING,
        due=M1.on,  # a date typed anyway: a standing agreement never falls due
        created_on=M1.on,
        created_meeting_id=M1.id,
    )
    for meeting, kept in checks:
        check = Feedback(meeting_id=meeting.id, on=meeting.on, status=ActionStatus.ONGOING)
        action = action.with_feedback(check.model_copy(update={"kept": kept}))
    return action


def test_a_standing_agreement_never_counts_in_follow_through() -> None:
    """Marked "loopt" meeting after meeting, a one-off action is an agreement not kept;
    a standing agreement is not counted at all, not even when a week failed."""
    agreement = standing((M2, True), (M3, False))
    assert [(f.due, f.done) for f in follow_through([agreement], [M1, M2, M3])] == [
        (0, 0),
        (0, 0),
        (0, 0),
    ]
    assert not is_overdue(agreement, M3.on + WEEK, [M1, M2, M3])


def test_its_own_figure_counts_the_checks_of_a_meeting() -> None:
    kept, missed, unasked = standing((M2, True)), standing((M2, False)), standing()
    figure = standing_in([kept, missed, unasked], M2.id)
    assert (figure.checked, figure.kept, figure.share) == (2, 1, 0.5)
    assert standing_in([unasked], M2.id).share is None


def test_the_board_lists_standing_agreements_apart_with_the_latest_check() -> None:
    once = Action(
        what="Verslag",
        owner="Cem",
        bearable=Bearable.YES,
        created_on=M1.on,
        created_meeting_id="m1",
    )
    agreement = standing((M3, True))
    shown = board([once, agreement], make_case(), M3.on, [M1, M2, M3])
    assert shown.open_actions == [once]
    assert shown.standing == [agreement]
    assert shown.standing_kept is not None and shown.standing_kept.kept == 1
    bram = next(load for load in shown.loads if load.owner == "Bram")
    assert (bram.open, bram.strained, bram.overdue) == (1, 1, 0)  # carried, never late


@pytest.mark.slow
async def test_a_standing_agreement_is_asked_every_meeting_and_counted_apart(
    store: Store, locations: Locations, clock: ManualClock
) -> None:
    case = make_case()  # Anna (chair), Bram, Cem
    store.save_case(case)

    # -- meeting 1: a standing agreement and a one-off action ----------------------------
    app = app_on(store, locations, clock)
    async with app.run_test(size=(120, 40)) as pilot:
        screen = await start_meeting(pilot)
        await jump_to(pilot, screen, StepKind.ACTIONS)
        await pilot.press("n")
        form = showing(app, ActionForm)
        await type_text(pilot, "Wekelijks contact met het meisje")
        await pilot.press("tab", *"Bram", "tab", *["tab"] * 3, "space")  # draagbaar: ja
        await pilot.press(*["tab"] * 4, "right", "space")  # soort: vaste afspraak
        assert form.kind is ActionKind.STANDING
        await pilot.press("ctrl+s", "ctrl+s")  # "which course point?" is asked once
        await pilot.pause()
        assert on_top(app) is screen
        await pilot.press("n")
        await type_text(pilot, "Verslag sturen")
        await pilot.press("tab", *"Cem", "tab", *["tab"] * 3, "space", "ctrl+s", "ctrl+s")
        await pilot.pause()
        table = screen.view.query_one("#new-actions", ActionTable)
        assert "elk overleg" in str(table.get_row_at(0)[2])  # no date: every meeting
        await end_meeting(pilot, screen)

    kinds = {a.what: a.kind for a in store.load_actions(case.id)}
    assert kinds == {
        "Wekelijks contact met het meisje": ActionKind.STANDING,
        "Verslag sturen": ActionKind.ONCE,
    }

    # -- meeting 2: the report is done; the contact "deze week gelukt?" yes ---------------
    app = app_on(store, locations, clock, start=NOW + WEEK)
    async with app.run_test(size=(120, 40)) as pilot:
        screen = await start_meeting(pilot)
        await go_to(pilot, screen, StepKind.REVIEW)
        view = screen.view
        assert isinstance(view, ReviewView)
        assert rows(view.table) == ["Verslag sturen"]
        assert rows(view.standing) == ["Wekelijks contact met het meisje"]
        heading = view.query_one("#standing-heading")
        assert "Vaste afspraken · deze week gelukt? · nog niet nagevraagd" in shown(heading)
        await pilot.press("1", *"Verstuurd", "enter")  # done; on to the standing agreement
        assert view.standing.has_focus
        await pilot.press("1", *"Twee keer gebeld", "enter")  # gelukt
        assert "1 van 1 nagekomen (100%)" in shown(heading)
        assert "✓ gelukt" in str(view.standing.get_row_at(0)[3])
        panel = view.query_one(FollowThroughPanel)
        assert "Afspraken nagekomen in dit overleg: 1 van 1 (100%)" in shown(panel)

        await pilot.press("f3")
        board_screen = showing(app, ActionBoardScreen)
        assert rows(board_screen.query_one("#board-actions", ActionTable)) == []
        on_board = board_screen.query_one("#board-standing", ActionTable)
        assert rows(on_board) == ["Wekelijks contact met het meisje"]
        assert "✓ gelukt" in str(on_board.get_row_at(0)[5])
        title = shown(board_screen.query_one("#board-standing-title"))
        assert "Vaste afspraken · 1 van 1 nagekomen (100%)" in title
        await pilot.press("escape")
        await pilot.pause()
        await end_meeting(pilot, screen)
        second = screen.session.meeting.id

    contact = next(a for a in store.load_actions(case.id) if a.is_standing)
    given = contact.feedback_in(second)
    assert given is not None
    assert (given.kept, given.status, given.note) == (
        True,
        ActionStatus.ONGOING,
        "Twee keer gebeld",
    )
    assert contact.is_open
    assert store.load_summary(case.id).follow_through == 1.0  # the report alone

    minutes = (locations.minutes_dir / "2026-12-05_casus-y.md").read_text("utf-8")
    review = section(minutes, "5. Terugkoppeling acties")
    tables = [b for b in review if isinstance(b, Table)]
    assert tables[-1].rows == (
        ("Wekelijks contact met het meisje", "Bram", "✓ gelukt", "Twee keer gebeld"),
    )
    assert Paragraph("Vaste afspraken nagekomen: 1 van 1 (100%).") in review

    # -- meeting 3: not this week; still no broken agreement in follow-through ------------
    app = app_on(store, locations, clock, start=NOW + 2 * WEEK)
    async with app.run_test(size=(120, 40)) as pilot:
        screen = await start_meeting(pilot)
        await go_to(pilot, screen, StepKind.REVIEW)
        view = screen.view
        assert isinstance(view, ReviewView)
        assert view.table.row_count == 0 and view.standing.has_focus
        assert "✓ gelukt" in str(view.standing.get_row_at(0)[2])  # last time
        await pilot.press("2", *"Ziek geweest", "enter")
        assert "0 van 1 nagekomen (0%)" in shown(view.query_one("#standing-heading"))
        assert screen.session.trend()[-1].due == 0
        await end_meeting(pilot, screen)
        third = screen.session.meeting.id

    contact = next(a for a in store.load_actions(case.id) if a.is_standing)
    assert [(f.meeting_id, f.kept) for f in contact.history] == [(second, True), (third, False)]
    assert contact.is_open
    assert store.load_summary(case.id).follow_through == 1.0
