"""Every key of the app, defined once: the same definition feeds the key binding, the
footer, the command palette and the F1 help.

Labels are catalogue keys, resolved in the user's language when a screen is built.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from functools import partial
from typing import TYPE_CHECKING, Any, ClassVar

from textual.app import SystemCommand

from agenda.i18n import Messages

if TYPE_CHECKING:
    from textual.app import App
    from textual.dom import DOMNode
    from textual.screen import Screen
    from textual.widget import Widget


@dataclass(frozen=True)
class Command:
    action: str
    """The action it runs on the node that declares it (`stop_button` → `action_stop_button`)."""
    key: str | None
    """None for commands that live in the palette only."""
    label: str
    """Catalogue key of the short label shown in the footer and the palette."""
    help: str
    """Catalogue key of the sentence shown in the palette and in F1 help."""
    footer: bool = True
    palette: bool = True


HELP = Command("help", "f1", "cmd.help", "cmd.help.help")
QUIT = Command("quit", "ctrl+q", "cmd.quit", "cmd.quit.help")
THEME = Command("toggle_theme", None, "cmd.theme", "cmd.theme.help")
STOP = Command("stop_button", "f9", "cmd.stop", "cmd.stop.help")
"""The stop button is the app's, not the meeting screen's: it must work from inside every
dialog and form of a meeting (a modal screen hides the bindings of the screens below)."""

APP_COMMANDS: tuple[Command, ...] = (HELP, STOP, QUIT, THEME)


class HasCommands:
    """Mixin for screens: declare `KEYS` and they are bound, shown and in the palette."""

    KEYS: ClassVar[tuple[Command, ...]] = ()

    def help_context(self) -> tuple[str, str]:
        """The current step's title and what it is for, for F1 (none outside a meeting)."""
        return "", ""

    def flush(self) -> bool:
        """Save what is unsaved before the app quits; False if that failed."""
        return True

    def can_stop(self) -> bool:
        """Whether F9 (the stop button) may stop the clocks of this screen's meeting now."""
        return False

    def press_stop_button(self) -> None:
        """F9, pressed on this screen or on any dialog above it."""


def bind_commands(node: DOMNode, commands: Iterable[Command], t: Messages) -> None:
    """Bind each command's key on `node`, labelled in the user's language.

    Textual reads `BINDINGS` once per class; our labels depend on the language chosen
    at start-up, so the bindings are added per instance instead. They take priority
    over the focused field: the brief's keys must work everywhere (Textual's TextArea,
    for one, binds F6 and F7 itself).
    """
    for command in commands:
        if command.key is None:
            continue
        node._bindings.bind(
            command.key, command.action, t(command.label), show=command.footer, priority=True
        )


def commands_of(screen: Screen[object]) -> tuple[Command, ...]:
    return getattr(screen, "KEYS", ())


def palette_entries(
    screen: Screen[object], commands: Iterable[Command], t: Messages, target: Widget | App[Any]
) -> Iterable[SystemCommand]:
    """Palette entries for `commands`, run on `target` only when its action is allowed."""
    for command in commands:
        if not command.palette or target.check_action(command.action, ()) is False:
            continue
        shortcut = f" ({key_label(command.key)})" if command.key else ""
        yield SystemCommand(
            f"{t(command.label)}{shortcut}",
            t(command.help),
            partial(target.run_action, command.action),
        )


def key_label(key: str) -> str:
    """How a key is written for people: F9, Ctrl+S."""
    return "+".join(part.capitalize() if len(part) > 1 else part.upper() for part in key.split("+"))
