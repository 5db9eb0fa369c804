"""The one storage gateway: every read and write of a case goes through `Store`.

Layout of a data folder (each file a TinyDB file, written atomically, mode 0600):

    <data dir>/.vliegwiel.lock           held while Vliegwiel runs
    <data dir>/cases/<case id>/case.json         the case and its start-screen summary
    <data dir>/cases/<case id>/actions.json      every action with its feedback history
    <data dir>/cases/<case id>/meetings/<date>_<meeting id>.json   one per meeting
    <data dir>/.restoring/               only while `vliegwiel restore` puts a case in place
    <data dir>/cases/<case id>/erasing           only while the case is being erased

Folder and file names hold random ids and dates only, never an alias or a name. Erasing
a case is deleting its folder, its meetings first (`agenda.storage.erase`). A case
folder copied by hand (a backup copy, a sync conflict) holds a case whose id is not its
folder's name: it is listed apart as a copy (`CaseListing.copies`), never taken for the
case itself. A file that cannot be read is reported by name and then left alone: the
store refuses to write over it, and the other cases stay usable. Before it first
replaces a file it has not written itself, the store reads that file whole, so a damaged
file is kept even when nothing asked to read it first.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from datetime import UTC, date, datetime
from pathlib import Path
from types import TracebackType
from typing import TYPE_CHECKING, Any, ClassVar, TypeVar

from agenda.errors import FileProblem, VliegwielError, WriteFailed
from agenda.records import PLAIN_RECORD
from agenda.settings import Settings
from agenda.storage.files import ensure_private_dir, remove_stale_temps
from agenda.storage.lock import DataDirLock
from agenda.storage.tinyfile import (
    AtomicJSONStorage,
    Tables,
    parse,
    read_documents,
    stored,
    write_tables,
)

if TYPE_CHECKING:
    # Loaded where a case is opened or written: listing the cases needs none of them.
    from agenda.actions import Action
    from agenda.case import Case
    from agenda.meeting import Meeting
    from agenda.storage.case_copy import CaseFiles

CASES = "cases"
CASE_FILE = "case.json"
ACTIONS_FILE = "actions.json"
MEETINGS = "meetings"
SETTINGS_FILE = "settings.json"
RESTORING = ".restoring"
ERASING = "erasing"

R = TypeVar("R")
SAFE_ID = re.compile(r"[A-Za-z0-9_-]{1,64}")


@dataclass(frozen=True)
class CaseSummary:
    """What the start screen shows of a case, kept beside it so listing stays fast.

    A plain record (`agenda.records`): the start screen reads it without pydantic.
    """

    __pydantic_config__: ClassVar[dict[str, Any]] = PLAIN_RECORD

    id: str
    alias: str
    next_meeting: datetime | None = None
    open_actions: int = 0
    follow_through: float | None = None
    open_meeting_id: str | None = None
    last_meeting: date | None = None
    meeting_ids: list[str] = field(default_factory=list)


@dataclass(frozen=True)
class MeetingRef:
    id: str
    on: date
    path: Path


@dataclass(frozen=True)
class CaseCopy:
    """A case folder whose case has another id than the folder's name: a copy made by
    hand or by a sync program (`cases/<id> (1)/`), or a folder renamed."""

    folder: str
    summary: CaseSummary
    """The case as the copy holds it: its id is the case it copies."""


@dataclass
class CaseListing:
    cases: list[CaseSummary] = field(default_factory=list)
    problems: list[FileProblem] = field(default_factory=list)
    erasing: list[CaseSummary] = field(default_factory=list)
    """Cases whose erase was interrupted: listed until `vliegwiel erase` finishes it (the
    id is the folder's; the alias is the id once the case file is gone)."""
    copies: list[CaseCopy] = field(default_factory=list)


class Store:
    """Open a data folder for this process alone (`AlreadyRunning` otherwise).

    `read_only`: for a command that only reads (`vliegwiel cases`, `export -o`), which then
    works in a folder it may not write to; such a store writes nothing, not even the
    folders or the clean-up of an interrupted restore.
    """

    def __init__(self, data_dir: Path, *, read_only: bool = False) -> None:
        self.data_dir = data_dir
        self.read_only = read_only
        if not read_only:
            ensure_private_dir(data_dir)
        self._lock = DataDirLock(data_dir)
        if data_dir.is_dir():
            self._lock.acquire(read_only=read_only)
        self._broken: set[Path] = set()
        """Files found damaged: reported, never written."""
        self._sound: set[Path] = set()
        """Files read whole without a problem, or written by this store: safe to replace."""
        if read_only:
            return
        ensure_private_dir(self.cases_dir)
        if (data_dir / RESTORING).exists():
            from agenda.storage.case_copy import settle_interrupted_restore

            settle_interrupted_restore(self)

    def close(self) -> None:
        self._lock.release()

    def __enter__(self) -> Store:
        return self

    def __exit__(
        self,
        kind: type[BaseException] | None,
        error: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.close()

    # -- paths -------------------------------------------------------------------------

    @property
    def cases_dir(self) -> Path:
        return self.data_dir / CASES

    def case_dir(self, case_id: str) -> Path:
        # Ids are ours (hex, or "demo"); anything else could point outside the data folder.
        if not SAFE_ID.fullmatch(case_id):
            raise VliegwielError("error.no_such_case", case=case_id)
        return self.cases_dir / case_id

    def _meeting_path(self, case_id: str, meeting_id: str, on: date) -> Path:
        return self.case_dir(case_id) / MEETINGS / f"{on.isoformat()}_{meeting_id}.json"

    # -- reading -----------------------------------------------------------------------

    def _documents(self, path: Path, table: str) -> list[dict[str, Any]] | None:
        """Every read starts here, so that every damaged file is remembered as such."""
        try:
            return read_documents(path, table)
        except FileProblem:
            self._broken.add(path)
            raise

    def _parse(self, path: Path, doc: dict[str, Any], model: type[R]) -> R:
        try:
            return parse(path, doc, model)
        except FileProblem:
            self._broken.add(path)
            raise

    def _load_one(self, path: Path, table: str, model: type[R]) -> R | None:
        docs = self._documents(path, table)
        if docs is None:
            return None
        if len(docs) != 1:
            self._broken.add(path)
            raise FileProblem(path, "error.reason.not_tinydb")
        return self._parse(path, docs[0], model)

    def _load_all(self, path: Path, table: str, model: type[R]) -> list[R]:
        return [self._parse(path, doc, model) for doc in self._documents(path, table) or []]

    def _case_folders(self) -> list[Path]:
        """Every folder in `cases/`, sorted; none when there is no such folder yet."""
        try:
            return sorted(p for p in self.cases_dir.iterdir() if p.is_dir())
        except FileNotFoundError:
            return []
        except OSError:
            raise FileProblem(self.cases_dir, "error.reason.unreadable") from None

    def case_folder_ids(self) -> list[str]:
        """Every case folder's id, readable or not."""
        return [p.name for p in self._case_folders()]

    def list_cases(self) -> CaseListing:
        """Every readable case's summary, sorted by alias; unreadable ones as problems,
        cases being erased and copied case folders apart."""
        listing = CaseListing()
        for folder in self._case_folders():
            erasing = (folder / ERASING).exists()
            try:
                summary = self._load_one(folder / CASE_FILE, "summary", CaseSummary)
            except FileProblem as problem:
                summary = None
                if not erasing:
                    listing.problems.append(problem)
                    continue
            if erasing:
                alias = summary.alias if summary is not None else folder.name
                listing.erasing.append(CaseSummary(id=folder.name, alias=alias))
            elif summary is None:
                continue
            elif summary.id != folder.name:
                listing.copies.append(CaseCopy(folder.name, summary))
            else:
                try:
                    listing.cases.append(self._settled(folder.name, summary))
                except FileProblem as problem:
                    listing.problems.append(problem)
        listing.cases.sort(key=lambda s: s.alias.casefold())
        return listing

    def load_case(self, case_id: str) -> Case:
        from agenda.case import Case

        case = self._load_one(self.case_dir(case_id) / CASE_FILE, "case", Case)
        if case is None:
            raise VliegwielError("error.no_such_case", case=case_id)
        return case

    def load_summary(self, case_id: str) -> CaseSummary:
        summary = self._load_one(self.case_dir(case_id) / CASE_FILE, "summary", CaseSummary)
        if summary is None:
            raise VliegwielError("error.no_such_case", case=case_id)
        return self._settled(case_id, summary)

    def _settled(self, case_id: str, summary: CaseSummary) -> CaseSummary:
        """The summary, corrected if a close was cut off just before its last write.

        `close_meeting` marks the meeting closed before it clears `open_meeting_id`; a
        crash between the two would leave a closed meeting listed as unfinished.
        """
        if summary.open_meeting_id is None or self._still_open(case_id, summary.open_meeting_id):
            return summary
        case = self.load_case(case_id)
        return self._summary(case, self.load_actions(case_id), None)

    def _still_open(self, case_id: str, meeting_id: str) -> bool:
        from agenda.meeting import MeetingStatus

        try:
            return self.load_meeting(case_id, meeting_id).status is MeetingStatus.OPEN
        except FileProblem:
            return True  # damaged: it stays unfinished, and resuming it names the file
        except VliegwielError:
            return False  # its file is gone

    def load_actions(self, case_id: str) -> list[Action]:
        from agenda.actions import Action

        return self._load_all(self.case_dir(case_id) / ACTIONS_FILE, "actions", Action)

    def list_meetings(self, case_id: str) -> list[MeetingRef]:
        """The case's meetings, oldest first, from the file names alone."""
        return _meeting_refs(self.case_dir(case_id) / MEETINGS)

    def readable_meetings(self, name: str) -> list[Meeting]:
        """The meetings of a case folder (`case_folder`) that can be read; for erase, which
        lists what they wrote outside the data folder."""
        from agenda.meeting import Meeting

        found = []
        for ref in _meeting_refs(self.case_folder(name) / MEETINGS):
            try:
                meeting = self._load_one(ref.path, "meeting", Meeting)
            except FileProblem:
                continue
            if meeting is not None:
                found.append(meeting)
        return found

    def load_meeting(self, case_id: str, meeting_id: str) -> Meeting:
        from agenda.meeting import Meeting

        ref = next((r for r in self.list_meetings(case_id) if r.id == meeting_id), None)
        if ref is None:
            raise VliegwielError("error.no_such_meeting", meeting=meeting_id)
        meeting = self._load_one(ref.path, "meeting", Meeting)
        if meeting is None:
            raise VliegwielError("error.no_such_meeting", meeting=meeting_id)
        return meeting

    def recent_meetings(self, case_id: str, count: int) -> list[Meeting]:
        """The case's last `count` closed meetings, oldest first: what the course and
        attendance trends read. A meeting file that cannot be read is left out (it is
        named where it is opened); an old damaged file never keeps a meeting from starting."""
        from agenda.meeting import Meeting, MeetingStatus

        found: list[Meeting] = []
        for ref in reversed(self.list_meetings(case_id)):
            if len(found) >= count:
                break
            try:
                meeting = self._load_one(ref.path, "meeting", Meeting)
            except FileProblem:
                continue
            if meeting is not None and meeting.status is MeetingStatus.CLOSED:
                found.append(meeting)
        return found[::-1]

    def open_meeting(self, case_id: str) -> Meeting | None:
        """The case's unfinished meeting, to be offered for resumption."""
        summary = self.load_summary(case_id)
        if summary.open_meeting_id is None:
            return None
        from agenda.meeting import MeetingStatus

        meeting = self.load_meeting(case_id, summary.open_meeting_id)
        return meeting if meeting.status is MeetingStatus.OPEN else None

    def find_case(self, wanted: str) -> CaseSummary:
        """A case by id or by alias (ignoring case); one sentence if none or several match."""
        listing = self.list_cases()
        exact = [s for s in listing.cases if s.id == wanted]
        if exact:
            return exact[0]
        key = wanted.strip().casefold()
        by_alias = [s for s in listing.cases if s.alias.strip().casefold() == key]
        copied = [c for c in listing.copies if c.summary.alias.strip().casefold() == key]
        if len(by_alias) == 1 and not copied:
            return by_alias[0]
        if by_alias or copied:
            raise VliegwielError("error.case_ambiguous", case=wanted)
        raise VliegwielError("error.no_such_case", case=wanted)

    # -- writing -----------------------------------------------------------------------

    def writable(self, path: Path) -> None:
        """Before any write: this store may write (`WriteFailed`), and the data folder's
        lock is still its own (`LockLost`)."""
        if self.read_only:
            raise WriteFailed(path, "EROFS")
        self._lock.check()

    def _guard(self, path: Path) -> None:
        """Refuse to replace a damaged file, also one that nothing has read yet."""
        if path in self._broken:
            raise FileProblem(path, "error.reason.kept_broken")
        if path in self._sound or not path.exists():
            return
        self._checked(path)

    def _checked(self, path: Path) -> Tables | None:
        """The whole file, every document checked against its model; None if missing."""
        try:
            data = AtomicJSONStorage(path).read()
            if data is not None:
                check_tables(path, data)
        except FileProblem:
            self._broken.add(path)
            raise
        self._sound.add(path)
        return data

    def _write(self, path: Path, tables: dict[str, list[dict[str, Any]]]) -> None:
        """Every write ends here, so that no write can replace a damaged file."""
        self.writable(path)
        self._guard(path)
        write_tables(path, tables)
        self._sound.add(path)

    def _write_case(self, case: Case, summary: CaseSummary) -> None:
        folder = self.case_dir(case.id)
        ensure_private_dir(folder)
        self._write(folder / CASE_FILE, {"case": [stored(case)], "summary": [stored(summary)]})

    def _write_actions(self, case_id: str, actions: list[Action]) -> None:
        folder = self.case_dir(case_id)
        ensure_private_dir(folder)
        self._write(folder / ACTIONS_FILE, {"actions": [stored(a) for a in actions]})

    def _summary(
        self, case: Case, actions: list[Action], open_meeting_id: str | None
    ) -> CaseSummary:
        meetings = self.list_meetings(case.id)
        # The figures load with the first write: reading cases at start-up needs none.
        from agenda.figures import MeetingDate, latest_share

        dates = [MeetingDate(m.id, m.on) for m in meetings if m.id != open_meeting_id]
        return CaseSummary(
            id=case.id,
            alias=case.alias,
            next_meeting=case.next_meeting,
            open_actions=sum(1 for a in actions if a.is_open),
            follow_through=latest_share(actions, dates),
            open_meeting_id=open_meeting_id,
            last_meeting=dates[-1].on if dates else None,
            meeting_ids=[m.id for m in meetings],
        )

    def _current_open_meeting_id(self, case_id: str) -> str | None:
        try:
            return self.load_summary(case_id).open_meeting_id
        except VliegwielError:
            return None

    def save_case(self, case: Case) -> None:
        """Write the case (profile, team, course) and refresh its summary."""
        actions = (
            self.load_actions(case.id) if (self.case_dir(case.id) / ACTIONS_FILE).exists() else []
        )
        self._write_case(case, self._summary(case, actions, self._current_open_meeting_id(case.id)))

    def save_actions(self, case: Case, actions: list[Action]) -> None:
        """Replace the case's actions (outside a meeting) and refresh its summary."""
        self._write_actions(case.id, actions)
        self._write_case(case, self._summary(case, actions, self._current_open_meeting_id(case.id)))

    def save_meeting(self, meeting: Meeting) -> None:
        """Autosave: rewrite this meeting's own small file, nothing else."""
        path = self._meeting_path(meeting.case_id, meeting.id, meeting.started.date())
        self._write(path, {"meeting": [stored(meeting)]})

    def begin_meeting(self, case: Case, meeting: Meeting) -> None:
        """Store a new meeting and mark it as the case's unfinished one."""
        # Damaged case files stop the meeting before its file exists, not after.
        actions = self.load_actions(case.id)
        self._guard(self.case_dir(case.id) / CASE_FILE)
        ensure_private_dir(self.case_dir(case.id) / MEETINGS)
        self.save_meeting(meeting)
        self._write_case(case, self._summary(case, actions, meeting.id))

    def close_meeting(
        self,
        case: Case,
        meeting: Meeting,
        before_closed: Callable[[Meeting], object] | None = None,
    ) -> tuple[Case, list[Action]]:
        """Fold the meeting into the case, then mark it closed.

        The order survives a crash at any point: actions and the folded case are written
        while the meeting is still marked open, so an interrupted close is simply offered
        for resumption and folded again (folding is idempotent). `before_closed` is given
        the closed meeting just before it is written (the recorder writes its minutes
        there): cut off before, the meeting is still open; after, it is closed with them.
        """
        from agenda.fold import fold_meeting
        from agenda.meeting import MeetingStatus

        closed = meeting.model_copy(update={"status": MeetingStatus.CLOSED})

        folded_case, actions = fold_meeting(case, self.load_actions(case.id), closed)
        self._write_actions(case.id, actions)
        self._write_case(folded_case, self._summary(folded_case, actions, meeting.id))
        if before_closed is not None:
            before_closed(closed)
        self.save_meeting(closed)
        self._write_case(folded_case, self._summary(folded_case, actions, None))
        meeting.status = MeetingStatus.CLOSED
        return folded_case, actions

    # -- settings ----------------------------------------------------------------------

    @property
    def settings_path(self) -> Path:
        return self.data_dir / SETTINGS_FILE

    def load_settings(self) -> Settings:
        """The chair's settings; defaults when none were saved (a damaged file raises)."""
        return self._load_one(self.settings_path, "settings", Settings) or Settings()

    def save_settings(self, settings: Settings) -> None:
        self._write(self.settings_path, {"settings": [stored(settings)]})

    def case_folder(self, name: str) -> Path:
        """The folder in `cases/` called `name`: a case's id, or a copied folder's name
        as `list_cases` gives it (which may hold a space or brackets, never a slash)."""
        if SAFE_ID.fullmatch(name):
            folder = self.case_dir(name)
        elif name in {p.name for p in self._case_folders()}:
            folder = self.cases_dir / name
        else:
            raise VliegwielError("error.no_such_case", case=name)
        if not folder.is_dir():
            raise VliegwielError("error.no_such_case", case=name)
        return folder

    def erase_case(self, name: str) -> None:
        """Delete every file of the case (or of a copied case folder), its meetings
        first; nothing of it remains under the data folder. An erase cut off is finished
        by the next one (`agenda.storage.erase`)."""
        from agenda.storage.erase import erase_folder

        folder = self.case_folder(name)
        self.writable(folder)
        erase_folder(folder)
        self._forget(folder)

    def keep_copy(self, name: str, alias: str) -> str:
        """Keep a copied case folder as a case of its own, under a new id and `alias`
        (a folder renamed by hand, with no case of its id beside it, gets its name back).
        Returns the case's id."""
        from agenda.storage.case_copy import keep_copy

        folder = self.case_folder(name)
        self.writable(folder)
        case_id = keep_copy(self, folder, alias)
        self._forget(folder)
        return case_id

    def _forget(self, folder: Path) -> None:
        """What the store knew of the files in `folder`, which were replaced or removed."""
        self._broken = {p for p in self._broken if folder not in p.parents}
        self._sound = {p for p in self._sound if folder not in p.parents}

    # -- whole cases, for backup and restore ---------------------------------------------

    def iter_case_files(self, case_id: str) -> Iterator[tuple[str, Tables]]:
        """Every file of the case as stored (its path in the case folder, its tables),
        each read whole and checked against its model when its turn comes: what a backup
        carries, one file in memory at a time."""
        folder = self.case_dir(case_id)
        if not (folder / CASE_FILE).exists():
            raise VliegwielError("error.no_such_case", case=case_id)
        paths = [folder / CASE_FILE, folder / ACTIONS_FILE]
        paths += [ref.path for ref in self.list_meetings(case_id)]
        for path in paths:
            data = self._checked(path)
            if data is not None:
                yield path.relative_to(folder).as_posix(), data

    def saved_at(self, case_id: str) -> datetime:
        """When a file of the case was last written (UTC): which of two copies is newer."""
        folder = self.case_dir(case_id)
        paths = [folder / CASE_FILE, folder / ACTIONS_FILE]
        paths += [ref.path for ref in self.list_meetings(case_id)]
        latest = max(p.stat().st_mtime for p in paths if p.exists())
        return datetime.fromtimestamp(latest, tz=UTC)

    def install_case(self, case_id: str, files: CaseFiles, *, checked: bool = False) -> None:
        """Put a whole case in place from its files (a restore): its folder appears, or
        replaces the one with the same id, in one rename, never half written.

        The files are checked as `check_case_files` does, unless the caller says it has
        done so itself (a restore checks every case before it decides anything).
        """
        from agenda.storage.case_copy import install

        self.writable(self.cases_dir)
        install(self, case_id, files, checked=checked)
        self._forget(self.case_dir(case_id))

    def clean_temps(self) -> None:
        """Remove temporary files a crash left behind: beside the settings, and in every
        case folder. Only the lock holder may: a temporary file is a write in progress."""
        self.writable(self.data_dir)
        remove_stale_temps(self.data_dir)
        for folder in self._case_folders():
            remove_stale_temps(folder)
            remove_stale_temps(folder / MEETINGS)


def _meeting_refs(folder: Path) -> list[MeetingRef]:
    """The meeting files in a `meetings/` folder, oldest first, from their names alone."""
    if not folder.is_dir():
        return []
    refs = []
    for path in folder.glob("*_*.json"):
        day, _, meeting_id = path.stem.partition("_")
        try:
            refs.append(MeetingRef(meeting_id, date.fromisoformat(day), path))
        except ValueError:
            continue
    return sorted(refs, key=lambda r: (r.on, r.id))


def expected_tables(name: str) -> tuple[tuple[str, type[Any], bool], ...]:
    """The tables Vliegwiel writes in a file of this name: (table, record, exactly one)."""
    if name == CASE_FILE:
        from agenda.case import Case

        return (("case", Case, True), ("summary", CaseSummary, True))
    if name == ACTIONS_FILE:
        from agenda.actions import Action

        return (("actions", Action, False),)
    if name == SETTINGS_FILE:
        return (("settings", Settings, True),)
    from agenda.meeting import Meeting

    return (("meeting", Meeting, True),)


def check_tables(path: Path, data: Tables) -> dict[str, list[Any]]:
    """Every document of a whole file checked against its record (`FileProblem` if not),
    the records by table. A table Vliegwiel writes must be there, empty ones too."""
    found: dict[str, list[Any]] = {}
    for table, model, one in expected_tables(path.name):
        docs = data.get(table)
        if docs is None or (one and len(docs) != 1):
            raise FileProblem(path, "error.reason.not_tinydb")
        found[table] = [parse(path, dict(doc), model) for doc in docs.values()]
    return found
