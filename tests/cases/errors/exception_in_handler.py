# An exception raised while handling another: both appear on stderr; the last line is the second one.
def parse(text):
    try:
        return int(text)
    except ValueError:
        print("parse failed for", repr(text))
        return fallback[text]

print(parse("5"))
fallback = {}
parse("five")
