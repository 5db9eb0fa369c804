"""Agenda templates: the steps of a meeting, the minutes per step and each step's screen kind.

Built-in templates carry catalogue keys instead of text, so their titles, prompts and
questions appear in the meeting's language; `Template.for_meeting` resolves them and
scales the minutes to the case's meeting length.
"""

from __future__ import annotations

from enum import StrEnum

from pydantic import Field, field_validator, model_validator
from pydantic_core import PydanticCustomError

from agenda.i18n import Messages
from agenda.model import Record, RequiredText

MAX_STEPS = 40
MAX_MINUTES = 480


class StepKind(StrEnum):
    ROUND = "round"
    """Each present member in turn answers the step's questions (check-in)."""
    TEXT = "text"
    """Free text for the whole team (current situation)."""
    ANALYSIS = "analysis"
    """Free text plus the analysis deadline and the days left."""
    COURSE = "course"
    """Every course point: on course / doubt / off course, with a note."""
    REVIEW = "review"
    """Feedback on every open action from earlier meetings."""
    ACTIONS = "actions"
    """New actions: who does what, is it bearable, how do we help each other."""
    CLOSE = "close"
    """A closing round, how we keep each other informed, the next meeting; save and end."""
    NEW_COURSE = "new_course"
    """"Nieuwe koers bepalen": the team, its assignment, course, intent and rhythm, written
    into the case once the chair confirms (`agenda.new_course`)."""


ROUND_KINDS = frozenset({StepKind.ROUND, StepKind.CLOSE})


class Step(Record):
    id: RequiredText
    kind: StepKind
    minutes: int = Field(ge=1, le=MAX_MINUTES)
    title: RequiredText
    prompt: str = ""
    questions: list[str] = Field(default_factory=list)
    """For round and close steps: what each member is asked, one field per question."""
    ask_seated: bool = False
    """Round steps: ask "zit je lekker in het zadel?" (yes / something chafes) first."""

    def resolved(self, t: Messages, minutes: int | None = None) -> Step:
        """A copy with catalogue keys replaced by their text (built-in steps only)."""
        return self.model_copy(
            update={
                "title": t(self.title),
                "prompt": t(self.prompt) if self.prompt else "",
                "questions": [t(q) for q in self.questions],
                "minutes": self.minutes if minutes is None else minutes,
            }
        )


class Template(Record):
    id: RequiredText
    title: RequiredText
    steps: list[Step]
    builtin: bool = False
    """Built-in templates hold catalogue keys in title, prompt and questions."""

    @field_validator("steps")
    @classmethod
    def _sane_steps(cls, steps: list[Step]) -> list[Step]:
        if not steps:
            raise PydanticCustomError("invalid.template_no_steps", "a template needs steps")
        if len(steps) > MAX_STEPS:
            raise PydanticCustomError(
                "invalid.template_too_many_steps", "too many steps", {"limit": MAX_STEPS}
            )
        seen: set[str] = set()
        for step in steps:
            if step.id in seen:
                raise PydanticCustomError(
                    "invalid.template_duplicate_step", "duplicate step", {"step": step.id}
                )
            seen.add(step.id)
        return steps

    @model_validator(mode="after")
    def _sane_length(self) -> Template:
        if self.minutes > MAX_MINUTES:
            raise PydanticCustomError(
                "invalid.template_too_long", "too long", {"limit": MAX_MINUTES}
            )
        return self

    @property
    def minutes(self) -> int:
        return sum(step.minutes for step in self.steps)

    def length_for(self, case_template_id: str, case_minutes: int) -> int:
        """A meeting's length unless the chair says otherwise: the case's length for the
        case's own agenda, the agenda's own length for any other, so a four-hour
        retrospective stays four hours in a case that meets for one."""
        return case_minutes if self.id == case_template_id else self.minutes

    def display_title(self, t: Messages) -> str:
        return t(self.title) if self.builtin else self.title

    def for_meeting(self, t: Messages, total_minutes: int) -> list[Step]:
        """The steps as a meeting uses them: text resolved, minutes scaled to the length."""
        minutes = scale_minutes([s.minutes for s in self.steps], total_minutes)
        if self.builtin:
            return [s.resolved(t, m) for s, m in zip(self.steps, minutes, strict=True)]
        return [
            s.model_copy(update={"minutes": m}) for s, m in zip(self.steps, minutes, strict=True)
        ]


def scale_minutes(planned: list[int], total: int) -> list[int]:
    """Scale step minutes to `total`, every step at least one minute, summing exactly.

    Largest-remainder rounding keeps the proportions of the template as close as whole
    minutes allow.
    """
    current = sum(planned)
    if current == total or not planned:
        return list(planned)
    total = max(total, len(planned))
    exact = [m * total / current for m in planned]
    result = [max(1, int(x)) for x in exact]
    by_remainder = sorted(range(len(planned)), key=lambda i: exact[i] - int(exact[i]), reverse=True)
    index = 0
    while sum(result) < total:
        result[by_remainder[index % len(planned)]] += 1
        index += 1
    by_size = sorted(range(len(planned)), key=lambda i: result[i], reverse=True)
    index = 0
    while sum(result) > total:
        i = by_size[index % len(planned)]
        if result[i] > 1:
            result[i] -= 1
        index += 1
    return result
