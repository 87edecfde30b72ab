# Lone surrogates in str: creation, core operations, methods, repr.
s = '\udc80'
t = chr(0xdcff)
u = 'a\ud800b'
print(ascii(s), repr(t), ascii(u), len(u), ord(s), ord(u[1]))
print(repr('\ud800\udc00'), len('\ud800\udc00'), '\ud800\udc00' == '\U00010000')
print(repr(u[1:]), repr(u[::-1]), repr(u[-2]), [ascii(c) for c in u])
print(repr(s + t), repr(s * 3), repr('-'.join([s, t, 'x'])), repr(''.join([u])))
print(s == '\udc80', s != t, s < t, '\ud7ff' < s < '\ue000', sorted([t, 'z', s, '\uffff']) == ['z', s, t, '\uffff'])
print(hash(s) == hash(chr(0xdc80)), {s: 1}[chr(0xdc80)], len({s, chr(0xdc80), t}))
print(s in u + s, '\ud800' in u, 'x' in u, u.find('b'), u.find('\ud800'), u.index('\ud800'), u.count('\ud800'))
print(u.startswith('a\ud800'), u.endswith(('zz', '\ud800b')), repr(u.replace('\ud800', '-')), repr(u.replace('b', s)))
print(repr(u.split('\ud800')), repr(('x' + s + 'y' + s).split(s)), repr(u.partition('\ud800')), repr((s + ' a ').split()))
print(repr(u.upper()), repr(u.lower()), repr(s.center(5, '*')), repr(s.strip()), repr(u.title()))
print(s.isprintable(), s.isalpha(), s.isspace(), s.isidentifier(), u.isascii())
print(repr(f'<{s}>'), repr(f'{s!r}'), repr(f'{s:>4}'), repr(f'{u!a}'), repr('{}|{:^5}'.format(s, t)), repr('%s-%r' % (s, t)))
print(repr(str(s)), repr(format(s)), repr(s.__repr__()), len(repr(s)), ascii(s.encode('utf-8', 'surrogatepass')))
class S(str):
    pass
print(repr(S(s)), repr(str(S(u))), type(S(s) + s).__name__)
print(repr(s.removeprefix(s)), repr(u.rsplit('b', 1)), repr(s.zfill(3)), repr(s.ljust(3, t)))
