"""Actions: who does what, by when, is it bearable, and how do we help each other."""

from __future__ import annotations

from datetime import date
from enum import StrEnum

from pydantic import Field

from agenda.case import Case
from agenda.dates import field_day
from agenda.errors import Invalid
from agenda.i18n import Messages
from agenda.ids import new_id
from agenda.model import Record, RequiredText


class Bearable(StrEnum):
    """Is it bearable (draagbaar)? ja / krap / nee."""

    YES = "yes"
    TIGHT = "tight"
    NO = "no"


class ActionKind(StrEnum):
    """Done once, or a standing agreement ("vaste afspraak", such as "wekelijks contact")
    that is checked at every meeting ("deze week gelukt?") instead of falling due once."""

    ONCE = "once"
    STANDING = "standing"


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
KEPT_SYMBOLS: dict[bool, str] = {True: "✓", False: "✗"}
"""A standing agreement's "deze week gelukt?": yes or no, as a symbol beside the word."""


def kept_label(kept: bool, t: Messages) -> str:
    """A standing agreement's check, "✓ gelukt" or "✗ niet gelukt": the same words in
    the feedback step, on the board and in the minutes."""
    return f"{KEPT_SYMBOLS[kept]} {t('standing.yes' if kept else 'standing.no')}"


class Feedback(Record):
    """What the team reported on an action in one meeting ("terugkoppeling")."""

    meeting_id: str
    on: date
    status: ActionStatus
    note: str = ""
    replanned: bool = False
    """Not (or partly) done, and carried over in this meeting: a new date and/or owner."""
    due_before: date | None = None
    owner_before: str = ""
    """What the action's due date and owner were before that re-plan."""
    kept: bool | None = None
    """A standing agreement's check in this meeting, "deze week gelukt?": True yes,
    False no, None not asked (every one-off action)."""


class Action(Record):
    id: str = Field(default_factory=new_id)
    what: RequiredText
    owner: RequiredText
    helpers: list[str] = Field(default_factory=list)
    due: date | None = None
    result: str = ""
    """What the result looks like ("hoe ziet de opbrengst eruit?")."""
    bearable: Bearable
    """Asked, never assumed ("Is dat draagbaar?"): no default, so nothing that makes an
    action can leave the question out."""
    help_note: str = ""
    """How we help each other, when the owner has no named helper."""
    course_point_id: str | None = None
    kind: ActionKind = ActionKind.ONCE
    status: ActionStatus = ActionStatus.OPEN
    created_on: date
    created_meeting_id: str | None = None
    history: list[Feedback] = Field(default_factory=list)

    @property
    def is_open(self) -> bool:
        return self.status not in CLOSING_STATUSES

    @property
    def is_standing(self) -> bool:
        return self.kind is ActionKind.STANDING

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

    @property
    def agreed_due(self) -> date | None:
        """The due date as first agreed. A re-plan moves `due` for the work ahead, but
        the agreement still fell due where it was first meant to: follow-through counts
        it there, so carrying an action over never improves the figure."""
        first = next((f for f in self.history if f.replanned), None)
        return self.due if first is None else first.due_before

    def without_feedback(self, meeting_id: str) -> Action:
        """This action as if nothing was reported on it in `meeting_id`.

        Undoes a feedback given by mistake during a live meeting: the status falls back
        to the previous meeting's feedback, or to open when there was none, and a re-plan
        made with it is undone too.
        """
        given = self.feedback_in(meeting_id)
        action = self
        if given is not None and given.replanned:
            action = self.model_copy(update={"due": given.due_before, "owner": given.owner_before})
        return action._with_history([f for f in self.history if f.meeting_id != meeting_id])

    def replanned_in(self, meeting_id: str, due: date | None, owner: str) -> Action:
        """Carried over after feedback in `meeting_id`: a new due date and owner, with
        what they were before kept in that meeting's feedback (once: re-planning twice
        in one meeting keeps the first "before")."""
        given = self.feedback_in(meeting_id)
        if given is None:
            raise ValueError("re-planning follows feedback in the same meeting")
        if not given.replanned:
            given = given.model_copy(
                update={"replanned": True, "due_before": self.due, "owner_before": self.owner}
            )
        moved = self.model_copy(update={"due": due, "owner": owner})
        return moved.with_feedback(given)

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
        if given is not None:
            return self.with_feedback(given.model_copy(update={"status": status}))
        return self.with_feedback(Feedback(meeting_id=meeting_id, on=on, status=status))

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


def owners_meant(case: Case, typed: str) -> list[str]:
    """Whom a partial name may mean: owners whose name, or a word in it, begins with what
    was typed ("Jer" and "bakker" both → "Jeroen Bakker"). A partial name is never taken
    for a new person: the chair is asked whether she meant one of these."""
    stem = typed.strip().casefold()
    if not stem:
        return []
    return [
        owner
        for owner in case.owners()
        if any(word.startswith(stem) for word in (owner.casefold(), *owner.casefold().split()))
    ]


def completion(names: list[str], typed: str) -> str | None:
    """The one name that begins with `typed` (in the case's spelling), or None when none
    or more than one does: a completion the chair can take with Tab is never a guess."""
    stem = typed.casefold()
    if not stem.strip():
        return None
    found = [name for name in names if name.casefold().startswith(stem)]
    return found[0] if len(found) == 1 else None


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
