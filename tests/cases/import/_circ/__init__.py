# Helper package for circular_partial.py.
