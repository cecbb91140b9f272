# except* and ExceptionGroup (3.11+), plus exception notes.
def risky():
    raise ExceptionGroup("several", [ValueError("v1"), TypeError("t1"), ValueError("v2")])

try:
    risky()
except* ValueError as group:
    print("values:", [str(e) for e in group.exceptions])
except* TypeError as group:
    print("types:", [str(e) for e in group.exceptions])

eg = ExceptionGroup("outer", [KeyError("k"), ExceptionGroup("inner", [IndexError("i")])])
print(eg, len(eg.exceptions), repr(eg.exceptions[0]))
match, rest = eg.split(KeyError)
print(match, rest)
print(eg.subgroup(IndexError))

try:
    try:
        raise ValueError("with notes")
    except ValueError as e:
        e.add_note("first note")
        e.add_note("second note")
        raise
except ValueError as e:
    print(e, e.__notes__)

try:
    raise ExceptionGroup("only one kind", [OSError("disk")])
except* OSError as g:
    print(type(g).__name__, g.message, g.exceptions)

try:
    ExceptionGroup("empty", [])
except ValueError as e:
    print("ValueError:", e)

print(issubclass(ExceptionGroup, Exception), issubclass(BaseExceptionGroup, BaseException))
