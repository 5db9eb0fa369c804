"""The kernteam as a list a chair can edit by keyboard: n adds, Enter edits, Delete removes.

The list owns no case; it edits a list of members and says so with `TeamList.Changed`,
and the screen that owns the case takes it from there.
"""

from __future__ import annotations

from dataclasses import dataclass

from rich.text import Text
from textual import on
from textual.message import Message
from textual.widgets import OptionList
from textual.widgets.option_list import Option

from agenda.case import TeamMember
from tui.commands import Command
from tui.screens.dialog import ConfirmDialog
from tui.screens.member_form import MemberForm
from tui.widgets.editable_list import EditableList

ADD_MEMBER = Command("add_member", "n", "cmd.add_member", "cmd.add_member.help")
EDIT_MEMBER = Command("select", "enter", "cmd.edit_member", "cmd.edit_member.help")
REMOVE_MEMBER = Command("remove_member", "delete", "cmd.remove_member", "cmd.remove_member.help")


class TeamList(EditableList):
    KEYS = (ADD_MEMBER, EDIT_MEMBER, REMOVE_MEMBER)

    @dataclass
    class Changed(Message):
        team: list[TeamMember]

    def __init__(self, team: list[TeamMember], *, id: str | None = None) -> None:
        self.team = list(team)
        super().__init__(id=id)

    def on_mount(self) -> None:
        self._fill()

    def _fill(self, highlight: int | None = None) -> None:
        t = self.t
        options = []
        for member in self.team:
            line = Text(member.name, style="bold")
            details = [d for d in (member.organisation, t(f"role.{member.role}")) if d]
            line.append("  ·  " + "  ·  ".join(details))
            if member.task:
                line.append("\n" + member.task, style="italic")
            options.append(Option(line, id=member.id))
        self.set_options(options)
        self.highlight_near(highlight)

    def _set_team(self, team: list[TeamMember], highlight: int | None) -> None:
        self.team = team
        self._fill(highlight)
        self.post_message(self.Changed(list(team)))

    def _names_except(self, member_id: str | None) -> list[str]:
        return [m.name for m in self.team if m.id != member_id]

    def action_add_member(self) -> None:
        def added(member: TeamMember | None) -> None:
            if member is not None:
                self._set_team([*self.team, member], len(self.team))

        self.app.push_screen(MemberForm(None, self._names_except(None)), added)

    @on(OptionList.OptionSelected)
    def _edit(self, event: OptionList.OptionSelected) -> None:
        event.stop()
        index = event.option_index
        current = self.team[index]

        def edited(member: TeamMember | None) -> None:
            if member is not None:
                team = list(self.team)
                team[index] = member
                self._set_team(team, index)

        self.app.push_screen(MemberForm(current, self._names_except(current.id)), edited)

    def action_remove_member(self) -> None:
        index = self.highlighted
        if index is None or not self.team:
            return
        member = self.team[index]

        def confirmed(yes: bool | None) -> None:
            if yes:
                self._set_team([m for m in self.team if m.id != member.id], index)

        question = ConfirmDialog(
            self.t("case.remove_member.title", name=member.name),
            self.t("case.remove_member.body"),
            "case.remove_member.yes",
        )
        self.app.push_screen(question, confirmed)
