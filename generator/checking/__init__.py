"""Stage 3: the rules profile (data with sources) and every check of the model against it."""
