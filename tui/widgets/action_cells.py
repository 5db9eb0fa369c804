"""How an action reads in a table cell: the same words and symbols on every screen.

Every piece of user text goes into a `rich.text.Text` (never a markup string), and every
status carries a symbol beside its word, so nothing rests on colour alone. What is said
beneath the main line (the result, the helpers) is italic, not dim: on the row under the
cursor a dimmed text loses its contrast (tests/test_contrast.py).
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date

from rich.text import Text

from agenda.actions import (
    BEARABLE_SYMBOLS,
    STATUS_SYMBOLS,
    Action,
    ActionStatus,
    Bearable,
    kept_label,
)
from agenda.case import Case
from agenda.dates import short_day
from agenda.display import printable
from agenda.figures import FLAG_SYMBOLS, FlagKind, MeetingDate, effective_due, is_overdue
from agenda.i18n import Messages
from agenda.session import MeetingSession
from tui.widgets.action_table import Column, Row


def bearable_text(bearable: Bearable, t: Messages) -> Text:
    return Text(f"{BEARABLE_SYMBOLS[bearable]} {t(f'bearable.{bearable.value}')}")


def status_text(status: ActionStatus, t: Messages) -> Text:
    return Text(f"{STATUS_SYMBOLS[status]} {t(f'status.{status.value}')}")


def kept_text(kept: bool, t: Messages) -> Text:
    """A standing agreement's "deze week gelukt?" answer: ✓ gelukt or ✗ niet gelukt."""
    return Text(kept_label(kept, t))


def what_cell(action: Action, t: Messages, note: str = "") -> Text:
    """What exactly, with what the result looks like beneath it (and a note, if any)."""
    text = Text(printable(action.what), style="bold")
    if action.result.strip():
        text.append("\n")
        text.append(printable(t("action.result_line", result=action.result)), style="italic")
    if note.strip():
        text.append("\n")
        text.append(printable(t("action.note_line", note=note)), style="italic")
    return text


def who_cell(action: Action, t: Messages) -> Text:
    """The owner, with the helpers beneath ("hoe helpen we elkaar?")."""
    text = Text(printable(action.owner))
    for name in action.helpers:
        text.append("\n")
        text.append(printable(t("action.helper_line", name=name)), style="italic")
    if action.help_note.strip() and not action.helpers:
        text.append("\n")
        text.append(printable(t("action.helper_line", name=action.help_note)), style="italic")
    return text


def due_cell(
    action: Action, t: Messages, today: date, meetings: Sequence[MeetingDate] = ()
) -> Text:
    """The due date (without one: the meeting where it comes back), marked when late; a
    standing agreement comes back at every meeting."""
    if action.is_standing:
        return Text(t("action.standing_due"))
    when = effective_due(action, meetings)
    label = t("action.due_next_meeting") if when is None else short_day(when, t, today)
    if is_overdue(action, today, meetings):
        return Text(f"{FLAG_SYMBOLS[FlagKind.OVERDUE]} {label}", style="bold")
    return Text(label)


def point_cell(case: Case, point_id: str | None, t: Messages) -> Text:
    number = None if point_id is None else case.point_number(point_id)
    return Text(t("common.none") if number is None else str(number))


def action_columns(t: Messages) -> list[Column]:
    """What every table of actions shows, narrow columns with fixed widths."""
    return [
        Column("what", t("action.col.what")),
        Column("owner", t("action.col.owner"), 14),
        Column("due", t("action.col.due"), 10),
        Column("bearable", t("action.col.bearable"), 7),
        Column("point", t("action.col.point"), 3),
    ]


def action_row(session: MeetingSession, action: Action, t: Messages) -> Row:
    meetings = session.meeting_dates()
    return Row(
        action.id,
        [
            what_cell(action, t),
            who_cell(action, t),
            due_cell(action, t, session.today, meetings),
            bearable_text(action.bearable, t),
            point_cell(session.case, action.course_point_id, t),
        ],
    )
