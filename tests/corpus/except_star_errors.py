# except*: TypeErrors for bad clause types, checked only when the clause is reached.
def attempt(label, f):
    try:
        f()
        print(label, "no exception")
    except BaseException as e:
        print(label, type(e).__name__, e)

def eg_type():
    try:
        raise ValueError(1)
    except* ExceptionGroup:
        pass
attempt("ExceptionGroup", eg_type)

def base_eg_in_tuple():
    try:
        raise ExceptionGroup("g", [ValueError(1)])
    except* (ValueError, BaseExceptionGroup):
        pass
attempt("tuple with BaseExceptionGroup", base_eg_in_tuple)

class MyEG(ExceptionGroup):
    pass
def subclass_eg():
    try:
        raise ValueError(1)
    except* MyEG:
        pass
attempt("subclass of ExceptionGroup", subclass_eg)

def not_exception():
    try:
        raise ValueError(1)
    except* int:
        pass
attempt("int", not_exception)

def instance():
    try:
        raise ValueError(1)
    except* ValueError("x"):
        pass
attempt("instance", instance)

def not_reached():
    try:
        raise ExceptionGroup("g", [ValueError(1)])
    except* ValueError:
        print("  handled first")
    except* ExceptionGroup:
        pass
attempt("second clause not reached?", not_reached)

def no_exception():
    try:
        pass
    except* 42:
        pass
attempt("no exception, bad type", no_exception)

def bad_after_partial():
    try:
        raise ExceptionGroup("g", [ValueError(1), TypeError(2)])
    except* ValueError:
        print("  handled value")
    except* "str":
        pass
attempt("bad type after partial match", bad_after_partial)

def split_override():
    class Odd(ExceptionGroup):
        def split(self, cond):
            print("  custom split called with", cond.__name__)
            return super().split(cond)
    try:
        raise Odd("odd", [ValueError(1), TypeError(2)])
    except* ValueError as e:
        print("  match", repr(e))
    except* TypeError as e:
        print("  match", repr(e))
attempt("split override", split_override)

def bare_raise_outside():
    try:
        raise ExceptionGroup("g", [ValueError(1)])
    except* ValueError:
        pass
    raise
attempt("bare raise after", bare_raise_outside)

def eg_then_non_class():
    try:
        raise ValueError(1)
    except* (ExceptionGroup, 1):
        pass
attempt("ExceptionGroup then non-class", eg_then_non_class)
