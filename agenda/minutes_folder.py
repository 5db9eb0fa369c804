"""What of a case lies in the minutes folder: its minutes files, and no hidden copies.

A minutes file is written like every file (a temporary file beside it, then a rename):
a crash in between left a hidden temporary copy of the whole minutes,
`.2026-11-28_casus-x.md.<pid>.tmp`, which nothing removed and `vliegwiel erase` neither
removed nor listed. Now the app sweeps such files when it starts (those of a process that
is no longer running), and erase removes the case's and says so.

Erase lists every minutes file of the case: each meeting's own file with its companions
(`.txt`, `.html`, `.ics`, `.ouders.txt`, see `agenda.minutes_file`), and beside them the
files of the same name with a number (`-2`, `-3`): an older Vliegwiel wrote such a second
file when a close was cut off between the minutes and the meeting's save.
"""

from __future__ import annotations

import contextlib
import os
import re
import sys
import time
from collections.abc import Iterable
from pathlib import Path
from typing import TYPE_CHECKING

from agenda.storage.files import TEMP_SUFFIX

if TYPE_CHECKING:  # the start sweeps the minutes folder before any model is loaded
    from agenda.meeting import Meeting

_TEMP = re.compile(rf"\.(?P<target>.+)\.(?P<pid>\d+){re.escape(TEMP_SUFFIX)}")
_NUMBERED = re.compile(r"-\d+$")
_DOCUMENTS = (".md", ".txt", ".html", ".ics")
"""What is written into the minutes folder (the minutes in their forms, a calendar file)."""
WINDOWS_TEMP_AGE = 60.0
"""Seconds after which a temporary file counts as left behind where no process can be
asked whether it still runs (Windows): a write takes milliseconds."""


def _temps(folder: Path) -> list[tuple[Path, str, int]]:
    """(path, target name, process id) of every temporary file of a minutes write."""
    try:
        entries = list(os.scandir(folder))
    except OSError:
        return []
    found = []
    for entry in entries:
        match = _TEMP.fullmatch(entry.name)
        if match and match["target"].endswith(_DOCUMENTS) and entry.is_file():
            found.append((Path(entry.path), match["target"], int(match["pid"])))
    return found


def _running(pid: int, path: Path) -> bool:
    """Whether the process that wrote `path` may still be writing it. Another Vliegwiel
    (on another data folder) may share the minutes folder."""
    if pid == os.getpid():
        return True
    if sys.platform == "win32":
        try:
            return time.time() - path.stat().st_mtime < WINDOWS_TEMP_AGE
        except OSError:
            return False
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except OSError:
        return True  # someone else's process: not ours to judge
    return True


def sweep_temps(folder: Path) -> int:
    """Remove the temporary files a crash left in the minutes folder; how many."""
    removed = 0
    for path, _, pid in _temps(folder):
        if not _running(pid, path):
            with contextlib.suppress(OSError):
                path.unlink()
                removed += 1
    return removed


def _group(path: Path) -> str:
    """A minutes file's name without its suffixes: `2026-11-28_casus-x-2` for each of
    `.md`, `.txt`, `.ouders.txt`… (the slug is letters, digits and hyphens: no dot)."""
    return path.name.split(".", 1)[0]


def _unnumbered(group: str) -> str:
    return _NUMBERED.sub("", group)


def _title(folder: Path, group: str) -> str | None:
    """The first line of the group's Markdown minutes: the case's alias and the date."""
    try:
        with (folder / f"{group}.md").open(encoding="utf-8", errors="replace") as file:
            return file.readline()
    except OSError:
        return None


def _same_meeting(folder: Path, group: str, own: str) -> bool:
    """Whether the files named `group` are (a numbered copy of) the minutes named `own`.

    The name alone cannot tell: `2026-11-28_casus-2` is the second file of case "Casus"
    or the first of case "Casus 2" on the same day. A numbered copy of the same minutes
    has the same title line (alias and date); another case's minutes do not.
    """
    if group == own:
        return True
    if _unnumbered(group) != _unnumbered(own) and _unnumbered(group) != own:
        return False
    title = _title(folder, own)
    return title is not None and title == _title(folder, group)


def case_minutes(meetings: Iterable[Meeting]) -> list[Path]:
    """Every minutes file of these meetings that exists: each one's own file and its
    companions, and the numbered copies of the same minutes beside them (see above)."""
    found: set[Path] = set()
    for meeting in meetings:
        if not meeting.minutes_file:
            continue
        own = Path(meeting.minutes_file)
        folder, own_group = own.parent, _group(own)
        with contextlib.suppress(OSError):
            for path in folder.iterdir():
                hidden = path.name.startswith(".")  # a temporary file, see above
                if (
                    path.name.endswith(_DOCUMENTS)
                    and not hidden
                    and _same_meeting(folder, _group(path), own_group)
                ):
                    found.add(path)
    return sorted(found)


def temps_of(files: Iterable[Path]) -> list[Path]:
    """The temporary files of writes to `files` (exactly these names: another case's
    minutes may differ from them by a number only)."""
    groups = {(path.parent, _group(path)) for path in files}
    return sorted(
        path
        for folder in {folder for folder, _ in groups}
        for path, target, _ in _temps(folder)
        if (folder, _group(Path(target))) in groups
    )
