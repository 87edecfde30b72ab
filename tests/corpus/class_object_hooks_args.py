# type() namespaces with non-str keys; object.__getattribute__/__setattr__/__delattr__ argument checks (found by the mutation test).
X = type('X', (), {1: 2, 'a': 3})
print(X.a, X.__dict__[1])
class A: pass
for args in ((A(),), (A(), 1, 2), (A(), 'q', 1)):
    for m in (object.__getattribute__, object.__setattr__, object.__delattr__):
        try: print(m(*args))
        except Exception as e: print(type(e).__name__, e)
