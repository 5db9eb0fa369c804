"""Damaged files: named in a sentence, kept byte for byte, never written over.

Every kind of damage is tried on each of a case's three kinds of file. The store tries to
write over the damaged file twice: fresh, before anything read the file (as after a
restart), and again after a read reported it. The other case in the same data folder
keeps working throughout, and no sentence repeats anything of the damaged case's text.
"""

from __future__ import annotations

import pytest

from agenda.errors import FileProblem
from agenda.i18n import LANGUAGES, Messages
from agenda.storage import Store
from tests.faults.conftest import Figures, TwoCases
from tests.faults.damage import COMBINATIONS, DAMAGES, FILES, Step, spoil
from tests.faults.scene import Scene

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
