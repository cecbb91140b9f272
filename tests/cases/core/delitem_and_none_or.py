# The TypeErrors of `del x[k]` on objects without __delitem__ (two wordings in CPython 3.12, by path), and
# None | None, which NoneType does not support (only classes build unions).
class Plain:
    pass


class Getter:
    def __getitem__(self, key):
        return key


for obj in (1, (1,), 'ab', b'ab', Plain(), Getter(), None, range(3), frozenset()):
    for key in (0, 'a', True, slice(1)):
        try:
            del obj[key]
        except TypeError as e:
            print(type(obj).__name__, repr(key), e)

for make in (lambda: None | None, lambda: None | 1, lambda: None | int, lambda: int | None, lambda: None | list[int]):
    try:
        print(make())
    except TypeError as e:
        print('TypeError', e)
print(hasattr(type(None), '__or__'), hasattr(type(None), '__ror__'))
