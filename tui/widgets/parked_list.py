"""The questions parked for the inhoudsteam, as the analysis step shows them.

Every question still open, whichever meeting parked it, and those answered in this
meeting (with their answer), each with who raised it and when. Enter on a question asks
the step for the answer dialog (`AnswerRequested`): a widget never opens a dialog itself.
"""

from __future__ import annotations

from rich.text import Text
from textual import on
from textual.app import ComposeResult
from textual.containers import Vertical
from textual.events import Show
from textual.message import Message
from textual.widgets import DataTable, Static

from agenda.dates import short_day
from agenda.i18n import Messages
from agenda.parked import ParkedQuestion
from agenda.session import MeetingSession
from tui.context import literal
from tui.widgets.action_table import ActionTable, Column, Row


class ParkedList(Vertical):
    class AnswerRequested(Message):
        def __init__(self, question: ParkedQuestion) -> None:
            super().__init__()
            self.question = question

    def __init__(self, session: MeetingSession, t: Messages) -> None:
        super().__init__(classes="parked-list")
        self.session = session
        self.t = t

    def compose(self) -> ComposeResult:
        yield Static("", classes="panel-title parked-heading")
        yield Static(self.t("parked.hint"), classes="hint parked-hint")
        yield ActionTable(
            [
                Column("question", self.t("parked.col.question")),
                Column("raised", self.t("parked.col.raised"), 18),
                Column("answer", self.t("parked.col.answer")),
            ],
            id="parked-table",
        )

    @property
    def table(self) -> ActionTable:
        return self.query_one("#parked-table", ActionTable)

    def on_mount(self) -> None:
        self.refresh_list()

    def on_show(self, _: Show) -> None:
        self.refresh_list()

    def refresh_list(self, select: str | None = None) -> None:
        """Show the list as the case holds it now (a question parked a minute ago too)."""
        questions = self.session.parked_questions()
        still_open = sum(1 for q in questions if q.is_open)
        heading = self.query_one(".parked-heading", Static)
        if not questions:
            title = self.t("parked.none")
        elif still_open:
            title = self.t("parked.heading", count=still_open)
        else:
            title = self.t("parked.heading_answered")
        heading.update(literal(title))
        self.query_one(".parked-hint").display = bool(questions)
        self.table.display = bool(questions)
        self.table.show([self._row(q) for q in questions], select)

    def _row(self, question: ParkedQuestion) -> Row:
        t, today = self.t, self.session.today
        raised = short_day(question.parked_at.date(), t, today)
        if question.raised_by:
            raised = t("parked.raised", name=question.raised_by, day=raised)
        answer = (
            Text(t("parked.open"), style="italic")
            if question.is_open
            else literal(f"✓ {question.answer}")
        )
        return Row(question.id, [literal(question.text), literal(raised), answer])

    @on(DataTable.RowSelected, "#parked-table")
    def _selected(self, event: DataTable.RowSelected) -> None:
        event.stop()
        key = self.table.selected_key
        question = next((q for q in self.session.parked_questions() if q.id == key), None)
        if question is not None:
            self.post_message(self.AnswerRequested(question))
