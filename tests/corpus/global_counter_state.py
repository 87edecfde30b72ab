# module-level state, functions mutating globals and containers
log = []
state = {"calls": 0}
total = 0
def record(msg):
    log.append(msg)
    state["calls"] += 1
def add(n):
    global total
    total += n
    record(f"add {n}")
    return total
for k in (5, 10, -3):
    add(k)
print(total, state, log)
def reset():
    global total, log
    total = 0
    log = []
reset()
print(total, log, state["calls"])
def make_id_gen():
    global next_id
    next_id = 0
    def gen():
        global next_id
        next_id += 1
        return next_id
    return gen
g = make_id_gen()
print(g(), g(), g(), next_id)
CONFIG = {"debug": False}
def toggle():
    CONFIG["debug"] = not CONFIG["debug"]
toggle(); toggle(); toggle()
print(CONFIG)
def shadowing(total=100):
    return total
print(shadowing(), total)
print("total" in globals(), "nope" in globals(), globals()["total"], type(globals()).__name__)
exec("total = 42", globals())
print(total)
