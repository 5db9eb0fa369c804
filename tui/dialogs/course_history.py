"""Every decision that changed the course, newest first: when, what was, what became, who.

"We zijn trouw aan onze koers": a team that can look back on how its course came to be
can hold on to it, and can see when it drifted.
"""

from __future__ import annotations

from rich.text import Text
from textual.app import ComposeResult
from textual.containers import Vertical, VerticalScroll
from textual.screen import ModalScreen
from textual.widgets import Static

from agenda.case import Case, CourseChange, CourseDecision
from agenda.dates import long_moment
from agenda.display import printable
from agenda.i18n import Messages
from tui.commands import Command, HasCommands
from tui.context import literal, vapp
from tui.widgets.key_bar import KeyBar

BACK = Command("back", "escape", "cmd.back", "cmd.back.help")


class CourseHistoryScreen(HasCommands, ModalScreen[None]):
    KEYS = (BACK,)

    def __init__(self, case: Case) -> None:
        super().__init__()
        self.case = case
        self.t = vapp(self).t

    def compose(self) -> ComposeResult:
        t = self.t
        with Vertical(classes="dialog wide"):
            title = t("course.history.title", alias=self.case.alias)
            yield Static(literal(title), classes="dialog-title")
            with VerticalScroll(id="course-history", can_focus=True):
                decisions = list(reversed(self.case.course_history))
                if not decisions:
                    yield Static(t("course.history.empty"), classes="hint", markup=False)
                for decision in decisions:
                    yield Static(describe(decision, t), classes="decision")
        yield KeyBar()

    def on_mount(self) -> None:
        self.query_one("#course-history").focus()

    def action_back(self) -> None:
        self.dismiss(None)


def describe(decision: CourseDecision, t: Messages) -> Text:
    """A decision as a short block: what happened, then what was and what became."""
    what = t(
        f"course.history.{decision.change}",
        old=decision.old_number or "",
        new=decision.new_number or "",
    )
    parts = [long_moment(decision.on, t), what, t("course.history.by", by=decision.decided_by)]
    if decision.meeting_id:
        parts.append(t("course.history.in_meeting"))
    text = literal(" · ".join(parts))
    text.stylize("bold")
    if decision.change is CourseChange.CHANGED:
        text.append(printable("\n" + t("course.history.was", text=decision.old_text)), "not bold")
        text.append(
            printable("\n" + t("course.history.becomes", text=decision.new_text)), "not bold"
        )
    else:
        text.append(printable("\n" + (decision.new_text or decision.old_text)), "not bold")
    return text
