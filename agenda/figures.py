"""Figures over a case's actions: follow-through ("afspraken nagekomen") per meeting and
its trend, standing agreements kept ("vaste afspraken nagekomen"), the load per person,
and the flags the action board raises.

Pure functions over the case's actions and the dates of its meetings, so the board, the
feedback step, the check-out screen, the start screen and the minutes all show the same
numbers.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date
from enum import StrEnum
from statistics import median

from agenda.actions import Action, ActionStatus, Bearable, known_owner
from agenda.case import Case

TREND_MEETINGS = 8
"""How many meetings the follow-through trend shows."""

OVERLOAD_GAP = 2
"""Open actions the most loaded person must carry beyond the runner-up to be flagged."""
OVERLOAD_FACTOR = 1.5
"""... and at least this many times the median load of the board."""
OVERLOAD_MINIMUM = 3
"""... and at least this many open actions: two against none is a start, not a pattern."""


@dataclass(frozen=True)
class MeetingDate:
    id: str
    on: date


# -- follow-through ------------------------------------------------------------------------


@dataclass(frozen=True)
class FollowThrough:
    """Of the actions that fell due at a meeting, how many were done by then."""

    meeting_id: str
    on: date
    due: int
    done: int
    reported: int = 0
    """Of those due, how many got feedback in that meeting itself."""

    @property
    def share(self) -> float | None:
        return self.done / self.due if self.due else None

    @property
    def discussed(self) -> bool:
        """Whether the figure says anything yet: before the team gives feedback, "0 of 3
        done" would read as three agreements broken, so the figure waits (unless some
        were reported done at an earlier meeting)."""
        return self.reported > 0 or self.done > 0


class Calendar:
    """A case's meetings in date order, so that an action's due meeting is found by
    bisection: the figures of five years of weekly meetings stay a matter of
    milliseconds instead of sorting every meeting again for every action."""

    def __init__(self, meetings: Iterable[MeetingDate]) -> None:
        self.meetings = sorted(meetings, key=_day)
        self._days = [m.on for m in self.meetings]

    def effective_due(self, action: Action) -> date | None:
        """The due date, or else the first meeting after the action was made."""
        return self._effective(action.due, action)

    def _effective(self, due: date | None, action: Action) -> date | None:
        if due is not None:
            return due
        after = bisect_right(self._days, action.created_on)
        return self._days[after] if after < len(self._days) else None

    def due_meeting(self, action: Action) -> MeetingDate | None:
        """The first meeting after the one that made the action, held on or after its
        due date as first agreed (None: not yet held; a re-plan does not move it).

        A standing agreement never falls due: it is checked at every meeting instead
        (`standing_in`), so it never counts as an agreement broken."""
        if action.is_standing:
            return None
        when = self._effective(action.agreed_due, action)
        if when is None:
            return None
        first = max(bisect_right(self._days, action.created_on), bisect_left(self._days, when))
        return self.meetings[first] if first < len(self.meetings) else None


def effective_due(action: Action, meetings: Sequence[MeetingDate]) -> date | None:
    """The due date, or else the first meeting after the action was made."""
    return Calendar(meetings).effective_due(action)


def due_meeting(action: Action, meetings: Sequence[MeetingDate]) -> MeetingDate | None:
    """The meeting at which the team reports on the action as agreed: the first meeting
    after the one that made it, held on or after its due date (None: not yet held)."""
    return Calendar(meetings).due_meeting(action)


def status_at(action: Action, meeting: MeetingDate) -> ActionStatus:
    """The action's status as it stood at the end of `meeting`: from the feedback given in
    that meeting or on an earlier day.

    Feedback from another meeting on the same day never counts as this meeting's: a
    meeting is known by its date alone (its file name), so of two meetings on one day
    (one broken off and started again, say) neither can tell which came first.
    """
    reported = [f for f in action.history if f.on < meeting.on or f.meeting_id == meeting.id]
    return reported[-1].status if reported else ActionStatus.OPEN


def status_before(action: Action, meeting: MeetingDate) -> ActionStatus:
    """The action's status as it came into `meeting`: from feedback on an earlier day."""
    reported = [f for f in action.history if f.on < meeting.on]
    return reported[-1].status if reported else ActionStatus.OPEN


