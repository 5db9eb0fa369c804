"""A bug inside the running app ends it with one sentence: the kind of error and our line.

Textual's own crash screen prints a traceback with the local variables of every frame,
which would put a case's text on a terminal that may be shared in a video call. The app
replaces it (`VliegwielApp.crash_report`, through `tui.compat.CrashReport`); this test
makes the real app crash in the middle of a meeting, with typed text in the exception's
message and in the failing frame's locals, and reads what it printed.
"""

from __future__ import annotations

import re

import pytest

from agenda.clock import ManualClock
from agenda.errors import describe_crash
from agenda.i18n import Messages
from agenda.locations import Locations
from agenda.meeting import Meeting
from agenda.storage import Store
from tests.install import DEMO_ALIAS
from tests.pilot import demo_meeting, type_text
from tui.compat import crashed_with

TYPED = "Geheim Jansen"
LOCAL_NAME = "typed_note_in_locals"


class Bug(RuntimeError):
    """The unexpected error; its message repeats the case's text, as real ones may."""


def failing_save(self: Store, meeting: Meeting) -> None:
    typed_note_in_locals = meeting.records[meeting.current].text  # what a rich traceback shows
    raise Bug(f"cannot save {typed_note_in_locals} of {meeting.case_id}")


async def test_a_crash_in_a_meeting_prints_one_sentence_without_case_text(
    store: Store,
    locations: Locations,
    clock: ManualClock,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    with pytest.raises(Bug) as caught:
        async with demo_meeting(store, locations, clock) as (pilot, screen):
            await pilot.press("f8")  # the current situation: a text field
            await type_text(pilot, TYPED)
            assert screen.session.record.text == TYPED
            monkeypatch.setattr(Store, "save_meeting", failing_save)
            await pilot.press("f5")  # the step clock: saves at once, and meets the bug
            await pilot.pause()
            assert crashed_with(pilot.app) is not None, "the app did not crash"

    printed = capsys.readouterr()
    sentence = " ".join(printed.err.split())  # the terminal may wrap it
    expected = describe_crash(caught.value, Messages("nl"))
    assert sentence == expected
    # Our innermost line: where the recorder writes the meeting (F5 saves at once).
    assert re.search(r"\(Bug in agenda/recorder\.py:\d+\)", sentence), sentence
    for secret in (TYPED, "Geheim", "Jansen", DEMO_ALIAS, "demo", LOCAL_NAME, "Traceback"):
        assert secret not in printed.err and secret not in printed.out
