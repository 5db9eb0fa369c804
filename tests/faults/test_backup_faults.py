"""Backups against damage, strangers' files, wrong passphrases, crashes and prying eyes.

Every byte of a backup is changed in turn, and the file is cut off at every length: each
is refused in its own sentence before any passphrase is asked. Through the command line,
a sample of them, wrong passphrases and other programs' files each give one sentence,
exit code 2 and a data folder that is byte for byte and mode for mode what it was (the
same restore of the intact file would have added four cases, so the check can fail).
The backup holds no case text in any encoding; its files are private; and a restore
killed at each step leaves each case whole, old or new, never both with one id.
"""

from __future__ import annotations

import hashlib
import json
import os
import shutil
import subprocess
import sys
import textwrap
import unicodedata
import zipfile
import zlib
from datetime import UTC, datetime
from pathlib import Path

import pytest

from agenda.backup.contents import index, pack
from agenda.backup.sealed import HEADER, inspect, seal, unseal
from agenda.errors import VliegwielError
from agenda.i18n import Messages
from agenda.storage import Store
from tests.backup_data import (
    CHEAP,
    PASSPHRASE,
    SECRET,
    Folder,
    case_files,
    files_of,
    make_folder,
    passphrase_file,
)
from tests.faults.conftest import Figures
from tests.faults.test_erase import forms, holding
from tests.faults.test_permissions import lax_modes
from tui.cli import main
from tui.cli_backup import backup

pytestmark = pytest.mark.faults

T = Messages("nl")
SENTENCES = {
    "backup.not_ours": "geen back-up van Vliegwiel",
    "backup.cut_off": "onvolledig",
    "backup.damaged": "beschadigd",
    "backup.wrong_passphrase": "wachtzin past niet",
    "backup.other_version": "andere versie van Vliegwiel",
}


@pytest.fixture(scope="module")
def made(tmp_path_factory: pytest.TempPathFactory) -> tuple[Folder, Path]:
    """A data folder and a backup of all its cases (cheap scrypt, the real format)."""
    root = tmp_path_factory.mktemp("backup")
    folder = make_folder(root / "data")
    bundle = root / "b.vwb"
    with Store(folder.data) as store:
        backup(store, T, [], bundle, str(passphrase_file(root)), cost=CHEAP)
    return folder, bundle


def refusal(data: bytes) -> str:
    """The catalogue key `inspect` refuses `data` with ("" when it accepts it)."""
    try:
        inspect(data)
    except VliegwielError as error:
        return error.key
    return ""


def test_every_changed_byte_and_every_cut_is_named_before_the_passphrase(
    made: tuple[Folder, Path], figures: Figures
) -> None:
    intact = made[1].read_bytes()
    assert refusal(intact) == ""
    flipped = {}
    for position in range(len(intact)):
        for bit in (0x01, 0x80):
            damaged = bytearray(intact)
            damaged[position] ^= bit
            flipped[position, bit] = refusal(bytes(damaged))
    cuts = {length: refusal(intact[:length]) for length in range(len(intact))}
    longer = refusal(intact + b"\n")
    figures.record("backup bytes, each changed twice", len(intact))
    figures.add(
        "changed bytes not called damaged",
        sum(k != "backup.damaged" for k in flipped.values()),
        "0",
    )
    figures.add(
        "cuts not called incomplete", sum(k != "backup.cut_off" for k in cuts.values()), "0"
    )
    assert set(flipped.values()) == {"backup.damaged"}
    assert set(cuts.values()) == {"backup.cut_off"}
    assert longer == "backup.damaged"


def other_programs_files(tmp_path: Path, made: tuple[Folder, Path]) -> dict[str, bytes]:
    archive = tmp_path / "a.zip"
    with zipfile.ZipFile(archive, "w") as z:
        z.writestr("notulen.md", "# Notulen\n")
    case_json = next((made[0].data / "cases").glob("*/case.json"))
    return {
        "zip": archive.read_bytes(),
        "png": b"\x89PNG\r\n\x1a\n" + bytes(200),
        "pdf": b"%PDF-1.7\n" + b"x" * 200,
        "json": json.dumps({"cases": []}).encode(),
        "case.json": case_json.read_bytes(),
        "text": b"Vliegwiel back-up van maandag\n" * 20,
        "utf-16": "Vliegwiel backup".encode("utf-16"),
        "random": os.urandom(500),
    }


def test_files_of_other_programs_are_not_backups(
    tmp_path: Path, made: tuple[Folder, Path], figures: Figures
) -> None:
    files = other_programs_files(tmp_path, made)
    found = {name: refusal(data) for name, data in files.items()}
    figures.add(
        "other programs' files refused as such", sum(k == "backup.not_ours" for k in found.values())
    )
    assert set(found.values()) == {"backup.not_ours"}


