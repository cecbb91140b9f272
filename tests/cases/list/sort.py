# sort/sorted with key and reverse; stability.
nums = [5, 2, 9, 1, 5, 6, -3, 0]
print(sorted(nums), nums)
nums.sort()
print(nums)
nums.sort(reverse=True)
print(nums)
words = ["banana", "Apple", "cherry", "date", "Elderberry", "fig"]
print(sorted(words))
print(sorted(words, key=str.lower))
print(sorted(words, key=len))
print(sorted(words, key=len, reverse=True))
print(sorted(words, key=lambda w: (len(w), w)))
people = [("ann", 31), ("bob", 25), ("cid", 31), ("dee", 25), ("eve", 40)]
print(sorted(people, key=lambda p: p[1]))
print(sorted(people, key=lambda p: p[1], reverse=True))
by_age = sorted(people, key=lambda p: -p[1])
print(by_age)
print(sorted([3.5, 1, 2.25, -1]), sorted("sorting"), sorted((3, 1, 2)))
print(sorted({"b": 1, "a": 2}), sorted({3, 1, 2}, reverse=True))
print(sorted([[2, 1], [1, 9], [1, 2]]), sorted([(1, "b"), (1, "a"), (0, "z")]))
data = [4, 1, 3]
result = data.sort()
print(result, data)
try:
    sorted([1, "a"])
except TypeError as e:
    print("TypeError:", e)
print(sorted([], reverse=True), sorted([1]))
class Card:
    def __init__(self, rank):
        self.rank = rank
    def __repr__(self):
        return f"Card({self.rank})"
print(sorted([Card(3), Card(1), Card(2)], key=lambda c: c.rank))
print(max(words, key=len), min(words, key=len), max(people, key=lambda p: p[1]))
print(list(reversed(sorted(nums))))
