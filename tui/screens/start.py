"""The start screen: the chair's cases, the first one selected.

The screens it leads to (a meeting, a case) are imported when they are opened, or once
the case list is on screen (`tui.after_start`): they bring most of the app's widgets with
them (text areas, the step views, the action board), and the chair should see her cases
before Python has read all of that.
"""

from __future__ import annotations

import asyncio
from collections.abc import Callable
from dataclasses import replace
from typing import TYPE_CHECKING

from rich.text import Text
from textual.app import ComposeResult
from textual.containers import Vertical
from textual.screen import Screen
from textual.widgets import DataTable, Static

from agenda.dates import long_moment
from agenda.display import cut, mixes_scripts
from agenda.errors import VliegwielError
from agenda.storage import CaseListing, CaseSummary
from agenda.storage.files import readable_by_others
from agenda.storage.store import CaseCopy
from tui.backup_note import backup_reminder, backup_settings, backup_status
from tui.commands import Command, HasCommands
from tui.context import Services, literal, vapp
from tui.widgets.key_bar import KeyBar

if TYPE_CHECKING:
    from agenda.case import Case
    from tui.dialogs.attendance import Attendance


ERASING = "erasing/"
COPY = "copy/"
"""Row keys of what is listed apart: a slash is in no case id and no folder name."""
ALIAS_SHOWN = 32
"""Characters of an alias the case list shows; a longer one ends in an ellipsis."""

START = Command("start_meeting", "enter", "cmd.start", "cmd.start.help")
NEW_CASE = Command("new_case", "n", "cmd.new_case", "cmd.new_case.help")
EDIT_CASE = Command("edit_case", "e", "cmd.edit_case", "cmd.edit_case.help")
CORRECT_MINUTES = Command("correct_minutes", "c", "cmd.correct_minutes", "cmd.correct_minutes.help")
BACKUP_REMINDER = Command(
    "backup_reminder", None, "cmd.backup_reminder", "cmd.backup_reminder.help"
)