def test_the_passphrase_opens_it_only_when_it_is_the_same_text(made: tuple[Folder, Path]) -> None:
    sealed = inspect(made[1].read_bytes())
    composed = "café paard batterij nietje"
    for wrong in (
        "een heel andere wachtzin",
        PASSPHRASE.upper(),
        PASSPHRASE + " ",
        PASSPHRASE[:-1],
    ):
        with pytest.raises(VliegwielError) as refused:
            unseal(sealed, wrong)
        assert refused.value.key == "backup.wrong_passphrase"
    assert unseal(sealed, PASSPHRASE)
    # Typed on a Mac (decomposed é) or on Windows (composed é): the same passphrase.
    again = inspect(seal(b"x", unicodedata.normalize("NFD", composed), CHEAP))
    assert unseal(again, unicodedata.normalize("NFC", composed)) == b"x"


def test_parameters_that_would_exhaust_memory_are_not_used() -> None:
    """A crafted header asking scrypt for 16 GiB (n = 2**24, r = 8), checksums right."""
    made = seal(b"x", PASSPHRASE, CHEAP)
    fields = list(HEADER.unpack_from(made))
    fields[2] = 2**24
    header = HEADER.pack(*fields)
    body = header + zlib.crc32(header).to_bytes(4, "big") + made[HEADER.size + 4 : -32]
    crafted = body + hashlib.sha256(body).digest()
    assert refusal(made) == ""
    assert refusal(crafted) == "backup.other_version"


