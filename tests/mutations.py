"""Deliberate bugs, each put into a copy of the tree, and the tests that must catch them.

A test suite proves a promise only if breaking the promise fails a test. An audit of the
suite found seven promises of the README that could be broken with every test passing;
each now has a named test. This script keeps them honest: for every bug it copies the
tree (the files git tracks or would track) to a temporary folder, changes the code there,
runs the named tests on the copy (`PYTHONPATH` points at it, so the installed `vliegwiel`
a terminal test starts runs the copy too) and reports which of them failed. First it runs
all of them on an unchanged copy, which must pass: a test that fails anyway proves nothing.

    .venv/bin/python -m tests.mutations            # every bug; exit 1 if one survives
    .venv/bin/python -m tests.mutations clocks     # the bugs whose name holds "clocks"

It prints a Markdown table (bug, test, caught) for the README. CI runs it (`.ci/run`);
it takes about a minute, since only the named tests run.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import tempfile
import time
import xml.etree.ElementTree as ElementTree
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


@dataclass(frozen=True)
class Mutation:
    name: str
    path: str
    changes: tuple[tuple[str, str], ...]
    """(text in the file, what it becomes); each must be found, or the code has moved on."""
    tests: tuple[str, ...]
    """pytest node ids of the tests that must fail."""


MUTATIONS = (
    Mutation(
        "atomic write without both fsyncs",
        "agenda/storage/files.py",
        (
            ("            os.fsync(fd)\n        finally:", "            pass\n        finally:"),
            (
                "        os.fsync(fd)\n    except OSError as error:",
                "        pass\n    except OSError as error:",
            ),
        ),
        (
            "tests/test_atomic_write.py::test_data_is_flushed_before_the_rename_and_the_folder_after_it",
        ),
    ),
    Mutation(
        "`~` left unescaped in the minutes",
        "agenda/markdown_text.py",
        (('ESCAPED_EVERYWHERE = "\\\\`*_[]<>&|~#$@"', 'ESCAPED_EVERYWHERE = "\\\\`*_[]<>&|#$@"'),),
        ("tests/test_markdown_text.py::test_a_cell_shows_what_was_typed",),
    ),
    Mutation(
        "`$` left unescaped in the minutes",
        "agenda/markdown_text.py",
        (('ESCAPED_EVERYWHERE = "\\\\`*_[]<>&|~#$@"', 'ESCAPED_EVERYWHERE = "\\\\`*_[]<>&|~#@"'),),
        ("tests/test_markdown_text.py::test_a_cell_shows_what_was_typed",),
    ),
    Mutation(
        "an error's str() prints its parameters",
        "agenda/errors.py",
        (
            (
                """return f"{self.key} ({', '.join(sorted(self.params))})\"""",
                'return f"{self.key} ({self.params})"',
            ),
        ),
        (
            "tests/faults/test_error_privacy.py::test_errors_built_from_typed_text_keep_it_out_of_str_repr_and_tracebacks",
        ),
    ),
    Mutation(
        "the app's own crash screen removed (Textual's traceback with locals)",
        "tui/compat.py",
        (("    def _fatal_error(self) -> None:", "    def _fatal_error_removed(self) -> None:"),),
        (
            "tests/test_crash_output.py::test_a_crash_in_a_meeting_prints_one_sentence_without_case_text",
        ),
    ),
    Mutation(
        "amber and red clock colours removed",
        "tui/vliegwiel.tcss",
        (("    color: $warning;\n", ""), ("    color: $error;\n", "")),
        ("tests/test_clock_look.py::test_amber_near_the_end_and_red_in_overtime",),
    ),
    Mutation(
        "same-day feedback from another meeting counted as this meeting's",
        "agenda/figures.py",
        (("if f.on < meeting.on or f.meeting_id", "if f.on <= meeting.on or f.meeting_id"),),
        (
            "tests/test_figures.py::test_feedback_in_another_meeting_of_the_same_day_is_not_this_meetings",
        ),
    ),
    Mutation(
        "no sweep of temporary files at start",
        "tui/cli.py",
        (("        store.clean_temps()\n", ""),),
        ("tests/test_terminal_walk.py::test_starting_sweeps_the_temporary_files_a_crash_left",),
    ),
)


@dataclass(frozen=True)
class Outcome:
    mutation: Mutation
    failed: frozenset[str]
    """The named tests that failed on the changed copy."""
    seconds: float


class NotApplicable(Exception):
    """A mutation's text is no longer in the code: update the mutation with the code."""


