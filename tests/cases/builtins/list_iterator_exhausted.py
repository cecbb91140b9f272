# A list iterator that a for loop exhausted stays exhausted when the list grows afterwards.
a = [1, 2]
it = iter(a)
for x in it:
    pass
a.append(3)
print(list(it))
it2 = iter(a)
print(list(it2), list(it2))
a.append(4)
print(list(it2))
