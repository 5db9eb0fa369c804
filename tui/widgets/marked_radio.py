"""A radio button whose choice shows in its shape, not only in its colour.

Textual's radio button draws the same dot on and off and tells them apart by colour; on
a shared screen (grey-scale projector, colour-blind colleague) that reads as "all on".
This one draws a filled dot when chosen and an empty one when not.
"""

from __future__ import annotations

from textual.content import Content
from textual.widgets import RadioButton

ON, OFF = "●", "○"


class MarkedRadioButton(RadioButton):
    @property
    def _button(self) -> Content:
        self.BUTTON_INNER = ON if self.value else OFF
        return super()._button
