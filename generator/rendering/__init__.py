"""Stage 5: the templates, bundled or a district's, checked and rendered in Jinja's sandbox."""
