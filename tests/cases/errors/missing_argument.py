# Uncaught TypeError for a call with a missing positional argument.
def f(a, b):
    return a + b

print(f(1, 2))
print(f(1))
