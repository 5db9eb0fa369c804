"""A meeting in progress: the record, the clocks and the case's actions as they stand.

The one door through which a meeting changes. The screens show a `MeetingSession` and
call its methods; no view writes into the meeting record itself (a test reads `tui/` to
keep it so). Everything with rules in it (time per step when going back and forth, the
stop button pausing every clock, turns in a round, feedback on actions, the defaults for
the next meeting and for due dates) lives here, so a test can run a whole meeting without
a terminal.

Every change ends in `_changed`, which tells whoever listens (the meeting's
`MeetingRecorder`) that there is something to save; `checkpoint()` returns the meeting,
clocks included, ready to be written. A new kind of content (a decision, a parked
question, a standing agreement) gets its own method here the same way: change the record,
then call `_changed`.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from enum import Enum

from agenda.actions import Action, ActionStatus, Feedback, known_owner
from agenda.case import Case, CourseStatus
from agenda.clock import Countdown, Phase, Stopwatch, TimeSource, WallClock, countdown
from agenda.course import Decided, default_decider
from agenda.errors import Invalid
from agenda.figures import (
    Board,
    FollowThrough,
    MeetingDate,
    StandingKept,
    board,
    standing_in,
    trend,
)
from agenda.fold import with_meeting_actions
from agenda.history import AttendanceOverTime, PastMeeting, attendance_over_time, course_trend
from agenda.i18n import Messages
from agenda.meeting import (
    CourseCheck,
    Decision,
    Guest,
    IntentInForce,
    Meeting,
    MeetingStatus,
    RoundEntry,
    StepRecord,
    StopMoment,
    TimeChange,
    TimeChangeKind,
)
from agenda.new_course import (
    NewCourse,
    NewCourseChanges,
    apply_new_course,
    changes_of,
    new_course_of,
)
from agenda.parked import ParkedQuestion, answered, new_question, open_during
from agenda.templates import ROUND_KINDS, Step, StepKind
from agenda.time_plan import Outlook, borrowed, extended, outlook, replanned

NEXT_MEETING_AFTER = timedelta(days=7)
"""Without a word from the team, the next meeting is a week after this one began."""


class Change(Enum):
    """What a change touched, so the recorder knows what to write."""

    MEETING = "meeting"
    """The meeting's own file: what was said, the clocks, the actions touched."""
    CASE = "case"
    """The case itself (a course decision, a new family member): written at once, since
    the meeting's autosave writes only the meeting's file."""


Listener = Callable[[Change], None]


@dataclass(frozen=True)
class MeetingClockReading:
    elapsed: float
    planned: float
    planned_end: datetime
    outlook: Outlook
    """Whether the rest of the agenda, as planned now, fits before the agreed end."""

    @property
    def over(self) -> float:
        return max(0.0, self.elapsed - self.planned)

    @property
    def started(self) -> datetime:
        return self.planned_end - timedelta(seconds=self.planned)

    @property
    def phase(self) -> Phase:
        return countdown(self.planned, self.elapsed).phase


