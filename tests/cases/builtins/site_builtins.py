# What CPython's site module adds to builtins: exit/quit (Quitter objects), help, and the printers.
import builtins
print(repr(exit), repr(quit), repr(help))
print(type(exit).__name__, type(help).__name__, type(license).__name__)
print(all(hasattr(builtins, n) for n in ("copyright", "credits", "license")))
try:
    quit(5)
except SystemExit as e:
    print("SystemExit", e.code)
exit()
