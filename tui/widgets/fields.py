"""Text fields with a steady cursor that never selects what is already there.

A blinking cursor makes a shared screen restless: every blink is a changed frame for the
video call to encode, and viewers' eyes jump to it. Vliegwiel's fields keep their cursor
still (it also makes screenshots of the app reproducible).

In a dialog, a field that gets the cursor selects its text (Textual's way): what stands
there is a proposal — a date, "kernteam", the old wording of a course point — that typing
replaces. A field of the running meeting's record (`RecordField`: a round answer, a note)
holds what the team said; coming back to it and typing adds to it, never replaces it.

Both show their text through `agenda.display.printable`: a pasted escape sequence is
kept in the field's value as it came, and shown as harmless text, one character for one,
so the cursor stays where the value says it is.
"""

from __future__ import annotations

from typing import Any

from rich.highlighter import Highlighter
from rich.text import Text
from textual.reactive import reactive
from textual.widget import Widget
from textual.widgets import Input, TextArea

from agenda.display import printable


class Printable(Highlighter):
    """An `Input`'s value as the screen may show it (Input's public hook on its text)."""

    def highlight(self, text: Text) -> None:
        text.plain = printable(text.plain)


class Field(Input):
    cursor_blink = reactive(False, init=False)

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        kwargs.setdefault("highlighter", Printable())
        if "placeholder" in kwargs:  # a round's question: from an agenda or a meeting file
            kwargs["placeholder"] = printable(kwargs["placeholder"])
        super().__init__(*args, **kwargs)


class RecordField(Field):
    """A field of the meeting's record: its text is never selected on entry."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, select_on_focus=False, **kwargs)


class Notes(TextArea):
    cursor_blink = reactive(False, init=False)

    def get_line(self, line_index: int) -> Text:
        # TextArea's documented hook for how a line is shown; the document keeps the text.
        return Text(printable(self.document.get_line(line_index)), end="", no_wrap=True)


def cursor_to_end(widget: Widget) -> None:
    """Put a text field's cursor after its text, where the next words belong."""
    if isinstance(widget, Input):
        widget.cursor_position = len(widget.value)
    elif isinstance(widget, TextArea):
        widget.move_cursor(widget.document.end)
