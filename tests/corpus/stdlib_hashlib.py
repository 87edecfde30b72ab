import hashlib
BUF = bytes(range(256)) * 2
for name in ("sha3_224", "sha3_256", "sha3_384", "sha3_512", "blake2b", "blake2s", "md5", "sha1", "sha256", "sha512"):
    for L in (0, 3, 65, 72, 129, 136, 300):
        data = BUF[L:2 * L]
        h = hashlib.new(name, data)
        h2 = hashlib.new(name)
        for i in range(0, L, 37):
            h2.update(data[i:i + 37])
        assert h.digest() == h2.digest(), (name, L)
        print(name, L, h.hexdigest())
    h = hashlib.new(name, b"abc"); c = h.copy(); c.update(b"d")
    print(name, h.name, h.digest_size, h.block_size, h.hexdigest()[:16], c.hexdigest()[:16])
for n in (0, 1, 16, 32, 100, 200, 500):
    print(n, hashlib.shake_128(b"xyz").hexdigest(n), hashlib.shake_256(b"x" * 300).hexdigest(n)[:64])
print(hashlib.blake2b(b"m", digest_size=20, key=b"k" * 10, salt=b"s" * 16, person=b"p" * 5).hexdigest())
print(hashlib.blake2s(b"m", digest_size=16, key=b"key", salt=b"salt", person=b"me").hexdigest())
print(hashlib.blake2b(b"", key=b"k").hexdigest(), hashlib.blake2s(key=b"k" * 32).hexdigest())
print(hashlib.blake2b(b"tree", fanout=2, depth=3, leaf_size=4096, node_offset=5, node_depth=1, inner_size=32, last_node=True).hexdigest())
print(hashlib.blake2s(b"tree", fanout=2, depth=3, leaf_size=4096, node_offset=5, node_depth=1, inner_size=16, last_node=True).hexdigest())
for bad in (lambda: hashlib.blake2b(digest_size=65), lambda: hashlib.blake2s(key=b"k" * 33), lambda: hashlib.blake2b(salt=b"s" * 17),
            lambda: hashlib.blake2b(depth=0), lambda: hashlib.sha3_256("x")):
    try: bad()
    except Exception as e: print(type(e).__name__, e)
print(hashlib.blake2b.MAX_DIGEST_SIZE, hashlib.blake2s.SALT_SIZE)

import hmac
print(hmac.new(b"key", b"msg", "sha256").hexdigest(), hmac.digest(b"k", b"m", "sha1").hex())
import _operator
for a, b in [('a', 'a'), ('a', 'b'), (b'a', b'a'), (bytearray(b'a'), b'a'), ('\xe9', '\xe9'), (1, 1), ('a', b'a'), (b'ab', b'a')]:
    try: print(_operator._compare_digest(a, b), hmac.compare_digest(a, b))
    except Exception as e: print(type(e).__name__, e)
