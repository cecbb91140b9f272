// The object header, value handles (Val, Value, Ref<T>) and Result<T>, used by every file that touches
// Python objects. Small ints are tagged words (low bit 1), everything else is a pointer to an Object.
#pragma once

#include <cstddef>
#include <cstdint>
#include <type_traits>
#include <utility>

namespace ginger {

struct TypeObject;

// Every heap object starts with this header. Immortal objects (None, True, False, static types,
// interned identifiers) start with a refcount so large it never reaches zero, which lets the hot paths
// count them like any other object instead of testing a flag.
struct Object {
    int64_t refcount;
    TypeObject* type;
};

inline constexpr int64_t IMMORTAL_REFCOUNT = int64_t(1) << 60;

void dealloc_object(Object*);  // Runs the type's destructor and frees the memory; see type.cpp.

[[gnu::always_inline]] inline void incref(Object* object) { ++object->refcount; }
[[gnu::always_inline]] inline void decref(Object* object)
{
    if (--object->refcount == 0) [[unlikely]]
        dealloc_object(object);
}

extern TypeObject g_int_type;

// Small ints hold 63-bit signed values in the word itself: (value << 1) | 1.
inline constexpr int64_t SMALL_INT_MIN = -(int64_t(1) << 61);
inline constexpr int64_t SMALL_INT_MAX = (int64_t(1) << 61) - 1;

// A borrowed value: a tagged small int, a pointer to an object, or null ("no value", never a Python
// object). It does not own a reference; it is valid while its owner keeps the object alive.
class Val {
public:
    constexpr Val() = default;
    Val(const Object* object) : m_bits(reinterpret_cast<uintptr_t>(object)) { }
    static constexpr Val from_bits(uintptr_t bits)
    {
        Val v;
        v.m_bits = bits;
        return v;
    }
    static constexpr Val small_int(int64_t value) { return from_bits((uint64_t(value) << 1) | 1); }
    static constexpr bool fits_small(int64_t value) { return value >= SMALL_INT_MIN && value <= SMALL_INT_MAX; }

    bool is_null() const { return m_bits == 0; }
    explicit operator bool() const { return m_bits != 0; }
    bool is_small_int() const { return m_bits & 1; }
    bool is_object() const { return m_bits && !(m_bits & 1); }
    int64_t small_int_value() const { return int64_t(m_bits) >> 1; }
    Object* object() const { return reinterpret_cast<Object*>(m_bits); }
    template<class T> T* as() const { return static_cast<T*>(object()); }
    TypeObject* type() const { return is_small_int() ? &g_int_type : object()->type; }
    uintptr_t bits() const { return m_bits; }
    bool is(Val other) const { return m_bits == other.m_bits; }

    [[gnu::always_inline]] void incref() const
    {
        if (is_object())
            ginger::incref(object());
    }
    [[gnu::always_inline]] void decref() const
    {
        if (is_object())
            ginger::decref(object());
    }

private:
    uintptr_t m_bits = 0;
};

template<class T>
class Ref;

// An owned value: holds one reference (nothing to hold for small ints and null).
class Value {
public:
    Value() = default;
    Value(std::nullptr_t) { }
    // A new reference to an object (borrowed from the caller).
    template<class T>
    requires std::is_base_of_v<Object, T>
    Value(T* object) : m_val(Val(object)) { m_val.incref(); }
    template<class T>
    Value(const Ref<T>& ref);
    template<class T>
    Value(Ref<T>&& ref);
    Value(const Value& other) : m_val(other.m_val) { m_val.incref(); }
    Value(Value&& other) noexcept : m_val(other.m_val) { other.m_val = Val(); }
    ~Value() { m_val.decref(); }
    Value& operator=(const Value& other)
    {
        other.m_val.incref();
        m_val.decref();
        m_val = other.m_val;
        return *this;
    }
    Value& operator=(Value&& other) noexcept
    {
        Val old = m_val;
        m_val = other.m_val;
        other.m_val = Val();
        old.decref();
        return *this;
    }

    // A new reference to a borrowed value.
    static Value borrow(Val v)
    {
        v.incref();
        return adopt(v);
    }
    // Takes over a reference the caller already owns.
    static Value adopt(Val v)
    {
        Value value;
        value.m_val = v;
        return value;
    }
    static Value small_int(int64_t v) { return adopt(Val::small_int(v)); }

