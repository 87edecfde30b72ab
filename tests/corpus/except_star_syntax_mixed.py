# except and except* cannot be mixed on one try statement
try:
    pass
except ValueError:
    pass
except* TypeError:
    pass
