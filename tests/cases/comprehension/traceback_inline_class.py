# A traceback from a comprehension in a class body.


class C:
    values = [1, 0]
    inverse = {v: 1 / v for v in values}
