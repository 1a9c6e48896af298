"""The statement checker: one statement scored against Mager / ABCD / SMART / O*NET components.

``score_statement`` scores one statement; ``score_many`` a list. It reads text only and knows nothing of
plans: the plan-level field checks are ``planner.checks`` (above the plan contract), the JSON that
``upskill check`` prints is ``planner.render.check``, and the optional LLM judge is ``planner.backends.judge``.
"""

from planner.concreteness.statement import Component, StatementScore, score_many, score_statement

__all__ = ["Component", "StatementScore", "score_statement", "score_many"]
