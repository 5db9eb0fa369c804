"""One kernteam member: name, organisation, seat in the kernteam, role and task in words.

"Rol en taak van ieder is uitgesproken": the task field is there so that the team says,
in its own words, what each member does for the kernteam.
"""

from __future__ import annotations

from collections.abc import Iterable

from pydantic import ValidationError
from rich.text import Text
from textual.app import ComposeResult
from textual.widgets import Input, Label, Select

from agenda.case import KernteamRole, TeamMember
from agenda.case_form import labelled
from agenda.errors import Invalid, validation_problems
from tui.dialogs.dialog import Dialog
from tui.widgets.fields import Field


class MemberForm(Dialog[TeamMember | None]):
    """Add (`member=None`) or edit a member; returns the member, or None when cancelled."""

    def __init__(self, member: TeamMember | None, taken_names: Iterable[str]) -> None:
        super().__init__()
        self.member = member
        self.taken = {n.strip().casefold() for n in taken_names}

    def title_text(self) -> str:
        return self.t("member.title.edit" if self.member else "member.title.new")

    def compose_fields(self) -> ComposeResult:
        t, member = self.t, self.member
        yield Label(t("member.field.name"), classes="field-label")
        yield Field(member.name if member else "", id="member-name")
        yield Label(t("member.field.organisation"), classes="field-label")
        yield Field(member.organisation if member else "", id="member-organisation")
        yield Label(t("member.field.role"), classes="field-label")
        yield Select(
            [(Text(t(f"role.{role}")), role) for role in KernteamRole],
            allow_blank=False,
            value=member.role if member else KernteamRole.OTHER,
            id="member-role",
        )
        yield Label(t("member.field.task"), classes="field-label")
        yield Field(
            member.task if member else "",
            placeholder=t("member.task.placeholder"),
            id="member-task",
        )

    def on_mount(self) -> None:
        self.query_one("#member-name", Input).focus()

    def confirm(self) -> None:
        name = self.query_one("#member-name", Input).value.strip()
        role = self.query_one("#member-role", Select).value
        try:
            member = TeamMember(
                name=name,
                organisation=self.query_one("#member-organisation", Input).value.strip(),
                role=role if isinstance(role, KernteamRole) else KernteamRole.OTHER,
                task=self.query_one("#member-task", Input).value.strip(),
            )
        except ValidationError as error:
            self.show_problem(Invalid(labelled(validation_problems(error), self.t)))
            return
        if name.casefold() in self.taken:
            self.show_problem(Invalid([("invalid.duplicate_member", {"name": name})]))
            return
        if self.member is not None:
            member = member.model_copy(update={"id": self.member.id})
        self.dismiss(member)
