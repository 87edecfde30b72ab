import json
d = {"b": [1, 2.5, None, True, False], "a": {"x": "é\n\"q\"", "y": []}, "c": 1e100}
print(json.dumps(d))
print(json.dumps(d, indent=2, sort_keys=True))
print(json.dumps(d, separators=(",", ":"), ensure_ascii=False))
print(json.loads(json.dumps(d)) == d)
print(json.loads('{"a": [1, 2, {"b": null}], "c": "\\u00e9\\ud83d\\ude00"}'))
class P:
    def __init__(self, x): self.x = x
print(json.dumps({"p": P(3)}, default=lambda o: {"P": o.x}))
print(json.loads('{"P": 4}', object_hook=lambda d: ("hook", d)))
print(json.loads('[1.5, 2]', parse_float=str, parse_int=float))
try: json.loads('{"a": }')
except json.JSONDecodeError as e: print("err", e, e.pos, e.lineno, e.colno)
print(json.dumps([float('inf'), float('nan')]))
print(json.dumps("\u2603 snow"), json.dumps(12345678901234567890))
