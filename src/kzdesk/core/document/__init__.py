"""Structured documents built from the report (and the user's own words), rendered to PDF, Word and Excel.

One model, several renderers: each renderer only walks the model, so a briefing reads the
same in every format and no format copies another's logic.
"""
