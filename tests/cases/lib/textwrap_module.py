import textwrap
s = "The quick brown fox jumps over the lazy dog. " * 5
print(textwrap.wrap(s, 30))
print(textwrap.fill(s, width=25, initial_indent="* ", subsequent_indent="  "))
print(textwrap.dedent("""
    hello
      world
    end
"""))
print(textwrap.indent("a\nb\n\nc", "> "))
print(textwrap.shorten("Hello  world!  This is a long sentence", width=20))
print(textwrap.wrap("supercalifragilisticexpialidocious word", 10))
print(textwrap.wrap("a-b-c-d-e well-known hyphenated-words here", 12))
print(textwrap.fill("tab\there and\tthere", 15, expand_tabs=True))
w = textwrap.TextWrapper(width=20, max_lines=2, placeholder=" ...")
print(w.wrap(s))
print(textwrap.wrap("Sentence one.  Sentence two. x", 40, fix_sentence_endings=True))
print(textwrap.wrap("", 10))
try:
    textwrap.wrap("x", 0)
except ValueError as e:
    print("ValueError", e)
