import _md5, _sha1, _sha256, _sha512
for mod, names in ((_md5, ["md5"]), (_sha1, ["sha1"]), (_sha256, ["sha224", "sha256"]), (_sha512, ["sha384", "sha512"])):
    for n in names:
        ctor = getattr(mod, n)
        for L in (0, 1, 3, 55, 56, 63, 64, 65, 111, 112, 119, 127, 128, 129, 200, 1000):
            data = bytes((i * 7 + L) % 256 for i in range(L))
            h = ctor(data)
            h2 = ctor()
            for i in range(0, L, 13):
                h2.update(data[i:i + 13])
            assert h.digest() == h2.digest(), (n, L)
            print(n, L, h.hexdigest())
        h = ctor(b"abc"); c = h.copy(); c.update(b"d")
        print(n, h.name, h.digest_size, h.block_size, h.hexdigest()[:16], c.hexdigest()[:16], ctor(memoryview(b"abc")).hexdigest()[:8])
for bad in (lambda: _sha512.sha512("x"), lambda: _sha512.sha512(5), lambda: _md5.md5().update(5)):
    try: bad()
    except TypeError as e: print(e)
