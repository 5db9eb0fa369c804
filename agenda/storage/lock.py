"""One running Vliegwiel per data folder.

Two instances writing the same meeting would silently undo each other's work, so the
second one is refused. The lock is an operating-system lock on a file, which the system
releases when the process ends, even after a crash: there is no stale lock to clean up.

A lock on a file holds only as long as the file is the one in the folder: removed or
replaced while Vliegwiel runs (a clean-up tool, a sync program, a hand), the next
Vliegwiel makes a new file, locks that, and both write. So the store asks `check` before
every write: the file at the lock's path must still be the one this process holds (the
same file on the same disk), or nothing is written and the chair is told why.

A command that only reads (`vliegwiel cases`, `export -o`) may take the lock in a folder
it cannot write to: it opens an existing lock file for reading, and where there is none
and none can be made, nothing can write there and it reads without one.
"""

from __future__ import annotations

import errno
import os
import sys
from pathlib import Path

from agenda.errors import AlreadyRunning, LockLost
from agenda.storage.files import FILE_MODE, write_failed

LOCK_NAME = ".vliegwiel.lock"
NOT_WRITABLE = frozenset({errno.EACCES, errno.EPERM, errno.EROFS})


class DataDirLock:
    def __init__(self, data_dir: Path) -> None:
        self.data_dir = data_dir
        self.path = data_dir / LOCK_NAME
        self._fd: int | None = None
        self._held: tuple[int, int] | None = None
        """(device, file number) of the lock file held."""

    def acquire(self, *, read_only: bool = False) -> None:
        try:
            fd = os.open(self.path, os.O_RDWR | os.O_CREAT, FILE_MODE)
        except OSError as error:  # a lock file of another account, say: a sentence too
            if not (read_only and error.errno in NOT_WRITABLE):
                raise write_failed(self.path, error) from None
            try:
                fd = os.open(self.path, os.O_RDONLY)
            except FileNotFoundError:
                return  # a folder no one may write to: nothing to keep out
            except OSError as again:
                raise write_failed(self.path, again) from None
        try:
            _lock(fd)
        except OSError:
            os.close(fd)
            raise AlreadyRunning(self.data_dir) from None
        self._fd = fd
        found = os.fstat(fd)
        self._held = (found.st_dev, found.st_ino)

    def check(self) -> None:
        """`LockLost` unless the lock file in the folder is still the one held."""
        if self._held is None:
            return
        try:
            found = self.path.stat()
        except OSError:
            raise LockLost(self.path) from None
        if (found.st_dev, found.st_ino) != self._held:
            raise LockLost(self.path)

    def release(self) -> None:
        if self._fd is not None:
            try:
                _unlock(self._fd)
            finally:
                os.close(self._fd)
                self._fd = None
                self._held = None


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
