# Deep nesting and huge sizes give CPython's exceptions, not a crash.
cases = [
    '(' * 300 + '1' + ')' * 300,
    'x = ' + '[' * 201 + ']' * 201,
    's = "(((" + ' + '(' * 150 + '1' + ')' * 150,
    'a = 1\nx = ' + '+'.join(['a'] * 5000),
    'x = ' + '-' * 5000 + '1',
    'x = ' + '1 if 1 else ' * 5000 + '1',
    'x = ' + 'a.' * 5000 + 'b',
    'x = ' + 'not ' * 1000 + '1',
]
for src in cases:
    try:
        compile(src, 'deep', 'exec')
        print('ok', len(src))
    except SyntaxError as e:
        print('SyntaxError', e.msg, e.lineno, e.offset)
    except RecursionError as e:
        print('RecursionError', e)

for f in [lambda: 'x'.center(2**50), lambda: 'x'.ljust(2**50, '*'), lambda: '-1'.zfill(2**50),
          lambda: 'a\tb'.expandtabs(2**50), lambda: '{:1125899906842624}'.format(1),
          lambda: '%*d' % (2**50, 1), lambda: 'ab' * 2**50, lambda: [0] * 2**60]:
    try:
        f()
        print('no error')
    except (MemoryError, OverflowError) as e:
        print(type(e).__name__)
print('x'.center(9, '*'), '-42'.zfill(6), 'a\tb'.expandtabs(3), '%5d|' % 7, '{:>5}|'.format('z'))
