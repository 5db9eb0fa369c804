"""Start-up as a person sees it: from launching a program in a real terminal (tmux) to
its first screen there.

The headless figure (`bench.probe`) stops at the first frame Textual would send a
terminal; this one also counts what a terminal adds: the driver switching the
terminal's modes, the frame written to it and tmux drawing it. Each program is started in the same
tmux window by `respawn-pane` (so no tmux server start is counted) and the window is
read again after each of its writes (`bench.terminal.Control`) until the text we wait
for is on it; then it is quit with ctrl+q, as a person would, and must exit with 0.
"""

from __future__ import annotations

import shlex
import time
from collections.abc import Mapping, Sequence
from pathlib import Path

from bench.terminal import Control, Terminal

SIZE = (120, 40)
"""As the headless probe: a shared laptop screen in a video call."""
TIMEOUT = 60.0
OUTPUT_WAIT = 0.05
"""Seconds to wait for the program's next write before reading the screen anyway."""


class Launcher:
    """One tmux window in which programs are started, timed and quit, one at a time."""

    def __init__(self, env: Mapping[str, str], cwd: Path) -> None:
        # An idle program holds the window until the first launch replaces it.
        self._term = Terminal(["cat"], size=SIZE, env=env, cwd=cwd)
        self._term.start()
        self._control = Control(self._term)

    def __enter__(self) -> Launcher:
        return self

    def __exit__(self, *_: object) -> None:
        self.close()

    def close(self) -> None:
        self._control.close()
        self._term.kill()

    def first_screen(self, command: Sequence[str | Path], text: str) -> float:
        """Seconds from launching `command` until `text` is on the screen."""
        control = self._control
        line = shlex.join(str(part) for part in command)
        control.output.clear()
        launched = time.monotonic()
        control.run(f"respawn-pane -k -t main {shlex.quote(line)}")
        deadline = launched + TIMEOUT
        while True:
            control.output.clear()
            at, shown = control.screen()
            if text in shown:
                seen = at - launched
                break
            if self._ended() is not None or time.monotonic() > deadline:
                raise AssertionError(f"{text!r} never appeared; the screen was:\n{shown}")
            control.output.wait(OUTPUT_WAIT)
        self._quit()
        return seen

    def _ended(self) -> int | None:
        """The program's exit status once it has ended, else None."""
        _, lines = self._control.run(
            "display-message -p -t main '#{pane_dead} #{pane_dead_status}'"
        )
        dead, _, status = (lines[0] if lines else "").partition(" ")
        return int(status) if dead == "1" and status else None

    def _quit(self) -> None:
        """ctrl+q, then wait until the program has ended (with 0), so that the next
        launch does not share the machine with this one's last breath."""
        self._control.run("send-keys -t main C-q")
        deadline = time.monotonic() + TIMEOUT
        while (status := self._ended()) is None:
            if time.monotonic() > deadline:
                raise AssertionError("the program did not quit on ctrl+q")
            self._term._nudge()
            time.sleep(0.02)
        if status != 0:
            raise AssertionError(f"the program ended with status {status}")
