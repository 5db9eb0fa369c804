"""The minutes as they will be mailed, read through once before they are saved.

Shown on the shared screen, so the team can see what goes on paper. Enter (or ctrl+s
again) saves, Escape goes back to the meeting. The screen only shows and answers; the
caller writes the files (`agenda.minutes_file.save_minutes`) when the answer is True.

`t` and `h` copy the minutes as plain text or as HTML to the clipboard, to paste into
a mail. Textual copies through the terminal (OSC 52): Windows Terminal, kitty and
WezTerm pass it on (iTerm2 when allowed in its settings), the old Windows console and
macOS's Terminal do not; the same forms lie beside the minutes file for that case.
"""

from __future__ import annotations

from markdown_it import MarkdownIt
from rich import box
from rich.table import Table
from rich.text import Text
from textual.app import ComposeResult
from textual.containers import Vertical, VerticalScroll
from textual.screen import ModalScreen
from textual.widgets import Markdown, Static

from agenda.document import Document
from agenda.forms import Form, render
from tui.commands import Command, HasCommands
from tui.compat import (
    MarkdownBlock,
    MarkdownTable,
    MarkdownTD,
    MarkdownTH,
    block_text,
    child_blocks,
)
from tui.context import messages
from tui.widgets.key_bar import KeyBar

SAVE = Command("save_minutes", "enter", "minutes.preview.save", "minutes.preview.save.help")
SAVE_AGAIN = Command(
    "save_minutes",
    "ctrl+s",
    "minutes.preview.save",
    "minutes.preview.save.help",
    footer=False,
    palette=False,
)
BACK = Command("back", "escape", "minutes.preview.back", "minutes.preview.back.help")
COPY_TEXT = Command("copy_text", "t", "cmd.copy_text", "cmd.copy_text.help")
COPY_HTML = Command("copy_html", "h", "cmd.copy_html", "cmd.copy_html.help")


def minutes_parser() -> MarkdownIt:
    """The parser the minutes are verified with: CommonMark and tables, no linkify."""
    return MarkdownIt("commonmark").enable("table")


class OneWidgetTable(MarkdownTable):
    """A Markdown table drawn as one widget.

    Textual's own table is a widget per cell: the minutes of a meeting with 40 actions
    have hundreds of cells, and the preview took 1.5-2 s to show at check-out. Drawn as
    one table it shows in a fraction of that, with the same text in every cell (the
    minutes put no emphasis or links inside a cell, so plain text loses nothing).
    The cells are read where Textual's own table reads them (`tui.compat`); Textual is
    pinned to 8.2, and a test checks every cell against markdown-it.
    """

    rows: list[tuple[str, ...]]
    """The cells' text as shown, row by row, the header first."""

    def compose(self) -> ComposeResult:
        self.rows = []
        header: list[str] = []
        row: list[str] = []
        for cell in _cells(self):
            if isinstance(cell, MarkdownTH):
                header.append(block_text(cell))
                continue
            row.append(block_text(cell))
            if len(row) == len(header):
                self.rows.append(tuple(row))
                row = []
        self.rows.insert(0, tuple(header))
        table = Table(
            box=box.SIMPLE_HEAD, expand=True, show_edge=False, show_lines=True, padding=(0, 1)
        )
        for title in header:
            table.add_column(Text(title, style="bold"), overflow="fold")
        for cells in self.rows[1:]:
            table.add_row(*(Text(text) for text in cells))
        yield Static(table, classes="minutes-table")


def _cells(block: MarkdownBlock) -> list[MarkdownBlock]:
    """The header and data cells of a table block, in reading order."""
    found: list[MarkdownBlock] = []
    for child in child_blocks(block):
        if isinstance(child, MarkdownTH | MarkdownTD):
            found.append(child)
        else:
            found.extend(_cells(child))
    return found


class MinutesMarkdown(Markdown):
    BLOCKS = {**Markdown.BLOCKS, "table_open": OneWidgetTable}


class MinutesPreview(HasCommands, ModalScreen[bool]):
    KEYS = (SAVE, SAVE_AGAIN, BACK, COPY_TEXT, COPY_HTML)

    def __init__(self, document: Document) -> None:
        super().__init__()
        self.document = document
        self.markdown = render(document, Form.MARKDOWN)

    def compose(self) -> ComposeResult:
        t = messages(self)
        with Vertical(classes="dialog wide"):
            yield Static(t("minutes.preview.title"), classes="dialog-title")
            with VerticalScroll(id="minutes-preview", can_focus=True):
                # No link in the minutes may open a browser: Vliegwiel never goes online.
                yield MinutesMarkdown(
                    self.markdown, parser_factory=minutes_parser, open_links=False
                )
        yield KeyBar()

    def on_mount(self) -> None:
        self.query_one("#minutes-preview").focus()

    def action_save_minutes(self) -> None:
        self.dismiss(True)

    def action_back(self) -> None:
        self.dismiss(False)

    def action_copy_text(self) -> None:
        self._copy(Form.TEXT)

    def action_copy_html(self) -> None:
        self._copy(Form.HTML)

    def _copy(self, form: Form) -> None:
        self.app.copy_to_clipboard(render(self.document, form))
        self.notify(messages(self)("minutes.copied", form=form.value), markup=False)
