"""Action feedback ("Terugkoppeling acties"): every action still open from earlier meetings.

"Wat is wel gelukt en wat niet? Kritisch hierop zijn." Built for a live call: one row
per action, the cursor on the first. A digit gives the feedback (1 done, 2 partly, 3 not
done, 4 ongoing, 5 dropped; 0 clears it) and puts the cursor in the note field; Enter
there keeps the note and moves on to the next action. So "3, type, Enter" reviews one
action, "1 Enter" a done one. Enter on a row writes a note, `e` edits the action itself
(a new owner, a new date). This meeting's follow-through and the trend are on top and
change as the feedback comes in.

Standing agreements ("wekelijks contact") are listed apart, below: they are not done
once but checked every meeting, "deze week gelukt?" (1 yes, 2 no, 5 drops the
agreement), and counted in their own figure, never as an agreement broken. Enter in the
note after the last action goes on to the first of them.
"""

from __future__ import annotations

from datetime import date

from rich.text import Text
from textual import on
from textual.app import ComposeResult
from textual.containers import Vertical
from textual.events import DescendantFocus
from textual.widgets import DataTable, Input, Static

from agenda.actions import FEEDBACK_STATUSES, Action, ActionStatus, Feedback
from agenda.dates import short_day
from agenda.i18n import Messages
from agenda.session import MeetingSession
from tui.commands import Command
from tui.context import literal
from tui.dialogs.action_form import ActionForm
from tui.steps.actions import EDIT_ACTION
from tui.steps.base import StepView
from tui.typeahead import focus_now
from tui.widgets.action_cells import due_cell, kept_text, status_text, what_cell, who_cell
from tui.widgets.action_table import ActionTable, Column, Row
from tui.widgets.fields import RecordField
from tui.widgets.follow_through import FollowThroughPanel, standing_line
from tui.widgets.standing_table import StandingTable

REPLANNED = (ActionStatus.NOT_DONE, ActionStatus.PARTLY)
"""Feedback after which the team is asked at once when the action comes back, and who."""

FEEDBACK_KEYS = tuple(
    Command(
        f"feedback('{status.value}')",
        str(number),
        f"status.{status.value}",
        "cmd.feedback.help",
        footer=False,
        priority=False,
    )
    for number, status in enumerate(FEEDBACK_STATUSES, start=1)
)
"""1-5 give the feedback; the step's legend line names them. Not before the field
(`priority=False`): in the note field a digit or an `e` is just text."""
CLEAR_FEEDBACK = Command(
    "clear_feedback",
    "0,delete",
    "cmd.clear_feedback",
    "cmd.clear_feedback.help",
    footer=False,
    priority=False,
)
BACK_TO_TABLE = Command(
    "back_to_table",
    "escape",
    "cmd.back_to_table",
    "cmd.back_to_table.help",
    footer=False,
    priority=False,
)


