# str.format looks up each [key] / .attr part of a field name before it parses the next part (as CPython's
# field-name iterator does), so a failing lookup wins over a malformed rest.
def t(text, *args, **kwargs):
    try:
        print(repr(text.format(*args, **kwargs)))
    except Exception as e:
        print(type(e).__name__, e)


t('{0[a]x}', 5)
t('{0[0]x}', [1])
t('{0.real]}', 1)
t('{0.nope.}', 1)
t('{0.real.}', 1)
t('{0[0][}', [[1]])
t('{0[0][1]}', [[1, 2]])
t('{k[a].imag}', k={'a': 3j})
t('{0[1]}{1[x]}', 'ab', {'x': 'y'})
t('{0!r:{1}}', 'x', 5)
t('{0!r:{1}}', 'x', 'q')
t('{0:{1:{2}}}', 1, 2, 3)
t('{0:{1:{2:{3}}}}', 1, 2, 3, 4)
