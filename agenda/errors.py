"""Errors that reach the user as one sentence from the message catalogue.

An error carries a catalogue key and parameters, never a pre-formatted text, so that the
sentence appears in the user's language and `str(error)` can never leak a case's content
into a log or a traceback: it shows the key and the parameter *names* only.
"""

from __future__ import annotations

import errno
import traceback
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    # Only named here: the start-up path raises these errors without loading pydantic.
    from pydantic import ValidationError
    from pydantic_core import ErrorDetails

    from agenda.i18n import Messages


class VliegwielError(Exception):
    """A failure the user can act on; explained by `explain(t)`."""

    def __init__(self, key: str, **params: object) -> None:
        super().__init__(key)
        self.key = key
        self.params = params

    def explain(self, t: Messages) -> str:
        return t(self.key, **self.params)

    def __str__(self) -> str:
        # Keys only: parameters may hold user text and must not end up in a traceback.
        return f"{self.key} ({', '.join(sorted(self.params))})"


class AlreadyRunning(VliegwielError):
    """Another Vliegwiel holds the lock on this data folder."""

    def __init__(self, data_dir: Path) -> None:
        super().__init__("error.already_running", path=str(data_dir))


class LockLost(VliegwielError):
    """The lock file was removed or replaced while this Vliegwiel ran: another one may be
    writing the same data, so nothing more is written (retrying cannot help)."""

    def __init__(self, path: Path) -> None:
        super().__init__("error.lock_lost", path=str(path))


class FileProblem(VliegwielError):
    """A stored file cannot be read or is not what this version writes.

    The file is left exactly as it is; `path` names it so the user can act.
    """

    def __init__(self, path: Path, reason_key: str, **params: object) -> None:
        super().__init__("error.file_problem", path=str(path), reason=reason_key, **params)
        self.path = path
        self.reason_key = reason_key

    def explain(self, t: Messages) -> str:
        reason = t(self.reason_key, **{k: v for k, v in self.params.items() if k != "reason"})
        return t("error.file_problem", path=str(self.path), reason=reason)


class WriteFailed(VliegwielError):
    """Saving failed (disk full, read-only folder, …); what was typed is still in memory."""

    def __init__(self, path: Path, errno_name: str) -> None:
        reason = {
            "ENOSPC": "error.write.disk_full",
            "EDQUOT": "error.write.disk_full",
            "EACCES": "error.write.read_only",
            "EPERM": "error.write.read_only",
            "EROFS": "error.write.read_only",
        }.get(errno_name, "error.write.other")
        super().__init__("error.write_failed", path=str(path), reason=reason)
        self.path = path
        self.reason_key = reason

    def explain(self, t: Messages) -> str:
        return t("error.write_failed", path=str(self.path), reason=t(self.reason_key))


def os_reason(error: OSError) -> str:
    """The catalogue key of why the operating system refused (the command line's words
    for a folder or file it could not read or write)."""
    name = errno.errorcode.get(error.errno or 0, "")
    return {
        "ENOENT": "error.os.missing",
        "ENOTDIR": "error.os.missing",
        "EACCES": "error.os.no_access",
        "EPERM": "error.os.no_access",
        "EROFS": "error.write.read_only",
        "ENOSPC": "error.write.disk_full",
        "EDQUOT": "error.write.disk_full",
    }.get(name, "error.os.other")


class DataDirUnusable(VliegwielError):
    """The data folder cannot be created or written at start-up (nothing typed yet)."""

    def __init__(self, problem: WriteFailed) -> None:
        super().__init__("error.data_dir_unusable", path=str(problem.path))
        self.reason_key = problem.reason_key

    def explain(self, t: Messages) -> str:
        return t(self.key, path=self.params["path"], reason=t(self.reason_key))


class Invalid(VliegwielError):
    """Input that the domain refuses, with the sentences that say why."""

    def __init__(self, problems: list[tuple[str, dict[str, object]]]) -> None:
        super().__init__("error.invalid")
        self.problems = problems

    def explain(self, t: Messages) -> str:
        return " ".join(t(key, **params) for key, params in self.problems)


def validation_problems(error: ValidationError) -> list[tuple[str, dict[str, object]]]:
    """Turn a pydantic error into catalogue keys, without the offending input values.

    Our own validators raise `PydanticCustomError` whose type is a catalogue key below
    `invalid.`; anything else (a wrong type in a stored file, say) becomes a generic
    sentence naming the field.
    """
    problems: list[tuple[str, dict[str, object]]] = []
    for item in error.errors(include_input=False, include_url=False):
        field = error_field(item)
        if item["type"].startswith("invalid."):
            problems.append((item["type"], {"field": field, **(item.get("ctx") or {})}))
        else:
            problems.append(("invalid.field", {"field": field, "problem": item["msg"]}))
    return problems


def error_field(item: ErrorDetails) -> str:
    """The field a pydantic error item is about, as `team.0.name` ("-": the whole record)."""
    return ".".join(str(part) for part in item["loc"]) or "-"


def describe_crash(error: BaseException | None, t: Messages) -> str:
    """One sentence naming the kind of error and our code's line, never its message.

    An exception's message or its local variables can hold a case's text; neither may
    reach the terminal (which may be shared in a call) or a log.
    """
    if error is None:
        return t("error.internal", kind="?", where="?")
    frames = traceback.extract_tb(error.__traceback__)
    ours = [f for f in frames if _is_ours(f.filename)]
    chosen = ours or list(frames)
    where = f"{_short(chosen[-1].filename)}:{chosen[-1].lineno}" if chosen else "?"
    return t("error.internal", kind=type(error).__name__, where=where)


def _is_ours(filename: str) -> bool:
    path = filename.replace("\\", "/")
    return "/agenda/" in path or "/tui/" in path


def _short(filename: str) -> str:
    return "/".join(filename.replace("\\", "/").split("/")[-2:])
