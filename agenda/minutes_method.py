"""The minutes' parts about the method around the agenda: who was there in which role,
the intent in force, and what a new-course step decided.

Kept apart from the writer's walk through the steps (`agenda.minutes`) as plain functions
from the meeting to blocks, so that they move as they are into whichever document model
the writer uses. Every word from the catalogue, every typed text as a literal block.
"""

from __future__ import annotations

from collections.abc import Sequence

from agenda.case import Case
from agenda.dates import long_moment
from agenda.document import Block, Heading, Items, Paragraph, table
from agenda.i18n import Messages
from agenda.markdown_text import clean
from agenda.meeting import Meeting, StepRecord


def new_course_blocks(t: Messages, record: StepRecord) -> list[Block]:
    """What the team decided in a new-course step, and whether it is in the case yet."""
    plan = record.new_course
    if plan is None:
        return [Paragraph(t("minutes.text.empty"))]
    none = t("common.none")
    upcoming = long_moment(plan.next_meeting, t) if plan.next_meeting else none
    minutes = str(plan.meeting_minutes) if plan.meeting_minutes else none
    applied = (
        t("minutes.new_course.applied", moment=long_moment(plan.applied, t))
        if plan.applied is not None
        else t("minutes.new_course.not_applied")
    )
    blocks: list[Block] = [
        Items(
            (
                t("minutes.new_course.mission", text=plan.mission.strip() or none),
                t("minutes.new_course.team", names=", ".join(plan.team) or none),
                t("minutes.new_course.rhythm", moment=upcoming, minutes=minutes),
                applied,
            )
        ),
        Paragraph(t("minutes.new_course.course")),
    ]
    if plan.course:
        rows = [(str(number), text) for number, text in enumerate(plan.course, start=1)]
        blocks.append(table([t("minutes.col.number"), t("minutes.col.point")], rows))
    else:
        blocks.append(Paragraph(t("minutes.course.empty")))
    blocks.append(Paragraph(t("minutes.new_course.intent")))
    blocks.append(Items(tuple(plan.intent)) if plan.intent else Paragraph(none))
    return blocks


def with_roles(t: Messages, case: Case, meeting: Meeting, names: Sequence[str]) -> list[str]:
    """Members as the minutes name them: with their seat in the kernteam ("Anouk de Vries
    – inhoud (analyseteam)"), so a reader outside the team knows who spoke for whom.
    Guests are left out here (`guests_item` names them); a name the case no longer
    knows stands alone."""
    seats = {_key(m.name): t(f"role.{m.role.value}") for m in case.team}
    guests = {_key(g.name) for g in meeting.guests}
    shown = []
    for name in names:
        if _key(name) in guests:
            continue
        seat = seats.get(_key(name))
        trimmed = clean(name).strip()
        shown.append(t("minutes.attendee", name=trimmed, role=seat) if seat else name)
    return shown


def guests_item(t: Messages, meeting: Meeting) -> str | None:
    """ "Gasten: Sanne Dijk (GGZ Oost)", or None when no guest came."""
    if not meeting.guests:
        return None
    named = [
        t("minutes.guest", name=clean(g.name).strip(), organisation=clean(g.organisation).strip())
        if g.organisation.strip()
        else clean(g.name).strip()
        for g in meeting.guests
    ]
    return t("minutes.guests", names=", ".join(named))


def intent_blocks(t: Messages, meeting: Meeting) -> list[Block]:
    """The declaration of intent and the commitment as they stood in this meeting, when
    they changed since the last meeting or the chair asked for them at check-out."""
    held = meeting.intent
    if held is None or not (held.changed or meeting.intent_in_minutes):
        return []
    blocks: list[Block] = [Heading(2, t("case.section.intent"))]
    if held.changed:
        blocks.append(Paragraph(t("minutes.intent.changed")))
    blocks.append(Items(tuple(held.intent)) if held.intent else Paragraph(t("intent_screen.none")))
    if held.commitment:
        blocks.append(Paragraph(t("minutes.intent.commitment")))
        blocks.append(Items(tuple(held.commitment)))
    return blocks


def _key(name: str) -> str:
    return name.strip().casefold()
