"""Calendar computations and text/HTML calendars, as CPython 3.12's calendar module.

Weeks start on Monday by default (setfirstweekday() changes it; 0 is Monday, 6 is Sunday). Day and
month names come from time.strftime, so from the C library's LC_TIME locale.
"""
import sys
import datetime
from enum import IntEnum, global_enum
from itertools import repeat

__all__ = ["IllegalMonthError", "IllegalWeekdayError", "setfirstweekday", "firstweekday", "isleap",
           "leapdays", "weekday", "monthrange", "monthcalendar", "prmonth", "month", "prcal", "calendar",
           "timegm", "month_name", "month_abbr", "day_name", "day_abbr", "Calendar", "TextCalendar",
           "HTMLCalendar", "LocaleTextCalendar", "LocaleHTMLCalendar", "weekheader",
           "Day", "Month", "JANUARY", "FEBRUARY", "MARCH", "APRIL", "MAY", "JUNE", "JULY",
           "AUGUST", "SEPTEMBER", "OCTOBER", "NOVEMBER", "DECEMBER",
           "MONDAY", "TUESDAY", "WEDNESDAY", "THURSDAY", "FRIDAY", "SATURDAY", "SUNDAY"]

error = ValueError


class IllegalMonthError(ValueError):
    def __init__(self, month):
        self.month = month

    def __str__(self):
        return "bad month number %r; must be 1-12" % self.month


class IllegalWeekdayError(ValueError):
    def __init__(self, weekday):
        self.weekday = weekday

    def __str__(self):
        return "bad weekday number %r; must be 0 (Monday) to 6 (Sunday)" % self.weekday


def __getattr__(name):
    # The pre-3.12 names January and February still work, with a DeprecationWarning.
    if name in ('January', 'February'):
        try:
            import warnings
        except ImportError:
            pass
        else:
            warnings.warn(f"The '{name}' attribute is deprecated, use '{name.upper()}' instead",
                          DeprecationWarning, stacklevel=2)
        return 1 if name == 'January' else 2
    raise AttributeError(f"module '{__name__}' has no attribute '{name}'")


@global_enum
class Month(IntEnum):
    JANUARY = 1
    FEBRUARY = 2
    MARCH = 3
    APRIL = 4
    MAY = 5
    JUNE = 6
    JULY = 7
    AUGUST = 8
    SEPTEMBER = 9
    OCTOBER = 10
    NOVEMBER = 11
    DECEMBER = 12


@global_enum
class Day(IntEnum):
    MONDAY = 0
    TUESDAY = 1
    WEDNESDAY = 2
    THURSDAY = 3
    FRIDAY = 4
    SATURDAY = 5
    SUNDAY = 6


# Days per month, February in a common year; index 0 unused.
mdays = [0, 31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31]


class _localized_month:
    # Month names formatted when looked up, so that they follow the current locale; index 0 is "".
    _months = [datetime.date(2001, i + 1, 1).strftime for i in range(12)]
    _months.insert(0, lambda format: "")

    def __init__(self, format):
        self.format = format

    def __getitem__(self, i):
        funcs = self._months[i]
        if isinstance(i, slice):
            return [f(self.format) for f in funcs]
        return funcs(self.format)

    def __len__(self):
        return 13


class _localized_day:
    # 2001-01-01 was a Monday.
    _days = [datetime.date(2001, 1, i + 1).strftime for i in range(7)]

    def __init__(self, format):
        self.format = format

    def __getitem__(self, i):
        funcs = self._days[i]
        if isinstance(i, slice):
            return [f(self.format) for f in funcs]
        return funcs(self.format)

    def __len__(self):
        return 7


day_name = _localized_day('%A')
day_abbr = _localized_day('%a')
month_name = _localized_month('%B')
month_abbr = _localized_month('%b')


def isleap(year):
    """Return True for leap years, False for non-leap years."""
    return year % 4 == 0 and (year % 100 != 0 or year % 400 == 0)


