"""Every key of the app, defined once: the same definition feeds the key binding, the
key bar, the command palette and the F1 help.

A class declares its keys as `KEYS`, a tuple of `Command`s; `HasKeys` turns them into the
class's `BINDINGS` when the class is made, the way Textual reads every binding. Screens,
dialogs, step views and widgets all do it the same way, so no key is bound anywhere else.

A binding's description holds the catalogue key of the command's label, not the label
itself: the language is chosen at start-up, after the classes exist, so the label is
looked up where it is shown (`label_of`).

The keys, so that none is taken twice (tests/test_commands.py checks the chords):
F1 help · F2 course panel · F3 board · F4 close the meeting (and, correcting a closed
meeting, make its minutes final) · F5 step clock · F6 curtain · F7/F8 steps · F9 stop
button · Ctrl+S save · Ctrl+K change the course · Ctrl+P palette ·
Ctrl+Q quit · Ctrl+T a minute more · Ctrl+L borrow a minute · Ctrl+R re-plan what is left ·
Ctrl+B record a decision · Ctrl+O park for the content team · Ctrl+G intent and roles ·
Ctrl+N an action from what is under the cursor (an off-course point, a check-in answer).
Text fields keep Ctrl+A/E/D/K/U/W/X/C/V/Y/Z (Ctrl+K is taken from them on purpose);
Ctrl+H, I, J and M are Backspace, Tab and Enter.

The one kind of key declared but not listed in F1 or the palette is a control's own
movement (`control`): the arrows, Enter and Space inside a row of choices, as inside
Textual's own radio buttons, are how that control is used, not something to look up.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from functools import partial
from typing import TYPE_CHECKING, Any, ClassVar

from textual.app import SystemCommand
from textual.binding import ActiveBinding, Binding, BindingType
from textual.widget import Widget

from agenda.i18n import Messages

if TYPE_CHECKING:
    from textual.app import App
    from textual.screen import Screen

    Target = Widget | App[Any]
    """Where a command runs: the screen or widget that declares it, or the app."""


@dataclass(frozen=True)
class Command:
    action: str
    """The action it runs on the node that declares it (`stop_button` → `action_stop_button`)."""
    key: str | None
    """The key (or keys, comma-separated: `escape,f9`); None for the palette only."""
    label: str
    """Catalogue key of the short label shown in the key bar and the palette."""
    help: str
    """Catalogue key of the sentence shown in the palette and in F1 help."""
    footer: bool = True
    palette: bool = True
    listed: bool = True
    """Shown in F1 (and, with `palette`, in the palette)."""
    priority: bool = True
    """Before the focused field: the brief's keys work everywhere (Textual's TextArea, for
    one, binds F6 and F7 itself). False for keys that are text in a field (`n`, a digit)."""

    def bindings(self) -> list[Binding]:
        if self.key is None:
            return []
        return [
            Binding(key, self.action, self.label, show=self.footer, priority=self.priority)
            for key in self.key.split(",")
        ]


def control(action: str, key: str) -> Command:
    """A control's own movement: bound like every key, not listed (see the module)."""
    return Command(action, key, "", "", footer=False, palette=False, listed=False, priority=False)


HELP = Command("help", "f1", "cmd.help", "cmd.help.help")
QUIT = Command("quit", "ctrl+q", "cmd.quit", "cmd.quit.help", footer=False)
"""In F1 and the palette; the key bar keeps its room for the meeting's keys."""
THEME = Command("toggle_theme", None, "cmd.theme", "cmd.theme.help")
STOP = Command("stop_button", "f9", "cmd.stop", "cmd.stop.help")
"""The stop button is the app's, not the meeting screen's: it must work from inside every
dialog and form of a meeting (a modal screen hides the bindings of the screens below)."""

APP_COMMANDS: tuple[Command, ...] = (HELP, STOP, QUIT, THEME)


class HasKeys:
    """Mixin for any screen or widget: declare `KEYS` and they become its `BINDINGS`."""

    KEYS: ClassVar[tuple[Command, ...]] = ()
    BINDINGS: ClassVar[list[BindingType]]

    def __init_subclass__(cls, **kwargs: Any) -> None:
        # Before Textual's own `__init_subclass__` (next in line) merges the bindings.
        if "KEYS" in cls.__dict__:
            own: list[BindingType] = list(cls.__dict__.get("BINDINGS", []))
            cls.BINDINGS = [*own, *(b for c in cls.KEYS for b in c.bindings())]
        super().__init_subclass__(**kwargs)


class HasCommands(HasKeys):
    """Mixin for screens: keys, plus what the app asks of a screen (F1, quit, F9)."""

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


def commands_of(node: object) -> tuple[Command, ...]:
    """The commands a node (or a class) declares, in order, its bases' included (a
    subclass's command on the same key replaces the base's, as its binding does)."""
    slots: dict[str, Command] = {}
    for cls in reversed((node if isinstance(node, type) else type(node)).__mro__):
        for command in cls.__dict__.get("KEYS", ()):
            slots[command.key or f"palette:{command.action}"] = command
    return tuple(slots.values())


def _displayed(node: Widget) -> bool:
    return all(n.display for n in (node, *node.ancestors))


def commands_here(screen: Screen[Any]) -> list[tuple[Command, Target]]:
    """Every listed command of a screen and of the widgets shown on it, each with the
    node it runs on: the screen's own first, then those of the widget with the cursor
    (and its parents), then those of every other widget on screen. A step view that is
    not shown (the meeting keeps them built) contributes nothing."""
    nodes: list[Widget] = [screen]
    focused = screen.focused
    if focused is not None:
        nodes.extend(n for n in focused.ancestors_with_self if isinstance(n, Widget))
    nodes.extend(screen.query("*"))
    found: list[tuple[Command, Target]] = []
    seen: set[Command] = set()
    for node in nodes:
        if node is not screen and not _displayed(node):
            continue
        for command in commands_of(node):
            if command.listed and command not in seen:
                seen.add(command)
                found.append((command, node))
    return found


def label_of(active: ActiveBinding, t: Messages) -> str:
    """A key's label in the key bar: its command's, in the user's language (a binding
    of Textual's own keeps its description)."""
    for command in commands_of(active.node):
        if command.action == active.binding.action and command.label:
            return t(command.label)
    return active.binding.description


def palette_entries(
    commands: Iterable[tuple[Command, Target]], t: Messages
) -> Iterator[SystemCommand]:
    """Palette entries for `commands`, each run on its node while its action is allowed."""
    for command, node in commands:
        if not command.palette or node.check_action(command.action, ()) is False:
            continue
        shortcut = f" ({key_label(command.key)})" if command.key else ""
        yield SystemCommand(
            f"{t(command.label)}{shortcut}",
            t(command.help),
            partial(node.run_action, command.action),
        )


def key_label(key: str) -> str:
    """How a key is written for people: F9, Ctrl+S, Escape/F9."""
    return "/".join(
        "+".join(part.capitalize() if len(part) > 1 else part.upper() for part in one.split("+"))
        for one in key.split(",")
    )
