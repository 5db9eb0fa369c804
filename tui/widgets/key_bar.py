"""The line of keys at the bottom of every screen: the keys that work here, in words.

Textual's `Footer` builds a widget per key and rebuilds them all whenever the focus or
the bindings change, which in a meeting is every step: measured, that was most of the
time an F8 took. The key bar is one line of text, redrawn only when it reads
differently, and it shows the same thing: each key and its label, dimmed when it does
nothing here, and (where there is room) the command palette's key on the right.
"""

from __future__ import annotations

from rich.text import Text
from textual import events
from textual.screen import Screen
from textual.widgets import Static

from tui.commands import label_of
from tui.context import vapp
from tui.widgets.quiet import update_changed

PALETTE_FROM = 120
"""From this many columns there is room for the palette's key beside the brief's keys."""


class KeyBar(Static):
    COMPONENT_CLASSES = {"key-bar--key", "key-bar--label", "key-bar--off"}

    DEFAULT_CSS = """
    KeyBar {
        dock: bottom;
        height: 1;
        width: 1fr;
        background: $footer-background;
        color: $footer-foreground;
        text-wrap: nowrap;
        text-overflow: ellipsis;
    }
    KeyBar > .key-bar--key {
        color: $footer-key-foreground;
        text-style: bold;
    }
    KeyBar > .key-bar--label {
        color: $footer-description-foreground;
    }
    KeyBar > .key-bar--off {
        color: $text-disabled;
    }
    """

    def on_mount(self) -> None:
        self.screen.bindings_updated_signal.subscribe(self, self._bindings_changed)
        self.show_keys()

    def on_resize(self, _: events.Resize) -> None:
        self.show_keys()

    def _bindings_changed(self, screen: Screen[object]) -> None:
        if screen is self.screen:
            self.show_keys()

    def show_keys(self) -> None:
        key_style = self.get_component_rich_style("key-bar--key")
        label_style = self.get_component_rich_style("key-bar--label")
        off_style = self.get_component_rich_style("key-bar--off")
        t = vapp(self).t
        text = Text(no_wrap=True, overflow="ellipsis")
        palette = None
        shown: set[str] = set()
        actives = self.screen.active_bindings
        for key in sorted(actives, key=_reading_order):
            active = actives[key]
            binding = active.binding
            if key == self.app.COMMAND_PALETTE_BINDING:
                palette = active
                continue
            if not binding.show or binding.action in shown:
                continue
            shown.add(binding.action)
            key_look, label_look = (key_style, label_style) if active.enabled else (off_style,) * 2
            text.append(self.app.get_key_display(binding), key_look)
            text.append(f" {label_of(active, t)}  ", label_look)
        if palette is not None and self.size.width >= PALETTE_FROM:
            hint = Text.assemble(
                (self.app.get_key_display(palette.binding), key_style),
                (f" {label_of(palette, t)}", label_style),
            )
            gap = self.size.width - text.cell_len - hint.cell_len - 1
            if gap > 0:
                text.append(" " * gap)
                text.append_text(hint)
        update_changed(self, text)


def _reading_order(key: str) -> tuple[int, int]:
    """F1 first (it explains everything else), the other function keys by number, then
    the rest as bound: on a narrow terminal what is cut off is the least needed."""
    if key.startswith("f") and key[1:].isdigit():
        return (0, int(key[1:]))
    return (1, 0)
