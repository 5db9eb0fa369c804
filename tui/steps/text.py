"""Text steps: the current situation ("kort en neutraal"), and analysis progress with
the content team's deadline and the days left, and the questions parked for the content
team until they are answered (Tab goes from the notes to that list, Enter answers)."""

from __future__ import annotations

from textual import on
from textual.app import ComposeResult
from textual.widgets import Static, TextArea

from agenda.dates import long_day
from agenda.parked import ParkedQuestion
from agenda.templates import StepKind
from tui.dialogs.parked_answer import ParkedAnswerDialog
from tui.steps.base import StepView
from tui.widgets.fields import Notes
from tui.widgets.parked_list import ParkedList


class TextView(StepView):
    def compose(self) -> ComposeResult:
        yield self.prompt()
        if self.step.kind is StepKind.ANALYSIS:
            yield Static(self._deadline(), classes="deadline")
        yield Notes(self.record.text, classes="step-text", soft_wrap=True)
        if self.step.kind is StepKind.ANALYSIS:
            yield ParkedList(self.session, self.t)

    def _deadline(self) -> str:
        deadline = self.session.case.analysis_deadline
        if deadline is None:
            return self.t("analysis.no_deadline")
        days = (deadline - self.session.today).days
        if days < 0:
            left = self.t("analysis.overdue", days=-days)
        elif days == 0:
            left = self.t("analysis.today")
        else:
            left = self.t("analysis.days_left", days=days)
        return self.t("analysis.deadline", date=long_day(deadline, self.t), left=left)

    @on(TextArea.Changed)
    def _typed(self, event: TextArea.Changed) -> None:
        event.stop()
        self.session.write_text(self.index, event.text_area.text)
        self.edited()

    @on(ParkedList.AnswerRequested)
    def _answer(self, event: ParkedList.AnswerRequested) -> None:
        event.stop()
        parked = self.query_one(ParkedList)

        def answered(question: ParkedQuestion | None) -> None:
            parked.refresh_list(select=event.question.id)
            parked.table.focus()
            if question is not None:
                self.edited()

        self.app.push_screen(ParkedAnswerDialog(self.session, event.question), answered)
