"""Stages 1-2: the workbook read into typed rows (bounded against hostile files), then into
the model of cells, members and plans; and the workbooks written for the clerk (blank, marked)."""
