"""The privacy curtain (F6): everything blank but the clocks, for a moment when the
chair must look something up while the screen is shared."""

from __future__ import annotations

from textual.app import ComposeResult
from textual.containers import Center, Middle
from textual.screen import ModalScreen
from textual.widgets import Static

from agenda.session import MeetingSession
from tui.commands import Command, HasCommands
from tui.context import messages
from tui.widgets.clocks import MeetingClock, StepClock

OPEN_CURTAIN = Command(
    "dismiss", "f6,escape", "cmd.open_curtain", "cmd.open_curtain.help", priority=False
)


class CurtainScreen(HasCommands, ModalScreen[None]):
    KEYS = (OPEN_CURTAIN,)

    def __init__(self, session: MeetingSession) -> None:
        super().__init__()
        self.session = session

    def on_mount(self) -> None:
        self.show_clocks()

    def compose(self) -> ComposeResult:
        with Middle(), Center():
            yield StepClock(id="curtain-step-clock")
            yield MeetingClock(id="curtain-meeting-clock")
            yield Static(messages(self)("curtain.hint"), classes="hint")

    def show_clocks(self) -> None:
        """Called on every clock refresh of the meeting screen underneath."""
        session, t = self.session, messages(self)
        self.query_one(StepClock).show(session.step_countdown(), session.step_clock_running, t)
        self.query_one(MeetingClock).show(session.meeting_clock(), t)
