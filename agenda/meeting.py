"""A meeting: who was there, what was said per step, the clocks, stops and actions."""

from __future__ import annotations

from datetime import date, datetime
from enum import StrEnum

from pydantic import Field, field_validator, model_validator
from pydantic_core import PydanticCustomError

from agenda.actions import Action
from agenda.case import CourseStatus
from agenda.i18n import Lang
from agenda.ids import new_id
from agenda.model import Record, RequiredText
from agenda.new_course import NewCourse
from agenda.templates import Step


class RoundEntry(Record):
    """One member's turn in a round: check-in or check-out."""

    member: RequiredText
    seated: bool | None = None
    """"Zit je lekker in het zadel?": True yes, False something chafes, None not asked yet."""
    answers: list[str] = Field(default_factory=list)
    """One answer per question of the step, in the step's order."""
    seconds: float = 0.0
    """How long this member had the floor."""


class CourseCheck(Record):
    point_id: str
    status: CourseStatus | None = None
    note: str = ""


class StepRecord(Record):
    """What happened in one agenda step."""

    step_id: str
    seconds: float = 0.0
    """Time the step clock ran while this step was open (all visits together)."""
    text: str = ""
    round: list[RoundEntry] = Field(default_factory=list)
    course: list[CourseCheck] = Field(default_factory=list)
    informed: str = ""
    """Close steps: how we keep each other informed until the next meeting."""
    new_course: NewCourse | None = None
    """New-course steps: what the team decides, until the chair writes it into the case."""


class StopMoment(Record):
    """A press of the stop button (stopknop) and what the team noted."""

    at: datetime
    step_id: str
    meeting_seconds: float
    note: str = ""
    paused_seconds: float = 0.0


class Decision(Record):
    """A decision the team made in the meeting: "Besluiten en keuzes maken we altijd
    gezamenlijk". What, who decided, in which step and when; a change of the course is
    kept apart, with the case (`CourseDecision`)."""

    at: datetime
    step_id: str
    text: RequiredText
    decided_by: str = ""


class TimeChangeKind(StrEnum):
    EXTEND = "extend"
    """More minutes for the open step; the rest of the plan stays."""
    BORROW = "borrow"
    """More minutes for the open step, taken from the steps still to come."""
    REPLAN = "replan"
    """What is left until the agreed end, shared over the steps still to come."""


class TimeChange(Record):
    """One change the chair made to the time plan (`agenda.time_plan`), kept for the
    minutes: when, in which step, how, and every step's seconds after it."""

    at: datetime
    step_id: str
    kind: TimeChangeKind
    seconds: int = 0
    """Seconds added to the open step (extend, borrow); 0 for a re-plan."""
    plan: list[int]
    """Every step's seconds after the change, in the agenda's order."""


class Guest(Record):
    """Someone from outside the kernteam at this meeting (a retrospective, a perspective
    analysis): takes part in the rounds and is named in the minutes, but is no member,
    so the team's attendance over time leaves guests out."""

    name: RequiredText
    organisation: str = ""


class IntentInForce(Record):
    """The declaration of intent and the commitment in attitude and behaviour as they
    stood in this meeting: the minutes show these words even when the case's change later."""

    intent: list[str] = Field(default_factory=list)
    commitment: list[str] = Field(default_factory=list)
    changed: bool = False
    """Not the words of the previous meeting (or there was none): the minutes show them."""


EARLIEST = datetime(1900, 1, 1)
LATEST = datetime(9000, 1, 1)
"""A meeting starts within these years: enough room for every sum of days and minutes."""


class MeetingStatus(StrEnum):
    OPEN = "open"
    CLOSED = "closed"


