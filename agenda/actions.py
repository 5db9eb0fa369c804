"""Actions: who does what, by when, is it bearable, and how do we help each other."""

from __future__ import annotations

from datetime import date
from enum import StrEnum

from pydantic import Field

from agenda.case import Case
from agenda.errors import Invalid
from agenda.ids import new_id
from agenda.model import Record, RequiredText


class Bearable(StrEnum):
    """Is it bearable (draagbaar)? ja / krap / nee."""

    YES = "yes"
    TIGHT = "tight"
    NO = "no"


class ActionStatus(StrEnum):
    OPEN = "open"
    DONE = "done"
    PARTLY = "partly"
    NOT_DONE = "not_done"
    ONGOING = "ongoing"
    DROPPED = "dropped"


CLOSING_STATUSES = frozenset({ActionStatus.DONE, ActionStatus.DROPPED})
"""Feedback with these statuses closes an action; the others keep it on the board."""

FEEDBACK_STATUSES = (
    ActionStatus.DONE,
    ActionStatus.PARTLY,
    ActionStatus.NOT_DONE,
    ActionStatus.ONGOING,
    ActionStatus.DROPPED,
)


class Feedback(Record):
    """What the team reported on an action in one meeting ("terugkoppeling")."""

    meeting_id: str
    on: date
    status: ActionStatus
    note: str = ""


class Action(Record):
    id: str = Field(default_factory=new_id)
    what: RequiredText
    owner: RequiredText
    helpers: list[str] = Field(default_factory=list)
    due: date | None = None
    result: str = ""
    """What the result looks like ("hoe ziet de opbrengst eruit?")."""
    bearable: Bearable = Bearable.YES
    help_note: str = ""
    """How we help each other, when the owner has no named helper."""
    course_point_id: str | None = None
    status: ActionStatus = ActionStatus.OPEN
    created_on: date
    created_meeting_id: str | None = None
    history: list[Feedback] = Field(default_factory=list)

    @property
    def is_open(self) -> bool:
        return self.status not in CLOSING_STATUSES

    @property
    def needs_help(self) -> bool:
        """Krap or nee and nobody named to help, nor a word on how."""
        return (
            self.bearable is not Bearable.YES
            and not any(h.strip() for h in self.helpers)
            and not self.help_note.strip()
        )

    def feedback_in(self, meeting_id: str) -> Feedback | None:
        return next((f for f in self.history if f.meeting_id == meeting_id), None)

    def with_feedback(self, feedback: Feedback) -> Action:
        """This action with `feedback` recorded; one entry per meeting, the newest wins."""
        history = [f for f in self.history if f.meeting_id != feedback.meeting_id]
        history.append(feedback)
        history.sort(key=lambda f: f.on)
        latest = history[-1].status
        return self.model_copy(update={"history": history, "status": latest})


def check_new_action(case: Case, action: Action, today: date) -> None:
    """Refuse an action the team cannot follow up: unknown owner, due date already past."""
    problems: list[tuple[str, dict[str, object]]] = []
    if not case.knows_owner(action.owner):
        problems.append(("invalid.unknown_owner", {"owner": action.owner}))
    if action.due is not None and action.due < today:
        problems.append(("invalid.due_in_past", {"due": action.due.isoformat()}))
    if action.course_point_id is not None and case.point(action.course_point_id) is None:
        problems.append(("invalid.unknown_course_point", {}))
    if problems:
        raise Invalid(problems)
