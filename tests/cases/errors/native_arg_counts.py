# Built-in constructors count keyword arguments in "(N given)".
for f in (lambda: int(1, 2, 3, x=1), lambda: int(1, 2, 3), lambda: str(1, 2, 3, 4, k=2), lambda: float(1, 2, z=3)):
    try:
        f()
    except TypeError as e:
        print(e)
