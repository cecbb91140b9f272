# statistics: every function and NormalDist, with exact sums, infinities, NaNs and the error cases
import statistics as st
from statistics import *
from fractions import Fraction as F
import math
data = [1, 2, 3, 4, 4, 7.5]
ints = [1, 2, 3, 4, 4, 10]
fr = [F(1, 3), F(2, 7), F(5, 6), 1]
for name in ['mean', 'fmean', 'geometric_mean', 'harmonic_mean', 'median', 'median_low', 'median_high', 'median_grouped', 'mode', 'multimode',
             'pvariance', 'variance', 'pstdev', 'stdev', 'quantiles']:
    f = getattr(st, name)
    for d in [data, ints, fr, [2.5], [1e308, 1e308, -1e308], [0.1] * 10, [3, 1], [1, float('inf')], [float('nan'), 1.0], [], iter([5, 6, 7]), [True, False, True], [-1, 2]]:
        try: r = f(d)
        except Exception as e: r = (type(e).__name__, str(e))
        print(name, repr(r))
print(mean([F(1,2), 1.0]), mean([1, F(1, 2)]), mean([True, 2]))
for bad in [lambda: mean(['a']), lambda: mean([1, 'a']), lambda: fmean([1, 2], weights=[1]), lambda: fmean([1, 2], weights=[1, -1]), lambda: harmonic_mean([1, 2], weights=[1]),
            lambda: harmonic_mean([1, 0, 2]), lambda: harmonic_mean(['x']), lambda: harmonic_mean([0, 0], weights=[0, 0]), lambda: quantiles([1, 2], n=0), lambda: quantiles([1, 2, 3], method='x'),
            lambda: mode([]), lambda: correlation([1, 2], [1]), lambda: correlation([1, 1], [1, 2]), lambda: correlation([1, 2], [3, 4], method='x'), lambda: linear_regression([1, 1], [1, 2]),
            lambda: covariance([1], [1]), lambda: NormalDist(0, -1), lambda: NormalDist(0, 0).pdf(1), lambda: NormalDist().inv_cdf(1), lambda: NormalDist().overlap(1), lambda: median_grouped(['a'])]:
    try: print(bad())
    except Exception as e: print(type(e).__name__, e)
print(fmean([1, 2, 3], weights=[0.25, 0.5, 0.25]), fmean(iter([1, 2, 3.5])), harmonic_mean([40, 60], weights=[5, 30]), harmonic_mean([2.5, 3, 10]), harmonic_mean([F(1, 2), 3]))
print(median_grouped([52, 52, 53, 54]), median_grouped([1, 3, 3, 5, 7], interval=2), median_grouped([1, 2, 2, 3, 4, 4, 4, 4, 4, 5]))
print(quantiles([105, 129, 87, 86, 111, 111, 89, 81, 108, 92, 110, 100, 75, 105, 103, 109, 76, 119, 99, 91, 103, 129, 106, 101, 84, 111, 74, 87, 86, 103, 103, 106, 86, 111, 75, 87, 102, 121, 111, 88, 89, 101, 106, 95, 103, 107, 101, 81, 109, 104], n=10))
print(quantiles([1, 2, 3, 4, 5], n=3, method='inclusive'), quantiles([F(1, 2), F(3, 2), 3], n=5))
print(variance([2.75, 1.75, 1.25, 0.25, 0.5, 1.25, 3.5]), variance([1, 2, 3], xbar=2), pvariance([0.0, 0.25, 0.25, 1.25, 1.5, 1.75, 2.75, 3.25]), pvariance(fr, mu=F(1, 2)))
print(stdev([1.5, 2.5, 2.5, 2.75, 3.25, 4.75]), pstdev([1.5, 2.5, 2.5, 2.75, 3.25, 4.75]), stdev([1, 2]), stdev(fr), pstdev([10**20, 10**20 + 1, 10**20 + 3]))
x = [1, 2, 3, 4, 5, 6, 7, 8, 9]; y = [1, 2, 3, 1, 2, 3, 1, 2, 3]
print(covariance(x, y), correlation(x, y), correlation(x, [9 - v for v in x]), correlation([1, 2, 2, 3], [5, 7, 7, 1], method='ranked'), correlation(x, [v * v for v in x], method='ranked'))
print(linear_regression([1, 2, 3, 4, 5], [2.1, 3.9, 6.2, 7.8, 10.1]), linear_regression([1, 2, 3], [2, 4, 7], proportional=True), linear_regression([1, 2, 3], [2, 4, 6]))
nd = NormalDist(100, 15)
print(nd, nd.mean, nd.median, nd.mode, nd.stdev, nd.variance, nd.pdf(110), nd.cdf(110), nd.inv_cdf(0.95), nd.inv_cdf(1e-20), nd.inv_cdf(0.3), nd.inv_cdf(0.999), nd.zscore(130))
print(nd.quantiles(), NormalDist().quantiles(10), NormalDist(2.4, 1.6).overlap(NormalDist(3.2, 2.0)), NormalDist(1, 2).overlap(NormalDist(3, 2)))
print(nd + 5, 5 + nd, nd - 5, 5 - nd, nd * -2, -2 * nd, nd / 4, -nd, +nd, nd + NormalDist(1, 20), nd - NormalDist(1, 20), nd == NormalDist(100.0, 15.0), nd == 3, hash(nd) == hash(NormalDist(100, 15)))
print(NormalDist.from_samples([2.5, 3.1, 2.1, 2.4, 2.7, 3.5]), NormalDist(5, 2).samples(3, seed=42), NormalDist.from_samples([1.0, float('inf')]))
import pickle, copy; print(pickle.loads(pickle.dumps(nd)), copy.copy(nd))
print(st.LinearRegression(1, 2), issubclass(StatisticsError, ValueError), sorted(st.__all__) == sorted(['NormalDist', 'StatisticsError', 'correlation', 'covariance', 'fmean', 'geometric_mean', 'harmonic_mean', 'linear_regression', 'mean', 'median', 'median_grouped', 'median_high', 'median_low', 'mode', 'multimode', 'pstdev', 'pvariance', 'quantiles', 'stdev', 'variance']))
print(mode(['red', 'blue', 'red', 'blue']), multimode('aabbbbccddddeeffffgg'), multimode(''), mode(iter('abcb')))
print(geometric_mean([54, 24, 36]), mean(range(1, 100)), stdev(range(1000)), pvariance(range(10**6, 10**6 + 7)))
print(NormalDist(0, 1).cdf(0), NormalDist().pdf(0), NormalDist(1, 0) == NormalDist(1.0, 0.0))
