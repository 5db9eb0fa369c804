"""What the team promised each other, and who does what in it, during the meeting.

"We spreken elkaar rustig aan als we van ons afgestemde pad afgaan" needs something to
point to: this screen (Ctrl+G) shows the kernteam's assignment, its declaration of
intent, the commitment in attitude and behaviour towards the family, and every member's
seat and "rol en taak" (report ch. 4: "Rol en taak van ieder is uitgesproken"), with who
is here today and the guests. It changes nothing; Escape or Ctrl+G returns.
"""

from __future__ import annotations

from rich.table import Table
from rich.text import Text
from textual.app import ComposeResult
from textual.containers import Vertical, VerticalScroll
from textual.screen import ModalScreen
from textual.widgets import Static

from agenda.i18n import Messages
from agenda.session import MeetingSession
from tui.commands import Command, HasCommands
from tui.context import harmless, literal, messages
from tui.widgets.key_bar import KeyBar

CLOSE_INTENT = Command("back", "escape", "cmd.back", "cmd.back.help")
AGAIN = Command("show_intent", "ctrl+g", "cmd.intent", "cmd.intent.help", footer=False)
"""Ctrl+G again closes it: the one meaning of the chord is "the intent and roles"."""


def numbered(items: list[str]) -> Text:
    """Items as a numbered list, each on its own lines."""
    text = Text()
    for number, item in enumerate(items, start=1):
        if number > 1:
            text.append("\n")
        text.append(f"{number}. ", style="bold")
        text.append(item)
    return harmless(text)


class IntentScreen(HasCommands, ModalScreen[None]):
    KEYS = (CLOSE_INTENT, AGAIN)

    def __init__(self, session: MeetingSession) -> None:
        super().__init__()
        self.session = session

    def compose(self) -> ComposeResult:
        t, case = messages(self), self.session.case
        with Vertical(classes="dialog wide", id="intent-screen"):
            yield Static(
                literal(t("intent_screen.title", alias=case.alias)), classes="dialog-title"
            )
            with VerticalScroll(id="intent-body", can_focus=True):
                if case.mission.strip():
                    yield Static(t("intent_screen.mission"), classes="section")
                    yield Static(literal(case.mission), classes="intent-text")
                yield Static(t("case.section.intent"), classes="section")
                yield Static(
                    numbered(case.intent) if case.intent else t("intent_screen.none"),
                    classes="intent-text",
                )
                yield Static(t("case.section.commitment"), classes="section")
                yield Static(
                    numbered(case.commitment) if case.commitment else t("intent_screen.none"),
                    classes="intent-text",
                )
                yield Static(t("intent_screen.roles"), classes="section")
                yield Static(self.roles(t), id="intent-roles")
            yield Static(t("intent_screen.hint"), classes="hint")
        yield KeyBar()

    def roles(self, t: Messages) -> Table:
        """Every member's seat and task in words, who is here, and the guests."""
        meeting = self.session.meeting
        table = Table(box=None, padding=(0, 1), expand=True, show_edge=False)
        for key in (
            "member.field.name",
            "intent_screen.col.role",
            "member.field.task",
            "intent_screen.col.here",
        ):
            table.add_column(Text(t(key), style="bold"), ratio=2 if key.endswith("task") else 1)
        for member in self.session.case.team:
            here = member.name in meeting.present
            role = t(f"role.{member.role.value}")
            seat = f"{role}, {member.organisation}" if member.organisation.strip() else role
            table.add_row(
                literal(member.name),
                literal(seat),
                literal(member.task),
                Text(t("intent_screen.here") if here else t("intent_screen.away")),
            )
        for guest in meeting.guests:
            seat = t("attendance.guest")
            if guest.organisation.strip():
                seat = f"{seat}, {guest.organisation}"
            table.add_row(
                literal(guest.name), literal(seat), Text(""), Text(t("intent_screen.here"))
            )
        return table

    def on_mount(self) -> None:
        self.query_one("#intent-body").focus()

    def action_back(self) -> None:
        self.dismiss(None)

    def action_show_intent(self) -> None:
        self.dismiss(None)
