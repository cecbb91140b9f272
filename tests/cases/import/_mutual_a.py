# Helper: half of a circular import with _mutual_b.
print("_mutual_a: start")
import _mutual_b

VALUE_A = "a"


def from_b():
    return _mutual_b.VALUE_B

print("_mutual_a: end")
