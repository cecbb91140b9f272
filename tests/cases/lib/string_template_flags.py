# A Template subclass that sets flags (here 0: case-sensitive) gets its patterns compiled with them.
import re
from string import Template


class CaseSensitive(Template):
    flags = 0


class Lower(Template):
    flags = 0
    idpattern = r'[a-z]+'


s = CaseSensitive('$wHO likes ${WHAT} for ${meal}')
d = dict(wHO='tim', WHAT='ham', meal='dinner', w='fred')
try:
    s.substitute(d)
except ValueError as e:
    print('ValueError', e)
print(s.safe_substitute(d))
print(s.get_identifiers(), s.is_valid())
print(Template('$wHO likes ${WHAT}').substitute(d))
print(Lower('$abc $ABC ${abc}x').safe_substitute(abc=1, ABC=2))
