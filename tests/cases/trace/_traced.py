"""A module for the trace tests."""


def square(n):
    """Docstring lines count as neither hit nor missed."""
    return n * n


def loop(n):
    total = 0
    for i in range(n):
        if i % 2:
            total += square(i)
        else:
            total -= 1
    return total


class Shape:
    def area(self):
        return square(3)

    def unused(self):  # never called
        return 0


def caller():
    return Shape().area() + loop(3)
