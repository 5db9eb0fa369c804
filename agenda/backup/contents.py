"""What a backup holds: each chosen case's files exactly as the store keeps them.

Inside the encryption the contents are one JSON document, compressed:

    {"format": 1, "vliegwiel": "0.1.0", "made": "<ISO time>",
     "cases": [{"id": "<case id>", "saved": "<ISO time, UTC>",
                "files": {"case.json": {...}, "actions.json": {...},
                          "meetings/<date>_<meeting id>.json": {...}, ...}}]}

Each file is kept as the TinyDB tables it holds, so that a restored file is written byte
for byte as it was, through the store's own writer. `saved` is when a file of the case
was last written: it tells which of two copies of a case is the newer one.
"""

from __future__ import annotations

import copy
import json
import zlib
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Any

from agenda import __version__
from agenda.errors import FileProblem, VliegwielError
from agenda.storage import CaseSummary, Store
from agenda.storage.case_copy import CaseFiles, check_case_files
from agenda.storage.store import CASE_FILE
from agenda.storage.tinyfile import parse

FORMAT = 1


@dataclass(frozen=True)
class CaseCopy:
    """One case in a backup."""

    id: str
    saved: datetime
    files: CaseFiles

    @property
    def summary(self) -> CaseSummary:
        (doc,) = self.files[CASE_FILE]["summary"].values()
        return parse(Path(CASE_FILE), dict(doc), CaseSummary)

    @property
    def meetings(self) -> int:
        return sum(1 for name in self.files if "/" in name)

    def as_new(self, case_id: str, alias: str) -> CaseCopy:
        """The same case under another id and alias, to keep beside the one it copies.

        The id is stored in the case, its summary and every meeting; the meetings also
        forget their minutes files, which belong to the case they were copied from (a
        later save would otherwise write over that case's minutes).
        """
        files = copy.deepcopy(self.files)
        for table in ("case", "summary"):
            for doc in files[CASE_FILE][table].values():
                doc.update(id=case_id, alias=alias)
        for data in files.values():
            for doc in data.get("meeting", {}).values():
                doc.update(case_id=case_id, minutes_file=None)
        return CaseCopy(case_id, self.saved, files)


def gather(store: Store, case_ids: Sequence[str]) -> list[CaseCopy]:
    """Every file of the chosen cases, read whole and checked (a damaged one raises)."""
    return [CaseCopy(i, store.saved_at(i), store.read_case_files(i)) for i in case_ids]


def pack(copies: Sequence[CaseCopy], made: datetime) -> bytes:
    document = {
        "format": FORMAT,
        "vliegwiel": __version__,
        "made": made.isoformat(),
        "cases": [{"id": c.id, "saved": c.saved.isoformat(), "files": c.files} for c in copies],
    }
    text = json.dumps(document, ensure_ascii=True, separators=(",", ":"))
    return zlib.compress(text.encode("ascii"), level=6)


def unpack(data: bytes) -> list[CaseCopy]:
    """The cases in opened contents, each checked as the store would write it.

    The contents passed the encryption's tag, so they are what a Vliegwiel wrote: a
    problem here means another version wrote them.
    """
    try:
        document = json.loads(zlib.decompress(data))
        if document.get("format") != FORMAT:
            raise VliegwielError("backup.other_version")
        copies = [_case_copy(entry) for entry in document["cases"]]
    except (ValueError, KeyError, TypeError, AttributeError, zlib.error, FileProblem):
        raise VliegwielError("backup.other_version") from None
    if len({c.id for c in copies}) != len(copies):
        raise VliegwielError("backup.other_version")
    return copies


def _case_copy(entry: dict[str, Any]) -> CaseCopy:
    files = entry["files"]
    if not isinstance(files, dict):
        raise TypeError("files")
    case_copy = CaseCopy(str(entry["id"]), datetime.fromisoformat(entry["saved"]), files)
    check_case_files(case_copy.id, case_copy.files)
    return case_copy
