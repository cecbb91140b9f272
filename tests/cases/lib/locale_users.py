# What follows the locale: format spec n, time.strftime, calendar.Locale*Calendar, encoding="locale".
import locale, time, calendar, io, os, tempfile
print('{:n}|{:n}|{:n}|{:10n}|{:.3n}'.format(1234567, 1234567.25, -0.5, 12345, 3.14159))
print(format(10**20, 'n'), f'{1e300:n}')
t = (2024, 3, 5, 14, 7, 9, 1, 65, 0)
print(time.strftime('%a %A %b %B %p %c|%x|%X', t))
cal = calendar.LocaleTextCalendar(locale='C')
print(cal.formatmonthname(2024, 3, 20), cal.formatweekday(0, 9))
print(calendar.LocaleHTMLCalendar(locale='C.UTF-8').formatmonthname(2024, 5))
print(calendar.LocaleTextCalendar(locale='C').formatmonth(2024, 2))
with calendar.different_locale('C'):
    print(locale.setlocale(locale.LC_TIME))
print(locale.setlocale(locale.LC_TIME))
print(io.text_encoding(None), io.text_encoding('utf-8'))
with tempfile.TemporaryDirectory() as d:
    p = os.path.join(d, 'f.txt')
    with open(p, 'w', encoding='locale') as f:
        print(f.encoding)
        f.write('h\u00e9llo')
    with open(p, encoding='locale') as f:
        print(repr(f.read()))
locale.setlocale(locale.LC_ALL, 'C.UTF-8')
print('{:n}'.format(1234567), time.strftime('%B', t), locale.getlocale(locale.LC_TIME))
locale.setlocale(locale.LC_ALL, 'C')
print('{:n}'.format(1234567.5), time.strftime('%B', t), repr(float('1.5')), 1.25, locale.getlocale())
