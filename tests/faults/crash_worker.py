"""The process the crash test kills: it autosaves a meeting, or closes one, until SIGKILL.

Starting Python and importing Vliegwiel takes a third of a second, too long to do
hundreds of times. So this script imports once and then forks a fresh worker for every
round; the test kills the worker, never this script. One line per message:

    test   -> script   "MODE DATA_DIR CASE_ID", MODE one of autosave, close, close-minutes,
                       erase
    worker -> test     "ready PID", then "ack N" after each save of counter N returned,
                       or "closed SECONDS" after the close (or the erase) returned

`close-minutes` closes the way the app does (`MeetingRecorder.close`: the minutes file
remembered, the case folded, the minutes written, the meeting closed), into the folder
`minutes` beside the data folder; `erase` erases the case. Both wait `DELAY` seconds
around every rename and every file erased, so that a kill at a random moment falls
between two steps as often as inside one (a real close takes a few milliseconds).
    script -> test     "reaped" once the worker is dead: every line it wrote came before

Every line is one `os.write` on a pipe, so a kill can cut off none of them halfway.
Run with `python -m tests.faults.crash_worker` from the repository root.
"""

from __future__ import annotations

import os
import random
import sys
import time
from collections.abc import Callable
from pathlib import Path

from agenda.figures import MeetingDate
from agenda.meeting import Meeting
from agenda.recorder import MeetingRecorder, StoredMeeting
from agenda.storage import Store, files
from agenda.storage import erase as erasing

FIELD = 1
"""The step record whose text carries the counter (the current-situation step)."""

FILLER = "Casus tekst é ü 🙂 ‮rtl‬ |#<script> "


def stamp(counter: int, length: int) -> str:
    """Text that starts with the counter; its length varies so that file sizes do too."""
    return f"{counter}|" + (FILLER * (length // len(FILLER) + 1))[:length]


def counter_of(meeting: Meeting) -> int:
    head, _, _ = meeting.records[FIELD].text.partition("|")
    return int(head) if head.isdigit() else 0


def say(line: str) -> None:
    os.write(sys.stdout.fileno(), f"{line}\n".encode())


def _orphaned(parent: int) -> bool:
    # Should the test die, no worker may go on writing in the background.
    return os.getppid() != parent


def autosave(store: Store, case_id: str, parent: int) -> None:
    meeting = store.open_meeting(case_id)
    if meeting is None:
        raise LookupError("no open meeting")
    counter = counter_of(meeting)
    rng = random.Random(os.getpid())
    say(f"ready {os.getpid()}")
    while not _orphaned(parent):
        counter += 1
        meeting.records[FIELD].text = stamp(counter, rng.randrange(8_000))
        store.save_meeting(meeting)
        say(f"ack {counter}")


def close(store: Store, case_id: str, parent: int) -> None:
    case = store.load_case(case_id)
    meeting = store.open_meeting(case_id)
    if meeting is None:
        raise LookupError("no open meeting")
    say(f"ready {os.getpid()}")
    began = time.perf_counter()
    store.close_meeting(case, meeting)
    finish(began, parent)


DELAY = 0.004
"""Seconds waited before and after each rename and each file erased (see above)."""


def slowed(function: Callable[..., object]) -> Callable[..., object]:
    def slow(*args: object) -> object:
        time.sleep(DELAY)
        done = function(*args)
        time.sleep(DELAY)
        return done

    return slow


def close_with_minutes(store: Store, case_id: str, parent: int) -> None:
    files._replace = slowed(files._replace)  # type: ignore[assignment]
    case = store.load_case(case_id)
    meeting = store.open_meeting(case_id)
    if meeting is None:
        raise LookupError("no open meeting")
    dates = [MeetingDate(ref.id, ref.on) for ref in store.list_meetings(case_id)]
    stored = StoredMeeting(case, meeting, store.load_actions(case_id), dates)
    recorder = MeetingRecorder(store, stored, store.data_dir.parent / "minutes")
    say(f"ready {os.getpid()}")
    began = time.perf_counter()
    if recorder.close() is None:
        raise RuntimeError("the close was refused")
    finish(began, parent)


def erase(store: Store, case_id: str, parent: int) -> None:
    files._replace = slowed(files._replace)  # type: ignore[assignment]
    erasing._remove = slowed(erasing._remove)  # type: ignore[assignment]
    say(f"ready {os.getpid()}")
    began = time.perf_counter()
    store.erase_case(case_id)
    finish(began, parent)


def finish(began: float, parent: int) -> None:
    say(f"closed {time.perf_counter() - began:.6f}")
    deadline = time.monotonic() + 10
    while time.monotonic() < deadline and not _orphaned(parent):
        time.sleep(0.01)  # waiting for the kill


MODES = {"autosave": autosave, "close": close, "close-minutes": close_with_minutes, "erase": erase}


def work(mode: str, data_dir: Path, case_id: str, parent: int) -> None:
    try:
        with Store(data_dir) as store:
            MODES[mode](store, case_id, parent)
    except BaseException as error:
        say(f"error {type(error).__name__} {error}")
        os._exit(1)
    os._exit(0)


def main() -> None:
    for line in sys.stdin:
        mode, data_dir, case_id = line.split()
        pid = os.fork()
        if pid == 0:
            work(mode, Path(data_dir), case_id, os.getppid())
        os.waitpid(pid, 0)
        say("reaped")


if __name__ == "__main__":
    main()
