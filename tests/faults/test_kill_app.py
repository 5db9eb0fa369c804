"""The installed app, killed with SIGKILL in a real terminal at random moments of a meeting.

The storage-level crash test (`test_crash.py`) kills a process that only saves. This one
kills `vliegwiel` itself, as a flat battery or a closed laptop lid would, while the chair
works: typing in a step, right after F8 (the step change and its save), at check-out
(typing the round, the minutes preview, the close), and while editing the case. Every
kill is followed by a fresh start of the same installed app in a fresh terminal, which
must offer the meeting again and show what was typed up to the last second.

What "up to the last second" means is measured, not assumed: every character is sent to
the terminal with its time, and after the kill the meeting file must hold exactly a
prefix of what was typed, missing nothing that was sent more than `PROMISE` seconds
before the kill (the README: "everything typed is saved within a second"). The screen
after the restart must show the same text. No temporary file may be left in the data
folder once the app has started again, and every file must still be whole JSON.

The case screen saves within a second too (`CaseRecorder`): typed into the alias, a kill
there must leave the case file with the alias plus exactly a prefix of what was typed,
missing nothing typed more than `PROMISE` seconds before the kill, and the meeting still
offered.

The rounds come in a random order, each killed after a random time; the seed is printed
with the figures, and `KILL_TEST_SEED=<seed>` repeats its order and the times chosen.
"""

from __future__ import annotations

import contextlib
import json
import os
import random
import re
import signal
import string
import sys
import time
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field
from functools import partial
from pathlib import Path
from typing import Any

import pytest

from tests.faults.conftest import Figures
from tests.faults.test_bad_input import assert_names_hold_no_typed_text
from tests.install import DEMO_ALIAS
from tests.test_terminal_walk import installed_command
from tests.tmux import Terminal

pytestmark = [
    pytest.mark.faults,
    pytest.mark.slow,
    pytest.mark.skipif(sys.platform != "linux", reason="kills processes, reads /proc (Linux)"),
]

REPO = Path(__file__).resolve().parents[2]
ROUNDS = ["typing"] * 10 + ["after F8"] * 10 + ["case edit"] * 6
"""Shuffled; then `CHECK_OUTS` rounds at check-out, which may end the meeting."""
CHECK_OUTS = 6
PROMISE = 1.0
"""Seconds: what was typed longer ago than this before a kill must be on disk."""
LETTERS = string.ascii_lowercase + "éü"
SITUATION, CHECK_OUT = 1, 6
"""The steps typed in: the current situation (a text), the check-out (a round)."""
OFFERED = "onderbroken overleg"
"""The start screen's mark of an unfinished meeting, offered for resumption."""


@dataclass
class Typed:
    """What was sent to one field in one round, and when each character was sent."""

    text: str = ""
    sent: list[float] = field(default_factory=list)

    def send(self, term: Terminal, chunk: str) -> None:
        if chunk == "\n":
            term.press("enter")
        else:
            term.type(chunk)
        now = time.monotonic()
        self.text += chunk
        self.sent += [now] * len(chunk)


@dataclass
class Tally:
    kills: Counter[str] = field(default_factory=Counter)
    typed: Counter[str] = field(default_factory=Counter)
    kept: Counter[str] = field(default_factory=Counter)
    max_loss: dict[str, float] = field(default_factory=dict)
    """Seconds between the kill and the first character typed in the meeting that was lost,
    the most of any kill, per moment."""
    temps_found: int = 0
    """Temporary files in the data folder right after a kill (the next start removes them)."""
    temps_left: int = 0
    minutes_temps: int = 0
    """Temporary files in the minutes folder right after a kill (the next start too)."""
    check_outs: Counter[str] = field(default_factory=Counter)


# -- the app and its files -------------------------------------------------------------


