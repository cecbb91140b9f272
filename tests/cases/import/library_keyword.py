# A module of Ginger's own library (frozen into the binary): keyword.
import keyword
from keyword import iskeyword, softkwlist

print(keyword.kwlist)
print(softkwlist)
print([w for w in ("for", "match", "x", "None", "print", "async") if iskeyword(w)])
print([w for w in ("_", "case", "type", "if") if keyword.issoftkeyword(w)])
print(sorted(keyword.__all__))
