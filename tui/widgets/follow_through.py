"""Follow-through ("afspraken nagekomen"): this meeting's figure and the trend.

One line with this meeting's figure so far (done of due, and the percentage), then the
last meetings as a small bar chart with the numbers under each bar: the bar for the
eye, the numbers for whoever cannot tell bar heights apart. Shown in the feedback step,
at check-out and on the action board; every number comes from `agenda.figures`.
"""

from __future__ import annotations

from rich.console import Group
from rich.table import Table
from rich.text import Text
from textual.events import Resize, Show
from textual.widgets import Static

from agenda.dates import day_and_month
from agenda.figures import FollowThrough, StandingKept
from agenda.i18n import Messages
from agenda.session import MeetingSession

BARS = "▁▂▃▄▅▆▇█"
GAP = 2


def bar(share: float) -> str:
    """One block character, from ▁ (nothing kept) to █ (all kept)."""
    return BARS[min(len(BARS) - 1, int(share * len(BARS)))]


def follow_through_view(
    trend: list[FollowThrough], current_id: str | None, t: Messages, width: int = 0
) -> Group:
    """This meeting's figure on one line, then per meeting its date, a bar with
    done/due, and the percentage: side by side in columns when they fit in `width`
    (0: as wide as needed), else one line per meeting, so nothing is ever cut off."""
    head = Text()
    now = next((f for f in trend if f.meeting_id == current_id), None)
    if now is not None and now.due and not now.discussed:
        head.append(t("figures.now_not_discussed"), style="bold")
    elif now is not None and now.due:
        head.append(
            t("figures.now", done=now.done, due=now.due, percent=t.percent(now.share)),
            style="bold",
        )
    elif now is not None:
        head.append(t("figures.now_none"))
    if not trend:
        return Group(head)
    head.append(" · " if now is not None else "")
    head.append(t("figures.trend_one") if len(trend) == 1 else t("figures.trend", count=len(trend)))
    entries = [_entry(figure, current_id, t) for figure in trend]
    chart = Table(box=None, padding=(0, GAP, 0, 0), show_edge=False, expand=False)
    needed = sum(max(cell.cell_len for cell in entry) + GAP for entry in entries)
    if not width or needed <= width:
        for day, _, _ in entries:
            chart.add_column(day, no_wrap=True)
        chart.add_row(*(kept for _, kept, _ in entries))
        chart.add_row(*(share for _, _, share in entries))
    else:
        chart.show_header = False
        for _ in range(3):
            chart.add_column()
        for entry in entries:
            chart.add_row(*entry)
    return Group(head, chart)


def _entry(figure: FollowThrough, current_id: str | None, t: Messages) -> tuple[Text, Text, Text]:
    """One meeting's date, bar with done/due, and percentage."""
    day = (
        t("figures.this_meeting")
        if figure.meeting_id == current_id
        else day_and_month(figure.on, t)
    )
    share = figure.share
    if share is None:
        kept = t("figures.entry_none")
    elif figure.meeting_id == current_id and not figure.discussed:
        kept, share = t("figures.entry_not_discussed"), None  # no "0%" before feedback
    else:
        kept = t("figures.entry", bar=bar(share), done=figure.done, due=figure.due)
    return Text(day, style="bold"), Text(kept), Text(t.percent(share))


def standing_line(figure: StandingKept | None, t: Messages) -> str:
    """ "Vaste afspraken nagekomen" of this meeting on one line: its own figure, apart
    from follow-through, and only over the agreements checked so far."""
    if figure is None or not figure.checked:
        return t("figures.standing_none")
    return t(
        "figures.standing",
        kept=figure.kept,
        checked=figure.checked,
        percent=t.percent(figure.share),
    )


class FollowThroughPanel(Static):
    """Refreshes itself each time it comes into view, so it always shows the figures as
    the feedback given so far in this meeting makes them."""

    def __init__(self, session: MeetingSession, t: Messages) -> None:
        super().__init__(classes="follow-through")
        self.session = session
        self.t = t
        self._width = 0
        self._shown: tuple[list[FollowThrough], int] | None = None

    def on_mount(self) -> None:
        self.refresh_figures()

    def on_show(self, _: Show) -> None:
        self.refresh_figures()

    def on_resize(self, event: Resize) -> None:
        if event.size.width != self._width:
            self.refresh_figures()

    def refresh_figures(self) -> None:
        figures = self.session.trend()
        width = self._width = self.content_region.width
        if (figures, width) == self._shown:
            return  # unchanged: no new layout for the screen to make
        self._shown = (figures, width)
        self.update(follow_through_view(figures, self.session.meeting.id, self.t, width))
