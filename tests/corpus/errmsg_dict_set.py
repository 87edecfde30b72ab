# errors from dict and set operations
def check(label, fn):
    try:
        r = fn()
        print(label, "-> no error:", repr(r))
    except Exception as e:
        print(label, "->", type(e).__name__ + ":", e)

check("update non-iterable", lambda: {}.update(5))
check("update bad seq", lambda: {}.update([1]))
check("update seq len", lambda: {}.update([(1, 2, 3)]))
check("fromkeys int", lambda: dict.fromkeys(5))
check("dict | list", lambda: {} | [])
check("set | list", lambda: {1} | [2])
check("set - list", lambda: {1} - [1])
check("set.add list", lambda: set().add([]))
check("frozenset add", lambda: frozenset().add(1))
check("dict key list", lambda: {}.get([]))
check("in unhashable", lambda: [] in {})
check("in set unhashable", lambda: [] in set())
check("dict keyword non-str", lambda: dict(**{1: 2}))
check("setdefault unhashable", lambda: {}.setdefault({}, 1))
def mutate_during():
    d = {1: 1, 2: 2}
    for k in d:
        del d[k]
check("dict mutate in loop", mutate_during)
def set_mutate():
    s = {1, 2, 3}
    for x in s:
        s.add(x + 10)
check("set mutate in loop", set_mutate)