class ReviewView(StepView):
    KEYS = (*FEEDBACK_KEYS, CLEAR_FEEDBACK, EDIT_ACTION, BACK_TO_TABLE)

    def __init__(self, session: MeetingSession, index: int, t: Messages) -> None:
        super().__init__(session, index, t)
        self._drafts: dict[str, str] = {}
        """Notes typed before a status was chosen; they join the feedback when it is."""
        self._active_id = "review-table"
        """The table whose row the note field and the keys are about: the one last
        given the cursor."""

    def compose(self) -> ComposeResult:
        t = self.t
        yield self.prompt()
        yield FollowThroughPanel(self.session, t)
        statuses = " · ".join(
            f"{number} {t(f'status.{status.value}')}"
            for number, status in enumerate(FEEDBACK_STATUSES, start=1)
        )
        yield Static(t("review.keys", statuses=statuses), classes="hint")
        yield ActionTable(
            [
                Column("what", t("action.col.what")),
                Column("owner", t("action.col.owner"), 14),
                Column("due", t("action.col.due"), 10),
                Column("feedback", t("action.col.feedback"), 14),
            ],
            id="review-table",
        )
        yield Static("", id="standing-heading", classes="hint")
        yield StandingTable(
            [
                Column("what", t("action.col.what")),
                Column("owner", t("action.col.owner"), 14),
                Column("earlier", t("review.standing.col.earlier"), 14),
                Column("kept", t("review.standing.col.kept"), 14),
            ],
            id="standing-table",
        )
        with Vertical(id="review-bottom"):  # docked: the note stays in view however tall
            yield Static("", id="review-detail", classes="review-detail")
            yield RecordField(id="review-note", placeholder=t("review.note"), compact=True)

    @property
    def table(self) -> ActionTable:
        return self.query_one("#review-table", ActionTable)

    @property
    def standing(self) -> StandingTable:
        return self.query_one("#standing-table", StandingTable)

    @property
    def active(self) -> ActionTable:
        """The table the note field and the feedback keys are about."""
        return self.standing if self._active_id == "standing-table" else self.table

    @property
    def note(self) -> Input:
        return self.query_one("#review-note", Input)

    def opened(self) -> None:
        self.show_actions()
        super().opened()

    def focus_first(self) -> None:
        """The actions first; only standing agreements to check: their table. (The
        standing table is shown only when it has rows, so it may not be laid out yet.)"""
        focus_now(
            self.table if not self.table.is_empty or self.standing.is_empty else self.standing
        )

    def on_descendant_focus(self, event: DescendantFocus) -> None:
        """The cursor went to the other table: the note field is about its row now."""
        table = event.widget.id
        if table in ("review-table", "standing-table") and table != self._active_id:
            self._active_id = table
            self._show_selected()

    # -- showing -------------------------------------------------------------------------

    def show_actions(self, select: str | None = None) -> None:
        session, t = self.session, self.t
        meetings = session.meeting_dates()
        everything = session.earlier_open_actions()
        actions = [a for a in everything if not a.is_standing]
        rows = []
        for action in actions:
            given = action.feedback_in(session.meeting.id)
            rows.append(
                Row(
                    action.id,
                    [
                        what_cell(action, t, given.note if given else ""),
                        who_cell(action, t),
                        due_cell(action, t, session.today, meetings),
                        status_text(given.status, t) if given else literal(t("common.none")),
                    ],
                )
            )
        self.table.show(rows, select)
        self._show_standing([a for a in everything if a.is_standing], select)
        if not everything:
            self._set_detail(t("review.none"))
        self.query_one(FollowThroughPanel).refresh_figures()
        self._show_selected()

    def _show_standing(self, agreements: list[Action], select: str | None) -> None:
        """The standing agreements apart, each with its last check and this meeting's."""
        t, meeting_id = self.t, self.session.meeting.id
        rows = []
        for action in agreements:
            given = action.feedback_in(meeting_id)
            earlier = [f for f in action.history if f.meeting_id != meeting_id]
            rows.append(
                Row(
                    action.id,
                    [
                        what_cell(action, t, given.note if given else ""),
                        who_cell(action, t),
                        _check_text(earlier[-1] if earlier else None, t),
                        _check_text(given, t),
                    ],
                )
            )
        self.standing.show(rows, select)
        heading = self.query_one("#standing-heading", Static)
        figure = standing_line(self.session.standing_kept(), t)
        heading.update(
            Text.assemble(
                (f"{t('review.standing.heading')} · {figure}", "bold"),
                f" — {t('review.standing.keys')}",
            )
        )
        heading.display = self.standing.display = bool(agreements)

    @property
    def selected(self) -> Action | None:
        key = self.active.selected_key
        return next((a for a in self.session.earlier_open_actions() if a.id == key), None)

    def _show_selected(self) -> None:
        """Beneath the table: what was said on the selected action last time, and the
        note field with this meeting's note."""
        action = self.selected
        if action is None:
            self._set_note("")
            return
        t = self.t
        parts = []
        earlier = [f for f in action.history if f.meeting_id != self.session.meeting.id]
        if earlier:
            last = earlier[-1]
            said = t(
                "review.earlier",
                day=short_day(last.on, t, self.session.today),
                status=status_text(last.status, t).plain,
            )
            parts.append(f"{said} {last.note}".rstrip())
        self._set_detail(" · ".join(parts))
        given = action.feedback_in(self.session.meeting.id)
        self._set_note(given.note if given else self._drafts.get(action.id, ""))

    def _set_detail(self, text: str) -> None:
        detail = self.query_one("#review-detail", Static)
        detail.update(literal(text))
        detail.display = bool(text)

    def _set_note(self, text: str) -> None:
        if self.note.value != text:
            with self.note.prevent(Input.Changed):
                self.note.value = text

    @on(DataTable.RowHighlighted, "#review-table, #standing-table")
    def _highlighted(self, event: DataTable.RowHighlighted) -> None:
        event.stop()
        self._show_selected()

    # -- feedback ------------------------------------------------------------------------

    def action_feedback(self, status: str) -> None:
        action = self.selected
        if action is None:
            return
        if action.is_standing and status != ActionStatus.DROPPED:
            return  # checked with 1 (yes) or 2 (no) in its own table; 5 ends it
        given = action.feedback_in(self.session.meeting.id)
        note = given.note if given else self._drafts.pop(action.id, self.note.value)
        self.session.give_feedback(action.id, ActionStatus(status), note)
        self.edited()
        self.show_actions(select=action.id)
        self.note.focus()

    @on(StandingTable.Checked)
    def _checked(self, event: StandingTable.Checked) -> None:
        """ "Deze week gelukt?" for the selected standing agreement, then its note."""
        event.stop()
        action = self.selected
        if action is None or not action.is_standing:
            return
        given = action.feedback_in(self.session.meeting.id)
        note = given.note if given else self._drafts.pop(action.id, self.note.value)
        self.session.check_standing(action.id, event.kept, note)
        self.edited()
        self.show_actions(select=action.id)
        self.note.focus()

    def action_clear_feedback(self) -> None:
        action = self.selected
        given = None if action is None else action.feedback_in(self.session.meeting.id)
        if action is None or given is None:
            return
        if given.note:
            self._drafts[action.id] = given.note  # the status was wrong, not the words
        self.session.clear_feedback(action.id)
        self.edited()
        self.show_actions(select=action.id)

    @on(Input.Changed, "#review-note")
    def _note_typed(self, event: Input.Changed) -> None:
        event.stop()
        action = self.selected
        if action is None:
            return
        given = action.feedback_in(self.session.meeting.id)
        if given is None:
            self._drafts[action.id] = event.value
            self._set_detail(self.t("review.note_needs_status"))
            return
        self.session.give_feedback(action.id, given.status, event.value)
        self.edited()

    @on(Input.Submitted, "#review-note")
    def _note_done(self, event: Input.Submitted) -> None:
        """Enter in the note: keep it and go on with the next action — after offering
        a new date and owner for one that was not (or partly) done."""
        event.stop()
        action = self.selected
        given = None if action is None else action.feedback_in(self.session.meeting.id)
        if action is None or given is None or given.status not in REPLANNED or given.replanned:
            self._next_action()
            return
        from tui.dialogs.replan import ReplanDialog

        def answered(plan: tuple[date | None, str] | None) -> None:
            if plan is not None:
                self.session.replan(action.id, *plan)
                self.edited()
            self._next_action()

        session = self.session
        dialog = ReplanDialog(action, session.default_due(), session.case.owners(), session.today)
        self.app.push_screen(dialog, answered)

    def _next_action(self) -> None:
        """The next row of the table in use; after the last action, the first standing
        agreement."""
        table = self.active
        current = table.cursor_row
        self.show_actions()
        if current + 1 < table.row_count:
            table.focus()
            table.move_cursor(row=current + 1)
        elif table is self.table and not self.standing.is_empty:
            self.standing.focus()
            self.standing.move_cursor(row=0)
        else:
            table.focus()

    @on(DataTable.RowSelected, "#review-table, #standing-table")
    def _row_selected(self, event: DataTable.RowSelected) -> None:
        event.stop()
        self.note.focus()

    def action_back_to_table(self) -> None:
        self.show_actions()
        self.active.focus()

    def action_edit_action(self) -> None:
        action = self.selected
        if action is None:
            return

        def saved(result: Action | None) -> None:
            if result is not None:
                self.session.save_action(result)
                self.edited()
            self.show_actions(select=action.id)
            self.active.focus()

        self.app.push_screen(ActionForm(self.session, action), saved)


def _check_text(feedback: Feedback | None, t: Messages) -> Text:
    """A standing agreement's check in one meeting as a symbol and a word."""
    if feedback is None or feedback.kept is None:
        if feedback is not None and feedback.status is ActionStatus.DROPPED:
            return status_text(feedback.status, t)
        return Text(t("common.none"))
    return kept_text(feedback.kept, t)
