"""Free-text answers that read like instructions to an AI ("ignore previous instructions and ...").

Such answers never shape the analysis (no themes, no gaps); they stay only as quoted data inside the
<answers> delimiters of the problem text, where the plan prompt treats everything as data (OWASP LLM01).
The detector is the project's one (``planner.text.injection``), at its broad strength.
"""

from planner.text.injection import looks_like_instruction

__all__ = ["looks_like_instruction"]
