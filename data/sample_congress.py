"""Sample data of the congress day (attendance, vote counts, results) for some cells."""

from __future__ import annotations


def extend(rows: dict[str, list[dict]]) -> None:
    """Add congress-day values to the sample rows (by sheet key, values by column key)."""
