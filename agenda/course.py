"""Changing the course is a joint decision, and the case remembers every one.

"Besluiten en keuzes maken we altijd gezamenlijk": the course is the team's, so it never
changes silently. Each function here returns a new case whose course is changed *and*
whose `course_history` holds a `CourseDecision` saying when, what was and what became,
who decided, and in which meeting — the minutes of that meeting show it.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from agenda.case import Case, CourseChange, CourseDecision, CoursePoint
from agenda.errors import Invalid
from agenda.i18n import Messages


@dataclass(frozen=True)
class Decided:
    """When, by whom and (if so) in which meeting a course change was decided."""

    on: datetime
    by: str
    meeting_id: str | None = None


def default_decider(case: Case, t: Messages, meeting_id: str | None = None) -> str:
    """Who decided, unless someone says otherwise.

    In a meeting the whole kernteam decides; while the chair sets a case up alone, it is
    the chair (when the team has one), else again the kernteam.
    """
    chair = case.chair()
    if meeting_id is None and chair is not None:
        return chair.name
    return t("course.decided_by.team")


def add_point(case: Case, text: str, decided: Decided, number: int | None = None) -> Case:
    """A new course point, at the end or at position `number` (from 1)."""
    point = CoursePoint(text=_text(text))
    course = list(case.course)
    index = len(course) if number is None else _index(number, len(course) + 1)
    course.insert(index, point)
    return _decided(
        case,
        course,
        decided,
        change=CourseChange.ADDED,
        point_id=point.id,
        new_text=point.text,
        new_number=index + 1,
    )


def change_point(case: Case, point_id: str, text: str, decided: Decided) -> Case:
    """The point's new wording; the same case when the wording did not change."""
    index, point = _find(case, point_id)
    new_text = _text(text)
    if new_text == point.text:
        return case
    course = list(case.course)
    course[index] = point.model_copy(update={"text": new_text})
    return _decided(
        case,
        course,
        decided,
        change=CourseChange.CHANGED,
        point_id=point_id,
        old_text=point.text,
        new_text=new_text,
        old_number=index + 1,
        new_number=index + 1,
    )


def remove_point(case: Case, point_id: str, decided: Decided) -> Case:
    index, point = _find(case, point_id)
    course = [p for p in case.course if p.id != point_id]
    return _decided(
        case,
        course,
        decided,
        change=CourseChange.REMOVED,
        point_id=point_id,
        old_text=point.text,
        old_number=index + 1,
    )


def move_point(case: Case, point_id: str, number: int, decided: Decided) -> Case:
    """The point at position `number` (from 1); the same case when it is there already."""
    index, point = _find(case, point_id)
    target = _index(number, len(case.course))
    if target == index:
        return case
    course = [p for p in case.course if p.id != point_id]
    course.insert(target, point)
    return _decided(
        case,
        course,
        decided,
        change=CourseChange.MOVED,
        point_id=point_id,
        old_text=point.text,
        new_text=point.text,
        old_number=index + 1,
        new_number=target + 1,
    )


def decisions_in(case: Case, meeting_id: str) -> list[CourseDecision]:
    """The course decisions the team made in one meeting, in the order made."""
    return [d for d in case.course_history if d.meeting_id == meeting_id]


def _decided(
    case: Case,
    course: list[CoursePoint],
    decided: Decided,
    *,
    change: CourseChange,
    point_id: str,
    old_text: str = "",
    new_text: str = "",
    old_number: int | None = None,
    new_number: int | None = None,
) -> Case:
    by = decided.by.strip()
    if not by:
        raise Invalid([("invalid.decided_by_required", {})])
    decision = CourseDecision(
        on=decided.on,
        change=change,
        point_id=point_id,
        old_text=old_text,
        new_text=new_text,
        old_number=old_number,
        new_number=new_number,
        decided_by=by,
        meeting_id=decided.meeting_id,
    )
    return case.model_copy(
        update={"course": course, "course_history": [*case.course_history, decision]}
    )


def _text(text: str) -> str:
    cleaned = " ".join(text.split())
    if not cleaned:
        raise Invalid([("invalid.course_point_text", {})])
    return cleaned


def _find(case: Case, point_id: str) -> tuple[int, CoursePoint]:
    for index, point in enumerate(case.course):
        if point.id == point_id:
            return index, point
    raise Invalid([("invalid.unknown_course_point", {})])


def _index(number: int, size: int) -> int:
    """A 1-based position as a list index, kept within the list."""
    return min(max(number, 1), max(size, 1)) - 1
