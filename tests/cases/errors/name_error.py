# Uncaught NameError for an undefined global.
def show():
    print("inside show")
    print(x)

print("start")
show()
