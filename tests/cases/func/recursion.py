# Recursive functions: factorial, fibonacci with memo, mutual recursion, tree walks.
def fact(n):
    return 1 if n <= 1 else n * fact(n - 1)

print([fact(i) for i in range(8)], fact(25))

memo = {}

def fib(n):
    if n < 2:
        return n
    if n not in memo:
        memo[n] = fib(n - 1) + fib(n - 2)
    return memo[n]

print(fib(30), fib(90))

def is_even(n):
    return True if n == 0 else is_odd(n - 1)

def is_odd(n):
    return False if n == 0 else is_even(n - 1)

print(is_even(10), is_odd(7), is_even(7))

def hanoi(n, src, dst, via, moves):
    if n:
        hanoi(n - 1, src, via, dst, moves)
        moves.append((src, dst))
        hanoi(n - 1, via, dst, src, moves)
    return moves

print(len(hanoi(10, "A", "C", "B", [])), hanoi(2, "A", "C", "B", []))

tree = {"value": 1, "children": [{"value": 2, "children": []},
                                  {"value": 3, "children": [{"value": 4, "children": []}]}]}

def tree_sum(node):
    return node["value"] + sum(tree_sum(child) for child in node["children"])

def depth(node):
    return 1 + max((depth(c) for c in node["children"]), default=0)

print(tree_sum(tree), depth(tree))

def permutations(items):
    if len(items) <= 1:
        return [items]
    out = []
    for i in range(len(items)):
        for rest in permutations(items[:i] + items[i + 1:]):
            out.append(items[i:i + 1] + rest)
    return out

print(permutations("abc"))
print(len(permutations(list(range(5)))))

def ackermann(m, n):
    if m == 0:
        return n + 1
    if n == 0:
        return ackermann(m - 1, 1)
    return ackermann(m - 1, ackermann(m, n - 1))

print(ackermann(2, 3))

def deep(n):
    return 0 if n == 0 else 1 + deep(n - 1)

print(deep(900))
