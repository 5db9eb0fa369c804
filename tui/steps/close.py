"""Check-out: a closing round, how we keep each other informed, the next meeting, and
ending the meeting (the minutes are saved as it closes)."""

from __future__ import annotations

from datetime import datetime, timedelta

from textual import on
from textual.app import ComposeResult
from textual.containers import Horizontal, VerticalScroll
from textual.message import Message
from textual.widgets import Button, Input, Label, Static

from tui.steps.round import RoundRow, RoundView
from tui.typeahead import focus_now
from tui.widgets.fields import Field, RecordField
from tui.widgets.follow_through import FollowThroughPanel


def parse_moment(text: str) -> datetime | None:
    """`2026-12-05 09:00` (also with `T`, or a date alone at the same hour as now)."""
    cleaned = text.strip().replace("T", " ")
    for pattern in ("%Y-%m-%d %H:%M", "%Y-%m-%d"):
        try:
            return datetime.strptime(cleaned, pattern)
        except ValueError:
            continue
    return None


class CloseView(RoundView):
    class EndRequested(Message):
        """The chair asked to end the meeting."""

    _next_problem: str | None = None
    """The sentence for a next-meeting date that does not parse; closing waits for it."""

    def compose(self) -> ComposeResult:
        t, meeting = self.t, self.session.meeting
        if meeting.next_meeting is None:
            meeting.next_meeting = meeting.started + timedelta(days=7)
        yield self.prompt()
        yield FollowThroughPanel(self.session, t)
        yield from self.questions()
        with VerticalScroll(classes="round", can_focus=False):
            for position in range(len(self.record.round)):
                yield RoundRow(self, position)
            yield Label(t("close.informed"), classes="field-label")
            yield RecordField(
                self.record.informed, id="close-informed", placeholder=t("close.informed")
            )
            yield Label(t("close.next_meeting"), classes="field-label")
            yield Field(
                meeting.next_meeting.strftime("%Y-%m-%d %H:%M"),
                id="close-next",
                placeholder=t("close.next_placeholder"),
            )
            yield Static("", id="close-next-problem", classes="problems")
            with Horizontal(classes="buttons"):
                yield Button(t("close.end"), id="close-end", variant="primary")

    @on(Input.Changed, "#close-informed")
    def _informed(self, event: Input.Changed) -> None:
        event.stop()
        self.record.informed = event.value
        self.edited()

    @on(Input.Changed, "#close-next")
    def _next(self, event: Input.Changed) -> None:
        event.stop()
        moment = parse_moment(event.value)
        self._next_problem = None if moment is not None else self.t("close.next_invalid")
        self.query_one("#close-next-problem", Static).update(self._next_problem or "")
        if moment is not None and moment != self.session.meeting.next_meeting:
            self.session.meeting.next_meeting = moment
            self.edited()

    def blocking_problem(self) -> str | None:
        return self._next_problem

    def focus_problem(self) -> None:
        focus_now(self.query_one("#close-next", Input))

    @on(Button.Pressed, "#close-end")
    def _end(self, event: Button.Pressed) -> None:
        event.stop()
        self.post_message(self.EndRequested())
