"""Asked when an action's owner is nobody the case knows: add them as a family member?

Team members are the kernteam's delegates and are added deliberately when editing the
case; a family member ("oma", "de buurvrouw") often turns up first as the owner of an
action. Asking, instead of adding silently, keeps a typo from becoming a new person.
"""

from __future__ import annotations

from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, Vertical
from textual.screen import ModalScreen
from textual.widgets import Button, Static

from tui.context import literal, messages


class FamilyQuestion(ModalScreen[bool]):
    BINDINGS = [
        Binding("escape", "answer(False)", show=False),
    ]

    def __init__(self, name: str) -> None:
        super().__init__()
        self.name_asked = name

    def compose(self) -> ComposeResult:
        t = messages(self)
        with Vertical(id="family-question", classes="dialog"):
            yield Static(literal(t("action.family_question", name=self.name_asked)))
            with Horizontal(classes="buttons"):
                yield Button(t("action.family_yes"), id="family-yes", variant="primary")
                yield Button(t("action.family_no"), id="family-no")

    def on_mount(self) -> None:
        self.query_one("#family-yes", Button).focus()

    def on_button_pressed(self, event: Button.Pressed) -> None:
        event.stop()
        self.dismiss(event.button.id == "family-yes")

    def action_answer(self, yes: bool) -> None:
        self.dismiss(yes)
