"""Build an offline wheelhouse: Vliegwiel's wheel plus a wheel of every dependency.

Run on a computer with internet access; carry the resulting folder (or zip) to a laptop
without it, where `pip install --user --no-index --find-links <folder> vliegwiel`
installs Vliegwiel without admin rights. Standard library only, so it runs with any
Python >= 3.11 on Windows, macOS and Linux.

    python scripts/build_wheelhouse.py                    # this computer and this Python
    python scripts/build_wheelhouse.py --target windows   # Windows, Python 3.11-3.13
    python scripts/build_wheelhouse.py --target all --python 3.12

Our dependencies are pure Python except pydantic-core and cffi, which have a wheel per
operating system, processor and Python version, and cryptography (for backups), which
has one per operating system and processor (abi3: any Python from 3.11 on). A target's
wheelhouse therefore holds such a wheel for every Python version and processor it
covers, and pip on the laptop picks the one that fits; where the newest cryptography has
no wheel for a processor (Windows ARM64, Intel Macs), pip takes the newest that has one,
and the offline check below proves the install resolves. Each target gets a folder and a
zip of that folder under `--out` (default `wheelhouse/`), with an INSTALL.txt giving the
exact commands.
"""

from __future__ import annotations

import argparse
import os
import platform
import re
import shutil
import subprocess
import sys
import tempfile
import time
import zipfile
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
PYTHONS = ("3.11", "3.12", "3.13")
HERE = "here"


@dataclass(frozen=True)
class Target:
    """An operating system and the processors whose wheels its wheelhouse carries."""

    name: str
    title: str
    windows: bool
    platforms: dict[str, tuple[str, ...]]
    """Processor → the pip platform tags that fit it (pip accepts several)."""


TARGETS = {
    target.name: target
    for target in (
        Target(
            "windows",
            "Windows",
            windows=True,
            platforms={"64-bit (x64)": ("win_amd64",), "ARM64": ("win_arm64",)},
        ),
        Target(
            "macos",
            "macOS",
            windows=False,
            platforms={
                "Apple silicon": ("macosx_11_0_arm64",),
                "Intel": ("macosx_11_0_x86_64",),  # pip also accepts older macOS wheels
            },
        ),
        Target(
            "linux",
            "Linux",
            windows=False,
            platforms={
                "x86_64": ("manylinux_2_17_x86_64", "manylinux2014_x86_64"),
                "aarch64": ("manylinux_2_17_aarch64", "manylinux2014_aarch64"),
            },
        ),
    )
}

# Markers pip evaluates for the computer it runs on, not for the target it downloads for.
_MACHINE_MARKERS = re.compile(
    r"sys_platform|platform_system|platform_machine|os_name|python_version|implementation"
)


class BuildFailed(Exception):
    """A step failed; the message says which and what pip said."""


def run(command: Sequence[str | Path], what: str, env: dict[str, str] | None = None) -> str:
    """Run a command quietly and return its output; on failure show all it said, which
    names the real cause."""
    result = subprocess.run(
        [str(part) for part in command], capture_output=True, text=True, check=False, env=env
    )
    if result.returncode != 0:
        raise BuildFailed(f"{what} failed:\n{result.stdout}{result.stderr}".rstrip())
    return result.stdout


def project_version(repo: Path = REPO) -> str:
    text = (repo / "pyproject.toml").read_text(encoding="utf-8")
    found = re.search(r'^version\s*=\s*"([^"]+)"', text, re.MULTILINE)
    if not found:
        raise BuildFailed("pyproject.toml names no version")
    return found.group(1)


