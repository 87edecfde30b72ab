# textwrap: wrap, fill, dedent, indent, shorten, TextWrapper.
import textwrap

text = ("The quick brown fox jumps over the lazy dog. Pack my box with "
        "five dozen liquor jugs. How vexingly quick daft zebras jump!")
print(textwrap.wrap(text, width=30))
print(textwrap.fill(text, width=25))
print(textwrap.fill(text, width=40, initial_indent="* ", subsequent_indent="  "))
print(textwrap.wrap("supercalifragilisticexpialidocious word", width=10))
print(textwrap.wrap("supercalifragilistic word", width=10, break_long_words=False))
print(textwrap.wrap("a-very-long-hyphenated-word here", width=12))
print(textwrap.wrap("a-very-long-hyphenated-word here", width=12, break_on_hyphens=False))
print(textwrap.wrap("", width=10), textwrap.wrap("   ", width=10))
print(textwrap.wrap("tab\there", width=20, expand_tabs=True, tabsize=4))

block = """
    def f():
        return 1
      # odd comment
    """
print(repr(textwrap.dedent(block)))
print(repr(textwrap.dedent("  a\n\n  b\n")))
print(repr(textwrap.dedent("\ta\n\t\tb")))
print(textwrap.indent("one\ntwo\n\nthree\n", "> "))
print(repr(textwrap.indent("one\n\ntwo", "+ ", lambda line: True)))

print(textwrap.shorten("Hello  world, this is a long sentence", width=20))
print(textwrap.shorten("Hello world", width=11))
print(textwrap.shorten("Hello world!", width=10, placeholder="..."))

w = textwrap.TextWrapper(width=20, max_lines=2, placeholder=" [more]")
print(w.wrap(text))
w2 = textwrap.TextWrapper(width=15, fix_sentence_endings=True)
print(w2.fill("First one. Second one. Third."))
w3 = textwrap.TextWrapper(width=12, drop_whitespace=False)
print(w3.wrap("some  spaced   words here"))
try:
    textwrap.wrap("x", width=0)
except ValueError as e:
    print("ValueError", e)
