"""Stage 6: each cell's folder written file by file, the roll-up, PDFs, the lock, safe names."""
