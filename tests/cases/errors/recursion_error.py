# Unbounded recursion raises RecursionError instead of crashing the interpreter.
def forever(n):
    return forever(n + 1) + 1

def depth_probe(n):
    try:
        return depth_probe(n + 1)
    except RecursionError:
        return n

print("probe found a limit:", depth_probe(0) > 500)
print("now recursing without a handler")
forever(0)
