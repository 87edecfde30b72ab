class A:
    foo = property(lambda s: 1)
    class cls: pass
try: A().foo = 2
except AttributeError as e: print(e)
try: del A().foo
except AttributeError as e: print(e)
p = property()
class B: pass
B.bar = p
try: B().bar
except AttributeError as e: print(e)
class C:
    x = property(lambda s: 5).setter(lambda s, v: None)
try: del C().x
except AttributeError as e: print(e)
print(A.__dict__['foo'].__set_name__(A, 'zz'))
try: A().foo = 3
except AttributeError as e: print(e)
try: (1).real = 2
except AttributeError as e: print(e)
