# syslog: masks, constants and argument errors (messages go to the system logger, not checked here).
import syslog as s

print(s.LOG_MASK(3), s.LOG_UPTO(3), s.LOG_MASK(s.LOG_ERR), s.LOG_USER, s.LOG_PID, s.LOG_LOCAL7)
s.openlog("ginger-test", s.LOG_PID, s.LOG_USER)
old = s.setlogmask(s.LOG_UPTO(s.LOG_EMERG))
print(type(old).__name__)
s.syslog(s.LOG_DEBUG, "masked out")
s.syslog("masked out too")
s.setlogmask(old)
s.closelog()
for function, args in ((s.syslog, ()), (s.syslog, (1, 2, 3)), (s.syslog, (1,)), (s.openlog, (1,)),
                       (s.LOG_MASK, ("a",)), (s.syslog, (1, b"x"))):
    try:
        function(*args)
    except Exception as e:
        print(type(e).__name__, e)
