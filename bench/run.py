"""`python -m bench`: does Vliegwiel start and save as fast as Textual allows?

Generates the data (the demo case; 50 cases with five years of weekly meetings; one
case with one year), measures every figure as median and p95 over repeated runs next to
a minimal Textual app measured in the same run, and prints one Markdown table with the
machine it ran on. Start-up and the keys are measured in fresh processes
(`bench.probe`), so that import time counts and no run warms the next one's caches
beyond what the operating system keeps.
"""

from __future__ import annotations

import argparse
import compileall
import json
import math
import os
import platform
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date, datetime
from importlib import metadata
from pathlib import Path
from typing import Any

from bench.data import DataSet, check_round_trip, demo_data, generate
from bench.launch import Launcher
from bench.meeting import autosave_samples, minutes_samples
from bench.minimal import FIRST_ROW
from bench.steps import step_keys
from bench.terminal import TmuxMissing

ROOT = Path(__file__).resolve().parent.parent

START_RATIO = 1.4
AUTOSAVE_P95_MS = 5.0
AUTOSAVE_RATIO = 1.2
STEP_P95_MS = 50.0
"""Headless: F8 to the next step painted, p95 at most this."""
KEY_OVER_MINIMAL_MS = 50.0
"""In a terminal: F8/F7's p95 at most this much above the minimal app's text swap."""
MINUTES_MS = 20.0
MEMORY_RATIO = 1.5


@dataclass(frozen=True)
class Figure:
    """Samples of one measurement (ms or MiB)."""

    samples: Sequence[float]

    @property
    def median(self) -> float:
        return statistics.median(self.samples)

    @property
    def p95(self) -> float:
        """Nearest-rank 95th percentile: a value that was measured."""
        ordered = sorted(self.samples)
        return ordered[max(0, math.ceil(0.95 * len(ordered)) - 1)]


@dataclass(frozen=True)
class Ratio:
    """One figure over another: the medians' ratio, and the p95s'."""

    median: float
    p95: float


@dataclass(frozen=True)
class Row:
    name: str
    ours: Figure | Ratio | None
    baseline: Figure | None
    unit: str
    target: str
    met: bool | None
    """None: no target (shown for context), or not measurable here."""
    note: str = ""


# -- running probes ----------------------------------------------------------------------


def _probe(args: list[str], scratch: Path) -> tuple[float, dict[str, Any]]:
    """Run `bench.probe` in a fresh interpreter; its result and when it was spawned."""
    result_file = scratch / "probe.json"
    result_file.unlink(missing_ok=True)
    spawned = time.monotonic()
    subprocess.run(
        [sys.executable, "-m", "bench.probe", *args[:3], str(result_file), *args[3:]],
        cwd=ROOT,
        check=True,
        stdin=subprocess.DEVNULL,
    )
    return spawned, json.loads(result_file.read_text(encoding="utf-8"))


SAVE_ROUNDS = 5


def start_times(kind: str, data: DataSet, repeat: int, scratch: Path) -> Figure:
    """Milliseconds from spawning the process to the first painted start screen."""
    samples = []
    for _ in range(repeat):
        first = FIRST_ROW if kind == "minimal" else data.first_alias
        spawned, result = _probe(["start", kind, str(data.data_dir), first], scratch)
        samples.append((result["painted"] - spawned) * 1000)
    return Figure(samples)


def terminal_command(kind: str, data: DataSet) -> tuple[list[str], str]:
    """How a person starts the app (or the minimal one) in a terminal, and what its
    first screen shows first."""
    if kind == "minimal":
        return [sys.executable, "-m", "bench.minimal"], FIRST_ROW
    return [sys.executable, "-m", "tui", "--data-dir", str(data.data_dir)], data.first_alias


def terminal_env(scratch: Path) -> dict[str, str]:
    """The app's own folders in the scratch folder, Dutch as by default."""
    return {
        "VLIEGWIEL_CONFIG_DIR": str(scratch / "config"),
        "VLIEGWIEL_MINUTES_DIR": str(scratch / "minutes"),
        "VLIEGWIEL_LANG": "",
    }


@dataclass(frozen=True)
class Walk:
    step: Figure
    """Milliseconds from the key to the painted next step (minimal app: next row)."""
    to_meeting: Figure
    peak_mib: Figure


