"""↓ in "Wie doet het?": everyone who can own an action, to choose with the arrows."""

from __future__ import annotations

from textual.app import ComposeResult
from textual.containers import Vertical
from textual.screen import ModalScreen
from textual.widgets import Input, OptionList, Static

from tui.commands import Command, HasCommands
from tui.context import literal, messages

BACK = Command(
    "dismiss(None)", "escape", "cmd.cancel_dialog", "cmd.cancel_dialog.help", priority=False
)


class OwnerPick(HasCommands, ModalScreen[str | None]):
    KEYS = (BACK,)

    def __init__(self, names: list[str], current: str) -> None:
        super().__init__()
        self.names = names
        self.current = current

    def compose(self) -> ComposeResult:
        t = messages(self)
        with Vertical(id="owner-pick", classes="dialog"):
            yield Static(t("action.pick_title"), classes="dialog-title")
            yield OptionList(*(literal(name) for name in self.names), id="owner-list")
            yield Static(t("action.pick_hint"), classes="hint")

    def on_mount(self) -> None:
        options = self.query_one(OptionList)
        if self.current in self.names:
            options.highlighted = self.names.index(self.current)
        options.focus()

    def on_option_list_option_selected(self, event: OptionList.OptionSelected) -> None:
        event.stop()
        self.dismiss(self.names[event.option_index])


def pick_into(field: Input, names: list[str]) -> None:
    """↓ in a name field: the list over the form, the field's name highlighted; the name
    chosen replaces what was typed, the cursor after it (Escape leaves the field alone)."""

    def picked(name: str | None) -> None:
        if name is not None:
            field.value = name
            field.cursor_position = len(name)

    field.app.push_screen(OwnerPick(names, field.value.strip()), picked)
