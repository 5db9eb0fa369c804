"""Choices whose state shows in their shape, not only in colour.

Textual draws on and off with the same glyph in two colours; in a compressed video call
or for a colour-blind participant they look alike. Here a chosen option reads ● and an
open one ○; a ticked box reads ✓ and an empty one stays blank.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import ClassVar

from rich.cells import cell_len
from rich.text import Text
from textual.content import Content
from textual.events import Click
from textual.message import Message
from textual.reactive import reactive
from textual.widget import Widget
from textual.widgets import Checkbox, RadioButton

from agenda.display import printable
from tui.commands import HasKeys, control

GAP = "  "


class Choice(RadioButton):
    def render(self) -> Content:
        # The button's inside is drawn from `BUTTON_INNER` at each render; a change of
        # value redraws the button.
        self.BUTTON_INNER = "●" if self.value else "○"
        return super().render()


class Tick(Checkbox):
    def render(self) -> Content:
        self.BUTTON_INNER = "✓" if self.value else " "
        return super().render()


class Choices(HasKeys, Widget, can_focus=True):
    """One line of options of which one (or none yet) is chosen: `● ja  ○ er wringt iets`.

    For the choices repeated down a step (seated in every member's row, the status of
    every course point): one widget where a `RadioSet` is one per option plus the set,
    so a step has half the widgets to lay out and draw at each F7/F8. The keys are a
    `RadioSet`'s: the arrows move the cursor, Enter or space chooses; a click chooses.
    """

    KEYS = (
        control("move(-1)", "left,up"),
        control("move(1)", "right,down"),
        control("choose", "enter,space"),
    )
    COMPONENT_CLASSES: ClassVar[set[str]] = {"choices--cursor", "choices--chosen"}
    DEFAULT_CSS = """
    Choices {
        width: auto;
        height: 1;
    }
    Choices > .choices--chosen {
        text-style: bold underline;
    }
    Choices:focus > .choices--cursor {
        background: $block-cursor-background;
        color: $block-cursor-foreground;
        text-style: $block-cursor-text-style;
    }
    """

    cursor: reactive[int] = reactive(0)

    class Changed(Message):
        """An option was chosen."""

        def __init__(self, choices: Choices, index: int) -> None:
            super().__init__()
            self.choices = choices
            self.index = index

        @property
        def control(self) -> Choices:
            return self.choices

    def __init__(
        self, options: Sequence[str], chosen: int | None = None, *, classes: str | None = None
    ) -> None:
        super().__init__(classes=classes)
        self.options = list(options)
        self.chosen = chosen
        self.set_reactive(Choices.cursor, chosen or 0)

    def render(self) -> Text:
        chosen_style = self.get_component_rich_style("choices--chosen", partial=True)
        # In full: the cursor's text colour is "auto", worked out against its background.
        cursor_style = self.get_component_rich_style("choices--cursor")
        line = Text(no_wrap=True, end="")
        for index, option in enumerate(self.options):
            if index:
                line.append(GAP)
            style = chosen_style if index == self.chosen else None
            if self.has_focus and index == self.cursor:
                style = cursor_style + chosen_style if style else cursor_style
            line.append(printable(f"{'●' if index == self.chosen else '○'} {option}"), style)
        return line

    def get_content_width(self, container: object, viewport: object) -> int:
        return sum(cell_len(o) + 2 for o in self.options) + len(GAP) * (len(self.options) - 1)

    def on_focus(self) -> None:
        self.refresh()

    def on_blur(self) -> None:
        self.refresh()

    def watch_cursor(self) -> None:
        self.refresh()

    def action_move(self, step: int) -> None:
        self.cursor = (self.cursor + step) % len(self.options)

    def action_choose(self) -> None:
        self.choose(self.cursor)

    def choose(self, index: int) -> None:
        self.cursor = index
        if index != self.chosen:
            self.chosen = index
            self.refresh()
            self.post_message(self.Changed(self, index))

    def on_click(self, event: Click) -> None:
        left = 0
        for index, option in enumerate(self.options):
            right = left + cell_len(option) + 2
            if left <= event.x < right:
                self.choose(index)
                return
            left = right + len(GAP)
