"""The recorder, headless: when a meeting is written, on an injected clock that never sleeps.

Every write is counted by reading the meeting's file back from the real store, so each
test says what is on disk at each moment, not what a timer was asked to do.
"""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from agenda.autosave import AUTOSAVE_DELAY, RETRY_DELAY
from agenda.clock import ManualClock
from agenda.errors import FileProblem, VliegwielError
from agenda.locations import Locations
from agenda.meeting import Meeting, MeetingStatus
from agenda.recorder import CHECKPOINT_EVERY, MeetingRecorder, StoredMeeting
from agenda.session import MeetingSession
from agenda.storage import Store
from tests.conftest import NOW
from tests.factories import make_case, make_meeting
from tests.faults.disks import SimulatedDisk

TEXT = 1
"""The current situation: a text step of the built-in agenda."""


class Recorded:
    """A meeting begun in a real store, its session, its recorder and what it reported."""

    def __init__(
        self, store: Store, locations: Locations, clock: ManualClock, mp: pytest.MonkeyPatch
    ) -> None:
        case = make_case()
        store.save_case(case)
        self.store = store
        self.writes = 0
        """Meeting files written so far."""
        save = store.save_meeting

        def counted(meeting: Meeting) -> None:
            self.writes += 1
            save(meeting)

        mp.setattr(store, "save_meeting", counted)
        self.session = MeetingSession(case, make_meeting(case), [], [], clock, lambda: NOW)
        self.recorder = MeetingRecorder(store, self.session, locations, clock)
        self.reports: list[VliegwielError | None] = []
        self.recorder.report = self.reports.append
        self.recorder.begin()

    def on_disk(self) -> str:
        meeting = self.session.meeting
        return self.store.load_meeting(meeting.case_id, meeting.id).records[TEXT].text


@pytest.fixture
def recorded(
    store: Store, locations: Locations, clock: ManualClock, monkeypatch: pytest.MonkeyPatch
) -> Recorded:
    return Recorded(store, locations, clock, monkeypatch)


def test_an_edit_is_written_half_a_second_later_and_a_burst_once(
    recorded: Recorded, clock: ManualClock
) -> None:
    session, recorder = recorded.session, recorded.recorder
    begun = recorded.writes
    for typed in ("R", "Ru", "Rus", "Rust"):
        session.write_text(TEXT, typed)
        clock.advance(0.1)
        recorder.tick()
    assert recorded.on_disk() == "" and recorded.writes == begun
    assert recorder.due == pytest.approx(clock() - 0.4 + AUTOSAVE_DELAY)
    clock.advance(AUTOSAVE_DELAY - 0.4)
    recorder.tick()
    assert recorded.on_disk() == "Rust"
    assert recorded.writes == begun + 1 and recorder.due is None
    recorder.tick()
    assert recorded.writes == begun + 1  # nothing new: nothing written


def test_a_running_clock_is_written_every_ten_seconds_and_a_paused_one_not(
    recorded: Recorded, clock: ManualClock
) -> None:
    session, recorder = recorded.session, recorded.recorder
    meeting = session.meeting
    clock.advance(CHECKPOINT_EVERY - 1)
    recorder.tick()
    assert recorded.store.load_meeting(meeting.case_id, meeting.id).records[0].seconds == 0
    clock.advance(1)
    recorder.tick()
    assert recorded.store.load_meeting(meeting.case_id, meeting.id).records[0].seconds == 10
    session.toggle_step_clock()  # paused: a change, written half a second later
    clock.advance(AUTOSAVE_DELAY)
    recorder.tick()
    paused = recorded.writes
    clock.advance(3 * CHECKPOINT_EVERY)
    recorder.tick()
    assert recorded.writes == paused
    stored = recorded.store.load_meeting(meeting.case_id, meeting.id)
    assert stored.records[0].seconds == 10  # paused at ten: the pause is on disk
    assert stored.step_clock_running is False


