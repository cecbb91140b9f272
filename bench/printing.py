# Output: print() of ints, floats and strings with the default and custom sep/end, sys.stdout.write and
# writes to a file opened in text mode. The output is large (about 30 MB), as in a program dumping results.
import sys


def print_numbers(n):
    for i in range(n):
        print(i, i * 0.5, "item")


def print_custom(n):
    for i in range(n):
        print("a", i, "b", sep=",", end=";\n")


def write_lines(n):
    write = sys.stdout.write
    for i in range(n):
        write(f"line {i} of {n}\n")


def write_file(n):
    with open("_printing_scratch.txt", "w") as f:
        for i in range(n):
            print(i, "x" * (i % 7), file=f)
            f.write("end\n")
    with open("_printing_scratch.txt") as f:
        total = sum(len(line) for line in f)
    import os
    os.remove("_printing_scratch.txt")
    return total


print_numbers(400000)
print_custom(400000)
write_lines(400000)
print(write_file(300000))
