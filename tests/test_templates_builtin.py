"""The built-in agendas carry the report's guiding questions, in both languages."""

from __future__ import annotations

import pytest

from agenda.builtin_templates import BUILTIN_TEMPLATES
from agenda.i18n import CATALOGUES, LANGUAGES, Lang, Messages
from agenda.templates import StepKind, Template, scale_minutes

TEMPLATES = list(BUILTIN_TEMPLATES.values())


def keys_of(template: Template) -> list[str]:
    keys = [template.title]
    for step in template.steps:
        keys += [step.title, step.prompt, *step.questions]
    return keys


@pytest.mark.parametrize("template", TEMPLATES, ids=lambda t: t.id)
@pytest.mark.parametrize("lang", LANGUAGES)
def test_every_builtin_resolves_in_both_languages(template: Template, lang: Lang) -> None:
    missing = [key for key in keys_of(template) if key not in CATALOGUES[lang]]
    assert missing == []
    t = Messages(lang)
    steps = template.for_meeting(t, template.minutes)
    assert template.display_title(t) == CATALOGUES[lang][template.title]
    for step in steps:
        assert step.title and not step.title.startswith("tpl.")
        assert step.prompt and not step.prompt.startswith("tpl.")
        if step.kind in (StepKind.ROUND, StepKind.CLOSE):
            assert len(step.questions) == 2


@pytest.mark.parametrize("template", TEMPLATES, ids=lambda t: t.id)
def test_every_builtin_ends_with_a_close_step(template: Template) -> None:
    """Only a close step saves and ends a meeting; every agenda needs one, last."""
    assert template.steps[-1].kind is StepKind.CLOSE
    assert [s.kind for s in template.steps].count(StepKind.CLOSE) == 1


def test_the_agendas_are_registered_with_their_lengths() -> None:
    lengths = {t.id: t.minutes for t in TEMPLATES}
    assert lengths == {
        "kernteam": 60,
        "doe-een-team": 60,
        "retrospectief": 240,
        "perspectief": 120,
        "inhoudsteam": 60,
    }


def prompts(template_id: str) -> dict[str, str]:
    t = Messages("nl")
    return {s.id: s.prompt for s in BUILTIN_TEMPLATES[template_id].for_meeting(t, 60)}


def test_doe_een_team_asks_the_questions_of_report_5_2() -> None:
    asked = prompts("doe-een-team")
    kinds = [s.kind for s in BUILTIN_TEMPLATES["doe-een-team"].steps]
    assert kinds == [StepKind.ROUND, StepKind.TEXT, StepKind.TEXT, StepKind.ACTIONS, StepKind.CLOSE]
    assert "Zijn we in haast of in rust met elkaar?" in asked["checkin"]
    assert "Bewegen we naar het gezin en elkaar toe?" in asked["checkin"]
    assert "Versterken we het patroon of doorbreken we het" in asked["zoom_out"]
    assert "Wie borgt dit en op welke laag?" in asked["responsibilities"]
    assert asked["zoom_in"] == "Wat zijn nu de eerstvolgende, logische stappen?"
    assert "Hoe houden we elkaar op de hoogte?" in asked["checkout"]


def test_the_retrospective_follows_chapter_1_steps_1_to_5() -> None:
    t = Messages("nl")
    steps = BUILTIN_TEMPLATES["retrospectief"].for_meeting(t, 240)
    assert [s.title for s in steps[:5]] == [
        "Voorstellen en inchecken",
        "Hoe doen we het met elkaar?",
        "De gezinsleden in beeld brengen",
        "De tijdlijn",
        "Inzichten, verdieping en werkzame elementen",
    ]
    assert "Naast elkaar of tegenover elkaar?" in steps[1].prompt
    assert "Wat was het effect op het professioneel systeem?" in steps[3].prompt
    assert "Welke condities kunnen ondersteunen?" in steps[4].prompt


def test_the_perspective_analysis_forms_a_kernteam() -> None:
    asked = prompts("perspectief")
    assert "wat is de opdracht van het kernteam?" in asked["kernteam"]
    assert asked["process"] == "Hoe doen we inhoud en hoe doen we proces?"
    assert asked["backing"] == "Wat hebben we nodig aan rugdekking van onze organisaties?"
    assert "Hoe doen we samenwerking vanaf nu?" in asked["collaboration"]
    assert "Prik de datums" in asked["frequency"]


def test_the_inhoudsteam_works_through_the_systemic_analysis_of_report_5_2() -> None:
    """First the questions the kernteam parked (an analysis step shows them, with the
    deadline), then the report's seven elements of the broad, systemic analysis."""
    t = Messages("nl")
    steps = BUILTIN_TEMPLATES["inhoudsteam"].for_meeting(t, 60)
    assert steps[0].kind is StepKind.ANALYSIS
    assert "geparkeerd" in steps[0].prompt
    assert [s.title for s in steps[1:8]] == [
        "Het ervaren probleem",
        "Tekening van het gezin",
        "Omstandigheden en context",
        "Dynamieken",
        "Hoe het één op het ander ingrijpt",
        "Veranderbeweging",
        "Compacte continukoers",
    ]
    asked = prompts("inhoudsteam")
    assert "natuur, kracht en beperking" in asked["drawing"]
    assert "(inclusief historie)" in asked["context"]
    assert "(ook intergenerationeel)" in asked["dynamics"]
    assert asked["change"] == "Veranderbeweging – plan van aanpak."
    assert asked["course"] == "Maak een compacte versie van de continukoers."


@pytest.mark.parametrize("template", TEMPLATES, ids=lambda t: t.id)
@pytest.mark.parametrize("total", [10, 45, 60, 90, 240, 480])
def test_steps_scale_to_the_meeting_length(template: Template, total: int) -> None:
    steps = template.for_meeting(Messages("en"), total)
    assert sum(s.minutes for s in steps) == max(total, len(steps))
    assert all(s.minutes >= 1 for s in steps)


def test_a_four_hour_agenda_in_one_hour_keeps_its_proportions() -> None:
    planned = [s.minutes for s in BUILTIN_TEMPLATES["retrospectief"].steps]
    assert scale_minutes(planned, 60) == [5, 6, 10, 21, 14, 4]
