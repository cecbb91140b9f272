"""strptime: parse a string by a strftime-style format (time.strptime, datetime.strptime), as CPython 3.12.

Names of days, months and AM/PM come from time.strftime (so from the C library's locale); the formats of
%c, %x and %X are those of the C locale.
"""
import time
import re
from re import compile as re_compile, IGNORECASE, escape as re_escape
from datetime import date as datetime_date, timedelta as datetime_timedelta, timezone as datetime_timezone

__all__ = []


def _getlang():
    return (None, None)


class LocaleTime(object):
    """Names of days, months, AM/PM and time zones, and the %c/%x/%X formats, lowercased."""

    def __init__(self):
        self.lang = _getlang()
        # 2001-01-01 was a Monday.
        self.a_weekday = [time.strftime('%a', (2001, 1, 1 + i, 0, 0, 0, i, 1 + i, 0)).lower() for i in range(7)]
        self.f_weekday = [time.strftime('%A', (2001, 1, 1 + i, 0, 0, 0, i, 1 + i, 0)).lower() for i in range(7)]
        self.a_month = [''] + [time.strftime('%b', (2001, m, 1, 0, 0, 0, 0, 1, 0)).lower() for m in range(1, 13)]
        self.f_month = [''] + [time.strftime('%B', (2001, m, 1, 0, 0, 0, 0, 1, 0)).lower() for m in range(1, 13)]
        self.am_pm = [time.strftime('%p', (2001, 1, 1, hour, 0, 0, 0, 1, 0)).lower() for hour in (1, 22)]
        self.LC_date_time = '%a %b %d %H:%M:%S %Y'
        self.LC_date = '%m/%d/%y'
        self.LC_time = '%H:%M:%S'
        self.tzname = time.tzname
        self.daylight = time.daylight
        no_saving = frozenset({"utc", "gmt", self.tzname[0].lower()})
        if self.daylight:
            has_saving = frozenset({self.tzname[1].lower()})
        else:
            has_saving = frozenset()
        self.timezone = (no_saving, has_saving)


class TimeRE(dict):
    """The regular expression of each directive, and pattern()/compile() for a whole format."""

    def __init__(self, locale_time=None):
        self.locale_time = locale_time if locale_time else LocaleTime()
        base = super()
        base.__init__({
            'd': r"(?P<d>3[01]|[12]\d|0[1-9]|[1-9]| [1-9])",
            'f': r"(?P<f>[0-9]{1,6})",
            'H': r"(?P<H>2[0-3]|[0-1]\d|\d)",
            'I': r"(?P<I>1[0-2]|0[1-9]|[1-9])",
            'G': r"(?P<G>\d\d\d\d)",
            'j': r"(?P<j>36[0-6]|3[0-5]\d|[12]\d\d|0[1-9]\d|00[1-9]|[1-9]\d|0[1-9]|[1-9])",
            'm': r"(?P<m>1[0-2]|0[1-9]|[1-9])",
            'M': r"(?P<M>[0-5]\d|\d)",
            'S': r"(?P<S>6[0-1]|[0-5]\d|\d)",
            'U': r"(?P<U>5[0-3]|[0-4]\d|\d)",
            'w': r"(?P<w>[0-6])",
            'u': r"(?P<u>[1-7])",
            'V': r"(?P<V>5[0-3]|0[1-9]|[1-4]\d|\d)",
            'y': r"(?P<y>\d\d)",
            'Y': r"(?P<Y>\d\d\d\d)",
            'z': r"(?P<z>[+-]\d\d:?[0-5]\d(:?[0-5]\d(\.\d{1,6})?)?|(?-i:Z))",
            'A': self.__seqToRE(self.locale_time.f_weekday, 'A'),
            'a': self.__seqToRE(self.locale_time.a_weekday, 'a'),
            'B': self.__seqToRE(self.locale_time.f_month[1:], 'B'),
            'b': self.__seqToRE(self.locale_time.a_month[1:], 'b'),
            'p': self.__seqToRE(self.locale_time.am_pm, 'p'),
            'Z': self.__seqToRE((tz for tz_names in self.locale_time.timezone for tz in tz_names), 'Z'),
            '%': '%'})
        base.__setitem__('W', base.__getitem__('U').replace('U', 'W'))
        base.__setitem__('c', self.pattern(self.locale_time.LC_date_time))
        base.__setitem__('x', self.pattern(self.locale_time.LC_date))
        base.__setitem__('X', self.pattern(self.locale_time.LC_time))

    def __seqToRE(self, to_convert, directive):
        # Longest names first, so that a name that is a prefix of another does not win.
        to_convert = sorted(to_convert, key=len, reverse=True)
        for value in to_convert:
            if value != '':
                break
        else:
            return ''
        regex = '|'.join(re_escape(stuff) for stuff in to_convert)
        return '(?P<%s>%s' % (directive, regex) + ')'

    def pattern(self, format):
        """Return the regular expression (source) of format."""
        processed = []
        format = re.sub(r"([\\.^$*+?\(\){}\[\]|])", r"\\\1", format)
        format = re.sub(r'\s+', r'\\s+', format)
        while '%' in format:
            index = format.index('%')
            directive = format[index + 1]  # IndexError for a '%' at the end: "stray %"
            processed.append(format[:index])
            processed.append(self[directive])
            format = format[index + 2:]
        return ''.join(processed) + format

    def compile(self, format):
        """Return a compiled re object for the format string."""
        return re_compile(self.pattern(format), IGNORECASE)


