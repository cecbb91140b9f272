// Tests of the UTF-8 helpers (no runtime needed) and of str: creation, interning, slots, methods and
// formatting. Methods are called through g_str_type's method table, as the VM's method calls do.
#include "objects/exceptions.h"
#include "objects/list.h"
#include "objects/protocol.h"
#include "objects/runtime.h"
#include "objects/str.h"
#include "objects/tuple.h"
#include "support/unicode.h"
#include "support/utf8.h"

#include <gtest/gtest.h>

#include <cstring>
#include <string>
#include <vector>

using namespace ginger;

// ---- utf8 ----

TEST(Utf8, EncodeLengths)
{
    char buffer[4];
    EXPECT_EQ(utf8::encode('a', buffer), 1u);
    EXPECT_EQ(utf8::encode(0xE9, buffer), 2u);
    EXPECT_EQ(std::string(buffer, 2), "\xC3\xA9");
    EXPECT_EQ(utf8::encode(0x20AC, buffer), 3u);
    EXPECT_EQ(std::string(buffer, 3), "\xE2\x82\xAC");
    EXPECT_EQ(utf8::encode(0x1F600, buffer), 4u);
    EXPECT_EQ(std::string(buffer, 4), "\xF0\x9F\x98\x80");
    EXPECT_EQ(utf8::encode(0xD800, buffer), 3u);  // WTF-8
    EXPECT_EQ(std::string(buffer, 3), "\xED\xA0\x80");
}

TEST(Utf8, DecodeRejectsBadSequences)
{
    auto decode = [](const char* s, utf8::Surrogates surrogates = utf8::Surrogates::Reject) {
        return utf8::decode(reinterpret_cast<const unsigned char*>(s), strlen(s), surrogates);
    };
    EXPECT_EQ(decode("\xC3\xA9").code_point, 0xE9u);
    EXPECT_EQ(decode("\xC0\xAF").length, 0u);          // overlong
    EXPECT_EQ(decode("\xE0\x80\xAF").length, 0u);      // overlong
    EXPECT_EQ(decode("\xF4\x90\x80\x80").length, 0u);  // above U+10FFFF
    EXPECT_EQ(decode("\xE2\x82").length, 0u);          // truncated
    EXPECT_EQ(decode("\x80").length, 0u);              // stray continuation
    EXPECT_EQ(decode("\xED\xA0\x80").length, 0u);      // surrogate, strict
    EXPECT_EQ(decode("\xED\xA0\x80", utf8::Surrogates::Allow).code_point, 0xD800u);
}

TEST(Utf8, ValidateReportsFirstError)
{
    utf8::Validation v = utf8::validate("abc\xC3\xA9xyz");
    EXPECT_TRUE(v.valid);
    EXPECT_EQ(v.code_points, 7u);
    EXPECT_EQ(v.max_code_point, 0xE9u);
    v = utf8::validate("ab\xFF" "cd");
    EXPECT_FALSE(v.valid);
    EXPECT_EQ(v.error_offset, 2u);
    EXPECT_EQ(v.code_points, 2u);
    EXPECT_EQ(utf8::count_code_points("a\xFF\xE2\x82\xAC"), 3u);
    std::u32string decoded = utf8::decode_all("a\xFF" "b");
    EXPECT_EQ(decoded, std::u32string(U"a\uFFFDb"));
    EXPECT_EQ(utf8::encode_all(U"h\u00e9\U0001F600", 3), "h\xC3\xA9\xF0\x9F\x98\x80");
    EXPECT_EQ(utf8::ascii_prefix_length("0123456789abcdef\xC3\xA9", 18), 16u);
}

