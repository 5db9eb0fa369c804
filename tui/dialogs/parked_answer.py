"""The inhoudsteam's answer to a parked question.

Opened from the list of parked questions (in "Voortgang analyse", and in the first step
of the inhoudsteam's own agenda). The answer goes into the case and into this meeting's
minutes; saving an empty answer reopens a question answered by mistake.
"""

from __future__ import annotations

from textual.app import ComposeResult
from textual.widgets import Input, Label, Static

from agenda.errors import Invalid
from agenda.parked import ParkedQuestion
from agenda.session import MeetingSession
from tui.dialogs.dialog import Dialog
from tui.widgets.fields import Field


class ParkedAnswerDialog(Dialog[ParkedQuestion | None]):
    CONFIRM_LABEL = "parked.answer.confirm"

    def __init__(self, session: MeetingSession, question: ParkedQuestion) -> None:
        super().__init__()
        self.session = session
        self.question = question

    def title_text(self) -> str:
        return self.t("parked.answer.title")

    def compose_fields(self) -> ComposeResult:
        t = self.t
        yield Static(self.question.text, classes="dialog-body", markup=False)
        yield Label(t("parked.answer.label"), classes="field-label")
        yield Field(self.question.answer, id="parked-answer")
        yield Static(t("parked.answer.hint"), classes="hint", markup=False)

    def on_mount(self) -> None:
        self.query_one("#parked-answer", Input).focus()

    def confirm(self) -> None:
        answer = self.query_one("#parked-answer", Input).value
        try:
            updated = self.session.answer_parked(self.question.id, answer)
        except Invalid as problem:
            self.show_problem(problem)
            return
        self.dismiss(updated)
