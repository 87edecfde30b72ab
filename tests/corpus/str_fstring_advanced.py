# advanced f-string cases
width = 10
for align in "<^>":
    print(f"[{'txt':{align}{width}}]", f"[{3.14159:{align}{width}.2f}]")
vals = [1, 22, 333, 4444]
print(" ".join(f"{v:>{len(str(max(vals)))}}" for v in vals))
name = "x"
print(f"{name!r:>6}", f"{name!s:^5}", f"{'é'!a:>8}")
d = {"key": "value", 1: "one"}
print(f"{d['key']}", f"{d[1]}", f"{len(d)=}", f"{d['key'].upper()=}")
n = 255
print(f"{n:#010x}", f"{n:#010b}", f"{n:+#o}", f"{-n:#x}", f"{n:_b}", f"{n * 1000:,d}", f"{n:>+8d}")
f = 1234.5678
print(f"{f:.1f}", f"{f:10.2e}", f"{f:,.3f}", f"{f:_.2f}", f"{f:g}", f"{f:.2g}", f"{-f:010.1f}", f"{f:+.0f}")
print(f"{0.0001234:.2%}", f"{1.0:.0%}", f"{1/3:.5}", f"{100.0:g}", f"{1e100:.3g}", f"{123456789.0:g}")
print(f"{True}", f"{None}", f"{[1, 'a']}", f"{(1,)}", f"{ {1: 2} }", f"{ {'s'} }")
print(f"{'a' 'b'}", f"{1 + 1}{2 * 3}", f"{'{'}{'}'}", f"{{{1}}}")
x = 3
print(f"{x if x > 2 else -x}", f"{[i for i in range(x)]}", f"{(lambda: x)()}", f"{x:{x}}", f"{x!r:{x}}")
print(f"{'nested {}'.format(1)}", f"{f'{x}' * 3}", f"{str(x) + 'x':>{x + 2}}")
class Money:
    def __init__(self, v):
        self.v = v
    def __format__(self, spec):
        if spec == "usd":
            return f"${self.v:,.2f}"
        return format(self.v, spec)
m = Money(1234567.891)
print(f"{m:usd}", f"{m:.1f}", f"{m:>15}", "{:usd}".format(m))
print(f"{3:{'>'}{'+'}{5}}", f"{'s':{''}}", f"{12:}")
