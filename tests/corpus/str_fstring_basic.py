# f-strings: expressions, conversions, =, nesting
x, y = 10, 3
name = "World"
print(f"Hello, {name}!", f"{x + y}", f"{x / y:.3f}", f"{x!r}", f"{name!r}", f"{name!s}", f"{'ünï'!a}")
print(f"{x=}", f"{x + y = }", f"{name=!s}", f"{x/y=:.2f}", f"{ name = }")
print(f"{{literal}} {{{x}}}", f"{'nested'}", f'{"dq"}', f"{[1, 2][0]}", f"{ {'a': 1}['a'] }")
w, p = 12, 4
print(f"|{3.14159265:{w}.{p}f}|", f"|{name:>{w}}|", f"|{name:{'*'}^{w}}|")
print(f"{x:08b}", f"{x:#o}", f"{255:#X}", f"{1234567:,}", f"{1234567.891:_.2f}")
items = ["a", "b"]
print(f"{len(items)} items: {', '.join(items)}", f"{'yes' if x > 5 else 'no'}", f"{(lambda v: v * 2)(4)}")
print(f"{x:>5}|{x:<5}|{x:^5}|{-x:=6}|{x:+}")
class C:
    def __format__(self, spec):
        return "C<" + spec + ">"
    def __repr__(self):
        return "C()"
    def __str__(self):
        return "strC"
c = C()
print(f"{c}", f"{c:xyz}", f"{c!r}", f"{c!s}", format(c, "q"), str(c), repr(c))
print(f"""multi
{x}line""", f"a" f"b{x}" "c", rf"\n{x}", fr"{x}\t")
d = {"k": [1, 2, 3]}
print(f"{d['k'][1:]}", f"{d!r}", f"{x:{'>'}{5}}", f"{3:{'0'}{'3'}d}")
print(f"{1e10:g} {1e-3:%} {0.5:.0%} {12:c}")
