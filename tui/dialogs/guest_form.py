"""A guest at one meeting: a name and an organisation ("Naam en organisatie", report ch. 1).

Guests take part in the rounds and are named in the minutes; they are not added to the
kernteam (a perspective analysis can do that, with the chair's confirmation).
"""

from __future__ import annotations

from collections.abc import Iterable

from textual.app import ComposeResult
from textual.widgets import Input, Label

from agenda.errors import Invalid
from agenda.meeting import Guest
from tui.dialogs.dialog import Dialog
from tui.widgets.fields import Field


class GuestForm(Dialog[Guest | None]):
    """Returns the guest, or None when cancelled; a name already at the meeting is refused."""

    def __init__(self, taken_names: Iterable[str]) -> None:
        super().__init__()
        self.taken = {name.strip().casefold() for name in taken_names}

    def title_text(self) -> str:
        return self.t("guest.title")

    def compose_fields(self) -> ComposeResult:
        yield Label(self.t("member.field.name"), classes="field-label")
        yield Field(id="guest-name")
        yield Label(self.t("member.field.organisation"), classes="field-label")
        yield Field(id="guest-organisation")

    def on_mount(self) -> None:
        self.query_one("#guest-name", Input).focus()

    def confirm(self) -> None:
        name = " ".join(self.query_one("#guest-name", Input).value.split())
        organisation = self.query_one("#guest-organisation", Input).value.strip()
        if not name:
            self.show_problem(Invalid([("invalid.guest_name", {})]))
            self.query_one("#guest-name", Input).focus()
            return
        if name.casefold() in self.taken:
            self.show_problem(Invalid([("invalid.guest_taken", {"name": name})]))
            self.query_one("#guest-name", Input).focus()
            return
        self.dismiss(Guest(name=name, organisation=organisation))
