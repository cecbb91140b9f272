#!/usr/bin/env python
# -*- coding: utf-8 -*-
"""doc"""
import os  # trailing

def f(a,
      b):  # c
    # inside
    x = a + \
        b
    if x:
        y = 1
# dedent comment
    return {'k': [1,
                  2]}


class C:
    pass
    # trailing body comment
s = f"a{x!r:>10}b"
