# Helper: the other half of a circular import with _mutual_a.
print("_mutual_b: start")
import _mutual_a

VALUE_B = "b"
print("_mutual_b: _mutual_a is partially initialised:", hasattr(_mutual_a, "VALUE_A"))
print("_mutual_b: end")
