import sys, math, collections
print(sys._getframe.__module__, math.sqrt.__module__, len.__module__, [].append.__module__)
print(len.__qualname__, [].append.__qualname__, dict.fromkeys.__qualname__, math.sqrt.__qualname__)
print(collections.deque().append.__qualname__, (1).bit_length.__qualname__, int.from_bytes.__qualname__)
print(object.__new__.__qualname__, object.__new__.__module__)
