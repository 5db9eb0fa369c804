"""One catalogue per language, with the same keys: every key the code uses, and no other.

A key is used when it stands in the code as a string (`t("start.title")`, a `Command`'s
label, an error's key, a confirm button's label) or when the code builds it from parts
(`f"status.{status.value}"`). Each built family is listed in `FAMILIES` with every key it
can make, taken from the code's own enums and data; a new family that is not listed, a
listed key the catalogue lacks, a string that looks like a key but is none, and a key
nobody uses all fail here.
"""

from __future__ import annotations

import ast
import re
import string
from collections.abc import Callable
from datetime import date
from pathlib import Path

import pytest

from agenda.actions import ActionKind, ActionStatus, Bearable
from agenda.backup.restore import Outcome
from agenda.builtin_templates import BUILTIN_TEMPLATES
from agenda.case import CourseChange, CourseStatus, KernteamRole
from agenda.demo import add_demo
from agenda.i18n import CATALOGUES, Lang, Messages
from agenda.minutes import TABLES
from agenda.storage import Store
from tui.commands import HasKeys, commands_of
from tui.dialogs.stop import STOP_QUESTIONS

ROOT = Path(__file__).resolve().parent.parent
KEY = re.compile(r"^[a-z_]+(\.[a-z0-9_]+)+$")
NOT_KEYS = {"app.focus_next", "app.focus_previous"}
"""Strings shaped like a key that are something else: Textual actions on the app."""
FILE_ENDINGS = (".json", ".tcss")
NOT_KEY_SHAPES = {"agenda.i18n.{}"}
"""Built names that are no keys: the module of a language's catalogue."""


class Recording(Messages):
    """A catalogue that remembers every key it was asked for."""

    def __init__(self, lang: Lang) -> None:
        super().__init__(lang)
        self.asked: set[str] = set()

    def __call__(self, key: str, /, **params: object) -> str:
        self.asked.add(key)
        return super().__call__(key, **params)


def _asked(run: Callable[[Recording], object]) -> set[str]:
    t = Recording("nl")
    run(t)
    return t.asked


def _demo_keys(tmp_path: Path) -> set[str]:
    def build(t: Recording) -> None:
        with Store(tmp_path / "demo") as store:
            add_demo(store, t, date(2026, 11, 28))

    return {k for k in _asked(build) if k.startswith(("demo.", "intent.", "commitment."))}


def _template_keys() -> set[str]:
    def resolve(t: Recording) -> None:
        for template in BUILTIN_TEMPLATES.values():
            template.display_title(t)
            template.for_meeting(t, template.minutes)

    return {k for k in _asked(resolve) if k.startswith("tpl.")}


def families(tmp_path: Path) -> dict[str, set[str]]:
    """Every key family the code builds from parts, with every key it can make."""
    demo = _demo_keys(tmp_path)
    return {
        "status.{}": {f"status.{s.value}" for s in ActionStatus},
        "bearable.{}": {f"bearable.{b.value}" for b in Bearable},
        "action.kind.{}": {f"action.kind.{k.value}" for k in ActionKind},
        "course.{}": {f"course.{c.value}" for c in CourseStatus},
        "course.history.{}": {f"course.history.{c.value}" for c in CourseChange},
        "course.dialog.{}": {f"course.dialog.{c.value}" for c in CourseChange},
        "role.{}": {f"role.{r.value}" for r in KernteamRole},
        "minutes.col.{}": {f"minutes.col.{c}" for cols in TABLES.values() for c in cols},
        "stop.q{}": {f"stop.q{n}" for n in range(1, STOP_QUESTIONS + 1)},
        "cli.restore.{}": {f"cli.restore.{o.value}" for o in Outcome if o is not Outcome.AS_NEW},
        "intent.{}": {k for k in demo if k.startswith("intent.")},
        "commitment.{}": {k for k in demo if k.startswith("commitment.")},
        "demo.course.{}": {k for k in demo if k.startswith("demo.course.")},
        "demo.member.{}.name": {k for k in demo if re.fullmatch(r"demo\.member\.\w+\.name", k)},
        "demo.member.{}.organisation": {
            k for k in demo if re.fullmatch(r"demo\.member\.\w+\.organisation", k)
        },
        "demo.member.{}.task": {k for k in demo if re.fullmatch(r"demo\.member\.\w+\.task", k)},
        "demo.action.{}.what": {k for k in demo if re.fullmatch(r"demo\.action\.\w+\.what", k)},
        "demo.action.{}.result": {k for k in demo if re.fullmatch(r"demo\.action\.\w+\.result", k)},
        "tpl.{}.{}": _template_keys(),
    }


