"""A whole case as files, checked and put in place in one step (for `vliegwiel restore`).

A restored case is first written beside the cases, in `<data dir>/.restoring/`, with the
storage layer's atomic writes; only when all its files are there is its folder renamed
into `cases/`. A case that is replaced is first renamed aside, then removed. The staging
folder lies outside `cases/`, so that no moment exists at which two folders hold the same
case id, and a crash leaves either the old case or the new one in place, never a mix:
`settle_interrupted_restore` (run when a store opens) puts back a case that was renamed
aside and removes whatever else a crash left there.

A case folder copied by hand (`cases/<id> (1)/`, from a backup copy or a sync program) is
the same case under a folder of another name. `keep_copy` keeps it beside the original
the way `restore --as-new` does (`renamed`: a new id in every file, an alias that tells it
apart, no minutes file of the original's), or gives a lone renamed folder its name back.
"""

from __future__ import annotations

import contextlib
import copy
import re
import shutil
from collections.abc import Callable
from itertools import count
from pathlib import Path, PurePosixPath
from typing import TYPE_CHECKING

from agenda.case import Case
from agenda.errors import FileProblem, VliegwielError, WriteFailed
from agenda.ids import new_id
from agenda.meeting import Meeting
from agenda.storage.files import ensure_private_dir, move_into_place, sync_folder
from agenda.storage.store import (
    ACTIONS_FILE,
    CASE_FILE,
    MEETINGS,
    RESTORING,
    SAFE_ID,
    CaseSummary,
    check_tables,
)
from agenda.storage.tinyfile import AtomicJSONStorage, Tables

if TYPE_CHECKING:
    from agenda.storage.store import Store

CaseFiles = dict[str, Tables]
"""A case's files by their path inside its folder (`case.json`, `meetings/<name>.json`)."""

MEETING_FILE = re.compile(r"\d{4}-\d{2}-\d{2}_[A-Za-z0-9_-]{1,64}\.json")


def check_case_files(case_id: str, files: CaseFiles) -> None:
    """Files that the store itself could have written for this case, or `FileProblem`.

    Only the store's own file names, every document valid for its model, and the case's
    id the same in the case, its summary and every meeting: a restored case must read
    exactly as it did where it was saved.
    """
    if not SAFE_ID.fullmatch(case_id):
        raise VliegwielError("error.no_such_case", case=case_id)
    if CASE_FILE not in files:
        raise FileProblem(Path(case_id) / CASE_FILE, "error.reason.unreadable")
    for name, data in files.items():
        path = Path(case_id) / name
        parts = PurePosixPath(name).parts
        meeting_file = len(parts) == 2 and parts[0] == MEETINGS and MEETING_FILE.fullmatch(parts[1])
        if name not in (CASE_FILE, ACTIONS_FILE) and not meeting_file:
            raise FileProblem(path, "error.reason.not_tinydb")
        ids: list[str] = []
        for model in (m for models in check_tables(path, data).values() for m in models):
            if isinstance(model, Case | CaseSummary):
                ids.append(model.id)
            elif isinstance(model, Meeting):
                ids.append(model.case_id)
                if parts[-1] != f"{model.started.date().isoformat()}_{model.id}.json":
                    raise FileProblem(path, "error.reason.invalid", field="started")
        if any(found != case_id for found in ids):
            raise FileProblem(path, "error.reason.invalid", field="case_id")


def install(store: Store, case_id: str, files: CaseFiles, *, checked: bool = False) -> None:
    """Write the case's files aside, then rename its folder into place (see above)."""
    if not checked:
        check_case_files(case_id, files)
    staging = store.data_dir / RESTORING
    ensure_private_dir(staging)
    new = staging / f"new-{case_id}"
    target = store.case_dir(case_id)
    try:
        _write_all(new, files)
        if target.exists():
            old = staging / f"old-{case_id}"
            move_into_place(target, old)
            try:
                move_into_place(new, target)
            except WriteFailed:
                move_into_place(old, target)  # the case as it was
                raise
            shutil.rmtree(old)
        else:
            move_into_place(new, target)
    finally:
        _remove_quietly(new)
        with contextlib.suppress(OSError):
            staging.rmdir()  # only when empty


