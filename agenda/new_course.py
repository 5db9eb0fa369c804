"""A new course for the team ("nieuwe koers bepalen"): what a perspective analysis decides,
and how it is written into the case.

The report's perspective analysis (ch. 1 and 4) ends in "een aanzet tot een plan en een
intentieverklaring": who takes part in the kernteam and what its assignment is, the
course, the intent, and how often the team meets. The team decides it in the meeting's
new-course step, kept in the step's record and autosaved like every other field. Nothing
changes in the case until the chair has seen every change (`changes_of`) and confirmed
it (`apply_new_course`): the case is the team's, and retyping it afterwards is where
things get lost. Course changes go through `agenda.course`, so each one is a joint
decision in the case's course history and in the meeting's minutes.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import datetime
from difflib import SequenceMatcher
from typing import Protocol

from pydantic import Field, ValidationError

from agenda.case import Case, CourseChange, KernteamRole, MeetingSlot, TeamMember
from agenda.course import Decided, add_point, change_point, remove_point
from agenda.errors import Invalid, validation_problems
from agenda.model import Record


class NewCourse(Record):
    """What the team decides in a new-course step, as it stands."""

    mission: str = ""
    """The kernteam's assignment ("wat is de opdracht van het kernteam?")."""
    team: list[str] = Field(default_factory=list)
    """Who takes part in the kernteam, by name: members of the case and guests."""
    course: list[str] = Field(default_factory=list)
    """The course points' texts, in the order they are read aloud."""
    intent: list[str] = Field(default_factory=list)
    next_meeting: datetime | None = None
    meeting_minutes: int | None = None
    """The rhythm: when the team meets next, and for how long each time."""
    applied: datetime | None = None
    """When the chair wrote it into the case (None: not yet)."""


class Visitor(Protocol):
    """A guest as the new course sees one: a name and where they come from."""

    @property
    def name(self) -> str: ...

    @property
    def organisation(self) -> str: ...


def new_course_of(case: Case) -> NewCourse:
    """Where the step starts: the case as it is, so the team changes it rather than
    typing it again."""
    return NewCourse(
        mission=case.mission,
        team=[m.name for m in case.team],
        course=[p.text for p in case.course],
        intent=list(case.intent),
        next_meeting=case.next_meeting,
        meeting_minutes=case.meeting_minutes,
    )


@dataclass(frozen=True)
class PlannedCourseChange:
    """One course change the new course makes, as `agenda.course` will record it."""

    change: CourseChange
    old_text: str = ""
    new_text: str = ""
    old_number: int | None = None
    new_number: int | None = None
    point_id: str | None = None


@dataclass(frozen=True)
class NewCourseChanges:
    """Everything writing the new course into the case would change, for the chair to see
    before she confirms. Empty parts change nothing."""

    mission: tuple[str, str] | None = None
    joining: list[TeamMember] = field(default_factory=list)
    leaving: list[str] = field(default_factory=list)
    course: list[PlannedCourseChange] = field(default_factory=list)
    intent: list[str] | None = None
    """The new declaration of intent, when it differs."""
    next_meeting: datetime | None = None
    meeting_minutes: int | None = None

    @property
    def nothing(self) -> bool:
        return not (
            self.mission
            or self.joining
            or self.leaving
            or self.course
            or self.intent is not None
            or self.next_meeting is not None
            or self.meeting_minutes is not None
        )


def changes_of(case: Case, plan: NewCourse, guests: Sequence[Visitor] = ()) -> NewCourseChanges:
    """What `plan` would change in `case`."""
    mission = _tidy(plan.mission)
    wanted = [name for name in plan.team if name.strip()]
    keys = {_key(name) for name in wanted}
    members = {_key(m.name) for m in case.team}
    origins = {_key(g.name): g.organisation for g in guests}
    intent = [_tidy(line) for line in plan.intent if line.strip()]
    minutes = plan.meeting_minutes
    return NewCourseChanges(
        mission=(case.mission, mission) if mission != _tidy(case.mission) else None,
        joining=[
            TeamMember(
                name=name.strip(),
                organisation=origins.get(_key(name), ""),
                role=KernteamRole.OTHER,
            )
            for name in wanted
            if _key(name) not in members
        ],
        leaving=[m.name for m in case.team if _key(m.name) not in keys],
        course=planned_course(case, plan.course),
        intent=intent if intent != [_tidy(line) for line in case.intent] else None,
        next_meeting=(
            plan.next_meeting
            if plan.next_meeting is not None and plan.next_meeting != case.next_meeting
            else None
        ),
        meeting_minutes=(
            minutes if minutes is not None and minutes != case.meeting_minutes else None
        ),
    )


