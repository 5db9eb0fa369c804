"""The one-file executable for laptops without Python: built by `scripts/build_exe.py`
with PyInstaller in a build venv of its own, then started like a user would.

Textual imports its widgets lazily and reads `.tcss` files at run time; a build that
misses any of them starts and then fails on screen, so the test runs the real app in a
terminal and reads the demo case off the screen, in both languages' catalogues.
"""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from tests.install import (
    DEMO_ALIAS,
    backup_round_trip,
    offline_env,
    open_demo_meeting,
    run_ok,
    script,
)
from tests.tmux import Terminal

pytestmark = pytest.mark.slow

NO_PYINSTALLER = 3  # scripts/build_exe.py's exit status when PyInstaller cannot be installed


@pytest.fixture(scope="module")
def executable(tmp_path_factory: pytest.TempPathFactory) -> Path:
    work = tmp_path_factory.mktemp("exe")
    built = script(
        "build_exe.py",
        *("--out", work / "dist", "--venv", work / "venv", "--work", work / "build"),
        temp=tmp_path_factory,
        timeout=600,
    )
    if built.returncode == NO_PYINSTALLER:
        pytest.skip(f"PyInstaller could not be installed here: {built.stderr.strip()[-500:]}")
    assert built.returncode == 0, built.stdout + built.stderr
    exe = work / "dist" / ("vliegwiel.exe" if sys.platform == "win32" else "vliegwiel")
    assert exe.is_file()
    return exe


def test_executable_answers_on_the_command_line(executable: Path, tmp_path: Path) -> None:
    env = offline_env()
    assert run_ok([executable, "--version"], env=env).stdout.strip() == "vliegwiel 0.1.0"
    listed = run_ok([executable, "--lang", "en", "cases", "--data-dir", tmp_path], env=env)
    assert listed.stdout.startswith("No cases yet")


def test_executable_runs_the_app_on_the_demo_case(executable: Path, tmp_path: Path) -> None:
    data = tmp_path / "data"
    command: list[str | Path] = [
        executable,
        "--demo",
        "--data-dir",
        data,
        "--minutes-dir",
        tmp_path / "minutes",
    ]
    with Terminal(command, size=(120, 40), env=offline_env(), cwd=tmp_path) as term:
        screen = term.wait_for(DEMO_ALIAS, timeout=60)
        assert "Open acties" in screen
        screen = open_demo_meeting(term)
        assert "Incheck" in screen
        assert "Koers" in screen  # the course panel beside the step
        term.press("ctrl+q")
        status = term.wait_for_exit()
        assert status == 0, term.history()
    listed = run_ok([executable, "cases", "--data-dir", data], env=offline_env())
    assert DEMO_ALIAS in listed.stdout


def test_executable_makes_and_restores_an_encrypted_backup(
    executable: Path, tmp_path: Path
) -> None:
    assert DEMO_ALIAS in backup_round_trip([executable], tmp_path, offline_env())
