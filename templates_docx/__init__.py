"""The Word templates bundled with daihoi (package data; builders beside them)."""
