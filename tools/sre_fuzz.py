#!/usr/bin/env python3
"""Differential fuzzing of regular expressions: Ginger against CPython 3.12.

Generates random patterns (groups, alternation, greedy/lazy/possessive repeats, atomic groups,
lookarounds, backreferences, conditionals, Unicode case folding) and subjects from a seed, runs the
same program under both interpreters (match, search with pos, fullmatch, findall, sub with templates
and callables, split, finditer with endpos, scanner, bytes and bytearray subjects) and reports the
first lines where their outputs differ.

    tools/sre_fuzz.py --ginger build/ginger [--re-path DIR] [--seeds 1-20] [--count 500]

--re-path puts a directory holding a `re` package first on Ginger's sys.path (for example one with a
symlink to CPython's re package, to test the _sre engine before lib/re exists).
"""

import argparse
import difflib
import os
import subprocess
import sys
import tempfile

PROGRAM = r'''
import re, sys
seed = int(sys.argv[1]) if len(sys.argv) > 1 else 1
N = int(sys.argv[2]) if len(sys.argv) > 2 else 300
state = [seed * 2654435761 % (2**32) or 1]
def rnd(n):
    x = state[0]
    x ^= (x << 13) & 0xFFFFFFFF; x ^= x >> 17; x ^= (x << 5) & 0xFFFFFFFF
    state[0] = x
    return x % n
def pick(seq): return seq[rnd(len(seq))]
ATOMS = ['(?P<n>a)', '(?P<m>b|c)', '(?P=n)'[:0] or 'c', 'a', 'b', 'c', '.', r'\w', r'\W', r'\d', r'\s', '[ab]', '[^a]', '[a-c]', r'\b', r'\B', '^', '$', r'\A', r'\Z',
         'x', 'é', 'É', 'ß', 'K', 'k', '\u212a', '[à-ÿ]', r'[\d\s]', '[^\\w]', 'ab', 'ba', '\n', r'\1', r'\2']
def gen(depth, ngroups):
    if depth <= 0 or rnd(3) == 0:
        a = pick(ATOMS)
        if a in (r'\1', r'\2'):
            k = int(a[1])
            if k > ngroups[0]: return 'a'
        return a
    k = rnd(14)
    if k < 3:
        return gen(depth-1, ngroups) + gen(depth-1, ngroups)
    if k == 3:
        return gen(depth-1, ngroups) + '|' + gen(depth-1, ngroups)
    if k == 4:
        ngroups[0] += 1
        return '(' + gen(depth-1, ngroups) + ')'
    if k == 5:
        return '(?:' + gen(depth-1, ngroups) + ')'
    if k == 6:
        return '(?:' + gen(depth-1, ngroups) + ')' + pick(['*', '+', '?', '*?', '+?', '??', '{1,3}', '{2}', '{0,2}?', '*+', '++', '?+', '{1,2}+'])
    if k == 7:
        return pick(['a', 'b', '.', '[ab]', r'\w']) + pick(['*', '+', '?', '*?', '+?', '{2,}', '*+', '{1,3}?'])
    if k == 8:
        return '(?=' + gen(depth-1, ngroups) + ')'
    if k == 9:
        return '(?!' + gen(depth-1, ngroups) + ')'
    if k == 10:
        return pick(['(?<=a)', '(?<!b)', '(?<=ab)', '(?<!\\w)'])
    if k == 11:
        return '(?>' + gen(depth-1, ngroups) + ')'
    if k == 12 and ngroups[0] >= 1:
        return '(?(1)' + gen(depth-1, ngroups) + '|' + gen(depth-1, ngroups) + ')'
    ngroups[0] += 1
    return '(' + gen(depth-1, ngroups) + ')*'
SUBJ = 'abcxé ÉßKk\u212a\n1_'
def subject():
    return ''.join(pick(SUBJ) for _ in range(rnd(12)))
FLAGS = [0, re.I, re.M, re.S, re.A, re.I | re.A, re.I | re.M | re.S]
for i in range(N):
    ng = [0]
    p = gen(4, ng)
    fl = pick(FLAGS)
    try:
        rx = re.compile(p, fl)
    except Exception as e:
        print(i, 'compile error', type(e).__name__)
        continue
    for j in range(4):
        s = subject()
        try:
            m = rx.match(s)
            out = [repr(p), fl, repr(s)]
            out.append(m and (m.span(), m.groups(), m.lastindex))
            m = rx.search(s, rnd(3))
            out.append(m and (m.span(), m.groups(), m.lastindex))
            m = rx.fullmatch(s)
            out.append(m and m.span())
            out.append(rx.findall(s))
            out.append(rx.sub('<\\g<0>>', s))
            out.append(rx.split(s))
            out.append([mm.span() for mm in rx.finditer(s)])
            out.append(rx.subn(lambda m: '[' + str(m.lastindex) + ']', s, 3))
            if rx.groups:
                out.append(rx.sub('\\1-\\g<1>', s))
                m = rx.search(s)
                if m:
                    out.append((m.regs, m.group(0, 1), m.expand('x\\1y'), m.lastgroup, m.groupdict('D')))
            e = rnd(len(s) + 2)
            out.append([mm.span() for mm in rx.finditer(s, rnd(3), e)])
            sc = rx.scanner(s)
            out.append([sc.match(), sc.match(), sc.search()])
            try:
                bp = re.compile(p.encode('latin-1'), fl & ~re.A if False else fl)
                bs = s.encode('latin-1', 'replace')
                out.append([mm.span() for mm in bp.finditer(bs)])
                out.append(bp.split(bytearray(bs)))
                out.append(bp.sub(b'.', bs))
            except (UnicodeEncodeError, ValueError, re.error) as e:
                out.append(type(e).__name__)
            print(i, j, *out)
        except Exception as e:
            print(i, j, 'error', type(e).__name__, e)
    bs = subject().encode('latin-1', 'replace') if False else None
'''


