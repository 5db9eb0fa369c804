"""An agenda per meeting, with real keys: the attendance dialog picks this meeting's agenda
and length (the case's by default, another agenda with its own length), and guests join
the attendance and take their turn in the rounds."""

from __future__ import annotations

import json
from pathlib import Path

from textual.pilot import Pilot
from textual.widgets import Input, Select, Static

from agenda.clock import ManualClock
from agenda.demo import add_demo
from agenda.i18n import Messages
from agenda.locations import Locations
from agenda.storage import Store
from tests.conftest import TODAY
from tests.pilot import make_app, on_top, showing, shown_text, type_text
from tui.app import VliegwielApp
from tui.dialogs.attendance import AttendanceScreen
from tui.dialogs.guest_form import GuestForm
from tui.dialogs.help import HelpScreen
from tui.screens.meeting import MeetingScreen
from tui.steps.round import RoundRow
from tui.widgets.toggles import Tick

TEAM = 5
"""The demo's kernteam: five ticks before the guest button, the chair, the agenda."""
ADD_GUEST = ["down"] * TEAM + ["enter"]
"""From the first person to the "Gast toevoegen" button, and Enter on it."""


def demo_app(store: Store, locations: Locations, clock: ManualClock) -> VliegwielApp:
    add_demo(store, Messages("nl"), TODAY)
    return make_app(store, locations, clock)


def meeting_file(store: Store, meeting_id: str) -> dict[str, object]:
    path: Path = next(r.path for r in store.list_meetings("demo") if r.id == meeting_id)
    stored: dict[str, object] = json.loads(path.read_text(encoding="utf-8"))["meeting"]["1"]
    return stored


async def to_agenda(pilot: Pilot[None]) -> None:
    """From the first person, ↓ past the team, the guest button and the chair."""
    await pilot.press(*["down"] * (TEAM + 2))
    assert isinstance(pilot.app.focused, Select)


async def test_the_retrospective_keeps_its_four_hours_for_this_meeting_only(
    store: Store, locations: Locations, clock: ManualClock
) -> None:
    app = demo_app(store, locations, clock)
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.press("enter")
        dialog = showing(app, AttendanceScreen)
        minutes = dialog.query_one("#attendance-minutes", Input)
        assert minutes.value == "60"  # the case's agenda, at the case's length
        await to_agenda(pilot)
        await pilot.press("space", "down", "down", "enter")  # open the list; retrospectief
        assert dialog.query_one("#attendance-template", Select).value == "retrospectief"
        assert minutes.value == "240"
        await pilot.press("enter")
        await pilot.pause()
        screen = showing(app, MeetingScreen)
        meeting = screen.session.meeting
        assert meeting.template_id == "retrospectief"
        assert [s.minutes for s in meeting.steps] == [20, 25, 40, 85, 55, 15]
        stored = meeting_file(store, meeting.id)
        assert stored["template_id"] == "retrospectief"
        assert sum(step["minutes"] for step in stored["steps"]) == 240  # type: ignore[attr-defined]
        assert store.load_case("demo").template_id == "kernteam"  # the case keeps its own
        assert "van 4:00:00 · einde 13:00" in str(screen.query_one("#meeting-clock").render())


async def test_a_length_for_this_meeting_scales_its_steps_and_a_wrong_one_is_said(
    store: Store, locations: Locations, clock: ManualClock
) -> None:
    app = demo_app(store, locations, clock)
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.press("enter")
        dialog = showing(app, AttendanceScreen)
        await to_agenda(pilot)
        await pilot.press("down")
        await pilot.press("ctrl+a", "ctrl+k", "5", "enter")  # 5 minutes: too short
        problems = str(dialog.query_one("#attendance-problems", Static).render())
        assert problems == "Een overleg duurt tussen 10 en 480 minuten."
        assert on_top(app) is dialog and dialog.query_one("#attendance-minutes").has_focus
        await pilot.press("backspace", *"45", "enter")
        await pilot.pause()
        meeting = showing(app, MeetingScreen).session.meeting
        assert meeting.template_id == "kernteam" and meeting.planned_seconds == 45 * 60
        assert store.load_case("demo").meeting_minutes == 60


