# Widths beyond memory are MemoryError (catchable), precisions beyond a C int are ValueError/OverflowError, as in CPython.
cases = [
    lambda: '%*d' % (2**40, 1),
    lambda: format(1, '1000000000000d'),
    lambda: '{:1000000000000}'.format(1),
    lambda: '%.*f' % (2**40, 1.0),
    lambda: '%.2147483650f' % 1.0,
    lambda: format(1.0, '.2147483650f'),
    lambda: format(1j, '.2147483650f'),
]
for case in cases:
    try:
        print(len(case()))
    except (MemoryError, ValueError, OverflowError) as e:
        print(type(e).__name__, e)
