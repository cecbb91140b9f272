# A traceback through inlined comprehensions: no <listcomp> frames (CPython 3.12).


def divide(values):
    return [1 / v
            for v in values]


def table(rows):
    return {k: divide(row)
            for k, row in enumerate(rows)}


print("start")
result = [table(r) for r in [[[1, 2]], [[3, 0]]]]
