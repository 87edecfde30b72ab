# ImportError's name/path/msg fields, keywords, str() and __reduce__.
e = ImportError('a', 'b', name='n')
print(e.args, e.msg, e.name, e.path, str(e))
e = ImportError('a')
print(e.msg, str(e))
e = ImportError()
print(e.msg, repr(str(e)))
try:
    ImportError(x=1)
except TypeError as t:
    print(t)
e = ModuleNotFoundError('m', name='z')
print(e.name, e.msg, e.args)

class E(ImportError):
    pass

print(E('q', path='p').path)
e = ImportError('a')
e.msg = 'zz'
print(str(e))
e = ImportError('a', 'b')
e.msg = 'zz'
print(str(e))
print(ImportError('a', 'b').__reduce__())
print(ImportError('a', name='n').__reduce__())
try:
    import nonexistent_module_qq
except ImportError as e:
    print(type(e).__name__, e.msg, e.name, e.path, e)
