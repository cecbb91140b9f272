# locale: names, getlocale/setlocale, normalize, and number formatting (a faked locale via _override_localeconv).
import locale
import warnings

print(sorted(locale.__all__))
print(locale.Error is __import__('_locale').Error, locale.LC_ALL, locale.CHAR_MAX)
print(hasattr(locale, 'format'), hasattr(locale, 'resetlocale'))
print(locale.getlocale(), locale.getlocale(locale.LC_NUMERIC), locale.getlocale(locale.LC_TIME))
print(locale.setlocale(locale.LC_CTYPE), locale.getencoding(), locale.getpreferredencoding(),
      locale.getpreferredencoding(False))
try:
    locale.getlocale(locale.LC_ALL)
except TypeError as e:
    print('TypeError', e)

print(locale.setlocale(locale.LC_ALL, 'C'), locale.getlocale(), locale.getlocale(locale.LC_ALL))
print(locale.setlocale(locale.LC_ALL, 'POSIX'), locale.getlocale())
print(locale.setlocale(locale.LC_CTYPE, 'C.UTF-8'), locale.getlocale())
print(locale.setlocale(locale.LC_CTYPE, ('C', 'UTF-8')), locale.getlocale())
print(locale.setlocale(locale.LC_CTYPE, (None, None)), locale.getlocale())
print(locale.setlocale(locale.LC_CTYPE, ''), locale.getlocale())
for bad in ['xx_XX', ('xx_XX', 'UTF-8'), ('en_US', 'NOPE')]:
    try:
        locale.setlocale(locale.LC_ALL, bad)
    except locale.Error as e:
        print('Error', e)
for bad in [1, ('a',), ('a', 'b', 'c')]:
    try:
        locale.setlocale(locale.LC_ALL, bad)
    except TypeError as e:
        print('TypeError', e)

names = ['C', 'c', 'POSIX', 'posix', 'C.UTF-8', 'c.utf8', 'en', 'en_US', 'en_us', 'EN_US', 'en_US.UTF-8', 'en_US.utf8',
         'en_US.ISO8859-1', 'en_us.iso-8859-15', 'en_US@euro', 'en_US.utf8@euro', 'de_DE', 'de', 'de_DE@euro',
         'de_DE.ISO8859-1@euro', 'fr_FR.latin1', 'fr_FR.latin-9', 'ja_JP', 'ja_jp.sjis', 'ja_JP.eucJP', 'ja_jp.ujis',
         'sr_RS@latin', 'sr_RS.UTF-8@latin', 'ca_ES@valencia', 'ca_ES.utf8@valencia', 'be_BY@latin', 'zh_CN',
         'zh_CN.gb2312', 'zh_TW.big5', 'ru_RU', 'ru_RU.KOI8-R', 'ru_ru.cp1251', 'uk_UA', 'el_GR', 'tr_TR', 'he_IL',
         'pt_BR', 'es_ES', 'it_IT', 'nl_NL@euro', 'sv_SE', 'fi_FI', 'pl_PL', 'cs_CZ', 'hu_HU', 'ko_KR', 'ko_kr.euc',
         'th_TH', 'vi_VN', 'ar_SA', 'hi_IN', 'en_IN', 'en_GB', 'en_AU', 'en_CA', 'fr_CA', 'de_AT', 'de_CH', 'da_DK',
         'nb_NO', 'en_US:UTF-8', 'de_DE.UTF-8.extra', 'xx', 'xx_YY.UTF-8', 'en_US@nope', '', 'en_US.nope']
for name in names:
    print(repr(name), repr(locale.normalize(name)))

for name in ['C', 'POSIX', 'C.UTF-8', 'en_US', 'de_DE@euro', 'ja_JP.eucJP', 'UTF-8']:
    print(name, locale._parse_localename(name))
try:
    locale._parse_localename('xx')
except ValueError as e:
    print('ValueError', e)
