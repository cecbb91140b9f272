# input() reads lines from stdin (the .in file); EOFError at the end.
name = input()
print("name:", name)
age = int(input("age? "))
print()
print("next year:", age + 1)
numbers = [int(tok) for tok in input().split()]
print("sum:", sum(numbers), "max:", max(numbers))
line = input()
print("kept spaces:", repr(line))
count = 0
while True:
    try:
        line = input()
    except EOFError:
        print("EOF after", count, "more lines")
        break
    count += 1
    print(f"line {count}: {line.upper()}")
