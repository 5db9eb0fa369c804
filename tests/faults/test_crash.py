"""Crash: SIGKILL at random moments while a meeting autosaves, and while it is closed.

A power cut or a killed terminal must never cost a save that was reported done, never
leave a file that cannot be read, and never keep the data folder locked. The same data
folder is used for every kill, so damage would pile up where a single run might miss it.
"""

from __future__ import annotations

import json
import os
import random
import time
from collections import Counter
from datetime import timedelta
from pathlib import Path

import pytest

from agenda.actions import Action, ActionStatus, Bearable, Feedback
from agenda.case import Case, CourseStatus
from agenda.errors import AlreadyRunning, FileProblem
from agenda.fold import fold_meeting
from agenda.meeting import CourseCheck, Meeting, MeetingStatus
from agenda.storage import Store
from agenda.templates import StepKind
from tests.conftest import NOW, TODAY
from tests.factories import make_case, make_meeting
from tests.faults.conftest import Figures, Worker
from tests.faults.crash_worker import counter_of

pytestmark = [
    pytest.mark.faults,
    pytest.mark.skipif(not hasattr(os, "fork"), reason="forks and kills processes (POSIX)"),
]

AUTOSAVE_KILLS = 300
CLOSE_KILLS = 60


def temp_files(data_dir: Path) -> list[Path]:
    return list(data_dir.rglob(".*.tmp"))


def unreadable_files(data_dir: Path) -> int:
    """Files that are not whole JSON, judged without Vliegwiel's own reader."""
    count = 0
    for path in data_dir.rglob("*.json"):
        try:
            json.loads(path.read_bytes())
        except ValueError:
            count += 1
    return count


@pytest.fixture
def stored_case(tmp_path: Path) -> tuple[Path, Case]:
    """A data folder with one case that has one open action."""
    data = tmp_path / "data"
    case = make_case()
    with Store(data) as store:
        store.save_case(case)
        store.save_actions(
            case, [Action(bearable=Bearable.YES, what="Bellen", owner="Anna", created_on=TODAY)]
        )
    return data, case


def test_autosave_survives_sigkill_at_random_moments(
    stored_case: tuple[Path, Case], worker: Worker, figures: Figures
) -> None:
    data, case = stored_case
    with Store(data) as store:
        store.begin_meeting(case, make_meeting(case))

    rng = random.Random()
    began = time.perf_counter()
    kills = acked = last_ack = lost = corrupt = left_temps = unacked_on_disk = locked = 0
    stored = 0
    for _ in range(AUTOSAVE_KILLS):
        lines = worker.round("autosave", data, case.id, kill_after=rng.uniform(0.005, 0.060))
        kills += 1
        acks = [int(line.split()[1]) for line in lines if line.startswith("ack ")]
        acked += len(acks)
        last_ack = acks[-1] if acks else last_ack
        left_temps += len(temp_files(data))
        corrupt += unreadable_files(data)
        try:
            with Store(data) as store:  # the lock must be free again
                store.clean_temps()
                meeting = store.open_meeting(case.id)
                store.load_case(case.id)
                store.load_actions(case.id)
        except FileProblem:
            corrupt += 1
            break
        except AlreadyRunning:
            locked += 1
            break
        assert not temp_files(data), "clean_temps left temporary files"
        assert meeting is not None, "the meeting is no longer offered for resumption"
        # The worker went on from what it found on disk; the save it was killed in either
        # happened whole or not at all.
        base = acks[-1] if acks else stored
        stored = counter_of(meeting)
        assert stored in (base, base + 1)
        lost += stored < last_ack
        unacked_on_disk += stored == base + 1
    seconds = time.perf_counter() - began

    figures.record("kills during autosave", kills, f"≥ {AUTOSAVE_KILLS}")
    figures.record("saves acknowledged", acked)
    figures.record("lost acknowledged saves", lost, "0")
    figures.record("corrupt or unreadable files", corrupt, "0")
    figures.record("data folder still locked after a kill", locked, "0")
    figures.record("kills after a save was done, before its ack", unacked_on_disk)
    figures.record("temp files left, removed by clean_temps", left_temps)
    figures.record("seconds", round(seconds, 1))
    assert kills == AUTOSAVE_KILLS
    assert locked == 0
    assert corrupt == 0
    assert lost == 0
    assert stored >= last_ack > 0


