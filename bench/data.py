"""Realistic data for the benchmark: cases with years of weekly, closed meetings.

Every case is the demo's kernteam with its own id and alias. Every meeting is one
template meeting made through the real models (`Meeting.begin`, filled like a meeting
that ran its hour: a check-in round, texts, a course check, a stop moment, a check-out),
dumped once with `stored()`, then varied per week: id, date, texts, stop moments and
the actions it touched. About three actions are agreed per meeting, and each gets
feedback in the meetings after it until it is done or dropped: most in a week or two,
some after months of "ongoing", a few dropped; the last weeks' actions are still open.

Generation is fast because it varies documents instead of building thousands of
models; the files are written by the app's own `write_tables` (without fsync: a
benchmark's fixture need not survive a power cut), and the case file by
`Store.save_case`, which also computes the start screen's summary the app's way.
`check_round_trip` proves that `Store` reads the files back to the very same bytes.
"""

from __future__ import annotations

import contextlib
import random
import tempfile
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from pathlib import Path
from typing import Any
from unittest import mock

from agenda.actions import Action, ActionStatus, Bearable, Feedback
from agenda.builtin_templates import BUILTIN_TEMPLATES
from agenda.case import Case, CourseStatus
from agenda.demo import add_demo, demo_case
from agenda.i18n import Messages
from agenda.meeting import CourseCheck, Decision, Meeting, RoundEntry, StopMoment
from agenda.storage import Store
from agenda.storage.files import ensure_private_dir
from agenda.storage.store import ACTIONS_FILE, MEETINGS
from agenda.storage.tinyfile import stored, write_tables
from agenda.templates import StepKind

Doc = dict[str, Any]

SITUATIONS = (
    "demo.situation",
    "demo.analysis",
    "demo.checkin.jeroen.chafes",
    "demo.course.k3.note",
    "demo.checkout.informed",
)
ACTION_KEYS = ("contact", "parents", "plan", "school", "backing", "gp")
NOTES = (
    "",
    "",
    "demo.checkin.jeroen.needs",
    "demo.course.k3.note",
    "demo.action.school.result",
    "demo.checkout.answer",
)
"""Catalogue keys of feedback notes ("" for none): every text comes from the catalogue."""

FATES: tuple[tuple[float, tuple[ActionStatus, ...], tuple[int, int]], ...] = (
    # share, statuses reported in the meetings after the action was agreed, extra
    # "ongoing" weeks before the last of them (low, high)
    (0.55, (ActionStatus.DONE,), (0, 0)),
    (0.12, (ActionStatus.PARTLY, ActionStatus.DONE), (0, 0)),
    (0.08, (ActionStatus.NOT_DONE, ActionStatus.DONE), (0, 0)),
    (0.08, (ActionStatus.ONGOING, ActionStatus.DONE), (1, 7)),
    (0.06, (ActionStatus.DROPPED,), (0, 0)),
    (0.04, (ActionStatus.NOT_DONE, ActionStatus.PARTLY, ActionStatus.DROPPED), (0, 0)),
    (0.03, (ActionStatus.ONGOING, ActionStatus.DONE), (20, 100)),
    (0.04, (ActionStatus.PARTLY, ActionStatus.PARTLY, ActionStatus.DONE), (0, 0)),
)


@dataclass(frozen=True)
class DataSet:
    """A generated data folder and what is in it."""

    name: str
    data_dir: Path
    case_ids: list[str]
    meetings: int
    """Closed meetings per case."""
    first_alias: str
    """The alias the start screen lists first."""


@contextlib.contextmanager
def no_fsync() -> Iterator[None]:
    """Skip fsync while writing a fixture: same code path and bytes, not durable."""
    with mock.patch("agenda.storage.files.os.fsync", lambda fd: None):
        yield


def demo_data(data_dir: Path, today: date) -> DataSet:
    """The demo case, added the way `vliegwiel --demo` adds it."""
    t = Messages("nl")
    with Store(data_dir) as store:
        add_demo(store, t, today)
    return DataSet("demo", data_dir, ["demo"], 1, t("demo.alias"))


def generate(
    data_dir: Path, name: str, cases: int, meetings: int, today: date, seed: int = 9
) -> DataSet:
    """`cases` cases of `meetings` weekly meetings each, the last one a week ago."""
    t = Messages("nl")
    rng = random.Random(seed)
    template = _template_meeting(t, demo_case(t, today))
    ids = []
    with Store(data_dir) as store, no_fsync():
        for number in range(cases):
            case = demo_case(t, today).model_copy(
                update={
                    "id": f"case{number:03d}",
                    "alias": _alias(number),
                    "created": datetime.combine(today - timedelta(weeks=meetings + 2), time(12, 0)),
                }
            )
            _write_case(store, t, case, template, meetings, today, rng)
            ids.append(case.id)
    return DataSet(name, data_dir, ids, meetings, _alias(0))


