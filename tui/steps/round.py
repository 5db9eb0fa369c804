"""A round: each present member in turn (check-in, and the check-out's round).

One block per member: the name with their turn clock, "zit je lekker in het zadel?"
(yes / something chafes) where the step asks it, and one field per question. The
member whose field has the cursor has the floor: highlighted, with a turn clock.
"""

from __future__ import annotations

from textual import on
from textual.app import ComposeResult
from textual.containers import Horizontal, Vertical, VerticalScroll
from textual.events import DescendantFocus
from textual.message import Message
from textual.widgets import Input, Label, RadioSet, Static

from agenda.clock import mmss
from agenda.meeting import RoundEntry
from tui.context import literal
from tui.steps.base import StepView
from tui.widgets.fields import Field
from tui.widgets.quiet import update_changed
from tui.widgets.toggles import Choice


class RoundRow(Vertical):
    """One member's turn."""

    class Took(Message):
        def __init__(self, position: int) -> None:
            super().__init__()
            self.position = position

    def __init__(self, view: RoundView, position: int) -> None:
        super().__init__(classes="round-row")
        self.view = view
        self.position = position

    @property
    def entry(self) -> RoundEntry:
        return self.view.record.round[self.position]

    def compose(self) -> ComposeResult:
        t, step, entry = self.view.t, self.view.step, self.entry
        with Horizontal(classes="round-head"):
            with Horizontal(classes="member"):
                yield Label(literal(entry.member), classes="member-name")
                yield Static("", classes="turn-clock")
            if step.ask_seated:
                with RadioSet(classes="seated", compact=True):
                    yield Choice(t("round.seated_yes"), value=entry.seated is True)
                    yield Choice(t("round.seated_chafes"), value=entry.seated is False)
        with Horizontal(classes="round-answers"):
            for number, question in enumerate(step.questions):
                value = entry.answers[number] if number < len(entry.answers) else ""
                yield Field(
                    value, placeholder=question, classes="answer", name=str(number), compact=True
                )

    def on_descendant_focus(self, _: DescendantFocus) -> None:
        self.post_message(self.Took(self.position))

    @on(RadioSet.Changed, ".seated")
    def _seated(self, event: RadioSet.Changed) -> None:
        event.stop()
        self.entry.seated = event.index == 0
        self.view.edited()

    @on(Input.Changed, ".answer")
    def _answer(self, event: Input.Changed) -> None:
        event.stop()
        number = int(event.input.name or 0)
        answers = list(self.entry.answers)
        answers.extend([""] * (number + 1 - len(answers)))
        answers[number] = event.value
        self.entry.answers = answers
        self.view.edited()

    def show_turn(self, speaking: bool, seconds: float) -> None:
        self.set_class(speaking, "-speaking")
        total = self.entry.seconds + (seconds if speaking else 0.0)
        update_changed(
            self.query_one(".turn-clock", Static),
            self.view.t("round.turn", time=mmss(total)) if speaking or total else "",
        )


class RoundView(StepView):
    def questions(self) -> ComposeResult:
        """The questions once above the fields, so they stay readable once typed over."""
        if self.step.questions:
            with Horizontal(classes="round-questions"):
                for question in self.step.questions:
                    yield Label(literal(question), classes="round-question")

    def compose(self) -> ComposeResult:
        yield self.prompt()
        yield from self.questions()
        with VerticalScroll(classes="round", can_focus=False):
            if not self.record.round:
                yield Static(self.t("round.nobody"), classes="hint")
            for position in range(len(self.record.round)):
                yield RoundRow(self, position)

    @on(RoundRow.Took)
    def _took(self, event: RoundRow.Took) -> None:
        event.stop()
        self.session.set_speaker(event.position)
        self.tick()

    def tick(self) -> None:
        speaker = self.session.speaker
        for row in self.query(RoundRow):
            row.show_turn(row.position == speaker, self.session.turn_seconds())
