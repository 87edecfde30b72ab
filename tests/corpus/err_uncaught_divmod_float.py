# ZeroDivisionError from float modulo
vals = [5.5, 2.0, 0.0]
for v in vals:
    print(10.0 % v)
