# Helper submodule for module_attrs.py.
SEEN = (__name__, __package__, __spec__.name, __spec__.parent)
