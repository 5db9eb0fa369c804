"""In a round, who has the floor is marked in a symbol and words, not by colour alone,
and the mark follows the cursor from member to member."""

from __future__ import annotations

from agenda.clock import ManualClock
from agenda.locations import Locations
from agenda.storage import Store
from tests.pilot import demo_meeting
from tui.screens.meeting import MeetingScreen
from tui.steps.round import SPEAKER_MARK, RoundRow


def heads(screen: MeetingScreen) -> list[str]:
    """Each member's line as read off the screen: the name, then what the clock says."""
    return [
        f"{row.name_label.content} {row.turn_clock.content}".rstrip()
        for row in screen.view.query(RoundRow)
    ]


async def test_the_floor_mark_follows_the_cursor_through_the_round(
    store: Store, locations: Locations, clock: ManualClock
) -> None:
    async with demo_meeting(store, locations, clock) as (pilot, screen):
        clock.advance(42)
        screen.refresh_clocks()
        first = heads(screen)
        assert first[0] == f"{SPEAKER_MARK}Anouk de Vries aan het woord · 00:42"
        assert all(not line.startswith(SPEAKER_MARK) for line in first[1:])
        assert all("aan het woord" not in line for line in first[1:])
        await pilot.press("tab", "tab", "tab")  # her two answers, then the next member
        clock.advance(5)
        screen.refresh_clocks()
        second = heads(screen)
        assert second[0] == "  Anouk de Vries sprak 00:42"
        assert second[1] == f"{SPEAKER_MARK}Jeroen Bakker aan het woord · 00:05"
        rows = list(screen.view.query(RoundRow))
        assert [row.has_class("-speaking") for row in rows][:2] == [False, True]