def _sources() -> list[Path]:
    catalogues = {ROOT / "agenda" / "i18n" / f"{lang}.py" for lang in CATALOGUES}
    return [
        p
        for folder in ("agenda", "tui")
        for p in sorted((ROOT / folder).rglob("*.py"))
        if p not in catalogues
    ]


def strings_and_shapes() -> tuple[set[str], set[str]]:
    """Every plain string in the code, and the shape of every f-string that builds a
    dotted name (`f"status.{x}"` → `status.{}`)."""
    plain: set[str] = set()
    shapes: set[str] = set()
    for path in _sources():
        tree = ast.parse(path.read_text(encoding="utf-8"))
        inside_fstrings = {
            id(part)
            for node in ast.walk(tree)
            if isinstance(node, ast.JoinedStr)
            for part in node.values
        }
        for node in ast.walk(tree):
            if isinstance(node, ast.Constant) and isinstance(node.value, str):
                if id(node) not in inside_fstrings:
                    plain.add(node.value)
            elif isinstance(node, ast.JoinedStr):
                shape = "".join(
                    str(part.value) if isinstance(part, ast.Constant) else "{}"
                    for part in node.values
                )
                if re.match(r"^[a-z_]+\.[a-z0-9_.]*\{\}", shape):
                    shapes.add(shape)
    return plain, shapes


def command_keys() -> set[str]:
    import importlib
    import pkgutil

    import tui

    for module in pkgutil.walk_packages(tui.__path__, "tui."):
        if not module.name.endswith("__main__"):
            importlib.import_module(module.name)

    def below(cls: type) -> list[type]:
        subclasses: list[type] = cls.__subclasses__()
        return [c for sub in subclasses for c in (sub, *below(sub))]

    return {
        key
        for cls in below(HasKeys)
        for command in commands_of(cls)
        for key in (command.label, command.help)
        if key
    }


@pytest.fixture(scope="module")
def built(tmp_path_factory: pytest.TempPathFactory) -> dict[str, set[str]]:
    return families(tmp_path_factory.mktemp("families"))


def test_catalogues_have_the_same_keys() -> None:
    nl, en = CATALOGUES["nl"], CATALOGUES["en"]
    assert sorted(set(nl) - set(en)) == []
    assert sorted(set(en) - set(nl)) == []


def test_placeholders_match_between_languages() -> None:
    def fields(text: str) -> set[str]:
        return {name for _, name, _, _ in string.Formatter().parse(text) if name}

    nl, en = CATALOGUES["nl"], CATALOGUES["en"]
    mismatched = [key for key in nl if fields(nl[key]) != fields(en[key])]
    assert mismatched == []


def test_every_string_that_looks_like_a_key_is_one() -> None:
    """A typo in a key (`"cmd.new_actoin"`) is a string no catalogue holds."""
    plain, _ = strings_and_shapes()
    namespaces = {key.split(".")[0] for key in CATALOGUES["nl"]}
    looks = {
        s
        for s in plain
        if KEY.match(s) and s.split(".")[0] in namespaces and not s.endswith(FILE_ENDINGS)
    }
    assert sorted(looks - set(CATALOGUES["nl"]) - NOT_KEYS) == []


def test_every_command_label_and_help_exists() -> None:
    keys = command_keys()
    assert len(keys) > 50
    assert sorted(keys - set(CATALOGUES["nl"])) == []


def test_every_built_key_is_listed_and_exists(built: dict[str, set[str]]) -> None:
    _, shapes = strings_and_shapes()
    unlisted = shapes - set(built) - NOT_KEY_SHAPES
    assert sorted(unlisted) == [], "a key family the test does not enumerate"
    assert all(built.values()), [shape for shape, keys in built.items() if not keys]
    made = set().union(*built.values())
    assert sorted(made - set(CATALOGUES["nl"])) == []


def test_no_key_is_unused(built: dict[str, set[str]]) -> None:
    plain, _ = strings_and_shapes()
    used = (plain | set().union(*built.values())) & set(CATALOGUES["nl"])
    assert sorted(set(CATALOGUES["nl"]) - used) == []


def test_catalogue_texts_hold_no_markup_brackets_outside_known_safe_keys() -> None:
    """Some labels go to widgets that read Textual markup; a `[` there would vanish or
    break the screen. The one exception names TOML syntax and is shown as plain text."""
    plain_only = {"tpl.file.reason.no_steps"}
    risky = [
        key
        for catalogue in CATALOGUES.values()
        for key, text in catalogue.items()
        if ("[" in text or "]" in text) and key not in plain_only
    ]
    assert risky == []
