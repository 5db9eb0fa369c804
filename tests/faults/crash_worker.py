"""The process the crash test kills: it autosaves a meeting, or closes one, until SIGKILL.

Starting Python and importing Vliegwiel takes a third of a second, too long to do
hundreds of times. So this script imports once and then forks a fresh worker for every
round; the test kills the worker, never this script. One line per message:

    test   -> script   "autosave DATA_DIR CASE_ID"  or  "close DATA_DIR CASE_ID"
    worker -> test     "ready PID", then "ack N" after each save of counter N returned,
                       or "closed SECONDS" after `close_meeting` returned
    script -> test     "reaped" once the worker is dead: every line it wrote came before

Every line is one `os.write` on a pipe, so a kill can cut off none of them halfway.
Run with `python -m tests.faults.crash_worker` from the repository root.
"""

from __future__ import annotations

import os
import random
import sys
import time
from pathlib import Path

from agenda.meeting import Meeting
from agenda.storage import Store

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
    say(f"closed {time.perf_counter() - began:.6f}")
    deadline = time.monotonic() + 10
    while time.monotonic() < deadline and not _orphaned(parent):
        time.sleep(0.01)  # waiting for the kill


def work(mode: str, data_dir: Path, case_id: str, parent: int) -> None:
    try:
        with Store(data_dir) as store:
            (autosave if mode == "autosave" else close)(store, case_id, parent)
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
