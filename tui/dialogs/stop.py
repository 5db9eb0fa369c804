"""The stop button (stopknop, F9): every clock still, and the report's questions.

"Druk op de stopknop; bij spanning, onrust, ingezogen worden, brandjes blussen, fiksen –
spreek uit aan ieder dat dit mag en zelfs moet!" A short note can be kept; closing the
screen resumes the clocks. The moment appears in the minutes.

Beside the questions stands the team's declaration of intent: a stop is where the team
"spreekt elkaar rustig aan als we van ons afgestemde pad afgaan", and this is that path.
"""

from __future__ import annotations

from textual.app import ComposeResult
from textual.containers import Horizontal, Vertical, VerticalScroll
from textual.screen import ModalScreen
from textual.widgets import Input, Static

from tui.commands import Command, HasCommands
from tui.context import messages
from tui.dialogs.intent import numbered
from tui.widgets.fields import Field

STOP_QUESTIONS = 4
"""The report's questions at the stop button, `stop.q1` … `stop.q4` in the catalogue."""
RESUME = Command("resume", "escape,f9", "cmd.resume", "cmd.resume.help", priority=False)
"""F9 again resumes: the app's stop button is off while the meeting is stopped."""


class StopScreen(HasCommands, ModalScreen[str]):
    KEYS = (RESUME,)

    def __init__(self, intent: list[str] | None = None) -> None:
        super().__init__()
        self.intent = list(intent or [])

    def compose(self) -> ComposeResult:
        t = messages(self)
        with Vertical(id="stop", classes="dialog"):
            yield Static(t("stop.title"), classes="dialog-title")
            with Horizontal(id="stop-body"):
                with Vertical(id="stop-questions"):
                    yield Static(t("stop.allowed"), classes="hint")
                    for number in range(1, STOP_QUESTIONS + 1):
                        yield Static(f"• {t(f'stop.q{number}')}", classes="stop-question")
                    yield Field(id="stop-note", placeholder=t("stop.note"))
                    yield Static(t("stop.resume_hint"), classes="hint")
                if self.intent:
                    with VerticalScroll(id="stop-intent", can_focus=False):
                        yield Static(t("stop.intent"), classes="panel-title")
                        yield Static(numbered(self.intent))

    def on_mount(self) -> None:
        self.query_one("#stop-note", Input).focus()

    def on_input_submitted(self, event: Input.Submitted) -> None:
        event.stop()
        self.action_resume()

    def action_resume(self) -> None:
        self.dismiss(self.query_one("#stop-note", Input).value)
