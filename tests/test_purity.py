"""`agenda` is the pure domain: importing all of it loads no Textual."""

from __future__ import annotations

import subprocess
import sys


def test_agenda_imports_without_textual() -> None:
    code = (
        "import pkgutil, importlib, sys, agenda\n"
        "for m in pkgutil.walk_packages(agenda.__path__, 'agenda.'):\n"
        "    importlib.import_module(m.name)\n"
        "loaded = [n for n in sys.modules if n.split('.')[0] == 'textual']\n"
        "assert not loaded, loaded\n"
        "print(len([n for n in sys.modules if n.startswith('agenda')]))\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=False
    )
    assert result.returncode == 0, result.stderr
    assert int(result.stdout) >= 10
