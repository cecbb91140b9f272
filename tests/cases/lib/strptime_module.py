import time
from datetime import datetime, date, time as dtime, timezone, timedelta
def attempt(label, fn):
    try:
        print(label, repr(fn()))
    except Exception as e:
        print(label, type(e).__name__, e)
for s, f in [('2024-03-05 14:07:09', '%Y-%m-%d %H:%M:%S'), ('5 Mar 24', '%d %b %y'), ('Tuesday March 05 2024', '%A %B %d %Y'),
             ('12:30 PM', '%I:%M %p'), ('12:30 am', '%I:%M %p'), ('2024 060', '%Y %j'), ('2024 10 1', '%Y %W %w'), ('2024 10 0', '%Y %U %w'),
             ('2024-W10-2', '%G-W%V-%u'), ('13:45:01.5', '%H:%M:%S.%f'), ('2024-01-01T00:00:00+05:30', '%Y-%m-%dT%H:%M:%S%z'),
             ('2024-01-01 -0800', '%Y-%m-%d %z'), ('20240101Z', '%Y%m%d%z'), ('+01:30:15.25', '%z'), ('Feb 29', '%b %d'),
             ('Tue Mar  5 14:07:09 2024', '%c'), ('03/05/24', '%x'), ('14:07:09', '%X'), ('100%', '%d%%'), ('  2024  ', ' %Y '), ('utc 2024', '%Z %Y'), ('69', '%y')]:
    attempt(f, lambda: time.strptime(s, f))
    attempt('dt ' + f, lambda: datetime.strptime(s, f))
attempt('default', lambda: time.strptime('Tue Mar  5 14:07:09 2024'))
attempt('nomatch', lambda: time.strptime('2024', '%d'))
attempt('extra', lambda: time.strptime('2024-01-01x', '%Y-%m-%d'))
attempt('bad', lambda: time.strptime('2024', '%Q'))
attempt('stray', lambda: time.strptime('2024', '%Y%'))
attempt('type', lambda: time.strptime(2024, '%Y'))
attempt('type2', lambda: time.strptime('2024', None))
attempt('G-alone', lambda: time.strptime('2024', '%G'))
attempt('V-Y', lambda: time.strptime('2024 10 1', '%Y %V %u'))
attempt('G-j', lambda: time.strptime('2024 10 1 5', '%G %V %u %j'))
attempt('V-alone', lambda: time.strptime('10', '%V'))
attempt('z-inconsistent', lambda: time.strptime('+01:3015', '%z'))
attempt('feb30', lambda: datetime.strptime('2023-02-29', '%Y-%m-%d'))
attempt('date', lambda: date.strptime('2024', '%Y') if hasattr(date, 'strptime') else 'no date.strptime')
import _strptime
for s in ['2019-00-1', '2019-54-1', '2021-53-1', '2020-53-7', '2024-01-1']:
    attempt('iso ' + s, lambda: _strptime._strptime(s, '%G-%V-%u')[0][:8])
