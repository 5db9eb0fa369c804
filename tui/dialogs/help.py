"""F1: every key that works here, and what the current step is for."""

from __future__ import annotations

from rich.text import Text
from textual.app import ComposeResult
from textual.containers import VerticalScroll
from textual.screen import ModalScreen
from textual.widgets import Static

from agenda.display import printable
from tui.commands import Command, HasCommands, key_label
from tui.context import messages

CLOSE_HELP = Command(
    "dismiss", "escape,f1,enter", "cmd.close_help", "cmd.close_help.help", priority=False
)


class HelpScreen(HasCommands, ModalScreen[None]):
    KEYS = (CLOSE_HELP,)

    def __init__(
        self, commands: tuple[Command, ...], step_title: str = "", purpose: str = ""
    ) -> None:
        """`commands`: every command that works where F1 was pressed."""
        super().__init__()
        self.commands = commands
        self.step_title = step_title
        self.purpose = purpose

    def compose(self) -> ComposeResult:
        t = messages(self)
        with VerticalScroll(id="help", classes="dialog"):
            yield Static(t("help.title"), classes="dialog-title")
            if self.purpose:
                text = Text()
                text.append(printable(t("help.step", title=self.step_title)), style="bold")
                text.append(printable(f"\n{self.purpose}"))
                yield Static(text, id="help-step")
            keys = Text()
            for command in self.commands:
                # No key of its own: found through the palette, which the last line names.
                shortcut = key_label(command.key) if command.key else t("help.palette_only")
                keys.append(f"{shortcut:>8}  ", style="bold")
                keys.append(f"{t(command.label)} – {t(command.help)}\n")
            keys.append(f"{key_label('ctrl+p'):>8}  ", style="bold")
            keys.append(t("help.palette"))
            yield Static(keys, id="help-keys")
            yield Static(t("help.close"), classes="hint")
