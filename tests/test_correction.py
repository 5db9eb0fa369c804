"""Concept → final: the chair opens the last closed meeting's texts from the start screen
(`c`), puts in the team's corrections, and makes the minutes final (F4). Everything goes
through the meeting's session and recorder; the minutes files follow every step."""

from __future__ import annotations

from textual.widgets import Input

from agenda.clock import ManualClock
from agenda.demo import DEMO_ID, add_demo
from agenda.document import Items
from agenda.figures import MeetingDate
from agenda.forms import Form
from agenda.i18n import Messages
from agenda.locations import Locations
from agenda.minutes import write_minutes
from agenda.storage import Store
from tests.conftest import TODAY
from tests.factories import make_case
from tests.markdown_reader import read_blocks
from tests.pilot import make_app, on_top, showing, type_text
from tui.compat import notifications
from tui.dialogs.dialog import ConfirmDialog
from tui.screens.correction import CorrectionScreen
from tui.screens.start import StartScreen

MINUTES = "2026-11-21_casus-x-voorbeeld"


def exported(store: Store, form: Form = Form.MARKDOWN) -> str:
    """What `vliegwiel export` writes for the demo's closed meeting."""
    refs = store.list_meetings(DEMO_ID)
    meeting = store.load_meeting(DEMO_ID, refs[0].id)
    dates = [MeetingDate(r.id, r.on) for r in refs]
    actions = store.load_actions(DEMO_ID)
    return write_minutes(store.load_case(DEMO_ID), meeting, actions, dates, form)


def state_line(markdown: str) -> str:
    header = next(b for b in read_blocks(markdown) if isinstance(b, Items))
    return header.items[-1]


async def test_corrections_then_final(
    store: Store, locations: Locations, clock: ManualClock
) -> None:
    add_demo(store, Messages("nl"), TODAY)
    before = store.load_meeting(DEMO_ID, store.list_meetings(DEMO_ID)[0].id)
    app = make_app(store, locations, clock)
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.pause()
        await pilot.press("c")
        await pilot.pause()
        screen = showing(app, CorrectionScreen)
        first = app.focused
        assert isinstance(first, Input)  # Anouk's first check-in answer, the cursor in it
        await type_text(pilot, "Correctie van Anouk")
        clock.advance(1)
        await pilot.pause()
        await pilot.press("escape")  # back: the minutes are written again
        await pilot.pause()
        assert isinstance(on_top(app), StartScreen)
        path = locations.minutes_dir / f"{MINUTES}.md"
        concept = path.read_text(encoding="utf-8")
        assert "| Anouk de Vries | ja | Correctie van Anouk |  |" in concept
        assert state_line(concept).startswith("Verslag: concept.")
        assert concept == exported(store)

        await pilot.press("c")  # again, a week on: the team had its say
        await pilot.pause()
        screen = showing(app, CorrectionScreen)
        await pilot.press("f4")
        await pilot.pause()
        showing(app, ConfirmDialog)
        await pilot.press("enter")
        await pilot.pause()
        assert on_top(app) is screen
        assert all(field.disabled for field in screen.query("Input, TextArea"))
        assert screen.check_action("make_final", ()) is None  # F4 is done
        await pilot.press("escape")
        await pilot.pause()
        await pilot.press("ctrl+q")

    final = path.read_text(encoding="utf-8")
    assert state_line(final) == "Verslag: definitief sinds za 28 nov 2026."
    assert final == exported(store)
    for form in (Form.TEXT, Form.HTML):
        assert path.with_suffix(form.suffix).read_text(encoding="utf-8") == exported(store, form)
    after = store.load_meeting(DEMO_ID, before.id)
    assert after.records[0].round[0].answers[0] == "Correctie van Anouk"
    # Only the text changed: the clocks, the rows and the next meeting are as they closed.
    assert [r.seconds for r in after.records] == [r.seconds for r in before.records]
    assert [len(r.round) for r in after.records] == [len(r.round) for r in before.records]
    assert (after.next_meeting, after.ended, after.status) == (
        before.next_meeting,
        before.ended,
        before.status,
    )


async def test_a_case_without_a_closed_meeting_says_so(
    store: Store, locations: Locations, clock: ManualClock
) -> None:
    store.save_case(make_case("Casus Y"))
    app = make_app(store, locations, clock)
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.pause()
        await pilot.press("c")
        await pilot.pause()
        assert isinstance(on_top(app), StartScreen)
        shown = [n.message for n in notifications(app)]
        assert shown == ["‘Casus Y’ heeft nog geen afgesloten overleg om te corrigeren."]
