# The full traceback of a chained exception ("During handling..." and "The above exception was the direct cause").
def lookup(table, key):
    try:
        return table[key]
    except KeyError:
        raise LookupError("no entry")

def load(table, key):
    try:
        return lookup(table, key)
    except LookupError as exc:
        raise RuntimeError("load failed") from exc

print("loading")
load({}, "k")
