"""Correct a closed meeting's texts with the team's reactions, then make the minutes final.

The report's cycle (chapter 1): the minutes go out as a concept, the team has a week to
react, then they are made final. This is where the chair puts those reactions in: a
calm page, not the live meeting (no clocks, no agenda strip), with every text typed in
the meeting as a field: the rounds' answers, the text steps, the course notes, how we
keep each other informed and what we share with the parents. Actions and decisions are
not here: they live on in the case (the action board changes them).

Every change goes through the meeting's session and is saved by its recorder, as in the
meeting itself; the minutes (every form) are written again with ctrl+s, on leaving, and
when the chair makes them final (F4, after a question). Final minutes keep their texts:
the fields are shown, but locked.
"""

from __future__ import annotations

from textual import on
from textual.app import ComposeResult
from textual.containers import VerticalScroll
from textual.screen import Screen
from textual.widgets import Input, Label, Static, TextArea

from agenda.dates import long_day
from agenda.errors import VliegwielError
from agenda.meeting import Meeting
from agenda.minutes import corrections_until
from agenda.recorder import MeetingRecorder
from agenda.session import MeetingSession
from agenda.templates import ROUND_KINDS, StepKind
from tui.autosave import drive
from tui.commands import Command, HasCommands
from tui.context import literal, vapp
from tui.dialogs.dialog import ConfirmDialog
from tui.dialogs.minutes_preview import MinutesPreview
from tui.widgets.fields import Notes, RecordField
from tui.widgets.key_bar import KeyBar

SAVE = Command("save_minutes", "ctrl+s", "cmd.save", "cmd.save.help")
MAKE_FINAL = Command("make_final", "f4", "cmd.make_final", "cmd.make_final.help")
PREVIEW = Command("preview_minutes", None, "cmd.preview", "cmd.preview.help")
BACK = Command("close_correction", "escape", "cmd.close_correction", "cmd.close_correction.help")

FIELDS = "Input, TextArea"


