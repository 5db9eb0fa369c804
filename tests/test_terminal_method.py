"""The method's records in a real terminal: a decision (Ctrl+B), a question parked for
the inhoudsteam (Ctrl+O), a standing agreement checked ("deze week gelukt?") and the
intent shown (Ctrl+G) and asked for at check-out, typed into the installed `vliegwiel` in
tmux and all four found in the minutes it writes."""

from __future__ import annotations

from pathlib import Path

import pytest

from agenda.document import Paragraph, Table
from tests.install import open_demo_meeting
from tests.minutes_sections import section
from tests.test_terminal_walk import REPO, installed_command, wait_gone
from tests.tmux import Terminal


@pytest.mark.slow
def test_a_decision_a_parked_question_and_a_standing_agreement_reach_the_minutes(
    tmp_path: Path,
) -> None:
    minutes = tmp_path / "minutes"
    command = [*installed_command(), "--demo", "--data-dir", tmp_path / "data"]
    env = {"VLIEGWIEL_MINUTES_DIR": str(minutes), "VLIEGWIEL_LANG": ""}
    with Terminal(command, size=(120, 40), env=env, cwd=REPO) as term:
        open_demo_meeting(term)

        term.press("f8")
        term.wait_for("Stap 2/7 · Actualiteit")
        term.press("ctrl+o")
        term.wait_for("Welke vraag parkeren we?")
        term.type("Wat zegt de school over de diagnose?")
        term.press("tab")
        term.type("Ahm")  # Ahmed el Amrani, the one name that begins so
        term.press("enter")
        term.wait_for("Geparkeerd voor het inhoudsteam; de vraag staat")

        term.press("f8")
        term.wait_for("Stap 3/7 · Voortgang analyse")
        term.wait_for("Wat zegt de school over de")  # on the list, under the demo's own
        term.press("ctrl+b")
        term.wait_for("Wat besluiten we?")
        term.type("Huisbezoek samen met school")
        term.press("enter")
        term.wait_for("Besluit vastgelegd")
        term.press("ctrl+g")  # "we spreken elkaar rustig aan": the intent to point to
        term.wait_for("Intentieverklaring en rollen")
        term.press("escape")
        wait_gone(term, "Intentieverklaring en rollen")

        term.press("f8", "f8")
        term.wait_for("Stap 5/7 · Terugkoppeling acties")
        term.wait_for("Vaste afspraken · deze week gelukt? · nog niet nagevraagd")
        term.press("tab", "1")  # to the standing agreements: the weekly contact, gelukt
        term.type("Twee keer gesproken")
        term.press("enter")
        term.wait_for("1 van 1 nagekomen (100%)")

        term.press("f8", "f8")
        term.wait_for("Stap 7/7 · Check-out")
        term.press(*["tab"] * 13)  # five rows of two answers, informed, parents, next meeting
        term.press("space")  # "Intentieverklaring in de notulen"
        term.press("f4")
        term.wait_for("Notulen – lees ze na voor het opslaan")
        term.press("enter")
        wait_gone(term, "Stap 7/7")
        term.press("ctrl+q")
        assert term.wait_for_exit() == 0

    [written] = list(minutes.glob("*.md"))
    text = written.read_text(encoding="utf-8")
    [decisions] = section(text, "Besluiten")
    assert isinstance(decisions, Table)
    assert decisions.rows[0][1:] == (
        "3. Voortgang analyse",
        "Huisbezoek samen met school",
        "kernteam",
    )
    [parked] = section(text, "Geparkeerd voor het inhoudsteam")
    assert isinstance(parked, Table)
    assert (
        "Wat zegt de school over de diagnose?",
        "Ahmed el Amrani",
        "2. Actualiteit",
        "open",
    ) in (parked.rows)
    review = section(text, "5. Terugkoppeling acties")
    assert isinstance(review[-2], Table)
    assert review[-2].rows == (
        (
            "Wekelijks contact met het meisje; haar wensen ophalen",
            "Jeroen Bakker",
            "✓ gelukt",
            "Twee keer gesproken",
        ),
    )
    assert review[-1] == Paragraph("Vaste afspraken nagekomen: 1 van 1 (100%).")
    intent = section(text, "Intentieverklaring")
    assert Paragraph("Commitment in houding en gedrag:") in intent
