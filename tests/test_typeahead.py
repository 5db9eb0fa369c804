"""Type-ahead: keys typed faster than the app moves land where the chair meant them.

`pilot.press` waits until the app is idle after every key, which no person does. These
tests put a whole burst of keys in the app's queue at once — a step change and the text
after it, the Enter that opens a meeting and the words after it — which is what a real
terminal delivers when the chair types on while a step or screen is still being built.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from typing import Any

from textual import events
from textual.app import App
from textual.pilot import Pilot
from textual.widgets import Input, TextArea

from agenda.clock import ManualClock
from agenda.demo import add_demo
from agenda.i18n import Messages
from agenda.locations import Locations
from agenda.storage import Store
from agenda.templates import StepKind
from tests.conftest import TODAY
from tests.pilot import demo_meeting, make_app, on_top, showing
from tui.screens.meeting import MeetingScreen


def burst(app: App[Any], *keys: str) -> None:
    """Queue keys as a terminal delivers them: all at once, nobody waiting in between."""
    for key in keys:
        character = key if len(key) == 1 else (" " if key == "space" else None)
        app.post_message(events.Key(key, character))


def letters(text: str) -> list[str]:
    return ["space" if ch == " " else ch for ch in text]


async def until(pilot: Pilot[None], condition: Callable[[], bool], timeout: float = 10.0) -> None:
    """Let the app work until `condition` holds (a loaded machine builds screens slowly);
    fail after `timeout` seconds of real time."""
    deadline = time.monotonic() + timeout
    while not condition():
        assert time.monotonic() < deadline, "the app did not get there"
        await pilot.pause(0.05)


def saved_text(store: Store, screen: MeetingScreen, index: int) -> str:
    meeting = store.load_meeting(screen.session.case.id, screen.session.meeting.id)
    return meeting.records[index].text


async def test_text_typed_right_after_f8_lands_in_the_next_step(
    store: Store, locations: Locations, clock: ManualClock
) -> None:
    async with demo_meeting(store, locations, clock) as (pilot, screen):
        app = pilot.app
        burst(app, "f8", *letters("school belde"))
        await until(pilot, lambda: screen.session.meeting.records[1].text == "school belde")
        assert screen.session.index == 1
        assert isinstance(app.focused, TextArea)
        assert app.focused.text == "school belde"
        assert screen.session.meeting.records[1].text == "school belde"
        check_in = screen.session.meeting.records[0].round
        assert all(answer == "" for entry in check_in for answer in entry.answers)
        screen.save_now()
        assert saved_text(store, screen, 1) == "school belde"


async def test_text_typed_right_after_f7_goes_after_what_was_written(
    store: Store, locations: Locations, clock: ManualClock
) -> None:
    async with demo_meeting(store, locations, clock) as (pilot, screen):
        app = pilot.app
        burst(app, "f8", *letters("school belde"), "f8")
        await until(pilot, lambda: screen.session.index == 2)
        burst(app, "f7", *letters(", moeder ook"))
        record = screen.session.meeting.records[1]
        await until(pilot, lambda: record.text == "school belde, moeder ook")
        assert screen.session.index == 1
        assert isinstance(app.focused, TextArea)
        assert app.focused.text == "school belde, moeder ook"


async def test_a_burst_from_the_start_screen_while_the_steps_are_being_built(
    store: Store, locations: Locations, clock: ManualClock
) -> None:
    """Enter, Enter, F8 and the current situation in one go: the meeting opens, its other
    step views are still being built in the background, and nothing is lost."""
    add_demo(store, Messages("nl"), TODAY)
    app = make_app(store, locations, clock)
    async with app.run_test(size=(120, 40)) as pilot:
        burst(app, "enter", "enter", "f8", *letters("gesprek gehad"), "f8", "f7", "space", "x")

        def written() -> bool:
            screen = app.screen
            return (
                isinstance(screen, MeetingScreen)
                and screen.session.meeting.records[1].text == "gesprek gehad x"
            )

        await until(pilot, written)
        screen = app.screen
        assert isinstance(screen, MeetingScreen)
        assert screen.session.index == 1


async def test_text_typed_right_after_a_resume_goes_after_what_was_written(
    store: Store, locations: Locations, clock: ManualClock
) -> None:
    async with demo_meeting(store, locations, clock) as (pilot, screen):
        await pilot.press("f8")
        burst(pilot.app, *letters("eerst dit"))
        await until(pilot, lambda: screen.session.record.text == "eerst dit")
        await pilot.press("ctrl+q")

    again = make_app(store, locations, ManualClock(start=50_000.0))
    async with again.run_test(size=(120, 40)) as pilot:
        burst(again, "enter", "enter", *letters(" en dan dat"))

        def resumed() -> bool:
            screen = again.screen
            return (
                isinstance(screen, MeetingScreen)
                and screen.session.record.text == "eerst dit en dan dat"
            )

        await until(pilot, resumed)
        meeting = showing(again, MeetingScreen)
        meeting.save_now()
        assert saved_text(store, meeting, 1) == "eerst dit en dan dat"


async def test_a_half_typed_answer_keeps_its_words_when_tabbed_back_to(
    store: Store, locations: Locations, clock: ManualClock
) -> None:
    """Textual's Input selects its text when it gets the cursor; here it does not, so
    coming back to an answer and typing on adds to it instead of replacing it."""
    async with demo_meeting(store, locations, clock) as (pilot, _):
        app = pilot.app
        await pilot.press("tab")
        first = app.focused
        assert isinstance(first, Input)
        burst(app, *letters("goed"), "tab", "shift+tab", *letters(" eigenlijk"))
        await until(pilot, lambda: first.value == "goed eigenlijk")


async def test_words_typed_right_after_a_dialog_opens_land_in_it(
    store: Store, locations: Locations, clock: ManualClock
) -> None:
    """`n` opens the action form and the stop button its screen; what is typed at once
    goes into their first field, and the words after closing them go back where the
    cursor was."""
    from tests.test_action_pilot import jump_to
    from tui.dialogs.action_form import ActionForm

    async with demo_meeting(store, locations, clock) as (pilot, screen):
        app = pilot.app
        await jump_to(pilot, screen, StepKind.ACTIONS)
        burst(app, "n", *letters("Bel school"))
        await until(pilot, lambda: isinstance(app.screen, ActionForm))
        form = app.screen
        what = form.query_one("#action-what", Input)
        await until(pilot, lambda: what.value == "Bel school")
        burst(app, "f9", *letters("onrust"), "enter", *letters(" vandaag"))
        await until(pilot, lambda: what.value == "Bel school vandaag")
        assert on_top(app) is form
        assert screen.session.meeting.stop_moments[-1].note == "onrust"


async def test_words_typed_right_after_escape_closes_a_dialog_go_back_to_the_step(
    store: Store, locations: Locations, clock: ManualClock
) -> None:
    async with demo_meeting(store, locations, clock) as (pilot, screen):
        app = pilot.app
        burst(app, "f8", *letters("eerst"), "f1", "escape", *letters(" dan"), "f6", "f6")
        burst(app, *letters(" en"), "f9", "escape", *letters(" klaar"))
        record = screen.session.meeting.records[1]
        await until(pilot, lambda: record.text == "eerst dan en klaar")
        assert on_top(app) is screen
