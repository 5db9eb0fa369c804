"""A case folder copied by hand (a backup copied back, a sync program's conflict copy).

Before, such a folder crashed every start with an internal error and `cases` listed two
rows with one id. Now the copy is listed apart, named in a sentence on the start screen
and by `vliegwiel cases`; the original stays readable, and the chair keeps the copy as a
case of its own or erases it.
"""

from __future__ import annotations

import shutil

import pytest

from agenda.clock import ManualClock
from agenda.demo import DEMO_ID, add_demo
from agenda.i18n import Messages
from agenda.locations import Locations
from agenda.storage import Store
from tests.conftest import TODAY
from tests.pilot import make_app, terminal_text
from tui.cli import main
from tui.dialogs.case_copy import CopyChoice

COPY = f"{DEMO_ID} (1)"


def copied(store: Store) -> str:
    """The demo case with a meeting, and its folder copied beside it; the alias."""
    add_demo(store, Messages("nl"), TODAY)
    shutil.copytree(store.case_dir(DEMO_ID), store.cases_dir / COPY)
    return store.load_case(DEMO_ID).alias


def test_cases_lists_the_copy_apart_with_a_sentence(
    store: Store, locations: Locations, capsys: pytest.CaptureFixture[str]
) -> None:
    alias = copied(store)
    store.close()
    assert main(["cases", "--data-dir", str(locations.data_dir), "--lang", "nl"]) == 0
    out, err = capsys.readouterr()
    _, case, copy, how = out.splitlines()
    assert case.startswith(f"{DEMO_ID} ") and case.endswith(alias)
    assert copy.startswith(f"{COPY}  kopie") and copy.endswith(alias)
    assert how.strip().startswith(f"de map cases/{COPY} is een kopie van de casus met id demo")
    assert err == ""


async def test_the_start_screen_names_the_copy_and_keeps_it_as_a_case_of_its_own(
    store: Store, locations: Locations, clock: ManualClock
) -> None:
    alias = copied(store)
    original = store.load_case(DEMO_ID)
    app = make_app(store, locations, clock)
    async with app.run_test(size=(160, 50)) as pilot:
        await pilot.pause()
        shot = " ".join(terminal_text(app).split())
        assert f"De map cases/{COPY} is een kopie van de casus ‘{alias}’" in shot
        await pilot.press("down", "enter")
        await pilot.pause()
        assert isinstance(app.screen, CopyChoice)
        await pilot.press("enter")  # keep
        await pilot.pause()
    cases = store.list_cases()
    assert (cases.copies, cases.problems) == ([], [])
    kept = next(s for s in cases.cases if s.id != DEMO_ID)
    assert kept.alias == f"{alias} (kopie 1)"
    assert store.load_case(DEMO_ID) == original
    assert store.list_meetings(kept.id) and store.list_meetings(DEMO_ID)
    for meeting in (store.load_meeting(kept.id, r.id) for r in store.list_meetings(kept.id)):
        assert (meeting.case_id, meeting.minutes_file) == (kept.id, None)
    assert not (store.cases_dir / COPY).exists()


async def test_erasing_the_copy_leaves_the_case(
    store: Store, locations: Locations, clock: ManualClock
) -> None:
    copied(store)
    original = store.load_case(DEMO_ID)
    app = make_app(store, locations, clock)
    async with app.run_test(size=(160, 50)) as pilot:
        await pilot.pause()
        await pilot.press("down", "enter")
        await pilot.pause()
        assert isinstance(app.screen, CopyChoice)
        await pilot.press("w")  # erase the copy: asked once more
        await pilot.pause()
        await pilot.press("enter")
        await pilot.pause()
    assert not (store.cases_dir / COPY).exists()
    assert [s.id for s in store.list_cases().cases] == [DEMO_ID]
    assert store.load_case(DEMO_ID) == original
