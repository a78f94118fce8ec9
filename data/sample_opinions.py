"""Sample opinions on the draft documents (sheet "Góp ý")."""

from __future__ import annotations


def extend(rows: dict[str, list[dict]]) -> None:
    """Add opinion rows and meeting dates to the sample rows (by sheet key)."""
