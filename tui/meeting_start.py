"""From a chosen case to a running meeting: new or resumed, after the attendance dialog."""

from __future__ import annotations

from dataclasses import dataclass

from agenda.actions import Action
from agenda.case import Case
from agenda.errors import VliegwielError
from agenda.figures import MeetingDate
from agenda.history import HISTORY_MEETINGS, PastMeeting, intent_for_meeting
from agenda.meeting import Meeting
from agenda.recorder import MeetingRecorder
from agenda.session import MeetingSession
from agenda.template_files import TemplateCatalogue, load_templates
from tui.context import Services
from tui.dialogs.attendance import AgendaChoice, Attendance, AttendanceScreen


@dataclass
class PreparedMeeting:
    app: Services
    case: Case
    actions: list[Action]
    earlier: list[MeetingDate]
    unfinished: Meeting | None
    history: list[PastMeeting]
    """The last closed meetings: the course and attendance trends, the previous intent."""
    catalogue: TemplateCatalogue

    def dialog(self) -> AttendanceScreen:
        t, case = self.app.t, self.case
        if self.unfinished is None:
            # Only agendas that load and validate are offered (`load_templates`).
            agenda = AgendaChoice(self.catalogue, case.template_id, case.meeting_minutes)
            return AttendanceScreen(case, t("attendance.title", alias=case.alias), agenda=agenda)
        meeting = self.unfinished
        title = t(
            "attendance.resume",
            alias=case.alias,
            number=meeting.current + 1,
            step=meeting.step.title,
        )
        return AttendanceScreen(
            case, title, frozenset(meeting.absent), meeting.chair, guests=meeting.guests
        )

    def start(self, attendance: Attendance) -> tuple[MeetingSession, MeetingRecorder]:
        """The session for the meeting and its recorder, the meeting stored before the
        first key is pressed."""
        app, case = self.app, self.case
        if self.unfinished is not None:
            session, recorder = self._recorded(self.unfinished)
            session.set_attendance(
                attendance.chair, attendance.present, attendance.absent, attendance.guests
            )
            recorder.write()
            return session, recorder
        template_id = attendance.template_id or case.template_id
        template = self.catalogue.get(template_id)
        if template is None:
            raise VliegwielError("error.no_such_template", template=template_id)
        minutes = attendance.minutes or template.length_for(case.template_id, case.meeting_minutes)
        meeting = Meeting.begin(
            case_id=case.id,
            lang=app.t.lang,
            template_id=template.id,
            steps=template.for_meeting(app.t, minutes),
            started=app.wall().replace(second=0, microsecond=0),
            chair=attendance.chair,
            present=attendance.present,
            absent=attendance.absent,
            guests=attendance.guests,
            intent=intent_for_meeting(case, self.history),
        )
        session, recorder = self._recorded(meeting)
        recorder.begin()
        return session, recorder

    def _recorded(self, meeting: Meeting) -> tuple[MeetingSession, MeetingRecorder]:
        app = self.app
        session = MeetingSession(
            self.case, meeting, self.actions, self.earlier, app.clock, app.wall, self.history
        )
        return session, MeetingRecorder(app.store, session, app.locations, app.clock)


def prepare_meeting(app: Services, case_id: str) -> PreparedMeeting:
    """Read what a meeting needs; raises `VliegwielError` (a damaged file, say)."""
    store = app.store
    case = store.load_case(case_id)
    unfinished = store.open_meeting(case_id)
    earlier = [
        MeetingDate(ref.id, ref.on)
        for ref in store.list_meetings(case_id)
        if unfinished is None or ref.id != unfinished.id
    ]
    history = [PastMeeting.of(m) for m in store.recent_meetings(case_id, HISTORY_MEETINGS)]
    catalogue = load_templates(app.locations.agendas_dir)
    return PreparedMeeting(
        app, case, store.load_actions(case_id), earlier, unfinished, history, catalogue
    )


def reopen_last_closed(app: Services, case_id: str) -> tuple[MeetingSession, MeetingRecorder]:
    """The case's last closed meeting, opened to correct its texts: a session whose clocks
    stand still, and a recorder that writes it and its minutes like any meeting's.
    Raises `VliegwielError` when there is none (or a file is damaged)."""
    from agenda.meeting import MeetingStatus

    store = app.store
    case = store.load_case(case_id)
    refs = store.list_meetings(case_id)
    for ref in reversed(refs):
        meeting = store.load_meeting(case_id, ref.id)
        if meeting.status is MeetingStatus.CLOSED:
            others = [MeetingDate(r.id, r.on) for r in refs if r.id != ref.id]
            actions = store.load_actions(case_id)
            history = [
                PastMeeting.of(m)
                for m in store.recent_meetings(case_id, HISTORY_MEETINGS + 1)
                if m.id != meeting.id
            ][-HISTORY_MEETINGS:]
            session = MeetingSession(case, meeting, actions, others, app.clock, app.wall, history)
            return session, MeetingRecorder(store, session, app.locations, app.clock)
    raise VliegwielError("correction.none", alias=case.alias)
