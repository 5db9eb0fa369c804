"""The koers panel: the case's numbered course points with their latest status.

Always on the meeting screens (F2 hides it on small terminals). Each status shows as a
symbol *and* a word, so it reads the same in grey-scale and for colour-blind viewers.
"""

from __future__ import annotations

from collections.abc import Callable

from rich.text import Text
from textual.app import ComposeResult
from textual.containers import VerticalScroll
from textual.widgets import Static

from agenda.case import COURSE_SYMBOLS, Case, CourseStatus, course_label_key
from agenda.display import printable
from agenda.i18n import Messages
from tui.widgets.quiet import update_changed

StatusOf = Callable[[str], CourseStatus | None]


class CoursePanel(VerticalScroll):
    can_focus = False

    def compose(self) -> ComposeResult:
        yield Static("", id="course-title", classes="panel-title")
        yield Static("", id="course-points")

    def show(self, case: Case, status_of: StatusOf, t: Messages) -> None:
        update_changed(self.query_one("#course-title", Static), t("course.panel_title"))
        text = Text()
        for number, point in enumerate(case.course, start=1):
            status = status_of(point.id)
            if number > 1:
                text.append("\n")
            text.append(f"{number}. ", style="bold")
            text.append(printable(point.text))
            text.append(f"\n   {COURSE_SYMBOLS[status]} {t(course_label_key(status))}")
        points = self.query_one("#course-points", Static)
        update_changed(points, text if case.course else t("course.none"))
