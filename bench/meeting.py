"""Measurements without a terminal: autosave during a meeting, and writing the minutes.

Both start a meeting on a generated case the way the app does (`prepare_meeting`'s
reads, `Store.begin_meeting`, a `MeetingSession`) and fill it as a meeting an hour in:
every step written, feedback on every action still open, new actions agreed, a stop.
"""

from __future__ import annotations

from datetime import datetime, time, timedelta
from pathlib import Path
from time import perf_counter

from agenda.actions import Action, ActionStatus, Bearable
from agenda.clock import ManualClock
from agenda.figures import MeetingDate
from agenda.i18n import Messages
from agenda.minutes_file import save_minutes
from agenda.session import MeetingSession
from agenda.storage import Store
from bench.data import filled_meeting

STATUSES = (ActionStatus.DONE, ActionStatus.PARTLY, ActionStatus.ONGOING, ActionStatus.NOT_DONE)


def running_meeting(
    store: Store, case_id: str, clock: ManualClock, in_meeting: int | None = None
) -> MeetingSession:
    """A meeting of the case, begun and stored, an hour's work in it: feedback on every
    open action, and three new actions (or as many as make `in_meeting` in all)."""
    t = Messages("nl")
    case = store.load_case(case_id)
    earlier = [MeetingDate(ref.id, ref.on) for ref in store.list_meetings(case_id)]
    actions = store.load_actions(case_id)
    started = datetime.combine(earlier[-1].on + timedelta(weeks=1), time(9, 0))
    meeting = filled_meeting(t, case, started)
    store.begin_meeting(case, meeting)
    session = MeetingSession(case, meeting, actions, earlier, clock, lambda: started)
    reviewed = session.earlier_open_actions()
    new_actions = 3 if in_meeting is None else max(0, in_meeting - len(reviewed))
    for number, action in enumerate(reviewed):
        note = t("demo.course.k3.note") if number % 2 else ""
        session.give_feedback(action.id, STATUSES[number % len(STATUSES)], note)
    names = [m.name for m in case.team]
    for number in range(new_actions):
        session.save_action(
            Action(
                what=t("demo.action.contact.what"),
                owner=names[number % len(names)],
                helpers=[names[(number + 1) % len(names)]],
                due=session.default_due(),
                result=t("demo.action.contact.result"),
                bearable=Bearable.TIGHT if number % 3 == 0 else Bearable.YES,
                course_point_id=case.course[number % len(case.course)].id,
                created_on=session.today,
                created_meeting_id=meeting.id,
            )
        )
    return session


def autosave_samples(data_dir: Path, case_id: str, repeat: int) -> list[float]:
    """Seconds per autosave of an edit: `Store.save_meeting(session.checkpoint())`, as
    the meeting screen does half a second after a key."""
    clock = ManualClock()
    with Store(data_dir) as store:
        session = running_meeting(store, case_id, clock)
        text = session.meeting.records[1].text
        samples = []
        for number in range(repeat):
            text += "." if number % 40 else "\n"  # what a typed key changes
            session.write_text(1, text)
            clock.advance(0.5)
            began = perf_counter()
            store.save_meeting(session.checkpoint())
            samples.append(perf_counter() - began)
        return samples


def minutes_samples(data_dir: Path, case_id: str, actions: int, repeat: int) -> list[float]:
    """Seconds to write a meeting's minutes to its file (`save_minutes`, what ctrl+s and
    check-out do), for a meeting with `actions` actions in it."""
    with Store(data_dir) as store:
        stored_actions = store.load_actions(case_id)
        session = running_meeting(store, case_id, ManualClock(), in_meeting=actions)
        samples = []
        for _ in range(repeat):
            began = perf_counter()
            save_minutes(
                data_dir.parent / "minutes",
                session.case,
                session.meeting,
                stored_actions,
                session.earlier_meetings,
            )
            samples.append(perf_counter() - began)
        return samples
