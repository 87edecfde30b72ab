# re: sub / subn with templates and callables, split with groups and maxsplit
import re

print(re.sub(r"(\w+) (\w+)", r"\2 \1", "hello world foo bar"))
print(re.sub(r"(?P<k>\w+)=(?P<v>\w+)", r"\g<v>:\g<k>", "a=1 b=2"), re.sub(r"(a)", r"\g<1>\g<0>", "xa"))
print(re.sub(r"a", r"\n\t\\", "bab"), re.sub(r"(a)(b)?", r"[\2]", "a ab"), re.sub("x", "\\\\", "axb"))
print(re.sub(r"\d", lambda m: str(int(m.group()) * 2), "a1b2c9"), re.sub(r"x", lambda m: "", "axbx"))
print(re.subn(r"o", "0", "foo boo"), re.subn(r"o", "0", "foo boo", count=2), re.subn("z", "y", "abc"))
print(re.sub("a", "b", "aaa", 1), re.sub("", "-", "abc"), re.sub("x*", "-", "abxd"), re.sub("a|", "-", "bab"))
print(re.sub(r"\b", "|", "ab cd"), re.sub("(?m)^", "> ", "a\nb\n"), re.sub("$", "!", "a\n"))
print(re.sub(r"(\d+)", lambda m: "<%s@%d>" % (m[1], m.start()), "a1b22c333"))
p = re.compile(r"\s+")
print(p.sub(" ", "a  b \t c\n"), p.subn("", "  x  "), p.sub(" ", "", 0))
print(re.sub("é", "e", "ééa"), re.sub("a", "é", "aba"), re.sub("(é)", r"<\1>", "xéy"))
calls = []
def record(m):
    calls.append(m.span())
    return m.group().upper()
print(re.sub(r"[aeiou]", record, "education"), calls)
print(re.sub("a", lambda m: None, "bab") if False else "skip-none")
try:
    re.sub("a", lambda m: 1, "a")
except TypeError as e:
    print("TypeError", e)
try:
    re.sub("a", r"\2", "a")
except re.error as e:
    print("error", e)
try:
    re.sub("(?P<x>a)", r"\g<y>", "a")
except IndexError as e:
    print("IndexError", e)
try:
    re.sub("a", r"\q", "a")
except re.error as e:
    print("error", e)

# split
print(re.split(r"\s*,\s*", "a , b,c ,d"), re.split(r"(,)", "a,b,c"), re.split(r"(,)|(;)", "a,b;c"))
print(re.split(r",", "a,b,c", maxsplit=1), re.split(r",", "a,b,c", 5), re.split(r",", "a,b", -1))
print(re.split(r"x*", "axbc"), re.split(r"", "abc"), re.split(r"\b", "ab cd"), re.split(r"(?m)^", "a\nb"))
print(re.split(r"(a)(x)?", "bab"), re.split(r"[;,]\s*|\s+-\s+", "a; b,c - d"), re.split("a", ""))
print(re.compile(r"\d").split("a1b2c3", 2), re.split(r"(\d)", "1a2", flags=0))
