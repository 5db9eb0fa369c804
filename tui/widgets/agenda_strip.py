"""The agenda as one line: where we are in the flywheel, and how long each step has."""

from __future__ import annotations

from rich.text import Text
from textual.widgets import Static

from agenda.display import printable
from agenda.meeting import Meeting
from tui.widgets.quiet import update_changed


class AgendaStrip(Static):
    def show(self, meeting: Meeting) -> None:
        text = Text()
        plan = meeting.plan
        for index, step in enumerate(meeting.steps):
            if index:
                text.append("  ")
            label = printable(f"{index + 1} {step.title} {minutes_label(plan[index])}")
            if index == meeting.current:
                text.append(f"▶ {label}", style="bold reverse")
            elif meeting.records[index].seconds > 0:
                text.append(f"✓ {label}")
            else:
                text.append(f"· {label}", style="dim")
        update_changed(self, text)


def minutes_label(seconds: int) -> str:
    """A step's planned time as the agenda writes it: `8′`, or `8′30″` after a re-plan."""
    minutes, rest = divmod(seconds, 60)
    return f"{minutes}′{rest:02d}″" if rest else f"{minutes}′"
