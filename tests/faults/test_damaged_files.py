"""Damaged files: named in a sentence, kept byte for byte, never written over.

Every kind of damage is tried on each of a case's three kinds of file. The store tries to
write over the damaged file twice: fresh, before anything read the file (as after a
restart), and again after a read reported it. The other case in the same data folder
keeps working throughout, and no sentence repeats anything of the damaged case's text.
"""

from __future__ import annotations

import json

import pytest
from textual.widgets import DataTable

from agenda.clock import ManualClock
from agenda.errors import FileProblem
from agenda.i18n import LANGUAGES, Messages
from agenda.locations import Locations
from agenda.storage import Store
from tests.faults.conftest import Figures, TwoCases
from tests.faults.damage import COMBINATIONS, DAMAGES, FILES, Step, spoil
from tests.faults.scene import Scene
from tests.pilot import make_app
from tui.compat import notifications
from tui.screens.start import StartScreen

pytestmark = pytest.mark.faults

LEAK = "Geheim"


def still_works(store: Store, sc: Scene) -> None:
    """The case can be read, autosaved and closed, and reads back as written."""
    assert store.load_case(sc.case.id) == sc.case
    assert store.open_meeting(sc.case.id) == sc.meeting
    sc.meeting.records[1].text = "na de fout"
    store.save_meeting(sc.meeting)
    folded, actions = store.close_meeting(sc.case, sc.meeting)
    assert store.load_actions(sc.case.id) == actions
    assert store.load_case(sc.case.id) == folded


def attempts(steps: list[Step], store: Store, sc: Scene) -> list[FileProblem]:
    problems = []
    for step in steps:
        with pytest.raises(FileProblem) as caught:
            step(store, sc)
        problems.append(caught.value)
    return problems


@pytest.mark.parametrize(("target", "damage"), COMBINATIONS)
def test_a_damaged_file_is_named_kept_and_never_written_over(
    two_cases: TwoCases, target: str, damage: str, figures: Figures
) -> None:
    data, victim, other = two_cases.data, two_cases.victim, two_cases.other
    _, reads, writes = FILES[target]
    with Store(data) as store:
        path, content = spoil(store, victim, target, damage)
    reason = DAMAGES[damage][1]

    with Store(data) as store:  # a restart: nothing has read the damaged file yet
        problems = attempts(writes, store, victim)
        assert path.read_bytes() == content
    with Store(data) as store:
        read_problems = attempts(reads, store, victim)
        problems += read_problems + attempts(writes, store, victim)
        assert path.read_bytes() == content

        listing = store.list_cases()
        listed = {s.id for s in listing.cases}
        assert other.case.id in listed
        if target == "case":
            # The case's own summary is in the damaged file: listed as a problem instead.
            assert victim.case.id not in listed
            problems += listing.problems
        else:
            assert victim.case.id in listed and not listing.problems
        still_works(store, other)
    changed = path.read_bytes() != content

    assert {p.reason_key for p in read_problems} == {reason}
    for problem in problems:
        assert problem.path == path
        assert problem.reason_key in (reason, "error.reason.kept_broken")
        assert LEAK not in str(problem)
        for lang in LANGUAGES:
            sentence = problem.explain(Messages(lang))
            assert str(path) in sentence
            assert LEAK not in sentence
    figures.add("damaged files", 1)
    figures.add("sentences naming the file", len(problems))
    figures.add("writes refused", 2 * len(writes))
    figures.add("damaged files changed", changed, "0")
    assert not changed


@pytest.mark.parametrize(
    "started", ["9999-12-31T23:00:00", "0001-01-01T00:00:00", "2026-11-28T09:00:00+05:00"]
)
async def test_a_meeting_start_out_of_range_is_a_sentence_not_a_crash_on_every_resume(
    two_cases: TwoCases, started: str, clock: ManualClock, figures: Figures
) -> None:
    """A year 9999 made the planned end (and the next meeting a week on) overflow: every
    resume crashed. Such a file is now damaged like any other: named, kept, the app runs."""
    data, victim = two_cases.data, two_cases.victim
    with Store(data) as store:
        path = store.list_meetings(victim.case.id)[0].path
        raw = json.loads(path.read_bytes())
        for doc in raw["meeting"].values():
            doc["started"] = started
        path.write_text(json.dumps(raw), encoding="utf-8")
        content = path.read_bytes()
        with pytest.raises(FileProblem) as caught:
            store.open_meeting(victim.case.id)
        assert (caught.value.path, caught.value.reason_key) == (path, "error.reason.invalid")
        locations = Locations(data, data.parent / "minutes", data.parent / "config")
        app = make_app(store, locations, clock)
        async with app.run_test(size=(160, 50)) as pilot:
            await pilot.pause()
            listed = app.screen.query_one(DataTable)
            keys = [str(row.value) for row in listed.rows]
            listed.move_cursor(row=keys.index(victim.case.id))
            await pilot.press("enter")
            await pilot.pause()
            said = [n.message for n in notifications(app)]
            assert isinstance(app.screen, StartScreen)
        (sentence,) = said  # and the app runs on, on the start screen
        assert str(path) in sentence and "‘started’ klopt niet" in sentence
    assert path.read_bytes() == content
    figures.add("meeting starts out of range named, not crashed on", 1)
