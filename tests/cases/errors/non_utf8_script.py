# A script with a byte that is not UTF-8 and no coding declaration: CPython's file tokenizer rejects it.
print("never printed")
# café
