# class-related errors
def check(label, fn):
    try:
        r = fn()
        print(label, "-> no error:", repr(r))
    except Exception as e:
        print(label, "->", type(e).__name__ + ":", e)

class A:
    def __init__(self):
        return 5
check("init returns value", lambda: A())
class B:
    def __repr__(self):
        return 5
check("repr returns int", lambda: repr(B()))
class C:
    def __str__(self):
        return None
check("str returns None", lambda: str(C()))
class D:
    def __len__(self):
        return -1
check("negative len", lambda: len(D()))
class E:
    def __len__(self):
        return "x"
check("len returns str", lambda: len(E()))
class F:
    def __bool__(self):
        return 1
check("bool returns int", lambda: bool(F()))
class G:
    def __hash__(self):
        return "h"
check("hash returns str", lambda: hash(G()))
class H:
    def __iter__(self):
        return 5
check("iter returns int", lambda: iter(H()))
check("instantiate int subclass ok", lambda: type("T", (int,), {})(5))
def dup_base():
    class Y(A, A):
        pass
check("duplicate base", dup_base)
def final_bool():
    class Z(bool):
        pass
check("subclass bool", final_bool)
