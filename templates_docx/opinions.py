"""Templates of the opinion minutes and summary, and the preparation checklist."""

from __future__ import annotations

TEMPLATES: dict = {}
