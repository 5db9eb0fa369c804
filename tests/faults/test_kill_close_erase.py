"""SIGKILL while a meeting is closed with its minutes, and while a case is erased.

Closing writes four files in two folders (the meeting remembering its minutes file, the
actions, the case, the minutes, the closed meeting); a kill between any two of them must
leave exactly one minutes file for the meeting once the close is resumed, and no hidden
copy after the next start. Erasing removes a case's files one by one; a kill anywhere must
leave the case either whole, or listed as being erased until `vliegwiel erase` finishes
it, never its meetings on disk with the case gone from every list.

The worker waits a few milliseconds around every rename and every file erased
(`crash_worker.DELAY`), so that the kills fall between the steps, where the windows are.
"""

from __future__ import annotations

import json
import os
import random
import re
import shutil
from collections import Counter
from datetime import timedelta
from pathlib import Path

import pytest

from agenda.actions import Action, Bearable
from agenda.case import Case
from agenda.meeting import MeetingStatus
from agenda.minutes_file import alias_slug
from agenda.minutes_folder import sweep_temps
from agenda.storage import Store
from tests.conftest import NOW, TODAY
from tests.factories import make_case, make_meeting
from tests.faults.conftest import Figures, Worker
from tests.faults.test_crash import unreadable_files
from tests.faults.test_erase import holding
from tui.cli import main

pytestmark = [
    pytest.mark.faults,
    pytest.mark.skipif(not hasattr(os, "fork"), reason="forks and kills processes (POSIX)"),
]

CLOSE_KILLS = 60
ERASE_KILLS = 30
SECRET = "Wis Mij Helemaal 🙂"


def minutes_of(folder: Path, stem: str) -> list[Path]:
    """The minutes files of one meeting's date and alias: `stem.md`, `stem-2.md`, …"""
    pattern = re.compile(rf"{re.escape(stem)}(?:-\d+)?\.md")
    return sorted(p for p in folder.glob("*.md") if pattern.fullmatch(p.name))


def temps(root: Path) -> list[Path]:
    return list(root.rglob(".*.tmp"))


def test_a_close_killed_anywhere_leaves_exactly_one_minutes_file(
    tmp_path: Path, worker: Worker, figures: Figures
) -> None:
    data, minutes = tmp_path / "data", tmp_path / "minutes"
    case = make_case()
    with Store(data) as store:
        store.save_case(case)
        store.save_actions(
            case, [Action(what="Bellen", owner="Anna", bearable=Bearable.YES, created_on=TODAY)]
        )
    slug = alias_slug(case.alias, "notulen")
    rng = random.Random()
    outcomes: Counter[str] = Counter()
    window = duration = 0.0
    number = most = 0
    for kill in range(CLOSE_KILLS + 1):
        with Store(data) as store:
            meeting = store.open_meeting(case.id)
            if meeting is None:  # the last close finished: a new meeting, a day later
                number += 1
                meeting = make_meeting(store.load_case(case.id))
                meeting.started = NOW + timedelta(days=number)
                store.begin_meeting(store.load_case(case.id), meeting)
        stem = f"{meeting.date_key}_{slug}"
        kill_after = None if kill == 0 else rng.uniform(0, window)
        lines = worker.round("close-minutes", data, case.id, kill_after)
        finished = [float(line.split()[1]) for line in lines if line.startswith("closed ")]
        duration = duration or finished[0]
        window = window * (0.85 if finished else 1.05) if window else 1.2 * duration
        outcomes["temporary files right after the kill"] += len(temps(tmp_path))

        # The next start: the sweeps, then the meeting as the chair finds it.
        with Store(data) as store:
            store.clean_temps()
            sweep_temps(minutes)
            stored = store.load_meeting(case.id, meeting.id)
        assert temps(tmp_path) == []
        assert unreadable_files(data) == 0
        files = minutes_of(minutes, stem)
        most = max(most, len(files))
        assert len(files) <= 1, files
        if stored.status is MeetingStatus.CLOSED:
            outcomes["closed"] += 1
            assert [str(p) for p in files] == [stored.minutes_file]
            assert "Concept" not in files[0].read_text(encoding="utf-8")  # the final minutes
        else:
            outcomes["left open, resumed by the next round"] += 1
            outcomes["of those, with a minutes file already"] += len(files)
        if kill == 0:
            outcomes.clear()  # that close ran to its end on purpose

    # The last meeting closed to its end too (unless its close beat the last kill): one
    # file each, for every meeting.
    with Store(data) as store:
        still_open = store.open_meeting(case.id) is not None
    if still_open:
        worker.round("close-minutes", data, case.id, None)
    with Store(data) as store:
        closed = [store.load_meeting(case.id, ref.id) for ref in store.list_meetings(case.id)]
    assert all(m.status is MeetingStatus.CLOSED for m in closed)
    per_meeting = [len(minutes_of(minutes, f"{m.date_key}_{slug}")) for m in closed]
    figures.record("kills during a close with its minutes", CLOSE_KILLS)
    for outcome, count in sorted(outcomes.items()):
        figures.record(outcome, count)
    figures.record("meetings closed", len(closed))
    figures.record("most minutes files of one meeting after a kill", most, "≤ 1")
    figures.record("minutes files per closed meeting at the end", max(per_meeting), "1")
    assert per_meeting == [1] * len(closed)
    assert outcomes["closed"] > 0 and outcomes["left open, resumed by the next round"] > 0


