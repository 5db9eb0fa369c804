"""The real app in a real terminal: started as `python -m tui`, read off tmux's screen."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from tests.install import DEMO_ALIAS, open_demo_meeting
from tests.tmux import Terminal, tmux_key

REPO = Path(__file__).resolve().parent.parent


@pytest.mark.parametrize(
    ("key", "expected"),
    [("ctrl+q", "C-q"), ("f9", "F9"), ("enter", "Enter"), ("down", "Down"), ("n", "n")],
)
def test_key_names_translate_to_tmux(key: str, expected: str) -> None:
    assert tmux_key(key) == expected


def test_demo_meeting_opens_in_a_real_terminal_and_ctrl_q_quits(tmp_path: Path) -> None:
    command: list[str | Path] = [
        sys.executable,
        "-m",
        "tui",
        "--demo",
        "--data-dir",
        tmp_path / "data",
    ]
    env = {"VLIEGWIEL_MINUTES_DIR": str(tmp_path / "minutes"), "VLIEGWIEL_LANG": ""}
    with Terminal(command, size=(100, 30), env=env, cwd=REPO) as term:
        screen = term.wait_for(DEMO_ALIAS)
        assert "Casussen" in screen
        assert len(screen.splitlines()) == 30
        assert "Incheck" in open_demo_meeting(term)
        term.press("ctrl+q")
        assert term.wait_for_exit() == 0


def test_a_program_that_fails_is_reported_with_its_screen(tmp_path: Path) -> None:
    command: list[str | Path] = [
        sys.executable,
        "-c",
        "print('nothing to see'); raise SystemExit(3)",
    ]
    with Terminal(command, size=(60, 10), cwd=tmp_path) as term:
        with pytest.raises(AssertionError, match="ended with status 3") as failure:
            term.wait_for("never shown", timeout=10)
        assert "nothing to see" in str(failure.value)
        assert term.wait_for_exit() == 3
