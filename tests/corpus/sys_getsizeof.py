import sys
class A: pass
for e in ["(1).__sizeof__()", "(1.5).__sizeof__()", "b'ab'.__sizeof__()", "set().__sizeof__()", "True.__sizeof__()", "(10**100).__sizeof__()", "(0).__sizeof__()", "None.__sizeof__()", "range(3).__sizeof__()", "bytearray(b'ab').__sizeof__()", "(-5).__sizeof__()", "'abc'.__sizeof__()", "'é'.__sizeof__()", "'ĀĀ'.__sizeof__()", "'😀'.__sizeof__()", "{}.__sizeof__()", "{1:1}.__sizeof__()", "(1,2).__sizeof__()",
   "sys.getsizeof(1)", "sys.getsizeof([])", "sys.getsizeof(())", "sys.getsizeof({})", "sys.getsizeof(set())", "sys.getsizeof(object())", "sys.getsizeof('')", "sys.getsizeof(None)", "sys.getsizeof(1.0)"]:
    print(e, eval(e))
class X:
    def __sizeof__(self): return -1
class Y:
    def __sizeof__(self): return 'a'
class Z:
    def __sizeof__(self): return 10
for f in [lambda: sys.getsizeof(X()), lambda: sys.getsizeof(Y()), lambda: sys.getsizeof(Y(), 7), lambda: sys.getsizeof(Z()), lambda: sys.getsizeof()]:
    try: print(f())
    except Exception as e: print(type(e).__name__, e)
