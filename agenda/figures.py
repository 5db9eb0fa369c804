"""Figures over a case's actions: follow-through ("afspraken nagekomen") per meeting.

Pure functions over the case's actions and the dates of its meetings, so the board, the
check-out screen, the start screen and the minutes all show the same numbers.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date

from agenda.actions import CLOSING_STATUSES, Action, ActionStatus


@dataclass(frozen=True)
class MeetingDate:
    id: str
    on: date


@dataclass(frozen=True)
class FollowThrough:
    """Of the actions due by a meeting, how many were reported done in it."""

    meeting_id: str
    on: date
    due: int
    done: int

    @property
    def share(self) -> float | None:
        return self.done / self.due if self.due else None


def effective_due(action: Action, meetings: Sequence[MeetingDate]) -> date | None:
    """The due date, or else the first meeting after the action was made."""
    if action.due is not None:
        return action.due
    return next((m.on for m in meetings if m.on > action.created_on), None)


def follow_through_in(
    actions: Iterable[Action], meeting: MeetingDate, meetings: Sequence[MeetingDate]
) -> FollowThrough:
    """Follow-through of one meeting.

    Due by the meeting: made before it, due on or before its date, not closed in an
    earlier meeting, and not dropped in this one (a dropped action was not an agreement
    left unkept). Done: reported done in this meeting.
    """
    due = done = 0
    for action in actions:
        if action.created_on >= meeting.on:
            continue
        when = effective_due(action, meetings)
        if when is None or when > meeting.on:
            continue
        if any(f.on < meeting.on and f.status in CLOSING_STATUSES for f in action.history):
            continue
        feedback = action.feedback_in(meeting.id)
        if feedback is not None and feedback.status is ActionStatus.DROPPED:
            continue
        due += 1
        if feedback is not None and feedback.status is ActionStatus.DONE:
            done += 1
    return FollowThrough(meeting.id, meeting.on, due, done)


def follow_through(
    actions: Sequence[Action], meetings: Sequence[MeetingDate]
) -> list[FollowThrough]:
    """Follow-through of every meeting, oldest first."""
    ordered = sorted(meetings, key=lambda m: m.on)
    return [follow_through_in(actions, m, ordered) for m in ordered]


def latest_share(actions: Sequence[Action], meetings: Sequence[MeetingDate]) -> float | None:
    """The most recent meeting's follow-through that had anything due."""
    for figure in reversed(follow_through(actions, meetings)):
        if figure.share is not None:
            return figure.share
    return None
