# f-strings: expressions, conversions, format specs, nesting.
name = "World"
n = 42
pi = 3.14159265
items = [1, 2, 3]
print(f"Hello, {name}!")
print(f"{n} {n + 1} {n * 2} {n // 5} {n % 5}")
print(f"{name!r} {name!s} {name.upper()} {len(name)}")
print(f"{pi:.2f} {pi:8.3f} {pi:<8.1f}| {pi:e}")
print(f"{n:5} {n:<5}| {n:^6}| {n:05} {n:x} {n:#b} {n:,}")
print(f"{items} {items[0]} {items[-1]} {sum(items)}")
print(f"{'nested'} {'a' 'b'} {{braces}}")
width = 10
prec = 3
print(f"[{pi:{width}.{prec}f}]")
print(f"[{name:>{width}}] [{name:*^{width}}]")
d = {"k": "value"}
print(f"{d['k']} {d}")
print(f"{n=} {pi=:.1f} {name=!s}")
print(f"{'yes' if n > 40 else 'no'}")
print(f"{[x * x for x in range(4)]}")
print(f"{1_000_000:_} {1234.5:,.1f} {0.125:.1%}")
print(f"{-5:+} {5:+} {-5: } {5: }")
print(f"{7:>3}|{'ab':>3}|")
value = 12.0
print(f"{value}", f"{value!r}", f"{value:g}", f"{value:.0f}")
print(f"""multi
line {n}""")
print(f"{'tab':^9}|")
print(f"{None} {True} {False!r}")
for i in range(3):
    print(f"row {i:02d}: {'#' * i:<3}|")
