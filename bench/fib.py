# Recursive calls: naive Fibonacci, plus a small mutual recursion.
def fib(n):
    if n < 2:
        return n
    return fib(n - 1) + fib(n - 2)


def even(n):
    return True if n == 0 else odd(n - 1)


def odd(n):
    return False if n == 0 else even(n - 1)


N = 35
print(fib(N))
print(sum(1 for i in range(20000) if even(i % 500)))
