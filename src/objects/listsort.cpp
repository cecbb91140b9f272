// list.sort(): a stable natural merge sort in the manner of timsort (runs found in the data, short runs
// extended by binary insertion, merges balanced on a run stack, galloping when one run keeps winning),
// with comparison fast paths when every key is a small int, a float or an exact str.
#include "objects/list.h"

#include "objects/container_util.h"
#include "objects/dict.h"
#include "objects/float.h"
#include "objects/tuple.h"

#include <cstdlib>
#include <cstring>
#include <vector>

namespace ginger {

namespace {

// What the sort moves around: a key alone, or a key with the list item it came from.
struct KeyedItem {
    Val key;
    Val value;
};
inline Val key_of(Val v) { return v; }
inline Val key_of(const KeyedItem& item) { return item.key; }

// Comparators return 1 for "a < b", 0 for not, -1 when an exception is set.
struct SmallIntLess {
    int operator()(Val a, Val b) const { return int64_t(a.bits()) < int64_t(b.bits()); }
};
struct FloatLess {
    int operator()(Val a, Val b) const { return float_value(a) < float_value(b); }
};
struct StrLess {
    int operator()(Val a, Val b) const { return str_compare(a.as<StrObject>(), b.as<StrObject>()) < 0; }
};
struct GenericLess {
    int operator()(Val a, Val b) const
    {
        auto result = rich_compare_bool(a, b, CompareOp::Lt);
        if (result.is_error())
            return -1;
        return result.release_value() ? 1 : 0;
    }
};

constexpr int64_t MIN_GALLOP = 7;

template<class Item, class Less>
class MergeSort {
public:
    MergeSort(Item* items, int64_t count, Less less) : m_items(items), m_count(count), m_less(less) { }

    // False when a comparison raised; the items are then still a permutation of the input.
    bool sort()
    {
        if (m_count < 2)
            return true;
        int64_t min_run = compute_min_run(m_count);
        int64_t low = 0;
        int64_t remaining = m_count;
        while (remaining > 0) {
            bool descending = false;
            int64_t run = count_run(low, low + remaining, descending);
            if (run < 0)
                return false;
            if (descending)
                std::reverse(m_items + low, m_items + low + run);
            if (run < min_run) {
                int64_t forced = std::min(remaining, min_run);
                if (!binary_insertion_sort(low, low + forced, low + run))
                    return false;
                run = forced;
            }
            m_runs.push_back({ low, run });
            if (!merge_collapse())
                return false;
            low += run;
            remaining -= run;
        }
        while (m_runs.size() > 1) {
            size_t n = m_runs.size() - 2;
            if (n > 0 && m_runs[n - 1].length < m_runs[n + 1].length)
                --n;
            if (!merge_at(n))
                return false;
        }
        return true;
    }

private:
    struct Run {
        int64_t base;
        int64_t length;
    };

    int less(const Item& a, const Item& b) { return m_less(key_of(a), key_of(b)); }

    static int64_t compute_min_run(int64_t n)
    {
        int64_t extra = 0;
        while (n >= 64) {
            extra |= n & 1;
            n >>= 1;
        }
        return n + extra;
    }

    // The length of the run starting at low (a strictly descending run is reported as such, to be
    // reversed: strictness keeps the sort stable). -1 on error.
    int64_t count_run(int64_t low, int64_t high, bool& descending)
    {
        if (low + 1 == high)
            return 1;
        int64_t n = 2;
        int c = less(m_items[low + 1], m_items[low]);
        if (c < 0)
            return -1;
        descending = c;
        for (int64_t i = low + 2; i < high; ++i, ++n) {
            c = less(m_items[i], m_items[i - 1]);
            if (c < 0)
                return -1;
            if (bool(c) != descending)
                break;
        }
        return n;
    }

