"""Carry an action over: after "niet gedaan" or "deels", when does it come back, and who
takes it on? Offered at once, so the team decides it while the action is on the table.
Enter re-plans with what is shown (the next meeting, the same owner); Escape leaves the
action as it stands."""

from __future__ import annotations

from datetime import date

from textual.app import ComposeResult
from textual.widgets import Input, Label, Static

from agenda.actions import Action, same_name
from agenda.dates import Unreadable, field_day, read_day
from agenda.errors import VliegwielError
from tui.dialogs.dialog import Dialog
from tui.widgets.fields import Field
from tui.widgets.owner_field import OwnerField


class ReplanDialog(Dialog[tuple[date | None, str] | None]):
    CONFIRM_LABEL = "replan.yes"

    def __init__(self, action: Action, proposed_due: date, owners: list[str], today: date) -> None:
        super().__init__()
        self.action = action
        self.proposed_due = proposed_due
        self.owners = owners
        self.today = today
        """The meeting's day, from which a typed "vrijdag" is read."""

    def title_text(self) -> str:
        return self.t("replan.title", what=self.action.what)

    def compose_fields(self) -> ComposeResult:
        t = self.t
        yield Static(t("replan.question"), classes="hint", markup=False)
        yield Label(t("action.due"), classes="field-label")
        yield Field(field_day(self.proposed_due), id="replan-due")
        yield Label(t("action.owner"), classes="field-label")
        yield OwnerField(
            self.action.owner,
            self.owners,
            id="replan-owner",
            placeholder=t("action.owner_placeholder"),
        )

    def on_mount(self) -> None:
        self.query_one("#replan-due", Input).focus()

    def confirm(self) -> None:
        owner_field = self.query_one("#replan-owner", OwnerField)
        owner_field.take_completion()
        due = read_day(self.query_one("#replan-due", Input).value, self.today)
        if isinstance(due, Unreadable):
            self.show_problem(VliegwielError("action.bad_due"))
            return
        if not any(same_name(owner, owner_field.value) for owner in self.owners):
            self.show_problem(VliegwielError("replan.unknown_owner", owner=owner_field.value))
            return
        self.dismiss((due, owner_field.value.strip()))
