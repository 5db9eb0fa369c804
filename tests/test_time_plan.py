"""The time plan the chair steers, without a terminal: extend, borrow, re-plan, and the
warning that the rest of the agenda no longer fits (agenda/time_plan.py, the session)."""

from __future__ import annotations

from agenda.clock import ManualClock
from agenda.meeting import TimeChangeKind
from agenda.minutes import write_minutes
from agenda.session import MeetingSession
from agenda.time_plan import MIN_STEP, borrowed, extended, outlook, replanned
from tests.factories import make_case, make_meeting
from tests.pilot import Wall

AGENDA = [8, 7, 7, 8, 10, 12, 8]
"""The kernteam agenda's minutes (60 in all)."""
PLAN = [m * 60 for m in AGENDA]


def test_extending_gives_the_open_step_more_and_leaves_the_rest() -> None:
    assert extended(PLAN, 2, 120) == [*PLAN[:2], PLAN[2] + 120, *PLAN[3:]]


def test_borrowing_takes_a_minute_at_a_time_from_the_longest_later_step() -> None:
    plan = borrowed(PLAN, 1, 180)
    assert plan is not None
    assert plan[1] == PLAN[1] + 180
    assert sum(plan) == sum(PLAN)
    # 12 gives (11), then 11 (10), then of two tens the later one: the longest first.
    assert plan[4:6] == [10 * 60, 9 * 60]
    assert plan[:1] == PLAN[:1] and plan[2:4] == PLAN[2:4] and plan[6] == PLAN[6]


def test_borrowing_never_leaves_a_later_step_below_a_minute() -> None:
    short = [600, 120, 60]
    assert borrowed(short, 0, 60) == [660, 60, 60]
    assert borrowed(short, 0, 120) is None
    assert borrowed(short, 2, 60) is None  # the last step has nothing after it


def test_replanning_shares_what_is_left_in_the_agendas_proportions() -> None:
    # Twenty minutes into the third step (planned 7), 8 + 7 spent in the first two.
    spent = [8 * 60.0, 7 * 60.0, 20 * 60.0, 0, 0, 0, 0]
    plan = replanned(PLAN, AGENDA, spent, 2, 3600)
    left = 3600 - sum(spent)  # 25 minutes for steps 3-7
    assert plan[:2] == PLAN[:2]
    assert sum(plan[2:]) - spent[2] == left
    assert all(plan[i] >= MIN_STEP for i in range(3, 7))
    assert plan[5] > plan[3]  # "Volgende stappen" (12) keeps more than "Koers" (8)
    assert outlook(plan, spent, 2, 3600).fits


def test_replanning_after_the_end_gives_every_remaining_step_a_minute() -> None:
    spent = [70 * 60.0, 0, 0, 0, 0, 0, 0]
    plan = replanned(PLAN, AGENDA, spent, 0, 3600)
    assert plan == [70 * 60 + 60, 60, 60, 60, 60, 60, 60]


def test_the_outlook_counts_the_open_step_and_those_after_it() -> None:
    spent = [8 * 60.0, 5 * 60.0, 0, 0, 0, 0, 0]
    fine = outlook(PLAN, spent, 1, 3600)
    assert fine.fits and fine.steps == 6
    late = outlook(extended(PLAN, 1, 120), spent, 1, 3600)
    assert not late.fits
    assert late.needed - late.left == 120


def session_of(clock: ManualClock) -> MeetingSession:
    case = make_case()
    return MeetingSession(case, make_meeting(case), [], [], clock, Wall(clock))


def test_every_change_is_kept_and_the_minutes_show_planned_replanned_and_actual(
    clock: ManualClock,
) -> None:
    session = session_of(clock)
    clock.advance(9 * 60)
    session.extend_step(1)
    session.extend_step(1)
    assert session.borrow_time(1)
    session.next_step()
    clock.advance(4 * 60)
    session.replan_time()
    kinds = [c.kind for c in session.meeting.time_changes]
    assert kinds == [
        TimeChangeKind.EXTEND,
        TimeChangeKind.EXTEND,
        TimeChangeKind.BORROW,
        TimeChangeKind.REPLAN,
    ]
    assert session.meeting.plan[0] == 11 * 60
    assert all(len(c.plan) == len(session.meeting.steps) for c in session.meeting.time_changes)
    minutes = write_minutes(session.case, session.checkpoint(), session.actions(), [])
    assert "| Stap | Gepland | Herpland | Werkelijk | Verschil |" in minutes
    assert "| 1. Incheck | 08:00 | 11:00 | 09:00 | −02:00 |" in minutes
    assert "| 2. Actualiteit | 07:00 | 11:00 | 04:00 | −07:00 |" in minutes
    assert minutes.count("- 09:09 · 1. Incheck: 01:00 erbij") == 2  # each press its own line
    assert "01:00 geleend van de latere stappen" in minutes
    assert "de tijd tot het einde opnieuw verdeeld" in minutes


def test_minutes_of_a_meeting_kept_to_its_plan_have_no_replanned_column(
    clock: ManualClock,
) -> None:
    session = session_of(clock)
    minutes = write_minutes(session.case, session.checkpoint(), session.actions(), [])
    assert "| Stap | Gepland | Werkelijk | Verschil |" in minutes
    assert "Herpland" not in minutes
