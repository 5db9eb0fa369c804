"""Storage: lossless, private, single-writer, and careful with damaged files."""

from __future__ import annotations

import os
import stat
import tempfile
from datetime import date, datetime
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from agenda.actions import Action, ActionStatus, Bearable, Feedback
from agenda.case import Case, CoursePoint, TeamMember
from agenda.errors import AlreadyRunning, FileProblem
from agenda.i18n import Messages
from agenda.meeting import CourseCheck, Decision, Meeting, RoundEntry, StopMoment
from agenda.storage import Store
from tests.factories import make_case, make_meeting

TODAY = date(2026, 11, 28)
text = st.text(max_size=200)
name = st.text(min_size=1, max_size=60).filter(lambda s: s.strip() != "")


def solid(note: str) -> str:
    """`note`, or a stand-in where a field may not be blank."""
    return note if note.strip() else "x"


def full_case(alias: str, names: list[str], note: str) -> Case:
    return Case(
        alias=alias,
        team=[TeamMember(name=n, organisation=note, task=note) for n in names],
        family=[note],
        course=[CoursePoint(text=alias), CoursePoint(text=solid(note))],
        intent=[note, alias],
        analysis_deadline=TODAY,
        next_meeting=datetime(2026, 12, 5, 9, 0),
    )


def fill_meeting(case: Case, note: str) -> Meeting:
    meeting = make_meeting(case)
    members = [m.name for m in case.team]
    meeting.records[0].round = [
        RoundEntry(member=m, seated=False, answers=[note, note]) for m in members
    ]
    meeting.records[1].text = note
    meeting.records[3].course = [CourseCheck(point_id=case.course[0].id, note=note)]
    meeting.stop_moments.append(
        StopMoment(
            at=datetime(2026, 11, 28, 9, 5), step_id="situation", meeting_seconds=300.0, note=note
        )
    )
    meeting.decisions.append(
        Decision(at=datetime(2026, 11, 28, 9, 6), step_id="course", text=solid(note))
    )
    action = Action(
        what=solid(note),
        owner=members[0],
        helpers=[note],
        result=note,
        bearable=Bearable.NO,
        help_note=note,
        created_on=TODAY,
    )
    action = action.with_feedback(
        Feedback(meeting_id=meeting.id, on=TODAY, status=ActionStatus.PARTLY, note=note)
    )
    meeting.actions[action.id] = action
    return meeting


def round_trip(case: Case, note: str) -> None:
    with tempfile.TemporaryDirectory() as folder, Store(Path(folder)) as store:
        store.save_case(case)
        meeting = fill_meeting(case, note)
        store.begin_meeting(case, meeting)
        assert store.load_case(case.id) == case
        assert store.load_meeting(case.id, meeting.id) == meeting
        assert store.open_meeting(case.id) == meeting
        folded, actions = store.close_meeting(case, meeting)
        assert store.load_actions(case.id) == actions
        assert store.load_case(case.id) == folded


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    alias=name,
    names=st.lists(name, min_size=1, max_size=4, unique_by=lambda s: s.strip().casefold()),
    note=text,
)
def test_round_trip_is_lossless_for_any_text(alias: str, names: list[str], note: str) -> None:
    round_trip(full_case(alias, names, note), note)


def test_round_trip_of_100_kb_of_pasted_text() -> None:
    pasted = ("|#<script>alert(1)</script> 🙂 ‮rtl‬ \x00\x07 \r\n" * 2500)[:100_000]
    round_trip(full_case("Casus 🙂|#", ["Anna"], pasted), pasted)


def test_lone_surrogates_survive(store: Store) -> None:
    case = make_case(alias="a\ud800b")
    store.save_case(case)
    assert store.load_case(case.id).alias == "a\ud800b"


def modes(root: Path) -> tuple[set[int], set[int]]:
    files: set[int] = set()
    folders: set[int] = set()
    for path in [root, *root.rglob("*")]:
        mode = stat.S_IMODE(path.stat().st_mode)
        (folders if path.is_dir() else files).add(mode)
    return files, folders


@pytest.mark.skipif(os.name == "nt", reason="POSIX permissions")
def test_files_are_0600_and_folders_0700(store: Store) -> None:
    old = os.umask(0o022)
    try:
        case = make_case()
        store.save_case(case)
        meeting = make_meeting(case)
        store.begin_meeting(case, meeting)
        store.close_meeting(case, meeting)
    finally:
        os.umask(old)
    files, folders = modes(store.data_dir)
    assert files == {0o600}
    assert folders == {0o700}


def test_a_second_store_on_the_same_data_dir_is_refused(store: Store) -> None:
    with pytest.raises(AlreadyRunning) as caught:
        Store(store.data_dir)
    sentence = caught.value.explain(Messages("en"))
    assert sentence.startswith("Vliegwiel is already running on this data folder")
    store.save_case(make_case())  # the first keeps working
    assert len(store.list_cases().cases) == 1


def test_the_lock_is_released_on_close(tmp_path: Path) -> None:
    Store(tmp_path).close()
    Store(tmp_path).close()


@pytest.mark.parametrize(
    ("content", "reason"),
    [
        (b'{"case": {"1": {"schema": 1, "alias"', "ongeldige JSON bij regel 1"),
        (b"", "het bestand is leeg"),
        (b"\xff\xfe\x00garbage", "geen UTF-8"),
        (b'{"case": {"1": {"schema": 99}}, "summary": {"1": {"schema": 99}}}', "schemaversie 99"),
        (b'{"case": {"1": {"schema": 1}}, "summary": {"1": {"schema": 1, "id": 3}}}', "het veld"),
        (b"[1, 2, 3]", "niet de vorm"),
    ],
)
def test_a_damaged_case_file_is_named_left_alone_and_others_work(
    store: Store, t: Messages, content: bytes, reason: str
) -> None:
    good, bad = make_case("Goed"), make_case("Kapot")
    store.save_case(good)
    store.save_case(bad)
    path = store.case_dir(bad.id) / "case.json"
    path.write_bytes(content)

    listing = store.list_cases()
    assert [s.alias for s in listing.cases] == ["Goed"]
    [problem] = listing.problems
    sentence = problem.explain(t)
    assert str(path) in sentence and reason in sentence
    assert "Kapot" not in sentence

    with pytest.raises(FileProblem):
        store.save_case(bad)  # never overwritten
    assert path.read_bytes() == content
    assert store.load_case(good.id) == good


def test_erase_removes_every_file_of_the_case(store: Store) -> None:
    keep, gone = make_case("Blijft"), make_case("Weg met alles")
    for case in (keep, gone):
        store.save_case(case)
        meeting = make_meeting(case)
        store.begin_meeting(case, meeting)
        store.close_meeting(case, meeting)
    store.erase_case(gone.id)
    assert not store.case_dir(gone.id).exists()
    leftovers = b"".join(p.read_bytes() for p in store.data_dir.rglob("*") if p.is_file())
    assert b"Weg met alles" not in leftovers and b"Blijft" in leftovers


def test_erase_refuses_paths_outside_the_cases_folder(store: Store) -> None:
    with pytest.raises(Exception, match=r"error\.no_such_case"):
        store.erase_case("..")
    assert store.data_dir.exists()
