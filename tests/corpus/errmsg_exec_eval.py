# SyntaxError/NameError from eval/exec caught at runtime
def check(label, fn):
    try:
        r = fn()
        print(label, "-> no error:", repr(r))
    except Exception as e:
        print(label, "->", type(e).__name__ + ":", e)

def show_syntax(src, mode="exec"):
    try:
        compile(src, "<test>", mode)
        print(repr(src), "compiled")
    except SyntaxError as e:
        print(repr(src), "->", type(e).__name__ + ":", e.msg, "| line", e.lineno)
for src in ["x = (1, 2", "def f(:\n  pass", "return 1", "1 = x", "f() = 3", "for x in y print(x)",
            "x = 'abc", "del f()", "a + = 1", "class", "if True:\npass", "  x = 1", "lambda: (yield)", "x = [1, 2}", "break", "continue", "None = 1", "f(**x, *y)", "def f(a, a): pass", "nonlocal x"]:
    show_syntax(src)
check("eval statement", lambda: eval("x = 1"))
check("eval name", lambda: eval("nope + 1", {}))
check("exec raises", lambda: exec("int('z')"))
