"""The app starts on the start screen and lists the cases, the first one selected."""

from __future__ import annotations

from pathlib import Path

import pytest
from textual.geometry import Spacing
from textual.widgets import DataTable

from agenda.clock import ManualClock
from agenda.demo import add_demo
from agenda.i18n import Messages
from agenda.locations import Locations
from agenda.storage import Store
from tests.conftest import TODAY
from tests.pilot import make_app, type_text
from tui.app import SCREEN_STYLES, VliegwielApp
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


def screen_styles_read(app: VliegwielApp) -> bool:
    return any(Path(path) == SCREEN_STYLES for path, _ in app.stylesheet.source)


async def test_the_other_screens_styles_load_after_the_case_list(
    store: Store, locations: Locations, clock: ManualClock
) -> None:
    add_demo(store, Messages("nl"), TODAY)
    app = make_app(store, locations, clock)
    async with app.run_test(size=(120, 40)) as pilot:
        for _ in range(20):
            await pilot.pause(0.05)
            if screen_styles_read(app):
                break
        assert screen_styles_read(app)
        assert isinstance(app.screen, StartScreen)


@pytest.mark.parametrize(("key", "screen"), [("f1", "HelpScreen"), ("n", "CaseEditScreen")])
async def test_a_screen_opened_before_the_rest_loaded_has_its_styles(
    store: Store,
    locations: Locations,
    clock: ManualClock,
    monkeypatch: pytest.MonkeyPatch,
    key: str,
    screen: str,
) -> None:
    """A key pressed at once, before the other screens' styles were read after the case
    list: the screen it opens reads them first, so it looks as it always does."""
    monkeypatch.setattr("tui.app.load_the_rest", lambda app: None)
    add_demo(store, Messages("nl"), TODAY)
    app = make_app(store, locations, clock)
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.pause()
        assert not screen_styles_read(app)
        await pilot.press(key)
        await pilot.pause()
        assert type(app.screen).__name__ == screen
        assert screen_styles_read(app)
        if screen == "HelpScreen":  # vliegwiel.tcss: ModalScreen { align: center middle; }
            assert (app.screen.styles.align_horizontal, app.screen.styles.align_vertical) == (
                "center",
                "middle",
            )
        else:  # vliegwiel.tcss: #case-form { padding: 0 2; }
            assert app.screen.query_one("#case-form").styles.padding == Spacing(0, 2, 0, 2)
