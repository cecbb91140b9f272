# collections.deque as a queue: append/popleft, appendleft/pop, a bounded window, rotate.
from collections import deque

queue = deque()
total = 0
for i in range(1000000):
    queue.append(i)
    if i % 3 == 0:
        total += queue.popleft()
print(len(queue), total)

stack = deque()
for i in range(300000):
    stack.appendleft(i)
while stack:
    total -= stack.pop()
print(total)

window = deque(maxlen=50)
for i in range(500000):
    window.append(i * 7 % 1000)
print(sum(window), window[0], window[-1])

ring = deque(range(1000))
for i in range(20000):
    ring.rotate(i % 13 - 6)
print(ring[0], ring[500], ring.count(7), 999 in ring)
