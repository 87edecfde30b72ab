# text formatting: wrapping, justification, tables
text = ("Python is an interpreted high-level general-purpose programming language. "
        "Its design philosophy emphasizes code readability with the use of significant indentation.")
def wrap(s, width):
    lines, cur = [], ""
    for word in s.split():
        if cur and len(cur) + 1 + len(word) > width:
            lines.append(cur)
            cur = word
        else:
            cur = cur + " " + word if cur else word
    if cur:
        lines.append(cur)
    return lines
for width in (20, 35):
    print(f"--- width {width}")
    for line in wrap(text, width):
        print(f"|{line:<{width}}|")
def justify(line, width):
    words = line.split()
    if len(words) == 1:
        return words[0].ljust(width)
    gaps = len(words) - 1
    spaces = width - sum(map(len, words))
    out = ""
    for i, w in enumerate(words[:-1]):
        out += w + " " * (spaces // gaps + (i < spaces % gaps))
    return out + words[-1]
for line in wrap(text, 30):
    print(f"[{justify(line, 30)}]")
rows = [("name", "qty", "price"), ("widget", 3, 4.5), ("gadget", 12, 19.99), ("thingamajig", 1, 0.5)]
widths = [max(len(str(r[i])) for r in rows) for i in range(3)]
for r in rows:
    print(" | ".join(str(c).ljust(w) if i == 0 else str(c).rjust(w) for i, (c, w) in enumerate(zip(r, widths))))
print("+".join("-" * (w + 2) for w in widths))
