// The _locale module over the C library: setlocale, localeconv, nl_langinfo and its constants, strcoll,
// strxfrm, getencoding, the gettext family, the LC_* constants and locale.Error. lib/locale.py builds the
// public module on it. Strings from the C library are decoded with the LC_CTYPE encoding (undecodable bytes
// become lone surrogates, as CPython's PyUnicode_DecodeLocale with surrogateescape).
#include "modules/modules.h"
#include "objects/args.h"
#include "objects/bytes.h"
#include "objects/dict.h"
#include "objects/exceptions.h"
#include "objects/int.h"
#include "objects/list.h"
#include "objects/protocol.h"
#include "objects/runtime.h"
#include "objects/str.h"

#include <cerrno>
#include <climits>
#include <clocale>
#include <cstring>
#include <cwchar>
#include <langinfo.h>
#include <libintl.h>
#include <string>
#include <vector>

namespace ginger {

namespace {

TypeObject s_locale_error_type;

// Bytes from the C library to str, by the current LC_CTYPE.
Value decode_locale(const char* text)
{
    std::vector<uint32_t> points;
    size_t length = std::strlen(text);
    std::mbstate_t state {};
    size_t i = 0;
    while (i < length) {
        wchar_t wc;
        size_t n = std::mbrtowc(&wc, text + i, length - i, &state);
        if (n == size_t(-1) || n == size_t(-2) || n == 0) {
            points.push_back(0xDC00 + (unsigned char)text[i]);
            state = {};
            ++i;
            continue;
        }
        points.push_back(uint32_t(wc));
        i += n;
    }
    return Value(str_from_codepoints(points.data(), points.size()));
}

Result<int> int_argument(Val v)
{
    int64_t n = TRY(int_as_int64(TRY(number_index(v))));
    if (n > INT_MAX || n < INT_MIN)
        return raise(&g_exc_OverflowError, "signed integer is greater than maximum");
    return int(n);
}

// A str argument as a wide string for wcscoll/wcsxfrm; ValueError if it holds a null character.
Result<std::wstring> wide_argument(StrObject* s)
{
    std::wstring out;
    out.reserve(size_t(s->length));
    for (int64_t i = 0; i < s->length; ++i) {
        uint32_t c = s->at(i);
        if (c == 0)
            return raise(&g_exc_ValueError, "embedded null character");
        out.push_back(wchar_t(c));
    }
    return out;
}

// "2 " for argument 2 of several; "" for the only argument (position 0).
std::string argument_number(int position)
{
    return position ? std::to_string(position) + " " : std::string();
}

// A str-or-None argument as a C string (null for None); `position` (0 for an only argument) goes in the TypeError.
Result<bool> optional_text(std::string_view function, int position, Val v, std::string& out)
{
    if (is_none(v))
        return false;
    if (!is_str(v))
        return raise(&g_exc_TypeError, "{}() argument {}must be str or None, not {}", function, argument_number(position),
                     v.type()->type_name());
    std::string_view text = v.as<StrObject>()->view();
    if (text.find('\0') != std::string_view::npos)
        return raise(&g_exc_ValueError, "embedded null character");
    out = std::string(text);
    return true;
}

Result<std::string> text_argument(std::string_view function, int position, Val v)
{
    if (!is_str(v))
        return raise(&g_exc_TypeError, "{}() argument {}must be str, not {}", function, argument_number(position), v.type()->type_name());
    std::string_view text = v.as<StrObject>()->view();
    if (text.find('\0') != std::string_view::npos)
        return raise(&g_exc_ValueError, "embedded null character");
    return std::string(text);
}

Result<void> count_args(const char* name, size_t nargs, TupleObject* kwnames, size_t min, size_t max)
{
    if (kwnames && kwnames->size)
        return raise(&g_exc_TypeError, "{}() takes no keyword arguments", name);
    if (nargs < min && min == max)
        return raise(&g_exc_TypeError, "{} expected {} argument{}, got {}", name, min, min == 1 ? "" : "s", nargs);
    if (nargs < min)
        return raise(&g_exc_TypeError, "{} expected at least {} argument{}, got {}", name, min, min == 1 ? "" : "s", nargs);
    if (nargs > max && min == max)
        return raise(&g_exc_TypeError, "{} expected {} argument{}, got {}", name, max, max == 1 ? "" : "s", nargs);
    if (nargs > max)
        return raise(&g_exc_TypeError, "{} expected at most {} argument{}, got {}", name, max, max == 1 ? "" : "s", nargs);
    return {};
}

// setlocale(category, locale=None, /)
Result<Value> locale_setlocale(const Val* args, size_t nargs, TupleObject* kwnames)
{
    TRY(count_args("setlocale", nargs, kwnames, 1, 2));
    int category = TRY(int_argument(args[0]));
    std::string name;
    bool setting = nargs == 2 && TRY(optional_text("setlocale", 2, args[1], name));
    const char* result = std::setlocale(category, setting ? name.c_str() : nullptr);
    if (!result)
        return raise(&s_locale_error_type, setting ? "unsupported locale setting" : "locale query failed");
    return decode_locale(result);
}

// CPython's grouping lists: the bytes up to and including the terminating 0 or CHAR_MAX; [] for "".
Value grouping_list(const char* grouping)
{
    Ref<ListObject> list = list_new();
    if (!grouping || !*grouping)
        return Value(std::move(list));
    for (size_t i = 0;; ++i) {
        list_append(list.get(), Value::small_int(grouping[i]));
        if (grouping[i] == '\0' || grouping[i] == CHAR_MAX)
            break;
    }
    return Value(std::move(list));
}

Result<Value> locale_localeconv(const Val* args, size_t nargs, TupleObject* kwnames)
{
    TRY(check_positional("_locale.localeconv", nargs, kwnames, 0, 0));
    const struct lconv* lc = std::localeconv();
    Ref<DictObject> result = dict_new();
    auto text = [&](const char* key, const char* value) { dict_set_str(result.get(), str_intern(key), decode_locale(value ? value : "").get()); };
    auto number = [&](const char* key, char value) { dict_set_str(result.get(), str_intern(key), Val::small_int(value)); };
    text("int_curr_symbol", lc->int_curr_symbol);
    text("currency_symbol", lc->currency_symbol);
    text("mon_decimal_point", lc->mon_decimal_point);
    text("mon_thousands_sep", lc->mon_thousands_sep);
    dict_set_str(result.get(), str_intern("mon_grouping"), grouping_list(lc->mon_grouping).get());
    text("positive_sign", lc->positive_sign);
    text("negative_sign", lc->negative_sign);
    number("int_frac_digits", lc->int_frac_digits);
    number("frac_digits", lc->frac_digits);
    number("p_cs_precedes", lc->p_cs_precedes);
    number("p_sep_by_space", lc->p_sep_by_space);
    number("n_cs_precedes", lc->n_cs_precedes);
    number("n_sep_by_space", lc->n_sep_by_space);
    number("p_sign_posn", lc->p_sign_posn);
    number("n_sign_posn", lc->n_sign_posn);
    text("decimal_point", lc->decimal_point);
    text("thousands_sep", lc->thousands_sep);
    dict_set_str(result.get(), str_intern("grouping"), grouping_list(lc->grouping).get());
    return Value(std::move(result));
}

// The nl_langinfo keys CPython exposes (Linux/glibc).
struct LanginfoKey {
    const char* name;
    nl_item value;
};
const LanginfoKey s_langinfo_keys[] = {
    { "CODESET", CODESET }, { "D_T_FMT", D_T_FMT }, { "D_FMT", D_FMT }, { "T_FMT", T_FMT }, { "T_FMT_AMPM", T_FMT_AMPM },
    { "AM_STR", AM_STR }, { "PM_STR", PM_STR },
    { "DAY_1", DAY_1 }, { "DAY_2", DAY_2 }, { "DAY_3", DAY_3 }, { "DAY_4", DAY_4 }, { "DAY_5", DAY_5 }, { "DAY_6", DAY_6 }, { "DAY_7", DAY_7 },
    { "ABDAY_1", ABDAY_1 }, { "ABDAY_2", ABDAY_2 }, { "ABDAY_3", ABDAY_3 }, { "ABDAY_4", ABDAY_4 }, { "ABDAY_5", ABDAY_5 },
    { "ABDAY_6", ABDAY_6 }, { "ABDAY_7", ABDAY_7 },
    { "MON_1", MON_1 }, { "MON_2", MON_2 }, { "MON_3", MON_3 }, { "MON_4", MON_4 }, { "MON_5", MON_5 }, { "MON_6", MON_6 },
    { "MON_7", MON_7 }, { "MON_8", MON_8 }, { "MON_9", MON_9 }, { "MON_10", MON_10 }, { "MON_11", MON_11 }, { "MON_12", MON_12 },
    { "ABMON_1", ABMON_1 }, { "ABMON_2", ABMON_2 }, { "ABMON_3", ABMON_3 }, { "ABMON_4", ABMON_4 }, { "ABMON_5", ABMON_5 },
    { "ABMON_6", ABMON_6 }, { "ABMON_7", ABMON_7 }, { "ABMON_8", ABMON_8 }, { "ABMON_9", ABMON_9 }, { "ABMON_10", ABMON_10 },
    { "ABMON_11", ABMON_11 }, { "ABMON_12", ABMON_12 },
    { "RADIXCHAR", RADIXCHAR }, { "THOUSEP", THOUSEP }, { "YESEXPR", YESEXPR }, { "NOEXPR", NOEXPR }, { "CRNCYSTR", CRNCYSTR },
    { "ERA", ERA }, { "ERA_D_FMT", ERA_D_FMT }, { "ALT_DIGITS", ALT_DIGITS }, { "ERA_D_T_FMT", ERA_D_T_FMT },
    { "ERA_T_FMT", ERA_T_FMT }, { "_DATE_FMT", _DATE_FMT },
};

Result<Value> locale_nl_langinfo(const Val* args, size_t nargs, TupleObject* kwnames)
{
    TRY(check_positional("_locale.nl_langinfo", nargs, kwnames, 1, 1));
    int key = TRY(int_argument(args[0]));
    for (const LanginfoKey& k : s_langinfo_keys) {
        if (int(k.value) == key)
            return decode_locale(nl_langinfo(k.value));
    }
    return raise(&g_exc_ValueError, "unsupported langinfo constant");
}

Result<Value> locale_strcoll(const Val* args, size_t nargs, TupleObject* kwnames)
{
    TRY(count_args("strcoll", nargs, kwnames, 2, 2));
    for (int i = 0; i < 2; ++i) {
        if (!is_str(args[i]))
            return raise(&g_exc_TypeError, "strcoll() argument {} must be str, not {}", i + 1, args[i].type()->type_name());
    }
    std::wstring a = TRY(wide_argument(args[0].as<StrObject>()));
    std::wstring b = TRY(wide_argument(args[1].as<StrObject>()));
    return Value::small_int(std::wcscoll(a.c_str(), b.c_str()));
}

Result<Value> locale_strxfrm(const Val* args, size_t nargs, TupleObject* kwnames)
{
    TRY(check_positional("strxfrm", nargs, kwnames, 1, 1));
    if (!is_str(args[0]))
        return raise(&g_exc_TypeError, "strxfrm() argument must be str, not {}", args[0].type()->type_name());
    std::wstring text = TRY(wide_argument(args[0].as<StrObject>()));
    std::vector<wchar_t> buffer(text.size() + 1);
    errno = 0;
    size_t n = std::wcsxfrm(buffer.data(), text.c_str(), buffer.size());
    if (n >= buffer.size()) {
        buffer.resize(n + 1);
        errno = 0;
        n = std::wcsxfrm(buffer.data(), text.c_str(), buffer.size());
    }
    if (errno)
        return raise_os_error(errno);
    std::vector<uint32_t> points(buffer.begin(), buffer.begin() + n);
    return Value(str_from_codepoints(points.data(), points.size()));
}

Result<Value> locale_getencoding(const Val* args, size_t nargs, TupleObject* kwnames)
{
    TRY(check_positional("_locale.getencoding", nargs, kwnames, 0, 0));
    const char* codeset = nl_langinfo(CODESET);
    return decode_locale(codeset && *codeset ? codeset : "UTF-8");
}

// Returns a gettext result (a static or catalog string) as str.
Result<Value> locale_gettext(const Val* args, size_t nargs, TupleObject* kwnames)
{
    TRY(count_args("gettext", nargs, kwnames, 1, 1));
    std::string message = TRY(text_argument("gettext", 0, args[0]));
    return decode_locale(::gettext(message.c_str()));
}

Result<Value> locale_dgettext(const Val* args, size_t nargs, TupleObject* kwnames)
{
    TRY(count_args("dgettext", nargs, kwnames, 2, 2));
    std::string domain;
    bool has_domain = TRY(optional_text("dgettext", 1, args[0], domain));
    std::string message = TRY(text_argument("dgettext", 2, args[1]));
    return decode_locale(::dgettext(has_domain ? domain.c_str() : nullptr, message.c_str()));
}

Result<Value> locale_dcgettext(const Val* args, size_t nargs, TupleObject* kwnames)
{
    TRY(count_args("dcgettext", nargs, kwnames, 3, 3));
    std::string domain;
    bool has_domain = TRY(optional_text("dcgettext", 1, args[0], domain));
    std::string message = TRY(text_argument("dcgettext", 2, args[1]));
    int category = TRY(int_argument(args[2]));
    return decode_locale(::dcgettext(has_domain ? domain.c_str() : nullptr, message.c_str(), category));
}

Result<Value> locale_textdomain(const Val* args, size_t nargs, TupleObject* kwnames)
{
    TRY(count_args("textdomain", nargs, kwnames, 1, 1));
    std::string domain;
    bool has_domain = TRY(optional_text("textdomain", 0, args[0], domain));
    errno = 0;
    const char* result = ::textdomain(has_domain ? domain.c_str() : nullptr);
    if (!result)
        return raise_os_error(errno ? errno : ENOMEM);
    return decode_locale(result);
}

// A path (str, bytes or os.PathLike) as bytes for the C library.
Result<std::string> path_argument(Val v)
{
    std::string_view view;
    if (is_str(v)) {
        view = v.as<StrObject>()->view();
    } else if (!bytes_like_view(v, view)) {
        Value path = TRY(call_special(v, str_intern("__fspath__"), {}));
        if (!path || !(is_str(path) || is_bytes(path)))
            return raise(&g_exc_TypeError, "expected str, bytes or os.PathLike object, not {}", v.type()->type_name());
        return path_argument(path);
    }
    if (view.find('\0') != std::string_view::npos)
        return raise(&g_exc_ValueError, "embedded null byte");
    return std::string(view);
}

Result<Value> locale_bindtextdomain(const Val* args, size_t nargs, TupleObject* kwnames)
{
    TRY(count_args("bindtextdomain", nargs, kwnames, 2, 2));
    std::string domain = TRY(text_argument("bindtextdomain", 1, args[0]));
    if (domain.empty())
        return raise(&s_locale_error_type, "domain must be a non-empty string");
    std::string directory;
    bool has_directory = !is_none(args[1]);
    if (has_directory)
        directory = TRY(path_argument(args[1]));
    errno = 0;
    const char* result = ::bindtextdomain(domain.c_str(), has_directory ? directory.c_str() : nullptr);
    if (!result)
        return raise_os_error(errno ? errno : ENOMEM);
    return decode_locale(result);
}

Result<Value> locale_bind_textdomain_codeset(const Val* args, size_t nargs, TupleObject* kwnames)
{
    TRY(count_args("bind_textdomain_codeset", nargs, kwnames, 2, 2));
    std::string domain = TRY(text_argument("bind_textdomain_codeset", 1, args[0]));
    std::string codeset;
    bool has_codeset = TRY(optional_text("bind_textdomain_codeset", 2, args[1], codeset));
    errno = 0;
    const char* result = ::bind_textdomain_codeset(domain.c_str(), has_codeset ? codeset.c_str() : nullptr);
    if (!result) {
        if (errno)
            return raise_os_error(errno);
        return none_value();
    }
    return decode_locale(result);
}

const MethodDef s_locale_functions[] = {
    { "setlocale", locale_setlocale, METHOD_STATIC, "Activates/queries locale processing." },
    { "localeconv", locale_localeconv, METHOD_STATIC, "Returns numeric and monetary locale-specific parameters." },
    { "nl_langinfo", locale_nl_langinfo, METHOD_STATIC, "Return the value for the locale information associated with key." },
    { "strcoll", locale_strcoll, METHOD_STATIC, "Compares two strings according to the locale." },
    { "strxfrm", locale_strxfrm, METHOD_STATIC, "Return a string that can be used as a key for locale-aware comparisons." },
    { "getencoding", locale_getencoding, METHOD_STATIC, "Get the current locale encoding." },
    { "gettext", locale_gettext, METHOD_STATIC, "Return translation of msg." },
    { "dgettext", locale_dgettext, METHOD_STATIC, "Return translation of msg in domain." },
    { "dcgettext", locale_dcgettext, METHOD_STATIC, "Return translation of msg in domain and category." },
    { "textdomain", locale_textdomain, METHOD_STATIC, "Set the C library's textdmain to domain, returning the new domain." },
    { "bindtextdomain", locale_bindtextdomain, METHOD_STATIC, "Bind the C library's domain to dir." },
    { "bind_textdomain_codeset", locale_bind_textdomain_codeset, METHOD_STATIC, "Bind the C library's domain to codeset." },
    { nullptr, nullptr, 0, nullptr },
};

}  // namespace

Ref<ModuleObject> locale_module_create()
{
    if (!s_locale_error_type.has_flag(TYPE_READY)) {
        type_init_static(s_locale_error_type, "locale.Error", sizeof(BaseExceptionObject), &g_exc_Exception,
                         TYPE_BASETYPE | TYPE_GC | TYPE_EXCEPTION_SUBCLASS);
        type_ready(s_locale_error_type);
    }
    Ref<ModuleObject> module = module_new(str_intern("_locale"));
    module_set(module.get(), "__doc__", Val(str_from_utf8("Support for POSIX locales.").get()));
    module_add_functions(module.get(), s_locale_functions);
    module_set(module.get(), "Error", Val(&s_locale_error_type));
    const std::pair<const char*, int> categories[] = {
        { "LC_CTYPE", LC_CTYPE }, { "LC_NUMERIC", LC_NUMERIC }, { "LC_TIME", LC_TIME }, { "LC_COLLATE", LC_COLLATE },
        { "LC_MONETARY", LC_MONETARY }, { "LC_MESSAGES", LC_MESSAGES }, { "LC_ALL", LC_ALL },
    };
    for (const auto& [name, value] : categories)
        module_set(module.get(), name, Val::small_int(value));
    module_set(module.get(), "CHAR_MAX", Val::small_int(CHAR_MAX));
    for (const LanginfoKey& k : s_langinfo_keys)
        module_set(module.get(), k.name, Val::small_int(int(k.value)));
    return module;
}

}  // namespace ginger
