# IndentationError: expected an indented block.
print("not printed")
def f():
return 1
