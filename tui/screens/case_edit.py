"""Set a case up, or change it: alias, team, family, course, intent, agenda, length.

A chair does this calmly before the first meeting with the team, so the screen is one
quiet column read top to bottom: Tab (or Enter) goes to the next field, Ctrl+S saves,
Escape leaves (asking first when something changed). Whatever is wrong is said in
sentences at the bottom, all at once.

Like the meeting, the screen saves what is typed within a second (`CaseRecorder`), so a
crash loses nothing; leaving with "discard" puts the case back as it was when the screen
opened (a new case that was saved meanwhile is erased again).
"""

from __future__ import annotations

from textual import on
from textual.app import ComposeResult
from textual.containers import Horizontal, VerticalScroll
from textual.screen import Screen
from textual.widgets import Button, Input, Label, Select, Static, TextArea

from agenda.case import Case, CourseStatus, TeamMember
from agenda.case_form import CaseForm, apply_form, form_of, refuse_look_alike
from agenda.case_recorder import CaseRecorder
from agenda.demo import default_commitment, default_intent
from agenda.errors import VliegwielError
from agenda.history import HISTORY_MEETINGS, PastMeeting, course_trends
from agenda.template_files import load_templates
from tui.autosave import drive
from tui.commands import Command, HasCommands
from tui.context import literal, vapp
from tui.dialogs.course_change import CourseChangeDialog
from tui.dialogs.course_history import CourseHistoryScreen
from tui.dialogs.dialog import ConfirmDialog, let_open_menu_close
from tui.dialogs.member_form import MemberForm
from tui.widgets.course_editor import CourseEditor
from tui.widgets.fields import Field, Notes
from tui.widgets.key_bar import KeyBar
from tui.widgets.team_list import TeamList
from tui.widgets.template_picker import TemplatePicker

SAVE_CASE = Command("save_case", "ctrl+s", "cmd.save_case", "cmd.save_case.help")
CANCEL_EDIT = Command("cancel_edit", "escape", "cmd.cancel_edit", "cmd.cancel_edit.help")


