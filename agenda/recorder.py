"""The one recorder: every write of a meeting, its case and its minutes goes through here.

A chair never presses "save": every edit is on disk within a second, a running clock is
saved every few seconds so a crash loses little time, a failed write is tried again, and
closing the meeting and saving the minutes write what belongs together in the right
order. All of that is decided here and in `agenda.autosave` (when to write, shared with
the case screen), instead of in timers spread over the screens:

* the session (`MeetingSession`) tells the recorder of every change; a change to the
  meeting makes a save due `AUTOSAVE_DELAY` seconds after the key behind it was typed (a
  burst of keys is one write), a change to the case (a course decision, a new family
  member) is written at once, since the meeting's autosave writes only the meeting's own
  file;
* `tick()` writes when a save is due, or when the step clock has run `CHECKPOINT_EVERY`
  seconds since the last write; the meeting screen calls it from its clock refresh (four
  times a second) and from a timer set for the moment a save falls due (`wake`);
* a failed write is tried again (see `agenda.autosave`).

Closing is one recoverable transaction, so that a meeting has exactly one minutes file
however a close is cut off (a kill, a flat battery): the meeting first remembers, on disk,
the minutes file it is about to write (`_remember_minutes_file`; a close or a save that
is resumed writes that same file); then the actions and the folded case are written while
the meeting is still open, then the final minutes, then the meeting closed. A save of the
minutes (ctrl+s, `vliegwiel export`) remembers its file the same way: where the meeting
cannot be saved, no minutes file is written at all (before, every failed try wrote one).

Time comes from the injected monotonic clock, and nothing here imports Textual: a test
runs the recorder headless with a `ManualClock`. The path from a key to the disk is
`session method → _changed → edited → tick → save_now → Store.save_meeting → write_atomic`.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Protocol

from agenda.actions import Action
from agenda.autosave import Autosave
from agenda.case import Case
from agenda.clock import TimeSource, system_clock
from agenda.document import Document
from agenda.errors import VliegwielError
from agenda.figures import MeetingDate
from agenda.forms import Form, render
from agenda.locations import Locations
from agenda.meeting import Meeting
from agenda.minutes import minutes_document
from agenda.minutes_file import planned_path, save_minutes
from agenda.session import Change, MeetingSession
from agenda.storage import Store

CHECKPOINT_EVERY = 10.0
"""While a clock runs, its reading is saved this often, so a crash loses little time."""


class Recordable(Protocol):
    """What the recorder writes: a running session, or a meeting read back from disk."""

    @property
    def case(self) -> Case: ...

    @property
    def step_clock_running(self) -> bool: ...

    def checkpoint(self) -> Meeting: ...

    def actions(self) -> list[Action]: ...

    def meeting_dates(self) -> list[MeetingDate]: ...


@dataclass
class StoredMeeting:
    """A meeting as stored, for writing its minutes outside the app (`vliegwiel export`)."""

    case: Case
    meeting: Meeting
    case_actions: list[Action]
    dates: list[MeetingDate] = field(default_factory=list)
    step_clock_running: bool = False

    def checkpoint(self) -> Meeting:
        return self.meeting

    def actions(self) -> list[Action]:
        return self.case_actions

    def meeting_dates(self) -> list[MeetingDate]:
        return self.dates


class MeetingRecorder(Autosave):
    def __init__(
        self,
        store: Store,
        source: Recordable,
        minutes_dir: Locations | Path,
        clock: TimeSource = system_clock,
    ) -> None:
        super().__init__(clock)
        self._store = store
        self.source = source
        self._minutes_dir = minutes_dir
        self._case_unsaved = False
        if isinstance(source, MeetingSession):
            source.listen(self._changed)

    # -- when to write -------------------------------------------------------------------------

    def _changed(self, what: Change) -> None:
        if what is Change.CASE:
            self._case_unsaved = True
            self.save_now()
        else:
            self.edited()

    def _checkpoint_due(self, now: float) -> bool:
        return self.source.step_clock_running and now - self._saved_at >= CHECKPOINT_EVERY

    # -- writing ------------------------------------------------------------------------------

    def begin(self) -> None:
        """Store a new meeting and mark it as the case's unfinished one (raises)."""
        self._store.begin_meeting(self.source.case, self.source.checkpoint())
        self._saved_at = self._clock()

    def write(self) -> None:
        """Write the meeting now, and the case if it changed; raises `VliegwielError`."""
        self._store.save_meeting(self.source.checkpoint())
        if self._case_unsaved:
            self._store.save_case(self.source.case)
            self._case_unsaved = False

    # -- minutes and closing ------------------------------------------------------------------

    def minutes_document(self) -> Document:
        """The minutes as they stand now, before a form is chosen (the preview shows one
        and copies the others)."""
        source = self.source
        return minutes_document(
            source.case, source.checkpoint(), source.actions(), source.meeting_dates()
        )

    def minutes_text(self, form: Form = Form.MARKDOWN) -> str:
        """The minutes as they stand now, as `save_minutes` would write them in `form`."""
        return render(self.minutes_document(), form)

    @property
    def _owner(self) -> str:
        """This data folder, as the meeting remembers who chose its minutes file."""
        return str(self._store.data_dir.resolve())

    def _remember_minutes_file(self, meeting: Meeting) -> None:
        """Before a minutes file is written for the first time, the meeting remembers its
        name, on disk; raises `VliegwielError` (and forgets it again) when it cannot."""
        path = planned_path(self._minutes_dir, self.source.case, meeting, self._owner)
        if meeting.minutes_file == str(path):
            return
        before = meeting.minutes_file, meeting.minutes_owner
        meeting.minutes_file, meeting.minutes_owner = str(path), self._owner
        try:
            self.write()
        except VliegwielError:
            meeting.minutes_file, meeting.minutes_owner = before
            raise

    def _write_minutes(self, meeting: Meeting) -> Path:
        source = self.source
        return save_minutes(
            self._minutes_dir,
            source.case,
            meeting,
            source.actions(),
            source.meeting_dates(),
            self._owner,
        )

    def save_minutes(self) -> Path:
        """Write the minutes file, the same file on every save (see above), then the
        meeting as the minutes show it (made final, say). Raises `VliegwielError` when the
        minutes cannot be written; a failure of the meeting's own write after them is
        handled like any autosave (said, and tried again)."""
        meeting = self.source.checkpoint()
        self._remember_minutes_file(meeting)
        path = self._write_minutes(meeting)
        self.save_now()
        return path

    def close(self) -> Path | None:
        """Save, fold the meeting into the case, write its final minutes and mark it
        closed, in that order (see above); the minutes file, or None (and the reason
        reported) when that cannot be done, and the meeting stays open."""
        if not self.save_now():
            return None
        meeting = self.source.checkpoint()
        written: list[Path] = []
        try:
            self._remember_minutes_file(meeting)
            self._store.close_meeting(
                self.source.case,
                meeting,
                before_closed=lambda closed: written.append(self._write_minutes(closed)),
            )
        except VliegwielError as problem:
            self._failed(problem)
            return None
        self.stop()
        return written[0]
