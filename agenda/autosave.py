"""When to write: every edit on disk within a second, a failed write tried again.

The one timing of every save the chair never asks for, shared by the meeting
(`MeetingRecorder`) and the case screen (`CaseRecorder`), so that both keep the same
promise the same way:

* an edit makes a save due `AUTOSAVE_DELAY` seconds after the key behind it was typed
  (`typed_at`; a burst of keys is one write);
* `tick()` writes when a save is due (the screen calls it from the timer it sets when
  asked through `wake`, and the meeting also from its clock refresh);
* a write that fails is tried again after `RETRY_DELAY` seconds, except a damaged file,
  which the store never overwrites, and a lost lock (`LockLost`): trying again cannot
  help, so it is said once.

Time comes from the injected monotonic clock, and nothing here imports Textual: a test
runs it headless with a `ManualClock`. Subclasses say what `write` writes.
"""

from __future__ import annotations

from collections.abc import Callable

from agenda.clock import TimeSource, system_clock
from agenda.errors import FileProblem, LockLost, VliegwielError

AUTOSAVE_DELAY = 0.5
"""Seconds after the first unsaved edit before it is written (well within a second)."""
RETRY_DELAY = 5.0
"""Seconds before a failed write (a full disk, say) is tried again."""

Reporter = Callable[[VliegwielError | None], None]
"""Told of each failed write (the problem) and of the first good one after (None)."""


def _ignore(_: VliegwielError | None) -> None:
    """No one to tell (the command line reads `problem` itself)."""


def _no_wake(_: float) -> None:
    """No timer to set: whoever drives the recorder calls `tick` often enough."""


def _untimed() -> float | None:
    return None


class Autosave:
    def __init__(self, clock: TimeSource = system_clock) -> None:
        self._clock = clock
        self.report: Reporter = _ignore
        """Set by whoever shows the problems (the screen's status line)."""
        self.wake: Callable[[float], object] = _no_wake
        """Set by whoever drives `tick`: asked to call it again that many seconds from
        now, when a save falls due (the screen sets a timer)."""
        self.typed_at: Callable[[], float | None] = _untimed
        """When the key behind the change now being made was typed, on `clock`: a key
        can wait a few hundred milliseconds before it is handled, and the chair's second
        counts from the key (the app stamps each key)."""
        self.problem: VliegwielError | None = None
        """Why the last write failed; None once a write succeeds again."""
        self.due: float | None = None
        """When (on the injected clock) the next save is due; None: nothing waits."""
        self._saved_at = clock()
        self._closed = False

    def write(self) -> None:
        """Write what changed; raises `VliegwielError` when it cannot."""
        raise NotImplementedError

    def _checkpoint_due(self, now: float) -> bool:
        """Whether to write although no edit waits (a running clock, for the meeting)."""
        return False

    # -- when to write -------------------------------------------------------------------------

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
        """Write if a save is due (or a checkpoint, see `_checkpoint_due`)."""
        if self._closed:
            return
        now = self._clock()
        if self.due is not None:
            if now >= self.due:
                self.save_now()
        elif self._checkpoint_due(now):
            self.save_now()

    def write_waiting(self) -> None:
        """Write at once what waits for its half second (not a retry): before something
        slow (building a step view) that would keep the timer from running on time."""
        if self.due is not None and self.problem is None:
            self.save_now()

    # -- writing ------------------------------------------------------------------------------

    def save_now(self) -> bool:
        """Write now; on failure keep everything in memory, say why and try again later."""
        self.due = None
        self._saved_at = self._clock()
        try:
            self.write()
        except (FileProblem, LockLost) as problem:
            # A damaged file is never overwritten, and a lost lock is not won back, so
            # retrying cannot help: say it once; everything typed stays on screen.
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

    def stop(self) -> None:
        """Write no more (the meeting is closed, the screen left)."""
        self._closed = True
        self.due = None
