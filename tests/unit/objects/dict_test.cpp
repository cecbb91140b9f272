// Unit tests of the container internals: dict probing, growth, ordering and keys_version; set
// iteration order (which must match CPython 3.12's); tuple and frozenset hashes; list sorting.
#include "objects/dict.h"
#include "objects/list.h"
#include "objects/runtime.h"
#include "objects/set.h"
#include "objects/str.h"
#include "objects/tuple.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <random>
#include <vector>

namespace ginger {
namespace {

class ContainerTest : public ::testing::Test {
protected:
    void SetUp() override { runtime_init(); }
};

Val small(int64_t n) { return Val::small_int(n); }

std::vector<int64_t> dict_keys_in_order(DictObject* dict)
{
    std::vector<int64_t> keys;
    Val key, value;
    for (int64_t i = 0; dict_next(dict, i, key, value);)
        keys.push_back(key.small_int_value());
    return keys;
}

NativeFn native_method(TypeObject& type, std::string_view name)
{
    for (const MethodDef* m = type.methods; m && m->name; ++m) {
        if (name == m->name)
            return m->function;
    }
    return nullptr;
}

std::vector<int64_t> set_keys_in_order(SetObject* set)
{
    std::vector<int64_t> keys;
    Val key;
    for (int64_t i = 0; set_next(set, i, key);)
        keys.push_back(key.small_int_value());
    return keys;
}

void check_dict_invariants(DictObject* dict)
{
    EXPECT_LE(dict->used, dict->entries_used);
    EXPECT_LE(dict->entries_used, dict->entries_capacity);
    if (dict->index_size) {
        EXPECT_EQ(dict->index_size & (dict->index_size - 1), 0);
        EXPECT_LE(dict->entries_capacity, dict->index_size * 2 / 3);
    }
}

TEST_F(ContainerTest, DictInsertAndLookup)
{
    Ref<DictObject> dict = dict_new();
    EXPECT_EQ(dict->used, 0);
    EXPECT_TRUE(MUST(dict_get(dict.get(), small(1))).is_null());
    for (int64_t i = 0; i < 1000; ++i)
        MUST(dict_set(dict.get(), small(i), small(i * 2)));
    EXPECT_EQ(dict->used, 1000);
    for (int64_t i = 0; i < 1000; ++i) {
        Val value = MUST(dict_get(dict.get(), small(i)));
        ASSERT_FALSE(value.is_null());
        EXPECT_EQ(value.small_int_value(), i * 2);
    }
    EXPECT_TRUE(MUST(dict_get(dict.get(), small(1000))).is_null());
    EXPECT_TRUE(MUST(dict_get(dict.get(), small(-1))).is_null());
    check_dict_invariants(dict.get());
}

TEST_F(ContainerTest, DictReplaceKeepsPositionAndSize)
{
    Ref<DictObject> dict = dict_new();
    for (int64_t i : { 5, 3, 9 })
        MUST(dict_set(dict.get(), small(i), small(0)));
    MUST(dict_set(dict.get(), small(3), small(42)));
    EXPECT_EQ(dict->used, 3);
    EXPECT_EQ(dict_keys_in_order(dict.get()), (std::vector<int64_t> { 5, 3, 9 }));
    EXPECT_EQ(MUST(dict_get(dict.get(), small(3))).small_int_value(), 42);
}

TEST_F(ContainerTest, DictDeleteKeepsOrderAndReinsertGoesLast)
{
    Ref<DictObject> dict = dict_new();
    for (int64_t i = 0; i < 10; ++i)
        MUST(dict_set(dict.get(), small(i), small(i)));
    for (int64_t i = 0; i < 10; i += 2)
        EXPECT_TRUE(MUST(dict_delete(dict.get(), small(i))));
    EXPECT_FALSE(MUST(dict_delete(dict.get(), small(0))));
    EXPECT_EQ(dict->used, 5);
    EXPECT_EQ(dict_keys_in_order(dict.get()), (std::vector<int64_t> { 1, 3, 5, 7, 9 }));
    MUST(dict_set(dict.get(), small(0), small(100)));
    EXPECT_EQ(dict_keys_in_order(dict.get()), (std::vector<int64_t> { 1, 3, 5, 7, 9, 0 }));
    EXPECT_EQ(MUST(dict_get(dict.get(), small(0))).small_int_value(), 100);
    EXPECT_TRUE(MUST(dict_get(dict.get(), small(2))).is_null());
    check_dict_invariants(dict.get());
}

TEST_F(ContainerTest, DictManyKeysAndResize)
{
    Ref<DictObject> dict = dict_new();
    constexpr int64_t COUNT = 100000;
    int64_t last_index_size = 0;
    int resizes = 0;
    for (int64_t i = 0; i < COUNT; ++i) {
        // Spread keys so that many collide in the low bits.
        MUST(dict_set(dict.get(), small(i * 1024), small(i)));
        if (dict->index_size != last_index_size) {
            last_index_size = dict->index_size;
            ++resizes;
        }
    }
    EXPECT_GT(resizes, 5);
    EXPECT_EQ(dict->used, COUNT);
    check_dict_invariants(dict.get());
    for (int64_t i = 0; i < COUNT; ++i)
        ASSERT_EQ(MUST(dict_get(dict.get(), small(i * 1024))).small_int_value(), i);
    std::vector<int64_t> keys = dict_keys_in_order(dict.get());
    ASSERT_EQ(int64_t(keys.size()), COUNT);
    for (int64_t i = 0; i < COUNT; ++i)
        ASSERT_EQ(keys[size_t(i)], i * 1024);
}

TEST_F(ContainerTest, DictDeleteReinsertCyclesStayCompact)
{
    Ref<DictObject> dict = dict_new();
    for (int64_t i = 0; i < 5; ++i)
        MUST(dict_set(dict.get(), small(i), small(i)));
    for (int round = 0; round < 10000; ++round) {
        ASSERT_TRUE(MUST(dict_delete(dict.get(), small(2))));
        MUST(dict_set(dict.get(), small(2), small(round)));
    }
    EXPECT_EQ(dict->used, 5);
    EXPECT_LE(dict->index_size, 16);  // deleted entries are compacted away, the table does not grow
    EXPECT_EQ(dict_keys_in_order(dict.get()), (std::vector<int64_t> { 0, 1, 3, 4, 2 }));
    check_dict_invariants(dict.get());
}

TEST_F(ContainerTest, DictKeysVersion)
{
    Ref<DictObject> dict = dict_new();
    uint64_t v0 = dict->keys_version;
    MUST(dict_set(dict.get(), small(1), small(1)));
    uint64_t v1 = dict->keys_version;
    EXPECT_NE(v0, v1);
    MUST(dict_set(dict.get(), small(1), small(2)));  // value replaced: same keys
    EXPECT_EQ(dict->keys_version, v1);
    MUST(dict_set(dict.get(), small(2), small(2)));
    uint64_t v2 = dict->keys_version;
    EXPECT_NE(v2, v1);
    EXPECT_TRUE(MUST(dict_delete(dict.get(), small(1))));
    EXPECT_NE(dict->keys_version, v2);
    // Two dicts never share a version by accident.
    Ref<DictObject> other = dict_new();
    MUST(dict_set(other.get(), small(2), small(2)));
    EXPECT_NE(other->keys_version, dict->keys_version);
}

TEST_F(ContainerTest, DictStrKeys)
{
    Ref<DictObject> dict = dict_new();
    Ref<StrObject> alpha = str_from_ascii("alpha");
    Ref<StrObject> beta = str_from_ascii("beta");
    dict_set_str(dict.get(), alpha.get(), small(1));
    dict_set_str(dict.get(), beta.get(), small(2));
    EXPECT_EQ(dict->key_kind, 1u);
    // An equal but distinct string object finds the same entry.
    Ref<StrObject> alpha2 = str_from_ascii("alpha");
    EXPECT_EQ(dict_get_str(dict.get(), alpha2.get()).small_int_value(), 1);
    int64_t index = dict_find_str_index(dict.get(), beta.get());
    ASSERT_GE(index, 0);
    EXPECT_EQ(dict->entries[index].value.get().small_int_value(), 2);
    Ref<StrObject> gamma = str_from_ascii("gamma");
    EXPECT_EQ(dict_find_str_index(dict.get(), gamma.get()), -1);
    EXPECT_TRUE(dict_get_str(dict.get(), gamma.get()).is_null());
    MUST(dict_set(dict.get(), small(7), small(7)));
    EXPECT_EQ(dict->key_kind, 0u);
    EXPECT_EQ(dict_get_str(dict.get(), alpha2.get()).small_int_value(), 1);
}

TEST_F(ContainerTest, DictCopyAndClear)
{
    Ref<DictObject> dict = dict_new();
    for (int64_t i = 0; i < 50; ++i)
        MUST(dict_set(dict.get(), small(i), small(-i)));
    MUST(dict_delete(dict.get(), small(10)));
    Ref<DictObject> copy = dict_copy(dict.get());
    EXPECT_EQ(copy->used, 49);
    EXPECT_EQ(dict_keys_in_order(copy.get()), dict_keys_in_order(dict.get()));
    MUST(dict_set(copy.get(), small(1000), small(0)));
    EXPECT_TRUE(MUST(dict_get(dict.get(), small(1000))).is_null());
    dict_clear(dict.get());
    EXPECT_EQ(dict->used, 0);
    EXPECT_TRUE(MUST(dict_get(dict.get(), small(1))).is_null());
    MUST(dict_set(dict.get(), small(1), small(1)));
    EXPECT_EQ(dict_keys_in_order(dict.get()), (std::vector<int64_t> { 1 }));
    EXPECT_EQ(copy->used, 50);
}

TEST_F(ContainerTest, DictUpdateFromDict)
{
    Ref<DictObject> a = dict_new();
    Ref<DictObject> b = dict_new();
    MUST(dict_set(a.get(), small(1), small(1)));
    MUST(dict_set(a.get(), small(2), small(2)));
    MUST(dict_set(b.get(), small(2), small(20)));
    MUST(dict_set(b.get(), small(3), small(30)));
    MUST(dict_update(a.get(), b));
    EXPECT_EQ(dict_keys_in_order(a.get()), (std::vector<int64_t> { 1, 2, 3 }));
    EXPECT_EQ(MUST(dict_get(a.get(), small(2))).small_int_value(), 20);
}

// Expected orders come from CPython 3.12: print(list(s)).
TEST_F(ContainerTest, SetOrderOfSmallIntsMatchesCPython)
{
    Ref<SetObject> set = set_new();
    for (int64_t i : { 3, 1, 2 })
        MUST(set_add(set.get(), small(i)));
    EXPECT_EQ(set_keys_in_order(set.get()), (std::vector<int64_t> { 1, 2, 3 }));

    Ref<SetObject> spread = set_new();
    for (int64_t i : { 10, 100, 1000 })
        MUST(set_add(spread.get(), small(i)));
    EXPECT_EQ(set_keys_in_order(spread.get()), (std::vector<int64_t> { 1000, 10, 100 }));

    Ref<SetObject> negative = set_new();
    for (int64_t i : { -1, -2, 5, 8, 16 })
        MUST(set_add(negative.get(), small(i)));
    EXPECT_EQ(set_keys_in_order(negative.get()), (std::vector<int64_t> { 5, 8, 16, -2, -1 }));

    // s = set(); s.update(frozenset([5, 8, 16, -1, -2])): the merge re-inserts into a smaller table.
    Ref<SetObject> merged = set_new();
    MUST(set_update(merged.get(), negative));
    EXPECT_EQ(set_keys_in_order(merged.get()), (std::vector<int64_t> { 16, 5, -1, 8, -2 }));

    // fs = frozenset(range(0, 400, 7)); s = set(); s.update(fs); s |= {3, 1000}
    Ref<SetObject> frozen = set_new(&g_frozenset_type);
    for (int64_t i = 0; i < 400; i += 7)
        MUST(set_add(frozen.get(), small(i)));
    Ref<SetObject> grown = set_new();
    MUST(set_update(grown.get(), frozen));
    MUST(set_add(grown.get(), small(3)));
    MUST(set_add(grown.get(), small(1000)));
    std::vector<int64_t> order = set_keys_in_order(grown.get());
    ASSERT_EQ(order.size(), 60u);
    EXPECT_EQ(std::vector<int64_t>(order.begin(), order.begin() + 8), (std::vector<int64_t> { 0, 385, 259, 3, 133, 7, 392, 266 }));
    EXPECT_EQ(std::vector<int64_t>(order.end() - 4, order.end()), (std::vector<int64_t> { 119, 378, 252, 126 }));

    Ref<SetObject> descending = set_new();
    for (int64_t i = 19; i >= 0; --i)
        MUST(set_add(descending.get(), small(i)));
    std::vector<int64_t> expected(20);
    for (int64_t i = 0; i < 20; ++i)
        expected[size_t(i)] = i;
    EXPECT_EQ(set_keys_in_order(descending.get()), expected);
}

TEST_F(ContainerTest, SetDeletedSlotsAreNotReusedByAdd)
{
    // CPython 3.12: s = set(range(8)); s.remove(3); s.add(11); s.add(19) -> [0, 1, 2, 4, 5, 6, 7, 11, 19]
    Ref<SetObject> set = set_new();
    for (int64_t i = 0; i < 8; ++i)
        MUST(set_add(set.get(), small(i)));
    Val args[] = { Val(set.get()), small(3) };
    MUST(native_method(g_set_type, "remove")(args, 2, nullptr));
    EXPECT_FALSE(MUST(set_contains(set.get(), small(3))));
    MUST(set_add(set.get(), small(11)));
    MUST(set_add(set.get(), small(19)));
    EXPECT_EQ(set_keys_in_order(set.get()), (std::vector<int64_t> { 0, 1, 2, 4, 5, 6, 7, 11, 19 }));

    // s = set(range(100)); discard every third; add 1000 and -7.
    Ref<SetObject> big = set_new();
    for (int64_t i = 0; i < 100; ++i)
        MUST(set_add(big.get(), small(i)));
    for (int64_t i = 0; i < 100; i += 3) {
        Val discard_args[] = { Val(big.get()), small(i) };
        MUST(native_method(g_set_type, "discard")(discard_args, 2, nullptr));
    }
    MUST(set_add(big.get(), small(1000)));
    MUST(set_add(big.get(), small(-7)));
    std::vector<int64_t> expected;
    for (int64_t i = 0; i < 100; ++i) {
        if (i % 3)
            expected.push_back(i);
    }
    expected.push_back(1000);
    expected.push_back(-7);
    EXPECT_EQ(set_keys_in_order(big.get()), expected);
}

TEST_F(ContainerTest, SetFromListAndMerge)
{
    Ref<ListObject> list = list_new();
    for (int64_t i = 0; i < 100; ++i)
        list_append(list.get(), Value::small_int(i % 37));
    Ref<SetObject> set = set_new();
    MUST(set_update(set.get(), list));
    EXPECT_EQ(set->used, 37);
    Ref<SetObject> copy = set_new();
    MUST(set_update(copy.get(), set));
    EXPECT_EQ(set_keys_in_order(copy.get()), set_keys_in_order(set.get()));
}

TEST_F(ContainerTest, TupleAndFrozensetHashesMatchCPython)
{
    Ref<TupleObject> pair = tuple_of({ small(1), small(2) });
    EXPECT_EQ(MUST(g_tuple_type.hash(pair)), -3550055125485641917LL);
    EXPECT_EQ(MUST(g_tuple_type.hash(tuple_empty())), 5740354900026072187LL);
    Ref<TupleObject> inner = tuple_of({ small(2), small(3) });
    Ref<TupleObject> nested = tuple_of({ small(1), Val(inner.get()), small(-1) });
    EXPECT_EQ(MUST(g_tuple_type.hash(nested)), -4691468712706788113LL);

    Ref<SetObject> frozen = set_new(&g_frozenset_type);
    for (int64_t i : { 1, 2, 3 })
        MUST(set_add(frozen.get(), small(i)));
    EXPECT_EQ(MUST(g_frozenset_type.hash(frozen)), -272375401224217160LL);
    Ref<SetObject> range10 = set_new(&g_frozenset_type);
    for (int64_t i = 0; i < 10; ++i)
        MUST(set_add(range10.get(), small(i)));
    EXPECT_EQ(MUST(g_frozenset_type.hash(range10)), 3895031357313128696LL);
}

TEST_F(ContainerTest, ListSortSmallInts)
{
    std::mt19937_64 random(12345);
    for (int64_t size : { 0, 1, 2, 5, 31, 32, 33, 64, 65, 100, 1000, 5000 }) {
        Ref<ListObject> list = list_new();
        std::vector<int64_t> expected;
        for (int64_t i = 0; i < size; ++i) {
            int64_t n = int64_t(random() % 1000) - 500;
            expected.push_back(n);
            list_append(list.get(), Value::small_int(n));
        }
        MUST(list_sort(list.get(), Val(), false));
        std::sort(expected.begin(), expected.end());
        ASSERT_EQ(list->size, size);
        for (int64_t i = 0; i < size; ++i)
            ASSERT_EQ(list->item(i).small_int_value(), expected[size_t(i)]) << "size " << size << " index " << i;
        MUST(list_sort(list.get(), Val(), true));
        for (int64_t i = 0; i < size; ++i)
            ASSERT_EQ(list->item(i).small_int_value(), expected[size_t(size - 1 - i)]);
    }
}

TEST_F(ContainerTest, ListSortPartlyOrderedRuns)
{
    // Long ascending and descending runs exercise the merges and galloping.
    Ref<ListObject> list = list_new();
    std::vector<int64_t> expected;
    for (int64_t i = 0; i < 3000; ++i) {
        int64_t n = (i / 500) % 2 ? 10000 - i : i * 3 % 7919;
        expected.push_back(n);
        list_append(list.get(), Value::small_int(n));
    }
    MUST(list_sort(list.get(), Val(), false));
    std::sort(expected.begin(), expected.end());
    for (int64_t i = 0; i < list->size; ++i)
        ASSERT_EQ(list->item(i).small_int_value(), expected[size_t(i)]);
}

}  // namespace
}  // namespace ginger
