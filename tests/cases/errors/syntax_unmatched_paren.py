# SyntaxError: a closing parenthesis without an opening one.
print("not printed")
x = (1 + 2))
