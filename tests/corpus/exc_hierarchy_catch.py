# catching via base classes and except ordering
def raiser(kind):
    if kind == "key":
        return {}["x"]
    if kind == "index":
        return [][1]
    if kind == "zero":
        return 1 // 0
    if kind == "type":
        return 1 + "a"
    if kind == "attr":
        return None.nope
    if kind == "value":
        return int("v")
    if kind == "name":
        return undefined_name_here
    if kind == "recursion":
        raise RecursionError("manual")
    if kind == "overflow":
        return 2.0 ** 10000
    if kind == "unicode":
        return "é".encode("ascii")
for kind in ["key", "index", "zero", "type", "attr", "value", "name", "recursion", "overflow", "unicode"]:
    try:
        raiser(kind)
    except LookupError as e:
        print(kind, "LookupError branch:", type(e).__name__)
    except ArithmeticError as e:
        print(kind, "ArithmeticError branch:", type(e).__name__)
    except (TypeError, AttributeError) as e:
        print(kind, "Type/Attr branch:", type(e).__name__)
    except RuntimeError as e:
        print(kind, "RuntimeError branch:", type(e).__name__, e)
    except ValueError as e:
        print(kind, "ValueError branch:", type(e).__name__)
    except Exception as e:
        print(kind, "Exception branch:", type(e).__name__)
print([c.__name__ for c in UnicodeEncodeError.__mro__])
print([c.__name__ for c in ZeroDivisionError.__mro__], [c.__name__ for c in KeyError.__mro__])
print([c.__name__ for c in UnboundLocalError.__mro__], [c.__name__ for c in StopIteration.__mro__])
print(issubclass(Exception, BaseException), issubclass(GeneratorExit, Exception), issubclass(KeyboardInterrupt, BaseException))
try:
    try:
        raise KeyError("inner")
    except ValueError:
        print("wrong handler")
except KeyError as e:
    print("outer caught", e)
