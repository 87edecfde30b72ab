# re: greedy, lazy and possessive quantifiers, atomic groups, bounded repeats
import re

s = "<a><bb><ccc>"
print(re.findall(r"<.*>", s), re.findall(r"<.*?>", s), re.findall(r"<.+?>", s))
print(re.match(r"a*", "aaa").group(), re.match(r"a*?", "aaa").group(), re.match(r"a+?", "aaa").group())
print(re.match(r"a?", "aa").group(), re.match(r"a??", "aa").group(), re.match(r"a??b", "ab").group())
for pat in [r"a{2}", r"a{2,}", r"a{,2}", r"a{2,3}", r"a{2,3}?", r"a{0}", r"(?:ab){2}", r"(ab){1,2}?c", r"a{3,}?"]:
    print(pat, [m.group() for m in re.finditer(pat, "aaaaa abababc")])
print(re.match(r"x{2,4}y", "xxxxxy"), re.search(r"x{2,4}y", "xxxxxy").group())

# possessive quantifiers and atomic groups (3.11)
print(re.match(r"a*+a", "aaa"), re.match(r"a*+b", "aab").group(), re.match(r"a++", "aa").group())
print(re.match(r"a?+a", "a"), re.match(r"a{1,2}+a", "aaa").group(), re.match(r"(?:ab)*+ab", "ababab"))
print(re.match(r"(?:ab)*+c", "ababc").group(), re.match(r"(ab|a)++b", "aab"), re.match(r"(a|b)*+", "abba").groups())
print(re.match(r"(?>a+)a", "aaa"), re.match(r"(?>a+)b", "aab").group(), re.match(r"(?>ab|a)c", "ac").group())
print(re.match(r"(?>ab|a)b", "ab"), re.match(r"(?>(a)|b)+", "ab").groups(), re.match(r"(?>x*)y", "xxy").span())
print(re.findall(r"\d++\w", "123 45a 6b"), re.findall(r"(?>\w+)\b", "one two"))

# nested and repeated groups, backtracking into groups
print(re.match(r"(a+)+b", "aaab").groups(), re.match(r"(a|ab)(c|bcd)(d*)", "abcd").groups())
print(re.match(r"((a)|(b))*", "abab").groups(), re.match(r"(?:(a)|b)*", "ab").groups())
print(re.match(r"(a{2})*", "aaaaa").group(), re.match(r"(a?){3}", "aa").groups())
print(re.fullmatch(r"(\w+\s?)*", "a few words here").group(1))
print(re.match(r"(?:a|b)*?c", "ababc").group(), re.match(r"((?:a|b)*?)(b*)c", "abbbc").groups())
print(re.match(r"(a*)*b", "aaab").groups(), re.match(r"(a*)+?b", "aab").groups())
print(re.match(r"(?:()|a)*b", "aab"), re.match(r"(?:a|())*?b", "aab").groups())

# large counts and the catastrophic-looking but linear cases
print(re.match(r"a{1000}", "a" * 1000).end(), re.match(r"(?:a{10}){100}", "a" * 1000).end())
print(re.match(r"(?:a|b){5000}", "ab" * 2500).end(), re.match(r"x*y*z*", "x" * 100000).end())
print(re.search(r"(\w+)\s+\1", "lorem ipsum " * 200 + "dolor dolor").group(1))
