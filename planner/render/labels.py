"""The words a rendered plan adds around the model's text, in the plan's language.

A plan written in German under English headings reads as half translated; the headings and
labels follow ``plan.language`` for the languages the plan prompt is most often answered in.
Anything else falls back to English.
"""

from __future__ import annotations

EN = {
    "upskilling": "Upskilling plan", "reskilling": "Reskilling plan", "onboarding": "Onboarding plan",
    "type": "Type", "why": "Why", "would_change_if": "Would change if",
    "skill_goal": "Skill goal", "audience": "Audience", "current_gap": "Current gap", "work_impact": "Work impact",
    "performance_standard": "Performance standard", "training_assets": "Training assets",
    "practice_activity": "Practice activity", "feedback_owner": "Feedback owner", "success_signal": "Success signal",
    "review_date": "Review date", "tasks": "Workflow-grounded tasks", "decision_rules": "Decision rules",
    "common_mistakes": "Common mistakes", "practice_cases": "Sample practice cases", "delivery_methods": "Delivery methods",
    "open_questions": "Open questions for the manager", "assumptions": "Assumptions to confirm",
    "role": "role", "team": "team", "not_stated": "not stated", "headcount_not_stated": "headcount not stated",
    "people": "people", "materials": "materials", "where": "where", "metric": "metric", "baseline": "baseline",
    "target": "target", "proposed_target": "target (proposed, to confirm)", "source": "source",
    "not_known_yet": "not known yet", "proposed": "proposed", "workflow": "workflow", "used_by": "used by",
    "outcome": "outcome", "unknown_consumer": "not known yet (see the open questions)", "from_skill": "from the skill",
}
DE = {
    "upskilling": "Weiterbildungsplan", "reskilling": "Umschulungsplan", "onboarding": "Einarbeitungsplan",
    "type": "Art", "why": "Warum", "would_change_if": "Anders, wenn",
    "skill_goal": "Lernziel", "audience": "Zielgruppe", "current_gap": "Heutige Lücke", "work_impact": "Auswirkung auf die Arbeit",
    "performance_standard": "Leistungsstandard", "training_assets": "Lernmaterial", "practice_activity": "Übung",
    "feedback_owner": "Feedback durch", "success_signal": "Erfolgsmessung", "review_date": "Überprüfung am",
    "tasks": "Aufgaben im Arbeitsablauf", "decision_rules": "Entscheidungsregeln", "common_mistakes": "Häufige Fehler",
    "practice_cases": "Übungsfälle", "delivery_methods": "Lernformen", "open_questions": "Offene Fragen an die Führungskraft",
    "assumptions": "Annahmen (bitte bestätigen)", "role": "Rolle", "team": "Team", "not_stated": "nicht angegeben",
    "headcount_not_stated": "Anzahl nicht angegeben", "people": "Personen", "materials": "Material", "where": "wo",
    "metric": "Kennzahl", "baseline": "Ausgangswert", "target": "Ziel", "proposed_target": "Ziel (Vorschlag, bitte bestätigen)",
    "source": "Quelle", "not_known_yet": "noch nicht bekannt", "proposed": "vorgeschlagen", "workflow": "Ablauf",
    "used_by": "genutzt von", "outcome": "Ergebnis", "unknown_consumer": "noch nicht bekannt (siehe offene Fragen)",
    "from_skill": "aus der Fähigkeit",
}
ES = {
    "upskilling": "Plan de mejora de competencias", "reskilling": "Plan de recualificación", "onboarding": "Plan de incorporación",
    "type": "Tipo", "why": "Por qué", "would_change_if": "Cambiaría si",
    "skill_goal": "Objetivo de competencia", "audience": "Destinatarios", "current_gap": "Brecha actual",
    "work_impact": "Impacto en el trabajo", "performance_standard": "Estándar de desempeño", "training_assets": "Materiales de formación",
    "practice_activity": "Actividad de práctica", "feedback_owner": "Responsable del feedback", "success_signal": "Señal de éxito",
    "review_date": "Fecha de revisión", "tasks": "Tareas en el flujo de trabajo", "decision_rules": "Reglas de decisión",
    "common_mistakes": "Errores frecuentes", "practice_cases": "Casos de práctica", "delivery_methods": "Formatos de aprendizaje",
    "open_questions": "Preguntas abiertas para el responsable", "assumptions": "Supuestos por confirmar",
    "role": "puesto", "team": "equipo", "not_stated": "no indicado", "headcount_not_stated": "número no indicado",
    "people": "personas", "materials": "materiales", "where": "dónde", "metric": "métrica", "baseline": "valor inicial",
    "target": "objetivo", "proposed_target": "objetivo (propuesta, por confirmar)", "source": "fuente",
    "not_known_yet": "aún no se conoce", "proposed": "propuesta", "workflow": "proceso", "used_by": "lo usa",
    "outcome": "resultado", "unknown_consumer": "aún no se conoce (ver las preguntas abiertas)", "from_skill": "de la competencia",
}
FR = {
    "upskilling": "Plan de montée en compétences", "reskilling": "Plan de reconversion", "onboarding": "Plan d'intégration",
    "type": "Type", "why": "Pourquoi", "would_change_if": "Changerait si",
    "skill_goal": "Objectif de compétence", "audience": "Public", "current_gap": "Écart actuel", "work_impact": "Effet sur le travail",
    "performance_standard": "Niveau attendu", "training_assets": "Supports de formation", "practice_activity": "Mise en pratique",
    "feedback_owner": "Retour assuré par", "success_signal": "Indicateur de réussite", "review_date": "Date de revue",
    "tasks": "Tâches dans le processus", "decision_rules": "Règles de décision", "common_mistakes": "Erreurs fréquentes",
    "practice_cases": "Cas d'entraînement", "delivery_methods": "Formats d'apprentissage",
    "open_questions": "Questions ouvertes pour le responsable", "assumptions": "Hypothèses à confirmer",
    "role": "rôle", "team": "équipe", "not_stated": "non précisé", "headcount_not_stated": "effectif non précisé",
    "people": "personnes", "materials": "supports", "where": "où", "metric": "mesure", "baseline": "valeur de départ",
    "target": "cible", "proposed_target": "cible (proposition, à confirmer)", "source": "source",
    "not_known_yet": "pas encore connu", "proposed": "proposée", "workflow": "processus", "used_by": "utilisé par",
    "outcome": "résultat", "unknown_consumer": "pas encore connu (voir les questions ouvertes)", "from_skill": "de la compétence",
}
LABELS = {"en": EN, "de": DE, "es": ES, "fr": FR}


def labels_for(language: str | None) -> dict[str, str]:
    """The labels for ``language`` (ISO 639-1, any case, region ignored: 'de-AT' -> German); English otherwise."""
    code = (language or "en").lower().split("-")[0].split("_")[0]
    return LABELS.get(code, EN)
