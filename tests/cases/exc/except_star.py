# except* with exception groups: splitting, naked exceptions, unhandled rests, raising in a clause.
def run(make, label):
    try:
        try:
            raise make()
        except* ValueError as g:
            print(label, "ValueError part:", repr(g))
        except* (TypeError, KeyError) as g:
            print(label, "Type/Key part:", [type(e).__name__ for e in g.exceptions])
    except Exception as escaped:
        print(label, "escaped:", type(escaped).__name__, escaped)


run(lambda: ExceptionGroup("mixed", [ValueError(1), TypeError(2), KeyError(3), OSError(4)]), "mixed")
run(lambda: ValueError("naked"), "naked")
run(lambda: OSError("other"), "other")
run(lambda: ExceptionGroup("nested", [ExceptionGroup("inner", [ValueError("deep")]), TypeError("t")]), "nested")

try:
    try:
        raise ExceptionGroup("eg", [ValueError("v")])
    except* ValueError:
        raise RuntimeError("from the clause")
except Exception as e:
    print("raised in clause:", type(e).__name__, e)

for i in range(2):
    try:
        raise ExceptionGroup("loop", [KeyError(i)])
    except* KeyError as g:
        for e in g.exceptions:
            if e.args[0] == 0:
                continue
            print("loop caught", e)
    else:
        print("no exception")
    finally:
        print("finally", i)

try:
    compile("try:\n    pass\nexcept* ValueError:\n    return 1\n", "<s>", "exec")
except SyntaxError as e:
    print("SyntaxError:", e.msg)

try:
    try:
        raise ValueError("x")
    except* ExceptionGroup:
        pass
except TypeError as e:
    print("TypeError:", e)
