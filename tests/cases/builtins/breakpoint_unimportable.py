# An unimportable PYTHONBREAKPOINT is ignored with a RuntimeWarning; odd module names fail to import.
import os
import warnings

for setting in (".", "..", ".foo", "foo.", ".int", "int.", ".foo.bar", "..foo.bar", "/./", "nosuchbuiltin",
                "nosuchmodule.nosuchcallable"):
    os.environ["PYTHONBREAKPOINT"] = setting
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        print(breakpoint())
    print([(w.category.__name__, str(w.message)) for w in caught])
os.environ["PYTHONBREAKPOINT"] = "builtins.len"
print(breakpoint("abc"))

for name in ["", ".", ".foo", "/", "..", ".foo.bar"]:
    try:
        __import__(name)
    except Exception as e:
        print(repr(name), type(e).__name__, e)

with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter("always")
    try:
        __import__("", {"__package__": None, "__spec__": None, "__name__": "__main__"}, {}, ("foo",), 1)
    except ImportError as e:
        print(type(e).__name__, e)
print([(w.category.__name__, str(w.message)) for w in caught])
