"""Text fields that wrap, with a steady cursor that never selects what is already there.

The whole team reads the chair's screen in a video call. Textual's `Input` is one line
that scrolls sideways under the cursor, so a long answer read "lles alleen; moeder belt
mij dagelijks" for "Ik draag alles alleen; …". Vliegwiel's `Field` is that same `Input`
(Enter submits, Tab moves on, a typed key is text, a completion shows greyed out) drawn
over as many lines as its text needs: nothing scrolls sideways, and a field without the
cursor shows its text from the start. Its height follows the text: it is set when the
number of lines changes, not on every key, so typing does not lay the screen out again.

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

from rich.cells import cell_len
from rich.text import Text
from textual import events
from textual.geometry import Offset, Size
from textual.reactive import reactive
from textual.strip import Strip
from textual.widget import Widget
from textual.widgets import Input, TextArea
from textual.widgets.input import Selection

from agenda.display import printable
from tui.compat import input_suggestion


class Field(Input):
    """A one-line `Input` in what it does, as many lines as its text in what it shows."""

    cursor_blink = reactive(False, init=False)

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        if "placeholder" in kwargs:  # a round's question: from an agenda or a meeting file
            kwargs["placeholder"] = printable(kwargs["placeholder"])
        super().__init__(*args, **kwargs)

    # Class defaults: `Input.__init__` sets the value, whose watchers already ask for them.
    _lines: tuple[Strip, ...] = ()
    _drawn_for: tuple[object, ...] | None = None
    _starts: tuple[int, ...] = (0,)
    """Where each shown line begins in the value (the cursor's row and column)."""

    # -- what it shows -------------------------------------------------------------------

    def _text(self) -> tuple[Text, bool]:
        """The value as drawn (completion, selection, cursor), or the placeholder; and
        whether it is the placeholder."""
        value = self.value
        focused = self.has_focus
        if not value:
            placeholder = Text(self.placeholder, end="", no_wrap=True, overflow="ellipsis")
            placeholder.stylize(self.get_component_rich_style("input--placeholder"))
            if focused:
                if not placeholder:
                    placeholder = Text(" ", end="")
                placeholder.stylize(self.get_component_rich_style("input--cursor"), 0, 1)
            return placeholder, True
        text = Text("•" * len(value) if self.password else printable(value), end="")
        suggestion = input_suggestion(self)
        show_suggestion = focused and len(suggestion) > len(value)
        if show_suggestion:
            text.append(
                printable(suggestion[len(value) :]),
                self.get_component_rich_style("input--suggestion"),
            )
        if focused:
            start, end = sorted(self.selection)
            if start != end:
                text.stylize_before(self.get_component_rich_style("input--selection"), start, end)
            cursor = self.cursor_position
            if not show_suggestion and self.cursor_at_end:
                text.pad_right(1)
            text.stylize(self.get_component_rich_style("input--cursor"), cursor, cursor + 1)
        return text, False

    def _draw(self, width: int) -> tuple[Strip, ...]:
        """Every line of the field at `width`, drawn once per change (Textual asks for
        them one line at a time)."""
        key = (
            self.value,
            self.placeholder,
            tuple(self.selection),
            self.has_focus,
            input_suggestion(self),
            width,
            self.rich_style,
        )
        if key == self._drawn_for:
            return self._lines
        text, is_placeholder = self._text()
        console = self.app.console
        if is_placeholder:
            text.truncate(width, overflow="ellipsis")
            starts = [0]
        else:
            starts = wrap_starts(text.plain, width)
        pieces = text.divide(starts[1:]) if len(starts) > 1 else [text]
        # Each piece is one line already: drawn as it stands, without Rich's own wrapping.
        self._lines = tuple(
            Strip(piece.render(console, end="")).crop_extend(0, width, None) for piece in pieces
        )
        self._starts = tuple(starts)
        self._drawn_for = key
        return self._lines

    def render_line(self, y: int) -> Strip:
        width = self.scrollable_content_region.width
        lines = self._draw(width) if width > 0 else ()
        line = lines[y] if y < len(lines) else Strip.blank(width)
        return line.apply_style(self.rich_style)

    def get_content_height(self, container: Size, viewport: Size, width: int) -> int:
        return len(self._draw(width)) if width > 0 else 1

    # -- its height follows the text -------------------------------------------------------

    def watch_value(self, value: str) -> None:
        self._fit()

    def on_resize(self, event: events.Resize) -> None:
        self._fit()

    def _fit(self) -> None:
        """Be as high as the text's lines (and no wider than the field: nothing to scroll)."""
        width = self.scrollable_content_region.width
        if width <= 0 or not self.is_mounted:
            return
        lines = len(self._draw(width))
        self.virtual_size = Size(width, lines)
        gutter = self.styles.gutter.height
        if self.styles.height is None or self.styles.height.cells != lines + gutter:
            self.styles.height = lines + gutter

    @property
    def cursor_screen_offset(self) -> Offset:
        """Where the terminal's own cursor goes (input methods put their window there)."""
        x, y, width, _ = self.content_region
        if width <= 0 or not self.is_mounted:
            return Offset(x, y)
        row, column = self._row_and_column(self.cursor_position, width)
        return Offset(x + column, y + row)

    def _row_and_column(self, position: int, width: int) -> tuple[int, int]:
        self._draw(width)
        row = max(i for i, start in enumerate(self._starts) if start <= position)
        column = cell_len(self.value[self._starts[row] : position])
        return row, min(column, max(0, width - 1))

    # -- what it takes ----------------------------------------------------------------------

    def on_paste(self, event: events.Paste) -> None:
        """Paste all of it: Textual's `Input` keeps the first line only. The field is
        one line of text, so line breaks become spaces; no word is dropped."""
        event.prevent_default()
        event.stop()
        if not event.text:
            return
        text = " ".join(event.text.splitlines())
        start, end = sorted(self.selection)
        self.replace(text, start, end)

    def on_mouse_down(self, event: events.MouseDown) -> None:
        """A click puts the cursor where it was clicked, on whichever line."""
        offset = event.get_content_offset_capture(self)
        width = self.scrollable_content_region.width
        self._draw(width)
        row = min(max(0, offset.y), len(self._starts) - 1)
        start = self._starts[row]
        end = self._starts[row + 1] if row + 1 < len(self._starts) else len(self.value)
        column, index = 0, start
        while index < end and column + cell_len(self.value[index]) <= offset.x:
            column += cell_len(self.value[index])
            index += 1
        self.selection = Selection.cursor(index)


def wrap_starts(text: str, width: int) -> list[int]:
    """Where each line begins when `text` is wrapped at `width` cells: after the spaces
    that end a word, a word longer than a line cut where the line ends."""
    starts = [0]
    line = 0
    index = 0
    while index < len(text):
        end = index
        while end < len(text) and text[end] != " ":
            end += 1
        while end < len(text) and text[end] == " ":
            end += 1
        word = text[index:end]
        size = cell_len(word.rstrip(" "))
        if line and line + size > width:
            starts.append(index)
            line = 0
        while size > width:  # a word longer than the line: cut it where the line ends
            cut, cells = index, 0
            while cells + cell_len(text[cut]) <= width:
                cells += cell_len(text[cut])
                cut += 1
            cut = max(cut, index + 1)  # a character wider than the whole line
            if cut >= end:
                break
            starts.append(cut)
            index = cut
            word = text[index:end]
            size = cell_len(word.rstrip(" "))
        line += cell_len(word)
        index = end
    return starts


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
