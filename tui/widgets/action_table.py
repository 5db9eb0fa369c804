"""A table of actions whose text wraps instead of being cut off.

A `DataTable` sizes each column to its widest cell and cuts or scrolls what does not
fit; on a shared screen of 80 columns that hides half of "wat". Here the narrow columns
(who, when, bearable, …) get fixed widths and the text columns share what is left, and
each row grows as tall as its wrapped text. The columns are laid out again whenever the
table is resized.

Enter on an empty table asks for a new action (`AddRequested`), so "Enter" always
does the obvious thing; on a row it selects it as usual (`RowSelected`).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from rich.text import Span, Text
from textual.events import Resize
from textual.message import Message
from textual.widgets import DataTable

FLEX_MINIMUM = 12
"""Narrowest a text column gets before the table scrolls sideways instead."""
SCROLLBAR = 2


@dataclass(frozen=True)
class Column:
    key: str
    label: str
    width: int = 0
    """Fixed width in cells; 0 makes it a text column that shares the room left."""


@dataclass(frozen=True)
class Row:
    key: str
    cells: Sequence[Text]


def column_widths(columns: Sequence[Column], room: int, padding: int) -> list[int]:
    """Widths for `columns` in `room` cells, each column also taking `padding` per side.

    Fixed columns are at least as wide as their label; the text columns split the rest
    evenly, never below `FLEX_MINIMUM`.
    """
    fixed = [max(c.width, Text(c.label).cell_len) if c.width else 0 for c in columns]
    flexible = [i for i, c in enumerate(columns) if not c.width]
    left = room - sum(fixed) - 2 * padding * len(columns)
    if flexible:
        share, extra = divmod(max(left, 0), len(flexible))
        for position, index in enumerate(flexible):
            width = share + (1 if position < extra else 0)
            fixed[index] = max(width, FLEX_MINIMUM, Text(columns[index].label).cell_len)
    return fixed


def _looks(rows: Sequence[Row]) -> list[tuple[str, list[tuple[str, str, list[Span]]]]]:
    """What `rows` show: keys, texts, styles (a `Text` compares equal without its style)."""
    return [(r.key, [(c.plain, str(c.style), c.spans) for c in r.cells]) for r in rows]


class ActionTable(DataTable[Text]):
    class AddRequested(Message):
        """Enter on an empty table: the chair wants a first action."""

    def __init__(self, columns: Sequence[Column], *, id: str | None = None) -> None:
        super().__init__(id=id, cursor_type="row", zebra_stripes=True, classes="action-table")
        self.spec = list(columns)
        self._rows: list[Row] = []
        self._laid_out_for = -1
        self._keep: str | None = None
        """The row to select once a table filled while hidden is laid out."""

    @property
    def selected_key(self) -> str | None:
        """The key of the row under the cursor, if any."""
        if not self._rows or not 0 <= self.cursor_row < len(self._rows):
            return None
        return self._rows[self.cursor_row].key

    def show(self, rows: Sequence[Row], select: str | None = None) -> None:
        """Show `rows`, keeping the cursor on the same action (or on `select`)."""
        keep = select or self.selected_key
        rows = list(rows)
        if _looks(rows) == _looks(self._rows) and self._laid_out_for > 0:
            self._select(keep)  # nothing changed: keep the measured rows and their cache
            return
        self._rows = rows
        if self.size.width == 0:
            # Hidden (a step not on screen yet): its width is unknown, so laying the
            # rows out now would be done again, wrongly sized, once it shows.
            self._laid_out_for, self._keep = -1, keep
            return
        self._rebuild(keep)

    def _rebuild(self, keep: str | None) -> None:
        position = self.cursor_row
        self.clear(columns=True)
        room = self.size.width - SCROLLBAR
        self._laid_out_for = self.size.width
        widths = column_widths(self.spec, room, self.cell_padding)
        for column, width in zip(self.spec, widths, strict=True):
            self.add_column(Text(column.label), width=width, key=column.key)
        for row in self._rows:
            self.add_row(*row.cells, key=row.key, height=None)
        self._select(keep, position)

    @property
    def is_empty(self) -> bool:
        """No rows to show. Unlike `row_count` this holds for a table filled while hidden
        too, whose rows are laid out only once it has a width."""
        return not self._rows

    def _select(self, key: str | None, fallback: int | None = None) -> None:
        """Put the cursor on the row of `key`, else on row `fallback` (or where it is)."""
        keys = [row.key for row in self._rows]
        position = keys.index(key) if key in keys else fallback
        if position is None:
            position = self.cursor_row
        if self._rows:
            self.move_cursor(row=min(max(position, 0), len(self._rows) - 1), animate=False)

    def on_resize(self, event: Resize) -> None:
        if event.size.width and event.size.width != self._laid_out_for:
            self._rebuild(self._keep or self.selected_key)
            self._keep = None

    def action_select_cursor(self) -> None:
        if self.row_count == 0:
            self.post_message(self.AddRequested())
            return
        super().action_select_cursor()
