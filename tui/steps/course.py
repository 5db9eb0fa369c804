"""The course check: read each course point aloud; on course, doubt or off course?

Each point shows how it went in the last closed meetings (`eerder ✓ ✓ ?`, oldest first):
"als er een koers is, volgen we deze niet consequent" (report ch. 3) shows as a point that
slips week by week. A point off course asks "wat is er nodig?" (the cursor goes to its
note) and offers an action for that point: the button below it, or Ctrl+N on the row,
opens the action form with the point (and what is needed) filled in.
"""

from __future__ import annotations

from rich.text import Text
from textual import on
from textual.app import ComposeResult
from textual.containers import Horizontal, Vertical, VerticalScroll
from textual.widgets import Button, Input, Static

from agenda.actions import Action
from agenda.case import COURSE_SYMBOLS, CourseStatus
from agenda.history import trend_symbols
from agenda.meeting import CourseCheck
from tui.context import harmless
from tui.dialogs.action_form import ActionForm, Preset
from tui.steps.base import MAKE_ACTION, StepView
from tui.typeahead import focus_now
from tui.widgets.fields import RecordField
from tui.widgets.toggles import Choices

ORDER = (CourseStatus.ON_COURSE, CourseStatus.DOUBT, CourseStatus.OFF_COURSE)


class CourseCheckRow(Vertical):
    def __init__(self, view: CourseView, check: CourseCheck) -> None:
        super().__init__(classes="course-row")
        self.view = view
        self.check = check

    def compose(self) -> ComposeResult:
        t = self.view.t
        session = self.view.session
        point = session.case.point(self.check.point_id)
        if point is None:
            yield Static(t("course.removed"), classes="course-text")
        else:
            text = Text(f"{session.case.point_number(point.id)}. {point.text}")
            trend = session.course_trend(point.id)
            if trend:
                text.append(f"   {t('course.trend', symbols=trend_symbols(trend))}", style="dim")
            yield Static(harmless(text), classes="course-text")
        status = self.check.status
        yield Choices(
            [f"{COURSE_SYMBOLS[s]} {t(f'course.{s.value}')}" for s in ORDER],
            None if status is None else ORDER.index(status),
            classes="course-status",
        )
        yield RecordField(
            self.check.note,
            placeholder=self._note_placeholder(status),
            classes="course-note",
            compact=True,
        )
        with Horizontal(classes="course-off"):
            yield Static(t("course.off.ask"), classes="course-off-ask")
            yield Button(t("course.off.action"), classes="course-action", compact=True)

    def on_mount(self) -> None:
        self._show_off_course()

    def _note_placeholder(self, status: CourseStatus | None) -> str:
        t = self.view.t
        return t("course.off.need") if status is CourseStatus.OFF_COURSE else t("course.note")

    def _show_off_course(self) -> None:
        off = self.check.status is CourseStatus.OFF_COURSE
        self.query_one(".course-off").display = off
        self.query_one(".course-note", Input).placeholder = self._note_placeholder(
            self.check.status
        )

    @on(Choices.Changed)
    def _status(self, event: Choices.Changed) -> None:
        event.stop()
        view = self.view
        view.session.check_point(view.index, self.check.point_id, ORDER[event.index])
        view.edited()
        self._show_off_course()
        if self.check.status is CourseStatus.OFF_COURSE:
            focus_now(self.query_one(".course-note", Input))  # "wat is er nodig?"

    @on(Input.Changed)
    def _note(self, event: Input.Changed) -> None:
        event.stop()
        self.view.session.note_point(self.view.index, self.check.point_id, event.value)
        self.view.edited()

    @on(Button.Pressed, ".course-action")
    def _action(self, event: Button.Pressed) -> None:
        event.stop()
        self.view.action_for(self.check)


class CourseView(StepView):
    KEYS = (MAKE_ACTION,)

    def focused_point_id(self) -> str | None:
        """The course point whose row holds the cursor, if any."""
        row = self._focused_row()
        return None if row is None else row.check.point_id

    def _focused_row(self) -> CourseCheckRow | None:
        focused = self.app.focused
        for row in self.query(CourseCheckRow):
            if focused is not None and focused in row.query("*"):
                return row
        return None

    def compose(self) -> ComposeResult:
        yield self.prompt()
        with VerticalScroll(classes="course-check", can_focus=False):
            if not self.record.course:
                yield Static(self.t("course.none"), classes="hint")
            for check in self.record.course:
                yield CourseCheckRow(self, check)

    def action_make_action(self) -> None:
        """Ctrl+N: an action for the point under the cursor."""
        row = self._focused_row()
        if row is not None:
            self.action_for(row.check)

    def action_for(self, check: CourseCheck) -> None:
        """The action form for this point, with what is needed (its note) as the "what"."""
        point = self.session.case.point(check.point_id)
        if point is None:
            return
        row = next(r for r in self.query(CourseCheckRow) if r.check is check)
        preset = Preset(what=check.note.strip(), course_point_id=point.id)

        def saved(action: Action | None) -> None:
            if action is not None:
                self.session.save_action(action)
                self.edited()
            focus_now(row.query_one(".course-note", Input))

        self.app.push_screen(ActionForm(self.session, preset=preset), saved)