TEST(Unicode, Properties)
{
    EXPECT_TRUE(unicode::is_space(0x85));
    EXPECT_TRUE(unicode::is_space(0x3000));
    EXPECT_FALSE(unicode::is_space(0x200B));
    EXPECT_TRUE(unicode::is_linebreak(0x1C));
    EXPECT_FALSE(unicode::is_linebreak(0x1F));
    EXPECT_TRUE(unicode::is_alpha(0xAA));
    EXPECT_FALSE(unicode::is_alpha(0xD7));
    EXPECT_TRUE(unicode::is_digit(0xB2));
    EXPECT_FALSE(unicode::is_decimal(0xB2));
    EXPECT_TRUE(unicode::is_numeric(0xBD));
    EXPECT_EQ(unicode::decimal_value(0x663), 3);
    EXPECT_EQ(unicode::decimal_value(0x1D7D8), 0);
    EXPECT_FALSE(unicode::is_printable(0xAD));
    EXPECT_FALSE(unicode::is_printable(0xA0));
    EXPECT_TRUE(unicode::is_printable(0xFF));
    EXPECT_TRUE(unicode::is_printable(0x1F600));
    EXPECT_FALSE(unicode::is_printable(0xE0000));
    EXPECT_EQ(unicode::to_upper(0xFF), 0x178u);
    EXPECT_EQ(unicode::to_lower(0x178), 0xFFu);
    uint32_t out[3];
    EXPECT_EQ(unicode::to_upper_full(0xDF, out), 2);
    EXPECT_EQ(out[0], uint32_t('S'));
    EXPECT_EQ(unicode::to_title_full(0x1C6, out), 1);
    EXPECT_EQ(out[0], 0x1C5u);
}

// ---- str ----

namespace {

class StrTest : public ::testing::Test {
protected:
    void SetUp() override { runtime_init(); }
};

Ref<StrObject> S(std::string_view utf8) { return str_from_utf8(utf8); }
std::string U8(Val v) { return std::string(v.as<StrObject>()->view()); }

// "TypeError: message" for the pending exception, which it clears.
std::string take_error()
{
    Value exception = fetch_error();
    if (!exception)
        return "<no error>";
    std::string text(exception.type()->type_name());
    auto message = str_of(exception);
    if (message.is_error()) {
        clear_error();
        return text + ": <unprintable>";
    }
    std::string m(message.value()->view());
    return m.empty() ? text : text + ": " + m;
}

// Calls the str method `name` with positional arguments (args[0] is self).
Result<Value> method(const char* name, std::initializer_list<Val> args)
{
    for (const MethodDef* m = g_str_type.methods; m->name; ++m) {
        if (strcmp(m->name, name) == 0) {
            std::vector<Val> array(args);
            return m->function(array.data(), array.size(), nullptr);
        }
    }
    ADD_FAILURE() << "no method " << name;
    return raise(&g_exc_AttributeError, "missing");
}

// The result as UTF-8 (a str), or "!" + the error.
std::string run(const char* name, std::initializer_list<Val> args)
{
    auto result = method(name, args);
    if (result.is_error())
        return "!" + take_error();
    Value value = result.release_value();
    if (is_str(value))
        return U8(value);
    auto repr = repr_utf8(value);
    if (repr.is_error())
        return "!" + take_error();
    return repr.release_value();
}

std::string percent(std::string_view format, Val args)
{
    Ref<StrObject> f = S(format);
    auto result = str_percent_format(f.get(), args);
    if (result.is_error())
        return "!" + take_error();
    return U8(result.value());
}

std::string spec_format(Val value, std::string_view spec)
{
    Ref<StrObject> s = S(spec);
    auto result = format_value(value, s.get());
    if (result.is_error())
        return "!" + take_error();
    return U8(result.value());
}

Value I(int64_t v) { return Value::small_int(v); }

}  // namespace

TEST_F(StrTest, KindsAreNarrowest)
{
    EXPECT_EQ(S("abc")->kind, 1);
    EXPECT_TRUE(S("abc")->ascii);
    EXPECT_EQ(S("caf\xC3\xA9")->kind, 1);
    EXPECT_FALSE(S("caf\xC3\xA9")->ascii);
    EXPECT_EQ(S("\xE2\x82\xAC")->kind, 2);
    EXPECT_EQ(S("a\xF0\x9F\x98\x80")->kind, 4);
    EXPECT_EQ(S("a\xF0\x9F\x98\x80")->length, 2);
    Ref<StrObject> lone = S("\xED\xA0\x80");  // a lone surrogate survives the round trip
    EXPECT_EQ(lone->length, 1);
    EXPECT_EQ(lone->at(0), 0xD800u);
    EXPECT_EQ(lone->view(), "\xED\xA0\x80");
    // A substring of a wide string narrows again.
    Ref<StrObject> wide = S("ab\xE2\x82\xAC" "cd");
    Ref<StrObject> sub = str_substring(wide.get(), 0, 2);
    EXPECT_EQ(sub->kind, 1);
    EXPECT_TRUE(sub->ascii);
    EXPECT_EQ(S("\xFF\xFE")->length, 2);  // invalid input is replaced, not rejected
}

