"""The baseline: the smallest honest Textual app with the start screen's parts.

A header, a `DataTable` of a few rows with a row cursor, and a footer with one key: what
"as fast as Textual allows" means for a screen like Vliegwiel's start screen.
"""

from __future__ import annotations

from textual.app import App, ComposeResult
from textual.binding import Binding
from textual.widgets import DataTable, Footer, Header

COLUMNS = ("Case", "Next meeting", "Open actions", "Follow-through")
ROWS = (
    ("Case A", "1 Dec 09:00", "4", "75%"),
    ("Case B", "2 Dec 10:00", "7", "60%"),
    ("Case C", "3 Dec 13:30", "2", "100%"),
    ("Case D", "4 Dec 09:00", "5", "80%"),
)
FIRST_ROW = ROWS[0][0]


class MinimalApp(App[None]):
    BINDINGS = [Binding("ctrl+q", "quit", "Quit")]

    def compose(self) -> ComposeResult:
        yield Header()
        yield DataTable(cursor_type="row", zebra_stripes=True)
        yield Footer()

    def on_mount(self) -> None:
        table = self.query_one(DataTable)
        table.add_columns(*COLUMNS)
        table.add_rows(ROWS)
        table.focus()


if __name__ == "__main__":
    MinimalApp().run()
