# The full traceback on stderr is compared (see traceback_shape.py.stderr).
def innermost(value):
    raise ValueError(f"bad value: {value}")

def middle(value):
    innermost(value * 2)

def outer():
    print("calling middle")
    middle(21)

outer()
