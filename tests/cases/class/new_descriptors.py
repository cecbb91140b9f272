# __new__ may be any descriptor: a plain function becomes a staticmethod, a classmethod is bound to the class
# (so it receives the class twice), and one assigned after the class statement works too.
class Static:
    @staticmethod
    def __new__(*args):
        return args


class FromClass:
    @classmethod
    def __new__(*args):
        return args


class SubOfClass(FromClass):
    pass


print(Static(1, 2))
print(FromClass(1, 2))
print(SubOfClass(1, 2))


class Later:
    pass


def late_new(cls, *args):
    return ("late", cls.__name__, args)


Later.__new__ = late_new
print(Later(3))
print(type(Static.__dict__["__new__"]).__name__, type(FromClass.__dict__["__new__"]).__name__,
      type(Later.__dict__["__new__"]).__name__)