    // Sorts [low, high) given that [low, start) is already sorted.
    bool binary_insertion_sort(int64_t low, int64_t high, int64_t start)
    {
        for (; start < high; ++start) {
            Item pivot = m_items[start];
            int64_t left = low, right = start;
            while (left < right) {
                int64_t middle = left + ((right - left) >> 1);
                int c = less(pivot, m_items[middle]);
                if (c < 0)
                    return false;
                if (c)
                    right = middle;
                else
                    left = middle + 1;
            }
            memmove(static_cast<void*>(m_items + left + 1), m_items + left, size_t(start - left) * sizeof(Item));
            m_items[left] = pivot;
        }
        return true;
    }

    // Keeps the run lengths on the stack decreasing fast enough that merges stay balanced (with the
    // 2015 fix that checks the top four runs).
    bool merge_collapse()
    {
        while (m_runs.size() > 1) {
            int64_t n = int64_t(m_runs.size()) - 2;
            auto& r = m_runs;
            if ((n > 0 && r[n - 1].length <= r[n].length + r[n + 1].length)
                || (n > 1 && r[n - 2].length <= r[n - 1].length + r[n].length)) {
                if (r[n - 1].length < r[n + 1].length)
                    --n;
            } else if (r[n].length > r[n + 1].length) {
                break;
            }
            if (!merge_at(size_t(n)))
                return false;
        }
        return true;
    }

    // Where key belongs in the sorted items[base, base + length): the leftmost position if `left`,
    // else after any equal items. Exponential search from `hint`, then binary search. -1 on error.
    int64_t gallop(const Item& key, Item* base, int64_t length, int64_t hint, bool left)
    {
        // "key goes after base[i]": base[i] < key for the leftmost position, !(key < base[i]) otherwise.
        auto goes_after = [&](int64_t i) -> int {
            if (left)
                return less(base[i], key);
            int c = less(key, base[i]);
            return c < 0 ? -1 : !c;
        };
        int64_t last = 0, offset = 1;
        int c = goes_after(hint);
        if (c < 0)
            return -1;
        if (c) {
            int64_t max_offset = length - hint;
            while (offset < max_offset) {
                c = goes_after(hint + offset);
                if (c < 0)
                    return -1;
                if (!c)
                    break;
                last = offset;
                offset = (offset << 1) + 1;
            }
            offset = std::min(offset, max_offset);
            last += hint + 1;
            offset += hint;
        } else {
            int64_t max_offset = hint + 1;
            while (offset < max_offset) {
                c = goes_after(hint - offset);
                if (c < 0)
                    return -1;
                if (c)
                    break;
                last = offset;
                offset = (offset << 1) + 1;
            }
            offset = std::min(offset, max_offset);
            int64_t k = last;
            last = hint - offset + 1;
            offset = hint - k;
        }
        // Now base[last - 1] is before key and base[offset] is not; binary search between them.
        while (last < offset) {
            int64_t middle = last + ((offset - last) >> 1);
            c = goes_after(middle);
            if (c < 0)
                return -1;
            if (c)
                last = middle + 1;
            else
                offset = middle;
        }
        return offset;
    }

    bool merge_at(size_t i)
    {
        Run a = m_runs[i];
        Run b = m_runs[i + 1];
        m_runs[i].length = a.length + b.length;
        m_runs.erase(m_runs.begin() + int64_t(i) + 1);
        // Items of A already before B[0], and items of B already after A's last, stay where they are.
        int64_t k = gallop(m_items[b.base], m_items + a.base, a.length, 0, false);
        if (k < 0)
            return false;
        a.base += k;
        a.length -= k;
        if (a.length == 0)
            return true;
        int64_t kb = gallop(m_items[a.base + a.length - 1], m_items + b.base, b.length, b.length - 1, true);
        if (kb < 0)
            return false;
        b.length = kb;
        if (b.length == 0)
            return true;
        if (a.length <= b.length)
            return merge_low(a, b);
        return merge_high(a, b);
    }

