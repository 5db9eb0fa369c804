"""Course and attendance over time are read from the closed meetings themselves."""

from __future__ import annotations

from datetime import timedelta

from agenda.case import CourseStatus
from agenda.history import (
    HISTORY_MEETINGS,
    PastMeeting,
    attendance_over_time,
    course_trend,
    intent_for_meeting,
    trend_symbols,
)
from agenda.meeting import CourseCheck, Guest, IntentInForce, Meeting
from agenda.storage import Store
from agenda.templates import StepKind
from tests.factories import make_case, make_meeting

ON, DOUBT, OFF = CourseStatus.ON_COURSE, CourseStatus.DOUBT, CourseStatus.OFF_COURSE


def meeting_with(case_meeting: Meeting, weeks: int, status: CourseStatus | None) -> Meeting:
    meeting = case_meeting.model_copy(
        deep=True,
        update={"id": f"m{weeks}", "started": case_meeting.started + timedelta(weeks=weeks)},
    )
    course = next(i for i, s in enumerate(meeting.steps) if s.kind is StepKind.COURSE)
    for check in meeting.records[course].course:
        check.status = status
    return meeting


def test_a_points_trend_is_its_status_per_closed_meeting_oldest_first() -> None:
    case = make_case()
    first = make_meeting(case)
    course = next(i for i, s in enumerate(first.steps) if s.kind is StepKind.COURSE)
    first.records[course].course = [CourseCheck(point_id=p.id) for p in case.course]
    statuses = [ON, ON, DOUBT, None, OFF]
    past = [PastMeeting.of(meeting_with(first, n, s)) for n, s in enumerate(statuses)]
    point = case.course[0].id
    assert course_trend(point, past[::-1]) == statuses
    assert trend_symbols(course_trend(point, past)) == "✓ ✓ ? · ✗"
    assert course_trend("a point added later", past) == []


def test_a_meeting_without_a_course_check_is_no_point_in_the_trend() -> None:
    case = make_case(template_id="retrospectief")
    retro = make_meeting(case)
    assert PastMeeting.of(retro).course is None
    assert course_trend(case.course[0].id, [PastMeeting.of(retro)]) == []


def test_attendance_over_time_marks_who_missed_which_meeting() -> None:
    case = make_case()
    base = make_meeting(case)
    past = []
    for week, absent in enumerate([[], ["Bram"], ["Bram", "Cem"]]):
        meeting = base.model_copy(
            update={
                "id": f"w{week}",
                "started": base.started + timedelta(weeks=week),
                "present": [n for n in ("Anna", "Bram", "Cem") if n not in absent],
                "absent": absent,
            }
        )
        past.append(PastMeeting.of(meeting))
    current = base.model_copy(
        update={
            "id": "now",
            "started": base.started + timedelta(weeks=3),
            "present": ["Anna", "Bram", "Gast"],
            "absent": ["Cem"],
            "guests": [Guest(name="Gast")],
        }
    )
    seen = attendance_over_time(case, past, current)
    assert seen.days[-1] == current.started.date() and len(seen.days) == 4
    rows = {row.name: row for row in seen.rows}
    assert set(rows) == {"Anna", "Bram", "Cem"}  # the guest is no member
    assert rows["Bram"].marks == (True, False, False, True) and rows["Bram"].missed == 2
    assert rows["Cem"].marks == (True, True, False, False) and rows["Cem"].missed == 2
    assert rows["Anna"].missed == 0


def test_attendance_shows_at_most_the_last_meetings() -> None:
    case = make_case()
    base = make_meeting(case)
    past = [
        PastMeeting.of(
            base.model_copy(update={"id": f"w{w}", "started": base.started + timedelta(weeks=w)})
        )
        for w in range(10)
    ]
    assert len(attendance_over_time(case, past).days) == HISTORY_MEETINGS
    current = base.model_copy(update={"id": "now", "started": base.started + timedelta(weeks=11)})
    seen = attendance_over_time(case, past, current)
    assert len(seen.days) == HISTORY_MEETINGS and seen.days[-1] == current.started.date()


def test_the_intent_counts_as_changed_when_it_is_new_or_other_than_last_time() -> None:
    case = make_case(intent=["Eén plan"], commitment=["Het gezin staat centraal."])
    assert intent_for_meeting(case, []).changed  # a first meeting: new to the team
    same = IntentInForce(intent=["Eén plan"], commitment=["Het gezin staat centraal."])
    before = make_meeting(case).model_copy(update={"intent": same})
    assert not intent_for_meeting(case, [PastMeeting.of(before)]).changed
    other = before.model_copy(update={"intent": same.model_copy(update={"intent": ["Twee"]})})
    assert intent_for_meeting(case, [PastMeeting.of(other)]).changed
    unknown = before.model_copy(update={"intent": None})
    assert not intent_for_meeting(case, [PastMeeting.of(unknown)]).changed


def test_the_store_reads_the_last_closed_meetings_and_skips_a_damaged_one(store: Store) -> None:
    case = make_case()
    store.save_case(case)
    closed = []
    for week in range(4):
        meeting = make_meeting(case).model_copy(
            update={"id": f"w{week}", "started": make_meeting(case).started + timedelta(weeks=week)}
        )
        store.begin_meeting(case, meeting)
        store.close_meeting(case, meeting)
        closed.append(meeting.id)
    still_open = make_meeting(case).model_copy(
        update={"id": "open", "started": make_meeting(case).started + timedelta(weeks=5)}
    )
    store.begin_meeting(case, still_open)
    assert [m.id for m in store.recent_meetings(case.id, 3)] == ["w1", "w2", "w3"]
    damaged = next(r.path for r in store.list_meetings(case.id) if r.id == "w2")
    damaged.write_bytes(b"{not json")
    assert [m.id for m in store.recent_meetings(case.id, 3)] == ["w0", "w1", "w3"]
    assert damaged.read_bytes() == b"{not json"
