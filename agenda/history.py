"""The course and the attendance over the last meetings, from the closed meetings themselves.

"Als er een koers is, volgen we deze niet consequent" (report ch. 3): a course point that
slips from ✓ to ? to ✗ over three weeks says more than its latest status. And "ieder is
er en doet wat afgesproken is, ook als iemands rol kleiner of nihil wordt" (ch. 5.2):
who missed which meeting is the board's business. Both are read from what the closed
meetings recorded (their course checks, who was present and absent), never kept a second
time, so they cannot drift from the minutes.

A `PastMeeting` is the little of a closed meeting these figures need; the store reads
the last `HISTORY_MEETINGS` closed meetings when a meeting opens or a case is edited.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date

from agenda.case import COURSE_SYMBOLS, Case, CourseStatus
from agenda.meeting import IntentInForce, Meeting
from agenda.templates import StepKind

HISTORY_MEETINGS = 6
"""How many closed meetings the course and attendance trends show: six weeks of a
weekly rhythm, short enough to read aloud."""


@dataclass(frozen=True)
class PastMeeting:
    """What the trends need of one closed meeting."""

    id: str
    on: date
    course: dict[str, CourseStatus | None] | None
    """Each course point in that meeting's course check and its status (None: not
    answered); None when the meeting had no course check (a retrospective, say)."""
    present: tuple[str, ...]
    absent: tuple[str, ...]
    intent: IntentInForce | None = None

    @classmethod
    def of(cls, meeting: Meeting) -> PastMeeting:
        checks: dict[str, CourseStatus | None] | None = None
        for step, record in zip(meeting.steps, meeting.records, strict=True):
            if step.kind is StepKind.COURSE:
                checks = {} if checks is None else checks
                for check in record.course:
                    if check.status is not None or check.point_id not in checks:
                        checks[check.point_id] = check.status
        guests = {guest.name for guest in meeting.guests}
        return cls(
            id=meeting.id,
            on=meeting.started.date(),
            course=checks,
            present=tuple(name for name in meeting.present if name not in guests),
            absent=tuple(meeting.absent),
            intent=meeting.intent,
        )


# -- course over time ------------------------------------------------------------------------


def course_trend(point_id: str, past: Sequence[PastMeeting]) -> list[CourseStatus | None]:
    """The point's status in each closed meeting that checked the course while the point
    was part of it, oldest first (None: not answered there)."""
    ordered = sorted(past, key=lambda m: m.on)
    return [m.course[point_id] for m in ordered if m.course is not None and point_id in m.course]


def trend_symbols(trend: Sequence[CourseStatus | None]) -> str:
    """`✓ ✓ ? ✗`: one shape per meeting, so the trend never rests on colour."""
    return " ".join(COURSE_SYMBOLS[status] for status in trend)


def course_trends(case: Case, past: Sequence[PastMeeting]) -> dict[str, list[CourseStatus | None]]:
    """Every course point's trend, by point id."""
    return {point.id: course_trend(point.id, past) for point in case.course}


# -- attendance over time -------------------------------------------------------------------


@dataclass(frozen=True)
class Attended:
    """One member's attendance over the last meetings, oldest first: True present,
    False absent, None not on that meeting's list (not yet in the team, say)."""

    name: str
    marks: tuple[bool | None, ...]

    @property
    def missed(self) -> int:
        return sum(1 for mark in self.marks if mark is False)


@dataclass(frozen=True)
class AttendanceOverTime:
    days: tuple[date, ...]
    """The meetings' dates, oldest first (the current meeting last, when there is one)."""
    rows: tuple[Attended, ...]
    """One per current team member, in the team's order."""


def attendance_over_time(
    case: Case, past: Sequence[PastMeeting], current: Meeting | None = None
) -> AttendanceOverTime:
    """Who was there at each of the last closed meetings (and at `current`, as it stands).

    A name counts as it was written in that meeting's attendance, matched the way the team
    says it (case and spaces ignored). Guests are not members and are left out.
    """
    meetings = sorted(past, key=lambda m: m.on)[-HISTORY_MEETINGS:]
    if current is not None:
        meetings = [m for m in meetings if m.id != current.id][-(HISTORY_MEETINGS - 1) :]
        meetings.append(PastMeeting.of(current))
    rows = []
    for member in case.team:
        key = _key(member.name)
        marks: list[bool | None] = []
        for meeting in meetings:
            if key in {_key(n) for n in meeting.present}:
                marks.append(True)
            elif key in {_key(n) for n in meeting.absent}:
                marks.append(False)
            else:
                marks.append(None)
        rows.append(Attended(member.name, tuple(marks)))
    return AttendanceOverTime(tuple(m.on for m in meetings), tuple(rows))


def _key(name: str) -> str:
    return name.strip().casefold()


# -- the intent in force -----------------------------------------------------------------------


def intent_for_meeting(case: Case, past: Sequence[PastMeeting]) -> IntentInForce:
    """The case's intent and commitment as a new meeting starts under them, marked changed
    when they are not the words of the previous meeting (the minutes then show them).

    A first meeting has no previous one: the words are new to the team, so they count as
    changed. A previous meeting kept before the intent was has no words to compare, so
    nothing is claimed to have changed.
    """
    latest = max(past, key=lambda m: m.on, default=None)
    if latest is None:
        changed = True
    elif latest.intent is None:
        changed = False
    else:
        changed = (latest.intent.intent, latest.intent.commitment) != (
            case.intent,
            case.commitment,
        )
    return IntentInForce(
        intent=list(case.intent), commitment=list(case.commitment), changed=changed
    )
