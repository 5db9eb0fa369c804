"""Clocks: a stopwatch over an injected monotonic time source, and how time reads.

Time is always computed as a difference of two readings of a monotonic clock, never by
counting timer ticks, so a slow screen or a sleeping laptop cannot make a clock drift.
Tests inject `ManualClock` and move it forward instead of sleeping.
"""

from __future__ import annotations

import math
import time
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from enum import StrEnum

TimeSource = Callable[[], float]
"""Seconds from an arbitrary origin that only moves forward (`time.monotonic`)."""

WallClock = Callable[[], datetime]
"""The date and time on the wall (`datetime.now`): when a stop or a decision happened."""

ENDING_SHARE = 0.2
"""The countdown turns amber in the last fifth of a step's time."""


class ManualClock:
    """A time source that moves only when told to: for tests and benchmarks."""

    def __init__(self, start: float = 1000.0) -> None:
        self.now = start

    def __call__(self) -> float:
        return self.now

    def advance(self, seconds: float) -> None:
        self.now += seconds


def system_clock() -> float:
    return time.monotonic()


class Stopwatch:
    """Accumulates running time; pausing keeps what was counted, resuming adds to it."""

    def __init__(self, now: TimeSource, seconds: float = 0.0, running: bool = False) -> None:
        self._now = now
        self._counted = seconds
        self._since: float | None = now() if running else None

    @property
    def running(self) -> bool:
        return self._since is not None

    @property
    def seconds(self) -> float:
        if self._since is None:
            return self._counted
        return self._counted + max(0.0, self._now() - self._since)

    def start(self) -> None:
        if self._since is None:
            self._since = self._now()

    def pause(self) -> None:
        if self._since is not None:
            self._counted = self.seconds
            self._since = None

    def toggle(self) -> None:
        if self.running:
            self.pause()
        else:
            self.start()

    def restart(self, seconds: float = 0.0) -> None:
        """Set the count to `seconds`, keeping whether it runs."""
        self._counted = seconds
        if self._since is not None:
            self._since = self._now()


class Phase(StrEnum):
    NORMAL = "normal"
    ENDING = "ending"
    OVERTIME = "overtime"


@dataclass(frozen=True)
class Countdown:
    """How a countdown reads now: `12:30` left, or `+02:10` over."""

    text: str
    phase: Phase
    remaining: float


def mmss(seconds: float) -> str:
    """`07:05`, `60:00`; from 100 minutes on `1:45:00`. Whole seconds, rounded down."""
    whole = int(max(0.0, seconds))
    minutes, secs = divmod(whole, 60)
    if minutes < 100:
        return f"{minutes:02d}:{secs:02d}"
    hours, minutes = divmod(minutes, 60)
    return f"{hours}:{minutes:02d}:{secs:02d}"


def countdown(planned: float, elapsed: float) -> Countdown:
    """Read a countdown of `planned` seconds after `elapsed` seconds have run."""
    remaining = planned - elapsed
    if remaining < 0:
        return Countdown(f"+{mmss(-remaining)}", Phase.OVERTIME, remaining)
    # Show the remaining time rounded up, so "00:00" appears only at the very end.
    shown = mmss(math.ceil(remaining))
    phase = Phase.ENDING if remaining <= ENDING_SHARE * planned else Phase.NORMAL
    return Countdown(shown, phase, remaining)
