# SyntaxError: cannot assign to a literal / function call.
print("not printed")
f() = 3