TEST_F(StrTest, CachesAndInterning)
{
    EXPECT_EQ(str_char('a').get(), str_char('a').get());
    EXPECT_EQ(str_empty().get(), S("").get());
    StrObject* a = str_intern("hello_world");
    EXPECT_EQ(a, str_intern("hello_world"));
    EXPECT_EQ(a->refcount, IMMORTAL_REFCOUNT);
    EXPECT_TRUE(a->interned);
    Ref<StrObject> fresh = S("hello_world");
    EXPECT_NE(fresh.get(), a);
    EXPECT_EQ(str_intern_ref(fresh).get(), a);
    EXPECT_EQ(U8(Val(NAME_OF(__init__))), "__init__");
    EXPECT_EQ(U8(Val(NAME_OF(default_))), "default");
    EXPECT_EQ(NAME_OF(__init__), str_intern("__init__"));
}

TEST_F(StrTest, HashAndCompare)
{
    Ref<StrObject> a = S("spam"), b = S("spam"), c = S("spam\xE2\x82\xAC");
    EXPECT_EQ(str_hash(a.get()), str_hash(b.get()));
    EXPECT_NE(str_hash(a.get()), -1);
    EXPECT_TRUE(str_equal(a.get(), b.get()));
    EXPECT_FALSE(str_equal(a.get(), c.get()));
    EXPECT_LT(str_compare(a.get(), c.get()), 0);
    EXPECT_GT(str_compare(S("\xC4\x80").get(), S("\xC3\xBF").get()), 0);  // U+0100 > U+00FF
    EXPECT_LT(str_compare(S("ab").get(), S("b").get()), 0);
    EXPECT_EQ(str_compare(S("").get(), S("").get()), 0);
}

TEST_F(StrTest, Repr)
{
    auto repr = [](std::string_view text) { return std::string(str_repr(S(text).get())->view()); };
    EXPECT_EQ(repr("abc"), "'abc'");
    EXPECT_EQ(repr("a'b"), "\"a'b\"");
    EXPECT_EQ(repr("a\"b"), "'a\"b'");
    EXPECT_EQ(repr("a'\"b"), "'a\\'\"b'");
    EXPECT_EQ(repr("\n\t\r\\\x01\x7f"), "'\\n\\t\\r\\\\\\x01\\x7f'");
    EXPECT_EQ(repr("\xC2\xA0\xC2\xAD\xC3\xBF\xE2\x80\xA8\xF0\x9F\x98\x80"), "'\\xa0\\xad\xC3\xBF\\u2028\xF0\x9F\x98\x80'");
    EXPECT_EQ(repr("\xF3\xA0\x80\x80"), "'\\U000e0000'");
    auto ascii = object_ascii(S("\xC3\xA9\xE2\x82\xAC\xF0\x9F\x98\x80"));
    EXPECT_EQ(U8(ascii.value()), "'\\xe9\\u20ac\\U0001f600'");
}

TEST_F(StrTest, ConcatRepeatIndex)
{
    Ref<StrObject> ab = S("ab");
    Ref<StrObject> euro = S("\xE2\x82\xAC");
    EXPECT_EQ(U8(MUST(g_str_type.binary[int(BinaryOp::Add)](ab, euro))), "ab\xE2\x82\xAC");
    auto bad = g_str_type.binary[int(BinaryOp::Add)](ab, I(1));
    ASSERT_TRUE(bad.is_error());
    EXPECT_EQ(take_error(), "TypeError: can only concatenate str (not \"int\") to str");
    EXPECT_EQ(U8(MUST(g_str_type.binary[int(BinaryOp::Mul)](ab, I(3)))), "ababab");
    EXPECT_EQ(U8(MUST(g_str_type.binary[int(BinaryOp::Mul)](I(2), euro))), "\xE2\x82\xAC\xE2\x82\xAC");
    EXPECT_EQ(U8(MUST(g_str_type.binary[int(BinaryOp::Mul)](ab, I(-1)))), "");
    auto mul = g_str_type.binary[int(BinaryOp::Mul)](ab, ab);
    ASSERT_TRUE(mul.is_error());
    EXPECT_EQ(take_error(), "TypeError: can't multiply sequence by non-int of type 'str'");
    EXPECT_EQ(U8(MUST(g_str_type.getitem(ab, I(-1)))), "b");
    ASSERT_TRUE(g_str_type.getitem(ab, I(2)).is_error());
    EXPECT_EQ(take_error(), "IndexError: string index out of range");
    ASSERT_TRUE(g_str_type.getitem(ab, ab).is_error());
    EXPECT_EQ(take_error(), "TypeError: string indices must be integers, not 'str'");
    EXPECT_TRUE(MUST(g_str_type.contains(S("hello"), S("ell"))));
    EXPECT_FALSE(MUST(g_str_type.contains(S("hello"), S("\xE2\x82\xAC"))));
    ASSERT_TRUE(g_str_type.contains(ab, I(1)).is_error());
    EXPECT_EQ(take_error(), "TypeError: 'in <string>' requires string as left operand, not int");
}

