"""A meeting walked in a real terminal with the brief's keys, read off the screen.

Runs the installed `vliegwiel` (the console script beside this Python, as CI installs
it; the module when it is not installed) in tmux, the way a chair starts it.
"""

from __future__ import annotations

import os
import subprocess
import sys
import time
from datetime import date
from pathlib import Path

from agenda.demo import DEMO_ID, add_demo
from agenda.i18n import Messages
from agenda.storage import Store
from bench.terminal import Terminal as AnyTerminal
from tests.install import DEMO_ALIAS, open_demo_meeting
from tests.tmux import Terminal

REPO = Path(__file__).resolve().parent.parent
TARGETS = ("settings.json", "case.json", "2026-11-21_0a1b2c3d.json")
"""What the planted temporary files were writing: in the data folder, a case, a meeting."""


def wait_gone(term: AnyTerminal, text: str, timeout: float = 30.0) -> str:
    """Poll the real screen until `text` has left it (a dialog closed)."""
    deadline = time.monotonic() + timeout
    while True:
        screen = term.screen()
        if text not in screen:
            return screen
        assert time.monotonic() < deadline, f"still on screen: {text}\n{screen}"
        time.sleep(0.1)


def installed_command() -> list[str | Path]:
    script = Path(sys.executable).with_name(
        "vliegwiel.exe" if sys.platform == "win32" else "vliegwiel"
    )
    return [script] if script.exists() else [sys.executable, "-m", "tui"]


def test_walk_a_meeting_in_a_real_terminal(tmp_path: Path) -> None:
    minutes = tmp_path / "minutes"
    command = [*installed_command(), "--demo", "--data-dir", tmp_path / "data"]
    env = {"VLIEGWIEL_MINUTES_DIR": str(minutes), "VLIEGWIEL_LANG": ""}
    with Terminal(command, size=(120, 40), env=env, cwd=REPO) as term:
        screen = open_demo_meeting(term)
        assert "Incheck" in screen and "Koers" in screen and "resterend" in screen

        term.press("f8")
        term.wait_for("Stap 2/7 · Actualiteit")
        term.type("Rustige week, geen incidenten")
        term.wait_for("Rustige week, geen incidenten")

        term.press("f9")
        term.wait_for("Stopknop – alle klokken staan stil")
        term.type("Even pauze")
        term.press("enter")
        wait_gone(term, "Stopknop – alle")

        term.press("f7")
        term.wait_for("Stap 1/7 · Incheck")
        for number, title in enumerate(
            [
                "Actualiteit",
                "Voortgang analyse",
                "Koers",
                "Terugkoppeling acties",
                "Volgende stappen",
                "Check-out",
            ],
            start=2,
        ):
            term.press("f8")
            term.wait_for(f"Stap {number}/7 · {title}")

        term.press("f6")
        curtain = term.wait_for("Gordijn dicht")
        assert DEMO_ALIAS not in curtain and "Check-out" not in curtain
        term.press("f6")
        wait_gone(term, "Gordijn dicht")

        term.press("f1")
        term.wait_for("Waar is de stap ‘Check-out’ voor?")
        term.press("escape")
        wait_gone(term, "Waar is de stap")

        term.press("ctrl+s")
        term.wait_for("Notulen opgeslagen")
        term.press("ctrl+q")
        assert term.wait_for_exit() == 0

    [written] = list(minutes.glob("*.md"))
    text = written.read_text(encoding="utf-8")
    assert "Rustige week, geen incidenten" in text
    assert "Even pauze" in text


def test_starting_sweeps_the_temporary_files_a_crash_left(tmp_path: Path) -> None:
    """A write cut off by a crash leaves its temporary file (its target is intact); the
    next start removes every one, before the first screen, and touches nothing else.

    In the minutes folder too, where such a file is a hidden copy of a whole minutes: the
    ones of a process that has ended go, one of a process still running (another Vliegwiel
    on another data folder may share the minutes folder) stays."""
    data, minutes = tmp_path / "data", tmp_path / "minutes"
    with Store(data) as store:
        add_demo(store, Messages("nl"), date.today())
        folders = [data, store.case_dir(DEMO_ID), store.case_dir(DEMO_ID) / "meetings"]
    gone = subprocess.Popen([sys.executable, "-c", "pass"])
    gone.wait()  # its process id is free now
    minutes.mkdir()
    minutes_temp = minutes / f".2026-11-28_casus-x-voorbeeld.md.{gone.pid}.tmp"
    running = minutes / f".2026-11-28_casus-x-voorbeeld.md.{os.getpid()}.tmp"
    for temp in (minutes_temp, running):
        temp.write_text("# Notulen Casus X (voorbeeld)", encoding="utf-8")
    kept = {p: p.read_bytes() for p in data.rglob("*") if p.is_file()}
    left = [folder / f".{name}.4242.tmp" for folder, name in zip(folders, TARGETS, strict=True)]
    for temp in left:
        temp.write_bytes(b'{"case": {"1": {"alias": "half')

    command = [*installed_command(), "--data-dir", data]
    env = {"VLIEGWIEL_LANG": "", "VLIEGWIEL_MINUTES_DIR": str(minutes)}
    with Terminal(command, size=(100, 30), env=env, cwd=REPO) as term:
        term.wait_for(DEMO_ALIAS)
        assert [temp for temp in left if temp.exists()] == []
        assert (minutes_temp.exists(), running.exists()) == (False, True)
        term.press("ctrl+q")
        assert term.wait_for_exit() == 0
    assert {p: p.read_bytes() for p in kept} == kept
