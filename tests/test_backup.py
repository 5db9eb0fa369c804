"""Backup and restore through the command line: every case comes back exactly.

"Exactly" is measured the way a chair would notice a difference: the case list, the
minutes of every meeting (in the app's writer and as `vliegwiel export` writes them,
byte for byte), the follow-through and load figures, and, stricter still, every stored
file byte for byte.
"""

from __future__ import annotations

import dataclasses
import os
import subprocess
import sys
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

import pytest

from agenda.backup.contents import index, pack
from agenda.backup.restore import Choice, Clash, Outcome, carry_out, plan_restore
from agenda.i18n import Messages
from agenda.storage import Store
from tests.backup_data import (
    CHEAP,
    case_files,
    exports,
    files_of,
    make_folder,
    passphrase_file,
    views,
)
from tui.cli import main
from tui.cli_backup import backup

T = Messages("nl")


@dataclass(frozen=True)
class Setup:
    data: Path
    password: Path


@pytest.fixture
def setup(tmp_path: Path) -> Setup:
    """A data folder with four cases (see `tests.backup_data`) and a passphrase file."""
    data = tmp_path / "data"
    make_folder(data)
    return Setup(data, passphrase_file(tmp_path))


def make_backup(data: Path, target: Path, password: Path, *cases: str) -> None:
    with Store(data) as store:
        assert backup(store, T, cases, target, str(password), cost=CHEAP) == 0


def restore(data: Path, bundle: Path, password: Path, *extra: str) -> int:
    return main(
        [
            "restore",
            str(bundle),
            "--passphrase-file",
            str(password),
            "--data-dir",
            str(data),
            *extra,
        ]
    )