def walks(kind: str, data: DataSet, count: int, rounds: int, scratch: Path) -> Walk:
    steps: list[float] = []
    opened: list[float] = []
    peaks: list[float] = []
    for _ in range(count):
        _, result = _probe(["walk", kind, str(data.data_dir), str(rounds)], scratch)
        steps.extend(seconds * 1000 for _, seconds in result["f8"])
        opened.append(result["to_meeting"] * 1000)
        peaks.append(result["peak_rss_kib"] / 1024)
    return Walk(Figure(steps), Figure(opened), Figure(peaks))


# -- the table ---------------------------------------------------------------------------


def _number(value: float, unit: str) -> str:
    if unit == "×":
        return f"{value:.2f}×"
    if unit == "MiB":
        return f"{value:.1f} MiB"
    return f"{value:.1f} ms" if value < 100 else f"{value:.0f} ms"


def _cells(figure: Figure | Ratio | None, unit: str) -> tuple[str, str]:
    if figure is None:
        return "–", "–"
    return _number(figure.median, unit), _number(figure.p95, unit)


def table(rows: Sequence[Row]) -> str:
    head = (
        "| figure | Vliegwiel median | p95 | minimal Textual median | p95 | target | result |",
        "|---|---:|---:|---:|---:|---|---|",
    )
    lines = list(head)
    for row in rows:
        ours, baseline = _cells(row.ours, row.unit), _cells(row.baseline, row.unit)
        result = {True: "met", False: "**missed**", None: "–"}[row.met]
        if row.note:
            result = f"{result} ({row.note})"
        lines.append(
            f"| {row.name} | {ours[0]} | {ours[1]} | {baseline[0]} | {baseline[1]} "
            f"| {row.target} | {result} |"
        )
    return "\n".join(lines)


def load_average() -> str:
    """The 1, 5 and 15 minute load averages: how busy the machine was around a figure."""
    if not hasattr(os, "getloadavg"):
        return "–"
    return " ".join(f"{x:.2f}" for x in os.getloadavg())


def machine() -> str:
    cpu = platform.processor() or platform.machine()
    cpuinfo = Path("/proc/cpuinfo")
    if cpuinfo.exists():
        for line in cpuinfo.read_text(encoding="utf-8").splitlines():
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    load = load_average()
    return (
        f"{datetime.now():%Y-%m-%d %H:%M} · {cpu} · {os.cpu_count()} cores · "
        f"{platform.system()} · Python {platform.python_version()} · "
        f"Textual {metadata.version('textual')} · load average {load}"
    )


# -- the run -----------------------------------------------------------------------------


def _ratio(ours: Figure, baseline: Figure) -> Ratio:
    """Ratio of the medians, and of the p95s (each judged on its own: a figure of two
    samples would show their mean as its median)."""
    return Ratio(ours.median / baseline.median, ours.p95 / baseline.p95)


def _ms(seconds: list[float]) -> Figure:
    return Figure([s * 1000 for s in seconds])


def compile_sources() -> None:
    """Write the bytecode of Vliegwiel's own modules, as an installation does.

    pip compiles a wheel's modules when it installs them; an editable checkout compiles
    each module the first time it is imported, unless `PYTHONDONTWRITEBYTECODE` is set,
    and then every start compiles them again (about 40 ms of the first screen on this
    machine). The minimal app's Textual always comes compiled from pip, so without this
    the two would not be measured alike.
    """
    for package in ("agenda", "tui", "bench"):
        compileall.compile_dir(ROOT / package, quiet=1)


