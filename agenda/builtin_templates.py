"""The built-in agendas: the weekly flywheel and the report's other meeting forms.

Kept apart from the template classes so that reading cases at start-up does not build
them; they load when a meeting starts or a case is edited.
"""

from __future__ import annotations

from agenda.templates import Step, StepKind, Template


def _step(
    template: str,
    step: str,
    kind: StepKind,
    minutes: int,
    questions: int = 0,
    ask_seated: bool = False,
) -> Step:
    key = f"tpl.{template}.{step}"
    return Step(
        id=step,
        kind=kind,
        minutes=minutes,
        title=f"{key}.title",
        prompt=f"{key}.prompt",
        questions=[f"{key}.q{n}" for n in range(1, questions + 1)],
        ask_seated=ask_seated,
    )


KERNTEAM = Template(
    id="kernteam",
    title="tpl.kernteam.title",
    builtin=True,
    steps=[
        _step("kernteam", "checkin", StepKind.ROUND, 8, questions=2, ask_seated=True),
        _step("kernteam", "situation", StepKind.TEXT, 7),
        _step("kernteam", "analysis", StepKind.ANALYSIS, 7),
        _step("kernteam", "course", StepKind.COURSE, 8),
        _step("kernteam", "review", StepKind.REVIEW, 10),
        _step("kernteam", "next", StepKind.ACTIONS, 12),
        _step("kernteam", "checkout", StepKind.CLOSE, 8, questions=2),
    ],
)

DOE_EEN_TEAM = Template(
    id="doe-een-team",
    title="tpl.doe_een_team.title",
    builtin=True,
    steps=[
        _step("doe_een_team", "checkin", StepKind.ROUND, 10, questions=2),
        _step("doe_een_team", "zoom_out", StepKind.TEXT, 12),
        _step("doe_een_team", "responsibilities", StepKind.TEXT, 12),
        _step("doe_een_team", "zoom_in", StepKind.ACTIONS, 16),
        _step("doe_een_team", "checkout", StepKind.CLOSE, 10, questions=2),
    ],
)
"""Report 5.2 "Doe een team": check in, zoom out, responsibilities, zoom in, check out."""

RETROSPECTIEF = Template(
    id="retrospectief",
    title="tpl.retrospectief.title",
    builtin=True,
    steps=[
        _step("retrospectief", "checkin", StepKind.ROUND, 20, questions=2),
        _step("retrospectief", "together", StepKind.TEXT, 25),
        _step("retrospectief", "family", StepKind.TEXT, 40),
        _step("retrospectief", "timeline", StepKind.TEXT, 85),
        _step("retrospectief", "insights", StepKind.TEXT, 55),
        _step("retrospectief", "close", StepKind.CLOSE, 15, questions=2),
    ],
)
"""Report chapter 1: the retrospective case analysis, a half day of four hours.

Steps 1-5 are the report's; the closing step is ours, so that the session can be saved
and ended like every meeting (the report sends a write-up to give feedback on within a week).
"""

PERSPECTIEF = Template(
    id="perspectief",
    title="tpl.perspectief.title",
    builtin=True,
    steps=[
        _step("perspectief", "undercurrent", StepKind.TEXT, 20),
        _step("perspectief", "kernteam", StepKind.TEXT, 15),
        _step("perspectief", "process", StepKind.TEXT, 15),
        _step("perspectief", "backing", StepKind.TEXT, 10),
        _step("perspectief", "collaboration", StepKind.TEXT, 15),
        _step("perspectief", "frequency", StepKind.TEXT, 10),
        _step("perspectief", "new_course", StepKind.NEW_COURSE, 25),
        _step("perspectief", "close", StepKind.CLOSE, 10, questions=2),
    ],
)
"""Report chapters 1 and 4: the perspective analysis that forms a kernteam around the
family. It first names the undercurrent ("de onuitgesproken onderstroom geduid"), then
the plan's questions of chapter 1, and ends by setting a new course ("vervolgens hebben
we een nieuwe koers bepaald"), whose outcome the chair writes into the case."""

INHOUDSTEAM = Template(
    id="inhoudsteam",
    title="tpl.inhoudsteam.title",
    builtin=True,
    steps=[
        _step("inhoudsteam", "parked", StepKind.ANALYSIS, 10),
        _step("inhoudsteam", "problem", StepKind.TEXT, 5),
        _step("inhoudsteam", "drawing", StepKind.TEXT, 8),
        _step("inhoudsteam", "context", StepKind.TEXT, 7),
        _step("inhoudsteam", "dynamics", StepKind.TEXT, 8),
        _step("inhoudsteam", "interplay", StepKind.TEXT, 7),
        _step("inhoudsteam", "change", StepKind.TEXT, 7),
        _step("inhoudsteam", "course", StepKind.TEXT, 4),
        _step("inhoudsteam", "checkout", StepKind.CLOSE, 4, questions=2),
    ],
)
"""The inhoudsteam's weekly meeting: the report's 5.2 "brede, systemische analyse", one
element per step, after the questions the kernteam parked for it.

The kernteam steers on process and parks content questions (`agenda.parked`); the
inhoudsteam "richt zich sec op de analyse en het perspectiefplan" against its deadline.
Its first step is an analysis step, which shows the deadline and works through the
parked questions (an answer per question); the closing step is ours, as in every agenda.
"""

BUILTIN_TEMPLATES: dict[str, Template] = {
    template.id: template
    for template in (KERNTEAM, DOE_EEN_TEAM, RETROSPECTIEF, PERSPECTIEF, INHOUDSTEAM)
}
