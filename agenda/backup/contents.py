"""What a backup holds: each chosen case's files exactly as the store keeps them.

Inside the encryption the contents are JSON lines, compressed with zlib, one object per
line:

    {"format": 1, "vliegwiel": "0.1.0", "made": "<ISO time>"}
    {"case": "<case id>", "saved": "<ISO time, UTC>"}
    {"file": "case.json", "tables": {...}}
    {"file": "actions.json", "tables": {...}}
    {"file": "meetings/<date>_<meeting id>.json", "tables": {...}}
    ...                                          the next case, its files, …
    {"end": <number of cases>}

Each file is kept as the TinyDB tables it holds, so that a restored file is written byte
for byte as it was, through the store's own writer. `saved` is when a file of the case
was last written: it tells which of two copies of a case is the newer one.

Lines, not one document, so that neither a backup nor a restore ever holds more than one
case in memory: five years of weekly meetings of 50 cases are 370 MB of files.
"""

from __future__ import annotations

import json
import zlib
from collections.abc import Iterator, Sequence
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
CHUNK = 1 << 20


@dataclass(frozen=True)
class CaseInfo:
    """What restoring needs to decide about a case in a backup, without its files."""

    id: str
    saved: datetime
    alias: str
    meetings: int


def pack(store: Store, case_ids: Sequence[str], made: datetime) -> bytes:
    """The compressed contents of a backup of these cases, read and checked file by
    file (a damaged file raises `FileProblem`, naming it)."""
    compressor = zlib.compressobj(6)
    out: list[bytes] = []

    def line(entry: dict[str, Any]) -> None:
        text = json.dumps(entry, ensure_ascii=True, separators=(",", ":")) + "\n"
        out.append(compressor.compress(text.encode("ascii")))

    line({"format": FORMAT, "vliegwiel": __version__, "made": made.isoformat()})
    for case_id in case_ids:
        line({"case": case_id, "saved": store.saved_at(case_id).isoformat()})
        for name, tables in store.iter_case_files(case_id):
            line({"file": name, "tables": tables})
    line({"end": len(case_ids)})
    out.append(compressor.flush())
    return b"".join(out)


def index(contents: bytes) -> list[CaseInfo]:
    """Every case in opened contents, each checked whole as the store would write it.

    The contents passed the encryption's tag, so they are what a Vliegwiel wrote: a
    problem here means another version wrote them.
    """
    return [
        CaseInfo(case_id, saved, _summary(files).alias, sum(1 for n in files if "/" in n))
        for case_id, saved, files in _cases(contents)
    ]


def case_files(contents: bytes) -> Iterator[tuple[str, CaseFiles]]:
    """Each case's id and files, one case at a time (after `index` checked them all)."""
    for case_id, _, files in _cases(contents, check=False):
        yield case_id, files


def _summary(files: CaseFiles) -> CaseSummary:
    (doc,) = files[CASE_FILE]["summary"].values()
    return parse(Path(CASE_FILE), dict(doc), CaseSummary)


def _cases(contents: bytes, *, check: bool = True) -> Iterator[tuple[str, datetime, CaseFiles]]:
    try:
        yield from _read_cases(contents, check)
    except (ValueError, KeyError, TypeError, AttributeError, zlib.error, FileProblem):
        raise VliegwielError("backup.other_version") from None


def _read_cases(contents: bytes, check: bool) -> Iterator[tuple[str, datetime, CaseFiles]]:
    entries = _lines(contents)
    head = next(entries)
    if head.get("format") != FORMAT:
        raise ValueError("format")
    seen: set[str] = set()
    current: tuple[str, datetime, CaseFiles] | None = None
    for entry in entries:
        if "file" in entry and current is not None:
            current[2][str(entry["file"])] = entry["tables"]
            continue
        if current is not None:
            if check:
                check_case_files(current[0], current[2])
            yield current
        if "end" in entry:
            if entry["end"] != len(seen) or next(entries, None) is not None:
                raise ValueError("end")
            return
        case_id = str(entry["case"])
        if case_id in seen:
            raise ValueError("twice")
        seen.add(case_id)
        current = (case_id, datetime.fromisoformat(entry["saved"]), {})
    raise ValueError("no end")


def _lines(contents: bytes) -> Iterator[dict[str, Any]]:
    """The JSON objects of the compressed contents, decompressed a piece at a time."""
    decompressor = zlib.decompressobj()
    pending = b""
    for start in range(0, len(contents), CHUNK):
        pending += decompressor.decompress(contents[start : start + CHUNK])
        *complete, pending = pending.split(b"\n")
        for line in complete:
            entry = json.loads(line)
            if not isinstance(entry, dict):
                raise TypeError("line")
            yield entry
    if pending or not decompressor.eof:
        raise ValueError("cut off")
