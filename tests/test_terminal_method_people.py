"""The method around the agenda in a real terminal: a guest joins, Ctrl+G shows the intent
and the roles, an off-course point gets its action with Ctrl+N's button, the stop button
shows the intent, the chair asks for the intent at check-out; all four in the minutes.

Runs the installed `vliegwiel` in tmux, as a chair starts it, so the chords (Ctrl+G) and
the keys reach the app as a terminal sends them.
"""

from __future__ import annotations

from pathlib import Path

from tests.install import DEMO_ALIAS
from tests.test_terminal_walk import installed_command, wait_gone
from tests.tmux import Terminal

REPO = Path(__file__).resolve().parent.parent


def test_intent_roles_guests_and_an_action_for_an_off_course_point(tmp_path: Path) -> None:
    minutes = tmp_path / "minutes"
    command = [*installed_command(), "--demo", "--data-dir", tmp_path / "data"]
    env = {"VLIEGWIEL_MINUTES_DIR": str(minutes), "VLIEGWIEL_LANG": ""}
    with Terminal(command, size=(120, 40), env=env, cwd=REPO) as term:
        term.wait_for(DEMO_ALIAS, timeout=60)
        term.press("enter")
        term.wait_for("wie is er?")
        term.press("down", "down", "down", "down", "down", "enter")  # "Gast toevoegen…"
        term.wait_for("Gast bij dit overleg")
        term.type("Sanne Dijk")
        term.press("tab")
        term.type("GGZ Oost")
        term.press("enter")
        term.wait_for("Sanne Dijk – gast, GGZ Oost")
        term.press("enter")
        term.wait_for("Stap 1/7")

        term.press("ctrl+g")
        roles = term.wait_for("Intentieverklaring en rollen")
        assert "Opdracht van het kernteam" in roles
        assert "regiehouder / jeugdbeschermer" in roles or "Koers: ‘Onze koers" in roles
        term.press("escape")
        wait_gone(term, "Intentieverklaring en rollen")

        term.press("f8", "f8", "f8")
        term.wait_for("Stap 4/7 · Koers")
        term.press("right", "right", "enter")  # point 1: ✗ uit koers
        term.wait_for("Uit koers – wat is er nodig?")
        term.type("Plan met moeder bespreken")
        term.press("tab", "enter")  # "Actie voor dit punt"
        term.wait_for("Nieuwe actie")
        term.press("tab")
        term.type("Anouk de Vries")
        term.press("tab", "tab", "tab", "tab", "space", "ctrl+s")  # draagbaar: ja
        wait_gone(term, "Nieuwe actie")

        term.press("f9")
        stop = term.wait_for("Stopknop – alle klokken staan stil")
        assert "Onze intentieverklaring" in stop
        term.type("Even terug naar de koers")
        term.press("enter")
        wait_gone(term, "Stopknop – alle")

        term.press("f8", "f8", "f8")
        term.wait_for("Stap 7/7 · Check-out")
        term.press(*["tab"] * 15)  # six rows of two answers, informed, parents, next meeting
        term.press("space")  # "Intentieverklaring in de notulen"
        term.press("f4")
        term.wait_for("Notulen – lees ze na voor het opslaan")
        term.press("enter")
        term.wait_for(DEMO_ALIAS)
        term.press("ctrl+q")
        assert term.wait_for_exit() == 0

    [written] = list(minutes.glob("*.md"))
    text = written.read_text(encoding="utf-8")
    assert "- Gasten: Sanne Dijk (GGZ Oost)" in text
    assert "- Aanwezig: Anouk de Vries – inhoud (analyseteam)" in text
    assert "## Intentieverklaring" in text and "Commitment in houding en gedrag:" in text
    assert "| ✗ uit koers | Plan met moeder bespreken |" in text
    new_actions = text.split("## 6. Volgende stappen")[1].split("## 7.")[0]
    assert "| Plan met moeder bespreken | Anouk de Vries |" in new_actions
    assert "1. Brede analyse en perspectief" in new_actions
    assert "Even terug naar de koers" in text
