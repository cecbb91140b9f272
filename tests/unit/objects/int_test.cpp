// Unit tests of the numeric types' pure helpers: float repr, int parsing and printing, correct
// rounding of int -> float, numeric hashes and the format-spec mini-language. Expected values come
// from CPython 3.12.
#include "objects/dict.h"  // first: TypeObject holds Ref<DictObject>
#include "objects/float.h"
#include "objects/int_object.h"
#include "objects/numformat.h"
#include "objects/protocol.h"
#include "objects/runtime.h"

#include <gtest/gtest.h>

#include <cmath>

using namespace ginger;

namespace {

class NumericTest : public ::testing::Test {
protected:
    void SetUp() override { runtime_init(); }
};

std::string decimal_of(std::string_view text, int base = 10)
{
    auto result = int_from_string(text, base);
    EXPECT_FALSE(result.is_error());
    return int_to_decimal(result.value());
}

double double_of(std::string_view text)
{
    Value v = MUST(int_from_string(text, 10));
    return MUST(int_to_double(v));
}

std::string formatted(Val v, const char* spec)
{
    Ref<StrObject> s = str_from_utf8(spec);
    auto result = is_float(v) ? float_format(float_value(v), s.get()) : int_format(v, s.get());
    EXPECT_FALSE(result.is_error());
    if (result.is_error()) {
        clear_error();
        return "<error>";
    }
    return std::string(result.value().as<StrObject>()->view());
}

}  // namespace

TEST_F(NumericTest, FloatReprIsShortestRoundTrip)
{
    EXPECT_EQ(float_repr(1.0), "1.0");
    EXPECT_EQ(float_repr(0.1), "0.1");
    EXPECT_EQ(float_repr(0.1 + 0.2), "0.30000000000000004");
    EXPECT_EQ(float_repr(1e16), "1e+16");
    EXPECT_EQ(float_repr(1e15), "1000000000000000.0");
    EXPECT_EQ(float_repr(1e-5), "1e-05");
    EXPECT_EQ(float_repr(1e-4), "0.0001");
    EXPECT_EQ(float_repr(1.5e-7), "1.5e-07");
    EXPECT_EQ(float_repr(-0.0), "-0.0");
    EXPECT_EQ(float_repr(1e22), "1e+22");
    EXPECT_EQ(float_repr(123456789012345678.0), "1.2345678901234568e+17");
    EXPECT_EQ(float_repr(1.7976931348623157e308), "1.7976931348623157e+308");
    EXPECT_EQ(float_repr(5e-324), "5e-324");
    EXPECT_EQ(float_repr(INFINITY), "inf");
    EXPECT_EQ(float_repr(-INFINITY), "-inf");
    EXPECT_EQ(float_repr(NAN), "nan");
}

TEST_F(NumericTest, SmallIntsStayTagged)
{
    EXPECT_TRUE(int_from_int64(SMALL_INT_MAX).get().is_small_int());
    EXPECT_TRUE(int_from_int64(SMALL_INT_MIN).get().is_small_int());
    EXPECT_FALSE(int_from_int64(SMALL_INT_MAX + 1).get().is_small_int());
    // A big result that shrinks back is normalized.
    Value big = int_from_int64(SMALL_INT_MAX + 1);
    Value back = MUST(int_binary(big, Val::small_int(1), BinaryOp::Sub));
    EXPECT_TRUE(back.get().is_small_int());
    EXPECT_EQ(back.get().small_int_value(), SMALL_INT_MAX);
}

TEST_F(NumericTest, ParsesAndPrintsHugeInts)
{
    std::string digits(4000, '7');
    EXPECT_EQ(decimal_of(digits), digits);
    EXPECT_EQ(decimal_of("-" + digits), "-" + digits);
    EXPECT_EQ(decimal_of("  1_000_000_000_000_000_000_000  "), "1000000000000000000000");
    EXPECT_EQ(decimal_of("0x_ffff_ffff_ffff_ffff_ffff", 0), "1208925819614629174706175");
    EXPECT_EQ(decimal_of("-0b" + std::string(100, '1'), 0), "-1267650600228229401496703205375");
    EXPECT_EQ(decimal_of("zz", 36), "1295");
    EXPECT_EQ(int_to_base(MUST(int_from_string("-255", 10)), 16), "-0xff");
}

TEST_F(NumericTest, RejectsBadIntLiterals)
{
    for (const char* text : { "", " ", "_1", "1_", "1__0", "0x", "- 5", "1 2", "++1" }) {
        EXPECT_TRUE(int_from_string(text, 10).is_error()) << text;
        clear_error();
    }
    EXPECT_TRUE(int_from_string("010", 0).is_error());
    clear_error();
    EXPECT_TRUE(int_from_string(std::string(4301, '9'), 10).is_error());  // the 4300-digit limit
    clear_error();
    EXPECT_FALSE(int_from_string(std::string(5000, 'f'), 16).is_error());  // no limit for base 16
}

