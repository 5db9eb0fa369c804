"""Setting a new course ("Nieuwe koers bepalen"), the end of a perspective analysis.

"Vervolgens hebben we een nieuwe koers bepaald" (report ch. 4): the team decides who takes
part in the kernteam and what its assignment is, the course, the declaration of intent
and the rhythm. The fields start from the case as it is, so the team changes rather than
retypes; what is typed is kept in the meeting (autosaved) and reaches the case only when
the chair presses "In de casus zetten" and confirms every change it lists.
"""

from __future__ import annotations

from datetime import datetime, time

from rich.text import Text
from textual import on
from textual.app import ComposeResult
from textual.containers import Horizontal, Vertical, VerticalScroll
from textual.widgets import Button, Checkbox, Input, Label, Static, TextArea

from agenda.case import LONGEST_MEETING, SHORTEST_MEETING, read_meeting_minutes
from agenda.case_form import lines_of
from agenda.dates import Unreadable, field_moment, long_moment, read_moment
from agenda.new_course import NewCourse
from tui.commands import Command
from tui.context import harmless, literal
from tui.dialogs.new_course_confirm import NewCourseConfirm
from tui.steps.base import StepView
from tui.widgets.fields import Field, Notes
from tui.widgets.toggles import Tick

APPLY = Command("apply_new_course", None, "cmd.apply_new_course", "cmd.apply_new_course.help")
"""In the palette and F1; on screen it is the button below the fields (Tab reaches it)."""


class NewCourseView(StepView):
    KEYS = (APPLY,)

    @property
    def plan(self) -> NewCourse:
        return self.session.new_course(self.index)

    def compose(self) -> ComposeResult:
        t, plan = self.t, self.plan
        yield self.prompt()
        with VerticalScroll(classes="new-course", can_focus=False):
            yield Label(t("new_course.mission"), classes="field-label")
            yield Notes(plan.mission, id="new-course-mission", soft_wrap=True)
            yield Label(t("new_course.team"), classes="field-label")
            with Vertical(id="new-course-team"):
                for name, about in self._candidates():
                    label = Text(name)
                    label.append(f" – {about}", style="dim")
                    yield Tick(harmless(label), value=name in plan.team, name=name, compact=True)
            yield Label(t("new_course.course"), classes="field-label")
            yield Notes("\n".join(plan.course), id="new-course-course", soft_wrap=True)
            yield Label(t("new_course.intent"), classes="field-label")
            yield Notes("\n".join(plan.intent), id="new-course-intent", soft_wrap=True)
            with Horizontal(id="new-course-rhythm"):
                with Vertical():
                    yield Label(t("new_course.next_meeting"), classes="field-label")
                    upcoming = field_moment(plan.next_meeting) if plan.next_meeting else ""
                    yield Field(
                        upcoming, id="new-course-next", placeholder=t("close.next_placeholder")
                    )
                with Vertical():
                    yield Label(t("attendance.minutes"), classes="field-label")
                    minutes = str(plan.meeting_minutes or "")
                    yield Field(minutes, id="new-course-minutes", type="integer")
            yield Static("", id="new-course-problem", classes="problems")
            with Horizontal(classes="buttons"):
                yield Button(t("new_course.apply"), id="new-course-apply", variant="primary")
                yield Static("", id="new-course-state", classes="hint")

    def _candidates(self) -> list[tuple[str, str]]:
        """Everyone who can take part: the members (by their seat), then today's guests."""
        t = self.t
        people = [(m.name, t(f"role.{m.role.value}")) for m in self.session.case.team]
        known = {name for name, _ in people}
        for guest in self.session.meeting.guests:
            if guest.name not in known:
                where = f", {guest.organisation}" if guest.organisation.strip() else ""
                people.append((guest.name, f"{t('attendance.guest')}{where}"))
        return people

    def opened(self) -> None:
        self._show_state()
        super().opened()

    def _show_state(self) -> None:
        applied = self.plan.applied
        state = (
            self.t("new_course.applied", moment=long_moment(applied, self.t))
            if applied is not None
            else self.t("new_course.not_applied")
        )
        self.query_one("#new-course-state", Static).update(literal(state))

    # -- what is typed --------------------------------------------------------------------

    def _plan(self, **fields: object) -> None:
        self.session.plan_new_course(self.index, **fields)
        self.edited()

    @on(TextArea.Changed)
    def _typed(self, event: TextArea.Changed) -> None:
        event.stop()
        text = event.text_area.text
        match event.text_area.id:
            case "new-course-mission":
                self._plan(mission=text)
            case "new-course-course":
                self._plan(course=lines_of(text))
            case "new-course-intent":
                self._plan(intent=lines_of(text))

    @on(Checkbox.Changed)
    def _team(self, event: Checkbox.Changed) -> None:
        event.stop()
        self._plan(team=[tick.name or "" for tick in self.query(Tick) if tick.value])

    @on(Input.Changed, "#new-course-next")
    def _next(self, event: Input.Changed) -> None:
        event.stop()
        moment = self._moment()
        if isinstance(moment, datetime):
            self._plan(next_meeting=moment)
        self._say(None if not isinstance(moment, Unreadable) else self.t("close.next_invalid"))

    @on(Input.Changed, "#new-course-minutes")
    def _minutes(self, event: Input.Changed) -> None:
        event.stop()
        minutes = self._length()
        if minutes is not None:
            self._plan(meeting_minutes=minutes)
        self._say(None if minutes is not None else self._length_problem())

    def _moment(self) -> datetime | Unreadable | None:
        text = self.query_one("#new-course-next", Input).value
        hour = self.plan.next_meeting.time() if self.plan.next_meeting else time(9, 0)
        return read_moment(text, self.session.today, hour)

    def _length(self) -> int | None:
        return read_meeting_minutes(self.query_one("#new-course-minutes", Input).value)

    def _length_problem(self) -> str:
        return self.t("invalid.meeting_minutes", low=SHORTEST_MEETING, high=LONGEST_MEETING)

    def _say(self, problem: str | None) -> None:
        self.query_one("#new-course-problem", Static).update(problem or "")

    # -- into the case --------------------------------------------------------------------

    @on(Button.Pressed, "#new-course-apply")
    def _apply_button(self, event: Button.Pressed) -> None:
        event.stop()
        self.action_apply_new_course()

    def action_apply_new_course(self) -> None:
        """Every change listed; on Enter the case takes them (a date or length that does
        not read stops it with its sentence first)."""
        if isinstance(self._moment(), Unreadable):
            self._say(self.t("close.next_invalid"))
            self.query_one("#new-course-next", Input).focus()
            return
        if self._length() is None:
            self._say(self._length_problem())
            self.query_one("#new-course-minutes", Input).focus()
            return

        def done(applied: bool | None) -> None:
            if applied:
                self._show_state()
                self.post_message(self.CaseChanged())
            self.query_one("#new-course-apply", Button).focus()

        self.app.push_screen(NewCourseConfirm(self.session, self.index), done)
