# The text of a debug field (f'{x=}') drops comments, the way CPython 3.12.1 does (without regard to quotes).
print(f"{'#'=}")
print(f"{'a#b' = }")
x = 5
print(f'''{x # c1
= }''')
print(f'''{x = # c2
}''')
