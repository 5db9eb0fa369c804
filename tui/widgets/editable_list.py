"""A list the chair edits by keyboard, with its keys in the footer while it has focus.

Shared by the team list and the course editor: their `KEYS` give the list's own Enter
(choose) a label that says what it does here (a binding on the same key replaces
`OptionList`'s), and the highlight stays on the item just changed.
"""

from __future__ import annotations

from textual.widgets import OptionList

from tui.commands import HasKeys
from tui.context import vapp


class EditableList(HasKeys, OptionList):
    def __init__(self, *, id: str | None = None) -> None:
        super().__init__(id=id, markup=False)
        self.t = vapp(self).t

    def highlight_near(self, index: int | None) -> None:
        """Highlight item `index`, or the nearest one that still exists."""
        if self.option_count:
            self.highlighted = min(max(index or 0, 0), self.option_count - 1)
