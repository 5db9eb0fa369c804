"""Typed access to the running Vliegwiel app from any widget or screen."""

from __future__ import annotations

from typing import TYPE_CHECKING, cast

from rich.text import Text

from agenda.i18n import Messages

if TYPE_CHECKING:
    from textual.dom import DOMNode

    from tui.app import VliegwielApp


def vapp(node: DOMNode) -> VliegwielApp:
    return cast("VliegwielApp", node.app)


def messages(node: DOMNode) -> Messages:
    return vapp(node).t


def literal(text: str) -> Text:
    """User text for display: shown as typed, never parsed as Textual/Rich markup.

    A string handed to `Static` or a `DataTable` cell is read as markup, so `[b]` in a
    note would vanish and `[/]` would crash the screen. Wrap every piece of user text.
    """
    return Text(text)
