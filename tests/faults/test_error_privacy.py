"""Privacy of errors: no error, traceback, log record or CLI message repeats a case's text.

The terminal may be shared in a video call, and a traceback or a log ends up in places
nobody thinks of. Every fault from this suite is raised against a case that has one
recognisable text in every field, and everything it produces is searched for that text:
`str(error)`, its sentence in both languages, the formatted traceback (what a crash
report would show), the CLI's stderr, and any log record.
"""

from __future__ import annotations

import ast
import errno
import json
import logging
import traceback
from collections.abc import Callable
from functools import partial
from pathlib import Path

import pytest
from pydantic import ValidationError

from agenda.actions import Action, Bearable, check_new_action
from agenda.case import Case, TeamMember
from agenda.case_form import CaseForm, apply_form, form_of
from agenda.errors import (
    AlreadyRunning,
    Invalid,
    VliegwielError,
    describe_crash,
    validation_problems,
)
from agenda.i18n import LANGUAGES, Messages
from agenda.storage import MeetingRef, Store
from agenda.template_files import read_template
from tests.conftest import TODAY
from tests.factories import make_case
from tests.faults.conftest import SECRET, Figures, TwoCases
from tests.faults.damage import COMBINATIONS, FILES, spoil
from tui.cli import _chosen_meeting, _language, build_parser, main

pytestmark = pytest.mark.faults

LEAKS = ("Geheim", "Jansen")
"""The ASCII words of the case's text: found in it as typed and as JSON escapes alike."""
ROOT = Path(__file__).resolve().parents[2]


def outputs(error: BaseException) -> list[str]:
    """Everything an error can show: its str, its sentences, its traceback."""
    shown = [str(error), "".join(traceback.format_exception(error))]
    if isinstance(error, VliegwielError):
        shown += [error.explain(Messages(lang)) for lang in LANGUAGES]
    return shown


def errors_of(steps: list[Callable[[], object]]) -> list[BaseException]:
    caught: list[BaseException] = []
    for step in steps:
        try:
            step()
        except VliegwielError as error:
            caught.append(error)
    return caught


def assert_private(shown: list[str]) -> None:
    leaking = [text for text in shown if any(word in text for word in LEAKS)]
    assert leaking == [], leaking[0][:300]


@pytest.mark.parametrize(("target", "damage"), COMBINATIONS)
def test_damaged_files_are_reported_without_the_case_text(
    two_cases: TwoCases,
    capsys: pytest.CaptureFixture[str],
    caplog: pytest.LogCaptureFixture,
    target: str,
    damage: str,
    figures: Figures,
) -> None:
    caplog.set_level(logging.DEBUG)
    data, sc = two_cases.data, two_cases.victim
    _, reads, writes = FILES[target]
    with Store(data) as store:
        spoil(store, sc, target, damage)
        errors = errors_of([partial(step, store, sc) for step in reads + writes])
    assert errors
    main(["cases", "--data-dir", str(data)])
    main(["erase", sc.case.id, "--yes", "--data-dir", str(data)])
    _, err = capsys.readouterr()
    shown = [text for error in errors for text in outputs(error)] + [err]
    shown += [record.getMessage() for record in caplog.records]
    assert_private(shown)
    figures.add("error outputs searched (damaged files)", len(shown))


def test_a_stored_pair_of_namesakes_is_reported_without_the_name(two_cases: TwoCases) -> None:
    """Pydantic puts the clashing name in its error context; it must not come through."""
    data, sc = two_cases.data, two_cases.victim
    path = data / "cases" / sc.case.id / "case.json"
    tables = json.loads(path.read_bytes())
    team = tables["case"]["1"]["team"]
    team[1]["name"] = team[0]["name"]
    path.write_text(json.dumps(tables))
    with Store(data) as store, pytest.raises(VliegwielError) as caught:
        store.load_case(sc.case.id)
    assert_private(outputs(caught.value))


def test_write_failures_lock_refusals_and_crashes_say_nothing_of_the_case(
    two_cases: TwoCases,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
    caplog: pytest.LogCaptureFixture,
    figures: Figures,
) -> None:
    caplog.set_level(logging.DEBUG)
    data, sc = two_cases.data, two_cases.victim

    def full(fd: int, data: bytes) -> int:
        raise OSError(errno.ENOSPC, f"no space for {SECRET}")  # even a chatty OS error

    with Store(data) as store:
        with monkeypatch.context() as patch:
            patch.setattr("agenda.storage.files.os.write", full)
            errors = errors_of(
                [
                    lambda: store.save_meeting(sc.meeting),
                    lambda: store.save_case(sc.case),
                    lambda: store.close_meeting(sc.case, sc.meeting),
                ]
            )
        errors += errors_of([lambda: Store(data)])
        assert main(["cases", "--data-dir", str(data)]) == 2  # locked

    def crash(self: Store) -> object:
        raise RuntimeError(f"unexpected {SECRET}")

    monkeypatch.setattr(Store, "list_cases", crash)
    assert main(["cases", "--data-dir", str(data)]) == 2
    assert main(["erase", sc.case.alias, "--yes", "--data-dir", str(data)]) == 2
    out, err = capsys.readouterr()
    assert len(errors) == 4 and isinstance(errors[-1], AlreadyRunning)
    assert "Traceback" not in err
    shown = [text for error in errors for text in outputs(error)] + [out, err]
    shown += [describe_crash(RuntimeError(SECRET), Messages("nl"))]
    shown += [record.getMessage() for record in caplog.records]
    assert_private(shown)
    figures.add("error outputs searched (write, lock, crash)", len(shown))


