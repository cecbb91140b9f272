#!/usr/bin/env python3
"""Differential fuzzing of decimal arithmetic: Ginger against CPython 3.12's C decimal.

Generates random operands near the edges of the fast paths (small and big coefficients, 2**61, powers of ten
minus one, halves, zeros, specials, ints) under random contexts (precision, rounding, exponent limits, clamping,
traps), runs the same program under both interpreters (+, -, *, /, comparisons, quantize with rounding by position
and keyword, construction from strings and ints, integral powers) and reports the first lines where the results or
the raised flags differ.

    tools/decimal_fuzz.py --ginger build/ginger [--seeds 1-10] [--count 20000]
"""

import argparse
import os
import subprocess
import sys
import tempfile

PROGRAM = r'''
import random, sys
from decimal import *
R = [ROUND_UP, ROUND_DOWN, ROUND_CEILING, ROUND_FLOOR, ROUND_HALF_UP, ROUND_HALF_DOWN, ROUND_HALF_EVEN, ROUND_05UP]
S = [InvalidOperation, DivisionByZero, Overflow, Underflow, Subnormal, Inexact, Rounded, Clamped]
rnd = random.Random(int(sys.argv[1]))


def operand():
    k = rnd.random()
    if k < 0.03:
        return Decimal(rnd.choice(['NaN', '-Inf', 'Inf', 'sNaN', '-0', '0E-3']))
    if k < 0.15:
        return rnd.randrange(-10 ** rnd.randrange(1, 20), 10 ** rnd.randrange(1, 20))
    nd = rnd.choice([1, 2, 3, 9, 18, 19, 28, 40])
    c = rnd.choice([rnd.randrange(10 ** nd), 10 ** nd - 1, 5 * 10 ** (nd - 1), 0, 2 ** 61 - 1, 2 ** 61])
    return Decimal('%s%dE%d' % (rnd.choice(['', '-']), c, rnd.choice([0, -2, 2, rnd.randrange(-25, 25)])))


for i in range(int(sys.argv[2])):
    if rnd.random() < 0.3:
        ctx = Context()
    else:
        ctx = Context(prec=rnd.choice([1, 2, 3, 5, 9, 18, 19, 20, 28, 100]), rounding=rnd.choice(R),
                      Emin=-rnd.choice([1, 3, 9, 20, 999999]), Emax=rnd.choice([1, 3, 9, 20, 999999]),
                      clamp=rnd.randrange(2),
                      traps=rnd.choice([[], [], [Inexact], [Rounded], [Overflow], [InvalidOperation]]))
    setcontext(ctx)
    a, b = operand(), operand()
    if not isinstance(a, Decimal):
        a = Decimal(a)
    op = rnd.choice(['+', '-', '*', '/', '<', '<=', '>', '>=', '==', '!=', '+=', 'q', 'qr', 'qk', 'new', 'pow'])
    try:
        if op == '+': r = a + b
        elif op == '-': r = a - b
        elif op == '*': r = a * b
        elif op == '/': r = a / b
        elif op == '<': r = a < b
        elif op == '<=': r = a <= b
        elif op == '>': r = a > b
        elif op == '>=': r = a >= b
        elif op == '==': r = a == b
        elif op == '!=': r = a != b
        elif op == '+=':
            r = a
            r += b
            r -= b
        elif op == 'q':
            r = a.quantize(b if isinstance(b, Decimal) else Decimal(b))
        elif op == 'qr':
            r = a.quantize(Decimal('1E%d' % rnd.randrange(-25, 5)), rnd.choice(R))
        elif op == 'qk':
            r = a.quantize(Decimal('1E%d' % rnd.randrange(-25, 5)), rounding=rnd.choice(R + [None]))
        elif op == 'new':
            r = Decimal(rnd.choice(['', '-', '+']) + rnd.choice(['', '0', '12', '007']) + rnd.choice(['', '.', '.5', '.250'])
                        + rnd.choice(['', '', '', 'e3', '_1', ' ', 'x']))
        else:
            r = Decimal(rnd.choice(['10', '0.1', '2', '-3', '1.5', '1E+3'])) ** rnd.choice([rnd.randrange(-30, 31), -615, 615])
        out = repr(r)
    except Exception as e:
        out = type(e).__name__
    print(i, repr(a), op, repr(b), ctx.prec, ctx.rounding, ctx.Emin, ctx.Emax, ctx.clamp, out,
          ''.join(s.__name__[:3] for s in S if ctx.flags[s]))
'''


def default_python():
    try:
        prefix = subprocess.run(['pyenv', 'prefix', '3.12.1'], capture_output=True, text=True, check=True).stdout
        return os.path.join(prefix.strip(), 'bin', 'python3.12')
    except (OSError, subprocess.CalledProcessError):
        return 'python3.12'


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument('--ginger', default='build/ginger')
    parser.add_argument('--python', default=default_python())
    parser.add_argument('--seeds', default='1-10', help='a range a-b or a single seed')
    parser.add_argument('--count', type=int, default=20000, help='operations per seed')
    args = parser.parse_args()
    args.ginger = os.path.abspath(args.ginger)
    first, _, last = args.seeds.partition('-')
    seeds = range(int(first), int(last or first) + 1)
    failures = 0
    with tempfile.TemporaryDirectory() as tmp:
        program = os.path.join(tmp, 'decimal_fuzz_program.py')
        with open(program, 'w') as f:
            f.write(PROGRAM)
        env = dict(os.environ, PYTHONHASHSEED='0')
        for seed in seeds:
            outputs = []
            for interpreter in (args.python, args.ginger):
                run = subprocess.run([interpreter, program, str(seed), str(args.count)], capture_output=True,
                                     text=True, env=env, cwd=tmp)
                outputs.append(run.stdout.splitlines() + run.stderr.splitlines())
            expected, got = outputs
            for line_expected, line_got in zip(expected, got):
                if line_expected != line_got:
                    failures += 1
                    print('seed %d\n  CPython: %s\n  Ginger:  %s' % (seed, line_expected, line_got))
                    break
            else:
                if len(expected) != len(got):
                    failures += 1
                    print('seed %d: %d lines from CPython, %d from Ginger' % (seed, len(expected), len(got)))
    print('%d seed(s), %d with differences' % (len(seeds), failures))
    return 1 if failures else 0


if __name__ == '__main__':
    sys.exit(main())
