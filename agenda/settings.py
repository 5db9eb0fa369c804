"""The chair's preferences that outlive a session (kept beside the cases by `Store`).

A plain record (`agenda.records`): the app reads it before its first screen, to start in
the chosen colours, without waiting for pydantic.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Annotated, Any, ClassVar, Literal

from agenda.records import PLAIN_RECORD, AtLeast

ThemeName = Literal["calm", "contrast"]

BACKUP_INTERVALS: tuple[int | None, ...] = (1, 3, 7, 14, 30, None)
"""The reminder intervals a chair can choose, in days; None: never remind."""


@dataclass(frozen=True)
class Settings:
    __pydantic_config__: ClassVar[dict[str, Any]] = PLAIN_RECORD

    theme: ThemeName = "calm"
    """"calm" for everyday sharing; "contrast" for small thumbnails and low vision."""
    last_backup: datetime | None = None
    """When `vliegwiel backup` last wrote every case of this data folder (local time).

    A bundle of some cases only (a handover) does not count: it would not bring the
    other cases back if the laptop were lost."""
    backup_every_days: Annotated[int, AtLeast(1)] | None = 7
    """Remind the chair at check-out when the last backup is this many days old or more;
    None never reminds (where IT backs the data folder up in its own way)."""

    def backup_due(self, now: datetime) -> bool:
        """Whether check-out should remind the chair to make a backup."""
        if self.backup_every_days is None:
            return False
        return self.last_backup is None or now - self.last_backup >= timedelta(
            days=self.backup_every_days
        )

    def next_backup_interval(self) -> int | None:
        """The interval after this one in `BACKUP_INTERVALS` (the palette cycles them)."""
        if self.backup_every_days not in BACKUP_INTERVALS:
            return BACKUP_INTERVALS[0]
        index = BACKUP_INTERVALS.index(self.backup_every_days)
        return BACKUP_INTERVALS[(index + 1) % len(BACKUP_INTERVALS)]