    // Merges with A copied out (A is the shorter run), filling from the left.
    bool merge_low(Run a, Run b)
    {
        m_temp.assign(m_items + a.base, m_items + a.base + a.length);
        Item* temp = m_temp.data();
        int64_t ia = 0, na = a.length;
        Item* pb = m_items + b.base;
        int64_t nb = b.length;
        Item* dest = m_items + a.base;
        bool ok = true;
        int64_t min_gallop = m_min_gallop;
        while (na > 0 && nb > 0) {
            int64_t wins_a = 0, wins_b = 0;
            // One item at a time until a run keeps winning.
            while (na > 0 && nb > 0) {
                int c = less(*pb, temp[ia]);
                if (c < 0) {
                    ok = false;
                    goto done;
                }
                if (c) {
                    *dest++ = *pb++;
                    --nb;
                    ++wins_b;
                    wins_a = 0;
                    if (wins_b >= min_gallop)
                        break;
                } else {
                    *dest++ = temp[ia++];
                    --na;
                    ++wins_a;
                    wins_b = 0;
                    if (wins_a >= min_gallop)
                        break;
                }
            }
            if (na == 0 || nb == 0)
                break;
            // Galloping: copy whole stretches found by exponential search.
            ++min_gallop;
            do {
                min_gallop -= min_gallop > 1;
                int64_t k = gallop(*pb, temp + ia, na, 0, false);
                if (k < 0) {
                    ok = false;
                    goto done;
                }
                memcpy(static_cast<void*>(dest), temp + ia, size_t(k) * sizeof(Item));
                dest += k;
                ia += k;
                na -= k;
                wins_a = k;
                if (na == 0)
                    break;
                *dest++ = *pb++;
                --nb;
                if (nb == 0)
                    break;
                k = gallop(temp[ia], pb, nb, 0, true);
                if (k < 0) {
                    ok = false;
                    goto done;
                }
                memmove(static_cast<void*>(dest), pb, size_t(k) * sizeof(Item));
                dest += k;
                pb += k;
                nb -= k;
                wins_b = k;
                if (nb == 0)
                    break;
                *dest++ = temp[ia++];
                --na;
                if (na == 0)
                    break;
            } while (wins_a >= MIN_GALLOP || wins_b >= MIN_GALLOP);
            ++min_gallop;
        }
    done:
        m_min_gallop = std::max<int64_t>(min_gallop, 1);
        // What remains of A fills the hole before the rest of B (also after an error).
        if (na > 0)
            memcpy(static_cast<void*>(dest), temp + ia, size_t(na) * sizeof(Item));
        return ok;
    }

    // Merges with B copied out (B is the shorter run), filling from the right.
    bool merge_high(Run a, Run b)
    {
        m_temp.assign(m_items + b.base, m_items + b.base + b.length);
        Item* temp = m_temp.data();
        int64_t nb = b.length;  // temp[0, nb) remains
        Item* a_base = m_items + a.base;
        int64_t na = a.length;  // a_base[0, na) remains
        Item* dest = m_items + b.base + b.length;  // one past the next slot to fill
        bool ok = true;
        int64_t min_gallop = m_min_gallop;
        while (na > 0 && nb > 0) {
            int64_t wins_a = 0, wins_b = 0;
            while (na > 0 && nb > 0) {
                int c = less(temp[nb - 1], a_base[na - 1]);
                if (c < 0) {
                    ok = false;
                    goto done;
                }
                if (c) {
                    *--dest = a_base[--na];
                    ++wins_a;
                    wins_b = 0;
                    if (wins_a >= min_gallop)
                        break;
                } else {
                    *--dest = temp[--nb];
                    ++wins_b;
                    wins_a = 0;
                    if (wins_b >= min_gallop)
                        break;
                }
            }
            if (na == 0 || nb == 0)
                break;
            ++min_gallop;
            do {
                min_gallop -= min_gallop > 1;
                // Items of A after B's last item move as a block.
                int64_t k = gallop(temp[nb - 1], a_base, na, na - 1, false);
                if (k < 0) {
                    ok = false;
                    goto done;
                }
                int64_t moved = na - k;
                dest -= moved;
                memmove(static_cast<void*>(dest), a_base + k, size_t(moved) * sizeof(Item));
                na = k;
                wins_a = moved;
                if (na == 0)
                    break;
                *--dest = temp[--nb];
                if (nb == 0)
                    break;
                k = gallop(a_base[na - 1], temp, nb, nb - 1, true);
                if (k < 0) {
                    ok = false;
                    goto done;
                }
                moved = nb - k;
                dest -= moved;
                memcpy(static_cast<void*>(dest), temp + k, size_t(moved) * sizeof(Item));
                nb = k;
                wins_b = moved;
                if (nb == 0)
                    break;
                *--dest = a_base[--na];
                if (na == 0)
                    break;
            } while (wins_a >= MIN_GALLOP || wins_b >= MIN_GALLOP);
            ++min_gallop;
        }
    done:
        m_min_gallop = std::max<int64_t>(min_gallop, 1);
        // The hole is exactly [a_base + na, dest): the remaining B items go there.
        if (nb > 0)
            memcpy(static_cast<void*>(dest - nb), temp, size_t(nb) * sizeof(Item));
        return ok;
    }