def made_by(action: Action, meeting: MeetingDate) -> bool:
    """Whether the action existed at the end of `meeting`: made in it, or on an earlier
    day (the minutes of an old meeting leave out what later meetings agreed)."""
    if action.created_meeting_id == meeting.id:
        return True
    if action.created_meeting_id is None:
        return action.created_on <= meeting.on
    return action.created_on < meeting.on


def as_it_stood(action: Action, meeting: MeetingDate, *, coming_in: bool = False) -> Action:
    """The action with the due date and owner it had at the end of `meeting` (with
    `coming_in`: as it came into it, before a re-plan there). A later re-plan keeps what
    they were before it, so old minutes keep saying what was agreed then."""
    for feedback in action.history:  # oldest first
        later = feedback.on > meeting.on or (coming_in and feedback.meeting_id == meeting.id)
        if feedback.replanned and later:
            return action.model_copy(
                update={"due": feedback.due_before, "owner": feedback.owner_before}
            )
    return action


def follow_through_in(
    actions: Iterable[Action], meeting: MeetingDate, meetings: Sequence[MeetingDate]
) -> FollowThrough:
    """Follow-through of one meeting: of the agreements due at it, the share kept.

    Every action counts in exactly one meeting, its `due_meeting`, and it was kept when
    it stood *done* at the end of that meeting (reported done there or earlier). Dropped
    by then, it is left out: the team let go of it together, which is not an agreement
    broken. Done later, it stays not kept in its due meeting, and an overdue action is
    not counted again in every later meeting; so one stubborn action cannot drag down a
    whole trend, and finishing it late does not lift a figure after the fact.
    """
    return kept(owed_at(actions, meeting, meetings), meeting)


def owed_at(
    actions: Iterable[Action], meeting: MeetingDate, meetings: Sequence[MeetingDate]
) -> list[Action]:
    """The actions that fell due at `meeting` (see `follow_through_in`): the ones its
    figure counts, the dropped ones among them included."""
    calendar = Calendar(meetings)
    return [a for a in actions if _owed_at(calendar, a, meeting)]


def _owed_at(calendar: Calendar, action: Action, meeting: MeetingDate) -> bool:
    owed = calendar.due_meeting(action)
    return owed is not None and owed.id == meeting.id


def kept(owed: Iterable[Action], meeting: MeetingDate) -> FollowThrough:
    """Of the actions `owed` at `meeting`, how many were done there (dropped: left out)."""
    due = done = reported = 0
    for action in owed:
        status = status_at(action, meeting)
        if status is ActionStatus.DROPPED:
            continue
        due += 1
        if status is ActionStatus.DONE:
            done += 1
        if action.feedback_in(meeting.id) is not None:
            reported += 1
    return FollowThrough(meeting.id, meeting.on, due, done, reported)


def follow_through(
    actions: Sequence[Action], meetings: Sequence[MeetingDate], last: int | None = None
) -> list[FollowThrough]:
    """Follow-through of every meeting, oldest first (see `follow_through_in`); of the
    `last` meetings only, when given (the trend needs eight of a case's hundreds)."""
    calendar = Calendar(meetings)
    held = calendar.meetings
    wanted = held if last is None else held[max(0, len(held) - last) :]
    ids = {m.id for m in wanted}
    owed: dict[str, list[Action]] = {}
    for action in actions:
        due = calendar.due_meeting(action)
        if due is not None and due.id in ids:
            owed.setdefault(due.id, []).append(action)
    return [kept(owed.get(m.id, []), m) for m in wanted]


