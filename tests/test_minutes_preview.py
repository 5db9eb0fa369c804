"""The minutes preview: the Markdown on screen; Enter or ctrl+s saves, Escape goes back."""

from __future__ import annotations

import pytest
from textual.widgets import Markdown

from agenda.clock import ManualClock
from agenda.locations import Locations
from agenda.markdown_doc import Table
from agenda.storage import Store
from tests.markdown_reader import read_blocks
from tests.minutes_scenario import Scenario
from tests.pilot import make_app, on_top
from tests.test_minutes import minutes_of, plain
from tui.commands import label_of
from tui.compat import MarkdownTable
from tui.dialogs.minutes_preview import MinutesPreview, OneWidgetTable


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
            k: label_of(b, app.t) for k, b in preview.active_bindings.items() if b.binding.show
        }
        assert shown["enter"] == "Opslaan"
        assert shown["escape"] == "Terug"
        await pilot.press(keys)
        await pilot.pause()
        assert answers == [answer]
        assert on_top(app) is start


def tricky(name: str) -> str:
    return f"{name} |#<script>x</script> *ster* `code` [link](x) 😀 שלום\nregel twee"


async def test_every_table_cell_shows_the_text_as_typed(
    store: Store, locations: Locations, clock: ManualClock
) -> None:
    """The preview draws each table as one widget: its cells must be the very texts
    markdown-it reads from the minutes, so what the team reads is what is mailed."""
    markdown = minutes_of(Scenario.build(tricky, ["Anna", "Bram", "Cem"]))
    expected = [
        (block.header, *block.rows) for block in read_blocks(markdown) if isinstance(block, Table)
    ]
    app = make_app(store, locations, clock)
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.pause()
        app.push_screen(MinutesPreview(markdown))
        await pilot.pause()
        shown = [tuple(table.rows) for table in app.screen.query(OneWidgetTable)]
    assert len(expected) == 9
    assert shown == expected
    assert any("|#<script>x</script> *ster* `code`" in cell for row in shown[0] for cell in row)
