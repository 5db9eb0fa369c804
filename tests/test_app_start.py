"""The app starts on the start screen and lists the cases, the first one selected."""

from __future__ import annotations

from textual.widgets import DataTable

from agenda.clock import ManualClock
from agenda.demo import add_demo
from agenda.i18n import Messages
from agenda.locations import Locations
from agenda.storage import Store
from tests.conftest import TODAY
from tests.pilot import make_app, type_text
from tui.screens.start import StartScreen


async def test_demo_case_is_on_the_start_screen(
    store: Store, locations: Locations, clock: ManualClock
) -> None:
    add_demo(store, Messages("nl"), TODAY)
    app = make_app(store, locations, clock)
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.pause()
        screen = app.screen
        assert isinstance(screen, StartScreen)
        table = screen.query_one("#cases", DataTable)
        assert table.row_count == 1
        assert str(table.get_row_at(0)[0]) == "Casus X (voorbeeld)"
        assert table.get_row_at(0)[2] == "6"
        assert screen.selected_case_id == "demo"


async def test_a_damaged_case_is_reported_and_the_rest_listed(
    store: Store, locations: Locations, clock: ManualClock
) -> None:
    add_demo(store, Messages("en"), TODAY)
    (store.cases_dir / "broken").mkdir()
    (store.cases_dir / "broken" / "case.json").write_text("{not json")
    app = make_app(store, locations, clock, lang="en")
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.pause()
        table = app.screen.query_one("#cases", DataTable)
        assert str(table.get_row_at(0)[0]) == "Case X (example)"
        text = str(app.screen.query_one("#start-problems").render())
        assert "case.json cannot be read" in text


async def test_theme_switch_is_in_the_palette_and_remembered(
    store: Store, locations: Locations, clock: ManualClock
) -> None:
    from tui.themes import CALM, CONTRAST

    app = make_app(store, locations, clock)
    async with app.run_test(size=(120, 40)) as pilot:
        assert app.theme == CALM.name
        await pilot.press("ctrl+p")
        await type_text(pilot, "contrast")
        await pilot.pause(0.3)  # the palette searches in a worker
        await pilot.press("enter")
        await pilot.pause()
        assert app.theme == CONTRAST.name
    assert store.load_settings().theme == "contrast"
    again = make_app(store, locations, clock)
    async with again.run_test(size=(120, 40)):
        assert again.theme == CONTRAST.name
