"""The minutes preview: the Markdown on screen; Enter or ctrl+s saves, Escape goes back;
`t` and `h` copy the minutes as plain text or HTML for a mail."""

from __future__ import annotations

import pytest
from textual.widgets import Markdown

from agenda.clock import ManualClock
from agenda.document import Document, Table
from agenda.forms import Form, render
from agenda.locations import Locations
from agenda.minutes import minutes_document
from agenda.storage import Store
from tests.markdown_reader import read_blocks
from tests.minutes_scenario import Scenario
from tests.pilot import demo_meeting, make_app, on_top, showing
from tests.test_minutes import plain
from tui.commands import label_of
from tui.compat import MarkdownTable
from tui.dialogs.minutes_preview import MinutesPreview, OneWidgetTable


@pytest.mark.parametrize(("keys", "answer"), [("enter", True), ("ctrl+s", True), ("escape", False)])
async def test_preview_answers_save_or_back(
    store: Store, locations: Locations, clock: ManualClock, keys: str, answer: bool
) -> None:
    document = document_of(Scenario.build(plain, ["Anna", "Bram", "Cem"]))
    markdown = render(document, Form.MARKDOWN)
    answers: list[bool | None] = []
    app = make_app(store, locations, clock)
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.pause()
        start = app.screen
        app.push_screen(MinutesPreview(document), answers.append)
        await pilot.pause()
        preview = app.screen
        assert isinstance(preview, MinutesPreview)
        assert preview.query_one(Markdown).source == markdown
        assert len(preview.query(MarkdownTable)) == 16
        shown = {
            k: label_of(b, app.t) for k, b in preview.active_bindings.items() if b.binding.show
        }
        assert shown["enter"] == "Opslaan"
        assert shown["escape"] == "Terug"
        await pilot.press(keys)
        await pilot.pause()
        assert answers == [answer]
        assert on_top(app) is start


def document_of(s: Scenario) -> Document:
    return minutes_document(s.case, s.meeting, s.stored_actions, s.meetings)


def tricky(name: str) -> str:
    return f"{name} |#<script>x</script> *ster* `code` [link](x) 😀 שלום\nregel twee"


async def test_every_table_cell_shows_the_text_as_typed(
    store: Store, locations: Locations, clock: ManualClock
) -> None:
    """The preview draws each table as one widget: its cells must be the very texts
    markdown-it reads from the minutes, so what the team reads is what is mailed."""
    document = document_of(Scenario.build(tricky, ["Anna", "Bram", "Cem"]))
    markdown = render(document, Form.MARKDOWN)
    expected = [
        (block.header, *block.rows) for block in read_blocks(markdown) if isinstance(block, Table)
    ]
    app = make_app(store, locations, clock)
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.pause()
        app.push_screen(MinutesPreview(document))
        await pilot.pause()
        shown = [tuple(table.rows) for table in app.screen.query(OneWidgetTable)]
    assert len(expected) == 16
    assert shown == expected
    checkin = shown[4]  # after the people tables of Anna, Bram, Cem and the family
    assert any("|#<script>x</script> *ster* `code`" in cell for row in checkin for cell in row)


async def test_copy_puts_the_plain_text_or_the_html_on_the_clipboard(
    store: Store, locations: Locations, clock: ManualClock
) -> None:
    """Textual copies through the terminal (OSC 52) and keeps what it copied in
    `App.clipboard`; what lands there is the very text the minutes files hold."""
    document = document_of(Scenario.build(tricky, ["Anna", "Bram", "Cem"]))
    app = make_app(store, locations, clock)
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.pause()
        app.push_screen(MinutesPreview(document))
        await pilot.pause()
        await pilot.press("t")
        assert app.clipboard == render(document, Form.TEXT)
        assert "\\|" not in app.clipboard and "|#<script>x</script> *ster*" in app.clipboard
        await pilot.press("h")
        assert app.clipboard == render(document, Form.HTML)
        assert app.clipboard.startswith("<!DOCTYPE html>")
        assert isinstance(on_top(app), MinutesPreview)  # copying does not close it


async def test_copied_at_close_is_what_the_close_writes(
    store: Store, locations: Locations, clock: ManualClock
) -> None:
    """F4 shows the minutes as they will be (an end time, no draft line): copied there,
    they are byte for byte the plain-text file the close then writes."""
    async with demo_meeting(store, locations, clock) as (pilot, _):
        clock.advance(45 * 60)
        await pilot.press("f4")
        await pilot.pause()
        showing(pilot.app, MinutesPreview)
        await pilot.press("t")
        copied = pilot.app.clipboard
        await pilot.press("enter")
        await pilot.pause()
        await pilot.press("ctrl+q")
    written = locations.minutes_dir / "2026-11-28_casus-x-voorbeeld.txt"
    assert copied == written.read_text(encoding="utf-8")
    assert "Einde: za 28 nov 2026, 09:45" in copied
    assert "het overleg loopt nog" not in copied
