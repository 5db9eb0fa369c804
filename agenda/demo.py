"""The report's example case, for trying Vliegwiel out (`vliegwiel --demo`).

A kernteam of five around "Casus X", the six course points and the five commitments of
the report's chapter 4, and one earlier meeting whose actions are open, so that the
feedback step has something to review: among them the weekly contact of course point 2
("Stem van het kind/gezin is leidend – wekelijks contact") as a standing agreement, a
decision the team took, and a content question parked for the inhoudsteam. Texts come
from the catalogue, so the demo speaks the language it was created in.
"""

from __future__ import annotations

from datetime import date, datetime, time, timedelta

from agenda.actions import Action, ActionKind, Bearable
from agenda.builtin_templates import BUILTIN_TEMPLATES
from agenda.case import Case, CoursePoint, CourseStatus, KernteamRole, TeamMember
from agenda.history import intent_for_meeting
from agenda.i18n import Messages
from agenda.meeting import CourseCheck, Decision, Meeting, RoundEntry
from agenda.parked import ParkedQuestion
from agenda.storage import Store
from agenda.templates import StepKind

DEMO_ID = "demo"

_TEAM = (
    ("anouk", KernteamRole.CONTENT),
    ("jeroen", KernteamRole.CASE_DIRECTOR),
    ("mirjam", KernteamRole.CHAIR),
    ("ahmed", KernteamRole.EDUCATION),
    ("linda", KernteamRole.REGION),
)


def default_intent(t: Messages) -> list[str]:
    """The report's five commitments of the kernteam's declaration of intent."""
    return [t(f"intent.{n}") for n in range(1, 6)]


COMMITMENTS = 8


def default_commitment(t: Messages) -> list[str]:
    """The report's "commitment in houding en gedrag" towards the family (ch. 4)."""
    return [t(f"commitment.{n}") for n in range(1, COMMITMENTS + 1)]


def demo_case(t: Messages, today: date) -> Case:
    team = [
        TeamMember(
            id=key,
            name=t(f"demo.member.{key}.name"),
            organisation=t(f"demo.member.{key}.organisation"),
            role=role,
            task=t(f"demo.member.{key}.task"),
        )
        for key, role in _TEAM
    ]
    return Case(
        id=DEMO_ID,
        alias=t("demo.alias"),
        team=team,
        family=[t("demo.family.mother"), t("demo.family.father"), t("demo.family.girl")],
        course=[CoursePoint(id=f"k{n}", text=t(f"demo.course.{n}")) for n in range(1, 7)],
        intent=default_intent(t),
        commitment=default_commitment(t),
        mission=t("demo.mission"),
        analysis_deadline=today + timedelta(days=21),
        next_meeting=datetime.combine(today, time(9, 0)),
        created=datetime.combine(today - timedelta(days=14), time(12, 0)),
    )


def _demo_actions(t: Messages, case: Case, meeting: Meeting, today: date) -> list[Action]:
    names = {m.id: m.name for m in case.team}
    made = meeting.started.date()
    specs = [
        ("contact", "jeroen", ["anouk"], None, Bearable.TIGHT, "k2"),
        ("parents", "jeroen", [], today, Bearable.TIGHT, "k6"),
        ("plan", "anouk", ["jeroen"], case.analysis_deadline, Bearable.YES, "k1"),
        ("school", "ahmed", [], today, Bearable.YES, "k6"),
        ("backing", "linda", [], today, Bearable.YES, "k3"),
    ]
    actions = [
        Action(
            id=f"a-{key}",
            what=t(f"demo.action.{key}.what"),
            owner=names[owner],
            helpers=[names[h] for h in helpers],
            due=due,
            result=t(f"demo.action.{key}.result"),
            bearable=bearable,
            course_point_id=point,
            kind=ActionKind.STANDING if key == "contact" else ActionKind.ONCE,
            created_on=made,
            created_meeting_id=meeting.id,
        )
        for key, owner, helpers, due, bearable, point in specs
    ]
    actions.append(
        Action(
            id="a-gp",
            what=t("demo.action.gp.what"),
            owner=t("demo.family.mother"),
            due=today,
            result=t("demo.action.gp.result"),
            bearable=Bearable.YES,
            course_point_id="k6",
            created_on=made,
            created_meeting_id=meeting.id,
        )
    )
    return actions


def _demo_meeting(t: Messages, case: Case, today: date) -> Meeting:
    template = BUILTIN_TEMPLATES["kernteam"]
    steps = template.for_meeting(t, case.meeting_minutes)
    started = datetime.combine(today - timedelta(days=7), time(9, 0))
    chair = case.chair()
    meeting = Meeting.begin(
        case_id=case.id,
        lang=t.lang,
        template_id=template.id,
        steps=steps,
        started=started,
        chair=chair.name if chair else "",
        present=[m.name for m in case.team],
        absent=[],
        intent=intent_for_meeting(case, []),
    )
    meeting.current = len(steps) - 1
    for step, record in zip(meeting.steps, meeting.records, strict=True):
        record.seconds = step.minutes * 60.0
        if step.kind is StepKind.ROUND:
            record.round = [
                RoundEntry(
                    member=m.name,
                    seated=m.id != "jeroen",
                    answers=[t("demo.checkin.jeroen.chafes"), t("demo.checkin.jeroen.needs")]
                    if m.id == "jeroen"
                    else ["", ""],
                    seconds=60.0,
                )
                for m in case.team
            ]
        elif step.kind is StepKind.TEXT:
            record.text = t("demo.situation")
        elif step.kind is StepKind.ANALYSIS:
            record.text = t("demo.analysis")
        elif step.kind is StepKind.COURSE:
            record.course = [
                CourseCheck(
                    point_id=p.id,
                    status=CourseStatus.DOUBT if p.id == "k3" else CourseStatus.ON_COURSE,
                    note=t("demo.course.k3.note") if p.id == "k3" else "",
                )
                for p in case.course
            ]
        elif step.kind is StepKind.CLOSE:
            record.round = [
                RoundEntry(member=m.name, answers=[t("demo.checkout.answer"), ""], seconds=30.0)
                for m in case.team
            ]
            record.informed = t("demo.checkout.informed")
    meeting.next_meeting = case.next_meeting
    meeting.decisions = [
        Decision(
            at=started + timedelta(minutes=20),
            step_id="analysis",
            text=t("demo.decision"),
            decided_by=t("course.decided_by.team"),
        )
    ]
    meeting.parents_note = t("demo.parents")
    meeting.ended = started + timedelta(minutes=case.meeting_minutes)
    return meeting


def _demo_parked(t: Messages, case: Case, meeting: Meeting) -> ParkedQuestion:
    """A question about content raised while the current situation was told."""
    return ParkedQuestion(
        id="p-street",
        text=t("demo.parked"),
        raised_by=t("demo.member.ahmed.name"),
        parked_at=meeting.started + timedelta(minutes=12),
        meeting_id=meeting.id,
        step_id="situation",
    )


def add_demo(store: Store, t: Messages, today: date) -> bool:
    """Add the demo case unless it is there already; True when it was added."""
    if store.case_dir(DEMO_ID).exists():
        return False
    case = demo_case(t, today)
    meeting = _demo_meeting(t, case, today)
    case = case.model_copy(update={"parked": [_demo_parked(t, case, meeting)]})
    store.save_case(case)
    meeting.actions = {a.id: a for a in _demo_actions(t, case, meeting, today)}
    store.begin_meeting(case, meeting)
    store.close_meeting(case, meeting)
    return True