def tracked_files(root: Path) -> list[str]:
    listing = subprocess.run(
        ["git", "ls-files", "-z", "--cached", "--others", "--exclude-standard"],
        cwd=root,
        capture_output=True,
        check=True,
    )
    return [name for name in listing.stdout.decode().split("\0") if name]


def copy_tree(root: Path, into: Path) -> None:
    for name in tracked_files(root):
        source = root / name
        if source.is_file():
            target = into / name
            target.parent.mkdir(parents=True, exist_ok=True)
            shutil.copy2(source, target)


def apply(mutation: Mutation, tree: Path) -> None:
    path = tree / mutation.path
    text = path.read_text(encoding="utf-8")
    for old, new in mutation.changes:
        if old not in text:
            raise NotApplicable(f"{mutation.name}: {old!r} is not in {mutation.path}")
        text = text.replace(old, new)
    path.write_text(text, encoding="utf-8")


def failed_tests(tree: Path, tests: Sequence[str]) -> frozenset[str]:
    """Which of `tests` (node ids) fail on `tree`; any parametrized case failing counts."""
    report = tree / "mutation-report.xml"
    env = {**os.environ, "PYTHONPATH": str(tree), "PYTHONDONTWRITEBYTECODE": "1"}
    done = subprocess.run(
        [
            sys.executable,
            "-m",
            "pytest",
            *tests,
            "-q",
            "-p",
            "no:cacheprovider",
            f"--junitxml={report}",
        ],
        cwd=tree,
        env=env,
        capture_output=True,
        text=True,
        check=False,
    )
    if done.returncode not in (0, 1) or not report.exists():
        raise RuntimeError(f"pytest could not run {tests} (exit {done.returncode}):\n{done.stdout}")
    failed = set()
    for case in ElementTree.parse(report).getroot().iter("testcase"):
        if case.find("failure") is None and case.find("error") is None:
            continue
        module = case.get("classname", "").replace(".", "/") + ".py"
        function = case.get("name", "").split("[")[0]
        failed.add(f"{module}::{function}")
    return frozenset(failed & set(tests))


def check_copy_runs_itself(tree: Path) -> None:
    """The copy's code, not the installed tree's, must be what the tests import."""
    found = subprocess.run(
        [sys.executable, "-c", "import tui, agenda; print(tui.__file__, agenda.__file__)"],
        env={**os.environ, "PYTHONPATH": str(tree)},
        cwd=tree.parent,
        capture_output=True,
        text=True,
        check=True,
    ).stdout.split()
    if not all(Path(f).is_relative_to(tree) for f in found):
        raise SystemExit(f"the copy does not run its own code: {found}")


def run(mutations: Sequence[Mutation]) -> list[Outcome]:
    named = sorted({test for m in mutations for test in m.tests})
    with tempfile.TemporaryDirectory(prefix="vliegwiel-mutant-") as scratch:
        clean = Path(scratch) / "clean"
        copy_tree(ROOT, clean)
        check_copy_runs_itself(clean)
        failing = failed_tests(clean, named)
        if failing:
            raise SystemExit(f"these tests fail without any mutation: {sorted(failing)}")
        outcomes = []
        for number, mutation in enumerate(mutations, start=1):
            tree = Path(scratch) / f"mutant-{number}"
            copy_tree(ROOT, tree)
            apply(mutation, tree)
            began = time.perf_counter()
            failed = failed_tests(tree, mutation.tests)
            outcomes.append(Outcome(mutation, failed, time.perf_counter() - began))
            shutil.rmtree(tree)
    return outcomes


def table(outcomes: Sequence[Outcome]) -> str:
    lines = ["| deliberate bug | file | test that must catch it | caught |", "|---|---|---|---|"]
    for outcome in outcomes:
        m = outcome.mutation
        for test in m.tests:
            caught = "yes" if test in outcome.failed else "**no**"
            lines.append(f"| {m.name} | `{m.path}` | `{test}` | {caught} |")
    return "\n".join(lines)


def main(argv: Sequence[str]) -> int:
    chosen = [m for m in MUTATIONS if not argv or any(a in m.name for a in argv)]
    began = time.perf_counter()
    outcomes = run(chosen)
    print(table(outcomes))  # noqa: T201
    survived = [o.mutation.name for o in outcomes if set(o.mutation.tests) - o.failed]
    seconds = time.perf_counter() - began
    print(f"\n{len(outcomes)} bugs, {len(outcomes) - len(survived)} caught, {seconds:.0f} s")  # noqa: T201
    for name in survived:
        print(f"SURVIVED: {name}")  # noqa: T201
    return 1 if survived else 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
