"""Disks that fill up or turn read-only on command, for the full-disk tests.

`RealDisk` is a 1 MB tmpfs mounted for the test: the kernel itself answers ENOSPC and
EROFS. Mounting needs root on Linux; elsewhere its tests are skipped and `SimulatedDisk`
runs the same checks by making `os.write` / `os.open` fail inside
`agenda.storage.files` (and nowhere else). `simulated_read_only` makes a whole folder
read-only for this process, the way a read-only mount answers, for every module.
"""

from __future__ import annotations

import contextlib
import errno
import os
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any, Protocol

import pytest

from agenda.storage import files

CHUNK = b"\0" * 4096


class Disk(Protocol):
    root: Path

    def fill(self) -> None: ...
    def free(self) -> None: ...
    def read_only(self, folder: Path) -> None: ...
    def writable(self, folder: Path) -> None: ...


def _mount(*args: str) -> str | None:
    """Run mount (or umount); None when it worked, else why not."""
    try:
        done = subprocess.run(args, capture_output=True, text=True, timeout=20, check=False)
    except (OSError, subprocess.TimeoutExpired) as error:
        return type(error).__name__
    return None if done.returncode == 0 else (done.stderr.strip() or f"exit {done.returncode}")


class RealDisk:
    def __init__(self, root: Path) -> None:
        self.root = root
        self.ballast = root / "ballast"
        self.read_only_folders: list[Path] = []

    @classmethod
    def mount(cls, where: Path) -> RealDisk:
        if sys.platform != "linux" or os.geteuid() != 0:
            pytest.skip("a real full disk needs root to mount a tmpfs; SimulatedDisk covers it")
        where.mkdir()
        why = _mount("mount", "-t", "tmpfs", "-o", "size=1m,mode=0700", "tmpfs", str(where))
        if why is not None:
            pytest.skip(f"mounting a tmpfs is not permitted here ({why})")
        return cls(where)

    def unmount(self) -> None:
        for folder in reversed(self.read_only_folders):
            self.writable(folder)
        if _mount("umount", str(self.root)) is not None:
            _mount("umount", "-l", str(self.root))

    def fill(self) -> None:
        with self.ballast.open("ab", buffering=0) as ballast:
            try:
                while True:
                    ballast.write(CHUNK)
            except OSError as error:
                assert error.errno == errno.ENOSPC

    def free(self) -> None:
        self.ballast.unlink()

    def read_only(self, folder: Path) -> None:
        # A read-only bind mount of the folder over itself: the kernel answers EROFS.
        assert _mount("mount", "--bind", str(folder), str(folder)) is None
        assert _mount("mount", "-o", "remount,bind,ro", str(folder)) is None
        self.read_only_folders.append(folder)

    def writable(self, folder: Path) -> None:
        assert _mount("umount", str(folder)) is None
        self.read_only_folders.remove(folder)


class _FailingOs:
    """`os` as `agenda.storage.files` sees it, with writes that fail on command."""

    def __init__(self, disk: SimulatedDisk) -> None:
        self._disk = disk

    def __getattr__(self, name: str) -> Any:
        return getattr(os, name)

    def open(self, path: Any, flags: int, mode: int = 0o777) -> int:
        if flags & os.O_CREAT:
            self._disk.opened += 1
            if Path(path).parent in self._disk.read_only_folders:
                raise OSError(errno.EROFS, os.strerror(errno.EROFS), str(path))
        return os.open(path, flags, mode)

    def write(self, fd: int, data: Any) -> int:
        if self._disk.full or self._disk.opened == self._disk.fail_at:
            raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))
        return os.write(fd, data)


class SimulatedDisk:
    def __init__(self, root: Path, monkeypatch: pytest.MonkeyPatch) -> None:
        self.root = root
        self.full = False
        self.opened = 0
        self.fail_at: int | None = None
        self.read_only_folders: set[Path] = set()
        root.mkdir()
        monkeypatch.setattr(files, "os", _FailingOs(self))

    def fill(self) -> None:
        self.full = True

    def free(self) -> None:
        self.full = False
        self.fail_at = None

    def fail_write(self, number: int) -> None:
        """Let the `number`-th file written from now on meet a full disk."""
        self.fail_at = self.opened + number

    def read_only(self, folder: Path) -> None:
        self.read_only_folders.add(folder)

    def writable(self, folder: Path) -> None:
        self.read_only_folders.discard(folder)


def temp_files(root: Path) -> list[Path]:
    return [p for p in root.rglob(f"*{files.TEMP_SUFFIX}") if p.is_file()]


@contextlib.contextmanager
def real_disk(where: Path) -> Iterator[RealDisk]:
    disk = RealDisk.mount(where)
    try:
        yield disk
    finally:
        disk.unmount()


_WRITE_FLAGS = os.O_WRONLY | os.O_RDWR | os.O_CREAT | os.O_TRUNC | os.O_APPEND


@contextlib.contextmanager
def simulated_read_only(root: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """`root` and everything below it answer EROFS to any change, as a read-only mount.

    Patches `os` itself (pathlib and every module call through it), so that the store, its
    lock and the command line meet the refusal wherever they write. Where a real mount
    answers something else first, so does this: creating a folder that exists is EEXIST.
    """

    def inside(path: Any) -> bool:
        return isinstance(path, (str, os.PathLike)) and Path(path).is_relative_to(root)

    def refuse(path: Any) -> OSError:
        return OSError(errno.EROFS, os.strerror(errno.EROFS), str(path))

    real = {name: getattr(os, name) for name in ("open", "chmod", "mkdir", "replace", "unlink")}

    def open_(path: Any, flags: int, mode: int = 0o777, **kwargs: Any) -> int:
        if inside(path) and flags & _WRITE_FLAGS:
            raise refuse(path)
        return int(real["open"](path, flags, mode, **kwargs))

    def mkdir(path: Any, mode: int = 0o777, **kwargs: Any) -> None:
        if inside(path):
            if Path(path).exists():
                raise FileExistsError(errno.EEXIST, os.strerror(errno.EEXIST), str(path))
            raise refuse(path)
        real["mkdir"](path, mode, **kwargs)

    def changes(name: str) -> Any:
        def change(path: Any, *args: Any, **kwargs: Any) -> Any:
            if inside(path) or (args and inside(args[0])):
                raise refuse(path)
            return real[name](path, *args, **kwargs)

        return change

    with monkeypatch.context() as patch:
        patch.setattr(os, "open", open_)
        patch.setattr(os, "mkdir", mkdir)
        for name in ("chmod", "replace", "unlink"):
            patch.setattr(os, name, changes(name))
        yield
