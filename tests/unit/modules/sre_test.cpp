// The _sre matching engine on its own: code lists that CPython 3.12's re._compiler produced (the pattern
// is in the first column; expected spans computed by CPython 3.12), the validator's rejections, deep
// backtracking without native recursion, and mutated code that must be rejected or matched safely.
#include "modules/sre_engine.h"

#include <gtest/gtest.h>

#include <random>
#include <string>
#include <vector>

using namespace ginger;
using sre::Code;

namespace {

struct Case {
    const char* pattern;
    int64_t groups;
    std::vector<Code> code;
    std::string subject;
    bool search;
    int64_t start, end;           // -1, -1: no match
    std::vector<int64_t> spans;   // start, end of each group
};

const Case s_cases[] = {
    { "a+b", 0, { 14, 4, 0, 2, 4294967295, 24, 6, 1, 4294967295, 16, 97, 1, 16, 98, 1 }, "xaab", true, 1, 4, {} },
    { "(a|b)*c", 1, { 14, 4, 0, 1, 4294967295, 23, 13, 0, 4294967295, 17, 0, 13, 5, 22, 97, 98, 0, 17, 1, 18, 16, 99, 1 }, "abac", false, 0, 4, { 2, 3 } },
    { "(?:ab)+?c", 0, { 14, 4, 0, 3, 4294967295, 23, 7, 1, 4294967295, 16, 97, 16, 98, 19, 16, 99, 1 }, "ababc", false, 0, 5, {} },
    { "(?<=a)b", 0, { 14, 4, 0, 1, 1, 4, 5, 1, 16, 97, 1, 16, 98, 1 }, "cab", true, 2, 3, {} },
    { "(?>a*)ab", 0, { 14, 4, 0, 2, 4294967295, 27, 9, 24, 6, 0, 4294967295, 16, 97, 1, 1, 16, 97, 16, 98, 1 }, "aaab", false, -1, -1, {} },
    { "a*+", 0, { 14, 4, 0, 0, 4294967295, 29, 6, 0, 4294967295, 16, 97, 1, 1 }, "aaa", false, 0, 3, {} },
    { "(a)?(?(1)b|c)", 1, { 14, 4, 0, 1, 2, 23, 9, 0, 1, 17, 0, 16, 97, 17, 1, 18, 12, 0, 6, 16, 98, 15, 3, 16, 99, 1 }, "c", false, 0, 1, { -1, -1 } },
    { "(?i)(a)\\1", 1, { 14, 4, 0, 2, 2, 17, 0, 40, 97, 17, 1, 38, 0, 1 }, "aA", false, 0, 2, { 0, 1 } },
    { "(?m)^x$", 0, { 14, 4, 0, 1, 1, 6, 1, 16, 120, 6, 6, 1 }, "y\nx", true, 2, 3, {} },
    { "(?:(a)|b)*", 1, { 14, 4, 0, 0, 4294967295, 23, 19, 0, 4294967295, 7, 9, 17, 0, 16, 97, 17, 1, 15, 7, 5, 16, 98, 15, 2, 0, 18, 1 }, "ab", false, 0, 2, { 0, 1 } },
    { "x{2,3}?", 0, { 14, 4, 0, 2, 3, 26, 6, 2, 3, 16, 120, 1, 1 }, "xxxx", false, 0, 2, {} },
    { "\\bfoo\\b", 0, { 14, 4, 0, 3, 3, 6, 10, 16, 102, 16, 111, 16, 111, 6, 10, 1 }, "a foo.", true, 2, 5, {} },
};

struct Outcome {
    sre::Status status;
    int64_t start = -1, end = -1;
    std::vector<int64_t> spans;
};

// Runs code over a byte subject as the _sre module does, and reads the groups as a Match would.
Outcome run(const std::vector<Code>& code, int64_t groups, const std::string& subject, bool search)
{
    sre::State state;
    state.data = subject.data();
    state.kind = 1;
    state.length = int64_t(subject.size());
    state.pos = state.start = state.ptr = 0;
    state.endpos = state.length;
    state.marks.assign(size_t(2 * groups + 2), -1);
    Outcome result;
    result.status = search ? sre::search(state, code) : sre::match(state, code);
    if (result.status != sre::Status::Success)
        return result;
    result.start = state.start;
    result.end = state.ptr;
    for (int64_t j = 0; j < 2 * groups; j += 2) {
        bool set = j + 1 <= state.lastmark && state.marks[j] >= 0 && state.marks[j + 1] >= 0;
        result.spans.push_back(set ? state.marks[j] : -1);
        result.spans.push_back(set ? state.marks[j + 1] : -1);
    }
    return result;
}

}  // namespace

TEST(Sre, CompiledPatternsMatchAsCPython)
{
    for (const Case& c : s_cases) {
        ASSERT_TRUE(sre::validate(c.code, c.groups)) << c.pattern;
        Outcome r = run(c.code, c.groups, c.subject, c.search);
        if (c.start < 0) {
            EXPECT_EQ(r.status, sre::Status::Failure) << c.pattern;
            continue;
        }
        ASSERT_EQ(r.status, sre::Status::Success) << c.pattern;
        EXPECT_EQ(r.start, c.start) << c.pattern;
        EXPECT_EQ(r.end, c.end) << c.pattern;
        EXPECT_EQ(r.spans, c.spans) << c.pattern;
    }
}

