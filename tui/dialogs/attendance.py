"""The short attendance dialog before a meeting: everyone present unless unticked.

Enter confirms from anywhere in the dialog, so starting a meeting is Enter, Enter. Below
the team: guests (a retrospective or a perspective analysis invites people from outside
the kernteam; Enter on "Gast toevoegen" adds one, who then takes part in the rounds), the
chair, and, for a new meeting, the agenda and its length, for this meeting only: the
case's by default, and another agenda keeps its own length (a four-hour retrospective
stays four hours).
"""

from __future__ import annotations

from dataclasses import dataclass, field

from rich.text import Text
from textual import on
from textual.app import ComposeResult
from textual.containers import Horizontal, Vertical, VerticalScroll
from textual.screen import ModalScreen
from textual.widgets import Button, Input, Label, Select, Static

from agenda.case import LONGEST_MEETING, SHORTEST_MEETING, Case, read_meeting_minutes
from agenda.meeting import Guest
from agenda.template_files import TemplateCatalogue
from tui.commands import Command, HasCommands
from tui.context import harmless, literal, messages
from tui.dialogs.dialog import let_open_menu_close
from tui.dialogs.guest_form import GuestForm
from tui.typeahead import focus_now
from tui.widgets.fields import Field
from tui.widgets.toggles import Tick


@dataclass(frozen=True)
class Attendance:
    chair: str
    present: list[str]
    absent: list[str]
    guests: list[Guest] = field(default_factory=list)
    """Guests who are there (their names are in `present` too)."""
    template_id: str | None = None
    """The agenda for this meeting (None: a resumed meeting keeps its own)."""
    minutes: int | None = None


@dataclass(frozen=True)
class AgendaChoice:
    """What the dialog offers for a new meeting: the agendas, and the case's own."""

    catalogue: TemplateCatalogue
    template_id: str
    minutes: int


CONFIRM = Command("confirm", "enter", "cmd.confirm_attendance", "cmd.confirm_attendance.help")
"""Enter starts the meeting from anywhere in the dialog, the chair's field included (an
open agenda list keeps its own Enter)."""
CANCEL = Command("cancel", "escape", "cmd.cancel_dialog", "cmd.cancel_dialog.help", priority=False)
NEXT_PERSON = Command("next_person", "down", "cmd.next_person", "cmd.next_person.help")
PREVIOUS_PERSON = Command(
    "previous_person", "up", "cmd.previous_person", "cmd.previous_person.help"
)
ADD_GUEST = Command("add_guest", None, "cmd.add_guest", "cmd.add_guest.help")
"""On screen the button below the team (↓ and Enter); no chord of its own."""