class App:
    """The installed `vliegwiel` on one data folder, started afresh after every kill."""

    def __init__(self, root: Path) -> None:
        self.data = root / "data"
        self.minutes = root / "minutes"
        self.term: Terminal | None = None
        self.pid = 0

    def start(self, demo: bool = False) -> Terminal:
        command = [*installed_command(), "--data-dir", self.data, *(["--demo"] if demo else [])]
        env = {"VLIEGWIEL_MINUTES_DIR": str(self.minutes), "VLIEGWIEL_LANG": ""}
        self.term = Terminal(command, size=(120, 40), env=env, cwd=REPO)
        self.term.start()
        # The pane's process is the app itself (tmux starts a lone command directly).
        shown = self.term.tmux("display-message", "-p", "-t", "main", "#{pane_pid}")
        self.pid = int(shown.stdout)
        self.term.wait_for(DEMO_ALIAS, timeout=60)
        return self.term

    def kill(self) -> float:
        """SIGKILL the app now; returns when it is gone, with the moment of the kill."""
        assert self.term is not None
        killed = time.monotonic()
        try:
            os.kill(self.pid, signal.SIGKILL)
        except ProcessLookupError:
            raise AssertionError(f"the app had ended by itself:\n{self.term.history()}") from None
        deadline = killed + 10
        while _alive(self.pid):
            assert time.monotonic() < deadline, "the app outlived SIGKILL"
            time.sleep(0.01)
        self.term.kill()
        self.term = None
        return killed

    def meetings(self) -> list[dict[str, Any]]:
        found = []
        for path in sorted(self.data.glob("cases/*/meetings/*.json")):
            (document,) = json.loads(path.read_text(encoding="utf-8"))["meeting"].values()
            found.append(document)
        return found

    def open_meeting(self) -> dict[str, Any] | None:
        unfinished = [m for m in self.meetings() if m["status"] == "open"]
        assert len(unfinished) <= 1, unfinished
        return unfinished[0] if unfinished else None

    def meeting(self, meeting_id: str) -> dict[str, Any]:
        return next(m for m in self.meetings() if m["id"] == meeting_id)

    def alias(self) -> str:
        tables = json.loads((self.data / "cases" / "demo" / "case.json").read_bytes())
        (case,) = tables["case"].values()
        return str(case["alias"])

    def temps(self) -> list[Path]:
        return [*self.data.rglob(".*.tmp"), *self.minutes.glob(".*.tmp")]


def _alive(pid: int) -> bool:
    try:
        stat = Path(f"/proc/{pid}/stat").read_text()
    except (FileNotFoundError, ProcessLookupError):  # gone, or reaped while being read
        return False
    return stat.rsplit(")", 1)[1].split()[0] != "Z"


def situation(meeting: dict[str, Any]) -> str:
    return str(meeting["records"][SITUATION]["text"])


def check_out_answer(meeting: dict[str, Any]) -> str:
    return str(meeting["records"][CHECK_OUT]["round"][0]["answers"][0])


# -- typing ------------------------------------------------------------------------------


def type_until(term: Terminal, typed: Typed, rng: random.Random, until: float) -> None:
    """Type like a quick person (1-2 characters every 60-150 ms, about 14 a second) until
    `until`."""
    while time.monotonic() < until:
        chunk = "".join(rng.choice(LETTERS) for _ in range(rng.randint(1, 2)))
        typed.send(term, chunk)
        time.sleep(min(rng.uniform(0.06, 0.15), max(0.0, until - time.monotonic())))


def new_line(term: Terminal, typed: Typed, number: int) -> None:
    """Each round writes a line of its own (so the screen shows it whole) after a newline."""
    typed.send(term, "\n")
    typed.send(term, f"r{number:02d} ")


def kept_part(before: str, typed: Typed, now: str, killed: float, tally: Tally, what: str) -> str:
    """Check that the field holds `before` plus a prefix of what was typed, and that
    nothing typed longer than `PROMISE` ago was lost; count it all. Returns the prefix."""
    assert now.startswith(before), f"{what}: text from before this round changed"
    kept = now[len(before) :]
    assert typed.text.startswith(kept), f"{what}: {kept!r} is not what was typed"
    tally.typed[what] += len(typed.text)
    tally.kept[what] += len(kept)
    if len(kept) < len(typed.text):
        loss = killed - typed.sent[len(kept)]
        tally.max_loss[what] = max(tally.max_loss.get(what, 0.0), loss)
        assert loss <= PROMISE, f"{what}: lost what was typed {loss:.2f} s before the kill"
    return kept


def assert_whole(app: App) -> None:
    """Every file whole (also those the app did not touch), every name free of typed text."""
    for path in app.data.rglob("*.json"):
        json.loads(path.read_bytes())
    assert_names_hold_no_typed_text(app.data, "")


# -- the rounds ---------------------------------------------------------------------------


@dataclass(frozen=True)
class OnScreen:
    """What the next start must show once the meeting is resumed: at `step`, `texts`."""

    step: int
    texts: tuple[str, ...]


