# SyntaxError: a missing colon. Nothing runs, so stdout is empty.
print("not printed: the file does not compile")
x = 3
if x > 2
    print("big")