TEST_F(StrTest, Iteration)
{
    Ref<StrObject> s = S("a\xE2\x82\xAC");
    Value it = MUST(g_str_type.iter(s));
    EXPECT_EQ(U8(MUST(it.type()->iternext(it))), "a");
    EXPECT_EQ(U8(MUST(it.type()->iternext(it))), "\xE2\x82\xAC");
    EXPECT_TRUE(MUST(it.type()->iternext(it)).is_null());
}

TEST_F(StrTest, SplitJoin)
{
    EXPECT_EQ(run("split", { S("  a  b  ") }), "['a', 'b']");
    EXPECT_EQ(run("split", { S("  a  b  "), none(), I(1) }), "['a', 'b  ']");
    EXPECT_EQ(run("rsplit", { S("  a  b  "), none(), I(1) }), "['  a', 'b']");
    EXPECT_EQ(run("split", { S("a,b,,c"), S(",") }), "['a', 'b', '', 'c']");
    EXPECT_EQ(run("rsplit", { S("a,b,,c"), S(","), I(1) }), "['a,b,', 'c']");
    EXPECT_EQ(run("split", { S("a\xE2\x82\xAC" "b\xE2\x82\xAC" "c"), S("\xE2\x82\xAC") }), "['a', 'b', 'c']");
    EXPECT_EQ(run("split", { S("a"), S("") }), "!ValueError: empty separator");
    EXPECT_EQ(run("split", { S("a"), I(1) }), "!TypeError: must be str or None, not int");
    EXPECT_EQ(run("splitlines", { S("a\nb\r\nc\rd\x0b" "e\xC2\x85" "f") }), "['a', 'b', 'c', 'd', 'e', 'f']");
    EXPECT_EQ(run("splitlines", { S("a\r\nb\n"), I(1) }), "['a\\r\\n', 'b\\n']");
    Ref<ListObject> parts = list_new();
    list_append(parts.get(), S("x"));
    list_append(parts.get(), S("\xE2\x82\xAC"));
    list_append(parts.get(), S("y"));
    EXPECT_EQ(run("join", { S("-"), parts }), "x-\xE2\x82\xAC-y");
    list_append(parts.get(), I(3));
    EXPECT_EQ(run("join", { S("-"), parts }), "!TypeError: sequence item 3: expected str instance, int found");
    EXPECT_EQ(run("join", { S("-"), I(3) }), "!TypeError: can only join an iterable");
    EXPECT_EQ(run("join", { S(", "), S("abc") }), "a, b, c");
}

