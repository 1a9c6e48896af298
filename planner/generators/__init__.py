"""Generators turn a ProblemFrame into plan content: offline rules or an LLM through a provider."""
