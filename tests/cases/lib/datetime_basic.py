from datetime import *
import datetime as dtm
td = timedelta(days=1, hours=-3, minutes=2.5, microseconds=0.5)
print(repr(td), str(td), td.total_seconds(), -td, abs(-td), td * 2, td * 0.3, td / 3, td / 0.7, td // 7, td / td, td // timedelta(hours=1), td % timedelta(hours=5), divmod(td, timedelta(hours=5)))
print(repr(timedelta()), repr(timedelta(seconds=-1)), str(timedelta(seconds=-1)), str(timedelta(days=-2, microseconds=5)), str(timedelta(days=1)))
print(timedelta.min, timedelta.max, timedelta.resolution, repr(timedelta.max))
print(timedelta(microseconds=1.5), timedelta(microseconds=2.5), timedelta(seconds=0.5e-6), timedelta(milliseconds=-0.0005), timedelta(weeks=1.1))
print(hash(timedelta(1)) == hash(timedelta(hours=24)), bool(timedelta()), timedelta(1) < timedelta(2), timedelta(1) == 1)
d = date(2024, 2, 29)
print(d, repr(d), d.ctime(), d.weekday(), d.isoweekday(), d.isocalendar(), d.isocalendar().week, d.toordinal(), d.timetuple())
print(d + timedelta(days=366), d - timedelta(1), d - date(2000, 1, 1), date.fromordinal(730120), date.min, date.max, date.resolution)
print(d.replace(day=1), d.strftime('%Y/%m/%d %A %B %j %U %W %% %z|%Z|%f'), format(d, '%d.%m'), f'{d}', f'{d:%y}')
print(date.fromisoformat('2024-03-04'), date.fromisoformat('20240304'), date.fromisoformat('2024-W10-1'), date.fromisoformat('2024W101'), date.fromisocalendar(2020, 53, 7))
for y in (2019, 2020, 2021, 2024, 2025, 2026):
    print([date(y, 1, k).isocalendar() for k in (1, 2, 3, 4)], date(y, 12, 31).isocalendar(), date(y, 12, 29).isocalendar())
t = time(12, 30, 15, 250)
print(t, repr(t), t.isoformat('milliseconds'), t.isoformat('hours'), t.isoformat('minutes'), time(), repr(time(1)), repr(time(1, 2, 3)), t.strftime('%H-%M-%S %f %p'), format(t, '%I'))
tz = timezone(timedelta(hours=5, minutes=30), 'IST')
tz2 = timezone(-timedelta(hours=3))
print(repr(tz), str(tz), repr(tz2), str(tz2), repr(timezone.utc), str(timezone.utc), timezone(timedelta(0)) is timezone.utc, repr(timezone.min), timezone.max)
print(tz == timezone(timedelta(hours=5, minutes=30)), hash(tz) == hash(timezone(timedelta(hours=5, minutes=30))), timezone(timedelta(seconds=1, microseconds=5)))
tt = time(1, 2, 3, tzinfo=tz)
print(tt, repr(tt), tt.utcoffset(), tt.tzname(), tt.dst(), tt.strftime('%z %Z %:z'), time(1, fold=1).__repr__())
dt = datetime(2024, 2, 29, 13, 45, 30, 123456)
print(dt, repr(dt), dt.isoformat(), dt.isoformat(' ', 'seconds'), dt.ctime(), dt.date(), dt.time(), dt.timetz(), dt.timetuple(), dt.utctimetuple())
print(repr(datetime(2024, 1, 1)), repr(datetime(2024, 1, 1, 5)), repr(datetime(2024, 1, 1, 0, 0, 1)), repr(datetime(2024, 1, 1, tzinfo=tz2)), repr(datetime(2024, 1, 1, fold=1)))
adt = datetime(2024, 6, 1, 12, tzinfo=tz)
print(adt, adt.astimezone(timezone.utc), adt.astimezone(tz2), adt.timestamp(), adt - datetime(2024, 6, 1, tzinfo=timezone.utc), adt.utctimetuple())
print(datetime.combine(d, t), datetime.combine(d, tt), datetime.combine(d, tt, tzinfo=None), dt.replace(year=2023, day=28, tzinfo=tz))
print(datetime.fromtimestamp(0, timezone.utc), datetime.fromtimestamp(1e9 + 0.5, tz), datetime.fromtimestamp(-1.25, timezone.utc), datetime(2000, 1, 1, tzinfo=timezone.utc).timestamp())
print(datetime.min, datetime.max, datetime.resolution, dt + timedelta(days=400, seconds=1), dt - timedelta(days=-1, hours=25), dt - datetime(2000, 1, 1))
print(dt == dt.replace(), dt < dt + timedelta(microseconds=1), hash(dt) == hash(dt.replace(fold=1)), adt == adt.astimezone(timezone.utc), hash(adt) == hash(adt.astimezone(tz2)))
print(date(2024, 1, 1) == datetime(2024, 1, 1), datetime(2024, 1, 1) == date(2024, 1, 1), date(2024, 1, 1) != datetime(2024, 1, 1))
for s in ['2024-01-02T03:04:05', '2024-01-02 03:04:05.123', '2024-01-02T03:04:05.123456+05:30', '2024-01-02T03:04Z', '20240102T030405', '2024-01-02T24:00:00', '2024-W01-2T01', '2024-01-02T03:04:05,5-0130', '2024-01-02T03', '2024-01-02T03:04:05.1234567', '2024-13-01', '2024-01-01T25:00', '2024-01-01T12:00+24:00', '2024-01-01T', '2024-01-01T1', '2024-01-01 12:3', 'x', '2024-02-30', '2024-01-01T12:00:00.', '2024-01-01T12:00:00.12', '2024-01-01T12:00:00.1x', '2024-01-01T12:00:00.1234567x', '2024-01-01T12:0000', '2024-01-01T12:00:00+0', '2024-W53-1', '2024-01-01T12:00:00+05:00:30.5']:
    try:
        print(s, '->', repr(datetime.fromisoformat(s)))
    except ValueError as e:
        print(s, 'ValueError', e)
for s in ['03:04', '03:04:05.5+01:00', 'T0304', '030405.123456Z', '12:30:15.000001-00:00', '24:00', '1', '12:3', '12:30:61', '12:30:00+', 'T', '']:
    try:
        print(s, '->', repr(time.fromisoformat(s)))
    except ValueError as e:
        print(s, 'ValueError', e)
print(dt.strftime('%a %b %d %H:%M:%S %Y %f %j'), f'{dt:%Y-%m-%dT%H}', format(dt, ''), adt.strftime('%z|%Z|%:z'))
print(d.__reduce__(), dt.__reduce__(), adt.__reduce__(), tt.__reduce__(), td.__reduce__(), tz.__reduce__(), timezone.utc.__reduce__())
print(date(*d.__reduce__()[1]), datetime(*adt.__reduce__()[1]), time(*tt.__reduce__()[1]))
print(dtm.MINYEAR, dtm.MAXYEAR, dtm.UTC is timezone.utc, dtm.__all__)
class MyTZ(tzinfo):
    def utcoffset(self, dt): return timedelta(hours=-5)
    def dst(self, dt): return timedelta(0)
    def tzname(self, dt): return 'EST'
m = datetime(2024, 3, 1, 12, tzinfo=MyTZ())
print(m, m.tzname(), m.astimezone(timezone.utc), datetime(2024, 3, 1, 17, tzinfo=timezone.utc).astimezone(MyTZ()), m.timetuple().tm_isdst)
print(datetime(1, 1, 1).strftime('%Y'), date(999, 1, 1).isoformat(), datetime(2024,1,1).isocalendar())
class D(date): pass
class DT(datetime): pass
class TD(timedelta): pass
print(repr(D(2024, 1, 1)), repr(DT(2024, 1, 1, 1)), repr(TD(1)), type(D(2024, 1, 1) + timedelta(1)), type(DT.now()), type(DT(2024,1,1) + timedelta(1)), type(TD(1) + TD(1)))
print(repr(D.fromordinal(5)), repr(DT.fromisoformat('2024-01-01')), repr(DT.combine(d, t)))