def next_meeting(case: Case, actions: list[Action], number: int) -> Meeting:
    """A meeting that changes the case in every way a close folds in."""
    meeting = make_meeting(case)
    meeting.next_meeting = NOW + timedelta(days=7 + number)
    course = next(
        r for s, r in zip(meeting.steps, meeting.records, strict=True) if s.kind is StepKind.COURSE
    )
    status = list(CourseStatus)[number % len(CourseStatus)]
    course.course = [CourseCheck(point_id=case.course[0].id, status=status, note=f"{number}")]
    done = next((a for a in actions if a.is_open), None)
    if done is not None:
        feedback = Feedback(meeting_id=meeting.id, on=TODAY, status=ActionStatus.DONE)
        meeting.actions[done.id] = done.with_feedback(feedback)
    new = Action(bearable=Bearable.YES, what=f"Actie {number}", owner="Bram", created_on=TODAY)
    meeting.actions[new.id] = new
    return meeting


def test_close_survives_sigkill_at_random_moments(
    stored_case: tuple[Path, Case], worker: Worker, figures: Figures
) -> None:
    data, case = stored_case

    rng = random.Random()
    outcomes: Counter[str] = Counter()
    window = duration = 0.0
    before = expected = None
    for number in range(CLOSE_KILLS + 1):
        with Store(data) as store:
            meeting = store.open_meeting(case.id)
            if meeting is None:
                current, actions = store.load_case(case.id), store.load_actions(case.id)
                meeting = next_meeting(current, actions, number)
                store.begin_meeting(current, meeting)
                before, expected = (current, actions), fold_meeting(current, actions, meeting)
        assert before is not None and expected is not None
        # The first close runs to its end and times itself; the others are killed at a
        # random moment in a window that follows the disk's speed: it shrinks when a close
        # finished before its kill, grows when not, so about a quarter finish.
        kill_after = None if number == 0 else rng.uniform(0, window)
        lines = worker.round("close", data, case.id, kill_after)
        finished = [float(line.split()[1]) for line in lines if line.startswith("closed ")]
        duration = duration or finished[0]
        window = window * (0.85 if finished else 1.05) if window else 1.2 * duration
        outcomes["finished before the kill"] += bool(finished)

        with Store(data) as store:
            store.clean_temps()
            stored = store.load_meeting(case.id, meeting.id)
            now = (store.load_case(case.id), store.load_actions(case.id))
            raw = json.loads((store.case_dir(case.id) / "case.json").read_bytes())
            if stored.status is MeetingStatus.OPEN:
                outcomes["left open, resumable"] += 1
                assert store.open_meeting(case.id) == stored
                assert now[0] in (before[0], expected[0])
                assert now[1] in (before[1], expected[1])
            else:
                outcomes["closed, actions folded"] += 1
                assert now == expected
                assert store.open_meeting(case.id) is None
                assert store.load_summary(case.id).open_meeting_id is None
                outcomes["closed, summary settled on read"] += (
                    raw["summary"]["1"]["open_meeting_id"] == meeting.id
                )
        if number == 0:
            outcomes.clear()  # that close ran to its end on purpose; count the killed ones

    figures.record("first close took (ms)", round(duration * 1000, 1))
    figures.record("kill window at the end (ms)", round(window * 1000, 1))
    figures.record("kills during close", CLOSE_KILLS)
    for outcome, count in sorted(outcomes.items()):
        figures.record(outcome, count)
    assert outcomes["left open, resumable"] > 0
    assert outcomes["closed, actions folded"] > 0
