# sys.stdout reconfigured to other codecs (print goes through the codec's encoder), and print(file=) to a koi8-r file.
import sys, io
print("before")
sys.stdout.reconfigure(encoding='utf-16-le')
print("h\xe9", 1, 2.5)
sys.stdout.flush()
sys.stdout.reconfigure(encoding='cp1252', errors='replace')
print("\u20ac\u0416")
sys.stdout.reconfigure(encoding='utf-8')
print("after")
with open('_tmp_text_codecs_stdout.txt', 'w', encoding='koi8-r') as f:
    print("\u0416\u0418\u0417\u041d\u042c", 42, file=f)
with open('_tmp_text_codecs_stdout.txt', 'rb') as f:
    print(f.read())
with open('_tmp_text_codecs_stdout.txt', encoding='koi8-r') as f:
    print(f.read(), end='')
    print(f.tell())
import os; os.remove('_tmp_text_codecs_stdout.txt')
