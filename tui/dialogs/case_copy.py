"""A copied case folder on the start screen: keep it as a case of its own, or erase it.

A backup copied back by hand, or a sync program's conflict copy, puts a second folder
with the same case in `cases/`. Both stay readable: the original works as before, and the
copy is listed apart. Enter on the copy asks what to do with it: keep it (a case of its
own, with a new id and an alias that tells it apart), erase it (asked once more), or
leave it as it is for now (Escape).
"""

from __future__ import annotations

from textual import on
from textual.app import ComposeResult
from textual.widgets import Button, Static

from tui.commands import Command
from tui.context import literal
from tui.dialogs.dialog import CANCEL, Dialog

ERASE_COPY = Command("erase_copy", "w", "copy.erase", "copy.erase.help", priority=False)


class CopyChoice(Dialog[str | None]):
    """ "keep", "erase", or None (Escape: nothing changes)."""

    KEYS = (CANCEL, ERASE_COPY)
    CONFIRM_LABEL = "copy.keep"

    def __init__(self, title: str, body: str) -> None:
        super().__init__()
        self._title = title
        self._body = body

    def title_text(self) -> str:
        return self._title

    def compose_fields(self) -> ComposeResult:
        yield Static(literal(self._body), classes="dialog-body")
        yield Button(self.t("copy.erase"), variant="error", id="copy-erase")

    def on_mount(self) -> None:
        self.query_one("#dialog-confirm", Button).focus()

    def confirm(self) -> None:
        self.dismiss("keep")

    def action_erase_copy(self) -> None:
        self.dismiss("erase")

    @on(Button.Pressed, "#copy-erase")
    def _erase_button(self) -> None:
        self.action_erase_copy()
