"""The start screen: the chair's cases, the first one selected."""

from __future__ import annotations

from typing import TYPE_CHECKING, cast

from textual.app import ComposeResult
from textual.containers import Vertical
from textual.screen import Screen
from textual.widgets import DataTable, Footer, Static

from agenda.storage import CaseListing, CaseSummary
from tui.commands import Command, HasCommands, bind_commands

if TYPE_CHECKING:
    from tui.app import VliegwielApp


START = Command("start_meeting", "enter", "cmd.start", "cmd.start.help")


class StartScreen(HasCommands, Screen[None]):
    KEYS = (START,)

    def __init__(self) -> None:
        super().__init__()
        bind_commands(self, self.KEYS, self.vapp.t)

    @property
    def vapp(self) -> VliegwielApp:
        return cast("VliegwielApp", self.app)

    def compose(self) -> ComposeResult:
        t = self.vapp.t
        with Vertical(id="start"):
            yield Static(
                f"{t('app.title')} · {t('start.title')}", id="start-title", classes="title"
            )
            yield Static(t("start.subtitle"), id="start-subtitle", classes="hint")
            yield DataTable(id="cases", cursor_type="row", zebra_stripes=True)
            yield Static("", id="start-empty", classes="hint")
            yield Static("", id="start-problems", classes="problems")
        yield Footer()

    def on_mount(self) -> None:
        t = self.vapp.t
        table = self.query_one("#cases", DataTable)
        table.add_column(t("start.col.alias"), key="alias")
        table.add_column(t("start.col.next"), key="next")
        table.add_column(t("start.col.open"), key="open")
        table.add_column(t("start.col.follow"), key="follow")
        self.reload()

    def reload(self) -> None:
        """Read the cases again (after a meeting, an edit or a new case)."""
        listing = self.vapp.store.list_cases()
        self._show(listing)

    def _show(self, listing: CaseListing) -> None:
        t = self.vapp.t
        table = self.query_one("#cases", DataTable)
        table.clear()
        for summary in listing.cases:
            table.add_row(*self._cells(summary), key=summary.id)
        self.query_one("#start-empty", Static).update("" if listing.cases else t("start.empty"))
        problems = self.query_one("#start-problems", Static)
        if listing.problems:
            lines = [t("start.problems"), *(f"• {p.explain(t)}" for p in listing.problems)]
            problems.update("\n".join(lines))
        else:
            problems.update("")
        table.focus()

    def _cells(self, summary: CaseSummary) -> tuple[str, str, str, str]:
        t = self.vapp.t
        if summary.open_meeting_id:
            upcoming = t("start.unfinished")
        elif summary.next_meeting:
            upcoming = t.moment(summary.next_meeting)
        else:
            upcoming = t("common.none")
        return (
            summary.alias,
            upcoming,
            str(summary.open_actions),
            t.percent(summary.follow_through),
        )

    @property
    def selected_case_id(self) -> str | None:
        table = self.query_one("#cases", DataTable)
        if table.row_count == 0:
            return None
        row_key, _ = table.coordinate_to_cell_key(table.cursor_coordinate)
        return None if row_key.value is None else str(row_key.value)