def _clean_copy(repo: Path, dest: Path) -> None:
    """The files a wheel is built from, without build leftovers in the work tree.

    Building in a copy keeps `build/` and `*.egg-info` out of the repository and keeps a
    stale `build/lib` from slipping deleted modules into the wheel.
    """
    dest.mkdir(parents=True)
    for name in ("pyproject.toml", "README.md"):
        shutil.copy2(repo / name, dest / name)
    for licence in repo.glob("LICEN[CS]E*"):
        shutil.copy2(licence, dest / licence.name)
    skip = shutil.ignore_patterns("__pycache__", "*.pyc")
    for package in sorted(p.parent for p in repo.glob("*/__init__.py")):
        shutil.copytree(package, dest / package.name, ignore=skip)


def build_wheel(dest: Path, python: str = sys.executable, repo: Path = REPO) -> Path:
    """Build Vliegwiel's own wheel into `dest` and return its path."""
    dest.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory(prefix="vliegwiel-src-") as scratch:
        source = Path(scratch) / "src"
        _clean_copy(repo, source)
        run(
            [python, "-m", "pip", "wheel", "--quiet", "--no-deps", "--wheel-dir", dest, source],
            "Building the Vliegwiel wheel",
        )
    wheels = sorted(dest.glob("vliegwiel-*.whl"))
    if len(wheels) != 1:
        raise BuildFailed(f"expected one Vliegwiel wheel in {dest}, found {len(wheels)}")
    return wheels[0]


Combination = tuple[str, list[str]]
"""A line to show ("Windows ARM64, Python 3.12") and the pip flags that select it."""


def combinations(target: Target, pythons: Sequence[str]) -> list[Combination]:
    """Each Python version and processor of `target`, as pip's selection flags."""
    found = []
    for version in pythons:
        for processor, tags in target.platforms.items():
            flags = ["--implementation", "cp", "--python-version", version]
            for tag in tags:
                flags += ["--platform", tag]
            found.append((f"{target.title} {processor}, Python {version}", flags))
    return found


def download(wheel: Path, folder: Path, flags: Sequence[str], python: str) -> None:
    """Put the wheels of every dependency of `wheel` for one combination in `folder`."""
    command = [python, "-m", "pip", "download", "--quiet", "--only-binary=:all:"]
    run([*command, "--dest", folder, *flags, wheel], "Downloading " + " ".join(flags))


def check_offline(folder: Path, flags: Sequence[str], python: str) -> None:
    """pip resolves the whole install from `folder` alone, as on the laptop.

    pip's own configuration is ignored for this check (it may name other indexes or
    wheel folders), so a wheel that is missing from the folder fails the build here.
    """
    env = {k: v for k, v in os.environ.items() if not k.startswith("PIP_")}
    env["PIP_CONFIG_FILE"] = os.devnull
    command = [python, "-m", "pip", "install", "--dry-run", "--ignore-installed", "--quiet"]
    command += ["--no-index", "--find-links", str(folder), "--only-binary=:all:", *flags]
    with tempfile.TemporaryDirectory(prefix="vliegwiel-check-") as target:
        run([*command, "--target", target, "vliegwiel"], "Checking " + " ".join(flags), env)


def this_computer() -> tuple[str, bool]:
    """A folder name for this computer and Python, and whether it is Windows."""
    system = {"win32": "windows", "darwin": "macos"}.get(sys.platform, sys.platform)
    machine = platform.machine().lower() or "unknown"
    version = f"cp{sys.version_info.major}{sys.version_info.minor}"
    return f"{system}-{machine}-{version}", sys.platform == "win32"


