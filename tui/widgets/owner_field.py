"""Who does it: a name field that completes a name only when it is certain.

Typing "Jer" shows "Jeroen Bakker" greyed out when he is the only one whose name begins
so; Tab or Enter takes it. ↓ opens the list of everyone who can own an action (team,
then family). What is left partial is never taken for a new person: the action form
asks whom the chair meant (`agenda.actions.owners_meant`).
"""

from __future__ import annotations

from textual.message import Message
from textual.suggester import Suggester

from agenda.actions import completion
from tui.commands import Command, HasKeys
from tui.widgets.fields import Field


class UniqueName(Suggester):
    def __init__(self, names: list[str]) -> None:
        super().__init__(use_cache=False, case_sensitive=True)
        self.names = names

    async def get_suggestion(self, value: str) -> str | None:
        found = completion(self.names, value)
        # Shown as the typed text plus the rest of the name: keep what was typed.
        return None if found is None else value + found[len(value) :]


TAKE_NAME = Command(
    "take_and_move_on",
    "tab",
    "cmd.take_name",
    "cmd.take_name.help",
    footer=False,
    priority=False,
)
PICK_NAME = Command(
    "pick", "down", "cmd.pick_name", "cmd.pick_name.help", footer=False, priority=False
)


class OwnerField(HasKeys, Field):
    KEYS = (TAKE_NAME, PICK_NAME)

    class PickRequested(Message):
        """↓ in the field: the chair wants to choose from the list of names."""

    def __init__(self, value: str, names: list[str], **kwargs: object) -> None:
        super().__init__(value, suggester=UniqueName(names), **kwargs)
        self.names = names

    def take_completion(self) -> None:
        """Take the one name that begins with what was typed, in the case's spelling —
        the one shown greyed out (computed here again, so a key typed before the grey
        text appeared takes it too)."""
        found = completion(self.names, self.value)
        if found is not None:
            self.value = found
            self.cursor_position = len(found)

    def action_take_and_move_on(self) -> None:
        self.take_completion()
        self.screen.focus_next()

    def action_pick(self) -> None:
        self.post_message(self.PickRequested())
