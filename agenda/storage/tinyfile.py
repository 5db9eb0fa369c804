"""TinyDB files written atomically, read strictly.

`AtomicJSONStorage` is the one TinyDB storage Vliegwiel uses. Unlike TinyDB's own
`JSONStorage` it never truncates a file in place, never creates an empty one, and
reports a damaged file as a `FileProblem` naming it instead of starting afresh (which
would overwrite the damaged file on the next write).
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any, TypeGuard, TypeVar

from tinydb.storages import Storage

from agenda.errors import FileProblem
from agenda.records import SCHEMA_VERSION, InvalidField, dump, validate
from agenda.storage.files import write_atomic

Tables = dict[str, dict[str, Any]]
R = TypeVar("R")


class AtomicJSONStorage(Storage):
    def __init__(self, path: str | Path) -> None:
        self.path = Path(path)

    def read(self) -> Tables | None:
        try:
            raw = self.path.read_bytes()
        except FileNotFoundError:
            return None
        except OSError:
            raise FileProblem(self.path, "error.reason.unreadable") from None
        if not raw.strip():
            # We never write an empty file: an empty one was truncated by something else.
            raise FileProblem(self.path, "error.reason.empty")
        try:
            text = raw.decode("utf-8")
        except UnicodeDecodeError:
            raise FileProblem(self.path, "error.reason.not_utf8") from None
        try:
            data = json.loads(text)
        except json.JSONDecodeError as error:
            raise FileProblem(self.path, "error.reason.bad_json", line=error.lineno) from None
        except (ValueError, RecursionError):
            # Valid JSON that Python will not read: a number of thousands of digits, or
            # nesting thousands deep. Vliegwiel writes neither.
            raise FileProblem(self.path, "error.reason.not_tinydb") from None
        if not _is_tinydb(data):
            raise FileProblem(self.path, "error.reason.not_tinydb")
        return data

    def write(self, data: Tables, *, sync_folder: bool = True) -> None:
        # ASCII escapes keep any text (lone surrogates included) round-tripping exactly.
        encoded = json.dumps(data, ensure_ascii=True, separators=(",", ":")).encode("ascii")
        write_atomic(self.path, encoded, sync_folder=sync_folder)


def _is_tinydb(data: object) -> TypeGuard[Tables]:
    """TinyDB's layout, `{"table": {"1": {...}, "2": {...}}}`, down to every document.

    TinyDB itself assumes it and fails with a bare `TypeError` or `ValueError` on
    anything else, which would reach the user as an internal error.
    """
    return isinstance(data, dict) and all(
        isinstance(table, dict)
        and all(
            isinstance(key, str) and key.isascii() and key.isdigit() and isinstance(doc, dict)
            for key, doc in table.items()
        )
        for table in data.values()
    )


def stored(record: object) -> dict[str, Any]:
    """A record as a stored document: its JSON fields plus the schema version."""
    return {"schema": SCHEMA_VERSION, **dump(record)}


def read_documents(path: Path, table: str) -> list[dict[str, Any]] | None:
    """The documents of `table` in the TinyDB file at `path`; None if there is no file.

    Vliegwiel always writes its tables, empty ones too: a file without the table is not
    one of ours (another file copied over it, say) and must not be taken for an empty one,
    which the next save would overwrite.
    """
    # Read once through our storage: TinyDB's `TinyDB(...).table(...).all()` would read
    # and parse the whole file again for each of its calls.
    tables = AtomicJSONStorage(path).read()
    if tables is None:
        return None
    if table not in tables:
        raise FileProblem(path, "error.reason.not_tinydb")
    return [dict(doc) for doc in tables[table].values()]


def write_tables(path: Path, tables: dict[str, list[dict[str, Any]]]) -> None:
    """Write whole tables in one atomic replace (TinyDB's layout: id → document)."""
    data: Tables = {
        name: {str(number): doc for number, doc in enumerate(docs, start=1)}
        for name, docs in tables.items()
    }
    AtomicJSONStorage(path).write(data)


def parse(path: Path, doc: dict[str, Any], kind: type[R]) -> R:
    """Validate a stored document; any mismatch is a `FileProblem` naming file and field."""
    found = doc.get("schema")
    if found != SCHEMA_VERSION:
        raise FileProblem(path, "error.reason.schema", found=found, expected=SCHEMA_VERSION)
    fields = {k: v for k, v in doc.items() if k != "schema"}
    try:
        return validate(kind, fields)
    except InvalidField as error:
        raise FileProblem(path, "error.reason.invalid", field=error.field) from None
