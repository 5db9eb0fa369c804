"""Putting the cases of a backup back, never overwriting one silently.

A case whose id is not in the data folder is simply added. One that is there already is
a `Clash`, and the chair decides: keep the newer of the two (by when a file of each was
last written), keep both (the backup's copy gets a new id, and an alias that tells it
apart), or stop. `--as-new` keeps both for every case without asking. Everything is
decided before anything is written, so stopping changes nothing.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import datetime
from enum import StrEnum
from itertools import count

from agenda.backup.contents import CaseCopy
from agenda.i18n import Messages
from agenda.ids import new_id
from agenda.storage import Store


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
    copy: CaseCopy
    """What will be written: the backup's case, under a new id and alias for AS_NEW."""
    outcome: Outcome
    alias: str
    """The case's alias in the backup."""


def plan_restore(
    store: Store, copies: Sequence[CaseCopy], t: Messages, *, as_new: bool, decide: Decide
) -> list[Planned] | None:
    """What restoring `copies` will do, case by case; None when the chair chose to stop."""
    here = {s.id: s.alias for s in store.list_cases().cases}
    ids = set(store.case_folder_ids())
    aliases = {_key(alias) for alias in here.values()}
    planned = []
    for case_copy in copies:
        alias = case_copy.summary.alias
        if as_new:
            choice = Choice.BOTH
        elif case_copy.id not in ids:
            choice = None
        else:
            clash = Clash(
                case_copy.id,
                here.get(case_copy.id, case_copy.id),
                store.saved_at(case_copy.id),
                len(store.list_meetings(case_copy.id)),
                case_copy.saved,
                case_copy.meetings,
            )
            choice = decide(clash)
            if choice is Choice.STOP:
                return None
            if choice is Choice.NEWER:
                newer = clash.backup_is_newer
                outcome = Outcome.REPLACED if newer else Outcome.KEPT
                planned.append(Planned(case_copy, outcome, alias))
                continue
        if choice is Choice.BOTH:
            fresh = _fresh_id(ids)
            renamed = _fresh_alias(alias, aliases, t)
            planned.append(Planned(case_copy.as_new(fresh, renamed), Outcome.AS_NEW, alias))
            ids.add(fresh)
            aliases.add(_key(renamed))
        else:
            planned.append(Planned(case_copy, Outcome.ADDED, alias))
            ids.add(case_copy.id)
            aliases.add(_key(alias))
    return planned


def carry_out(store: Store, planned: Sequence[Planned]) -> None:
    """Write what was planned: each case appears (or is replaced) whole."""
    for step in planned:
        if step.outcome is not Outcome.KEPT:
            store.install_case(step.copy.id, step.copy.files)


def _key(alias: str) -> str:
    return alias.strip().casefold()


def _fresh_id(taken: set[str]) -> str:
    while (candidate := new_id()) in taken:
        continue
    return candidate


def _fresh_alias(alias: str, taken: set[str], t: Messages) -> str:
    """The alias itself when no case here has it, else "Casus X (hersteld)", "(… 2)", …"""
    if _key(alias) not in taken:
        return alias
    for number in count(1):
        candidate = (
            t("restore.copy_alias", alias=alias)
            if number == 1
            else t("restore.copy_alias_n", alias=alias, n=number)
        )
        if _key(candidate) not in taken:
            return candidate
    raise AssertionError("unreachable")  # pragma: no cover
