"""Action steps as a plain list, until the action board brings review and entry forms."""

from __future__ import annotations

from rich.text import Text
from textual.app import ComposeResult
from textual.widgets import Static

from agenda.templates import StepKind
from tui.steps.base import StepView


class ActionListView(StepView):
    def compose(self) -> ComposeResult:
        yield self.prompt()
        yield Static("", classes="action-list")

    def opened(self) -> None:
        actions = (
            self.session.earlier_open_actions()
            if self.step.kind is StepKind.REVIEW
            else self.session.new_actions()
        )
        text = Text()
        for action in actions:
            text.append(f"• {action.what} — {action.owner}\n")
        self.query_one(".action-list", Static).update(text)
        super().opened()
