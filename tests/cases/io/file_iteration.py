# File-like iteration: for loops over text and binary files, readlines(hint), next(), writelines, enumerate.
import io
import os

path = "_tmp_file_iteration.txt"
with open(path, "w") as f:
    f.writelines(f"row {i}\n" for i in range(5))
    f.writelines(["no newline at end"])

with open(path) as f:
    for number, line in enumerate(f, 1):
        print(number, repr(line))
with open(path) as f:
    print(next(f), f.readline(), f.readlines(8), next(iter(f)))
    print(list(f))
    try:
        next(f)
    except StopIteration:
        print("StopIteration")
with open(path, "rb") as f:
    print([line[-3:] for line in f])
with open(path, "rb") as f:
    print(f.readlines(10))
print(sum(1 for _ in open(path)), max(open(path), key=len))
print([line.split()[-1] for line in io.StringIO("a b\nc d\n")], list(io.BytesIO(b"1\n2")))

with open(path, "w") as f:
    for i in range(3000):
        print(i, file=f)
with open(path) as f:
    numbers = [int(line) for line in f]
print(len(numbers), sum(numbers), os.path.getsize(path))
os.remove(path)