class CorrectionScreen(HasCommands, Screen[None]):
    KEYS = (SAVE, MAKE_FINAL, PREVIEW, BACK)

    def __init__(self, session: MeetingSession, recorder: MeetingRecorder) -> None:
        super().__init__()
        self.session = session
        self.recorder = recorder
        self.t = vapp(self).t
        self._changed = False
        session.listen(self._noted)
        drive(self, recorder, self._reported)

    @property
    def meeting(self) -> Meeting:
        return self.session.meeting

    # -- layout --------------------------------------------------------------------------------

    def compose(self) -> ComposeResult:
        t, meeting = self.t, self.meeting
        day = long_day(meeting.started.date(), t)
        title = t("correction.title", alias=self.session.case.alias, date=day)
        yield Static(title, classes="title", markup=False)
        yield Static("", id="correction-state", classes="hint", markup=False)
        yield Static(t("correction.intro"), classes="hint", markup=False)
        with VerticalScroll(id="correction", can_focus=False):
            for index, step in enumerate(meeting.steps):
                if step.kind in (StepKind.REVIEW, StepKind.ACTIONS):
                    continue  # actions live on in the case; the board changes them
                yield Static(
                    literal(t("minutes.numbered", number=index + 1, text=step.title)),
                    classes="section",
                )
                yield from self._step_fields(index)
        yield KeyBar()

    def _step_fields(self, index: int) -> ComposeResult:
        t = self.t
        step, record = self.meeting.steps[index], self.meeting.records[index]
        if step.kind in ROUND_KINDS:
            for position, entry in enumerate(record.round):
                for number in range(max(len(step.questions), len(entry.answers))):
                    question = (
                        step.questions[number]
                        if number < len(step.questions)
                        else t("minutes.col.answer", number=number + 1)
                    )
                    yield Label(
                        literal(t("correction.answer", member=entry.member, question=question)),
                        classes="field-label",
                    )
                    value = entry.answers[number] if number < len(entry.answers) else ""
                    yield RecordField(value, classes="answer", name=f"{index}:{position}:{number}")
        if step.kind in (StepKind.TEXT, StepKind.ANALYSIS):
            yield Notes(record.text, classes="step-text", name=str(index), soft_wrap=True)
        if step.kind is StepKind.COURSE:
            for check in record.course:
                point = self.session.case.point(check.point_id)
                place = self.session.case.point_number(check.point_id)
                text = t("course.removed") if point is None else point.text
                label = t("minutes.numbered", number=place or t("common.none"), text=text)
                yield Label(literal(label), classes="field-label")
                yield RecordField(
                    check.note, classes="course-note", name=f"{index}:{check.point_id}"
                )
        if step.kind is StepKind.CLOSE:
            yield Label(t("close.informed"), classes="field-label")
            yield RecordField(record.informed, classes="informed", name=str(index))
            yield Label(t("close.parents"), classes="field-label")
            yield RecordField(self.meeting.parents_note, id="correction-parents")

    def on_mount(self) -> None:
        self._show_state()
        for field in self.query(FIELDS):
            field.focus()
            break

    def _show_state(self) -> None:
        """Concept (until when the team may react) or final (since when); final locks."""
        t, meeting = self.t, self.meeting
        if meeting.final_on is not None:
            state = t("correction.final", date=long_day(meeting.final_on, t))
        else:
            state = t("correction.concept", date=long_day(corrections_until(meeting), t))
        self.query_one("#correction-state", Static).update(state)
        for field in self.query(FIELDS):
            field.disabled = self.session.is_final
        self.refresh_bindings()

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        if action == "make_final" and self.session.is_final:
            return None
        return True

    # -- typing --------------------------------------------------------------------------------

    @on(Input.Changed, ".answer")
    def _answer(self, event: Input.Changed) -> None:
        event.stop()
        index, position, number = (int(part) for part in (event.input.name or "").split(":"))
        self.session.answer(index, position, number, event.value)

    @on(Input.Changed, ".course-note")
    def _course_note(self, event: Input.Changed) -> None:
        event.stop()
        index, point_id = (event.input.name or "").split(":", 1)
        self.session.note_point(int(index), point_id, event.value)

    @on(Input.Changed, ".informed")
    def _informed(self, event: Input.Changed) -> None:
        event.stop()
        self.session.keep_informed(int(event.input.name or 0), event.value)

    @on(Input.Changed, "#correction-parents")
    def _parents(self, event: Input.Changed) -> None:
        event.stop()
        self.session.share_with_parents(event.value)

    @on(TextArea.Changed, ".step-text")
    def _text(self, event: TextArea.Changed) -> None:
        event.stop()
        self.session.write_text(int(event.text_area.name or 0), event.text_area.text)

    # -- saving --------------------------------------------------------------------------------

    def _noted(self, _: object) -> None:
        self._changed = True

    def _reported(self, problem: VliegwielError | None) -> None:
        if problem is not None:
            self.notify(problem.explain(self.t), severity="error", markup=False, timeout=15)

    def write_minutes(self) -> bool:
        """The meeting and its minutes, every form, written now; the path said."""
        try:
            path = self.recorder.save_minutes()
        except VliegwielError as problem:
            self._reported(problem)
            return False
        self._changed = False
        self.notify(self.t("meeting.minutes_saved", path=str(path)), markup=False, timeout=8)
        return self.recorder.problem is None

    def flush(self) -> bool:
        """Before the app quits: what was typed, and the minutes with it."""
        return self.write_minutes() if self._changed else self.recorder.save_now()

    # -- keys ----------------------------------------------------------------------------------

    def action_save_minutes(self) -> None:
        self.write_minutes()

    def action_preview_minutes(self) -> None:
        def answered(save: bool | None) -> None:
            if save:
                self.write_minutes()

        self.app.push_screen(MinutesPreview(self.recorder.minutes_document()), answered)

    def action_make_final(self) -> None:
        t = self.t

        def answered(yes: bool | None) -> None:
            if not yes:
                return
            self.session.make_final()
            self.write_minutes()  # a failure is said; ctrl+s tries again
            self._show_state()

        self.app.push_screen(
            ConfirmDialog(t("final.title"), t("final.body"), "final.yes"), answered
        )

    def action_close_correction(self) -> None:
        if self._changed and not self.write_minutes():
            return  # the reason is shown; leaving now would leave the minutes behind
        self.dismiss(None)
