# itertools: the argument errors of every constructor and of tee(), word for word as CPython 3.12.
import itertools as it


def attempt(text):
    try:
        result = eval(text)
    except Exception as e:
        print(text, "->", type(e).__name__ + ":", e)
    else:
        print(text, "->", type(result).__name__)


for text in [
    "it.islice()", "it.islice([])", "it.islice([], 1, 2, 3, 4)", "it.islice([], -1)", "it.islice([], -5)",
    "it.islice([], 'a')", "it.islice([], 1, 'a')", "it.islice([], 'a', 3)", "it.islice([], -1, 3)",
    "it.islice([], 0, 3, 0)", "it.islice([], 0, 3, 'x')", "it.islice([], 2**70)", "it.islice([], stop=3)",
    "it.islice(3, 3)", "it.islice([], 1.5)", "it.islice([], None, None, None)",
    "it.count('a')", "it.count(1, 'a')", "it.count(1, 2, 3)", "it.count(x=1)", "it.count(start=1, step=2, y=3)",
    "it.count(1, start=2)",
    "it.repeat()", "it.repeat(1, 'a')", "it.repeat(1, 2, 3)", "it.repeat(1, 2.5)", "it.repeat(1, 2**70)",
    "it.repeat(obj=1)", "it.repeat(object=1, times=2)",
    "it.cycle()", "it.cycle(1)", "it.cycle([], [])", "it.cycle(iterable=[])",
    "it.accumulate()", "it.accumulate(1)", "it.accumulate([], None, None)", "it.accumulate([], foo=1)",
    "it.chain(x=1)", "it.chain.from_iterable()", "it.chain.from_iterable(1)", "it.chain.from_iterable([1], [2])",
    "list(it.chain(1))", "list(it.chain([1], 2))",
    "it.compress()", "it.compress([])", "it.compress(1, [])", "it.compress([], 1)", "it.compress([], [], [])",
    "it.dropwhile()", "it.dropwhile(None)", "it.dropwhile(None, 1)", "it.dropwhile(predicate=None, iterable=[])",
    "list(it.dropwhile(10, [1]))", "it.takewhile()", "it.takewhile(None, 1)", "list(it.takewhile(10, [1]))",
    "it.filterfalse()", "it.filterfalse(None, 1)", "it.filterfalse(None, [], 1)",
    "it.groupby()", "it.groupby(1)", "it.groupby([], None, 1)", "it.groupby([], keyfunc=None)",
    "it.pairwise()", "it.pairwise(1)", "it.pairwise([], [])", "it.pairwise(iterable=[])",
    "it.starmap()", "it.starmap(None, 1)", "list(it.starmap(pow, [1]))",
    "it.tee()", "it.tee(1)", "it.tee([], -1)", "it.tee([], 'a')", "it.tee([], 2, 3)", "it.tee([], n=2)",
    "it.tee([], 2**70)",
    "it.zip_longest(1)", "it.zip_longest([], foo=1)", "it.zip_longest([], fillvalue=1, foo=2)",
    "it.product(1)", "it.product([], repeat=-1)", "it.product([], repeat='a')", "it.product([], foo=1)",
    "it.product([], repeat=2**70)", "it.product([], repeat=2**62)", "it.product(repeat=2**40)",
    "it.permutations()", "it.permutations(1)", "it.permutations([], -1)", "it.permutations([], 'a')",
    "it.permutations([], 1.0)", "it.permutations([], 2**70)",
    "it.combinations()", "it.combinations([])", "it.combinations([], -1)", "it.combinations([], 'a')",
    "it.combinations(1, 2)", "it.combinations([], 2**70)", "it.combinations([], r=1, iterable=[])",
    "it.combinations_with_replacement([], -1)", "it.combinations_with_replacement([])",
    "it.combinations_with_replacement('ab', 2**70)",
    "it.batched()", "it.batched([])", "it.batched([], 0)", "it.batched([], 'a')", "it.batched(1, 2)",
    "it.batched(1, 0)", "it.batched([], 2**70)", "it.batched([], 1, 2)",
    "it._grouper()", "it._grouper(1, 2)", "it._tee()", "it._tee(1)", "it._tee_dataobject()",
    "it._tee_dataobject([], 1, None)", "it._tee_dataobject([], [1] * 58, None)", "it._tee_dataobject([], [1], 3)",
    "it.repeat(1).__length_hint__()", "len(it.repeat(1, 3))", "it.count[int]",
]:
    attempt(text)

for base in (it._grouper, it._tee, it._tee_dataobject):
    try:
        class Sub(base):
            pass
    except TypeError as e:
        print("TypeError:", e)
