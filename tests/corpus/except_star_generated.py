# except*: generated try statements (random trees, clause types and actions
# from a fixed LCG) run through exec; prints what escapes each statement.
state = 12345
def rnd(n):
    global state
    state = (state * 1103515245 + 12345) % 2147483648
    return (state >> 8) % n

TYPES = ["ValueError", "TypeError", "KeyError", "OSError", "ZeroDivisionError"]

def tree(d):
    items = []
    for i in range(rnd(3) + 1):
        if d < 2 and rnd(10) < 3:
            items.append(tree(d + 1))
        else:
            items.append(f"{TYPES[rnd(5)]}({rnd(10)})")
    return f'ExceptionGroup("g{d}{rnd(10)}", [{", ".join(items)}])'

def show(e, ind=0):
    if isinstance(e, BaseExceptionGroup):
        print(" " * ind + type(e).__name__ + repr(e.message), e.__context__ is not None)
        for x in e.exceptions:
            show(x, ind + 2)
    else:
        print(" " * ind + repr(e), repr(e.__context__)[:40])

ACTIONS = ["pass", "raise", "raise RuntimeError('h{c}')", "print('  handled', repr(e{c}))",
           "raise e{c}", "raise ExceptionGroup('new', [IndexError({c})])"]
for case in range(60):
    raised = tree(0) if rnd(10) < 8 else f"{TYPES[rnd(5)]}('naked')"
    lines = ["def f():", "    try:", f"        raise {raised}"]
    for c in range(rnd(3) + 1):
        first = rnd(5)
        second = (first + 1 + rnd(4)) % 5
        t = TYPES[first] if rnd(2) else f"({TYPES[first]}, {TYPES[second]})"
        lines.append(f"    except* {t} as e{c}:")
        lines.append("        " + ACTIONS[rnd(len(ACTIONS))].format(c=c))
    lines.append("    print('  fell through')")
    src = "\n".join(lines)
    print(f"case {case}: {raised}")
    print("\n".join("  | " + l for l in lines[3:]))
    ns = {"show": show}
    exec(src, ns)
    try:
        ns["f"]()
    except BaseException as ex:
        show(ex, 2)