    Val get() const { return m_val; }
    operator Val() const { return m_val; }
    Val release()
    {
        Val v = m_val;
        m_val = Val();
        return v;
    }
    void clear() { *this = Value(); }
    bool is_null() const { return m_val.is_null(); }
    explicit operator bool() const { return !m_val.is_null(); }
    TypeObject* type() const { return m_val.type(); }
    Object* object() const { return m_val.object(); }
    template<class T> T* as() const { return m_val.as<T>(); }

private:
    Val m_val;
};

// An owned pointer to an object of a known C++ type.
template<class T>
class Ref {
public:
    Ref() = default;
    Ref(std::nullptr_t) { }
    explicit Ref(T* ptr) : m_ptr(ptr)
    {
        if (m_ptr)
            incref(m_ptr);
    }
    Ref(const Ref& other) : Ref(other.m_ptr) { }
    Ref(Ref&& other) noexcept : m_ptr(other.m_ptr) { other.m_ptr = nullptr; }
    template<class U>
    Ref(Ref<U>&& other) noexcept : m_ptr(other.leak()) { }
    ~Ref()
    {
        if (m_ptr)
            decref(m_ptr);
    }
    Ref& operator=(const Ref& other)
    {
        Ref copy(other);
        std::swap(m_ptr, copy.m_ptr);
        return *this;
    }
    Ref& operator=(Ref&& other) noexcept
    {
        std::swap(m_ptr, other.m_ptr);
        return *this;
    }
    static Ref adopt(T* ptr)
    {
        Ref ref;
        ref.m_ptr = ptr;
        return ref;
    }

    T* get() const { return m_ptr; }
    T* operator->() const { return m_ptr; }
    T& operator*() const { return *m_ptr; }
    explicit operator bool() const { return m_ptr != nullptr; }
    operator Val() const { return Val(m_ptr); }
    T* leak()
    {
        T* ptr = m_ptr;
        m_ptr = nullptr;
        return ptr;
    }
    // Ownership moves into a Value.
    Value value() && { return Value::adopt(Val(leak())); }

private:
    T* m_ptr = nullptr;
};

template<class T>
Value::Value(const Ref<T>& ref) : m_val(Val(ref.get())) { m_val.incref(); }
template<class T>
Value::Value(Ref<T>&& ref) : m_val(Val(ref.leak())) { }

// "A Python exception is set in the thread state." Functions that can raise return Result<T>.
struct Error { };

template<class T>
class [[nodiscard]] Result {
public:
    Result(Error) : m_ok(false) { }
    Result(T value) : m_value(std::move(value)), m_ok(true) { }
    template<class U>
    Result(U&& value) requires std::is_constructible_v<T, U&&> : m_value(std::forward<U>(value)), m_ok(true) { }

    bool is_error() const { return !m_ok; }
    T release_value() { return std::move(m_value); }
    T& value() { return m_value; }

private:
    T m_value {};
    bool m_ok;
};

template<>
class [[nodiscard]] Result<void> {
public:
    Result() : m_ok(true) { }
    Result(Error) : m_ok(false) { }
    bool is_error() const { return !m_ok; }
    void release_value() { }

private:
    bool m_ok;
};

// Propagates an error to the caller, or yields the value (a GCC/Clang statement expression).
#define TRY(expr)                                              \
    ({                                                         \
        auto&& _try_result = (expr);                           \
        if (_try_result.is_error()) [[unlikely]]               \
            return ::ginger::Error {};                         \
        _try_result.release_value();                           \
    })

[[noreturn]] void verify_failed(const char* expression, const char* file, int line);
#define VERIFY(cond)                                      \
    do {                                                  \
        if (!(cond)) [[unlikely]]                         \
            ::ginger::verify_failed(#cond, __FILE__, __LINE__); \
    } while (0)
#define VERIFY_NOT_REACHED() ::ginger::verify_failed("not reached", __FILE__, __LINE__)
#ifdef NDEBUG
#define ASSERT(cond) ((void)0)
#else
#define ASSERT(cond) VERIFY(cond)
#endif

// MUST(expr): the value of a Result that cannot be an error here.
#define MUST(expr)                                     \
    ({                                                 \
        auto&& _must_result = (expr);                  \
        VERIFY(!_must_result.is_error());              \
        _must_result.release_value();                  \
    })

}  // namespace ginger
