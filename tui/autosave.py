"""A screen drives its autosave (`agenda.autosave.Autosave`): the one timer per screen.

The autosave asks to be called back when a save falls due (`wake`); the screen sets a
timer for that moment, replacing the one before, and tells it when the key behind an edit
was typed (the app stamps each key). The meeting screen and the case screen both do it
here, so there is one way a screen's edits reach the disk.
"""

from __future__ import annotations

from typing import Any

from textual.screen import Screen
from textual.timer import Timer

from agenda.autosave import Autosave, Reporter
from tui.context import vapp


def drive(screen: Screen[Any], autosave: Autosave, report: Reporter) -> None:
    timer: list[Timer] = []

    def wake(delay: float) -> None:
        if timer:
            timer.pop().stop()
        # At least a moment: a Textual timer of zero seconds divides by its interval.
        timer.append(screen.set_timer(max(0.01, delay), autosave.tick))

    autosave.wake = wake
    autosave.typed_at = lambda: vapp(screen).input_at
    autosave.report = report
