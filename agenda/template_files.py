"""Custom agendas: TOML files in the user's `agendas/` folder, beside the built-in ones.

A chair who wants another rhythm writes a small TOML file (format in the README,
"Custom agendas"). A file that cannot be used is skipped with one sentence that names
the file and the line or field, and says what is wrong; every other agenda still loads,
so one typo never takes the app or the other agendas down.

An agenda file comes from outside, so it is bounded before it is trusted: its size
(`MAX_FILE_BYTES`), how deep its values nest (`MAX_DEPTH`) and how many parts a dotted
key has (`MAX_KEY_PARTS`: Python's TOML reader checks every prefix of a dotted key from
the root, so a key of 40,000 parts held the app for half a minute), and every escape
sequence and control character is taken out of its texts before any reaches the screen.
It must end with a close step, where a meeting is saved and ended. A byte-order mark,
which Windows' Notepad can write, is skipped, as the passphrase file's is.
"""

from __future__ import annotations

import re
import tomllib
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from pydantic import ValidationError

from agenda.builtin_templates import BUILTIN_TEMPLATES, KERNTEAM
from agenda.display import without_controls
from agenda.errors import VliegwielError
from agenda.templates import MAX_MINUTES, MAX_STEPS, StepKind, Template

if TYPE_CHECKING:
    from agenda.i18n import Messages

MAX_FILE_BYTES = 256 * 1024
"""Larger files are refused unread: an agenda of 40 steps fits many times over."""
MAX_DEPTH = 4
"""An agenda nests three deep (the file, its steps, a step's questions)."""
MAX_KEY_PARTS = 8
"""An agenda needs no dotted keys at all; tomllib's time grows with the square of parts."""
BOM = "\ufeff"

Where = tuple[str, dict[str, object]]


class TemplateProblem(VliegwielError):
    """A custom agenda file that was skipped, and why, as one sentence."""

    def __init__(
        self, path: Path, reason_key: str, where: Where | None = None, **params: object
    ) -> None:
        super().__init__("tpl.file.problem", file=path.name, reason=reason_key, **params)
        self.path = path
        self.reason_key = reason_key
        self.where = where

    def explain(self, t: Messages) -> str:
        params = {k: v for k, v in self.params.items() if k not in ("file", "reason")}
        if self.where is not None:
            key, where_params = self.where
            params["where"] = t(key, **where_params)
        return t("tpl.file.problem", file=self.path.name, reason=t(self.reason_key, **params))


@dataclass(frozen=True)
class TemplateCatalogue:
    """Every agenda a case can use: the built-ins first, then the custom files by name."""

    templates: dict[str, Template]
    problems: list[TemplateProblem] = field(default_factory=list)
    sources: dict[str, Path] = field(default_factory=dict)
    """The file each custom agenda came from, by template id."""

    def get(self, template_id: str) -> Template | None:
        return self.templates.get(template_id)

    def template_for(self, template_id: str) -> Template:
        """The case's agenda, or the kernteam agenda when its file is gone or broken."""
        return self.templates.get(template_id, KERNTEAM)

    def is_custom(self, template_id: str) -> bool:
        return template_id in self.sources


def load_templates(agendas_dir: Path) -> TemplateCatalogue:
    """The built-in agendas plus every usable `*.toml` file in `agendas_dir`."""
    templates = dict(BUILTIN_TEMPLATES)
    problems: list[TemplateProblem] = []
    sources: dict[str, Path] = {}
    try:
        paths = sorted(p for p in agendas_dir.glob("*.toml") if p.is_file())
    except OSError:
        paths = []
        problems.append(TemplateProblem(agendas_dir, "tpl.file.reason.unreadable"))
    for path in paths:
        try:
            template = read_template(path)
            if template.id in BUILTIN_TEMPLATES:
                raise TemplateProblem(path, "tpl.file.reason.builtin_id", id=template.id)
            if template.id in sources:
                raise TemplateProblem(
                    path, "tpl.file.reason.same_id", id=template.id, other=sources[template.id].name
                )
        except TemplateProblem as problem:
            problems.append(problem)
            continue
        templates[template.id] = template
        sources[template.id] = path
    return TemplateCatalogue(templates, problems, sources)


