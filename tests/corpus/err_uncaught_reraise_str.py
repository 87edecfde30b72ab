# exception caught, printed, then re-raised with a new message
try:
    float("x1")
except ValueError as e:
    print("first:", e)
    raise RuntimeError("wrapped: " + str(e))
