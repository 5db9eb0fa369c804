"""The keys at the bottom of every screen: the keys that work here, in words.

Textual's `Footer` builds a widget per key and rebuilds them all whenever the focus or
the bindings change, which in a meeting is every step: measured, that was most of the
time an F8 took. The key bar is text, redrawn only when it reads differently, and it
shows the same thing: each key and its label, in a quieter colour when it does nothing
here, and the command palette's key.

A key and its label are never cut: the team reads "F9 Stopknop" off the shared screen,
and "f9 S…" tells nobody anything. What does not fit on one line goes on a second (an
80-column meeting screen has nine keys), each item whole; the palette's key stands at
the right end of the last line when there is room for it, else on a line of its own.
"""

from __future__ import annotations

from rich.text import Text
from textual import events
from textual.screen import Screen
from textual.widgets import Static

from tui.commands import key_display, label_of
from tui.context import vapp
from tui.widgets.quiet import update_changed

GAP = "  "
"""Between two keys."""


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
        padding: 0 1;
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

    def items(self) -> tuple[list[Text], Text | None]:
        """Each key with its label, in reading order; and the palette's key, if any."""
        key_style = self.get_component_rich_style("key-bar--key")
        label_style = self.get_component_rich_style("key-bar--label")
        off_style = self.get_component_rich_style("key-bar--off")
        t = vapp(self).t
        items: list[Text] = []
        palette = None
        shown: set[str] = set()
        actives = self.screen.active_bindings
        for key in sorted(actives, key=_reading_order):
            active = actives[key]
            binding = active.binding
            if key == self.app.COMMAND_PALETTE_BINDING:
                palette = Text.assemble(
                    (key_display(binding), key_style), (f" {t('cmd.palette')}", label_style)
                )
                continue
            if not binding.show or binding.action in shown:
                continue
            shown.add(binding.action)
            key_look, label_look = (key_style, label_style) if active.enabled else (off_style,) * 2
            items.append(
                Text.assemble(
                    (key_display(binding), key_look), (f" {label_of(active, t)}", label_look)
                )
            )
        return items, palette

    def show_keys(self) -> None:
        width = self.content_region.width or self.app.size.width - 2  # before its layout
        items, palette = self.items()
        lines = lay_out(items, palette, width)
        text = Text("\n").join(lines)
        if self.styles.height is None or self.styles.height.cells != len(lines):
            self.styles.height = len(lines)
        update_changed(self, text)


def lay_out(items: list[Text], palette: Text | None, width: int) -> list[Text]:
    """The items over as few lines of `width` as they fit on whole, the palette's key
    at the right end of the last line (or on one of its own)."""
    lines: list[Text] = [Text()]
    for item in items:
        line = lines[-1]
        if line.cell_len and line.cell_len + len(GAP) + item.cell_len > width:
            lines.append(line := Text())
        if line.cell_len:
            line.append(GAP)
        line.append_text(item)
    if palette is not None:
        last = lines[-1]
        gap = width - last.cell_len - palette.cell_len
        if last.cell_len and gap < len(GAP):
            lines.append(last := Text())
            gap = width - palette.cell_len
        last.append(" " * max(0, gap))
        last.append_text(palette)
    return lines


def _reading_order(key: str) -> tuple[int, int]:
    """F1 first (it explains everything else), the other function keys by number, then
    the rest as bound: what is most needed comes first on the first line."""
    if key.startswith("f") and key[1:].isdigit():
        return (0, int(key[1:]))
    return (1, 0)
