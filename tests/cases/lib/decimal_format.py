# format() of Decimals: the format-spec mini-language (fill, align, sign, z, 0, width, grouping, precision, types).
from decimal import Decimal, localcontext, ROUND_DOWN

values = ['0', '-0', '1234.5', '-1234.5678', '0.000012345', '1e10', '1.5e-10', '123456789.987654321', '12.5',
          '13.5', '-0.0005', '9.999', '1E+3', 'NaN', '-Infinity', 'sNaN12', '100', '0E-7', '0E+5']
specs = ['', 'f', '.2f', '.0f', 'e', '.3e', 'E', '.0e', 'g', '.3g', 'G', '.0g', '%', '.1%', ',', ',.2f', '+.1f',
         ' .1f', 'z.1f', 'z.0f', '015,.2f', '>12', '<12', '^12', '*^15.3f', '0=12', '012', '_>10', '12.3', '.4',
         'n', '.3n', '+', '-', ' ', 'z', '10', '020,']
for v in values:
    d = Decimal(v)
    print(v, [format(d, s) for s in specs])

for bad in ['x', '#', '_', ',n', '.f', '10.2.3', '<<<', 's', 'd', '.2d', '>07f', '^-0,G', '=+z07.6n', '*<010']:
    try:
        print(format(Decimal('1.5'), bad))
    except ValueError as e:
        print('ValueError', repr(bad), e)
try:
    format(Decimal(1), 5)
except TypeError as e:
    print('TypeError', e)

print('{:.3f} {:>8} {:,}'.format(Decimal('3.14159'), Decimal('2.5'), Decimal('1234567')))
print(f"{Decimal('1e-7'):f} {Decimal('-1e20'):,.0f} {Decimal('2.675'):.2f}")
with localcontext(rounding=ROUND_DOWN, capitals=0):
    print(format(Decimal('2.675'), '.2f'), format(Decimal('1e10'), ''), format(Decimal('1.99'), '.1e'))
