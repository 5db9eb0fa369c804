"""The one recorder: every write of a meeting, its case and its minutes goes through here.

A chair never presses "save": every edit is on disk within a second, a running clock is
saved every few seconds so a crash loses little time, a failed write is tried again, and
closing the meeting and saving the minutes write what belongs together in the right
order. All of that is decided here, in one place, instead of in timers spread over the
screens:

* the session (`MeetingSession`) tells the recorder of every change; a change to the
  meeting makes a save due `AUTOSAVE_DELAY` seconds after the key behind it was typed (a
  burst of keys is one write), a change to the case (a course decision, a new family
  member) is written at once, since the meeting's autosave writes only the meeting's own
  file;
* `tick()` writes when a save is due, or when the step clock has run `CHECKPOINT_EVERY`
  seconds since the last write; the meeting screen calls it from its clock refresh (four
  times a second) and from a timer set for the moment a save falls due (`wake`);
* a write that fails is tried again after `RETRY_DELAY` seconds, except a damaged file,
  which the store never overwrites: trying again cannot help, so it is said once.

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

from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Protocol

from agenda.actions import Action
from agenda.case import Case
from agenda.clock import TimeSource, system_clock
from agenda.errors import FileProblem, VliegwielError
from agenda.figures import MeetingDate
from agenda.locations import Locations
from agenda.meeting import Meeting
from agenda.minutes import write_minutes
from agenda.minutes_file import planned_path, save_minutes
from agenda.session import Change, MeetingSession
from agenda.storage import Store

AUTOSAVE_DELAY = 0.5
"""Seconds after the first unsaved edit before it is written (well within a second)."""
RETRY_DELAY = 5.0
"""Seconds before a failed write (a full disk, say) is tried again."""
CHECKPOINT_EVERY = 10.0
"""While a clock runs, its reading is saved this often, so a crash loses little time."""

Reporter = Callable[[VliegwielError | None], None]
"""Told of each failed write (the problem) and of the first good one after (None)."""


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


def _ignore(_: VliegwielError | None) -> None:
    """No one to tell (the command line reads `problem` itself)."""


def _no_wake(_: float) -> None:
    """No timer to set: whoever drives the recorder calls `tick` often enough."""


def _untimed() -> float | None:
    return None


class MeetingRecorder:
    def __init__(
        self,
        store: Store,
        source: Recordable,
        minutes_dir: Locations | Path,
        clock: TimeSource = system_clock,
    ) -> None:
        self._store = store
        self.source = source
        self._minutes_dir = minutes_dir
        self._clock = clock
        self.report: Reporter = _ignore
        """Set by whoever shows the problems (the meeting screen's status line)."""
        self.wake: Callable[[float], object] = _no_wake
        """Set by whoever drives `tick`: asked to call it again that many seconds from
        now, when a save falls due (the meeting screen sets a timer)."""
        self.typed_at: Callable[[], float | None] = _untimed
        """When the key behind the change now being made was typed, on `clock`: a key
        can wait a few hundred milliseconds before it is handled, and the chair's second
        counts from the key (the app stamps each key)."""
        self.problem: VliegwielError | None = None
        """Why the last write failed; None once a write succeeds again."""
        self.due: float | None = None
        """When (on the injected clock) the next save is due; None: nothing waits."""
        self._saved_at = clock()
        self._case_unsaved = False
        self._closed = False
        if isinstance(source, MeetingSession):
            source.listen(self._changed)

    # -- when to write -------------------------------------------------------------------------

    def _changed(self, what: Change) -> None:
        if what is Change.CASE:
            self._case_unsaved = True
            self.save_now()
        else:
            self.edited()

    def edited(self) -> None:
        """Something changed: save it `AUTOSAVE_DELAY` seconds after the key behind it was
        typed (`typed_at`), or after now; a save waiting longer is brought forward, but a
        retry after a failed write keeps its own pace."""
        if self._closed:
            return
        now = self._clock()
        typed = self.typed_at()
        due = (now if typed is None else min(typed, now)) + AUTOSAVE_DELAY
        if self.due is not None and (self.problem is not None or due >= self.due):
            return
        self._save_at(due)

    def _save_at(self, due: float) -> None:
        self.due = due
        self.wake(max(0.0, due - self._clock()))

    def tick(self) -> None:
        """Write if a save is due, or if the running clock was not saved for a while."""
        if self._closed:
            return
        now = self._clock()
        if self.due is not None:
            if now >= self.due:
                self.save_now()
        elif self.source.step_clock_running and now - self._saved_at >= CHECKPOINT_EVERY:
            self.save_now()

    def write_waiting(self) -> None:
        """Write at once what waits for its half second (not a retry): before something
        slow (building a step view) that would keep the timer from running on time."""
        if self.due is not None and self.problem is None:
            self.save_now()

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

    def save_now(self) -> bool:
        """Write now; on failure keep everything in memory, say why and try again later."""
        self.due = None
        self._saved_at = self._clock()
        try:
            self.write()
        except FileProblem as problem:
            # A damaged file is never overwritten, so retrying cannot help: say it once;
            # everything typed stays on screen and in memory.
            self._failed(problem)
            return False
        except VliegwielError as problem:
            self._failed(problem)
            self._save_at(self._clock() + RETRY_DELAY)
            return False
        if self.problem is not None:
            self.problem = None
            self.report(None)
        return True

    def _failed(self, problem: VliegwielError) -> None:
        self.problem = problem
        self.report(problem)

    # -- minutes and closing ------------------------------------------------------------------

    def minutes_text(self) -> str:
        """The minutes as they stand now, as `save_minutes` would write them."""
        source = self.source
        return write_minutes(
            source.case, source.checkpoint(), source.actions(), source.meeting_dates()
        )

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
        """Write the minutes file, the same file on every save (see above). Raises
        `VliegwielError` when the meeting or the minutes cannot be written."""
        meeting = self.source.checkpoint()
        self._remember_minutes_file(meeting)
        return self._write_minutes(meeting)

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
        self._closed = True
        self.due = None
        return written[0]
