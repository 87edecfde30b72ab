# re: lookahead and lookbehind assertions
import re

print(re.findall(r"\w+(?=,)", "a, bb, ccc"), re.findall(r"\w+(?!\w|,)", "a, bb, ccc"))
print(re.findall(r"(?<=\$)\d+", "cost $12 and $345 or 6"), re.findall(r"(?<!\$)\b\d+", "cost $12 and 345"))
print(re.findall(r"(?<=ab|cd)x", "abx cdx efx"), re.findall(r"(?<=a\w)y", "aby ay"))
print(re.search(r"(?=(\d\d))", "a123").groups(), [m.groups() for m in re.finditer(r"(?=(\d\d))", "1234")])
print(re.match(r"(?!abc)\w+", "abd").group(), re.match(r"(?!abc)\w+", "abc"))
print(re.match(r"(?=a)(?=\w)(?!b)a", "a").group(), re.search(r"(?<=^)a", "a").span(), re.search(r"(?<!^)a", "aa").span())
print(re.sub(r"(?<=\d)(?=(\d{3})+$)", ",", "1234567"), re.split(r"(?<=[.!?]) +", "Hi. How are you? Fine!"))
print(re.search(r"(?<=(a))b", "ab").groups(), re.search(r"(?<!(x))b", "ab").groups())
print(re.match(r"(a)(?=(b))(?!(c))", "ab").groups(), re.match(r"(?:(a)(?!b))*", "aab").groups())
print(re.findall(r"\b(?!un)\w+", "undo redo unto go"), re.findall(r"(?<![a-z])\d", "a1 2 b3"))
print(re.search(r"(?<=\n)x", "a\nx").span(), re.search(r"(?<=.{3})x", "abx abcx").span())
print(re.match(r"(?i)(?<=a)b", "ab"), re.search(r"(?i)(?<=A)b", "aB").group())
p = re.compile(r"(?<=a)b")
print(p.search("ab", 1), p.match("ab", 1), p.search("b"), p.search("xab", 2))
