"""The case screen's autosave: what the chair typed into a case is on disk within a second.

The case screen used to write only on Ctrl+S, so a crash (a kill, a flat battery) lost
everything typed since. It now saves the way the meeting does, with the same timing
(`agenda.autosave`): half a second after the key behind an edit, and again after a failed
write. What it writes is the case the form makes at that moment; a form that does not
make a valid case yet (an alias emptied to be retyped, "6" on the way to "60") waits for
the next key, and says why only when the chair saves or leaves.
"""

from __future__ import annotations

from collections.abc import Callable

from agenda.autosave import Autosave
from agenda.case import Case
from agenda.clock import TimeSource, system_clock
from agenda.errors import Invalid
from agenda.storage import Store


class CaseRecorder(Autosave):
    def __init__(
        self, store: Store, form: Callable[[], Case], clock: TimeSource = system_clock
    ) -> None:
        super().__init__(clock)
        self._store = store
        self._form = form
        """The case the form makes now; raises `Invalid` when it makes none."""
        self.saved: Case | None = None
        """The case as this recorder last wrote it; None: nothing written yet."""

    def write(self) -> None:
        try:
            case = self._form()
        except Invalid:
            return  # half typed: the next key makes it due again
        if case != self.saved:
            self._store.save_case(case)
            self.saved = case
