"""Actions in a meeting: feedback given and undone, status edits, owners and helpers."""

from __future__ import annotations

from datetime import date, datetime, timedelta

import pytest

from agenda.actions import (
    Action,
    ActionStatus,
    Bearable,
    Feedback,
    check_new_action,
    known_owner,
    tidy_helpers,
)
from agenda.clock import ManualClock
from agenda.errors import Invalid
from agenda.figures import MeetingDate
from agenda.i18n import Messages
from agenda.session import MeetingSession
from tests.conftest import NOW, TODAY
from tests.factories import make_case, make_meeting

EARLIER = TODAY - timedelta(days=7)


def reported(action: Action, meeting_id: str, on: date, status: ActionStatus) -> Action:
    return action.with_feedback(
        Feedback(meeting_id=meeting_id, on=on, status=status, note=f"{status} in {meeting_id}")
    )


def test_without_feedback_falls_back_to_the_previous_meeting() -> None:
    action = Action(
        bearable=Bearable.YES, what="Bellen", owner="Bram", created_on=EARLIER - timedelta(days=7)
    )
    first = reported(action, "m1", EARLIER, ActionStatus.PARTLY)
    second = reported(first, "m2", TODAY, ActionStatus.DONE)
    assert second.status is ActionStatus.DONE
    undone = second.without_feedback("m2")
    assert undone.status is ActionStatus.PARTLY
    assert [f.meeting_id for f in undone.history] == ["m1"]
    assert undone.without_feedback("m1").status is ActionStatus.OPEN
    assert undone.without_feedback("elsewhere") == undone


def test_setting_the_status_is_feedback_in_this_meeting() -> None:
    action = reported(
        Action(bearable=Bearable.YES, what="x", owner="Bram", created_on=EARLIER),
        "m2",
        TODAY,
        ActionStatus.PARTLY,
    )
    done = action.with_status(ActionStatus.DONE, "m2", TODAY)
    assert done.status is ActionStatus.DONE
    assert done.history[-1].note == "partly in m2"  # the note given here is kept
    assert done.with_status(ActionStatus.OPEN, "m2", TODAY).history == []


def test_editing_an_overdue_action_is_not_refused_for_its_old_date() -> None:
    case = make_case()
    overdue = Action(bearable=Bearable.YES, what="x", owner="Bram", due=EARLIER, created_on=EARLIER)
    handed_over = overdue.model_copy(update={"owner": "Cem"})
    check_new_action(case, handed_over, TODAY, before=overdue)
    with pytest.raises(Invalid) as caught:
        check_new_action(case, handed_over, TODAY)
    assert caught.value.problems[0][0] == "invalid.due_in_past"
    moved_back = overdue.model_copy(update={"due": EARLIER - timedelta(days=1)})
    with pytest.raises(Invalid):
        check_new_action(case, moved_back, TODAY, before=overdue)
    stranger = overdue.model_copy(update={"owner": "Dirk"})
    with pytest.raises(Invalid) as caught:
        check_new_action(case, stranger, TODAY, before=overdue)
    assert caught.value.explain(Messages("nl")).startswith("‘Dirk’ is geen teamlid")


def test_owners_and_helpers_take_the_case_spelling() -> None:
    case = make_case()
    assert known_owner(case, " bram") == "Bram"
    assert known_owner(case, "MOEDER") == "moeder"
    assert known_owner(case, "oma") is None
    helpers = tidy_helpers(case, "Bram", ["cem", "", " BRAM ", "Cem", "buurvrouw", "Anna "])
    assert helpers == ["Cem", "buurvrouw", "Anna"]


def session_for(next_meeting: datetime | None = None) -> MeetingSession:
    case = make_case(next_meeting=None)
    meeting = make_meeting(case)
    meeting.next_meeting = next_meeting
    old = Action(
        bearable=Bearable.YES, what="Ouders bellen", owner="Bram", due=TODAY, created_on=EARLIER
    )
    clock = ManualClock()
    return MeetingSession(case, meeting, [old], [MeetingDate("m0", EARLIER)], clock, lambda: NOW)


def test_feedback_in_the_session_can_be_cleared() -> None:
    session = session_for()
    (old,) = session.earlier_open_actions()
    session.give_feedback(old.id, ActionStatus.DROPPED, "niet meer nodig")
    assert session.earlier_open_actions()[0].status is ActionStatus.DROPPED
    latest = session.board().latest
    assert latest is not None and latest.due == 0
    session.clear_feedback(old.id)
    again = session.earlier_open_actions()[0]
    assert again.status is ActionStatus.OPEN and again.history == []
    session.give_feedback(old.id, ActionStatus.NOT_DONE, "")
    latest = session.board().latest
    assert latest is not None and (latest.done, latest.due) == (0, 1)


def test_a_new_action_is_due_at_the_next_meeting_or_a_week_later() -> None:
    assert session_for().default_due() == TODAY + timedelta(days=7)
    assert session_for(NOW + timedelta(days=14)).default_due() == TODAY + timedelta(days=14)
    assert session_for(NOW - timedelta(days=1)).default_due() == TODAY + timedelta(days=7)


def test_a_family_member_can_be_added_once() -> None:
    session = session_for()
    assert session.add_family_member(" oma ") == "oma"
    assert session.add_family_member("OMA") == "oma"
    assert session.case.family == ["moeder", "oma"]
    check_new_action(
        session.case,
        Action(bearable=Bearable.YES, what="x", owner="Oma", created_on=TODAY),
        session.today,
    )


def test_a_meeting_keeps_only_its_own_feedback_and_the_fold_restores_the_rest() -> None:
    from agenda.fold import with_meeting_actions
    from tests.factories import make_case, make_meeting

    case = make_case()
    meeting = make_meeting(case)
    stored = Action(bearable=Bearable.YES, what="Bellen", owner="Bram", created_on=TODAY)
    for week in range(1, 60):  # more than a year of "loopt"
        stored = stored.with_feedback(
            Feedback(meeting_id=f"m{week}", on=TODAY, status=ActionStatus.ONGOING)
        )
    now = stored.with_feedback(
        Feedback(meeting_id=meeting.id, on=TODAY, status=ActionStatus.DONE, note="eindelijk")
    )
    meeting.actions[now.id] = now.as_in_meeting(meeting.id)
    assert [f.meeting_id for f in meeting.actions[now.id].history] == [meeting.id]
    [merged] = with_meeting_actions([stored], meeting)
    assert merged.history == now.history
    assert merged.status is ActionStatus.DONE
