"""Follow-through ("afspraken nagekomen"): this meeting's figure and the trend.

One line with this meeting's figure so far (done of due, and the percentage), then the
last meetings as a small bar chart with the numbers beside each bar: the bar for the
eye, the numbers for whoever cannot tell bar heights apart. Shown in the feedback step,
at check-out and on the action board; every number comes from `agenda.figures`.
"""

from __future__ import annotations

from rich.text import Text
from textual.events import Show
from textual.widgets import Static

from agenda.figures import FollowThrough
from agenda.i18n import Messages
from agenda.session import MeetingSession

BARS = "▁▂▃▄▅▆▇█"


def bar(share: float) -> str:
    """One block character, from ▁ (nothing kept) to █ (all kept)."""
    return BARS[min(len(BARS) - 1, int(share * len(BARS)))]


def follow_through_text(trend: list[FollowThrough], current_id: str | None, t: Messages) -> Text:
    text = Text()
    now = next((f for f in trend if f.meeting_id == current_id), None)
    if now is not None:
        if now.due:
            line = t("figures.now", done=now.done, due=now.due, percent=t.percent(now.share))
            text.append(line, style="bold")
        else:
            text.append(t("figures.now_none"))
    if not trend:
        return text
    if now is not None:
        text.append("\n")
    text.append(t("figures.trend", count=len(trend)))
    months = t("date.months").split()
    for figure in trend:
        day = (
            t("figures.this_meeting")
            if figure.meeting_id == current_id
            else t("figures.day", day=figure.on.day, month=months[figure.on.month - 1])
        )
        if figure.share is None:
            entry = t("figures.entry_none", day=day)
        else:
            entry = t(
                "figures.entry",
                day=day,
                bar=bar(figure.share),
                done=figure.done,
                due=figure.due,
                percent=t.percent(figure.share),
            )
        text.append("  ")
        text.append(entry.replace(" ", "\u00a0"))
    return text


class FollowThroughPanel(Static):
    """Refreshes itself each time it comes into view, so it always shows the figures as
    the feedback given so far in this meeting makes them."""

    def __init__(self, session: MeetingSession, t: Messages) -> None:
        super().__init__(classes="follow-through")
        self.session = session
        self.t = t

    def on_mount(self) -> None:
        self.refresh_figures()

    def on_show(self, _: Show) -> None:
        self.refresh_figures()

    def refresh_figures(self) -> None:
        board = self.session.board()
        self.update(follow_through_text(board.trend, self.session.meeting.id, self.t))
