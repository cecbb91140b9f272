# Uncaught ZeroDivisionError: exit status 1, traceback on stderr, output before it kept.
def average(values):
    return sum(values) / len(values)

print("average of [1, 2, 3]:", average([1, 2, 3]))
print("average of []:")
print(average([]))
print("never printed")
