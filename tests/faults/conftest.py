"""The fault suite's figures: each test records what it measured, printed as one table.

The table is printed at the end of the run whether or not output capture is on (`-s`),
so the figures are in every CI log. Record a figure before asserting on it: a failing
run then still shows how far off it was.
"""

from __future__ import annotations

import os
import shutil
import signal
import subprocess
import sys
import time
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

import pytest

from agenda.storage import Store
from tests.faults.scene import Scene, scene

SECRET = "Geheim Jansen Ξ 🙂"
"""The damaged case's text, in every field; its ASCII words are what leak checks look for."""


@dataclass(frozen=True)
class Figure:
    test: str
    name: str
    value: object
    expected: str


@dataclass
class FigureTable:
    rows: dict[tuple[str, str], Figure] = field(default_factory=dict)


TABLE = pytest.StashKey[FigureTable]()


@dataclass
class Figures:
    """What one test measured, under the test's name (parametrized runs share one)."""

    table: FigureTable
    test: str

    def record(self, name: str, value: object, expected: str = "") -> None:
        self.table.rows[self.test, name] = Figure(self.test, name, value, expected)

    def add(self, name: str, count: int, expected: str = "") -> None:
        """Add to a count that every parametrized run of the test adds to."""
        row = self.table.rows.get((self.test, name))
        total = count + (row.value if row is not None and isinstance(row.value, int) else 0)
        self.record(name, total, expected)


@pytest.fixture
def figures(request: pytest.FixtureRequest) -> Figures:
    table = request.config.stash.setdefault(TABLE, FigureTable())
    return Figures(table, request.node.originalname)


ROOT = Path(__file__).resolve().parents[2]


class Worker:
    """`crash_worker.py`, driven one line at a time."""

    def __init__(self) -> None:
        self.process = subprocess.Popen(
            [sys.executable, "-m", "tests.faults.crash_worker"],
            cwd=ROOT,
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
        )

    def _line(self) -> str:
        assert self.process.stdout is not None
        line = self.process.stdout.readline().decode()
        assert line, "the crash worker ended unexpectedly"
        return line.strip()

    def round(self, mode: str, data_dir: Path, case_id: str, kill_after: float | None) -> list[str]:
        """Start a worker, kill it after `kill_after` seconds (None: once it closed)."""
        assert self.process.stdin is not None
        self.process.stdin.write(f"{mode} {data_dir} {case_id}\n".encode())
        self.process.stdin.flush()
        ready = self._line()
        assert ready.startswith("ready "), ready
        lines = []
        if kill_after is None:
            lines.append(self._line())
        else:
            time.sleep(kill_after)
        os.kill(int(ready.split()[1]), signal.SIGKILL)
        while (line := self._line()) != "reaped":
            lines.append(line)
        assert not [line for line in lines if line.startswith("error")], lines
        return lines

    def stop(self) -> None:
        assert self.process.stdin is not None
        self.process.stdin.close()
        self.process.wait(timeout=10)


@pytest.fixture
def worker() -> Iterator[Worker]:
    started = Worker()
    try:
        yield started
    finally:
        started.stop()


@pytest.fixture
def open_umask() -> Iterator[None]:
    """The most permissive umask (0o000), so that no mode depends on the user's setting."""
    old = os.umask(0o000)
    try:
        yield
    finally:
        os.umask(old)


@dataclass(frozen=True)
class TwoCases:
    data: Path
    victim: Scene
    """Filled with `SECRET`: the case the faults are done to."""
    other: Scene
    """The case beside it, which must keep working."""


@pytest.fixture(scope="session")
def _two_cases_once(tmp_path_factory: pytest.TempPathFactory) -> TwoCases:
    data = tmp_path_factory.mktemp("two-cases") / "data"
    victim, other = scene(SECRET), scene("Anders")
    with Store(data) as store:
        victim.store(store)
        other.store(store)
    return TwoCases(data, victim, other)


@pytest.fixture
def two_cases(_two_cases_once: TwoCases, tmp_path: Path) -> TwoCases:
    """A data folder with two stored cases, each with an open meeting; a fresh copy per test.

    Copying is much quicker than storing: every store write waits for the disk.
    """
    data = tmp_path / "data"
    shutil.copytree(_two_cases_once.data, data)
    return TwoCases(data, _two_cases_once.victim.copy(), _two_cases_once.other.copy())


def pytest_terminal_summary(
    terminalreporter: pytest.TerminalReporter, exitstatus: int, config: pytest.Config
) -> None:
    table = config.stash.get(TABLE, None)
    if table is None or not table.rows:
        return
    terminalreporter.write_sep("=", "fault suite figures")
    width = max(len(row.name) for row in table.rows.values())
    test = None
    for row in table.rows.values():
        if row.test != test:
            test = row.test
            terminalreporter.write_line(test)
        expected = f"   (expected {row.expected})" if row.expected else ""
        terminalreporter.write_line(f"    {row.name:<{width}}  {row.value!s:>10}{expected}")
