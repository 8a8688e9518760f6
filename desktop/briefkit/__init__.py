"""Briefkit: cited briefings (Word reports and PowerPoint decks) from a curated dataset."""

__version__ = "0.1.0"
