# format mini-language for floats
vals = [0.0, -0.0, 1.0, 3.14159265, -2.5, 1234567.891, 1e-7, 1e20, 123456789.0, 0.000123456, float("inf"), float("-inf"), float("nan")]
specs = ["", "f", ".0f", ".2f", "10.3f", "<10.1f", "^12.2e", "e", "E", ".3e", "g", "G", ".3g", "#g", ".10g", "%", ".1%", "+.2f", " .2f", "012.3f", ",.2f", "_.1f", "F", "n", ".2", "*>12", "=+12.2f", "+", "z.1f" if False else ".1f"]
for v in vals:
    print(repr(v), [format(v, s) for s in specs])
print(format(1.5, ""), format(1e16, ""), format(1e16, "g"), format(123.0, ".0f"), format(0.5, ".0f"), format(2.5, ".0f"))
print(format(1/3, ".17g"), format(2 ** 0.5, ".30f"), format(1e300, ".2e"), format(5e-324, "g"))
print("{:.2f} {:.2f} {:.2f}".format(2.675, 1.005, 0.125), round(0.125, 2))
try:
    format(1.5, "d")
except ValueError as e:
    print("ValueError:", e)
try:
    format(1.5, "#x")
except ValueError as e:
    print("ValueError:", e)
