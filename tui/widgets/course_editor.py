"""The course points as a list a chair edits by keyboard, every change a joint decision.

n adds a point, Enter rewords one, Delete removes it, Ctrl+↑/Ctrl+↓ move it, h shows
the decisions so far. Beside each point: its status in the last closed meetings
(`eerder ✓ ✓ ? ✗`), so a point that keeps slipping is seen where the course is set.
Each change is asked of the screen (`ChangeWanted`), which opens `CourseChangeDialog` to
ask who decided; the editor remembers the answer for the next change, so a chair setting
up six points types it once.
"""

from __future__ import annotations

from dataclasses import dataclass

from rich.text import Text
from textual import on
from textual.message import Message
from textual.widgets import OptionList
from textual.widgets.option_list import Option

from agenda.case import Case, CourseChange, CourseStatus
from agenda.history import trend_symbols
from tui.commands import Command
from tui.context import literal, messages
from tui.widgets.editable_list import EditableList

ADD_POINT = Command("add_point", "n", "cmd.add_point", "cmd.add_point.help")
CHANGE_POINT = Command("select", "enter", "cmd.change_point", "cmd.change_point.help")
REMOVE_POINT = Command("remove_point", "delete", "cmd.remove_point", "cmd.remove_point.help")
POINT_UP = Command("point_up", "ctrl+up", "cmd.point_up", "cmd.point_up.help")
POINT_DOWN = Command("point_down", "ctrl+down", "cmd.point_down", "cmd.point_down.help")
COURSE_HISTORY = Command("course_history", "h", "cmd.course_history", "cmd.course_history.help")


class CourseEditor(EditableList):
    KEYS = (ADD_POINT, CHANGE_POINT, REMOVE_POINT, POINT_UP, POINT_DOWN, COURSE_HISTORY)

    @dataclass
    class Changed(Message):
        case: Case

    @dataclass
    class ChangeWanted(Message):
        """A change the team should decide on: the screen asks who decided (and the new
        text) and answers with `decided`."""

        editor: CourseEditor
        change: CourseChange
        point_id: str | None
        number: int | None

    @dataclass
    class HistoryWanted(Message):
        editor: CourseEditor

    def __init__(
        self,
        case: Case,
        trends: dict[str, list[CourseStatus | None]] | None = None,
        *,
        id: str | None = None,
    ) -> None:
        self.case = case
        self.trends = trends or {}
        """Each point's status in the last closed meetings, by point id."""
        self.decided_by: str | None = None
        """Who decided the last change made here: the default for the next one."""
        super().__init__(id=id)

    def on_mount(self) -> None:
        self._fill()

    def _fill(self, highlight: int | None = None) -> None:
        self.set_options(
            Option(self._line(number, point.id, point.text), id=point.id)
            for number, point in enumerate(self.case.course, start=1)
        )
        self.highlight_near(highlight)

    def _line(self, number: int, point_id: str, text: str) -> Text:
        line = literal(f"{number}. {text}")  # the point as typed, without control characters
        trend = self.trends.get(point_id)
        if trend:
            symbols = trend_symbols(trend)
            line.append(f"   {messages(self)('course.trend', symbols=symbols)}", style="dim")
        return line

    def _ask(
        self, change: CourseChange, point_id: str | None = None, number: int | None = None
    ) -> None:
        self.post_message(self.ChangeWanted(self, change, point_id, number))

    def decided(self, case: Case) -> None:
        """The screen's answer: the case with the change the team decided on."""
        last = case.course_history[-1]
        self.decided_by = last.decided_by
        self.case = case
        self._fill((last.new_number or last.old_number or 1) - 1)
        self.post_message(self.Changed(case))

    def _highlighted_id(self) -> str | None:
        if self.highlighted is None or not self.case.course:
            return None
        return self.case.course[self.highlighted].id

    def action_add_point(self) -> None:
        self._ask(CourseChange.ADDED)

    @on(OptionList.OptionSelected)
    def _change(self, event: OptionList.OptionSelected) -> None:
        event.stop()
        self._ask(CourseChange.CHANGED, event.option_id)

    def action_remove_point(self) -> None:
        point_id = self._highlighted_id()
        if point_id is not None:
            self._ask(CourseChange.REMOVED, point_id)

    def _move(self, step: int) -> None:
        point_id = self._highlighted_id()
        if point_id is None or self.highlighted is None:
            return
        target = self.highlighted + step
        if 0 <= target < len(self.case.course):
            self._ask(CourseChange.MOVED, point_id, target + 1)

    def action_point_up(self) -> None:
        self._move(-1)

    def action_point_down(self) -> None:
        self._move(+1)

    def action_course_history(self) -> None:
        self.post_message(self.HistoryWanted(self))
