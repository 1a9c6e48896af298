"""Synthetic survey exports for the batch benchmarks (invented people; written to a temp folder)."""

from __future__ import annotations

import csv
import random
from pathlib import Path

ROLES = ["Support Agent", "Account Executive", "Picker", "Nurse", "Analyst"]
SKILLS = ["CRM automation", "Escalation writing", "Data entry", "Root cause analysis"]
REMARKS = ["The CRM macros are confusing", "Escalation notes take too long", "Nobody reviews our work",
           "The template is unclear", "We lack time to practise", "Handover notes are missing facts"]


def write_survey(path: Path, teams: int, roles: int, per_group: int, seed: int = 1) -> int:
    rng = random.Random(seed)
    n = 0
    with path.open("w", newline="", encoding="utf-8") as f:
        w = csv.writer(f)
        w.writerow(["Respondent ID", "Name", "Email", "Team", "Role", *[f"Rate: {s} (1-5)" for s in SKILLS], "What slows you down?"])
        for t in range(teams):
            for r in ROLES[:roles]:
                for k in range(per_group):
                    n += 1
                    w.writerow([f"R{n:05d}", f"Person {n}", f"person{n}@example.com", f"Team {t:03d}", r,
                                *[rng.randint(1, 5) for _ in SKILLS], f"{rng.choice(REMARKS)}, call me on +44 20 7946 {n % 10000:04d}"])
    return n
