"""A meeting with something in every part of the minutes, its texts supplied by the test.

`Scenario.build(text)` asks `text(field)` for every piece of typed text (names, notes,
actions, course points, alias, step titles, …), so one builder serves both the plain
example test and the test that fills every field with arbitrary unicode.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import timedelta

from hypothesis import strategies as st

from agenda.actions import Action, ActionKind, ActionStatus, Bearable, Feedback
from agenda.builtin_templates import BUILTIN_TEMPLATES
from agenda.case import (
    Case,
    CourseChange,
    CourseDecision,
    CoursePoint,
    CourseStatus,
    KernteamRole,
    TeamMember,
)
from agenda.figures import MeetingDate
from agenda.i18n import Lang, Messages
from agenda.meeting import CourseCheck, Decision, Meeting, RoundEntry, StopMoment
from agenda.parked import ParkedQuestion
from agenda.templates import StepKind
from tests.conftest import NOW, TODAY
from tests.strategies import nasty_text, required_text

Text = Callable[[str], str]

REQUIRED = (
    {"alias", "family", "point1", "point2", "decision", "q2.answer"}
    | {f"{key}.what" for key in ("a1", "a2", "a3", "b1", "b2", "s1", "s2")}
    | {f"q{n}" for n in range(1, 6)}
)
"""The fields the models refuse empty (and the step titles, see `drawn`)."""

three_members = st.lists(
    required_text, min_size=3, max_size=3, unique_by=lambda s: s.strip().casefold()
)
"""Three team members with names of any text, told apart as the team tells them."""


def drawn(data: st.DataObject) -> Text:
    """Text for every field, drawn by hypothesis when first asked for: any text at all,
    and never blank where the models require a value."""
    texts: dict[str, str] = {}

    def text(name: str) -> str:
        if name not in texts:
            wanted = name in REQUIRED or (name.startswith("step") and "." not in name)
            texts[name] = data.draw(required_text if wanted else nasty_text, label=name)
        return texts[name]

    return text


@dataclass
class Scenario:
    case: Case
    meeting: Meeting
    stored_actions: list[Action]
    meetings: list[MeetingDate]
    members: list[str]

    @property
    def new_actions(self) -> list[Action]:
        return [a for a in self.meeting.actions.values() if a.created_meeting_id == self.meeting.id]

    @property
    def reviewed(self) -> list[Action]:
        return [a for a in self.meeting.actions.values() if a.feedback_in(self.meeting.id)]

    @classmethod
    def build(cls, text: Text, members: list[str], lang: Lang = "nl") -> Scenario:
        t = Messages(lang)
        earlier = MeetingDate("m0", TODAY - timedelta(days=7))
        team = [
            TeamMember(id=f"p{n}", name=name, role=role)
            for n, (name, role) in enumerate(
                zip(
                    members,
                    [KernteamRole.CHAIR, KernteamRole.CASE_DIRECTOR, KernteamRole.CONTENT],
                    strict=True,
                )
            )
        ]
        before = NOW - timedelta(days=3)
        case = Case(
            alias=text("alias"),
            team=team,
            family=[text("family")],
            course=[
                CoursePoint(id="k1", text=text("point1")),
                CoursePoint(id="k2", text=text("point2")),
            ],
            course_history=[
                CourseDecision(
                    on=NOW,
                    change=CourseChange.CHANGED,
                    point_id="k2",
                    old_text=text("old"),
                    new_text=text("point2"),
                    old_number=2,
                    new_number=2,
                    decided_by=text("decided_by"),
                    meeting_id="m1",
                ),
                CourseDecision(
                    on=before,
                    change=CourseChange.REMOVED,
                    point_id="gone",
                    old_text=text("gone"),
                    old_number=3,
                    decided_by=text("decided_by2"),
                ),
                CourseDecision(  # before the previous meeting: belongs to its minutes
                    on=NOW - timedelta(days=10),
                    change=CourseChange.ADDED,
                    point_id="k1",
                    new_text="x",
                ),
                CourseDecision(  # in another meeting
                    on=NOW - timedelta(days=7),
                    change=CourseChange.ADDED,
                    point_id="k2",
                    new_text="y",
                    meeting_id="m0",
                ),
            ],
            analysis_deadline=TODAY + timedelta(days=1),
            parked=parked_questions(text),
        )
        template = BUILTIN_TEMPLATES["kernteam"]
        steps = [
            step.model_copy(
                update={
                    "title": text(f"step{n}"),
                    "questions": [text(f"step{n}.q{q}") for q in range(len(step.questions))],
                }
            )
            for n, step in enumerate(template.for_meeting(t, 60))
        ]
        meeting = Meeting.begin(
            case_id=case.id,
            lang=lang,
            template_id="kernteam",
            steps=steps,
            started=NOW,
            chair=text("chair"),
            present=[members[0], members[1]],
            absent=[members[2]],
        )
        meeting.id = "m1"
        made = earlier.on
        stored = [
            Action(
                bearable=Bearable.YES,
                id="a1",
                what=text("a1.what"),
                owner=members[1],
                due=TODAY - timedelta(days=1),
                created_on=made,
                created_meeting_id="m0",
            ),
            Action(
                bearable=Bearable.YES,
                id="a2",
                what=text("a2.what"),
                owner=text("family"),
                created_on=made,
                created_meeting_id="m0",
            ),
            Action(
                bearable=Bearable.YES,
                id="a3",
                what=text("a3.what"),
                owner=members[2],
                due=TODAY + timedelta(days=30),
                created_on=made,
                created_meeting_id="m0",
            ),
        ]
        stored += [
            Action(
                bearable=Bearable.TIGHT,
                id=key,
                what=text(f"{key}.what"),
                owner=members[1],
                kind=ActionKind.STANDING,
                created_on=made,
                created_meeting_id="m0",
            )
            for key in ("s1", "s2")
        ]
        meeting.actions["s1"] = stored[-2].with_feedback(
            Feedback(
                meeting_id="m1",
                on=TODAY,
                status=ActionStatus.ONGOING,
                note=text("s1.note"),
                kept=True,
            )
        )  # s2 was not asked about
        feedback = {
            "a1": (ActionStatus.DONE, text("a1.note")),
            "a2": (ActionStatus.NOT_DONE, text("a2.note")),
        }
        for action in stored:
            if action.id in feedback:
                status, note = feedback[action.id]
                meeting.actions[action.id] = action.with_feedback(
                    Feedback(meeting_id="m1", on=TODAY, status=status, note=note)
                )
        new = Action(
            id="b1",
            what=text("b1.what"),
            owner=members[2],
            helpers=[members[0], text("helper")],
            due=TODAY + timedelta(days=7),
            result=text("b1.result"),
            bearable=Bearable.TIGHT,
            help_note=text("b1.help_note"),
            course_point_id="k1",
            created_on=TODAY,
            created_meeting_id="m1",
        )
        lonely = Action(
            id="b2",
            what=text("b2.what"),
            owner=members[0],
            bearable=Bearable.NO,
            course_point_id="gone",
            created_on=TODAY,
            created_meeting_id="m1",
        )
        meeting.actions.update({new.id: new, lonely.id: lonely})
        for step, record in zip(meeting.steps, meeting.records, strict=True):
            record.seconds = step.minutes * 60 + 75.0
            if step.kind in (StepKind.ROUND, StepKind.CLOSE):
                record.round = [
                    RoundEntry(
                        member=name,
                        seated=[True, False, None][n],
                        answers=[text(f"{step.id}.{n}.a{q}") for q in range(len(step.questions))],
                    )
                    for n, name in enumerate(members)
                ]
                record.informed = text("informed")
            elif step.kind in (StepKind.TEXT, StepKind.ANALYSIS):
                record.text = text(f"{step.id}.text")
            elif step.kind is StepKind.COURSE:
                record.course = [
                    CourseCheck(
                        point_id="k2", status=CourseStatus.OFF_COURSE, note=text("k2.note")
                    ),
                    CourseCheck(point_id="gone", status=CourseStatus.DOUBT, note=text("gone.note")),
                ]
        meeting.stop_moments = [
            StopMoment(
                at=NOW + timedelta(minutes=23),
                step_id="course",
                meeting_seconds=1380,
                note=text("stop.note"),
                paused_seconds=130.0,
            )
        ]
        meeting.decisions = [
            Decision(
                at=NOW + timedelta(minutes=40),
                step_id="next",
                text=text("decision"),
                decided_by=text("decision.by"),
            )
        ]
        meeting.next_meeting = NOW + timedelta(days=7)
        meeting.parents_note = text("parents")
        return cls(case, meeting, stored, [earlier, MeetingDate("m1", TODAY)], members)


def parked_questions(text: Text) -> list[ParkedQuestion]:
    """Parked in the meeting (q1), answered in it (q2), parked earlier and still open
    (q3), answered in an earlier meeting (q4: not in these minutes), answered in a later
    one (q5: still open at this meeting's end)."""
    week = timedelta(days=7)
    return [
        ParkedQuestion(
            id="q1",
            text=text("q1"),
            raised_by=text("q1.by"),
            parked_at=NOW + timedelta(minutes=12),
            meeting_id="m1",
            step_id="situation",
        ),
        ParkedQuestion(
            id="q2",
            text=text("q2"),
            raised_by=text("q2.by"),
            parked_at=NOW - week,
            meeting_id="m0",
            step_id="analysis",
            answer=text("q2.answer"),
            answered_at=NOW + timedelta(minutes=15),
            answered_meeting_id="m1",
        ),
        ParkedQuestion(id="q3", text=text("q3"), parked_at=NOW - week, meeting_id="m0"),
        ParkedQuestion(
            id="q4",
            text=text("q4"),
            parked_at=NOW - 2 * week,
            answer="earlier",
            answered_at=NOW - week,
            answered_meeting_id="m0",
        ),
        ParkedQuestion(
            id="q5",
            text=text("q5"),
            parked_at=NOW - week,
            meeting_id="m0",
            answer="later",
            answered_at=NOW + week,
            answered_meeting_id="m2",
        ),
    ]