    Item* m_items;
    int64_t m_count;
    Less m_less;
    std::vector<Run> m_runs;
    std::vector<Item> m_temp;
    int64_t m_min_gallop = MIN_GALLOP;
};

template<class Item, class Less>
bool run_sort(Item* items, int64_t count, Less less)
{
    MergeSort<Item, Less> sorter(items, count, less);
    return sorter.sort();
}

// Picks the comparison from the kinds of the keys, then sorts.
template<class Item>
bool sort_items(Item* items, int64_t count)
{
    bool all_small_int = true, all_float = true, all_str = true;
    for (int64_t i = 0; i < count; ++i) {
        Val key = key_of(items[i]);
        if (!key.is_small_int())
            all_small_int = false;
        if (!is_float_exact(key))
            all_float = false;
        if (!is_str_exact(key))
            all_str = false;
        if (!all_small_int && !all_float && !all_str)
            break;
    }
    if (all_small_int)
        return run_sort(items, count, SmallIntLess());
    if (all_float)
        return run_sort(items, count, FloatLess());
    if (all_str)
        return run_sort(items, count, StrLess());
    return run_sort(items, count, GenericLess());
}

}  // namespace

Result<void> list_sort(ListObject* list, Val key, bool reverse)
{
    if (key && is_none(key))
        key = Val();
    // While sorting, the list is empty and marked with capacity -1; any change made by a comparison
    // or a key function (which only sees the empty list) shows as a different capacity or items.
    Value* saved_items = list->items;
    int64_t count = list->size;
    int64_t saved_capacity = list->capacity;
    list->items = nullptr;
    list->size = 0;
    list->capacity = -1;
    Val* items = reinterpret_cast<Val*>(saved_items);

    bool ok = true;
    if (count > 1) {
        if (reverse)
            std::reverse(items, items + count);
        if (!key) {
            ok = sort_items(items, count);
        } else {
            std::vector<KeyedItem> keyed;
            keyed.reserve(size_t(count));
            for (int64_t i = 0; i < count; ++i) {
                auto computed = call(key, { items[i] });
                if (computed.is_error()) {
                    ok = false;
                    break;
                }
                keyed.push_back({ computed.release_value().release(), items[i] });
            }
            if (ok) {
                ok = sort_items(keyed.data(), count);
                for (int64_t i = 0; i < count; ++i)
                    items[i] = keyed[size_t(i)].value;
            }
            for (KeyedItem& item : keyed)
                item.key.decref();
        }
        if (reverse)
            std::reverse(items, items + count);
    }

    bool modified = list->capacity != -1 || list->items != nullptr;
    // Whatever was put in the list during the sort is dropped; the sorted items go back.
    Value* added_items = list->items;
    int64_t added_count = list->size;
    list->items = saved_items;
    list->size = count;
    list->capacity = saved_capacity;
    if (added_items) {
        for (int64_t i = 0; i < added_count; ++i)
            added_items[i].clear();
        free(static_cast<void*>(added_items));
    }
    if (!ok)
        return Error {};
    if (modified)
        return raise(&g_exc_ValueError, "list modified during sort");
    return {};
}

}  // namespace ginger
