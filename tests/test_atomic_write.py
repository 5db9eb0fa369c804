"""The atomic write's calls, recorded: data flushed before the rename, the rename flushed after.

A power cut cannot be staged in a test, but its rules are known: the disk may keep any
write that was not flushed, in any order. The file survives only if its data is flushed
(fsync of the temporary file) before it replaces the target, and the folder is flushed
after the rename. So this test records every operating-system call `write_atomic` makes
and checks that order, and what happens where a folder cannot be flushed.
"""

from __future__ import annotations

import errno
import os
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pytest

from agenda.errors import WriteFailed
from agenda.storage import files
from agenda.storage.files import write_atomic


@dataclass
class Recorder:
    """`os` as `agenda.storage.files` sees it, writing down each call on a path or file."""

    calls: list[tuple[str, str]] = field(default_factory=list)
    fail: dict[tuple[str, str], int] = field(default_factory=dict)
    """(call, "file" or "folder") → errno to raise instead of making that call."""
    _paths: dict[int, Path] = field(default_factory=dict)

    def __getattr__(self, name: str) -> Any:
        return getattr(os, name)

    def _kind(self, path: Path) -> str:
        return "folder" if path.is_dir() else "file"

    def _call(self, name: str, path: Path) -> None:
        self.calls.append((name, path.name))
        code = self.fail.get((name, self._kind(path)))
        if code is not None:
            raise OSError(code, os.strerror(code))

    def open(self, path: Any, flags: int, mode: int = 0o777) -> int:
        self._call("open", Path(path))
        fd = os.open(path, flags, mode)
        self._paths[fd] = Path(path)
        return fd

    def write(self, fd: int, data: Any) -> int:
        self._call("write", self._paths[fd])
        return os.write(fd, data)

    def fsync(self, fd: int) -> None:
        self._call("fsync", self._paths[fd])
        os.fsync(fd)

    def close(self, fd: int) -> None:
        self._call("close", self._paths.pop(fd))
        os.close(fd)

    def replace(self, source: Any, target: Any) -> None:
        self._call("replace", Path(source))
        os.replace(source, target)


@pytest.fixture
def recorder(monkeypatch: pytest.MonkeyPatch) -> Recorder:
    recording = Recorder()
    monkeypatch.setattr(files, "os", recording)
    return recording


def temp_files(folder: Path) -> list[Path]:
    return list(folder.glob(f"*{files.TEMP_SUFFIX}"))


def test_data_is_flushed_before_the_rename_and_the_folder_after_it(
    tmp_path: Path, recorder: Recorder
) -> None:
    target = tmp_path / "meeting.json"
    target.write_bytes(b"old")
    write_atomic(target, b"new" * 50_000)

    temp = files.temp_path(target).name
    folder = tmp_path.name
    calls = [c for c in recorder.calls if c[0] != "write"]
    assert calls == [
        ("open", temp),
        ("fsync", temp),
        ("close", temp),
        ("replace", temp),
        ("open", folder),
        ("fsync", folder),
        ("close", folder),
    ]
    writes = [i for i, c in enumerate(recorder.calls) if c == ("write", temp)]
    assert writes, "the data was never written to the temporary file"
    assert max(writes) < recorder.calls.index(("fsync", temp)), "data written after its fsync"
    assert target.read_bytes() == b"new" * 50_000
    assert temp_files(tmp_path) == []


def test_on_windows_the_folder_is_not_opened(
    tmp_path: Path, recorder: Recorder, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Windows cannot open a folder to flush it; NTFS journals the rename itself.

    Simulated: the platform switch of `agenda.storage.files`, on this system's calls.
    """
    monkeypatch.setattr(files, "IS_WINDOWS", True)
    target = tmp_path / "case.json"
    write_atomic(target, b"{}")
    temp = files.temp_path(target).name
    assert [c for c in recorder.calls if c[0] != "write"] == [
        ("open", temp),
        ("fsync", temp),
        ("close", temp),
        ("replace", temp),
    ]
    assert target.read_bytes() == b"{}"


@pytest.mark.parametrize(
    ("call", "code"),
    [
        ("open", errno.EACCES),  # the folder may not be opened for reading
        ("fsync", errno.EINVAL),  # the file system does not flush folders
        ("fsync", errno.EBADF),
        ("fsync", errno.EOPNOTSUPP),
    ],
)
def test_a_folder_that_cannot_be_flushed_still_saves(
    tmp_path: Path, recorder: Recorder, call: str, code: int
) -> None:
    """The data was flushed before the rename; the save counts, as the system allows."""
    recorder.fail[call, "folder"] = code
    target = tmp_path / "actions.json"
    target.write_bytes(b"old")
    write_atomic(target, b"new")
    assert (call, tmp_path.name) in recorder.calls
    assert target.read_bytes() == b"new"
    assert temp_files(tmp_path) == []


def test_an_io_error_while_flushing_the_folder_is_reported(
    tmp_path: Path, recorder: Recorder
) -> None:
    """A disk that fails is not a file system without folder flushes: say so."""
    recorder.fail["fsync", "folder"] = errno.EIO
    target = tmp_path / "case.json"
    target.write_bytes(b"old")
    with pytest.raises(WriteFailed) as caught:
        write_atomic(target, b"new")
    assert caught.value.path == target
    assert temp_files(tmp_path) == []
    # The rename had happened: the next save writes the same file again.
    assert target.read_bytes() == b"new"
    assert ("close", tmp_path.name) in recorder.calls, "the folder was left open"


def test_a_failed_data_flush_never_reaches_the_target(tmp_path: Path, recorder: Recorder) -> None:
    recorder.fail["fsync", "file"] = errno.EIO
    target = tmp_path / "case.json"
    target.write_bytes(b"old")
    with pytest.raises(WriteFailed):
        write_atomic(target, b"new")
    assert not any(c[0] == "replace" for c in recorder.calls)
    assert target.read_bytes() == b"old"
    assert temp_files(tmp_path) == []
