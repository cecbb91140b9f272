# typing.TypedDict: class syntax, total=, Required/NotRequired, functional form, inheritance.
from typing import TypedDict, Required, NotRequired, is_typeddict, List

class Movie(TypedDict):
    title: str
    year: int

m = Movie(title="Blade Runner", year=1982)
print(m, type(m) is dict, Movie.__total__)
print(sorted(Movie.__required_keys__), sorted(Movie.__optional_keys__), Movie.__annotations__)

class Partial(TypedDict, total=False):
    a: int
    b: Required[str]

print(sorted(Partial.__required_keys__), sorted(Partial.__optional_keys__), Partial.__total__)

class Extended(Movie, total=False):
    rating: float
    director: NotRequired[str]

print(sorted(Extended.__required_keys__), sorted(Extended.__optional_keys__))
print(list(Extended.__annotations__), Extended.__orig_bases__ == (Movie,))

Point = TypedDict("Point", {"x": int, "y": int, "tags": List[str]}, total=False)
print(Point(x=1, y=2), Point.__annotations__, sorted(Point.__optional_keys__), Point.__module__)
print(Point.__name__, Point.__orig_bases__ == (TypedDict,))

print(is_typeddict(Movie), is_typeddict(dict), is_typeddict(Point), is_typeddict(m))
try:
    isinstance(m, Movie)
except TypeError as e:
    print("TypeError:", e)
try:
    class Bad(Movie, list):
        pass
except TypeError as e:
    print("TypeError:", e)
print(Movie.__mro__)
Special = TypedDict("Special", {"cls": type, "self": int, "fields": list})
print(Special(cls=str, self=1, fields=[]))