def start(app: App, tally: Tally, demo: bool = False) -> Terminal:
    """Start the app after a kill: it must have swept every temporary file by its first
    screen, in the data folder and in the minutes folder."""
    term = app.start(demo)
    left = app.temps()
    tally.temps_left += len(left)
    assert left == [], "the start left temporary files"
    return term


def resume(app: App, tally: Tally, expected: OnScreen | None) -> tuple[Terminal, int]:
    """Start the app, see the meeting offered, resume it, and find on screen what the last
    kill kept: the terminal, and the step it shows."""
    term = start(app, tally)
    term.wait_for(OFFERED)
    term.press("enter")
    shown = term.wait_for("hervatten")  # a whole word, wherever the sentence wraps
    # The alias grows with every case-edit round, so the sentence may wrap anywhere: read
    # it without the dialog's frame and line ends.
    words = " ".join(re.sub(r"[^\w\s:]", " ", shown).split())
    found = re.search(r"hervatten bij stap (\d+)", words)
    assert found is not None, shown
    step = int(found[1])
    term.press("enter")
    term.wait_for(f"Stap {step}/7")
    if expected is not None:
        step = go_to(term, step, expected.step)
        for text in expected.texts:
            term.wait_for(text, timeout=10)
    return term, step


def go_to(term: Terminal, step: int, wanted: int) -> int:
    """F8 or F7 from `step` to `wanted` (steps counted from 1, as the screen does)."""
    while step != wanted:
        forward = step < wanted
        term.press("f8" if forward else "f7")
        step += 1 if forward else -1
        term.wait_for(f"Stap {step}/7")
    return step


def situation_on_screen(text: str) -> OnScreen:
    """The situation's last lines: the step opens with its cursor after them."""
    return OnScreen(SITUATION + 1, tuple([line for line in text.splitlines() if line][-3:]))


def situation_round(
    app: App,
    rng: random.Random,
    tally: Tally,
    number: int,
    expected: OnScreen | None,
    *,
    after_f8: bool,
) -> OnScreen | None:
    """A line typed in the current situation, killed after a random time: typing in the
    open step, or from the check-in right after F8 (typed at once: the step is opening)."""
    term, step = resume(app, tally, expected)
    go_to(term, step, SITUATION if after_f8 else SITUATION + 1)
    before = situation(_open(app))
    typed = Typed()
    began = time.monotonic()
    if after_f8:
        term.press("f8")
    new_line(term, typed, number)
    type_until(term, typed, rng, began + rng.uniform(*((0.0, 1.5) if after_f8 else (0.2, 3.0))))
    killed = app.kill()
    now = situation(_open(app))
    kept_part(before, typed, now, killed, tally, "after F8" if after_f8 else "typing")
    return situation_on_screen(now)


def case_edit_round(
    app: App, rng: random.Random, tally: Tally, number: int, expected: OnScreen | None
) -> OnScreen | None:
    term = start(app, tally)
    term.wait_for(OFFERED)
    before = app.alias()
    term.press("e")
    term.wait_for("Casus bewerken")
    term.tmux("send-keys", "-t", "main", "End")  # after the alias, not over it
    typed = Typed()
    began = time.monotonic()
    type_until(term, typed, rng, began + rng.uniform(0.2, 2.0))
    killed = app.kill()
    kept_part(before, typed, app.alias(), killed, tally, "case edit")
    assert app.open_meeting() is not None
    return expected  # the meeting is untouched: the last meeting round's text is still due


def check_out_round(
    app: App, rng: random.Random, tally: Tally, number: int, expected: OnScreen | None
) -> OnScreen | None:
    """Type a check-out answer, then end the meeting (preview, Enter); killed anywhere."""
    if app.open_meeting() is None:  # the last round closed it: a new meeting
        term = start(app, tally)
        assert OFFERED not in term.screen()
        term.press("enter")
        term.wait_for("Iedereen staat aanwezig")  # the attendance; its title wraps with the alias
        term.press("enter")
        term.wait_for("Stap 1/7")
        step = 1
    else:
        term, step = resume(app, tally, expected)
    go_to(term, step, CHECK_OUT + 1)
    meeting = _open(app)
    before = check_out_answer(meeting)
    typed = Typed()
    began = time.monotonic()
    kill_at = began + rng.uniform(0.3, 4.0)
    type_until(term, typed, rng, min(kill_at, began + rng.uniform(0.2, 1.2)))
    for keys in (["BTab"], ["Enter"], ["Enter"]):  # to the button, the preview, save and close
        if time.monotonic() >= kill_at:
            break
        term.tmux("send-keys", "-t", "main", *keys)
        time.sleep(min(0.4, max(0.0, kill_at - time.monotonic())))
    time.sleep(max(0.0, kill_at - time.monotonic()))
    killed = app.kill()
    after = app.meeting(meeting["id"])
    answer = check_out_answer(after)
    kept_part(before, typed, answer, killed, tally, "check-out")
    if after["status"] == "closed":
        tally.check_outs["closed"] += 1
        minutes = Path(after["minutes_file"]).read_text(encoding="utf-8")
        assert answer in minutes
        return None
    tally.check_outs["left open"] += 1
    # The answer field shows the end of a long answer (its cursor is after it).
    return OnScreen(CHECK_OUT + 1, (answer[-12:],) if answer else ())


