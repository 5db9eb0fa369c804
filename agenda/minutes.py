"""The minutes of a meeting, in the meeting's language: the one minutes writer.

The app (ctrl+s, closing the meeting, correcting its texts afterwards) and `vliegwiel
export` all call `minutes_document`, so a meeting's minutes read the same however they
were made. The writer builds a document of plain-text blocks (`agenda.document`) and
never writes any syntax itself; every word comes from the catalogue, every typed text is
rendered literally by each form's renderer (`agenda.forms`: Markdown, plain text, HTML).

What the minutes hold, in this order (`SECTIONS`): the title (case alias and
date); chair, present, absent, begin and end, and whether the minutes are a draft, a
concept for the team's corrections, or final; a summary (decisions, next meeting); who
does what by when, a part per person; per agenda step, in the meeting's order, what
happened in it (the feedback step with the standing agreements' "deze week gelukt?" and
their own figure); decisions with who decided, course decisions, the questions parked for
the inhoudsteam, stop moments, and planned against actual time per step. A new section is
one method that returns its blocks, named in `SECTIONS`. A section with nothing in it
says so in a sentence, because "no stop moments" is news too; only what would be noise is
left out (a "zit lekker?" column for a round that did not ask it, answer columns no one
filled beyond the step's questions, the standing agreements of a case that has none).

The minutes of a meeting say what stood at its end: actions made by later meetings are
left out, and a due date or owner changed later is shown as it was then
(`agenda.figures.as_it_stood`), so exporting an old meeting again gives its own minutes.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import date, timedelta

from agenda.actions import CLOSING_STATUSES, Action, Feedback, kept_label, known_owner
from agenda.case import COURSE_SYMBOLS, Case, CourseDecision, course_label_key
from agenda.clock import mmss
from agenda.dates import clock_time, long_day, long_moment
from agenda.document import Block, Document, Heading, Items, Paragraph, table
from agenda.figures import (
    Calendar,
    MeetingDate,
    as_it_stood,
    kept,
    made_by,
    owed_at,
    standing_in,
    status_at,
    status_before,
)
from agenda.fold import with_meeting_actions
from agenda.forms import Form, render
from agenda.i18n import Messages
from agenda.markdown_text import clean, is_blank
from agenda.meeting import CourseCheck, Meeting, StepRecord
from agenda.minutes_method import guests_item, intent_blocks, new_course_blocks, with_roles
from agenda.parked import ParkedQuestion
from agenda.templates import Step, StepKind

CORRECTION_DAYS = 7
"""The team's week to send corrections on the concept minutes (the report, chapter 1)."""


def corrections_until(meeting: Meeting) -> date:
    """The last day of the team's week to react on the concept minutes."""
    sent = (meeting.ended or meeting.started).date()
    return sent + timedelta(days=CORRECTION_DAYS)


def minutes_document(
    case: Case, meeting: Meeting, actions: Sequence[Action], meetings: Sequence[MeetingDate]
) -> Document:
    """The meeting's minutes as a document, before any form is chosen.

    `actions` are the case's actions as stored; the meeting's own new and changed ones
    are laid over them, so this works the same during and after the meeting.
    `meetings` are the case's meetings (for the follow-through figure); this meeting
    is added when it is missing.
    """
    return Document(tuple(_Minutes(case, meeting, actions, meetings).blocks()), meeting.lang)


def write_minutes(
    case: Case,
    meeting: Meeting,
    actions: Sequence[Action],
    meetings: Sequence[MeetingDate],
    form: Form = Form.MARKDOWN,
) -> str:
    """The meeting's minutes in `form` (Markdown unless asked otherwise)."""
    return render(minutes_document(case, meeting, actions, meetings), form)


def minutes_blocks(
    case: Case, meeting: Meeting, actions: Sequence[Action], meetings: Sequence[MeetingDate]
) -> list[Block]:
    """The minutes as plain-text blocks, before rendering (tests compare against them)."""
    return list(minutes_document(case, meeting, actions, meetings).blocks)


TABLES: dict[str, tuple[str, ...]] = {
    "people": ("what", "due", "since"),
    "course": ("number", "point", "status", "note"),
    "review": ("action", "owner", "due", "feedback", "note"),
    "actions": ("what", "owner", "helpers", "due", "result", "bearable", "point"),
    "standing": ("action", "owner", "kept", "note"),
    "decisions": ("time", "step", "decision", "decided_by"),
    "course_decisions": ("date", "change", "old", "new", "decided_by"),
    "parked": ("question", "raised_by", "raised", "reply"),
    "stops": ("time", "step", "note", "paused"),
    "time": ("step", "planned", "actual", "difference"),
}
"""The columns of each table the minutes write, as `minutes.col.*` keys name them."""