class Meeting(Record):
    id: str = Field(default_factory=new_id)
    case_id: str
    lang: Lang
    template_id: str
    steps: list[Step]
    """The agenda as it was when the meeting started, in the meeting's language."""
    started: datetime
    chair: str = ""
    present: list[str] = Field(default_factory=list)
    absent: list[str] = Field(default_factory=list)
    guests: list[Guest] = Field(default_factory=list)
    """Present from outside the team; their names are in `present` too (they take turns)."""
    intent: IntentInForce | None = None
    """None in meetings kept before the intent was."""
    intent_in_minutes: bool = False
    """The chair's check-out choice: the intent in the minutes even when it did not change."""
    current: int = 0
    records: list[StepRecord] = Field(default_factory=list)
    step_clock_running: bool = True
    stop_moments: list[StopMoment] = Field(default_factory=list)
    decisions: list[Decision] = Field(default_factory=list)
    time_changes: list[TimeChange] = Field(default_factory=list)
    """The chair's changes to the time plan, in order; the last one is the plan now."""
    actions: dict[str, Action] = Field(default_factory=dict)
    """Every action created, edited or given feedback in this meeting, as it stands now,
    with only this meeting's feedback in its history (`Action.as_in_meeting`).

    Autosave writes only this meeting's file, and its size does not grow with the case's
    history; the case's action list takes these over when the meeting closes (see
    `agenda.fold` and `Store.close_meeting`).
    """
    next_meeting: datetime | None = None
    status: MeetingStatus = MeetingStatus.OPEN
    minutes_file: str | None = None
    minutes_owner: str | None = None
    """The data folder whose Vliegwiel chose `minutes_file` (its full path): a copy of the
    data folder elsewhere that resumes this meeting writes a file of its own instead of
    overwriting that one (`agenda.minutes_file.minutes_path`)."""
    parents_note: str = ""
    """Check-out: what we share with the parents ("Wat delen we met ouders?"), the only
    text of the meeting that goes into the note for them."""
    ended: datetime | None = None
    """When the chair closed the meeting; from then on its minutes are no draft."""
    final_on: date | None = None
    """When the chair made the minutes final ("definitief"), after the team's week for
    corrections; None while they are a concept."""

    @field_validator("started")
    @classmethod
    def _plausible_start(cls, started: datetime) -> datetime:
        # A meeting file from elsewhere (edited, damaged) may say year 9999: its planned
        # end and the next meeting a week on would not fit a date, and every resume
        # crashed. Refused here, the file is named in a sentence like any damaged one; so
        # is a time with a zone, which Vliegwiel never writes and cannot compare with its own.
        if started.tzinfo is not None or not EARLIEST <= started <= LATEST:
            raise ValueError("started outside the years a meeting can have")
        return started

    @model_validator(mode="after")
    def _records_match_steps(self) -> Meeting:
        if [r.step_id for r in self.records] != [s.id for s in self.steps]:
            raise PydanticCustomError("invalid.records_mismatch", "records do not match steps")
        if not 0 <= self.current < max(1, len(self.steps)):
            raise PydanticCustomError("invalid.current_step", "no such step")
        if any(len(change.plan) != len(self.steps) for change in self.time_changes):
            raise PydanticCustomError("invalid.records_mismatch", "records do not match steps")
        return self

    @classmethod
    def begin(
        cls,
        *,
        case_id: str,
        lang: Lang,
        template_id: str,
        steps: list[Step],
        started: datetime,
        chair: str,
        present: list[str],
        absent: list[str],
        guests: list[Guest] | None = None,
        intent: IntentInForce | None = None,
    ) -> Meeting:
        """A new meeting at its first step, with an empty record per step."""
        return cls(
            case_id=case_id,
            lang=lang,
            template_id=template_id,
            steps=steps,
            started=started,
            chair=chair,
            present=present,
            absent=absent,
            guests=list(guests or []),
            intent=intent,
            records=[StepRecord(step_id=s.id) for s in steps],
        )

    @property
    def date_key(self) -> str:
        return self.started.date().isoformat()

    @property
    def step(self) -> Step:
        return self.steps[self.current]

    @property
    def record(self) -> StepRecord:
        return self.records[self.current]

    @property
    def planned_seconds(self) -> float:
        """The agreed length: the agenda's minutes, whatever the chair re-planned since."""
        return 60.0 * sum(s.minutes for s in self.steps)

    @property
    def agenda_plan(self) -> list[int]:
        """Seconds per step as the agenda planned them."""
        return [s.minutes * 60 for s in self.steps]

    @property
    def plan(self) -> list[int]:
        """Seconds per step as planned now: the agenda's, or the last change's."""
        return list(self.time_changes[-1].plan) if self.time_changes else self.agenda_plan

    @property
    def elapsed_seconds(self) -> float:
        return sum(r.seconds for r in self.records)

    @property
    def is_draft(self) -> bool:
        """Still running: neither closed nor being closed (the minutes say so)."""
        return self.status is MeetingStatus.OPEN and self.ended is None