async def test_guests_join_the_attendance_and_take_their_turn_in_the_rounds(
    store: Store, locations: Locations, clock: ManualClock
) -> None:
    app = demo_app(store, locations, clock)
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.press("enter")
        dialog = showing(app, AttendanceScreen)
        await pilot.press("f1")
        assert "Gast – Iemand van buiten het kernteam" in shown_text(showing(app, HelpScreen))
        await pilot.press("escape")

        await pilot.press(*ADD_GUEST)
        form = showing(app, GuestForm)
        await type_text(pilot, "Jeroen Bakker")  # a member, not a guest
        await pilot.press("enter")
        assert on_top(app) is form
        assert "staat al in de lijst" in str(form.query_one(".dialog-problems", Static).render())
        await pilot.press("ctrl+a", "ctrl+k")
        await type_text(pilot, "Sanne Dijk")
        await pilot.press("tab")
        await type_text(pilot, "GGZ Oost")
        await pilot.press("enter")
        await pilot.pause()
        assert on_top(app) is dialog
        (guest,) = dialog.query(".guest").results(Tick)
        assert (str(guest.label), guest.value) == ("Sanne Dijk – gast, GGZ Oost", True)
        await pilot.press("enter")  # start, the guest ticked
        await pilot.pause()
        screen = showing(app, MeetingScreen)
        meeting = screen.session.meeting
        assert "Sanne Dijk" in meeting.present and "Sanne Dijk" not in meeting.absent
        rows = [row.entry.member for row in screen.view.query(RoundRow)]
        assert rows[-1] == "Sanne Dijk"
        await pilot.press(*["tab"] * (TEAM * 3 + 1))  # past five rows of three fields
        assert pilot.app.focused in list(list(screen.view.query(RoundRow))[-1].query("*"))
        await type_text(pilot, "Fijn om mee te denken")
        screen.save_now()
        stored = meeting_file(store, meeting.id)
        assert stored["guests"] == [{"name": "Sanne Dijk", "organisation": "GGZ Oost"}]
        round_ = stored["records"][0]["round"]  # type: ignore[index]
        assert round_[-1]["member"] == "Sanne Dijk"
        assert round_[-1]["answers"][0] == "Fijn om mee te denken"

        await pilot.press("ctrl+g")  # the roles: the guest among them, from outside
        assert "Sanne Dijk" in shown_text(on_top(app)) and "gast, GGZ Oost" in shown_text(
            on_top(app)
        )
        await pilot.press("escape", "f4")
        await pilot.pause()
        await pilot.press("enter")  # the minutes saved, the meeting closed
        await pilot.pause()
    minutes_file = store.load_meeting("demo", meeting.id).minutes_file
    assert minutes_file is not None
    minutes = Path(minutes_file).read_text(encoding="utf-8")
    assert "- Gasten: Sanne Dijk (GGZ Oost)" in minutes
    present = next(line for line in minutes.splitlines() if line.startswith("- Aanwezig:"))
    assert "Sanne Dijk" not in present and "Linda Smit – regio" in present
    assert "| Sanne Dijk | – | Fijn om mee te denken |  |" in minutes  # her turn in the round


async def test_a_resumed_meeting_keeps_its_guests_and_its_agenda(
    store: Store, locations: Locations, clock: ManualClock
) -> None:
    app = demo_app(store, locations, clock)
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.press("enter", *ADD_GUEST)
        await type_text(pilot, "Sanne Dijk")
        await pilot.press("enter")
        await pilot.pause()
        await pilot.press("enter")
        await pilot.pause()
        showing(app, MeetingScreen)
        await pilot.press("ctrl+q")
    app = make_app(store, locations, clock)
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.press("enter")
        dialog = showing(app, AttendanceScreen)
        assert not dialog.query("#attendance-template")  # a resumed meeting keeps its agenda
        guests = [tick for tick in dialog.query(".guest")]
        assert len(guests) == 1 and guests[0].name == "Sanne Dijk"
        await pilot.press("enter")
        await pilot.pause()
        meeting = showing(app, MeetingScreen).session.meeting
        assert [g.name for g in meeting.guests] == ["Sanne Dijk"]
        assert "Sanne Dijk" in meeting.present
