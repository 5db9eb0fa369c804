"""The offline install IT does: a wheelhouse built on a connected machine installs
Vliegwiel with `--no-index --find-links` and nothing else, and the installed app runs.

Building uses the network through pip, as CI can; installing uses only the wheelhouse.
"""

from __future__ import annotations

import os
import shutil
import sys
import zipfile
from pathlib import Path

import pytest

from tests.install import (
    DEMO_ALIAS,
    backup_round_trip,
    offline_env,
    open_demo_meeting,
    run,
    run_ok,
    script,
    venv_bin,
)
from tests.tmux import Terminal

pytestmark = pytest.mark.slow

THIS_PYTHON = f"cp{sys.version_info.major}{sys.version_info.minor}"
INSTALL = ("--no-index", "--find-links")


@pytest.fixture(scope="module")
def wheelhouse(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """This platform's wheelhouse, as `python scripts/build_wheelhouse.py` makes it."""
    out = tmp_path_factory.mktemp("wheelhouse")
    built = script("build_wheelhouse.py", "--out", out, temp=tmp_path_factory)
    assert built.returncode == 0, built.stdout + built.stderr
    (folder,) = (p for p in out.iterdir() if p.is_dir())
    return folder


def test_wheelhouse_holds_wheels_and_the_install_steps(wheelhouse: Path) -> None:
    names = sorted(p.name for p in wheelhouse.iterdir())
    assert [n for n in names if not n.endswith(".whl")] == ["INSTALL.txt", "README.md"]
    assert "vliegwiel-0.1.0-py3-none-any.whl" in names
    assert any(n.startswith("pydantic_core-") and f"-{THIS_PYTHON}-" in n for n in names)
    assert any(n.startswith("cryptography-") for n in names)  # backups: loaded by those only
    assert any(n.startswith("cffi-") and f"-{THIS_PYTHON}-" in n for n in names)
    steps = (wheelhouse / "INSTALL.txt").read_text(encoding="utf-8")
    assert "pip install --no-index --find-links . vliegwiel" in steps
    with zipfile.ZipFile(wheelhouse.parent / f"{wheelhouse.name}.zip") as archive:
        zipped = {n for n in archive.namelist() if not n.endswith("/")}
    assert zipped == {f"{wheelhouse.name}/{n}" for n in names}


def test_fresh_venv_installs_from_the_wheelhouse_alone_and_runs(
    wheelhouse: Path, tmp_path: Path
) -> None:
    env = offline_env()
    venv = tmp_path / "venv"
    run_ok([sys.executable, "-m", "venv", venv], env=env)
    python = venv_bin(venv, "python")
    run_ok([python, "-m", "pip", "install", *INSTALL, wheelhouse, "vliegwiel"], env=env)
    run_ok([python, "-m", "pip", "check"], env=env)
    where = run_ok([python, "-c", "import tui; print(tui.__file__)"], env=env, cwd=tmp_path)
    assert where.stdout.startswith(str(venv))

    app = venv_bin(venv, "vliegwiel")
    data = tmp_path / "data"
    assert run_ok([app, "--version"], env=env).stdout.strip() == "vliegwiel 0.1.0"
    listed = run_ok([app, "--lang", "en", "cases", "--data-dir", data], env=env)
    assert listed.stdout.startswith("No cases yet")

    command: list[str | Path] = [
        app,
        "--demo",
        "--data-dir",
        data,
        "--minutes-dir",
        tmp_path / "minutes",
    ]
    with Terminal(command, size=(120, 40), env=env, cwd=tmp_path) as term:
        screen = open_demo_meeting(term)
        assert "Incheck" in screen
        assert "Koers" in screen  # the course panel beside the step
        term.press("ctrl+q")
        assert term.wait_for_exit() == 0
    assert DEMO_ALIAS in run_ok([app, "cases", "--data-dir", data], env=env).stdout
    assert DEMO_ALIAS in backup_round_trip([app], tmp_path, env)


def test_user_install_as_the_readme_says(wheelhouse: Path, tmp_path: Path) -> None:
    """`pip install --user` (no admin rights, no venv), then `python -m tui` and the script."""
    base = getattr(sys, "_base_executable", sys.executable)
    stdlib = run_ok([base, "-c", "import sysconfig; print(sysconfig.get_path('stdlib'))"])
    if (Path(stdlib.stdout.strip()) / "EXTERNALLY-MANAGED").exists():
        pytest.skip("this system's Python refuses --user installs (PEP 668); the venv test covers")
    env = offline_env(PYTHONUSERBASE=str(tmp_path / "user"))
    run_ok([base, "-m", "pip", "install", "--user", *INSTALL, wheelhouse, "vliegwiel"], env=env)
    shown = run_ok([base, "-m", "tui", "--version"], env=env, cwd=tmp_path)
    assert shown.stdout.strip() == "vliegwiel 0.1.0"
    scripts = run_ok(
        [base, "-c", f"import sysconfig; print(sysconfig.get_path('scripts', '{os.name}_user'))"],
        env=env,
    )
    app = Path(scripts.stdout.strip()) / ("vliegwiel.exe" if os.name == "nt" else "vliegwiel")
    assert app.is_relative_to(tmp_path / "user")
    assert run_ok([app, "--version"], env=env).stdout.strip() == "vliegwiel 0.1.0"


VERSION = "import sys; print('%d.%d' % sys.version_info[:2])"


def other_python() -> tuple[Path, str] | None:
    """A Python 3.13 or 3.12 on this machine and its version, to install a cross build into."""
    pyenv = Path(os.environ.get("PYENV_ROOT", Path.home() / ".pyenv"))
    for version in ("3.13", "3.12"):
        on_path = shutil.which(f"python{version}")
        found = [Path(on_path)] if on_path else []
        found += sorted(pyenv.glob(f"versions/{version}.*/bin/python3"))
        for candidate in found:
            probe = run([candidate, "-c", VERSION])
            if probe.returncode == 0 and probe.stdout.strip() == version:
                return candidate, version
    return None


@pytest.fixture(scope="module")
def cross_built(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, str]:
    """Windows and Linux wheelhouses for another Python, and that Python's version."""
    other = other_python()
    version = other[1] if other else "3.13"
    out = tmp_path_factory.mktemp("cross")
    built = script(
        "build_wheelhouse.py",
        *("--target", "windows", "--target", "linux"),
        *("--python", version, "--no-zip", "--out", out),
        temp=tmp_path_factory,
    )
    assert built.returncode == 0, built.stdout + built.stderr
    return out, version


def test_cross_built_wheelhouses_carry_each_platforms_pydantic_core(
    cross_built: tuple[Path, str], tmp_path: Path
) -> None:
    out, version = cross_built
    tag = "cp" + version.replace(".", "")
    windows, linux = out / "vliegwiel-0.1.0-windows", out / "vliegwiel-0.1.0-linux"
    cores = sorted(
        p.name for p in [*windows.glob("pydantic_core-*"), *linux.glob("pydantic_core-*")]
    )
    assert len(cores) == 4
    for platform_tag in (
        "win_amd64",
        "win_arm64",
        "manylinux_2_17_x86_64",
        "manylinux_2_17_aarch64",
    ):
        assert any(f"-{tag}-{tag}-" in c and platform_tag in c for c in cores), platform_tag
    # The cryptography of backups: one abi3 wheel per processor, cffi per Python too.
    for folder, tags in ((windows, ("win_amd64", "win_arm64")), (linux, ("x86_64", "aarch64"))):
        held = [p.name for p in folder.iterdir()]
        for platform_tag in tags:
            assert any(n.startswith("cryptography-") and platform_tag in n for n in held)
            assert any(
                n.startswith("cffi-") and f"-{tag}-" in n and platform_tag in n for n in held
            )
    steps = (windows / "INSTALL.txt").read_bytes()
    assert b"py -m pip install --user --no-index --find-links . vliegwiel\r\n" in steps
    # pip resolves the whole install for 64-bit Windows from the Windows wheelhouse alone.
    pip = (sys.executable, "-m", "pip", "install", "--dry-run", "--ignore-installed")
    windows_python = ("--platform", "win_amd64", "--python-version", version, "--abi", tag)
    target = ("--only-binary=:all:", "--target", tmp_path / "target")
    run_ok([*pip, *windows_python, *target, *INSTALL, windows, "vliegwiel"], env=offline_env())


def test_cross_built_wheelhouse_installs_into_that_python(
    cross_built: tuple[Path, str], tmp_path: Path
) -> None:
    other = other_python()
    if other is None:
        pytest.skip("no Python 3.12 or 3.13 on this machine to install into")
    out, version = cross_built
    env = offline_env()
    venv = tmp_path / "venv"
    run_ok([other[0], "-m", "venv", venv], env=env)
    python = venv_bin(venv, "python")
    run_ok(
        [python, "-m", "pip", "install", *INSTALL, out / "vliegwiel-0.1.0-linux", "vliegwiel"],
        env=env,
    )
    loaded = run_ok(
        [python, "-c", f"import pydantic_core, tui.app; {VERSION}"],
        env=env,
        cwd=tmp_path,
    )
    assert loaded.stdout.strip() == version
    data = tmp_path / "data"
    listed = run_ok(
        [venv_bin(venv, "vliegwiel"), "--lang", "en", "cases", "--data-dir", data], env=env
    )
    assert "No cases yet" in listed.stdout