TEST(Sre, WideSubjects)
{
    // "(?i)straße" from CPython 3.12: the IN_UNI_IGNORE set holds 's' and 'ſ' (U+017F).
    std::vector<Code> code = { 14, 4, 0, 6, 6, 39, 6, 16, 115, 16, 383, 0, 40, 116, 40, 114, 40, 97, 40, 223, 40, 101, 1 };
    ASSERT_TRUE(sre::validate(code, 0));
    std::u16string text = u"\u017ftrAßE";
    sre::State state;
    state.data = text.data();
    state.kind = 2;
    state.length = state.endpos = int64_t(text.size());
    state.marks.assign(2, -1);
    EXPECT_EQ(sre::match(state, code), sre::Status::Success);
    EXPECT_EQ(state.ptr, 6);
    std::u32string wide = U"x\U0001F600STRASSE";
    state.data = wide.data();
    state.kind = 4;
    state.length = state.endpos = int64_t(wide.size());
    state.start = state.ptr = 0;
    EXPECT_EQ(sre::search(state, code), sre::Status::Failure);  // 'ß' does not match "SS" in CPython's sre
}

TEST(Sre, DeepBacktrackingUsesTheHeap)
{
    // "(a|b)*c" over 400,001 characters: every iteration is a backtracking point.
    std::vector<Code> code = { 14, 4, 0, 1, 4294967295, 23, 13, 0, 4294967295, 17, 0, 13, 5, 22, 97, 98, 0, 17, 1, 18, 16, 99, 1 };
    std::string subject;
    for (int i = 0; i < 200000; ++i)
        subject += "ab";
    Outcome failed = run(code, 1, subject, false);
    EXPECT_EQ(failed.status, sre::Status::Failure);
    subject += "c";
    Outcome r = run(code, 1, subject, false);
    ASSERT_EQ(r.status, sre::Status::Success);
    EXPECT_EQ(r.end, 400001);
    EXPECT_EQ(r.spans, (std::vector<int64_t> { 399999, 400000 }));
}

TEST(Sre, ValidatorRejectsMalformedCode)
{
    const std::vector<std::vector<Code>> bad = {
        {},                               // empty
        { 16, 97 },                       // no SUCCESS at the end
        { 16 },                           // missing argument
        { 15, 5, 1 },                     // a JUMP outside a BRANCH
        { 17, 9, 1 },                     // MARK beyond the groups
        { 11, 1, 1 },                     // GROUPREF beyond the groups
        { 13, 100, 0, 1 },                // IN skips past the end
        { 13, 3, 16, 97, 1 },             // set without FAILURE
        { 24, 6, 1, 0, 16, 97, 1, 1 },    // REPEAT_ONE with min > max
        { 24, 7, 0, 1, 16, 97, 16, 97, 1, 1 },  // REPEAT_ONE of two characters
        { 18, 1 },                        // MAX_UNTIL without REPEAT
        { 7, 100, 0, 1 },                 // BRANCH alternative past the end
        { 6, 12, 1 },                     // unknown AT code
        { 13, 4, 8, 18, 0, 1 },           // unknown CATEGORY
        { 13, 67, 10, 1, 1 },             // BIGCHARSET block index beyond its blocks (and too short)
        { 14, 99, 0, 0, 0, 1 },           // INFO past the end
        { 42, 1 },                        // RANGE_UNI_IGNORE outside a set
        { 99, 1 },                        // not an opcode
    };
    for (const auto& code : bad)
        EXPECT_FALSE(sre::validate(code, 1)) << ::testing::PrintToString(code);
    EXPECT_TRUE(sre::validate({ 1 }, 0));
    EXPECT_TRUE(sre::validate({ 11, 0, 1 }, 1));
}

TEST(Sre, MutatedCodeIsRejectedOrRunsSafely)
{
    std::mt19937 random(12345);
    int accepted = 0;
    for (int round = 0; round < 3000; ++round) {
        const Case& c = s_cases[random() % std::size(s_cases)];
        std::vector<Code> code = c.code;
        for (int k = 0; k < 1 + int(random() % 3); ++k) {
            size_t i = random() % code.size();
            switch (random() % 4) {
            case 0: code[i] = Code(random() % 45); break;
            case 1: code[i] = Code(random()); break;
            case 2: code[i] += Code(random() % 5) - 2; break;
            default: code.erase(code.begin() + int64_t(i)); break;
            }
            if (code.empty())
                break;
        }
        if (!sre::validate(code, c.groups))
            continue;
        ++accepted;
        for (const char* subject : { "", "abc", "aXbbc\n", "xyzzyxyzzy", "ababababc" }) {
            run(code, c.groups, subject, false);
            run(code, c.groups, subject, true);
        }
    }
    EXPECT_GT(accepted, 100);
}
