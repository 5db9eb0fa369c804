"""The calm modal dialog every set-up question uses: a title, a few fields, what is
wrong in sentences, Enter to confirm and Escape to cancel.

Subclasses yield their fields and implement `confirm`; the base does the rest, so every
dialog of the app behaves the same for a chair who works by keyboard alone.
"""

from __future__ import annotations

from typing import TypeVar

from textual import on
from textual.actions import SkipAction
from textual.app import ComposeResult
from textual.containers import Horizontal, Vertical
from textual.dom import DOMNode
from textual.screen import ModalScreen
from textual.widgets import Button, Input, Select, Static

from agenda.errors import VliegwielError
from tui.commands import Command, HasCommands, bind_commands
from tui.context import vapp
from tui.widgets.key_bar import KeyBar

ResultT = TypeVar("ResultT")


def let_open_menu_close(screen: DOMNode) -> None:
    """Escape closes an open drop-down list first, not the whole screen.

    Our keys take priority over the focused widget; skipping the action lets the key
    reach the list's own Escape.
    """
    if any(select.expanded for select in screen.query(Select)):
        raise SkipAction()


CANCEL = Command("cancel", "escape", "cmd.cancel_dialog", "cmd.cancel_dialog.help")


class Dialog(HasCommands, ModalScreen[ResultT]):
    KEYS = (CANCEL,)
    CONFIRM_LABEL = "common.ok"

    def __init__(self) -> None:
        super().__init__()
        self.t = vapp(self).t
        bind_commands(self, self.KEYS, self.t)

    def title_text(self) -> str:
        raise NotImplementedError

    def compose_fields(self) -> ComposeResult:
        raise NotImplementedError

    def confirm(self) -> None:
        """Check the fields; `dismiss` with the result, or `show_problem`."""
        raise NotImplementedError

    def compose(self) -> ComposeResult:
        with Vertical(classes="dialog form-dialog"):
            yield Static(self.title_text(), classes="dialog-title", markup=False)
            yield from self.compose_fields()
            yield Static("", classes="problems dialog-problems", markup=False)
            with Horizontal(classes="dialog-buttons"):
                yield Button(self.t(self.CONFIRM_LABEL), variant="primary", id="dialog-confirm")
                yield Button(self.t("common.cancel"), id="dialog-cancel")
            yield Static(self.t("dialog.keys"), classes="hint", markup=False)
        yield KeyBar()

    def show_problem(self, error: VliegwielError) -> None:
        self.query_one(".dialog-problems", Static).update(error.explain(self.t))

    def action_cancel(self) -> None:
        let_open_menu_close(self)
        self.dismiss(None)

    @on(Input.Submitted)
    def _enter(self, event: Input.Submitted) -> None:
        event.stop()
        self.confirm()

    @on(Button.Pressed, "#dialog-confirm")
    def _confirm_button(self) -> None:
        self.confirm()

    @on(Button.Pressed, "#dialog-cancel")
    def _cancel_button(self) -> None:
        self.action_cancel()


class ConfirmDialog(Dialog[bool | None]):
    """A yes/no question (texts, and the catalogue key of the confirm button's label);
    True when confirmed, None when cancelled."""

    def __init__(self, title: str, body: str, confirm_key: str) -> None:
        super().__init__()
        self._title = title
        self._body = body
        self.CONFIRM_LABEL = confirm_key

    def title_text(self) -> str:
        return self._title

    def compose_fields(self) -> ComposeResult:
        yield Static(self._body, classes="dialog-body", markup=False)

    def on_mount(self) -> None:
        self.query_one("#dialog-confirm", Button).focus()

    def confirm(self) -> None:
        self.dismiss(True)
