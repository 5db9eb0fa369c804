"""The case form turns typed text into a case, or into sentences naming the fields."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, datetime, time

import pytest

from agenda.case import MeetingSlot
from agenda.case_form import CaseForm, apply_form, form_of, split_names
from agenda.errors import Invalid
from agenda.i18n import Messages
from tests.conftest import TODAY
from tests.factories import make_case


def test_the_form_round_trips_a_case() -> None:
    case = make_case(
        analysis_deadline=date(2026, 12, 19), intent=["Eén plan.", "Rust."], family=["moeder"]
    )
    form = form_of(case)
    assert form.analysis_deadline == "2026-12-19"
    assert apply_form(case, form, Messages("nl"), TODAY) == case


def test_typed_text_is_tidied() -> None:
    case = make_case()
    form = CaseForm(
        alias="  Casus Q ",
        meeting_minutes=" 90 ",
        analysis_deadline="5-1-2027",
        next_meeting="",
        template_id="doe-een-team",
        family="moeder,  vader\nMoeder, , opa",
        intent="Eén plan.\n\n  Rust.  \n",
        mission="  Een stevig kernteam ",
        commitment="Het gezin staat centraal.\n\n De dynamiek vormt het probleem. \n",
    )
    updated = apply_form(case, form, Messages("nl"), TODAY)
    assert updated.alias == "Casus Q"
    assert updated.meeting_minutes == 90
    assert updated.analysis_deadline == date(2027, 1, 5)
    assert updated.template_id == "doe-een-team"
    assert updated.family == ["moeder", "vader", "opa"]
    assert updated.intent == ["Eén plan.", "Rust."]
    assert updated.mission == "Een stevig kernteam"
    assert updated.commitment == ["Het gezin staat centraal.", "De dynamiek vormt het probleem."]
    assert updated.team == case.team and updated.course == case.course


def test_every_problem_is_said_at_once_naming_the_field() -> None:
    form = replace(
        form_of(make_case()), alias=" ", meeting_minutes="een uur", analysis_deadline="ooit"
    )
    with pytest.raises(Invalid) as caught:
        apply_form(make_case(), form, Messages("nl"), TODAY)
    assert caught.value.explain(Messages("nl")) == (
        "Een overleg duurt tussen 10 en 480 minuten."
        " ‘Termijn analyse’: ‘ooit’ is geen datum; schrijf bijvoorbeeld 2026-12-19, 19-12,"
        " vr of morgen."
        " ‘Alias’ mag niet leeg zijn."
    )


def test_a_length_out_of_range_is_refused() -> None:
    form = replace(form_of(make_case()), meeting_minutes="600")
    with pytest.raises(Invalid) as caught:
        apply_form(make_case(), form, Messages("en"), TODAY)
    assert caught.value.explain(Messages("en")) == "A meeting lasts between 10 and 480 minutes."


def test_the_deadline_is_read_with_the_one_date_grammar() -> None:
    """`agenda.dates` reads it, as every other date (tests/test_dates.py has them all)."""
    form = replace(form_of(make_case()), analysis_deadline="vrijdag")
    assert apply_form(make_case(), form, Messages("nl"), TODAY).analysis_deadline == date(
        2026, 12, 4
    )


def test_the_first_meeting_planned_sets_the_weekly_slot() -> None:
    """ "vr 10:00" plans the next meeting and makes Friday at ten the team's moment."""
    case = make_case()
    planned = apply_form(
        case, replace(form_of(case), next_meeting="vr 10:00"), Messages("nl"), TODAY
    )
    assert planned.next_meeting == datetime(2026, 12, 4, 10, 0)
    assert planned.meeting_slot == MeetingSlot(weekday=4, at=time(10, 0))
    again = apply_form(planned, form_of(planned), Messages("nl"), TODAY)
    assert again == planned  # unchanged text changes nothing


def test_a_planned_meeting_in_the_past_or_unreadable_is_refused() -> None:
    case = make_case()
    for typed, sentence in (
        ("2026-11-01 10:00", "‘Volgend overleg (dag en tijd)’ ligt al in het verleden."),
        ("ooit", "‘Volgend overleg (dag en tijd)’: ‘ooit’ is geen datum"),
    ):
        with pytest.raises(Invalid) as caught:
            apply_form(case, replace(form_of(case), next_meeting=typed), Messages("nl"), TODAY)
        assert caught.value.explain(Messages("nl")).startswith(sentence)


def test_the_slot_proposes_the_next_meeting_a_week_on_whatever_day_this_one_was() -> None:
    friday = MeetingSlot(weekday=4, at=time(10, 0))
    assert friday.next_after(date(2026, 11, 27)) == datetime(2026, 12, 4, 10, 0)  # on the slot
    assert friday.next_after(date(2026, 11, 26)) == datetime(2026, 12, 4, 10, 0)  # a day early
    assert friday.next_after(date(2026, 11, 30)) == datetime(2026, 12, 4, 10, 0)  # moved late
    assert friday.next_after(date(2026, 12, 1)) == datetime(2026, 12, 11, 10, 0)


def test_names_split_on_commas_and_lines() -> None:
    assert split_names("moeder, vader\n\n  grote  zus ,") == ["moeder", "vader", "grote zus"]
