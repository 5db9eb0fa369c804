"""Clocks read from an injected monotonic source: pausing, amber, overtime."""

from __future__ import annotations

from agenda.clock import ManualClock, Phase, Stopwatch, countdown, mmss


def test_stopwatch_counts_only_running_time() -> None:
    clock = ManualClock()
    watch = Stopwatch(clock, running=True)
    clock.advance(30)
    watch.pause()
    clock.advance(600)  # paused: not counted
    watch.start()
    clock.advance(15)
    assert watch.seconds == 45


def test_countdown_phases() -> None:
    planned = 10 * 60
    assert countdown(planned, 0).phase is Phase.NORMAL
    assert countdown(planned, 0).text == "10:00"
    assert countdown(planned, 0.4).text == "10:00"  # rounded up: 9:59.6 left
    assert countdown(planned, 479).phase is Phase.NORMAL
    assert countdown(planned, 480).phase is Phase.ENDING  # the last fifth, from its start
    assert countdown(planned, 481).phase is Phase.ENDING
    assert countdown(planned, 600).text == "00:00"
    assert countdown(planned, 600).phase is Phase.ENDING  # at the end, not yet over
    assert countdown(planned, 600.5).phase is Phase.OVERTIME
    over = countdown(planned, 730)
    assert over.phase is Phase.OVERTIME and over.text == "+02:10"


def test_mmss_formats_hours() -> None:
    assert mmss(65) == "01:05"
    assert mmss(3600) == "60:00"
    assert mmss(6000) == "1:40:00"
    assert mmss(-5) == "00:00"
