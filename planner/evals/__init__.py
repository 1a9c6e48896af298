"""Eval suite: cases (evals/), scorers, a runner over providers, baseline diffs and reports."""
