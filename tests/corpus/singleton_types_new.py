for const in None, Ellipsis, NotImplemented:
    tp = type(const)
    print(tp() is const)
    for args in [(1,), (), ]:
        pass
    try: tp(1, 2)
    except TypeError as e: print(e)
    try: tp(x=1)
    except TypeError as e: print(e)
