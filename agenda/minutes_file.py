"""Where a meeting's minutes go: one file per meeting in the minutes folder.

The name is `YYYY-MM-DD_<alias slug>.md`, so that the chair finds a case's minutes in
date order. The file chosen the first time is kept in `Meeting.minutes_file` and used
again on every later save (ctrl+s, check-out, `vliegwiel export`), so one meeting has
one file, even when the alias changes later. A new meeting never takes a name that is
already there: it gets `-2`, `-3`, … instead, so two meetings never share a file. The
meeting also keeps which data folder chose the file (`Meeting.minutes_owner`): a copy of
the data folder (a backup copied back, a second laptop) resuming the same meeting writes
`YYYY-MM-DD_<alias slug>_<meeting id>.md` instead of overwriting the other's file.

The slug is plain lowercase ASCII letters, digits and hyphens, at most `MAX_SLUG`
characters: safe in any folder on Windows, macOS and Linux, and in a mail attachment.
"""

from __future__ import annotations

import os
import re
import unicodedata
from collections.abc import Sequence
from itertools import count
from pathlib import Path

from agenda.actions import Action
from agenda.case import Case
from agenda.figures import MeetingDate
from agenda.i18n import Messages
from agenda.locations import Locations
from agenda.meeting import Meeting
from agenda.minutes import write_minutes
from agenda.storage.files import ensure_private_dir, write_atomic

MAX_SLUG = 40
SUFFIX = ".md"

# Letters that Unicode does not decompose into an ASCII letter plus accents.
_SPELLED_OUT = str.maketrans(
    {"ß": "ss", "æ": "ae", "Æ": "AE", "œ": "oe", "Œ": "OE", "ø": "o", "Ø": "O", "ł": "l",
     "Ł": "L", "đ": "d", "Đ": "D", "ð": "d", "Ð": "D", "þ": "th", "Þ": "TH", "ı": "i"}
)  # fmt: skip
_NOT_SLUG = re.compile(r"[^a-z0-9]+")
_WINDOWS_DEVICES = frozenset(
    {"con", "prn", "aux", "nul"} | {f"{port}{n}" for port in ("com", "lpt") for n in range(10)}
)


def alias_slug(alias: str, fallback: str) -> str:
    """`Casus Ëlla (voorbeeld)` → `casus-ella-voorbeeld`; `fallback` when nothing is left.

    `fallback` is a word from the catalogue ("notulen"), already a valid slug.
    """
    decomposed = unicodedata.normalize("NFKD", alias.translate(_SPELLED_OUT))
    ascii_only = decomposed.encode("ascii", "ignore").decode("ascii").lower()
    slug = _NOT_SLUG.sub("-", ascii_only).strip("-")[:MAX_SLUG].rstrip("-") or fallback
    # A file may not be called CON, NUL, COM1, … on Windows (the date prefix already
    # prevents it; this keeps the slug safe on its own).
    return f"{slug}-" if slug in _WINDOWS_DEVICES else slug


def _same_folder(a: Path, b: Path) -> bool:
    return os.path.normcase(a.resolve()) == os.path.normcase(b.resolve())


def minutes_path(
    folder: Path, meeting: Meeting, alias: str, fallback: str, owner: str | None = None
) -> Path:
    """The meeting's minutes file in `folder`: the one it had, or a new free name.

    `owner`: the data folder asking; a file another data folder chose is not taken over.
    """
    folder = folder.resolve()
    stem = f"{meeting.date_key}_{alias_slug(alias, fallback)}"
    if meeting.minutes_file:
        previous = Path(meeting.minutes_file)
        if previous.suffix == SUFFIX and _same_folder(previous.parent, folder):
            if meeting.minutes_owner in (None, owner) or owner is None:
                return previous
            stem = f"{stem}_{meeting.id}"  # another copy's file: one of this copy's own
    for number in count(1):
        candidate = folder / (f"{stem}{SUFFIX}" if number == 1 else f"{stem}-{number}{SUFFIX}")
        if not os.path.lexists(candidate):
            return candidate
    raise AssertionError("unreachable")  # pragma: no cover


def planned_path(
    place: Locations | Path, case: Case, meeting: Meeting, owner: str | None = None
) -> Path:
    """The file `save_minutes` writes for the meeting (see `minutes_path`)."""
    folder = place.minutes_dir if isinstance(place, Locations) else place
    t = Messages(meeting.lang)
    return minutes_path(folder, meeting, case.alias, t("minutes.file.fallback"), owner)


def save_minutes(
    place: Locations | Path,
    case: Case,
    meeting: Meeting,
    actions: Sequence[Action],
    meetings: Sequence[MeetingDate],
    owner: str | None = None,
) -> Path:
    """Write the meeting's minutes into the minutes folder and return the file.

    Sets `meeting.minutes_file`; the caller saves the meeting (autosave in the app,
    `Store.save_meeting` elsewhere) so that the next save finds the same file — or saves
    it first, with the name from `planned_path`, as `MeetingRecorder` does.
    Raises `WriteFailed` (disk full, read-only folder) with nothing half written.
    """
    text = write_minutes(case, meeting, actions, meetings)
    path = planned_path(place, case, meeting, owner)
    ensure_private_dir(path.parent)
    write_atomic(path, text.encode("utf-8"))
    meeting.minutes_file = str(path)
    meeting.minutes_owner = owner or meeting.minutes_owner
    return path