class CaseEditScreen(HasCommands, Screen[Case | None]):
    """Edit `case`, or a new one when None; dismisses with the saved case, or None."""

    KEYS = (SAVE_CASE, CANCEL_EDIT)

    def __init__(self, case: Case | None) -> None:
        super().__init__()
        app = vapp(self)
        self.t = app.t
        self.is_new = case is None
        self.case = case or Case(
            alias="-", intent=default_intent(self.t), commitment=default_commitment(self.t)
        )
        form = form_of(self.case)
        self.initial = CaseForm(**{**form.__dict__, "alias": ""}) if self.is_new else form
        self.initial_case = self.case
        self.catalogue = load_templates(app.locations.agendas_dir)
        self.recorder = CaseRecorder(app.store, self._form_case, app.clock)
        self.recorder.saved = None if self.is_new else self.case  # as it is on disk
        drive(self, self.recorder, self._reported)

    def compose(self) -> ComposeResult:
        t, form = self.t, self.initial
        title = t("case.new.title") if self.is_new else t("case.edit.title", alias=self.case.alias)
        yield Static(literal(title), classes="title")
        with VerticalScroll(id="case-form", can_focus=False):
            yield Static(t("case.intro"), classes="hint", markup=False)
            yield Static(t("case.section.case"), classes="section", markup=False)
            yield Label(t("case.field.alias"), classes="field-label")
            with Horizontal(classes="with-advice"):
                yield Field(form.alias, id="alias")
                yield Static(t("case.alias.advice"), classes="advice", markup=False)
            yield Label(t("case.field.minutes"), classes="field-label")
            yield Field(form.meeting_minutes, id="minutes", type="integer", classes="short")
            planned = "case.field.first_meeting" if self.is_new else "case.field.next_meeting"
            yield Label(t(planned), classes="field-label")
            yield Field(
                form.next_meeting,
                placeholder=t("case.next_meeting.placeholder"),
                id="next-meeting",
            )
            yield Label(t("case.field.template"), classes="field-label")
            yield TemplatePicker(self.catalogue, form.template_id, id="template-picker")
            yield Label(t("case.field.deadline"), classes="field-label")
            yield Field(
                form.analysis_deadline,
                placeholder=t("case.deadline.placeholder"),
                id="deadline",
                classes="short",
            )
            yield Static(t("case.section.team"), classes="section", markup=False)
            yield Label(t("intent_screen.mission"), classes="field-label")
            yield Field(form.mission, placeholder=t("case.mission.placeholder"), id="mission")
            yield Static(t("case.team.hint"), classes="hint", markup=False)
            yield TeamList(self.case.team, id="team")
            yield Button(t("case.team.add"), id="add-member")
            yield Label(t("case.field.family"), classes="field-label")
            yield Field(form.family, placeholder=t("case.family.placeholder"), id="family")
            yield Static(t("case.section.course"), classes="section", markup=False)
            yield Static(t("case.course.hint"), classes="hint", markup=False)
            yield CourseEditor(self.case, self._trends(), id="course")
            with Horizontal(classes="buttons"):
                yield Button(t("case.course.add"), id="add-point")
                yield Button(t("case.course.history"), id="course-history-button")
            yield Static(t("case.section.intent"), classes="section", markup=False)
            yield Static(t("case.intent.hint"), classes="hint", markup=False)
            yield Notes(form.intent, id="intent")
            yield Static(t("case.section.commitment"), classes="section", markup=False)
            yield Static(t("case.commitment.hint"), classes="hint", markup=False)
            yield Notes(form.commitment, id="commitment")
            with Horizontal(classes="buttons"):
                yield Button(t("common.save"), variant="primary", id="save")
                yield Button(t("common.cancel"), id="cancel")
        yield Static("", id="case-problems", classes="problems", markup=False)
        yield KeyBar()

    def _trends(self) -> dict[str, list[CourseStatus | None]]:
        """Each course point's status in the last closed meetings (none for a new case,
        or when the meetings cannot be read: the trend is a help, never a hindrance)."""
        if self.is_new:
            return {}
        try:
            meetings = vapp(self).store.recent_meetings(self.case.id, HISTORY_MEETINGS)
        except VliegwielError:
            return {}
        return course_trends(self.case, [PastMeeting.of(m) for m in meetings])

    def on_mount(self) -> None:
        self.query_one(TemplatePicker).show_minutes(self.case.meeting_minutes)
        self.query_one("#alias", Input).focus()

    # -- the form -----------------------------------------------------------------------

    def form(self) -> CaseForm:
        def text(selector: str) -> str:
            return self.query_one(selector, Input).value

        return CaseForm(
            alias=text("#alias"),
            meeting_minutes=text("#minutes"),
            analysis_deadline=text("#deadline"),
            next_meeting=text("#next-meeting"),
            template_id=self.query_one(TemplatePicker).value,
            family=text("#family"),
            intent=self.query_one("#intent", TextArea).text,
            mission=text("#mission"),
            commitment=self.query_one("#commitment", TextArea).text,
        )

    def changed(self) -> bool:
        return self.form() != self.initial or self.case != self.initial_case

    @on(Input.Changed)
    @on(TextArea.Changed)
    @on(Select.Changed)
    @on(TeamList.Changed)
    @on(CourseEditor.Changed)
    def _typed(self) -> None:
        """Every edit, whatever field it was in: saved half a second after its key."""
        self.recorder.edited()

    def _reported(self, problem: VliegwielError | None) -> None:
        shown = "" if problem is None else problem.explain(self.t)
        self.query_one("#case-problems", Static).update(literal(shown))

    @on(Input.Submitted)
    def _next_field(self, event: Input.Submitted) -> None:
        event.stop()
        self.focus_next()

    @on(Input.Changed, "#minutes")
    def _minutes_changed(self, event: Input.Changed) -> None:
        value = event.value.strip()
        self.query_one(TemplatePicker).show_minutes(int(value) if value.isdigit() else None)

    @on(TeamList.Changed)
    def _team_changed(self, event: TeamList.Changed) -> None:
        self.case = self.case.model_copy(update={"team": event.team})
        self.query_one(CourseEditor).case = self.case

    @on(CourseEditor.Changed)
    def _course_changed(self, event: CourseEditor.Changed) -> None:
        self.case = event.case

    # -- what the lists ask -------------------------------------------------------------

    @on(TeamList.MemberWanted)
    def _member_wanted(self, event: TeamList.MemberWanted) -> None:
        team, index = event.team_list, event.index
        current = None if index is None else team.team[index]

        def answered(member: TeamMember | None) -> None:
            if member is not None:
                team.put_member(member, index)

        self.app.push_screen(MemberForm(current, team.names_except(current)), answered)

    @on(TeamList.RemovalWanted)
    def _removal_wanted(self, event: TeamList.RemovalWanted) -> None:
        team, index = event.team_list, event.index

        def confirmed(yes: bool | None) -> None:
            if yes:
                team.drop_member(index)

        question = ConfirmDialog(
            self.t("case.remove_member.title", name=team.team[index].name),
            self.t("case.remove_member.body"),
            "case.remove_member.yes",
        )
        self.app.push_screen(question, confirmed)

    @on(CourseEditor.ChangeWanted)
    def _course_change_wanted(self, event: CourseEditor.ChangeWanted) -> None:
        editor = event.editor

        def decided(case: Case | None) -> None:
            if case is not None and case is not editor.case:
                editor.decided(case)

        dialog = CourseChangeDialog(
            editor.case,
            event.change,
            point_id=event.point_id,
            number=event.number,
            decided_by=editor.decided_by,
        )
        self.app.push_screen(dialog, decided)

    @on(CourseEditor.HistoryWanted)
    def _history_wanted(self, event: CourseEditor.HistoryWanted) -> None:
        self.app.push_screen(CourseHistoryScreen(event.editor.case))

    @on(Button.Pressed, "#add-member")
    def _add_member(self) -> None:
        self.query_one(TeamList).action_add_member()

    @on(Button.Pressed, "#add-point")
    def _add_point(self) -> None:
        self.query_one(CourseEditor).action_add_point()

    @on(Button.Pressed, "#course-history-button")
    def _history(self) -> None:
        self.query_one(CourseEditor).action_course_history()

    @on(Button.Pressed, "#save")
    def _save_button(self) -> None:
        self.action_save_case()

    @on(Button.Pressed, "#cancel")
    def _cancel_button(self) -> None:
        self.action_cancel_edit()

    # -- keys ---------------------------------------------------------------------------

    def action_save_case(self) -> None:
        case = self._save()
        if case is not None:
            self.dismiss(case)

    def flush(self) -> bool:
        """Quitting saves a changed case too; False (and the reason shown) if it cannot."""
        return not self.changed() or self._save() is not None

    def _form_case(self) -> Case:
        """The case the form makes now (`Invalid` with every reason when none)."""
        case = apply_form(self.case, self.form(), self.t, vapp(self).wall().date())
        others = vapp(self).store.list_cases().cases
        refuse_look_alike(case, ((s.id, s.alias) for s in others))
        return case

    def _save(self) -> Case | None:
        form = self.form()
        try:
            case = self._form_case()
            vapp(self).store.save_case(case)
        except VliegwielError as error:
            self.query_one("#case-problems", Static).update(literal(error.explain(self.t)))
            return None
        self.recorder.saved = case
        self.case = self.initial_case = self.query_one(CourseEditor).case = case
        self.initial = form
        return case

    def _discard(self) -> None:
        """Leave, with the case as it was when the screen opened (the autosave may have
        written it meanwhile)."""
        self.recorder.stop()
        if self.recorder.saved is not None:
            store = vapp(self).store
            try:
                if self.is_new:
                    store.erase_case(self.initial_case.id)
                else:
                    store.save_case(self.initial_case)
            except VliegwielError as problem:
                self.notify(problem.explain(self.t), severity="error", timeout=15)
        self.dismiss(None)

    def on_unmount(self) -> None:
        self.recorder.stop()

    def action_cancel_edit(self) -> None:
        let_open_menu_close(self)
        if not self.changed():
            self.dismiss(None)
            return

        def answered(discard: bool | None) -> None:
            if discard:
                self._discard()

        question = ConfirmDialog(
            self.t("case.discard.title"), self.t("case.discard.body"), "case.discard.yes"
        )
        self.app.push_screen(question, answered)
