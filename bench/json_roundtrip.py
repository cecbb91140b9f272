# json: dumps and loads of a ~1 MB document (compact and indented), repeated; prints sizes and a checksum.
import json

items = []
for i in range(9000):
    items.append({"id": i, "name": "item %d \u00e9" % i, "price": i * 1.25, "tags": ["a", "b", "c"],
                  "ok": i % 2 == 0, "none": None, "nested": {"x": [i, -i, i / 7]}})
doc = {"items": items, "meta": {"count": len(items), "title": "bench \"json\"\n"}}

total = 0
for _ in range(5):
    text = json.dumps(doc)
    back = json.loads(text)
    assert back == doc
    total += len(text)
pretty = json.dumps(doc, indent=2, sort_keys=True)
assert json.loads(pretty) == doc
print(len(text), len(pretty), total)