def _open(app: App) -> dict[str, Any]:
    meeting = app.open_meeting()
    assert meeting is not None, "the meeting is no longer unfinished"
    return meeting


Round = Callable[[App, random.Random, Tally, int, OnScreen | None], OnScreen | None]
"""A moment: it resumes (checking what the last kill kept), acts, kills, checks the files,
and says what the next start must show."""
ROUND: dict[str, Round] = {
    "typing": partial(situation_round, after_f8=False),
    "after F8": partial(situation_round, after_f8=True),
    "case edit": case_edit_round,
    "check-out": check_out_round,
}


def test_the_app_killed_at_random_moments_offers_the_meeting_with_what_was_typed(
    tmp_path: Path, figures: Figures
) -> None:
    seed = int(os.environ.get("KILL_TEST_SEED") or random.randrange(1_000_000))
    rng = random.Random(seed)
    figures.record("random seed (to repeat a run)", seed)
    app = App(tmp_path)
    tally = Tally()
    began = time.monotonic()

    term = start(app, tally, demo=True)  # the demo case; a meeting, at the situation step
    term.press("enter")
    term.wait_for("Iedereen staat aanwezig")  # the attendance; its title wraps with the alias
    term.press("enter")
    term.press("f8")
    term.wait_for("Stap 2/7")
    deadline = time.monotonic() + 10
    while (meeting := app.open_meeting()) is None or meeting["current"] != SITUATION:
        assert time.monotonic() < deadline, "the step change was never saved"
        time.sleep(0.05)
    app.kill()

    rounds = rng.sample(ROUNDS, len(ROUNDS)) + ["check-out"] * CHECK_OUTS
    expected: OnScreen | None = situation_on_screen(situation(_open(app)))
    try:
        for number, moment in enumerate(rounds, start=1):
            expected = ROUND[moment](app, rng, tally, number, expected)
            tally.kills[moment] += 1
            tally.temps_found += len(list(app.data.rglob(".*.tmp")))
            tally.minutes_temps += len(list(app.minutes.glob(".*.tmp")))
            assert_whole(app)

        # The last kill, too, is followed by a start that offers the meeting with what was
        # typed (or lists it closed) and leaves no temporary file.
        if app.open_meeting() is not None:
            term, _ = resume(app, tally, expected)
        else:
            term = start(app, tally)
            assert OFFERED not in term.screen()
        term.press("ctrl+q")
        assert term.wait_for_exit() == 0
    finally:
        if app.term is not None:
            with contextlib.suppress(Exception):
                app.term.kill()

    for moment, count in tally.kills.items():
        figures.record(f"kills {moment}", count)
    figures.record("kills in all", sum(tally.kills.values()), "≥ 30")
    for what in tally.typed:
        figures.record(
            f"characters typed / kept, {what}", f"{tally.typed[what]} / {tally.kept[what]}"
        )
    for what, loss in tally.max_loss.items():
        figures.record(
            f"most typing lost, {what} (s before the kill)", round(loss, 2), f"≤ {PROMISE}"
        )
    figures.record("temp files found after a kill (data folder)", tally.temps_found)
    figures.record("temp files left after the next start", tally.temps_left, "0")
    figures.record("temp files found after a kill (minutes folder)", tally.minutes_temps)
    for outcome, count in sorted(tally.check_outs.items()):
        figures.record(f"check-out kills: meeting {outcome}", count)
    figures.record("seconds", round(time.monotonic() - began))
    assert sum(tally.kills.values()) >= 30
    assert tally.temps_left == 0
