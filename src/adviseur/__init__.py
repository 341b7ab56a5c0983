"""Adviseur: a guided advisor for the prevention of homelessness in the Netherlands."""

__version__ = "0.1.0"