def conditional_requirements(folder: Path) -> list[str]:
    """Requirements that depend on the computer pip ran on and are missing here.

    pip decides such markers (`sys_platform == "win32"`, `python_version < "3.12"`) for
    the computer it runs on, even when it downloads for another. Nothing in Vliegwiel's
    dependencies uses them today; if a future release does, this says what to check.
    """
    present = {_normalise(w.name.split("-")[0]) for w in folder.glob("*.whl")}
    notes = []
    for wheel in sorted(folder.glob("*.whl")):
        with zipfile.ZipFile(wheel) as archive:
            metadata = next(
                (n for n in archive.namelist() if n.endswith(".dist-info/METADATA")), None
            )
            if metadata is None:
                continue
            text = archive.read(metadata).decode("utf-8", "replace")
        for line in text.splitlines():
            if not line.startswith("Requires-Dist:") or ";" not in line:
                continue
            requirement, marker = line.removeprefix("Requires-Dist:").split(";", 1)
            if "extra" in marker or not _MACHINE_MARKERS.search(marker):
                continue
            name = _normalise(re.split(r"[\s\[<>=!~(]", requirement.strip(), maxsplit=1)[0])
            if name not in present:
                notes.append(f"{wheel.name}: needs {requirement.strip()} where{marker}")
    return notes


def _normalise(name: str) -> str:
    return re.sub(r"[-_.]+", "_", name).lower()


def install_text(version: str, title: str, windows: bool, pythons: str) -> str:
    """INSTALL.txt: the exact commands for the people who install it."""
    if windows:
        needs = [
            "Python must be installed. python.org's installer needs no admin rights when",
            "'Use admin privileges when installing py.exe' is left unticked.",
        ]
    else:
        needs = [
            "Python 3.11 or newer must be installed (`python3 --version`; the python3 that",
            "comes with macOS is older). Without one, use the one-file build (README.md).",
        ]
    head = [
        f"Vliegwiel {version}: offline install for {title}",
        f"Works with: {pythons}",
        "No internet and no admin rights needed.",
        "",
        *needs,
        "",
    ]
    if windows:
        body = [
            "1. Unzip this folder, e.g. to your Downloads folder.",
            "2. Open PowerShell in the folder that holds this INSTALL.txt (File Explorer:",
            "   right-click inside the folder > Open in Terminal; or `cd <folder>`).",
            "3. Install for your own account only:",
            "",
            "       py -m pip install --user --no-index --find-links . vliegwiel",
            "",
            "   (No `py` command? Use `python` instead of `py` everywhere.)",
            "4. Start it:",
            "",
            "       py -m tui --demo",
            "",
            "   This always works. pip also puts vliegwiel.exe in your user Scripts folder;",
            "   if that folder is on PATH, `vliegwiel --demo` works too. To see where it is:",
            "",
            "       py -c \"import sysconfig; print(sysconfig.get_path('scripts', 'nt_user'))\"",
            "",
            "Update: run step 3 again in a newer folder, adding --upgrade.",
            "Remove: py -m pip uninstall vliegwiel",
        ]
    else:
        body = [
            "1. Unzip this folder and open a terminal in the folder that holds this file.",
            "2. Install into a folder of its own (recommended):",
            "",
            "       python3 -m venv ~/.vliegwiel",
            "       ~/.vliegwiel/bin/pip install --no-index --find-links . vliegwiel",
            "       ~/.vliegwiel/bin/vliegwiel --demo",
            "",
            "   or for your own account (not where the system's Python refuses it):",
            "",
            "       python3 -m pip install --user --no-index --find-links . vliegwiel",
            "       python3 -m tui --demo",
            "",
            "   The `vliegwiel` command lands in ~/.local/bin (macOS: ~/Library/Python/3.X/bin).",
            "",
            "Update: run the install again in a newer folder, adding --upgrade.",
        ]
    tail = [
        "",
        "`--demo` adds an example case to try it out. README.md here tells the rest.",
        "",
    ]
    return "\n".join(head + body + tail)


def assemble(out: Path, name: str, wheel: Path, text: str, windows: bool) -> Path:
    """A fresh folder `out/name` holding our wheel, INSTALL.txt and the README."""
    folder = out / name
    if folder.exists():
        shutil.rmtree(folder)
    (out / f"{name}.zip").unlink(missing_ok=True)
    folder.mkdir(parents=True)
    shutil.copy2(wheel, folder / wheel.name)
    shutil.copy2(REPO / "README.md", folder / "README.md")
    newline = "\r\n" if windows else "\n"  # Notepad shows it either way; be kind to old ones
    (folder / "INSTALL.txt").write_text(text, encoding="utf-8", newline=newline)
    return folder


