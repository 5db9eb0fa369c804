"""Small builders for test data; each test states only what matters to it."""

from __future__ import annotations

from agenda.builtin_templates import BUILTIN_TEMPLATES
from agenda.case import Case, CoursePoint, KernteamRole, TeamMember
from agenda.i18n import Messages
from agenda.meeting import Meeting
from tests.conftest import NOW


def make_case(alias: str = "Casus Y", **changes: object) -> Case:
    case = Case(
        alias=alias,
        team=[
            TeamMember(name="Anna", role=KernteamRole.CHAIR),
            TeamMember(name="Bram", role=KernteamRole.CASE_DIRECTOR),
            TeamMember(name="Cem", role=KernteamRole.CONTENT),
        ],
        family=["moeder"],
        course=[CoursePoint(text="Brede analyse"), CoursePoint(text="Rust")],
    )
    return case.model_copy(update=changes)


def make_meeting(case: Case, t: Messages | None = None) -> Meeting:
    t = t or Messages("nl")
    template = BUILTIN_TEMPLATES[case.template_id]
    return Meeting.begin(
        case_id=case.id,
        lang=t.lang,
        template_id=template.id,
        steps=template.for_meeting(t, case.meeting_minutes),
        started=NOW,
        chair="Anna",
        present=[m.name for m in case.team],
        absent=[],
    )