def run(interpreter, script, seed, count, re_path):
    env = dict(os.environ, PYTHONHASHSEED="0")
    if re_path:
        env["PYTHONPATH"] = re_path
    result = subprocess.run([interpreter, "-B", script, str(seed), str(count)], capture_output=True, text=True,
                            env=env, timeout=600)
    return result.stdout + result.stderr


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--ginger", default="build/ginger")
    parser.add_argument("--python", default=None,
                        help="CPython 3.12 (default: $(pyenv prefix 3.12.1)/bin/python3.12)")
    parser.add_argument("--re-path", default="")
    parser.add_argument("--seeds", default="1-5", help="a number or a range such as 1-20")
    parser.add_argument("--count", type=int, default=300, help="patterns per seed")
    args = parser.parse_args()
    if args.python is None:
        prefix = subprocess.run(["pyenv", "prefix", "3.12.1"], capture_output=True, text=True,
                                check=True).stdout.strip()
        args.python = os.path.join(prefix, "bin", "python3.12")
    first, _, last = args.seeds.partition("-")
    seeds = range(int(first), int(last or first) + 1)
    failures = 0
    with tempfile.TemporaryDirectory() as directory:
        script = os.path.join(directory, "sre_fuzz_program.py")
        with open(script, "w") as f:
            f.write(PROGRAM)
        for seed in seeds:
            expected = run(args.python, script, seed, args.count, "")
            got = run(args.ginger, script, seed, args.count, args.re_path)
            if expected == got:
                print(f"seed {seed}: same ({expected.count(chr(10))} lines)")
                continue
            failures += 1
            print(f"seed {seed}: DIFFERENT")
            diff = difflib.unified_diff(expected.splitlines(), got.splitlines(), "cpython", "ginger", lineterm="", n=0)
            for line in list(diff)[:12]:
                print("   ", line[:300])
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
