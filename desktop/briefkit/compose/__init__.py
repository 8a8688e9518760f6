"""Compose: turn a Topic and the Catalog into a format-neutral Briefing."""

from briefkit.compose.briefing import compose_briefing

__all__ = ["compose_briefing"]
