"""Actions: who does what, by when, is it bearable, and how do we help each other."""

from __future__ import annotations

from datetime import date
from enum import StrEnum

from pydantic import Field

from agenda.case import Case
from agenda.dates import field_day
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

BEARABLE_SYMBOLS: dict[Bearable, str] = {Bearable.YES: "✓", Bearable.TIGHT: "~", Bearable.NO: "✗"}
STATUS_SYMBOLS: dict[ActionStatus, str] = {
    ActionStatus.OPEN: "·",
    ActionStatus.DONE: "✓",
    ActionStatus.PARTLY: "◐",
    ActionStatus.NOT_DONE: "✗",
    ActionStatus.ONGOING: "↻",
    ActionStatus.DROPPED: "–",
}
"""A symbol beside every word: bearable and status never rest on colour alone."""


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
        return self._with_history(history)

    def without_feedback(self, meeting_id: str) -> Action:
        """This action as if nothing was reported on it in `meeting_id`.

        Undoes a feedback given by mistake during a live meeting: the status falls back
        to the previous meeting's feedback, or to open when there was none.
        """
        return self._with_history([f for f in self.history if f.meeting_id != meeting_id])

    def with_status(self, status: ActionStatus, meeting_id: str, on: date) -> Action:
        """This action with its status set in meeting `meeting_id`.

        The status is never stored apart from the history: setting it *is* feedback in
        this meeting (keeping a note already given there), and setting it back to open
        removes this meeting's feedback. So the history stays the one source of the
        follow-through figures.
        """
        if status is ActionStatus.OPEN:
            return self.without_feedback(meeting_id)
        given = self.feedback_in(meeting_id)
        note = given.note if given is not None else ""
        return self.with_feedback(Feedback(meeting_id=meeting_id, on=on, status=status, note=note))

    def as_in_meeting(self, meeting_id: str) -> Action:
        """This action as a meeting keeps it: its own fields and only the feedback given
        in that meeting. Earlier history stays with the case, so a meeting's file (and
        its autosave) does not grow with years of feedback."""
        return self.model_copy(
            update={"history": [f for f in self.history if f.meeting_id == meeting_id]}
        )

    def updated_in(self, meeting_id: str, kept: Action) -> Action:
        """This (stored) action with what meeting `meeting_id` kept of it (`as_in_meeting`)."""
        earlier = [f for f in self.history if f.meeting_id != meeting_id]
        now = [f for f in kept.history if f.meeting_id == meeting_id]
        return kept._with_history([*earlier, *now])

    def _with_history(self, history: list[Feedback]) -> Action:
        history = sorted(history, key=lambda f: f.on)
        status = history[-1].status if history else ActionStatus.OPEN
        return self.model_copy(update={"history": history, "status": status})


def check_new_action(
    case: Case, action: Action, today: date, *, before: Action | None = None
) -> None:
    """Refuse an action the team cannot follow up: unknown owner, due date already past.

    When an existing action is edited (`before` is how it stood), only what changed is
    checked: an overdue action must stay editable (to give it another owner, say)
    without first being given a new date.
    """
    problems: list[tuple[str, dict[str, object]]] = []
    owner_changed = before is None or not same_name(before.owner, action.owner)
    if owner_changed and not case.knows_owner(action.owner):
        problems.append(("invalid.unknown_owner", {"owner": action.owner}))
    due_changed = before is None or before.due != action.due
    if due_changed and action.due is not None and action.due < today:
        problems.append(("invalid.due_in_past", {"due": field_day(action.due)}))
    if action.course_point_id is not None and case.point(action.course_point_id) is None:
        problems.append(("invalid.unknown_course_point", {}))
    if problems:
        raise Invalid(problems)


def same_name(one: str, other: str) -> bool:
    """Names as the team says them: "Bram" and " bram" are the same person."""
    return one.strip().casefold() == other.strip().casefold()


def known_owner(case: Case, name: str) -> str | None:
    """The case's own spelling of an owner typed as `name`, or None when nobody is called so.

    Storing the case's spelling keeps one row per person on the board however the name
    was typed in the heat of a meeting.
    """
    return next((owner for owner in case.owners() if same_name(owner, name)), None)


def tidy_helpers(case: Case, owner: str, names: list[str]) -> list[str]:
    """Helpers as the team named them: known names in the case's spelling, no blanks,
    no one twice, and not the owner (helping yourself is no help)."""
    result: list[str] = []
    for name in names:
        cleaned = (known_owner(case, name) or name).strip()
        if (
            cleaned
            and not same_name(cleaned, owner)
            and not any(same_name(cleaned, h) for h in result)
        ):
            result.append(cleaned)
    return result
