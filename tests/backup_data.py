"""Data folders for the backup tests, and what must come back exactly after a restore.

A folder holds the demo case, two cases with weeks of closed meetings (made by the
benchmark's generator through the real models), and a case with an open meeting and a
recognisable text in every typed field (`tests.faults.scene`).
"""

from __future__ import annotations

import stat
from dataclasses import dataclass
from datetime import timedelta
from pathlib import Path

import pytest

from agenda.backup.sealed import ScryptCost
from agenda.demo import add_demo
from agenda.figures import Board, FollowThrough, MeetingDate, board, follow_through
from agenda.i18n import Messages
from agenda.minutes import write_minutes
from agenda.storage import CaseSummary, Store
from bench.data import generate
from tests.conftest import TODAY
from tests.faults.scene import Scene, scene
from tui.cli import main

CHEAP = ScryptCost(n=2**10, r=8, p=1)
"""scrypt at 1/128 of the default cost, for tests only: passed explicitly each time."""
PASSPHRASE = "paard batterij nietje correct"
SECRET = "Bewaar Mij 🙂 Ξ Pietersen"


@dataclass(frozen=True)
class Folder:
    data: Path
    typed: Scene
    """The case with `SECRET` in every typed field, and an open meeting."""


def make_folder(data: Path) -> Folder:
    generate(data, "weeks", cases=2, meetings=8, today=TODAY - timedelta(days=7))
    typed = scene(SECRET)
    with Store(data) as store:
        add_demo(store, Messages("nl"), TODAY)
        typed.store(store)
    return Folder(data, typed)


def passphrase_file(folder: Path, text: str = PASSPHRASE, ending: str = "\n") -> Path:
    path = folder / "wachtzin.txt"
    path.write_text(text + ending, encoding="utf-8", newline="")
    return path


def files_of(root: Path) -> dict[str, tuple[bytes, int]]:
    """Every file and folder under `root` with its bytes and mode: "nothing changed"."""
    found: dict[str, tuple[bytes, int]] = {}
    for path in sorted(root.rglob("*")):
        mode = stat.S_IMODE(path.lstat().st_mode)
        found[path.relative_to(root).as_posix()] = (
            b"" if path.is_dir() else path.read_bytes(),
            mode,
        )
    return found


def case_files(data: Path) -> dict[str, bytes]:
    """The bytes of every file of every case (the lock and settings files aside)."""
    cases = data / "cases"
    return {
        p.relative_to(cases).as_posix(): p.read_bytes() for p in cases.rglob("*") if p.is_file()
    }


@dataclass(frozen=True)
class CaseView:
    """Everything a chair sees of a case: its summary, every meeting's minutes, figures."""

    summary: CaseSummary
    minutes: dict[str, str]
    follow_through: list[FollowThrough]
    board: Board


def views(data: Path) -> dict[str, CaseView]:
    found = {}
    with Store(data) as store:
        for summary in store.list_cases().cases:
            case = store.load_case(summary.id)
            actions = store.load_actions(case.id)
            refs = store.list_meetings(case.id)
            dates = [MeetingDate(r.id, r.on) for r in refs]
            minutes = {
                r.id: write_minutes(case, store.load_meeting(case.id, r.id), actions, dates)
                for r in refs
            }
            found[case.id] = CaseView(
                summary,
                minutes,
                follow_through(actions, dates),
                board(actions, case, TODAY, dates),
            )
    return found


def exports(data: Path, out: Path, capsys: pytest.CaptureFixture[str]) -> dict[str, bytes]:
    """`vliegwiel export CASE --meeting DATE -o FILE` of every case and meeting date."""
    found = {}
    with Store(data) as store:
        wanted = {(c, r.on) for c in store.case_folder_ids() for r in store.list_meetings(c)}
    out.mkdir(exist_ok=True)
    for case_id, day in sorted(wanted):
        target = out / f"{case_id}_{day}.md"
        code = main(
            ["export", case_id, "--meeting", str(day), "-o", str(target), "--data-dir", str(data)]
        )
        assert code == 0, capsys.readouterr().err
        found[target.name] = target.read_bytes()
    return found