with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter('always')
    print(locale.getdefaultlocale())
    print(locale.getdefaultlocale(('NOPE_NOT_SET', 'LC_ALL')))
    locale.resetlocale(locale.LC_CTYPE)
    print([(w.category.__name__, str(w.message)) for w in caught])
print(locale.getlocale())

# The C locale: no grouping, '.' decimal point, no currency.
print(locale.format_string('%d|%5.2f|%s|%%|%x', (1234567, 3.14159, 'text', 255)))
print(locale.format_string('%d', 1234567, grouping=True))
print(locale.format_string('%(a)d %(b).1f %%', {'a': 1234, 'b': 2.25}))
print(locale.format_string('%*d|%-*.*f', (8, 42, 10, 2, 2.5)))
print(locale.str(1234.5678901234), locale.str(1e20), locale.atof('3.5'), locale.atoi('42'), locale.atof('2', int))
print(locale.localize('1234567.5'), locale.localize('1234567.5', grouping=True), locale.delocalize('1234.5'))
print(locale.strcoll('a', 'b'), locale.strxfrm('xyz'), locale._strcoll('b', 'a'), locale._strxfrm('q'))
try:
    locale.currency(1.5)
except ValueError as e:
    print('ValueError', e)

# A faked en_US-like and de_DE-like locale.
locale._override_localeconv.update({
    'decimal_point': '.', 'thousands_sep': ',', 'grouping': [3, 3, 0],
    'mon_decimal_point': '.', 'mon_thousands_sep': ',', 'mon_grouping': [3, 3, 0],
    'currency_symbol': '$', 'int_curr_symbol': 'USD ', 'positive_sign': '', 'negative_sign': '-',
    'frac_digits': 2, 'int_frac_digits': 2, 'p_cs_precedes': 1, 'n_cs_precedes': 1, 'p_sep_by_space': 0,
    'n_sep_by_space': 0, 'p_sign_posn': 1, 'n_sign_posn': 1})
print(locale.localeconv()['grouping'], locale.localeconv()['currency_symbol'])
print(locale.format_string('%d', 1234567, grouping=True), locale.format_string('%d', -1234567, grouping=True))
print(repr(locale.format_string('%12d', 1234567, grouping=True)), repr(locale.format_string('%-12d|', 1234567, True)))
print(locale.format_string('%.2f', 1234567.891, grouping=True), locale.format_string('%e', 1234567.891, grouping=True))
print(locale.format_string('%10.1f|%s', (123456.78, 'x'), grouping=True))
print(locale.currency(1234567.891), locale.currency(-1234567.891), locale.currency(1234567.891, grouping=True))
print(locale.currency(12.5, symbol=False), locale.currency(-12.5, international=True), locale.currency(12.5, international=True, grouping=True))
for posn in range(6):
    locale._override_localeconv['n_sign_posn'] = posn
    print(posn, locale.currency(-12.5))
locale._override_localeconv.update({'p_cs_precedes': 0, 'p_sep_by_space': 1})
print(locale.currency(12.5), locale.currency(12.5, international=True))
print(locale.atof('1,234,567.5'), locale.atoi('1,234'), locale.delocalize('1,000.25'))
print(locale.localize('1234567.25', grouping=True), locale.localize('1234567.25', grouping=True, monetary=True))
locale._override_localeconv.update({'decimal_point': ',', 'thousands_sep': '.', 'grouping': [3, locale.CHAR_MAX]})
print(locale.format_string('%.2f', 1234567.891, grouping=True), locale.str(2.5), locale.atof('1.234,5'))
locale._override_localeconv['grouping'] = [2, 0]
print(locale.format_string('%d', 123456789, grouping=True))
locale._override_localeconv['grouping'] = [0]
try:
    locale.format_string('%d', 123456789, grouping=True)
except ValueError as e:
    print('ValueError', e)
locale._override_localeconv.clear()
print(locale.localeconv()['decimal_point'])
