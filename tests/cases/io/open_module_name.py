# builtins.open is _io.open, whose __module__ is '_io' (pickled by reference).
import io, _io, pickle
print(open.__module__, io.open is open, _io.open is open, repr(open), open.__qualname__)
print(pickle.loads(pickle.dumps(open)) is open)
