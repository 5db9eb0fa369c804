"""The action board (F3): who does what, is it bearable, how do we help each other.

Every open action of the case as it stands in this meeting, sortable by who does it
and by when it is due; the standing agreements apart, with their last check and how
many were kept this meeting ("vaste afspraken nagekomen"); the load per person; who
missed which of the last meetings ("ieder is er en doet wat afgesproken is", report ch.
5.2); and the board's signals in words, each with a symbol: one person carrying clearly
more than the others, krap/nee without a helper, actions past their date. Enter on an
action edits it in the same form as the steps; what changes is kept in the meeting and
autosaved like any edit. F3 or Escape returns.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from rich.table import Table
from rich.text import Text
from textual import on
from textual.app import ComposeResult
from textual.containers import Horizontal, VerticalScroll
from textual.screen import Screen
from textual.widgets import DataTable, Static

from agenda.actions import Action
from agenda.dates import day_and_month, short_day
from agenda.display import printable
from agenda.figures import FLAG_SYMBOLS, Board, Flag, FlagKind, effective_due
from agenda.history import AttendanceOverTime
from agenda.i18n import Messages
from agenda.session import MeetingSession
from tui.commands import Command, HasCommands
from tui.context import literal, vapp
from tui.dialogs.action_form import ActionForm
from tui.widgets.action_cells import action_columns, action_row, kept_text, status_text
from tui.widgets.action_table import ActionTable, Column, Row
from tui.widgets.follow_through import FollowThroughPanel, standing_line
from tui.widgets.key_bar import KeyBar

CLOSE = Command("close_board", "f3,escape", "cmd.close_board", "cmd.close_board.help")
BY_OWNER = Command("sort_by_owner", "w", "cmd.sort_owner", "cmd.sort_owner.help")
BY_DUE = Command("sort_by_due", "d", "cmd.sort_due", "cmd.sort_due.help")

OWNER, DUE = "owner", "due"


class ActionBoardScreen(HasCommands, Screen[None]):
    KEYS = (CLOSE, BY_OWNER, BY_DUE)

    def __init__(
        self, session: MeetingSession, changed: Callable[[], object] | None = None
    ) -> None:
        super().__init__()
        self.session = session
        self.changed = changed
        """Called after every edit, so the meeting screen saves it."""
        self.t = vapp(self).t
        self.order = OWNER

    def compose(self) -> ComposeResult:
        t = self.t
        yield Static(
            literal(t("board.title", alias=self.session.case.alias)),
            id="board-title",
            classes="title",
        )
        yield Static("", id="board-count", classes="hint")
        yield ActionTable(
            [*action_columns(t), Column("status", t("action.col.status"), 9)],
            id="board-actions",
        )
        yield Static("", id="board-standing-title", classes="panel-title")
        yield ActionTable(
            [*action_columns(t), Column("kept", t("board.col.last_check"), 14)],
            id="board-standing",
        )
        with Horizontal(id="board-facts"):
            with VerticalScroll(id="board-load-box"):
                yield Static(t("board.load"), classes="panel-title")
                yield Static("", id="board-load")
                yield Static(
                    t("board.attendance"), classes="panel-title", id="board-attendance-title"
                )
                yield Static("", id="board-attendance")
            with VerticalScroll(id="board-flag-box"):
                yield Static(t("board.flags"), classes="panel-title")
                yield Static("", id="board-flags")
                yield FollowThroughPanel(self.session, t)
        yield KeyBar()

    def on_mount(self) -> None:
        self.show_board()
        self.query_one("#board-actions", ActionTable).focus()

    # -- showing -------------------------------------------------------------------------

    def show_board(self, select: str | None = None) -> None:
        session, t = self.session, self.t
        board = session.board()
        actions = self.sorted(board.open_actions)
        rows = [self._row(a) for a in actions]
        self.query_one("#board-actions", ActionTable).show(rows, select)
        order = t("board.by_owner") if self.order == OWNER else t("board.by_due")
        count = t("board.open_actions", count=len(actions), order=order)
        self.query_one("#board-count", Static).update(
            count if actions else f"{count} · {t('board.none')}"
        )
        self._show_standing(board)
        self.query_one("#board-load", Static).update(load_table(board, t))
        self.query_one("#board-attendance", Static).update(
            attendance_table(session.attendance(), t)
        )
        self.query_one("#board-flags", Static).update(flags_text(board, t, session.today))
        self.query_one(FollowThroughPanel).refresh_figures()

    def _show_standing(self, board: Board) -> None:
        """The standing agreements apart: they are checked every meeting, not done once."""
        t, meeting_id = self.t, self.session.meeting.id
        rows = []
        for action in board.standing:
            row = action_row(self.session, action, t)
            checks = [f for f in action.history if f.kept is not None]
            last = checks[-1] if checks else None
            cell = (
                literal(t("common.none"))
                if last is None
                else kept_text(last.kept is True, t)
                if last.meeting_id == meeting_id
                else Text(
                    t(
                        "board.last_check",
                        check=kept_text(last.kept is True, t).plain,
                        day=short_day(last.on, t, self.session.today),
                    )
                )
            )
            rows.append(Row(row.key, [*row.cells, cell]))
        title = self.query_one("#board-standing-title", Static)
        title.update(literal(f"{t('board.standing')} · {standing_line(board.standing_kept, t)}"))
        table = self.query_one("#board-standing", ActionTable)
        table.show(rows)
        title.display = table.display = bool(rows)

    def _row(self, action: Action) -> Row:
        row = action_row(self.session, action, self.t)
        return Row(row.key, [*row.cells, status_text(action.status, self.t)])

    def sorted(self, actions: list[Action]) -> list[Action]:
        meetings = self.session.meeting_dates()
        latest = date.max

        def by_due(a: Action) -> tuple[date, str]:
            return (effective_due(a, meetings) or latest, a.owner.casefold())

        def by_owner(a: Action) -> tuple[str, date]:
            return (a.owner.casefold(), effective_due(a, meetings) or latest)

        return sorted(actions, key=by_owner if self.order == OWNER else by_due)

    # -- keys ----------------------------------------------------------------------------

    def action_close_board(self) -> None:
        self.dismiss(None)

    def action_sort_by_owner(self) -> None:
        self.order = OWNER
        self.show_board()

    def action_sort_by_due(self) -> None:
        self.order = DUE
        self.show_board()

    @on(DataTable.RowSelected, "#board-actions, #board-standing")
    def _edit(self, event: DataTable.RowSelected) -> None:
        event.stop()
        key = event.row_key.value
        action = next((a for a in self.session.actions() if a.id == key), None)
        if action is None:
            return

        def saved(result: Action | None) -> None:
            if result is not None:
                self.session.save_action(result)
                if self.changed is not None:
                    self.changed()
            self.show_board(select=action.id)

        self.app.push_screen(ActionForm(self.session, action), saved)


def load_table(board: Board, t: Messages) -> Table:
    """Who carries what: open actions, how many krap/nee, how many late, per person."""
    heavy = {f.owner for f in board.flags if f.kind is FlagKind.OVERLOAD}
    table = Table(box=None, padding=(0, 1), expand=False, show_edge=False)
    table.add_column(Text(t("board.col.who")))
    for key in ("board.col.open", "board.col.strained", "board.col.overdue"):
        table.add_column(Text(t(key)), justify="right")
    for load in board.loads:
        name = literal(load.owner)
        if load.family:
            name.append(f" ({t('board.family')})", style="italic")
        if load.owner in heavy:
            name = Text.assemble((f"{FLAG_SYMBOLS[FlagKind.OVERLOAD]} ", "bold"), name)
            name.stylize("bold")
        table.add_row(
            name,
            str(load.open),
            _count(load.strained, FLAG_SYMBOLS[FlagKind.NO_HELPER] if load.without_help else ""),
            _count(load.overdue, FLAG_SYMBOLS[FlagKind.OVERDUE] if load.overdue else ""),
        )
    return table


ATTENDANCE_MARKS = {True: "✓", False: "✗", None: "–"}
"""Present, absent, not yet on the list: shapes, never colour alone."""


def attendance_table(seen: AttendanceOverTime, t: Messages) -> Table:
    """Who was at each of the last meetings (this one last), and how many they missed."""
    table = Table(box=None, padding=(0, 1), expand=False, show_edge=False)
    table.add_column(Text(t("board.col.who")))
    for day in seen.days:
        table.add_column(Text(day_and_month(day, t)), justify="center")
    table.add_column(Text(t("board.col.missed")), justify="right")
    for row in seen.rows:
        marks = [Text(ATTENDANCE_MARKS[mark]) for mark in row.marks]
        missed = Text(str(row.missed), style="bold" if row.missed else "")
        table.add_row(literal(row.name), *marks, missed)
    table.caption = t("board.attendance.legend")
    return table


def _count(number: int, symbol: str) -> Text:
    return Text(f"{symbol} {number}" if symbol else str(number))


def flags_text(board: Board, t: Messages, today: date) -> Text:
    """Each signal as a sentence with its symbol first."""
    if not board.flags:
        return Text(t("board.no_flags"))
    text = Text()
    for number, flag in enumerate(board.flags):
        if number:
            text.append("\n")
        text.append(f"{FLAG_SYMBOLS[flag.kind]} ", style="bold")
        text.append(printable(flag_sentence(flag, t, today)))
    return text


def flag_sentence(flag: Flag, t: Messages, today: date) -> str:
    if flag.kind is FlagKind.OVERLOAD:
        median = f"{flag.median:g}".replace(".", t("board.decimal_sign"))
        return t("board.flag.overload", name=flag.owner, open=flag.open, median=median)
    assert flag.action is not None
    action = flag.action
    if flag.kind is FlagKind.NO_HELPER:
        return t(
            "board.flag.no_helper",
            what=action.what,
            name=flag.owner,
            bearable=t(f"bearable.{action.bearable.value}"),
        )
    due = short_day(flag.due, t, today) if flag.due else t("common.none")
    return t("board.flag.overdue", what=action.what, name=flag.owner, due=due)
