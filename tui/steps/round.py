"""A round: each present member in turn (check-in, and the check-out's round).

One block per member: the name with their turn clock, "zit je lekker in het zadel?"
(yes / something chafes) where the step asks it, and one field per question. The
member whose field has the cursor has the floor: highlighted, with a turn clock.

Ctrl+N on a member's answer ("hoe kunnen we je helpen?") makes it an action, or a helper
on one of the actions that member carries (`HelpOffer`).
"""

from __future__ import annotations

from rich.text import Text
from textual import on
from textual.app import ComposeResult
from textual.containers import Horizontal, Vertical, VerticalScroll
from textual.events import DescendantBlur, DescendantFocus
from textual.message import Message
from textual.widgets import Input, Label, Static

from agenda.actions import Action, same_name
from agenda.clock import mmss
from agenda.display import printable
from agenda.i18n import Messages
from agenda.meeting import RoundEntry
from agenda.session import MeetingSession
from tui.context import literal
from tui.dialogs.action_form import ActionForm, Preset
from tui.dialogs.help_offer import NEW_ACTION, HelpOffer
from tui.steps.base import MAKE_ACTION, StepView
from tui.typeahead import focus_now
from tui.widgets.fields import RecordField
from tui.widgets.quiet import update_changed
from tui.widgets.toggles import Choices

SPEAKER_MARK = "▶ "
"""Before the name of the member who has the floor (the others get two spaces, so the
names stay in one column)."""
SEATED = (True, False)
"""The answers to "zit je lekker in het zadel?", in the order the choices show them."""


class RoundRow(Vertical):
    """One member's turn."""

    class Took(Message):
        def __init__(self, position: int) -> None:
            super().__init__()
            self.position = position

    class Left(Message):
        """The cursor left this member's row: their turn clock stops."""

        def __init__(self, position: int) -> None:
            super().__init__()
            self.position = position

    def __init__(self, view: RoundView, position: int) -> None:
        super().__init__(classes="round-row")
        self.view = view
        self.position = position
        self.name_label = Label(self._shown_name(speaking=False), classes="member-name")
        self.turn_clock = Static("", classes="turn-clock")

    @property
    def entry(self) -> RoundEntry:
        return self.view.record.round[self.position]

    def compose(self) -> ComposeResult:
        t, step, entry = self.view.t, self.view.step, self.entry
        with Horizontal(classes="round-head"):
            yield self.name_label
            yield self.turn_clock
            if step.ask_seated:
                seated = None if entry.seated is None else SEATED.index(entry.seated)
                yield Choices(
                    [t("round.seated_yes"), t("round.seated_chafes")], seated, classes="seated"
                )
        with Horizontal(classes="round-answers"):
            for number, question in enumerate(step.questions):
                value = entry.answers[number] if number < len(entry.answers) else ""
                yield RecordField(
                    value, placeholder=question, classes="answer", name=str(number), compact=True
                )

    def on_descendant_focus(self, _: DescendantFocus) -> None:
        self.post_message(self.Took(self.position))

    def on_descendant_blur(self, _: DescendantBlur) -> None:
        self.post_message(self.Left(self.position))

    @on(Choices.Changed, ".seated")
    def _seated(self, event: Choices.Changed) -> None:
        event.stop()
        self.view.session.set_seated(self.view.index, self.position, SEATED[event.index])
        self.view.edited()

    @on(Input.Changed, ".answer")
    def _answer(self, event: Input.Changed) -> None:
        event.stop()
        question = int(event.input.name or 0)
        self.view.session.answer(self.view.index, self.position, question, event.value)
        self.view.edited()

    def _shown_name(self, speaking: bool) -> Text:
        """The member's name; the one who has the floor gets a marker before it."""
        return Text.assemble(SPEAKER_MARK if speaking else "  ", printable(self.entry.member))

    def show_turn(self, speaking: bool, seconds: float) -> None:
        """Who has the floor, in a symbol and a word (the bar and the background
        colour only add to it), and how long each member has spoken."""
        self.set_class(speaking, "-speaking")
        update_changed(self.name_label, self._shown_name(speaking))
        total = self.entry.seconds + (seconds if speaking else 0.0)
        t = self.view.t
        if speaking:
            said = t("round.speaking", time=mmss(total))
        else:
            said = t("round.spoke", time=mmss(total)) if total else ""
        update_changed(self.turn_clock, said)


class RoundView(StepView):
    KEYS = (MAKE_ACTION,)

    def __init__(self, session: MeetingSession, index: int, t: Messages) -> None:
        super().__init__(session, index, t)
        self._rows: list[RoundRow] = []

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
        if self.index != self.session.index:
            return  # a step just left: the floor is the open step's business
        self.session.set_speaker(event.position)
        self.tick()

    @on(RoundRow.Left)
    def _left(self, event: RoundRow.Left) -> None:
        """Moving on within the round hands the floor over (`Took` follows); leaving the
        round (to a field below it, say) ends the turn, so no clock runs for nobody."""
        event.stop()
        if self.index != self.session.index:
            return  # the cursor left with the step (F7/F8): the session ended the turn
        focused = self.app.focused
        rows = () if focused is None else focused.ancestors_with_self
        if not any(isinstance(row, RoundRow) and row.view is self for row in rows):
            self.session.set_speaker(None)
            self.tick()

    def tick(self) -> None:
        # Four times a second: the rows are kept rather than queried from the DOM.
        if len(self._rows) < len(self.record.round):
            self._rows = list(self.query(RoundRow))
        speaker, seconds = self.session.speaker, self.session.turn_seconds()
        for row in self._rows:
            row.show_turn(row.position == speaker, seconds)

    # -- from an answer to help ------------------------------------------------------

    def action_make_action(self) -> None:
        """Ctrl+N: the answer under the cursor becomes an action, or a helper on one of the
        member's own open actions."""
        focused = self.app.focused
        row = next(
            (r for r in self.query(RoundRow) if focused is not None and focused in r.query("*")),
            None,
        )
        if row is None:
            return
        entry = row.entry
        here = focused.value.strip() if isinstance(focused, Input) else ""
        answer = here or next((a.strip() for a in reversed(entry.answers) if a.strip()), "")
        if not answer:
            self.notify(self.t("help_offer.no_answer"), markup=False)
            return
        carried = [
            a for a in self.session.actions() if a.is_open and same_name(a.owner, entry.member)
        ]
        back = focused

        def saved(action: Action | None) -> None:
            if action is not None:
                self.session.save_action(action)
                self.edited()
            if back is not None:
                focus_now(back)

        def chosen(option: str | None) -> None:
            if option is None:
                saved(None)
            elif option == NEW_ACTION:
                self.app.push_screen(ActionForm(self.session, preset=Preset(what=answer)), saved)
            else:
                action = next(a for a in carried if a.id == option)
                if not action.help_note.strip():
                    action = action.model_copy(update={"help_note": answer})
                form = ActionForm(self.session, action, first_field="helpers")
                self.app.push_screen(form, saved)

        if carried:
            self.app.push_screen(HelpOffer(entry.member, answer, carried), chosen)
        else:
            chosen(NEW_ACTION)
