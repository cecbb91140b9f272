# Closures, nonlocal and global.
def make_counter():
    count = 0

    def increment(step=1):
        nonlocal count
        count += step
        return count

    return increment

c1 = make_counter()
c2 = make_counter()
print(c1(), c1(), c1(10), c2())

def make_multipliers():
    return [lambda x, i=i: x * i for i in range(4)]

print([m(10) for m in make_multipliers()])

def late_binding():
    fns = []
    for i in range(3):
        fns.append(lambda: i)
    return [f() for f in fns]

print(late_binding())

def outer():
    x = "outer"

    def middle():
        def inner():
            return x
        return inner()

    x = "rebound"
    return middle()

print(outer())

total = 0

def add_to_total(n):
    global total
    total += n

add_to_total(5)
add_to_total(7)
print(total)

def shadow():
    total = "local"
    return total

print(shadow(), total)

def make_account(balance):
    def deposit(amount):
        nonlocal balance
        balance += amount
        return balance

    def withdraw(amount):
        nonlocal balance
        if amount > balance:
            return "insufficient"
        balance -= amount
        return balance

    return deposit, withdraw

dep, wd = make_account(100)
print(dep(50), wd(30), wd(500), dep(0))
print(c1.__closure__ is not None, len(dep.__code__.co_freevars))

def unbound():
    try:
        print(y)
    except UnboundLocalError as e:
        print("UnboundLocalError:", e)
    y = 1

unbound()
