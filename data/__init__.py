"""The sample workbook bundled with daihoi (package data; its builder beside it)."""