TEST_F(StrTest, SearchAndReplace)
{
    Ref<StrObject> s = S("hello world");
    EXPECT_EQ(run("find", { s, S("o") }), "4");
    EXPECT_EQ(run("rfind", { s, S("o") }), "7");
    EXPECT_EQ(run("find", { s, S("o"), I(5) }), "7");
    EXPECT_EQ(run("find", { s, S("o"), I(5), I(7) }), "-1");
    EXPECT_EQ(run("find", { s, S(""), I(20) }), "-1");
    EXPECT_EQ(run("rfind", { s, S("") }), "11");
    EXPECT_EQ(run("find", { s, S("world"), I(-5) }), "6");
    EXPECT_EQ(run("index", { s, S("z") }), "!ValueError: substring not found");
    EXPECT_EQ(run("find", { s, I(1) }), "!TypeError: must be str, not int");
    EXPECT_EQ(run("find", { s }), "!TypeError: find() takes at least 1 argument (0 given)");
    EXPECT_EQ(run("find", { s, S("a"), s }), "!TypeError: slice indices must be integers or None or have an __index__ method");
    EXPECT_EQ(run("count", { s, S("l") }), "3");
    EXPECT_EQ(run("count", { s, S("") }), "12");
    EXPECT_EQ(run("count", { S("aaaa"), S("aa") }), "2");
    EXPECT_EQ(run("replace", { S("aaaa"), S("a"), S("bb"), I(2) }), "bbbbaa");
    EXPECT_EQ(run("replace", { S("abc"), S(""), S("-") }), "-a-b-c-");
    EXPECT_EQ(run("replace", { S("abc"), S(""), S("-"), I(2) }), "-a-bc");
    Value replaced = MUST(method("replace", { S("a\xE2\x82\xAC" "b"), S("\xE2\x82\xAC"), S("") }));
    StrObject* r = replaced.as<StrObject>();
    EXPECT_EQ(r->view(), "ab");
    EXPECT_EQ(r->kind, 1);
    EXPECT_TRUE(r->ascii);
    EXPECT_EQ(run("replace", { s, I(1), S("") }), "!TypeError: replace() argument 1 must be str, not int");
    EXPECT_EQ(run("replace", { s, S("a") }), "!TypeError: replace expected at least 2 arguments, got 1");
    EXPECT_EQ(run("startswith", { s, S("hell") }), "True");
    EXPECT_EQ(run("endswith", { s, tuple_of({ S("x"), S("ld") }) }), "True");
    EXPECT_EQ(run("startswith", { s, I(1) }), "!TypeError: startswith first arg must be str or a tuple of str, not int");
    EXPECT_EQ(run("startswith", { S("abc"), S(""), I(4) }), "False");
    EXPECT_EQ(run("startswith", { S("abc"), S(""), I(3) }), "True");
    EXPECT_EQ(run("partition", { s, S(" ") }), "('hello', ' ', 'world')");
    EXPECT_EQ(run("rpartition", { s, S("x") }), "('', '', 'hello world')");
    EXPECT_EQ(run("partition", { s, S("") }), "!ValueError: empty separator");
}

TEST_F(StrTest, StripPadCase)
{
    EXPECT_EQ(run("strip", { S(" \t x \n") }), "x");
    EXPECT_EQ(run("strip", { S("xyxzyx"), S("xy") }), "z");
    EXPECT_EQ(run("rstrip", { S("abc  ") }), "abc");
    EXPECT_EQ(run("strip", { S("a"), I(1) }), "!TypeError: strip arg must be None or str");
    EXPECT_EQ(run("center", { S("abc"), I(6), S("*") }), "*abc**");
    EXPECT_EQ(run("center", { S("ab"), I(5) }), "  ab ");
    EXPECT_EQ(run("ljust", { S("ab"), I(4), S("\xE2\x82\xAC") }), "ab\xE2\x82\xAC\xE2\x82\xAC");
    EXPECT_EQ(run("rjust", { S("ab"), I(4) }), "  ab");
    EXPECT_EQ(run("center", { S("a"), I(5), S("ab") }), "!TypeError: The fill character must be exactly one character long");
    EXPECT_EQ(run("zfill", { S("-42"), I(6) }), "-00042");
    EXPECT_EQ(run("zfill", { S("+"), I(3) }), "+00");
    EXPECT_EQ(run("expandtabs", { S("a\tbc\td") }), "a       bc      d");
    EXPECT_EQ(run("expandtabs", { S("a\tb\nc\td"), I(4) }), "a   b\nc   d");
    EXPECT_EQ(run("upper", { S("abc\xC3\xA9\xC3\x9F") }), "ABC\xC3\x89SS");
    EXPECT_EQ(run("lower", { S("ABC\xC3\x89") }), "abc\xC3\xA9");
    EXPECT_EQ(run("lower", { S("A\xCE\xA3") }), "a\xCF\x82");  // final sigma
    EXPECT_EQ(run("title", { S("they're bill's") }), "They'Re Bill'S");
    EXPECT_EQ(run("capitalize", { S("hELLO") }), "Hello");
    EXPECT_EQ(run("swapcase", { S("aBc") }), "AbC");
    EXPECT_EQ(run("casefold", { S("Stra\xC3\x9F" "e") }), "strasse");
    EXPECT_EQ(run("upper", { S("a"), I(1) }), "!TypeError: str.upper() takes no arguments (1 given)");
}

