# format mini-language for integers
vals = [0, 7, -7, 255, -255, 1234567, 2 ** 64]
specs = ["", "d", "5d", "<6", ">6", "^7", "*^9", "+", "-", " ", "05", "+08", "=+8", ",", "_", "b", "#b", "o", "#o", "x", "#x", "X", "#X", "_x", "#_b", "n", "c", "e", ".2f", "%", "g"]
for v in vals:
    out = []
    for s in specs:
        if s == "c" and not (0 <= v < 0x110000):
            continue
        try:
            out.append(format(v, s))
        except ValueError as e:
            out.append("ERR:" + str(e))
    print(repr(out))
for bad in ["s", ".2d", ",b", "z"]:
    try:
        format(5, bad)
    except ValueError as e:
        print("ValueError:", e)
print(format(True, "d"), format(True, ""), format(False, "5"), format(True, "x"))
