from dataclasses import dataclass, asdict, astuple
class Box:
    def __init__(self): self.items = [1]
@dataclass
class D:
    b: Box
    l: list
d = D(Box(), [Box()])
a = asdict(d)
print(a['b'] is d.b, a['l'][0] is d.l[0], astuple(d)[0] is d.b)
