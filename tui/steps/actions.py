"""Next steps ("Volgende stappen"): the actions made in this meeting.

"Volgende stappen logisch volgend aan koers: wie doet wat? Is dat draagbaar? Hoe helpen
we elkaar?" The table lists what this meeting agreed; `n` (or Enter on the empty table)
adds an action, Enter or `e` on a row edits it, both in the action form.
"""

from __future__ import annotations

from textual import on
from textual.app import ComposeResult
from textual.widgets import DataTable, Static

from agenda.actions import Action
from tui.commands import Command
from tui.dialogs.action_form import ActionForm
from tui.steps.base import StepView
from tui.widgets.action_cells import action_columns, action_row
from tui.widgets.action_table import ActionTable

NEW_ACTION = Command(
    "new_action", "n", "cmd.new_action", "cmd.new_action.help", footer=False, priority=False
)
EDIT_ACTION = Command(
    "edit_action", "e", "cmd.edit_action", "cmd.edit_action.help", footer=False, priority=False
)


class ActionsView(StepView):
    KEYS = (NEW_ACTION, EDIT_ACTION)
    """Named in the step's hint line; the key bar stays free for the F-keys."""

    def compose(self) -> ComposeResult:
        yield self.prompt()
        yield Static(self.t("actions.hint"), classes="hint")
        yield Static(self.t("actions.none"), id="new-actions-empty", classes="hint")
        yield ActionTable(action_columns(self.t), id="new-actions")

    def opened(self) -> None:
        self.show_actions()
        super().opened()

    def show_actions(self, select: str | None = None) -> None:
        actions = self.session.new_actions()
        table = self.query_one("#new-actions", ActionTable)
        table.show([action_row(self.session, a, self.t) for a in actions], select)
        self.query_one("#new-actions-empty", Static).display = not actions

    # -- keys ----------------------------------------------------------------------------

    def action_new_action(self) -> None:
        self._open_form(None)

    def action_edit_action(self) -> None:
        key = self.query_one("#new-actions", ActionTable).selected_key
        action = next((a for a in self.session.new_actions() if a.id == key), None)
        if action is not None:
            self._open_form(action)

    @on(ActionTable.AddRequested)
    def _add(self, event: ActionTable.AddRequested) -> None:
        event.stop()
        self.action_new_action()

    @on(DataTable.RowSelected)
    def _selected(self, event: DataTable.RowSelected) -> None:
        event.stop()
        self.action_edit_action()

    def _open_form(self, action: Action | None) -> None:
        def saved(result: Action | None) -> None:
            if result is not None:
                self.session.save_action(result)
                self.edited()
                self.show_actions(select=result.id)
            self.query_one("#new-actions", ActionTable).focus()

        self.app.push_screen(ActionForm(self.session, action), saved)