TEST_F(StrTest, Predicates)
{
    EXPECT_EQ(run("isdigit", { S("123") }), "True");
    EXPECT_EQ(run("isdigit", { S("") }), "False");
    EXPECT_EQ(run("isdecimal", { S("\xC2\xB2") }), "False");
    EXPECT_EQ(run("isalpha", { S("ab\xC3\xA9") }), "True");
    EXPECT_EQ(run("isalnum", { S("ab1") }), "True");
    EXPECT_EQ(run("isspace", { S(" \t\xC2\x85") }), "True");
    EXPECT_EQ(run("isupper", { S("A1") }), "True");
    EXPECT_EQ(run("islower", { S("1") }), "False");
    EXPECT_EQ(run("istitle", { S("Hello World") }), "True");
    EXPECT_EQ(run("istitle", { S("Hello world") }), "False");
    EXPECT_EQ(run("isidentifier", { S("_x1") }), "True");
    EXPECT_EQ(run("isidentifier", { S("1x") }), "False");
    EXPECT_EQ(run("isprintable", { S("") }), "True");
    EXPECT_EQ(run("isprintable", { S("a\n") }), "False");
    EXPECT_EQ(run("isascii", { S("") }), "True");
}

TEST_F(StrTest, Format)
{
    auto format = [](std::string_view fmt, std::initializer_list<Val> args) {
        std::vector<Val> array;
        Ref<StrObject> f = S(fmt);
        array.push_back(f);
        array.insert(array.end(), args);
        auto result = str_format_method(array.data(), array.size(), nullptr);
        if (result.is_error())
            return "!" + take_error();
        return U8(result.value());
    };
    EXPECT_EQ(format("{}-{}", { S("a"), I(1) }), "a-1");
    EXPECT_EQ(format("{1}{0}{1}", { S("a"), S("b") }), "bab");
    EXPECT_EQ(format("{{}}{0!r:>5}", { S("a") }), "{}  'a'");
    EXPECT_EQ(format("{0:*^9}|{0:.2}", { S("abc") }), "***abc***|ab");
    EXPECT_EQ(format("{0:{1}}|", { S("a"), I(3) }), "a  |");
    EXPECT_EQ(format("{0[1]}", { S("xyz") }), "y");
    EXPECT_EQ(format("{0}{}", { I(1), I(2) }), "!ValueError: cannot switch from manual field specification to automatic field numbering");
    EXPECT_EQ(format("{}{0}", { I(1), I(2) }), "!ValueError: cannot switch from automatic field numbering to manual field specification");
    EXPECT_EQ(format("}", {}), "!ValueError: Single '}' encountered in format string");
    EXPECT_EQ(format("{", {}), "!ValueError: Single '{' encountered in format string");
    EXPECT_EQ(format("{0", {}), "!ValueError: expected '}' before end of string");
    EXPECT_EQ(format("{1}", { I(1) }), "!IndexError: Replacement index 1 out of range for positional args tuple");
    EXPECT_EQ(format("{x}", {}), "!KeyError: 'x'");
    EXPECT_EQ(format("{!x}", { I(1) }), "!ValueError: Unknown conversion specifier x");
    EXPECT_EQ(format("{0!}", { I(1) }), "!ValueError: unmatched '{' in format spec");
    EXPECT_EQ(format("{0!rr}", { I(1) }), "!ValueError: expected ':' after conversion specifier");
    EXPECT_EQ(format("{:{:{}}}", { I(1), I(2), I(3) }), "!ValueError: Max string recursion exceeded");
    EXPECT_EQ(format("{0.}", { I(1) }), "!ValueError: Empty attribute in format string");
    // The [0] lookup runs before the rest of the name is parsed, as in CPython.
    EXPECT_EQ(format("{0[0]x}", { I(1) }), "!TypeError: 'int' object is not subscriptable");
    EXPECT_EQ(format("{0{}", { I(1) }), "!ValueError: unexpected '{' in field name");
}

