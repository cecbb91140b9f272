# `import X`: the module runs once, its names are attributes, and it appears in sys.modules.
import sys

print("before import:", "_helper" in sys.modules)
import _helper
print("after import:", "_helper" in sys.modules, sys.modules["_helper"] is _helper)
print(_helper.GREETING)
print(_helper.greet("world"))
print(_helper.__name__, type(_helper).__name__)
print(_helper.bump(), _helper.bump(), _helper.counter)
import _helper
print("second import did not re-run the module; counter is still", _helper.counter)
w = _helper.Widget(3)
print(w, isinstance(w, _helper.Widget), type(w).__module__)
_helper.new_attribute = "set from outside"
print(sys.modules["_helper"].new_attribute)
print(__name__)
try:
    _helper.missing
except AttributeError as e:
    print("AttributeError:", e)