def read_template(path: Path) -> Template:
    """One custom agenda file as a template; `TemplateProblem` when it cannot be used."""
    text = _read_text(path).removeprefix(BOM)
    _refuse_long_keys(path, text)
    try:
        data = tomllib.loads(text)
    except tomllib.TOMLDecodeError as error:
        line, column, detail = _toml_position(error, text)
        raise TemplateProblem(
            path, "tpl.file.reason.syntax", line=line, column=column, detail=detail
        ) from None
    except RecursionError:  # brackets nested hundreds deep
        raise TemplateProblem(path, "tpl.file.reason.too_deep", limit=MAX_DEPTH) from None
    if _depth(data) > MAX_DEPTH:
        raise TemplateProblem(path, "tpl.file.reason.too_deep", limit=MAX_DEPTH)
    data = _cleaned(data)
    steps = data.get("steps")
    if isinstance(steps, list) and len(steps) > MAX_STEPS:
        raise TemplateProblem(
            path, "tpl.file.reason.too_many_steps", count=len(steps), limit=MAX_STEPS
        )
    if isinstance(steps, list):
        # A step's id only has to be unique; people rarely care what it is.
        for number, step in enumerate(steps, start=1):
            if isinstance(step, dict):
                step.setdefault("id", f"step-{number}")
    if "builtin" in data:
        raise TemplateProblem(path, "tpl.file.reason.unknown_field", _where(("builtin",), text))
    try:
        template = Template.model_validate({"id": path.stem, **data, "builtin": False})
    except ValidationError as error:
        raise _explain_invalid(path, error, text) from None
    if template.steps[-1].kind is not StepKind.CLOSE:
        raise TemplateProblem(path, "tpl.file.reason.no_close")
    return template


_STRINGS = re.compile(r'"(?:[^"\\\n]|\\.)*"|\'[^\'\n]*\'')
_KEY_RUN = re.compile(rf"(?:[\w-]+\s*\.\s*){{{MAX_KEY_PARTS},}}[\w-]+")


def _refuse_long_keys(path: Path, text: str) -> None:
    """A dotted key of more than `MAX_KEY_PARTS` parts, found before tomllib reads it
    (a quoted part counts as one; a dotted run inside a text, rare, counts too)."""
    for number, line in enumerate(text.split("\n"), start=1):
        if line.count(".") >= MAX_KEY_PARTS and _KEY_RUN.search(_STRINGS.sub("s", line)):
            raise TemplateProblem(
                path, "tpl.file.reason.long_key", line=number, limit=MAX_KEY_PARTS
            )


def _depth(value: object) -> int:
    """How deep lists and tables nest in `value` (a text or number: 0)."""
    if isinstance(value, dict):
        return 1 + max((_depth(v) for v in value.values()), default=0)
    if isinstance(value, list):
        return 1 + max((_depth(v) for v in value), default=0)
    return 0


def _cleaned(value: Any) -> Any:
    """Every text in the file without escape sequences and control characters."""
    if isinstance(value, str):
        return without_controls(value)
    if isinstance(value, dict):
        return {without_controls(k): _cleaned(v) for k, v in value.items()}
    if isinstance(value, list):
        return [_cleaned(v) for v in value]
    return value


