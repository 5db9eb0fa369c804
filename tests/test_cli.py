"""The command line: sentences and exit code 2 on errors, never a traceback."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from agenda.storage import Store
from tests.factories import make_case
from tui.cli import main


def run(
    *args: str, env: dict[str, str] | None = None, stdin: str = ""
) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "tui", *args],
        capture_output=True,
        text=True,
        input=stdin,
        check=False,
        env={**os.environ, "VLIEGWIEL_LANG": "", **(env or {})},
    )


def test_version() -> None:
    result = run("--version")
    assert result.returncode == 0
    assert result.stdout.strip() == "vliegwiel 0.1.0"


@pytest.mark.parametrize(
    ("args", "sentence"),
    [
        (["--bogus"], "onbekend: --bogus. Zie: vliegwiel --help"),
        (["--lang", "fr", "cases"], "Onbekende taal ‘fr’; kies nl of en."),
        (["cases", "--lang", "fr"], "Onbekende taal ‘fr’; kies nl of en."),
        (["erase"], "dit ontbreekt nog: CASUS. Zie: vliegwiel --help"),
        (["--lang", "en", "erase"], "the following arguments are required: CASE. See:"),
        (["erase", "Niemand", "--yes"], "Er is geen casus ‘Niemand’."),
        (["erase", "../..", "--yes"], "Er is geen casus ‘../..’."),
    ],
)
def test_errors_are_one_sentence_and_exit_2(tmp_path: Path, args: list[str], sentence: str) -> None:
    result = run("--data-dir", str(tmp_path), *args)
    assert result.returncode == 2
    assert sentence in result.stderr
    assert "Traceback" not in result.stderr
    assert len(result.stderr.strip().splitlines()) == 1


def test_environment_chooses_the_language(tmp_path: Path) -> None:
    result = run(
        "--data-dir", str(tmp_path), "erase", "Niemand", "--yes", env={"VLIEGWIEL_LANG": "en"}
    )
    assert result.stderr.startswith("There is no case ‘Niemand’.")


def test_second_instance_is_refused(tmp_path: Path) -> None:
    with Store(tmp_path):
        result = run("cases", "--data-dir", str(tmp_path))
    assert result.returncode == 2
    assert result.stderr.startswith("Vliegwiel draait al op deze gegevensmap")


def test_cases_lists_aliases_and_figures(tmp_path: Path) -> None:
    with Store(tmp_path) as store:
        store.save_case(make_case("Casus Y"))
    result = run("cases", "--data-dir", str(tmp_path))
    assert result.returncode == 0
    assert "Casus Y" in result.stdout


def test_erase_without_yes_needs_a_terminal(tmp_path: Path) -> None:
    with Store(tmp_path) as store:
        store.save_case(make_case("Casus Y"))
    result = run("erase", "Casus Y", "--data-dir", str(tmp_path))
    assert result.returncode == 2
    assert "Wissen vraagt om bevestiging" in result.stderr


def test_erase_with_yes_deletes_the_case(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    with Store(tmp_path) as store:
        case = make_case("Casus Y")
        store.save_case(case)
    assert main(["--data-dir", str(tmp_path), "erase", "casus y", "--yes"]) == 0
    assert "Alle gegevens van ‘Casus Y’ zijn gewist" in capsys.readouterr().out
    assert not (tmp_path / "cases" / case.id).exists()


def test_a_bug_is_reported_without_its_message(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    def explode(*_: object) -> int:
        raise ValueError("Geheime tekst over het kind")

    monkeypatch.setattr("tui.cli._cases", explode)
    assert main(["--data-dir", str(tmp_path), "cases"]) == 2
    err = capsys.readouterr().err
    assert "ValueError" in err and "Geheime" not in err


def test_a_case_with_a_damaged_file_can_be_erased_by_its_id(tmp_path: Path) -> None:
    with Store(tmp_path) as store:
        case = make_case("Kapot")
        store.save_case(case)
    (tmp_path / "cases" / case.id / "case.json").write_bytes(b"{kapot")
    result = run("erase", case.id, "--yes", "--data-dir", str(tmp_path))
    assert result.returncode == 0, result.stderr
    assert not (tmp_path / "cases" / case.id).exists()
