# Uncaught AttributeError on an int.
value = 42
print("value is", value)
print(value.real)
value.foo()
