d = {'a': 1, 'b': 2}
for op in ['-', '&', '|', '^']:
    for other in [['a', 'c'], {'a', 'c'}, ('a',), {'a': 2}.keys(), [('a', 1)]]:
        for expr in ('d.keys() ' + op + ' other', 'other ' + op + ' d.keys()', 'd.items() ' + op + ' other'):
            try: print(expr, sorted(eval(expr), key=repr))
            except Exception as e: print(expr, type(e).__name__, e)
for expr in ('d.values() - ["a"]', 'd.keys() - 5', '5 - d.keys()'):
    try: print(expr, eval(expr))
    except Exception as e: print(expr, type(e).__name__, e)
