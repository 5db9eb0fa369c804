"""A new course ("nieuwe koers bepalen") is written into the case only as the chair sees it:
every change listed first, course changes as joint decisions of the meeting."""

from __future__ import annotations

from datetime import datetime, time

import pytest

from agenda.case import CourseChange, KernteamRole
from agenda.case_form import lines_of
from agenda.course import Decided
from agenda.errors import Invalid
from agenda.meeting import Guest
from agenda.new_course import apply_new_course, changes_of, new_course_of, planned_course
from tests.conftest import NOW
from tests.factories import make_case

DECIDED = Decided(on=NOW, by="kernteam", meeting_id="m1")


def test_the_step_starts_from_the_case_as_it_is() -> None:
    case = make_case(mission="Rust", intent=["Eén plan"])
    plan = new_course_of(case)
    assert plan.team == ["Anna", "Bram", "Cem"]
    assert plan.course == ["Brede analyse", "Rust"]
    assert (plan.mission, plan.intent, plan.meeting_minutes) == ("Rust", ["Eén plan"], 60)
    assert changes_of(case, plan).nothing


def test_a_reworded_point_is_changed_a_new_line_added_a_missing_one_removed() -> None:
    case = make_case()
    planned = planned_course(case, ["Brede analyse en perspectief", "Geen gesloten setting"])
    assert [(p.change, p.old_text, p.new_text) for p in planned] == [
        (CourseChange.CHANGED, "Brede analyse", "Brede analyse en perspectief"),
        (CourseChange.CHANGED, "Rust", "Geen gesloten setting"),
    ]
    planned = planned_course(case, ["Rust", "Eén plan"])
    assert [(p.change, p.old_text or p.new_text) for p in planned] == [
        (CourseChange.REMOVED, "Brede analyse"),
        (CourseChange.ADDED, "Eén plan"),
    ]


def test_applying_writes_every_part_and_records_joint_decisions() -> None:
    case = make_case()
    plan = new_course_of(case).model_copy(
        update={
            "mission": "Een stevig kernteam",
            "team": ["Anna", "Bram", "Dirk"],
            "course": ["Brede analyse", "Stem van het kind is leidend", "Rust"],
            "intent": ["Besluiten en keuzes maken we altijd gezamenlijk"],
            "next_meeting": datetime(2026, 12, 1, 9, 30),
            "meeting_minutes": 90,
        }
    )
    guests = [Guest(name="Dirk", organisation="GGZ")]
    changes = changes_of(case, plan, guests)
    assert changes.mission == ("", "Een stevig kernteam")
    assert [(m.name, m.organisation, m.role) for m in changes.joining] == [
        ("Dirk", "GGZ", KernteamRole.OTHER)
    ]
    assert changes.leaving == ["Cem"]
    updated = apply_new_course(case, plan, DECIDED, guests)
    assert [p.text for p in updated.course] == [
        "Brede analyse",
        "Stem van het kind is leidend",
        "Rust",
    ]
    assert [m.name for m in updated.team] == ["Anna", "Bram", "Dirk"]
    assert updated.mission == "Een stevig kernteam"
    assert updated.intent == ["Besluiten en keuzes maken we altijd gezamenlijk"]
    assert (updated.next_meeting, updated.meeting_minutes) == (datetime(2026, 12, 1, 9, 30), 90)
    assert updated.meeting_slot is not None
    assert (updated.meeting_slot.weekday, updated.meeting_slot.at) == (1, time(9, 30))  # Tuesday
    decision = updated.course_history[-1]
    assert (decision.change, decision.new_text, decision.new_number) == (
        CourseChange.ADDED,
        "Stem van het kind is leidend",
        2,
    )
    assert (decision.decided_by, decision.meeting_id) == ("kernteam", "m1")
    # The kept points keep their ids, so their history goes on.
    assert updated.course[0].id == case.course[0].id and updated.course[2].id == case.course[1].id


@pytest.mark.parametrize(
    "wanted",
    [
        ["x", "b", "d2", "y", "e", "z"],
        ["b", "x", "d", "y", "z"],
        ["n", "c", "e", "m"],
        ["e", "d", "c", "b", "a"],
        [],
        ["a", "b", "c", "d", "e", "f", "g"],
    ],
)
def test_every_mix_of_changes_lands_each_point_where_the_team_put_it(wanted: list[str]) -> None:
    case = make_case(course=[])
    case = apply_new_course(
        case, new_course_of(case).model_copy(update={"course": list("abcde")}), DECIDED
    )
    updated = apply_new_course(
        case, new_course_of(case).model_copy(update={"course": wanted}), DECIDED
    )
    assert [p.text for p in updated.course] == wanted
    history = updated.course_history[len(case.course_history) :]
    assert len(history) == len(planned_course(case, wanted))


def test_a_length_out_of_range_is_refused_and_changes_nothing() -> None:
    case = make_case()
    plan = new_course_of(case).model_copy(update={"meeting_minutes": 5, "mission": "x"})
    with pytest.raises(Invalid):
        apply_new_course(case, plan, DECIDED)


def test_lines_are_tidied_and_blank_ones_dropped() -> None:
    assert lines_of("  Eén plan \n\n Rust\n ") == ["Eén plan", "Rust"]
