"""The kernteam as a list a chair can edit by keyboard: n adds, Enter edits, Delete removes.

The list owns no case and opens no dialog: it asks the screen with `MemberWanted` and
`RemovalWanted`, takes the answer (`put_member`, `drop_member`) and says what the team
now is with `TeamList.Changed`; the screen that owns the case takes it from there.
"""

from __future__ import annotations

from dataclasses import dataclass

from rich.text import Text
from textual import on
from textual.message import Message
from textual.widgets import OptionList
from textual.widgets.option_list import Option

from agenda.case import TeamMember
from agenda.display import printable
from tui.commands import Command
from tui.widgets.editable_list import EditableList

ADD_MEMBER = Command("add_member", "n", "cmd.add_member", "cmd.add_member.help")
EDIT_MEMBER = Command("select", "enter", "cmd.edit_member", "cmd.edit_member.help")
REMOVE_MEMBER = Command("remove_member", "delete", "cmd.remove_member", "cmd.remove_member.help")


class TeamList(EditableList):
    KEYS = (ADD_MEMBER, EDIT_MEMBER, REMOVE_MEMBER)

    @dataclass
    class Changed(Message):
        team: list[TeamMember]

    @dataclass
    class MemberWanted(Message):
        """Add a member (`index` None) or edit the one at `index`: the screen asks who,
        and answers with `put_member`."""

        team_list: TeamList
        index: int | None

    @dataclass
    class RemovalWanted(Message):
        """Remove the member at `index`: the screen asks first, then calls `drop_member`."""

        team_list: TeamList
        index: int

    def __init__(self, team: list[TeamMember], *, id: str | None = None) -> None:
        self.team = list(team)
        super().__init__(id=id)

    def on_mount(self) -> None:
        self._fill()

    def _fill(self, highlight: int | None = None) -> None:
        t = self.t
        options = []
        for member in self.team:
            line = Text(printable(member.name), style="bold")
            details = [d for d in (member.organisation, t(f"role.{member.role}")) if d]
            line.append(printable("  ·  " + "  ·  ".join(details)))
            if member.task:
                line.append(printable("\n" + member.task), style="italic")
            options.append(Option(line, id=member.id))
        self.set_options(options)
        self.highlight_near(highlight)

    def _set_team(self, team: list[TeamMember], highlight: int | None) -> None:
        self.team = team
        self._fill(highlight)
        self.post_message(self.Changed(list(team)))

    def names_except(self, member: TeamMember | None) -> list[str]:
        """Names a new or edited member may not take: everyone else's."""
        return [m.name for m in self.team if member is None or m.id != member.id]

    def put_member(self, member: TeamMember, index: int | None) -> None:
        """A member added (`index` None) or edited, as the screen's form returned it."""
        team = list(self.team)
        if index is None:
            team.append(member)
        else:
            team[index] = member
        self._set_team(team, len(team) - 1 if index is None else index)

    def drop_member(self, index: int) -> None:
        member = self.team[index]
        self._set_team([m for m in self.team if m.id != member.id], index)

    def action_add_member(self) -> None:
        self.post_message(self.MemberWanted(self, None))

    @on(OptionList.OptionSelected)
    def _edit(self, event: OptionList.OptionSelected) -> None:
        event.stop()
        self.post_message(self.MemberWanted(self, event.option_index))

    def action_remove_member(self) -> None:
        if self.highlighted is not None and self.team:
            self.post_message(self.RemovalWanted(self, self.highlighted))
