"""The step countdown and the meeting clock.

Both only *show* readings computed by `agenda.session`; they never count ticks. The
phase is carried by a word and a class (amber when ending, red in overtime), never by
colour alone: a colour-blind participant on the call reads "over tijd".
"""

from __future__ import annotations

import math

from textual.app import ComposeResult
from textual.containers import Vertical
from textual.widgets import Digits, Static

from agenda.clock import Countdown, Phase, mmss
from agenda.dates import clock_time_after
from agenda.i18n import Messages
from agenda.session import MeetingClockReading
from tui.widgets.quiet import update_changed

PHASE_CLASSES = {Phase.NORMAL: "-normal", Phase.ENDING: "-ending", Phase.OVERTIME: "-overtime"}


class StepClock(Vertical):
    """Large countdown of the current step, with its state in words underneath."""

    def compose(self) -> ComposeResult:
        yield Digits("00:00", id="step-digits")
        yield Static("", id="step-clock-state")

    def show(self, reading: Countdown, running: bool, t: Messages) -> None:
        digits = self.query_one("#step-digits", Digits)
        if digits.value != reading.text:
            digits.update(reading.text)
        words = {
            Phase.NORMAL: t("clock.left"),
            Phase.ENDING: t("clock.ending"),
            Phase.OVERTIME: t("clock.overtime"),
        }[reading.phase]
        if not running:
            words = f"{words} · {t('clock.paused')}"
        update_changed(self.query_one("#step-clock-state", Static), words)
        self.set_class(not running, "-paused")
        for phase, name in PHASE_CLASSES.items():
            self.set_class(phase is reading.phase, name)

    @property
    def text(self) -> str:
        """What the clock reads now, as a participant would read it aloud."""
        digits = self.query_one("#step-digits", Digits).value
        state = str(self.query_one("#step-clock-state", Static).render())
        return f"{digits} {state}"


class MeetingClock(Static):
    """Elapsed meeting time against the plan, the planned end, and any minutes over."""

    def show(self, reading: MeetingClockReading, t: Messages) -> None:
        text = t(
            "clock.meeting",
            elapsed=mmss(reading.elapsed),
            planned=mmss(reading.planned),
            end=clock_time_after(reading.planned_end, reading.started, t),
        )
        if reading.over > 0:
            text = f"{text} · {t('clock.meeting_over', over=mmss(reading.over))}"
        short = rest_short(reading, t)
        if short:
            text = f"{text} · {short}"
        update_changed(self, text)
        for phase, name in PHASE_CLASSES.items():
            self.set_class(phase is reading.phase, name)
        self.set_class(bool(short), "-short")


def rest_short(reading: MeetingClockReading, t: Messages) -> str:
    """ "nog 12 min voor 3 stappen": the rest of the agenda, as planned now, no longer
    fits before the agreed end (said while there is time left; after it, the clock
    shows how far over the meeting is)."""
    outlook = reading.outlook
    if outlook.fits or outlook.left <= 0:
        return ""
    key = "clock.rest_short_one" if outlook.steps == 1 else "clock.rest_short"
    return t(
        key,
        left=int(outlook.left // 60),
        steps=outlook.steps,
        needed=math.ceil(outlook.needed / 60),
    )
