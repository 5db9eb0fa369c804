"""The short attendance dialog before a meeting: everyone present unless unticked.

Enter confirms from anywhere in the dialog, so starting a meeting is Enter, Enter.
"""

from __future__ import annotations

from dataclasses import dataclass

from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Vertical, VerticalScroll
from textual.screen import ModalScreen
from textual.widgets import Input, Label, Static

from agenda.case import Case
from tui.context import literal, messages
from tui.widgets.fields import Field
from tui.widgets.toggles import Tick


@dataclass(frozen=True)
class Attendance:
    chair: str
    present: list[str]
    absent: list[str]


class AttendanceScreen(ModalScreen[Attendance | None]):
    BINDINGS = [
        Binding("enter", "confirm", priority=True, show=False),
        Binding("escape", "cancel", show=False),
        Binding("down", "app.focus_next", show=False, priority=True),
        Binding("up", "app.focus_previous", show=False, priority=True),
    ]

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
                    label = Text(member.name)
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
