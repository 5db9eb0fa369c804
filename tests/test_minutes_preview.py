"""The minutes preview: the Markdown on screen; Enter or ctrl+s saves, Escape goes back."""

from __future__ import annotations

import pytest
from textual.widgets import Markdown
from textual.widgets._markdown import MarkdownTable

from agenda.clock import ManualClock
from agenda.locations import Locations
from agenda.storage import Store
from tests.minutes_scenario import Scenario
from tests.pilot import make_app
from tests.test_minutes import minutes_of, plain
from tui.screens.minutes_preview import MinutesPreview


@pytest.mark.parametrize(("keys", "answer"), [("enter", True), ("ctrl+s", True), ("escape", False)])
async def test_preview_answers_save_or_back(
    store: Store, locations: Locations, clock: ManualClock, keys: str, answer: bool
) -> None:
    markdown = minutes_of(Scenario.build(plain, ["Anna", "Bram", "Cem"]))
    answers: list[bool | None] = []
    app = make_app(store, locations, clock)
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.pause()
        start = app.screen
        app.push_screen(MinutesPreview(markdown), answers.append)
        await pilot.pause()
        preview = app.screen
        assert isinstance(preview, MinutesPreview)
        assert preview.query_one(Markdown).source == markdown
        assert len(preview.query(MarkdownTable)) == 9
        shown = {
            k: b.binding.description for k, b in preview.active_bindings.items() if b.binding.show
        }
        assert shown["enter"] == "Opslaan"
        assert shown["escape"] == "Terug"
        await pilot.press(keys)
        await pilot.pause()
        assert answers == [answer]
        assert app.screen is start
