HAS_MORE, NO_MORE = 1, 2
def spam():
    if spam.is_recursive_call:
        return NO_MORE
    spam.is_recursive_call = True
    list(spam.iterator)
    return HAS_MORE
spam.is_recursive_call = False
spam.iterator = iter(spam, NO_MORE)
try:
    next(spam.iterator)
except StopIteration:
    print("StopIteration")
print(list(spam.iterator))