def _alias(number: int) -> str:
    return f"Casus {number + 1:02d}"


def _write_case(
    store: Store,
    t: Messages,
    case: Case,
    template: Doc,
    meetings: int,
    today: date,
    rng: random.Random,
) -> None:
    folder = store.case_dir(case.id)
    ensure_private_dir(folder / MEETINGS)  # both folders 0700, as the store makes them
    days = [today - timedelta(weeks=meetings - i) for i in range(meetings)]
    meeting_ids = [f"m{i:05d}" for i in range(meetings)]
    plans = _action_plans(t, case, days, meeting_ids, rng)
    for i, (day, meeting_id) in enumerate(zip(days, meeting_ids, strict=True)):
        touched = {plan.id: plan.as_of(i) for plan in plans if plan.made <= i <= plan.last_feedback}
        doc = _meeting_doc(template, case.id, meeting_id, day, i, touched, t, rng)
        path = folder / MEETINGS / f"{day.isoformat()}_{meeting_id}.json"
        write_tables(path, {"meeting": [doc]})
    final = [{"schema": template["schema"], **plan.as_of(meetings - 1)} for plan in plans]
    write_tables(folder / ACTIONS_FILE, {"actions": final})
    store.save_case(case)


# -- actions -----------------------------------------------------------------------------


@dataclass
class _ActionPlan:
    """One action: its stored fields and the feedback it gets, meeting by meeting."""

    id: str
    made: int
    base: Doc
    feedback: list[tuple[int, Doc]]
    """(meeting index, stored feedback) in the order given."""

    @property
    def last_feedback(self) -> int:
        return self.feedback[-1][0] if self.feedback else self.made

    def as_of(self, index: int) -> Doc:
        """The action as it stood at the end of meeting `index` (what `with_feedback`
        would have made of it: the history so far, the status of the latest entry)."""
        history = [doc for at, doc in self.feedback if at <= index]
        status = history[-1]["status"] if history else ActionStatus.OPEN.value
        return {**self.base, "status": status, "history": history}


def _action_plans(
    t: Messages, case: Case, days: list[date], meeting_ids: list[str], rng: random.Random
) -> list[_ActionPlan]:
    names = [m.name for m in case.team]
    owners = [*names, *case.family]
    points = [p.id for p in case.course]
    plans = []
    for i, (day, meeting_id) in enumerate(zip(days, meeting_ids, strict=True)):
        for n in range(3):
            key = rng.choice(ACTION_KEYS)
            owner = rng.choice(owners)
            helpers = [h for h in rng.sample(names, 1) if h != owner] if rng.random() < 0.5 else []
            bearable = rng.choices(list(Bearable), weights=(8, 3, 1))[0]
            action = Action(
                id=f"a{i:05d}{n}",
                what=f"{t(f'demo.action.{key}.what')} ({day:%d-%m})",
                owner=owner,
                helpers=helpers,
                due=day + timedelta(weeks=rng.choice((1, 1, 1, 2, 4))),
                result=t(f"demo.action.{key}.result"),
                bearable=bearable,
                help_note="" if helpers or rng.random() < 0.5 else t("demo.checkin.jeroen.needs"),
                course_point_id=rng.choice(points),
                created_on=day,
                created_meeting_id=meeting_id,
            )
            base = action.model_dump(mode="json")
            statuses = _fate(rng)
            feedback = []
            for offset, status in enumerate(statuses, start=1):
                at = i + offset
                if at >= len(days):
                    break
                given = Feedback(
                    meeting_id=meeting_ids[at], on=days[at], status=status, note=_note(t, rng)
                )
                feedback.append((at, given.model_dump(mode="json")))
            plans.append(_ActionPlan(action.id, i, base, feedback))
    return plans


def _note(t: Messages, rng: random.Random) -> str:
    key = rng.choice(NOTES)
    return t(key) if key else ""


def _fate(rng: random.Random) -> list[ActionStatus]:
    roll = rng.random()
    for share, statuses, (low, high) in FATES:
        if roll < share:
            ongoing = [ActionStatus.ONGOING] * rng.randint(low, high)
            return [*statuses[:-1], *ongoing, statuses[-1]]
        roll -= share
    return [ActionStatus.NOT_DONE, ActionStatus.ONGOING, ActionStatus.DONE]


# -- meetings ----------------------------------------------------------------------------


def _template_meeting(t: Messages, case: Case) -> Doc:
    """One meeting filled as after a real hour, through the real models, stored."""
    meeting = filled_meeting(t, case, datetime.combine(date(2020, 1, 6), time(9, 0)))
    meeting.status = meeting.status.CLOSED
    meeting.current = len(meeting.steps) - 1
    return stored(meeting)


