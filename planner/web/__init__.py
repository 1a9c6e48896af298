"""The local web page and its JSON API (FastAPI): the same functions as the CLI, one renderer per format."""