def _read_text(path: Path) -> str:
    try:
        with path.open("rb") as stream:
            raw = stream.read(MAX_FILE_BYTES + 1)
    except OSError:
        raise TemplateProblem(path, "tpl.file.reason.unreadable") from None
    if len(raw) > MAX_FILE_BYTES:
        raise TemplateProblem(path, "tpl.file.reason.too_big", limit=MAX_FILE_BYTES // 1024)
    try:
        return raw.decode("utf-8")
    except UnicodeDecodeError as error:
        line = raw[: error.start].count(b"\n") + 1
        raise TemplateProblem(path, "tpl.file.reason.not_utf8", line=line) from None


_POSITION = re.compile(r"\s*\(at line (\d+), column (\d+)\)\s*$")
_AT_END = re.compile(r"\s*\(at end of document\)\s*$")


def _toml_position(error: tomllib.TOMLDecodeError, text: str) -> tuple[int, int, str]:
    """Line, column and tomllib's own words for a syntax error."""
    message = str(error)
    found = _POSITION.search(message)
    if found:
        return int(found[1]), int(found[2]), message[: found.start()]
    lines = text.split("\n")
    return len(lines), len(lines[-1]) + 1, _AT_END.sub("", message)


# -- validation errors as sentences ----------------------------------------------------

_TYPE_REASONS = {
    "missing": "tpl.file.reason.missing",
    "extra_forbidden": "tpl.file.reason.unknown_field",
    "string_type": "tpl.file.reason.text",
    "int_type": "tpl.file.reason.number",
    "int_parsing": "tpl.file.reason.number",
    "int_from_float": "tpl.file.reason.number",
    "bool_type": "tpl.file.reason.flag",
    "bool_parsing": "tpl.file.reason.flag",
    "list_type": "tpl.file.reason.list",
    "model_type": "tpl.file.reason.table",
    "model_attributes_type": "tpl.file.reason.table",
    "invalid.required": "tpl.file.reason.empty",
}
_TEMPLATE_REASONS = {
    "invalid.template_no_steps": "tpl.file.reason.no_steps",
    "invalid.template_duplicate_step": "tpl.file.reason.duplicate_step",
    "invalid.template_too_long": "tpl.file.reason.too_long",
}


def _explain_invalid(path: Path, error: ValidationError, text: str) -> TemplateProblem:
    """The first thing pydantic found wrong, as one sentence (one is enough to act on)."""
    item = error.errors(include_url=False)[0]
    kind: str = item["type"]
    loc = tuple(item["loc"])
    ctx: dict[str, Any] = dict(item.get("ctx") or {})
    if kind in _TEMPLATE_REASONS:
        return TemplateProblem(path, _TEMPLATE_REASONS[kind], **ctx)
    where = _where(loc, text)
    if kind == "enum":
        choices = ", ".join(k.value for k in StepKind)
        return TemplateProblem(
            path, "tpl.file.reason.kind", where, value=str(item.get("input")), choices=choices
        )
    if kind in ("greater_than_equal", "less_than_equal") and loc[-1:] == ("minutes",):
        return TemplateProblem(path, "tpl.file.reason.minutes", where, low=1, high=MAX_MINUTES)
    if kind in _TYPE_REASONS:
        return TemplateProblem(path, _TYPE_REASONS[kind], where)
    return TemplateProblem(path, "tpl.file.reason.other", where, detail=item["msg"])


_STEP_HEADER = re.compile(r"^\s*\[\[\s*steps\s*\]\]")
_TABLE_HEADER = re.compile(r"^\s*\[")


def _where(loc: Sequence[int | str], text: str) -> Where:
    """Which field of which step, with its line when the file is laid out as documented."""
    lines = text.split("\n")
    if len(loc) >= 2 and loc[0] == "steps" and isinstance(loc[1], int):
        number = loc[1] + 1
        block = _step_block(lines, loc[1])
        if len(loc) >= 3:
            name = str(loc[2])
            line = _key_line(lines, name, *block) if block else None
            line = line or (block[0] if block else None)
            if line is None:
                return "tpl.file.where.step_field", {"field": name, "number": number}
            return "tpl.file.where.step_field_line", {"field": name, "number": number, "line": line}
        if block is None:
            return "tpl.file.where.step", {"number": number}
        return "tpl.file.where.step_line", {"number": number, "line": block[0]}
    name = str(loc[0]) if loc else "-"
    end = next((i for i, line in enumerate(lines) if _TABLE_HEADER.match(line)), len(lines))
    line = _key_line(lines, name, 0, end)
    if line is None:
        return "tpl.file.where.field", {"field": name}
    return "tpl.file.where.field_line", {"field": name, "line": line}


def _step_block(lines: list[str], index: int) -> tuple[int, int] | None:
    """(1-based line of the step's `[[steps]]` header, index of the line after its block)."""
    headers = [i for i, line in enumerate(lines) if _STEP_HEADER.match(line)]
    if index >= len(headers):
        return None
    start = headers[index]
    following = [i for i, line in enumerate(lines) if i > start and _TABLE_HEADER.match(line)]
    return start + 1, following[0] if following else len(lines)


def _key_line(lines: list[str], key: str, start: int, end: int) -> int | None:
    pattern = re.compile(rf"""^\s*["']?{re.escape(key)}["']?\s*=""")
    for i in range(start, end):
        if pattern.match(lines[i]):
            return i + 1
    return None
