"""A case: the kernteam around one child, its course and its declaration of intent."""

from __future__ import annotations

from datetime import date, datetime, time, timedelta
from enum import StrEnum

from pydantic import Field, field_validator, model_validator
from pydantic_core import PydanticCustomError

from agenda.ids import new_id
from agenda.model import Record, RequiredText
from agenda.parked import ParkedQuestion


class KernteamRole(StrEnum):
    """The seats of a kernteam, as in the report ("inhoud, regiehouder/jb, voorzitter RET,
    onderwijs, regio"), plus parents/family and anything else."""

    CONTENT = "content"
    CASE_DIRECTOR = "case_director"
    CHAIR = "chair"
    EDUCATION = "education"
    REGION = "region"
    FAMILY = "family"
    OTHER = "other"


class TeamMember(Record):
    id: str = Field(default_factory=new_id)
    name: RequiredText
    organisation: str = ""
    role: KernteamRole = KernteamRole.OTHER
    task: str = ""
    """Role and task in words ("rol en taak van ieder is uitgesproken")."""


class CourseStatus(StrEnum):
    ON_COURSE = "on_course"
    DOUBT = "doubt"
    OFF_COURSE = "off_course"


COURSE_SYMBOLS: dict[CourseStatus | None, str] = {
    CourseStatus.ON_COURSE: "✓",
    CourseStatus.DOUBT: "?",
    CourseStatus.OFF_COURSE: "✗",
    None: "·",
}
"""A symbol beside every status word: the status never rests on colour alone."""


def course_label_key(status: CourseStatus | None) -> str:
    return "course.unchecked" if status is None else f"course.{status.value}"


class CoursePoint(Record):
    id: str = Field(default_factory=new_id)
    text: RequiredText
    status: CourseStatus | None = None
    """Latest status from a closed meeting's course check; None until first checked."""
    status_on: date | None = None


class CourseChange(StrEnum):
    ADDED = "added"
    CHANGED = "changed"
    REMOVED = "removed"
    MOVED = "moved"


class CourseDecision(Record):
    """A joint decision that changed the course; kept forever and shown in the minutes."""

    id: str = Field(default_factory=new_id)
    on: datetime
    change: CourseChange
    point_id: str
    old_text: str = ""
    new_text: str = ""
    old_number: int | None = None
    """The point's number before the change (as read aloud, from 1); None when added."""
    new_number: int | None = None
    """The point's number after the change; None when removed."""
    decided_by: str = ""
    meeting_id: str | None = None
    """The meeting in which the team decided, so its minutes can show the decision."""


class MeetingSlot(Record):
    """The kernteam's weekly moment ("elke vrijdag om 10:00"): the report's rhythm is a
    fixed weekly hour, so the next meeting is proposed there, not a week after whenever
    this one happened to start."""

    weekday: int = Field(ge=0, le=6)
    """0 is Monday, as `date.weekday()` counts."""
    at: time

    @classmethod
    def of(cls, moment: datetime) -> MeetingSlot:
        return cls(weekday=moment.weekday(), at=moment.time().replace(second=0, microsecond=0))

    def next_after(self, held: date) -> datetime:
        """The slot's first day at least `SLOT_GAP` days after a meeting held on `held`:
        a meeting moved a day earlier or later is followed by the usual weekly one, not
        by one a day or two after it."""
        first = held + SLOT_GAP
        ahead = (self.weekday - first.weekday()) % 7
        return datetime.combine(first + timedelta(days=ahead), self.at)


SLOT_GAP = timedelta(days=4)


SHORTEST_MEETING, LONGEST_MEETING = 10, 480
"""How long a meeting may be, in minutes (a case's, or one meeting's)."""


def read_meeting_minutes(text: str) -> int | None:
    """A meeting's length as typed ("90"); None when it is no whole number in range."""
    cleaned = text.strip()
    minutes = int(cleaned) if cleaned.isdigit() else 0
    return minutes if SHORTEST_MEETING <= minutes <= LONGEST_MEETING else None


class Case(Record):
    id: str = Field(default_factory=new_id)
    alias: RequiredText
    """Pseudonymous name ("Casus X"); the UI advises against a child's real name."""
    team: list[TeamMember] = Field(default_factory=list)
    family: list[str] = Field(default_factory=list)
    """Family members who can own an action ("moeder"), by how the team calls them."""
    course: list[CoursePoint] = Field(default_factory=list)
    course_history: list[CourseDecision] = Field(default_factory=list)
    intent: list[str] = Field(default_factory=list)
    """The team's declaration of intent (intentieverklaring), one commitment per item."""
    commitment: list[str] = Field(default_factory=list)
    """"Commitment in houding en gedrag" (report ch. 4): how the team stands towards the
    family, one line each; shown with the intent."""
    mission: str = ""
    """The kernteam's assignment in words ("wat is de opdracht van het kernteam?", ch. 1)."""
    analysis_deadline: date | None = None
    parked: list[ParkedQuestion] = Field(default_factory=list)
    """Content questions parked for the inhoudsteam, answered or not (`agenda.parked`)."""
    template_id: str = "kernteam"
    meeting_minutes: int = 60
    next_meeting: datetime | None = None
    meeting_slot: MeetingSlot | None = None
    """Set from the first (or next) meeting the chair plans in the case form."""
    created: datetime = Field(default_factory=datetime.now)

    @field_validator("meeting_minutes")
    @classmethod
    def _sensible_length(cls, minutes: int) -> int:
        if not SHORTEST_MEETING <= minutes <= LONGEST_MEETING:
            raise PydanticCustomError(
                "invalid.meeting_minutes",
                "between {low} and {high} minutes",
                {"low": SHORTEST_MEETING, "high": LONGEST_MEETING},
            )
        return minutes

    @model_validator(mode="after")
    def _unique_names(self) -> Case:
        seen: set[str] = set()
        for member in self.team:
            key = member.name.strip().casefold()
            if key in seen:
                raise PydanticCustomError(
                    "invalid.duplicate_member", "two members share a name", {"name": member.name}
                )
            seen.add(key)
        return self

    def member(self, member_id: str) -> TeamMember | None:
        return next((m for m in self.team if m.id == member_id), None)

    def chair(self) -> TeamMember | None:
        return next((m for m in self.team if m.role is KernteamRole.CHAIR), None)

    def point(self, point_id: str) -> CoursePoint | None:
        return next((p for p in self.course if p.id == point_id), None)

    def point_number(self, point_id: str) -> int | None:
        """1-based position of a course point, as it is read aloud."""
        for number, point in enumerate(self.course, start=1):
            if point.id == point_id:
                return number
        return None

    def owners(self) -> list[str]:
        """Everyone who can own an action: team members first, then family members."""
        return [m.name for m in self.team] + [f for f in self.family if f.strip()]

    def knows_owner(self, name: str) -> bool:
        wanted = name.strip().casefold()
        return any(wanted == owner.strip().casefold() for owner in self.owners())
