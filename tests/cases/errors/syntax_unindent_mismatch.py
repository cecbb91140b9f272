# IndentationError: unindent does not match any outer indentation level.
print("not printed")
if True:
        a = 1
    b = 2
