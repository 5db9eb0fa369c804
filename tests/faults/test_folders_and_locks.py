"""Odd folders and a lock taken away: nothing written where it must not be, a sentence each.

* The lock file removed or replaced while Vliegwiel runs: a second Vliegwiel gets in, so
  the first writes nothing more and says why (before, the last writer won in silence).
* A USB stick with FAT or exFAT refuses every `chmod`: the write counts all the same.
* `export -o` onto a device, a named pipe, a folder or a symbolic link: refused, the thing
  left as it was; onto a folder that cannot be written: nothing written, no temporary file.
* An existing data or minutes folder keeps its mode, and the chair is told when others can
  read it.
* Command-line errors are true for the command line and every I/O error is a sentence.
"""

from __future__ import annotations

import errno
import os
import stat
from pathlib import Path

import pytest

from agenda.clock import ManualClock
from agenda.errors import LockLost
from agenda.i18n import Messages
from agenda.locations import Locations
from agenda.recorder import MeetingRecorder, StoredMeeting
from agenda.storage import Store, files
from agenda.storage.lock import LOCK_NAME
from tests.faults.conftest import Figures
from tests.faults.disks import simulated_read_only
from tests.faults.scene import scene
from tests.pilot import make_app, terminal_text
from tui.cli import main

pytestmark = pytest.mark.faults

POSIX = pytest.mark.skipif(os.name == "nt", reason="POSIX files and modes")


@pytest.mark.parametrize("how", ["removed", "replaced"])
def test_a_lock_file_taken_away_stops_every_write_with_a_sentence(
    tmp_path: Path, how: str, figures: Figures
) -> None:
    data = tmp_path / "data"
    first = Store(data)
    sc = scene("Eerste")
    sc.store(first)
    lock = data / LOCK_NAME
    if how == "removed":
        lock.unlink()
    else:
        (data / "other").write_bytes(b"")
        (data / "other").replace(lock)
    with Store(data) as second:  # let in: the old lock file is not there any more
        second.save_meeting(sc.meeting.model_copy(update={"chair": "Tweede"}))
        before = (data / "cases").rglob("*.json")
        kept = {path: path.read_bytes() for path in before}
        with pytest.raises(LockLost) as refused:
            first.save_meeting(sc.meeting)
        with pytest.raises(LockLost):
            first.save_case(sc.case)
        with pytest.raises(LockLost):
            first.clean_temps()
        assert {path: path.read_bytes() for path in kept} == kept
        sentence = refused.value.explain(Messages("nl"))
        assert "weggehaald of vervangen" in sentence and str(lock) in sentence
    first.close()
    figures.add("writes refused after the lock file was taken away", 3)


def test_the_meeting_says_it_once_and_does_not_retry_a_lost_lock(
    tmp_path: Path, clock: ManualClock
) -> None:
    data = tmp_path / "data"
    with Store(data) as store:
        sc = scene("Eerste")
        sc.store(store)
        recorder = MeetingRecorder(
            store, StoredMeeting(sc.case, sc.meeting, sc.actions), tmp_path / "minutes", clock
        )
        told: list[object] = []
        recorder.report = told.append
        (data / LOCK_NAME).unlink()
        assert recorder.save_now() is False
        assert isinstance(recorder.problem, LockLost) and told == [recorder.problem]
        assert recorder.due is None  # no retry: it cannot help


