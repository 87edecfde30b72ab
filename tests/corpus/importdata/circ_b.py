import circ_a
print("loading mod_b, circ_a.X =", getattr(circ_a, "X", None))
Y = 2
