# Helper for import_errors.py: `from _star_pkg import *` imports the submodules named in __all__.
__all__ = ["alpha", "beta"]
