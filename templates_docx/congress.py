"""Templates of the congress day and after."""

from __future__ import annotations

TEMPLATES: dict = {}
