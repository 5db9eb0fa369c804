"""What the start screen does not need, loaded once the case list is on screen.

The chair should see her cases before Python has read the rest of the app: the other
screens' styles and the modules a meeting or a case brings (pydantic and our models, the
step views, the action board; about as much again as the start screen itself). While she
reads the list, they load here, so that Enter and `n` do not wait for them either. The
garbage collector, held back while the app started (`tui.latency.hold_collector`), runs
again from here on. Each part is one turn of the event loop, so a key pressed meanwhile
is handled in between; a screen that is opened before its part came simply loads it
then (`VliegwielApp.load_screen_styles`, and Python's own import).
"""

from __future__ import annotations

import importlib
from collections.abc import Callable, Sequence
from functools import partial
from typing import TYPE_CHECKING

from tui.latency import release_collector, settle_long_lived

if TYPE_CHECKING:
    from tui.app import VliegwielApp

LATER_MODULES = ("tui.meeting_start", "tui.screens.meeting", "tui.screens.case_edit")
"""What Enter (a meeting) and `n`/`e` (a case) open; they bring everything else."""


def load_the_rest(app: VliegwielApp) -> None:
    """Call once the start screen has been painted."""
    parts: list[Callable[[], object]] = [release_collector, app.load_screen_styles]
    parts += [partial(importlib.import_module, name) for name in LATER_MODULES]
    # Last: everything loaded so far lives as long as the app.
    parts.append(settle_long_lived)
    _next(app, parts)


def _next(app: VliegwielApp, parts: Sequence[Callable[[], object]]) -> None:
    if not parts:
        return
    parts[0]()
    app.call_later(_next, app, parts[1:])
