import json
for s in ['"ab\\q"', '"\\u12"', '"\\u12zz"', '"abc', '"a\x01b"', '{"a" 1}', '{"a": 1 "b": 2}', '{1: 2}', '{', '[', '[1,', '[1 2]', '{"a":}', '', '  ', 'nul', '[1,]', '{"a":1,}', '-', '-x', '1.', '01', '1e', '[NaN, Infinity, -Infinity]', '"\\ud83d\\ude00"', '"x\\', '{"a":1}x', '"\\"']:
    try: print(repr(s), repr(json.loads(s)))
    except Exception as e: print(repr(s), type(e).__name__, e)
print(json.loads('"\x01"', strict=False), json.loads('[1, 2.5, -3e2, 1E+2, 0, -0, 123456789012345678901234567890, 1.5e400]'))
print(json.decoder.scanstring('"abc\\n" x', 1), json.decoder.scanstring('ab"', 0))
print(json.loads('{"a": {"b": [1, {"c": null}]}, "a": 2}'), json.loads('{"x": 1}', object_pairs_hook=lambda p: p))
print(json.loads(' [ 1 , { "k" : "v" } ] '), json.loads('"\u00e9\u4e2d"'), json.loads('["\u00e9", {"\u4e2d": "x"}]'))

import json.decoder
print(json.loads('{"a": [1, 2]}', object_hook=lambda d: sorted(d.items())), json.loads('[1, 2.5]', parse_int=str, parse_float=repr))
print(json.loads('[NaN]', parse_constant=lambda c: "C" + c), json.decoder.JSONDecoder().raw_decode('  {"k": 1} tail', 2))
deep = "[" * 50 + "]" * 50
print(len(str(json.loads(deep))))
try:
    json.loads("[" * 100000 + "]" * 100000)
except RecursionError as e:
    print("RecursionError", e)
