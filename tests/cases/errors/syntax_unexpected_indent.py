# IndentationError: unexpected indent.
print("not printed")
x = 1
    y = 2