def trend(
    actions: Sequence[Action], meetings: Sequence[MeetingDate], count: int = TREND_MEETINGS
) -> list[FollowThrough]:
    """Follow-through of the last `count` meetings, oldest first (meetings where nothing
    fell due are kept, with no share, so the rhythm of the meetings stays visible)."""
    return follow_through(actions, meetings, last=count) if count > 0 else []


def latest_share(actions: Sequence[Action], meetings: Sequence[MeetingDate]) -> float | None:
    """The most recent meeting's follow-through that had anything due."""
    for figure in reversed(follow_through(actions, meetings)):
        if figure.share is not None:
            return figure.share
    return None


def _day(meeting: MeetingDate) -> date:
    return meeting.on


# -- standing agreements -------------------------------------------------------------------


@dataclass(frozen=True)
class StandingKept:
    """Of the standing agreements checked in a meeting ("deze week gelukt?"), how many
    were kept: "vaste afspraken nagekomen", a figure of its own beside follow-through."""

    meeting_id: str
    checked: int
    kept: int

    @property
    def share(self) -> float | None:
        return self.kept / self.checked if self.checked else None


def standing_in(actions: Iterable[Action], meeting_id: str) -> StandingKept:
    """The standing agreements checked in one meeting and how many were kept.

    Only a check counts: an agreement the team did not ask about is not known to be
    broken, and one that was let go of (dropped) is not asked about.
    """
    checked = kept = 0
    for action in actions:
        given = action.feedback_in(meeting_id) if action.is_standing else None
        if given is None or given.kept is None:
            continue
        checked += 1
        kept += given.kept
    return StandingKept(meeting_id, checked, kept)


# -- load per person -----------------------------------------------------------------------


@dataclass(frozen=True)
class Load:
    """What one person carries: open actions, how many of them are tight, how many late."""

    owner: str
    family: bool
    open: int
    strained: int
    """Open actions the owner called krap or nee."""
    without_help: int
    """Of those, the ones with no helper and no word on how we help."""
    overdue: int


def is_overdue(action: Action, today: date, meetings: Sequence[MeetingDate]) -> bool:
    """Open, and its (effective) due date lies before `today`."""
    return action.is_open and _overdue(action, today, Calendar(meetings))


def _overdue(action: Action, today: date, calendar: Calendar) -> bool:
    if action.is_standing:
        return False  # it runs on from meeting to meeting; it is never late
    when = calendar.effective_due(action)
    return action.is_open and when is not None and when < today


def load_per_person(
    actions: Iterable[Action], case: Case, today: date, meetings: Sequence[MeetingDate]
) -> list[Load]:
    """One row per person: every team member (no load says who could help), then family
    members and anyone else who holds an open action.

    Load counts the *current* owner: an action handed over is carried by its new owner.
    Names are matched the way the team says them (case and spaces ignored); an owner who
    is no longer on the team keeps a row of their own so no action drops off the board.
    """
    calendar = Calendar(meetings)
    rows: dict[str, list[Action]] = {m.name: [] for m in case.team}
    for action in actions:
        if not action.is_open:
            continue
        owner = known_owner(case, action.owner) or action.owner.strip()
        rows.setdefault(owner, []).append(action)
    team = {m.name for m in case.team}
    return [
        Load(
            owner=owner,
            family=owner not in team,
            open=len(held),
            strained=sum(1 for a in held if a.bearable is not Bearable.YES),
            without_help=sum(1 for a in held if a.needs_help),
            overdue=sum(1 for a in held if _overdue(a, today, calendar)),
        )
        for owner, held in rows.items()
        if owner in team or held
    ]


