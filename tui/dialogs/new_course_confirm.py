"""Before a new course reaches the case: every change it makes, listed, then Enter.

"Besluiten en keuzes maken we altijd gezamenlijk": the chair reads the list aloud, the team
agrees, and only then does the case change. Course changes are recorded as joint
decisions of whoever the field names ("kernteam" unless the team says otherwise), in
this meeting, so they are in the course history and the minutes.
"""

from __future__ import annotations

from rich.text import Text
from textual.app import ComposeResult
from textual.containers import VerticalScroll
from textual.widgets import Input, Label, Static

from agenda.case import CourseChange
from agenda.dates import long_moment
from agenda.errors import Invalid
from agenda.i18n import Messages
from agenda.new_course import NewCourseChanges, PlannedCourseChange
from agenda.session import MeetingSession
from tui.context import harmless
from tui.dialogs.dialog import Dialog
from tui.dialogs.intent import numbered
from tui.widgets.fields import Field


class NewCourseConfirm(Dialog[bool | None]):
    """True once the new course is in the case; None when the chair went back."""

    CONFIRM_LABEL = "new_course.confirm"

    def __init__(self, session: MeetingSession, index: int) -> None:
        super().__init__()
        self.session = session
        self.index = index
        self.changes = session.new_course_changes(index)

    def title_text(self) -> str:
        return self.t("new_course.confirm_title", alias=self.session.case.alias)

    def compose_fields(self) -> ComposeResult:
        t = self.t
        with VerticalScroll(id="new-course-changes", can_focus=False):
            yield Static(describe_changes(self.changes, t), id="new-course-list")
        if self.changes.course:
            yield Static(t("course.dialog.joint"), classes="hint", markup=False)
            yield Label(t("course.dialog.decided_by"), classes="field-label")
            yield Field(self.session.default_decider(t), id="new-course-decided-by")

    def on_mount(self) -> None:
        fields = self.query("#new-course-decided-by")
        (fields.first() if fields else self.query_one("#dialog-confirm")).focus()

    def confirm(self) -> None:
        if self.changes.nothing:
            self.dismiss(None)
            return
        fields = self.query("#new-course-decided-by").results(Input)
        decided_by = next((f.value for f in fields), self.session.default_decider(self.t))
        try:
            self.session.apply_new_course(self.index, decided_by)
        except Invalid as problem:
            self.show_problem(problem)
            return
        self.dismiss(True)


def describe_changes(changes: NewCourseChanges, t: Messages) -> Text:
    """Every change as a line or a short block, in the order of the step's fields."""
    if changes.nothing:
        return Text(t("new_course.nothing"))
    text = Text()

    def line(head: str, body: str | Text = "") -> None:
        if text:
            text.append("\n")
        text.append(head, style="bold")
        if body:
            text.append("\n")
            text.append(body)

    if changes.mission is not None:
        old, new = changes.mission
        line(t("new_course.change.mission"), _was_becomes(old, new, t))
    for member in changes.joining:
        where = f" ({member.organisation})" if member.organisation.strip() else ""
        line(t("new_course.change.joining", name=f"{member.name}{where}"))
    for name in changes.leaving:
        line(t("new_course.change.leaving", name=name))
    for planned in changes.course:
        line(_course_head(planned, t), _course_body(planned, t))
    if changes.intent is not None:
        line(t("new_course.change.intent"), numbered(changes.intent))
    if changes.next_meeting is not None:
        line(t("new_course.change.next_meeting", moment=long_moment(changes.next_meeting, t)))
    if changes.meeting_minutes is not None:
        line(t("new_course.change.minutes", minutes=changes.meeting_minutes))
    return harmless(text)


def _was_becomes(old: str, new: str, t: Messages) -> str:
    none = t("common.none")
    return "\n".join(
        (t("course.history.was", text=old or none), t("course.history.becomes", text=new or none))
    )


def _course_head(planned: PlannedCourseChange, t: Messages) -> str:
    what = t(
        f"course.history.{planned.change}",
        old=planned.old_number or "",
        new=planned.new_number or "",
    )
    return t("new_course.change.course", what=what)


def _course_body(planned: PlannedCourseChange, t: Messages) -> str:
    if planned.change is CourseChange.CHANGED:
        return _was_becomes(planned.old_text, planned.new_text, t)
    return planned.new_text or planned.old_text