def filled_meeting(t: Messages, case: Case, started: datetime) -> Meeting:
    """A meeting of the case's kernteam with every step filled in (check-in answers,
    texts, the course checked, a stop moment, a decision, the check-out round)."""
    template = BUILTIN_TEMPLATES["kernteam"]
    chair = case.chair()
    meeting = Meeting.begin(
        case_id=case.id,
        lang=t.lang,
        template_id=template.id,
        steps=template.for_meeting(t, case.meeting_minutes),
        started=started,
        chair=chair.name if chair else "",
        present=[m.name for m in case.team],
        absent=[],
    )
    for step, record in zip(meeting.steps, meeting.records, strict=True):
        record.seconds = step.minutes * 60.0 * 0.9
        if step.kind in (StepKind.ROUND, StepKind.CLOSE):
            record.round = [
                RoundEntry(
                    member=m.name,
                    seated=(n != 1) if step.ask_seated else None,
                    answers=[t("demo.checkin.jeroen.chafes"), t("demo.checkin.jeroen.needs")]
                    if n == 1
                    else [t("demo.checkout.answer"), ""],
                    seconds=75.0,
                )
                for n, m in enumerate(case.team)
            ]
            if step.kind is StepKind.CLOSE:
                record.informed = t("demo.checkout.informed")
        elif step.kind is StepKind.TEXT:
            record.text = t("demo.situation")
        elif step.kind is StepKind.ANALYSIS:
            record.text = t("demo.analysis")
        elif step.kind is StepKind.COURSE:
            record.course = [
                CourseCheck(
                    point_id=p.id,
                    status=CourseStatus.DOUBT if n == 2 else CourseStatus.ON_COURSE,
                    note=t("demo.course.k3.note") if n == 2 else "",
                )
                for n, p in enumerate(case.course)
            ]
    meeting.stop_moments = [
        StopMoment(
            at=started + timedelta(minutes=23),
            step_id=meeting.steps[3].id,
            meeting_seconds=23 * 60.0,
            note=t("demo.course.k3.note"),
            paused_seconds=95.0,
        )
    ]
    meeting.decisions = [
        Decision(
            at=started + timedelta(minutes=30),
            step_id=meeting.steps[4].id,
            text=t("demo.checkin.jeroen.needs"),
        )
    ]
    meeting.next_meeting = started + timedelta(weeks=1)
    return meeting


def _meeting_doc(
    template: Doc,
    case_id: str,
    meeting_id: str,
    day: date,
    index: int,
    actions: dict[str, Doc],
    t: Messages,
    rng: random.Random,
) -> Doc:
    started = datetime.combine(day, time(9, 0))
    records = list(template["records"])
    for position, step in enumerate(template["steps"]):
        if step["kind"] in (StepKind.TEXT.value, StepKind.ANALYSIS.value):
            text = t(rng.choice(SITUATIONS))
            records[position] = {**records[position], "text": f"{text} (week {index + 1})"}
    stops = [
        {**stop, "at": (started + timedelta(minutes=rng.randint(5, 55))).isoformat()}
        for stop in template["stop_moments"][: rng.choice((0, 0, 0, 1))]
    ]
    decisions = [
        {**decision, "at": (started + timedelta(minutes=30)).isoformat()}
        for decision in template["decisions"][: rng.choice((0, 1))]
    ]
    return {
        **template,
        "id": meeting_id,
        "case_id": case_id,
        "started": started.isoformat(),
        "records": records,
        "stop_moments": stops,
        "decisions": decisions,
        "actions": actions,
        "next_meeting": (started + timedelta(weeks=1)).isoformat(),
    }


# -- checking ----------------------------------------------------------------------------


def check_round_trip(data: DataSet, samples: int = 5) -> None:
    """Read files back through `Store` and dump them again: the same bytes, or an error.

    Proves the generated files are exactly what the app would write for these models.
    """
    with Store(data.data_dir) as store:
        listing = store.list_cases()
        if listing.problems or len(listing.cases) != len(data.case_ids):
            raise AssertionError(f"{data.name}: the store does not list every case")
        for case_id in data.case_ids[:samples]:
            folder = store.case_dir(case_id)
            actions = store.load_actions(case_id)
            _same(folder / ACTIONS_FILE, {"actions": [stored(a) for a in actions]})
            refs = store.list_meetings(case_id)
            if len(refs) != data.meetings:
                raise AssertionError(f"{data.name}: {case_id} has {len(refs)} meetings")
            for ref in (refs[0], refs[len(refs) // 2], refs[-1]):
                meeting = store.load_meeting(case_id, ref.id)
                _same(ref.path, {"meeting": [stored(meeting)]})


def _same(path: Path, tables: dict[str, list[Doc]]) -> None:
    with tempfile.TemporaryDirectory() as scratch, no_fsync():
        again = Path(scratch) / path.name
        write_tables(again, tables)
        if path.read_bytes() != again.read_bytes():
            raise AssertionError(f"{path.name}: not what the app writes")
