"""The lowest layer with the lexicon: words of a text, their lemmas and forms (no plan, no frame, no model).

- ``planner.text.inflect``: one inflection helper (base form, -ing/-s/-ed forms, singular);
- ``planner.text.lemmas``: lemmas of any word (lemminflect), function words, content-word bags.

It imports only ``planner.lexicon`` (the word lists).
"""
