# Uncaught ValueError from int() with a bad literal.
for text in ["12", "-7", "x"]:
    print(text, "->", int(text))