def zip_folder(folder: Path) -> Path:
    archive = shutil.make_archive(str(folder), "zip", root_dir=folder.parent, base_dir=folder.name)
    return Path(archive)


def _size(path: Path) -> str:
    total = (
        sum(p.stat().st_size for p in path.rglob("*") if p.is_file())
        if path.is_dir()
        else path.stat().st_size
    )
    return f"{total / 1_000_000:.1f} MB"


def describe(name: str, pythons: Sequence[str]) -> tuple[str, str, bool, str, list[Combination]]:
    """A target's folder label, title, whether it is Windows, what it covers, and its
    combinations; `here` is this computer and the Python running this script."""
    if name == HERE:
        label, windows = this_computer()
        this = f"Python {sys.version_info.major}.{sys.version_info.minor}"
        return label, f"this kind of computer ({label})", windows, f"{this} only", [(this, [])]
    target = TARGETS[name]
    covers = "Python " + ", ".join(pythons) + "; " + ", ".join(target.platforms)
    return name, target.title, target.windows, covers, combinations(target, pythons)


def build(targets: Sequence[str], pythons: Sequence[str], out: Path, make_zip: bool) -> list[Path]:
    """Build each target's wheelhouse; return the folders made."""
    python = sys.executable
    version = project_version()
    out.mkdir(parents=True, exist_ok=True)
    made = []
    with tempfile.TemporaryDirectory(prefix="vliegwiel-wheel-") as scratch:
        print("Building the Vliegwiel wheel")
        wheel = build_wheel(Path(scratch), python)
        for name in targets:
            started = time.monotonic()
            label, title, windows, covers, combos = describe(name, pythons)
            text = install_text(version, title, windows, covers)
            folder = assemble(out, f"vliegwiel-{version}-{label}", wheel, text, windows)
            print(f"Downloading dependencies for {title}")
            for line, flags in combos:
                print(f"  {line}")
                download(wheel, folder, flags, python)
            for _, flags in combos:
                check_offline(folder, flags, python)
            for note in conditional_requirements(folder):
                print(f"  check: {note}")
            result = f"{folder} ({_size(folder)}"
            if make_zip:
                archive = zip_folder(folder)
                result += f"; {archive.name} {_size(archive)}"
            print(f"Ready: {result}) in {time.monotonic() - started:.0f} s")
            made.append(folder)
    return made


def parse_args(argv: Sequence[str] | None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0] if __doc__ else None)
    parser.add_argument(
        "--target",
        action="append",
        choices=[HERE, *TARGETS, "all"],
        help="whom to build for (repeatable); default: this computer and this Python",
    )
    parser.add_argument(
        "--python",
        nargs="+",
        metavar="X.Y",
        help=f"Python versions for windows/macos/linux targets (default: {' '.join(PYTHONS)})",
    )
    parser.add_argument("--out", type=Path, default=REPO / "wheelhouse", help="output folder")
    parser.add_argument("--no-zip", action="store_true", help="make folders only")
    args = parser.parse_args(argv)
    wanted = args.target or [HERE]
    args.target = list(TARGETS) if "all" in wanted else list(dict.fromkeys(wanted))
    if args.python and args.target == [HERE]:
        parser.error("--python is for --target windows/macos/linux; `here` is this Python")
    args.python = args.python or list(PYTHONS)
    for version in args.python:
        if not re.fullmatch(r"3\.\d+", version):
            parser.error(f"--python takes versions like 3.12, not {version!r}")
    return args


def main(argv: Sequence[str] | None = None) -> int:
    args = parse_args(argv)
    try:
        build(args.target, args.python, args.out.resolve(), make_zip=not args.no_zip)
    except BuildFailed as problem:
        print(f"error: {problem}", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