def test_a_full_disk_is_retried_after_five_seconds_and_nothing_is_lost(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, clock: ManualClock
) -> None:
    disk = SimulatedDisk(tmp_path / "disk", monkeypatch)
    locations = Locations(disk.root / "data", tmp_path / "minutes", tmp_path / "config")
    with Store(locations.data_dir) as store:
        recorded = Recorded(store, locations, clock, monkeypatch)
        session, recorder = recorded.session, recorded.recorder
        disk.fill()
        session.write_text(TEXT, "Belangrijk")
        clock.advance(AUTOSAVE_DELAY)
        recorder.tick()
        assert recorder.problem is not None and recorder.problem.key == "error.write_failed"
        assert recorded.reports == [recorder.problem]
        assert recorder.due == clock() + RETRY_DELAY
        disk.free()
        clock.advance(RETRY_DELAY - 0.1)
        recorder.tick()
        assert recorded.on_disk() == ""
        clock.advance(0.1)
        recorder.tick()
        assert recorded.on_disk() == "Belangrijk"
        assert recorder.problem is None and recorded.reports[-1] is None


def test_a_damaged_meeting_file_is_said_once_and_never_retried(
    recorded: Recorded, clock: ManualClock
) -> None:
    meeting = recorded.session.meeting
    [ref] = recorded.store.list_meetings(meeting.case_id)
    ref.path.write_bytes(b"not json")
    with pytest.raises(FileProblem):  # read once: the store now knows it is damaged
        recorded.store.load_meeting(meeting.case_id, meeting.id)
    recorded.session.write_text(TEXT, "Rust")
    clock.advance(AUTOSAVE_DELAY)
    recorded.recorder.tick()
    assert isinstance(recorded.recorder.problem, FileProblem)
    assert recorded.recorder.due is None  # no retry: the file is kept as it is
    assert ref.path.read_bytes() == b"not json"
    assert recorded.session.meeting.records[TEXT].text == "Rust"  # and the text is kept


def test_a_change_to_the_case_is_written_at_once(recorded: Recorded) -> None:
    name = recorded.session.add_family_member("oma")
    assert name == "oma"
    assert recorded.store.load_case(recorded.session.case.id).family == ["moeder", "oma"]


def test_closing_folds_the_meeting_and_then_writes_nothing_more(
    recorded: Recorded, clock: ManualClock
) -> None:
    session, recorder = recorded.session, recorded.recorder
    session.write_text(TEXT, "Rust")
    assert recorder.close()
    meeting = session.meeting
    stored = recorded.store.load_meeting(meeting.case_id, meeting.id)
    assert stored.status is MeetingStatus.CLOSED and stored.records[TEXT].text == "Rust"
    assert recorded.store.open_meeting(meeting.case_id) is None
    session.write_text(TEXT, "later")
    clock.advance(CHECKPOINT_EVERY)
    recorder.tick()
    assert recorded.on_disk() == "Rust"


def test_the_minutes_are_written_and_the_meeting_remembers_their_file(
    recorded: Recorded, locations: Locations
) -> None:
    path = recorded.recorder.save_minutes()
    assert path.parent == locations.minutes_dir.resolve()
    assert path.read_text(encoding="utf-8") == recorded.recorder.minutes_text()
    meeting = recorded.session.meeting
    assert recorded.store.load_meeting(meeting.case_id, meeting.id).minutes_file == str(path)
    assert recorded.recorder.save_minutes() == path  # the same file again


def test_a_stored_meeting_writes_the_same_minutes_as_its_session(
    recorded: Recorded, locations: Locations, clock: ManualClock
) -> None:
    """The command line's export and the app write through the same recorder."""
    session = recorded.session
    session.write_text(TEXT, "Rust")
    in_app = recorded.recorder.minutes_text()
    stored = StoredMeeting(session.case, session.checkpoint(), [], session.meeting_dates())
    assert MeetingRecorder(recorded.store, stored, locations, clock).minutes_text() == in_app


