"""From a check-in answer to help: a new action, or a helper on one of the member's actions.

"Als er iets wringt: wat is er nodig – hoe kunnen we je helpen?" (the check-in, report
ch. 4) and "Wees nabij: hoe kunnen we je helpen?" (ch. 5.2). An answer said aloud is easily
lost once the round moves on; Ctrl+N on it offers the two things it can become: an
action of its own, or someone to help with an action the member already carries.
"""

from __future__ import annotations

from textual import on
from textual.app import ComposeResult
from textual.containers import Vertical
from textual.screen import ModalScreen
from textual.widgets import OptionList, Static
from textual.widgets.option_list import Option

from agenda.actions import Action
from tui.commands import Command, HasCommands
from tui.context import literal, messages

NEW_ACTION = "new"
"""The option that makes a new action; every other option is an action's id."""

CANCEL = Command("cancel", "escape", "cmd.cancel_dialog", "cmd.cancel_dialog.help")


class HelpOffer(HasCommands, ModalScreen[str | None]):
    """Returns `NEW_ACTION`, the id of the action to name a helper on, or None."""

    KEYS = (CANCEL,)

    def __init__(self, member: str, answer: str, actions: list[Action]) -> None:
        super().__init__()
        self.member = member
        self.answer = answer
        self.actions = actions

    def compose(self) -> ComposeResult:
        t = messages(self)
        with Vertical(classes="dialog", id="help-offer"):
            yield Static(literal(t("help_offer.title", name=self.member)), classes="dialog-title")
            yield Static(literal(f"“{self.answer}”"), classes="help-offer-answer")
            options = [Option(literal(t("help_offer.new", answer=self.answer)), id=NEW_ACTION)]
            options += [
                Option(literal(t("help_offer.helper", what=action.what)), id=action.id)
                for action in self.actions
            ]
            yield OptionList(*options, id="help-offer-options")
            yield Static(t("help_offer.hint"), classes="hint")

    def on_mount(self) -> None:
        self.query_one(OptionList).focus()

    @on(OptionList.OptionSelected)
    def _chosen(self, event: OptionList.OptionSelected) -> None:
        event.stop()
        self.dismiss(event.option_id)

    def action_cancel(self) -> None:
        self.dismiss(None)
