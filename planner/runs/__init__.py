"""Batch runs that never lose work: a SQLite store, a bounded-concurrency runner, outputs, provider batch APIs."""
