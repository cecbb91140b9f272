# Inheritance, method overriding, super(), the MRO and isinstance/issubclass.
class Shape:
    sides = 0

    def __init__(self, name):
        self.name = name

    def area(self):
        return 0

    def describe(self):
        return f"{self.name} with {self.sides} sides and area {self.area()}"

class Rectangle(Shape):
    sides = 4

    def __init__(self, w, h, name="rectangle"):
        super().__init__(name)
        self.w, self.h = w, h

    def area(self):
        return self.w * self.h

class Square(Rectangle):
    def __init__(self, side):
        super().__init__(side, side, name="square")

    def describe(self):
        return "Square! " + super().describe()

class Triangle(Shape):
    sides = 3

    def __init__(self, base, height):
        Shape.__init__(self, "triangle")
        self.base, self.height = base, height

    def area(self):
        return self.base * self.height / 2

for s in [Shape("blob"), Rectangle(2, 3), Square(4), Triangle(3, 5)]:
    print(s.describe())
sq = Square(2)
print(isinstance(sq, Square), isinstance(sq, Rectangle), isinstance(sq, Shape), isinstance(sq, Triangle))
print(issubclass(Square, Shape), issubclass(Shape, Square), issubclass(Triangle, (Rectangle, Shape)))
print([c.__name__ for c in Square.__mro__])
print(Square.__bases__[0].__name__, Square.__base__.__name__)

class A:
    def who(self):
        return "A"

class B(A):
    def who(self):
        return "B>" + super().who()

class C(A):
    def who(self):
        return "C>" + super().who()

class D(B, C):
    def who(self):
        return "D>" + super().who()

print(D().who(), [k.__name__ for k in D.mro()])

class Base:
    def template(self):
        return f"[{self.hook()}]"

    def hook(self):
        return "base"

class Derived(Base):
    def hook(self):
        return "derived"

print(Base().template(), Derived().template())
print(type(sq) == Square, type(sq) == Rectangle, type(sq).__mro__[1].__name__)
