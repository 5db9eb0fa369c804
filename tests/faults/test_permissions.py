"""Permissions: every file 0600 and every folder Vliegwiel makes 0700, after every write.

With the most permissive umask (0o000), so that nothing depends on the user's setting,
and also when the data folder already exists with 0755 (made by hand, or by an
installer) or as a team's shared folder (2775, group access and setgid): a folder that
was there keeps its mode exactly, and what Vliegwiel writes inside is private all the
same. The start screen says so when such a folder can be read by others.
"""

from __future__ import annotations

import os
import stat
from collections.abc import Callable
from pathlib import Path

import pytest

from agenda.demo import add_demo
from agenda.i18n import Messages
from agenda.storage import Store
from tests.conftest import TODAY
from tests.faults.conftest import Figures
from tests.faults.scene import scene
from tui.cli import main

pytestmark = [
    pytest.mark.faults,
    pytest.mark.skipif(os.name == "nt", reason="POSIX permissions"),
]


def lax_modes(root: Path) -> list[str]:
    """Every file not 0600 and folder not 0700 under `root` (not `root` itself: it may
    have been there before Vliegwiel)."""
    lax = []
    for path in root.rglob("*"):
        mode = stat.S_IMODE(path.lstat().st_mode)
        if mode != (0o700 if path.is_dir() else 0o600):
            lax.append(f"{path.relative_to(root.parent)} {mode:o}")
    return lax


@pytest.mark.parametrize(
    "existing", [None, 0o755, 0o2775], ids=["new folder", "folder was 0755", "shared 2775"]
)
@pytest.mark.usefixtures("open_umask")
def test_every_kind_of_write_leaves_private_files_and_folders(
    tmp_path: Path, existing: int | None, figures: Figures
) -> None:
    data = tmp_path / "data" / "vliegwiel"
    if existing is not None:
        data.mkdir(parents=True)
        data.chmod(existing)
    sc, other = scene("Eén"), scene("Twee")
    checked: list[str] = []
    lax: list[str] = []

    def check(write: str) -> None:
        checked.append(write)
        lax.extend(f"after {write}: {entry}" for entry in lax_modes(data))

    with Store(data) as store:
        check("opening the store")
        writes: list[tuple[str, Callable[[], object]]] = [
            ("save_case", lambda: store.save_case(sc.case)),
            ("save_actions", lambda: store.save_actions(sc.case, sc.actions)),
            ("begin_meeting", lambda: store.begin_meeting(sc.case, sc.meeting)),
            ("save_meeting", lambda: store.save_meeting(sc.meeting)),
            ("close_meeting", lambda: store.close_meeting(sc.case, sc.meeting)),
            ("another case", lambda: other.store(store)),
            ("demo", lambda: add_demo(store, Messages("nl"), TODAY)),
            ("erase of another case", lambda: store.erase_case(other.case.id)),
            ("clean_temps", store.clean_temps),
        ]
        for name, write in writes:
            write()
            check(name)
    assert main(["erase", "demo", "--yes", "--data-dir", str(data)]) == 0
    check("vliegwiel erase")

    figures.add("kinds of write checked", len(checked))
    figures.add("files or folders with other modes", len(lax), "0")
    assert lax == []
    mode = stat.S_IMODE(data.stat().st_mode)
    if existing is None:  # made by Vliegwiel, its parent too
        assert (mode, stat.S_IMODE(data.parent.stat().st_mode)) == (0o700, 0o700)
    else:
        assert mode == existing  # group access and setgid kept
        figures.add("existing folders whose mode was kept", 1)
