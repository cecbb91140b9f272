# Uncaught AssertionError with and without a message.
def check(n):
    assert n >= 0, f"expected non-negative, got {n}"
    return n * 2

try:
    assert 1 == 2
except AssertionError as e:
    print("bare assert message:", repr(str(e)))
print(check(4))
print(check(-1))
