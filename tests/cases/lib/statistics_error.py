# statistics: StatisticsError is a ValueError, raised for too little data
import statistics

try:
    statistics.variance([1])
except ValueError as e:
    print(type(e).__name__, e)
print(statistics.mean([1, 2, 3, 4]))
statistics.mean([])
