import time
time.sleep(0.05)
VALUE = 42
