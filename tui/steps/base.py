"""What every step view shares: its session and record, the prompt, and `Edited`."""

from __future__ import annotations

from textual.message import Message
from textual.widget import Widget
from textual.widgets import Static

from agenda.i18n import Messages
from agenda.meeting import StepRecord
from agenda.session import MeetingSession
from agenda.templates import Step
from tui.commands import Command, HasKeys
from tui.context import literal
from tui.typeahead import focus_now
from tui.widgets.fields import cursor_to_end

MAKE_ACTION = Command(
    "make_action", "ctrl+n", "cmd.make_action", "cmd.make_action.help", footer=False
)
"""An action from what is under the cursor: a course point off course, a check-in answer
("hoe kunnen we je helpen?"). Declared by the views where it means something."""

FIELDS = "Input, TextArea, Choices, RadioSet, Select, Checkbox, Button, DataTable"
"""What counts as a field to put the cursor in (scroll containers do not)."""


class StepView(HasKeys, Widget):
    """Shows and edits one agenda step of the running meeting.

    Views write what is typed straight into the step's record (the screen owns the
    session and passes it down) and post `Edited`, upon which the screen autosaves.
    """

    DEFAULT_CSS = """
    StepView { height: 1fr; }
    """

    class Edited(Message):
        """The step's record changed; the meeting screen schedules an autosave."""

    class CaseChanged(Message):
        """The case changed during the meeting (a new course written in): the screen
        shows the course as it now is."""

    def __init__(self, session: MeetingSession, index: int, t: Messages) -> None:
        super().__init__(id=f"step-{index}")
        self.session = session
        self.index = index
        self.t = t

    @property
    def step(self) -> Step:
        return self.session.meeting.steps[self.index]

    @property
    def record(self) -> StepRecord:
        return self.session.meeting.records[self.index]

    def prompt(self) -> Static:
        return Static(literal(self.step.prompt), classes="step-prompt")

    def edited(self) -> None:
        self.post_message(self.Edited())

    def opened(self) -> None:
        """Called each time the step opens: refresh what may have changed, focus field 1."""
        self.focus_first()

    def focus_first(self) -> None:
        """The cursor in the step's first field, after what is already written there
        (a revisited step or a resumed meeting goes on where the text ends)."""
        for widget in self.query(FIELDS):
            if widget.focusable:
                focus_now(widget)
                cursor_to_end(widget)
                return

    def tick(self) -> None:
        """Called with every clock refresh while the step is open (turn clocks)."""

    def blocking_problem(self) -> str | None:
        """A sentence when something typed here cannot be kept as it stands (a date that
        does not parse): closing the meeting waits until it is put right."""
        return None

    def focus_problem(self) -> None:
        """Put the cursor on what `blocking_problem` is about."""
        self.focus_first()