_TimeRE_cache = TimeRE()
_CACHE_MAX_SIZE = 5
_regex_cache = {}


class _DummyLock:
    def __enter__(self):
        return self

    def __exit__(self, *exc):
        return False


_cache_lock = _DummyLock()


def _calc_julian_from_U_or_W(year, week_of_year, day_of_week, week_starts_Mon):
    """The day of the year (from 1) of a %U/%W week number and weekday (Monday is 0)."""
    first_weekday = datetime_date(year, 1, 1).weekday()
    if not week_starts_Mon:
        first_weekday = (first_weekday + 1) % 7
        day_of_week = (day_of_week + 1) % 7
    week_0_length = (7 - first_weekday) % 7
    if week_of_year == 0:
        return 1 + day_of_week - first_weekday
    days_to_week = week_0_length + (7 * (week_of_year - 1))
    return 1 + days_to_week + day_of_week


def _calc_julian_from_V(iso_year, iso_week, iso_weekday):
    """The (year, day of the year) of an ISO year, week and weekday (Monday is 1)."""
    correction = datetime_date(iso_year, 1, 4).isoweekday() + 3
    ordinal = (iso_week * 7) + iso_weekday - correction
    if ordinal < 1:
        ordinal += datetime_date(iso_year, 1, 1).toordinal()
        iso_year -= 1
        ordinal -= datetime_date(iso_year, 1, 1).toordinal()
    return iso_year, ordinal


def _compiled(format):
    global _TimeRE_cache
    locale_time = _TimeRE_cache.locale_time
    if _getlang() != locale_time.lang or time.tzname != locale_time.tzname or \
            time.daylight != locale_time.daylight:
        _TimeRE_cache = TimeRE()
        _regex_cache.clear()
    format_regex = _regex_cache.get(format)
    if not format_regex:
        try:
            format_regex = _TimeRE_cache.compile(format)
        except KeyError as err:
            bad_directive = err.args[0]
            if bad_directive == "\\":
                bad_directive = "%"
            del err
            raise ValueError("'%s' is a bad directive in format '%s'" % (bad_directive, format)) from None
        except IndexError:
            raise ValueError("stray %% in format '%s'" % format) from None
        if len(_regex_cache) > _CACHE_MAX_SIZE:
            _regex_cache.clear()
        _regex_cache[format] = format_regex
    return format_regex


