"""A full disk and a read-only folder: the save fails in words, and nothing else happens.

At the storage level that means: `WriteFailed` with a sentence naming the file and the
reason, every file exactly as it was, no temporary file left, and once the disk has room
again the next save works and every save that returned before is still there. (Keeping
typed text in memory and retrying is the app's part; see the README.)
"""

from __future__ import annotations

import contextlib
import subprocess
import sys
from collections.abc import Iterator
from functools import partial
from pathlib import Path

import pytest

from agenda.errors import WriteFailed
from agenda.fold import fold_meeting
from agenda.i18n import Messages
from agenda.storage import Store
from tests.faults.conftest import Figures
from tests.faults.disks import Disk, SimulatedDisk, real_disk, simulated_read_only, temp_files
from tests.faults.scene import Scene, scene
from tui.cli import main

pytestmark = pytest.mark.faults

ROOT = Path(__file__).resolve().parents[2]
SECRET = "Geheim"


@pytest.fixture(params=["tmpfs", "simulated"])
def disk(
    request: pytest.FixtureRequest, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> Iterator[Disk]:
    if request.param == "tmpfs":
        with real_disk(tmp_path / "disk") as mounted:
            yield mounted
    else:
        yield SimulatedDisk(tmp_path / "disk", monkeypatch)


def snapshot(root: Path) -> dict[Path, bytes]:
    return {p: p.read_bytes() for p in root.rglob("*") if p.is_file() and p.name != "ballast"}


def autosave(store: Store, sc: Scene, counter: int) -> None:
    sc.meeting.records[1].text = f"{counter}|{SECRET}" + "x" * 2000 * counter
    store.save_meeting(sc.meeting)


def saved_counter(store: Store, sc: Scene) -> int:
    meeting = store.load_meeting(sc.case.id, sc.meeting.id)
    return int(meeting.records[1].text.partition("|")[0])


def refused(write: object, reason: str, path_part: str) -> WriteFailed:
    assert callable(write)
    with pytest.raises(WriteFailed) as caught:
        write()
    error = caught.value
    assert error.reason_key == reason
    assert path_part in str(error.path)
    assert SECRET not in str(error)
    for lang in ("nl", "en"):
        sentence = error.explain(Messages(lang))
        assert str(error.path) in sentence and SECRET not in sentence
    return error


def test_a_full_disk_refuses_saves_in_words_and_loses_nothing(disk: Disk, figures: Figures) -> None:
    data = disk.root / "data"
    sc = scene(SECRET)
    with Store(data) as store:
        sc.store(store)
        for counter in range(1, 6):
            autosave(store, sc, counter)
        disk.fill()
        before = snapshot(data)

        writes = [
            lambda: autosave(store, sc, 6),
            lambda: store.save_case(sc.case),
            lambda: store.save_actions(sc.case, sc.actions),
            lambda: store.close_meeting(sc.case, sc.meeting),
        ]
        errors = [refused(write, "error.write.disk_full", "") for write in writes]
        assert "de schijf is vol" in errors[0].explain(Messages("nl"))
        assert "the disk is full" in errors[0].explain(Messages("en"))
        changed = [p.name for p, raw in snapshot(data).items() if before.get(p) != raw]
        left = temp_files(disk.root)
        figures.add("writes refused on a full disk", len(errors))
        figures.add("files changed by a refused write", len(changed), "0")
        figures.add("temp files left behind", len(left), "0")
        assert changed == [] and left == []
        assert saved_counter(store, sc) == 5  # the store still reads

        disk.free()
        autosave(store, sc, 6)
        assert saved_counter(store, sc) == 6
        folded, actions = store.close_meeting(sc.case, sc.meeting)

    with Store(data) as store:
        counter = saved_counter(store, sc)
        assert store.load_case(sc.case.id) == folded
        assert store.load_actions(sc.case.id) == actions
    figures.add("acknowledged saves lost", 6 - counter, "0")
    assert counter == 6


def test_a_disk_that_fills_during_close_leaves_a_consistent_case(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, figures: Figures
) -> None:
    """Each of the four files `close_meeting` writes in turn meets the full disk."""
    disk = SimulatedDisk(tmp_path / "disk", monkeypatch)
    outcomes = []
    for failing in range(1, 5):
        data = disk.root / f"data{failing}"
        sc = scene(SECRET)
        with Store(data) as store:
            sc.store(store)
            expected = fold_meeting(sc.case, sc.actions, sc.meeting)
            disk.fail_write(failing)
            refused(partial(store.close_meeting, sc.case, sc.meeting), "error.write.disk_full", "")
            disk.free()
            assert temp_files(data) == []

        with Store(data) as store:
            resumable = store.open_meeting(sc.case.id)
            outcomes.append("open" if resumable else "closed")
            if resumable is None:
                assert (store.load_case(sc.case.id), store.load_actions(sc.case.id)) == expected
            else:
                assert resumable == sc.meeting
                folded = store.close_meeting(sc.case, resumable)  # the retry folds again
                assert folded == expected
            assert store.open_meeting(sc.case.id) is None
    figures.record("closes cut off by a full disk, per write", " ".join(outcomes))
    assert outcomes == ["open", "open", "open", "closed"]


def test_a_read_only_case_folder_refuses_saves_in_words(disk: Disk, figures: Figures) -> None:
    data = disk.root / "data"
    sc = scene(SECRET)
    with Store(data) as store:
        sc.store(store)
        autosave(store, sc, 1)
        folder = store.case_dir(sc.case.id) / "meetings"
        before = snapshot(data)
        disk.read_only(folder)
        try:
            error = refused(lambda: autosave(store, sc, 2), "error.write.read_only", "meetings")
            assert "alleen-lezen" in error.explain(Messages("nl"))
            assert snapshot(data) == before
        finally:
            disk.writable(folder)
        assert temp_files(data) == []
        autosave(store, sc, 3)
        assert saved_counter(store, sc) == 3
    figures.add("saves refused in a read-only folder", 1)


def run_cli(*args: str) -> tuple[int, str, str]:
    """`vliegwiel ...` as a user runs it: a process of its own."""
    command = [sys.executable, "-m", "tui", *args, "--lang", "en"]
    result = subprocess.run(
        command, cwd=ROOT, capture_output=True, text=True, timeout=60, check=False
    )
    return result.returncode, result.stdout, result.stderr


@pytest.mark.parametrize("how", ["tmpfs", "simulated"])
def test_a_read_only_data_folder_is_read_and_never_written(
    tmp_path: Path, how: str, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    """On a read-only data folder the commands that only read work (`cases`, `export -o`),
    and the app, which writes, is refused in one sentence before it starts.

    On a real read-only tmpfs where mounting is allowed; simulated everywhere (the
    command line then runs in this process, where the simulation holds).
    """
    with contextlib.ExitStack() as stack:
        if how == "tmpfs":
            disk = stack.enter_context(real_disk(tmp_path / "disk"))
            root = disk.root
        else:
            root = tmp_path / "disk"
            root.mkdir()
        data = root / "data"
        sc = scene(SECRET)
        with Store(data) as store:
            sc.store(store)
        case = sc.case.id
        commands = [
            ["cases", "--data-dir", str(data)],
            ["export", case, "-o", "-", "--data-dir", str(data)],
            ["--data-dir", str(data)],
        ]
        if how == "tmpfs":
            disk.read_only(disk.root)
            results = [run_cli(*command) for command in commands]
        else:
            stack.enter_context(simulated_read_only(root, monkeypatch))
            results = []
            for command in commands:
                capsys.readouterr()
                code = main([*command, "--lang", "en"])
                results.append((code, *capsys.readouterr()))
        refused(lambda: Store(data), "error.write.read_only", "data")
        (listed, out, err), (exported, minutes, err2), (app, nothing, why) = results
        assert (listed, err) == (0, "") and sc.case.alias in out
        assert (exported, err2) == (0, "") and minutes.startswith("# ")
        assert (app, nothing) == (2, "")
        assert why.count("\n") == 1 and "read-only" in why
        assert why.startswith("Vliegwiel cannot use the data folder")
        assert "still in memory" not in why  # nothing was typed yet
        assert SECRET not in why


def test_a_lock_that_cannot_be_opened_is_refused_in_words(tmp_path: Path) -> None:
    """Not only a held lock: an unusable lock file gets a sentence too, not a crash."""
    data = tmp_path / "data"
    (data / ".vliegwiel.lock").mkdir(parents=True)
    with pytest.raises(WriteFailed) as caught:
        Store(data)
    assert ".vliegwiel.lock" in caught.value.explain(Messages("en"))
