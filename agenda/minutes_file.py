"""Where a meeting's minutes go: one set of files per meeting in the minutes folder.

The name is `YYYY-MM-DD_<alias slug>.md`, so that the chair finds a case's minutes in
date order. The file chosen the first time is kept in `Meeting.minutes_file` and used
again on every later save (ctrl+s, closing, correcting, `vliegwiel export`), so one
meeting has one file, even when the alias changes later. A new meeting never takes a
name that is already there: it gets `-2`, `-3`, … instead, so two meetings never share
a file. The meeting also keeps which data folder chose the file
(`Meeting.minutes_owner`): a copy of the data folder (a backup copied back, a second
laptop) resuming the same meeting writes `YYYY-MM-DD_<alias slug>_<meeting id>.md`
instead of overwriting the other's file.

Beside the Markdown, with the same name, every save writes what the team reads (see
README, "The minutes"): the same minutes as `.txt` (the body of a mail) and `.html` (a
page that mail clients show, and paste, with its tables); the next meeting as `.ics`
when it is known; and the note for the parents (`.ouders.txt`) when the team agreed
what to share. A companion with nothing to say is removed, so an emptied note for the
parents never lingers on the laptop.

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
from agenda.calendar_file import next_meeting_event
from agenda.case import Case
from agenda.figures import MeetingDate
from agenda.forms import Form, render
from agenda.i18n import Messages
from agenda.locations import Locations
from agenda.meeting import Meeting
from agenda.minutes import minutes_document
from agenda.parents_note import parents_note
from agenda.storage.files import ensure_private_dir, sync_folder, write_atomic, write_failed

MAX_SLUG = 40
SUFFIX = Form.MARKDOWN.suffix
CALENDAR_SUFFIX = ".ics"

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


def companions(path: Path, t: Messages) -> list[Path]:
    """Every file written beside the Markdown minutes `path` (whether there or not)."""
    forms = [path.with_suffix(form.suffix) for form in Form if form is not Form.MARKDOWN]
    return [*forms, path.with_suffix(CALENDAR_SUFFIX), parents_path(path, t)]


def parents_path(path: Path, t: Messages) -> Path:
    """`2026-11-21_casus-x.ouders.txt` beside `2026-11-21_casus-x.md`."""
    return path.with_suffix(f".{t('minutes.file.parents')}{Form.TEXT.suffix}")


def written_files(meeting: Meeting) -> list[Path]:
    """The meeting's minutes and their companions that exist now (what erasing a case
    leaves behind, outside the data folder)."""
    if not meeting.minutes_file:
        return []
    path = Path(meeting.minutes_file)
    every = [path, *companions(path, Messages(meeting.lang))]
    return [p for p in every if p.exists()]


def minutes_path(
    folder: Path, meeting: Meeting, alias: str, t: Messages, owner: str | None = None
) -> Path:
    """The meeting's minutes file in `folder`: the one it had, or a new free name (free
    for the minutes and every companion).

    `owner`: the data folder asking; a file another data folder chose is not taken over.
    """
    folder = folder.resolve()
    stem = f"{meeting.date_key}_{alias_slug(alias, t('minutes.file.fallback'))}"
    if meeting.minutes_file:
        previous = Path(meeting.minutes_file)
        if previous.suffix == SUFFIX and _same_folder(previous.parent, folder):
            if meeting.minutes_owner in (None, owner) or owner is None:
                return previous
            stem = f"{stem}_{meeting.id}"  # another copy's file: one of this copy's own
    for number in count(1):
        candidate = folder / (f"{stem}{SUFFIX}" if number == 1 else f"{stem}-{number}{SUFFIX}")
        if not any(os.path.lexists(p) for p in (candidate, *companions(candidate, t))):
            return candidate
    raise AssertionError("unreachable")  # pragma: no cover


def planned_path(
    place: Locations | Path, case: Case, meeting: Meeting, owner: str | None = None
) -> Path:
    """The file `save_minutes` writes for the meeting (see `minutes_path`)."""
    folder = place.minutes_dir if isinstance(place, Locations) else place
    return minutes_path(folder, meeting, case.alias, Messages(meeting.lang), owner)


def save_minutes(
    place: Locations | Path,
    case: Case,
    meeting: Meeting,
    actions: Sequence[Action],
    meetings: Sequence[MeetingDate],
    owner: str | None = None,
) -> Path:
    """Write the meeting's minutes, in every form, and their companions into the minutes
    folder; return the Markdown file.

    Sets `meeting.minutes_file`; the caller saves the meeting (autosave in the app,
    `Store.save_meeting` elsewhere) so that the next save finds the same file — or saves
    it first, with the name from `planned_path`, as `MeetingRecorder` does.
    Raises `WriteFailed` (disk full, read-only folder) with no file half written.
    """
    document = minutes_document(case, meeting, actions, meetings)
    path = planned_path(place, case, meeting, owner)
    ensure_private_dir(path.parent)
    t = Messages(meeting.lang)
    contents: dict[Path, str | None] = {
        path.with_suffix(form.suffix): render(document, form) for form in Form
    }
    contents[path.with_suffix(CALENDAR_SUFFIX)] = next_meeting_event(
        meeting, case.alias, case.meeting_minutes
    )
    contents[parents_path(path, t)] = parents_note(meeting)
    for target, text in contents.items():
        if text is not None:
            write_atomic(target, text.encode("utf-8"), sync_folder=False)
        else:
            _remove(target)
    sync_folder(path.parent)
    meeting.minutes_file = str(path)
    meeting.minutes_owner = owner or meeting.minutes_owner
    return path


def _remove(path: Path) -> None:
    """A companion with nothing to say any more (the note for the parents emptied)."""
    try:
        path.unlink(missing_ok=True)
    except OSError as error:
        raise write_failed(path, error) from None
