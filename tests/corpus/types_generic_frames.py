# types-level objects: generic aliases, union types, frames and tracebacks, descriptors.
import sys
import types
print(repr(list[int]), repr(dict[str, list[int]]), repr(tuple[int, ...]), list[int] == list[int], list[int].__origin__, list[int].__args__)
print(repr(int | str), repr(int | None), (int | str) == (str | int), isinstance(1, int | str), isinstance(1.0, int | str))
print(type(list[int]) is types.GenericAlias, type(int | str) is types.UnionType, list[int](range(3)))
try:
    int | 3
except TypeError as e:
    print(e)
try:
    isinstance([], list[int])
except TypeError as e:
    print(e)
def f(a):
    b = a * 2
    # Taipan's frame objects are snapshots: read them right away.
    return (lambda fr: (fr.f_code.co_name, fr.f_lineno, sorted(fr.f_locals), fr.f_back.f_code.co_name))(sys._getframe()), sys._getframe(1).f_code.co_name
print(f(1))
def g():
    return 1 / 0
try:
    g()
except ZeroDivisionError as e:
    tb = e.__traceback__
    print(tb.tb_lineno, tb.tb_next.tb_lineno, tb.tb_next.tb_next, tb.tb_frame.f_code.co_name, tb.tb_next.tb_frame.f_code.co_name)
print(types.FunctionType, types.CodeType, types.GeneratorType, types.CoroutineType, types.MethodType, types.ModuleType)
print(types.BuiltinFunctionType, types.TracebackType, types.FrameType, types.SimpleNamespace(a=1, b="x"))
ns = types.SimpleNamespace(x=1)
ns.y = 2
print(ns, ns == types.SimpleNamespace(x=1, y=2), sys.version_info >= (3, 11), sys.version_info[:2], sys.flags.optimize)
print(type(types.FunctionType.__code__).__name__, type((1).real), (5).real, True.numerator)
