"""Helpers for the tests that build, install and start Vliegwiel as a user gets it."""

from __future__ import annotations

import os
import subprocess
import sys
from collections.abc import Mapping, Sequence
from pathlib import Path

import pytest

from bench.terminal import Terminal as AnyTerminal

REPO = Path(__file__).resolve().parent.parent
SCRIPTS = REPO / "scripts"
DEMO_ALIAS = "Casus X (voorbeeld)"


def run_ok(
    command: Sequence[str | Path],
    env: Mapping[str, str] | None = None,
    cwd: Path | None = None,
    timeout: float = 300,
) -> subprocess.CompletedProcess[str]:
    """Run a command that must succeed; on failure show everything it printed."""
    result = run(command, env=env, cwd=cwd, timeout=timeout)
    assert result.returncode == 0, (
        f"{' '.join(map(str, command))} exited {result.returncode}:\n"
        f"{result.stdout}\n{result.stderr}"
    )
    return result


def run(
    command: Sequence[str | Path],
    env: Mapping[str, str] | None = None,
    cwd: Path | None = None,
    timeout: float = 300,
) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [str(part) for part in command],
        capture_output=True,
        text=True,
        check=False,
        env=dict(env) if env is not None else None,
        cwd=cwd,
        timeout=timeout,
        stdin=subprocess.DEVNULL,
    )


def script(
    name: str, *args: str | Path, temp: pytest.TempPathFactory, timeout: float = 300
) -> subprocess.CompletedProcess[str]:
    """Run one of `scripts/` with this Python, as a release engineer would.

    pip's download cache goes to the test session's temp folder: the builds in one run
    share it, and nothing is cached outside, so each run starts as clean as CI does.
    """
    env = {**os.environ, "PIP_CACHE_DIR": str(temp.getbasetemp() / "pip-cache")}
    return run([sys.executable, SCRIPTS / name, *args], env=env, timeout=timeout)


def offline_env(**extra: str) -> dict[str, str]:
    """An environment like a locked-down laptop's: pip has no config and no index.

    Our machines' pip configuration adds indexes and local wheel folders; with it
    ignored, `--no-index --find-links <wheelhouse>` can only use the wheelhouse. The
    source tree is kept off the import path, so only what was installed can run.
    """
    env = {
        key: value
        for key, value in os.environ.items()
        if not key.startswith(("PIP_", "VLIEGWIEL_")) and key not in ("PYTHONPATH", "VIRTUAL_ENV")
    }
    return {**env, "PIP_CONFIG_FILE": os.devnull, "PIP_NO_INPUT": "1", **extra}


def venv_bin(venv: Path, name: str) -> Path:
    return venv / ("Scripts" if sys.platform == "win32" else "bin") / name


def open_demo_meeting(term: AnyTerminal) -> str:
    """From the start screen on the demo case: Enter, Enter (attendance) → the first step.

    Returns that screen. Opening a meeting loads its screens and widgets, which a
    one-file build must have collected.
    """
    term.wait_for(DEMO_ALIAS, timeout=60)
    term.press("enter")
    term.wait_for("wie is er?")
    term.press("enter")
    return term.wait_for("Stap 1/7")


def backup_round_trip(app: Sequence[str | Path], folder: Path, env: Mapping[str, str]) -> str:
    """The installed `vliegwiel backup` of the demo case, restored into an empty data
    folder by the installed `vliegwiel restore`; returns `cases` of that folder.

    This proves that the cryptography, which only these commands load, was installed
    (or frozen into the executable) and works there.
    """
    from datetime import date

    from agenda.demo import add_demo
    from agenda.i18n import Messages
    from agenda.storage import Store

    data, fresh, bundle = folder / "backed-up", folder / "restored", folder / "demo.vwb"
    with Store(data) as store:
        add_demo(store, Messages("nl"), date.today())
    password = folder / "passphrase.txt"
    password.write_text("paard batterij nietje correct\n", encoding="utf-8")
    secret = ("--passphrase-file", password)
    run_ok([*app, "backup", "-o", bundle, *secret, "--data-dir", data], env=env)
    run_ok([*app, "restore", bundle, *secret, "--data-dir", fresh], env=env)
    return run_ok([*app, "cases", "--data-dir", fresh], env=env).stdout
