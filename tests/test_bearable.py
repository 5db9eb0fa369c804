"""Draagbaar is asked, never assumed: "Is dat draagbaar?" has no answer until the team
gives one. The action form opens with none of ja, krap and nee chosen and will not save
until one is; actions stored before keep the answer they have."""

from __future__ import annotations

import json

import pytest
from pydantic import ValidationError
from textual.widgets import RadioSet, Static

from agenda.actions import Action, Bearable
from agenda.clock import ManualClock
from agenda.locations import Locations
from agenda.storage import Store
from agenda.templates import StepKind
from tests.conftest import TODAY
from tests.pilot import demo_meeting, on_top, open_step, showing, type_text
from tests.test_action_pilot import jump_to
from tui.dialogs.action_form import ActionForm


def test_an_action_cannot_be_made_without_the_answer() -> None:
    with pytest.raises(ValidationError):
        Action(what="Bellen", owner="Bram", created_on=TODAY)  # type: ignore[call-arg]


def test_an_action_stored_before_keeps_its_answer(store: Store) -> None:
    """A file written by an earlier Vliegwiel, where every action said "yes" by default,
    reads back with that answer: nothing stored changes meaning."""
    folder = store.case_dir("c1")
    folder.mkdir(mode=0o700)
    document = {
        "schema": 1,
        "id": "a1",
        "what": "Bellen",
        "owner": "Bram",
        "helpers": [],
        "due": None,
        "result": "",
        "bearable": "yes",
        "help_note": "",
        "course_point_id": None,
        "status": "open",
        "created_on": "2026-11-21",
        "created_meeting_id": None,
        "history": [],
    }
    (folder / "actions.json").write_text(json.dumps({"actions": {"1": document}}))
    [action] = store.load_actions("c1")
    assert action.bearable is Bearable.YES


async def test_the_form_asks_and_refuses_until_ja_krap_or_nee_is_chosen(
    store: Store, locations: Locations, clock: ManualClock
) -> None:
    async with demo_meeting(store, locations, clock) as (pilot, screen):
        await open_step(pilot, screen, StepKind.ACTIONS)
        await pilot.press("n")
        form = showing(pilot.app, ActionForm)
        choice = form.query_one("#action-bearable", RadioSet)
        assert choice.pressed_index == -1  # nothing chosen
        await type_text(pilot, "Bellen met school")
        await pilot.press("tab", *"Ahm", "tab")  # Ahmed el Amrani
        await pilot.press("ctrl+s")
        problems = form.query_one("#action-problems", Static)
        assert str(problems.render()) == "Is het draagbaar? Kies ja, krap of nee."
        assert choice.has_focus  # the cursor on the question
        assert on_top(pilot.app) is form and screen.session.new_actions() == []
        await pilot.press("right", "space")  # krap
        await pilot.press("tab", *"Jeroen belt mee")  # how we help each other
        await pilot.press("ctrl+s")  # "which course point?" is asked once
        await pilot.press("ctrl+s")
        await pilot.pause()
        assert on_top(pilot.app) is screen
        [action] = screen.session.new_actions()
        assert (action.owner, action.bearable) == ("Ahmed el Amrani", Bearable.TIGHT)
        await pilot.press("f8")  # moving on saves it
        await pilot.pause()
        on_disk = store.load_meeting("demo", screen.session.meeting.id)
        assert on_disk.actions[action.id].bearable is Bearable.TIGHT


async def test_editing_an_action_shows_its_answer_and_keeps_it(
    store: Store, locations: Locations, clock: ManualClock
) -> None:
    """The demo's "Ouders informeren" was called krap; editing it on the feedback step
    shows krap chosen, and saving another date (and, asked for it, how we help) keeps
    krap."""
    async with demo_meeting(store, locations, clock) as (pilot, screen):
        await jump_to(pilot, screen, StepKind.REVIEW)
        await pilot.press("e")
        form = showing(pilot.app, ActionForm)
        assert form.before is not None and form.before.what.startswith("Ouders informeren")
        assert form.query_one("#action-bearable", RadioSet).pressed_index == 1  # krap
        await pilot.press("tab", "tab", "tab", *"2026-12-12", "ctrl+s")
        assert form.query_one("#action-help-note").has_focus  # krap, and nobody helps
        await pilot.press(*"Anouk belt mee", "ctrl+s")
        await pilot.pause()
        assert on_top(pilot.app) is screen
        edited = next(a for a in screen.session.actions() if a.id == form.before.id)
        assert edited.bearable is Bearable.TIGHT and str(edited.due) == "2026-12-12"
