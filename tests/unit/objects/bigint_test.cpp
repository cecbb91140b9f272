// Big integers at scale: 100,000-digit products, quotients and decimal round trips must be exact and
// fast (GMP's subquadratic algorithms, not schoolbook loops on our side). int_test.cpp covers parsing,
// rounding and formatting of ordinary sizes.
#include "objects/dict.h"  // first: TypeObject holds Ref<DictObject>
#include "objects/exceptions.h"
#include "objects/int.h"
#include "objects/runtime.h"

#include <gtest/gtest.h>

#include <chrono>
#include <string>

using namespace ginger;

namespace {

class BigIntTest : public ::testing::Test {
protected:
    void SetUp() override
    {
        runtime_init();
        m_saved_limit = g_int_max_str_digits;
        g_int_max_str_digits = 0;  // as sys.set_int_max_str_digits(0)
    }
    void TearDown() override { g_int_max_str_digits = m_saved_limit; }

private:
    int64_t m_saved_limit = 0;
};

Value parse(const std::string& text, int base = 10)
{
    auto result = int_from_string(text, base);
    EXPECT_FALSE(result.is_error()) << text.substr(0, 40);
    if (result.is_error()) {
        clear_error();
        return int_from_int64(0);
    }
    return result.release_value();
}

Value op(Val a, Val b, BinaryOp which)
{
    auto result = int_binary(a, b, which);
    EXPECT_FALSE(result.is_error());
    if (result.is_error()) {
        clear_error();
        return int_from_int64(0);
    }
    return result.release_value();
}

// A deterministic pseudo-random string of decimal digits with a non-zero lead.
std::string digits(size_t count, uint32_t seed)
{
    std::string out(count, '0');
    uint64_t state = seed * 6364136223846793005ull + 1442695040888963407ull;
    for (size_t i = 0; i < count; ++i) {
        state = state * 6364136223846793005ull + 1442695040888963407ull;
        out[i] = char('0' + (state >> 33) % 10);
    }
    if (out[0] == '0')
        out[0] = '7';
    return out;
}

double seconds_since(std::chrono::steady_clock::time_point start)
{
    return std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
}

}  // namespace

TEST_F(BigIntTest, HundredThousandDigitStrRoundTrip)
{
    std::string text = digits(100000, 1);
    auto start = std::chrono::steady_clock::now();
    Value n = parse(text);
    std::string back = int_to_decimal(n);
    Value negative = parse("-" + text);
    std::string negative_back = int_to_decimal(negative);
    double elapsed = seconds_since(start);
    EXPECT_EQ(back, text);
    EXPECT_EQ(negative_back, "-" + text);
    EXPECT_LT(elapsed, 1.0);
    // Through hex and back.
    std::string hex = int_to_base(n, 16);
    ASSERT_EQ(hex.substr(0, 2), "0x");
    EXPECT_EQ(int_to_decimal(parse(hex, 0)), text);
}

TEST_F(BigIntTest, HundredThousandDigitMultiplyAndDivide)
{
    Value a = parse(digits(100000, 2));
    Value b = parse(digits(100000, 3));
    Value r = parse(digits(5000, 4));
    auto start = std::chrono::steady_clock::now();
    Value product = op(a, b, BinaryOp::Mul);
    Value dividend = op(product, r, BinaryOp::Add);  // a * b + r with r < b
    Value quotient = op(dividend, b, BinaryOp::FloorDiv);
    Value remainder = op(dividend, b, BinaryOp::Mod);
    std::string product_text = int_to_decimal(product);
    double elapsed = seconds_since(start);
    EXPECT_EQ(int_compare(quotient, a), 0);
    EXPECT_EQ(int_compare(remainder, r), 0);
    EXPECT_TRUE(product_text.size() == 199999 || product_text.size() == 200000);
    EXPECT_LT(elapsed, 1.0);
    // The product's text parses back to the same number.
    EXPECT_EQ(int_compare(parse(product_text), product), 0);
}

TEST_F(BigIntTest, FloorDivisionAndModuloSignsOfHugeValues)
{
    Value a = parse(digits(30000, 5));
    Value b = parse(digits(12000, 6));
    Value minus_a = int_negate(a);
    Value minus_b = int_negate(b);
    // Python's rules: q = floor(a / b), and a == q * b + r with r of b's sign.
    for (Val x : { a.get(), minus_a.get() }) {
        for (Val y : { b.get(), minus_b.get() }) {
            Value q = op(x, y, BinaryOp::FloorDiv);
            Value m = op(x, y, BinaryOp::Mod);
            Value back = op(op(q, y, BinaryOp::Mul), m, BinaryOp::Add);
            EXPECT_EQ(int_compare(back, x), 0);
            if (int_sign(m) != 0) {
                EXPECT_EQ(int_sign(m), int_sign(y));
            }
        }
    }
}

TEST_F(BigIntTest, PowersAndShifts)
{
    auto start = std::chrono::steady_clock::now();
    Value big = op(Val::small_int(3), Val::small_int(200000), BinaryOp::Pow);  // 95,425 digits
    std::string text = int_to_decimal(big);
    EXPECT_LT(seconds_since(start), 1.0);
    EXPECT_EQ(text.size(), 95425u);
    EXPECT_EQ(text.substr(text.size() - 4), "0001");  // 3**200000 = 1 mod 10**4 (3**500 = 1 mod 10**4)
    Value shifted = op(Val::small_int(1), Val::small_int(300000), BinaryOp::LShift);
    EXPECT_EQ(int_bit_length(shifted), 300001u);
    Value back = op(shifted, Val::small_int(299999), BinaryOp::RShift);
    ASSERT_TRUE(back.get().is_small_int());
    EXPECT_EQ(back.get().small_int_value(), 2);
    // Results that shrink back into the small range become tagged again.
    Value zero = op(big, big, BinaryOp::Sub);
    EXPECT_TRUE(zero.get().is_small_int());
    EXPECT_EQ(zero.get().small_int_value(), 0);
}

TEST_F(BigIntTest, StrLimitAppliesAgainWhenRestored)
{
    g_int_max_str_digits = 4300;
    EXPECT_TRUE(int_from_string(digits(5000, 7), 10).is_error());
    clear_error();
    EXPECT_FALSE(int_from_string(digits(4300, 7), 10).is_error());
}
