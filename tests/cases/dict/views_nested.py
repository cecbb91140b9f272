# Dict views (keys/values/items), set operations on key views, and nested structures.
d = {"a": 1, "b": 2, "c": 3}
keys, values, items = d.keys(), d.values(), d.items()
print(keys, values, items)
print(len(keys), "a" in keys, 2 in values, ("b", 2) in items, ("b", 3) in items)
d["d"] = 4
print(list(keys), list(values))
print(sorted(keys & {"a", "z"}), sorted(keys | {"z"}), sorted(keys - {"a"}), sorted(keys ^ {"a", "q"}))
print(sorted(items & {("a", 1), ("b", 0)}))
print(keys == {"a", "b", "c", "d"}, list(reversed(keys)))
it = iter(items)
print(next(it), next(it))
inventory = {
    "fruit": {"apple": 3, "pear": 0},
    "veg": {"leek": 2},
}
inventory["fruit"]["plum"] = 7
inventory.setdefault("grain", {})["rice"] = 1
for category, stock in inventory.items():
    available = [name for name, n in stock.items() if n]
    print(category, available, sum(stock.values()))
total = {name: n for stock in inventory.values() for name, n in stock.items()}
print(total)
print(max(total.items(), key=lambda kv: kv[1]))
print(dict(sorted(total.items(), key=lambda kv: (-kv[1], kv[0]))))
copy = dict(inventory)
copy["veg"]["leek"] = 99
print(inventory["veg"]["leek"], copy is inventory, copy["veg"] is inventory["veg"])
print({k: v for k, v in zip(range(3), "xyz")}, dict.fromkeys(range(3), []))
