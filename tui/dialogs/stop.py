"""The stop button (stopknop, F9): every clock still, and the report's questions.

"Druk op de stopknop; bij spanning, onrust, ingezogen worden, brandjes blussen, fiksen –
spreek uit aan ieder dat dit mag en zelfs moet!" A short note can be kept; closing the
screen resumes the clocks. The moment appears in the minutes.

Beside the questions stands the team's declaration of intent: a stop is where the team
"spreekt elkaar rustig aan als we van ons afgestemde pad afgaan", and this is that path.
Below `SIDE_BY_SIDE` columns there is no room beside them (the note must stay in view),
so the intent shows as its commitments' names on one line under the questions.
"""

from __future__ import annotations

from textual import events
from textual.app import ComposeResult
from textual.containers import Horizontal, Vertical, VerticalScroll
from textual.screen import ModalScreen
from textual.widgets import Input, Static

from tui.commands import Command, HasCommands
from tui.context import literal, messages
from tui.dialogs.intent import numbered
from tui.widgets.fields import Field

STOP_QUESTIONS = 4
"""The report's questions at the stop button, `stop.q1` … `stop.q4` in the catalogue."""
SIDE_BY_SIDE = 100
"""From this many columns the intent stands in full beside the questions."""
NAME_LENGTH = 40
"""A commitment's name is what stands before its colon, when that is this short."""
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
                    if self.intent:
                        names = " · ".join(commitment_name(item) for item in self.intent)
                        yield Static(
                            literal(t("stop.intent_short", names=names)), id="stop-intent-short"
                        )
                    yield Field(id="stop-note", placeholder=t("stop.note"))
                    yield Static(t("stop.resume_hint"), classes="hint")
                if self.intent:
                    with VerticalScroll(id="stop-intent", can_focus=False):
                        yield Static(t("stop.intent"), classes="panel-title")
                        yield Static(numbered(self.intent))

    def on_mount(self) -> None:
        self._fit(self.app.size.width)
        self.query_one("#stop-note", Input).focus()

    def on_resize(self, event: events.Resize) -> None:
        self._fit(event.size.width)

    def _fit(self, width: int) -> None:
        """The intent in full beside the questions, or its names under them."""
        wide = width >= SIDE_BY_SIDE
        for found in self.query("#stop-intent"):
            found.display = wide
        for found in self.query("#stop-intent-short"):
            found.display = not wide

    def on_input_submitted(self, event: Input.Submitted) -> None:
        event.stop()
        self.action_resume()

    def action_resume(self) -> None:
        self.dismiss(self.query_one("#stop-note", Input).value)


def commitment_name(commitment: str) -> str:
    """ "Koers: ‘Onze koers is …’" → "Koers"; a commitment without such a name, its start."""
    name, colon, _ = commitment.partition(":")
    if colon and len(name.strip()) <= NAME_LENGTH:
        return name.strip()
    words = commitment.split()
    return " ".join(words[:5]) + ("…" if len(words) > 5 else "")
