"""The course check: read each course point aloud; on course, doubt or off course?"""

from __future__ import annotations

from textual import on
from textual.app import ComposeResult
from textual.containers import Vertical, VerticalScroll
from textual.widgets import Input, Static

from agenda.case import COURSE_SYMBOLS, CourseStatus
from agenda.meeting import CourseCheck
from tui.context import literal
from tui.steps.base import StepView
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
        case = self.view.session.case
        point = case.point(self.check.point_id)
        if point is None:
            yield Static(t("course.removed"), classes="course-text")
        else:
            number = case.point_number(point.id)
            yield Static(literal(f"{number}. {point.text}"), classes="course-text")
        status = self.check.status
        yield Choices(
            [f"{COURSE_SYMBOLS[s]} {t(f'course.{s.value}')}" for s in ORDER],
            None if status is None else ORDER.index(status),
            classes="course-status",
        )
        yield RecordField(
            self.check.note, placeholder=t("course.note"), classes="course-note", compact=True
        )

    @on(Choices.Changed)
    def _status(self, event: Choices.Changed) -> None:
        event.stop()
        view = self.view
        view.session.check_point(view.index, self.check.point_id, ORDER[event.index])
        view.edited()

    @on(Input.Changed)
    def _note(self, event: Input.Changed) -> None:
        event.stop()
        self.view.session.note_point(self.view.index, self.check.point_id, event.value)
        self.view.edited()


class CourseView(StepView):
    def focused_point_id(self) -> str | None:
        """The course point whose row holds the cursor, if any."""
        focused = self.app.focused
        for row in self.query(CourseCheckRow):
            if focused is not None and focused in row.query("*"):
                return row.check.point_id
        return None

    def compose(self) -> ComposeResult:
        yield self.prompt()
        with VerticalScroll(classes="course-check", can_focus=False):
            if not self.record.course:
                yield Static(self.t("course.none"), classes="hint")
            for check in self.record.course:
                yield CourseCheckRow(self, check)
