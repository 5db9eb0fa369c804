"""Check-out: a closing round, how we keep each other informed, what we share with the
parents, the next meeting, and ending the meeting (the minutes are saved as it closes).

The chair can ask for the declaration of intent in the minutes ("we spreken elkaar
rustig aan…" read again by the team at home); when it changed since the last meeting it
is in them anyway, and the tick says so.
"""

from __future__ import annotations

from datetime import datetime

from textual import on
from textual.app import ComposeResult
from textual.containers import Horizontal, VerticalScroll
from textual.message import Message
from textual.widgets import Button, Checkbox, Input, Label, Static

from agenda.dates import field_moment, read_moment
from tui.steps.round import RoundRow, RoundView
from tui.typeahead import focus_now
from tui.widgets.fields import Field, RecordField
from tui.widgets.follow_through import FollowThroughPanel
from tui.widgets.toggles import Tick


class CloseView(RoundView):
    class EndRequested(Message):
        """The chair asked to end the meeting."""

    _next_problem: str | None = None
    """The sentence for a next-meeting date that does not parse; closing waits for it."""

    def compose(self) -> ComposeResult:
        t, session = self.t, self.session
        upcoming = session.next_meeting or session.next_meeting_default()
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
            yield Label(t("close.parents"), classes="field-label")
            yield RecordField(
                session.meeting.parents_note, id="close-parents", placeholder=t("close.parents")
            )
            yield Label(t("close.next_meeting"), classes="field-label")
            yield Field(
                field_moment(upcoming),
                id="close-next",
                placeholder=t("close.next_placeholder"),
            )
            yield Static("", id="close-next-problem", classes="problems")
            yield Tick(t("close.intent"), id="close-intent", compact=True)
            with Horizontal(classes="buttons"):
                yield Button(t("close.end"), id="close-end", variant="primary")

    @on(Input.Changed, "#close-informed")
    def _informed(self, event: Input.Changed) -> None:
        event.stop()
        self.session.keep_informed(self.index, event.value)
        self.edited()

    @on(Input.Changed, "#close-parents")
    def _parents(self, event: Input.Changed) -> None:
        event.stop()
        self.session.share_with_parents(event.value)
        self.edited()

    @on(Input.Changed, "#close-next")
    def _next(self, event: Input.Changed) -> None:
        event.stop()
        session = self.session
        default = session.next_meeting_default()
        moment = read_moment(event.value, session.today, default.time())
        readable = isinstance(moment, datetime)
        self._next_problem = None if readable else self.t("close.next_invalid")
        self.query_one("#close-next-problem", Static).update(self._next_problem or "")
        if isinstance(moment, datetime) and moment != session.next_meeting:
            session.plan_next_meeting(moment)
            self.edited()

    def on_mount(self) -> None:
        self._show_intent_choice()

    def opened(self) -> None:
        self._show_intent_choice()  # a new course written in may have changed the intent
        super().opened()

    def _show_intent_choice(self) -> None:
        """Ticked when the chair asked for it; ticked and fixed when the intent changed
        since the last meeting (the minutes show it then anyway)."""
        meeting = self.session.meeting
        changed = meeting.intent is not None and meeting.intent.changed
        tick = self.query_one("#close-intent", Tick)
        with tick.prevent(Checkbox.Changed):
            tick.value = changed or meeting.intent_in_minutes
        tick.label = self.t("close.intent_changed" if changed else "close.intent")
        tick.disabled = changed

    @on(Checkbox.Changed, "#close-intent")
    def _intent(self, event: Checkbox.Changed) -> None:
        event.stop()
        self.session.show_intent_in_minutes(event.value)
        self.edited()

    def blocking_problem(self) -> str | None:
        return self._next_problem

    def focus_problem(self) -> None:
        focus_now(self.query_one("#close-next", Input))

    @on(Button.Pressed, "#close-end")
    def _end(self, event: Button.Pressed) -> None:
        event.stop()
        self.post_message(self.EndRequested())
