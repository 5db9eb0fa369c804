"""Keeping key presses quick: the garbage collector and the long-lived objects.

Python's collector now and then walks every object the program holds; with Textual's
styles and a meeting's screens built that is a pause of tens of milliseconds, felt as an
F8 that sometimes lags (measured: about a quarter of an F8's time on average). Objects
that live as long as the app (modules, styles, the screens just built) are moved out of
its sight once they exist, so those walks stay short.
"""

from __future__ import annotations

import gc


def settle_long_lived() -> None:
    """Call when a screen full of long-lived objects has just been built."""
    gc.freeze()


def hold_collector() -> None:
    """Call just before the app is built: no collection until the case list is shown.

    Starting the app creates a few hundred thousand objects that live as long as it
    does (Textual's modules and styles, the start screen); every walk over them before
    the first frame is time the chair waits for her cases. With 50 cases the collector
    ran about 130 times before the case list showed, one of them over everything.
    """
    gc.disable()


def release_collector() -> None:
    """Call once the case list is on screen (after `hold_collector`, or without it)."""
    gc.freeze()
    gc.enable()
