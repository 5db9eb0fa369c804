"""The parking place: a content question parked for the inhoudsteam (Ctrl+O, or the
palette's "Parkeren voor het inhoudsteam") in any step stays with the case, shows in
"Voortgang analyse" of every meeting until it is answered there, and the minutes list it.

The report splits process from content: "Op basis daarvan werd de inhoud/analyse
(analyseteam) en het proces (kernteam) opgesplitst" (ch. 4).
"""

from __future__ import annotations

from datetime import datetime, timedelta

import pytest
from textual.pilot import Pilot
from textual.widgets import Input, Static

from agenda.clock import ManualClock
from agenda.document import Paragraph, Table
from agenda.errors import Invalid
from agenda.i18n import Lang, Messages
from agenda.locations import Locations
from agenda.parked import answered, new_question, open_during
from agenda.recorder import MeetingRecorder
from agenda.session import MeetingSession
from agenda.storage import Store
from agenda.templates import StepKind
from tests.conftest import NOW
from tests.factories import make_case, make_meeting
from tests.minutes_sections import section
from tests.pilot import (
    Wall,
    demo_meeting,
    on_top,
    run_from_palette,
    showing,
    start_meeting,
    type_text,
)
from tests.test_action_pilot import app_on, end_meeting, go_to, rows, shown
from tui.dialogs.park import ParkDialog
from tui.dialogs.parked_answer import ParkedAnswerDialog
from tui.screens.meeting import MeetingScreen
from tui.widgets.parked_list import ParkedList

WEEK = timedelta(days=7)


def test_a_question_needs_words_and_an_answer_closes_it() -> None:
    with pytest.raises(Invalid):
        new_question(" \n ", "Bram", NOW, "m1", "situation")
    question = new_question(" Wat wil het meisje zelf? ", " Bram  ", NOW, "m1", "situation")
    assert (question.text, question.raised_by, question.is_open) == (
        "Wat wil het meisje zelf?",
        "Bram",
        True,
    )
    with pytest.raises(Invalid) as refused:
        answered(question, "  ", NOW, "m2")  # an open question needs an answer
    assert refused.value.explain(Messages("nl")).startswith("Schrijf het antwoord op")
    done = answered(question, "Dat vragen we haar", NOW + WEEK, "m2")
    assert (done.is_open, done.answer, done.answered_meeting_id) == (
        False,
        "Dat vragen we haar",
        "m2",
    )
    reopened = answered(done, "", NOW + WEEK, "m2")  # answered by mistake: open again
    assert reopened.is_open and reopened.answer == "" and reopened.answered_meeting_id is None


def test_a_meeting_sees_what_is_open_and_what_it_answered_itself() -> None:
    old = answered(new_question("Oud", "", NOW, "m0", "s"), "Al lang", NOW, "m0")
    open_one = new_question("Open", "", NOW, "m0", "s")
    today = answered(new_question("Vandaag", "", NOW, "m0", "s"), "Net", NOW + WEEK, "m1")
    assert open_during([old, open_one, today], "m1") == [open_one, today]


def test_parking_writes_the_case_at_once(store: Store, locations: Locations) -> None:
    """The question belongs to the case, not to the meeting's file: it is on disk before
    any autosave of the meeting falls due."""
    case = make_case()
    store.save_case(case)
    clock = ManualClock()
    session = MeetingSession(case, make_meeting(case), [], [], clock, Wall(clock))
    recorder = MeetingRecorder(store, session, locations.minutes_dir, clock)
    recorder.begin()
    session.park("Wat betekent de diagnose voor school?", "Cem")
    [stored] = store.load_case(case.id).parked
    assert (stored.text, stored.raised_by, stored.meeting_id) == (
        "Wat betekent de diagnose voor school?",
        "Cem",
        session.meeting.id,
    )
    assert stored.step_id == session.step.id and stored.is_open


async def park(pilot: Pilot[None], question: str, raised_by: str) -> None:
    await pilot.press("ctrl+o")
    showing(pilot.app, ParkDialog)
    await type_text(pilot, question)
    await pilot.press("tab")
    await type_text(pilot, raised_by)
    await pilot.press("enter")
    await pilot.pause()


