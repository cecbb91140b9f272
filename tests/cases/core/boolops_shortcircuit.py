# and/or return one of their operands and evaluate lazily; not always returns a bool.
log = []

def t(name, value):
    log.append(name)
    return value

print(1 and 2, 0 and 2, 1 or 2, 0 or 2, None or "default", "" or [] or 0)
print([] and "never", "x" and "y" and "z", 0 or None)
print(not 1, not 0, not [], not [0])

r = t("a", False) and t("b", True)
print(r, log)
log.clear()
r = t("a", True) or t("b", True)
print(r, log)
log.clear()
r = t("a", 0) or t("b", "") or t("c", "found") or t("d", "late")
print(r, log)
log.clear()
r = t("a", 1) and t("b", 2) and t("c", 0) and t("d", 3)
print(r, log)
log.clear()

# Precedence: not > and > or.
print(True or False and False, (True or False) and False)
print(not True or True, not (True or True))
print(1 if 0 or 1 else 2)

def safe_div(a, b):
    return b != 0 and a / b

print(safe_div(1, 0), safe_div(1, 4))
name = ""
print(name or "anonymous")
items = None
print(items and items[0])
items = [7]
print(items and items[0])
x = 5
print(x > 3 and x < 10, x > 3 and x > 10 or "fallback")
print(all([]), any([]), all([1, 2, 0]), any([0, "", 3]))