class _Minutes:
    def __init__(
        self,
        case: Case,
        meeting: Meeting,
        actions: Sequence[Action],
        meetings: Sequence[MeetingDate],
    ) -> None:
        self.t = Messages(meeting.lang)
        self.case = case
        self.meeting = meeting
        self.day = meeting.started.date()
        self.this = MeetingDate(meeting.id, self.day)
        others = [m for m in meetings if m.id != meeting.id]
        self.dates = sorted([*others, self.this], key=lambda m: m.on)
        self.calendar = Calendar(self.dates)
        every = with_meeting_actions(list(actions), meeting)
        self.actions = [a for a in every if made_by(a, self.this)]

    def blocks(self) -> list[Block]:
        t = self.t
        blocks: list[Block] = [
            Heading(1, t("minutes.title", alias=self.case.alias, date=long_day(self.day, t))),
            self._attendance(),
        ]
        for section in SECTIONS:
            blocks.extend(section(self))
        return blocks

    # -- helpers ---------------------------------------------------------------------

    def _names(self, names: Sequence[str], empty: str = "minutes.nobody") -> str:
        named = [_trimmed(n) for n in names if not is_blank(n)]
        return ", ".join(named) if named else self.t(empty)

    def _step_title(self, index: int) -> str:
        step = self.meeting.steps[index]
        return self.t("minutes.numbered", number=index + 1, text=step.title)

    def _step_title_by_id(self, step_id: str) -> str:
        ids = [s.id for s in self.meeting.steps]
        return self._step_title(ids.index(step_id)) if step_id in ids else step_id

    def _text_or(self, text: str, empty_key: str) -> Paragraph:
        return Paragraph(self.t(empty_key) if is_blank(text) else text)

    def _day_or_none(self, day: date | None) -> str:
        return long_day(day, self.t) if day is not None else self.t("common.none")

    def _due(self, action: Action) -> str:
        """The action's due date; without one, the meeting it comes back to. A standing
        agreement comes back at every meeting, whatever date was typed."""
        if action.is_standing:
            return self.t("action.standing_due")
        when = self.calendar.effective_due(action)
        return long_day(when, self.t) if when is not None else self.t("minutes.due.next_meeting")

    def _table(self, name: str, rows: Sequence[Sequence[str]], empty: str = "") -> Block:
        """Table `name` under its `minutes.col.*` headings, or the sentence `empty` if no
        rows."""
        if not rows and empty:
            return Paragraph(self.t(empty))
        return table([self.t(f"minutes.col.{column}") for column in TABLES[name]], rows)

    def _next_meeting(self) -> Paragraph:
        t, upcoming = self.t, self.meeting.next_meeting
        if upcoming is None:
            return Paragraph(t("minutes.close.next_unknown"))
        return Paragraph(t("minutes.close.next", moment=long_moment(upcoming, t)))

    # -- header ----------------------------------------------------------------------

    def _intent(self) -> list[Block]:
        """The declaration of intent, when it changed or the chair asked for it: after
        what the team must do, before what was said."""
        return intent_blocks(self.t, self.meeting)

    def _attendance(self) -> Items:
        t, meeting = self.t, self.meeting
        present = with_roles(t, self.case, meeting, meeting.present)
        absent = with_roles(t, self.case, meeting, meeting.absent)
        guests = guests_item(t, meeting)
        items = [
            t("minutes.chair", name=self._names([meeting.chair], empty="common.none")),
            t("minutes.present", names=self._names(present)),
            t("minutes.absent", names=self._names(absent)),
            *([guests] if guests else []),
            t("minutes.started", moment=long_moment(meeting.started, t)),
        ]
        if meeting.ended is not None:
            items.append(t("minutes.ended", moment=long_moment(meeting.ended, t)))
        items.append(self._state())
        return Items(tuple(items))

    def _state(self) -> str:
        """Draft while the meeting runs; then a concept for the team's week of
        corrections; then final, from the day the chair says so."""
        t, meeting = self.t, self.meeting
        if meeting.is_draft:
            return t("minutes.draft")
        if meeting.final_on is not None:
            return t("minutes.final", date=long_day(meeting.final_on, t))
        return t("minutes.concept", date=long_day(corrections_until(meeting), t))

    # -- at the top: in short, and who does what -------------------------------------

    def _summary(self) -> list[Block]:
        t = self.t
        decided = [d.text for d in self.meeting.decisions]
        decided += [self._course_decision_line(d) for d in self._course_decisions_made()]
        blocks: list[Block] = [Heading(2, t("minutes.summary"))]
        if decided:
            blocks += [Paragraph(t("minutes.summary.decisions")), Items(tuple(decided))]
        else:
            blocks.append(Paragraph(t("minutes.decisions.empty")))
        blocks.append(self._next_meeting())
        return blocks

    def _course_decision_line(self, decision: CourseDecision) -> str:
        change = self.t(
            f"course.history.{decision.change}",
            old=decision.old_number or "",
            new=decision.new_number or "",
        )
        text = decision.new_text if not is_blank(decision.new_text) else decision.old_text
        return self.t("minutes.summary.course", change=change, text=text)

    def _people(self) -> list[Block]:
        """Who does what by when: a part per person with what is open at the end of the
        meeting, new and earlier, every team member included (no actions is news too)."""
        t = self.t
        held: dict[str, list[Action]] = {member.name: [] for member in self.case.team}
        for action in self.actions:
            if status_at(action, self.this) in CLOSING_STATUSES:
                continue
            stood = as_it_stood(action, self.this)
            owner = known_owner(self.case, stood.owner) or _trimmed(stood.owner)
            held.setdefault(owner, []).append(stood)
        blocks: list[Block] = [Heading(2, t("minutes.people"))]
        for person, actions in held.items():
            blocks.append(Heading(3, person))
            actions.sort(key=lambda a: self.calendar.effective_due(a) or date.max)
            rows = [(a.what, self._due_for(a), self._since(a)) for a in actions]
            blocks.append(self._table("people", rows, "minutes.people.none"))
        return blocks

    def _due_for(self, action: Action) -> str:
        """The due date; said without blame ("stond voor …") when the action is still open
        at the end of the meeting it was due by."""
        when = None if action.is_standing else self.calendar.effective_due(action)
        if when is not None and when <= self.day:
            return self.t("minutes.people.was_due", date=long_day(when, self.t))
        return self._due(action)

    def _since(self, action: Action) -> str:
        if action.created_meeting_id == self.meeting.id:
            return self.t("minutes.people.new")
        return long_day(action.created_on, self.t)

    # -- steps -----------------------------------------------------------------------

    def _steps(self) -> list[Block]:
        blocks: list[Block] = []
        meeting = self.meeting
        for number, (step, record) in enumerate(zip(meeting.steps, meeting.records, strict=True)):
            blocks.append(Heading(2, self._step_title(number)))
            blocks.extend(self._step(step, record))
        return blocks

    def _step(self, step: Step, record: StepRecord) -> list[Block]:
        match step.kind:
            case StepKind.ROUND:
                return [self._round(step, record)]
            case StepKind.TEXT:
                return [self._text_or(record.text, "minutes.text.empty")]
            case StepKind.ANALYSIS:
                return [self._text_or(record.text, "minutes.text.empty"), self._deadline()]
            case StepKind.COURSE:
                return [self._course(record)]
            case StepKind.REVIEW:
                return self._review()
            case StepKind.ACTIONS:
                return [self._new_actions()]
            case StepKind.CLOSE:
                return [self._round(step, record), *self._close(record)]
            case StepKind.NEW_COURSE:
                return new_course_blocks(self.t, record)

    def _round(self, step: Step, record: StepRecord) -> Block:
        t = self.t
        if not record.round:
            return Paragraph(t("minutes.round.empty"))
        columns = max(len(step.questions), *(len(e.answers) for e in record.round))
        header = [t("minutes.col.member")]
        if step.ask_seated:
            header.append(t("minutes.col.seated"))
        header += step.questions
        header += [
            t("minutes.col.answer", number=n) for n in range(len(step.questions) + 1, columns + 1)
        ]
        rows = []
        for entry in record.round:
            row = [entry.member]
            if step.ask_seated:
                row.append(self._seated(entry.seated))
            row += entry.answers + [""] * (columns - len(entry.answers))
            rows.append(row)
        return table(header, rows)

    def _seated(self, seated: bool | None) -> str:
        if seated is None:
            return self.t("common.none")
        return self.t("minutes.seated.yes" if seated else "minutes.seated.chafes")

    def _deadline(self) -> Paragraph:
        t = self.t
        deadline = self.case.analysis_deadline
        if deadline is None:
            return Paragraph(t("minutes.analysis.no_deadline"))
        days = (deadline - self.day).days
        if days == 0:
            left = t("minutes.analysis.today")
        elif days > 0:
            left = t(
                "minutes.analysis.left_one" if days == 1 else "minutes.analysis.left_many",
                days=days,
            )
        else:
            over = -days
            left = t(
                "minutes.analysis.over_one" if over == 1 else "minutes.analysis.over_many",
                days=over,
            )
        return Paragraph(t("minutes.analysis.deadline", date=long_day(deadline, t), left=left))

    def _course(self, record: StepRecord) -> Block:
        t = self.t
        checks = {check.point_id: check for check in record.course}
        rows = [
            (str(number), point.text, *self._check(checks.pop(point.id, None)))
            for number, point in enumerate(self.case.course, start=1)
        ]
        # Points checked in this meeting that the case no longer has.
        rows += [
            (t("common.none"), self._former_point(check.point_id), *self._check(check))
            for check in checks.values()
        ]
        return self._table("course", rows, "minutes.course.empty")

    def _check(self, check: CourseCheck | None) -> tuple[str, str]:
        """Status as symbol and word (never one alone), and the note."""
        status = None if check is None else check.status
        label = self.t(
            "minutes.course.status",
            symbol=COURSE_SYMBOLS[status],
            status=self.t(course_label_key(status)),
        )
        return label, "" if check is None else check.note

    def _former_point(self, point_id: str) -> str:
        known = [
            d.old_text or d.new_text for d in self.case.course_history if d.point_id == point_id
        ]
        removed = self.t("course.removed")
        texts = [_trimmed(text) for text in known if not is_blank(text)]
        return f"{texts[-1]} {removed}" if texts else removed

    def _reviewed(self, action: Action) -> bool:
        """Made in an earlier meeting, and open when this one began or given feedback in
        it: what the feedback step showed."""
        return action.created_meeting_id != self.meeting.id and (
            status_before(action, self.this) not in CLOSING_STATUSES
            or action.feedback_in(self.meeting.id) is not None
        )

    def _review(self) -> list[Block]:
        """Every action that was due at this meeting, then every other one that came
        into it open, each with the feedback given (or "geen terugkoppeling"); the
        follow-through figure under the first table counts exactly its rows. The
        standing agreements follow apart: they never fall due, so never count there."""
        t = self.t
        owed = owed_at(self.actions, self.this, self.dates)
        owed_ids = {a.id for a in owed}
        others = [
            a
            for a in self.actions
            if a.id not in owed_ids and not a.is_standing and self._reviewed(a)
        ]
        if not owed:
            blocks: list[Block] = [Paragraph(t("minutes.follow_through.none_due"))]
        else:
            blocks = [
                Paragraph(t("minutes.review.due_here")),
                self._table("review", [self._review_row(a) for a in owed]),
                self._follow_through(owed),
            ]
        if others:
            blocks.append(Paragraph(t("minutes.review.others")))
        blocks.append(
            self._table("review", [self._review_row(a) for a in others], "minutes.review.empty")
        )
        return blocks + self._standing()

    def _standing(self) -> list[Block]:
        """The standing agreements the feedback step asked about, each with this
        meeting's "deze week gelukt?" and its note, under them their own figure ("vaste
        afspraken nagekomen"); nothing at all for a case that has none."""
        t = self.t
        agreements = [a for a in self.actions if a.is_standing and self._reviewed(a)]
        if not agreements:
            return []
        figure = standing_in(agreements, self.meeting.id)
        if figure.checked:
            kept = t(
                "minutes.standing.figure",
                kept=figure.kept,
                checked=figure.checked,
                percent=t.percent(figure.share),
            )
        else:
            kept = t("minutes.standing.none")
        return [
            Paragraph(t("minutes.standing.intro")),
            self._table("standing", [self._standing_row(a) for a in agreements]),
            Paragraph(kept),
        ]

    def _standing_row(self, action: Action) -> tuple[str, str, str, str]:
        given = action.feedback_in(self.meeting.id)
        if given is None:
            check, note = self.t("minutes.standing.unasked"), ""
        elif given.kept is None:  # let go of (dropped) rather than checked
            check, note = self.t(f"status.{given.status}"), given.note
        else:
            check, note = kept_label(given.kept, self.t), given.note
        owner = as_it_stood(action, self.this, coming_in=True).owner
        return action.what, owner, check, note

    def _review_row(self, action: Action) -> tuple[str, str, str, str, str]:
        coming_in = as_it_stood(action, self.this, coming_in=True)
        feedback = action.feedback_in(self.meeting.id)
        note = "" if feedback is None else feedback.note
        return (
            action.what,
            coming_in.owner,
            self._due(coming_in),
            self._reported(action, feedback),
            note,
        )

    def _reported(self, action: Action, feedback: Feedback | None) -> str:
        t = self.t
        if feedback is not None:
            status = t(f"status.{feedback.status}")
            if not feedback.replanned:
                return status
            after = as_it_stood(action, self.this)
            return t(
                "minutes.review.replanned", status=status, due=self._due(after), owner=after.owner
            )
        before = status_before(action, self.this)
        if before in CLOSING_STATUSES:
            return t("minutes.review.earlier", status=t(f"status.{before}"))
        return t("minutes.review.none")

    def _follow_through(self, owed: list[Action]) -> Paragraph:
        """The figure of exactly the actions in the table above it (`owed`)."""
        t = self.t
        figure = kept(owed, self.this)
        dropped = len(owed) - figure.due
        if not figure.due:
            return Paragraph(t("minutes.follow_through.all_dropped", dropped=dropped))
        if not figure.discussed:
            return Paragraph(t("minutes.follow_through.not_discussed", due=figure.due))
        done = t(
            "minutes.follow_through",
            done=figure.done,
            due=figure.due,
            percent=t.percent(figure.share),
        )
        if dropped:
            done = t("minutes.follow_through.dropped", figure=done, dropped=dropped)
        return Paragraph(done)

    def _new_actions(self) -> Block:
        made = [
            as_it_stood(a, self.this)
            for a in self.actions
            if a.created_meeting_id == self.meeting.id
        ]
        rows = [
            (
                a.what,
                a.owner,
                self._help(a),
                self._due(a),
                a.result,
                self._bearable(a),
                self._point(a.course_point_id),
            )
            for a in made
        ]
        return self._table("actions", rows, "minutes.actions.empty")

    def _help(self, action: Action) -> str:
        helpers = ", ".join(_trimmed(h) for h in action.helpers if not is_blank(h))
        if is_blank(action.help_note):
            return helpers
        note = _trimmed(action.help_note)
        return f"{helpers}; {note}" if helpers else note

    def _bearable(self, action: Action) -> str:
        label = self.t(f"bearable.{action.bearable}")
        return self.t("minutes.actions.needs_help", bearable=label) if action.needs_help else label

    def _point(self, point_id: str | None) -> str:
        if point_id is None:
            return self.t("common.none")
        point, number = self.case.point(point_id), self.case.point_number(point_id)
        if point is None or number is None:
            return self._former_point(point_id)
        return self.t("minutes.numbered", number=number, text=point.text)

    def _close(self, record: StepRecord) -> list[Block]:
        t = self.t
        return [
            Paragraph(t("minutes.close.informed")),
            self._text_or(record.informed, "minutes.close.informed_empty"),
            Paragraph(t("minutes.close.parents")),
            self._text_or(self.meeting.parents_note, "minutes.close.parents_empty"),
            self._next_meeting(),
        ]

    # -- after the steps -------------------------------------------------------------

    def _decisions(self) -> list[Block]:
        """Every decision with its time, step and who decided ("Besluiten en keuzes maken
        we altijd gezamenlijk"); one recorded before that was asked shows –."""
        rows = [
            (
                clock_time(d.at),
                self._step_title_by_id(d.step_id),
                d.text,
                self.t("common.none") if is_blank(d.decided_by) else d.decided_by,
            )
            for d in self.meeting.decisions
        ]
        return [
            Heading(2, self.t("minutes.decisions")),
            self._table("decisions", rows, "minutes.decisions.empty"),
        ]

    def _course_decisions_made(self) -> list[CourseDecision]:
        """Made in this meeting, or outside any meeting since the previous one."""
        previous = max((m.on for m in self.dates if m.on < self.day), default=None)

        def belongs(meeting_id: str | None, on: date) -> bool:
            if meeting_id is not None:
                return meeting_id == self.meeting.id
            return on <= self.day and (previous is None or on > previous)

        return [d for d in self.case.course_history if belongs(d.meeting_id, d.on.date())]

    def _course_decisions(self) -> list[Block]:
        t = self.t
        rows = [
            (
                long_day(d.on.date(), t),
                t(f"course.history.{d.change}", old=d.old_number or "", new=d.new_number or ""),
                d.old_text,
                d.new_text,
                d.decided_by,
            )
            for d in self._course_decisions_made()
        ]
        return [
            Heading(2, t("minutes.course_decisions")),
            self._table("course_decisions", rows, "minutes.course_decisions.empty"),
        ]

    def _parked(self) -> list[Block]:
        """The questions the kernteam parked for the inhoudsteam that concern this
        meeting (`_parked_here`): who raised each, where or when, and its answer or
        "open"."""
        rows = [self._parked_row(q) for q in self.case.parked if self._parked_here(q)]
        return [
            Heading(2, self.t("minutes.parked")),
            self._table("parked", rows, "minutes.parked.empty"),
        ]

    def _parked_here(self, question: ParkedQuestion) -> bool:
        """Parked in this meeting, answered in it, or parked earlier and still open at
        its end: what went to the inhoudsteam, what came back, and what is still owed,
        so each set of minutes shows the list as the team left it. One answered in an
        earlier meeting was shown there and is done with; one parked in a later meeting
        did not exist yet; one answered in a later meeting was still open then."""
        if self.meeting.id in (question.meeting_id, question.answered_meeting_id):
            return True
        began = self.meeting.started
        answered_later = question.answered_at is None or question.answered_at > began
        return question.parked_at < began and answered_later

    def _parked_row(self, question: ParkedQuestion) -> tuple[str, str, str, str]:
        t = self.t
        if question.meeting_id == self.meeting.id:
            raised = self._step_title_by_id(question.step_id)
        else:
            raised = long_day(question.parked_at.date(), t)
        answered_here = question.answered_meeting_id == self.meeting.id
        return (
            question.text,
            t("common.none") if is_blank(question.raised_by) else question.raised_by,
            raised,
            question.answer if answered_here and not question.is_open else t("parked.open"),
        )

    def _stops(self) -> list[Block]:
        rows = [
            (
                clock_time(s.at),
                self._step_title_by_id(s.step_id),
                s.note,
                mmss(s.paused_seconds),
            )
            for s in self.meeting.stop_moments
        ]
        return [
            Heading(2, self.t("minutes.stops")),
            self._table("stops", rows, "minutes.stops.empty"),
        ]

    def _times(self) -> list[Block]:
        rows = [
            _time_row(self._step_title(index), step.minutes * 60, record.seconds)
            for index, (step, record) in enumerate(
                zip(self.meeting.steps, self.meeting.records, strict=True)
            )
        ]
        rows.append(
            _time_row(
                self.t("minutes.times.total"),
                int(self.meeting.planned_seconds),
                self.meeting.elapsed_seconds,
            )
        )
        return [Heading(2, self.t("minutes.times")), self._table("time", rows)]


SECTIONS: tuple[Callable[[_Minutes], list[Block]], ...] = (
    _Minutes._summary,
    _Minutes._people,
    _Minutes._intent,
    _Minutes._steps,
    _Minutes._decisions,
    _Minutes._course_decisions,
    _Minutes._parked,
    _Minutes._stops,
    _Minutes._times,
)
"""The minutes' sections after the header, in order; a new section is a method of
`_Minutes` returning its blocks (its heading first), named here."""


def _trimmed(text: str) -> str:
    """Typed text without surrounding white space, for joining it with other text."""
    return clean(text).strip()


def _time_row(title: str, planned: int, actual: float) -> tuple[str, ...]:
    """A row of the time table: the step, its planned and actual minutes and seconds,
    and how far apart (+ over, − under). A further column (re-planned time, say) is a
    further cell here and a further name in `TABLES["time"]`."""
    difference = int(max(0.0, actual)) - planned
    sign = "+" if difference > 0 else "−" if difference < 0 else ""
    return title, mmss(planned), mmss(actual), f"{sign}{mmss(abs(difference))}"
