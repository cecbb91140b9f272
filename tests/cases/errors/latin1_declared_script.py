# -*- coding: latin-1 -*-
# A latin-1 script with its coding declared runs; bytes that are not UTF-8 are fine then.
print("café")
