"""F8 and F7 as the team sees them: from the key to the new step's title band on a real
terminal (tmux), against a minimal Textual app that swaps one line of text.

The headless walk (`bench.probe walk`) stops at the frame Textual builds; this one also
counts what a terminal adds: the key's bytes through the terminal to Textual's input
thread, the frame encoded and written, and tmux drawing it. Both programs run side by
side in tmux windows of their own, each read through a control client
(`bench.terminal.Control`) that is told of every write of its program, so the screen is
read again within a millisecond of each write until the title shows.

Vliegwiel runs as the chair starts it (`python -m tui --data-dir …`) on the five-year
data: its first case, Enter, Enter (everyone present; an interrupted meeting resumes at
its step), and then F8 through the agenda and F7 back, several passes. The minimal app
(`bench.minimal.SwapApp`) gets F8 and F7 too. The two are measured in turns, one key
each, so a burst of load on the machine weighs on both alike; between keys both rest
`GAP` seconds, as a chair does between steps (the autosave after a step change is
written in that time, not in the next key's).
"""

from __future__ import annotations

import sys
import time
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from agenda.i18n import Messages
from bench.minimal import SWAP_TITLES
from bench.terminal import Control, Terminal, tmux_key

SIZE = (120, 40)
"""As the other terminal figures: a shared laptop screen in a video call."""
GAP = 0.4
"""Seconds both programs rest before each key."""
SETTLE = 2.0
"""Seconds after the meeting opens before the first key: the other steps are built then."""
TIMEOUT = 30.0
OUTPUT_WAIT = 0.05


class KeyedTerminal:
    """One program in a tmux window, its keys timed to the text they bring on screen."""

    def __init__(self, command: Sequence[str], env: Mapping[str, str], cwd: Path) -> None:
        self._term = Terminal(command, size=SIZE, env=env, cwd=cwd)
        self._term.start()
        self._control = Control(self._term)

    def close(self) -> None:
        self._control.close()
        self._term.kill()

    def wait_for(self, *texts: str) -> str:
        """Wait until one of `texts` is on the screen; return it."""
        deadline = time.monotonic() + TIMEOUT
        while True:
            self._control.output.clear()
            _, shown = self._control.screen()
            for text in texts:
                if text in shown:
                    return text
            if time.monotonic() > deadline:
                raise AssertionError(f"{texts!r} never appeared; the screen was:\n{shown}")
            self._control.output.wait(OUTPUT_WAIT)

    def press(self, key: str) -> None:
        self._control.run(f"send-keys -t main {tmux_key(key)}")

    def time_key(self, key: str, text: str) -> float:
        """Seconds from sending `key` until `text` is on the screen."""
        control = self._control
        control.output.clear()
        sent = time.monotonic()
        control.run(f"send-keys -t main {tmux_key(key)}")
        deadline = sent + TIMEOUT
        while True:
            at, shown = control.screen()
            if text in shown:
                return at - sent
            if time.monotonic() > deadline:
                raise AssertionError(f"{key} never showed {text!r}; the screen was:\n{shown}")
            control.output.wait(OUTPUT_WAIT)
            control.output.clear()


@dataclass
class StepKeys:
    """Milliseconds from F8 or F7 to the new title on screen, per program."""

    vliegwiel: list[float] = field(default_factory=list)
    minimal: list[float] = field(default_factory=list)


def step_titles(data_dir: Path, alias: str) -> list[str]:
    """The title band of each step of the case's agenda, as its meeting shows them."""
    from agenda.builtin_templates import BUILTIN_TEMPLATES
    from agenda.storage import Store

    t = Messages("nl")
    with Store(data_dir) as store:
        case = next(c for c in store.list_cases().cases if c.alias == alias)
        full = store.load_case(case.id)
    steps = BUILTIN_TEMPLATES[full.template_id].for_meeting(t, full.meeting_minutes)
    return [
        t("meeting.step_title", number=n + 1, total=len(steps), title=s.title)
        for n, s in enumerate(steps)
    ]


def step_keys(
    data_dir: Path, alias: str, env: Mapping[str, str], cwd: Path, rounds: int
) -> StepKeys:
    """F8 through the agenda and F7 back, `rounds` times, in Vliegwiel (on the case
    `alias`, the first on its start screen) and the minimal app, in turns."""
    titles = step_titles(data_dir, alias)
    t = Messages("nl")
    ours = KeyedTerminal([sys.executable, "-m", "tui", "--data-dir", str(data_dir)], env, cwd)
    swap = KeyedTerminal([sys.executable, "-m", "bench.minimal", "swap"], env, cwd)
    found = StepKeys()
    try:
        ours.wait_for(alias)
        ours.press("enter")
        ours.wait_for(t("attendance.chair"))  # the attendance dialog (new or resumed)
        ours.press("enter")
        # A meeting an earlier probe left open resumes where it was: back to the start.
        for _ in range(titles.index(ours.wait_for(*titles))):
            ours.press("f7")
        ours.wait_for(titles[0])
        swap.wait_for(SWAP_TITLES[0])
        time.sleep(SETTLE)
        order = [*range(1, len(titles)), *range(len(titles) - 2, -1, -1)]
        swapped = 0
        for _ in range(rounds):
            for number, index in enumerate(order):
                key = "f8" if number < len(titles) - 1 else "f7"
                time.sleep(GAP)
                found.vliegwiel.append(ours.time_key(key, titles[index]) * 1000)
                time.sleep(GAP)
                swapped += 1 if key == "f8" else -1
                title = SWAP_TITLES[swapped % len(SWAP_TITLES)]
                found.minimal.append(swap.time_key(key, title) * 1000)
        ours.press("ctrl+q")
        swap.press("ctrl+q")
    finally:
        ours.close()
        swap.close()
    return found
