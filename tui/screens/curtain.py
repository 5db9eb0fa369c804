"""The privacy curtain (F6): everything blank but the clocks, for a moment when the
chair must look something up while the screen is shared."""

from __future__ import annotations

from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Center, Middle
from textual.screen import ModalScreen
from textual.widgets import Static

from agenda.session import MeetingSession
from tui.context import messages
from tui.widgets.clocks import MeetingClock, StepClock


class CurtainScreen(ModalScreen[None]):
    BINDINGS = [Binding("f6,escape", "dismiss", show=False)]

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
