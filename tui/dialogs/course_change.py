"""Change the course — add, reword, remove or move a point — as a joint decision.

Used while setting a case up and during a meeting alike: the dialog asks who decided
(prefilled), records the decision on the case (with the meeting when there is one) and
returns the updated case. It never saves; the caller does, as it saves everything else.
"""

from __future__ import annotations

from textual.app import ComposeResult
from textual.widgets import Input, Label, Static

from agenda.case import Case, CourseChange
from agenda.course import (
    Decided,
    add_point,
    change_point,
    default_decider,
    move_point,
    remove_point,
)
from agenda.errors import Invalid
from tui.context import literal, vapp
from tui.dialogs.dialog import Dialog
from tui.widgets.fields import Field


class CourseChangeDialog(Dialog[Case | None]):
    """Ask for one course change; dismiss with the changed case, or None when cancelled.

    `change` says what happens: ADDED (a new point at position `number`, or at the end),
    CHANGED (reword `point_id`), REMOVED (`point_id`) or MOVED (`point_id` to position
    `number`, from 1). `decided_by` prefills "who decided"; by default the chair while
    setting up, the kernteam during a meeting (`meeting_id`).
    """

    CONFIRM_LABEL = "course.dialog.confirm"

    def __init__(
        self,
        case: Case,
        change: CourseChange = CourseChange.CHANGED,
        *,
        point_id: str | None = None,
        number: int | None = None,
        meeting_id: str | None = None,
        decided_by: str | None = None,
    ) -> None:
        super().__init__()
        point = case.point(point_id) if point_id else None
        if change is not CourseChange.ADDED and point is None:
            raise ValueError("this course change needs an existing point_id")
        if change is CourseChange.MOVED and number is None:
            raise ValueError("a move needs the new position (number)")
        self.case = case
        self.change = change
        self.point = point
        self.number = number
        self.meeting_id = meeting_id
        self.decided_by = (
            decided_by if decided_by is not None else default_decider(case, self.t, meeting_id)
        )

    def title_text(self) -> str:
        current = self.case.point_number(self.point.id) if self.point else None
        return self.t(f"course.dialog.{self.change}", number=current, to=self.number)

    def compose_fields(self) -> ComposeResult:
        t = self.t
        if self.change in (CourseChange.ADDED, CourseChange.CHANGED):
            if self.point is not None:
                yield Static(literal(t("course.dialog.was", text=self.point.text)))
            yield Label(t("course.dialog.text"), classes="field-label")
            yield Field(self.point.text if self.point else "", id="course-text")
        elif self.point is not None:
            yield Static(literal(self.point.text), classes="course-point-text")
        yield Static(t("course.dialog.joint"), classes="hint", markup=False)
        yield Label(t("course.dialog.decided_by"), classes="field-label")
        yield Field(self.decided_by, id="course-decided-by")

    def on_mount(self) -> None:
        texts = self.query("#course-text")
        (texts.first() if texts else self.query_one("#course-decided-by")).focus()

    def confirm(self) -> None:
        decided = Decided(
            on=vapp(self).wall(),
            by=self.query_one("#course-decided-by", Input).value,
            meeting_id=self.meeting_id,
        )
        try:
            self.dismiss(self._decide(decided))
        except Invalid as problem:
            self.show_problem(problem)

    def _decide(self, decided: Decided) -> Case:
        if self.change is CourseChange.ADDED:
            text = self.query_one("#course-text", Input).value
            return add_point(self.case, text, decided, self.number)
        assert self.point is not None  # checked in __init__
        if self.change is CourseChange.CHANGED:
            text = self.query_one("#course-text", Input).value
            return change_point(self.case, self.point.id, text, decided)
        if self.change is CourseChange.REMOVED:
            return remove_point(self.case, self.point.id, decided)
        assert self.number is not None  # checked in __init__
        return move_point(self.case, self.point.id, self.number, decided)
