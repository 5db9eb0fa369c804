"""The short attendance dialog before a meeting: everyone present unless unticked.

Enter confirms from anywhere in the dialog, so starting a meeting is Enter, Enter.
"""

from __future__ import annotations

from dataclasses import dataclass

from textual.app import ComposeResult
from textual.containers import Vertical, VerticalScroll
from textual.screen import ModalScreen
from textual.widgets import Input, Label, Static

from agenda.case import Case
from tui.commands import Command, HasCommands
from tui.context import literal, messages
from tui.widgets.fields import Field
from tui.widgets.toggles import Tick


@dataclass(frozen=True)
class Attendance:
    chair: str
    present: list[str]
    absent: list[str]


CONFIRM = Command("confirm", "enter", "cmd.confirm_attendance", "cmd.confirm_attendance.help")
"""Enter starts the meeting from anywhere in the dialog, the chair's field included."""
CANCEL = Command("cancel", "escape", "cmd.cancel_dialog", "cmd.cancel_dialog.help", priority=False)
NEXT_PERSON = Command("app.focus_next", "down", "cmd.next_person", "cmd.next_person.help")
PREVIOUS_PERSON = Command(
    "app.focus_previous", "up", "cmd.previous_person", "cmd.previous_person.help"
)


class AttendanceScreen(HasCommands, ModalScreen[Attendance | None]):
    KEYS = (CONFIRM, CANCEL, NEXT_PERSON, PREVIOUS_PERSON)

    def __init__(
        self, case: Case, title: str, absent: frozenset[str] = frozenset(), chair: str | None = None
    ) -> None:
        super().__init__()
        self.case = case
        self.title_text = title
        self.absent = absent
        default_chair = case.chair()
        self.chair = chair if chair is not None else (default_chair.name if default_chair else "")

    def compose(self) -> ComposeResult:
        t = messages(self)
        with Vertical(id="attendance", classes="dialog"):
            yield Static(literal(self.title_text), classes="dialog-title")
            yield Static(t("attendance.hint"), classes="hint")
            with VerticalScroll(id="attendance-members"):
                for member in self.case.team:
                    label = literal(member.name)
                    label.append(f" – {t(f'role.{member.role.value}')}", style="dim")
                    yield Tick(
                        label, value=member.name not in self.absent, name=member.name, compact=True
                    )
            yield Label(t("attendance.chair"), classes="field-label")
            yield Field(self.chair, id="attendance-chair")

    def on_mount(self) -> None:
        boxes = self.query(Tick)
        if boxes:
            boxes.first().focus()

    def action_confirm(self) -> None:
        present: list[str] = []
        absent: list[str] = []
        for box in self.query(Tick):
            (present if box.value else absent).append(box.name or "")
        chair = self.query_one("#attendance-chair", Input).value.strip()
        self.dismiss(Attendance(chair=chair, present=present, absent=absent))

    def action_cancel(self) -> None:
        self.dismiss(None)
