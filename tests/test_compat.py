"""Textual's private parts are used in `tui/compat.py` only, and are still where it looks.

A private name of Textual (`_bindings`, `_blocks`, `_exit_renderables`, …) read or
written anywhere else in the app or its tests fails here, and so does a private module
imported elsewhere (`textual.widgets._markdown`). One deliberate exception: `bench/`,
whose probe times Textual's own frames by wrapping `App._display` (`bench/probe.py`).
After a Textual upgrade, `test_the_private_names_compat_uses_still_exist` says what
moved.
"""

from __future__ import annotations

import ast
import inspect
from functools import cache
from pathlib import Path

import textual
from textual.app import App
from textual.command import CommandPalette
from textual.widgets import Input

from tui import compat

ROOT = Path(__file__).resolve().parent.parent
COMPAT = ROOT / "tui" / "compat.py"
STDLIB = {"os", "sys"}
"""`os._exit` is the standard library's, not Textual's."""


def _private_names(tree: ast.AST) -> set[str]:
    """`_name`s a module defines or uses as attributes (not dunders)."""
    names: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Attribute):
            names.add(node.attr)
        elif isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef):
            names.add(node.name)
    return {n for n in names if n.startswith("_") and not n.startswith("__")}


@cache
def textual_private() -> frozenset[str]:
    found: set[str] = set()
    for path in Path(textual.__file__).parent.rglob("*.py"):
        found |= _private_names(ast.parse(path.read_text(encoding="utf-8")))
    return frozenset(found)


def _ours(paths: list[Path]) -> set[str]:
    """The private names our own code defines (`self._rows = …`, `def _fill`)."""
    defined: set[str] = set()
    for path in paths:
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef):
                defined.add(node.name)
            targets = node.targets if isinstance(node, ast.Assign) else []
            if isinstance(node, ast.AnnAssign | ast.AugAssign):
                targets = [node.target]
            for target in targets:
                if isinstance(target, ast.Attribute):
                    defined.add(target.attr)
                if isinstance(target, ast.Name):
                    defined.add(target.id)
    return defined


def reaches_into_textual(path: Path, ours: set[str]) -> list[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    found = []
    for node in ast.walk(tree):
        if isinstance(node, ast.ImportFrom) and node.module:
            parts = node.module.split(".")
            if parts[0] == "textual" and any(p.startswith("_") for p in parts):
                found.append(f"{path.relative_to(ROOT)}:{node.lineno}: import {node.module}")
        if (
            isinstance(node, ast.Attribute)
            and node.attr in textual_private()
            and node.attr not in ours
            and not (isinstance(node.value, ast.Name) and node.value.id in STDLIB)
        ):
            found.append(f"{path.relative_to(ROOT)}:{node.lineno}: .{node.attr}")
    return found


def test_only_compat_reaches_into_textual() -> None:
    paths = [
        p
        for folder in ("tui", "tests")
        for p in sorted((ROOT / folder).rglob("*.py"))
        if p not in (COMPAT, Path(__file__).resolve()) and "__snapshots__" not in p.parts
    ]
    ours = _ours(paths)
    assert [line for path in paths for line in reaches_into_textual(path, ours)] == []


def test_the_scan_sees_a_private_name() -> None:
    assert {"_bindings", "_exit_renderables", "_blocks"} <= textual_private()
    assert reaches_into_textual(COMPAT, set())  # compat itself is what it would catch


def test_the_private_names_compat_uses_still_exist() -> None:
    """Pinned to the version compat was checked with; its names are all still there."""
    major_minor = ".".join(textual.__version__.split(".")[:2])
    assert major_minor == ".".join(compat.CHECKED_WITH.split(".")[:2])
    app: App[None] = App()
    for name in ("_exit_renderables", "_exception", "_close_messages_no_wait", "_notifications"):
        assert hasattr(app, name), name
    assert callable(App._fatal_error)
    # Set in `MarkdownBlock.__init__`, which needs a parsed document to run; the preview's
    # tests read every cell through them (tests/test_minutes_preview.py).
    source = inspect.getsource(compat.MarkdownBlock.__init__)
    assert "self._blocks" in source and "self._content" in source
    assert Input()._suggestion == ""  # the completion the wrapping field draws
    # The palette's "No matches found", repeated in our words (`palette_in_words`).
    source = inspect.getsource(CommandPalette._start_no_matches_countdown)
    assert "No matches found" in source
    for name in ("_NO_MATCHES", "_NO_MATCHES_COUNTDOWN", "_stop_no_matches_countdown"):
        assert hasattr(CommandPalette, name), name
    for name in ("_list_visible", "_no_matches_timer"):
        assert f"self.{name}" in source, name
