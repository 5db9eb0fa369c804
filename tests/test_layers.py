"""The layering contract, read from the code as harlequin's import-linter contracts are.

`agenda` is the domain: it never imports `tui` or `textual`. Inside `tui`, each layer may
import its own layer and the layers below it, never one above:

    app        tui/app.py, the command line
    screens    tui/screens/, and what starts a meeting or reminds of a backup
    steps      tui/steps/: the agenda step views
    dialogs    tui/dialogs/: the modal dialogs
    widgets    tui/widgets/
    base       commands, context, type-ahead, compat, latency, autosave, themes

So a step or a widget never imports a screen (it posts a message up), a widget never opens
a dialog (the screen does, when the widget asks), and nothing below the app imports it,
not even for a type (`tui.context.Services` names what they use of it). Every import
counts: at the top, inside a function, or for type checking only.
"""

from __future__ import annotations

import ast
from pathlib import Path

from agenda.clock import ManualClock
from agenda.locations import Locations
from agenda.storage import Store
from tests.pilot import make_app
from tui.context import Services

ROOT = Path(__file__).resolve().parent.parent

LAYERS: list[tuple[str, tuple[str, ...]]] = [
    ("app", ("tui.app", "tui.after_start", "tui.cli", "tui.cli_backup", "tui.__main__")),
    ("screens", ("tui.screens", "tui.meeting_start", "tui.backup_note")),
    ("steps", ("tui.steps",)),
    ("dialogs", ("tui.dialogs",)),
    ("widgets", ("tui.widgets",)),
    (
        "base",
        (
            "tui.commands",
            "tui.context",
            "tui.typeahead",
            "tui.compat",
            "tui.latency",
            "tui.autosave",
        ),
    ),
    ("base", ("tui.themes", "tui")),
]

EXCEPTIONS: dict[tuple[str, str], str] = {}
"""Deliberate imports against the layers, one line each: (importer, imported) -> why."""


def module_name(path: Path) -> str:
    parts = list(path.relative_to(ROOT).with_suffix("").parts)
    if parts[-1] == "__init__":
        parts.pop()
    return ".".join(parts)


def imports(path: Path) -> set[str]:
    """Every module `path` imports, anywhere in the file."""
    return imports_in(path.read_text(encoding="utf-8"), module_name(path))


def imports_in(source: str, module: str) -> set[str]:
    found: set[str] = set()
    package = module.rpartition(".")[0]
    for node in ast.walk(ast.parse(source)):
        if isinstance(node, ast.Import):
            found.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom):
            base = node.module or ""
            if node.level:  # relative: from the file's own package, or one up per dot
                parts = package.split(".")
                base = ".".join([*parts[: len(parts) - node.level + 1], base])
            found.add(base.strip("."))
            found.update(f"{base}.{alias.name}".strip(".") for alias in node.names)
    return found


def layer_of(module: str) -> int | None:
    """The layer's height (0 is the top) of a module of `tui`, else None."""
    matches = [
        (len(prefix), height)  # the longest matching prefix decides
        for height, (_, prefixes) in enumerate(LAYERS)
        for prefix in prefixes
        if module == prefix or module.startswith(prefix + ".")
    ]
    return max(matches)[1] if matches else None


def sources(folder: str) -> list[Path]:
    return sorted((ROOT / folder).rglob("*.py"))


def test_every_module_of_the_app_has_a_layer() -> None:
    assert [module_name(p) for p in sources("tui") if layer_of(module_name(p)) is None] == []


def upward(importer: str, imported: set[str]) -> list[str]:
    """The imports of `importer` that reach a layer above its own."""
    own = layer_of(importer)
    assert own is not None, importer
    found = []
    for module in sorted(imported):
        height = layer_of(module)
        if height is not None and height < own and (importer, module) not in EXCEPTIONS:
            found.append(f"{importer} ({LAYERS[own][0]}) -> {module} ({LAYERS[height][0]})")
    return found


def test_no_layer_imports_one_above_it() -> None:
    assert [line for p in sources("tui") for line in upward(module_name(p), imports(p))] == []


def test_the_domain_imports_neither_the_app_nor_textual() -> None:
    found = [
        f"{module_name(path)} -> {imported}"
        for path in sources("agenda")
        for imported in imports(path)
        if imported.split(".")[0] in {"tui", "textual", "rich"}
    ]
    assert found == []


def test_the_scan_sees_an_upward_import() -> None:
    """The contract is not vacuous: a widget that imports a screen or a dialog, even
    lazily or for a type only, is caught."""
    source = (
        "from typing import TYPE_CHECKING\n"
        "from ..dialogs.member_form import MemberForm\n"
        "if TYPE_CHECKING:\n"
        "    from tui.app import VliegwielApp\n"
        "def later():\n"
        "    import tui.screens.meeting\n"
    )
    found = upward("tui.widgets.team_list", imports_in(source, "tui.widgets.team_list"))
    reached = {line.split(" -> ")[1] for line in found}
    assert {"tui.app (app)", "tui.dialogs.member_form (dialogs)"} <= reached
    assert "tui.screens.meeting (screens)" in reached


def test_the_app_provides_what_the_layers_below_use(
    store: Store, locations: Locations, clock: ManualClock
) -> None:
    services: Services = make_app(store, locations, clock)  # mypy checks the shape
    assert isinstance(services, Services)  # and so does the run
