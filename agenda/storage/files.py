"""Private folders and atomic file writes that survive a crash at any moment.

A write goes to a temporary file beside the target, is flushed to disk, then replaces
the target in one step, and the folder entry itself is flushed: after a crash the file
holds either the old or the new content, never a mix. Files are 0600 and folders 0700:
on a shared laptop no other account can read a case.

The order is what makes it survive a power cut: write → fsync(temp) → replace →
fsync(folder). Without the first fsync the rename can reach the disk before the data
(an empty or partly written file under the target's name); without the second the
rename itself may be forgotten (the old version comes back). `tests/test_atomic_write.py`
records the calls and proves the order.

Where the folder cannot be flushed, the save still counts as done: Windows cannot open
a folder for flushing (NTFS journals the rename itself), and some file systems (network
shares, FUSE) refuse to open or fsync a folder. The data was flushed before the rename,
so the worst a power cut can then do is bring back the previous version, which is what
the file system promises there. PostgreSQL treats folders the same way. A real I/O error
while flushing the folder is still reported.
"""

from __future__ import annotations

import contextlib
import errno
import os
import stat
import sys
import time
from pathlib import Path

from agenda.errors import WriteFailed

FILE_MODE = 0o600
DIR_MODE = 0o700
TEMP_SUFFIX = ".tmp"
IS_WINDOWS = sys.platform == "win32"


def ensure_private_dir(path: Path) -> None:
    """Create `path` and its missing parents, each readable by the user alone (0700).

    A folder that exists keeps its mode: the chair or IT chose it (a shared folder of a
    team, with group access and setgid), and what Vliegwiel writes inside is private all
    the same (files 0600, its own folders 0700). `readable_by_others` says when to say so.
    """
    missing = []
    for folder in (path, *path.parents):
        if folder.is_dir():
            break
        missing.append(folder)
    for folder in reversed(missing):
        try:
            folder.mkdir(mode=DIR_MODE)
        except FileExistsError:
            if not folder.is_dir():
                raise write_failed(folder, FileExistsError(errno.EEXIST, "")) from None
            continue  # made by someone else meanwhile: theirs
        except OSError as error:
            raise write_failed(folder, error) from None
        _chmod(folder, DIR_MODE)


MODE_IGNORED = frozenset({errno.EPERM, errno.ENOTSUP, errno.EOPNOTSUPP, errno.EINVAL})
"""`chmod` refused by a file system without Unix modes (FAT or exFAT on a USB stick, where
the mount decides every file's mode): the write still counts."""


def _chmod(path: Path, mode: int) -> None:
    """Set a folder's mode where the file system keeps modes (umask cannot widen it)."""
    if IS_WINDOWS:
        return
    try:
        path.chmod(mode)
    except OSError as error:
        if error.errno not in MODE_IGNORED:
            raise write_failed(path, error) from None


def readable_by_others(path: Path) -> bool:
    """True when other accounts on this computer may list the folder (POSIX modes)."""
    if IS_WINDOWS:
        return False  # a profile's folders inherit its private permissions
    try:
        return bool(path.stat().st_mode & (stat.S_IRGRP | stat.S_IROTH))
    except OSError:
        return False


def write_failed(path: Path, error: OSError) -> WriteFailed:
    """The sentence for an operating-system error while writing `path`."""
    return WriteFailed(path, errno.errorcode.get(error.errno or 0, ""))


FOLDER_CANNOT_OPEN = frozenset({errno.EACCES, errno.EISDIR})
"""`open(folder, O_RDONLY)` refused: the file system does not let a folder be flushed."""
FOLDER_CANNOT_SYNC = frozenset({errno.EBADF, errno.EINVAL, errno.ENOTSUP, errno.EOPNOTSUPP})
"""`fsync(folder)` refused as unsupported (not an I/O error): nothing more to do."""


def _fsync_dir(path: Path) -> None:
    """Flush the folder's entries (the rename) to disk, where the system allows it."""
    if IS_WINDOWS:
        return
    try:
        fd = os.open(path, os.O_RDONLY)
    except OSError as error:
        if error.errno in FOLDER_CANNOT_OPEN:
            return
        raise
    try:
        os.fsync(fd)
    except OSError as error:
        if error.errno not in FOLDER_CANNOT_SYNC:
            raise
    finally:
        os.close(fd)


def _replace(source: Path, target: Path) -> None:
    # On Windows a virus scanner or indexer may hold the target open for a moment.
    attempts = 5 if IS_WINDOWS else 1
    for attempt in range(attempts):
        try:
            os.replace(source, target)  # noqa: PTH105 (through `os`: the tests record it)
            return
        except PermissionError:
            if attempt == attempts - 1:
                raise
            time.sleep(0.05 * (attempt + 1))


def _private_file(fd: int) -> None:
    """Make the open file 0600 whatever the umask; a file system without Unix modes (FAT
    on a USB stick) refuses, and its mount options decide instead."""
    if IS_WINDOWS:
        return
    try:
        os.fchmod(fd, FILE_MODE)
    except OSError as error:
        if error.errno not in MODE_IGNORED:
            raise


def temp_path(target: Path) -> Path:
    return target.with_name(f".{target.name}.{os.getpid()}{TEMP_SUFFIX}")


def write_atomic(target: Path, data: bytes, *, sync_folder: bool = True) -> None:
    """Replace `target` with `data` atomically and durably, as a 0600 file.

    Raises `WriteFailed` (disk full, read-only, …) with the target left as it was.
    `sync_folder=False` leaves flushing the folder's entry to the caller, who writes
    many files into a folder of its own and flushes it once (`sync_folder`).
    """
    temp = temp_path(target)
    flags = os.O_WRONLY | os.O_CREAT | os.O_TRUNC | getattr(os, "O_BINARY", 0)
    try:
        fd = os.open(temp, flags, FILE_MODE)
        try:
            _private_file(fd)
            view = memoryview(data)
            while view:
                written = os.write(fd, view)
                view = view[written:]
            os.fsync(fd)
        finally:
            os.close(fd)
        _replace(temp, target)
        if sync_folder:
            _fsync_dir(target.parent)
    except OSError as error:
        with contextlib.suppress(OSError):
            temp.unlink()
        raise write_failed(target, error) from None


def sync_folder(path: Path) -> None:
    """Flush a folder's entries to disk (after `write_atomic(..., sync_folder=False)`)."""
    try:
        _fsync_dir(path)
    except OSError as error:
        raise write_failed(path, error) from None


def move_into_place(source: Path, target: Path) -> None:
    """Rename a file or folder to `target` (which must not exist) in one step on the same
    disk, and flush both folder entries: after a crash it is in one place or the other."""
    try:
        _replace(source, target)
        _fsync_dir(target.parent)
        if source.parent != target.parent:
            _fsync_dir(source.parent)
    except OSError as error:
        raise write_failed(target, error) from None


def remove_stale_temps(folder: Path) -> None:
    """Delete temporary files a crash left behind (their target is intact).

    Runs over every case folder before the case list is shown, so it only compares names
    (`Path.glob` builds a pattern matcher and a path for every file: 11 ms over 50 cases
    with five years of meetings, against 2 ms).
    """
    try:
        entries = list(os.scandir(folder))
    except OSError:
        return  # no such folder (a case without meetings): nothing to clean
    for entry in entries:
        if entry.name.startswith(".") and entry.name.endswith(TEMP_SUFFIX):
            with contextlib.suppress(OSError):
                Path(entry.path).unlink()
