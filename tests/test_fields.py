"""Text fields wrap on the shared screen: nothing scrolls sideways, a field without the
cursor shows its text from the start, and a paste keeps every word."""

from __future__ import annotations

from itertools import pairwise

from rich.cells import cell_len
from textual import events
from textual.app import App, ComposeResult
from textual.widgets import Input

from agenda.clock import ManualClock
from agenda.locations import Locations
from agenda.storage import Store
from tests.pilot import demo_meeting, type_text
from tui.widgets.fields import Field, RecordField, wrap_starts

LONG = "Ik draag alles alleen; moeder belt mij dagelijks en de school vraagt om een gesprek"


def lines_of(text: str, width: int) -> list[str]:
    starts = [*wrap_starts(text, width), len(text)]
    return [text[a:b] for a, b in pairwise(starts)]


def test_wrapping_breaks_after_words_and_cuts_only_a_word_longer_than_a_line() -> None:
    assert lines_of("aa bb cc", 5) == ["aa bb ", "cc"]  # a line's last space may hang over
    assert lines_of("Ik draag alles alleen", 10) == ["Ik draag ", "alles ", "alleen"]
    assert lines_of("abcdefghij kl", 4) == ["abcd", "efgh", "ij ", "kl"]
    assert lines_of("", 5) == [""]
    for width in (2, 3, 7, 20):
        for line in lines_of(LONG + " 🙂🙂 " + "x" * 30, width):
            assert cell_len(line.rstrip(" ")) <= width
    assert lines_of("🙂", 1) == ["🙂"]  # wider than the line: shown, not looped on


class OneField(App[None]):
    def compose(self) -> ComposeResult:
        yield RecordField(LONG, id="answer")
        yield Field("kort", id="other")


def shown(field: Input) -> list[str]:
    return [field.render_line(y).text.rstrip() for y in range(field.size.height)]


async def test_a_long_answer_shows_whole_over_several_lines_and_scrolls_nowhere() -> None:
    app = OneField()
    async with app.run_test(size=(30, 10)) as pilot:
        await pilot.pause()
        field = app.query_one("#answer", Input)
        assert field.size.height == len(wrap_starts(LONG, field.size.width)) >= 3
        assert " ".join(line.strip() for line in shown(field)) == LONG
        field.focus()
        await pilot.pause()
        field.cursor_position = len(LONG)
        await pilot.press("space", "j", "a")
        await pilot.pause()
        assert field.scroll_offset.x == 0
        app.query_one("#other", Input).focus()
        await pilot.pause()
        assert shown(field)[0].startswith("Ik draag alles")
        assert " ".join(line.strip() for line in shown(field)).endswith("gesprek ja")


async def test_a_pasted_text_of_several_lines_keeps_every_word() -> None:
    app = OneField()
    async with app.run_test(size=(30, 10)) as pilot:
        field = app.query_one("#other", Input)
        field.focus()
        await pilot.pause()
        field.cursor_position = len(field.value)
        # As a terminal sends a paste: to the app, which hands it to the field.
        app.post_message(events.Paste(" eerste regel\ntweede regel\r\nderde"))
        await pilot.pause()
        assert field.value == "kort eerste regel tweede regel derde"


async def test_an_unfocused_round_answer_shows_the_start_of_what_was_typed(
    store: Store, locations: Locations, clock: ManualClock
) -> None:
    async with demo_meeting(store, locations, clock, size=(80, 24)) as (pilot, _):
        await pilot.press("tab")
        await type_text(pilot, LONG)
        answer = pilot.app.focused
        assert isinstance(answer, RecordField)
        await pilot.press("tab")
        assert answer.size.height >= 2
        assert shown(answer)[0].startswith("Ik draag alles alleen;")
        assert answer.scroll_offset.x == 0