class MeetingSession:
    def __init__(
        self,
        case: Case,
        meeting: Meeting,
        actions: list[Action],
        earlier_meetings: list[MeetingDate],
        clock: TimeSource,
        wall: WallClock,
        history: Sequence[PastMeeting] = (),
    ) -> None:
        self.case = case
        self.meeting = meeting
        self.earlier_meetings = earlier_meetings
        self.history = list(history)
        """The last closed meetings, oldest first: the course and attendance trends."""
        self._case_actions = actions
        self._clock = clock
        self._wall = wall
        # A closed meeting is opened only to correct its texts: its clocks, rows and
        # next meeting stay exactly as they were when it closed.
        held = meeting.status is MeetingStatus.OPEN
        running = held and meeting.step_clock_running
        self._step_watch = Stopwatch(clock, meeting.record.seconds, running)
        self._turn_watch = Stopwatch(clock, running=running)
        self._speaker: int | None = None
        self._stop_started: float | None = None
        self._running_before_stop = False
        self._listeners: list[Listener] = []
        if held:
            # An end time on a meeting still open: it was being closed when it stopped
            # (a crash, a full disk). Resuming it carries on with the meeting.
            meeting.ended = None
            self._ensure_records()
            if meeting.next_meeting is None:
                meeting.next_meeting = self.next_meeting_default()

    def listen(self, listener: Listener) -> None:
        """Be told of every change (the recorder saves on it)."""
        self._listeners.append(listener)

    def _changed(self, what: Change = Change.MEETING) -> None:
        for listener in self._listeners:
            listener(what)

    # -- the record ----------------------------------------------------------------------------

    def _ensure_records(self) -> None:
        """Give every round a row per present member and every course step a row per point."""
        for step, record in zip(self.meeting.steps, self.meeting.records, strict=True):
            if step.kind in ROUND_KINDS:
                have = {entry.member for entry in record.round}
                for name in self.meeting.present:
                    if name not in have:
                        record.round.append(
                            RoundEntry(member=name, answers=[""] * len(step.questions))
                        )
            if step.kind is StepKind.COURSE:
                have = {check.point_id for check in record.course}
                record.course.extend(
                    CourseCheck(point_id=p.id) for p in self.case.course if p.id not in have
                )
            if step.kind is StepKind.NEW_COURSE and record.new_course is None:
                record.new_course = new_course_of(self.case)
        self._keep_intent()

    def _keep_intent(self) -> None:
        """The meeting keeps the words of the intent it worked under; when the case's
        change during it (a new course written in), they are the changed ones."""
        words = (self.case.intent, self.case.commitment)
        held = self.meeting.intent
        if held is None:  # a meeting from before the intent was kept
            self.meeting.intent = IntentInForce(intent=words[0], commitment=words[1])
        elif (held.intent, held.commitment) != words:
            self.meeting.intent = IntentInForce(intent=words[0], commitment=words[1], changed=True)

    def replace_case(self, case: Case) -> None:
        """The case after a course decision made during the meeting."""
        if case == self.case:
            return
        self.case = case
        self._ensure_records()
        self._changed(Change.CASE)

    def set_attendance(
        self,
        chair: str,
        present: list[str],
        absent: list[str],
        guests: list[Guest] | None = None,
    ) -> None:
        """Who is there (asked again when an interrupted meeting resumes); guests, when
        given, are among `present` and take their turn in the rounds."""
        meeting = self.meeting
        meeting.chair, meeting.present, meeting.absent = chair, list(present), list(absent)
        if guests is not None:
            meeting.guests = list(guests)
        self._ensure_records()
        self._changed()

    @property
    def step(self) -> Step:
        return self.meeting.step

    @property
    def record(self) -> StepRecord:
        return self.meeting.record

    @property
    def index(self) -> int:
        return self.meeting.current

    @property
    def is_first(self) -> bool:
        return self.meeting.current == 0

    @property
    def is_last(self) -> bool:
        return self.meeting.current == len(self.meeting.steps) - 1

    @property
    def today(self) -> date:
        return self.meeting.started.date()

    # -- what is said, step by step ------------------------------------------------------------

    def write_text(self, index: int, text: str) -> None:
        """The notes of a text step (the current situation, the analysis progress)."""
        record = self.meeting.records[index]
        if record.text != text:
            record.text = text
            self._changed()

    def answer(self, index: int, position: int, question: int, text: str) -> None:
        """A member's answer to one of a round's questions."""
        entry = self.meeting.records[index].round[position]
        if question < len(entry.answers) and entry.answers[question] == text:
            return
        answers = list(entry.answers)
        answers.extend([""] * (question + 1 - len(answers)))
        answers[question] = text
        entry.answers = answers
        self._changed()

    def set_seated(self, index: int, position: int, seated: bool) -> None:
        """ "Zit je lekker in het zadel?": yes (True) or something chafes (False)."""
        entry = self.meeting.records[index].round[position]
        if entry.seated is not seated:
            entry.seated = seated
            self._changed()

    def _check(self, index: int, point_id: str) -> CourseCheck:
        return next(c for c in self.meeting.records[index].course if c.point_id == point_id)

    def check_point(self, index: int, point_id: str, status: CourseStatus) -> None:
        """Still on course? The team's answer for one course point."""
        check = self._check(index, point_id)
        if check.status is not status:
            check.status = status
            self._changed()

    def note_point(self, index: int, point_id: str, note: str) -> None:
        check = self._check(index, point_id)
        if check.note != note:
            check.note = note
            self._changed()

    def show_intent_in_minutes(self, shown: bool) -> None:
        """Check-out: the intent in the minutes, also when it did not change."""
        if self.meeting.intent_in_minutes is not shown:
            self.meeting.intent_in_minutes = shown
            self._changed()

    def keep_informed(self, index: int, text: str) -> None:
        """Check-out: how we keep each other informed until the next meeting."""
        record = self.meeting.records[index]
        if record.informed != text:
            record.informed = text
            self._changed()

    def share_with_parents(self, text: str) -> None:
        """Check-out: what we share with the parents; the note for them holds only this
        (and the next meeting's date)."""
        if self.meeting.parents_note != text:
            self.meeting.parents_note = text
            self._changed()

    # -- the next meeting ----------------------------------------------------------------------

    def next_meeting_default(self) -> datetime:
        """When the next meeting is unless the team says otherwise: the case's weekly slot
        (`Case.meeting_slot`), else a week after this one began. Set once, when the session
        opens, so it never depends on when a screen happens to be built."""
        slot = self.case.meeting_slot
        if slot is not None:
            return slot.next_after(self.meeting.started.date())
        return self.meeting.started + NEXT_MEETING_AFTER

    @property
    def next_meeting(self) -> datetime | None:
        return self.meeting.next_meeting

    def plan_next_meeting(self, moment: datetime) -> None:
        if moment != self.meeting.next_meeting:
            self.meeting.next_meeting = moment
            self._changed()

    # -- ending, and the minutes after --------------------------------------------------------

    def finish(self) -> None:
        """The chair closes the meeting: it gets its end time, and its minutes are no
        longer a draft. The recorder then writes them and folds the meeting into the case;
        if that fails, `carry_on` makes it a running meeting again."""
        if self.meeting.ended is None:
            self.meeting.ended = self._wall().replace(second=0, microsecond=0)
            self._changed()

    def carry_on(self) -> None:
        """Closing failed (a full disk, say): the meeting runs on, without an end time."""
        if self.meeting.status is MeetingStatus.OPEN and self.meeting.ended is not None:
            self.meeting.ended = None
            self._changed()

    def make_final(self) -> None:
        """The team's week for corrections is over: the minutes are final from today."""
        if self.meeting.status is MeetingStatus.CLOSED and self.meeting.final_on is None:
            self.meeting.final_on = self._wall().date()
            self._changed()

    @property
    def is_final(self) -> bool:
        return self.meeting.final_on is not None

    def checkpoint(self) -> Meeting:
        """The meeting with the clocks as they read now, ready to be saved."""
        self.record.seconds = self._step_watch.seconds
        self._flush_turn()
        self.meeting.step_clock_running = self._clock_running_outside_stop()
        if self._stop_started is not None:
            # Saved mid-stop (a quit, say): keep how long the stop has lasted so far.
            self.meeting.stop_moments[-1].paused_seconds = self._clock() - self._stop_started
        return self.meeting

    def _clock_running_outside_stop(self) -> bool:
        return self._running_before_stop if self.stopped else self._step_watch.running

    # -- clocks --------------------------------------------------------------------------------

    @property
    def step_clock_running(self) -> bool:
        return self._step_watch.running

    def step_seconds(self) -> float:
        return self._step_watch.seconds

    def step_countdown(self) -> Countdown:
        return countdown(float(self.meeting.plan[self.index]), self._step_watch.seconds)

    def meeting_clock(self) -> MeetingClockReading:
        spent = self._spent()
        planned = self.meeting.planned_seconds
        return MeetingClockReading(
            elapsed=sum(spent),
            planned=planned,
            planned_end=self.meeting.started + timedelta(seconds=planned),
            outlook=outlook(self.meeting.plan, spent, self.index, int(planned)),
        )

    def _spent(self) -> list[float]:
        """Seconds spent in each step so far, the open one as its clock reads now."""
        spent = [r.seconds for r in self.meeting.records]
        spent[self.index] = self._step_watch.seconds
        return spent

    def toggle_step_clock(self) -> None:
        if self.stopped:
            return
        self._step_watch.toggle()
        if self._step_watch.running:
            self._turn_watch.start()
        else:
            self._turn_watch.pause()
        self._changed()

    # -- the time plan (agenda/time_plan.py) ---------------------------------------------------

    def extend_step(self, minutes: int = 1) -> None:
        """`minutes` more for the open step; the rest of the plan stays as it is."""
        plan = extended(self.meeting.plan, self.index, minutes * 60)
        self._new_plan(TimeChangeKind.EXTEND, plan, minutes * 60)

    def borrow_time(self, minutes: int = 1) -> bool:
        """`minutes` more for the open step, taken from the steps still to come; False
        (and nothing changed) when they have no minute left to give."""
        plan = borrowed(self.meeting.plan, self.index, minutes * 60)
        if plan is None:
            return False
        self._new_plan(TimeChangeKind.BORROW, plan, minutes * 60)
        return True

    def replan_time(self) -> None:
        """Share what is left until the agreed end over the open step and those after it."""
        meeting = self.meeting
        agenda = [s.minutes for s in meeting.steps]
        plan = replanned(
            meeting.plan, agenda, self._spent(), self.index, int(meeting.planned_seconds)
        )
        self._new_plan(TimeChangeKind.REPLAN, plan, 0)

    def _new_plan(self, kind: TimeChangeKind, plan: list[int], seconds: int) -> None:
        change = TimeChange(
            at=self._wall(), step_id=self.step.id, kind=kind, seconds=seconds, plan=plan
        )
        self.meeting.time_changes.append(change)
        self._changed()

    # -- moving through the agenda -------------------------------------------------------------

    def go_to(self, index: int) -> bool:
        """Open step `index`, keeping the time spent in the one we leave."""
        if not 0 <= index < len(self.meeting.steps) or index == self.index or self.stopped:
            return False
        self.record.seconds = self._step_watch.seconds
        self._flush_turn()
        self._speaker = None
        self.meeting.current = index
        self._step_watch.restart(self.record.seconds)
        self._changed()
        return True

    def next_step(self) -> bool:
        return self.go_to(self.index + 1)

    def previous_step(self) -> bool:
        return self.go_to(self.index - 1)

    # -- rounds --------------------------------------------------------------------------------

    @property
    def speaker(self) -> int | None:
        return self._speaker

    def set_speaker(self, position: int | None) -> None:
        """Give the floor to the member at `position` of the current round."""
        if position == self._speaker:
            return
        self._flush_turn()
        self._speaker = position
        self._turn_watch.restart(0.0)

    def turn_seconds(self) -> float:
        """Seconds the current speaker has had the floor in this turn."""
        return self._turn_watch.seconds if self._speaker is not None else 0.0

    def _flush_turn(self) -> None:
        if self._speaker is None or self.step.kind not in ROUND_KINDS:
            return
        entries = self.record.round
        if 0 <= self._speaker < len(entries):
            entries[self._speaker].seconds += self._turn_watch.seconds
        self._turn_watch.restart(0.0)

    # -- the stop button -----------------------------------------------------------------------

    @property
    def stopped(self) -> bool:
        return self._stop_started is not None

    def press_stop(self) -> StopMoment:
        """Pause every clock and record the moment; `resume` continues them."""
        if self._stop_started is None:
            self._running_before_stop = self._step_watch.running
            self.record.seconds = self._step_watch.seconds
            self._step_watch.pause()
            self._turn_watch.pause()
            self._stop_started = self._clock()
            self.meeting.stop_moments.append(
                StopMoment(
                    at=self._wall(),
                    step_id=self.step.id,
                    meeting_seconds=self.meeting_clock().elapsed,
                )
            )
            self._changed()
        return self.meeting.stop_moments[-1]

    def resume(self, note: str = "") -> None:
        if self._stop_started is None:
            return
        moment = self.meeting.stop_moments[-1]
        moment.note = note
        moment.paused_seconds = self._clock() - self._stop_started
        self._stop_started = None
        if self._running_before_stop:
            self._step_watch.start()
            self._turn_watch.start()
        self._changed()

    # -- course --------------------------------------------------------------------------------

    def course_status(self, point_id: str) -> CourseStatus | None:
        """Latest status of a course point: this meeting's check, else the case's last one."""
        for step, record in zip(self.meeting.steps, self.meeting.records, strict=True):
            if step.kind is StepKind.COURSE:
                for check in record.course:
                    if check.point_id == point_id and check.status is not None:
                        return check.status
        point = self.case.point(point_id)
        return None if point is None else point.status

    # -- decisions and parked questions --------------------------------------------------------

    def record_decision(self, text: str, decided_by: str) -> Decision:
        """A decision the team made, in the step now open, at this moment.

        `Invalid` when the decision or who made it is left blank: "Besluiten en keuzes
        maken we altijd gezamenlijk", so a decision always says who took it.
        """
        problems: list[tuple[str, dict[str, object]]] = []
        if not text.strip():
            problems.append(("invalid.decision_text", {}))
        if not decided_by.strip():
            problems.append(("invalid.decided_by_required", {}))
        if problems:
            raise Invalid(problems)
        decision = Decision(
            at=self._wall(),
            step_id=self.step.id,
            text=text.strip(),
            decided_by=" ".join(decided_by.split()),
        )
        self.meeting.decisions.append(decision)
        self._changed()
        return decision

    def park(self, text: str, raised_by: str) -> ParkedQuestion:
        """Park a content question for the inhoudsteam, in the step now open.

        The question belongs to the case (it stays until answered, whatever meeting
        comes next), so the recorder writes the case at once.
        """
        question = new_question(text, raised_by, self._wall(), self.meeting.id, self.step.id)
        self.case = self.case.model_copy(update={"parked": [*self.case.parked, question]})
        self._changed(Change.CASE)
        return question

    def parked_questions(self) -> list[ParkedQuestion]:
        """What this meeting works through: the questions still open, and those it
        answered itself."""
        return open_during(self.case.parked, self.meeting.id)

    def answer_parked(self, question_id: str, answer: str) -> ParkedQuestion:
        """Record the inhoudsteam's answer to a parked question (empty: reopen it)."""
        questions = list(self.case.parked)
        index = next(i for i, q in enumerate(questions) if q.id == question_id)
        updated = answered(questions[index], answer, self._wall(), self.meeting.id)
        if updated != questions[index]:
            questions[index] = updated
            self.case = self.case.model_copy(update={"parked": questions})
            self._changed(Change.CASE)
        return updated

    def course_trend(self, point_id: str) -> list[CourseStatus | None]:
        """The point's status in the last closed meetings, oldest first."""
        return course_trend(point_id, self.history)

    # -- a new course ----------------------------------------------------------------------------

    def new_course(self, index: int) -> NewCourse:
        """What the team decides in new-course step `index`, as it stands."""
        record = self.meeting.records[index]
        if record.new_course is None:
            record.new_course = new_course_of(self.case)
        return record.new_course

    def plan_new_course(self, index: int, **fields: object) -> None:
        """Change part of the new course (`mission`, `team`, `course`, `intent`,
        `next_meeting`, `meeting_minutes`), as typed; the case waits for the chair."""
        record = self.meeting.records[index]
        current = self.new_course(index)
        updated = NewCourse.model_validate({**current.model_dump(), **fields})
        if updated != current:
            record.new_course = updated
            self._changed()

    def new_course_changes(self, index: int) -> NewCourseChanges:
        return changes_of(self.case, self.new_course(index), self.meeting.guests)

    def apply_new_course(self, index: int, decided_by: str) -> Case:
        """Write the new course into the case (the chair confirmed every change): course
        changes as the joint decisions of `decided_by` in this meeting, the rhythm as the
        next meeting. Raises `Invalid` and changes nothing when it cannot be written."""
        plan = self.new_course(index)
        decided = Decided(on=self._wall(), by=decided_by, meeting_id=self.meeting.id)
        case = apply_new_course(self.case, plan, decided, self.meeting.guests)
        self.meeting.records[index].new_course = plan.model_copy(update={"applied": decided.on})
        if plan.next_meeting is not None:
            self.meeting.next_meeting = plan.next_meeting
        self.replace_case(case)
        self._changed()
        return case

    def default_decider(self, t: Messages) -> str:
        """Who decides in this meeting, unless someone says otherwise: the kernteam."""
        return default_decider(self.case, t, self.meeting.id)

    # -- actions -------------------------------------------------------------------------------

    def actions(self) -> list[Action]:
        """The case's actions as they stand in this meeting."""
        return with_meeting_actions(self._case_actions, self.meeting)

    def earlier_open_actions(self) -> list[Action]:
        """Actions from earlier meetings to review: open when this meeting began."""
        return [
            a
            for a in self.actions()
            if a.created_meeting_id != self.meeting.id
            and (a.is_open or a.feedback_in(self.meeting.id) is not None)
        ]

    def new_actions(self) -> list[Action]:
        return [a for a in self.actions() if a.created_meeting_id == self.meeting.id]

    def save_action(self, action: Action) -> None:
        """Keep a new or edited action in this meeting (autosave writes it)."""
        self.meeting.actions[action.id] = action.as_in_meeting(self.meeting.id)
        self._changed()

    def give_feedback(self, action_id: str, status: ActionStatus, note: str) -> Action:
        action = next(a for a in self.actions() if a.id == action_id)
        given = action.feedback_in(self.meeting.id)
        feedback = (
            Feedback(meeting_id=self.meeting.id, on=self.today, status=status, note=note)
            if given is None
            else given.model_copy(update={"status": status, "note": note})  # a re-plan stays
        )
        updated = action.with_feedback(feedback)
        self.save_action(updated)
        return updated

    def check_standing(self, action_id: str, kept: bool, note: str) -> Action:
        """A standing agreement's check in this meeting: "deze week gelukt?" yes or no,
        with a note. It stays in force (`ONGOING`) until the team drops it."""
        action = next(a for a in self.actions() if a.id == action_id)
        given = action.feedback_in(self.meeting.id)
        feedback = (
            Feedback(
                meeting_id=self.meeting.id,
                on=self.today,
                status=ActionStatus.ONGOING,
                note=note,
                kept=kept,
            )
            if given is None
            else given.model_copy(
                update={"status": ActionStatus.ONGOING, "kept": kept, "note": note}
            )
        )
        updated = action.with_feedback(feedback)
        self.save_action(updated)
        return updated

    def standing_kept(self) -> StandingKept:
        """ "Vaste afspraken nagekomen" in this meeting, as checked so far."""
        return standing_in(self.actions(), self.meeting.id)

    def replan(self, action_id: str, due: date | None, owner: str) -> Action:
        """Carry an action that was not (or partly) done over: a new date and owner, as
        the team agrees them right after its feedback."""
        action = next(a for a in self.actions() if a.id == action_id)
        updated = action.replanned_in(self.meeting.id, due, known_owner(self.case, owner) or owner)
        self.save_action(updated)
        return updated

    def clear_feedback(self, action_id: str) -> Action:
        """Undo the feedback given on an action in this meeting."""
        action = next(a for a in self.actions() if a.id == action_id)
        updated = action.without_feedback(self.meeting.id)
        self.save_action(updated)
        return updated

    def default_due(self) -> date:
        """When a new action is due unless the team says otherwise: the next meeting if
        it is known (that is where it comes back), else a week after this one."""
        upcoming = self.meeting.next_meeting or self.case.next_meeting
        if upcoming is not None and upcoming.date() > self.today:
            return upcoming.date()
        return self.today + timedelta(days=7)

    def add_family_member(self, name: str) -> str:
        """Let a family member own actions from now on; returns the name as stored.

        The case held by the session changes; the recorder writes it at once (and closing
        the meeting writes it again with the rest).
        """
        known = known_owner(self.case, name)
        if known is not None:
            return known
        cleaned = name.strip()
        self.case = self.case.model_copy(update={"family": [*self.case.family, cleaned]})
        self._changed(Change.CASE)
        return cleaned

    def meeting_dates(self) -> list[MeetingDate]:
        """Every meeting of the case up to and including this one."""
        return [*self.earlier_meetings, MeetingDate(self.meeting.id, self.today)]

    def attendance(self) -> AttendanceOverTime:
        """Who was at each of the last meetings, this one as it stands."""
        return attendance_over_time(self.case, self.history, self.meeting)

    def board(self) -> Board:
        """The action board's figures as they stand in this meeting."""
        return board(self.actions(), self.case, self.today, self.meeting_dates())

    def trend(self) -> list[FollowThrough]:
        """Follow-through of the last meetings, this one as it stands (the board's trend
        alone, for the panels that show only that)."""
        return trend(self.actions(), self.meeting_dates())
