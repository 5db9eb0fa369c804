"""The minutes as they will be mailed, read through once before they are saved.

Shown on the shared screen, so the team can see what goes on paper. Enter (or ctrl+s
again) saves, Escape goes back to the meeting. The screen only shows and answers; the
caller writes the file (`agenda.minutes_file.save_minutes`) when the answer is True.
"""

from __future__ import annotations

from markdown_it import MarkdownIt
from textual.app import ComposeResult
from textual.containers import Vertical, VerticalScroll
from textual.screen import ModalScreen
from textual.widgets import Markdown, Static

from tui.commands import Command, HasCommands, bind_commands
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


def minutes_parser() -> MarkdownIt:
    """The parser the minutes are verified with: CommonMark and tables, no linkify."""
    return MarkdownIt("commonmark").enable("table")


class MinutesPreview(HasCommands, ModalScreen[bool]):
    KEYS = (SAVE, SAVE_AGAIN, BACK)

    def __init__(self, markdown: str) -> None:
        super().__init__()
        self.markdown = markdown
        bind_commands(self, self.KEYS, messages(self))

    def compose(self) -> ComposeResult:
        t = messages(self)
        with Vertical(classes="dialog wide"):
            yield Static(t("minutes.preview.title"), classes="dialog-title")
            with VerticalScroll(id="minutes-preview", can_focus=True):
                # No link in the minutes may open a browser: Vliegwiel never goes online.
                yield Markdown(self.markdown, parser_factory=minutes_parser, open_links=False)
        yield KeyBar()

    def on_mount(self) -> None:
        self.query_one("#minutes-preview").focus()

    def action_save_minutes(self) -> None:
        self.dismiss(True)

    def action_back(self) -> None:
        self.dismiss(False)