def test_an_edit_is_due_half_a_second_after_its_key_and_the_driver_is_woken(
    recorded: Recorded, clock: ManualClock
) -> None:
    """A key handled late (behind a step being built) is saved half a second after it
    was typed, not after it was handled; a later key never delays it."""
    session, recorder = recorded.session, recorded.recorder
    woken: list[float] = []
    recorder.wake = woken.append
    typed = clock() - 0.3  # the key waited 0.3 s before it was handled
    recorder.typed_at = lambda: typed
    session.write_text(TEXT, "R")
    assert recorder.due == pytest.approx(typed + AUTOSAVE_DELAY)
    assert woken == [pytest.approx(AUTOSAVE_DELAY - 0.3)]
    typed = clock()  # the next key, typed now: the save stays where it was
    session.write_text(TEXT, "Ru")
    assert recorder.due == pytest.approx(clock() - 0.3 + AUTOSAVE_DELAY)
    assert len(woken) == 1
    clock.advance(0.2)
    recorder.tick()
    assert recorded.on_disk() == "Ru"


def test_a_waiting_save_is_brought_forward_by_an_earlier_key_but_not_a_retry(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, clock: ManualClock
) -> None:
    disk = SimulatedDisk(tmp_path / "disk", monkeypatch)
    locations = Locations(disk.root / "data", tmp_path / "minutes", tmp_path / "config")
    with Store(locations.data_dir) as store:
        recorded = Recorded(store, locations, clock, monkeypatch)
        session, recorder = recorded.session, recorded.recorder
        session.toggle_step_clock()  # a change without a key: due half a second on
        assert recorder.due == clock() + AUTOSAVE_DELAY
        typed = clock() - 0.4
        recorder.typed_at = lambda: typed
        session.write_text(TEXT, "R")  # its key was typed earlier: sooner
        assert recorder.due == pytest.approx(typed + AUTOSAVE_DELAY)
        disk.fill()
        recorder.save_now()
        assert recorder.due == clock() + RETRY_DELAY
        session.write_text(TEXT, "Ru")
        assert recorder.due == clock() + RETRY_DELAY  # the retry keeps its pace
        recorder.write_waiting()  # nor is it written early
        assert recorder.due == clock() + RETRY_DELAY


def test_what_waits_is_written_before_something_slow(recorded: Recorded) -> None:
    recorded.session.write_text(TEXT, "Rust")
    recorded.recorder.write_waiting()
    assert recorded.on_disk() == "Rust" and recorded.recorder.due is None


def test_two_copies_of_one_data_folder_never_write_the_same_minutes_file(
    recorded: Recorded, locations: Locations, clock: ManualClock
) -> None:
    """A data folder copied (a backup put back beside it, a second laptop) holds the same
    meeting with the same minutes file name; each copy closing it writes a file of its own,
    the copy's name carrying the meeting's id, and the first file is left as it was."""
    session = recorded.session
    session.write_text(TEXT, "Rust")
    first = recorded.recorder.save_minutes()
    copy_dir = locations.data_dir.parent / "kopie"
    recorded.store.close()
    shutil.copytree(locations.data_dir, copy_dir)
    written = first.read_bytes()
    meeting = session.meeting
    with Store(copy_dir) as copy:
        resumed = copy.open_meeting(meeting.case_id)
        assert resumed is not None
        stored = StoredMeeting(copy.load_case(meeting.case_id), resumed, [], [])
        assert stored.meeting.minutes_file == str(first)
        stored.meeting.records[TEXT].text = "Rust, in de kopie"
        second = MeetingRecorder(copy, stored, locations, clock).close()
    assert second is not None and second != first
    assert second.name == f"{first.stem}_{meeting.id}.md"
    assert "Rust, in de kopie" in second.read_text(encoding="utf-8")
    assert first.read_bytes() == written
    with Store(locations.data_dir) as original:
        assert MeetingRecorder(original, session, locations, clock).save_minutes() == first