def parked_list(screen: MeetingScreen) -> ParkedList:
    return screen.view.query_one(ParkedList)


def heading(listed: ParkedList) -> str:
    return shown(listed.query_one(".parked-heading"))


@pytest.mark.slow
async def test_a_parked_question_waits_in_the_analysis_step_until_it_is_answered(
    store: Store, locations: Locations, clock: ManualClock
) -> None:
    case = make_case()  # Anna (chair), Bram, Cem
    store.save_case(case)

    # -- meeting 1: parked in "Actualiteit" ------------------------------------------------
    app = app_on(store, locations, clock)
    async with app.run_test(size=(120, 40)) as pilot:
        screen = await start_meeting(pilot)
        await pilot.press("f8")  # Actualiteit
        await type_text(pilot, "Incident op school")
        await park(pilot, "Wat betekent de diagnose voor school?", "Br")  # Bram completes
        assert on_top(app) is screen
        assert "Geparkeerd voor het inhoudsteam" in str(screen.query_one("#save-status").render())
        assert screen.view.query_one("TextArea").has_focus  # back where the chair was
        await pilot.press("f8")  # Voortgang analyse
        await pilot.pause()
        listed = parked_list(screen)
        assert "nog 1 open" in heading(listed)
        assert rows(listed.table) == ["Wat betekent de diagnose voor school?"]
        assert "Bram" in str(listed.table.get_row_at(0)[1])
        await end_meeting(pilot, screen)
        first = screen.session.meeting

    [question] = store.load_case(case.id).parked
    assert (question.raised_by, question.meeting_id, question.step_id) == (
        "Bram",
        first.id,
        first.steps[1].id,
    )
    minutes = (locations.minutes_dir / "2026-11-28_casus-y.md").read_text("utf-8")
    [table] = section(minutes, "Geparkeerd voor het inhoudsteam")
    assert isinstance(table, Table)
    assert table.rows == (
        ("Wat betekent de diagnose voor school?", "Bram", "2. Actualiteit", "open"),
    )

    # -- meeting 2, a week later: still there; answered ----------------------------------
    app = app_on(store, locations, clock, start=NOW + WEEK)
    async with app.run_test(size=(120, 40)) as pilot:
        screen = await start_meeting(pilot)
        await go_to(pilot, screen, StepKind.ANALYSIS)
        listed = parked_list(screen)
        assert rows(listed.table) == ["Wat betekent de diagnose voor school?"]
        assert screen.view.query_one("TextArea").has_focus  # the notes first, as ever
        await pilot.press("tab", "enter")  # to the list, Enter on the question
        dialog = showing(app, ParkedAnswerDialog)
        await pilot.press("enter")  # no answer: refused, the question stays open
        assert str(dialog.query_one(".dialog-problems", Static).render()).startswith(
            "Schrijf het antwoord op"
        )
        await type_text(pilot, "Halve dagen; school krijgt uitleg van de GGZ")
        await pilot.press("enter")
        await pilot.pause()
        assert on_top(app) is screen and listed.table.has_focus
        assert "alles beantwoord" in heading(listed)
        assert "✓ Halve dagen" in str(listed.table.get_row_at(0)[2])
        await end_meeting(pilot, screen)
        second = screen.session.meeting.id

    [question] = store.load_case(case.id).parked
    assert (question.answer, question.answered_meeting_id) == (
        "Halve dagen; school krijgt uitleg van de GGZ",
        second,
    )
    minutes = (locations.minutes_dir / "2026-12-05_casus-y.md").read_text("utf-8")
    [table] = section(minutes, "Geparkeerd voor het inhoudsteam")
    assert isinstance(table, Table)
    assert table.rows == (
        (
            "Wat betekent de diagnose voor school?",
            "Bram",
            "za 28 nov 2026",
            "Halve dagen; school krijgt uitleg van de GGZ",
        ),
    )

    # -- meeting 3: answered, so no longer on the list -------------------------------------
    app = app_on(store, locations, clock, start=NOW + 2 * WEEK)
    async with app.run_test(size=(120, 40)) as pilot:
        screen = await start_meeting(pilot)
        await go_to(pilot, screen, StepKind.ANALYSIS)
        listed = parked_list(screen)
        assert "Er staat niets geparkeerd voor het inhoudsteam." in heading(listed)
        assert not listed.table.display
        await pilot.press("ctrl+s")
        await pilot.pause()
    minutes = (locations.minutes_dir / "2026-12-12_casus-y.md").read_text("utf-8")
    assert section(minutes, "Geparkeerd voor het inhoudsteam") == [
        Paragraph("Er is niets geparkeerd voor het inhoudsteam.")
    ]


