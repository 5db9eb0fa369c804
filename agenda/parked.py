"""The parking place ("parkeerplaats"): content questions parked for the inhoudsteam.

The report splits process from content: the kernteam steers on process, the inhoudsteam
works on the analysis and the perspective plan ("Proces en inhoud liepen in het kernteam
snel door elkaar ... Op basis daarvan werd de inhoud/analyse (analyseteam) en het proces
(kernteam) opgesplitst"). So a content question raised in a kernteam meeting is not
worked out there: the chair parks it, and it goes to the inhoudsteam.

A parked question belongs to the case, not to the meeting that raised it: it stays on
the list, meeting after meeting, until it is answered. Each function here returns a new
case with the list changed; the session keeps it and its recorder writes it at once.
"""

from __future__ import annotations

from datetime import datetime

from pydantic import Field

from agenda.errors import Invalid
from agenda.ids import new_id
from agenda.model import Record, RequiredText


class ParkedQuestion(Record):
    id: str = Field(default_factory=new_id)
    text: RequiredText
    raised_by: str = ""
    """Who brought it up, as the team says it (may be left blank)."""
    parked_at: datetime
    meeting_id: str | None = None
    """The meeting in which it was parked, so that its minutes list it."""
    step_id: str = ""
    """The agenda step in which it was parked."""
    answer: str = ""
    answered_at: datetime | None = None
    answered_meeting_id: str | None = None
    """The meeting in which the answer was recorded (its minutes show the answer)."""

    @property
    def is_open(self) -> bool:
        return self.answered_at is None


def cleaned(text: str) -> str:
    return " ".join(text.split())


def new_question(
    text: str, raised_by: str, at: datetime, meeting_id: str | None, step_id: str
) -> ParkedQuestion:
    """A question to park; `Invalid` when nothing was typed."""
    if not cleaned(text):
        raise Invalid([("invalid.parked_text", {})])
    return ParkedQuestion(
        text=text.strip(),
        raised_by=cleaned(raised_by),
        parked_at=at,
        meeting_id=meeting_id,
        step_id=step_id,
    )


def answered(
    question: ParkedQuestion, answer: str, at: datetime, meeting_id: str | None
) -> ParkedQuestion:
    """The question with its answer recorded; an empty answer reopens an answered
    question (a wrong row marked by mistake) and is refused for an open one."""
    text = answer.strip()
    if not text:
        if question.is_open:
            raise Invalid([("invalid.parked_answer", {})])
        return question.model_copy(
            update={"answer": "", "answered_at": None, "answered_meeting_id": None}
        )
    return question.model_copy(
        update={"answer": text, "answered_at": at, "answered_meeting_id": meeting_id}
    )


def open_during(questions: list[ParkedQuestion], meeting_id: str) -> list[ParkedQuestion]:
    """What the meeting works through: every question still open, and those it answered
    itself (so an answer given a minute ago stays in view, and can be put right)."""
    return [q for q in questions if q.is_open or q.answered_meeting_id == meeting_id]
