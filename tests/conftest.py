"""Shared fixtures: a real data folder on disk, a real Store, a clock that never sleeps."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date, datetime
from pathlib import Path

import pytest

from agenda.clock import ManualClock
from agenda.i18n import Messages
from agenda.locations import Locations
from agenda.storage import Store

TODAY = date(2026, 11, 28)
NOW = datetime(2026, 11, 28, 9, 0)


@pytest.fixture
def t() -> Messages:
    return Messages("nl")


@pytest.fixture
def locations(tmp_path: Path) -> Locations:
    return Locations(
        data_dir=tmp_path / "data",
        minutes_dir=tmp_path / "minutes",
        config_dir=tmp_path / "config",
    )


@pytest.fixture
def store(locations: Locations) -> Iterator[Store]:
    with Store(locations.data_dir) as opened:
        yield opened


@pytest.fixture
def clock() -> ManualClock:
    return ManualClock()