def measure(args: argparse.Namespace, scratch: Path, say: Callable[[str], None]) -> list[Row]:
    today = date.today()
    compile_sources()
    began = time.perf_counter()
    demo = demo_data(scratch / "demo", today)
    years = generate(scratch / "years", "years", args.cases, args.meetings, today)
    year = generate(scratch / "year", "year", 1, args.year_meetings, today)
    for data in (demo, years, year):
        check_round_trip(data)
    say(
        f"generated {args.cases} cases × {args.meetings} meetings, 1 × {args.year_meetings} "
        f"and the demo in {time.perf_counter() - began:.1f} s; Store reads them back to "
        "the same bytes"
    )

    say(f"start-up (load average {load_average()}) …")
    # Interleaved, one run of each in turn, so that a burst of load elsewhere on the
    # machine weighs on the app and on the minimal app alike: headless, then in a real
    # terminal (tmux), from launch to the case list on its screen.
    runs: dict[str, list[float]] = {"minimal": [], "demo": [], "years": []}
    shown: dict[str, list[float]] = {"minimal": [], "demo": [], "years": []}
    cases = {"minimal": demo, "demo": demo, "years": years}
    try:
        launcher: Launcher | None = Launcher(terminal_env(scratch), ROOT)
    except TmuxMissing as missing:
        say(f"no first screen in a terminal: {missing}")
        launcher = None
    try:
        for _ in range(args.repeat):
            for name, data in cases.items():
                kind = "minimal" if name == "minimal" else "vliegwiel"
                runs[name] += start_times(kind, data, 1, scratch).samples
            for name, data in cases.items():
                if launcher is not None:
                    command, text = terminal_command(name, data)
                    shown[name].append(launcher.first_screen(command, text) * 1000)
    finally:
        if launcher is not None:
            launcher.close()
    say(f"start-up done (load average {load_average()})")
    minimal, start_demo, start_years = (Figure(runs[k]) for k in ("minimal", "demo", "years"))
    seen = {k: Figure(v) if v else None for k, v in shown.items()}

    say("meeting walks …")
    walk = walks("vliegwiel", years, args.walks, args.rounds, scratch)
    walk_minimal = walks("minimal", demo, args.walks, args.rounds, scratch)

    say(f"F8/F7 in a terminal (load average {load_average()}) …")
    keys = _terminal_keys(years, args.key_rounds, scratch, say)

    say("autosave and minutes …")
    # The last case: the walks above start their meetings in the first one.
    last = years.case_ids[-1]
    year_saves: list[float] = []
    years_saves: list[float] = []
    chunk = max(1, args.saves // SAVE_ROUNDS)
    for _ in range(SAVE_ROUNDS):  # interleaved too: the disk's mood changes by the second
        year_saves += autosave_samples(year.data_dir, year.case_ids[0], chunk)
        years_saves += autosave_samples(years.data_dir, last, chunk)
    save_year, save_years = _ms(year_saves), _ms(years_saves)
    save_memory = _autosave_in_memory(years, args.saves)
    minutes = _ms(minutes_samples(years.data_dir, last, 40, args.saves // 4 or 1))

    start_ratio = _ratio(start_years, minimal)
    demo_ratio = _ratio(start_demo, minimal)
    terminal_rows: list[Row] = []
    for name, label in (("demo", "demo data"), ("years", five_label(args))):
        ours, baseline = seen[name], seen["minimal"]
        ratio = _ratio(ours, baseline) if ours and baseline else None
        terminal_rows += [
            Row(f"first screen in a terminal (tmux), {label}", ours, baseline, "ms", "", None),
            Row(
                "… ratio to minimal",
                ratio,
                None,
                "×",
                f"≤ {START_RATIO}×",
                None if ratio is None else ratio.median <= START_RATIO,
                "" if ratio is not None else "no tmux",
            ),
        ]
    save_ratio = _ratio(save_years, save_year)
    memory_ratio = _ratio(walk.peak_mib, walk_minimal.peak_mib)
    five = five_label(args)
    rows = [
        *terminal_rows,
        Row("first screen, demo data, headless", start_demo, minimal, "ms", "", None),
        Row(
            "… ratio to minimal",
            demo_ratio,
            None,
            "×",
            f"≤ {START_RATIO}×",
            demo_ratio.median <= START_RATIO,
        ),
        Row(f"first screen, {five}, headless", start_years, minimal, "ms", "", None),
        Row(
            "… ratio to minimal",
            start_ratio,
            None,
            "×",
            f"≤ {START_RATIO}×",
            start_ratio.median <= START_RATIO,
        ),
        Row(
            f"autosave, 1 × {args.year_meetings} meetings",
            save_year,
            None,
            "ms",
            f"p95 ≤ {AUTOSAVE_P95_MS:g} ms",
            save_year.p95 <= AUTOSAVE_P95_MS,
        ),
        Row(
            f"autosave, {five}",
            save_years,
            None,
            "ms",
            f"p95 ≤ {AUTOSAVE_P95_MS:g} ms",
            save_years.p95 <= AUTOSAVE_P95_MS,
        ),
        Row(
            "… ratio to 1 year",
            save_ratio,
            None,
            "×",
            f"≤ {AUTOSAVE_RATIO}×",
            save_ratio.median <= AUTOSAVE_RATIO,
        ),
    ]
    if save_memory is not None:
        rows.append(Row(f"autosave, {five}, tmpfs (no disk)", save_memory, None, "ms", "", None))
    rows += [
        Row(
            "meeting opens (Enter, Enter → painted)",
            walk.to_meeting,
            None,
            "ms",
            "",
            None,
        ),
        Row(
            "F8 → next step painted (minimal: ↓)",
            walk.step,
            walk_minimal.step,
            "ms",
            f"p95 ≤ {STEP_P95_MS:g} ms",
            walk.step.p95 <= STEP_P95_MS,
        ),
        _keys_row(keys),
        Row(
            f"minutes of a meeting with 40 actions, {five}",
            minutes,
            None,
            "ms",
            f"p95 ≤ {MINUTES_MS:g} ms",
            minutes.p95 <= MINUTES_MS,
        ),
        Row("peak memory (RSS)", walk.peak_mib, walk_minimal.peak_mib, "MiB", "", None),
        Row(
            "… ratio to minimal",
            memory_ratio,
            None,
            "×",
            f"≤ {MEMORY_RATIO}×",
            memory_ratio.median <= MEMORY_RATIO,
        ),
    ]
    return rows


def _terminal_keys(
    data: DataSet, rounds: int, scratch: Path, say: Callable[[str], None]
) -> tuple[Figure, Figure] | None:
    """F8/F7 to the new title band in tmux, Vliegwiel and the minimal swap app in turns
    (`bench.steps`); None without tmux."""
    try:
        found = step_keys(data.data_dir, data.first_alias, terminal_env(scratch), ROOT, rounds)
    except TmuxMissing as missing:
        say(f"no F8 in a terminal: {missing}")
        return None
    return Figure(found.vliegwiel), Figure(found.minimal)


def _keys_row(keys: tuple[Figure, Figure] | None) -> Row:
    target = f"p95 ≤ minimal + {KEY_OVER_MINIMAL_MS:g} ms"
    name = "F8/F7 → title band in a terminal (tmux; minimal: a text swapped)"
    if keys is None:
        return Row(name, None, None, "ms", target, None, "no tmux")
    ours, minimal = keys
    return Row(name, ours, minimal, "ms", target, ours.p95 - minimal.p95 <= KEY_OVER_MINIMAL_MS)


def five_label(args: argparse.Namespace) -> str:
    return f"{args.cases} cases × {args.meetings} meetings"


def _autosave_in_memory(data: DataSet, saves: int) -> Figure | None:
    """The same autosave on a memory file system, where fsync costs nothing: what is
    left is the app's own work (None where there is no /dev/shm)."""
    shm = Path("/dev/shm")
    if not shm.is_dir():
        return None
    with tempfile.TemporaryDirectory(dir=shm, prefix="vliegwiel-bench-") as memory:
        copy = Path(memory) / "data"
        case_id = data.case_ids[-1]
        source = data.data_dir / "cases" / case_id
        subprocess.run(["cp", "-r", str(data.data_dir), str(copy)], check=True)
        for other in (copy / "cases").iterdir():
            if other.name != source.name:
                subprocess.run(["rm", "-rf", str(other)], check=True)
        return _ms(autosave_samples(copy, case_id, saves))


def parse(argv: Sequence[str] | None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(prog="python -m bench", description=__doc__)
    parser.add_argument("--cases", type=int, default=50)
    parser.add_argument("--meetings", type=int, default=260, help="per case (five years)")
    parser.add_argument("--year-meetings", type=int, default=52)
    parser.add_argument("--repeat", type=int, default=15, help="start-ups per app and data")
    parser.add_argument("--walks", type=int, default=3, help="processes walking a meeting")
    parser.add_argument("--rounds", type=int, default=5, help="F8 passes per walk")
    parser.add_argument("--saves", type=int, default=200, help="autosaves per data set")
    parser.add_argument(
        "--key-rounds", type=int, default=4, help="F8/F7 passes through the agenda in tmux"
    )
    return parser.parse_args(argv)


def main(argv: Sequence[str] | None = None) -> int:
    args = parse(argv)

    def say(text: str) -> None:
        print(text, file=sys.stderr, flush=True)

    say(machine())
    with tempfile.TemporaryDirectory(prefix="vliegwiel-bench-") as scratch:
        rows = measure(args, Path(scratch), say)
    print(f"Vliegwiel benchmark · {machine()}")
    print()
    print(table(rows))
    return 0
