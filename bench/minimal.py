"""The baselines: the smallest honest Textual apps that do what Vliegwiel's screens do.

`MinimalApp`: a header, a `DataTable` of a few rows with a row cursor, and a footer with
one key: what "as fast as Textual allows" means for a screen like the start screen.

`SwapApp` (`python -m bench.minimal swap`): a header, one line of text and a footer; F8
and F7 swap the text for the next or previous step's title, as a meeting's title band
changes. The least a key can cost to change what a terminal shows.
"""

from __future__ import annotations

from textual.app import App, ComposeResult
from textual.binding import Binding
from textual.widgets import DataTable, Footer, Header, Static

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


SWAP_TITLES = tuple(f"Stap {n}/7 · Stap {n}" for n in range(1, 8))
"""What the swap app shows, one after the other: like the meeting's title band."""


class SwapApp(App[None]):
    BINDINGS = [
        Binding("ctrl+q", "quit", "Quit"),
        Binding("f7", "swap(-1)", "Previous"),
        Binding("f8", "swap(1)", "Next"),
    ]

    def compose(self) -> ComposeResult:
        yield Header()
        yield Static(SWAP_TITLES[0], id="title")
        yield Footer()

    def action_swap(self, step: int) -> None:
        shown = self.query_one("#title", Static)
        index = (SWAP_TITLES.index(str(shown.content)) + step) % len(SWAP_TITLES)
        shown.update(SWAP_TITLES[index])


if __name__ == "__main__":
    import sys

    (SwapApp() if sys.argv[1:] == ["swap"] else MinimalApp()).run()
