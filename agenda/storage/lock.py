"""One running Vliegwiel per data folder.

Two instances writing the same meeting would silently undo each other's work, so the
second one is refused. The lock is an operating-system lock on a file, which the system
releases when the process ends, even after a crash: there is no stale lock to clean up.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

from agenda.errors import AlreadyRunning
from agenda.storage.files import FILE_MODE, write_failed

LOCK_NAME = ".vliegwiel.lock"


class DataDirLock:
    def __init__(self, data_dir: Path) -> None:
        self.data_dir = data_dir
        self.path = data_dir / LOCK_NAME
        self._fd: int | None = None

    def acquire(self) -> None:
        try:
            fd = os.open(self.path, os.O_RDWR | os.O_CREAT, FILE_MODE)
        except OSError as error:  # a lock file of another account, say: a sentence too
            raise write_failed(self.path, error) from None
        try:
            _lock(fd)
        except OSError:
            os.close(fd)
            raise AlreadyRunning(self.data_dir) from None
        self._fd = fd

    def release(self) -> None:
        if self._fd is not None:
            try:
                _unlock(self._fd)
            finally:
                os.close(self._fd)
                self._fd = None


if sys.platform == "win32":
    import msvcrt

    def _lock(fd: int) -> None:
        msvcrt.locking(fd, msvcrt.LK_NBLCK, 1)

    def _unlock(fd: int) -> None:
        os.lseek(fd, 0, os.SEEK_SET)
        msvcrt.locking(fd, msvcrt.LK_UNLCK, 1)

else:
    import fcntl

    def _lock(fd: int) -> None:
        fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)

    def _unlock(fd: int) -> None:
        fcntl.flock(fd, fcntl.LOCK_UN)