async def test_a_question_parked_in_the_analysis_step_joins_its_list_at_once(
    store: Store, locations: Locations, clock: ManualClock
) -> None:
    """The demo's earlier meeting parked one question; a second one joins it."""
    async with demo_meeting(store, locations, clock) as (pilot, screen):
        await pilot.press("f8", "f8")
        await pilot.pause()
        listed = parked_list(screen)
        assert "nog 1 open" in heading(listed)
        await park(pilot, "Wie kent de oma?", "")
        assert rows(listed.table) == [
            "Hoe grijpen de incidenten op straat in op de dynamiek tussen moeder en het meisje?",
            "Wie kent de oma?",
        ]
        assert "nog 2 open" in heading(listed)
    assert [q.raised_by for q in store.load_case("demo").parked] == ["Ahmed el Amrani", ""]


async def test_an_empty_question_is_refused_with_the_cursor_on_it(
    store: Store, locations: Locations, clock: ManualClock
) -> None:
    async with demo_meeting(store, locations, clock) as (pilot, _):
        await pilot.press("ctrl+o")
        dialog = showing(pilot.app, ParkDialog)
        await pilot.press("tab", *"Jer", "enter")
        assert dialog.query_one("#park-raised-by", Input).value == "Jeroen Bakker"
        assert "Schrijf de vraag op" in str(dialog.query_one(".dialog-problems").render())
        assert dialog.query_one("#park-text").has_focus
    assert len(store.load_case("demo").parked) == 1  # the demo's own


@pytest.mark.parametrize(
    ("lang", "name"),
    [("nl", "Parkeren voor het inhoudsteam"), ("en", "Park for the content team")],
)
async def test_the_palette_has_the_command_by_its_fixed_name(
    store: Store, locations: Locations, clock: ManualClock, lang: Lang, name: str
) -> None:
    async with demo_meeting(store, locations, clock, lang=lang) as (pilot, _):
        await run_from_palette(pilot, f"{name} (Ctrl+O)")
        showing(pilot.app, ParkDialog)


async def test_the_inhoudsteam_agenda_opens_on_the_parked_questions(
    store: Store, locations: Locations, clock: ManualClock
) -> None:
    """The content team's own meeting (agenda `inhoudsteam`) starts with what the
    kernteam parked for it, and works through report 5.2's systemic analysis."""
    case = make_case(template_id="inhoudsteam")
    parked = new_question("Welke rol speelt de oma?", "Anna", NOW - WEEK, "m0", "situation")
    store.save_case(case.model_copy(update={"parked": [parked]}))
    app = app_on(store, locations, clock, start=datetime(2026, 11, 30, 14, 0))
    async with app.run_test(size=(120, 40)) as pilot:
        screen = await start_meeting(pilot)
        titles = [s.title for s in screen.session.meeting.steps]
        assert titles[0] == "Geparkeerde vragen" and titles[-1] == "Check uit"
        assert "Tekening van het gezin" in titles and "Compacte continukoers" in titles
        listed = parked_list(screen)
        assert rows(listed.table) == ["Welke rol speelt de oma?"]
        await pilot.press("tab", "enter")
        await type_text(pilot, "Zij vangt het meisje op in het weekend")
        await pilot.press("enter")
        await pilot.pause()
        assert "alles beantwoord" in heading(listed)
    [question] = store.load_case(case.id).parked
    assert question.answer == "Zij vangt het meisje op in het weekend"
