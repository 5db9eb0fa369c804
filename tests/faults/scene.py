"""A case, its actions and a meeting with one recognisable text in every free-text field.

Fault tests put such a text everywhere a chair can type, then check that it comes back
exactly, or look for it where it must never be: in an error message, or in the data
folder after the case was erased. `text_fields` lists the fields from the models' types,
so a field added later cannot slip past these tests unfilled.
"""

from __future__ import annotations

import itertools
from dataclasses import dataclass
from datetime import timedelta
from enum import Enum
from typing import Any, TypeVar, get_args, get_origin

from pydantic import BaseModel

from agenda.actions import Action, ActionStatus, Bearable, Feedback
from agenda.case import Case, CourseChange, CourseDecision
from agenda.meeting import (
    CourseCheck,
    Decision,
    Guest,
    IntentInForce,
    Meeting,
    RoundEntry,
    StopMoment,
)
from agenda.new_course import NewCourse
from agenda.parked import ParkedQuestion
from agenda.storage import Store
from agenda.templates import StepKind
from tests.conftest import NOW, TODAY
from tests.factories import make_case, make_meeting

M = TypeVar("M", bound=BaseModel)

NOT_TYPED = frozenset({"lang", "minutes_file", "minutes_owner"})
"""Text fields nobody types: the language code, and paths Vliegwiel wrote itself."""


def _skipped(name: str) -> bool:
    return name in NOT_TYPED or name == "id" or name.endswith(("_id", "_ids"))


def _holds_text(annotation: Any) -> bool:
    if annotation is str:
        return True
    if isinstance(annotation, type):  # a model, an enum (a str subclass), a date …
        return False
    args = get_args(annotation)
    if get_origin(annotation) is dict:
        args = args[1:]  # keys are ids
    return any(_holds_text(arg) for arg in args)


def _models_in(annotation: Any) -> list[type[BaseModel]]:
    if isinstance(annotation, type) and issubclass(annotation, BaseModel):
        return [annotation]
    return [model for arg in get_args(annotation) for model in _models_in(arg)]


def text_fields(*roots: type[BaseModel]) -> set[tuple[str, str]]:
    """(model, field) of every field that holds typed text, in `roots` and below."""
    found: set[tuple[str, str]] = set()
    seen: set[type[BaseModel]] = set()
    todo = list(roots)
    while todo:
        model = todo.pop()
        if model in seen:
            continue
        seen.add(model)
        for name, info in model.model_fields.items():
            if _holds_text(info.annotation) and not _skipped(name):
                found.add((model.__name__, name))
            todo.extend(_models_in(info.annotation))
    return found


@dataclass
class Filler:
    """Replaces every typed text with `text` plus a number (names must stay unique)."""

    text: str

    def __post_init__(self) -> None:
        self.numbers = itertools.count()
        self.filled: set[tuple[str, str]] = set()

    def __call__(self, model: M) -> M:
        values = {
            name: self._value(model, name, getattr(model, name))
            for name in type(model).model_fields
        }
        return type(model).model_validate(values)

    def _value(self, model: BaseModel, name: str, value: Any) -> Any:
        if isinstance(value, BaseModel):
            return self(value)
        if isinstance(value, list):
            return [self._value(model, name, item) for item in value]
        if isinstance(value, dict):
            return {key: self._value(model, name, item) for key, item in value.items()}
        if isinstance(value, str) and not isinstance(value, Enum) and not _skipped(name):
            self.filled.add((type(model).__name__, name))
            return f"{self.text}{next(self.numbers)}"
        return value


@dataclass
class Scene:
    case: Case
    actions: list[Action]
    meeting: Meeting
    filled: set[tuple[str, str]]

    def store(self, store: Store) -> None:
        store.save_case(self.case)
        store.save_actions(self.case, self.actions)
        store.begin_meeting(self.case, self.meeting)

    def copy(self) -> Scene:
        return Scene(
            self.case.model_copy(deep=True),
            [a.model_copy(deep=True) for a in self.actions],
            self.meeting.model_copy(deep=True),
            set(self.filled),
        )


def _rich_case() -> Case:
    case = make_case(
        intent=["Samen"], commitment=["Rustig"], analysis_deadline=TODAY, next_meeting=NOW
    )
    case.course_history = [
        CourseDecision(on=NOW, change=CourseChange.CHANGED, point_id=case.course[0].id)
    ]
    case.parked = [ParkedQuestion(text="Vraag", raised_by="Bram", parked_at=NOW, answer="Antwoord")]
    return case


def _rich_action(case: Case, meeting_id: str) -> Action:
    action = Action(
        bearable=Bearable.YES,
        what="Bellen",
        owner=case.team[0].name,
        helpers=[case.team[1].name],
        created_on=TODAY,
    )
    action.bearable = Bearable.TIGHT
    return action.with_feedback(
        Feedback(meeting_id=meeting_id, on=TODAY, status=ActionStatus.PARTLY)
    )


def _rich_meeting(case: Case) -> Meeting:
    meeting = make_meeting(case)
    meeting.absent = ["Afwezig"]
    for step, record in zip(meeting.steps, meeting.records, strict=True):
        if step.kind is StepKind.ROUND:
            record.round = [RoundEntry(member=m.name, answers=["", ""]) for m in case.team]
        if step.kind is StepKind.COURSE:
            record.course = [CourseCheck(point_id=p.id) for p in case.course]
    step_id = meeting.steps[1].id
    meeting.stop_moments = [StopMoment(at=NOW, step_id=step_id, meeting_seconds=60.0)]
    meeting.decisions = [Decision(at=NOW, step_id=step_id, text="Besluit")]
    meeting.next_meeting = NOW + timedelta(days=7)
    meeting.guests = [Guest(name="Gast", organisation="GGZ")]
    meeting.intent = IntentInForce(intent=["Samen"], commitment=["Rustig"])
    # A new course typed in (the perspective analysis's outcome), not yet applied.
    meeting.records[1].new_course = NewCourse(
        mission="Opdracht", team=["Lid"], course=["Punt"], intent=["Samen"]
    )
    action = _rich_action(case, meeting.id)
    meeting.actions = {action.id: action}
    return meeting


def scene(text: str) -> Scene:
    """A case, two actions and an open meeting with `text` in every typed field."""
    fill = Filler(text)
    case = fill(_rich_case())
    meeting = fill(_rich_meeting(case))
    actions = [fill(_rich_action(case, meeting.id)) for _ in range(2)]
    return Scene(case, actions, meeting, fill.filled)
