# A circular import: the second module sees the first one partially initialised.
import sys
import _mutual_a
print("script: both loaded:", "_mutual_a" in sys.modules, "_mutual_b" in sys.modules)
print(_mutual_a.VALUE_A, _mutual_a.from_b(), _mutual_a._mutual_b.VALUE_B)
print(_mutual_a._mutual_b._mutual_a is _mutual_a)
import _mutual_b
print(_mutual_b is _mutual_a._mutual_b)
