# A replaced builtins.__import__ is what the import statement calls.
import builtins

original = builtins.__import__
CALLS = []


def tracing_import(name, globals=None, locals=None, fromlist=(), level=0):
    CALLS.append((name, fromlist, level))
    return original(name, globals, locals, fromlist, level)


builtins.__import__ = tracing_import
try:
    import _helper
    from _spec_pkg import sub
    import os.path
finally:
    builtins.__import__ = original
# Only the imports written here: the interpreters import different things behind the scenes.
OURS = ("_helper", "_spec_pkg", "", "os.path", "_second")
print([call for call in CALLS if call[0] in OURS])
import _second
print(len([call for call in CALLS if call[0] in OURS]))
