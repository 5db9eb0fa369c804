"""The calm modal dialog every set-up question uses: a title, a few fields, what is
wrong in sentences, Enter to confirm and Escape to cancel.

Subclasses yield their fields and implement `confirm`; the base does the rest, so every
dialog of the app behaves the same for a chair who works by keyboard alone.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, ClassVar, TypeVar, cast

from textual import on
from textual.actions import SkipAction
from textual.app import ComposeResult
from textual.containers import Horizontal, Vertical
from textual.dom import DOMNode
from textual.screen import ModalScreen, Screen
from textual.widgets import Button, Input, RadioSet, Select, Static, TextArea

from agenda.errors import VliegwielError
from tui.commands import Command, HasCommands
from tui.context import literal, vapp
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


def field_values(screen: DOMNode) -> tuple[object, ...]:
    """What the fields of a form hold now, in order: compared with what they held when
    the form opened, it tells whether anything was typed or chosen."""
    values: list[object] = []
    for widget in screen.query("Input, TextArea, Select, RadioSet"):
        if isinstance(widget, Input):
            values.append(widget.value)
        elif isinstance(widget, TextArea):
            values.append(widget.text)
        elif isinstance(widget, Select):
            values.append(widget.value)
        elif isinstance(widget, RadioSet):
            values.append(widget.pressed_index)
    return tuple(values)


def ask_before_discarding(screen: Screen[Any], discard: Callable[[], object]) -> None:
    """Escape on a form with typed content: ask first, with "keep typing" as the answer
    Enter gives (the cursor starts on it), so a reflex Escape loses nothing."""
    t = vapp(screen).t

    def answered(yes: bool | None) -> None:
        if yes:
            discard()

    question = ConfirmDialog(
        t("form.discard.title"), t("form.discard.body"), "form.discard.yes", focus_confirm=False
    )
    screen.app.push_screen(question, answered)


class KeepsTyping:
    """Mixin for a form screen: remembers its fields as they opened, so Escape can ask
    before throwing typed content away (`typed_something`).

    A plain mixin, not a `Screen`: a second `Screen` base would rank `Screen`'s default
    styles above `ModalScreen`'s and the dialog would lose its centring and dimmed
    background.
    """

    _opened_with: tuple[object, ...] | None = None

    def on_screen_resume(self) -> None:
        if self._opened_with is None:  # the first time: the form as it opened
            self._opened_with = field_values(cast(DOMNode, self))

    def typed_something(self) -> bool:
        return (
            self._opened_with is not None and field_values(cast(DOMNode, self)) != self._opened_with
        )


class Dialog(HasCommands, KeepsTyping, ModalScreen[ResultT]):
    KEYS: ClassVar[tuple[Command, ...]] = (CANCEL,)
    CONFIRM_LABEL = "common.ok"

    def __init__(self) -> None:
        super().__init__()
        self.t = vapp(self).t

    def title_text(self) -> str:
        raise NotImplementedError

    def compose_fields(self) -> ComposeResult:
        raise NotImplementedError

    def confirm(self) -> None:
        """Check the fields; `dismiss` with the result, or `show_problem`."""
        raise NotImplementedError

    def compose(self) -> ComposeResult:
        with Vertical(classes="dialog form-dialog"):
            yield Static(literal(self.title_text()), classes="dialog-title")
            yield from self.compose_fields()
            yield Static("", classes="problems dialog-problems", markup=False)
            with Horizontal(classes="dialog-buttons"):
                yield Button(self.t(self.CONFIRM_LABEL), variant="primary", id="dialog-confirm")
                yield Button(self.t("common.cancel"), id="dialog-cancel")
            yield Static(self.t("dialog.keys"), classes="hint", markup=False)
        yield KeyBar()

    def show_problem(self, error: VliegwielError) -> None:
        self.query_one(".dialog-problems", Static).update(literal(error.explain(self.t)))

    def action_cancel(self) -> None:
        let_open_menu_close(self)
        if self.typed_something():
            ask_before_discarding(self, lambda: self.dismiss(None))
            return
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

    def __init__(self, title: str, body: str, confirm_key: str, focus_confirm: bool = True) -> None:
        super().__init__()
        self._title = title
        self._body = body
        self.CONFIRM_LABEL = confirm_key
        self._focus_confirm = focus_confirm

    def title_text(self) -> str:
        return self._title

    def compose_fields(self) -> ComposeResult:
        yield Static(literal(self._body), classes="dialog-body")

    def on_mount(self) -> None:
        default = "#dialog-confirm" if self._focus_confirm else "#dialog-cancel"
        self.query_one(default, Button).focus()

    def confirm(self) -> None:
        self.dismiss(True)
