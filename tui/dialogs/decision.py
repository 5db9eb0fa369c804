"""Record a decision ("Besluit vastleggen"): what the team decided, and who decided.

"Besluiten en keuzes maken we altijd gezamenlijk" (the kernteam's declaration of
intent), so "who decided" starts as the whole kernteam, ready to be typed over. The step
and the time are the meeting's own: the dialog names them, the session records them.
"""

from __future__ import annotations

from textual.app import ComposeResult
from textual.widgets import Input, Label, Static

from agenda.course import default_decider
from agenda.dates import clock_time
from agenda.errors import Invalid
from agenda.meeting import Decision
from agenda.session import MeetingSession
from tui.context import vapp
from tui.dialogs.dialog import Dialog
from tui.widgets.fields import Field


class DecisionDialog(Dialog[Decision | None]):
    CONFIRM_LABEL = "decision.confirm"

    def __init__(self, session: MeetingSession) -> None:
        super().__init__()
        self.session = session

    def title_text(self) -> str:
        return self.t("decision.title")

    def compose_fields(self) -> ComposeResult:
        t, session = self.t, self.session
        where = t(
            "decision.where",
            step=t(
                "meeting.step_title",
                number=session.index + 1,
                total=len(session.meeting.steps),
                title=session.step.title,
            ),
            time=clock_time(vapp(self).wall()),
        )
        yield Static(where, classes="hint", markup=False)
        yield Label(t("decision.text"), classes="field-label")
        yield Field("", id="decision-text")
        yield Static(t("decision.joint"), classes="hint", markup=False)
        yield Label(t("decision.decided_by"), classes="field-label")
        yield Field(default_decider(session.case, t, session.meeting.id), id="decision-decided-by")

    def on_mount(self) -> None:
        self.query_one("#decision-text", Input).focus()

    def confirm(self) -> None:
        text = self.query_one("#decision-text", Input).value
        decided_by = self.query_one("#decision-decided-by", Input).value
        try:
            decision = self.session.record_decision(text, decided_by)
        except Invalid as problem:
            self.show_problem(problem)
            first = problem.problems[0][0] if problem.problems else ""
            field = "#decision-text" if first == "invalid.decision_text" else "#decision-decided-by"
            self.query_one(field, Input).focus()
            return
        self.dismiss(decision)
