# uncaught exception raised from another (last line is the outer one)
def load(key):
    try:
        return {}[key]
    except KeyError as e:
        raise LookupError(f"cannot load {key!r}") from e
load("cfg")
