"""h16disc: a German, Spanish or French text that names the fault (and how often) gets it quoted as the gap, never
"not yet observed"; a number before a word that counts times ("2 veces", "3 fois") is never a headcount."""

import datetime as dt

from planner.extract.foreign_fault import fault_sentence, frequency, is_unit, ordinal_share
from planner.evals.runner import parse_target
from planner.pipeline import make_plan

TODAY = dt.date(2026, 12, 2)


def _plan(text: str) -> dict:
    return make_plan(text, config=parse_target("offline"), today=TODAY).model_dump(mode="json")


def test_times_are_not_people():
    assert is_unit("veces") and is_unit("fois") and is_unit("Mal") and not is_unit("camareros")
    p = _plan("los recepcionistas del hotel escriben mal la fecha de salida 2 veces por semana")
    assert p["audience"]["role"] == "recepcionista"
    assert p["audience"]["headcount"] is None
    assert "vece" not in p["skill_goal"]


def test_spanish_fault_and_frequency_are_the_gap_and_baseline():
    p = _plan("los recepcionistas del hotel escriben mal la fecha de salida 2 veces por semana")
    assert p["current_gap"].startswith("Según el texto")
    assert "fecha de salida" in p["current_gap"]
    assert "Aún no observado" not in p["current_gap"]
    assert p["success_signal"]["baseline"] == "2 veces por semana"
    assert "proporción" not in p["success_signal"]["metric"]  # a frequency, not a share


def test_spanish_negated_clause_is_the_gap():
    p = _plan("nuestros camareros no anotan las alergias en la comanda")
    assert "no anotan las alergias" in p["current_gap"] and "Aún no observado" not in p["current_gap"]


def test_german_ordinal_share_is_the_baseline():
    assert ordinal_share("bei etwa jeder fünften Rezeptur fehlt es") == "etwa jeder fünften Rezeptur (20 %)"
    p = _plan("Unsere sechs Assistentinnen in der Apotheke vergessen bei etwa jeder fünften Rezeptur das Ablaufdatum auf "
              "dem Etikett.")
    assert p["success_signal"]["baseline"].startswith("etwa jeder fünften Rezeptur")
    assert "Noch nicht beobachtet" not in p["current_gap"] and "Ablaufdatum" in p["current_gap"]


def test_german_plural_person_noun_without_a_number_is_the_role():
    p = _plan("Die Disponenten vergessen oft die Rampennummer im Auftrag.")
    assert p["audience"]["role"] == "Disponent"
    assert "Rampennummer" not in p["audience"]["description"]


def test_french_frequency_and_fault():
    assert frequency("ils se trompent d'allée 3 fois par jour", {}) == "3 fois par jour"
    p = _plan("nos préparateurs de commandes se trompent d'allée 3 fois par jour")
    assert p["success_signal"]["baseline"] == "3 fois par jour"
    assert "Pas encore observé" not in p["current_gap"]


def test_no_fault_word_no_fault_sentence():
    assert fault_sentence(["Unsere 4 Köche arbeiten in der Frühschicht"], "Köche") is None
    p = _plan("la nueva auxiliar dental empieza el lunes")
    assert p["current_gap"].startswith("Aún no observado")  # nothing goes wrong in the text: the blank stays