def test_backup_erase_restore_gives_every_case_back_exactly(
    setup: Setup, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    data, password = setup.data, setup.password
    before = views(data), exports(data, tmp_path / "before", capsys), case_files(data)
    bundle = tmp_path / "usb" / "back-up.vwb"
    bundle.parent.mkdir()
    make_backup(data, bundle, password)
    with Store(data) as store:
        ids = store.case_folder_ids()
    for case_id in ids:
        assert main(["erase", case_id, "--yes", "--data-dir", str(data)]) == 0
    assert case_files(data) == {}
    capsys.readouterr()

    assert restore(data, bundle, password) == 0
    out = capsys.readouterr().out
    assert out.count("is teruggezet.") == len(ids) == 4

    after = views(data), exports(data, tmp_path / "after", capsys), case_files(data)
    assert after[0] == before[0]  # summaries, every meeting's minutes, figures
    assert after[1] == before[1]  # `vliegwiel export` of every meeting date, byte for byte
    assert after[2] == before[2]  # every stored file, byte for byte
    assert sum(len(view.minutes) for view in after[0].values()) == 18


def test_a_handover_bundle_of_one_case_restores_on_another_laptop(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """The real default cost, through `main` as the chair types it."""
    data, other = tmp_path / "data", tmp_path / "new-laptop"
    make_folder(data)
    password = passphrase_file(tmp_path)
    bundle = tmp_path / "overdracht.vwb"
    args = ["--data-dir", str(data), "--passphrase-file", str(password)]
    assert main(["backup", "Casus 01", "-o", str(bundle), *args]) == 0
    assert "1 casus(sen)" in capsys.readouterr().out
    handed = views(data)["case000"]
    listed = main(["cases", "--data-dir", str(data)])
    rows = [line for line in capsys.readouterr().out.splitlines() if "Casus 01" in line]
    assert listed == 0 and len(rows) == 1

    assert restore(other, bundle, password) == 0
    assert capsys.readouterr().out == "‘Casus 01’ is teruggezet.\n"
    assert main(["cases", "--data-dir", str(other)]) == 0
    assert capsys.readouterr().out.splitlines()[1:] == rows
    assert views(other) == {"case000": handed}
    mine = {k: v for k, v in exports(data, tmp_path / "mine", capsys).items() if "case000" in k}
    assert exports(other, tmp_path / "theirs", capsys) == mine
    assert len(mine) == 8
    theirs = case_files(other)
    assert theirs == {k: v for k, v in case_files(data).items() if k.startswith("case000/")}


def test_only_a_backup_of_every_case_counts_as_the_last_backup(
    setup: Setup, tmp_path: Path
) -> None:
    data, password = setup.data, setup.password
    make_backup(data, tmp_path / "one.vwb", password, "Casus 01")
    with Store(data) as store:
        assert store.load_settings().last_backup is None
    make_backup(data, tmp_path / "all.vwb", password)
    with Store(data) as store:
        assert store.load_settings().last_backup is not None


def test_restore_over_an_existing_case_refuses_without_a_terminal_and_changes_nothing(
    setup: Setup, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    data, password = setup.data, setup.password
    bundle = tmp_path / "b.vwb"
    make_backup(data, bundle, password)
    unchanged = files_of(data)
    capsys.readouterr()
    assert restore(data, bundle, password) == 2
    err = capsys.readouterr().err
    with Store(data) as store:
        first = store.case_folder_ids()[0]
    assert f"De casus met id {first} (zie: vliegwiel cases) staat al in deze gegevensmap" in err
    assert "--as-new" in err
    assert len(err.strip().splitlines()) == 1
    assert files_of(data) == unchanged


def test_as_new_keeps_both_under_a_new_id_and_says_so(
    setup: Setup, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    data, password = setup.data, setup.password
    bundle = tmp_path / "b.vwb"
    make_backup(data, bundle, password, "Casus 01")
    before = case_files(data)
    capsys.readouterr()

    assert restore(data, bundle, password, "--as-new") == 0
    out = capsys.readouterr().out
    with Store(data) as store:
        listing = store.list_cases().cases
        copy = next(s for s in listing if s.alias == "Casus 01 (hersteld)")
        assert (
            out
            == f"‘Casus 01’ is teruggezet als nieuwe casus ‘Casus 01 (hersteld)’ (id {copy.id}).\n"
        )
        assert copy.id != "case000" and len(listing) == 5
        assert store.load_case(copy.id).id == copy.id
        meetings = [store.load_meeting(copy.id, r.id) for r in store.list_meetings(copy.id)]
        assert len(meetings) == 8
        assert {m.case_id for m in meetings} == {copy.id}
        assert {m.minutes_file for m in meetings} == {None}
        folders = store.case_folder_ids()
    assert len(folders) == len(set(folders)) == 5
    after = case_files(data)
    assert {k: v for k, v in after.items() if k in before} == before  # the original is untouched
    views_after = views(data)
    original, restored = views_after["case000"], views_after[copy.id]
    assert restored.follow_through == original.follow_through
    assert restored.board == original.board
    renamed = {k: v.replace("Casus 01 (hersteld)", "Casus 01") for k, v in restored.minutes.items()}
    assert renamed == original.minutes

    assert restore(data, bundle, password, "--as-new") == 0  # and again: a third, told apart
    assert "‘Casus 01 (hersteld 2)’" in capsys.readouterr().out


def test_restore_respects_the_running_app_and_changes_nothing(setup: Setup, tmp_path: Path) -> None:
    data, password = setup.data, setup.password
    bundle = tmp_path / "b.vwb"
    make_backup(data, bundle, password)
    pw_and_data = ["--passphrase-file", str(password), "--data-dir", str(data)]
    with Store(data):  # the app, running
        unchanged = files_of(data)
        result = subprocess.run(
            [sys.executable, "-m", "tui", "restore", str(bundle), "--as-new", *pw_and_data],
            capture_output=True,
            text=True,
            check=False,
            env={**os.environ, "VLIEGWIEL_LANG": ""},
        )
        assert files_of(data) == unchanged
    assert result.returncode == 2
    assert result.stderr.startswith("Vliegwiel draait al op deze gegevensmap")


@pytest.mark.parametrize(
    ("content", "sentence"),
    [
        ("", "Een lege wachtzin kan niet"),
        ("kort", "minstens 12 tekens"),
        ("\ufeffpaard batterij nietje correct\r\nandere regel", None),
    ],
    ids=["empty", "short", "bom-crlf"],
)
def test_a_new_passphrase_from_a_file(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], content: str, sentence: str | None
) -> None:
    data = tmp_path / "data"
    make_folder(data)
    password = tmp_path / "pw"
    password.write_bytes(content.encode("utf-8"))
    target = tmp_path / "b.vwb"
    with Store(data) as store:
        if sentence is None:
            assert backup(store, T, [], target, str(password), cost=CHEAP) == 0
    if sentence is None:
        # The first line, without BOM and line ending, is the passphrase.
        assert restore(tmp_path / "elsewhere", target, passphrase_file(tmp_path)) == 0
        return
    assert (
        main(
            [
                "backup",
                "-o",
                str(target),
                "--passphrase-file",
                str(password),
                "--data-dir",
                str(data),
            ]
        )
        == 2
    )
    assert sentence in capsys.readouterr().err
    assert not target.exists()


def test_backup_without_a_terminal_or_passphrase_file_says_how(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    data = tmp_path / "data"
    make_folder(data)
    assert main(["backup", "-o", str(tmp_path / "b.vwb"), "--data-dir", str(data)]) == 2
    assert "--passphrase-file" in capsys.readouterr().err
    assert not (tmp_path / "b.vwb").exists()


def test_backup_does_not_write_over_a_file_that_is_not_a_backup(
    setup: Setup, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    data, password = setup.data, setup.password
    notes = tmp_path / "notulen.md"
    notes.write_text("# Notulen\n")
    assert (
        main(
            [
                "backup",
                "-o",
                str(notes),
                "--passphrase-file",
                str(password),
                "--data-dir",
                str(data),
            ]
        )
        == 2
    )
    assert "bestaat al en is geen back-up van Vliegwiel" in capsys.readouterr().err
    assert notes.read_text() == "# Notulen\n"
    # An older backup is replaced; a folder gets a dated file inside.
    bundle = tmp_path / "b.vwb"
    make_backup(data, bundle, password)
    first = bundle.read_bytes()
    make_backup(data, bundle, password)
    assert bundle.read_bytes() != first
    folder = tmp_path / "usb"
    folder.mkdir()
    make_backup(data, folder, password)
    assert [p.name for p in folder.iterdir()] == [f"vliegwiel-back-up-{_today()}.vwb"]


def _today() -> str:
    return date.today().isoformat()


def test_a_damaged_case_stops_the_backup_in_a_sentence_naming_its_file(
    setup: Setup, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    data, password = setup.data, setup.password
    damaged = data / "cases" / "case001" / "actions.json"
    damaged.write_bytes(b"{kapot")
    target = tmp_path / "b.vwb"
    args = ["--passphrase-file", str(password), "--data-dir", str(data)]
    assert main(["backup", "-o", str(target), *args]) == 2
    err = capsys.readouterr().err
    assert str(damaged) in err and "Er is geen back-up gemaakt" in err
    assert not target.exists()
    assert damaged.read_bytes() == b"{kapot"


@pytest.mark.parametrize("backup_is_newer", [True, False], ids=["backup newer", "here newer"])
def test_keeping_the_newer_one_compares_when_each_was_last_saved(
    setup: Setup, tmp_path: Path, backup_is_newer: bool
) -> None:
    asked: list[Clash] = []

    def keep_newer(clash: Clash) -> Choice:
        asked.append(clash)
        return Choice.NEWER

    with Store(setup.data) as store:
        contents = pack(store, ["case001"], datetime.now(UTC))  # the backup, then a change here
        store.save_case(store.load_case("case001").model_copy(update={"alias": "Hier"}))
        (case,) = index(contents)
        shift = timedelta(days=1 if backup_is_newer else -1)
        case = dataclasses.replace(case, saved=datetime.now(UTC) + shift)
        before = case_files(setup.data)
        planned = plan_restore(store, [case], T, as_new=False, decide=keep_newer)
        assert planned is not None
        carry_out(store, contents, planned)
        alias = store.load_case("case001").alias
    (clash,) = asked
    assert (clash.id, clash.alias, clash.here_meetings, clash.backup_meetings) == (
        "case001",
        "Hier",
        8,
        8,
    )
    assert clash.backup_is_newer is backup_is_newer
    if backup_is_newer:
        assert [p.outcome for p in planned] == [Outcome.REPLACED]
        assert alias == "Casus 02"
    else:
        assert [p.outcome for p in planned] == [Outcome.KEPT]
        assert alias == "Hier"
        assert case_files(setup.data) == before


def test_stopping_at_a_question_changes_nothing(setup: Setup) -> None:
    with Store(setup.data) as store:
        cases = index(pack(store, store.case_folder_ids(), datetime.now(UTC)))
        before = files_of(setup.data)
        assert plan_restore(store, cases, T, as_new=False, decide=lambda _: Choice.STOP) is None
    assert files_of(setup.data) == before