def leapdays(y1, y2):
    """Return number of leap years in range [y1, y2). Assume y1 <= y2."""
    y1 -= 1
    y2 -= 1
    return (y2 // 4 - y1 // 4) - (y2 // 100 - y1 // 100) + (y2 // 400 - y1 // 400)


def weekday(year, month, day):
    """Return weekday (0-6 ~ Mon-Sun) for year, month (1-12), day (1-31)."""
    if not datetime.MINYEAR <= year <= datetime.MAXYEAR:
        # The Gregorian calendar repeats every 400 years.
        year = 2000 + year % 400
    return Day(datetime.date(year, month, day).weekday())


def monthrange(year, month):
    """Return weekday (0-6 ~ Mon-Sun) and number of days (28-31) for year, month."""
    if not 1 <= month <= 12:
        raise IllegalMonthError(month)
    return weekday(year, month, 1), _monthlen(year, month)


def _monthlen(year, month):
    return mdays[month] + (month == FEBRUARY and isleap(year))


def _prevmonth(year, month):
    return (year - 1, 12) if month == 1 else (year, month - 1)


def _nextmonth(year, month):
    return (year + 1, 1) if month == 12 else (year, month + 1)


class Calendar(object):
    """Base calendar class: the weeks of months and years as data, without formatting."""

    def __init__(self, firstweekday=0):
        self.firstweekday = firstweekday  # 0 = Monday, 6 = Sunday

    def getfirstweekday(self):
        return self._firstweekday % 7

    def setfirstweekday(self, firstweekday):
        self._firstweekday = firstweekday

    firstweekday = property(getfirstweekday, setfirstweekday)

    def iterweekdays(self):
        """Return an iterator for one week of weekday numbers starting with the configured first one."""
        for i in range(self.firstweekday, self.firstweekday + 7):
            yield i % 7

    def itermonthdates(self, year, month):
        """Iterate over the datetime.date values of the complete weeks that cover the month."""
        for y, m, d in self.itermonthdays3(year, month):
            yield datetime.date(y, m, d)

    def itermonthdays(self, year, month):
        """Like itermonthdates(), but yield day numbers; days outside the month are 0."""
        day1, ndays = monthrange(year, month)
        days_before = (day1 - self.firstweekday) % 7
        yield from repeat(0, days_before)
        yield from range(1, ndays + 1)
        days_after = (self.firstweekday - day1 - ndays) % 7
        yield from repeat(0, days_after)

    def itermonthdays2(self, year, month):
        """Like itermonthdates(), but yield (day number, weekday number) tuples."""
        for i, d in enumerate(self.itermonthdays(year, month), self.firstweekday):
            yield d, i % 7

    def itermonthdays3(self, year, month):
        """Like itermonthdates(), but yield (year, month, day) tuples (any year, even outside date's range)."""
        day1, ndays = monthrange(year, month)
        days_before = (day1 - self.firstweekday) % 7
        days_after = (self.firstweekday - day1 - ndays) % 7
        y, m = _prevmonth(year, month)
        end = _monthlen(y, m) + 1
        for d in range(end - days_before, end):
            yield y, m, d
        for d in range(1, ndays + 1):
            yield year, month, d
        y, m = _nextmonth(year, month)
        for d in range(1, days_after + 1):
            yield y, m, d

    def itermonthdays4(self, year, month):
        """Like itermonthdates(), but yield (year, month, day, day_of_week) tuples."""
        for i, (y, m, d) in enumerate(self.itermonthdays3(year, month)):
            yield y, m, d, (self.firstweekday + i) % 7

    def monthdatescalendar(self, year, month):
        """Return the month as a list of weeks, each a list of 7 datetime.date values."""
        return _weeks(list(self.itermonthdates(year, month)))

    def monthdays2calendar(self, year, month):
        """Return the month as a list of weeks of (day number, weekday number) tuples (0 outside the month)."""
        return _weeks(list(self.itermonthdays2(year, month)))

    def monthdayscalendar(self, year, month):
        """Return the month as a list of weeks of day numbers (0 outside the month)."""
        return _weeks(list(self.itermonthdays(year, month)))

    def yeardatescalendar(self, year, width=3):
        """Return the year as rows of up to width months, each as monthdatescalendar() gives it."""
        return _rows([self.monthdatescalendar(year, m) for m in Month], width)

    def yeardays2calendar(self, year, width=3):
        """Return the year as rows of up to width months, each as monthdays2calendar() gives it."""
        return _rows([self.monthdays2calendar(year, m) for m in Month], width)

    def yeardayscalendar(self, year, width=3):
        """Return the year as rows of up to width months, each as monthdayscalendar() gives it."""
        return _rows([self.monthdayscalendar(year, m) for m in Month], width)


def _weeks(days):
    return [days[i:i + 7] for i in range(0, len(days), 7)]


def _rows(months, width):
    return [months[i:i + width] for i in range(0, len(months), width)]


class TextCalendar(Calendar):
    """A calendar as plain text, like the Unix cal program."""

    def prweek(self, theweek, width):
        """Print a single week (no newline)."""
        print(self.formatweek(theweek, width), end='')

    def formatday(self, day, weekday, width):
        """Return a day number centered in width (blank for 0)."""
        return ('' if day == 0 else '%2i' % day).center(width)

    def formatweek(self, theweek, width):
        """Return a single week in a string (no newline)."""
        return ' '.join(self.formatday(d, wd, width) for (d, wd) in theweek)

    def formatweekday(self, day, width):
        """Return a weekday name (full from width 9, else abbreviated) cut to width and centered."""
        names = day_name if width >= 9 else day_abbr
        return names[day][:width].center(width)

    def formatweekheader(self, width):
        """Return a header for a week."""
        return ' '.join(self.formatweekday(i, width) for i in self.iterweekdays())

    def formatmonthname(self, theyear, themonth, width, withyear=True):
        """Return a month name, with the year if withyear, centered in width."""
        s = month_name[themonth]
        if withyear:
            s = "%s %r" % (s, theyear)
        return s.center(width)

    def prmonth(self, theyear, themonth, w=0, l=0):
        """Print a month's calendar."""
        print(self.formatmonth(theyear, themonth, w, l), end='')

    def formatmonth(self, theyear, themonth, w=0, l=0):
        """Return a month's calendar string (multi-line); w is the column width, l the lines per week."""
        w = max(2, w)
        l = max(1, l)
        newlines = '\n' * l
        lines = [self.formatmonthname(theyear, themonth, 7 * (w + 1) - 1).rstrip(),
                 self.formatweekheader(w).rstrip()]
        lines.extend(self.formatweek(week, w).rstrip() for week in self.monthdays2calendar(theyear, themonth))
        return newlines.join(lines) + newlines

    def formatyear(self, theyear, w=2, l=1, c=6, m=3):
        """Return a year's calendar as a multi-line string: m months per row, c spaces between them."""
        w = max(2, w)
        l = max(1, l)
        c = max(2, c)
        colwidth = (w + 1) * 7 - 1
        newlines = '\n' * l
        out = [repr(theyear).center(colwidth * m + c * (m - 1)).rstrip(), newlines]
        header = self.formatweekheader(w)
        for i, row in enumerate(self.yeardays2calendar(theyear, m)):
            months = range(m * i + 1, min(m * (i + 1) + 1, 13))
            out.append(newlines)
            names = (self.formatmonthname(theyear, k, colwidth, False) for k in months)
            out.append(formatstring(names, colwidth, c).rstrip())
            out.append(newlines)
            out.append(formatstring((header for k in months), colwidth, c).rstrip())
            out.append(newlines)
            for j in range(max(len(cal) for cal in row)):
                weeks = [self.formatweek(cal[j], w) if j < len(cal) else '' for cal in row]
                out.append(formatstring(weeks, colwidth, c).rstrip())
                out.append(newlines)
        return ''.join(out)

    def pryear(self, theyear, w=0, l=0, c=6, m=3):
        """Print a year's calendar."""
        print(self.formatyear(theyear, w, l, c, m), end='')


class HTMLCalendar(Calendar):
    """A calendar as HTML tables (and complete pages)."""

    cssclasses = ["mon", "tue", "wed", "thu", "fri", "sat", "sun"]  # the day <td>s
    cssclasses_weekday_head = cssclasses  # the weekday <th>s
    cssclass_noday = "noday"  # days of the month before and after
    cssclass_month_head = "month"
    cssclass_month = "month"
    cssclass_year_head = "year"
    cssclass_year = "year"

    def formatday(self, day, weekday):
        """Return a day as a table cell."""
        if day == 0:
            return '<td class="%s">&nbsp;</td>' % self.cssclass_noday
        return '<td class="%s">%d</td>' % (self.cssclasses[weekday], day)

    def formatweek(self, theweek):
        """Return a complete week as a table row."""
        return '<tr>%s</tr>' % ''.join(self.formatday(d, wd) for (d, wd) in theweek)

    def formatweekday(self, day):
        """Return a weekday name as a table header."""
        return '<th class="%s">%s</th>' % (self.cssclasses_weekday_head[day], day_abbr[day])

    def formatweekheader(self):
        """Return a header for a week as a table row."""
        return '<tr>%s</tr>' % ''.join(self.formatweekday(i) for i in self.iterweekdays())

    def formatmonthname(self, theyear, themonth, withyear=True):
        """Return a month name as a table row."""
        s = '%s %s' % (month_name[themonth], theyear) if withyear else '%s' % month_name[themonth]
        return '<tr><th colspan="7" class="%s">%s</th></tr>' % (self.cssclass_month_head, s)

    def formatmonth(self, theyear, themonth, withyear=True):
        """Return a formatted month as a table."""
        rows = ['<table border="0" cellpadding="0" cellspacing="0" class="%s">' % self.cssclass_month,
                self.formatmonthname(theyear, themonth, withyear=withyear),
                self.formatweekheader()]
        rows.extend(self.formatweek(week) for week in self.monthdays2calendar(theyear, themonth))
        rows.append('</table>')
        return '\n'.join(rows) + '\n'

    def formatyear(self, theyear, width=3):
        """Return a formatted year as a table of tables."""
        width = max(width, 1)
        out = ['<table border="0" cellpadding="0" cellspacing="0" class="%s">' % self.cssclass_year, '\n',
               '<tr><th colspan="%d" class="%s">%s</th></tr>' % (width, self.cssclass_year_head, theyear)]
        for i in range(JANUARY, JANUARY + 12, width):
            out.append('<tr>')
            for m in range(i, min(i + width, 13)):
                out.append('<td>')
                out.append(self.formatmonth(theyear, m, withyear=False))
                out.append('</td>')
            out.append('</tr>')
        out.append('</table>')
        return ''.join(out)

    def formatyearpage(self, theyear, width=3, css='calendar.css', encoding=None):
        """Return a formatted year as a complete HTML page (bytes in encoding)."""
        if encoding is None:
            encoding = sys.getdefaultencoding()
        out = ['<?xml version="1.0" encoding="%s"?>\n' % encoding,
               '<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Strict//EN" '
               '"http://www.w3.org/TR/xhtml1/DTD/xhtml1-strict.dtd">\n',
               '<html>\n', '<head>\n',
               '<meta http-equiv="Content-Type" content="text/html; charset=%s" />\n' % encoding]
        if css is not None:
            out.append('<link rel="stylesheet" type="text/css" href="%s" />\n' % css)
        out += ['<title>Calendar for %d</title>\n' % theyear, '</head>\n', '<body>\n',
                self.formatyear(theyear, width), '</body>\n', '</html>\n']
        return ''.join(out).encode(encoding, "xmlcharrefreplace")


class different_locale:
    """Context manager that sets LC_TIME to locale and restores it after."""

    def __init__(self, locale):
        self.locale = locale
        self.oldlocale = None

    def __enter__(self):
        import locale as _locale
        self.oldlocale = _locale.setlocale(_locale.LC_TIME, None)
        _locale.setlocale(_locale.LC_TIME, self.locale)

    def __exit__(self, *args):
        if self.oldlocale is None:
            return
        import locale as _locale
        _locale.setlocale(_locale.LC_TIME, self.oldlocale)


def _get_default_locale():
    import locale as _locale
    locale = _locale.setlocale(_locale.LC_TIME, None)
    if locale == "C":
        with different_locale(""):
            # LC_TIME is not configured: take the user's preferred locale.
            locale = _locale.setlocale(_locale.LC_TIME, None)
    return locale


class LocaleTextCalendar(TextCalendar):
    """A TextCalendar with month and weekday names in the given locale (needs the locale module)."""

    def __init__(self, firstweekday=0, locale=None):
        TextCalendar.__init__(self, firstweekday)
        if locale is None:
            locale = _get_default_locale()
        self.locale = locale

    def formatweekday(self, day, width):
        with different_locale(self.locale):
            return super().formatweekday(day, width)

    def formatmonthname(self, theyear, themonth, width, withyear=True):
        with different_locale(self.locale):
            return super().formatmonthname(theyear, themonth, width, withyear)


class LocaleHTMLCalendar(HTMLCalendar):
    """An HTMLCalendar with month and weekday names in the given locale (needs the locale module)."""

    def __init__(self, firstweekday=0, locale=None):
        HTMLCalendar.__init__(self, firstweekday)
        if locale is None:
            locale = _get_default_locale()
        self.locale = locale

    def formatweekday(self, day):
        with different_locale(self.locale):
            return super().formatweekday(day)

    def formatmonthname(self, theyear, themonth, withyear=True):
        with different_locale(self.locale):
            return super().formatmonthname(theyear, themonth, withyear)


# The module-level interface: one shared TextCalendar.
c = TextCalendar()

firstweekday = c.getfirstweekday


def setfirstweekday(firstweekday):
    if not MONDAY <= firstweekday <= SUNDAY:
        raise IllegalWeekdayError(firstweekday)
    c.firstweekday = firstweekday


monthcalendar = c.monthdayscalendar
prweek = c.prweek
week = c.formatweek
weekheader = c.formatweekheader
prmonth = c.prmonth
month = c.formatmonth
calendar = c.formatyear
prcal = c.pryear

_colwidth = 7 * 3 - 1  # width of a week as prweek() prints it
_spacing = 6  # spaces between month columns


def format(cols, colwidth=_colwidth, spacing=_spacing):
    """Print multi-column formatting for year calendars."""
    print(formatstring(cols, colwidth, spacing))


def formatstring(cols, colwidth=_colwidth, spacing=_spacing):
    """Return a string formatted from n strings, centered within n columns."""
    return (spacing * ' ').join(c.center(colwidth) for c in cols)


EPOCH = 1970
_EPOCH_ORD = datetime.date(EPOCH, 1, 1).toordinal()


def timegm(tuple):
    """Unrelated but handy function to calculate Unix timestamp from GMT."""
    year, month, day, hour, minute, second = tuple[:6]
    days = datetime.date(year, month, 1).toordinal() - _EPOCH_ORD + day - 1
    return ((days * 24 + hour) * 60 + minute) * 60 + second


_USAGE = """\
usage: {prog} [-h] [-w WIDTH] [-l LINES] [-s SPACING] [-m MONTHS] [-c CSS]
{pad} [-L LOCALE] [-e ENCODING] [-t {{text,html}}]
{pad} [year] [month]
"""


def _prog():
    # argparse's program name: the script's base name ("calendar.py" when run as ginger -m calendar).
    import os
    name = os.path.basename(sys.argv[0]) if sys.argv and sys.argv[0] else ''
    return 'calendar.py' if name in ('', 'frozen', 'calendar') else name


def _usage():
    prog = _prog()
    return _USAGE.format(prog=prog, pad=' ' * (len('usage: ') + len(prog)))

_HELP = """
positional arguments:
  year                  year number (1-9999)
  month                 month number (1-12, text only)

options:
  -h, --help            show this help message and exit
  -L LOCALE, --locale LOCALE
                        locale to use for month and weekday names
  -e ENCODING, --encoding ENCODING
                        encoding to use for output
  -t {text,html}, --type {text,html}
                        output type (text or html)

text only arguments:
  -w WIDTH, --width WIDTH
                        width of date column (default 2)
  -l LINES, --lines LINES
                        number of lines for each week (default 1)
  -s SPACING, --spacing SPACING
                        spacing between months (default 6)
  -m MONTHS, --months MONTHS
                        months per row (default 3)

html only arguments:
  -c CSS, --css CSS     CSS to use for page
"""

_OPTIONS = {'-w': 'width', '--width': 'width', '-l': 'lines', '--lines': 'lines', '-s': 'spacing',
            '--spacing': 'spacing', '-m': 'months', '--months': 'months', '-c': 'css', '--css': 'css',
            '-L': 'locale', '--locale': 'locale', '-e': 'encoding', '--encoding': 'encoding',
            '-t': 'type', '--type': 'type'}
_INT_OPTIONS = ('width', 'lines', 'spacing', 'months')


def _usage_error(message):
    sys.stderr.write(_usage())
    sys.stderr.write('%s: error: %s\n' % (_prog(), message))
    sys.exit(2)


def _parse_arguments(args):
    # The command line of CPython's calendar (written with argparse there), with argparse's messages.
    options = {'width': 2, 'lines': 1, 'spacing': 6, 'months': 3, 'css': 'calendar.css', 'locale': None,
               'encoding': None, 'type': 'text'}
    positional = []
    i = 0
    while i < len(args):
        arg = args[i]
        i += 1
        if arg in ('-h', '--help'):
            sys.stdout.write(_usage() + _HELP)
            sys.exit(0)
        if arg.startswith('-') and len(arg) > 1 and not arg[1:].isdigit():
            name, value = arg, None
            if arg.startswith('--') and '=' in arg:
                name, value = arg.split('=', 1)
            elif not arg.startswith('--') and len(arg) > 2:
                name, value = arg[:2], arg[2:]
            key = _OPTIONS.get(name)
            if key is None:
                _usage_error('unrecognized arguments: %s' % arg)
            spelled = '/'.join(o for o in _OPTIONS if _OPTIONS[o] == key)
            if value is None:
                if i >= len(args):
                    _usage_error('argument %s: expected one argument' % spelled)
                value = args[i]
                i += 1
            if key in _INT_OPTIONS:
                try:
                    value = int(value)
                except ValueError:
                    _usage_error("argument %s: invalid int value: %r" % (spelled, value))
            if key == 'type' and value not in ('text', 'html'):
                _usage_error("argument -t/--type: invalid choice: %r (choose from 'text', 'html')" % value)
            options[key] = value
        else:
            positional.append(arg)
    if len(positional) > 2:
        _usage_error('unrecognized arguments: %s' % ' '.join(positional[2:]))
    for index, name in enumerate(('year', 'month')):
        value = None
        if index < len(positional):
            try:
                value = int(positional[index])
            except ValueError:
                _usage_error("argument %s: invalid int value: %r" % (name, positional[index]))
        options[name] = value
    return options


def main(args=None):
    if args is None:
        args = sys.argv
    options = _parse_arguments(args[1:])
    if options['locale'] and not options['encoding']:
        _usage_error("if --locale is specified --encoding is required")
    locale = options['locale'], options['encoding']
    if options['type'] == "html":
        cal = LocaleHTMLCalendar(locale=locale) if options['locale'] else HTMLCalendar()
        encoding = options['encoding'] or sys.getdefaultencoding()
        write = sys.stdout.buffer.write
        if options['year'] is None:
            write(cal.formatyearpage(datetime.date.today().year, encoding=encoding, css=options['css']))
        elif options['month'] is None:
            write(cal.formatyearpage(options['year'], encoding=encoding, css=options['css']))
        else:
            _usage_error("incorrect number of arguments")
    else:
        cal = LocaleTextCalendar(locale=locale) if options['locale'] else TextCalendar()
        optdict = dict(w=options['width'], l=options['lines'])
        if options['month'] is None:
            optdict["c"] = options['spacing']
            optdict["m"] = options['months']
        if options['year'] is None:
            result = cal.formatyear(datetime.date.today().year, **optdict)
        elif options['month'] is None:
            result = cal.formatyear(options['year'], **optdict)
        else:
            result = cal.formatmonth(options['year'], options['month'], **optdict)
        write = sys.stdout.write
        if options['encoding']:
            result = result.encode(options['encoding'])
            write = sys.stdout.buffer.write
        write(result)


if __name__ == "__main__":
    main(sys.argv)
