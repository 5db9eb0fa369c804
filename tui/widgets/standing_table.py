"""The standing agreements of the feedback step, each checked with one key.

A standing agreement ("wekelijks contact") is not done once: every meeting asks "deze
week gelukt?". In this table 1 says yes and 2 says no; the step view records it (the
table sends `Checked` up) and puts the cursor in the note field, as a digit does for an
action. Other keys (5 drops the agreement, 0 clears, `e` edits) are the step's own.
"""

from __future__ import annotations

from textual.message import Message

from tui.commands import Command, HasKeys
from tui.widgets.action_table import ActionTable

KEPT = Command(
    "check('yes')", "1", "standing.yes", "cmd.standing.help", footer=False, priority=False
)
MISSED = Command(
    "check('no')", "2", "standing.no", "cmd.standing.help", footer=False, priority=False
)


class StandingTable(HasKeys, ActionTable):
    KEYS = (KEPT, MISSED)

    class Checked(Message):
        """ "Deze week gelukt?" answered for the agreement under the cursor."""

        def __init__(self, kept: bool) -> None:
            super().__init__()
            self.kept = kept

    def action_check(self, answer: str) -> None:
        if self.selected_key is not None:
            self.post_message(self.Checked(answer == "yes"))
