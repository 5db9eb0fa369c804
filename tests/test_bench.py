"""The benchmark runs end to end on tiny data, so that it cannot rot unnoticed.

Timings are not checked (a test machine's speed proves nothing); the run must finish
and print the machine line and a table with every figure.
"""

from __future__ import annotations

import pytest

from bench.run import Figure, Row, _ratio, main, table

FIGURES = (
    "first screen in a terminal (tmux), demo data",
    "first screen in a terminal (tmux), 2 cases × 3 meetings",
    "first screen, demo data, headless",
    "first screen, 2 cases × 3 meetings, headless",
    "autosave, 1 × 3 meetings",
    "autosave, 2 cases × 3 meetings",
    "… ratio to 1 year",
    "meeting opens",
    "F8 → next step painted",
    "F8/F7 → title band in a terminal",
    "minutes of a meeting with 40 actions",
    "peak memory (RSS)",
)


@pytest.mark.slow
def test_bench_runs_on_tiny_data(capsys: pytest.CaptureFixture[str]) -> None:
    tiny = (
        "--cases 2 --meetings 3 --year-meetings 3 --repeat 2 --walks 1 --rounds 1 --saves 5"
        " --key-rounds 1"
    )
    assert main(tiny.split()) == 0
    out = capsys.readouterr().out
    assert out.startswith("Vliegwiel benchmark · ")
    assert "Textual 8." in out
    rows = [line for line in out.splitlines() if line.startswith("| ")]
    assert rows[0].startswith("| figure | Vliegwiel median |")
    for figure in FIGURES:
        assert any(row.startswith(f"| {figure}") for row in rows), figure
    for row in rows[1:]:
        assert row.count("|") == 8, row


def test_backup_bench_runs_on_tiny_data(capsys: pytest.CaptureFixture[str]) -> None:
    from bench.backup import main as backup_main

    assert backup_main(["--cases", "2", "--meetings", "3"]) == 0
    out = capsys.readouterr().out
    assert out.startswith("Vliegwiel backup benchmark · ")
    rows = [line for line in out.splitlines() if line.startswith("| ")]
    for figure in ("backup: total", "backup file", "restore: total", "peak memory"):
        assert any(row.startswith(f"| {figure}") for row in rows), figure
    assert "| cases × meetings" in rows[0] and "2 × 3" in rows[0]


def test_a_ratio_row_shows_the_ratio_of_the_medians_and_of_the_p95s() -> None:
    """Not their mean: a 1.31× median ratio with a 1.94× p95 ratio once read as 1.63×."""
    ours, minimal = Figure([300.0, 310.0, 320.0, 600.0]), Figure([240.0, 240.0, 240.0, 300.0])
    ratio = _ratio(ours, minimal)
    assert ratio.median == pytest.approx(315 / 240)
    assert ratio.p95 == pytest.approx(600 / 300)
    row = Row("… ratio to minimal", ratio, None, "×", "≤ 1.4×", ratio.median <= 1.4)
    assert "| 1.31× | 2.00× |" in table([row])
    assert table([row]).endswith("| ≤ 1.4× | met |")
