# shlex: split (posix and not), quote, join, the lexer with punctuation_chars, comments and errors.
import shlex

for s in ['a b c', 'a "b c" d', "a 'b c' d", 'a\\ b', '"a\\"b"', "'a\\'", 'x=1 y="2 3"', 'a#b c', '', '  ', '""', "a''b", 'é ü']:
    print(repr(s), shlex.split(s), shlex.split(s, posix=False))
print(shlex.split("a # comment", comments=True), shlex.split("a # comment"))
for bad in ['"unclosed', "'x", 'trailing\\']:
    try:
        shlex.split(bad)
    except ValueError as e:
        print(repr(bad), "ValueError:", e)
try:
    shlex.split(None)
except ValueError as e:
    print("ValueError:", e)
for s in ["", "safe-name_1.txt", "has space", "it's", "$HOME", "a\nb", "ü"]:
    print(repr(s), shlex.quote(s))
print(shlex.join(["echo", "hello world", "it's", ""]))

lex = shlex.shlex("a && b; c|d (e) >f 2>&1", punctuation_chars=True)
print(list(lex))
lex = shlex.shlex("ls -l ~/x.txt; echo *.py", posix=True, punctuation_chars=True)
lex.whitespace_split = True
print(list(lex))
lex = shlex.shlex('word "quoted word" other # comment\nnext line', posix=False)
print([lex.get_token() for _ in range(5)], lex.lineno, repr(lex.get_token()))
lex = shlex.shlex("x y z")
lex.push_token("pushed")
print(lex.get_token(), lex.get_token(), lex.error_leader("f", 3), lex.punctuation_chars)
lex = shlex.shlex("a,b;c")
print(list(lex))
print(shlex.__all__)
