"""Snapshots of every meeting step at the two sizes a chair shares: 80×24 and 120×40.

Regenerate after a deliberate change of the look with `pytest --snapshot-update` and
review the SVG files in `tests/__snapshots__/` before committing them.
"""

from __future__ import annotations

from typing import Any

import pytest
from textual.pilot import Pilot

from agenda.clock import ManualClock
from agenda.demo import add_demo
from agenda.i18n import Messages
from agenda.locations import Locations
from agenda.storage import Store
from tests.conftest import TODAY
from tests.pilot import make_app

SIZES = [(80, 24), (120, 40)]


@pytest.mark.parametrize("size", SIZES, ids=lambda s: f"{s[0]}x{s[1]}")
@pytest.mark.parametrize("step", range(7))
def test_each_step(
    snap_compare: Any, store: Store, locations: Locations, step: int, size: tuple[int, int]
) -> None:
    add_demo(store, Messages("nl"), TODAY)
    clock = ManualClock()
    app = make_app(store, locations, clock)

    async def open_step(pilot: Pilot[None]) -> None:
        await pilot.press("enter")
        await pilot.pause()
        await pilot.press("enter")
        await pilot.pause()
        for _ in range(step):
            clock.advance(95)
            await pilot.press("f8")
            await pilot.pause()
        clock.advance(42)
        app.screen.refresh_clocks()  # type: ignore[attr-defined]
        await pilot.pause()

    assert snap_compare(app, terminal_size=size, run_before=open_step)
