# The builtins' __text_signature__ and inspect.signature, and __self__ of module functions (CPython 3.12).
import builtins
import inspect
import math

for name in sorted(dir(builtins)):
    obj = getattr(builtins, name)
    if callable(obj) and not isinstance(obj, type) and name not in ("copyright", "credits", "exit", "help", "license", "quit", "open"):
        try:
            signature = str(inspect.signature(obj))
        except ValueError as e:
            signature = "ValueError: " + str(e)
        print(name, repr(obj.__text_signature__), signature)
print(len.__self__ is builtins, compile.__self__ is builtins, math.sqrt.__self__ is math)
print(str.maketrans.__self__, bytes.maketrans.__self__, dict.fromkeys.__self__)
print(repr(len.__doc__))
