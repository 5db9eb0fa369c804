"""Every key is a `Command`: declared on its class, in F1 and the palette where it works.

Read from the code (no `Binding` outside `tui/commands.py`, every command's action
exists), and driven with real keys (F1 and the palette list a widget's keys when that
widget is on screen, and only then).
"""

from __future__ import annotations

import ast
import importlib
import pkgutil
import re
from collections.abc import Iterator
from pathlib import Path

from textual.app import App
from textual.widgets import Static

import tui
from agenda.clock import ManualClock
from agenda.demo import add_demo
from agenda.i18n import Messages
from agenda.locations import Locations
from agenda.storage import Store
from agenda.templates import StepKind
from tests.conftest import TODAY
from tests.pilot import demo_meeting, make_app, open_step, type_text
from tui.commands import HasKeys, commands_of, key_label
from tui.dialogs.action_form import ActionForm
from tui.dialogs.help import HelpScreen
from tui.screens.case_edit import CaseEditScreen

ROOT = Path(__file__).resolve().parent.parent


def keyed_classes() -> Iterator[type[HasKeys]]:
    for module in pkgutil.walk_packages(tui.__path__, "tui."):
        if not module.name.endswith("__main__"):  # that one runs the app
            importlib.import_module(module.name)

    def below(cls: type[HasKeys]) -> Iterator[type[HasKeys]]:
        for sub in cls.__subclasses__():
            yield sub
            yield from below(sub)

    yield from below(HasKeys)


def test_no_key_is_bound_outside_the_commands() -> None:
    """`Binding` and `BINDINGS` appear only in tui/commands.py; nothing writes a
    node's private `_bindings`."""
    found = []
    for path in sorted((ROOT / "tui").rglob("*.py")):
        if path.name == "commands.py" and path.parent.name == "tui":
            continue
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            named = (
                node.id
                if isinstance(node, ast.Name)
                else node.attr
                if isinstance(node, ast.Attribute)
                else None
            )
            if named in {"Binding", "BINDINGS", "_bindings"}:
                line = getattr(node, "lineno", 0)
                found.append(f"{path.relative_to(ROOT)}:{line}: {named}")
    assert found == []


def test_every_command_runs_an_action_its_class_has() -> None:
    missing = []
    classes = list(keyed_classes())
    assert len(classes) >= 20
    for cls in classes:
        for command in cls.__dict__.get("KEYS", ()):
            namespace, _, action = command.action.rpartition(".")
            name = re.match(r"\w+", action)
            owner: type = App if namespace == "app" else cls
            if name is None or not hasattr(owner, f"action_{name[0]}"):
                missing.append(f"{cls.__name__}: {command.action}")
    assert missing == []


SAME_MEANING = {"ctrl+s"}
"""Chords that mean one thing wherever they are bound ("save what is on screen")."""


def test_a_chord_means_one_thing_everywhere() -> None:
    """Ctrl chords reach the meeting's commands from every field and dialog, so one must
    never mean two different things (two engineers once both took Ctrl+T). The brief's
    function keys are fixed and toggle their own screens (F1 opens and closes help);
    letters and Enter belong to the widget that has the cursor and may differ."""
    from tui.commands import APP_COMMANDS

    meanings: dict[str, set[str]] = {}
    commands = [c for cls in keyed_classes() for c in cls.__dict__.get("KEYS", ())]
    for command in (*commands, *APP_COMMANDS):
        for key in (command.key or "").split(","):
            if key.startswith("ctrl+") and key not in SAME_MEANING:
                meanings.setdefault(key, set()).add(command.action.rpartition(".")[2])
    clashes = {key: actions for key, actions in meanings.items() if len(actions) > 1}
    assert clashes == {}


def test_keys_are_written_for_people() -> None:
    assert key_label("ctrl+s") == "Ctrl+S"
    assert key_label("escape,f9") == "Escape/F9"
    assert key_label("n") == "N"


def help_text(app: App[None]) -> str:
    screen = app.screen
    assert isinstance(screen, HelpScreen)
    return str(screen.query_one("#help-keys", Static).render())


async def test_f1_lists_the_keys_of_the_step_on_screen_and_no_other(
    store: Store, locations: Locations, clock: ManualClock
) -> None:
    async with demo_meeting(store, locations, clock) as (pilot, screen):
        await pilot.press("f1")
        first = help_text(pilot.app)
        assert "Nieuwe actie" not in first  # the actions step is built, but not shown
        await pilot.press("escape")
        await open_step(pilot, screen, StepKind.ACTIONS)
        await pilot.press("f1")
        text = help_text(pilot.app)
        assert "N  Nieuwe actie" in text and "E  Actie bewerken" in text
        assert "F8  Volgende" in text  # the screen's keys are still there


async def test_f1_on_the_action_form_names_enter_and_ctrl_s(
    store: Store, locations: Locations, clock: ManualClock
) -> None:
    async with demo_meeting(store, locations, clock) as (pilot, screen):
        await open_step(pilot, screen, StepKind.ACTIONS)
        await pilot.press("n")
        assert isinstance(pilot.app.screen, ActionForm)
        await pilot.press("f1")
        text = help_text(pilot.app)
        assert "Enter/Ctrl+S  Opslaan" in text
        assert "Escape  Annuleren" in text
        # The owner field does not have the cursor, but it is on screen: its keys are named.
        assert "Tab  Naam aanvullen" in text and "Down  Naam kiezen" in text


async def test_the_palette_runs_a_widget_key_on_its_widget(
    store: Store, locations: Locations, clock: ManualClock
) -> None:
    async with demo_meeting(store, locations, clock) as (pilot, screen):
        await open_step(pilot, screen, StepKind.ACTIONS)
        titles = {c.title for c in pilot.app.get_system_commands(screen)}
        assert "Nieuwe actie (N)" in titles
        await pilot.press("ctrl+p")
        await type_text(pilot, "Nieuwe actie")
        await pilot.pause(0.3)  # the palette searches in a worker
        await pilot.press("enter")
        await pilot.pause()
        assert isinstance(pilot.app.screen, ActionForm)


async def test_the_case_screen_lists_the_keys_of_its_two_lists(
    store: Store, locations: Locations, clock: ManualClock
) -> None:
    add_demo(store, Messages("nl"), TODAY)
    app = make_app(store, locations, clock)
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.press("e")
        await pilot.pause()
        assert isinstance(app.screen, CaseEditScreen)
        await pilot.press("f1")
        text = help_text(app)
        for label in ("Nieuw teamlid", "Nieuw koerspunt", "Koersbesluiten", "Ctrl+Up  Omhoog"):
            assert label in text, label


def test_a_subclass_command_replaces_its_base_command_on_the_same_key() -> None:
    from tui.widgets.team_list import TeamList

    keys = [c.key for c in commands_of(TeamList)]
    assert keys.count("enter") == 1
