"""Follow-through, load per person and the board's flags over constructed histories."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date, timedelta

import pytest

from agenda.actions import Action, ActionStatus, Bearable, Feedback
from agenda.figures import (
    FlagKind,
    Load,
    MeetingDate,
    board,
    due_meeting,
    effective_due,
    flags,
    follow_through,
    follow_through_in,
    latest_share,
    load_per_person,
    overloaded,
    status_at,
    trend,
)
from tests.factories import make_case

M1 = MeetingDate("m1", date(2026, 11, 7))
M2 = MeetingDate("m2", date(2026, 11, 14))
M3 = MeetingDate("m3", date(2026, 11, 21))
M4 = MeetingDate("m4", date(2026, 11, 28))
MEETINGS = [M1, M2, M3, M4]
CASE = make_case()  # Anna, Bram, Cem; family: moeder


def act(
    owner: str = "Bram",
    made: MeetingDate = M1,
    due: date | None = None,
    reports: Sequence[tuple[MeetingDate, ActionStatus]] = (),
    bearable: Bearable = Bearable.YES,
    **fields: object,
) -> Action:
    action = Action(
        what=f"actie van {owner}",
        owner=owner,
        due=due,
        bearable=bearable,
        created_on=made.on,
        created_meeting_id=made.id,
        **fields,
    )
    for meeting, status in reports:
        action = action.with_feedback(Feedback(meeting_id=meeting.id, on=meeting.on, status=status))
    return action


def figures(actions: Sequence[Action]) -> dict[str, tuple[int, int]]:
    return {f.meeting_id: (f.done, f.due) for f in follow_through(actions, MEETINGS)}


# -- follow-through ------------------------------------------------------------------------


def test_no_actions_means_nothing_due_and_no_share() -> None:
    assert figures([]) == {"m1": (0, 0), "m2": (0, 0), "m3": (0, 0), "m4": (0, 0)}
    assert all(f.share is None for f in follow_through([], MEETINGS))
    assert latest_share([], MEETINGS) is None


def test_each_action_counts_once_in_the_meeting_it_falls_due() -> None:
    kept = act(due=M2.on, reports=[(M2, ActionStatus.DONE)])
    late = act(due=M2.on, reports=[(M2, ActionStatus.NOT_DONE), (M3, ActionStatus.DONE)])
    partly = act(due=M2.on, reports=[(M2, ActionStatus.PARTLY)])
    between = act(due=date(2026, 11, 17), reports=[(M3, ActionStatus.DONE)])
    result = figures([kept, late, partly, between])
    # M2: kept done, late not (yet), partly not: 1 of 3. M3: only the one due between.
    assert result == {"m1": (0, 0), "m2": (1, 3), "m3": (1, 1), "m4": (0, 0)}


def test_done_late_does_not_lift_the_figure_and_overdue_is_not_counted_again() -> None:
    stubborn = act(
        due=M2.on,
        reports=[(M2, ActionStatus.NOT_DONE), (M3, ActionStatus.ONGOING), (M4, ActionStatus.DONE)],
    )
    assert figures([stubborn]) == {"m1": (0, 0), "m2": (0, 1), "m3": (0, 0), "m4": (0, 0)}


def test_done_early_counts_as_kept_in_its_due_meeting() -> None:
    early = act(due=M4.on, reports=[(M2, ActionStatus.DONE)])
    assert figures([early])["m4"] == (1, 1)
    assert figures([early])["m2"] == (0, 0)


def test_dropped_by_its_due_meeting_is_left_out_dropped_later_is_not_kept() -> None:
    let_go = act(due=M2.on, reports=[(M2, ActionStatus.DROPPED)])
    let_go_early = act(due=M3.on, reports=[(M2, ActionStatus.DROPPED)])
    dropped_late = act(due=M2.on, reports=[(M2, ActionStatus.NOT_DONE), (M3, ActionStatus.DROPPED)])
    assert figures([let_go, let_go_early, dropped_late]) == {
        "m1": (0, 0),
        "m2": (0, 1),
        "m3": (0, 0),
        "m4": (0, 0),
    }


def test_all_dropped_gives_no_share_instead_of_zero() -> None:
    actions = [act(due=M2.on, reports=[(M2, ActionStatus.DROPPED)]) for _ in range(3)]
    assert all(f.due == 0 and f.share is None for f in follow_through(actions, MEETINGS))
    assert latest_share(actions, MEETINGS) is None


def test_without_a_due_date_it_falls_due_at_the_next_meeting() -> None:
    undated = act(made=M2, reports=[(M3, ActionStatus.DONE)])
    assert effective_due(undated, MEETINGS) == M3.on
    assert due_meeting(undated, MEETINGS) == M3
    assert figures([undated])["m3"] == (1, 1)
    # Made in the latest meeting: not due anywhere yet.
    fresh = act(made=M4)
    assert effective_due(fresh, MEETINGS) is None
    assert due_meeting(fresh, MEETINGS) is None
    assert sum(f.due for f in follow_through([fresh], MEETINGS)) == 0


def test_made_in_a_meeting_it_is_not_due_in_that_same_meeting() -> None:
    same_day = act(made=M2, due=M2.on)
    assert due_meeting(same_day, MEETINGS) == M3


def test_feedback_in_another_meeting_of_the_same_day_is_not_this_meetings() -> None:
    """Two meetings on one day: what was reported in the one does not count as reported
    in the other, in either order (a meeting is known by its date alone)."""
    morning, afternoon = MeetingDate("ochtend", M2.on), MeetingDate("middag", M2.on)
    meetings = [M1, morning, afternoon, M3]
    in_the_afternoon = act(due=M2.on, reports=[(afternoon, ActionStatus.DONE)])
    in_the_morning = act(due=M2.on, reports=[(morning, ActionStatus.DROPPED)])
    assert due_meeting(in_the_afternoon, meetings) == morning

    assert status_at(in_the_afternoon, morning) is ActionStatus.OPEN
    assert status_at(in_the_afternoon, afternoon) is ActionStatus.DONE
    assert status_at(in_the_morning, afternoon) is ActionStatus.OPEN
    assert status_at(in_the_afternoon, M3) is ActionStatus.DONE  # a later day sees it
    # Due in the morning, reported done only in the afternoon: not kept in the morning.
    figure = follow_through_in([in_the_afternoon], morning, meetings)
    assert (figure.done, figure.due) == (0, 1)
    # Dropped in the morning: left out there, and the afternoon owes nothing.
    assert follow_through_in([in_the_morning], morning, meetings).due == 0
    assert follow_through_in([in_the_afternoon, in_the_morning], afternoon, meetings).due == 0
    assert in_the_afternoon.feedback_in(morning.id) is None
    assert in_the_morning.feedback_in(afternoon.id) is None


def test_the_meeting_in_progress_shows_its_figure_so_far() -> None:
    actions = [act(due=M4.on), act(due=M4.on, reports=[(M4, ActionStatus.DONE)])]
    now = follow_through_in(actions, M4, MEETINGS)
    assert (now.done, now.due, now.share) == (1, 2, 0.5)


def test_trend_shows_the_last_eight_meetings_oldest_first() -> None:
    start = date(2026, 1, 2)
    meetings = [MeetingDate(f"w{n}", start + timedelta(weeks=n)) for n in range(10)]
    actions = [
        act(made=meetings[n - 1], reports=[(meetings[n], ActionStatus.DONE)])
        if n % 2
        else act(made=meetings[n - 1])
        for n in range(1, 10)
    ]
    shown = trend(actions, meetings)
    assert [f.meeting_id for f in shown] == [f"w{n}" for n in range(2, 10)]
    assert [f.share for f in shown] == [0.0, 1.0, 0.0, 1.0, 0.0, 1.0, 0.0, 1.0]
    assert shown == follow_through(actions, meetings)[-8:]  # the same figures, fewer made
    assert trend(actions, meetings[:3]) == follow_through(actions, meetings[:3])
    assert trend(actions, meetings, count=0) == []


# -- load per person -----------------------------------------------------------------------


def loads_by_owner(actions: Sequence[Action], today: date = M4.on) -> dict[str, Load]:
    return {load.owner: load for load in load_per_person(actions, CASE, today, MEETINGS)}


def test_every_team_member_has_a_row_even_without_actions() -> None:
    loads = loads_by_owner([])
    assert list(loads) == ["Anna", "Bram", "Cem"]
    assert all(load.open == 0 and not load.family for load in loads.values())


def test_load_counts_open_tight_and_overdue_actions() -> None:
    actions = [
        act(due=M3.on),  # overdue on M4
        act(due=M4.on, bearable=Bearable.TIGHT),  # due today: not overdue
        act(due=M4.on, bearable=Bearable.NO, helpers=["Cem"]),
        act(due=M2.on, reports=[(M2, ActionStatus.DONE)]),  # closed: no load
        act(made=M3),  # no date: due at M4, today
        act(made=M2),  # no date: due at M3, overdue
    ]
    bram = loads_by_owner(actions)["Bram"]
    assert (bram.open, bram.strained, bram.without_help, bram.overdue) == (5, 2, 1, 2)


def test_an_action_handed_over_is_carried_by_its_new_owner() -> None:
    moved = act(owner="Bram", due=M4.on).model_copy(update={"owner": "Cem"})
    loads = loads_by_owner([moved])
    assert (loads["Bram"].open, loads["Cem"].open) == (0, 1)


def test_family_members_own_actions_and_names_match_as_spoken() -> None:
    loads = loads_by_owner([act(owner="moeder"), act(owner=" MOEDER"), act(owner="bram ")])
    assert loads["moeder"].open == 2 and loads["moeder"].family
    assert loads["Bram"].open == 1
    assert "MOEDER" not in loads and "bram " not in loads


def test_an_owner_who_left_the_team_keeps_a_row() -> None:
    loads = loads_by_owner([act(owner="Dirk")])
    assert loads["Dirk"].open == 1


# -- overload ------------------------------------------------------------------------------


def counts(*numbers: int) -> list[Load]:
    return [Load(f"p{i}", False, n, 0, 0, 0) for i, n in enumerate(numbers)]


@pytest.mark.parametrize(
    ("numbers", "flagged"),
    [
        ((5, 1, 1, 0, 0), "p0"),  # clearly more
        ((3, 0, 0), "p0"),  # the minimum, two ahead
        ((2, 0, 0, 0), None),  # below the minimum: a start, not a pattern
        ((5, 4, 1), None),  # not two ahead of the runner-up
        ((6, 4, 4, 4), "p0"),  # 6 >= 1.5 x median 4
        ((7, 5, 5, 5), None),  # 7 < 1.5 x median 5: the whole team is busy
        ((0, 0, 0), None),  # nobody carries anything
        ((9,), None),  # nobody to compare with
        ((1, 4, 0, 6), "p3"),  # order does not matter
    ],
)
def test_one_person_carrying_clearly_more(numbers: tuple[int, ...], flagged: str | None) -> None:
    heavy = overloaded(counts(*numbers))
    assert (heavy.owner if heavy else None) == flagged


def test_team_members_without_actions_count_in_the_median() -> None:
    actions = [act(owner="Bram") for _ in range(3)]
    # Anna 0, Bram 3, Cem 0: median 0; Bram is the one.
    first = flags(actions, CASE, M4.on, MEETINGS)[0]
    assert (first.kind, first.owner, first.open, first.median) == (FlagKind.OVERLOAD, "Bram", 3, 0)


# -- flags ---------------------------------------------------------------------------------


def test_flags_tight_without_helper_and_overdue_most_pressing_first() -> None:
    lonely = act(owner="Anna", due=M4.on, bearable=Bearable.TIGHT)
    helped = act(owner="Anna", due=M4.on, bearable=Bearable.NO, help_note="Cem belt mee")
    later = act(owner="Cem", due=M3.on)
    earliest = act(owner="moeder", due=M2.on)
    closed = act(owner="Cem", due=M2.on, reports=[(M2, ActionStatus.DONE)])
    found = flags([lonely, helped, later, earliest, closed], CASE, M4.on, MEETINGS)
    assert [(f.kind, f.owner, f.action) for f in found] == [
        (FlagKind.NO_HELPER, "Anna", lonely),
        (FlagKind.OVERDUE, "moeder", earliest),
        (FlagKind.OVERDUE, "Cem", later),
    ]


def test_no_actions_and_all_dropped_raise_no_flags() -> None:
    dropped = [
        act(due=M2.on, bearable=Bearable.NO, reports=[(M2, ActionStatus.DROPPED)]) for _ in range(5)
    ]
    for actions in ([], dropped):
        shown = board(actions, CASE, M4.on, MEETINGS)
        assert shown.flags == []
        assert shown.open_actions == []
        assert all(load.open == 0 for load in shown.loads)
        assert shown.latest is not None and shown.latest.share is None


def test_board_latest_is_the_last_meeting() -> None:
    actions = [act(due=M4.on, reports=[(M4, ActionStatus.DONE)]), act(due=M4.on)]
    shown = board(actions, CASE, M4.on, MEETINGS)
    assert shown.latest is not None
    assert (shown.latest.meeting_id, shown.latest.done, shown.latest.due) == ("m4", 1, 2)
    assert len(shown.open_actions) == 1
    assert board([], CASE, M4.on, []).latest is None
