# while loops with break, continue and else.
n = 0
while n < 5:
    n += 1
    if n == 2:
        continue
    print("n =", n)
print("after loop", n)

i = 0
while True:
    i += 3
    if i > 10:
        break
print("broke at", i)

k = 0
while k < 3:
    k += 1
else:
    print("while-else runs when the condition becomes false", k)

k = 0
while k < 3:
    k += 1
    if k == 2:
        break
else:
    print("not printed")
print("k =", k)

while False:
    print("never")
else:
    print("else of a loop that never ran")

# Collatz sequence length.
def collatz(n):
    steps = 0
    while n != 1:
        n = n // 2 if n % 2 == 0 else 3 * n + 1
        steps += 1
    return steps

print([collatz(n) for n in range(1, 12)])
print(max(range(1, 1000), key=collatz))

# Nested while with an inner break.
row = 0
while row < 4:
    col = 0
    line = ""
    while True:
        if col > row:
            break
        line += str(col)
        col += 1
    print(line)
    row += 1

digits = []
m = 90817
while m:
    m, d = divmod(m, 10)
    digits.append(d)
print(digits[::-1])
