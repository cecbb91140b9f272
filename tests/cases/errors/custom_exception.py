# An uncaught user-defined exception: the last stderr line is "ClassName: message".
class InventoryError(Exception):
    pass

stock = {"apples": 3}

def take(item, n):
    if stock.get(item, 0) < n:
        raise InventoryError(f"not enough {item}: wanted {n}, have {stock.get(item, 0)}")
    stock[item] -= n
    print("took", n, item)

take("apples", 2)
take("apples", 2)