TEST_F(NumericTest, IntToDoubleRoundsCorrectly)
{
    EXPECT_EQ(double_of("9007199254740993"), 9007199254740992.0);   // 2**53 + 1: tie, to even
    EXPECT_EQ(double_of("9007199254740995"), 9007199254740996.0);   // 2**53 + 3: tie, to even
    EXPECT_EQ(double_of("18014398509481987"), 18014398509481988.0);  // 2**54 + 3
    EXPECT_EQ(double_of("12345678901234567890123"), 1.2345678901234568e+22);
    EXPECT_EQ(double_of("-12345678901234567890123"), -1.2345678901234568e+22);
    // 2**64 + 2**11 + 1 lies just above the tie between 2**64 and 2**64 + 2**12: round up.
    EXPECT_EQ(double_of("18446744073709553665"), 18446744073709555712.0);
    Value too_big = MUST(int_binary(Val::small_int(1), Val::small_int(1024), BinaryOp::LShift));
    EXPECT_TRUE(int_to_double(too_big).is_error());
    clear_error();
}

TEST_F(NumericTest, TrueDivisionRoundsCorrectly)
{
    Value big = MUST(int_from_string("123456789012345678901234567890", 10));
    Value q = MUST(int_binary(big, Val::small_int(3), BinaryOp::TrueDiv));
    EXPECT_EQ(float_value(q), 4.115226300411523e+28);
    Value power = MUST(int_binary(Val::small_int(2), Val::small_int(1074), BinaryOp::Pow));
    Value tiny = MUST(int_binary(Val::small_int(1), power, BinaryOp::TrueDiv));
    EXPECT_EQ(float_value(tiny), 5e-324);
}

TEST_F(NumericTest, HashesMatchCPython)
{
    EXPECT_EQ(int_hash(Val::small_int(-1)), -2);
    EXPECT_EQ(int_hash(Val::small_int(SMALL_INT_MAX)), 0);
    EXPECT_EQ(int_hash(Val::small_int(SMALL_INT_MIN)), -2);
    EXPECT_EQ(float_hash(1.5), 1152921504606846977);
    EXPECT_EQ(float_hash(-0.5), -1152921504606846976);
    EXPECT_EQ(float_hash(1e300), 1224995262755759164);
    EXPECT_EQ(float_hash(0.1), 230584300921369408);
    EXPECT_EQ(float_hash(1e-300), 482449582752280463);
    EXPECT_EQ(float_hash(-1.0), -2);
    EXPECT_EQ(float_hash(INFINITY), 314159);
    // Equal numbers hash alike across types.
    Value power = MUST(int_binary(Val::small_int(2), Val::small_int(80), BinaryOp::Pow));
    EXPECT_EQ(int_hash(power), float_hash(std::ldexp(1.0, 80)));
}

TEST_F(NumericTest, IntFloatComparisonIsExact)
{
    Value above = MUST(int_from_string("9007199254740993", 10));
    EXPECT_EQ(int_compare_double(above, 9007199254740992.0), 1);
    EXPECT_EQ(int_compare_double(Val::small_int(5), 5.5), -1);
    EXPECT_EQ(int_compare_double(Val::small_int(-5), -5.5), 1);
    EXPECT_EQ(int_compare_double(Val::small_int(5), NAN), 2);
    EXPECT_EQ(int_compare_double(Val::small_int(5), -INFINITY), 1);
}

TEST_F(NumericTest, ParsesFloats)
{
    auto parse = [](std::string_view text) { return float_value(MUST(float_from_string(text))); };
    EXPECT_EQ(parse(" 1_0.5 "), 10.5);
    EXPECT_EQ(parse("-iNF"), -INFINITY);
    EXPECT_TRUE(std::isnan(parse("nan")));
    EXPECT_EQ(parse("1e500"), INFINITY);
    EXPECT_EQ(parse(".5"), 0.5);
    EXPECT_EQ(parse("2.2250738585072011e-308"), 2.2250738585072011e-308);
    for (const char* text : { "", " ", "1_", "._5", "1_.5", "1e_5", ".e5", "0x10", "infinit", "nan1" }) {
        EXPECT_TRUE(float_from_string(text).is_error()) << text;
        clear_error();
    }
}

TEST_F(NumericTest, FormatSpecs)
{
    Value i1234 = Value::small_int(1234);
    EXPECT_EQ(formatted(i1234, "010,"), "00,001,234");
    EXPECT_EQ(formatted(i1234, "08,"), "0,001,234");
    EXPECT_EQ(formatted(Value::small_int(12345678), "#_b"), "0b1011_1100_0110_0001_0100_1110");
    EXPECT_EQ(formatted(Value::small_int(12), "^#10x"), "   0xc    ");
    EXPECT_EQ(formatted(Value::small_int(-12), "=+10"), "-       12");
    EXPECT_EQ(formatted(Value::small_int(5), ".2f"), "5.00");
    Value f = float_from_double(1234.5);
    EXPECT_EQ(formatted(f, "010,.1f"), "0,001,234.5");
    EXPECT_EQ(formatted(f, ".2"), "1.2e+03");
    EXPECT_EQ(formatted(float_from_double(1e5), ".6"), "1e+05");
    EXPECT_EQ(formatted(float_from_double(0.125), ".2f"), "0.12");
    EXPECT_EQ(formatted(float_from_double(-0.0), "z.1f"), "0.0");
    EXPECT_EQ(formatted(float_from_double(INFINITY), "010"), "0000000inf");
    EXPECT_EQ(formatted(float_from_double(0.5), "%"), "50.000000%");
    EXPECT_EQ(formatted(float_from_double(1.5), "#.3"), "1.50");
}
