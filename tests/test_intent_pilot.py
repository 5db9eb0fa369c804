"""The intent and every member's role on screen during the meeting, with real keys."""

from __future__ import annotations

from pathlib import Path

from textual.pilot import Pilot
from textual.widgets import Static

from agenda.clock import ManualClock
from agenda.demo import add_demo
from agenda.i18n import Messages
from agenda.locations import Locations
from agenda.storage import Store
from agenda.templates import StepKind
from tests.conftest import TODAY
from tests.pilot import (
    demo_meeting,
    make_app,
    on_top,
    press_f8_to,
    shown_text,
    start_meeting,
    type_text,
)
from tui.dialogs.help import HelpScreen
from tui.dialogs.intent import IntentScreen
from tui.dialogs.stop import StopScreen
from tui.screens.meeting import MeetingScreen
from tui.widgets.toggles import Tick

T = Messages("nl")


async def test_ctrl_t_shows_the_intent_the_commitment_and_every_role_and_task(
    store: Store, locations: Locations, clock: ManualClock
) -> None:
    async with demo_meeting(store, locations, clock) as (pilot, meeting):
        app = pilot.app
        await pilot.press("tab")  # from "zit je lekker?" to the first answer
        await type_text(pilot, "ok")  # in the check-in, a field half typed
        await pilot.press("ctrl+g")
        screen = on_top(app)
        assert isinstance(screen, IntentScreen)
        text = " ".join(shown_text(screen).split())
        assert T("intent.1").split("‘")[0].strip() in text  # "Koers:"
        assert "Besluiten en keuzes maken we altijd gezamenlijk" in text
        assert "Commitment in houding en gedrag" in text
        assert "De dynamiek vormt het probleem." in text
        assert "Opdracht van het kernteam" in text
        for member in meeting.session.case.team:
            assert member.name in text
            assert " ".join(member.task.split()[:3]) in text
        assert "regiehouder / jeugdbeschermer" in text
        assert text.count("✓ aanwezig") == 5
        await pilot.press("escape")
        assert on_top(app) is meeting
        assert meeting.session.meeting.records[0].round[0].answers[0] == "ok"


async def test_f1_and_the_palette_list_the_intent_key(
    store: Store, locations: Locations, clock: ManualClock
) -> None:
    async with demo_meeting(store, locations, clock) as (pilot, meeting):
        titles = {c.title for c in pilot.app.get_system_commands(meeting)}
        assert "Intentie en rollen (Ctrl+G)" in titles
        await pilot.press("f1")
        help_screen = on_top(pilot.app)
        assert isinstance(help_screen, HelpScreen)
        assert "Ctrl+G" in shown_text(help_screen)


async def test_the_stop_screen_shows_the_intent_beside_its_questions(
    store: Store, locations: Locations, clock: ManualClock
) -> None:
    async with demo_meeting(store, locations, clock) as (pilot, meeting):
        await pilot.press("f9")
        screen = on_top(pilot.app)
        assert isinstance(screen, StopScreen)
        text = " ".join(shown_text(screen).split())
        assert "Wat gebeurt er nu?" in text
        assert "Onze intentieverklaring" in text
        assert "We zijn trouw aan onze koers" in text
        await type_text(pilot, "rust")
        await pilot.press("enter")
        assert on_top(pilot.app) is meeting
        assert meeting.session.meeting.stop_moments[-1].note == "rust"


async def test_f9_works_over_the_intent_screen(
    store: Store, locations: Locations, clock: ManualClock
) -> None:
    async with demo_meeting(store, locations, clock) as (pilot, meeting):
        await pilot.press("ctrl+g", "f9")
        assert isinstance(on_top(pilot.app), StopScreen)
        await pilot.press("escape")
        assert isinstance(on_top(pilot.app), IntentScreen)
        assert not meeting.session.stopped


async def test_on_a_small_screen_the_stop_shows_the_intents_names_and_keeps_the_note_in_view(
    store: Store, locations: Locations, clock: ManualClock
) -> None:
    async with demo_meeting(store, locations, clock, size=(80, 24)) as (pilot, meeting):
        await pilot.press("f9")
        screen = on_top(pilot.app)
        assert isinstance(screen, StopScreen)
        assert not screen.query_one("#stop-intent").display
        short = screen.query_one("#stop-intent-short", Static)
        assert short.display
        assert str(short.content) == (
            "Onze intentie: Koers · Betrouwbaar en open · Rust en overzicht · "
            "Transparant en gezamenlijk dragen · Vertrouwen en waardering"
        )
        note = screen.query_one("#stop-note")
        assert note.region.bottom <= screen.query_one("#stop").region.bottom
        await type_text(pilot, "even stil")
        await pilot.press("enter")
        assert meeting.session.meeting.stop_moments[-1].note == "even stil"


async def close_with_minutes(pilot: Pilot[None], meeting: MeetingScreen) -> str:
    """F4, Enter: the meeting closed; its minutes as written to disk."""
    await pilot.press("f4")
    await pilot.pause()
    await pilot.press("enter")
    await pilot.pause()
    assert meeting.session.meeting.minutes_file is not None
    return Path(meeting.session.meeting.minutes_file).read_text(encoding="utf-8")


async def test_the_chair_asks_for_the_intent_in_the_minutes_at_check_out(
    store: Store, locations: Locations, clock: ManualClock
) -> None:
    async with demo_meeting(store, locations, clock) as (pilot, meeting):
        session = meeting.session
        assert session.meeting.intent is not None and not session.meeting.intent.changed
        assert "## Intentieverklaring" not in meeting.recorder.minutes_text()
        await press_f8_to(pilot, meeting, StepKind.CLOSE)
        tick = meeting.view.query_one("#close-intent", Tick)
        assert (str(tick.label), tick.value, tick.disabled) == (
            "Intentieverklaring in de notulen",
            False,
            False,
        )
        await pilot.press(*["tab"] * 13)  # ten answers, informed, parents, next meeting
        assert tick.has_focus
        await pilot.press("space")
        assert session.meeting.intent_in_minutes
        minutes = await close_with_minutes(pilot, meeting)
    assert "## Intentieverklaring" in minutes
    assert "Gewijzigd sinds" not in minutes
    assert "- Betrouwbaar en open: ‘We zijn trouw aan onze koers" in minutes
    assert "Commitment in houding en gedrag:" in minutes


async def test_an_intent_changed_since_the_last_meeting_is_in_the_minutes_anyway(
    store: Store, locations: Locations, clock: ManualClock
) -> None:
    add_demo(store, T, TODAY)
    case = store.load_case("demo")
    store.save_case(case.model_copy(update={"intent": [*case.intent, "We vieren wat lukt."]}))
    app = make_app(store, locations, clock)
    async with app.run_test(size=(120, 40)) as pilot:
        meeting = await start_meeting(pilot)
        held = meeting.session.meeting.intent
        assert held is not None and held.changed and held.intent[-1] == "We vieren wat lukt."
        await press_f8_to(pilot, meeting, StepKind.CLOSE)
        tick = meeting.view.query_one("#close-intent", Tick)
        assert tick.value and tick.disabled
        assert "gewijzigd sinds het vorige overleg" in str(tick.label)
        minutes = await close_with_minutes(pilot, meeting)
    assert "## Intentieverklaring" in minutes
    assert "Gewijzigd sinds het vorige overleg" in minutes
    assert "- We vieren wat lukt." in minutes
    assert "- Aanwezig: Anouk de Vries – inhoud (analyseteam), Jeroen Bakker –" in minutes
