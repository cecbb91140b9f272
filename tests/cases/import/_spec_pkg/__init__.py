# Helper package for module_attrs.py.
from . import sub
