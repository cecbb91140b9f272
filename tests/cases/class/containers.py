# A user-defined container with __getitem__, __setitem__, __delitem__, __len__, __iter__ and __contains__.
class Grid:
    def __init__(self, width, height, fill="."):
        self.width = width
        self.height = height
        self.cells = {}
        self.fill = fill

    def __getitem__(self, pos):
        x, y = pos
        if not (0 <= x < self.width and 0 <= y < self.height):
            raise IndexError(f"{pos} outside the grid")
        return self.cells.get(pos, self.fill)

    def __setitem__(self, pos, value):
        self[pos]  # bounds check
        self.cells[pos] = value

    def __delitem__(self, pos):
        del self.cells[pos]

    def __len__(self):
        return len(self.cells)

    def __contains__(self, value):
        return value in self.cells.values()

    def __iter__(self):
        for y in range(self.height):
            yield "".join(self[x, y] for x in range(self.width))

    def __repr__(self):
        return f"Grid({self.width}x{self.height}, {len(self)} set)"


g = Grid(4, 3)
g[0, 0] = "#"
g[3, 2] = "@"
g[1, 1] = "#"
print(g, len(g), "#" in g, "%" in g)
for row in g:
    print(row)
del g[1, 1]
print(list(g), len(g))
try:
    g[4, 0] = "x"
except IndexError as e:
    print("IndexError:", e)
try:
    del g[2, 2]
except KeyError as e:
    print("KeyError:", e)


class Seq:
    def __init__(self, n):
        self.n = n

    def __len__(self):
        return self.n

    def __getitem__(self, i):
        if isinstance(i, slice):
            return [self[j] for j in range(*i.indices(self.n))]
        if i < 0:
            i += self.n
        if not 0 <= i < self.n:
            raise IndexError("Seq index out of range")
        return i * i


s = Seq(6)
print(list(s), s[-1], s[1:5:2], s[::-2], 16 in s, 17 in s, sorted(s, reverse=True)[:2])
print(list(reversed(s)), sum(s), max(s))
