"""Park a content question for the inhoudsteam ("Parkeren voor het inhoudsteam").

The kernteam steers on process; when the talk turns to content (what is the matter with
this family, what would help), the chair parks the question instead of letting the
meeting answer it. It goes on the case's list for the inhoudsteam and stays in
"Voortgang analyse" until it is answered.
"""

from __future__ import annotations

from textual import on
from textual.app import ComposeResult
from textual.widgets import Input, Label, Static

from agenda.errors import Invalid
from agenda.parked import ParkedQuestion
from agenda.session import MeetingSession
from tui.dialogs.dialog import Dialog
from tui.widgets.fields import Field
from tui.widgets.owner_field import OwnerField


class ParkDialog(Dialog[ParkedQuestion | None]):
    CONFIRM_LABEL = "park.confirm"

    def __init__(self, session: MeetingSession) -> None:
        super().__init__()
        self.session = session

    def title_text(self) -> str:
        return self.t("park.title")

    def compose_fields(self) -> ComposeResult:
        t = self.t
        yield Static(t("park.why"), classes="hint", markup=False)
        yield Label(t("park.text"), classes="field-label")
        yield Field("", id="park-text")
        yield Label(t("park.raised_by"), classes="field-label")
        yield OwnerField(
            "",
            self.session.case.owners(),
            id="park-raised-by",
            placeholder=t("park.raised_by_placeholder"),
        )

    def on_mount(self) -> None:
        self.query_one("#park-text", Input).focus()

    @on(OwnerField.PickRequested)
    def _pick(self, event: OwnerField.PickRequested) -> None:
        """↓ in "who raised it": the list of team and family, as in the action form."""
        event.stop()
        from tui.dialogs.owner_pick import pick_into

        pick_into(self.query_one("#park-raised-by", OwnerField), self.session.case.owners())

    def confirm(self) -> None:
        text = self.query_one("#park-text", Input).value
        raised = self.query_one("#park-raised-by", OwnerField)
        raised.take_completion()  # the name shown greyed out is the one meant
        raised_by = raised.value
        try:
            question = self.session.park(text, raised_by)
        except Invalid as problem:
            self.show_problem(problem)
            self.query_one("#park-text", Input).focus()
            return
        self.dismiss(question)