@pytest.mark.parametrize(
    "kind",
    [
        "wrong passphrase",
        "changed byte",
        "cut off",
        "another program",
        "another version",
        "missing",
        "intact",
    ],
)
def test_each_refusal_through_the_command_line_changes_nothing(
    tmp_path: Path,
    made: tuple[Folder, Path],
    kind: str,
    capsys: pytest.CaptureFixture[str],
    figures: Figures,
) -> None:
    folder, bundle = made
    data = tmp_path / "data"
    shutil.copytree(folder.data, data)
    intact = bundle.read_bytes()
    given = tmp_path / "given.vwb"
    password = passphrase_file(tmp_path)
    wanted = {
        "wrong passphrase": "backup.wrong_passphrase",
        "changed byte": "backup.damaged",
        "cut off": "backup.cut_off",
        "another program": "backup.not_ours",
        "another version": "backup.other_version",
        "missing": "",
        "intact": "",
    }[kind]
    if kind == "wrong passphrase":
        password = passphrase_file(tmp_path, "een heel andere wachtzin")
    if kind == "changed byte":
        changed = bytearray(intact)
        changed[len(intact) // 2] ^= 0x10
        intact = bytes(changed)
    if kind == "cut off":
        intact = intact[: len(intact) * 2 // 3]
    if kind == "another program":
        intact = other_programs_files(tmp_path, made)["zip"]
    if kind == "another version":  # sealed right, with contents this version cannot read
        intact = seal(zlib.compress(b'{"format": 2}\n{"end": 0}\n'), PASSPHRASE, CHEAP)
    if kind != "missing":
        given.write_bytes(intact)
    before = files_of(data)

    args = ["restore", str(given), "--as-new", "--passphrase-file", str(password)]
    code = main([*args, "--data-dir", str(data)])
    out, err = capsys.readouterr()

    if kind == "intact":  # the control: the same command does change the folder
        assert code == 0 and err == ""
        assert len(files_of(data)) > len(before)
        return
    figures.add("refused restores, folder changed afterwards", int(files_of(data) != before), "0")
    assert code == 2 and out == ""
    assert len(err.strip().splitlines()) == 1
    expected = T(wanted) if wanted else T("cli.restore.unreadable", path=str(given))
    assert err == expected + "\n"
    assert SENTENCES.get(wanted, "kan niet gelezen worden") in err
    assert files_of(data) == before


def test_the_backup_holds_no_case_text(made: tuple[Folder, Path], figures: Figures) -> None:
    folder, bundle = made
    assert holding(folder.data, SECRET)  # the search finds the text where it is
    raw = bundle.read_bytes()
    assert folder.typed.filled  # every typed field holds SECRET and a number
    leaks = [form for form in forms(SECRET) if form in raw]
    # Its longer words alone too (a two-byte word turns up by chance in random bytes).
    words = [w for w in SECRET.split() if len(w.encode()) >= 5 and w.encode() in raw]
    figures.record("typed fields whose text was looked for in the backup", len(folder.typed.filled))
    figures.add("forms of the text found in the backup", len(leaks) + len(words), "0")
    assert leaks == [] and words == []
    # The contents before encryption do hold it: the encryption is what hides it.
    with Store(folder.data) as store:
        contents = pack(store, [folder.typed.case.id], datetime.now(UTC))
    assert any(form in zlib.decompress(contents) for form in forms(SECRET))


@pytest.mark.skipif(os.name == "nt", reason="POSIX permissions")
@pytest.mark.usefixtures("open_umask")
def test_the_backup_and_the_restored_cases_are_private(
    tmp_path: Path, made: tuple[Folder, Path], figures: Figures
) -> None:
    folder, _ = made
    data = tmp_path / "data"
    shutil.copytree(folder.data, data)
    password = passphrase_file(tmp_path)
    bundle = tmp_path / "b.vwb"
    with Store(data) as store:
        backup(store, T, [], bundle, str(password), cost=CHEAP)
    assert oct(bundle.stat().st_mode & 0o777) == oct(0o600)
    fresh = tmp_path / "fresh"
    args = ["--passphrase-file", str(password), "--data-dir"]
    assert main(["restore", str(bundle), *args, str(fresh)]) == 0
    assert main(["restore", str(bundle), "--as-new", *args, str(data)]) == 0
    lax = lax_modes(fresh) + lax_modes(data)
    figures.add("restored files or folders with other modes", len(lax), "0")
    assert lax == []
    assert not (data / ".restoring").exists() and not (fresh / ".restoring").exists()


CRASHING_RESTORE = """
import dataclasses, os, sys
from datetime import timedelta
from pathlib import Path
from agenda.backup import restore
from agenda.backup.contents import index
from agenda.i18n import Messages
from agenda.storage import Store
from agenda.storage import case_copy

data, contents, moment, step = Path(sys.argv[1]), Path(sys.argv[2]), sys.argv[3], int(sys.argv[4])
real, calls = case_copy.move_into_place, []
def dying(source, target):
    calls.append(1)
    if moment == "before" and len(calls) == step:
        os._exit(9)
    real(source, target)
    if moment == "after" and len(calls) == step:
        os._exit(9)
case_copy.move_into_place = dying
packed = contents.read_bytes()
(case,) = index(packed)
newer = dataclasses.replace(case, saved=case.saved + timedelta(days=1))
with Store(data) as store:
    planned = restore.plan_restore(store, [newer], Messages("nl"), as_new=False,
                                   decide=lambda clash: restore.Choice.NEWER)
    restore.carry_out(store, packed, planned)
"""


@pytest.mark.parametrize(
    ("moment", "step", "expected"),
    [("before", 1, "old"), ("before", 2, "old"), ("after", 2, "new"), ("never", 0, "new")],
    ids=[
        "before moving the old aside",
        "before moving the new in",
        "before removing the old",
        "no crash",
    ],
)
def test_a_restore_killed_at_any_step_leaves_each_case_whole(
    tmp_path: Path,
    made: tuple[Folder, Path],
    moment: str,
    step: int,
    expected: str,
    figures: Figures,
) -> None:
    """The process dies (os._exit, no clean-up) at a step of replacing a case; the next
    start finds the old case or the new one, whole, and nothing left over."""
    folder, _ = made
    data = tmp_path / "data"
    shutil.copytree(folder.data, data)
    contents = tmp_path / "contents"
    with Store(data) as store:  # a backup of case001, then a change to it here
        contents.write_bytes(pack(store, ["case001"], datetime.now(UTC)))
        store.save_case(store.load_case("case001").model_copy(update={"alias": "Hier"}))
    old = case_files(data)
    result = subprocess.run(
        [
            sys.executable,
            "-c",
            textwrap.dedent(CRASHING_RESTORE),
            str(data),
            str(contents),
            moment,
            str(step),
        ],
        capture_output=True,
        text=True,
        check=False,
        cwd=Path(__file__).resolve().parents[2],
    )
    assert result.returncode == (0 if moment == "never" else 9), result.stderr
    with Store(data) as store:  # the next start settles what the crash left
        aliases = {s.id: s.alias for s in store.list_cases().cases}
        ids = [store.load_case(i).id for i in store.case_folder_ids()]
    now = case_files(data)
    figures.add("restores killed, cases left mixed or doubled", int(ids != sorted(set(ids))), "0")
    assert not (data / ".restoring").exists()
    assert ids == store.case_folder_ids() == sorted(set(ids))
    others = {k: v for k, v in old.items() if not k.startswith("case001/")}
    assert {k: v for k, v in now.items() if not k.startswith("case001/")} == others
    ours = {k: v for k, v in now.items() if k.startswith("case001/")}
    if expected == "old":
        assert ours == {k: v for k, v in old.items() if k.startswith("case001/")}
        assert aliases["case001"] == "Hier"
    else:
        assert aliases["case001"] == "Casus 02"
        assert set(ours) == {k for k in old if k.startswith("case001/")}


def test_contents_that_are_incomplete_or_doubled_are_not_restored(
    made: tuple[Folder, Path],
) -> None:
    """What the tag cannot catch, a bug could write: a case without its end, or twice."""
    lines = zlib.decompress(unseal(inspect(made[1].read_bytes()), PASSPHRASE)).splitlines()
    head, first_case, end = lines[0], lines[1], lines[-1]
    first_files = [line for line in lines[2:] if line.startswith(b'{"file"')][:3]
    broken = {
        "no end": lines[:-1],
        "twice": [head, first_case, *first_files, first_case, *first_files, end],
        "no case file": [head, first_case, lines[3], b'{"end":1}'],
        "wrong count": [head, first_case, *first_files, b'{"end":2}'],
    }
    assert index(zlib.compress(b"\n".join(lines) + b"\n"))
    for name, kept in broken.items():
        with pytest.raises(VliegwielError) as refused:
            index(zlib.compress(b"\n".join(kept) + b"\n"))
        assert refused.value.key == "backup.other_version", name
