# IntFlag operators: results stay members (or pseudo-members), mixing with plain ints, and inversion.
from enum import IntFlag


class Perm(IntFlag):
    R = 4
    W = 2
    X = 1


rw = Perm.R | Perm.W
print(repr(rw), type(rw).__name__, rw == 6)
print(repr(Perm.R | 1), repr(1 | Perm.R), repr(Perm.R & 6), repr(6 & Perm.R), repr(Perm.R ^ 5), repr(5 ^ Perm.R))
print(repr(~Perm.R), repr(~rw), repr(Perm.R | 8), repr(Perm.R + 1))
print(Perm.R.__or__("x"), Perm.R.__ror__(2.5), Perm.R & Perm.W, Perm(0))
import re
print(repr(re.I | 0x100000), repr(re.RegexFlag(0x200000)))