def raised(action: Callable[[], object]) -> VliegwielError:
    """The error `action` raises, with its traceback, as the app would meet it."""
    with pytest.raises(VliegwielError) as caught:
        action()
    return caught.value


def carries(error: VliegwielError, typed: str) -> bool:
    """Whether the error was really built from `typed` (its sentence repeats it)."""
    return any(typed.casefold() in error.explain(Messages(lang)).casefold() for lang in LANGUAGES)


def test_errors_built_from_typed_text_keep_it_out_of_str_repr_and_tracebacks(
    tmp_path: Path, figures: Figures
) -> None:
    """Every place an error is built with what a person typed: the sentence for the
    person may repeat it; `str`, `repr`, the formatted traceback (with its chained
    causes) never do, so a log or a crash report cannot carry it."""
    case = make_case(alias=SECRET)
    t = Messages("nl")
    with Store(tmp_path / "data") as store:
        store.save_case(case)
        store.save_case(make_case(alias=SECRET.upper()))  # a namesake, for "ambiguous"
        other = make_case(alias="Ander")
        store.save_case(other)
        refs = store.list_meetings(other.id)
        errors = {
            "no such case (CLI, export, erase)": raised(lambda: store.find_case(f"{SECRET}?")),
            "two cases by that alias": raised(lambda: store.find_case(SECRET.lower())),
            "no meetings (CLI export)": raised(
                lambda: _chosen_meeting(store, other.id, refs, SECRET, "latest")
            ),
        }
    unknown_owner = Action(bearable=Bearable.YES, what=SECRET, owner=SECRET, created_on=TODAY)
    form = CaseForm(**{**form_of(case).__dict__, "analysis_deadline": SECRET})
    twins = [TeamMember(name=SECRET), TeamMember(name=SECRET)]
    template = tmp_path / "agenda.toml"
    template.write_text(
        f'title = "{SECRET}"\n[[steps]]\nkind = "{SECRET}"\nminutes = 5\ntitle = "x"\n',
        encoding="utf-8",
    )

    def namesakes() -> None:
        try:
            Case(alias="x", team=twins)
        except ValidationError as error:
            raise Invalid(validation_problems(error)) from None

    errors |= {
        "unknown owner of an action": raised(lambda: check_new_action(case, unknown_owner, TODAY)),
        "a date that is not one (case form)": raised(lambda: apply_form(case, form, t, TODAY)),
        "two members of one name": raised(namesakes),
        "not a screen kind (agenda file)": raised(lambda: read_template(template)),
        "unknown language (CLI)": raised(lambda: _language(SECRET)),
        "unknown command line (CLI)": raised(lambda: build_parser().parse_args([SECRET])),
        "no meeting on that date (CLI export)": raised(
            lambda: _chosen_meeting(
                store, other.id, [MeetingRef("m", TODAY, tmp_path)], SECRET, SECRET
            )
        ),
    }
    built_from_text = {what for what, error in errors.items() if carries(error, SECRET)}
    assert built_from_text == set(errors), "these did not carry the typed text at all"
    shown = [
        text
        for error in errors.values()
        for text in (str(error), repr(error), "".join(traceback.format_exception(error)))
    ]
    figures.add("errors built from typed text", len(errors))
    leaking = [
        text for text in shown for word in SECRET.split() if word.casefold() in text.casefold()
    ]
    assert leaking == [], leaking[0][:300]


def test_agenda_and_tui_neither_log_nor_print_outside_the_cli() -> None:
    """A source check: no logging at all, and `print` only in the command line modules."""
    found = []
    for path in sorted([*ROOT.glob("agenda/**/*.py"), *ROOT.glob("tui/**/*.py")]):
        where = path.relative_to(ROOT).as_posix()
        for node in ast.walk(ast.parse(path.read_text(), where)):
            if isinstance(node, ast.Import | ast.ImportFrom):
                names = [a.name for a in node.names]
                module = getattr(node, "module", None) or ""
                if {"logging", "warnings", "faulthandler"} & {module, *names} or "log" in names:
                    found.append(f"{where}:{node.lineno} imports {module or names}")
            if isinstance(node, ast.Call):
                func = node.func
                name = func.id if isinstance(func, ast.Name) else getattr(func, "attr", "")
                if name == "print" and where not in ("tui/cli.py", "tui/cli_backup.py"):
                    found.append(f"{where}:{node.lineno} print")
                if name in {"log", "print_exc", "print_exception", "print_stack"}:
                    found.append(f"{where}:{node.lineno} {name}")
                if name == "write" and "std" in ast.unparse(func):
                    found.append(f"{where}:{node.lineno} {ast.unparse(func)}")
    assert found == []
