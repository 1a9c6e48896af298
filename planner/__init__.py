"""upskill-planner: free-text team problems to validated, concrete upskilling plans."""

__version__ = "0.1.0"
