"""The meeting's time plan, as the chair steers it: seconds per step, changed three ways.

The agenda plans minutes per step and the team agreed an end. When a step runs over the
chair can give it more time three ways, each a new plan (the old ones are kept in the
meeting record, `Meeting.time_changes`):

* **extend**: more minutes for the open step. Nothing else moves, so the rest of the
  agenda may no longer fit before the agreed end; the meeting clock then says so.
* **borrow**: more minutes for the open step, taken from the steps still to come (the
  one with the most time first, none below `MIN_STEP`), so the end holds.
* **re-plan**: what is left until the agreed end is shared over the open step and the
  steps still to come, in the proportions the agenda gave them.

Pure functions of whole seconds: the session applies them and records each change.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from agenda.templates import scale_minutes

MIN_STEP = 60
"""Seconds a step still to come keeps at least when time is borrowed or re-planned."""
SHORT_BY = 60
"""Seconds the rest of the agenda must lack before the meeting clock says it no longer
fits."""


def extended(plan: Sequence[int], index: int, seconds: int) -> list[int]:
    """`plan` with `seconds` more for step `index`."""
    changed = list(plan)
    changed[index] += seconds
    return changed


def borrowed(plan: Sequence[int], index: int, seconds: int) -> list[int] | None:
    """`plan` with `seconds` more for step `index`, taken from the steps after it; None
    when they cannot give that much without going below `MIN_STEP`.

    A minute at a time from the later step with the most time (the last of equals), so
    the long steps give and the short ones keep what little they have.
    """
    changed = list(plan)
    later = range(index + 1, len(changed))
    if sum(max(0, changed[i] - MIN_STEP) for i in later) < seconds:
        return None
    owed = seconds
    while owed > 0:
        giver = max(later, key=lambda i: (changed[i], i))
        taken = min(owed, 60, changed[giver] - MIN_STEP)
        changed[giver] -= taken
        owed -= taken
    changed[index] += seconds
    return changed


def replanned(
    plan: Sequence[int],
    agenda_minutes: Sequence[int],
    spent: Sequence[float],
    index: int,
    agreed_seconds: int,
) -> list[int]:
    """Share what is left until the agreed end over step `index` and those after it.

    What is left is the agreed length minus the time spent in every step. Each remaining
    step gets what it has spent already plus its share, in whole minutes in the
    proportions of the agenda (`agenda_minutes`), at least a minute each; the seconds
    that do not make a minute go to the open step. Earlier steps keep their plan.
    """
    left = agreed_seconds - int(sum(spent))
    remaining = range(index, len(plan))
    shares = scale_minutes([agenda_minutes[i] for i in remaining], max(0, left) // 60)
    changed = list(plan)
    for i, share in zip(remaining, shares, strict=True):
        changed[i] = int(spent[i]) + share * 60
    if left > 0:
        changed[index] += left % 60
    return changed


@dataclass(frozen=True)
class Outlook:
    """Whether the rest of the agenda fits before the agreed end."""

    left: float
    """Seconds until the agreed end (negative once it has passed)."""
    needed: float
    """Seconds the plan still gives the open step and the steps after it."""
    steps: int
    """The open step and the steps after it."""

    @property
    def fits(self) -> bool:
        """Within a minute: a step a few seconds over is the step clock's news (red),
        not yet the whole agenda's."""
        return self.needed - self.left < SHORT_BY


def outlook(
    plan: Sequence[int], spent: Sequence[float], index: int, agreed_seconds: int
) -> Outlook:
    """How the rest of the agenda stands against the agreed end, right now."""
    remaining = range(index, len(plan))
    needed = sum(max(0.0, plan[i] - spent[i]) for i in remaining)
    return Outlook(agreed_seconds - sum(spent), needed, len(remaining))
