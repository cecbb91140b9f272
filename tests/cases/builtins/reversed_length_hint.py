# reversed(seq).__length_hint__() asks len(seq) again: 0 once the sequence shrank, errors propagate.
import operator


class SeqWithWeirdLen:
    called = False

    def __len__(self):
        if not self.called:
            self.called = True
            return 10
        raise ZeroDivisionError('len')

    def __getitem__(self, index):
        return index


r = reversed(SeqWithWeirdLen())
try:
    operator.length_hint(r)
except ZeroDivisionError as e:
    print('ZeroDivisionError', e)
try:
    r.__length_hint__()
except ZeroDivisionError as e:
    print('ZeroDivisionError', e)


class Shrinking:
    def __init__(self):
        self.items = [1, 2, 3, 4]

    def __len__(self):
        return len(self.items)

    def __getitem__(self, index):
        return self.items[index]


s = Shrinking()
r = reversed(s)
print(r.__length_hint__(), next(r), r.__length_hint__())
del s.items[1:]
print(r.__length_hint__(), list(r))
for seq in ['hello', tuple('hello'), list('hello'), range(5)]:
    r = reversed(seq)
    print(operator.length_hint(r), end=' ')
    list(r)
    print(operator.length_hint(r))
