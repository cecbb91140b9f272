# types: the type names obtained from real objects.
import sys
import types


def f():
    yield 1


class C:
    def m(self):
        pass


print(types.FunctionType, types.LambdaType is types.FunctionType, type(f) is types.FunctionType)
print(types.GeneratorType, isinstance(f(), types.GeneratorType))
print(types.CodeType, isinstance(f.__code__, types.CodeType))
print(types.MethodType, isinstance(C().m, types.MethodType))
print(types.BuiltinFunctionType, types.BuiltinMethodType is types.BuiltinFunctionType)
print(isinstance(len, types.BuiltinFunctionType), isinstance([].append, types.BuiltinMethodType))
print(types.ModuleType, isinstance(sys, types.ModuleType))
print(types.NoneType, types.NotImplementedType, types.EllipsisType)
print(types.WrapperDescriptorType, types.MethodWrapperType)
print(types.MethodDescriptorType, types.ClassMethodDescriptorType)
print(types.CellType, types.CoroutineType, types.FrameType, types.TracebackType)
print(isinstance(sys._getframe(), types.FrameType))

m = types.ModuleType("mymod", "my doc")
m.x = 5
print(m.__name__, m.__doc__, m.x)

bound = C().m.__func__.__get__(10)
print(type(bound) is types.MethodType, bound.__self__)
print(isinstance(types.SimpleNamespace(), object))
print("ModuleType" in types.__all__, "SimpleNamespace" in types.__all__)