@pytest.fixture(scope="module")
def erasable(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Case]:
    """A data folder with the case to erase (ten meetings, `SECRET` in them) and another."""
    data = tmp_path_factory.mktemp("erase") / "data"
    case = make_case(SECRET)
    with Store(data) as store:
        store.save_case(case)
        store.save_case(make_case("Blijft"))
        store.save_actions(
            case, [Action(what=SECRET, owner="Anna", bearable=Bearable.YES, created_on=TODAY)]
        )
        for day in range(10):
            meeting = make_meeting(case)
            meeting.started = NOW + timedelta(days=day)
            meeting.records[1].text = SECRET
            store.begin_meeting(case, meeting)
            store.close_meeting(case, meeting)
    return data, case


def test_an_erase_killed_anywhere_is_listed_until_the_next_erase_finishes_it(
    tmp_path: Path,
    erasable: tuple[Path, Case],
    worker: Worker,
    figures: Figures,
    capsys: pytest.CaptureFixture[str],
) -> None:
    template, case = erasable
    rng = random.Random()
    outcomes: Counter[str] = Counter()
    window = 0.0
    for kill in range(ERASE_KILLS + 1):
        data = tmp_path / f"data{kill}"
        shutil.copytree(template, data)
        folder = data / "cases" / case.id
        kill_after = None if kill == 0 else rng.uniform(0, window)
        lines = worker.round("erase", data, case.id, kill_after)
        finished = [float(line.split()[1]) for line in lines if line.startswith("closed ")]
        # The window follows the disk's speed, as the close test's does: about a quarter of
        # the erases finish before their kill.
        window = window * (0.85 if finished else 1.05) if window else 1.2 * finished[0]
        if kill == 0:
            assert not folder.exists()
            continue

        with Store(data) as store:
            listing = store.list_cases()
        listed = [s.alias for s in listing.cases]
        erasing = [(s.id, s.alias) for s in listing.erasing]
        if not folder.exists():
            outcomes["erased whole before the kill"] += 1
            assert (listed, erasing) == (["Blijft"], [])
        elif erasing:
            outcomes["listed as being erased"] += 1
            outcomes["of those, listed by id (case file gone)"] += erasing[0][1] == case.id
            assert listed == ["Blijft"] and erasing[0][0] == case.id
            assert main(["cases", "--data-dir", str(data)]) == 0
            assert "wordt gewist" in capsys.readouterr().out
        else:
            outcomes["not begun: the case whole"] += 1
            assert sorted(listed) == sorted([SECRET, "Blijft"])
            assert len(list((folder / "meetings").glob("*.json"))) == 10
        # Never meetings on disk with the case gone from every list:
        assert folder.exists() <= bool(erasing or SECRET in listed)

        wanted = case.id if folder.exists() else None
        if wanted is not None:
            assert main(["erase", wanted, "--yes", "--data-dir", str(data)]) == 0
            capsys.readouterr()
        assert not folder.exists()
        assert holding(data, SECRET) == []
        with Store(data) as store:
            assert [s.alias for s in store.list_cases().cases] == ["Blijft"]
        shutil.rmtree(data)

    figures.record("kills during an erase", ERASE_KILLS)
    for outcome, count in sorted(outcomes.items()):
        figures.record(outcome, count)
    figures.record("files holding the case's text after the next erase", 0, "0")
    assert outcomes["listed as being erased"] > 0


def test_the_erase_marker_is_a_name_the_data_folder_may_hold() -> None:
    from tests.faults.test_bad_input import NAME_PARTS

    assert NAME_PARTS.fullmatch("erasing")
    assert json.dumps("erasing")  # a fixed name, no typed text in it
