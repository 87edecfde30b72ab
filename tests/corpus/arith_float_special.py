# inf/nan/-0.0 behaviour
inf, nan = float("inf"), float("-nan")
print(inf, -inf, nan, repr(nan), str(-inf), abs(-inf), -nan)
print(inf + inf, inf - 1e308, inf * -1, inf / 1e308, 1 / inf, -1 / inf, inf % 5 if False else "skip")
print(inf == inf, inf > 10 ** 400, nan == nan, nan < 1, nan >= nan, [nan] == [nan], nan in [nan])
n2 = nan
print([n2] == [n2], n2 in [n2], (n2,) == (n2,))
print(max(1, nan), max(nan, 1), min(nan, 2), sorted([3, 1, 2]))
z = -0.0
print(z, z == 0.0, str(z), repr(z), abs(z), -z, z + 0.0, z * 1, z - 0.0, 0.0 * -5, round(-0.4), round(-0.4, 1))
print(1e308 * 10 == inf, -1e308 * 10 == -inf, 2.0 ** 1023 * 2 == inf if False else "skip2")
print(float("inf") - float("inf") != float("inf") - float("inf"))
print(f"{inf}", f"{nan}", f"{inf:.2f}", f"{-inf:e}", f"{nan:g}", f"{inf:10}|", f"{-0.0:.1f}", f"{-0.0:+}")
print(int(-0.0), float(-0), 0.0 == -0.0, hash(0.0) == hash(-0.0), {0.0: "a", -0.0: "b"})
print(inf.is_integer(), (-0.0).is_integer(), (1e300).is_integer(), float("1e309"), float("-1e309"))
print(5e-324, 5e-324 / 2, 2.2250738585072014e-308, 1.7976931348623157e308 * 1.0000001)
try:
    inf.as_integer_ratio()
except OverflowError as e:
    print("OverflowError:", e)
try:
    nan.as_integer_ratio()
except ValueError as e:
    print("ValueError:", e)
