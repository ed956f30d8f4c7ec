"""Turns the report text plus curated annotations into ``data/dataset.json``."""
