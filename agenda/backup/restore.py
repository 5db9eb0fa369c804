"""Putting the cases of a backup back, never overwriting one silently.

A case whose id is not in the data folder is simply added. One that is there already is
a `Clash`, and the chair decides: keep the newer of the two (by when a file of each was
last written), keep both (the backup's copy gets a new id, and an alias that tells it
apart), or stop. `--as-new` keeps both for every case without asking. Everything is
decided before anything is written, so stopping changes nothing.

Restoring reads the contents twice: `index` checks every case and tells what is in the
backup, the chair decides, then `carry_out` writes one case at a time.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import datetime
from enum import StrEnum

from agenda.backup.contents import CaseInfo, case_files
from agenda.i18n import Messages
from agenda.storage import Store
from agenda.storage.case_copy import fresh_alias, fresh_id, renamed


class Choice(StrEnum):
    NEWER = "newer"
    BOTH = "both"
    STOP = "stop"


class Outcome(StrEnum):
    ADDED = "added"
    """Not here before: restored under its own id."""
    AS_NEW = "as_new"
    """Restored beside the case here, under a new id."""
    REPLACED = "replaced"
    """The backup's copy was newer and took the place of the one here."""
    KEPT = "kept"
    """The one here was newer and stays; the backup's copy is not used."""


@dataclass(frozen=True)
class Clash:
    """A case in the backup that is in the data folder already, the two side by side."""

    id: str
    alias: str
    here_saved: datetime
    here_meetings: int
    backup_saved: datetime
    backup_meetings: int

    @property
    def backup_is_newer(self) -> bool:
        return self.backup_saved > self.here_saved


Decide = Callable[[Clash], Choice]


@dataclass(frozen=True)
class Planned:
    case: CaseInfo
    """The case as it is in the backup."""
    outcome: Outcome
    id: str
    """The id it is restored under: its own, or a new one for AS_NEW."""
    alias: str
    """The alias it is restored under: its own, or one that tells it apart for AS_NEW."""


def plan_restore(
    store: Store, cases: Sequence[CaseInfo], t: Messages, *, as_new: bool, decide: Decide
) -> list[Planned] | None:
    """What restoring `cases` will do, case by case; None when the chair chose to stop."""
    here = {s.id: s.alias for s in store.list_cases().cases}
    ids = set(store.case_folder_ids())
    aliases = {_key(alias) for alias in here.values()}
    planned = []
    for case in cases:
        if as_new:
            choice = Choice.BOTH
        elif case.id not in ids:
            choice = None
        else:
            clash = Clash(
                case.id,
                here.get(case.id, case.id),
                store.saved_at(case.id),
                len(store.list_meetings(case.id)),
                case.saved,
                case.meetings,
            )
            choice = decide(clash)
            if choice is Choice.STOP:
                return None
            if choice is Choice.NEWER:
                outcome = Outcome.REPLACED if clash.backup_is_newer else Outcome.KEPT
                planned.append(Planned(case, outcome, case.id, case.alias))
                continue
        if choice is Choice.BOTH:
            fresh, alias = fresh_id(ids), _fresh_alias(case.alias, aliases, t)
            planned.append(Planned(case, Outcome.AS_NEW, fresh, alias))
        else:
            fresh, alias = case.id, case.alias
            planned.append(Planned(case, Outcome.ADDED, fresh, alias))
        ids.add(fresh)
        aliases.add(_key(alias))
    return planned


def carry_out(store: Store, contents: bytes, planned: Sequence[Planned]) -> None:
    """Write what was planned, one case at a time: each appears (or is replaced) whole.

    `contents` were checked by `index`, so the files are not checked again here (for
    five years of 50 cases that took as long as writing them).
    """
    steps = {step.case.id: step for step in planned}
    for case_id, files in case_files(contents):
        step = steps[case_id]
        if step.outcome is Outcome.KEPT:
            continue
        if step.outcome is Outcome.AS_NEW:
            files = renamed(files, step.id, step.alias)
        store.install_case(step.id, files, checked=True)


def _key(alias: str) -> str:
    return alias.strip().casefold()


def _fresh_alias(alias: str, taken: set[str], t: Messages) -> str:
    """The alias itself when no case here has it, else "Casus X (hersteld)", "(… 2)", …"""
    if _key(alias) not in taken:
        return alias
    return fresh_alias(
        alias,
        taken,
        lambda n: (
            t("restore.copy_alias", alias=alias)
            if n == 1
            else t("restore.copy_alias_n", alias=alias, n=n)
        ),
    )
