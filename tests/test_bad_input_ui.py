"""Whatever is typed or pasted is kept and shown as typed: no crash, no markup, no loss."""

from __future__ import annotations

from textual import events
from textual.widgets import DataTable, TextArea

from agenda.case import CoursePoint, TeamMember
from agenda.clock import ManualClock
from agenda.locations import Locations
from agenda.storage import Store
from tests.factories import make_case
from tests.pilot import make_app, start_meeting, type_text
from tui.widgets.course_panel import CoursePanel

NASTY = "[b]vet[/b] [/] |#<script>alert(1)</script> `x` *y* 🙂👨‍👩‍👧 مرحبا ‮omgekeerd‬ \x07"
PASTE = ("Lange plak-tekst met alles erin: " + NASTY + "\n") * 1200  # about 100 KB


async def test_markup_and_emoji_in_case_text_show_literally(
    store: Store, locations: Locations, clock: ManualClock
) -> None:
    case = make_case(
        alias="Casus [b]X[/b] 🙂",
        team=[TeamMember(name="[red]Anna[/]"), TeamMember(name="Bram ‮ltr")],
        course=[CoursePoint(text="[/] rust |# <b>kalm</b>")],
    )
    store.save_case(case)
    app = make_app(store, locations, clock)
    async with app.run_test(size=(120, 40)) as pilot:
        table = app.screen.query_one("#cases", DataTable)
        assert str(table.get_row_at(0)[0]) == "Casus [b]X[/b] 🙂"
        screen = await start_meeting(pilot)
        panel = str(screen.query_one(CoursePanel).query_one("#course-points").render())
        assert "[/] rust |# <b>kalm</b>" in panel
        assert "[red]Anna[/]" in str(screen.query_one(".member-name").render())


async def test_a_100_kb_paste_and_nasty_typing_are_stored_as_typed(
    store: Store, locations: Locations, clock: ManualClock
) -> None:
    store.save_case(make_case())
    app = make_app(store, locations, clock)
    async with app.run_test(size=(120, 40)) as pilot:
        screen = await start_meeting(pilot)
        await pilot.press("tab")  # the first member's first answer
        await type_text(pilot, "[/] |# <script>")
        app.post_message(events.Paste(" 🙂 مرحبا"))  # emoji and RTL arrive as pasted text
        await pilot.pause()
        await pilot.press("f8")
        area = app.focused
        assert isinstance(area, TextArea)
        app.post_message(events.Paste(PASTE))  # as the terminal delivers it
        await pilot.pause()
        assert len(PASTE) > 100_000
        assert area.text == PASTE
        screen.save_now()
        meeting_id = screen.session.meeting.id
        case_id = screen.session.case.id
    stored = store.load_meeting(case_id, meeting_id)
    assert stored.records[0].round[0].answers[0] == "[/] |# <script> 🙂 مرحبا"
    assert stored.records[1].text == PASTE
