// _heapq and _bisect: the native halves of lib/heapq.py and lib/bisect.py (CPython's Modules/_heapqmodule.c
// and Modules/_bisectmodule.c interfaces). Heaps are lists compared with `<` only; the list may change
// under a comparison's __lt__, which raises RuntimeError as CPython does.
#include "modules/modules.h"
#include "objects/args.h"
#include "objects/container_util.h"
#include "objects/exceptions.h"
#include "objects/int.h"
#include "objects/protocol.h"
#include "objects/singletons.h"

namespace ginger {

namespace {

// a < b, or b < a for the max-heap variants.
Result<bool> heap_less(Val a, Val b, bool max_heap)
{
    Value hold_a = Value::borrow(a), hold_b = Value::borrow(b);
    return max_heap ? rich_compare_bool(b, a, CompareOp::Lt) : rich_compare_bool(a, b, CompareOp::Lt);
}

Result<void> check_size(ListObject* heap, int64_t size)
{
    if (heap->size != size)
        return raise(&g_exc_RuntimeError, "list changed size during iteration");
    return {};
}

// Moves the item at pos up towards startpos while it is smaller than its parent.
Result<void> sift_down(ListObject* heap, int64_t startpos, int64_t pos, bool max_heap)
{
    int64_t size = heap->size;
    if (pos >= size)
        return raise(&g_exc_IndexError, "list index out of range");
    while (pos > startpos) {
        int64_t parentpos = (pos - 1) >> 1;
        bool less = TRY(heap_less(heap->item(pos), heap->item(parentpos), max_heap));
        TRY(check_size(heap, size));
        if (!less)
            break;
        std::swap(heap->items[pos], heap->items[parentpos]);
        pos = parentpos;
    }
    return {};
}

// Moves the item at pos down to a leaf along the smaller children, then back up (CPython's siftup).
Result<void> sift_up(ListObject* heap, int64_t pos, bool max_heap)
{
    int64_t endpos = heap->size;
    int64_t startpos = pos;
    if (pos >= endpos)
        return raise(&g_exc_IndexError, "list index out of range");
    int64_t limit = endpos >> 1;
    while (pos < limit) {
        int64_t childpos = 2 * pos + 1;
        if (childpos + 1 < endpos) {
            bool less = TRY(heap_less(heap->item(childpos), heap->item(childpos + 1), max_heap));
            TRY(check_size(heap, endpos));
            if (!less)
                childpos += 1;
        }
        std::swap(heap->items[pos], heap->items[childpos]);
        pos = childpos;
    }
    return sift_down(heap, startpos, pos, max_heap);
}

Result<ListObject*> heap_arg(const char* function, Val v, bool only_argument)
{
    if (!is_list(v)) {
        std::string_view type = v.is(Val(&g_none)) ? std::string_view("None") : v.type()->type_name();
        if (only_argument)
            return raise(&g_exc_TypeError, "{}() argument must be list, not {}", function, type);
        return raise(&g_exc_TypeError, "{}() argument 1 must be list, not {}", function, type);
    }
    return v.as<ListObject>();
}

Result<Value> heapq_heappush(const Val* args, size_t nargs, TupleObject* kwnames)
{
    TRY(reject_keywords("_heapq.heappush", kwnames));
    TRY(expect_arg_range("heappush", nargs, 2, 2));
    ListObject* heap = TRY(heap_arg("heappush", args[0], false));
    list_append(heap, Value::borrow(args[1]));
    TRY(sift_down(heap, 0, heap->size - 1, false));
    return none_value();
}

Result<Value> heap_pop(ListObject* heap, bool max_heap)
{
    if (heap->size == 0)
        return raise(&g_exc_IndexError, "index out of range");
    Value last = std::move(heap->items[heap->size - 1]);
    --heap->size;
    if (heap->size == 0)
        return last;
    Value result = std::move(heap->items[0]);
    heap->items[0] = std::move(last);
    TRY(sift_up(heap, 0, max_heap));
    return result;
}

Result<Value> heapq_heappop(const Val* args, size_t nargs, TupleObject* kwnames)
{
    TRY(expect_one_arg("_heapq.heappop", nargs, kwnames));
    ListObject* heap = TRY(heap_arg("heappop", args[0], true));
    return heap_pop(heap, false);
}

Result<Value> heapq_heappop_max(const Val* args, size_t nargs, TupleObject* kwnames)
{
    TRY(expect_one_arg("_heapq._heappop_max", nargs, kwnames));
    ListObject* heap = TRY(heap_arg("_heappop_max", args[0], true));
    return heap_pop(heap, true);
}

Result<Value> heap_replace(const char* name, const Val* args, size_t nargs, TupleObject* kwnames, bool max_heap)
{
    TRY(reject_keywords(max_heap ? "_heapq._heapreplace_max" : "_heapq.heapreplace", kwnames));
    TRY(expect_arg_range(name, nargs, 2, 2));
    ListObject* heap = TRY(heap_arg(name, args[0], false));
    if (heap->size == 0)
        return raise(&g_exc_IndexError, "index out of range");
    Value result = std::move(heap->items[0]);
    heap->items[0] = Value::borrow(args[1]);
    TRY(sift_up(heap, 0, max_heap));
    return result;
}

Result<Value> heapq_heapreplace(const Val* args, size_t nargs, TupleObject* kwnames)
{
    return heap_replace("heapreplace", args, nargs, kwnames, false);
}

Result<Value> heapq_heapreplace_max(const Val* args, size_t nargs, TupleObject* kwnames)
{
    return heap_replace("_heapreplace_max", args, nargs, kwnames, true);
}

Result<Value> heapq_heappushpop(const Val* args, size_t nargs, TupleObject* kwnames)
{
    TRY(reject_keywords("_heapq.heappushpop", kwnames));
    TRY(expect_arg_range("heappushpop", nargs, 2, 2));
    ListObject* heap = TRY(heap_arg("heappushpop", args[0], false));
    if (heap->size == 0)
        return Value::borrow(args[1]);
    bool less = TRY(heap_less(heap->item(0), args[1], false));
    if (!less)
        return Value::borrow(args[1]);
    if (heap->size == 0)
        return raise(&g_exc_IndexError, "index out of range");
    Value result = std::move(heap->items[0]);
    heap->items[0] = Value::borrow(args[1]);
    TRY(sift_up(heap, 0, false));
    return result;
}

Result<Value> heapify(const char* name, const Val* args, size_t nargs, TupleObject* kwnames, bool max_heap)
{
    TRY(expect_one_arg(max_heap ? "_heapq._heapify_max" : "_heapq.heapify", nargs, kwnames));
    ListObject* heap = TRY(heap_arg(name, args[0], true));
    for (int64_t i = heap->size / 2 - 1; i >= 0; --i) {
        if (i >= heap->size)
            continue;
        TRY(sift_up(heap, i, max_heap));
    }
    return none_value();
}

Result<Value> heapq_heapify(const Val* args, size_t nargs, TupleObject* kwnames)
{
    return heapify("heapify", args, nargs, kwnames, false);
}

Result<Value> heapq_heapify_max(const Val* args, size_t nargs, TupleObject* kwnames)
{
    return heapify("_heapify_max", args, nargs, kwnames, true);
}

const MethodDef s_heapq_functions[] = {
    { "heappush", heapq_heappush, METHOD_STATIC, "Push item onto heap, maintaining the heap invariant." },
    { "heappushpop", heapq_heappushpop, METHOD_STATIC, "Push item on the heap, then pop and return the smallest item from the heap.\n\nThe combined action runs more efficiently than heappush() followed by\na separate call to heappop()." },
    { "heappop", heapq_heappop, METHOD_STATIC, "Pop the smallest item off the heap, maintaining the heap invariant." },
    { "heapreplace", heapq_heapreplace, METHOD_STATIC, "Pop and return the current smallest value, and add the new item.\n\nThis is more efficient than heappop() followed by heappush(), and can be\nmore appropriate when using a fixed-size heap.  Note that the value\nreturned may be larger than item!  That constrains reasonable uses of\nthis routine unless written as part of a conditional replacement:\n\n    if item > heap[0]:\n        item = heapreplace(heap, item)" },
    { "heapify", heapq_heapify, METHOD_STATIC, "Transform list into a heap, in-place, in O(len(heap)) time." },
    { "_heappop_max", heapq_heappop_max, METHOD_STATIC, "Maxheap variant of heappop." },
    { "_heapreplace_max", heapq_heapreplace_max, METHOD_STATIC, "Maxheap variant of heapreplace." },
    { "_heapify_max", heapq_heapify_max, METHOD_STATIC, "Maxheap variant of heapify." },
    {},
};

// ---- _bisect ----

struct BisectArgs {
    Val a, x, key;
    int64_t lo, hi;
};

Result<BisectArgs> bisect_args(const char* name, const Val* args, size_t nargs, TupleObject* kwnames)
{
    if (nargs > 4)
        return raise(&g_exc_TypeError, "{}() takes at most 4 positional arguments ({} given)", name, nargs);
    Val out[5];
    TRY(bind_args(name, args, nargs, kwnames, { "a", "x", "lo", "hi", "key" }, 0, out));
    // Argument clinic's message for a missing required argument.
    if (!out[0])
        return raise(&g_exc_TypeError, "{}() missing required argument 'a' (pos 1)", name);
    if (!out[1])
        return raise(&g_exc_TypeError, "{}() missing required argument 'x' (pos 2)", name);
    BisectArgs result { out[0], out[1], out[4], 0, -1 };
    if (result.key && result.key.is(Val(&g_none)))
        result.key = Val();
    if (out[2])
        result.lo = TRY(index_as_ssize(out[2]));
    if (result.lo < 0)
        return raise(&g_exc_ValueError, "lo must be non-negative");
    if (out[3] && !out[3].is(Val(&g_none))) {
        if (!is_int(out[3]) && !out[3].type()->index)
            return raise(&g_exc_TypeError, "argument should be integer or None, not '{}'", out[3].type()->type_name());
        result.hi = TRY(index_as_ssize(out[3]));
    }
    // CPython 3.12 compat: hi=-1 stands for None (its argument clinic default), so it means len(a).
    if (result.hi == -1)
        result.hi = TRY(object_len(result.a));
    return result;
}

// The insertion point of x in a[lo:hi]: left of equal items, or right of them.
Result<int64_t> bisect(const BisectArgs& b, Val x, bool right)
{
    int64_t lo = b.lo, hi = b.hi;
    while (lo < hi) {
        // (lo + hi) / 2 without overflow, as both are non-negative.
        int64_t mid = lo + (hi - lo) / 2;
        Value item;
        if (is_list_exact(b.a) && mid < b.a.as<ListObject>()->size)
            item = Value::borrow(b.a.as<ListObject>()->item(mid));
        else
            item = TRY(get_item(b.a, int_from_int64(mid)));
        if (b.key)
            item = TRY(call(b.key, { item }));
        bool less = right ? TRY(rich_compare_bool(x, item, CompareOp::Lt)) : TRY(rich_compare_bool(item, x, CompareOp::Lt));
        if (right ? less : !less)
            hi = mid;
        else
            lo = mid + 1;
    }
    return lo;
}

Result<Value> bisect_left(const Val* args, size_t nargs, TupleObject* kwnames)
{
    BisectArgs b = TRY(bisect_args("bisect_left", args, nargs, kwnames));
    return int_from_int64(TRY(bisect(b, b.x, false)));
}

Result<Value> bisect_right(const Val* args, size_t nargs, TupleObject* kwnames)
{
    BisectArgs b = TRY(bisect_args("bisect_right", args, nargs, kwnames));
    return int_from_int64(TRY(bisect(b, b.x, true)));
}

Result<Value> insort(const char* name, const Val* args, size_t nargs, TupleObject* kwnames, bool right)
{
    BisectArgs b = TRY(bisect_args(name, args, nargs, kwnames));
    Value key_of_x = b.key ? TRY(call(b.key, { b.x })) : Value::borrow(b.x);
    int64_t index = TRY(bisect(b, key_of_x, right));
    Value position = int_from_int64(index);
    TRY(call_method(b.a, str_intern("insert"), { position, b.x }));
    return none_value();
}

Result<Value> bisect_insort_left(const Val* args, size_t nargs, TupleObject* kwnames)
{
    return insort("insort_left", args, nargs, kwnames, false);
}

Result<Value> bisect_insort_right(const Val* args, size_t nargs, TupleObject* kwnames)
{
    return insort("insort_right", args, nargs, kwnames, true);
}

const MethodDef s_bisect_functions[] = {
    { "bisect_right", bisect_right, METHOD_STATIC, "Return the index where to insert item x in list a, assuming a is sorted.\n\nThe return value i is such that all e in a[:i] have e <= x, and all e in\na[i:] have e > x.  So if x already appears in the list, a.insert(i, x) will\ninsert just after the rightmost x already there.\n\nOptional args lo (default 0) and hi (default len(a)) bound the\nslice of a to be searched.\n\nA custom key function can be supplied to customize the sort order." },
    { "insort_right", bisect_insort_right, METHOD_STATIC, "Insert item x in list a, and keep it sorted assuming a is sorted.\n\nIf x is already in a, insert it to the right of the rightmost x.\n\nOptional args lo (default 0) and hi (default len(a)) bound the\nslice of a to be searched.\n\nA custom key function can be supplied to customize the sort order." },
    { "bisect_left", bisect_left, METHOD_STATIC, "Return the index where to insert item x in list a, assuming a is sorted.\n\nThe return value i is such that all e in a[:i] have e < x, and all e in\na[i:] have e >= x.  So if x already appears in the list, a.insert(i, x) will\ninsert just before the leftmost x already there.\n\nOptional args lo (default 0) and hi (default len(a)) bound the\nslice of a to be searched.\n\nA custom key function can be supplied to customize the sort order." },
    { "insort_left", bisect_insort_left, METHOD_STATIC, "Insert item x in list a, and keep it sorted assuming a is sorted.\n\nIf x is already in a, insert it to the left of the leftmost x.\n\nOptional args lo (default 0) and hi (default len(a)) bound the\nslice of a to be searched.\n\nA custom key function can be supplied to customize the sort order." },
    {},
};

}  // namespace

Ref<ModuleObject> heapq_module_create()
{
    Ref<ModuleObject> module = module_new(str_intern("_heapq"));
    module_add_functions(module.get(), s_heapq_functions);
    module_set(module.get(), "__doc__", Val(str_intern("Heap queue algorithm (a.k.a. priority queue).")));
    module_set(module.get(), "__about__", Val(str_intern("Heap queues")));
    return module;
}

Ref<ModuleObject> bisect_module_create()
{
    Ref<ModuleObject> module = module_new(str_intern("_bisect"));
    module_add_functions(module.get(), s_bisect_functions);
    module_set(module.get(), "__doc__", Val(str_intern("Bisection algorithms.\n\nThis module provides support for maintaining a list in sorted order without\nhaving to sort the list after each insertion. For long lists of items with\nexpensive comparison operations, this can be an improvement over the more\ncommon approach.\n")));
    return module;
}

}  // namespace ginger
