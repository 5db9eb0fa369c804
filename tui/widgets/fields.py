"""Text fields with a steady cursor.

A blinking cursor makes a shared screen restless: every blink is a changed frame for the
video call to encode, and viewers' eyes jump to it. Vliegwiel's fields keep their cursor
still (it also makes screenshots of the app reproducible).
"""

from __future__ import annotations

from textual.reactive import reactive
from textual.widgets import Input, TextArea


class Field(Input):
    cursor_blink = reactive(False, init=False)


class Notes(TextArea):
    cursor_blink = reactive(False, init=False)
