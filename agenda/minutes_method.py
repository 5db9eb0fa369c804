"""The minutes' parts about the method around the agenda: who was there in which role,
the intent in force, and what a new-course step decided.

Kept apart from the writer's walk through the steps (`agenda.minutes`) as plain functions
from the meeting to blocks, so that they move as they are into whichever document model
the writer uses. Every word from the catalogue, every typed text as a literal block.
"""

from __future__ import annotations

from agenda.dates import long_moment
from agenda.i18n import Messages
from agenda.markdown_doc import Block, Items, Paragraph, table
from agenda.meeting import StepRecord


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