def _strptime(data_string, format="%a %b %d %H:%M:%S %Y"):
    """Return (9 time fields + zone name + gmtoff, microseconds, gmtoff microseconds) parsed from data_string."""
    for index, arg in enumerate([data_string, format]):
        if not isinstance(arg, str):
            raise TypeError("strptime() argument {} must be str, not {}".format(index, type(arg)))
    format_regex = _compiled(format)
    locale_time = _TimeRE_cache.locale_time
    found = format_regex.match(data_string)
    if not found:
        raise ValueError("time data %r does not match format %r" % (data_string, format))
    if len(data_string) != found.end():
        raise ValueError("unconverted data remains: %s" % data_string[found.end():])

    iso_year = year = None
    month = day = 1
    hour = minute = second = fraction = 0
    tz = -1
    gmtoff = None
    gmtoff_fraction = 0
    iso_week = week_of_year = None
    week_of_year_start = None
    weekday = julian = None
    found_dict = found.groupdict()
    for group_key in found_dict.keys():
        value = found_dict[group_key]
        if group_key == 'y':
            year = int(value)
            year += 2000 if year <= 68 else 1900
        elif group_key == 'Y':
            year = int(value)
        elif group_key == 'G':
            iso_year = int(value)
        elif group_key == 'm':
            month = int(value)
        elif group_key == 'B':
            month = locale_time.f_month.index(value.lower())
        elif group_key == 'b':
            month = locale_time.a_month.index(value.lower())
        elif group_key == 'd':
            day = int(value)
        elif group_key == 'H':
            hour = int(value)
        elif group_key == 'I':
            hour = int(value)
            ampm = found_dict.get('p', '').lower()
            if ampm in ('', locale_time.am_pm[0]):
                if hour == 12:
                    hour = 0
            elif ampm == locale_time.am_pm[1]:
                if hour != 12:
                    hour += 12
        elif group_key == 'M':
            minute = int(value)
        elif group_key == 'S':
            second = int(value)
        elif group_key == 'f':
            fraction = int(value + '0' * (6 - len(value)))
        elif group_key == 'A':
            weekday = locale_time.f_weekday.index(value.lower())
        elif group_key == 'a':
            weekday = locale_time.a_weekday.index(value.lower())
        elif group_key == 'w':
            weekday = int(value)
            weekday = 6 if weekday == 0 else weekday - 1
        elif group_key == 'u':
            weekday = int(value) - 1
        elif group_key == 'j':
            julian = int(value)
        elif group_key in ('U', 'W'):
            week_of_year = int(value)
            week_of_year_start = 6 if group_key == 'U' else 0
        elif group_key == 'V':
            iso_week = int(value)
        elif group_key == 'z':
            z = value
            if z == 'Z':
                gmtoff = 0
            else:
                if z[3] == ':':
                    z = z[:3] + z[4:]
                    if len(z) > 5:
                        if z[5] != ':':
                            raise ValueError(f"Inconsistent use of : in {found_dict['z']}")
                        z = z[:5] + z[6:]
                hours = int(z[1:3])
                minutes = int(z[3:5])
                seconds = int(z[5:7] or 0)
                gmtoff = (hours * 60 * 60) + (minutes * 60) + seconds
                gmtoff_remainder = z[8:]
                gmtoff_remainder_padding = "0" * (6 - len(gmtoff_remainder))
                gmtoff_fraction = int(gmtoff_remainder + gmtoff_remainder_padding)
                if z.startswith("-"):
                    gmtoff = -gmtoff
                    gmtoff_fraction = -gmtoff_fraction
        elif group_key == 'Z':
            found_zone = value.lower()
            for value, tz_values in enumerate(locale_time.timezone):
                if found_zone in tz_values:
                    # With the same name for standard and daylight time, the name says nothing about DST.
                    if (time.tzname[0] == time.tzname[1] and time.daylight and found_zone not in ("utc", "gmt")):
                        break
                    tz = value
                    break

    if year is None and iso_year is not None:
        if iso_week is None or weekday is None:
            raise ValueError("ISO year directive '%G' must be used with the ISO week directive '%V' and a "
                             "weekday directive ('%A', '%a', '%w', or '%u').")
        if julian is not None:
            raise ValueError("Day of the year directive '%j' is not compatible with ISO year directive "
                             "'%G'. Use '%Y' instead.")
    elif iso_week is not None:
        if year is None or weekday is None:
            raise ValueError("ISO week directive '%V' must be used with the ISO year directive '%G' and a "
                             "weekday directive ('%A', '%a', '%w', or '%u').")
        else:
            raise ValueError("ISO week directive '%V' is incompatible with the year directive '%Y'. Use the "
                             "ISO year '%G' instead.")

    leap_year_fix = False
    if year is None and month == 2 and day == 29:
        year = 1904  # 1904 is the first leap year of the 20th century
        leap_year_fix = True
    elif year is None:
        year = 1900

    if julian is None and weekday is not None:
        if week_of_year is not None:
            week_starts_Mon = week_of_year_start == 0
            julian = _calc_julian_from_U_or_W(year, week_of_year, weekday, week_starts_Mon)
        elif iso_year is not None and iso_week is not None:
            # fromisocalendar checks the week (ValueError for week 53 of a 52-week year).
            iso_date = datetime_date.fromisocalendar(iso_year, iso_week, weekday + 1)
            year, month, day = iso_date.year, iso_date.month, iso_date.day
        if julian is not None and julian <= 0:
            year -= 1
            yday = 366 if _is_leap(year) else 365
            julian += yday

    if julian is None:
        julian = datetime_date(year, month, day).toordinal() - datetime_date(year, 1, 1).toordinal() + 1
    else:
        datetime_result = datetime_date.fromordinal((julian - 1) + datetime_date(year, 1, 1).toordinal())
        year = datetime_result.year
        month = datetime_result.month
        day = datetime_result.day
    if weekday is None:
        weekday = datetime_date(year, month, day).weekday()
    tzname = found_dict.get("Z")
    if leap_year_fix:
        # The year was not given: keep 1900 after having computed with a leap year.
        year = 1900

    return (year, month, day, hour, minute, second, weekday, julian, tz, tzname, gmtoff), fraction, gmtoff_fraction


def _is_leap(year):
    return year % 4 == 0 and (year % 100 != 0 or year % 400 == 0)


def _strptime_time(data_string, format="%a %b %d %H:%M:%S %Y"):
    """Return a time.struct_time parsed from data_string by format."""
    tt = _strptime(data_string, format)[0]
    return time.struct_time(tt[:getattr(time, '_STRUCT_TM_ITEMS', 11)])


def _strptime_datetime(cls, data_string, format="%a %b %d %H:%M:%S %Y"):
    """Return an instance of cls (a datetime class) parsed from data_string by format."""
    tt, fraction, gmtoff_fraction = _strptime(data_string, format)
    tzname, gmtoff = tt[-2:]
    args = tt[:6] + (fraction,)
    if gmtoff is not None:
        tzdelta = datetime_timedelta(seconds=gmtoff, microseconds=gmtoff_fraction)
        if tzname:
            tz = datetime_timezone(tzdelta, tzname)
        else:
            tz = datetime_timezone(tzdelta)
        args += (tz,)
    return cls(*args)
