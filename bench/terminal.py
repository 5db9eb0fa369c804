"""Drive a program in a real terminal: tmux runs it, we type keys and read the screen.

The tests (through `tests/tmux.py`, which skips them where tmux is missing) and the
benchmark's real-terminal start-up figure (`bench.launch`) share this driver; it imports
nothing of pytest, so `python -m bench` runs without it.

Each `Terminal` starts its own tmux server on its own socket (`tmux -S <socket>`, in a
temporary folder of its own that goes when the terminal is killed), so tests running side
by side never see each other's sessions, nothing here touches a tmux the developer has
open, and no socket is left behind. The window has a fixed size and no status line, so the
program owns every row; when the program ends the pane stays, so its last screen and its
exit status can still be read.

    with Terminal(["vliegwiel", "--demo"], size=(120, 40), env={...}) as term:
        term.wait_for("Casus X (voorbeeld)")
        term.press("ctrl+q")
        assert term.wait_for_exit() == 0

Waiting polls `capture-pane` every few hundredths of a second until the text shows or the
timeout passes: a real terminal has no event to wait on.
"""

from __future__ import annotations

import contextlib
import os
import queue
import shlex
import shutil
import signal
import subprocess
import tempfile
import threading
import time
from collections.abc import Mapping, Sequence
from pathlib import Path
from types import TracebackType

POLL = 0.05
CONFIG = """\
set -g status off
set -g remain-on-exit on
set -g default-terminal screen-256color
set -g escape-time 0
"""

# Textual's key names → tmux's, for the keys the tests press.
_KEYS = {"enter": "Enter", "escape": "Escape", "tab": "Tab", "up": "Up", "down": "Down"}
_KEYS |= {"left": "Left", "right": "Right", "backspace": "BSpace", "space": "Space"}


TMUX_MISSING = "tmux is not installed (apt-get install tmux); .ci/run installs it"


class TmuxMissing(RuntimeError):
    """There is no tmux on this machine to run a real terminal with."""


def tmux_key(key: str) -> str:
    """`ctrl+q` → `C-q`, `f9` → `F9`, `enter` → `Enter`; other names pass through."""
    *mods, base = key.split("+")
    name = _KEYS.get(base, base.upper() if len(base) > 1 and base[0] == "f" else base)
    prefix = "".join({"ctrl": "C-", "shift": "S-", "alt": "M-"}[m] for m in mods)
    return prefix + name


class Terminal:
    """One program running in a tmux window of a given size."""

    def __init__(
        self,
        command: Sequence[str | Path],
        *,
        size: tuple[int, int] = (120, 40),
        env: Mapping[str, str] | None = None,
        cwd: str | Path | None = None,
    ) -> None:
        self.command = [str(part) for part in command]
        self.size = size
        self.cwd = Path(cwd) if cwd else Path.cwd()
        base = {k: v for k, v in os.environ.items() if k not in ("TMUX", "TMUX_PANE")}
        base.setdefault("LANG", "C.UTF-8")
        self.env = {**base, **(env or {})}
        self._scratch = Path(tempfile.mkdtemp(prefix="vliegwiel-tmux-"))
        self.socket = self._scratch / "socket"
        self._tmux = self.find_tmux()
        self.started = False
        self._server_pid = 0

    @staticmethod
    def find_tmux() -> str:
        """tmux's path, or `TmuxMissing`."""
        found = shutil.which("tmux")
        if not found:
            raise TmuxMissing(TMUX_MISSING)
        return found

    def __enter__(self) -> Terminal:
        self.start()
        return self

    def __exit__(
        self,
        kind: type[BaseException] | None,
        error: BaseException | None,
        trace: TracebackType | None,
    ) -> None:
        self.kill()

    def tmux(self, *args: str, check: bool = True) -> subprocess.CompletedProcess[str]:
        """Run a tmux command against this terminal's own server."""
        return subprocess.run(
            [self._tmux, "-u", "-S", str(self.socket), *args],
            capture_output=True,
            text=True,
            check=check,
            env=self.env,
            timeout=30,
        )

    def start(self) -> None:
        """Start the server (with our config and environment) and the program in it."""
        config = self._scratch / "tmux.conf"
        config.write_text(CONFIG)
        width, height = self.size
        self.tmux(
            "-f",
            str(config),
            "new-session",
            "-d",
            "-s",
            "main",
            "-x",
            str(width),
            "-y",
            str(height),
            "-c",
            str(self.cwd),
            shlex.join(self.command),
        )
        self.started = True
        self._server_pid = int(self.tmux("display-message", "-p", "#{pid}").stdout)

    def press(self, *keys: str) -> None:
        """Press keys by Textual's names: `enter`, `down`, `f9`, `ctrl+q`."""
        self.tmux("send-keys", "-t", "main", *(tmux_key(k) for k in keys))

    def type(self, text: str) -> None:
        """Type text literally, as a person would."""
        self.tmux("send-keys", "-t", "main", "-l", text)

    def screen(self) -> str:
        """What the window shows now, one line per row."""
        return self.tmux("capture-pane", "-p", "-t", "main").stdout

    def history(self) -> str:
        """Everything the program wrote, scrolled-off lines included.

        When the program ends, tmux moves its last screen into the history to show
        "Pane is dead", so this is where a finished program's output is read.
        """
        return self.tmux("capture-pane", "-p", "-S", "-", "-E", "-", "-t", "main").stdout

    def exit_status(self) -> int | None:
        """The program's exit status once it has ended, else None."""
        self._nudge()
        shown = self.tmux("display-message", "-p", "-t", "main", "#{pane_dead} #{pane_dead_status}")
        dead, _, status = shown.stdout.strip().partition(" ")
        return int(status) if dead == "1" and status else None

    def wait_for(self, text: str, timeout: float = 30.0) -> str:
        """Poll the screen until `text` is on it; return that screen.

        Fails at once when the program has ended without showing it, and after
        `timeout` seconds otherwise, showing what was on the screen.
        """
        deadline = time.monotonic() + timeout
        while True:
            status = self.exit_status()
            shown = self.screen() if status is None else self.history()
            if text in shown:
                return shown
            if status is not None or time.monotonic() > deadline:
                why = "timed out" if status is None else f"the program ended with status {status}"
                raise AssertionError(
                    f"{text!r} not on screen ({why}); the screen was:\n{shown.rstrip()}"
                )
            time.sleep(POLL)

    def wait_for_exit(self, timeout: float = 30.0) -> int:
        """Wait until the program has ended; return its exit status."""
        deadline = time.monotonic() + timeout
        while (status := self.exit_status()) is None:
            if time.monotonic() > deadline:
                raise AssertionError(f"still running; the screen is:\n{self.screen().rstrip()}")
            time.sleep(POLL)
        return status

    def _nudge(self) -> None:
        """Remind the server to collect an ended program.

        Debian's tmux is built with libutempter, which briefly takes over SIGCHLD while
        it updates the login records as a pane closes; a program ending just then is
        never collected and its pane never reported dead (tmux issues 311 and 4559).
        An extra SIGCHLD makes tmux look again; when nothing ended, it does nothing.
        """
        if self._server_pid:
            with contextlib.suppress(ProcessLookupError):
                os.kill(self._server_pid, signal.SIGCHLD)

    def kill(self) -> None:
        """Stop the server and the program in it; remove the scratch folder."""
        if self.started:
            self.tmux("kill-server", check=False)
            self.started = False
        shutil.rmtree(self._scratch, ignore_errors=True)


