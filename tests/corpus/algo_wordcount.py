# word counting and text statistics
text = """The quick brown fox jumps over the lazy dog. The dog barks;
the fox runs away! A quick fox, a lazy dog... and THE end."""
words = []
for raw in text.lower().split():
    w = "".join(c for c in raw if c.isalpha())
    if w:
        words.append(w)
counts = {}
for w in words:
    counts[w] = counts.get(w, 0) + 1
print(len(words), len(counts))
top = sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))
for w, c in top[:6]:
    print(f"{w:>6} {c:2d} {'*' * c}")
print(counts)
letters = {}
for ch in text:
    if ch.isalpha():
        letters[ch.lower()] = letters.get(ch.lower(), 0) + 1
print(sorted(letters.items(), key=lambda kv: -kv[1])[:5])
by_len = {}
for w in sorted(set(words)):
    by_len.setdefault(len(w), []).append(w)
print(by_len)
sentences = [s.strip() for s in text.replace("!", ".").replace(";", ".").split(".") if s.strip()]
print(len(sentences), sentences)
print(max(words, key=len), min(words, key=len), sum(map(len, words)) / len(words))
bigrams = {}
for a, b in zip(words, words[1:]):
    bigrams[(a, b)] = bigrams.get((a, b), 0) + 1
print(sorted(((v, k) for k, v in bigrams.items()), reverse=True)[:3])
