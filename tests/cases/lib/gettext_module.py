# gettext with .mo files written here (both byte orders), plural forms, contexts, fallbacks and errors.
import gettext, os, struct, io, builtins

def make_mo(messages, big_endian=False):
    # messages: dict of msgid (bytes) -> msgstr (bytes), written in sorted order as msgfmt does.
    keys = sorted(messages)
    ids = b''
    strs = b''
    offsets = []
    for k in keys:
        offsets.append((len(ids), len(k), len(strs), len(messages[k])))
        ids += k + b'\0'
        strs += messages[k] + b'\0'
    header_size = 7 * 4
    keystart = header_size + 16 * len(keys)
    valuestart = keystart + len(ids)
    koffsets = []
    voffsets = []
    for o1, l1, o2, l2 in offsets:
        koffsets += [l1, o1 + keystart]
        voffsets += [l2, o2 + valuestart]
    fmt = '>' if big_endian else '<'
    out = struct.pack(fmt + 'Iiiiiii', 0x950412de, 0, len(keys), header_size, header_size + 8 * len(keys), 0, 0)
    out += struct.pack(fmt + '%di' % len(koffsets), *koffsets)
    out += struct.pack(fmt + '%di' % len(voffsets), *voffsets)
    return out + ids + strs

header = (b'Project-Id-Version: test\nContent-Type: text/plain; charset=UTF-8\n'
          b'Plural-Forms: nplurals=3; plural=n%10==1 && n%100!=11 ? 0 : n%10>=2 && n%10<=4 && (n%100<10 || n%100>=20) ? 1 : 2;\n'
          b'X-Multi: first\n second\n')
catalog = {b'': header, b'Hello': 'Привет'.encode(), b'file\0files': 'файл\0файла\0файлов'.encode(),
           b'menu\x04Open': 'Открыть'.encode(), b'menu\x04item\0items': 'пункт\0пункта\0пунктов'.encode()}
root = '/tmp/ginger-gettext-test-%d' % os.getpid()
for lang in ('ru', 'de'):
    os.makedirs(os.path.join(root, lang, 'LC_MESSAGES'))
with open(os.path.join(root, 'ru', 'LC_MESSAGES', 'app.mo'), 'wb') as f:
    f.write(make_mo(catalog))
with open(os.path.join(root, 'de', 'LC_MESSAGES', 'app.mo'), 'wb') as f:
    f.write(make_mo({b'': b'Content-Type: text/plain; charset=UTF-8\n', b'Bye': b'Tsch\xc3\xbcss', b'Hello': b'Hallo'}))

t = gettext.translation('app', root, languages=['ru'])
print(type(t).__name__, t.gettext('Hello'), t.gettext('Missing'), t.charset(), sorted(t.info().items()))
print([t.ngettext('file', 'files', n) for n in (1, 2, 5, 11, 21, 22, 25, 101)])
print(t.pgettext('menu', 'Open'), t.pgettext('other', 'Open'), [t.npgettext('menu', 'item', 'items', n) for n in (1, 3, 7)], t.npgettext('x', 'a', 'b', 2))
t2 = gettext.translation('app', root, languages=['ru', 'de'])
print(t2.gettext('Bye'), t2.gettext('Hello'), t2.ngettext('x', 'y', 1))
print(os.path.relpath(gettext.find('app', root, ['fr', 'de']), root), [os.path.relpath(p, root) for p in gettext.find('app', root, ['de', 'ru'], all=True)], gettext.find('app', root, ['fr']))
n = gettext.translation('app', root, languages=['fr'], fallback=True)
print(type(n).__name__, n.gettext('Hello'), n.ngettext('a', 'b', 2), n.pgettext('c', 'm'), n.npgettext('c', 'a', 'b', 1), n.info(), n.charset())
try:
    gettext.translation('app', root, languages=['fr'])
except FileNotFoundError as e:
    print('FileNotFoundError', e.errno, e.strerror, e.filename)
gettext.bindtextdomain('app', root)
print(gettext.textdomain(), gettext.textdomain('app'), os.path.relpath(gettext.bindtextdomain('app'), root))
os.environ['LANGUAGE'] = 'ru'
print(gettext.gettext('Hello'), gettext.ngettext('file', 'files', 3), gettext.pgettext('menu', 'Open'), gettext.npgettext('menu', 'item', 'items', 5), gettext.dgettext('nope', 'Hello'), gettext.dngettext('nope', 'a', 'b', 1))
t.install(names=['ngettext', 'pgettext'])
print(_('Hello'), builtins.ngettext('file', 'files', 2), builtins.pgettext('menu', 'Open'))
del builtins._, builtins.ngettext, builtins.pgettext
be = gettext.GNUTranslations(io.BytesIO(make_mo({b'a': b'b'}, big_endian=True)))
print(be.gettext('a'), be.ngettext('a', 'c', 1), be.plural(0), be.plural(1))
for data in (b'\0\0\0\0' * 8, struct.pack('<7I', 0x950412de, 2 << 16, 0, 28, 28, 0, 0), struct.pack('<7I', 0x950412de, 0, 1, 28, 36, 0, 0) + struct.pack('<4I', 5, 1000, 5, 1000)):
    try:
        gettext.GNUTranslations(io.BytesIO(data))
    except OSError as e:
        print('OSError', e.errno, e.strerror, repr(e.filename))
f = gettext.c2py('n != 1')
print(f(1), f(2), gettext.c2py('n%10==1 && n%100!=11 ? 0 : n != 0 ? 1 : 2')(0), gettext.c2py('(n==1) ? 0 : 1')(5), gettext.c2py('1 < 2 < 3')(0), gettext.c2py('!n')(0), gettext.c2py('n/2')(7))
for bad in ('n+', 'n $ 1', '(n', 'n ? 1', 'x', 'n 1', '(' * 30 + 'n' + ')' * 30, 'n' + '+n' * 600):
    try:
        gettext.c2py(bad)
    except ValueError as e:
        print('ValueError', e)
try:
    f('x')
except TypeError as e:
    print('TypeError', e)
for lang in ('ru', 'de'):
    os.remove(os.path.join(root, lang, 'LC_MESSAGES', 'app.mo'))
    os.rmdir(os.path.join(root, lang, 'LC_MESSAGES'))
    os.rmdir(os.path.join(root, lang))
os.rmdir(root)
