# termios on a pseudo-terminal: attributes round trip, window size, line control, errors.
import os
import termios as t

master, slave = os.openpty()
print(os.isatty(slave), os.get_inheritable(slave), os.ttyname(slave).startswith("/dev/pts/"))
attrs = t.tcgetattr(slave)
print(type(attrs).__name__, len(attrs), len(attrs[6]) == t.NCCS, all(type(x) is int for x in attrs[:6]))
print(type(attrs[6][t.VINTR]).__name__, len(attrs[6][t.VINTR]))
attrs[3] &= ~(t.ECHO | t.ICANON)
attrs[6][t.VMIN] = 1
attrs[6][t.VTIME] = 0
t.tcsetattr(slave, t.TCSANOW, attrs)
after = t.tcgetattr(slave)
print(after[3] & t.ECHO, after[3] & t.ICANON, after[6][t.VMIN], after[6][t.VTIME])
attrs[4] = attrs[5] = t.B9600
t.tcsetattr(slave, t.TCSADRAIN, attrs)
print(t.tcgetattr(slave)[4] == t.B9600)
t.tcsetwinsize(slave, (24, 80))
print(t.tcgetwinsize(slave))
t.tcsetwinsize(master, [40, 132])
print(t.tcgetwinsize(slave))
t.tcdrain(slave)
t.tcflush(slave, t.TCIOFLUSH)
t.tcflow(slave, t.TCOON)
os.write(slave, b"abc")
print(os.read(master, 10))
print(issubclass(t.error, Exception), issubclass(t.error, OSError))
r, w = os.pipe()
for function, args in ((t.tcgetattr, (r,)), (t.tcgetattr, (-1,)), (t.tcgetattr, ("x",)), (t.tcsetattr, (slave, 0, [])),
                       (t.tcsetattr, (slave, 0, 1)), (t.tcsetattr, (slave, 0, attrs[:6] + [[]])),
                       (t.tcsetattr, (slave, 0, attrs[:6] + [[1.5] * t.NCCS])), (t.tcdrain, (r,)),
                       (t.tcgetwinsize, (r,)), (t.tcsetwinsize, (slave, (1,))), (t.tcsetwinsize, (slave, 5))):
    try:
        function(*args)
    except Exception as e:
        print(type(e).__name__, e.args)
for fd in (r, w, master, slave):
    os.close(fd)
print(t.TCSANOW, t.TCSADRAIN, t.TCSAFLUSH, t.B38400, t.VMIN, t.VTIME)
