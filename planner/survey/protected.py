"""Survey answers use the one protected-characteristics module of the project: planner.protected."""

from planner.protected import drop_protected, grounds_of, is_protected

__all__ = ["drop_protected", "grounds_of", "is_protected"]
