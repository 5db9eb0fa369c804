"""The real-terminal driver for tests: `bench.terminal.Terminal`, skipped without tmux.

Where tmux is missing a test that needs it is skipped, except on CI (which `.ci/run`
gives tmux), where that is a failure.
"""

from __future__ import annotations

import os

import pytest

from bench import terminal
from bench.terminal import TMUX_MISSING, tmux_key

__all__ = ["Terminal", "require_tmux", "tmux_key"]


def require_tmux() -> str:
    """tmux's path; without it, skip (or fail on CI)."""
    try:
        return terminal.Terminal.find_tmux()
    except terminal.TmuxMissing:
        if os.environ.get("CI"):
            pytest.fail(TMUX_MISSING)
        pytest.skip(TMUX_MISSING)


class Terminal(terminal.Terminal):
    """One program in a tmux window; the test is skipped where there is no tmux."""

    @staticmethod
    def find_tmux() -> str:
        return require_tmux()
