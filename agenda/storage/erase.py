"""Erasing a case: its meetings before its case file, so no part of it is ever hidden.

The case file is what lists a case. Removed first, the case vanished from every list while
its meetings (names, notes, actions) stayed on disk, and the id needed to finish the erase
was shown nowhere. So an erase first writes a marker (`erasing`) into the case folder,
flushed to disk, then removes the meetings, then the actions and whatever else is there,
then the case file, the marker and the folder last. Cut off anywhere (a kill, a power
cut, a file that would not go), the case is listed as being erased ("wordt gewist"), by
its alias while the case file is there and by its id after, and the next
`vliegwiel erase` of it finishes the job.
"""

from __future__ import annotations

import os
import shutil
from pathlib import Path

from agenda.storage.files import sync_folder, write_atomic, write_failed
from agenda.storage.store import CASE_FILE, ERASING, MEETINGS


def erase_folder(folder: Path) -> None:
    """Remove the case folder in the order above; `WriteFailed` if something will not go
    (what is left is listed as being erased)."""
    marker = folder / ERASING
    if not marker.exists():
        write_atomic(marker, b"")
    try:
        _remove(folder / MEETINGS)
        for entry in sorted(folder.iterdir()):
            if entry.name not in (CASE_FILE, ERASING):
                _remove(entry)
        _remove(folder / CASE_FILE)
        marker.unlink()
        folder.rmdir()
    except OSError as error:
        raise write_failed(folder, error) from None
    sync_folder(folder.parent)


def _remove(path: Path) -> None:
    if path.is_dir() and not path.is_symlink():
        shutil.rmtree(path)
    elif os.path.lexists(path):
        path.unlink()
