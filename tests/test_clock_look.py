"""The clocks turn amber near the end and red in overtime, in words and in painted colour.

Driven with the injected clock through the real meeting screen, in both themes. The colour
is read from what the widget paints (its rendered lines), so a style rule that goes
missing fails here as surely as a word that does.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, time

import pytest
from textual.theme import Theme
from textual.widget import Widget

from agenda.clock import ManualClock
from agenda.demo import add_demo
from agenda.i18n import Messages
from agenda.locations import Locations
from agenda.storage import Store
from tests.conftest import TODAY
from tests.pilot import Wall, demo_meeting, start_meeting
from tui.app import VliegwielApp
from tui.screens.meeting import MeetingScreen
from tui.themes import THEMES
from tui.widgets.clocks import MeetingClock, StepClock


def painted(widget: Widget) -> set[str]:
    """The colours of the characters the widget paints (blanks ignored)."""
    found = set()
    for y in range(widget.size.height):
        for segment in widget.render_line(y):
            if segment.text.strip() and segment.style and segment.style.color:
                found.add(segment.style.color.get_truecolor().hex.upper())
    return found


@dataclass(frozen=True)
class Look:
    text: str
    """The step clock as read aloud: digits and words."""
    classes: set[str]
    digits: set[str]
    words: set[str]
    meeting: set[str]
    meeting_text: str


def looks(screen: MeetingScreen) -> Look:
    screen.refresh_clocks()
    step = screen.query_one(StepClock)
    return Look(
        text=step.text,
        classes={c for c in ("-normal", "-ending", "-overtime") if step.has_class(c)},
        digits=painted(screen.query_one("#step-digits")),
        words=painted(screen.query_one("#step-clock-state")),
        meeting=painted(screen.query_one(MeetingClock)),
        meeting_text=str(screen.query_one(MeetingClock).render()),
    )


@pytest.mark.parametrize("theme", THEMES.values(), ids=THEMES.keys())
async def test_amber_near_the_end_and_red_in_overtime(
    store: Store, locations: Locations, clock: ManualClock, theme: Theme
) -> None:
    async with demo_meeting(store, locations, clock) as (pilot, screen):
        app = pilot.app
        app.theme = theme.name
        await pilot.pause()
        colours = app.get_css_variables()
        amber, red = colours["warning"].upper(), colours["error"].upper()
        assert amber != red

        # The check-in has 8 minutes: amber in its last fifth (from 01:36 left).
        start = looks(screen)
        assert start.text == "08:00 resterend"
        assert start.classes == {"-normal"}
        assert not {amber, red} & (start.digits | start.words | start.meeting)

        clock.advance(7 * 60)
        await pilot.pause()
        ending = looks(screen)
        assert ending.text == "01:00 bijna tijd"
        assert ending.classes == {"-ending"}
        assert ending.digits == ending.words == {amber}
        assert red not in ending.meeting

        clock.advance(3 * 60)
        await pilot.pause()
        over = looks(screen)
        assert over.text == "+02:00 over tijd"
        assert over.classes == {"-overtime"}
        assert over.digits == over.words == {red}
        assert red not in over.meeting  # the meeting as a whole is on time

        # The whole meeting past its hour: its clock says so, in words and in red.
        clock.advance(60 * 60)
        await pilot.pause()
        late = looks(screen)
        assert "over tijd" in late.meeting_text
        assert late.meeting == {red}


async def test_the_planned_end_of_an_evening_meeting_past_midnight_carries_its_date(
    store: Store, locations: Locations, clock: ManualClock
) -> None:
    """Started at 23:30, the hour ends at 00:30 the next day: `00:30` alone would read as
    half an hour before the start."""
    add_demo(store, Messages("nl"), TODAY)
    app = VliegwielApp(
        store=store,
        locations=locations,
        lang="nl",
        clock=clock,
        wall=Wall(clock, datetime.combine(TODAY, time(23, 30))),
    )
    async with app.run_test(size=(120, 40)) as pilot:
        screen = await start_meeting(pilot)
        assert "einde zo 29 nov 00:30" in looks(screen).meeting_text
