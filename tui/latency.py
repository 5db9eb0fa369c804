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
