# An uncaught NameError with CPython's "Did you mean" suggestion.
counter_value = 1
print(counter_valeu)
