"""The meeting screen: the agenda step, its clock, the meeting clock and the koers panel.

The screen owns the `MeetingSession` and passes it down to the step views, which change
the meeting only through the session's methods. The session tells the meeting's
`MeetingRecorder` of each change; the screen drives the recorder with its clock refresh
(`tick`) and shows what it reports. Each step opens with the cursor in its first field,
so the chair can type at once.
"""

from __future__ import annotations

from pathlib import Path

from textual import events, on
from textual.app import ComposeResult
from textual.containers import Horizontal, Vertical
from textual.screen import Screen
from textual.widget import AwaitMount, MountError
from textual.widgets import ContentSwitcher, Static

from agenda.case import Case, CourseChange
from agenda.clock import mmss
from agenda.dates import clock_time
from agenda.errors import VliegwielError
from agenda.recorder import MeetingRecorder
from agenda.session import MeetingSession
from tui.autosave import drive
from tui.commands import Command, HasCommands
from tui.context import literal, vapp
from tui.dialogs.course_change import CourseChangeDialog
from tui.dialogs.curtain import CurtainScreen
from tui.dialogs.decision import DecisionDialog
from tui.dialogs.minutes_preview import MinutesPreview
from tui.dialogs.park import ParkDialog
from tui.latency import settle_long_lived
from tui.screens.board import ActionBoardScreen
from tui.steps import build_view
from tui.steps.base import StepView
from tui.steps.close import CloseView
from tui.steps.course import CourseView
from tui.widgets.agenda_strip import AgendaStrip
from tui.widgets.clocks import MeetingClock, StepClock
from tui.widgets.course_panel import CoursePanel
from tui.widgets.key_bar import KeyBar
from tui.widgets.parked_list import ParkedList
from tui.widgets.step_title import StepTitle

CLOCK_REFRESH = 0.25
"""Seconds between clock refreshes; each also lets the recorder write what is due."""
STATUS_SHOWN = 8.0
NARROW = 100
"""Below this many columns the koers panel hides itself; F2 shows it over the step (a
panel beside the step would leave the check-in one member per screen)."""

COURSE_PANEL = Command("toggle_course_panel", "f2", "cmd.course_panel", "cmd.course_panel.help")
BOARD = Command("action_board", "f3", "cmd.board", "cmd.board.help")
STEP_CLOCK = Command("toggle_step_clock", "f5", "cmd.step_clock", "cmd.step_clock.help")
CURTAIN = Command("curtain", "f6", "cmd.curtain", "cmd.curtain.help")
PREVIOUS = Command("previous_step", "f7", "cmd.previous", "cmd.previous.help")
NEXT = Command("next_step", "f8", "cmd.next", "cmd.next.help")
SAVE_MINUTES = Command("save_minutes", "ctrl+s", "cmd.save", "cmd.save.help")
PREVIEW_MINUTES = Command("preview_minutes", None, "cmd.preview", "cmd.preview.help")
CLOSE_MEETING = Command(
    "close_meeting", "f4", "cmd.close_meeting", "cmd.close_meeting.help", footer=False
)
CHANGE_COURSE = Command(
    "change_course", "ctrl+k", "cmd.change_course", "cmd.change_course.help", footer=False
)
# The time plan (agenda/time_plan.py): control keys no text field of Textual's uses, so
# they work with the cursor in a field without taking an editing key away from it.
EXTEND_STEP = Command(
    "extend_step", "ctrl+t", "cmd.extend_step", "cmd.extend_step.help", footer=False
)
BORROW_TIME = Command(
    "borrow_time", "ctrl+l", "cmd.borrow_time", "cmd.borrow_time.help", footer=False
)
REPLAN_TIME = Command(
    "replan_time", "ctrl+r", "cmd.replan_time", "cmd.replan_time.help", footer=False
)
RECORD_DECISION = Command(
    "record_decision", "ctrl+b", "cmd.record_decision", "cmd.record_decision.help", footer=False
)
"""Any step; the palette's "Besluit vastleggen". B for besluit."""
PARK = Command("park", "ctrl+o", "cmd.park", "cmd.park.help", footer=False)
"""Any step; the palette's "Parkeren voor het inhoudsteam". O for an open question."""
INTENT = Command("show_intent", "ctrl+g", "cmd.intent", "cmd.intent.help", footer=False)


