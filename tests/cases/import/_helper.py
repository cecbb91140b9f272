# Helper module for the import cases (not a test case itself: its name starts with "_").
print("_helper: executing module body, __name__ =", __name__)

GREETING = "hello from _helper"
counter = 0


def greet(name):
    return f"{GREETING}, {name}"


def bump():
    global counter
    counter += 1
    return counter


class Widget:
    def __init__(self, size):
        self.size = size

    def __repr__(self):
        return f"Widget({self.size})"


if __name__ == "__main__":
    print("_helper: run as a script")