class Control:
    """A control-mode client (`tmux -C`) attached to a `Terminal`'s session.

    Each `tmux` call of `Terminal` starts a client process, a few milliseconds of a
    core; timing a start-up by polling that way would load the machine it measures and
    see the screen only as often as it polls. A control client is one process that
    takes commands on its standard input, answers each in a `%begin … %end` block and
    announces every write of the program (`%output`), so the screen is read again
    just after each write, within a millisecond of it.
    """

    def __init__(self, term: Terminal) -> None:
        self._process = subprocess.Popen(
            [term._tmux, "-u", "-S", str(term.socket), "-C", "attach-session", "-t", "main"],
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            env=term.env,
        )
        self._replies: queue.Queue[tuple[float, list[str]] | None] = queue.Queue()
        self.output = threading.Event()
        """Set whenever the program has written something since it was last cleared."""
        self._reader = threading.Thread(target=self._read, daemon=True)
        self._reader.start()

    def _read(self) -> None:
        assert self._process.stdout is not None
        block: list[str] | None = None
        for raw in self._process.stdout:
            line = raw.decode("utf-8", "replace").rstrip("\n")
            if block is not None:
                # Our commands' replies carry flag 1; the attach itself answers with 0.
                if line.startswith(("%end ", "%error ")) and line.endswith(" 1"):
                    self._replies.put((time.monotonic(), block))
                    block = None
                else:
                    block.append(line)
            elif line.startswith("%begin ") and line.endswith(" 1"):
                block = []
            elif line.startswith("%output "):
                self.output.set()
        self._replies.put(None)

    def run(self, command: str, timeout: float = 30.0) -> tuple[float, list[str]]:
        """Run one tmux command; when its reply came (monotonic) and its lines."""
        assert self._process.stdin is not None
        self._process.stdin.write(command.encode("utf-8") + b"\n")
        self._process.stdin.flush()
        try:
            reply = self._replies.get(timeout=timeout)
        except queue.Empty:
            raise AssertionError(f"tmux did not answer {command!r}") from None
        if reply is None:
            raise AssertionError("the tmux control client ended")
        return reply

    def screen(self) -> tuple[float, str]:
        """What the window shows, and when tmux had read the program's output that far."""
        at, lines = self.run("capture-pane -p -t main")
        return at, "\n".join(lines)

    def close(self) -> None:
        if self._process.stdin is not None:
            with contextlib.suppress(OSError):
                self._process.stdin.close()
        try:
            self._process.wait(timeout=10)
        except subprocess.TimeoutExpired:
            self._process.kill()
            self._process.wait()
