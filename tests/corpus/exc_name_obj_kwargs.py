e = AttributeError('x', name='n', obj=3); print(e.args, e.name, e.obj)
print(AttributeError('a').name, AttributeError().obj, NameError('q', name='z').name, NameError().name)
try: AttributeError(foo=1)
except TypeError as t: print(t)
try: NameError(obj=1)
except TypeError as t: print(t)
class C: pass
try: C().missing
except AttributeError as e: print(e.name, type(e.obj).__name__)
try: undefined_thing
except NameError as e: print(e.name)
class E(AttributeError):
    def __init__(self, a, b): super().__init__(a, b)
print(E(1, 2).args)
