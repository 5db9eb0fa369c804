"""Radio buttons and checkboxes whose state shows in their shape, not only in colour.

Textual draws on and off with the same glyph in two colours; in a compressed video call
or for a colour-blind participant they look alike. Here a chosen option reads ● and an
open one ○; a ticked box reads ✓ and an empty one stays blank.
"""

from __future__ import annotations

from textual.content import Content
from textual.widgets import Checkbox, RadioButton


class Choice(RadioButton):
    @property
    def _button(self) -> Content:
        self.BUTTON_INNER = "●" if self.value else "○"
        return super()._button


class Tick(Checkbox):
    @property
    def _button(self) -> Content:
        self.BUTTON_INNER = "✓" if self.value else " "
        return super()._button
