"""The domain refuses bad input with sentences a chair can act on, in both languages."""

from __future__ import annotations

from datetime import date

import pytest
from pydantic import ValidationError

from agenda.actions import Action, ActionStatus, Bearable, Feedback, check_new_action
from agenda.case import Case, TeamMember
from agenda.errors import Invalid, validation_problems
from agenda.i18n import Messages
from agenda.templates import Step, StepKind, Template, scale_minutes
from tests.factories import make_case

TODAY = date(2026, 11, 28)


def sentences(error: ValidationError, lang: str = "nl") -> list[str]:
    t = Messages(lang)  # type: ignore[arg-type]
    return [t(key, **params) for key, params in validation_problems(error)]


def test_empty_alias_is_refused_with_a_sentence() -> None:
    with pytest.raises(ValidationError) as caught:
        Case(alias="   ")
    assert sentences(caught.value) == ["‘alias’ mag niet leeg zijn."]
    assert sentences(caught.value, "en") == ["‘alias’ may not be empty."]


def test_duplicate_member_names_are_refused() -> None:
    with pytest.raises(ValidationError) as caught:
        Case(alias="X", team=[TeamMember(name="Anna"), TeamMember(name=" anna")])
    assert "Twee teamleden heten" in sentences(caught.value)[0]


def test_meeting_length_must_be_sensible() -> None:
    with pytest.raises(ValidationError) as caught:
        Case(alias="X", meeting_minutes=5)
    assert sentences(caught.value) == ["Een overleg duurt tussen 10 en 480 minuten."]


def test_validation_messages_never_contain_the_input() -> None:
    secret = "Geheime naam van het kind"
    with pytest.raises(ValidationError) as caught:
        Case(alias=secret, meeting_minutes="veel")
    text = " ".join(sentences(caught.value))
    assert "meeting_minutes" in text
    assert secret not in text


def test_new_action_needs_a_known_owner_and_a_future_date() -> None:
    case = make_case()
    action = Action(
        bearable=Bearable.YES,
        what="Bellen",
        owner="Onbekend",
        due=date(2026, 11, 1),
        created_on=TODAY,
    )
    with pytest.raises(Invalid) as caught:
        check_new_action(case, action, TODAY)
    text = caught.value.explain(Messages("nl"))
    assert "‘Onbekend’ is geen teamlid of gezinslid" in text
    assert "De termijn 2026-11-01 ligt al in het verleden." in text


def test_family_members_and_team_members_may_own_actions() -> None:
    case = make_case()
    for owner in ("Bram", "bram ", "moeder"):
        check_new_action(
            case,
            Action(bearable=Bearable.YES, what="x", owner=owner, due=TODAY, created_on=TODAY),
            TODAY,
        )


def test_action_must_say_what_and_who() -> None:
    with pytest.raises(ValidationError) as caught:
        Action(bearable=Bearable.YES, what="", owner=" ", created_on=TODAY)
    assert sentences(caught.value) == ["‘what’ mag niet leeg zijn.", "‘owner’ mag niet leeg zijn."]


def test_feedback_per_meeting_keeps_one_entry_and_sets_status() -> None:
    action = Action(what="x", owner="Bram", created_on=TODAY, bearable=Bearable.TIGHT)
    assert action.needs_help
    first = action.with_feedback(Feedback(meeting_id="m1", on=TODAY, status=ActionStatus.PARTLY))
    again = first.with_feedback(Feedback(meeting_id="m1", on=TODAY, status=ActionStatus.DONE))
    assert [f.status for f in again.history] == [ActionStatus.DONE]
    assert again.status is ActionStatus.DONE and not again.is_open


def test_template_refuses_duplicate_steps_and_zero_minutes() -> None:
    step = Step(id="a", kind=StepKind.TEXT, minutes=5, title="A")
    with pytest.raises(ValidationError) as caught:
        Template(id="t", title="T", steps=[step, step])
    assert sentences(caught.value) == ["De stap ‘a’ komt twee keer voor."]
    with pytest.raises(ValidationError):
        Step(id="b", kind=StepKind.TEXT, minutes=0, title="B")


@pytest.mark.parametrize("total", [30, 45, 60, 61, 90, 240])
def test_scaled_minutes_sum_to_the_meeting_length(total: int) -> None:
    planned = [8, 7, 7, 8, 10, 12, 8]
    scaled = scale_minutes(planned, total)
    assert sum(scaled) == total
    assert min(scaled) >= 1
    assert scale_minutes(planned, 60) == planned
