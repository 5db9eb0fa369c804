"""How a meeting's work joins the case: actions, course status and the next meeting.

During a meeting only the meeting's own file is written (autosave stays small and fast,
however long the case's history); the actions it touched are kept in `Meeting.actions`.
`with_meeting_actions` shows the case's actions as they stand during the meeting, and
`fold_meeting` makes that permanent when the meeting closes. Folding is idempotent: doing
it twice (after a crash in between, say) gives the same result.
"""

from __future__ import annotations

from agenda.actions import Action
from agenda.case import Case
from agenda.meeting import Meeting
from agenda.templates import StepKind


def with_meeting_actions(actions: list[Action], meeting: Meeting | None) -> list[Action]:
    """The case's actions with the meeting's new and changed ones in place.

    The meeting keeps each action it touched with only its own feedback; the earlier
    history comes from the case's stored action.
    """
    if meeting is None or not meeting.actions:
        return list(actions)
    kept = meeting.actions
    result = [a.updated_in(meeting.id, kept[a.id]) if a.id in kept else a for a in actions]
    known = {a.id for a in actions}
    result.extend(a for a in kept.values() if a.id not in known)
    return result


def fold_meeting(case: Case, actions: list[Action], meeting: Meeting) -> tuple[Case, list[Action]]:
    """The case and its actions once `meeting` is closed."""
    course = []
    checks = {
        check.point_id: check
        for step, record in zip(meeting.steps, meeting.records, strict=True)
        if step.kind is StepKind.COURSE
        for check in record.course
        if check.status is not None
    }
    for point in case.course:
        check = checks.get(point.id)
        if check is not None:
            point = point.model_copy(
                update={"status": check.status, "status_on": meeting.started.date()}
            )
        course.append(point)
    updated = case.model_copy(
        update={
            "course": course,
            "next_meeting": meeting.next_meeting or case.next_meeting,
        }
    )
    return updated, with_meeting_actions(actions, meeting)
