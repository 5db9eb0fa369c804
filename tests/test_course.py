"""Every change of the course is a joint decision the case keeps: when, what, who, where."""

from __future__ import annotations

from datetime import datetime

import pytest

from agenda.case import CourseChange
from agenda.course import (
    Decided,
    add_point,
    change_point,
    decisions_in,
    default_decider,
    move_point,
    remove_point,
)
from agenda.errors import Invalid
from agenda.i18n import Messages
from agenda.storage import Store
from tests.conftest import NOW
from tests.factories import make_case

BY_TEAM = Decided(on=NOW, by="kernteam", meeting_id="m-1")
LATER = datetime(2026, 12, 5, 9, 30)


def texts(case: object) -> list[str]:
    return [p.text for p in case.course]  # type: ignore[attr-defined]


def test_adding_a_point_records_its_text_and_place() -> None:
    case = make_case()
    added = add_point(case, "  Geen   gesloten setting ", BY_TEAM)
    assert texts(added) == ["Brede analyse", "Rust", "Geen gesloten setting"]
    (decision,) = added.course_history
    assert decision.change is CourseChange.ADDED
    assert (decision.old_text, decision.new_text) == ("", "Geen gesloten setting")
    assert (decision.old_number, decision.new_number) == (None, 3)
    assert (decision.on, decision.decided_by, decision.meeting_id) == (NOW, "kernteam", "m-1")
    assert decision.point_id == added.course[2].id
    assert case.course_history == []  # the original case is left as it was


def test_a_point_can_be_added_at_a_place() -> None:
    added = add_point(make_case(), "Eerst", BY_TEAM, number=1)
    assert texts(added) == ["Eerst", "Brede analyse", "Rust"]
    assert added.course_history[0].new_number == 1


def test_changing_keeps_the_old_and_the_new_wording() -> None:
    case = make_case()
    point = case.course[1]
    changed = change_point(case, point.id, "Rust, ook bij crisis", Decided(LATER, "Anna"))
    assert texts(changed) == ["Brede analyse", "Rust, ook bij crisis"]
    assert changed.course[1].id == point.id
    (decision,) = changed.course_history
    assert (decision.change, decision.old_text, decision.new_text) == (
        CourseChange.CHANGED,
        "Rust",
        "Rust, ook bij crisis",
    )
    assert (decision.on, decision.decided_by, decision.meeting_id) == (LATER, "Anna", None)


def test_the_same_wording_is_no_decision() -> None:
    case = make_case()
    assert change_point(case, case.course[0].id, " Brede  analyse", BY_TEAM) is case


def test_removing_keeps_what_the_point_said() -> None:
    case = make_case()
    removed = remove_point(case, case.course[0].id, BY_TEAM)
    assert texts(removed) == ["Rust"]
    (decision,) = removed.course_history
    assert (decision.change, decision.old_text, decision.old_number) == (
        CourseChange.REMOVED,
        "Brede analyse",
        1,
    )
    assert decision.new_number is None


def test_moving_records_both_places() -> None:
    case = add_point(make_case(), "Derde", BY_TEAM)
    moved = move_point(case, case.course[2].id, 1, BY_TEAM)
    assert texts(moved) == ["Derde", "Brede analyse", "Rust"]
    decision = moved.course_history[-1]
    assert (decision.change, decision.old_number, decision.new_number) == (
        CourseChange.MOVED,
        3,
        1,
    )
    assert decision.old_text == decision.new_text == "Derde"
    assert move_point(moved, moved.course[0].id, 1, BY_TEAM) is moved
    assert texts(move_point(moved, moved.course[0].id, 99, BY_TEAM))[-1] == "Derde"


@pytest.mark.parametrize(
    ("attempt", "sentence"),
    [
        (lambda c: add_point(c, "   ", BY_TEAM), "Een koerspunt heeft tekst nodig."),
        (lambda c: change_point(c, "gone", "x", BY_TEAM), "Dat koerspunt bestaat niet (meer)."),
        (lambda c: remove_point(c, "gone", BY_TEAM), "Dat koerspunt bestaat niet (meer)."),
        (
            lambda c: add_point(c, "Nieuw", Decided(NOW, "  ")),
            "Vul in wie dit besloot: een naam, of ‘kernteam’.",
        ),
    ],
)
def test_refusals_are_sentences(attempt: object, sentence: str) -> None:
    with pytest.raises(Invalid) as caught:
        attempt(make_case())  # type: ignore[operator]
    assert caught.value.explain(Messages("nl")) == sentence


def test_the_chair_decides_while_setting_up_the_team_in_a_meeting() -> None:
    t = Messages("en")
    case = make_case()
    assert default_decider(case, t) == "Anna"
    assert default_decider(case, t, meeting_id="m-1") == "core team"
    assert default_decider(case.model_copy(update={"team": []}), Messages("nl")) == "kernteam"


def test_a_meetings_decisions_are_found_and_stored(store: Store) -> None:
    case = make_case()
    case = add_point(case, "Buiten het overleg", Decided(NOW, "Anna"))
    case = change_point(case, case.course[0].id, "Brede analyse eerst", BY_TEAM)
    case = remove_point(case, case.course[1].id, BY_TEAM)
    assert [d.change for d in decisions_in(case, "m-1")] == [
        CourseChange.CHANGED,
        CourseChange.REMOVED,
    ]
    store.save_case(case)
    assert store.load_case(case.id).course_history == case.course_history
