"""Build Vliegwiel as one executable file, for laptops that have no Python at all.

    python scripts/build_exe.py            # dist/vliegwiel, or dist\\vliegwiel.exe on Windows

Runs on the operating system it builds for (PyInstaller does not cross-compile): on
Windows it makes `vliegwiel.exe`, on Linux and macOS `vliegwiel`. It needs internet access
once, to install PyInstaller (the `build` extra) into a build venv of its own
(`build/exe-venv`), so the Python that runs this script stays untouched.

Textual loads its widgets lazily (`textual.widgets.__init__` imports them by name when
first used) and reads `.tcss` style files at run time, which PyInstaller's import scan
cannot see; so all of Textual is collected, plus our own packages and their `.tcss`
files. After the build, the archive is checked for every module of `agenda` and `tui`
(the message catalogues in `agenda.i18n` included), every Textual widget, every
`.tcss` file and the parts of `cryptography` that backups use: they are imported only
when `vliegwiel backup` or `restore` runs, and come in because all of `agenda` is
collected (PyInstaller follows `agenda.backup.sealed`'s imports, and its hook for
`cryptography` brings the compiled core). A missing one fails the build instead of the
app at a user's desk.
"""

from __future__ import annotations

import argparse
import json
import sys
import tempfile
import time
import venv
from collections.abc import Sequence
from pathlib import Path

from build_wheelhouse import REPO, BuildFailed, build_wheel, run

NAME = "vliegwiel"
NO_PYINSTALLER = 3
"""Exit status when PyInstaller could not be installed (no internet, no wheel for this Python)."""

LAUNCHER = "from tui.cli import main\n\nraise SystemExit(main())\n"

# Run in the build venv: what must be inside the executable, by PyInstaller's names.
EXPECTED = """
import json, pkgutil, pathlib, importlib
names = []
for package in ("agenda", "tui", "textual.widgets"):
    module = importlib.import_module(package)
    names.append(package)
    names += [m.name for m in pkgutil.walk_packages(module.__path__, package + ".")]
tui = pathlib.Path(importlib.import_module("tui").__file__).parent
names += ["tui/" + p.relative_to(tui).as_posix() for p in tui.rglob("*.tcss")]
names += ["cryptography.hazmat.primitives." + m for m in ("ciphers.aead", "kdf.scrypt")]
rust = importlib.import_module("cryptography.hazmat.bindings._rust").__file__
names += ["cryptography/hazmat/bindings/" + pathlib.Path(rust).name]
print(json.dumps(names))
"""

CONTENTS = """
import json, sys
from PyInstaller.archive.readers import pkg_archive_contents
print(json.dumps(pkg_archive_contents(sys.argv[1])))
"""


class NoPyInstaller(BuildFailed):
    """PyInstaller could not be installed into the build venv."""


def venv_python(folder: Path) -> Path:
    return folder / ("Scripts/python.exe" if sys.platform == "win32" else "bin/python")


def prepare_venv(folder: Path, wheel: Path) -> Path:
    """A build venv with PyInstaller and this very wheel of Vliegwiel; return its Python."""
    python = venv_python(folder)
    if not python.exists():
        print(f"Creating the build venv {folder}")
        venv.EnvBuilder(with_pip=True, clear=True).create(folder)
    print("Installing Vliegwiel and PyInstaller into it")
    run([python, "-m", "pip", "install", "--quiet", wheel], "Installing Vliegwiel")
    # The version number does not change with every commit: always take this very wheel.
    run(
        [python, "-m", "pip", "install", "--quiet", "--no-deps", "--force-reinstall", wheel],
        "Installing Vliegwiel",
    )
    try:
        run(
            [python, "-m", "pip", "install", "--quiet", f"{wheel}[build]"], "Installing PyInstaller"
        )
    except BuildFailed as problem:
        raise NoPyInstaller(str(problem)) from problem
    return python


def pyinstaller(python: Path, out: Path, work: Path) -> Path:
    """Run PyInstaller; return the executable it made."""
    launcher = work / "launch_vliegwiel.py"
    work.mkdir(parents=True, exist_ok=True)
    launcher.write_text(LAUNCHER, encoding="utf-8")
    run(
        [
            python,
            "-m",
            "PyInstaller",
            "--noconfirm",
            "--clean",
            "--log-level=WARN",
            "--onefile",
            "--console",
            "--name",
            NAME,
            "--distpath",
            out,
            "--workpath",
            work / "pyinstaller",
            "--specpath",
            work,
            "--collect-all",
            "textual",
            "--collect-submodules",
            "agenda",
            "--collect-submodules",
            "tui",
            "--collect-data",
            "tui",
            launcher,
        ],
        "PyInstaller",
    )
    exe = out / (f"{NAME}.exe" if sys.platform == "win32" else NAME)
    if not exe.is_file():
        raise BuildFailed(f"PyInstaller reported success but made no {exe}")
    return exe


def missing_contents(python: Path, exe: Path) -> list[str]:
    """Modules and style files that should be inside the executable and are not."""
    expected = json.loads(run([python, "-c", EXPECTED], "Listing our modules"))
    contents = set(json.loads(run([python, "-c", CONTENTS, exe], "Listing the executable")))
    return [name for name in expected if name not in contents]


def build(out: Path, venv_dir: Path, work: Path) -> Path:
    started = time.monotonic()
    with tempfile.TemporaryDirectory(prefix="vliegwiel-wheel-") as scratch:
        print("Building the Vliegwiel wheel")
        wheel = build_wheel(Path(scratch))
        python = prepare_venv(venv_dir, wheel)
    print("Running PyInstaller (a minute or so)")
    frozen = time.monotonic()
    exe = pyinstaller(python, out, work)
    built = time.monotonic() - frozen
    missing = missing_contents(python, exe)
    if missing:
        raise BuildFailed("the executable lacks: " + ", ".join(missing))
    size = exe.stat().st_size / 1_000_000
    total = time.monotonic() - started
    print(f"Built {exe} ({size:.1f} MB); PyInstaller {built:.0f} s, all steps {total:.0f} s")
    return exe


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="Build Vliegwiel as one executable file.")
    parser.add_argument("--out", type=Path, default=REPO / "dist", help="where the file goes")
    parser.add_argument(
        "--venv", type=Path, default=REPO / "build" / "exe-venv", help="the build venv"
    )
    parser.add_argument(
        "--work", type=Path, default=REPO / "build" / "exe", help="PyInstaller's work folder"
    )
    args = parser.parse_args(argv)
    try:
        build(args.out.resolve(), args.venv.resolve(), args.work.resolve())
    except NoPyInstaller as problem:
        print(f"error: PyInstaller could not be installed: {problem}", file=sys.stderr)
        return NO_PYINSTALLER
    except BuildFailed as problem:
        print(f"error: {problem}", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