TEST_F(StrTest, FormatSpecForStr)
{
    EXPECT_EQ(spec_format(S("a"), ""), "a");
    EXPECT_EQ(spec_format(S("a"), "05"), "a0000");
    EXPECT_EQ(spec_format(S("abc"), "*^7.2"), "**ab***");
    EXPECT_EQ(spec_format(S("\xC3\xA9"), ">3"), "  \xC3\xA9");
    EXPECT_EQ(spec_format(S("a"), "\xE2\x82\xAC^5"), "\xE2\x82\xAC\xE2\x82\xAC" "a\xE2\x82\xAC\xE2\x82\xAC");
    EXPECT_EQ(spec_format(S("a"), "+"), "!ValueError: Sign not allowed in string format specifier");
    EXPECT_EQ(spec_format(S("a"), " "), "!ValueError: Space not allowed in string format specifier");
    EXPECT_EQ(spec_format(S("a"), "="), "!ValueError: '=' alignment not allowed in string format specifier");
    EXPECT_EQ(spec_format(S("a"), "#"), "!ValueError: Alternate form (#) not allowed in string format specifier");
    EXPECT_EQ(spec_format(S("a"), "d"), "!ValueError: Unknown format code 'd' for object of type 'str'");
    EXPECT_EQ(spec_format(S("a"), "ss"), "!ValueError: Invalid format specifier 'ss' for object of type 'str'");
    EXPECT_EQ(spec_format(S("a"), ","), "!ValueError: Cannot specify ',' with 's'.");
    EXPECT_EQ(spec_format(S("a"), "."), "!ValueError: Format specifier missing precision");
    EXPECT_EQ(spec_format(S("a"), "10000000000000000000000000"), "!ValueError: Too many decimal digits in format string");
}

TEST_F(StrTest, PercentFormat)
{
    EXPECT_EQ(percent("%s and %r", tuple_of({ S("a"), S("b") })), "a and 'b'");
    EXPECT_EQ(percent("%5d|%-5d|%05d|%+d|% d", tuple_of({ I(42), I(42), I(42), I(42), I(42) })), "   42|42   |00042|+42| 42");
    EXPECT_EQ(percent("%x %X %o %#x %#o", tuple_of({ I(255), I(255), I(8), I(255), I(8) })), "ff FF 10 0xff 0o10");
    EXPECT_EQ(percent("%#08x|%.3d|%x", tuple_of({ I(255), I(5), I(-255) })), "0x0000ff|005|-ff");
    EXPECT_EQ(percent("%c%c", tuple_of({ I(65), S("b") })), "Ab");
    EXPECT_EQ(percent("%.2s|%-5s|%05s|", tuple_of({ S("abc"), S("abc"), S("ab") })), "ab|abc  |   ab|");
    EXPECT_EQ(percent("%*d|%-*d|%.*s|", tuple_of({ I(4), I(1), I(3), I(2), I(-1), S("abc") })), "   1|2  ||");
    EXPECT_EQ(percent("100%%", tuple_of({})), "100%");
    EXPECT_EQ(percent("%s", I(5)), "5");
    EXPECT_EQ(percent("%d %d", I(1)), "!TypeError: not enough arguments for format string");
    EXPECT_EQ(percent("%d", tuple_of({ I(1), I(2) })), "!TypeError: not all arguments converted during string formatting");
    EXPECT_EQ(percent("%d", S("a")), "!TypeError: %d format: a real number is required, not str");
    EXPECT_EQ(percent("%x", S("a")), "!TypeError: %x format: an integer is required, not str");
    EXPECT_EQ(percent("%(a)s", I(1)), "!TypeError: format requires a mapping");
    EXPECT_EQ(percent("%z", I(1)), "!ValueError: unsupported format character 'z' (0x7a) at index 1");
    EXPECT_EQ(percent("%", tuple_of({})), "!ValueError: incomplete format");
    EXPECT_EQ(percent("%c", S("ab")), "!TypeError: %c requires int or char");
    EXPECT_EQ(percent("%c", I(0x110000)), "!OverflowError: %c arg not in range(0x110000)");
    EXPECT_EQ(percent("%*d", tuple_of({ S("a"), I(1) })), "!TypeError: * wants int");
    EXPECT_EQ(percent("%5%", tuple_of({})), "!TypeError: not enough arguments for format string");
    EXPECT_EQ(percent("abc", I(5)), "!TypeError: not all arguments converted during string formatting");
}

TEST_F(StrTest, Translate)
{
    Value table = MUST(method("maketrans", { S("abc"), S("xyz"), S("q") }));
    EXPECT_EQ(run("translate", { S("aabbq-c"), table }), "xxyy-z");
    EXPECT_EQ(run("maketrans", { S("ab"), S("a") }), "!ValueError: the first two maketrans arguments must have equal length");
    EXPECT_EQ(run("maketrans", { I(1) }), "!TypeError: if you give only one argument to maketrans it must be a dict");
}
