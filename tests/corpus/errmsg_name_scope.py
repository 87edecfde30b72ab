# NameError / UnboundLocalError messages
def check(label, fn):
    try:
        r = fn()
        print(label, "-> no error:", repr(r))
    except Exception as e:
        print(label, "->", type(e).__name__ + ":", e)

check("undefined", lambda: undefined_thing)
check("builtin typo", lambda: pritn)
def unbound():
    print(v)
    v = 1
check("unbound local", unbound)
def closure_unbound():
    def inner():
        return w
    r = inner()
    w = 2
    return r
check("free var", closure_unbound)
def deleted():
    z = 1
    del z
    return z
check("deleted local", deleted)
g_var = 1
def del_global():
    global g_var
    del g_var
    return g_var
check("deleted global", del_global)
class K:
    attr = 1
    def m(self):
        return attr
check("class attr not in scope", lambda: K().m())
