"""Attendance over time on the action board (F3): who missed which of the last meetings,
read from the closed meetings' files and today's attendance dialog."""

from __future__ import annotations

import json
from datetime import timedelta

from agenda.clock import ManualClock
from agenda.locations import Locations
from agenda.storage import Store
from tests.conftest import NOW
from tests.factories import make_case, make_meeting
from tests.pilot import make_app, showing, shown_text
from tui.screens.board import ActionBoardScreen
from tui.screens.meeting import MeetingScreen


def three_weeks(store: Store) -> None:
    """Anna, Bram and Cem; Bram missed the meeting two weeks ago, Cem last week's."""
    case = make_case()
    store.save_case(case)
    for weeks_ago, absent in ((3, []), (2, ["Bram"]), (1, ["Cem"])):
        meeting = make_meeting(case).model_copy(
            update={
                "started": NOW - timedelta(weeks=weeks_ago),
                "present": [m.name for m in case.team if m.name not in absent],
                "absent": absent,
            }
        )
        store.begin_meeting(case, meeting)
        case, _ = store.close_meeting(case, meeting)


async def test_the_board_shows_who_missed_which_of_the_last_meetings(
    store: Store, locations: Locations, clock: ManualClock
) -> None:
    three_weeks(store)
    app = make_app(store, locations, clock)
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.press("enter")
        await pilot.press("down", "down", "space")  # Cem is not here today either
        await pilot.press("enter")
        await pilot.pause()
        screen = showing(app, MeetingScreen)
        await pilot.press("f3")
        board = showing(app, ActionBoardScreen)
        text = shown_text(board)
        lines = [" ".join(line.split()) for line in text.splitlines()]
        assert "Aanwezig bij de laatste overleggen" in lines
        assert "Wie 7 nov 14 nov 21 nov 28 nov gemist" in lines
        assert "Anna ✓ ✓ ✓ ✓ 0" in lines
        assert "Bram ✓ ✗ ✓ ✓ 1" in lines
        assert "Cem ✓ ✓ ✗ ✗ 2" in lines
        assert "✓ aanwezig · ✗ afwezig · – nog niet in het team" in " ".join(text.split())

        screen.save_now()
        ref = next(r for r in store.list_meetings(screen.session.case.id) if r.on == NOW.date())
        stored = json.loads(ref.path.read_text(encoding="utf-8"))["meeting"]["1"]
        assert stored["absent"] == ["Cem"]
