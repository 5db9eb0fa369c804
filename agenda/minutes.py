"""The minutes of a meeting, in the meeting's language: the one minutes writer.

The app (ctrl+s, check-out) and `vliegwiel export` both call `write_minutes`, so a
meeting's minutes read the same however they were made. The writer builds plain-text
blocks (`agenda.markdown_doc`) and never writes Markdown syntax itself; every word comes
from the catalogue, every typed text is rendered literally.

What the minutes hold: the title (case alias and date); chair, present, absent; per
agenda step, in the meeting's order, what happened in it; decisions, course decisions,
stop moments, and planned against actual time per step. A section with nothing in it
says so in a sentence, because "no stop moments" is news too; only what would be noise
is left out (a saddle column for a round that did not ask it, the draft line of a
closed meeting, answer columns no one filled beyond the step's questions).
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date

from agenda.actions import Action
from agenda.case import COURSE_SYMBOLS, Case, course_label_key
from agenda.clock import mmss
from agenda.dates import clock_time, long_day, long_moment
from agenda.figures import MeetingDate, follow_through_in
from agenda.fold import with_meeting_actions
from agenda.i18n import Messages
from agenda.markdown_doc import Block, Heading, Items, Paragraph, render, table
from agenda.markdown_text import clean, is_blank
from agenda.meeting import CourseCheck, Meeting, MeetingStatus, StepRecord
from agenda.minutes_method import guests_item, intent_blocks, new_course_blocks, with_roles
from agenda.templates import Step, StepKind


def write_minutes(
    case: Case, meeting: Meeting, actions: Sequence[Action], meetings: Sequence[MeetingDate]
) -> str:
    """The meeting's minutes as Markdown.

    `actions` are the case's actions as stored; the meeting's own new and changed ones
    are laid over them, so this works the same during and after the meeting.
    `meetings` are the case's meetings (for the follow-through figure); this meeting
    is added when it is missing.
    """
    return render(minutes_blocks(case, meeting, actions, meetings))


def minutes_blocks(
    case: Case, meeting: Meeting, actions: Sequence[Action], meetings: Sequence[MeetingDate]
) -> list[Block]:
    """The minutes as plain-text blocks, before rendering (tests compare against them)."""
    return _Minutes(case, meeting, actions, meetings).blocks()


TABLES: dict[str, tuple[str, ...]] = {
    "course": ("number", "point", "status", "note"),
    "review": ("action", "owner", "status", "note"),
    "actions": ("what", "owner", "helpers", "due", "result", "bearable", "point"),
    "decisions": ("time", "step", "decision"),
    "course_decisions": ("date", "change", "old", "new", "decided_by"),
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
        self.actions = with_meeting_actions(list(actions), meeting)
        this = MeetingDate(meeting.id, self.day)
        others = [m for m in meetings if m.id != meeting.id]
        self.this = this
        self.dates = sorted([*others, this], key=lambda m: m.on)

    def blocks(self) -> list[Block]:
        t, meeting = self.t, self.meeting
        blocks: list[Block] = [
            Heading(1, t("minutes.title", alias=self.case.alias, date=long_day(self.day, t))),
            self._attendance(),
            *intent_blocks(t, meeting),
        ]
        for number, (step, record) in enumerate(zip(meeting.steps, meeting.records, strict=True)):
            blocks.append(Heading(2, self._step_title(number)))
            blocks.extend(self._step(step, record))
        blocks += [Heading(2, t("minutes.decisions")), self._decisions()]
        blocks += [Heading(2, t("minutes.course_decisions")), self._course_decisions()]
        blocks += [Heading(2, t("minutes.stops")), self._stops()]
        blocks += [Heading(2, t("minutes.times")), self._times()]
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

    def _table(self, name: str, rows: Sequence[Sequence[str]], empty: str = "") -> Block:
        """Table `name` under its `minutes.col.*` headings, or the sentence `empty` if no
        rows."""
        if not rows and empty:
            return Paragraph(self.t(empty))
        return table([self.t(f"minutes.col.{column}") for column in TABLES[name]], rows)

    # -- header ----------------------------------------------------------------------

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
        if meeting.status is MeetingStatus.OPEN:
            items.append(t("minutes.draft"))
        return Items(tuple(items))

    # -- steps -----------------------------------------------------------------------

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
                return [self._review(), self._follow_through()]
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

    def _review(self) -> Block:
        t = self.t
        rows = []
        for action in self.actions:
            feedback = action.feedback_in(self.meeting.id)
            if feedback is not None:
                rows.append(
                    (action.what, action.owner, t(f"status.{feedback.status}"), feedback.note)
                )
        return self._table("review", rows, "minutes.review.empty")

    def _follow_through(self) -> Paragraph:
        t = self.t
        figure = follow_through_in(self.actions, self.this, self.dates)
        if not figure.due:
            return Paragraph(t("minutes.follow_through.none_due"))
        return Paragraph(
            t(
                "minutes.follow_through",
                done=figure.done,
                due=figure.due,
                percent=t.percent(figure.share),
            )
        )

    def _new_actions(self) -> Block:
        made = [a for a in self.actions if a.created_meeting_id == self.meeting.id]
        rows = [
            (
                a.what,
                a.owner,
                self._help(a),
                self._day_or_none(a.due),
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
        upcoming = self.meeting.next_meeting
        return [
            Paragraph(t("minutes.close.informed")),
            self._text_or(record.informed, "minutes.close.informed_empty"),
            Paragraph(
                t("minutes.close.next", moment=long_moment(upcoming, t))
                if upcoming is not None
                else t("minutes.close.next_unknown")
            ),
        ]

    # -- after the steps -------------------------------------------------------------

    def _decisions(self) -> Block:
        rows = [
            (clock_time(d.at), self._step_title_by_id(d.step_id), d.text)
            for d in self.meeting.decisions
        ]
        return self._table("decisions", rows, "minutes.decisions.empty")

    def _course_decisions(self) -> Block:
        """Made in this meeting, or outside any meeting since the previous one."""
        t = self.t
        previous = max((m.on for m in self.dates if m.on < self.day), default=None)

        def belongs(meeting_id: str | None, on: date) -> bool:
            if meeting_id is not None:
                return meeting_id == self.meeting.id
            return on <= self.day and (previous is None or on > previous)

        chosen = [d for d in self.case.course_history if belongs(d.meeting_id, d.on.date())]
        rows = [
            (
                long_day(d.on.date(), t),
                t(f"course.history.{d.change}", old=d.old_number or "", new=d.new_number or ""),
                d.old_text,
                d.new_text,
                d.decided_by,
            )
            for d in chosen
        ]
        return self._table("course_decisions", rows, "minutes.course_decisions.empty")

    def _stops(self) -> Block:
        rows = [
            (
                clock_time(s.at),
                self._step_title_by_id(s.step_id),
                s.note,
                mmss(s.paused_seconds),
            )
            for s in self.meeting.stop_moments
        ]
        return self._table("stops", rows, "minutes.stops.empty")

    def _times(self) -> Block:
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
        return self._table("time", rows)


def _trimmed(text: str) -> str:
    """Typed text without surrounding white space, for joining it with other text."""
    return clean(text).strip()


def _time_row(title: str, planned: int, actual: float) -> tuple[str, str, str, str]:
    """Planned and actual time in minutes and seconds, and how far apart (+ over, − under)."""
    difference = int(max(0.0, actual)) - planned
    sign = "+" if difference > 0 else "−" if difference < 0 else ""
    return title, mmss(planned), mmss(actual), f"{sign}{mmss(abs(difference))}"
