"""One view per step kind; the meeting screen builds the agenda from these."""

from __future__ import annotations

from agenda.i18n import Messages
from agenda.session import MeetingSession
from agenda.templates import StepKind
from tui.steps.actions import ActionsView
from tui.steps.base import StepView
from tui.steps.close import CloseView
from tui.steps.course import CourseView
from tui.steps.new_course import NewCourseView
from tui.steps.review import ReviewView
from tui.steps.round import RoundView
from tui.steps.text import TextView

VIEWS: dict[StepKind, type[StepView]] = {
    StepKind.ROUND: RoundView,
    StepKind.TEXT: TextView,
    StepKind.ANALYSIS: TextView,
    StepKind.COURSE: CourseView,
    StepKind.REVIEW: ReviewView,
    StepKind.ACTIONS: ActionsView,
    StepKind.CLOSE: CloseView,
    StepKind.NEW_COURSE: NewCourseView,
}


def build_view(session: MeetingSession, index: int, t: Messages) -> StepView:
    return VIEWS[session.meeting.steps[index].kind](session, index, t)
