# Helper: module-level __getattr__ and __dir__ (PEP 562).
import sys

COMPUTED = []


def __getattr__(name):
    if name.startswith("dyn_"):
        COMPUTED.append(name)
        return name[4:].upper()
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


def __dir__():
    return ["COMPUTED", "dyn_example"]