class StartScreen(HasCommands, Screen[None]):
    KEYS = (START, NEW_CASE, EDIT_CASE, CORRECT_MINUTES, BACKUP_REMINDER)

    def __init__(self) -> None:
        super().__init__()
        self.listed = asyncio.Event()
        """Set once the cases are in the table (the app waits for it, see `VliegwielApp`)."""
        self.listing = CaseListing()
        """What the table shows: the cases, and apart, those being erased and copies."""

    @property
    def vapp(self) -> Services:
        return vapp(self)

    def compose(self) -> ComposeResult:
        t = self.vapp.t
        with Vertical(id="start"):
            yield Static(
                f"{t('app.title')} · {t('start.title')}", id="start-title", classes="title"
            )
            yield Static(t("start.subtitle"), id="start-subtitle", classes="hint")
            yield Static("", id="start-backup", classes="hint")
            yield DataTable(id="cases", cursor_type="row", zebra_stripes=True)
            yield Static("", id="start-empty", classes="hint")
            yield Static("", id="start-notes", classes="hint")
            yield Static("", id="start-problems", classes="problems")
        yield KeyBar()

    def on_mount(self) -> None:
        t = self.vapp.t
        table = self.query_one("#cases", DataTable)
        table.add_column(t("start.col.alias"), key="alias")
        table.add_column(t("start.col.next"), key="next")
        table.add_column(t("start.col.open"), key="open")
        table.add_column(t("start.col.follow"), key="follow")
        try:
            self.reload()
        finally:
            self.listed.set()

    def reload(self) -> None:
        """Read the cases again (after a meeting, an edit or a new case)."""
        listing = self.vapp.store.list_cases()
        self._show(listing)
        status = backup_status(self.vapp) if listing.cases else ""
        self.query_one("#start-backup", Static).update(status)

    def _show(self, listing: CaseListing) -> None:
        t = self.vapp.t
        self.listing = listing
        table = self.query_one("#cases", DataTable)
        table.clear()
        for summary in listing.cases:
            table.add_row(*self._cells(summary), key=summary.id)
        # Apart, under the cases: what cannot be opened as it stands, each with its way out.
        for erasing in listing.erasing:
            table.add_row(
                *self._marked(erasing.alias, t("start.erasing")), key=ERASING + erasing.id
            )
        for copy in listing.copies:
            table.add_row(
                *self._marked(copy.summary.alias, t("start.copy")), key=COPY + copy.folder
            )
        shown_any = listing.cases or listing.erasing or listing.copies
        self.query_one("#start-empty", Static).update("" if shown_any else t("start.empty"))
        notes = self._notes(listing)
        shown = self.query_one("#start-notes", Static)
        shown.update(literal("\n".join(notes)))
        shown.display = bool(notes)
        problems = self.query_one("#start-problems", Static)
        if listing.problems:
            lines = [t("start.problems"), *(f"• {p.explain(t)}" for p in listing.problems)]
            problems.update(literal("\n".join(lines)))
        else:
            problems.update("")
        table.focus()

    def _notes(self, listing: CaseListing) -> list[str]:
        """Sentences about the list itself, under it."""
        t = self.vapp.t
        notes = []
        if any(mixes_scripts(summary.alias) for summary in listing.cases):
            notes.append(t("start.mixed_script_hint"))
        for erasing in listing.erasing:
            notes.append(t("start.erasing_how", alias=erasing.alias, id=erasing.id))
        for copy in listing.copies:
            notes.append(t("start.copy_how", folder=copy.folder, alias=copy.summary.alias))
        locations = self.vapp.locations
        for folder in (locations.data_dir, locations.minutes_dir):
            if readable_by_others(folder):
                notes.append(t("start.folder_shared", path=str(folder)))
        return notes

    def _marked(self, alias: str, state: str) -> tuple[Text, str, str, str]:
        return literal(cut(alias, ALIAS_SHOWN)), state, "", ""

    def _cells(self, summary: CaseSummary) -> tuple[Text, str, str, str]:
        t = self.vapp.t
        if summary.open_meeting_id:
            upcoming = t("start.unfinished")
        elif summary.next_meeting:
            upcoming = long_moment(summary.next_meeting, t)
        else:
            upcoming = t("common.none")
        # A whole alias however long would push the other columns off the screen.
        alias = literal(cut(summary.alias, ALIAS_SHOWN))
        if mixes_scripts(summary.alias):
            alias.append(f" {t('start.mixed_script')}", style="bold")
        return (
            alias,
            upcoming,
            str(summary.open_actions),
            t.percent(summary.follow_through),
        )

    def on_data_table_row_selected(self, event: DataTable.RowSelected) -> None:
        event.stop()
        self.action_start_meeting()

    def action_start_meeting(self) -> None:
        """Start the chosen case's meeting, or resume its unfinished one."""
        from tui.meeting_start import prepare_meeting
        from tui.screens.meeting import MeetingScreen

        case_id = self.selected_case_id
        if case_id is None or self._set_apart(case_id):
            return
        try:
            prepared = prepare_meeting(self.vapp, case_id)
        except VliegwielError as problem:
            self.notify(problem.explain(self.vapp.t), severity="error", timeout=15, markup=False)
            return

        def attended(attendance: Attendance | None) -> None:
            if attendance is None:
                return
            try:
                session, recorder = prepared.start(attendance)
            except VliegwielError as problem:
                self.notify(
                    problem.explain(self.vapp.t), severity="error", timeout=15, markup=False
                )
                return
            self.app.push_screen(MeetingScreen(session, recorder), self._meeting_closed)

        self.app.push_screen(prepared.dialog(), attended)

    def _meeting_closed(self, _: None) -> None:
        """Back from a closed meeting: the cases again, and a reminder if a backup is due
        (the chair can make one now, before the next meeting needs the app)."""
        self.reload()
        reminder = backup_reminder(self.vapp)
        if reminder:
            self.notify(reminder, timeout=30, markup=False)

    @property
    def selected_case_id(self) -> str | None:
        table = self.query_one("#cases", DataTable)
        if table.row_count == 0:
            return None
        row_key, _ = table.coordinate_to_cell_key(table.cursor_coordinate)
        return None if row_key.value is None else str(row_key.value)

    def action_backup_reminder(self) -> None:
        """Cycle the reminder's interval (1, 3, 7, 14, 30 days, never) and remember it."""
        t = self.vapp.t
        settings = backup_settings(self.vapp)
        days = settings.next_backup_interval()
        try:
            self.vapp.store.save_settings(replace(settings, backup_every_days=days))
        except VliegwielError as problem:
            self.notify(problem.explain(t), severity="warning", markup=False)
            return
        self.query_one("#start-backup", Static).update(backup_status(self.vapp))
        self.notify(t("backup.reminder.set", days=days) if days else t("backup.reminder.off"))

    def action_new_case(self) -> None:
        from tui.screens.case_edit import CaseEditScreen

        self.app.push_screen(CaseEditScreen(None), self._case_saved)

    def action_edit_case(self) -> None:
        case_id = self.selected_case_id
        if case_id is None or self._set_apart(case_id):
            return
        try:
            case = self.vapp.store.load_case(case_id)
        except VliegwielError as error:
            self.notify(error.explain(self.vapp.t), severity="error")
            return
        from tui.screens.case_edit import CaseEditScreen

        self.app.push_screen(CaseEditScreen(case), self._case_saved)

    # -- cases being erased and copied case folders ------------------------------------------

    def _set_apart(self, key: str) -> bool:
        """A row that is not a case to open: say how to finish an erase, or ask what to do
        with a copy. True when the row was one of those."""
        t = self.vapp.t
        if key.startswith(ERASING):
            erasing = key.removeprefix(ERASING)
            alias = next(s.alias for s in self.listing.erasing if s.id == erasing)
            self.notify(t("start.erasing_how", alias=alias, id=erasing), timeout=15)
            return True
        if key.startswith(COPY):
            folder = key.removeprefix(COPY)
            copy = next(c for c in self.listing.copies if c.folder == folder)
            self._ask_about_copy(copy)
            return True
        return False

    def _ask_about_copy(self, copy: CaseCopy) -> None:
        from agenda.storage.case_copy import fresh_alias  # loads the models: not at start
        from tui.dialogs.case_copy import CopyChoice
        from tui.dialogs.dialog import ConfirmDialog

        t, store = self.vapp.t, self.vapp.store
        alias = copy.summary.alias

        def erase(yes: bool | None) -> None:
            if yes:
                self._changed_by(lambda: store.erase_case(copy.folder))

        def chosen(choice: str | None) -> None:
            if choice == "keep":
                taken = {s.alias.strip().casefold() for s in self.listing.cases}
                kept = fresh_alias(alias, taken, lambda n: t("copy.alias", alias=alias, n=n))
                self._changed_by(lambda: store.keep_copy(copy.folder, kept))
            elif choice == "erase":
                question = t("copy.erase.title", folder=copy.folder)
                sure = ConfirmDialog(question, t("copy.erase.body"), "copy.erase")
                self.app.push_screen(sure, erase)

        title = t("copy.title", alias=alias)
        body = t("copy.body", folder=copy.folder, id=copy.summary.id)
        self.app.push_screen(CopyChoice(title, body), chosen)

    def _changed_by(self, change: Callable[[], object]) -> None:
        try:
            change()
        except VliegwielError as problem:
            self.notify(problem.explain(self.vapp.t), severity="error", timeout=15)
        self.reload()

    def action_correct_minutes(self) -> None:
        """The chosen case's last closed meeting, to put the team's corrections in and
        make its minutes final."""
        from tui.meeting_start import reopen_last_closed
        from tui.screens.correction import CorrectionScreen

        case_id = self.selected_case_id
        if case_id is None or self._set_apart(case_id):
            return
        try:
            session, recorder = reopen_last_closed(self.vapp, case_id)
        except VliegwielError as problem:
            self.notify(problem.explain(self.vapp.t), severity="warning", markup=False)
            return
        self.app.push_screen(CorrectionScreen(session, recorder), lambda _: self.reload())

    def _case_saved(self, case: Case | None) -> None:
        """Back from setting a case up: list the cases again, the saved one selected."""
        self.reload()
        if case is not None:
            table = self.query_one("#cases", DataTable)
            for row, summary_id in enumerate(table.rows):
                if summary_id.value == case.id:
                    table.move_cursor(row=row)
