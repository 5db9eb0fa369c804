"""The case set-up form as plain text in, a validated case (or sentences) out.

The screen only moves text between widgets and this module, so everything the form
accepts or refuses can be tested without a terminal, and every refusal is a catalogue
sentence naming the field by its label, as the chair sees it.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, time

from pydantic import ValidationError

from agenda.case import Case, MeetingSlot
from agenda.dates import Unreadable, field_day, field_moment, read_day, read_moment
from agenda.display import skeleton
from agenda.errors import Invalid, validation_problems
from agenda.i18n import Messages

FIELD_LABELS = {
    "alias": "case.field.alias",
    "meeting_minutes": "case.field.minutes",
    "analysis_deadline": "case.field.deadline",
    "next_meeting": "case.field.next_meeting",
    "template_id": "case.field.template",
    "family": "case.field.family",
    "intent": "case.field.intent",
    "commitment": "case.section.commitment",
    "mission": "intent_screen.mission",
    "name": "member.field.name",
    "organisation": "member.field.organisation",
    "role": "member.field.role",
    "task": "member.field.task",
}
"""Model fields as the form names them, so sentences say ‘Alias’, not ‘alias’."""


@dataclass(frozen=True)
class CaseForm:
    """What the chair typed in the form's text fields, exactly as typed."""

    alias: str
    meeting_minutes: str
    analysis_deadline: str
    next_meeting: str
    template_id: str
    family: str
    intent: str
    mission: str
    commitment: str


def form_of(case: Case) -> CaseForm:
    """The case's values as the form shows them."""
    deadline = case.analysis_deadline
    return CaseForm(
        alias=case.alias,
        meeting_minutes=str(case.meeting_minutes),
        analysis_deadline=field_day(deadline) if deadline else "",
        next_meeting=field_moment(case.next_meeting) if case.next_meeting else "",
        template_id=case.template_id,
        family=", ".join(case.family),
        intent="\n\n".join(case.intent),
        mission=case.mission,
        commitment="\n\n".join(case.commitment),
    )


def apply_form(case: Case, form: CaseForm, t: Messages, today: date) -> Case:
    """`case` (with its team and course) carrying the form's values; `Invalid` if wrong.

    Every problem is reported at once, so the chair can fix them in one go. A date such
    as "vrijdag" is read from `today` (see `agenda.dates`).
    """
    problems: list[tuple[str, dict[str, object]]] = []
    minutes = case.meeting_minutes
    try:
        minutes = int(form.meeting_minutes.strip())
    except ValueError:
        problems.append(("invalid.meeting_minutes", {"low": 10, "high": 480}))
    deadline = read_day(form.analysis_deadline, today)
    if isinstance(deadline, Unreadable):
        problems.append(
            ("invalid.bad_date", {"field": t("case.field.deadline"), "value": deadline.text})
        )
        deadline = None  # refused below, with every other problem
    planned = _planned(case, form, t, today, problems)
    data = case.model_dump()
    data.update(planned)
    data.update(
        alias=form.alias.strip(),
        meeting_minutes=minutes,
        analysis_deadline=deadline,
        template_id=form.template_id,
        family=split_names(form.family),
        intent=lines_of(form.intent),
        mission=form.mission.strip(),
        commitment=lines_of(form.commitment),
    )
    try:
        updated = Case.model_validate(data)
    except ValidationError as error:
        problems.extend(labelled(validation_problems(error), t))
        raise Invalid(problems) from None
    if problems:
        raise Invalid(problems)
    return updated


def refuse_look_alike(case: Case, others: Iterable[tuple[str, str]]) -> None:
    """`Invalid` when the case's alias looks the same as another case's alias (`others`:
    id, alias) while written with other letters, such as a Cyrillic Х for an X.

    On a shared screen the two could not be told apart, and the chair could open, erase
    or report on the wrong child's case. Refused when typed (the chair can pick another
    alias at once); an alias that came from outside is marked in the case list instead.
    """
    mine = skeleton(case.alias)
    for other_id, alias in others:
        if other_id != case.id and skeleton(alias) == mine and alias.strip() != case.alias.strip():
            problem: tuple[str, dict[str, object]] = (
                "invalid.alias_look_alike",
                {"alias": case.alias, "other": alias},
            )
            raise Invalid([problem])


def lines_of(text: str) -> list[str]:
    """One item per line (a commitment, a course point), blank lines dropped."""
    return [line.strip() for line in text.splitlines() if line.strip()]


DEFAULT_HOUR = time(9, 0)
"""The hour of a planned meeting typed without one, when the case has no slot yet."""


def _planned(
    case: Case,
    form: CaseForm,
    t: Messages,
    today: date,
    problems: list[tuple[str, dict[str, object]]],
) -> dict[str, object]:
    """The next meeting as typed, and the weekly slot it sets ("vr 10:00" makes every
    Friday at ten the team's moment). Unchanged text changes nothing, so a case whose last
    planned meeting lies in the past can still be edited."""
    if form.next_meeting == form_of(case).next_meeting:
        return {}
    slot = case.meeting_slot
    hour = slot.at if slot else case.next_meeting.time() if case.next_meeting else DEFAULT_HOUR
    moment = read_moment(form.next_meeting, today, hour)
    label = t("case.field.next_meeting")
    if isinstance(moment, Unreadable):
        problems.append(("invalid.bad_date", {"field": label, "value": moment.text}))
        return {}
    if moment is None:
        return {"next_meeting": None}
    if moment.date() < today:
        problems.append(("invalid.moment_in_past", {"field": label}))
        return {}
    return {"next_meeting": moment, "meeting_slot": MeetingSlot.of(moment).model_dump()}


def labelled(
    problems: list[tuple[str, dict[str, object]]], t: Messages
) -> list[tuple[str, dict[str, object]]]:
    """Problems whose field is named by its label in the form."""
    result = []
    for key, params in problems:
        name = str(params.get("field", "")).split(".")[-1]
        if name in FIELD_LABELS:
            params = {**params, "field": t(FIELD_LABELS[name])}
        result.append((key, params))
    return result


def split_names(text: str) -> list[str]:
    """Names separated by commas or new lines, each once, in the order typed."""
    names: list[str] = []
    for part in re.split(r"[,\n]", text):
        name = " ".join(part.split())
        if name and name.casefold() not in (n.casefold() for n in names):
            names.append(name)
    return names