def _write_all(folder: Path, files: CaseFiles) -> None:
    """Every file written and flushed, their folders flushed once at the end: until the
    rename into `cases/`, nothing here needs to survive a crash file by file (half the
    flushes; writing five years of 50 cases took 92 s with a flush of the folder per file)."""
    if folder.exists():
        shutil.rmtree(folder)
    ensure_private_dir(folder)
    folders = [folder]
    if any("/" in name for name in files):
        ensure_private_dir(folder / MEETINGS)
        folders.append(folder / MEETINGS)
    for name, data in files.items():
        AtomicJSONStorage(folder / name).write(data, sync_folder=False)
    for written in folders:
        sync_folder(written)


def _remove_quietly(folder: Path) -> None:
    if folder.exists():
        shutil.rmtree(folder, ignore_errors=True)


def settle_interrupted_restore(store: Store) -> None:
    """After a crash during a restore: put a case renamed aside back where it was (when
    its replacement never arrived) and remove every other leftover of the restore."""
    staging = store.data_dir / RESTORING
    for old in sorted(staging.glob("old-*")):
        case_id = old.name.removeprefix("old-")
        if SAFE_ID.fullmatch(case_id) and not (store.cases_dir / case_id).exists():
            move_into_place(old, store.cases_dir / case_id)
    shutil.rmtree(staging, ignore_errors=True)


def renamed(files: CaseFiles, case_id: str, alias: str) -> CaseFiles:
    """The same case under another id and alias, to keep beside the one it copies.

    The id is stored in the case, its summary and every meeting; the meetings also
    forget their minutes files, which belong to the case they were copied from (a
    later save would otherwise write over that case's minutes).
    """
    files = copy.deepcopy(files)
    for table in ("case", "summary"):
        for doc in files[CASE_FILE][table].values():
            doc.update(id=case_id, alias=alias)
    for data in files.values():
        for doc in data.get("meeting", {}).values():
            doc.update(case_id=case_id, minutes_file=None)
    check_case_files(case_id, files)
    return files


def fresh_id(taken: set[str]) -> str:
    """A new case id that no case here has."""
    while (candidate := new_id()) in taken:
        continue
    return candidate


def fresh_alias(alias: str, taken: set[str], name: Callable[[int], str]) -> str:
    """The first of `name(1)`, `name(2)`, … ("Casus X (kopie)", "(kopie 2)") that no case
    here has (`taken`: aliases folded as `str.casefold` of their stripped text)."""
    for number in count(1):
        candidate = name(number)
        if candidate.strip().casefold() not in taken:
            return candidate
    raise AssertionError("unreachable")  # pragma: no cover


def folder_files(folder: Path) -> CaseFiles:
    """Every file of a case folder as the store keeps them (`FileProblem` if one is
    damaged)."""
    files: CaseFiles = {}
    paths = [folder / CASE_FILE, folder / ACTIONS_FILE, *sorted((folder / MEETINGS).glob("*.json"))]
    for path in paths:
        data = AtomicJSONStorage(path).read()
        if data is not None:
            files[path.relative_to(folder).as_posix()] = data
    return files


def keep_copy(store: Store, folder: Path, alias: str) -> str:
    """Keep the copied case folder as a case (see above); returns its id. The copy is
    written whole under its new id first, then its old folder is removed."""
    from agenda.storage.erase import erase_folder

    files = folder_files(folder)
    (summary,) = files[CASE_FILE]["summary"].values()
    original = str(summary["id"])
    if SAFE_ID.fullmatch(original) and not store.case_dir(original).exists():
        move_into_place(folder, store.case_dir(original))  # a renamed folder: its name back
        return original
    case_id = fresh_id(set(store.case_folder_ids()))
    install(store, case_id, renamed(files, case_id, alias))
    erase_folder(folder)
    return case_id
