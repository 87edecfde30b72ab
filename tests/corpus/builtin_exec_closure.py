# exec/eval of code objects with free variables and the closure= keyword; float.__getformat__.
def f():
    x = 1
    def g(): return x
    return g
g = f()
for call in (lambda: exec(g.__code__), lambda: eval(g.__code__), lambda: exec(g.__code__, {}, closure=g.__closure__), lambda: exec("1", closure=g.__closure__), lambda: exec((lambda: 1).__code__, closure=g.__closure__), lambda: exec(g.__code__, closure=(1,))):
    try: print(call())
    except Exception as e: print(type(e).__name__, e)
print(float.__getformat__('double'), float.__getformat__('float'))
for a in ('x', 1):
    try: float.__getformat__(a)
    except Exception as e: print(type(e).__name__, e)
