# The order in which finally blocks run, including with return, break and continue.
def trace(label):
    print("  ", label)

def f1():
    try:
        trace("try")
        return "from try"
    finally:
        trace("finally")

print(f1())

def f2():
    try:
        return "try"
    finally:
        return "finally wins"

print(f2())

def f3():
    for i in range(3):
        try:
            if i == 0:
                continue
            if i == 2:
                break
            trace(f"body {i}")
        finally:
            trace(f"finally {i}")
    return "loop done"

print(f3())

def f4():
    try:
        try:
            trace("inner try")
            raise ValueError("boom")
        finally:
            trace("inner finally")
    except ValueError as e:
        trace(f"outer except {e}")
    finally:
        trace("outer finally")

f4()

def f5():
    x = 1
    try:
        return x
    finally:
        x = 2
        trace(f"x changed to {x} after the return value was computed")

print(f5())

def f6():
    try:
        raise KeyError("lost")
    finally:
        return "finally swallowed the exception"

print(f6())

def nested(n):
    try:
        if n > 0:
            return nested(n - 1)
        raise IndexError("bottom")
    finally:
        trace(f"unwinding {n}")

try:
    nested(3)
except IndexError as e:
    print("caught", e)

count = 0
while True:
    try:
        count += 1
        if count == 3:
            break
    finally:
        trace(f"while finally {count}")
print("count", count)
