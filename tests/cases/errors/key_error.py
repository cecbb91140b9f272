# Uncaught KeyError: the last line of stderr shows the repr of the key.
ages = {"ann": 31, "bob": 25}
for name in ["ann", "bob", "carol"]:
    print(name, ages[name])
