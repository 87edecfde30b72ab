# re: Pattern and Match objects as values, re.Scanner, the module cache, escape
import re
import copy

p = re.compile(r"(?P<w>\w+)")
print(p == re.compile(r"(?P<w>\w+)"), p != re.compile(r"\w+"), p == re.compile(r"(?P<w>\w+)", re.I))
print(hash(p) == hash(re.compile(r"(?P<w>\w+)")), copy.copy(p) is p, copy.deepcopy(p) is p)
m = p.match("hi")
print(copy.copy(m) is m, copy.deepcopy(m) is m, re.Pattern, re.Match, type(m) is re.Match)
print(re.Pattern[str], re.Match[bytes], isinstance(p, re.Pattern))
try:
    re.Pattern()
except TypeError as e:
    print("TypeError", e)
try:
    p.pattern = "x"
except AttributeError as e:
    print("AttributeError", e)
try:
    p.groupindex["x"] = 1
except TypeError as e:
    print("TypeError", e)
print(re.compile("a") is re.compile("a"), re.compile("a", re.I).flags)

scanner = re.Scanner([
    (r"[a-zA-Z_]\w*", lambda s, tok: ("NAME", tok)),
    (r"\d+(?:\.\d+)?", lambda s, tok: ("NUM", float(tok) if "." in tok else int(tok))),
    (r"[-+*/=()]", lambda s, tok: ("OP", tok)),
    (r"\s+", None),
])
print(scanner.scan("x = 3.5 * (y + 42) $rest"))
sc = re.compile(r"\d").scanner("1a23")
print(sc.match(), sc.match(), sc.search(), sc.search(), sc.search(), sc.pattern)
print(type(re.finditer("a", "a")).__name__, next(re.finditer("b", "abc")))

print(re.escape("a.b*c?d+e(f)[g]{h}^$|\\ é-_#&~ \t\n"), re.escape(b"x.y"))
print(re.purge(), re.template("a") if False else "skip")
words = "the cat sat on the mat with the hat".split()
pats = [re.compile(r"\b%s\b" % w) for w in words]
print(sum(len(q.findall(" ".join(words))) for q in pats))
print(re.compile(r"(?i)x").match("X").re.flags & re.I != 0, m.re is p, m.string)
