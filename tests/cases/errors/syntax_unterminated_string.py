# SyntaxError: an unterminated string literal.
print("not printed")
message = "hello
print(message)
