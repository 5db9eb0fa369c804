"""A list the chair edits by keyboard, with its keys in the footer while it has focus.

Shared by the team list and the course editor: the list's own Enter (choose) is
relabelled to say what it does here, and the highlight stays on the item just changed.
"""

from __future__ import annotations

from textual.widgets import OptionList

from tui.commands import HasCommands, bind_commands
from tui.context import vapp


class EditableList(HasCommands, OptionList):
    def __init__(self, *, id: str | None = None) -> None:
        super().__init__(id=id, markup=False)
        self.t = vapp(self).t
        for command in self.KEYS:
            # Our definition replaces OptionList's own (unlabelled) binding of the key.
            if command.key is not None:
                self._bindings.key_to_bindings.pop(command.key, None)
        bind_commands(self, self.KEYS, self.t)

    def highlight_near(self, index: int | None) -> None:
        """Highlight item `index`, or the nearest one that still exists."""
        if self.option_count:
            self.highlighted = min(max(index or 0, 0), self.option_count - 1)
