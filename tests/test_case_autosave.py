"""The case screen saves what is typed within a second, as the meeting does.

The clock is the injected one: a save falls due half a second after the key behind it
(`agenda.autosave`); the test moves the clock and lets the recorder look, as the screen's
timer does at that moment (the real timer runs in the kill test, in a real terminal).
"""

from __future__ import annotations

from collections.abc import AsyncIterator
from contextlib import asynccontextmanager

from textual.pilot import Pilot

from agenda.autosave import AUTOSAVE_DELAY
from agenda.case import Case
from agenda.case_recorder import CaseRecorder
from agenda.clock import ManualClock
from agenda.demo import DEMO_ID, add_demo
from agenda.errors import Invalid
from agenda.i18n import Messages
from agenda.locations import Locations
from agenda.storage import Store
from tests.conftest import TODAY
from tests.factories import make_case
from tests.pilot import make_app, type_text
from tui.screens.case_edit import CaseEditScreen
from tui.screens.start import StartScreen


async def due(pilot: Pilot[None], clock: ManualClock) -> None:
    """Let the autosave's half second pass, and the recorder look."""
    await pilot.pause()
    clock.advance(AUTOSAVE_DELAY)
    screen = pilot.app.screen
    assert isinstance(screen, CaseEditScreen)
    screen.recorder.tick()
    await pilot.pause()


@asynccontextmanager
async def editing_demo(
    store: Store, locations: Locations, clock: ManualClock
) -> AsyncIterator[tuple[Pilot[None], Case]]:
    """The demo case open in the case screen, the cursor after its alias; the case."""
    add_demo(store, Messages("nl"), TODAY)
    before = store.load_case(DEMO_ID)
    app = make_app(store, locations, clock)
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.press("e")
        assert isinstance(app.screen, CaseEditScreen)
        await pilot.press("end")
        yield pilot, before


async def test_an_edit_is_on_disk_half_a_second_after_its_key(
    store: Store, locations: Locations, clock: ManualClock
) -> None:
    async with editing_demo(store, locations, clock) as (pilot, before):
        await type_text(pilot, " nieuw")
        assert store.load_case(DEMO_ID) == before  # not yet: the half second waits
        await due(pilot, clock)
        assert store.load_case(DEMO_ID).alias == f"{before.alias} nieuw"
        await pilot.press("end", *["backspace"] * 40)  # an empty alias: nothing to save yet
        await due(pilot, clock)
        assert store.load_case(DEMO_ID).alias == f"{before.alias} nieuw"
        assert str(pilot.app.screen.query_one("#case-problems").render()) == ""
        await type_text(pilot, "Casus Y")
        await due(pilot, clock)
        assert store.load_case(DEMO_ID).alias == "Casus Y"


async def test_discarding_puts_the_case_back_as_it_opened(
    store: Store, locations: Locations, clock: ManualClock
) -> None:
    async with editing_demo(store, locations, clock) as (pilot, before):
        await type_text(pilot, " weg")
        await due(pilot, clock)
        assert store.load_case(DEMO_ID).alias.endswith(" weg")
        await pilot.press("escape", "enter")  # the question, and "discard"
        await pilot.pause()
        assert isinstance(pilot.app.screen, StartScreen)
    assert store.load_case(DEMO_ID) == before


async def test_a_new_case_saved_meanwhile_is_erased_again_when_discarded(
    store: Store, locations: Locations, clock: ManualClock
) -> None:
    app = make_app(store, locations, clock)
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.pause()
        await pilot.press("n")
        await type_text(pilot, "Casus Nieuw")
        await due(pilot, clock)
        assert [s.alias for s in store.list_cases().cases] == ["Casus Nieuw"]
        await pilot.press("escape", "enter")
        await pilot.pause()
    assert store.list_cases().cases == []
    assert list(store.cases_dir.iterdir()) == []


def test_a_form_that_makes_no_case_yet_writes_nothing_and_says_nothing(
    store: Store, clock: ManualClock
) -> None:
    case = make_case()
    store.save_case(case)
    wanted: list[object] = [Invalid([("invalid.required", {"field": "Alias"})])]
    reported: list[object] = []

    def form() -> object:
        if isinstance(wanted[0], Exception):
            raise wanted[0]
        return wanted[0]

    recorder = CaseRecorder(store, form, clock)  # type: ignore[arg-type]
    recorder.report = reported.append
    recorder.edited()
    clock.advance(AUTOSAVE_DELAY)
    recorder.tick()
    assert (recorder.saved, reported, recorder.due) == (None, [], None)
    wanted[0] = case.model_copy(update={"alias": "Casus Z"})
    recorder.edited()
    clock.advance(AUTOSAVE_DELAY)
    recorder.tick()
    assert store.load_case(case.id).alias == "Casus Z"