class MeetingScreen(HasCommands, Screen[None]):
    KEYS = (
        COURSE_PANEL,
        BOARD,
        STEP_CLOCK,
        CURTAIN,
        PREVIOUS,
        NEXT,
        SAVE_MINUTES,
        CLOSE_MEETING,
        PREVIEW_MINUTES,
        CHANGE_COURSE,
        EXTEND_STEP,
        BORROW_TIME,
        REPLAN_TIME,
        RECORD_DECISION,
        PARK,
        INTENT,
    )

    def __init__(self, session: MeetingSession, recorder: MeetingRecorder) -> None:
        super().__init__()
        self.session = session
        self.recorder = recorder
        drive(self, recorder, self._reported)
        self.t = vapp(self).t
        self._mounting: dict[int, tuple[StepView, AwaitMount]] = {}

    # -- layout --------------------------------------------------------------------------------

    def compose(self) -> ComposeResult:
        with Horizontal(id="meeting-top"):
            with Vertical(id="step-heading"):
                yield Static(literal(self.session.case.alias), id="case-alias")
                yield StepTitle(id="step-title")
                yield MeetingClock(id="meeting-clock")
            yield StepClock(id="step-clock")
        with Horizontal(id="meeting-body"):
            # Only the open step is built now; the others on their first visit, which keeps
            # opening a meeting and every step change light.
            with ContentSwitcher(id="steps"):
                yield build_view(self.session, self.session.index, self.t)
            yield CoursePanel(id="course-panel")
        yield AgendaStrip(id="agenda-strip")
        yield Static("", id="save-status")
        yield KeyBar()

    async def on_mount(self) -> None:
        self._fit_course_panel(self.app.size.width)
        self.set_interval(CLOCK_REFRESH, self.refresh_clocks)
        await self.show_step()
        self.call_after_refresh(self._prebuild)

    def _prebuild(self) -> None:
        # A worker: it ends with the screen, and a quit never waits for it.
        self.run_worker(self._build_other_steps(), group="prebuild")

    async def _build_other_steps(self) -> None:
        """Build the steps not yet shown, hidden, once the first one is on screen: the
        meeting opens at once and F7/F8 later find their step ready."""
        for index in range(len(self.session.meeting.steps)):
            if not self.is_attached:
                return  # the meeting is closing: nothing left to prepare
            self.recorder.write_waiting()  # an edit waiting to be saved: not behind a build
            try:
                await self._step_view(index)
            except MountError:
                return  # the screen went away while this step was being built
        settle_long_lived()

    async def _step_view(self, index: int) -> StepView:
        """Step `index`'s view, built and mounted (hidden) if it was not yet.

        The one place a view is built: the background prebuild and a step change that
        comes first both wait here for the same mount, so a step is never shown (and
        its first field looked for) while its fields are still being mounted.
        """
        mounting = self._mounting.get(index)
        if mounting is None:
            switcher = self.query_one(ContentSwitcher)
            existing = switcher.query(f"#step-{index}")
            if existing:
                return existing.first(StepView)  # composed with the screen
            view = build_view(self.session, index, self.t)
            view.display = False
            mounting = self._mounting[index] = (view, switcher.mount(view))
        view, done = mounting
        await done
        return view

    @property
    def view(self) -> StepView:
        return self.query_one(f"#step-{self.session.index}", StepView)

    async def show_step(self) -> None:
        """Bring the current step forward and put the cursor in its first field.

        Keys typed meanwhile wait (`TypeAhead`) and go to that field once it has the
        cursor, so the chair can press F8 and type on without looking.
        """
        typeahead = vapp(self).typeahead
        token = typeahead.hold()
        try:
            session, t = self.session, self.t
            view = await self._step_view(session.index)
            steps = session.meeting.steps
            self.query_one(StepTitle).show(
                t(
                    "meeting.step_title",
                    number=session.index + 1,
                    total=len(steps),
                    title=session.step.title,
                )
            )
            self.query_one(ContentSwitcher).current = view.id
            self.query_one(AgendaStrip).show(session.meeting)
            self.refresh_course_panel()
            self.refresh_clocks()
            view.opened()
        finally:
            typeahead.release(token)

    def refresh_course_panel(self) -> None:
        self.query_one(CoursePanel).show(self.session.case, self.session.course_status, self.t)

    def refresh_clocks(self) -> None:
        """Show the clocks as they read now and let the recorder write what is due (called
        by a timer, and by tests after moving the injected clock)."""
        session = self.session
        self.query_one(StepClock).show(session.step_countdown(), session.step_clock_running, self.t)
        self.query_one(MeetingClock).show(session.meeting_clock(), self.t)
        self.view.tick()
        self.recorder.tick()
        for screen in self.app.screen_stack:
            if isinstance(screen, CurtainScreen) and screen.is_mounted:
                screen.show_clocks()

    # -- saving --------------------------------------------------------------------------------

    @on(StepView.Edited)
    def _edited(self, event: StepView.Edited) -> None:
        """A view changed the meeting (the session has told the recorder already)."""
        event.stop()
        self.refresh_course_panel()

    def save_now(self) -> bool:
        """Write the meeting (with its clocks) now; on failure it is kept and retried."""
        return self.recorder.save_now()

    def _reported(self, problem: VliegwielError | None) -> None:
        """The recorder's news: a write failed (why), or writing works again."""
        if problem is None:
            self._show_status(self.t("meeting.saved_again"))
            return
        self._show_save_problem(problem)
        if self.app.screen is not self:
            # A dialog covers the status line (the action form adding a family member).
            self.notify(problem.explain(self.t), severity="error", markup=False)

    def _show_status(self, sentence: str, problem: bool = False) -> None:
        """A sentence on the line above the footer, for a few seconds."""
        status = self.query_one("#save-status", Static)
        status.update(literal(sentence))
        status.set_class(problem, "-problem")
        status.add_class("-shown")
        self.set_timer(STATUS_SHOWN, lambda: status.remove_class("-shown"))

    def _show_save_problem(self, problem: VliegwielError) -> None:
        status = self.query_one("#save-status", Static)
        status.update(literal(problem.explain(self.t)))
        status.add_class("-problem", "-shown")

    # -- keys ----------------------------------------------------------------------------------

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        if action == "previous_step" and self.session.is_first:
            return None
        return True

    _narrow: bool | None = None

    def on_resize(self, event: events.Resize) -> None:
        self._fit_course_panel(event.size.width)

    def _fit_course_panel(self, width: int) -> None:
        """Beside the step from `NARROW` columns on; below it hidden, and shown by F2
        over the step's right side. Crossing the width sets what is usual for it."""
        narrow = width < NARROW
        if narrow is self._narrow:
            return
        self._narrow = narrow
        panel = self.query_one(CoursePanel)
        panel.set_class(narrow, "-overlay")
        panel.display = not narrow

    def action_toggle_course_panel(self) -> None:
        panel = self.query_one(CoursePanel)
        panel.display = not panel.display

    def action_toggle_step_clock(self) -> None:
        self.session.toggle_step_clock()
        self.refresh_clocks()
        self.save_now()

    def action_extend_step(self) -> None:
        self.session.extend_step(1)
        self._show_time_change("time.extended")

    def action_borrow_time(self) -> None:
        if self.session.borrow_time(1):
            self._show_time_change("time.borrowed")
        else:
            self._show_status(self.t("time.nothing_to_borrow"), problem=True)

    def action_replan_time(self) -> None:
        session = self.session
        session.replan_time()
        outlook = session.meeting_clock().outlook
        self._show_time_change(
            "time.replanned",
            left=mmss(outlook.left),
            steps=outlook.steps,
            end=clock_time(session.meeting_clock().planned_end),
        )

    def _show_time_change(self, sentence: str, **params: object) -> None:
        """The plan changed (the session told the recorder): the clocks and the agenda
        strip show it, and the line above the keys says what happened."""
        session = self.session
        planned = session.meeting.plan[session.index]
        self._show_status(
            self.t(sentence, step=session.step.title, minutes=1, planned=mmss(planned), **params)
        )
        self.query_one(AgendaStrip).show(session.meeting)
        self.refresh_clocks()

    async def _go(self, moved: bool) -> None:
        if moved:
            await self.show_step()
            self.refresh_bindings()
            # The step shows first; its fsync'ed save follows right after the paint.
            self.call_after_refresh(self.save_now)

    async def action_next_step(self) -> None:
        if self.session.is_last:
            self.end_meeting()  # F8 past check-out: offer to close, as the palette does
            return
        await self._go(self.session.next_step())

    async def action_previous_step(self) -> None:
        await self._go(self.session.previous_step())

    def can_stop(self) -> bool:
        return not self.session.stopped

    def press_stop_button(self) -> None:
        """F9 (the app's key, so it works in every dialog): every clock still, the
        report's questions on top of whatever was open. Resuming returns to it as it
        was, the cursor where it was."""
        from tui.dialogs.stop import StopScreen

        self.session.press_stop()
        self.save_now()
        self.refresh_clocks()

        def resumed(note: str | None) -> None:
            self.session.resume(note or "")
            self.save_now()
            self.refresh_clocks()

        self.app.push_screen(StopScreen(self.session.case.intent), resumed)

    def action_show_intent(self) -> None:
        """Ctrl+G: the intent, the commitment and every member's role and task."""
        from tui.dialogs.intent import IntentScreen

        self.app.push_screen(IntentScreen(self.session))

    def action_action_board(self) -> None:
        """F3: the action board; its edits are saved like any other, and the step shows
        them when the board closes."""
        board = ActionBoardScreen(
            self.session, changed=lambda: self.post_message(StepView.Edited())
        )
        self.app.push_screen(board, lambda _: self.view.opened())

    def action_curtain(self) -> None:
        self.app.push_screen(CurtainScreen(self.session))

    def action_change_course(self) -> None:
        """Reword the course point under the cursor (or add one) as a joint decision.

        The decision carries this meeting's id, so the minutes show it; the recorder
        writes the case at once, since the meeting's autosave writes only the meeting file.
        """
        session = self.session
        point_id = self.view.focused_point_id() if isinstance(self.view, CourseView) else None
        change = CourseChange.CHANGED if point_id else CourseChange.ADDED
        dialog = CourseChangeDialog(
            session.case, change, point_id=point_id, meeting_id=session.meeting.id
        )

        def decided(case: Case | None) -> None:
            if case is None or case == session.case:
                return
            session.replace_case(case)
            self.show_course()

        self.app.push_screen(dialog, decided)

    def action_record_decision(self) -> None:
        """A decision the team made, in whatever step is open (the minutes list it under
        "Besluiten"); the autosave writes it like any edit."""

        def recorded(decision: object) -> None:
            if decision is not None:
                self._show_status(self.t("decision.recorded"))

        self.app.push_screen(DecisionDialog(self.session), recorded)

    def action_park(self) -> None:
        """A content question for the inhoudsteam, in whatever step is open. It joins the
        case's list (the recorder writes the case at once) and the analysis step's."""

        def parked(question: object) -> None:
            if question is not None:
                for shown in self.query(ParkedList):
                    shown.refresh_list()
                self._show_status(self.t("park.parked"))

        self.app.push_screen(ParkDialog(self.session), parked)

    @on(StepView.CaseChanged)
    def _case_changed(self, event: StepView.CaseChanged) -> None:
        event.stop()
        self.show_course()

    def show_course(self) -> None:
        """The course as the case now has it, in the panel and the course check."""
        self.refresh_course_panel()
        for view in self.query(CourseView):
            view.refresh(recompose=True)

    @on(CloseView.EndRequested)
    def _end(self, event: CloseView.EndRequested) -> None:
        event.stop()
        self.end_meeting()

    def action_close_meeting(self) -> None:
        self.end_meeting()

    def end_meeting(self) -> None:
        """Show the minutes; on Enter save them, fold the meeting into the case and
        return to the start screen. Escape goes back to where the chair was.

        Something typed that cannot be kept as it stands (a next-meeting date that does
        not parse) stops it with its sentence: closing never replaces it silently."""
        for view in self.query(StepView):
            problem = view.blocking_problem()
            if problem is not None:
                self.call_later(self._show_problem_at, view, problem)
                return

        # The preview shows (and copies) the minutes as they will be written: with the
        # end time and without the draft line. Going back makes it a running meeting again.
        self.session.finish()

        def answered(save: bool | None) -> None:
            if save:
                self._close()
            else:
                self.session.carry_on()

        self.app.push_screen(MinutesPreview(self.recorder.minutes_document()), answered)

    async def _show_problem_at(self, view: StepView, problem: str) -> None:
        if self.session.go_to(view.index):
            await self._go(True)
        view.focus_problem()
        self._show_status(problem, problem=True)

    def _close(self) -> None:
        """End the meeting: fold it into the case and write its final minutes (an end time,
        no draft line), as one step that a crash cannot split (`MeetingRecorder.close`),
        and say where they went. When a write fails the reason is shown (the recorder
        reports it) and the meeting runs on."""
        path = self.recorder.close()
        if path is not None:
            sentence = self.t("meeting.minutes_saved", path=str(path))
            self.notify(sentence, markup=False, timeout=8)
            self.dismiss(None)
            return
        self.session.carry_on()

    # -- minutes -----------------------------------------------------------------------------

    def save_minutes(self) -> Path | None:
        """Write the minutes file now (the same file again on every save) and say where."""
        try:
            path = self.recorder.save_minutes()
        except VliegwielError as problem:
            self._show_save_problem(problem)
            return None
        sentence = self.t("meeting.minutes_saved", path=str(path))
        self._show_status(sentence)
        self.notify(sentence, markup=False, timeout=8)
        return path

    def action_save_minutes(self) -> None:
        self.save_minutes()

    def action_preview_minutes(self) -> None:
        def answered(save: bool | None) -> None:
            if save:
                self.save_minutes()

        self.app.push_screen(MinutesPreview(self.recorder.minutes_document()), answered)

    def help_context(self) -> tuple[str, str]:
        return self.session.step.title, self.session.step.prompt

    def flush(self) -> bool:
        """Save before quitting; False when the save failed (the text is still here)."""
        return self.save_now()
