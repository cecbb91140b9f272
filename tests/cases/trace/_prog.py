import sys


def twice(x):
    return 2 * x


total = 0
for value in range(3):
    total += twice(value)
print('total', total, sys.argv[1:])