class AttendanceScreen(HasCommands, ModalScreen[Attendance | None]):
    KEYS = (CONFIRM, CANCEL, NEXT_PERSON, PREVIOUS_PERSON, ADD_GUEST)

    def __init__(
        self,
        case: Case,
        title: str,
        absent: frozenset[str] = frozenset(),
        chair: str | None = None,
        guests: list[Guest] | None = None,
        agenda: AgendaChoice | None = None,
    ) -> None:
        super().__init__()
        self.case = case
        self.title_text = title
        self.absent = absent
        self._guests = list(guests or [])
        self.agenda = agenda
        default_chair = case.chair()
        self.chair = chair if chair is not None else (default_chair.name if default_chair else "")

    def compose(self) -> ComposeResult:
        t = messages(self)
        with Vertical(id="attendance", classes="dialog"):
            yield Static(literal(self.title_text), classes="dialog-title")
            yield Static(t("attendance.hint"), classes="hint")
            with VerticalScroll(id="attendance-members"):
                for member in self.case.team:
                    label = literal(member.name)
                    label.append(f" – {t(f'role.{member.role.value}')}")
                    yield Tick(
                        label, value=member.name not in self.absent, name=member.name, compact=True
                    )
                for guest in self._guests:
                    yield self._guest_tick(guest)
            yield Button(t("attendance.add_guest"), id="attendance-add-guest", compact=True)
            with Horizontal(classes="form-row"):
                yield Label(t("attendance.chair"), classes="form-label")
                yield Field(self.chair, id="attendance-chair", compact=True)
            if self.agenda is not None:
                yield from self._agenda_fields(self.agenda)
            yield Static("", id="attendance-problems", classes="problems")

    def _guest_tick(self, guest: Guest) -> Tick:
        t = messages(self)
        label = Text(guest.name)
        where = f", {guest.organisation}" if guest.organisation.strip() else ""
        label.append(f" – {t('attendance.guest')}{where}", style="dim")
        return Tick(harmless(label), value=True, name=guest.name, compact=True, classes="guest")

    def _agenda_fields(self, agenda: AgendaChoice) -> ComposeResult:
        t = messages(self)
        options = [
            (literal(tpl.display_title(t)), tpl.id) for tpl in agenda.catalogue.templates.values()
        ]
        chosen = agenda.template_id if agenda.catalogue.get(agenda.template_id) else Select.NULL
        with Horizontal(classes="form-row"):
            yield Label(t("attendance.agenda"), classes="form-label")
            yield Select(
                options, value=chosen, allow_blank=False, id="attendance-template", compact=True
            )
        with Horizontal(classes="form-row"):
            yield Label(t("attendance.minutes"), classes="form-label")
            yield Field(
                str(agenda.minutes),
                id="attendance-minutes",
                type="integer",
                compact=True,
                classes="minutes",
            )

    def on_mount(self) -> None:
        boxes = self.query(Tick)
        if boxes:
            boxes.first().focus()

    # -- the agenda for this meeting ---------------------------------------------------

    @on(Select.Changed, "#attendance-template")
    def _agenda_changed(self, event: Select.Changed) -> None:
        """Another agenda brings its own length; the case's agenda the case's length."""
        event.stop()
        agenda = self.agenda
        template = None if agenda is None else agenda.catalogue.get(str(event.value))
        if agenda is None or template is None:
            return
        minutes = template.length_for(agenda.template_id, agenda.minutes)
        self.query_one("#attendance-minutes", Input).value = str(minutes)

    def _template_id(self) -> str | None:
        if self.agenda is None:
            return None
        value = self.query_one("#attendance-template", Select).value
        return value if isinstance(value, str) else self.agenda.template_id

    def _minutes(self) -> int | None:
        """The length typed, or None when it is no whole number of minutes in range."""
        return read_meeting_minutes(self.query_one("#attendance-minutes", Input).value)

    # -- guests ------------------------------------------------------------------------

    def action_add_guest(self) -> None:
        taken = [m.name for m in self.case.team] + [g.name for g in self._guests]

        def added(guest: Guest | None) -> None:
            if guest is None:
                return
            self._guests.append(guest)
            tick = self._guest_tick(guest)
            self.query_one("#attendance-members", VerticalScroll).mount(tick)
            focus_now(tick)

        self.app.push_screen(GuestForm(taken), added)

    @on(Button.Pressed, "#attendance-add-guest")
    def _add_guest_button(self, event: Button.Pressed) -> None:
        event.stop()
        self.action_add_guest()

    # -- keys --------------------------------------------------------------------------

    def action_next_person(self) -> None:
        let_open_menu_close(self)
        self.focus_next()

    def action_previous_person(self) -> None:
        let_open_menu_close(self)
        self.focus_previous()

    def action_confirm(self) -> None:
        let_open_menu_close(self)
        if self.focused is self.query_one("#attendance-add-guest"):
            self.action_add_guest()  # Enter on the button adds a guest, not the meeting
            return
        minutes = None
        if self.agenda is not None:
            minutes = self._minutes()
            if minutes is None:
                t = messages(self)
                sentence = t("invalid.meeting_minutes", low=SHORTEST_MEETING, high=LONGEST_MEETING)
                self.query_one("#attendance-problems", Static).update(sentence)
                self.query_one("#attendance-minutes", Input).focus()
                return
        present: list[str] = []
        absent: list[str] = []
        guests = {guest.name: guest for guest in self._guests}
        came: list[Guest] = []
        for box in self.query(Tick):
            name = box.name or ""
            if box.has_class("guest"):
                if box.value:
                    present.append(name)
                    came.append(guests[name])
                continue
            (present if box.value else absent).append(name)
        chair = self.query_one("#attendance-chair", Input).value.strip()
        self.dismiss(
            Attendance(
                chair=chair,
                present=present,
                absent=absent,
                guests=came,
                template_id=self._template_id(),
                minutes=minutes,
            )
        )

    def action_cancel(self) -> None:
        let_open_menu_close(self)
        self.dismiss(None)