def overloaded(loads: Sequence[Load]) -> Load | None:
    """The one person carrying clearly more than the others, if there is one.

    "Clearly" means all three: at least `OVERLOAD_GAP` open actions more than anyone
    else, at least `OVERLOAD_FACTOR` times the median of the board's rows (team members
    with no actions count as zero, which is the point: they could take some), and at
    least `OVERLOAD_MINIMUM` open actions. The gap makes it one person, the median keeps
    an evenly busy team from being flagged, the minimum keeps a young case quiet.
    """
    if len(loads) < 2:
        return None
    ranked = sorted(loads, key=lambda load: load.open, reverse=True)
    top, runner_up = ranked[0], ranked[1]
    middle = median(load.open for load in loads)
    if (
        top.open >= OVERLOAD_MINIMUM
        and top.open - runner_up.open >= OVERLOAD_GAP
        and top.open >= OVERLOAD_FACTOR * middle
    ):
        return top
    return None


# -- flags ---------------------------------------------------------------------------------


class FlagKind(StrEnum):
    OVERLOAD = "overload"
    """One person carries clearly more than the others."""
    NO_HELPER = "no_helper"
    """Krap or nee, and nobody named to help nor a word on how."""
    OVERDUE = "overdue"
    """Still open after its due date."""


FLAG_SYMBOLS: dict[FlagKind, str] = {
    FlagKind.OVERLOAD: "▲",
    FlagKind.NO_HELPER: "?",
    FlagKind.OVERDUE: "!",
}


@dataclass(frozen=True)
class Flag:
    kind: FlagKind
    owner: str
    action: Action | None = None
    open: int = 0
    """Overload: the person's open actions."""
    median: float = 0.0
    """Overload: the median open actions of the board."""
    due: date | None = None
    """Overdue: the date it was due (its own, or the meeting it was to come back to)."""


def flags(
    actions: Sequence[Action], case: Case, today: date, meetings: Sequence[MeetingDate]
) -> list[Flag]:
    """What the board points out, most pressing first: overload, then krap/nee without
    a helper, then overdue actions (oldest due date first)."""
    result: list[Flag] = []
    loads = load_per_person(actions, case, today, meetings)
    heavy = overloaded(loads)
    if heavy is not None:
        result.append(
            Flag(
                FlagKind.OVERLOAD,
                heavy.owner,
                open=heavy.open,
                median=float(median(load.open for load in loads)),
            )
        )
    still_open = [a for a in actions if a.is_open]
    result.extend(
        Flag(FlagKind.NO_HELPER, known_owner(case, a.owner) or a.owner, a)
        for a in still_open
        if a.needs_help
    )
    calendar = Calendar(meetings)
    late = [a for a in still_open if _overdue(a, today, calendar)]
    late.sort(key=lambda a: calendar.effective_due(a) or today)
    result.extend(
        Flag(
            FlagKind.OVERDUE,
            known_owner(case, a.owner) or a.owner,
            a,
            due=calendar.effective_due(a),
        )
        for a in late
    )
    return result


# -- the board -----------------------------------------------------------------------------


@dataclass(frozen=True)
class Board:
    """Everything the action board shows, computed once from the same actions."""

    open_actions: list[Action]
    """Open one-off actions (standing agreements are listed apart)."""
    standing: list[Action]
    """Standing agreements still in force."""
    standing_kept: StandingKept | None
    """The latest meeting's check of them (in a meeting: this meeting, so far)."""
    loads: list[Load]
    flags: list[Flag]
    trend: list[FollowThrough]
    """The last meetings' follow-through, the latest meeting last."""

    @property
    def latest(self) -> FollowThrough | None:
        """The latest meeting's figure (in a meeting: this meeting, so far)."""
        return self.trend[-1] if self.trend else None


def board(
    actions: Sequence[Action], case: Case, today: date, meetings: Sequence[MeetingDate]
) -> Board:
    latest = Calendar(meetings).meetings[-1:]
    return Board(
        open_actions=[a for a in actions if a.is_open and not a.is_standing],
        standing=[a for a in actions if a.is_open and a.is_standing],
        standing_kept=standing_in(actions, latest[0].id) if latest else None,
        loads=load_per_person(actions, case, today, meetings),
        flags=flags(actions, case, today, meetings),
        trend=trend(actions, meetings),
    )
