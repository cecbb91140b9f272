# The full traceback, including 3.12's caret lines under the failing sub-expression.
def ratio(a, b):
    return a / b

def report(pairs):
    for a, b in pairs:
        print(a, b, ratio(a, b))

data = {"first": [(1, 2), (3, 0)]}
report(data["first"])
