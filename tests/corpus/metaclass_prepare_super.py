class Meta(type):
    @classmethod
    def __prepare__(mcls, name, bases, **kw):
        ns = super().__prepare__(name, bases, **kw)
        ns['injected'] = kw.get('flag', 0)
        return ns
    def __new__(mcls, name, bases, ns, **kw):
        return super().__new__(mcls, name, bases, ns)
class A(metaclass=Meta, flag=7): pass
print(A.injected, type.__prepare__('x', ()))
class BadMeta(type):
    @classmethod
    def __prepare__(*args): return None
try:
    class B(metaclass=BadMeta): pass
except TypeError as e: print(e)
class M2(type): pass
class C(metaclass=M2): x = 1
print(C.x)