def planned_course(case: Case, texts: Sequence[str]) -> list[PlannedCourseChange]:
    """The course changes that turn the case's course into `texts`, as few as a line
    comparison finds: a point reworded in place is changed (its history goes on), a
    line that is new is added, a point that is gone is removed."""
    old = [p.text for p in case.course]
    new = [_tidy(text) for text in texts if text.strip()]
    changed: list[PlannedCourseChange] = []
    removed: list[PlannedCourseChange] = []
    added: list[PlannedCourseChange] = []
    matcher = SequenceMatcher(a=[_tidy(t) for t in old], b=new, autojunk=False)
    for tag, i1, i2, j1, j2 in matcher.get_opcodes():
        if tag == "equal":
            continue
        paired = min(i2 - i1, j2 - j1) if tag == "replace" else 0
        for offset in range(paired):
            point = case.course[i1 + offset]
            changed.append(
                PlannedCourseChange(
                    CourseChange.CHANGED,
                    old_text=point.text,
                    new_text=new[j1 + offset],
                    old_number=i1 + offset + 1,
                    new_number=j1 + offset + 1,
                    point_id=point.id,
                )
            )
        for index in range(i1 + paired, i2):
            point = case.course[index]
            removed.append(
                PlannedCourseChange(
                    CourseChange.REMOVED,
                    old_text=point.text,
                    old_number=index + 1,
                    point_id=point.id,
                )
            )
        for index in range(j1 + paired, j2):
            added.append(
                PlannedCourseChange(CourseChange.ADDED, new_text=new[index], new_number=index + 1)
            )
    return [*changed, *removed, *added]


def apply_new_course(
    case: Case, plan: NewCourse, decided: Decided, guests: Sequence[Visitor] = ()
) -> Case:
    """The case with the new course written in; `Invalid` with sentences when it cannot be
    (a meeting length out of range, say). Course changes are joint decisions of
    `decided`; rewordings first, then removals, then the new points at their places, so
    every point lands where the team put it."""
    changes = changes_of(case, plan, guests)
    updated = case
    course_changes = sorted(
        changes.course,
        key=lambda c: (
            [CourseChange.CHANGED, CourseChange.REMOVED, CourseChange.ADDED].index(c.change),
            -(c.old_number or 0) if c.change is CourseChange.REMOVED else c.new_number or 0,
        ),
    )
    for planned in course_changes:
        if planned.change is CourseChange.CHANGED and planned.point_id is not None:
            updated = change_point(updated, planned.point_id, planned.new_text, decided)
        elif planned.change is CourseChange.REMOVED and planned.point_id is not None:
            updated = remove_point(updated, planned.point_id, decided)
        elif planned.change is CourseChange.ADDED:
            updated = add_point(updated, planned.new_text, decided, planned.new_number)
    leaving = {_key(name) for name in changes.leaving}
    team = [m for m in updated.team if _key(m.name) not in leaving] + changes.joining
    fields: dict[str, object] = {"team": team}
    if changes.mission is not None:
        fields["mission"] = changes.mission[1]
    if changes.intent is not None:
        fields["intent"] = changes.intent
    if changes.next_meeting is not None:
        # The rhythm: the next meeting, and from it the weekly day and hour.
        fields["next_meeting"] = changes.next_meeting
        fields["meeting_slot"] = MeetingSlot.of(changes.next_meeting)
    if changes.meeting_minutes is not None:
        fields["meeting_minutes"] = changes.meeting_minutes
    try:
        return Case.model_validate({**updated.model_dump(), **fields})
    except ValidationError as error:
        raise Invalid(validation_problems(error)) from None


def _tidy(text: str) -> str:
    return " ".join(text.split())


def _key(name: str) -> str:
    return name.strip().casefold()
