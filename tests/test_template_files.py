"""Custom agenda files: the good ones load, each bad one is one sentence, none stops the rest."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from agenda.builtin_templates import BUILTIN_TEMPLATES, KERNTEAM
from agenda.i18n import Messages
from agenda.template_files import MAX_FILE_BYTES, TemplateCatalogue, load_templates
from agenda.templates import StepKind

ROOT = Path(__file__).resolve().parent.parent

GOOD = """\
title = "Kort overleg"

[[steps]]
kind = "round"
minutes = 10
title = "Rondje"
questions = ["Hoe zit je erbij?"]

[[steps]]
id = "einde"
kind = "close"
minutes = 5
title = "Afsluiten"
"""

STEP = '[[steps]]\nkind = "text"\nminutes = 5\ntitle = "Stap"\n'
CLOSE = STEP.replace('"text"', '"close"')

BROKEN: dict[str, tuple[bytes, str, str]] = {
    # file name: (content, Dutch sentence, English sentence)
    "syntax": (
        b'title = "x"\n[[steps]\n',
        "De agenda syntax.toml is niet geladen: regel 2, kolom 8 is geen geldige TOML"
        " (Expected ']]' at the end of an array declaration).",
        "The agenda syntax.toml was not loaded: line 2, column 8 is not valid TOML"
        " (Expected ']]' at the end of an array declaration).",
    ),
    "kind": (
        f'title = "x"\n{STEP}\n[[steps]]\nkind = "rondje"\nminutes = 5\ntitle = "B"\n'.encode(),
        "De agenda kind.toml is niet geladen: het veld ‘kind’ van stap 2 (regel 8) is ‘rondje’,"
        " dat is geen schermsoort; kies uit round, text, analysis, course, review, actions,"
        " close, new_course.",
        "The agenda kind.toml was not loaded: the field ‘kind’ of step 2 (line 8) is ‘rondje’,"
        " which is not a screen kind; choose from round, text, analysis, course, review,"
        " actions, close, new_course.",
    ),
    "zero": (
        b'title = "x"\n[[steps]]\nkind = "text"\nminutes = 0\ntitle = "A"\n',
        "De agenda zero.toml is niet geladen: het veld ‘minutes’ van stap 1 (regel 4) moet een"
        " heel getal van 1 tot en met 480 zijn.",
        "The agenda zero.toml was not loaded: the field ‘minutes’ of step 1 (line 4) must be a"
        " whole number from 1 to 480.",
    ),
    "duplicate": (
        f'title = "x"\n{STEP}id = "a"\n{STEP}id = "a"\n'.encode(),
        "De agenda duplicate.toml is niet geladen: de stap-id ‘a’ komt twee keer voor.",
        "The agenda duplicate.toml was not loaded: the step id ‘a’ occurs twice.",
    ),
    "many": (
        ('title = "x"\nsteps = [' + ", ".join(['{kind = "text"}'] * 10_000) + "]\n").encode(),
        "De agenda many.toml is niet geladen: er staan 10000 stappen in, hoogstens 40.",
        "The agenda many.toml was not loaded: it has 10000 steps, at most 40.",
    ),
    "binary": (
        b'title = "Koers"\n[[steps]]\ntitle = "\xff\xfe"\n',
        "De agenda binary.toml is niet geladen: regel 3 is geen UTF-8-tekst;"
        " sla het bestand op als UTF-8.",
        "The agenda binary.toml was not loaded: line 3 is not UTF-8 text; save the file as UTF-8.",
    ),
    "huge": (
        b"# " + b"x" * MAX_FILE_BYTES + b"\n",
        "De agenda huge.toml is niet geladen: het bestand is groter dan 256 kB.",
        "The agenda huge.toml was not loaded: the file is larger than 256 kB.",
    ),
    "clash": (
        f'id = "kernteam"\ntitle = "Mijn kernteam"\n{CLOSE}'.encode(),
        "De agenda clash.toml is niet geladen: de id ‘kernteam’ is van een ingebouwde agenda;"
        " kies een andere id.",
        "The agenda clash.toml was not loaded: the id ‘kernteam’ belongs to a built-in agenda;"
        " choose another id.",
    ),
    "missing": (
        f'title = "x"\n{STEP}\n[[steps]]\nkind = "text"\ntitle = "B"\n'.encode(),
        "De agenda missing.toml is niet geladen: het veld ‘minutes’ van stap 2 (regel 7)"
        " ontbreekt.",
        "The agenda missing.toml was not loaded: the field ‘minutes’ of step 2 (line 7)"
        " is missing.",
    ),
    "unknown": (
        f'title = "x"\ncolour = "blauw"\n{STEP}'.encode(),
        "De agenda unknown.toml is niet geladen: het veld ‘colour’ (regel 2) is geen bekend veld.",
        "The agenda unknown.toml was not loaded: the field ‘colour’ (line 2) is not a known field.",
    ),
    "builtin": (
        f'title = "x"\nbuiltin = true\n{STEP}'.encode(),
        "De agenda builtin.toml is niet geladen: het veld ‘builtin’ (regel 2) is geen bekend veld.",
        "The agenda builtin.toml was not loaded: the field ‘builtin’ (line 2)"
        " is not a known field.",
    ),
    "empty": (
        b"",
        "De agenda empty.toml is niet geladen: het veld ‘title’ ontbreekt.",
        "The agenda empty.toml was not loaded: the field ‘title’ is missing.",
    ),
    "nosteps": (
        b'title = "x"\nsteps = []\n',
        "De agenda nosteps.toml is niet geladen: er staan geen stappen in; voeg [[steps]] toe.",
        "The agenda nosteps.toml was not loaded: it has no steps; add [[steps]].",
    ),
    "noclose": (
        f'title = "x"\n{CLOSE}\n{STEP}'.encode(),
        "De agenda noclose.toml is niet geladen: de laatste stap is geen afsluitstap"
        ' (kind = "close"); daar wordt een overleg opgeslagen en beëindigd.',
        "The agenda noclose.toml was not loaded: the last step is not a close step"
        ' (kind = "close"); that is where a meeting is saved and ended.',
    ),
    "deep": (
        f'title = "x"\nsteps = {"[" * 2000}{"]" * 2000}\n'.encode(),
        "De agenda deep.toml is niet geladen: de waarden zijn dieper genest dan 4 niveaus;"
        " een agenda heeft alleen stappen met hun vragen.",
        "The agenda deep.toml was not loaded: its values nest deeper than 4 levels;"
        " an agenda has only steps with their questions.",
    ),
    "nested": (
        f'title = "x"\n{CLOSE}questions = [[[["a"]]]]\n'.encode(),
        "De agenda nested.toml is niet geladen: de waarden zijn dieper genest dan 4 niveaus;"
        " een agenda heeft alleen stappen met hun vragen.",
        "The agenda nested.toml was not loaded: its values nest deeper than 4 levels;"
        " an agenda has only steps with their questions.",
    ),
    "dotted": (
        ('title = "x"\n' + ".".join(["k"] * 40_000) + " = 1\n").encode(),
        "De agenda dotted.toml is niet geladen: regel 2 heeft een sleutel van meer dan 8 delen"
        " met punten ertussen; een agenda heeft zulke sleutels niet nodig.",
        "The agenda dotted.toml was not loaded: line 2 has a key of more than 8 parts with"
        " dots between them; an agenda needs no such keys.",
    ),
    "long": (
        f'title = "x"\n{STEP.replace("5", "400")}\n{STEP.replace("5", "400")}'.encode(),
        "De agenda long.toml is niet geladen: de stappen duren samen meer dan 480 minuten.",
        "The agenda long.toml was not loaded: the steps take more than 480 minutes together.",
    ),
}


@pytest.fixture
def agendas(tmp_path: Path) -> Path:
    folder = tmp_path / "agendas"
    folder.mkdir()
    (folder / "kort.toml").write_text(GOOD, encoding="utf-8")
    return folder


def sentences(catalogue: TemplateCatalogue, lang: str) -> dict[str, str]:
    t = Messages(lang)  # type: ignore[arg-type]
    return {problem.path.stem: problem.explain(t) for problem in catalogue.problems}


def test_a_good_file_loads_beside_the_builtins(agendas: Path) -> None:
    catalogue = load_templates(agendas)
    assert list(catalogue.templates) == [*BUILTIN_TEMPLATES, "kort"]
    template = catalogue.templates["kort"]
    assert not template.builtin and catalogue.is_custom("kort")
    assert [s.id for s in template.steps] == ["step-1", "einde"]
    assert [s.kind for s in template.steps] == [StepKind.ROUND, StepKind.CLOSE]
    assert catalogue.sources["kort"] == agendas / "kort.toml"
    assert catalogue.problems == []


def test_custom_titles_are_literal_and_steps_scale(agendas: Path) -> None:
    template = load_templates(agendas).templates["kort"]
    steps = template.for_meeting(Messages("en"), 30)
    assert template.display_title(Messages("en")) == "Kort overleg"
    assert [(s.title, s.minutes, s.questions) for s in steps] == [
        ("Rondje", 20, ["Hoe zit je erbij?"]),
        ("Afsluiten", 10, []),
    ]


@pytest.mark.parametrize("name", sorted(BROKEN))
def test_each_broken_file_is_one_sentence_and_the_rest_load(agendas: Path, name: str) -> None:
    content, dutch, english = BROKEN[name]
    (agendas / f"{name}.toml").write_bytes(content)
    catalogue = load_templates(agendas)
    assert sentences(catalogue, "nl") == {name: dutch}
    assert sentences(catalogue, "en") == {name: english}
    assert "kort" in catalogue.templates
    assert set(BUILTIN_TEMPLATES) <= set(catalogue.templates)
    assert catalogue.templates["kernteam"] is KERNTEAM


def test_all_broken_files_together_leave_the_good_one(agendas: Path) -> None:
    for name, (content, _, _) in BROKEN.items():
        (agendas / f"{name}.toml").write_bytes(content)
    catalogue = load_templates(agendas)
    assert sorted(sentences(catalogue, "nl")) == sorted(BROKEN)
    assert list(catalogue.templates) == [*BUILTIN_TEMPLATES, "kort"]
    for text in sentences(catalogue, "nl").values():
        assert "Traceback" not in text and text.count(".toml") == 1


HOSTILE = "\x1b[2J\x1b]2;titel\x07\x1b[?1049l\x9b31m\x07\x00"


def test_escape_sequences_and_controls_are_taken_out_of_an_agenda(agendas: Path) -> None:
    escaped = HOSTILE.translate({c: f"\\u{c:04x}" for c in map(ord, HOSTILE)})
    (agendas / "raw.toml").write_text(
        f'title = "Rauw{escaped}"\n{CLOSE}prompt = "Vraag{escaped}"\n'
        f'questions = ["Wat?{escaped}"]\n',
        encoding="utf-8",
    )
    template = load_templates(agendas).templates["raw"]
    (step,) = template.steps
    assert (template.title, step.prompt, step.questions) == ("Rauw", "Vraag", ["Wat?"])


def test_a_byte_order_mark_is_skipped(agendas: Path) -> None:
    (agendas / "notepad.toml").write_bytes(b"\xef\xbb\xbf" + GOOD.encode())
    catalogue = load_templates(agendas)
    assert catalogue.problems == []
    assert catalogue.templates["notepad"].title == "Kort overleg"


def test_two_files_with_one_id_keep_the_first(agendas: Path) -> None:
    (agendas / "later.toml").write_text('id = "kort"\n' + GOOD, encoding="utf-8")
    catalogue = load_templates(agendas)
    assert sentences(catalogue, "en") == {
        "later": "The agenda later.toml was not loaded: the id ‘kort’ is already used in"
        " kort.toml; choose another id."
    }
    assert catalogue.sources["kort"].name == "kort.toml"


def test_problems_show_no_file_content_in_str(agendas: Path) -> None:
    (agendas / "secret.toml").write_text('title = "Casus Geheim"\nsteps = 3\n', encoding="utf-8")
    (problem,) = load_templates(agendas).problems
    assert "Geheim" not in str(problem)
    assert problem.explain(Messages("nl")) == (
        "De agenda secret.toml is niet geladen: het veld ‘steps’ (regel 2) moet een lijst zijn."
    )


def test_no_folder_means_the_builtins_only(tmp_path: Path) -> None:
    catalogue = load_templates(tmp_path / "nowhere")
    assert list(catalogue.templates) == list(BUILTIN_TEMPLATES)
    assert catalogue.problems == []
    assert catalogue.template_for("gone") is KERNTEAM


def test_only_toml_files_are_read(agendas: Path) -> None:
    (agendas / "notes.txt").write_text("not an agenda", encoding="utf-8")
    (agendas / "folder.toml").mkdir()
    catalogue = load_templates(agendas)
    assert list(catalogue.templates) == [*BUILTIN_TEMPLATES, "kort"]
    assert catalogue.problems == []


def test_the_readme_example_loads(tmp_path: Path) -> None:
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    (example,) = re.findall(r"```toml\n(.*?)```", readme, flags=re.DOTALL)
    (tmp_path / "kort-overleg.toml").write_text(example, encoding="utf-8")
    catalogue = load_templates(tmp_path)
    assert catalogue.problems == []
    template = catalogue.templates["kort-overleg"]
    assert template.minutes == 30
    assert template.steps[-1].kind is StepKind.CLOSE