@POSIX
def test_a_file_system_that_refuses_chmod_still_saves(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """FAT and exFAT (a USB stick for the backup) answer EPERM to every chmod: the mount's
    options decide the modes there, and the write still counts."""
    refused: list[str] = []

    class NoModes:
        def __getattr__(self, name: str) -> object:
            return getattr(os, name)

        def fchmod(self, fd: int, mode: int) -> None:
            refused.append("fchmod")
            raise PermissionError(errno.EPERM, "Operation not permitted")

    def chmod(path: Path, mode: int) -> None:
        refused.append("chmod")
        raise PermissionError(errno.EPERM, "Operation not permitted")

    monkeypatch.setattr(files, "os", NoModes())
    monkeypatch.setattr(Path, "chmod", chmod)
    stick = tmp_path / "stick" / "vliegwiel"
    files.ensure_private_dir(stick)
    files.write_atomic(stick / "backup.vwb", b"versleuteld")
    assert (stick / "backup.vwb").read_bytes() == b"versleuteld"
    assert refused == ["chmod", "chmod", "fchmod"]
    monkeypatch.undo()
    with pytest.raises(Exception, match=r"error\.write_failed"):  # a real error still counts
        monkeypatch.setattr(files, "os", NoModes())
        monkeypatch.setattr(
            NoModes, "fchmod", lambda *_: (_ for _ in ()).throw(OSError(errno.EIO, "I/O"))
        )
        files.write_atomic(stick / "backup.vwb", b"anders")
    assert (stick / "backup.vwb").read_bytes() == b"versleuteld"


def _stored(tmp_path: Path) -> tuple[Path, str]:
    data = tmp_path / "data"
    sc = scene("Notulen")
    with Store(data) as store:
        sc.store(store)
    return data, sc.case.id


@POSIX
@pytest.mark.parametrize("kind", ["fifo", "symlink", "device", "folder"])
def test_export_never_replaces_what_is_not_a_regular_file(
    tmp_path: Path, kind: str, capsys: pytest.CaptureFixture[str], figures: Figures
) -> None:
    data, case_id = _stored(tmp_path)
    target = tmp_path / "out"
    elsewhere = tmp_path / "elsewhere.txt"
    elsewhere.write_text("van iemand anders", encoding="utf-8")
    if kind == "fifo":
        os.mkfifo(target)
    elif kind == "symlink":
        target.symlink_to(elsewhere)
    elif kind == "folder":
        target.mkdir()
    else:
        target = Path("/dev/null")
    before = target.lstat()
    code = main(["export", case_id, "-o", str(target), "--data-dir", str(data), "--lang", "en"])
    out, err = capsys.readouterr()
    assert (code, out) == (2, "")
    assert "is not a regular file" in err and "Nothing was written" in err
    after = target.lstat()
    assert (stat.S_IFMT(after.st_mode), after.st_ino) == (
        stat.S_IFMT(before.st_mode),
        before.st_ino,
    )
    assert elsewhere.read_text(encoding="utf-8") == "van iemand anders"
    assert list(tmp_path.glob(".out*")) == []
    figures.add("export targets refused (fifo, link, device, folder)", 1)


def test_export_writes_a_new_file_and_replaces_a_regular_one(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    data, case_id = _stored(tmp_path)
    target = tmp_path / "notulen.md"
    for _ in range(2):
        assert main(["export", case_id, "-o", str(target), "--data-dir", str(data)]) == 0
        assert target.read_text(encoding="utf-8").startswith("# ")
    assert capsys.readouterr().err == ""


def test_a_failed_export_writes_nothing_however_often_it_is_tried(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    """Into the minutes folder, the meeting must remember its file first; a data folder
    that cannot be written refuses that, so no minutes file is written (before: a new
    `-2`, `-3`, … on every try). To a folder that cannot be written: no temporary file."""
    data, case_id = _stored(tmp_path)
    minutes = tmp_path / "minutes"
    args = ["--data-dir", str(data), "--minutes-dir", str(minutes), "--lang", "en"]
    with simulated_read_only(data, monkeypatch):
        for _ in range(3):
            assert main(["export", case_id, *args]) == 2
            err = capsys.readouterr().err
            assert "read-only" in err and "try again" not in err
    assert not minutes.exists() or list(minutes.iterdir()) == []
    closed = tmp_path / "closed"
    closed.mkdir()
    with simulated_read_only(closed, monkeypatch):
        target = closed / "notulen.md"
        assert main(["export", case_id, "-o", str(target), *args]) == 2
    assert list(closed.iterdir()) == []
    err = capsys.readouterr().err
    assert err.startswith(f"Saving to {target} failed: the folder is read-only")
    assert "Vliegwiel will try again" not in err and "still in memory" not in err


def test_an_io_error_on_the_command_line_is_a_sentence_not_an_internal_error(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    data, _ = _stored(tmp_path)

    def unreadable(self: Store) -> object:
        raise PermissionError(errno.EACCES, "Permission denied", str(self.cases_dir))

    monkeypatch.setattr(Store, "list_cases", unreadable)
    assert main(["cases", "--data-dir", str(data), "--lang", "en"]) == 2
    err = capsys.readouterr().err
    assert err == f"Vliegwiel could not read or write {data / 'cases'}: you have no access to it.\n"


@POSIX
@pytest.mark.usefixtures("open_umask")
async def test_a_shared_folder_keeps_its_mode_and_the_chair_is_told(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], clock: ManualClock
) -> None:
    shared = tmp_path / "team"
    shared.mkdir()
    shared.chmod(0o2775)
    locations = Locations(shared / "data", shared, tmp_path / "config")
    locations.data_dir.mkdir()
    locations.data_dir.chmod(0o755)
    with Store(locations.data_dir) as store:
        store.save_case(scene("Gedeeld").case)
        app = make_app(store, locations, clock)
        async with app.run_test(size=(160, 50)) as pilot:
            await pilot.pause()
            shot = " ".join(terminal_text(app).split())
    assert f"De map {locations.data_dir} is ook leesbaar" in shot
    assert f"De map {shared} is ook leesbaar" in shot
    assert stat.S_IMODE(shared.stat().st_mode) == 0o2775
    assert stat.S_IMODE(locations.data_dir.stat().st_mode) == 0o755
    assert stat.S_IMODE((locations.data_dir / "cases").stat().st_mode) == 0o700
    assert main(["cases", "--data-dir", str(locations.data_dir)]) == 0
    assert "is ook leesbaar voor andere gebruikers" in capsys.readouterr().err
