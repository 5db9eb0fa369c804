"""The action form: who does what exactly, by when, what the result looks like, is it
bearable, how do we help each other, and which course point it serves.

The report's complaint is that decisions are "not made concrete to each other in the
here and now (who does the action, what exactly is the action and what does the result
look like?)". So the form asks those questions in that order, and it asks back:

* "Is dat draagbaar?" is asked, never assumed: a new action opens with none of ja, krap
  and nee chosen, and the form will not save until one is;
* krap or nee without a helper or a word on how: "Hoe helpen we elkaar?" — it will not
  save until someone is named or a note is written;
* a new action without a course point: "Welk koerspunt dient dit?" — once; saving
  again keeps it without;
* an owner nobody knows: add them as a family member? Team members are the kernteam's
  delegates and are added deliberately when the case is edited; a family member ("oma")
  often turns up first as the owner of an action. Asking, instead of adding silently,
  keeps a typo from becoming a new person.

Keyboard only: Tab walks the fields in order, Enter in a text field or ctrl+s saves,
Escape cancels. The form returns the action; the caller keeps it in the meeting.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from textual import on
from textual.app import ComposeResult
from textual.containers import Horizontal, Vertical, VerticalScroll
from textual.screen import ModalScreen
from textual.suggester import Suggester
from textual.widget import Widget
from textual.widgets import Input, Label, RadioSet, Select, Static

from agenda.actions import (
    FEEDBACK_STATUSES,
    Action,
    ActionKind,
    ActionStatus,
    Bearable,
    check_new_action,
    known_owner,
    owners_meant,
    same_name,
    tidy_helpers,
)
from agenda.dates import Unreadable, field_day, read_day
from agenda.errors import Invalid
from agenda.session import MeetingSession
from tui.commands import Command, HasCommands
from tui.context import literal, messages
from tui.dialogs.dialog import (
    ConfirmDialog,
    KeepsTyping,
    ask_before_discarding,
    let_open_menu_close,
)
from tui.widgets.action_cells import bearable_text, status_text
from tui.widgets.fields import Field
from tui.widgets.owner_field import OwnerField
from tui.widgets.toggles import Choice


@dataclass(frozen=True)
class Preset:
    """What a new action starts with when it comes from a moment in the meeting: a course
    point off course ("wat is er nodig?"), a check-in answer ("hoe kunnen we je helpen?")."""

    what: str = ""
    course_point_id: str | None = None


BEARABLE_ORDER = (Bearable.YES, Bearable.TIGHT, Bearable.NO)
KIND_ORDER = (ActionKind.ONCE, ActionKind.STANDING)
STATUS_ORDER = (ActionStatus.OPEN, *FEEDBACK_STATUSES)


class LastNameSuggester(Suggester):
    """Completes the name being typed after the last comma ("Anouk, je" → "Jeroen")."""

    def __init__(self, names: list[str]) -> None:
        super().__init__(use_cache=False, case_sensitive=True)
        self.names = names

    async def get_suggestion(self, value: str) -> str | None:
        stem = value.rpartition(",")[2].lstrip()
        if not stem:
            return None
        for name in self.names:
            if name.casefold().startswith(stem.casefold()):
                return value[: len(value) - len(stem)] + name
        return None


SAVE_ACTION = Command(
    "save", "enter,ctrl+s", "cmd.save_action", "cmd.save_action.help", footer=False
)
"""Enter saves from any field (the bearable choice and the lists too); an open drop-down
list keeps its own Enter."""
CANCEL_FORM = Command(
    "cancel", "escape", "cmd.cancel_dialog", "cmd.cancel_dialog.help", priority=False
)
"""After the field: an open drop-down list closes first."""


class ActionForm(HasCommands, KeepsTyping, ModalScreen[Action | None]):
    KEYS = (SAVE_ACTION, CANCEL_FORM)

    def __init__(
        self,
        session: MeetingSession,
        action: Action | None = None,
        preset: Preset | None = None,
        first_field: str = "what",
    ) -> None:
        """Edit `action`, or make a new one (starting from `preset`); the cursor starts in
        `first_field` (`helpers` when the team names who helps)."""
        super().__init__()
        self.session = session
        self.before = action
        self.preset = preset or Preset()
        self.first_field = first_field
        self._asked_point = action is not None or self.preset.course_point_id is not None
        """The course point is asked once, when the action is made: an edit (a new owner
        on the board, say) does not ask again what the team already answered."""

    # -- layout ------------------------------------------------------------------------

    def compose(self) -> ComposeResult:
        t = messages(self)
        case, action = self.session.case, self.before
        owners = case.owners()
        due = self.session.default_due() if action is None else action.due
        title = t("action.new_title") if action is None else t("action.edit_title")
        with Vertical(id="action-form", classes="dialog"):
            yield Static(title, classes="dialog-title")
            with VerticalScroll(id="action-fields", can_focus=False):
                what = action.what if action else self.preset.what
                yield self._row("action.what", self._input("what", what))
                yield self._row(
                    "action.owner",
                    OwnerField(
                        action.owner if action else "",
                        owners,
                        id="action-owner",
                        placeholder=t("action.owner_placeholder"),
                        compact=True,
                    ),
                )
                yield self._row(
                    "action.helpers",
                    self._input(
                        "helpers",
                        ", ".join(action.helpers) if action else "",
                        "action.helpers_placeholder",
                        LastNameSuggester(owners),
                    ),
                )
                yield self._row(
                    "action.due",
                    self._input("due", field_day(due) if due else "", "action.due_placeholder"),
                )
                yield self._row(
                    "action.result", self._input("result", action.result if action else "")
                )
                bearable = action.bearable if action else None  # asked, never assumed
                yield self._row(
                    "action.bearable",
                    RadioSet(
                        *(Choice(bearable_text(b, t), value=b is bearable) for b in BEARABLE_ORDER),
                        id="action-bearable",
                        compact=True,
                    ),
                )
                yield self._row(
                    "action.help_note",
                    self._input(
                        "help-note",
                        action.help_note if action else "",
                        "action.help_note_placeholder",
                    ),
                    row_id="action-help-row",
                )
                points = [
                    (literal(f"{number}. {point.text}"), point.id)
                    for number, point in enumerate(case.course, start=1)
                ]
                point = action.course_point_id if action else self.preset.course_point_id
                yield self._row(
                    "action.point",
                    Select(
                        points,
                        prompt=t("action.no_point"),
                        value=point if point in {p for _, p in points} else Select.NULL,
                        id="action-point",
                        compact=True,
                    ),
                )
                status = action.status if action else ActionStatus.OPEN
                yield self._row(
                    "action.status",
                    Select(
                        [(status_text(s, t), s) for s in STATUS_ORDER],
                        value=status,
                        allow_blank=False,
                        id="action-status",
                        compact=True,
                    ),
                )
                kind = action.kind if action else ActionKind.ONCE
                yield self._row(
                    "action.kind",
                    RadioSet(
                        *(Choice(t(f"action.kind.{k}"), value=k is kind) for k in KIND_ORDER),
                        id="action-kind",
                        compact=True,
                    ),
                )
            yield Static("", id="action-problems", classes="problems")
            yield Static(t("action.form_hint"), classes="hint")

    def _input(
        self,
        name: str,
        value: str,
        placeholder_key: str | None = None,
        suggester: Suggester | None = None,
    ) -> Input:
        placeholder = messages(self)(placeholder_key) if placeholder_key else ""
        return Field(
            value, id=f"action-{name}", placeholder=placeholder, suggester=suggester, compact=True
        )

    def _row(self, label_key: str, field: Widget, row_id: str | None = None) -> Horizontal:
        return Horizontal(
            Label(messages(self)(label_key), classes="form-label"),
            field,
            classes="form-row",
            id=row_id,
        )

    def on_mount(self) -> None:
        self.query_one(f"#action-{self.first_field}", Input).focus()
        self._mark_help_question()

    # -- reading the fields ------------------------------------------------------------

    def _text(self, field_id: str) -> str:
        return self.query_one(f"#{field_id}", Input).value

    @property
    def bearable(self) -> Bearable | None:
        """Ja, krap or nee as chosen; None while none of them is."""
        index = self.query_one("#action-bearable", RadioSet).pressed_index
        return BEARABLE_ORDER[index] if index >= 0 else None

    @property
    def kind(self) -> ActionKind:
        index = self.query_one("#action-kind", RadioSet).pressed_index
        return KIND_ORDER[index] if index >= 0 else ActionKind.ONCE

    @property
    def point_id(self) -> str | None:
        value = self.query_one("#action-point", Select).value
        return value if isinstance(value, str) else None

    @property
    def status(self) -> ActionStatus:
        value = self.query_one("#action-status", Select).value
        return value if isinstance(value, ActionStatus) else ActionStatus.OPEN

    @on(RadioSet.Changed, "#action-bearable")
    def _bearable_changed(self, event: RadioSet.Changed) -> None:
        event.stop()
        self._mark_help_question()

    def _mark_help_question(self) -> None:
        """Krap or nee: "Hoe helpen we elkaar?" stands out until it is answered."""
        asking = self.bearable in (Bearable.TIGHT, Bearable.NO)
        self.query_one("#action-help-row").set_class(asking, "-asking")

    # -- saving ------------------------------------------------------------------------

    @on(OwnerField.PickRequested)
    def _pick_owner(self, event: OwnerField.PickRequested) -> None:
        event.stop()
        from tui.dialogs.owner_pick import pick_into

        pick_into(self.query_one("#action-owner", OwnerField), self.session.case.owners())

    def action_cancel(self) -> None:
        if self.typed_something():
            ask_before_discarding(self, lambda: self.dismiss(None))
            return
        self.dismiss(None)

    def action_save(self) -> None:
        let_open_menu_close(self)
        t = messages(self)
        self.query_one("#action-owner", OwnerField).take_completion()
        what, owner = self._text("action-what"), self._text("action-owner")
        due = read_day(self._text("action-due"), self.session.today)
        problems = []
        if not what.strip():
            problems.append(("action-what", t("action.need_what")))
        if not owner.strip():
            problems.append(("action-owner", t("action.need_owner")))
        if isinstance(due, Unreadable):
            problems.append(("action-due", t("action.bad_due")))
        bearable = self.bearable
        if bearable is None:
            problems.append(("action-bearable", t("action.need_bearable")))
        if problems or isinstance(due, Unreadable) or bearable is None:
            self._refuse(problems[0][0], " ".join(sentence for _, sentence in problems))
            return
        if known_owner(self.session.case, owner) is None and not self._keeps_owner(owner):
            self._ask_whom(owner)
            return
        action = self._build(what, owner, due, bearable)
        try:
            check_new_action(self.session.case, action, self.session.today, before=self.before)
        except Invalid as problem:
            self._refuse(_field_of(problem), problem.explain(t))
            return
        if action.needs_help:
            self._refuse("action-help-note", t("action.needs_help"))
            return
        if action.course_point_id is None and not self._asked_point and self.session.case.course:
            self._asked_point = True
            self._refuse("action-point", t("action.ask_point"))
            return
        self.dismiss(action)

    def _keeps_owner(self, owner: str) -> bool:
        """Editing without touching an owner the case no longer knows is no question."""
        return self.before is not None and same_name(self.before.owner, owner)

    def _build(self, what: str, owner: str, due: date | None, bearable: Bearable) -> Action:
        session = self.session
        owner = known_owner(session.case, owner) or owner.strip()
        helpers = tidy_helpers(session.case, owner, self._text("action-helpers").split(","))
        fields = {
            "what": what.strip(),
            "owner": owner,
            "helpers": helpers,
            "due": due,
            "result": self._text("action-result").strip(),
            "bearable": bearable,
            "help_note": self._text("action-help-note").strip(),
            "course_point_id": self.point_id,
            "kind": self.kind,
        }
        if self.before is None:
            action = Action(
                created_on=session.today, created_meeting_id=session.meeting.id, **fields
            )
        else:
            action = Action.model_validate({**self.before.model_dump(), **fields})
        if action.status is not self.status:
            action = action.with_status(self.status, session.meeting.id, session.today)
        return action

    def _ask_whom(self, owner: str) -> None:
        """An owner nobody is called: a partial name asks whom it meant, several matches
        ask for more letters, no match asks whether this is a new family member. Each
        question starts on "no": Enter in a hurry never adds a person."""
        t, typed = messages(self), owner.strip()
        meant = owners_meant(self.session.case, typed)
        if len(meant) > 1:
            self._refuse(
                "action-owner", t("action.owner_ambiguous", typed=typed, names=", ".join(meant))
            )
            return
        if meant:
            (name,) = meant
            question = ConfirmDialog(
                t("action.meant_title", name=name),
                t("action.meant_body", typed=typed, name=name),
                "action.meant_yes",
                focus_confirm=False,
            )

            def answered(yes: bool | None) -> None:
                if not yes:
                    self._refuse("action-owner", t("invalid.unknown_owner", owner=typed))
                    return
                self.query_one("#action-owner", OwnerField).value = name
                self.action_save()

            self.app.push_screen(question, answered)
            return
        question = ConfirmDialog(
            t("action.family_title"),
            t("action.family_question", name=typed),
            "action.family_yes",
            focus_confirm=False,
        )
        self.app.push_screen(question, self._family_answered)

    def _family_answered(self, add: bool | None) -> None:
        owner_field = self.query_one("#action-owner", Input)
        if not add:
            t = messages(self)
            self._refuse(
                "action-owner", t("invalid.unknown_owner", owner=owner_field.value.strip())
            )
            return
        # The session keeps the new name and its recorder writes the case at once.
        owner_field.value = self.session.add_family_member(owner_field.value)
        self.action_save()

    def _refuse(self, field_id: str, sentence: str) -> None:
        self.query_one("#action-problems", Static).update(literal(sentence))
        self.query_one(f"#{field_id}").focus()


def _field_of(problem: Invalid) -> str:
    """The field to put the cursor in for the first problem found."""
    key = problem.problems[0][0] if problem.problems else ""
    return {
        "invalid.unknown_owner": "action-owner",
        "invalid.due_in_past": "action-due",
        "invalid.unknown_course_point": "action-point",
    }.get(key, "action-what")
